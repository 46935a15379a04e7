/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The commands of the Penilaian place: rating from the keyboard, finalising (asking first),
 * reopening with a reason, the realisation dialog and the history. */

#define G_LOG_DOMAIN "kn-evaluation-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kinerja/kn-format.h"
#include "kinerja/kn-store-review.h"
#include "kinerja/kn-worker.h"

#include "kn-evaluation-page-private.h"
#include "kn-history-dialog.h"
#include "kn-message-dialog.h"
#include "kn-progress-dialog.h"

static gboolean
save_row (KnEvaluationPage *self,
          KnEvaluation     *evaluation)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  _kn_evaluation_page_keep_rated (self);
  kn_store_set_origin (self->store, KN_EVALUATION_PAGE_ORIGIN);
  ok = kn_store_save_evaluation (self->store, evaluation, &error);
  kn_store_set_origin (self->store, NULL);
  if (!ok)
    {
      _kn_evaluation_page_set_message (self, error->message);
      _kn_evaluation_page_reload_rows (self);
      return FALSE;
    }

  _kn_evaluation_page_update_distribution (self);
  _kn_evaluation_page_update_actions (self);
  return TRUE;
}

static void
advance (KnEvaluationPage *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  if (position + 1 < n)
    {
      gtk_single_selection_set_selected (self->selection, position + 1);
    }
  else
    _kn_evaluation_page_selection_changed (self->selection, NULL, self);
}

/* The rating of the keys A (Di Atas), S (Sesuai) and B (Di Bawah Ekspektasi). */
static gboolean
rating_from_key (const char *key,
                 KnRating   *rating)
{
  if (g_ascii_strcasecmp (key, "a") == 0)
    *rating = KN_RATING_ABOVE;
  else if (g_ascii_strcasecmp (key, "s") == 0)
    *rating = KN_RATING_AS_EXPECTED;
  else if (g_ascii_strcasecmp (key, "b") == 0)
    *rating = KN_RATING_BELOW;
  else
    return FALSE;
  return TRUE;
}

/* The chosen row's evaluation when it can be rated; NULL when none is chosen, or, saying so,
 * when it is final. */
static KnEvaluation *
rateable (KnEvaluationPage *self)
{
  KnEvaluation *evaluation = _kn_evaluation_page_get_selected (self);

  if (evaluation != NULL && kn_evaluation_get_status (evaluation) == KN_EVALUATION_STATUS_FINAL)
    {
      _kn_evaluation_page_set_message (self, _("This evaluation is final. Reopen it (with a reason) to change it."));
      return NULL;
    }
  return evaluation;
}

/* Rates the chosen row: with the keys (eval.rate) the work results first, then behaviour,
 * moving on to the next row; from the rating cell's menu (eval.rate-result,
 * eval.rate-behaviour) the one rating named, the keys' order set aside. */
static void
rate_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KnEvaluationPage *self = KN_EVALUATION_PAGE (widget);
  KnEvaluation *evaluation = rateable (self);
  gboolean by_keys = g_str_equal (action_name, "eval.rate");
  gboolean result;
  KnRating rating;

  if (evaluation == NULL || !rating_from_key (g_variant_get_string (parameter, NULL), &rating))
    return;

  result = by_keys ? self->rating_step == 0 : g_str_equal (action_name, "eval.rate-result");
  if (result)
    kn_evaluation_set_rating_result (evaluation, rating);
  else
    kn_evaluation_set_rating_behaviour (evaluation, rating);

  if (!save_row (self, evaluation) || !by_keys)
    return;
  if (result)
    self->rating_step = 1;
  else
    advance (self);
}

static void
select_row_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KnEvaluationPage *self = KN_EVALUATION_PAGE (widget);

  gtk_single_selection_set_selected (self->selection, g_variant_get_uint32 (parameter));
}

static void
accept_proposal_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KnEvaluationPage *self = KN_EVALUATION_PAGE (widget);
  KnEvaluation *evaluation = _kn_evaluation_page_get_selected (self);
  g_autofree char *proposal = NULL;
  KnRating result, behaviour;

  if (evaluation == NULL)
    return;

  proposal = _kn_evaluation_page_propose (self, evaluation, &result, &behaviour);
  if (proposal == NULL)
    {
      _kn_evaluation_page_set_message (self, _("There is nothing to propose: the periods of the year have no ratings."));
      return;
    }

  kn_evaluation_set_rating_result (evaluation, result);
  kn_evaluation_set_rating_behaviour (evaluation, behaviour);
  if (save_row (self, evaluation))
    advance (self);
}

