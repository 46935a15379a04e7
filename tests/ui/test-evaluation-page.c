/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Penilaian place driven from its keyboard actions: ratings, predikat, distribution. */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#include <adwaita.h>

#include "kinerja/kn-history.h"

#include "kn-distribution-panel.h"
#include "kn-evaluation-page.h"
#include "kn-evaluation-page-private.h"
#include "kn-history-dialog.h"
#include "kn-progress-dialog.h"
#include "kn-review-dialog.h"
#include "kn-ui-test.h"

#include "kn-test-ui.h"

#define PERIOD "2026-TW1"

typedef KnTestEvalOffice Fixture;

static void
wait_rows (Fixture *fixture)
{
  kn_test_evaluation_wait (fixture->page);
}

/* Runs the page's action @action as its button does, waits for the rows, and returns the dialog
 * it opened (NULL: none). */
static GtkWindow *
run_action (Fixture    *fixture,
            const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), action, NULL));
  wait_rows (fixture);
  return kn_evaluation_page_get_dialog (fixture->page);
}

/* Finalising the row @row is refused at once, with no dialog, saying @message. */
static void
assert_finalize_refused (Fixture    *fixture,
                         guint       row,
                         const char *message)
{
  kn_evaluation_page_select_row (fixture->page, row);
  g_assert_null (run_action (fixture, "eval.finalize"));
  g_assert_cmpstr (kn_evaluation_page_get_message (fixture->page), ==, message);
}

/* The store holds the first staff's evaluation of PERIOD final and the second's a draft. */
static void
assert_first_final_second_draft (Fixture *fixture)
{
  g_assert_cmpint (kn_test_stored_status (fixture->store, fixture->staff[0], PERIOD), ==,
                   KN_EVALUATION_STATUS_FINAL);
  g_assert_cmpint (kn_test_stored_status (fixture->store, fixture->staff[1], PERIOD), ==,
                   KN_EVALUATION_STATUS_DRAFT);
}

/* The text of the history dialog (eval.history) of the row @row. */
static char *
history_text (Fixture *fixture,
              guint    row)
{
  GtkWindow *dialog;

  kn_evaluation_page_select_row (fixture->page, row);
  dialog = run_action (fixture, "eval.history");
  g_assert_true (KN_IS_HISTORY_DIALOG (dialog));
  return kn_history_dialog_dup_text (KN_HISTORY_DIALOG (dialog));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  kn_test_eval_office_set_up (fixture, "kinerja-ui-eval-XXXXXX");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_eval_office_tear_down (fixture);
}

static void
rate (Fixture    *fixture,
      const char *key)
{
  kn_test_eval_press (fixture->page, key);
  wait_rows (fixture);
}

static KnPredikat
stored_predikat (Fixture *fixture,
                 gint64   employee)
{
  g_autoptr(KnEvaluation) evaluation = kn_store_load_evaluation (fixture->store, employee, PERIOD, NULL);

  return evaluation != NULL ? kn_evaluation_get_predikat (evaluation) : KN_PREDIKAT_NONE;
}

static void
test_rate_three (Fixture       *fixture,
                 gconstpointer  data)
{
  GListModel *rows = kn_evaluation_page_get_rows (fixture->page);

  /* The head's direct staff, in the order of the employees. */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 3);
  /* The distribution counts the people whose predikat the head sets: the three, not the head. */
  g_assert_nonnull (strstr (kn_evaluation_page_get_counts_text (fixture->page), ": 3"));
  g_assert_cmpstr (kn_evaluation_page_get_violations_text (fixture->page), ==, "");

  /* S S, A A, S S: two keys a person, and the next person is selected by itself. */
  kn_evaluation_page_select_row (fixture->page, 0);
  rate (fixture, "s");
  rate (fixture, "s");
  g_assert_cmpuint (kn_evaluation_page_get_selected_row (fixture->page), ==, 1);
  rate (fixture, "a");
  rate (fixture, "a");
  rate (fixture, "s");
  rate (fixture, "s");

  g_assert_cmpint (stored_predikat (fixture, fixture->staff[0]), ==, KN_PREDIKAT_BAIK);
  g_assert_cmpint (stored_predikat (fixture, fixture->staff[1]), ==, KN_PREDIKAT_SANGAT_BAIK);
  g_assert_cmpint (stored_predikat (fixture, fixture->staff[2]), ==, KN_PREDIKAT_BAIK);
  {
    g_autoptr(KnEvaluation) shown = g_list_model_get_item (rows, 1);

    g_assert_cmpint (kn_evaluation_get_predikat (shown), ==, KN_PREDIKAT_SANGAT_BAIK);
  }

  /* With the unit at Baik, someone should be Butuh Perbaikan or Kurang: the check says so. */
  g_assert_cmpstr (kn_evaluation_page_get_violations_text (fixture->page), !=, "");
  g_assert_nonnull (strstr (kn_evaluation_page_get_violations_text (fixture->page),
                            kn_predikat_label (KN_PREDIKAT_BUTUH_PERBAIKAN)));

  /* Rate the third again: Di Bawah for the results makes Butuh Perbaikan, and the rule holds. */
  kn_evaluation_page_select_row (fixture->page, 2);
  rate (fixture, "b");
  rate (fixture, "s");
  g_assert_cmpint (stored_predikat (fixture, fixture->staff[2]), ==, KN_PREDIKAT_BUTUH_PERBAIKAN);
  g_assert_null (strstr (kn_evaluation_page_get_violations_text (fixture->page),
                         kn_predikat_label (KN_PREDIKAT_BUTUH_PERBAIKAN)));
}

