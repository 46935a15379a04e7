/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the CSV and XLSX readers share with the table reader that drives them. */

#pragma once

#include <glib.h>

#include "kinerja/kn-table-reader.h"

G_BEGIN_DECLS

/* A row being filled: cells in column order, their text in a chunk cleared for each row. */
typedef struct
{
  GArray       *cells;    /* KnTableCell */
  GStringChunk *strings;
} KnRowBuilder;

void         kn_row_builder_init     (KnRowBuilder *builder);
void         kn_row_builder_clear    (KnRowBuilder *builder);
void         kn_row_builder_reset    (KnRowBuilder *builder);
/* The cell at @column, adding empty cells up to it; valid until the next call. */
KnTableCell *kn_row_builder_cell     (KnRowBuilder *builder,
                                      guint         column);
void         kn_row_builder_set_text (KnRowBuilder *builder,
                                      KnTableCell  *cell,
                                      const char   *text,
                                      gssize        len);
guint        kn_row_builder_n_cells  (KnRowBuilder *builder);

typedef struct
{
  /* Fills @builder with the next row and sets *@number; FALSE at the end (error unset) or on
   * an error. */
  gboolean (*next_row) (gpointer      state,
                        KnRowBuilder *builder,
                        guint        *number,
                        GError      **error);
  void     (*free)     (gpointer      state);
} KnTableBackend;

extern const KnTableBackend kn_csv_backend;
extern const KnTableBackend kn_xlsx_backend;

/* Takes the whole file's @bytes. */
gpointer kn_csv_backend_open  (GBytes         *bytes,
                               const char     *display_name,
                               KnTableNotice  *notices,
                               char           *separator,
                               GError        **error);

/* Reads from @path, or from @bytes when @path is NULL. */
gpointer kn_xlsx_backend_open (const char     *path,
                               GBytes         *bytes,
                               const char     *display_name,
                               const char     *sheet,
                               char          **sheet_name,
                               GStrv          *sheet_names,
                               GError        **error);

G_END_DECLS