static void
present_dialog (KnEvaluationPage *self,
                GtkWindow        *dialog)
{
  kn_page_dialog_present (GTK_WIDGET (self), dialog, &self->dialog);
}

/* A message naming people (who was held back for the Tim Penilai Kinerja) is too long for a
 * toast, which shows one line: it is said in a dialog, whole. */
static void
say_whole (KnEvaluationPage *self,
           const char       *heading,
           const char       *text)
{
  AdwMessageDialog *dialog;

  g_free (self->message);
  self->message = g_strdup (text);
  dialog = kn_message_dialog_new (GTK_WIDGET (self), heading, text);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_close_response (dialog, "close");
  present_dialog (self, GTK_WINDOW (dialog));
}

/* Finalising asks first and says what stands: with a broken pattern on the screen, Enter
 * keeps the evaluations open rather than locking them. */
static AdwMessageDialog *
confirm_finalise_new (KnEvaluationPage *self,
                      const char       *heading,
                      const char       *body,
                      const char       *yes)
{
  const char *warnings = kn_distribution_panel_get_violations_text (self->panel);
  g_autoptr(GString) text = g_string_new (body);
  AdwMessageDialog *dialog;

  if (warnings != NULL && warnings[0] != '\0')
    g_string_append_printf (text, "\n\n%s\n%s",
                            _("The distribution of the unit does not follow its pattern:"),
                            warnings);
  dialog = kn_message_dialog_new (GTK_WIDGET (self), heading, text->str);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "finalize", yes, NULL);
  adw_message_dialog_set_response_appearance (dialog, "finalize", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, warnings != NULL && warnings[0] != '\0'
                                                   ? "cancel" : "finalize");
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}

static void
on_finalize_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         KnEvaluationPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "evaluation-id"));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!g_str_equal (response, "finalize"))
    return;
  kn_store_set_origin (self->store, KN_EVALUATION_PAGE_ORIGIN);
  ok = kn_store_finalize_evaluation (self->store, id, &error);
  kn_store_set_origin (self->store, NULL);
  if (!ok)
    _kn_evaluation_page_set_message (self, error->message);
  _kn_evaluation_page_reload_rows (self);
}

static void
finalize_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KnEvaluationPage *self = KN_EVALUATION_PAGE (widget);
  KnEvaluation *evaluation = _kn_evaluation_page_get_selected (self);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  KnEmployee *employee;

  if (evaluation == NULL)
    return;

  if (kn_evaluation_get_id (evaluation) == 0 && !save_row (self, evaluation))
    return;

  employee = kn_store_lookup_employee (self->store, kn_evaluation_get_employee_id (evaluation));
  /* Waiting for the Tim Penilai Kinerja (a matter before it, or its agreement in a unit under
   * review): said at once, rather than after asking. */
  {
    g_autoptr(GError) error = NULL;

    if (!kn_store_check_review_done (self->store, kn_evaluation_get_employee_id (evaluation),
                                     self->period, &error))
      {
        _kn_evaluation_page_set_message (self, error->message);
        return;
      }
  }
  heading = g_strdup_printf (_("Finalise the Evaluation of %s?"),
                             employee != NULL ? kn_employee_get_name (employee) : "");
  body = g_strdup_printf (_("The predikat %s is locked and a snapshot of the people involved is taken. To change it afterwards, it has to be reopened with a reason."),
                          kn_predikat_label (kn_evaluation_get_predikat (evaluation)));
  dialog = confirm_finalise_new (self, heading, body, _("_Finalise"));
  g_object_set_data (G_OBJECT (dialog), "evaluation-id",
                     GSIZE_TO_POINTER ((gsize)kn_evaluation_get_id (evaluation)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_finalize_response_cb), self, 0);
  present_dialog (self, GTK_WINDOW (dialog));
}