static void
test_final_is_locked (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(KnEvaluation) stored = NULL;
  GtkWindow *dialog;

  kn_evaluation_page_select_row (fixture->page, 0);
  rate (fixture, "s");
  rate (fixture, "a");
  kn_evaluation_page_select_row (fixture->page, 0);
  /* It asks first; the answer finalises. */
  dialog = run_action (fixture, "eval.finalize");
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "finalize");
  wait_rows (fixture);

  stored = kn_store_load_evaluation (fixture->store, fixture->staff[0], PERIOD, NULL);
  g_assert_cmpint (kn_evaluation_get_status (stored), ==, KN_EVALUATION_STATUS_FINAL);
  g_assert_cmpstr (kn_evaluation_get_snapshot (stored, KN_SNAPSHOT_NAME), ==, "Ahmad Fauzi, S.Pd.");

  /* A final evaluation cannot be re-rated from the keyboard… */
  kn_evaluation_page_select_row (fixture->page, 0);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "eval.rate", "s", "b");
  wait_rows (fixture);
  g_clear_object (&stored);
  stored = kn_store_load_evaluation (fixture->store, fixture->staff[0], PERIOD, NULL);
  g_assert_cmpint (kn_evaluation_get_rating_result (stored), ==, KN_RATING_AS_EXPECTED);

  /* …until it is reopened with a reason. */
  dialog = run_action (fixture, "eval.reopen");
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog))),
                         "Salah input rating perilaku");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "reopen");
  wait_rows (fixture);
  g_clear_object (&stored);
  stored = kn_store_load_evaluation (fixture->store, fixture->staff[0], PERIOD, NULL);
  g_assert_cmpint (kn_evaluation_get_status (stored), ==, KN_EVALUATION_STATUS_DRAFT);
  g_assert_cmpstr (kn_evaluation_get_reopen_reason (stored), ==, "Salah input rating perilaku");

  /* The employee's history names the period, the predikat and the reason of the reopening. */
  {
    g_autofree char *text = history_text (fixture, 0);

    g_assert_nonnull (strstr (text, "Triwulan I 2026"));
    g_assert_nonnull (strstr (text, "Baik"));
    g_assert_nonnull (strstr (text, "Salah input rating perilaku"));
  }
}

/* The history reads as Indonesian sentences — when and what, the field and its values by their
 * names, never the database's codes — as a list in a dialog that fits a 600 px high screen. */
static void
test_history_in_words (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWindow *dialog;
  g_autofree char *text = NULL;
  int width = 0, height = 0;
  guint rows = 0;

  kn_evaluation_page_select_row (fixture->page, 0);
  rate (fixture, "s");
  rate (fixture, "s");
  kn_evaluation_page_select_row (fixture->page, 0);
  rate (fixture, "b");
  rate (fixture, "s");

  text = history_text (fixture, 0);
  dialog = kn_evaluation_page_get_dialog (fixture->page);

  g_assert_nonnull (strstr (text, "Rating hasil kerja: Sesuai Ekspektasi → Di Bawah Ekspektasi"));
  g_assert_nonnull (strstr (text, "Predikat kinerja: Baik → Butuh Perbaikan"));
  g_assert_null (strstr (text, "rating_result"));
  g_assert_null (strstr (text, "di-bawah"));
  g_assert_null (strstr (text, "predikat:"));
  /* When: a date in Indonesian, with the time. */
  g_assert_nonnull (strstr (text, " 2026, ") != NULL ? strstr (text, " 2026, ")
                                                     : strstr (text, " 2027, "));
  /* Who: the computer's user (on a server, the login), after "oleh". */
  {
    g_autofree char *location = g_build_filename (fixture->dir, "kantor.db", NULL);
    g_autofree char *saver = kn_test_saver_name (location);
    g_autofree char *by = g_strdup_printf (" · oleh %s · Rating hasil kerja", saver);

    g_assert_nonnull (strstr (text, by));
  }

  /* A list of changes, each its own row. */
  for (GtkWidget *w = kn_test_find_type (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_GROUP);
       w != NULL; w = NULL)
    {
      GtkWidget *list = kn_test_find_type (w, GTK_TYPE_LIST_BOX);

      for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
           row = gtk_widget_get_next_sibling (row))
        rows += ADW_IS_ACTION_ROW (row);
    }
  g_assert_cmpuint (rows, >=, 2);

  gtk_window_get_default_size (dialog, &width, &height);
  g_assert_cmpint (height, >, 0);
  g_assert_cmpint (height, <=, 560);
  kn_test_draw (dialog);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (dialog)), <=, 560);
}

/* The audit rows (ids) of @evaluation_id. */
static guint
count_audit_rows (KnStore *store,
                  gint64   evaluation_id)
{
  g_autoptr(GPtrArray) entries = kn_store_list_audit (store, "evaluation", evaluation_id);
  guint rows = 0;

  for (guint i = 0; i < entries->len; i++)
    rows += ((KnAuditEntry *) entries->pdata[i])->field_index == 0;
  return rows;
}

/* One save changing three fields of an evaluation (the behaviour rating, the predikat it gives,
 * a note) is one audit row; Riwayat still lists the three changes, each on its own line. */
static void
test_history_one_save (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) evaluation = NULL;
  g_autofree char *text = NULL;
  GtkWindow *dialog;
  guint before;

  kn_evaluation_page_select_row (fixture->page, 0);
  rate (fixture, "s");
  evaluation = kn_store_load_evaluation (fixture->store, fixture->staff[0], PERIOD, NULL);
  g_assert_nonnull (evaluation);
  g_assert_cmpint (kn_evaluation_get_rating_behaviour (evaluation), ==, KN_RATING_NONE);
  before = count_audit_rows (fixture->store, kn_evaluation_get_id (evaluation));

  kn_evaluation_set_rating_behaviour (evaluation, KN_RATING_AS_EXPECTED);
  kn_evaluation_set_note (evaluation, "Perlu pendampingan penyusunan laporan");
  g_assert_true (kn_store_save_evaluation (fixture->store, evaluation, &error));
  g_assert_no_error (error);
  wait_rows (fixture);
  g_assert_cmpuint (count_audit_rows (fixture->store, kn_evaluation_get_id (evaluation)), ==,
                    before + 1);

  /* Riwayat of the person (the dialog eval.history opens). */
  dialog = GTK_WINDOW (kn_history_dialog_new (fixture->store, fixture->staff[0]));
  text = kn_history_dialog_dup_text (KN_HISTORY_DIALOG (dialog));
  g_test_message ("%s", text);
  gtk_window_destroy (dialog);

  g_assert_nonnull (strstr (text, "Rating perilaku kerja: Sesuai Ekspektasi\n"));
  g_assert_nonnull (strstr (text, "Predikat kinerja: Baik\n"));
  g_assert_nonnull (strstr (text, ": Perlu pendampingan penyusunan laporan\n"));
}

/* "Finalise all" asks first, says how many it locks and which warning of the pattern stands;
 * Cancel finalises nothing. */
