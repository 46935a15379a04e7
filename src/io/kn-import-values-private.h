/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading the values of an import's cells as offices write them (shared by the imports). */

#pragma once

#include <glib.h>

#include "kinerja/kn-enums.h"

G_BEGIN_DECLS

/* The keys a jenis jabatan is known by, computed once per import (labels are translated). */
typedef struct
{
  char *keys[KN_POSITION_N][3];
} KnKindKeys;

/* The parts of a unit path ("Dinas X / Bidang Y", "Dinas X > Bidang Y", "Dinas X › Bidang Y"),
 * stripped, empty parts dropped. */
GPtrArray *kn_import_split_unit_path (const char       *text);
/* "PNS", "CPNS" (a PNS), "PPPK", "PPPK Paruh Waktu", or a machine name ("pppk-paruh-waktu"). */
gboolean   kn_import_parse_status    (const char       *text,
                                      KnEmployeeStatus *status);
void       kn_kind_keys_init         (KnKindKeys       *keys);
void       kn_kind_keys_clear        (KnKindKeys       *keys);
/* A label ("Fungsional Ahli Muda", "JPT Pratama"), a machine name ("ahli-muda"), or a level
 * alone ("Ahli Muda"). */
gboolean   kn_import_parse_kind      (const KnKindKeys *keys,
                                      const char       *text,
                                      KnPositionKind   *kind);
/* The rank code of @status in "III/a", "Penata Muda, III/a", "III-a", "IIIa" (PNS) or "IX",
 * "Golongan IX" (PPPK); NULL when there is none. */
char      *kn_import_parse_rank      (const char       *text,
                                      KnEmployeeStatus  status);
/* "I/a, I/b, …" and "JPT Utama, …": the allowed values, for messages. */
char      *kn_import_rank_codes      (KnEmployeeStatus  status);
char      *kn_import_kind_labels     (void);
/* "Dr. H. Ma'ruf, M.Pd." from the front titles, the name and the back titles. */
char      *kn_import_compose_name    (const char       *front,
                                      const char       *name,
                                      const char       *back);

G_END_DECLS
