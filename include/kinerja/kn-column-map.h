/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Finding an import file's columns by their headers, with the names offices give them. */

#pragma once

#include <glib.h>

#include "kn-table-reader.h"

G_BEGIN_DECLS

#define KN_COLUMN_MAP_ERROR (kn_column_map_error_quark ())

typedef enum
{
  KN_COLUMN_MAP_ERROR_MISSING,   /* a required field has no column */
} KnColumnMapError;

/* One field an import needs; tables of these describe each kind of import. */
typedef struct
{
  const char         *id;        /* "nip", stable, for code */
  const char         *label;     /* N_("NIP"): what a person reads, translated with _() */
  const char * const *aliases;   /* header names offices use, NULL-terminated */
  gboolean            required;
} KnColumnField;

typedef struct _KnColumnMap KnColumnMap;

/* The fields of the employee roster and of the training list. */
const KnColumnField *kn_column_fields_employee   (guint               *n_fields);
const KnColumnField *kn_column_fields_training   (guint               *n_fields);

/* A header reduced to what is compared: lower case, letters and digits only ("Gol. Ruang" →
 * "golruang"). */
char                *kn_column_key               (const char          *header);

GQuark               kn_column_map_error_quark   (void);

KnColumnMap         *kn_column_map_new           (const KnColumnField *fields,
                                                  guint                n_fields);
void                 kn_column_map_free          (KnColumnMap         *map);

/* Assigns columns from a header row: each field takes the first column whose header matches
 * one of its aliases (or its alias once a bracketed note is dropped: "NIP (18 digit)"). */
void                 kn_column_map_match_row     (KnColumnMap         *map,
                                                  const KnTableRow    *header);
void                 kn_column_map_match         (KnColumnMap         *map,
                                                  const char * const  *headers,
                                                  guint                n_headers);

/* Reads rows from @reader until one names every required field (title rows above the header, as
 * offices put them, are skipped), at most @max_rows; the next row of @reader is then the first
 * row of data. FALSE with the message of kn_column_map_check() for the best row seen, or the
 * reader's error. */
gboolean             kn_column_map_find_header   (KnColumnMap         *map,
                                                  KnTableReader       *reader,
                                                  guint                max_rows,
                                                  GError             **error);

/* The 0-based column of @field_id, or -1. */
int                  kn_column_map_get_column    (KnColumnMap         *map,
                                                  const char          *field_id);
/* Overrides: @column (or -1 to leave the field out); a column belongs to one field at most, so
 * another field holding @column loses it. FALSE if @field_id is unknown. */
gboolean             kn_column_map_set_column    (KnColumnMap         *map,
                                                  const char          *field_id,
                                                  int                  column);
/* The field mapped to @column, or NULL. */
const KnColumnField *kn_column_map_get_field_at  (KnColumnMap         *map,
                                                  guint                column);
/* The header text of @column as read ("" past the header row). */
const char          *kn_column_map_get_header    (KnColumnMap         *map,
                                                  guint                column);
guint                kn_column_map_get_n_headers (KnColumnMap         *map);
/* The required fields without a column, in table order (owned by the map until it changes). */
GPtrArray           *kn_column_map_get_missing   (KnColumnMap         *map);
/* FALSE with a message naming every required field that has no column. */
gboolean             kn_column_map_check         (KnColumnMap         *map,
                                                  GError             **error);
/* One line per field: "NIP ← column B “NIP Baru”", "Jabatan ← (none)", then the columns left
 * out; translated. */
char                *kn_column_map_describe      (KnColumnMap         *map);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnColumnMap, kn_column_map_free)

G_END_DECLS