/* "Budi Santoso, S.Kom., Citra Dewi": the people of @entries (KnReviewEntry). */
static char *
held_names (KnEvaluationPage *self,
            GPtrArray        *entries)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      KnReviewEntry *entry = g_ptr_array_index (entries, i);
      KnEmployee *employee = kn_store_lookup_employee (self->store, entry->employee_id);

      g_string_append_printf (names, "%s%s", i > 0 ? "; " : "",
                              employee != NULL ? kn_employee_get_name (employee) : "?");
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Says what "Finalkan Semua" did: how many, and who was held back for the team. */
static void
say_finalised (KnEvaluationPage *self,
               guint             finalised,
               guint             skipped,
               GPtrArray        *held)
{
  g_autofree char *done = NULL;
  g_autofree char *text = NULL;

  done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u evaluation finalised",
                                       "%u evaluations finalised", finalised),
                          finalised);
  /* TRANSLATORS: "3 evaluations finalised; 2 not finalised because …" */
  text = g_strdup_printf (_("%s; %u not finalised because they do not have both ratings yet."),
                          done, skipped);
  if (held->len > 0)
    {
      g_autofree char *names = held_names (self, held);
      g_autofree char *with_held = NULL;

      /* TRANSLATORS: the sentence above, then the names of the people held back */
      with_held = g_strdup_printf (_("%s Held back, because the Tim Penilai Kinerja has not decided yet: %s."),
                                   text, names);
      kn_format_tidy_stops (with_held);
      say_whole (self, _("Evaluations Finalised"), with_held);
    }
  else
    _kn_evaluation_page_set_message (self, text);
}

/* "Finalkan Semua" off the main thread
 *
 * At province scale a unit's finalising writes thousands of evaluations with their snapshots
 * (2.7 s of CPU for the 6,360 of the big OPD at 19k, far longer in wall time): on a file it is
 * written in a worker, on a read-write store of its own on the same file, the page insensitive
 * with a spinner meanwhile; then the page's store takes that store's commit as its own, with
 * what it changed (kn_store_take_commit: nothing is read again but by the places those changes
 * touch), and the rows are read again. Before its commit the worker tells the page's store
 * (kn_store_expect_commit) and waits for that, so that the store's watch does not take the
 * commit for another program's meanwhile. On a server the same: the worker's store is a second
 * connection with the same connection string (the password is kept in memory for every
 * connection to it). Only a store without a location would be written on the main thread. */

typedef struct
{
  char      *path;
  gint64     unit_id;
  char      *period;
  gint64     assessor_id;
  guint      finalised;
  guint      skipped;
  GPtrArray *held;      /* filled: KnReviewEntry */
  GPtrArray *changes;   /* filled: KnStoreChanges, what the worker's store said it committed */
  KnEvaluationPage *page;  /* unowned: the task keeps it until the worker is done */
  GCancellable *finalising; /* owned: the page's, to tell whether progress is still its own */
  GMainContext *context;   /* owned: the page's thread's, told of the progress */
  gint64     progress_at;  /* monotonic µs, when the progress was last told */
  KnStore   *store;        /* owned: the page's, told before the commit (main thread only) */
  gboolean   expected;     /* the store was told (kn_store_expect_commit) */
  GMutex     lock;         /* over told, for the worker's wait */
  GCond      told_cond;
  gboolean   told;
} FinalizeAll;

typedef struct
{
  KnEvaluationPage *page;       /* owned */
  GCancellable     *finalising; /* owned */
  guint             done;
  guint             total;
} FinalizeProgress;

static void
finalize_all_free (FinalizeAll *job)
{
  g_free (job->path);
  g_free (job->period);
  g_clear_pointer (&job->held, g_ptr_array_unref);
  g_clear_pointer (&job->changes, g_ptr_array_unref);
  g_clear_object (&job->finalising);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_clear_object (&job->store);
  g_mutex_clear (&job->lock);
  g_cond_clear (&job->told_cond);
  g_free (job);
}

/* On the main thread: the page's store is told that the worker is about to commit, so that
 * neither its watch nor a look at the focus takes the commit for another program's. */
static gboolean
expect_commit_cb (gpointer data)
{
  FinalizeAll *job = data;

  kn_store_expect_commit (job->store, TRUE);
  job->expected = TRUE;
  g_mutex_lock (&job->lock);
  job->told = TRUE;
  g_cond_signal (&job->told_cond);
  g_mutex_unlock (&job->lock);
  return G_SOURCE_REMOVE;
}

