/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Laporan place: the preview shows pages, printing and "Save as PDF" write real files, a
 * whole unit goes to a folder one file per employee, and stopping keeps only whole files. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include <adwaita.h>

#include "kn-demo.h"
#include "kn-reports-page-private.h"
#include "kn-reports-page.h"

#include "kn-test-ui.h"
#include "kn-ui-test.h"

typedef struct
{
  char          *dir;
  KnStore       *store;
  GtkWindow     *window;
  KnReportsPage *page;
  KnEmployee    *head;
  KnOrgUnit     *unit;
} Fixture;

/* Waits for the background batch, bounded so a hang fails the test instead of the run. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GListModel *employees;

  fixture->store = kn_test_demo_new ("kinerja-ui-reports-XXXXXX", &fixture->dir, NULL);

  fixture->unit = kn_store_find_unit (fixture->store, "Bidang Pembinaan SMA");
  g_assert_nonnull (fixture->unit);
  employees = kn_store_get_employees (fixture->store);
  for (guint i = 0; i < g_list_model_get_n_items (employees) && fixture->head == NULL; i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);

      if (g_strcmp0 (kn_employee_get_position (employee), "Kepala Bidang Pembinaan SMA") == 0)
        fixture->head = kn_store_lookup_employee (fixture->store, kn_employee_get_id (employee));
    }
  g_assert_nonnull (fixture->head);

  fixture->page = g_object_new (KN_TYPE_REPORTS_PAGE, NULL);
  kn_reports_page_set_store (fixture->page, fixture->store);
  fixture->window = kn_test_ui_show_page (GTK_WIDGET (fixture->page));
}

static void
page_finalized_cb (gpointer  data,
                   GObject  *where_the_object_was)
{
  GThread **thread = data;

  *thread = g_thread_self ();
}

/* The page goes with its window, on the main thread: a worker that dropped the last reference
 * would finalize the page and the store there, beside the main thread's own work (the store's
 * files vanished under the folder's removal). */
static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GThread *finalized_in = NULL;
  gint64 deadline;

  /* (A test that closed the window itself has checked where its page went.) */
  if (fixture->page != NULL)
    {
      kn_reports_page_cancel (fixture->page);
      kn_test_reports_page_wait (fixture->page);
      g_object_weak_ref (G_OBJECT (fixture->page), page_finalized_cb, &finalized_in);
      gtk_window_destroy (fixture->window);
      deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
      while (finalized_in == NULL && g_get_monotonic_time () < deadline)
        {
          kn_test_spin ();
          g_usleep (1000);
        }
      g_assert_true (finalized_in == g_thread_self ());
    }
  kn_test_store_clear (&fixture->store, &fixture->dir, NULL);
}

static void
test_preview_and_print (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *printed = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_SKP,
                                         kn_org_unit_get_id (fixture->unit),
                                         kn_employee_get_id (fixture->head), "2026", KN_PAPER_A4));
  /* The SKP and its Lampiran page. */
  g_assert_cmpuint (kn_reports_page_get_n_pages (fixture->page), >=, 2);

  /* Through the print system, as a printer would receive it. */
  g_assert_true (kn_reports_page_print_to_file (fixture->page, printed, &error));
  g_assert_no_error (error);
  g_assert_true (kn_test_is_complete_pdf (printed));

  g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_DOKUMEN,
                                         kn_org_unit_get_id (fixture->unit),
                                         kn_employee_get_id (fixture->head), "2026-TW1", KN_PAPER_F4));
  g_assert_cmpuint (kn_reports_page_get_n_pages (fixture->page), ==, 1);

  /* The Penetapan Predikat of the unit is saved under its own name, not "kinerja.pdf". */
  {
    g_autofree char *pdf = NULL;
    g_autofree char *xlsx = NULL;

    g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_REKAP,
                                           kn_org_unit_get_id (fixture->unit), 0, "2026-TW1",
                                           KN_PAPER_A4));
    pdf = kn_reports_page_dup_suggested_name (fixture->page, FALSE);
    xlsx = kn_reports_page_dup_suggested_name (fixture->page, TRUE);
    g_assert_cmpstr (pdf, ==, "REKAP-2026-TW1-Bidang-Pembinaan-SMA.pdf");
    g_assert_cmpstr (xlsx, ==, "REKAP-2026-TW1-Bidang-Pembinaan-SMA.xlsx");
  }
}

