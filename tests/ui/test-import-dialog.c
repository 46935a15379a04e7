/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing employees from the window: a file with errors lists them by row and cell and cannot
 * be imported; a good file lists the people to add, and Impor adds them all. */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "kn-employees-page.h"
#include "kn-import-dialog.h"

#include "kn-test-ui.h"

typedef KnTestFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = kn_test_store_new ("kinerja-ui-import-XXXXXX", &fixture->folder,
                                      &fixture->path);
}

static const char bad[] =
  "NIP;Nama;Pangkat/Golongan;Jabatan;Unit Kerja;Status\n"
  "198609262015051001;Ma'ruf Hidayat;III/c;Analis;Badan Kepegawaian Daerah;PNS\n"
  "1,98609E+17;Nur'aini;III/a;Analis;Badan Kepegawaian Daerah;PNS\n";

static const char good[] =
  "NIP;Nama;Pangkat/Golongan;Jabatan;Unit Kerja;Status\n"
  "198609262015051001;Ma'ruf Hidayat;III/c;Analis;Badan Kepegawaian Daerah;PNS\n"
  "199203152019032001;Nur'aini;III/a;Analis;Badan Kepegawaian Daerah/Sekretariat;PNS\n";

static void
on_imported_cb (KnImportDialog *dialog,
                gboolean       *imported)
{
  *imported = TRUE;
}

/* A new dialog importing @path as @kind, shown, and what that left pending run. */
static KnImportDialog *
show_dialog (Fixture      *fixture,
             const char   *path,
             KnImportKind  kind)
{
  KnImportDialog *dialog = kn_import_dialog_new_for (fixture->store, path, kind);

  gtk_window_present (GTK_WINDOW (dialog));
  kn_test_spin ();
  return dialog;
}

/* show_dialog of the roster @text, written to @name in the fixture's folder. */
static KnImportDialog *
show_roster (Fixture    *fixture,
             const char *name,
             const char *text)
{
  g_autofree char *path = kn_test_write_file (fixture->folder, name, text);

  return show_dialog (fixture, path, KN_IMPORT_KIND_EMPLOYEES);
}

/* Clicks the dialog's Import button, as the user does, and runs what that left pending. */
static void
click_import (KnImportDialog *dialog)
{
  kn_test_click (kn_import_dialog_get_apply_button (dialog));
  kn_test_spin ();
}

static void
test_errors_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  KnImportDialog *dialog = show_roster (fixture, "pegawai.csv", bad);
  g_autofree char *rows = NULL;

  /* In Indonesian: one error, nothing can be imported, the row and cell named. */
  g_assert_nonnull (strstr (kn_import_dialog_get_summary (dialog), "1 kesalahan"));
  rows = kn_test_rows_text (kn_import_dialog_get_list (dialog));
  g_assert_nonnull (strstr (rows, "Baris 3 | Sel A3"));
  g_assert_false (kn_import_dialog_can_apply (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (fixture->store)), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  kn_test_spin ();
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  KnImportDialog *dialog = show_roster (fixture, "pegawai.csv", good);
  g_autofree char *rows = NULL;
  gboolean imported = FALSE;
  KnEmployee *nuraini;

  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported_cb), &imported);
  g_assert_cmpstr (kn_import_dialog_get_summary (dialog), ==, "2 baru, 0 berubah, 0 tetap.");
  rows = kn_test_rows_text (kn_import_dialog_get_list (dialog));
  g_assert_nonnull (strstr (rows, "Badan Kepegawaian Daerah/Sekretariat | Unit baru"));
  g_assert_nonnull (strstr (rows, "Nur'aini | Baru · 19920315 201903 2 001"));
  g_assert_true (kn_import_dialog_can_apply (dialog));

  click_import (dialog);
  g_assert_true (imported);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (fixture->store)), ==, 2);
  nuraini = kn_store_find_employee_by_nip (fixture->store, "199203152019032001");
  g_assert_nonnull (nuraini);
  g_assert_cmpstr (kn_employee_get_name (nuraini), ==, "Nur'aini");
}

