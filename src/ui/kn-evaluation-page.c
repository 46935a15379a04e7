/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Penilaian place: a unit's evaluations for a period, rated from the keyboard, with the
 * capaian kinerja organisasi and the live distribution check. */

#define G_LOG_DOMAIN "kn-evaluation-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include <adwaita.h>

#include "kn-chooser.h"
#include "kn-desk-settings.h"
#include "kn-distribution-panel.h"
#include "kn-evaluation-page-private.h"
#include "kn-evaluation-row.h"
#include "kn-period-choices.h"
#include "kn-store-follow.h"
#include "kn-store-reading.h"
#include "kn-text-frame.h"


G_DEFINE_FINAL_TYPE (KnEvaluationPage, kn_evaluation_page, GTK_TYPE_WIDGET)

static void fill_scheme_row (KnEvaluationPage *self);

void
_kn_evaluation_page_set_message (KnEvaluationPage *self,
                                 const char       *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_free (self->message);
  self->message = g_strdup (message);

  /* Shown as a toast when the page sits in the main window. */
  if (message != NULL && root != NULL)
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
    }
}

KnEvaluation *
_kn_evaluation_page_get_selected (KnEvaluationPage *self)
{
  KnEvaluationRow *row = gtk_single_selection_get_selected_item (self->selection);

  /* The rows of the choice before, about to go (drop_rows_cb), are not acted on. */
  if (self->drop_id != 0)
    return NULL;
  return row != NULL ? kn_evaluation_row_get_evaluation (row) : NULL;
}

static guint
current_year_of (KnEvaluationPage *self)
{
  KnPeriod period;

  if (self->period != NULL && kn_period_parse (self->period, &period, NULL))
    return period.year;
  return 0;
}

static void
update_employee_chart (KnEvaluationPage *self)
{
  KnEvaluation *evaluation = _kn_evaluation_page_get_selected (self);

  kn_distribution_panel_show_employee (self->panel, self->store,
                                       evaluation != NULL ? kn_evaluation_get_employee_id (evaluation) : 0,
                                       current_year_of (self));
}

/* Whether the team asked for the selected person's evaluation to be reviewed again. */
gboolean
_kn_evaluation_page_asked_again (KnEvaluationPage *self)
{
  KnEvaluationRow *row = gtk_single_selection_get_selected_item (self->selection);

  return row != NULL && kn_evaluation_row_get_review (row) == KN_REVIEW_TINJAU_ULANG;
}

/* GTK 4.8 asks the X server where the pointer is each time a visible widget's tooltip is set: the
 * actions are brought up to date at each selection, so the tooltips only change with the text. */
static void
set_tooltip_if_changed (GtkWidget  *widget,
                        const char *text)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

void
_kn_evaluation_page_update_actions (KnEvaluationPage *self)
{
  KnEvaluation *evaluation = _kn_evaluation_page_get_selected (self);
  gboolean final = evaluation != NULL &&
                   kn_evaluation_get_status (evaluation) == KN_EVALUATION_STATUS_FINAL;
  gboolean has_rows = g_list_model_get_n_items (G_LIST_MODEL (self->rows)) > 0;
  /* On a server, only the atasan (and the person's admin or operator) rates and finalises. */
  gboolean rates = evaluation != NULL && self->store != NULL &&
                   kn_store_login_may (self->store, KN_STORE_RIGHT_RATE,
                                       kn_evaluation_get_employee_id (evaluation));
  gboolean keeps = self->store != NULL &&
                   kn_store_login_may (self->store, KN_STORE_RIGHT_KEEP_PEOPLE, 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "eval.rate", rates && !final);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "eval.accept-proposal",
                                 rates && !final && self->period != NULL &&
                                 g_str_has_suffix (self->period, "-AKHIR"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "eval.finalize",
                                 rates && !final &&
                                 kn_evaluation_get_predikat (evaluation) != KN_PREDIKAT_NONE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "eval.reopen", rates && final);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "eval.answer-review",
                                 rates && !final && _kn_evaluation_page_asked_again (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "eval.history", evaluation != NULL);
  /* Every row of the unit, not those landed so far; asked with the distribution as it is. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "eval.finalize-all",
                                 has_rows && keeps && !kn_evaluation_page_is_loading (self) &&
                                 !kn_evaluation_page_is_reading (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "eval.progress", evaluation != NULL);

  /* The unit's capaian kinerja organisasi is kept by its operator (and admins); the year's
   * periods, the same for the whole province, by admins. */
  {
    gboolean keeps_unit = self->store != NULL &&
                          kn_store_login_may (self->store, KN_STORE_RIGHT_KEEP_UNIT,
                                              self->unit_id);
    gboolean sets_periods = self->store != NULL &&
                            kn_store_login_may (self->store, KN_STORE_RIGHT_PERIODS, 0);

    gtk_widget_set_sensitive (GTK_WIDGET (self->org_dropdown), keeps_unit);
    set_tooltip_if_changed (GTK_WIDGET (self->org_dropdown),
                            keeps_unit
                            ? _("Set first: it fixes the allowed distribution and the "
                                "head's rating hasil kerja")
                            : _("Only an admin or the operator of this unit sets its "
                                "capaian kinerja organisasi."));
    gtk_widget_set_sensitive (GTK_WIDGET (self->scheme_dropdown), sets_periods);
    set_tooltip_if_changed (GTK_WIDGET (self->scheme_dropdown),
                            sets_periods
                            ? _("Can be switched to monthly only before any evaluation of "
                                "the year exists")
                            : _("Only an admin (the BKD) chooses between monthly and "
                                "quarterly periods, for the whole province."));
  }
}

