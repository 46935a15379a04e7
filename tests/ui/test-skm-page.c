/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Survei Kepuasan place of the window: a survey file imported through its dialog (refused
 * whole when a cell cannot be read) is listed with the IKM and mutu computed by hand, and its
 * Laporan Hasil SKM is saved. */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include <adwaita.h>

#include "kn-skm-entry-dialog.h"
#include "kn-skm-item.h"
#include "kn-skm-page.h"
#include "kn-window.h"

#include "kn-test-ui.h"

/* Two questionnaires, the second with two answers that are none. */
static const char bad_csv[] =
  "U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
  "4,3,3,4,3,3,4,2,3\n"
  "4,3,7,4,3,3,4,2,Lumayan\n";

typedef struct
{
  char          *folder;
  KnStore       *store;
  KnApplication *app;
  KnWindow      *window;
  KnSkmPage     *page;
  gint64         unit;
} Fixture;


static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = kn_test_store_new ("kinerja-ui-skm-XXXXXX", &fixture->folder, NULL);
  fixture->unit = kn_test_add_unit (fixture->store, "Dinas Pendidikan dan Kebudayaan", 0);
  fixture->window = kn_test_ui_open_window ("id.go.lampungprov.Kinerja.TestSkm", fixture->store,
                                             &fixture->app);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s",
                                             "skm"));
  kn_test_spin ();
  g_assert_cmpstr (kn_window_get_place (fixture->window), ==, "skm");
  fixture->page = kn_window_get_skm_page (fixture->window);
  g_assert_true (kn_skm_page_show (fixture->page, fixture->unit, "2026-TW1"));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_ui_close_all (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->app);
  kn_test_store_clear (&fixture->store, &fixture->folder, NULL);
}

static void
test_import_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = kn_test_write_file (fixture->folder, "buruk.csv", bad_csv);
  KnSkmImportDialog *dialog = kn_skm_page_import_file (fixture->page, path);
  g_autoptr(GPtrArray) surveys = NULL;

  g_assert_nonnull (dialog);
  kn_test_spin ();
  kn_skm_import_dialog_set_service (dialog, "Legalisir Ijazah");
  /* Both bad cells named, one row each, and Import refused. */
  g_assert_cmpuint (kn_test_n_children (GTK_WIDGET (kn_skm_import_dialog_get_list (dialog))), ==,
                    2);
  g_assert_nonnull (strstr (kn_skm_import_dialog_get_summary (dialog), "buruk.csv"));
  g_assert_false (kn_skm_import_dialog_can_apply (dialog));
  g_assert_false (kn_skm_import_dialog_apply (dialog));

  surveys = kn_store_list_surveys (fixture->store, fixture->unit, NULL);
  g_assert_cmpuint (surveys->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kn_skm_page_get_surveys (fixture->page)), ==, 0);
}