static GtkWidget *
find_open_saved (Fixture *fixture)
{
  GtkWidget *button = kn_test_find_action (GTK_WIDGET (fixture->page), "reports.open-saved");

  g_assert_nonnull (button);
  return button;
}

/* The button beside the message is shown, says @label and its action may run. */
static void
check_open_offered (Fixture    *fixture,
                    const char *label)
{
  GtkWidget *button = find_open_saved (fixture);
  g_autoptr(GString) shown = g_string_new (gtk_button_get_label (GTK_BUTTON (button)));

  g_string_replace (shown, "_", "", 0);
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_cmpstr (shown->str, ==, label);
  g_assert_true (gtk_widget_is_sensitive (button));
}

static void
test_save_pdf (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "evaluasi.pdf", NULL);

  g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_EVALUASI,
                                         kn_org_unit_get_id (fixture->unit),
                                         kn_employee_get_id (fixture->head), "2026-TW1", KN_PAPER_A4));
  kn_reports_page_save_to (fixture->page, path, FALSE);
  kn_test_reports_page_wait (fixture->page);
  g_assert_true (kn_test_is_complete_pdf (path));

  /* The message says where the file is, and the page offers to open it. */
  g_assert_nonnull (strstr (kn_reports_page_get_status (fixture->page), path));
  g_assert_cmpstr (kn_reports_page_get_saved_path (fixture->page), ==, path);
  check_open_offered (fixture, "Buka Berkas");

  /* Another choice: the offer was about the file saved, and goes. */
  g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_SKP,
                                         kn_org_unit_get_id (fixture->unit),
                                         kn_employee_get_id (fixture->head), "2026", KN_PAPER_A4));
  g_assert_null (kn_reports_page_get_saved_path (fixture->page));
  g_assert_false (gtk_widget_get_visible (find_open_saved (fixture)));
}

static void
test_unit_to_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "skp-sma", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) members = kn_test_unit_members (fixture->store,
                                                       kn_org_unit_get_id (fixture->unit));
  guint expected = 0;
  guint files = 0;
  const char *name;

  for (guint i = 0; i < members->len; i++)
    {
      g_autoptr(KnPlan) plan = kn_store_load_plan (fixture->store,
                                                   kn_employee_get_id (members->pdata[i]), 2026,
                                                   NULL);

      if (plan != NULL)
        expected++;
    }
  g_assert_cmpuint (expected, >, 1);

  g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_SKP,
                                         kn_org_unit_get_id (fixture->unit), 0, "2026", KN_PAPER_A4));
  kn_reports_page_set_split (fixture->page, TRUE);
  kn_reports_page_save_to (fixture->page, folder, FALSE);
  kn_test_reports_page_wait (fixture->page);

  dir = g_dir_open (folder, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      /* One naming rule: SKP-<year>-<NIP>-<name>.pdf. */
      g_assert_true (g_str_has_prefix (name, "SKP-2026-"));
      g_assert_true (g_str_has_suffix (name, ".pdf"));
      g_assert_true (kn_test_is_complete_pdf (path));
      files++;
    }
  g_assert_cmpuint (files, ==, expected);

  /* The message names the folder and how many went in; the page offers to open the folder. */
  {
    g_autofree char *count = g_strdup_printf ("%u dokumen", files);

    g_assert_nonnull (strstr (kn_reports_page_get_status (fixture->page), count));
    g_assert_nonnull (strstr (kn_reports_page_get_status (fixture->page), folder));
  }
  g_assert_cmpstr (kn_reports_page_get_saved_path (fixture->page), ==, folder);
  check_open_offered (fixture, "Buka Folder");
}