static void
test_finalize_all_asks (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWindow *dialog;
  const char *body;
  g_autoptr(KnEvaluation) first = NULL;
  g_autoptr(KnEvaluation) second = NULL;

  /* Two rated Baik and Sangat Baik (the unit at Baik wants someone lower), one unrated. */
  kn_evaluation_page_select_row (fixture->page, 0);
  rate (fixture, "s");
  rate (fixture, "s");
  rate (fixture, "a");
  rate (fixture, "a");
  g_assert_cmpstr (kn_evaluation_page_get_violations_text (fixture->page), !=, "");

  dialog = run_action (fixture, "eval.finalize-all");
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), "2"));
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, "1 penilaian"));
  g_assert_nonnull (strstr (body, kn_evaluation_page_get_violations_text (fixture->page)));
  /* With a warning standing, Enter keeps them open. */
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)), ==, "cancel");

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  wait_rows (fixture);
  first = kn_store_load_evaluation (fixture->store, fixture->staff[0], PERIOD, NULL);
  g_assert_cmpint (kn_evaluation_get_status (first), ==, KN_EVALUATION_STATUS_DRAFT);

  dialog = run_action (fixture, "eval.finalize-all");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "finalize");
  wait_rows (fixture);
  g_clear_object (&first);
  first = kn_store_load_evaluation (fixture->store, fixture->staff[0], PERIOD, NULL);
  second = kn_store_load_evaluation (fixture->store, fixture->staff[1], PERIOD, NULL);
  g_assert_cmpint (kn_evaluation_get_status (first), ==, KN_EVALUATION_STATUS_FINAL);
  g_assert_cmpint (kn_evaluation_get_status (second), ==, KN_EVALUATION_STATUS_FINAL);
}

/* Reopening waits for a reason: the button stays off while the reason is empty or blank. */
static void
test_reopen_needs_reason (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(KnEvaluation) stored = NULL;
  AdwMessageDialog *dialog;
  GtkEditable *reason;

  kn_evaluation_page_select_row (fixture->page, 0);
  rate (fixture, "s");
  rate (fixture, "s");
  stored = kn_store_load_evaluation (fixture->store, fixture->staff[0], PERIOD, NULL);
  g_assert_true (kn_store_finalize_evaluation (fixture->store, kn_evaluation_get_id (stored), NULL));
  kn_evaluation_page_refresh (fixture->page);
  wait_rows (fixture);
  kn_evaluation_page_select_row (fixture->page, 0);

  dialog = ADW_MESSAGE_DIALOG (run_action (fixture, "eval.reopen"));
  reason = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "reopen"));
  gtk_editable_set_text (reason, "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "reopen"));
  /* Enter on an empty reason does nothing: the dialog stays. */
  kn_test_enter (GTK_WIDGET (reason));
  wait_rows (fixture);
  g_assert_true (kn_evaluation_page_get_dialog (fixture->page) == GTK_WINDOW (dialog));
  gtk_editable_set_text (reason, "Perbaikan rating");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "reopen"));
}

static gboolean
within (GtkWidget *widget,
        GtkWidget *area)
{
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (widget, area, &bounds))
    return FALSE;
  return bounds.origin.x >= 0 && bounds.origin.x + bounds.size.width <= gtk_widget_get_width (area) + 0.5;
}

/* In the window's default size and on a 1024×600 laptop, the people being rated get the room:
 * the table is most of the page, and every sentence of the pattern wraps inside the page. */
static void
test_layout_fits (Fixture       *fixture,
                  gconstpointer  data)
{
  /* The content area of the main window at its default size, and folded at 1024×600. */
  const int sizes[][2] = { { 979, 713 }, { 1024, 553 } };

  /* A broken pattern, so that its sentences are shown too. */
  kn_evaluation_page_select_row (fixture->page, 0);
  rate (fixture, "a");
  rate (fixture, "a");

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      GtkWindow *window = GTK_WINDOW (gtk_window_new ());
      KnEvaluationPage *shown = g_object_new (KN_TYPE_EVALUATION_PAGE, NULL);
      GtkWidget *page = GTK_WIDGET (shown);
      GtkWidget *table;
      GtkWidget *panel;

      gtk_window_set_default_size (window, sizes[i][0], sizes[i][1]);
      gtk_window_set_child (window, page);
      kn_evaluation_page_set_store (shown, fixture->store);
      gtk_window_present (window);
      g_assert_true (kn_evaluation_page_show (shown, fixture->unit, PERIOD, 0));
      kn_test_evaluation_wait (shown);
      kn_test_draw (window);
      g_assert_cmpint (gtk_widget_get_width (page), <=, sizes[i][0]);
      g_assert_cmpint (gtk_widget_get_height (page), <=, sizes[i][1]);
      table = gtk_widget_get_parent (kn_test_find_type (page, GTK_TYPE_COLUMN_VIEW));
      panel = kn_test_find_type (page, KN_TYPE_DISTRIBUTION_PANEL);

      /* The table takes most of the height, and more width than the charts. */
      g_assert_cmpint (gtk_widget_get_height (table), >=, gtk_widget_get_height (page) * 6 / 10);
      g_assert_cmpint (gtk_widget_get_width (table), >, gtk_widget_get_width (panel));
      g_assert_true (within (table, page));

      /* Each text of the panel lies inside the page: wrapped, not cut at its edge. */
      for (GtkWidget *label = kn_test_find_type (panel, GTK_TYPE_LABEL); label != NULL;
           label = gtk_widget_get_next_sibling (label))
        if (GTK_IS_LABEL (label) && gtk_widget_get_visible (label))
          {
            PangoRectangle logical;

            g_assert_true (within (label, page));
            g_assert_true (gtk_label_get_wrap (GTK_LABEL (label)));
            pango_layout_get_pixel_extents (gtk_label_get_layout (GTK_LABEL (label)), NULL, &logical);
            g_assert_cmpint (logical.width, <=, gtk_widget_get_width (label));
          }
      g_assert_nonnull (strstr (kn_distribution_panel_get_pattern_text (KN_DISTRIBUTION_PANEL (panel)),
                                "Baik"));

      /* The charts, under the sentences (the panel scrolls), are tall enough to read: a plot
       * under the title, the rules above it and a legend of two rows (at 240 pixels the bars
       * had 35). */
      for (GtkWidget *chart = kn_test_find_type (panel, GTK_TYPE_DRAWING_AREA); chart != NULL;
           chart = gtk_widget_get_next_sibling (chart))
        if (GTK_IS_DRAWING_AREA (chart))
          g_assert_cmpint (gtk_widget_get_height (chart), >=, 280);
      gtk_window_destroy (window);
      wait_rows (fixture);
    }
}