static void
test_import_listed (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = kn_test_write_file (fixture->folder, "survei.csv", kn_test_skm_csv);
  g_autofree char *pdf = g_build_filename (fixture->folder, "laporan-skm.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  KnSkmImportDialog *dialog;
  g_autoptr(KnSkmItem) item = NULL;
  GListModel *surveys = kn_skm_page_get_surveys (fixture->page);

  g_assert_cmpuint (g_list_model_get_n_items (surveys), ==, 0);
  dialog = kn_skm_page_import_file (fixture->page, path);
  g_assert_nonnull (dialog);
  kn_test_spin ();
  /* The preview before anything is written; the jenis layanan is asked for. */
  g_assert_nonnull (strstr (kn_skm_import_dialog_get_summary (dialog), "IKM 80,32"));
  g_assert_false (kn_skm_import_dialog_can_apply (dialog));
  kn_skm_import_dialog_set_service (dialog, "Legalisir Ijazah");
  g_assert_true (kn_skm_import_dialog_can_apply (dialog));
  g_assert_true (kn_skm_import_dialog_apply (dialog));
  kn_test_spin ();

  g_assert_cmpuint (g_list_model_get_n_items (surveys), ==, 1);
  item = g_list_model_get_item (surveys, 0);
  g_assert_cmpstr (kn_skm_item_get_service (item), ==, "Legalisir Ijazah");
  g_assert_cmpstr (kn_skm_item_get_respondents (item), ==, "4");
  g_assert_cmpstr (kn_skm_item_get_ikm (item), ==, "80,32");
  g_assert_cmpstr (kn_skm_item_get_mutu (item), ==, "B (Baik)");
  g_assert_cmpstr (kn_skm_item_get_weakest (item), ==,
                   "Penanganan Pengaduan, Saran dan Masukan (2,50)");
  g_assert_nonnull (strstr (kn_skm_page_get_summary (fixture->page), "80,32"));

  /* Another period shows nothing; coming back shows it again. */
  g_assert_true (kn_skm_page_show (fixture->page, fixture->unit, "2026-TW2"));
  g_assert_cmpuint (g_list_model_get_n_items (surveys), ==, 0);
  g_assert_true (kn_skm_page_show (fixture->page, fixture->unit, "2026-TW1"));
  g_assert_cmpuint (g_list_model_get_n_items (surveys), ==, 1);

  g_assert_true (kn_skm_page_save_report (fixture->page, pdf, &error));
  g_assert_no_error (error);
  text = kn_test_pdf_text (pdf, "-raw");
  if (text == NULL)
    return;
  g_assert_nonnull (strstr (text, "Indeks Kepuasan Masyarakat (IKM): 80,32"));
}

/* The open message dialog, or NULL. */
static AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* Deleting a survey asks first: Enter and Escape keep it, Delete removes it. */
static void
test_delete_asks (Fixture       *fixture,
                  gconstpointer  data)
{
  static const guint8 row[KN_SKM_N_UNSUR] = { 4, 3, 3, 4, 3, 3, 4, 2, 3 };
  g_autoptr(KnSkmSurvey) survey = kn_skm_survey_new (fixture->unit, "2026-TW1", "Legalisir Ijazah");
  g_autoptr(GError) error = NULL;
  GListModel *surveys = kn_skm_page_get_surveys (fixture->page);
  AdwMessageDialog *dialog;

  kn_skm_survey_add_row (survey, row);
  g_assert_true (kn_store_save_survey (fixture->store, survey, &error));
  g_assert_no_error (error);
  g_assert_true (kn_skm_page_show (fixture->page, fixture->unit, "2026-TW1"));
  g_assert_cmpuint (g_list_model_get_n_items (surveys), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "skm.delete", NULL));
  kn_test_spin ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (fixture->window));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  g_assert_cmpuint (g_list_model_get_n_items (surveys), ==, 1);

  adw_message_dialog_response (dialog, "delete");
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (surveys), ==, 0);
}

/* The Beranda shows the unit's IKM of the period and the weakest unsur once a survey is there. */
static void
test_dashboard_chart (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *period = g_strdup_printf ("%d-TW%d", g_date_time_get_year (now),
                                             (g_date_time_get_month (now) - 1) / 3 + 1);
  g_autoptr(KnSkmSurvey) survey = kn_skm_survey_new (fixture->unit, period, "Legalisir Ijazah");
  g_autoptr(GError) error = NULL;
  KnDashboardPage *dashboard;
  const KnSkmChart *chart;
  guint quarter = (g_date_time_get_month (now) - 1) / 3;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s",
                                             "beranda"));
  kn_test_spin ();
  dashboard = kn_window_get_dashboard_page (fixture->window);
  kn_dashboard_page_refresh (dashboard);
  kn_test_dashboard_wait (dashboard);
  g_assert_null (kn_dashboard_page_get_skm_chart (dashboard));

  for (guint i = 0; i < G_N_ELEMENTS (kn_test_skm_rows); i++)
    kn_skm_survey_add_row (survey, kn_test_skm_rows[i]);
  g_assert_true (kn_store_save_survey (fixture->store, survey, &error));
  g_assert_no_error (error);
  kn_dashboard_page_refresh (dashboard);
  kn_test_dashboard_wait (dashboard);

  chart = kn_dashboard_page_get_skm_chart (dashboard);
  g_assert_nonnull (chart);
  g_assert_true (chart->points[quarter].has_ikm);
  g_assert_cmpint (chart->points[quarter].ikm_hundredths, ==, 8032);
  g_assert_cmpint (chart->points[quarter].mutu, ==, KN_SKM_MUTU_B);
  g_assert_true (chart->has_unsur);
  g_assert_cmphex (chart->weakest_mask, ==, 1u << KN_SKM_UNSUR_PENGADUAN);
}

/* Paper questionnaires typed in one respondent at a time make the survey of the jenis layanan
 * (the four of test-skm-import: IKM 80,32, mutu B); typed in again, they follow those kept. */