/* Forgets the kepala OPD's pejabat penilai that the demo records in the settings, so that the
 * kepala OPD's documents lack a signer. */
static void
clear_jpt_assessor (KnStore *store)
{
  static const char * const keys[] = {
    KN_SETTING_JPT_ASSESSOR_NAME, KN_SETTING_JPT_ASSESSOR_POSITION,
    KN_SETTING_JPT_ASSESSOR_RANK, KN_SETTING_JPT_ASSESSOR_NIP,
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (kn_store_set_setting (store, keys[i], NULL, &error));
  g_assert_no_error (error);
}

/* Saving a whole unit returns at once: the documents' data is read by the batch's worker on a
 * connection of its own, not on the main thread (what it found, who is missing to sign, comes
 * after), and the file is whole at the end. */
static void
test_gathered_in_worker (Fixture       *fixture,
                         gconstpointer  data)
{
  KnOrgUnit *dinas = kn_store_find_unit (fixture->store, "Dinas Pendidikan dan Kebudayaan");
  g_autofree char *path = g_build_filename (fixture->dir, "dinas.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *chosen = NULL;
  g_autofree char *text = NULL;

  /* The kepala OPD without his pejabat penilai: someone to warn about. */
  clear_jpt_assessor (fixture->store);
  g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_SKP, kn_org_unit_get_id (dinas),
                                         0, "2026", KN_PAPER_A4));
  /* The choice of the whole OPD warns about the person previewed only; saving returns before
   * anyone else's data is read, so the warning is still that one. */
  chosen = g_strdup (kn_reports_page_get_warning (fixture->page));
  kn_reports_page_save_to (fixture->page, path, FALSE);
  g_assert_true (kn_reports_page_get_busy (fixture->page));
  g_assert_cmpstr (kn_reports_page_get_warning (fixture->page), ==, chosen);
  kn_test_reports_page_wait (fixture->page);

  /* The kepala OPD has no pejabat penilai in the settings now. */
  g_assert_nonnull (kn_reports_page_get_warning (fixture->page));
  g_assert_true (kn_test_is_complete_pdf (path));
  if (pdftotext != NULL)
    {
      const char *argv[] = { pdftotext, path, "-", NULL };

      g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                   NULL, &text, NULL, NULL, NULL));
      g_assert_nonnull (strstr (text, "SASARAN KINERJA PEGAWAI"));
    }
}

/* The window closed while a batch runs: the page goes on the main thread when the batch ends,
 * and the file is whole. */
static void
test_closed_while_saving (Fixture       *fixture,
                          gconstpointer  data)
{
  KnOrgUnit *dinas = kn_store_find_unit (fixture->store, "Dinas Pendidikan dan Kebudayaan");
  g_autofree char *path = g_build_filename (fixture->dir, "closed.pdf", NULL);
  /* A whole OPD's batch under a sanitizer on a loaded two-core machine has taken over a minute;
   * the deadline only keeps a hang from waiting for meson's timeout. */
  gint64 deadline = g_get_monotonic_time () + 600 * G_USEC_PER_SEC;
  GThread *finalized_in = NULL;

  g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_SKP, kn_org_unit_get_id (dinas),
                                         0, "2026", KN_PAPER_A4));
  kn_reports_page_save_to (fixture->page, path, FALSE);
  g_assert_true (kn_reports_page_get_busy (fixture->page));
  g_object_weak_ref (G_OBJECT (fixture->page), page_finalized_cb, &finalized_in);
  gtk_window_destroy (fixture->window);
  fixture->window = NULL;
  fixture->page = NULL;

  /* The batch holds the page until it ends, then lets it go here. */
  while (finalized_in == NULL && g_get_monotonic_time () < deadline)
    {
      kn_test_spin ();
      g_usleep (1000);
    }
  g_assert_true (finalized_in == g_thread_self ());
  g_assert_true (kn_test_is_complete_pdf (path));
}