/* The spinner's label says how far the write is: "n of N". */
static gboolean
show_progress_cb (gpointer data)
{
  FinalizeProgress *progress = data;
  KnEvaluationPage *self = progress->page;

  if (self->finalising == progress->finalising)
    {
      g_autofree char *text = NULL;

      /* TRANSLATORS: the evaluations of the unit gone through so far, of all */
      text = g_strdup_printf (_("Finalising the evaluations… (%u of %u)"), progress->done,
                              progress->total);
      gtk_label_set_label (self->loading_label, text);
    }
  g_object_unref (progress->page);
  g_object_unref (progress->finalising);
  g_free (progress);
  return G_SOURCE_REMOVE;
}

/* In the worker: tells the page, at most five times a second and at the end. */
static void
on_finalize_progress (guint    done,
                      guint    total,
                      gpointer user_data)
{
  FinalizeAll *job = user_data;
  gint64 now = g_get_monotonic_time ();
  FinalizeProgress *progress;

  /* Written, the commit next: the page's store is told first, and the worker waits for that
   * (not past five seconds: the store then takes the commit as another program's). */
  if (done == total)
    {
      gint64 end = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;

      g_main_context_invoke (job->context, expect_commit_cb, job);
      g_mutex_lock (&job->lock);
      while (!job->told)
        if (!g_cond_wait_until (&job->told_cond, &job->lock, end))
          break;
      g_mutex_unlock (&job->lock);
    }
  if (done < total && now - job->progress_at < 200 * G_TIME_SPAN_MILLISECOND)
    return;
  job->progress_at = now;
  progress = g_new0 (FinalizeProgress, 1);
  progress->page = g_object_ref (job->page);
  progress->finalising = g_object_ref (job->finalising);
  progress->done = done;
  progress->total = total;
  g_main_context_invoke (job->context, show_progress_cb, progress);
}

static void
on_worker_store_changed_cb (KnStore        *store,
                            KnStoreChanges *changes,
                            FinalizeAll    *job)
{
  g_ptr_array_add (job->changes, kn_store_changes_copy (changes));
}

static void
finalize_all_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  FinalizeAll *job = task_data;
  /* The store's own sources (its "changed" after the commit) stay in this thread. */
  g_autoptr(GMainContext) context = g_main_context_new ();
  KnStore *store;
  GError *error = NULL;
  gboolean ok;

  g_main_context_push_thread_default (context);
  store = kn_store_open_with_mode (job->path, KN_STORE_OPEN_EXISTING, &error);
  if (store != NULL)
    {
      kn_store_set_origin (store, KN_EVALUATION_PAGE_ORIGIN);
      g_signal_connect (store, "changed", G_CALLBACK (on_worker_store_changed_cb), job);
    }
  ok = store != NULL &&
       kn_store_finalize_unit_progress (store, job->unit_id, job->period, job->assessor_id,
                                        &job->finalised, &job->skipped, &job->held, 50,
                                        on_finalize_progress, job, &error);
  /* What the commit changed, said from this thread's loop. */
  while (g_main_context_iteration (context, FALSE))
    ;
  g_clear_object (&store);
  g_main_context_pop_thread_default (context);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
finalising_shown (KnEvaluationPage *self,
                  gboolean          shown)
{
  gtk_label_set_label (self->loading_label, shown ? _("Finalising the evaluations…")
                                                  : _("Loading the unit…"));
  gtk_widget_set_visible (self->loading_box, shown);
  gtk_widget_set_sensitive (GTK_WIDGET (self->main_box), !shown);
}

static void
on_finalize_all_done_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(KnEvaluationPage) self = user_data;
  FinalizeAll *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  g_clear_object (&self->finalising);
  /* Written by another connection: the store says so now, not at its next look, and with what
   * changed (nothing when nothing was written). */
  if (job->changes->len == 0)
    {
      if (job->expected)
        kn_store_expect_commit (job->store, FALSE);
      kn_store_check_for_changes (job->store);
    }
  for (guint i = 0; i < job->changes->len; i++)
    if (!kn_store_take_commit (job->store, g_ptr_array_index (job->changes, i)))
      kn_store_check_for_changes (job->store);
  g_clear_object (&job->store);
  if (self->store == NULL)
    return;
  finalising_shown (self, FALSE);
  if (!ok)
    _kn_evaluation_page_set_message (self, error->message);
  else
    say_finalised (self, job->finalised, job->skipped, job->held);
  _kn_evaluation_page_reload_rows (self);
}