static void
test_type_in (Fixture       *fixture,
              gconstpointer  data)
{
  static const guint8 nothing[KN_SKM_N_UNSUR] = { 0, };
  GListModel *surveys = kn_skm_page_get_surveys (fixture->page);
  g_autoptr(KnSkmItem) item = NULL;
  g_autoptr(KnSkmSurvey) kept = NULL;
  KnSkmEntryDialog *dialog = KN_SKM_ENTRY_DIALOG (kn_skm_page_type_in (fixture->page));

  g_assert_nonnull (dialog);
  kn_test_spin ();
  /* Nothing chosen is no respondent; nothing added saves nothing. */
  kn_skm_entry_dialog_set_answers (dialog, nothing);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.add", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.save", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (surveys), ==, 0);

  for (guint i = 0; i < 3; i++)
    {
      kn_skm_entry_dialog_set_answers (dialog, kn_test_skm_rows[i]);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.add", NULL));
    }
  g_assert_nonnull (strstr (kn_skm_entry_dialog_get_summary (dialog), "3"));
  kn_skm_entry_dialog_set_service (dialog, "Legalisir Ijazah");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.save", NULL));
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (surveys), ==, 1);

  /* A second sitting adds the fourth questionnaire after the three kept. */
  dialog = KN_SKM_ENTRY_DIALOG (kn_skm_page_type_in (fixture->page));
  kn_test_spin ();
  kn_skm_entry_dialog_set_answers (dialog, kn_test_skm_rows[3]);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.add", NULL));
  kn_skm_entry_dialog_set_service (dialog, "Legalisir Ijazah");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.save", NULL));
  kn_test_spin ();

  g_assert_cmpuint (g_list_model_get_n_items (surveys), ==, 1);
  item = g_list_model_get_item (surveys, 0);
  g_assert_cmpstr (kn_skm_item_get_respondents (item), ==, "4");
  g_assert_cmpstr (kn_skm_item_get_ikm (item), ==, "80,32");
  g_assert_cmpstr (kn_skm_item_get_mutu (item), ==, "B (Baik)");
  kept = kn_store_load_survey (fixture->store, fixture->unit, "2026-TW1", "Legalisir Ijazah", NULL);
  g_assert_nonnull (kept);
  g_assert_cmpmem (kept->answers, kept->n_rows * KN_SKM_N_UNSUR, kn_test_skm_rows,
                   sizeof kn_test_skm_rows);
}

/* Batal (or Escape) with respondents typed asks before throwing them away, as Realisasi does:
 * Cancel keeps the dialog and what was typed, Save keeps them in the survey (before, two
 * respondents typed were lost without a word). */
static void
test_type_in_asks (Fixture       *fixture,
                   gconstpointer  data)
{
  GListModel *surveys = kn_skm_page_get_surveys (fixture->page);
  KnSkmEntryDialog *dialog = KN_SKM_ENTRY_DIALOG (kn_skm_page_type_in (fixture->page));
  g_autoptr(KnSkmSurvey) kept = NULL;
  AdwMessageDialog *ask;

  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  kn_test_spin ();
  /* Nothing typed: Batal closes at once. */
  gtk_window_close (GTK_WINDOW (dialog));
  kn_test_spin ();
  g_assert_null (dialog);
  g_assert_null (find_message_dialog ());

  dialog = KN_SKM_ENTRY_DIALOG (kn_skm_page_type_in (fixture->page));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  kn_test_spin ();
  for (guint i = 0; i < 2; i++)
    {
      kn_skm_entry_dialog_set_answers (dialog, kn_test_skm_rows[i]);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.add", NULL));
    }
  kn_skm_entry_dialog_set_service (dialog, "Legalisir Ijazah");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  kn_test_spin ();
  g_assert_nonnull (dialog);
  ask = find_message_dialog ();
  g_assert_nonnull (ask);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (ask)) == GTK_WINDOW (dialog));
  adw_message_dialog_response (ask, "cancel");
  kn_test_spin ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_nonnull (strstr (kn_skm_entry_dialog_get_summary (dialog), "2"));

  gtk_window_close (GTK_WINDOW (dialog));
  kn_test_spin ();
  ask = find_message_dialog ();
  g_assert_nonnull (ask);
  adw_message_dialog_response (ask, "save");
  kn_test_spin ();
  g_assert_null (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (surveys), ==, 1);
  kept = kn_store_load_survey (fixture->store, fixture->unit, "2026-TW1", "Legalisir Ijazah", NULL);
  g_assert_nonnull (kept);
  g_assert_cmpuint (kept->n_rows, ==, 2);
}

/* The people served can be typed with the questionnaires, so a survey entered by hand has its
 * minimum sample judged (before: "Jumlah orang yang dilayani belum diisi" for ever); empty
 * keeps the number already kept. */