static guint
selected (KnImportDialog *dialog,
          const char     *field_id)
{
  GtkWidget *row = kn_import_dialog_get_field_row (dialog, field_id);

  g_assert_true (ADW_IS_COMBO_ROW (row));
  return adw_combo_row_get_selected (ADW_COMBO_ROW (row));
}

static void
choose (KnImportDialog *dialog,
        const char     *field_id,
        guint           position)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (kn_import_dialog_get_field_row (dialog, field_id)),
                              position);
  kn_test_spin ();
}

/* A header the import does not know ("No. Induk"): the columns are shown as found, the user
 * chooses the NIP's column, and the preview and the import follow the choice. A column chosen
 * for a second field leaves the first. */
static void
test_choose_column (Fixture       *fixture,
                    gconstpointer  data)
{
  KnImportDialog *dialog =
    show_roster (fixture, "pegawai.csv",
                 "No. Induk;Nama;Pangkat/Golongan;Jabatan;Unit Kerja;Status\n"
                 "198609262015051001;Ma'ruf Hidayat;III/c;Analis;Badan Kepegawaian Daerah;PNS\n"
                 "199203152019032001;Nur'aini;III/a;Analis;Badan Kepegawaian Daerah;PNS\n");
  g_autofree char *rows = NULL;
  KnEmployee *maruf;

  g_assert_cmpstr (kn_import_dialog_get_summary (dialog), ==,
                   "Tidak ada yang dapat diimpor dari berkas ini.");
  g_assert_false (kn_import_dialog_can_apply (dialog));
  /* 0 is "(tidak ada)", 1 column A, 2 column B… */
  g_assert_cmpuint (selected (dialog, "nip"), ==, 0);
  g_assert_cmpuint (selected (dialog, "name"), ==, 2);
  g_assert_cmpuint (selected (dialog, "unit"), ==, 5);
  g_assert_null (kn_import_dialog_get_sheet_row (dialog));

  choose (dialog, "nip", 1);
  g_assert_cmpstr (kn_import_dialog_get_summary (dialog), ==, "2 baru, 0 berubah, 0 tetap.");
  rows = kn_test_rows_text (kn_import_dialog_get_list (dialog));
  g_assert_nonnull (strstr (rows, "Nur'aini | Baru · 19920315 201903 2 001"));
  g_assert_true (kn_import_dialog_can_apply (dialog));

  /* Column A chosen for the name too: the NIP has no column any more. */
  choose (dialog, "name", 1);
  g_assert_cmpuint (selected (dialog, "nip"), ==, 0);
  g_assert_false (kn_import_dialog_can_apply (dialog));
  choose (dialog, "nip", 1);
  choose (dialog, "name", 2);
  g_assert_cmpstr (kn_import_dialog_get_summary (dialog), ==, "2 baru, 0 berubah, 0 tetap.");

  click_import (dialog);
  maruf = kn_store_find_employee_by_nip (fixture->store, "198609262015051001");
  g_assert_nonnull (maruf);
  g_assert_cmpstr (kn_employee_get_name (maruf), ==, "Ma'ruf Hidayat");
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (fixture->store)), ==, 2);
}

/* What the CLI says, the window says too: the people in the database whom the file does not
 * name, a file converted from Windows-1252, a 9-digit NIP of before 2009. */