static void
test_stop_keeps_whole_files (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "stopped", NULL);
  g_autoptr(GDir) dir = NULL;
  KnOrgUnit *dinas = kn_store_find_unit (fixture->store, "Dinas Pendidikan dan Kebudayaan");
  const char *name;

  g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_SKP, kn_org_unit_get_id (dinas),
                                         0, "2026", KN_PAPER_A4));
  kn_reports_page_set_split (fixture->page, TRUE);
  kn_reports_page_save_to (fixture->page, folder, FALSE);
  g_assert_true (kn_reports_page_get_busy (fixture->page));
  kn_reports_page_cancel (fixture->page);
  kn_test_reports_page_wait (fixture->page);

  /* Whatever was written before the stop is whole; nothing half-written remains. */
  dir = g_dir_open (folder, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_assert_false (g_str_has_prefix (name, "."));
      g_assert_true (kn_test_is_complete_pdf (path));
    }
}

/* The kepala of @unit, a JPT, as the demo has one. */
static KnEmployee *
find_head (Fixture   *fixture,
           KnOrgUnit *unit)
{
  GListModel *employees = kn_store_get_employees (fixture->store);

  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);

      if (kn_employee_get_unit_id (employee) == kn_org_unit_get_id (unit) &&
          kn_position_kind_is_jpt (kn_employee_get_position_kind (employee)))
        return g_steal_pointer (&employee);
    }
  g_assert_not_reached ();
  return NULL;
}

/* A missing pejabat penilai is said before printing or saving, naming the employee: the kepala
 * OPD's until the external assessor is in the settings; nothing for someone with both. */
static void
test_missing_signer_warning (Fixture       *fixture,
                             gconstpointer  data)
{
  KnOrgUnit *dinas = kn_store_find_unit (fixture->store, "Dinas Pendidikan dan Kebudayaan");
  g_autofree char *folder = g_build_filename (fixture->dir, "dinas", NULL);
  g_autoptr(KnEmployee) jpt = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *digits = NULL;
  g_autofree char *grouped = NULL;

  jpt = find_head (fixture, dinas);
  digits = kn_nip_normalize (kn_employee_get_nip (jpt));
  grouped = kn_nip_format (digits);
  /* Without the external assessor in the settings (the demo records one). */
  clear_jpt_assessor (fixture->store);

  g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_SKP,
                                         kn_org_unit_get_id (fixture->unit),
                                         kn_employee_get_id (fixture->head), "2026", KN_PAPER_A4));
  g_assert_null (kn_reports_page_get_warning (fixture->page));
  /* The save dialog suggests the one file name. */
  {
    g_autofree char *head_digits = kn_nip_normalize (kn_employee_get_nip (fixture->head));
    g_autofree char *pdf = kn_reports_page_dup_suggested_name (fixture->page, FALSE);
    g_autofree char *xlsx = kn_reports_page_dup_suggested_name (fixture->page, TRUE);
    g_autofree char *prefix = g_strdup_printf ("SKP-2026-%s-", head_digits);

    g_assert_true (g_str_has_prefix (pdf, prefix));
    g_assert_true (g_str_has_suffix (pdf, ".pdf"));
    g_assert_true (g_str_has_prefix (xlsx, prefix));
    g_assert_true (g_str_has_suffix (xlsx, ".xlsx"));
    g_assert_null (strchr (pdf, ' '));
  }

  g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_SKP, kn_org_unit_get_id (dinas),
                                         kn_employee_get_id (jpt), "2026", KN_PAPER_A4));
  g_assert_nonnull (kn_reports_page_get_warning (fixture->page));
  g_assert_nonnull (strstr (kn_reports_page_get_warning (fixture->page), kn_employee_get_name (jpt)));
  g_assert_nonnull (strstr (kn_reports_page_get_warning (fixture->page), grouped));

  /* Saving the whole OPD says it too. */
  g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_SKP, kn_org_unit_get_id (dinas),
                                         0, "2026", KN_PAPER_A4));
  kn_reports_page_set_split (fixture->page, TRUE);
  kn_reports_page_save_to (fixture->page, folder, FALSE);
  /* (The batch reads the documents' data in its worker: the warning comes with it.) */
  kn_test_reports_page_wait (fixture->page);
  g_assert_nonnull (kn_reports_page_get_warning (fixture->page));
  g_assert_nonnull (strstr (kn_reports_page_get_warning (fixture->page), grouped));

  g_assert_true (kn_store_set_setting (fixture->store, KN_SETTING_JPT_ASSESSOR_NAME,
                                       "Dr. H. Ahmad Saputra, M.Si.", &error));
  g_assert_no_error (error);
  g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_SKP, kn_org_unit_get_id (dinas),
                                         kn_employee_get_id (jpt), "2026", KN_PAPER_A4));
  g_assert_null (kn_reports_page_get_warning (fixture->page));
}