static void
test_realisation_and_feedback (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(KnPlan) plan = kn_plan_new (fixture->staff[0], 2026);
  KnPlanResult *result = kn_test_plan_add_result (plan, KN_RESULT_KIND_UTAMA,
                                                  "Tersusunnya dokumen kurikulum SMA", 0);
  KnIndicator *indicator =
    kn_test_result_add_indicator (result, KN_ASPECT_NONE, "Jumlah dokumen kurikulum yang disahkan",
                                  12, "dokumen");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) realizations = NULL;
  g_autoptr(GPtrArray) feedback = NULL;
  KnProgressDialog *dialog;
  KnRealization *saved;
  gint64 indicator_id;

  kn_plan_set_assessor_id (plan, fixture->head);
  kn_indicator_set_aspect (indicator, KN_ASPECT_KUANTITAS);
  g_assert_true (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);
  indicator_id = kn_indicator_get_id (indicator);

  kn_evaluation_page_select_row (fixture->page, 0);
  dialog = KN_PROGRESS_DIALOG (run_action (fixture, "eval.progress"));
  g_assert_true (KN_IS_PROGRESS_DIALOG (dialog));

  /* Capaian follows what is typed, by the rule of kn-rules.h: 9 of the year's 12 documents by
   * the end of Triwulan I, when a quarter of them (3) is due, is 300 %. */
  gtk_editable_set_text (kn_progress_dialog_get_editable (dialog, indicator_id, "value"), "sembilan");
  g_assert_nonnull (strstr (kn_progress_dialog_get_capaian (dialog, indicator_id), "sembilan"));
  gtk_editable_set_text (kn_progress_dialog_get_editable (dialog, indicator_id, "value"), "9");
  g_assert_cmpstr (kn_progress_dialog_get_capaian (dialog, indicator_id), ==, "300,00 %");
  gtk_editable_set_text (kn_progress_dialog_get_editable (dialog, indicator_id, "evidence"),
                         "Daftar dokumen kurikulum TW I");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "progress.save", NULL));
  wait_rows (fixture);
  realizations = kn_store_list_realizations (fixture->store, kn_plan_get_id (plan), PERIOD);
  g_assert_cmpuint (realizations->len, ==, 1);
  saved = g_ptr_array_index (realizations, 0);
  g_assert_true (saved->has_value);
  g_assert_cmpfloat (saved->value, ==, 9);
  g_assert_cmpstr (saved->evidence, ==, "Daftar dokumen kurikulum TW I");

  g_assert_true (kn_progress_dialog_add_feedback (dialog, "2026-02-10", kn_plan_result_get_id (result),
                                                  "Draf kurikulum sudah baik; lengkapi lampiran."));
  /* A date that does not exist is refused with a message, and nothing is added. */
  g_assert_false (kn_progress_dialog_add_feedback (dialog, "2026-02-30", 0, "Catatan lain"));
  g_assert_nonnull (kn_progress_dialog_get_message (dialog));
  feedback = kn_store_list_feedback (fixture->store, kn_plan_get_id (plan), PERIOD);
  g_assert_cmpuint (feedback->len, ==, 1);
  g_assert_cmpstr (((KnFeedback *)g_ptr_array_index (feedback, 0))->text, ==,
                   "Draf kurikulum sudah baik; lengkapi lampiran.");
}

/* The annual proposal is the median of the rated periods, and the page says how many periods it
 * rests on: Di Atas, Di Bawah, Di Bawah with Triwulan IV unrated propose Di Bawah from 3 of 4. */
static void
test_annual_proposal_counted (Fixture       *fixture,
                              gconstpointer  data)
{
  static const KnRating results[] = { KN_RATING_ABOVE, KN_RATING_BELOW, KN_RATING_BELOW };
  static const KnRating behaviours[] = { KN_RATING_ABOVE, KN_RATING_ABOVE, KN_RATING_AS_EXPECTED };
  g_autoptr(KnEvaluation) annual = kn_evaluation_new (fixture->staff[0], "2026-AKHIR");
  g_autofree char *proposal = NULL;
  KnRating result, behaviour;

  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    {
      g_autofree char *period = g_strdup_printf ("2026-TW%u", i + 1);
      g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (fixture->staff[0], period);
      g_autoptr(GError) error = NULL;

      kn_evaluation_set_assessor_id (evaluation, fixture->head);
      kn_evaluation_set_rating_result (evaluation, results[i]);
      kn_evaluation_set_rating_behaviour (evaluation, behaviours[i]);
      g_assert_true (kn_store_save_evaluation (fixture->store, evaluation, &error));
      g_assert_no_error (error);
    }

  proposal = _kn_evaluation_page_propose (fixture->page, annual, &result, &behaviour);
  g_assert_cmpint (result, ==, KN_RATING_BELOW);
  g_assert_cmpint (behaviour, ==, KN_RATING_ABOVE);
  g_assert_nonnull (strstr (proposal, "berdasarkan 3 dari 4 periode"));
}

/* A unit's rows are gathered off the main thread: the page says it is loading and shows nothing
 * of the unit left; choosing another unit meanwhile cancels the first, and only its rows come.
 * Each row carries what its cells show (name, the SKP note), read without the database. */