void
_kn_evaluation_page_selection_changed (GtkSingleSelection *selection,
                                       GParamSpec         *pspec,
                                       KnEvaluationPage   *self)
{
  KnEvaluation *evaluation = _kn_evaluation_page_get_selected (self);

  update_employee_chart (self);

  /* A head's rating hasil kerja comes from the unit: start with the behaviour. */
  self->rating_step = evaluation != NULL &&
                      g_hash_table_contains (self->heads,
                                             &(gint64){ kn_evaluation_get_employee_id (evaluation) }) &&
                      kn_evaluation_get_rating_result (evaluation) != KN_RATING_NONE ? 1 : 0;
  _kn_evaluation_page_update_actions (self);
}

/* Loading the rows
 *
 * A unit's rows (at province scale thousands, each with its SKP, angka kredit and proposal) and
 * its distribution are read off the main thread (kn-store-reading: a read-only store of the
 * worker's own on the same file); choosing another unit drops the reading under way. A store
 * without a file (none in the window) is read on the main thread.
 *
 * The rows then land in pieces, so that the first screen shows at once and no turn of the main
 * loop blocks the window: LANDING_PIECE rows an idle turn up to LANDING_FIRST, then the rest in
 * one splice (past the first screen, which costs no widgets). Rows read again for the same unit
 * land over the ones shown, in place; a row rated meanwhile keeps the rating (the row object
 * rated stays, not the one read before the rating). */

/* The desk's key for the unit last chosen here (kn-desk-settings). */
#define UNIT_KEY "penilaian-unit"

#define LANDING_PIECE 10
#define LANDING_FIRST 240

typedef struct _RowsReading
{
  gint64                 unit_id;
  char                  *period;
  gint64                 assessor_id;
  GPtrArray             *rows;          /* filled: KnEvaluationRow */
  KnDistributionReading *distribution;  /* filled, nullable */
} RowsReading;

static void
rows_reading_free (RowsReading *reading)
{
  g_free (reading->period);
  g_clear_pointer (&reading->rows, g_ptr_array_unref);
  g_clear_pointer (&reading->distribution, kn_distribution_reading_free);
  g_free (reading);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RowsReading, rows_reading_free)

static gboolean
read_rows (KnStore       *store,
           gpointer       data,
           GCancellable  *cancellable,
           GError       **error)
{
  RowsReading *reading = data;

  reading->rows = kn_evaluation_row_gather (store, reading->unit_id, reading->period,
                                            reading->assessor_id, cancellable);
  if (reading->rows == NULL)
    return !g_cancellable_set_error_if_cancelled (cancellable, error);
  reading->distribution = kn_distribution_reading_new (store, reading->unit_id, reading->period);
  return TRUE;
}

/* The distribution read again after a rating (and at the end of a landing when something was
 * rated meanwhile): at province scale a query over thousands of people, so it is read off the main
 * thread too, the newest reading dropping the one under way. The panel keeps the figures it shows
 * until the new ones land. */

typedef struct
{
  gint64                 unit_id;
  char                  *period;
  KnDistributionReading *distribution;  /* filled, nullable */
} CountReading;

static void
count_reading_free (CountReading *reading)
{
  g_free (reading->period);
  g_clear_pointer (&reading->distribution, kn_distribution_reading_free);
  g_free (reading);
}

static gboolean
read_distribution (KnStore       *store,
                   gpointer       data,
                   GCancellable  *cancellable,
                   GError       **error)
{
  CountReading *reading = data;

  reading->distribution = kn_distribution_reading_new (store, reading->unit_id, reading->period);
  return TRUE;
}

static void
on_distribution_read_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(KnEvaluationPage) self = user_data;
  g_autoptr(GError) error = NULL;
  CountReading *reading = kn_store_reading_finish (result, &self->counting, &error);

  /* Replaced by a newer reading, or the unit left meanwhile. */
  if (reading == NULL && error == NULL)
    return;
  if (reading == NULL)
    _kn_evaluation_page_set_message (self, error->message);
  else if (reading->unit_id == self->unit_id && g_strcmp0 (reading->period, self->period) == 0)
    kn_distribution_panel_show_reading (self->panel, reading->distribution);
  g_clear_pointer (&reading, count_reading_free);
  _kn_evaluation_page_update_actions (self);
}

