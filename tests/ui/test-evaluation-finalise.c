/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Penilaian's "Finalkan Semua" on a file: written by a worker on a connection of its own, then
 * taken by the page's store as its own commit with what it changed (not read again whole), the
 * question's figures taken from the rows as read. */

#include "config.h"

#include <adwaita.h>

#include "kinerja/kn-store-review.h"

#include "kn-evaluation-page.h"
#include "kn-evaluation-page-private.h"
#include "kn-evaluation-row.h"
#include "kn-ui-test.h"

#include "kn-test-ui.h"

#define PERIOD "2026-TW1"

typedef struct
{
  KnTestEvalOffice office;
  GPtrArray       *seen;     /* KnStoreChanges: the store's "changed" since the test began */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  kn_test_eval_office_set_up (&fixture->office, "kinerja-ui-eval-final-XXXXXX");
  fixture->seen = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_store_changes_free);
  g_signal_connect (fixture->office.store, "changed", G_CALLBACK (kn_test_keep_changes),
                    fixture->seen);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_signal_handlers_disconnect_by_data (fixture->office.store, fixture->seen);
  g_clear_pointer (&fixture->seen, g_ptr_array_unref);
  kn_test_eval_office_tear_down (&fixture->office);
}

static void
wait_rows (Fixture *fixture)
{
  kn_test_evaluation_wait (fixture->office.page);
}

static void
rate (Fixture    *fixture,
      const char *key)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->office.page), "eval.rate", "s",
                                             key));
  wait_rows (fixture);
}

static KnEvaluation *
shown (Fixture *fixture,
       gint64   employee)
{
  GListModel *rows = G_LIST_MODEL (fixture->office.page->rows);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KnEvaluationRow) row = g_list_model_get_item (rows, i);
      KnEvaluation *evaluation = kn_evaluation_row_get_evaluation (row);

      if (kn_evaluation_get_employee_id (evaluation) == employee)
        return evaluation;
    }
  return NULL;
}

static gint64
evaluation_id (Fixture *fixture,
               gint64   employee)
{
  g_autoptr(KnEvaluation) evaluation = kn_store_load_evaluation (fixture->office.store, employee,
                                                                 PERIOD, NULL);

  return evaluation != NULL ? kn_evaluation_get_id (evaluation) : 0;
}

static gboolean
seen_evaluation (Fixture *fixture,
                 gint64   id)
{
  for (guint i = 0; i < fixture->seen->len; i++)
    {
      KnStoreChanges *changes = g_ptr_array_index (fixture->seen, i);

      for (guint j = 0; j < kn_store_changes_get_n_items (changes); j++)
        {
          const char *entity;
          gint64 got;

          kn_store_changes_get_item (changes, j, &entity, &got);
          if (g_str_equal (entity, "evaluation") && got == id)
            return TRUE;
        }
    }
  return FALSE;
}

static guint
n_external (Fixture *fixture)
{
  guint n = 0;

  for (guint i = 0; i < fixture->seen->len; i++)
    n += kn_store_changes_is_external (g_ptr_array_index (fixture->seen, i));
  return n;
}

static void
finalise_all (Fixture *fixture)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->office.page),
                                             "eval.finalize-all", NULL));
  wait_rows (fixture);
  dialog = kn_evaluation_page_get_dialog (fixture->office.page);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "finalize");
  wait_rows (fixture);
}

/* The worker's commit is announced by the page's store as its own, evaluation by evaluation
 * (the page's origin), never as another program's commit that has every place read everything
 * again; the rows show the evaluations final; and a commit made elsewhere afterwards is still
 * noticed as before. */