static void
test_rows_load_in_background (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnOrgUnit) other = kn_org_unit_new ("Bidang Pembinaan SMK", 0);
  g_autoptr(KnEvaluationRow) first = NULL;
  g_autofree char *note = NULL;
  GListModel *rows = kn_evaluation_page_get_rows (fixture->page);

  g_assert_true (kn_store_add_unit (fixture->store, other, &error));
  g_assert_no_error (error);
  kn_test_eval_add_person (fixture->store, "198202022006041002", "Dedi Kurniawan, S.T.",
                           kn_org_unit_get_id (other), 0);
  kn_evaluation_page_refresh (fixture->page);
  wait_rows (fixture);

  g_assert_true (kn_evaluation_page_show (fixture->page, kn_org_unit_get_id (other), PERIOD, 0));
  g_assert_true (kn_evaluation_page_is_loading (fixture->page));
  g_assert_true (gtk_widget_get_visible (fixture->page->loading_box));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);

  g_assert_true (kn_evaluation_page_show (fixture->page, fixture->unit, PERIOD, 0));
  wait_rows (fixture);
  g_assert_false (gtk_widget_get_visible (fixture->page->loading_box));
  /* The head and the three, not the other unit's one. */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 4);
  first = g_list_model_get_item (G_LIST_MODEL (fixture->page->rows), 1);
  g_assert_cmpstr (kn_evaluation_row_get_name (first), ==, "Ahmad Fauzi, S.Pd.");
  g_object_get (first, "note", &note, NULL);
  g_assert_cmpstr (note, ==, "⚠ Belum ada SKP untuk tahun ini");
}

/* Whether the Penilaian place shows @name for @unit in @period (everyone's, by any assessor). */
static gboolean
shows (Fixture    *fixture,
       gint64      unit,
       const char *period,
       const char *name)
{
  GListModel *rows = G_LIST_MODEL (fixture->page->rows);

  g_assert_true (kn_evaluation_page_show (fixture->page, unit, period, 0));
  wait_rows (fixture);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KnEvaluationRow) row = g_list_model_get_item (rows, i);

      if (g_str_equal (kn_evaluation_row_get_name (row), name))
        return TRUE;
    }
  return FALSE;
}

/* A mutasi on 1 April to another unit: the person is under the old unit for the first quarter
 * and under the new one from the second. */
static void
test_mutasi_moves_rows (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnHistoryEntry) move = kn_history_entry_new (fixture->staff[2], KN_HISTORY_MUTASI);
  gint64 other = kn_test_add_unit (fixture->store, "Bidang Pembinaan SMK", 0);
  gint64 other_head = kn_test_eval_add_person (fixture->store, "198202022006041002",
                                               "Dedi Kurniawan, S.T.", other, 0);

  move->start_date = g_strdup ("2026-04-01");
  move->unit_id = other;
  move->supervisor_id = other_head;
  g_assert_true (kn_store_add_history (fixture->store, move, &error));
  g_assert_no_error (error);

  g_assert_true (shows (fixture, fixture->unit, "2026-TW1", "Citra Dewi, S.Pd."));
  g_assert_false (shows (fixture, other, "2026-TW1", "Citra Dewi, S.Pd."));
  g_assert_false (shows (fixture, fixture->unit, "2026-TW2", "Citra Dewi, S.Pd."));
  g_assert_true (shows (fixture, other, "2026-TW2", "Citra Dewi, S.Pd."));
  g_assert_true (shows (fixture, other, "2026-TW2", "Dedi Kurniawan, S.T."));
}

/* The review label of a cell that shows @data (a label text), bound like the other cells. */
static gboolean
match_review_label (GtkWidget *widget,
                    gpointer   data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_widget_get_name (widget), "review-label") == 0 &&
         gtk_widget_get_visible (widget) &&
         g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), data) == 0;
}

static KnEvaluationRow *
row_of (Fixture *fixture,
        gint64   employee)
{
  GListModel *rows = G_LIST_MODEL (fixture->page->rows);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KnEvaluationRow) row = g_list_model_get_item (rows, i);

      if (kn_evaluation_get_employee_id (kn_evaluation_row_get_evaluation (row)) == employee)
        return row;
    }
  return NULL;
}

/* The Tim Penilai Kinerja's matters on the Penilaian place: each person's row shows that a
 * matter is before the team or was decided, with a sentence in its tooltip; "Finalise All"
 * finalises the others, holds back whoever is before the team and says who and why; once the
 * team has decided, that person is finalised too. */
static void
test_review_holds_finalising (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 team;
  KnEvaluationRow *row;
  GtkWidget *label;
  GtkWindow *dialog;
  const char *body;

  /* Ahmad and Budi rated; Citra not. */
  kn_evaluation_page_select_row (fixture->page, 0);
  rate (fixture, "s");
  rate (fixture, "s");
  rate (fixture, "s");
  rate (fixture, "s");

  team = kn_store_add_review_team (fixture->store, "Tim Penilai Kinerja Dinas", NULL, 2026, &error);
  g_assert_no_error (error);
  g_assert_true (kn_store_record_review (fixture->store, team, fixture->staff[1], PERIOD,
                                         KN_REVIEW_DIAJUKAN, "Bukti dukung IKI 2 belum ada.",
                                         &error));
  g_assert_true (kn_store_record_review (fixture->store, team, fixture->staff[0], PERIOD,
                                         KN_REVIEW_TINJAU_ULANG, "Umpan balik perilaku belum ada.",
                                         &error));
  g_assert_no_error (error);
  kn_evaluation_page_refresh (fixture->page);
  wait_rows (fixture);

  /* The rows carry the matter; the cells show it with its sentence. */
  row = row_of (fixture, fixture->staff[1]);
  g_assert_nonnull (row);
  g_assert_cmpint (kn_evaluation_row_get_review (row), ==, KN_REVIEW_DIAJUKAN);
  g_assert_cmpstr (kn_evaluation_row_get_review_label (row), ==, "Di Tim Penilai");
  g_assert_nonnull (strstr (kn_evaluation_row_get_review_tooltip (row),
                            "Diajukan ke Tim Penilai Kinerja sejak "));
  g_assert_nonnull (strstr (kn_evaluation_row_get_review_tooltip (row),
                            "(Bukti dukung IKI 2 belum ada.): dapat difinalkan setelah tim memutuskan."));
  row = row_of (fixture, fixture->staff[0]);
  g_assert_cmpstr (kn_evaluation_row_get_review_label (row), ==, "Tim: tinjau ulang");
  g_assert_nonnull (strstr (kn_evaluation_row_get_review_tooltip (row),
                            "mohon ditinjau ulang: Umpan balik perilaku belum ada."));
  g_assert_null (kn_evaluation_row_get_review_label (row_of (fixture, fixture->staff[2])));

  kn_test_draw (fixture->window);
  label = kn_test_find (GTK_WIDGET (fixture->page->column_view), match_review_label,
                        "Di Tim Penilai");
  g_assert_nonnull (label);
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (label), "Bukti dukung IKI 2 belum ada."));
  g_assert_nonnull (kn_test_find (GTK_WIDGET (fixture->page->column_view), match_review_label,
                                  "Tim: tinjau ulang"));

  /* Finalising Budi alone is refused at once, naming him. */
  assert_finalize_refused (fixture, 1, "Penilaian Budi Santoso, S.Pd. sedang di Tim Penilai "
                           "Kinerja: penilaian itu dapat difinalkan setelah tim memutuskan.");

  /* Finalise All: it says beforehand whom it holds back, then finalises Ahmad only. */
  dialog = run_action (fixture, "eval.finalize-all");
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), "1"));
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, "Ditahan karena masih menunggu keputusan Tim Penilai Kinerja: "
                                  "Budi Santoso, S.Pd."));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "finalize");
  wait_rows (fixture);
  assert_first_final_second_draft (fixture);
  g_assert_nonnull (strstr (kn_evaluation_page_get_message (fixture->page),
                            "1 penilaian difinalkan"));
  g_assert_nonnull (strstr (kn_evaluation_page_get_message (fixture->page),
                            "Ditahan karena Tim Penilai Kinerja belum memutuskan: "
                            "Budi Santoso, S.Pd."));

  /* The team agrees: the row says so, and Budi is finalised. */
  g_assert_true (kn_store_record_review (fixture->store, team, fixture->staff[1], PERIOD,
                                         KN_REVIEW_SETUJU, NULL, &error));
  g_assert_no_error (error);
  kn_evaluation_page_refresh (fixture->page);
  wait_rows (fixture);
  g_assert_cmpstr (kn_evaluation_row_get_review_label (row_of (fixture, fixture->staff[1])), ==,
                   "Tim: setuju");
  dialog = run_action (fixture, "eval.finalize-all");
  g_assert_null (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "Ditahan"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "finalize");
  wait_rows (fixture);
  g_assert_cmpint (kn_test_stored_status (fixture->store, fixture->staff[1], PERIOD), ==,
                   KN_EVALUATION_STATUS_FINAL);
}