void
_kn_evaluation_page_update_distribution (KnEvaluationPage *self)
{
  CountReading *reading;

  if (self->store == NULL || self->period == NULL || self->unit_id == 0 ||
      kn_store_get_path (self->store) == NULL)
    {
      kn_store_reading_cancel (&self->counting);
      kn_distribution_panel_update (self->panel, self->store, self->unit_id, self->period);
      return;
    }

  reading = g_new0 (CountReading, 1);
  reading->unit_id = self->unit_id;
  reading->period = g_strdup (self->period);
  kn_store_reading_start (self->store, &self->counting, read_distribution, reading,
                          (GDestroyNotify)count_reading_free, on_distribution_read_cb,
                          g_object_ref (self));
}

gboolean
kn_evaluation_page_is_reading (KnEvaluationPage *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION_PAGE (self), FALSE);
  return self->counting != NULL;
}

/* The view's rows, and dropping those of another choice
 *
 * A list view of GTK 4.8 keeps a widget for each of up to ~200 rows around the ones on screen,
 * and rows removed take theirs with them: a block of work of its own. So the view shows a mirror
 * of the page's rows (view_rows), which follows each change at once but one: emptied for another
 * choice, the mirror keeps the rows until the next turn of the main loop (before the next frame:
 * they are never drawn again), nothing acting on them meanwhile; their objects, thousands at
 * province scale, are then freed in slices in idle turns. */

#define DROP_SLICE 1000

static gboolean
free_dropped_cb (gpointer user_data)
{
  KnEvaluationPage *self = user_data;
  guint n = MIN (self->dropped->len, DROP_SLICE);

  g_ptr_array_remove_range (self->dropped, self->dropped->len - n, n);
  if (self->dropped->len > 0)
    return G_SOURCE_CONTINUE;
  self->free_id = 0;
  return G_SOURCE_REMOVE;
}

static void
drop_rows_now (KnEvaluationPage *self)
{
  GListModel *view = G_LIST_MODEL (self->view_rows);
  guint n = g_list_model_get_n_items (view);

  if (self->drop_id == 0)
    return;
  g_clear_handle_id (&self->drop_id, g_source_remove);
  if (self->dropped == NULL)
    self->dropped = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->dropped, g_list_model_get_item (view, i));
  g_list_store_remove_all (self->view_rows);
  if (self->free_id == 0)
    self->free_id = g_idle_add_full (G_PRIORITY_LOW, free_dropped_cb, self, NULL);
}

static gboolean
drop_rows_cb (gpointer user_data)
{
  KnEvaluationPage *self = user_data;

  drop_rows_now (self);
  return G_SOURCE_REMOVE;
}

static void
on_rows_changed_cb (GListModel       *rows,
                    guint             position,
                    guint             removed,
                    guint             added,
                    KnEvaluationPage *self)
{
  g_autofree gpointer *items = NULL;

  if (self->choosing && position == 0 && added == 0 &&
      removed == g_list_model_get_n_items (G_LIST_MODEL (self->view_rows)))
    {
      if (self->drop_id == 0)
        self->drop_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, drop_rows_cb, self, NULL);
      return;
    }
  drop_rows_now (self);
  items = g_new (gpointer, MAX (added, 1));
  for (guint i = 0; i < added; i++)
    items[i] = g_list_model_get_item (rows, position + i);
  g_list_store_splice (self->view_rows, position, removed, items, added);
  for (guint i = 0; i < added; i++)
    g_object_unref (items[i]);
}

static void
stop_landing (KnEvaluationPage *self)
{
  g_clear_handle_id (&self->landing_id, g_source_remove);
  g_clear_pointer (&self->landing, rows_reading_free);
  self->landed = 0;
}