static void
test_absent_and_notices (Fixture       *fixture,
                         gconstpointer  data)
{
  KnImportDialog *dialog = show_roster (fixture, "pegawai.csv", good);
  g_autofree char *rows = NULL;

  click_import (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (fixture->store)), ==, 2);

  /* "José" in Windows-1252; Ma'ruf is not in this file. */
  dialog = show_roster (fixture, "lama.csv",
                        "NIP;Nama;Pangkat/Golongan;Jabatan;Unit Kerja;Status\n"
                        "199203152019032001;Nur'aini;III/a;Analis;"
                        "Badan Kepegawaian Daerah/Sekretariat;PNS\n"
                        "131234567;Jos\xe9 Lama;III/a;Analis;Badan Kepegawaian Daerah;PNS\n");
  g_assert_cmpstr (kn_import_dialog_get_summary (dialog), ==, "1 baru, 0 berubah, 1 tetap.");
  rows = kn_test_rows_text (kn_import_dialog_get_list (dialog));
  g_assert_nonnull (strstr (rows, "José Lama | Baru · 131234567"));
  g_assert_nonnull (strstr (rows, "1 pegawai di basis data tidak ada di berkas (tidak ada yang "
                                  "dihapus) | 19860926 201505 1 001 Ma'ruf Hidayat\n"));
  g_assert_nonnull (strstr (rows, "Baris 3 | Sel A3: NIP 9 digit dari sebelum 2009"));
  g_assert_nonnull (strstr (rows, "lama.csv bukan UTF-8: berkas dibaca sebagai Windows-1252"));
  g_assert_true (kn_import_dialog_can_apply (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  kn_test_spin ();
}

/* A workbook of several sheets: the sheet is a choice, and the columns are found again in the
 * sheet chosen (LibreOffice's roster and training list). */
static void
test_choose_sheet (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = kn_test_import_path ("libreoffice-roster.xlsx");
  KnImportDialog *dialog = show_dialog (fixture, path, KN_IMPORT_KIND_EMPLOYEES);
  GtkWidget *sheet;

  g_assert_cmpstr (kn_import_dialog_get_summary (dialog), ==, "3 baru, 0 berubah, 0 tetap.");
  click_import (dialog);

  dialog = show_dialog (fixture, path, KN_IMPORT_KIND_TRAINING);
  /* The first sheet is the roster: no activity column. */
  g_assert_false (kn_import_dialog_can_apply (dialog));
  g_assert_cmpuint (selected (dialog, "activity"), ==, 0);
  sheet = kn_import_dialog_get_sheet_row (dialog);
  g_assert_nonnull (sheet);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (sheet)), ==, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (sheet), 1);
  kn_test_spin ();
  g_assert_cmpuint (selected (dialog, "activity"), ==, 2);
  g_assert_true (kn_import_dialog_can_apply (dialog));
  click_import (dialog);
  g_assert_cmpfloat (kn_store_training_hours (fixture->store,
                                              kn_employee_get_id (kn_store_find_employee_by_nip (
                                                fixture->store, "198609262015051001")),
                                              2026), >, 0);
}

/* A large roster: the counts are of the whole file, the list stops at its limit and says how
 * many it left out (20,000 rows made the window build 20,000 rows: over 30 s and 800 MB), and
 * Import still imports every row. */
static void
test_large_file (Fixture       *fixture,
                 gconstpointer  data)
{
  const guint n = KN_IMPORT_DIALOG_MAX_LISTED * 2;
  g_autoptr(GString) csv = g_string_new ("NIP;Nama;Pangkat/Golongan;Jabatan;Unit Kerja;Status\n");
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *summary = NULL;
  KnImportDialog *dialog;
  GtkWidget *row;
  GtkWidget *last = NULL;
  guint n_rows = 0;

  /* Born 1–28 January 1980, CPNS January 2005, men, numbers 001–022. */
  for (guint i = 0; i < n; i++)
    g_string_append_printf (csv, "198001%02u2005011%03u;Pegawai %u;II/a;Pelaksana;"
                            "Dinas Besar;PNS\n", 1 + i % 28, 1 + i / 28, i);
  path = kn_test_write_file (fixture->folder, "besar.csv", csv->str);
  dialog = show_dialog (fixture, path, KN_IMPORT_KIND_EMPLOYEES);

  summary = g_strdup_printf ("%u baru, 0 berubah, 0 tetap.", n);
  g_assert_cmpstr (kn_import_dialog_get_summary (dialog), ==, summary);
  for (row = gtk_widget_get_first_child (GTK_WIDGET (kn_import_dialog_get_list (dialog)));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row))
      {
        n_rows++;
        last = row;
      }
  /* The new unit and the first people, then one row for the rest. */
  g_assert_cmpuint (n_rows, ==, KN_IMPORT_DIALOG_MAX_LISTED + 1);
  expected = g_strdup_printf ("… dan %u lainnya", n + 1 - KN_IMPORT_DIALOG_MAX_LISTED);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (last)), ==, expected);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (last)),
                            "kinerja-cli import --dry-run"));

  click_import (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (fixture->store)), ==, n);
}