static void
record_decision (KnReviewDialog   *team_window,
                 gint64            employee,
                 KnReviewDecision  decision,
                 const char       *reason)
{
  g_assert_true (kn_review_dialog_choose_decision (team_window, employee, decision, reason));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (team_window), "review.record", NULL));
  kn_test_spin ();
}

/* The whole cycle with review turned on for the unit: the office turns it on in the Tim
 * Penilai window, Penilaian says so in a line and finalises nobody the team has not agreed to;
 * the team agrees to one and asks for a review of the other; the assessor answers on the
 * Penilaian place; the team agrees, and the evaluation is finalised. Off again, the line goes. */
static void
test_review_switch_cycle (Fixture       *fixture,
                          gconstpointer  data)
{
  KnReviewDialog *team_window = kn_review_dialog_new (fixture->store, 2026, PERIOD);
  g_autoptr(KnReviewEntry) review = NULL;
  KnReviewUnits *units;
  GtkWindow *dialog;
  GtkEditable *answer;
  GtkWidget *label;

  /* The office turns review on for the unit. */
  gtk_window_present (GTK_WINDOW (team_window));
  kn_test_spin ();
  kn_review_dialog_fill_team (team_window, "Tim Penilai Kinerja Dinas", "800/1/2026");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (team_window), "review.create-team", NULL));
  g_assert_cmpint (kn_review_dialog_get_team (team_window), !=, 0);
  units = kn_review_dialog_get_units (team_window);
  g_assert_true (kn_review_units_choose_unit (units, fixture->unit));
  g_assert_true (g_str_has_prefix (kn_review_units_get_state (units), "Tidak aktif"));
  gtk_switch_set_active (kn_review_units_get_switch (units), TRUE);
  kn_test_spin ();
  g_assert_true (kn_store_get_unit_review (fixture->store, fixture->unit));
  g_assert_true (g_str_has_prefix (kn_review_units_get_state (units), "Aktif: "));
  g_assert_cmpstr (kn_review_units_get_list (units), ==,
                   "Ditinjau (beserta subunitnya): Bidang Pembinaan SMA.");

  /* Penilaian says it in a line of its own. */
  kn_evaluation_page_refresh (fixture->page);
  wait_rows (fixture);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->page->review_label)));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (fixture->page->review_label),
                                   "Penilaian unit ini ditinjau Tim Penilai Kinerja"));

  /* Each row the team has not seen says that it waits for the team, with why in its tooltip. */
  g_assert_true (kn_evaluation_row_awaits_team (row_of (fixture, fixture->staff[2])));
  g_assert_cmpstr (kn_evaluation_row_get_review_label (row_of (fixture, fixture->staff[2])), ==,
                   "Menunggu Tim Penilai");
  kn_test_draw (fixture->window);
  label = kn_test_find (GTK_WIDGET (fixture->page->column_view), match_review_label,
                        "Menunggu Tim Penilai");
  g_assert_nonnull (label);
  STOP_IF_FAILED ();
  g_assert_cmpstr (gtk_widget_get_tooltip_text (label), ==,
                   "Peninjauan oleh Tim Penilai Kinerja aktif untuk unit ini: penilaian dapat "
                   "difinalkan setelah tim menyetujuinya.");

  /* Ahmad and Budi rated; neither can be finalised before the team agrees. */
  kn_evaluation_page_select_row (fixture->page, 0);
  rate (fixture, "s");
  rate (fixture, "s");
  rate (fixture, "s");
  rate (fixture, "s");
  assert_finalize_refused (fixture, 0, "Penilaian Ahmad Fauzi, S.Pd. menunggu Tim Penilai "
                           "Kinerja: peninjauan aktif untuk unit ini, dan tim belum "
                           "menyetujuinya.");
  /* Finalise All finalises nobody and names, whole in a dialog (a toast shows one line only),
   * who waits. */
  dialog = run_action (fixture, "eval.finalize-all");
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  STOP_IF_FAILED ();
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Belum Ada yang Dapat Difinalkan");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "Ahmad Fauzi, S.Pd.; Budi Santoso, S.Pd."));
  g_assert_nonnull (strstr (kn_evaluation_page_get_message (fixture->page),
                            "Ahmad Fauzi, S.Pd.; Budi Santoso, S.Pd."));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
  kn_test_spin ();
  g_assert_cmpint (kn_test_stored_status (fixture->store, fixture->staff[0], PERIOD), ==,
                   KN_EVALUATION_STATUS_DRAFT);

  /* The team agrees to Ahmad and asks for Budi to be reviewed again. */
  record_decision (team_window, fixture->staff[0], KN_REVIEW_SETUJU, NULL);
  record_decision (team_window, fixture->staff[1], KN_REVIEW_TINJAU_ULANG,
                   "Bukti dukung IKI 2 belum ada.");
  kn_evaluation_page_refresh (fixture->page);
  wait_rows (fixture);
  g_assert_cmpstr (kn_evaluation_row_get_review_label (row_of (fixture, fixture->staff[0])), ==,
                   "Tim: setuju");
  g_assert_cmpstr (kn_evaluation_row_get_review_label (row_of (fixture, fixture->staff[1])), ==,
                   "Tim: tinjau ulang");
  g_assert_cmpstr (kn_evaluation_row_get_review_label (row_of (fixture, fixture->staff[2])), ==,
                   "Menunggu Tim Penilai");

  /* Finalise All finalises Ahmad and says Budi waits. */
  dialog = run_action (fixture, "eval.finalize-all");
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  STOP_IF_FAILED ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "Budi Santoso, S.Pd."));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "finalize");
  wait_rows (fixture);
  assert_first_final_second_draft (fixture);
  g_assert_nonnull (strstr (kn_evaluation_page_get_message (fixture->page), "Budi Santoso, S.Pd."));
  dialog = kn_evaluation_page_get_dialog (fixture->page);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  STOP_IF_FAILED ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "Budi Santoso, S.Pd."));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
  kn_test_spin ();

  /* The assessor answers the team from Penilaian: the answer is needed. */
  kn_evaluation_page_select_row (fixture->page, 1);
  dialog = run_action (fixture, "eval.answer-review");
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  STOP_IF_FAILED ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "Bukti dukung IKI 2 belum ada."));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "answer"));
  answer = GTK_EDITABLE (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog)));
  gtk_editable_set_text (answer, "Bukti dukung sudah dilampirkan.");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "answer"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "answer");
  wait_rows (fixture);
  review = kn_store_get_review (fixture->store, fixture->staff[1], PERIOD);
  g_assert_nonnull (review);
  STOP_IF_FAILED ();
  g_assert_true (kn_review_entry_is_open (review));
  g_assert_cmpstr (review->reason, ==, "Bukti dukung sudah dilampirkan.");
  g_assert_cmpstr (kn_evaluation_row_get_review_label (row_of (fixture, fixture->staff[1])), ==,
                   "Di Tim Penilai");

  /* Still before the team: refused. The team agrees: finalised. */
  kn_evaluation_page_select_row (fixture->page, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "eval.finalize", NULL));
  g_assert_nonnull (strstr (kn_evaluation_page_get_message (fixture->page),
                            "Budi Santoso, S.Pd. sedang di Tim Penilai Kinerja"));
  record_decision (team_window, fixture->staff[1], KN_REVIEW_SETUJU, NULL);
  kn_evaluation_page_refresh (fixture->page);
  wait_rows (fixture);
  kn_evaluation_page_select_row (fixture->page, 1);
  dialog = run_action (fixture, "eval.finalize");
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  STOP_IF_FAILED ();
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "finalize");
  wait_rows (fixture);
  g_assert_cmpint (kn_test_stored_status (fixture->store, fixture->staff[1], PERIOD), ==,
                   KN_EVALUATION_STATUS_FINAL);

  /* Off again: the line goes. */
  gtk_switch_set_active (kn_review_units_get_switch (units), FALSE);
  kn_test_spin ();
  g_assert_false (kn_store_get_unit_review (fixture->store, fixture->unit));
  kn_evaluation_page_refresh (fixture->page);
  wait_rows (fixture);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->page->review_label)));
  g_assert_false (kn_evaluation_row_awaits_team (row_of (fixture, fixture->staff[2])));
  g_assert_null (kn_evaluation_row_get_review_label (row_of (fixture, fixture->staff[2])));

  gtk_window_destroy (GTK_WINDOW (team_window));
  kn_test_spin ();
}