/* Lands rows [self->landed, @end) of the reading over what is shown from there. */
static void
land_piece (KnEvaluationPage *self,
            guint             end)
{
  GPtrArray *rows = self->landing->rows;
  guint start = self->landed;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  guint old = end < rows->len ? MIN (end - start, n_shown - MIN (n_shown, start))
                              : n_shown - MIN (n_shown, start);
  guint keep = gtk_single_selection_get_selected (self->selection);

  for (guint i = start; i < end; i++)
    {
      KnEvaluationRow *row = g_ptr_array_index (rows, i);
      gint64 id = kn_evaluation_get_employee_id (kn_evaluation_row_get_evaluation (row));
      KnEvaluationRow *rated = g_hash_table_lookup (self->rated, &id);

      if (rated != NULL && rated != row)
        {
          g_object_unref (row);
          g_ptr_array_index (rows, i) = row = g_object_ref (rated);
        }
      if (kn_evaluation_row_is_head (row))
        g_hash_table_add (self->heads, g_memdup2 (&id, sizeof id));
    }

  g_list_store_splice (self->rows, start, old, rows->pdata + start, end - start);
  self->landed = end;
  /* The row selected stays selected where rows land over it. */
  if (keep != GTK_INVALID_LIST_POSITION && keep >= start && keep < start + old &&
      keep < g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
    gtk_single_selection_set_selected (self->selection, keep);
}

static void
landing_done (KnEvaluationPage *self)
{
  /* Rated meanwhile: the distribution read before is not the unit's any more. */
  if (g_hash_table_size (self->rated) > 0)
    _kn_evaluation_page_update_distribution (self);
  else
    kn_distribution_panel_show_reading (self->panel, self->landing->distribution);
  stop_landing (self);
  g_hash_table_remove_all (self->rated);
  gtk_widget_set_visible (self->loading_box, FALSE);
  _kn_evaluation_page_selection_changed (self->selection, NULL, self);
}

/* One turn of landing: a piece, or the rest once the first screen is in. */
static gboolean
land_cb (gpointer user_data)
{
  KnEvaluationPage *self = user_data;
  guint n = self->landing->rows->len;

  land_piece (self, self->landed < LANDING_FIRST ? MIN (self->landed + LANDING_PIECE, n) : n);
  if (self->landed < n)
    return G_SOURCE_CONTINUE;
  self->landing_id = 0;
  landing_done (self);
  return G_SOURCE_REMOVE;
}

static void
start_landing (KnEvaluationPage *self,
               RowsReading      *reading)
{
  stop_landing (self);
  if (self->drop_id != 0)
    drop_rows_now (self);
  self->landing = reading;
  g_hash_table_remove_all (self->heads);
  /* The first piece at once; "Finalkan Semua" waits for the last. */
  if (land_cb (self) == G_SOURCE_CONTINUE)
    {
      self->landing_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, land_cb, self, NULL);
      _kn_evaluation_page_update_actions (self);
    }
}

static void
on_rows_read_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(KnEvaluationPage) self = user_data;
  g_autoptr(GError) error = NULL;
  RowsReading *reading = kn_store_reading_finish (result, &self->load, &error);

  /* Chosen again meanwhile: these rows are another choice's. */
  if (reading == NULL && error == NULL)
    return;
  if (reading == NULL)
    {
      gtk_widget_set_visible (self->loading_box, FALSE);
      _kn_evaluation_page_set_message (self, error->message);
      _kn_evaluation_page_update_actions (self);
      return;
    }
  start_landing (self, reading);
}

void
_kn_evaluation_page_reload_rows (KnEvaluationPage *self)
{
  g_autofree char *wanted = NULL;
  g_autoptr(RowsReading) reading = NULL;

  kn_store_reading_cancel (&self->load);
  /* The rows' reading brings the distribution as it is from now on. */
  kn_store_reading_cancel (&self->counting);
  stop_landing (self);
  /* What is read from now on has every rating made so far. */
  g_hash_table_remove_all (self->rated);

  /* Another unit, period or assessor: its rows replace these, which go at once. The same ones
   * read again (after a change) stay, with their selection, while the new ones land over them. */
  wanted = g_strdup_printf ("%" G_GINT64_FORMAT "/%s/%" G_GINT64_FORMAT, self->unit_id,
                            self->period != NULL ? self->period : "", self->assessor_id);
  if (g_strcmp0 (wanted, self->shown) != 0)
    {
      self->choosing = TRUE;
      g_list_store_remove_all (self->rows);
      self->choosing = FALSE;
      g_free (self->shown);
      self->shown = g_steal_pointer (&wanted);
    }

  /* "Penilaian unit ini ditinjau Tim Penilai Kinerja" while the unit is under review. */
  gtk_widget_set_visible (GTK_WIDGET (self->review_label),
                          self->store != NULL && self->unit_id != 0 &&
                          kn_store_unit_review_from (self->store, self->unit_id) != 0);

  reading = g_new0 (RowsReading, 1);
  reading->unit_id = self->unit_id;
  reading->period = g_strdup (self->period);
  reading->assessor_id = self->assessor_id;

  if (self->store == NULL || self->period == NULL || self->unit_id == 0)
    {
      reading->rows = g_ptr_array_new ();
      start_landing (self, g_steal_pointer (&reading));
      return;
    }

  if (kn_store_get_path (self->store) == NULL)
    {
      read_rows (self->store, reading, NULL, NULL);
      start_landing (self, g_steal_pointer (&reading));
      return;
    }

  gtk_widget_set_visible (self->loading_box, TRUE);
  kn_store_reading_start (self->store, &self->load, read_rows, g_steal_pointer (&reading),
                          (GDestroyNotify)rows_reading_free, on_rows_read_cb,
                          g_object_ref (self));
  _kn_evaluation_page_update_actions (self);
}