/* The kepala OPD's atasan pejabat penilai (the Gubernur, from the settings) missing: the Laporan
 * place says so before his Dokumen Evaluasi is printed or saved, naming him (not his NIP); the
 * warning goes once the official is recorded. */
static void
test_missing_jpt_superior_warning (Fixture       *fixture,
                                   gconstpointer  data)
{
  static const char * const keys[] = {
    KN_SETTING_JPT_SUPERIOR_NAME, KN_SETTING_JPT_SUPERIOR_POSITION, KN_SETTING_JPT_SUPERIOR_NIP,
  };
  KnOrgUnit *dinas = kn_store_find_unit (fixture->store, "Dinas Pendidikan dan Kebudayaan");
  g_autoptr(KnEmployee) jpt = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *digits = NULL;
  g_autofree char *grouped = NULL;
  const char *warning;

  jpt = find_head (fixture, dinas);
  digits = kn_nip_normalize (kn_employee_get_nip (jpt));
  grouped = kn_nip_format (digits);

  /* The demo records the Gubernur: nothing to say. */
  g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_DOKUMEN,
                                         kn_org_unit_get_id (dinas), kn_employee_get_id (jpt),
                                         "2026-TW1", KN_PAPER_A4));
  g_assert_null (kn_reports_page_get_warning (fixture->page));

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (kn_store_set_setting (fixture->store, keys[i], NULL, &error));
  g_assert_no_error (error);
  g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_DOKUMEN,
                                         kn_org_unit_get_id (dinas), kn_employee_get_id (jpt),
                                         "2026-TW1", KN_PAPER_A4));
  warning = kn_reports_page_get_warning (fixture->page);
  g_assert_nonnull (warning);
  g_assert_nonnull (strstr (warning, kn_employee_get_name (jpt)));
  g_assert_nonnull (strstr (warning, "atasan pejabat penilai"));
  g_assert_null (strstr (warning, grouped));
  g_assert_null (strstr (warning, digits));

  /* His SKP has no atasan block: nothing to say there. */
  g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_SKP,
                                         kn_org_unit_get_id (dinas), kn_employee_get_id (jpt),
                                         "2026", KN_PAPER_A4));
  g_assert_null (kn_reports_page_get_warning (fixture->page));

  g_assert_true (kn_store_set_setting (fixture->store, KN_SETTING_JPT_SUPERIOR_NAME,
                                       "Ir. H. Bambang Wirawan, M.M.", &error));
  g_assert_no_error (error);
  g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_DOKUMEN,
                                         kn_org_unit_get_id (dinas), kn_employee_get_id (jpt),
                                         "2026-TW1", KN_PAPER_A4));
  g_assert_null (kn_reports_page_get_warning (fixture->page));
}