/* Landing a big unit: a unit of @n staff under one head, each with an NIP of its own (@day:
 * the birth day that keeps two such units apart). */
static gint64
add_big_unit (Fixture    *fixture,
              const char *name,
              guint       day,
              guint       n)
{
  gint64 unit = kn_test_add_unit (fixture->store, name, 0);
  g_autofree char *head_nip = g_strdup_printf ("198501%02u2010011999", day);
  gint64 head = kn_test_eval_add_person (fixture->store, head_nip, "Kepala Bidang", unit, 0);

  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *nip = g_strdup_printf ("198501%02u2010011%03u", day, i);
      g_autofree char *person = g_strdup_printf ("Guru %03u", i);

      kn_test_eval_add_person (fixture->store, nip, person, unit, head);
    }
  kn_evaluation_page_refresh (fixture->page);
  wait_rows (fixture);
  return unit;
}

/* Spins one turn at a time (kn_test_spin would land every piece) until the first rows of the
 * reading have landed, at most a minute. */
static void
wait_first_rows (Fixture *fixture)
{
  gint64 give_up = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (g_list_model_get_n_items (G_LIST_MODEL (fixture->page->rows)) == 0 &&
         g_get_monotonic_time () < give_up)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->page->rows)), >, 0);
}

/* The employees of the rows shown, each once (asserted). */
static GHashTable *
shown_employees (Fixture *fixture)
{
  GListModel *rows = G_LIST_MODEL (fixture->page->rows);
  GHashTable *seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KnEvaluationRow) row = g_list_model_get_item (rows, i);
      gint64 id = kn_evaluation_get_employee_id (kn_evaluation_row_get_evaluation (row));

      g_assert_true (g_hash_table_add (seen, g_memdup2 (&id, sizeof id)));
    }
  return seen;
}

/* Three hundred rows land in pieces, the first screen at once: all of them, each once, and
 * "Finalkan Semua" only once the last is in. */