/* A row rated while rows are read or land: the rows read before the rating do not replace it. */
void
_kn_evaluation_page_keep_rated (KnEvaluationPage *self)
{
  KnEvaluationRow *row = gtk_single_selection_get_selected_item (self->selection);
  gint64 id;

  if (row == NULL || !kn_evaluation_page_is_loading (self))
    return;
  id = kn_evaluation_get_employee_id (kn_evaluation_row_get_evaluation (row));
  g_hash_table_insert (self->rated, g_memdup2 (&id, sizeof id), g_object_ref (row));
}

gboolean
kn_evaluation_page_is_loading (KnEvaluationPage *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION_PAGE (self), FALSE);
  return self->load != NULL || self->landing != NULL || self->finalising != NULL;
}

char *
_kn_evaluation_page_propose (KnEvaluationPage *self,
                             KnEvaluation     *evaluation,
                             KnRating         *result,
                             KnRating         *behaviour)
{
  return kn_evaluation_row_propose (self->store, evaluation, result, behaviour);
}

/* Saving */

static void
on_row_activated_cb (GtkColumnView    *view,
                     guint             position,
                     KnEvaluationPage *self)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "eval.progress", NULL);
}

/* Choosing the unit, period and assessor */

static void
fill_assessors (KnEvaluationPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) assessors = NULL;
  guint selected = 0;

  g_array_set_size (self->assessor_ids, 0);
  gtk_string_list_append (labels, _("Everyone in the unit"));
  g_array_append_vals (self->assessor_ids, &(gint64){ 0 }, 1);

  /* One query over the unit for the people who have staff, not a look at every employee. */
  assessors = kn_store_list_unit_assessors (self->store, self->unit_id);
  for (guint i = 0; i < assessors->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (assessors, i);
      g_autofree char *label = NULL;
      gint64 id = kn_employee_get_id (employee);

      label = g_strdup_printf (_("Staff of %s"), kn_employee_get_name (employee));
      gtk_string_list_append (labels, label);
      g_array_append_val (self->assessor_ids, id);
      if (id == self->assessor_id)
        selected = self->assessor_ids->len - 1;
    }

  kn_chooser_set_model (self->assessor_chooser, G_LIST_MODEL (labels));
  kn_chooser_set_selected (self->assessor_chooser, selected);
  if (selected == 0)
    self->assessor_id = 0;
}

static void
fill_org_row (KnEvaluationPage *self)
{
  KnOrgPredikat org = KN_ORG_PREDIKAT_NONE;

  if (self->store != NULL && self->period != NULL && self->unit_id != 0)
    org = kn_store_get_org_predikat (self->store, self->unit_id, self->period);

  /* Item 0 is "not set"; then from the highest to the lowest, as people read it. */
  gtk_drop_down_set_selected (self->org_dropdown, org == KN_ORG_PREDIKAT_NONE ? 0
                                                                         : KN_ORG_PREDIKAT_N - org);
}

static void on_org_changed_cb (GtkDropDown      *dropdown,
                               GParamSpec       *pspec,
                               KnEvaluationPage *self);
static void on_scheme_changed_cb (GtkDropDown      *dropdown,
                                  GParamSpec       *pspec,
                                  KnEvaluationPage *self);
static void on_selector_changed_cb (GObject          *dropdown,
                                    GParamSpec       *pspec,
                                    KnEvaluationPage *self);

/* While the page fills its choices itself, their handlers wait: showing is not choosing. Holds
 * nest (a blocked handler counts its blocks). */
static void
hold_selectors (KnEvaluationPage *self,
                gboolean          hold)
{
  struct { gpointer widget; gpointer handler; } handlers[] = {
    { self->unit_chooser, on_selector_changed_cb },
    { self->period_dropdown, on_selector_changed_cb },
    { self->assessor_chooser, on_selector_changed_cb },
    { self->org_dropdown, on_org_changed_cb },
    { self->scheme_dropdown, on_scheme_changed_cb },
  };

  for (guint i = 0; i < G_N_ELEMENTS (handlers); i++)
    if (hold)
      g_signal_handlers_block_by_func (handlers[i].widget, handlers[i].handler, self);
    else
      g_signal_handlers_unblock_by_func (handlers[i].widget, handlers[i].handler, self);
}