/* The preview zooms: larger and smaller step through 50–200 % and then scroll, the page's width
 * or the whole page fit the window (the buttons' actions, Ctrl++, Ctrl+− and Ctrl+0). */
static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);

  g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_EVALUASI,
                                         kn_org_unit_get_id (fixture->unit),
                                         kn_employee_get_id (fixture->head), "2026-TW1", KN_PAPER_A4));
  kn_test_spin ();
  g_assert_cmpint (kn_reports_page_get_zoom (fixture->page), ==, KN_REPORTS_ZOOM_FIT_PAGE);

  /* From the fitted page, larger is the next step above its scale. */
  gtk_widget_activate_action (page, "reports.zoom-in", NULL);
  kn_test_spin ();
  g_assert_cmpint (kn_reports_page_get_zoom (fixture->page), >=, 50);
  for (guint i = 0; i < 8; i++)
    gtk_widget_activate_action (page, "reports.zoom-in", NULL);
  kn_test_spin ();
  g_assert_cmpint (kn_reports_page_get_zoom (fixture->page), ==, 200);
  kn_test_draw (fixture->window);
  for (guint i = 0; i < 8; i++)
    gtk_widget_activate_action (page, "reports.zoom-out", NULL);
  g_assert_cmpint (kn_reports_page_get_zoom (fixture->page), ==, 50);
  gtk_widget_activate_action (page, "reports.zoom-in", NULL);
  g_assert_cmpint (kn_reports_page_get_zoom (fixture->page), ==, 75);

  gtk_widget_activate_action (page, "reports.zoom-fit-width", NULL);
  kn_test_spin ();
  g_assert_cmpint (kn_reports_page_get_zoom (fixture->page), ==, KN_REPORTS_ZOOM_FIT_WIDTH);
  kn_test_draw (fixture->window);
  gtk_widget_activate_action (page, "reports.zoom-fit-page", NULL);
  g_assert_cmpint (kn_reports_page_get_zoom (fixture->page), ==, KN_REPORTS_ZOOM_FIT_PAGE);
}

/* The workbook's cells, one line each, as openpyxl reads them. */
static char *
workbook_cells (const char *path)
{
  const char *argv[] = {
    "/usr/bin/python3", "-c",
    "import sys, openpyxl\n"
    "for ws in openpyxl.load_workbook(sys.argv[1]).worksheets:\n"
    "    for row in ws.iter_rows():\n"
    "        for cell in row:\n"
    "            if cell.value is not None: print(cell.value)\n",
    path, NULL
  };

  return kn_test_run_program (argv);
}

/* The Laporan Hasil Survei Kepuasan Masyarakat is one of Laporan's documents: the unit's survey
 * of the period previewed, printed and saved as PDF and Excel (IKM 80,32 of the four
 * questionnaires of test-skm-import), named as the SKM place names it; a period without a survey
 * is said so, and nothing is written. */