static void
test_big_unit_lands_whole (Fixture       *fixture,
                           gconstpointer  data)
{
  gint64 big = add_big_unit (fixture, "Bidang Pembinaan SMK", 1, 300);
  GListModel *rows = G_LIST_MODEL (fixture->page->rows);
  GtkWidget *finalize_all = kn_test_find_action (GTK_WIDGET (fixture->page), "eval.finalize-all");
  g_autoptr(GHashTable) seen = NULL;

  g_assert_nonnull (finalize_all);
  g_assert_true (kn_evaluation_page_show (fixture->page, big, PERIOD, 0));
  wait_first_rows (fixture);
  g_assert_true (kn_evaluation_page_is_loading (fixture->page));
  g_assert_cmpuint (g_list_model_get_n_items (rows), <, 301);
  g_assert_false (gtk_widget_is_sensitive (finalize_all));

  wait_rows (fixture);
  seen = shown_employees (fixture);
  g_assert_cmpuint (g_hash_table_size (seen), ==, 301);
  g_assert_true (gtk_widget_is_sensitive (finalize_all));
  g_assert_false (gtk_widget_get_visible (fixture->page->loading_box));
  g_assert_nonnull (strstr (kn_evaluation_page_get_counts_text (fixture->page), ": 300"));

  /* Read again, the same rows land in place: still each once, the selection kept. */
  kn_evaluation_page_select_row (fixture->page, 250);
  kn_evaluation_page_refresh (fixture->page);
  wait_rows (fixture);
  g_clear_pointer (&seen, g_hash_table_unref);
  seen = shown_employees (fixture);
  g_assert_cmpuint (g_hash_table_size (seen), ==, 301);
  g_assert_cmpuint (kn_evaluation_page_get_selected_row (fixture->page), ==, 250);
}

/* Another unit chosen while the big one lands: only the new unit's rows, and they stay so. */
static void
test_choice_while_landing (Fixture       *fixture,
                           gconstpointer  data)
{
  gint64 big = add_big_unit (fixture, "Bidang Pembinaan SMK", 2, 300);
  g_autoptr(GHashTable) seen = NULL;

  g_assert_true (kn_evaluation_page_show (fixture->page, big, PERIOD, 0));
  wait_first_rows (fixture);
  g_assert_true (kn_evaluation_page_is_loading (fixture->page));

  g_assert_true (kn_evaluation_page_show (fixture->page, fixture->unit, PERIOD, 0));
  wait_rows (fixture);
  kn_test_spin ();
  seen = shown_employees (fixture);
  g_assert_cmpuint (g_hash_table_size (seen), ==, 4);
  g_assert_true (g_hash_table_contains (seen, &fixture->head));
  for (guint i = 0; i < G_N_ELEMENTS (fixture->staff); i++)
    g_assert_true (g_hash_table_contains (seen, &fixture->staff[i]));
}

static KnRating
shown_rating (Fixture *fixture,
              guint    position)
{
  g_autoptr(KnEvaluationRow) row = g_list_model_get_item (G_LIST_MODEL (fixture->page->rows),
                                                          position);

  return kn_evaluation_get_rating_result (kn_evaluation_row_get_evaluation (row));
}

/* A rating entered while rows land is kept: on a row landed already, and on a row shown while
 * the same unit is read again (the rows read before the rating land over it). */
static void
test_rating_while_landing (Fixture       *fixture,
                           gconstpointer  data)
{
  gint64 big = add_big_unit (fixture, "Bidang Pembinaan SMK", 3, 300);
  g_autoptr(KnEvaluationRow) later = NULL;
  g_autoptr(KnEvaluation) stored = NULL;
  gint64 id;

  g_assert_true (kn_evaluation_page_show (fixture->page, big, PERIOD, 0));
  wait_first_rows (fixture);
  g_assert_true (kn_evaluation_page_is_loading (fixture->page));
  kn_evaluation_page_select_row (fixture->page, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "eval.rate", "s", "a"));
  wait_rows (fixture);
  g_assert_cmpint (shown_rating (fixture, 1), ==, KN_RATING_ABOVE);

  /* Read again; a row past the first screen rated before the reading lands. */
  kn_evaluation_page_refresh (fixture->page);
  g_assert_true (kn_evaluation_page_is_loading (fixture->page));
  kn_evaluation_page_select_row (fixture->page, 280);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "eval.rate", "s", "b"));
  wait_rows (fixture);
  g_assert_cmpint (shown_rating (fixture, 1), ==, KN_RATING_ABOVE);
  g_assert_cmpint (shown_rating (fixture, 280), ==, KN_RATING_BELOW);
  later = g_list_model_get_item (G_LIST_MODEL (fixture->page->rows), 280);
  id = kn_evaluation_get_employee_id (kn_evaluation_row_get_evaluation (later));
  stored = kn_store_load_evaluation (fixture->store, id, PERIOD, NULL);
  g_assert_nonnull (stored);
  g_assert_cmpint (kn_evaluation_get_rating_result (stored), ==, KN_RATING_BELOW);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/evaluation/rate-three", test_rate_three);
  ADD ("/ui/evaluation/realisation-feedback", test_realisation_and_feedback);
  ADD ("/ui/evaluation/final-is-locked", test_final_is_locked);
  ADD ("/ui/evaluation/history-in-words", test_history_in_words);
  ADD ("/ui/evaluation/history-one-save", test_history_one_save);
  ADD ("/ui/evaluation/finalize-all-asks", test_finalize_all_asks);
  ADD ("/ui/evaluation/reopen-needs-reason", test_reopen_needs_reason);
  ADD ("/ui/evaluation/layout-fits", test_layout_fits);
  ADD ("/ui/evaluation/rows-load-in-background", test_rows_load_in_background);
  ADD ("/ui/evaluation/mutasi-moves-rows", test_mutasi_moves_rows);
  ADD ("/ui/evaluation/review-holds-finalising", test_review_holds_finalising);
  ADD ("/ui/evaluation/review-switch-cycle", test_review_switch_cycle);
  ADD ("/ui/evaluation/annual-proposal-counted", test_annual_proposal_counted);
  ADD ("/ui/evaluation/big-unit-lands-whole", test_big_unit_lands_whole);
  ADD ("/ui/evaluation/choice-while-landing", test_choice_while_landing);
  ADD ("/ui/evaluation/rating-while-landing", test_rating_while_landing);
#undef ADD

  return g_test_run ();
}