static void
on_selector_changed_cb (GObject          *dropdown,
                        GParamSpec       *pspec,
                        KnEvaluationPage *self)
{
  guint unit = kn_chooser_get_selected (self->unit_chooser);
  guint period = gtk_drop_down_get_selected (self->period_dropdown);
  guint assessor = kn_chooser_get_selected (self->assessor_chooser);
  gint64 unit_id;

  if (self->store == NULL)
    return;

  unit_id = unit < self->unit_ids->len ? g_array_index (self->unit_ids, gint64, unit) : 0;
  g_free (self->period);
  self->period = period < self->periods->len ? g_strdup (g_ptr_array_index (self->periods, period))
                                             : NULL;

  hold_selectors (self, TRUE);
  if (unit_id != self->unit_id)
    {
      if (dropdown == G_OBJECT (self->unit_chooser) && self->unit_id != 0)
        kn_desk_settings_keep_unit (UNIT_KEY, kn_store_get_path (self->store), unit_id);
      self->unit_id = unit_id;
      self->assessor_id = 0;
      fill_assessors (self);
    }
  else if (dropdown == G_OBJECT (self->assessor_chooser) && assessor < self->assessor_ids->len)
    self->assessor_id = g_array_index (self->assessor_ids, gint64, assessor);
  fill_org_row (self);
  fill_scheme_row (self);
  hold_selectors (self, FALSE);

  _kn_evaluation_page_reload_rows (self);
}

static void
on_org_changed_cb (GtkDropDown      *dropdown,
                   GParamSpec       *pspec,
                   KnEvaluationPage *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  KnOrgPredikat org = selected == 0 || selected >= KN_ORG_PREDIKAT_N ? KN_ORG_PREDIKAT_NONE
                                                                      : KN_ORG_PREDIKAT_N - selected;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->store == NULL || self->period == NULL || self->unit_id == 0)
    return;

  kn_store_set_origin (self->store, KN_EVALUATION_PAGE_ORIGIN);
  ok = kn_store_set_org_predikat (self->store, self->unit_id, self->period, org, &error);
  kn_store_set_origin (self->store, NULL);
  if (!ok)
    _kn_evaluation_page_set_message (self, error->message);
  _kn_evaluation_page_reload_rows (self);
}

static void fill_selectors (KnEvaluationPage *self,
                            gint64            keep_unit,
                            const char       *keep_period);

static void
fill_scheme_row (KnEvaluationPage *self)
{
  guint year = current_year_of (self);
  g_autofree char *title = NULL;

  if (year == 0 || self->store == NULL)
    return;

  title = g_strdup_printf (_("Periods of %u"), year);
  gtk_label_set_text (self->scheme_label, title);
  gtk_drop_down_set_selected (self->scheme_dropdown, kn_store_get_period_scheme (self->store, year));
}

static void
on_scheme_changed_cb (GtkDropDown      *dropdown,
                      GParamSpec       *pspec,
                      KnEvaluationPage *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;
  guint year = current_year_of (self);

  if (self->store == NULL || year == 0)
    return;

  kn_store_set_origin (self->store, KN_EVALUATION_PAGE_ORIGIN);
  ok = kn_store_set_period_scheme (self->store, year, gtk_drop_down_get_selected (dropdown), &error);
  kn_store_set_origin (self->store, NULL);
  if (!ok)
    {
      _kn_evaluation_page_set_message (self, error->message);
      hold_selectors (self, TRUE);
      gtk_drop_down_set_selected (dropdown, kn_store_get_period_scheme (self->store, year));
      hold_selectors (self, FALSE);
      return;
    }

  fill_selectors (self, self->unit_id, self->period);
}

/* Fills the unit and period lists and shows @keep_unit in @keep_period where they are offered
 * (the first unit and this quarter otherwise); the rows are read once. */
static void
fill_selectors (KnEvaluationPage *self,
                gint64            keep_unit,
                const char       *keep_period)
{
  g_autofree char *wanted_period = g_strdup (keep_period);
  g_autoptr(GArray) years = kn_period_choices_years (self->store);
  guint selected_period;
  guint selected_unit;
  g_autoptr(GtkStringList) unit_labels = kn_unit_choices_new (self->store, keep_unit,
                                                              self->unit_ids, &selected_unit);
  g_autoptr(GtkStringList) period_labels = kn_period_choices_new_for_years (self->store, years,
                                                                            FALSE, wanted_period,
                                                                            self->periods,
                                                                            &selected_period);

  hold_selectors (self, TRUE);
  kn_chooser_set_model (self->unit_chooser, G_LIST_MODEL (unit_labels));
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (period_labels));
  kn_chooser_set_selected (self->unit_chooser, selected_unit);
  gtk_drop_down_set_selected (self->period_dropdown, selected_period);
  hold_selectors (self, FALSE);

  self->unit_id = 0;
  on_selector_changed_cb (G_OBJECT (self->unit_chooser), NULL, self);
}

/* GObject */