static void
test_skm_report (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 unit = kn_org_unit_get_id (fixture->unit);
  g_autoptr(KnSkmSurvey) survey = kn_skm_survey_new (unit, "2026-TW1", "Legalisir Ijazah");
  g_autofree char *printed = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "skm.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (fixture->dir, "skm.xlsx", NULL);
  g_autofree char *none = g_build_filename (fixture->dir, "none.pdf", NULL);
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  g_autofree char *cells = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (kn_test_skm_rows); i++)
    kn_skm_survey_add_row (survey, kn_test_skm_rows[i]);
  g_assert_true (kn_store_save_survey (fixture->store, survey, &error));
  g_assert_no_error (error);

  g_assert_true (kn_reports_page_select_skm (fixture->page, unit, "2026-TW1", KN_PAPER_A4));
  g_assert_cmpuint (kn_reports_page_get_n_pages (fixture->page), ==, 1);
  name = kn_reports_page_dup_suggested_name (fixture->page, FALSE);
  g_assert_cmpstr (name, ==, "LAPORAN-SKM-2026-TW1-Bidang-Pembinaan-SMA.pdf");
  g_clear_pointer (&name, g_free);
  name = kn_reports_page_dup_suggested_name (fixture->page, TRUE);
  g_assert_cmpstr (name, ==, "LAPORAN-SKM-2026-TW1-Bidang-Pembinaan-SMA.xlsx");

  g_assert_true (kn_reports_page_print_to_file (fixture->page, printed, &error));
  g_assert_no_error (error);
  g_assert_true (kn_test_is_complete_pdf (printed));

  kn_reports_page_save_to (fixture->page, pdf, FALSE);
  kn_test_reports_page_wait (fixture->page);
  g_assert_true (kn_test_is_complete_pdf (pdf));
  kn_reports_page_save_to (fixture->page, xlsx, TRUE);
  kn_test_reports_page_wait (fixture->page);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  cells = workbook_cells (xlsx);
  g_assert_nonnull (strstr (cells, "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT"));
  g_assert_nonnull (strstr (cells, "Bidang Pembinaan SMA"));
  g_assert_nonnull (strstr (cells, "\n80.32\n"));

  text = kn_test_pdf_text (pdf, "-raw");
  if (text != NULL)
    {
      g_autofree char *printed_text = kn_test_pdf_text (printed, "-raw");

      g_assert_nonnull (strstr (text, "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT"));
      g_assert_nonnull (strstr (text, "Bidang Pembinaan SMA"));
      g_assert_nonnull (strstr (text, "Indeks Kepuasan Masyarakat (IKM): 80,32"));
      g_assert_nonnull (strstr (printed_text, "Indeks Kepuasan Masyarakat (IKM): 80,32"));
    }

  /* Another quarter has no survey: nothing to see, print or save, and the place says why. */
  g_assert_true (kn_reports_page_select_skm (fixture->page, unit, "2026-TW2", KN_PAPER_A4));
  g_assert_cmpuint (kn_reports_page_get_n_pages (fixture->page), ==, 0);
  g_assert_nonnull (strstr (kn_reports_page_get_status (fixture->page), "Bidang Pembinaan SMA"));
  g_assert_nonnull (strstr (kn_reports_page_get_status (fixture->page), "Survei Kepuasan Masyarakat"));
  g_assert_false (kn_reports_page_print_to_file (fixture->page, none, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
  kn_reports_page_save_to (fixture->page, none, FALSE);
  kn_test_reports_page_wait (fixture->page);
  g_assert_false (g_file_test (none, G_FILE_TEST_EXISTS));
  g_assert_nonnull (strstr (kn_reports_page_get_status (fixture->page), "Bidang Pembinaan SMA"));
}

/* A large unit's preview is read off the main thread (issue 13: the first document of a
 * 6,360-person OPD held it 28 ms beside filling the choices): choosing returns with the preview
 * empty and "Memuat unit…"; then it shows the document the main thread would have made. Of two
 * quick choices the second's document is shown, and stays. */
static guint
pages_read_here (Fixture        *fixture,
                 KnDocumentKind  kind,
                 gint64          unit_id,
                 const char     *period)
{
  _kn_reports_page_set_preview_in_thread_from (fixture->page, G_MAXUINT);
  g_assert_true (kn_reports_page_select (fixture->page, kind, unit_id, 0, period, KN_PAPER_A4));
  g_assert_false (kn_reports_page_is_previewing (fixture->page));
  return kn_reports_page_get_n_pages (fixture->page);
}

static void
test_large_unit_preview_in_thread (Fixture       *fixture,
                                   gconstpointer  data)
{
  KnOrgUnit *other = kn_store_find_unit (fixture->store, "Badan Kepegawaian Daerah");
  gint64 unit_id = kn_org_unit_get_id (fixture->unit);
  guint here, other_here;

  g_assert_nonnull (other);
  here = pages_read_here (fixture, KN_DOCUMENT_EVALUASI, unit_id, "2026-TW1");
  g_assert_cmpuint (here, >, 0);
  other_here = pages_read_here (fixture, KN_DOCUMENT_SKP, kn_org_unit_get_id (other), "2026");
  g_assert_cmpuint (other_here, >, 0);
  g_assert_cmpuint (other_here, !=, here);

  _kn_reports_page_set_preview_in_thread_from (fixture->page, 1);
  g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_EVALUASI, unit_id, 0,
                                         "2026-TW1", KN_PAPER_A4));
  g_assert_true (kn_reports_page_is_previewing (fixture->page));
  g_assert_cmpuint (kn_reports_page_get_n_pages (fixture->page), ==, 0);
  g_assert_cmpstr (kn_reports_page_get_status (fixture->page), ==, "Memuat unit…");
  kn_test_reports_page_wait (fixture->page);
  g_assert_cmpuint (kn_reports_page_get_n_pages (fixture->page), ==, here);
  g_assert_null (kn_reports_page_get_status (fixture->page));

  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_EVALUASI, unit_id, 0,
                                             "2026-TW1", KN_PAPER_A4));
      g_assert_true (kn_reports_page_select (fixture->page, KN_DOCUMENT_SKP,
                                             kn_org_unit_get_id (other), 0, "2026", KN_PAPER_A4));
      kn_test_reports_page_wait (fixture->page);
      g_assert_cmpuint (kn_reports_page_get_n_pages (fixture->page), ==, other_here);
      kn_test_draw (fixture->window);
      g_assert_cmpuint (kn_reports_page_get_n_pages (fixture->page), ==, other_here);
    }
}