static gboolean
click_cancel_cb (gpointer user_data)
{
  KnImportDialog *dialog = user_data;

  g_signal_emit_by_name (kn_import_dialog_get_cancel_button (dialog), "clicked");
  return G_SOURCE_REMOVE;
}

/* Cancel while a large import is written (the window answers between the rows): nothing is
 * kept, the window stays with the same preview, and Import then imports it all. */
static void
test_cancel_while_writing (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new ("NIP;Nama;Pangkat/Golongan;Jabatan;Unit Kerja;Status\n");
  g_autofree char *path = NULL;
  KnImportDialog *dialog;

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (csv, "198001%02u2005011%03u;Pegawai %u;II/a;Pelaksana;"
                            "Dinas Besar;PNS\n", 1 + i % 28, 1 + i / 28, i);
  path = kn_test_write_file (fixture->folder, "besar.csv", csv->str);
  dialog = show_dialog (fixture, path, KN_IMPORT_KIND_EMPLOYEES);
  g_assert_cmpstr (kn_import_dialog_get_summary (dialog), ==, "1000 baru, 0 berubah, 0 tetap.");

  /* Runs when the import lets the window answer, after its first few hundred people. */
  g_idle_add (click_cancel_cb, dialog);
  kn_test_click (kn_import_dialog_get_apply_button (dialog));
  g_assert_cmpstr (kn_import_dialog_get_summary (dialog), ==,
                   "Dibatalkan: tidak ada yang diimpor.");
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (fixture->store)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_units (fixture->store)), ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (kn_import_dialog_can_apply (dialog));

  kn_test_click (kn_import_dialog_get_apply_button (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (fixture->store)), ==, 1000);
}

/* The Pegawai place in a window of its own (under a toast overlay, as in the main window),
 * following the fixture's store, shown. */
static KnEmployeesPage *
open_page (Fixture    *fixture,
           GtkWindow **window)
{
  AdwToastOverlay *overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  KnEmployeesPage *page = g_object_new (KN_TYPE_EMPLOYEES_PAGE, NULL);

  *window = GTK_WINDOW (gtk_window_new ());
  adw_toast_overlay_set_child (overlay, GTK_WIDGET (page));
  gtk_window_set_child (*window, GTK_WIDGET (overlay));
  gtk_window_set_default_size (*window, 1200, 700);
  kn_employees_page_set_store (page, fixture->store);
  gtk_window_present (*window);
  kn_test_spin ();
  return page;
}

/* The Pegawai place offers the import, in Indonesian. */
static void
test_page_button (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWindow *window;
  KnEmployeesPage *page = open_page (fixture, &window);
  GtkWidget *button;

  button = kn_test_find_action (GTK_WIDGET (page), "employees.import");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Impor…");
  g_assert_true (gtk_widget_is_sensitive (button));
  kn_test_ui_close (window, NULL);
}

/* The Pegawai place's "Ekspor…" writes the roster that the import dialog reads back with
 * nothing to change (issue 9: round trip). The path is given as the file chooser would. */
