/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading an import cell as a NIP, a date or a number, with a message naming the cell. */

#pragma once

#include <glib.h>

#include "kn-nip.h"
#include "kn-table-reader.h"

G_BEGIN_DECLS

#define KN_CELL_CHECK_ERROR (kn_cell_check_error_quark ())

typedef enum
{
  KN_CELL_CHECK_ERROR_EMPTY,          /* nothing in the cell */
  KN_CELL_CHECK_ERROR_NIP_AS_NUMBER,  /* Excel stored the NIP as a number (and lost digits) */
  KN_CELL_CHECK_ERROR_NIP,            /* not a valid NIP; the message says why */
  KN_CELL_CHECK_ERROR_DATE,
  KN_CELL_CHECK_ERROR_NUMBER,
} KnCellCheckError;

GQuark   kn_cell_check_error_quark (void);

/* The cell at @column of @row as a NIP. A number cell, scientific notation ("1,98609E+17") and
 * 18 digits ending in 000 are refused as NIPs that Excel turned into numbers, with how to fix
 * that in Excel; the rest goes to kn_nip_parse() with @flags. */
gboolean kn_cell_check_nip         (const KnTableRow  *row,
                                    guint              column,
                                    KnNipFlags         flags,
                                    KnNipInfo         *info,
                                    GError           **error);
/* A date cell, or text as typed in Indonesian forms: 31/12/2026, 31-12-2026, 31.12.2026,
 * 2026-12-31, "31 Desember 2026", "31 Des 2026" (English month names too). */
gboolean kn_cell_check_date        (const KnTableRow  *row,
                                    guint              column,
                                    GDate             *date,
                                    GError           **error);
/* A number cell, or text "12", "12,5" or "12.5". */
gboolean kn_cell_check_number      (const KnTableRow  *row,
                                    guint              column,
                                    double            *value,
                                    GError           **error);

/* The text forms kn_cell_check_date() accepts; FALSE for anything else. */
gboolean kn_cell_parse_date_text   (const char        *text,
                                    GDate             *date);

G_END_DECLS