static void
kn_evaluation_page_dispose (GObject *object)
{
  KnEvaluationPage *self = (KnEvaluationPage *)object;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), KN_TYPE_EVALUATION_PAGE);

  kn_store_reading_cancel (&self->load);
  kn_store_reading_cancel (&self->counting);
  g_clear_object (&self->finalising);
  stop_landing (self);
  g_clear_handle_id (&self->drop_id, g_source_remove);
  g_clear_handle_id (&self->free_id, g_source_remove);
  g_clear_pointer (&self->dropped, g_ptr_array_unref);
  g_clear_weak_pointer (&self->dialog);
  g_clear_object (&self->selection);
  g_clear_object (&self->evaluations);
  if (self->rows != NULL)
    g_signal_handlers_disconnect_by_data (self->rows, self);
  g_clear_object (&self->rows);
  g_clear_object (&self->view_rows);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kn_evaluation_page_parent_class)->dispose (object);
}

static void
kn_evaluation_page_finalize (GObject *object)
{
  KnEvaluationPage *self = (KnEvaluationPage *)object;

  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->periods, g_ptr_array_unref);
  g_clear_pointer (&self->assessor_ids, g_array_unref);
  g_clear_pointer (&self->heads, g_hash_table_unref);
  g_clear_pointer (&self->rated, g_hash_table_unref);
  g_clear_pointer (&self->period, g_free);
  g_clear_pointer (&self->shown, g_free);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (kn_evaluation_page_parent_class)->finalize (object);
}

static void
kn_evaluation_page_class_init (KnEvaluationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_evaluation_page_dispose;
  object_class->finalize = kn_evaluation_page_finalize;

  g_type_ensure (KN_TYPE_EVALUATION);
  g_type_ensure (KN_TYPE_EVALUATION_ROW);
  g_type_ensure (KN_TYPE_CHOOSER);
  g_type_ensure (KN_TYPE_DISTRIBUTION_PANEL);
  g_type_ensure (KN_TYPE_TEXT_FRAME);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/id/go/lampungprov/Kinerja/kn-evaluation-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, KnEvaluationPage, main_box);
  gtk_widget_class_bind_template_child (widget_class, KnEvaluationPage, unit_chooser);
  gtk_widget_class_bind_template_child (widget_class, KnEvaluationPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KnEvaluationPage, assessor_chooser);
  gtk_widget_class_bind_template_child (widget_class, KnEvaluationPage, org_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KnEvaluationPage, scheme_label);
  gtk_widget_class_bind_template_child (widget_class, KnEvaluationPage, scheme_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KnEvaluationPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, KnEvaluationPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, KnEvaluationPage, result_column);
  gtk_widget_class_bind_template_child (widget_class, KnEvaluationPage, behaviour_column);
  gtk_widget_class_bind_template_child (widget_class, KnEvaluationPage, predikat_column);
  gtk_widget_class_bind_template_child (widget_class, KnEvaluationPage, panel);
  gtk_widget_class_bind_template_child (widget_class, KnEvaluationPage, loading_box);
  gtk_widget_class_bind_template_child (widget_class, KnEvaluationPage, loading_label);
  gtk_widget_class_bind_template_child (widget_class, KnEvaluationPage, review_label);
  gtk_widget_class_bind_template_callback (widget_class, on_selector_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_org_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_scheme_changed_cb);

  _kn_evaluation_page_class_actions_init (klass);
}

static gpointer
map_to_evaluation (gpointer item,
                   gpointer user_data)
{
  g_autoptr(KnEvaluationRow) row = item;

  return g_object_ref (kn_evaluation_row_get_evaluation (row));
}

static void
kn_evaluation_page_init (KnEvaluationPage *self)
{
  g_autoptr(GtkStringList) orgs = gtk_string_list_new (NULL);

  self->rows = g_list_store_new (KN_TYPE_EVALUATION_ROW);
  self->evaluations = G_LIST_MODEL (gtk_map_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)),
                                                            map_to_evaluation, NULL, NULL));
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->periods = g_ptr_array_new_with_free_func (g_free);
  self->assessor_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->heads = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->rated = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (orgs, _("Not set yet"));
  for (guint org = KN_ORG_PREDIKAT_N - 1; org > KN_ORG_PREDIKAT_NONE; org--)
    gtk_string_list_append (orgs, kn_org_predikat_label (org));
  gtk_drop_down_set_model (self->org_dropdown, G_LIST_MODEL (orgs));
  {
    g_autoptr(GtkStringList) schemes = gtk_string_list_new (NULL);

    gtk_string_list_append (schemes, _("Quarterly and Akhir"));
    gtk_string_list_append (schemes, _("Monthly and Akhir"));
    gtk_drop_down_set_model (self->scheme_dropdown, G_LIST_MODEL (schemes));
  }

  self->view_rows = g_list_store_new (KN_TYPE_EVALUATION_ROW);
  g_signal_connect (self->rows, "items-changed", G_CALLBACK (on_rows_changed_cb), self);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->view_rows)));
  g_signal_connect (self->selection, "notify::selected", G_CALLBACK (_kn_evaluation_page_selection_changed), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect (self->column_view, "activate", G_CALLBACK (on_row_activated_cb), self);

  _kn_evaluation_page_cells_init (self);

  _kn_evaluation_page_update_actions (self);
}

