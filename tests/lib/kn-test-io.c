/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the import tests share (kn-test-io.h). */

#include "config.h"

#include <string.h>

#include "kinerja/kn-employee-import.h"
#include "kinerja/kn-training-import.h"

#include "kn-demo.h"
#include "kn-test-io.h"
#include "kn-test-util.h"

char *
kn_test_import_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
}

char *
kn_test_write_file (const char *folder,
                    const char *name,
                    const char *contents)
{
  char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

const KnTableRow *
kn_test_next_row (KnTableReader *reader)
{
  g_autoptr(GError) error = NULL;
  const KnTableRow *row = kn_table_reader_next_row (reader, &error);

  g_assert_no_error (error);
  g_assert_nonnull (row);
  return row;
}

void
kn_test_assert_end (KnTableReader *reader)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (kn_table_reader_next_row (reader, &error));
  g_assert_no_error (error);
}

const KnTableCell *
kn_test_cell_of (const KnTableRow *row,
                 guint             column,
                 KnCellKind        kind)
{
  const KnTableCell *cell = kn_table_row_get_cell (row, column);

  g_assert_nonnull (cell);
  g_assert_cmpint (cell->kind, ==, kind);
  return cell;
}

void
kn_test_assert_text (const KnTableRow *row,
                     guint             column,
                     const char       *expected)
{
  if (expected[0] == '\0')
    kn_test_cell_of (row, column, KN_CELL_EMPTY);
  else
    g_assert_cmpstr (kn_test_cell_of (row, column, KN_CELL_TEXT)->text, ==, expected);
}

void
kn_test_assert_date (const KnTableRow *row,
                     guint             column,
                     guint             year,
                     guint             month,
                     guint             day)
{
  const KnTableCell *cell = kn_test_cell_of (row, column, KN_CELL_DATE);

  g_assert_cmpuint (cell->year, ==, year);
  g_assert_cmpuint (cell->month, ==, month);
  g_assert_cmpuint (cell->day, ==, day);
}

void
kn_test_assert_number (const KnTableRow *row,
                       guint             column,
                       double            expected)
{
  g_assert_cmpfloat (kn_test_cell_of (row, column, KN_CELL_NUMBER)->number, ==, expected);
}

/* Matches the header of @reader (just opened) into a new *@map as kn_test_table_for_text says;
 * returns @reader. */
static KnTableReader *
match_header (KnTableReader *reader,
              gboolean       training,
              guint          header_rows,
              KnColumnMap  **map)
{
  g_autoptr(GError) error = NULL;
  const KnColumnField *fields;
  guint n_fields;

  g_assert_nonnull (reader);
  fields = training ? kn_column_fields_training (&n_fields) : kn_column_fields_employee (&n_fields);
  *map = kn_column_map_new (fields, n_fields);
  if (header_rows == 0)
    kn_column_map_match_row (*map, kn_table_reader_next_row (reader, &error));
  else
    g_assert_true (kn_column_map_find_header (*map, reader, header_rows, &error));
  g_assert_no_error (error);
  return reader;
}

KnTableReader *
kn_test_table_for_text (const char   *text,
                        const char   *name,
                        gboolean      training,
                        guint         header_rows,
                        KnColumnMap **map)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  KnTableReader *reader = kn_table_reader_new_for_bytes (bytes, name, NULL, &error);

  g_assert_no_error (error);
  return match_header (reader, training, header_rows, map);
}

KnTableReader *
kn_test_import_reader (const char   *path,
                       const char   *sheet,
                       gboolean      training,
                       guint         header_rows,
                       KnColumnMap **map)
{
  g_autoptr(GError) error = NULL;
  KnTableReader *reader = kn_table_reader_new_for_path (path, sheet, &error);

  g_assert_no_error (error);
  return match_header (reader, training, header_rows, map);
}

gpointer
kn_test_import_prepare (KnStore       *store,
                        KnTableReader *reader,
                        KnColumnMap   *map,
                        gboolean       training)
{
  g_autoptr(GError) error = NULL;
  gpointer import;

  if (training)
    import = kn_training_import_prepare (store, reader, map, NULL, &error);
  else
    import = kn_employee_import_prepare (store, reader, map, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

gpointer
kn_test_import_text (KnStore    *store,
                     const char *text,
                     const char *name,
                     gboolean    training,
                     guint       header_rows)
{
  g_autoptr(KnColumnMap) map = NULL;
  g_autoptr(KnTableReader) reader = kn_test_table_for_text (text, name, training, header_rows,
                                                            &map);

  return kn_test_import_prepare (store, reader, map, training);
}

gpointer
kn_test_import_file (KnStore    *store,
                     const char *path,
                     const char *sheet,
                     gboolean    training)
{
  g_autoptr(KnColumnMap) map = NULL;
  g_autoptr(KnTableReader) reader = kn_test_import_reader (path, sheet, training, 5, &map);

  return kn_test_import_prepare (store, reader, map, training);
}

KnStore *
kn_test_demo_new (const char  *prefix,
                  char       **folder,
                  char       **path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = kn_test_make_folder (prefix);
  g_autofree char *file = g_build_filename (dir, "demo.db", NULL);
  KnStore *store = kn_demo_create (file, &error);

  g_assert_no_error (error);
  g_assert_true (KN_IS_STORE (store));
  if (folder != NULL)
    *folder = g_steal_pointer (&dir);
  if (path != NULL)
    *path = g_steal_pointer (&file);
  return store;
}

int
kn_test_run_on_demo (const char  *prefix,
                     KnStore    **demo)
{
  g_autofree char *folder = NULL;
  int status;

  *demo = kn_test_demo_new (prefix, &folder, NULL);
  status = g_test_run ();
  kn_test_store_clear (demo, &folder, NULL);
  return status;
}

void
kn_test_demo_set_up (KnTestDemo    *demo,
                     gconstpointer  data)
{
  demo->store = kn_test_demo_new ("kinerja-test-demo-XXXXXX", &demo->dir, NULL);
}

void
kn_test_demo_tear_down (KnTestDemo    *demo,
                        gconstpointer  data)
{
  kn_test_store_clear (&demo->store, &demo->dir, NULL);
}

cairo_surface_t *
kn_test_draw_page (KnDocument *document,
                   guint       page)
{
  cairo_surface_t *surface =
    cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) kn_document_get_page_width (document),
                                (int) kn_document_get_page_height (document));
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  kn_document_draw_page (document, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}