static void
on_finalize_all_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             KnEvaluationPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) held = NULL;
  g_autoptr(GTask) task = NULL;
  guint finalised = 0, skipped = 0;
  FinalizeAll *job;
  gboolean ok;

  if (!g_str_equal (response, "finalize") || self->finalising != NULL)
    return;

  if (kn_store_get_path (self->store) == NULL)
    {
      kn_store_set_origin (self->store, KN_EVALUATION_PAGE_ORIGIN);
      ok = kn_store_finalize_unit_held (self->store, self->unit_id, self->period,
                                        self->assessor_id, &finalised, &skipped, &held, &error);
      kn_store_set_origin (self->store, NULL);
      if (!ok)
        _kn_evaluation_page_set_message (self, error->message);
      else
        say_finalised (self, finalised, skipped, held);
      _kn_evaluation_page_reload_rows (self);
      return;
    }

  job = g_new0 (FinalizeAll, 1);
  job->path = g_strdup (kn_store_get_path (self->store));
  job->unit_id = self->unit_id;
  job->period = g_strdup (self->period);
  job->assessor_id = self->assessor_id;
  job->changes = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_store_changes_free);
  job->store = g_object_ref (self->store);
  g_mutex_init (&job->lock);
  g_cond_init (&job->told_cond);
  self->finalising = g_cancellable_new ();
  job->page = self;
  job->finalising = g_object_ref (self->finalising);
  job->context = g_main_context_ref_thread_default ();
  job->progress_at = g_get_monotonic_time ();
  finalising_shown (self, TRUE);
  task = g_task_new (NULL, NULL, on_finalize_all_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, on_finalize_all_response_cb);
  g_task_set_task_data (task, job, (GDestroyNotify)finalize_all_free);
  kn_worker_run_in_thread (task, finalize_all_thread);
  _kn_evaluation_page_update_actions (self);
}

/* Says how many will be finalised and how many stay open, and which warning stands. */
static void
finalize_all_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KnEvaluationPage *self = KN_EVALUATION_PAGE (widget);
  GListModel *rows = G_LIST_MODEL (self->rows);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *open = NULL;
  g_autoptr(GString) held = g_string_new (NULL);
  AdwMessageDialog *dialog;
  guint ready = 0, unrated = 0, n_held = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KnEvaluationRow) row = g_list_model_get_item (rows, i);
      KnEvaluation *evaluation = kn_evaluation_row_get_evaluation (row);

      if (kn_evaluation_get_status (evaluation) == KN_EVALUATION_STATUS_FINAL)
        continue;
      if (kn_evaluation_get_predikat (evaluation) == KN_PREDIKAT_NONE)
        unrated++;
      else if (kn_evaluation_row_is_held (row))
        g_string_append_printf (held, "%s%s", n_held++ > 0 ? "; " : "",
                                kn_evaluation_row_get_name (row));
      else
        ready++;
    }

  if (ready == 0)
    {
      if (n_held > 0)
        {
          g_autofree char *text = NULL;

          /* TRANSLATORS: the names of the people whose evaluation is before the team */
          text = g_strdup_printf (_("There is nothing to finalise now: the Tim Penilai Kinerja has not decided yet on %s."),
                                  held->str);
          kn_format_tidy_stops (text);
          say_whole (self, _("Nothing to Finalise Yet"), text);
          return;
        }
      _kn_evaluation_page_set_message (self, _("There is nothing to finalise: no evaluation shown has both ratings and is still a draft."));
      return;
    }

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Finalise %u Evaluation?",
                                          "Finalise %u Evaluations?", ready),
                             ready);
  open = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u evaluation without both ratings stays a draft.",
                                       "%u evaluations without both ratings stay drafts.", unrated),
                          unrated);
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The %u evaluation rated so far is locked with a snapshot of the people involved; changing it afterwards needs a reopening with a reason. %s",
                                       "The %u evaluations rated so far are locked with a snapshot of the people involved; changing one afterwards needs a reopening with a reason. %s",
                                       ready),
                          ready, open);
  if (n_held > 0)
    {
      g_autofree char *with_held = NULL;

      /* TRANSLATORS: the sentences above, then the names of the people held back */
      with_held = g_strdup_printf (_("%s Before the Tim Penilai Kinerja, waiting for its decision, and held back: %s."),
                                   body, held->str);
      kn_format_tidy_stops (with_held);
      g_free (body);
      body = g_steal_pointer (&with_held);
    }
  dialog = confirm_finalise_new (self, heading, body, _("_Finalise All"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_finalize_all_response_cb), self, 0);
  present_dialog (self, GTK_WINDOW (dialog));
}