/* "Untuk seluruh unit kerja" offers its two ways whole in the list it opens at 1024×600 (they
 * were cut: "Satu berkas untuk semu…", "Satu berkas per pegawa…"). */
static void
test_split_choices_whole (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) cut = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *popover;

  gtk_window_set_default_size (fixture->window, 1024 - 220, 600);
  kn_test_draw (fixture->window);
  gtk_widget_set_sensitive (GTK_WIDGET (fixture->page->split_row), TRUE);
  g_assert_true (gtk_widget_activate (GTK_WIDGET (fixture->page->split_row)));
  kn_test_draw (fixture->window);
  popover = kn_test_find_type (GTK_WIDGET (fixture->page->split_row), GTK_TYPE_POPOVER);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_mapped (popover));
  kn_test_find_ellipsized (GTK_WIDGET (fixture->page->split_row), cut);
  gtk_popover_popdown (GTK_POPOVER (popover));
  kn_test_spin ();
  for (guint i = 0; i < cut->len; i++)
    g_test_message ("cut: %s", (char *)g_ptr_array_index (cut, i));
  g_assert_cmpuint (cut->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/reports/zoom", test_zoom);
  ADD ("/ui/reports/split-choices-whole", test_split_choices_whole);
  ADD ("/ui/reports/skm", test_skm_report);
  ADD ("/ui/reports/preview-and-print", test_preview_and_print);
  ADD ("/ui/reports/missing-signer-warning", test_missing_signer_warning);
  ADD ("/ui/reports/missing-jpt-superior-warning", test_missing_jpt_superior_warning);
  ADD ("/ui/reports/save-pdf", test_save_pdf);
  ADD ("/ui/reports/unit-to-folder", test_unit_to_folder);
  ADD ("/ui/reports/stop-keeps-whole-files", test_stop_keeps_whole_files);
  ADD ("/ui/reports/gathered-in-worker", test_gathered_in_worker);
  ADD ("/ui/reports/large-unit-preview-in-thread", test_large_unit_preview_in_thread);
  ADD ("/ui/reports/closed-while-saving", test_closed_while_saving);
#undef ADD

  return g_test_run ();
}