static void
test_page_export (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *csv = kn_test_write_file (fixture->folder, "pegawai.csv", good);
  g_autofree char *xlsx = g_build_filename (fixture->folder, "Pegawai-2026-12-03.xlsx", NULL);
  KnImportDialog *dialog = show_dialog (fixture, csv, KN_IMPORT_KIND_EMPLOYEES);
  GtkWindow *window;
  KnEmployeesPage *page;
  g_autoptr(GError) error = NULL;
  GtkWidget *button;

  click_import (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (fixture->store)), ==, 2);

  page = open_page (fixture, &window);
  button = kn_test_find_action (GTK_WIDGET (page), "employees.export");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Ekspor…");
  g_assert_true (gtk_widget_is_sensitive (button));

  g_assert_true (kn_employees_page_export_file (page, xlsx, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  kn_test_ui_close (window, NULL);

  dialog = show_dialog (fixture, xlsx, KN_IMPORT_KIND_EMPLOYEES);
  g_assert_cmpstr (kn_import_dialog_get_summary (dialog), ==, "0 baru, 0 berubah, 2 tetap.");
  gtk_window_destroy (GTK_WINDOW (dialog));
  kn_test_spin ();
}

/* The Pegawai place open while a roster is imported shows the new people with their NIP in
 * its table's cells (issue 9: choose the file, see the preview, confirm, see the people). */
static gboolean
label_holds (GtkWidget *widget,
             gpointer   data)
{
  const char *text = NULL;

  if (GTK_IS_LABEL (widget))
    text = gtk_label_get_text (GTK_LABEL (widget));
  else if (GTK_IS_INSCRIPTION (widget))
    text = gtk_inscription_get_text (GTK_INSCRIPTION (widget));
  return text != NULL && strstr (text, (const char *)data) != NULL;
}

static void
test_page_shows_imported (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWindow *window;
  KnEmployeesPage *page = open_page (fixture, &window);
  KnImportDialog *dialog;

  g_assert_null (kn_test_find (GTK_WIDGET (page), label_holds, (gpointer)"Nur'aini"));

  dialog = show_roster (fixture, "pegawai.csv", good);
  g_assert_cmpstr (kn_import_dialog_get_summary (dialog), ==, "2 baru, 0 berubah, 0 tetap.");
  click_import (dialog);

  for (guint i = 0; i < 200 && (kn_employees_page_is_loading (page) ||
                                 g_list_model_get_n_items (kn_employees_page_get_visible (page)) < 2); i++)
    {
      g_usleep (10000);
      kn_test_spin ();
    }
  g_assert_cmpstr (kn_employees_page_get_count_text (page), ==, "2 pegawai");
  kn_test_draw (window);
  g_assert_nonnull (kn_test_find (GTK_WIDGET (page), label_holds, (gpointer)"Nur'aini"));
  g_assert_nonnull (kn_test_find (GTK_WIDGET (page), label_holds, (gpointer)"Ma'ruf Hidayat"));
  g_assert_nonnull (kn_test_find (GTK_WIDGET (page), label_holds,
                                  (gpointer)"19920315 201903 2 001"));
  kn_test_ui_close (window, NULL);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, kn_test_fixture_tear_down)
  ADD ("/import-dialog/errors-refused", test_errors_refused);
  ADD ("/import-dialog/import", test_import);
  ADD ("/import-dialog/page-button", test_page_button);
  ADD ("/import-dialog/page-export", test_page_export);
  ADD ("/import-dialog/page-shows-imported", test_page_shows_imported);
  ADD ("/import-dialog/choose-column", test_choose_column);
  ADD ("/import-dialog/absent-and-notices", test_absent_and_notices);
  ADD ("/import-dialog/choose-sheet", test_choose_sheet);
  ADD ("/import-dialog/large-file", test_large_file);
  ADD ("/import-dialog/cancel-while-writing", test_cancel_while_writing);
#undef ADD

  return g_test_run ();
}