static void
on_required_text_changed_cb (GtkEditable      *entry,
                             AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, adw_message_dialog_get_default_response (dialog),
                                           text[0] != '\0');
}

/* Makes @dialog a question answered with a text (its entry is the extra child): the @response
 * button waits for one, so the dialog never closes on an empty text only to complain
 * afterwards. */
static void
ask_for_text (AdwMessageDialog *dialog,
              const char       *placeholder,
              const char       *response,
              const char       *label)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, label, NULL);
  adw_message_dialog_set_response_enabled (dialog, response, FALSE);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_required_text_changed_cb), dialog, 0);
}

static void
present_text_question (KnEvaluationPage *self,
                       AdwMessageDialog *dialog)
{
  present_dialog (self, GTK_WINDOW (dialog));
  gtk_widget_grab_focus (adw_message_dialog_get_extra_child (dialog));
}

static void
on_reopen_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       KnEvaluationPage *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "evaluation-id"));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!g_str_equal (response, "reopen"))
    return;

  kn_store_set_origin (self->store, KN_EVALUATION_PAGE_ORIGIN);
  ok = kn_store_reopen_evaluation (self->store, id, gtk_editable_get_text (entry), &error);
  kn_store_set_origin (self->store, NULL);
  if (!ok)
    _kn_evaluation_page_set_message (self, error->message);
  _kn_evaluation_page_reload_rows (self);
}

/* Reopening needs a reason. */
static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KnEvaluationPage *self = KN_EVALUATION_PAGE (widget);
  KnEvaluation *evaluation = _kn_evaluation_page_get_selected (self);
  AdwMessageDialog *dialog;

  if (evaluation == NULL)
    return;

  dialog = kn_message_dialog_new (GTK_WIDGET (self), _("Reopen the Final Evaluation?"),
                                  _("It becomes a draft again; its snapshot is taken anew when it is finalised. The reason is kept in its history."));
  ask_for_text (dialog, _("Reason (required)"), "reopen", _("_Reopen"));
  g_object_set_data (G_OBJECT (dialog), "evaluation-id",
                     GSIZE_TO_POINTER ((gsize)kn_evaluation_get_id (evaluation)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reopen_response_cb), self, 0);
  present_text_question (self, dialog);
}

static void
on_answer_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       KnEvaluationPage *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  gint64 team = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "team-id"));
  gint64 employee_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "employee-id"));
  KnEmployee *employee;
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  gboolean ok;

  if (!g_str_equal (response, "answer"))
    return;

  kn_store_set_origin (self->store, KN_EVALUATION_PAGE_ORIGIN);
  ok = kn_store_record_review (self->store, team, employee_id, self->period, KN_REVIEW_DIAJUKAN,
                               gtk_editable_get_text (entry), &error);
  kn_store_set_origin (self->store, NULL);
  if (!ok)
    {
      _kn_evaluation_page_set_message (self, error->message);
      return;
    }
  employee = kn_store_lookup_employee (self->store, employee_id);
  done = g_strdup_printf (_("The answer is before the Tim Penilai Kinerja: the evaluation of %s can be finalised once the team has decided."),
                          employee != NULL ? kn_employee_get_name (employee) : "");
  _kn_evaluation_page_set_message (self, done);
  _kn_evaluation_page_reload_rows (self);
}

/* The assessor answers the team's "mohon ditinjau ulang": what was done goes back before the
 * team (a matter "diajukan" with the answer), which then decides again. */
