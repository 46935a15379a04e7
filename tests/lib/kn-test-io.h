/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the import tests share: the fixtures under tests/data/import and checks of the rows and
 * cells a table reader gives; and the demo office for the tests that need a whole office. Links
 * the io library and the demo generator. */

#pragma once

#include <glib.h>

#include <cairo.h>

#include "kinerja/kn-column-map.h"
#include "kinerja/kn-document.h"
#include "kinerja/kn-store.h"
#include "kinerja/kn-table-reader.h"

G_BEGIN_DECLS

/* tests/data/import/@name. */
char              *kn_test_import_path   (const char       *name);
/* Writes @contents into @folder/@name, asserting that it is written; returns the path. */
char              *kn_test_write_file    (const char       *folder,
                                          const char       *name,
                                          const char       *contents);
/* The next row, asserting there is one and no error. */
const KnTableRow  *kn_test_next_row      (KnTableReader    *reader);
/* Asserts the reader is at its end without an error. */
void               kn_test_assert_end    (KnTableReader    *reader);
/* The cell at @column, asserting it is there and of @kind. */
const KnTableCell *kn_test_cell_of       (const KnTableRow *row,
                                          guint             column,
                                          KnCellKind        kind);
/* A text cell holding @expected; "" asserts an empty cell. */
void               kn_test_assert_text   (const KnTableRow *row,
                                          guint             column,
                                          const char       *expected);
void               kn_test_assert_date   (const KnTableRow *row,
                                          guint             column,
                                          guint             year,
                                          guint             month,
                                          guint             day);
void               kn_test_assert_number (const KnTableRow *row,
                                          guint             column,
                                          double            expected);
/* A reader of @text, as a file named @name, with its header matched into *@map (the fields of the
 * training import when @training, else the employee import's) as the window and the CLI do: the
 * first row when @header_rows is 0, else the header found among the first @header_rows. */
KnTableReader     *kn_test_table_for_text (const char       *text,
                                           const char       *name,
                                           gboolean          training,
                                           guint             header_rows,
                                           KnColumnMap     **map);
/* The same for the file at @path, its sheet @sheet (NULL: the first), as the import tests and
 * the window open a file the user chose. */
KnTableReader     *kn_test_import_reader  (const char       *path,
                                           const char       *sheet,
                                           gboolean          training,
                                           guint             header_rows,
                                           KnColumnMap     **map);
/* The import of @reader, its header matched into @map, into @store: a KnTrainingImport when
 * @training, else a KnEmployeeImport; asserts that it is prepared without an error. */
gpointer           kn_test_import_prepare (KnStore          *store,
                                           KnTableReader    *reader,
                                           KnColumnMap      *map,
                                           gboolean          training);
/* The same of @text read as kn_test_table_for_text reads it. */
gpointer           kn_test_import_text    (KnStore          *store,
                                           const char       *text,
                                           const char       *name,
                                           gboolean          training,
                                           guint             header_rows);
/* The same of the file at @path read as kn_test_import_reader reads it, the header found among
 * the first five rows. */
gpointer           kn_test_import_file    (KnStore          *store,
                                           const char       *path,
                                           const char       *sheet,
                                           gboolean          training);

/* A fresh demo database (kn_demo_create) in a new temporary folder, as kn_test_store_new: @prefix
 * as for kn_test_make_folder; @folder and @path (nullable) receive the folder and the file.
 * kn_test_store_clear undoes it. */
KnStore           *kn_test_demo_new       (const char       *prefix,
                                           char            **folder,
                                           char            **path);
/* Runs the tests added (g_test_run) with a demo database of kn_test_demo_new (@prefix) in
 * *@demo, which they share, then removes it; returns g_test_run's status. */
int                kn_test_run_on_demo    (const char       *prefix,
                                           KnStore         **demo);

/* The fixture of a test on the demo office: g_test_add (…, KnTestDemo, NULL,
 * kn_test_demo_set_up, TEST, kn_test_demo_tear_down). */
typedef struct
{
  char    *dir;
  KnStore *store;
} KnTestDemo;

void               kn_test_demo_set_up    (KnTestDemo      *demo,
                                           gconstpointer    data);
void               kn_test_demo_tear_down (KnTestDemo      *demo,
                                           gconstpointer    data);

/* Page @page of @document drawn on white into an image of the page's size in points (RGB24);
 * the caller destroys it. */
cairo_surface_t   *kn_test_draw_page      (KnDocument      *document,
                                           guint            page);

G_END_DECLS