static void
test_type_in_population (Fixture       *fixture,
                         gconstpointer  data)
{
  GListModel *surveys = kn_skm_page_get_surveys (fixture->page);
  KnSkmEntryDialog *dialog = KN_SKM_ENTRY_DIALOG (kn_skm_page_type_in (fixture->page));
  g_autoptr(KnSkmSurvey) kept = NULL;
  g_autoptr(KnSkmItem) item = NULL;
  g_autofree char *expected = kn_skm_item_describe_sample (3, 150);

  kn_test_spin ();
  for (guint i = 0; i < 3; i++)
    {
      kn_skm_entry_dialog_set_answers (dialog, kn_test_skm_rows[i]);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.add", NULL));
    }
  kn_skm_entry_dialog_set_service (dialog, "Legalisir Ijazah");
  /* Words are refused, and nothing saved. */
  kn_skm_entry_dialog_set_population (dialog, "seratus");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.save", NULL));
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (surveys), ==, 0);
  kn_skm_entry_dialog_set_population (dialog, "150");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.save", NULL));
  kn_test_spin ();

  kept = kn_store_load_survey (fixture->store, fixture->unit, "2026-TW1", "Legalisir Ijazah", NULL);
  g_assert_nonnull (kept);
  g_assert_cmpuint (kept->population, ==, 150);
  g_assert_cmpuint (g_list_model_get_n_items (surveys), ==, 1);
  item = g_list_model_get_item (surveys, 0);
  g_assert_cmpstr (kn_skm_item_get_sample (item), ==, expected);
  g_clear_pointer (&kept, kn_skm_survey_free);

  /* A second sitting with the field empty keeps the 150. */
  dialog = KN_SKM_ENTRY_DIALOG (kn_skm_page_type_in (fixture->page));
  kn_test_spin ();
  kn_skm_entry_dialog_set_answers (dialog, kn_test_skm_rows[3]);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.add", NULL));
  kn_skm_entry_dialog_set_service (dialog, "Legalisir Ijazah");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.save", NULL));
  kn_test_spin ();
  kept = kn_store_load_survey (fixture->store, fixture->unit, "2026-TW1", "Legalisir Ijazah", NULL);
  g_assert_cmpuint (kept->n_rows, ==, 4);
  g_assert_cmpuint (kept->population, ==, 150);
}

/* Each unsur's answer shows its words whole in the dialog at the size it opens with on a
 * 1024×600 screen (a drop-down cut "Ada tetapi tidak berf…", "Kurang sopan dan ra…"). */
static void
test_type_in_answers_whole (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) cut = g_ptr_array_new_with_free_func (g_free);
  KnSkmEntryDialog *dialog = KN_SKM_ENTRY_DIALOG (kn_skm_page_type_in (fixture->page));

  gtk_window_set_default_size (GTK_WINDOW (dialog), 640, 560);
  for (guint score = 1; score <= 4; score++)
    {
      guint8 scores[KN_SKM_N_UNSUR];

      memset (scores, score, sizeof scores);
      kn_skm_entry_dialog_set_answers (dialog, scores);
      kn_test_draw (GTK_WINDOW (dialog));
      kn_test_find_ellipsized (GTK_WIDGET (dialog), cut);
    }
  for (guint i = 0; i < cut->len; i++)
    g_test_message ("cut: %s", (char *)g_ptr_array_index (cut, i));
  g_assert_cmpuint (cut->len, ==, 0);
}

/* Simpan PDF/Excel suggests the name Laporan gives the same report (test-reports-page's
 * /ui/reports/skm-report), letters and digits only, whatever the unit's name holds: before, the
 * Survei place kept commas and dots ("…Kerja,-Kab.-Tanggamus.pdf"). */
static void
test_suggested_name (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 unit = kn_test_add_unit (fixture->store, "UPTD Balai Latihan Kerja, Kab. Tanggamus",
                                  fixture->unit);
  g_autofree char *pdf = NULL;
  g_autofree char *xlsx = NULL;

  kn_test_spin ();  /* the unit reaches the page's list of units */
  g_assert_true (kn_skm_page_show (fixture->page, unit, "2026-TW1"));
  pdf = kn_skm_page_dup_suggested_name (fixture->page, FALSE);
  xlsx = kn_skm_page_dup_suggested_name (fixture->page, TRUE);
  g_assert_cmpstr (pdf, ==, "LAPORAN-SKM-2026-TW1-UPTD-Balai-Latihan-Kerja-Kab-Tanggamus.pdf");
  g_assert_cmpstr (xlsx, ==, "LAPORAN-SKM-2026-TW1-UPTD-Balai-Latihan-Kerja-Kab-Tanggamus.xlsx");
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/skm/import-refused", test_import_refused);
  ADD ("/ui/skm/import-listed", test_import_listed);

  ADD ("/ui/skm/type-in", test_type_in);
  ADD ("/ui/skm/type-in-asks", test_type_in_asks);
  ADD ("/ui/skm/type-in-population", test_type_in_population);
  ADD ("/ui/skm/type-in-answers-whole", test_type_in_answers_whole);
  ADD ("/ui/skm/delete-asks", test_delete_asks);
  ADD ("/ui/skm/dashboard-chart", test_dashboard_chart);
  ADD ("/ui/skm/suggested-name", test_suggested_name);
#undef ADD

  return g_test_run ();
}