static void
test_announced_not_read_again (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(KnStore) other = NULL;
  gint64 first, second;

  kn_evaluation_page_select_row (fixture->office.page, 0);
  rate (fixture, "s");
  rate (fixture, "s");
  rate (fixture, "a");
  rate (fixture, "a");
  first = evaluation_id (fixture, fixture->office.staff[0]);
  second = evaluation_id (fixture, fixture->office.staff[1]);
  g_assert_cmpint (first, >, 0);
  g_assert_cmpint (second, >, 0);
  g_ptr_array_set_size (fixture->seen, 0);

  finalise_all (fixture);

  g_assert_cmpint (kn_evaluation_get_status (shown (fixture, fixture->office.staff[0])), ==,
                   KN_EVALUATION_STATUS_FINAL);
  g_assert_cmpint (kn_evaluation_get_status (shown (fixture, fixture->office.staff[1])), ==,
                   KN_EVALUATION_STATUS_FINAL);
  g_assert_cmpint (kn_evaluation_get_status (shown (fixture, fixture->office.staff[2])), ==,
                   KN_EVALUATION_STATUS_DRAFT);
  g_assert_nonnull (strstr (kn_evaluation_page_get_message (fixture->office.page),
                            "2 penilaian difinalkan"));
  g_assert_cmpuint (n_external (fixture), ==, 0);
  g_assert_true (seen_evaluation (fixture, first));
  g_assert_true (seen_evaluation (fixture, second));
  for (guint i = 0; i < fixture->seen->len; i++)
    g_assert_cmpstr (kn_store_changes_get_origin (g_ptr_array_index (fixture->seen, i)), ==,
                     KN_EVALUATION_PAGE_ORIGIN);
  /* Taken: not news at the store's next look. */
  g_assert_false (kn_store_check_for_changes (fixture->office.store));

  /* Another program's commit afterwards: noticed, and the page follows it. */
  other = kn_store_open_with_mode (kn_store_get_path (fixture->office.store),
                                   KN_STORE_OPEN_EXISTING, NULL);
  g_assert_nonnull (other);
  kn_evaluation_page_select_row (fixture->office.page, 2);
  {
    g_autoptr(KnEvaluation) third = kn_evaluation_new (fixture->office.staff[2], PERIOD);
    g_autoptr(GError) error = NULL;

    kn_evaluation_set_assessor_id (third, fixture->office.head);
    kn_evaluation_set_rating_result (third, KN_RATING_AS_EXPECTED);
    kn_evaluation_set_rating_behaviour (third, KN_RATING_AS_EXPECTED);
    g_assert_true (kn_store_save_evaluation (other, third, &error));
    g_assert_no_error (error);
  }
  g_assert_true (kn_store_check_for_changes (fixture->office.store));
  g_assert_cmpuint (n_external (fixture), ==, 1);
  kn_test_spin ();
  wait_rows (fixture);
  g_assert_cmpint (kn_evaluation_get_rating_result (shown (fixture, fixture->office.staff[2])), ==,
                   KN_RATING_AS_EXPECTED);
}

/* The question's held-back figures come from the rows as read with them, not from the store
 * asked again person by person on the main thread: a decision of the team made on another
 * connection since (the store not yet told) does not change them; the write itself decides
 * with what is stored then. */
static void
test_hold_from_reading (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) other = NULL;
  GtkWindow *dialog;
  const char *body;
  gint64 team;

  kn_evaluation_page_select_row (fixture->office.page, 0);
  rate (fixture, "s");
  rate (fixture, "s");
  rate (fixture, "s");
  rate (fixture, "s");
  team = kn_store_add_review_team (fixture->office.store, "Tim Penilai Kinerja Dinas", NULL, 2026,
                                   &error);
  g_assert_no_error (error);
  g_assert_true (kn_store_record_review (fixture->office.store, team, fixture->office.staff[1],
                                         PERIOD, KN_REVIEW_DIAJUKAN, "Bukti dukung belum ada.",
                                         &error));
  g_assert_no_error (error);
  kn_evaluation_page_refresh (fixture->office.page);
  wait_rows (fixture);

  other = kn_store_open_with_mode (kn_store_get_path (fixture->office.store),
                                   KN_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_true (kn_store_record_review (other, team, fixture->office.staff[1], PERIOD,
                                         KN_REVIEW_SETUJU, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->office.page),
                                             "eval.finalize-all", NULL));
  dialog = kn_evaluation_page_get_dialog (fixture->office.page);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), "1"));
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, "Ditahan karena masih menunggu keputusan Tim Penilai Kinerja: "
                                  "Budi Santoso, S.Pd."));
}

static void
on_label_cb (GtkLabel   *label,
             GParamSpec *pspec,
             GPtrArray  *labels)
{
  g_ptr_array_add (labels, g_strdup (gtk_label_get_label (label)));
}

/* While the worker writes, the spinner's label says how far it is, "n of N" of the rows listed. */
static void
test_progress_in_label (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  gboolean told = FALSE;

  kn_evaluation_page_select_row (fixture->office.page, 0);
  rate (fixture, "s");
  rate (fixture, "s");
  g_signal_connect (fixture->office.page->loading_label, "notify::label", G_CALLBACK (on_label_cb),
                    labels);
  finalise_all (fixture);
  g_signal_handlers_disconnect_by_data (fixture->office.page->loading_label, labels);

  for (guint i = 0; i < labels->len; i++)
    told |= g_str_equal (g_ptr_array_index (labels, i), "Memfinalkan penilaian… (3 dari 3)");
  g_assert_true (told);
  g_assert_cmpint (kn_evaluation_get_status (shown (fixture, fixture->office.staff[0])), ==,
                   KN_EVALUATION_STATUS_FINAL);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/evaluation/finalise/announced-not-read-again", test_announced_not_read_again);
  ADD ("/ui/evaluation/finalise/hold-from-reading", test_hold_from_reading);
  ADD ("/ui/evaluation/finalise/progress-in-label", test_progress_in_label);
#undef ADD

  return g_test_run ();
}