void
kn_evaluation_page_set_store (KnEvaluationPage *self,
                              KnStore          *store)
{
  g_return_if_fail (KN_IS_EVALUATION_PAGE (self));
  g_return_if_fail (store == NULL || KN_IS_STORE (store));

  g_set_object (&self->store, store);
  kn_store_follow (GTK_WIDGET (self), store, KN_EVALUATION_PAGE_ORIGIN,
                   (KnStoreFollowFunc)kn_evaluation_page_refresh);
  g_list_store_remove_all (self->rows);
  /* The unit this desk last worked on here, where it is still offered. */
  if (store != NULL)
    fill_selectors (self, kn_desk_settings_get_unit (UNIT_KEY, kn_store_get_path (store)), NULL);
}

void
kn_evaluation_page_refresh (KnEvaluationPage *self)
{
  gint64 unit_id;
  gint64 assessor_id;
  g_autofree char *period = NULL;
  guint selected;

  g_return_if_fail (KN_IS_EVALUATION_PAGE (self));

  if (self->store == NULL)
    return;

  unit_id = self->unit_id;
  assessor_id = self->assessor_id;
  period = g_strdup (self->period);
  selected = kn_evaluation_page_get_selected_row (self);

  fill_selectors (self, unit_id, period);
  if (assessor_id != 0 && self->unit_id == unit_id)
    kn_evaluation_page_show (self, unit_id, period, assessor_id);
  if (self->unit_id == unit_id && g_strcmp0 (self->period, period) == 0 &&
      selected < g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
    kn_evaluation_page_select_row (self, selected);
}

gboolean
kn_evaluation_page_show (KnEvaluationPage *self,
                         gint64            unit_id,
                         const char       *period,
                         gint64            assessor_id)
{
  guint unit_index = GTK_INVALID_LIST_POSITION;
  guint period_index = GTK_INVALID_LIST_POSITION;

  g_return_val_if_fail (KN_IS_EVALUATION_PAGE (self), FALSE);

  for (guint i = 0; i < self->unit_ids->len; i++)
    if (g_array_index (self->unit_ids, gint64, i) == unit_id)
      unit_index = i;
  for (guint i = 0; i < self->periods->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->periods, i), period) == 0)
      period_index = i;
  if (unit_index == GTK_INVALID_LIST_POSITION || period_index == GTK_INVALID_LIST_POSITION)
    return FALSE;

  gtk_drop_down_set_selected (self->period_dropdown, period_index);
  kn_chooser_set_selected (self->unit_chooser, unit_index);
  for (guint i = 0; i < self->assessor_ids->len; i++)
    if (g_array_index (self->assessor_ids, gint64, i) == assessor_id)
      kn_chooser_set_selected (self->assessor_chooser, i);

  return self->unit_id == unit_id && g_strcmp0 (self->period, period) == 0 &&
         self->assessor_id == assessor_id;
}

GListModel *
kn_evaluation_page_get_rows (KnEvaluationPage *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION_PAGE (self), NULL);
  return self->evaluations;
}

void
kn_evaluation_page_select_row (KnEvaluationPage *self,
                               guint             position)
{
  g_return_if_fail (KN_IS_EVALUATION_PAGE (self));
  gtk_single_selection_set_selected (self->selection, position);
}

guint
kn_evaluation_page_get_selected_row (KnEvaluationPage *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION_PAGE (self), GTK_INVALID_LIST_POSITION);
  return gtk_single_selection_get_selected (self->selection);
}

gboolean
kn_evaluation_page_get_shown (KnEvaluationPage  *self,
                              gint64            *unit_id,
                              const char       **period,
                              gint64            *employee_id)
{
  KnEvaluation *evaluation;

  g_return_val_if_fail (KN_IS_EVALUATION_PAGE (self), FALSE);

  if (self->unit_id == 0 || self->period == NULL)
    return FALSE;
  evaluation = _kn_evaluation_page_get_selected (self);
  *unit_id = self->unit_id;
  *period = self->period;
  *employee_id = evaluation != NULL ? kn_evaluation_get_employee_id (evaluation) : 0;
  return TRUE;
}

const char *
kn_evaluation_page_get_counts_text (KnEvaluationPage *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION_PAGE (self), NULL);
  return kn_distribution_panel_get_counts_text (self->panel);
}

const char *
kn_evaluation_page_get_violations_text (KnEvaluationPage *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION_PAGE (self), NULL);
  return kn_distribution_panel_get_violations_text (self->panel);
}

const char *
kn_evaluation_page_get_message (KnEvaluationPage *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION_PAGE (self), NULL);
  return self->message;
}

GtkWindow *
kn_evaluation_page_get_dialog (KnEvaluationPage *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION_PAGE (self), NULL);
  return self->dialog;
}