static void
answer_review_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KnEvaluationPage *self = KN_EVALUATION_PAGE (widget);
  KnEvaluation *evaluation = _kn_evaluation_page_get_selected (self);
  g_autoptr(KnReviewEntry) review = NULL;
  g_autofree char *body = NULL;
  KnEmployee *employee;
  AdwMessageDialog *dialog;

  if (evaluation == NULL)
    return;
  employee = kn_store_lookup_employee (self->store, kn_evaluation_get_employee_id (evaluation));
  review = kn_store_get_review (self->store, kn_evaluation_get_employee_id (evaluation),
                                self->period);
  if (employee == NULL || review == NULL || review->decision != KN_REVIEW_TINJAU_ULANG)
    {
      _kn_evaluation_page_set_message (self, _("The Tim Penilai Kinerja has not asked for this evaluation to be reviewed again: there is nothing to answer."));
      return;
    }

  /* TRANSLATORS: the person, then the team's reason */
  body = g_strdup_printf (_("The team asked for the evaluation of %s to be reviewed again: %s\n\nSay what was done, for example the ratings corrected or the evidence added. The answer goes back before the team, which then decides again."),
                          kn_employee_get_name (employee),
                          review->reason != NULL ? review->reason : "");
  dialog = kn_message_dialog_new (GTK_WIDGET (self), _("Answer the Tim Penilai Kinerja?"), body);
  ask_for_text (dialog, _("What was done (required)"), "answer", _("_Send to the Team"));
  adw_message_dialog_set_response_appearance (dialog, "answer", ADW_RESPONSE_SUGGESTED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (adw_message_dialog_get_extra_child (dialog)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Answer to the team"), -1);
  g_object_set_data (G_OBJECT (dialog), "team-id", GSIZE_TO_POINTER ((gsize)review->team_id));
  g_object_set_data (G_OBJECT (dialog), "employee-id",
                     GSIZE_TO_POINTER ((gsize)kn_employee_get_id (employee)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_answer_response_cb), self, 0);
  present_text_question (self, dialog);
}

static void
on_progress_closed_cb (GtkWindow        *dialog,
                       KnEvaluationPage *self)
{
  _kn_evaluation_page_reload_rows (self);
}

static void
progress_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KnEvaluationPage *self = KN_EVALUATION_PAGE (widget);
  KnEvaluation *evaluation = _kn_evaluation_page_get_selected (self);
  GtkWindow *dialog;

  if (evaluation == NULL)
    return;

  dialog = GTK_WINDOW (kn_progress_dialog_new (self->store, kn_evaluation_get_employee_id (evaluation),
                                               self->period));
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_progress_closed_cb), self, 0);
  present_dialog (self, dialog);
}

/* The employee's whole history: every period's predikat and every change. */
static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KnEvaluationPage *self = KN_EVALUATION_PAGE (widget);
  KnEvaluation *selected = _kn_evaluation_page_get_selected (self);
  GtkWindow *dialog;

  if (selected == NULL)
    return;

  dialog = GTK_WINDOW (kn_history_dialog_new (self->store, kn_evaluation_get_employee_id (selected)));
  present_dialog (self, dialog);
}

void
_kn_evaluation_page_class_actions_init (KnEvaluationPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const guint keys[][2] = { { GDK_KEY_a, 'a' }, { GDK_KEY_s, 's' }, { GDK_KEY_b, 'b' } };

  gtk_widget_class_install_action (widget_class, "eval.rate", "s", rate_action);
  gtk_widget_class_install_action (widget_class, "eval.rate-result", "s", rate_action);
  gtk_widget_class_install_action (widget_class, "eval.rate-behaviour", "s", rate_action);
  gtk_widget_class_install_action (widget_class, "eval.select-row", "u", select_row_action);
  gtk_widget_class_install_action (widget_class, "eval.accept-proposal", NULL, accept_proposal_action);
  gtk_widget_class_install_action (widget_class, "eval.finalize", NULL, finalize_action);
  gtk_widget_class_install_action (widget_class, "eval.finalize-all", NULL, finalize_all_action);
  gtk_widget_class_install_action (widget_class, "eval.reopen", NULL, reopen_action);
  gtk_widget_class_install_action (widget_class, "eval.answer-review", NULL, answer_review_action);
  gtk_widget_class_install_action (widget_class, "eval.history", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "eval.progress", NULL, progress_action);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      char key[2] = { (char)keys[i][1], '\0' };

      gtk_widget_class_add_binding_action (widget_class, keys[i][0], 0, "eval.rate", "s", key);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, 0, "eval.accept-proposal", NULL);
}
