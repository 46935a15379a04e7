/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Penilaian row view model and the batch that fills it (see kn-evaluation-row.h). */

#define G_LOG_DOMAIN "kn-evaluation-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-evaluation-row.h"

struct _KnEvaluationRow
{
  GObject       parent_instance;

  KnEvaluation *evaluation;   /* owned */
  char         *name;         /* owned */
  gboolean      has_plan;
  KnPlanStatus  plan_status;
  double        credit;       /* angka kredit of a final annual evaluation; 0 when none */
  char         *proposal;     /* owned, nullable */
  gboolean      is_head;
  KnReviewDecision review;    /* the matter before the Tim Penilai; KN_REVIEW_N when none */
  char         *review_tooltip; /* owned, nullable: what it is, when, and why */
  gboolean      under_review; /* the unit of the period is under review, no matter yet */
  gboolean      held;         /* waits for the team, as kn_store_check_review_done decides */
};

G_DEFINE_FINAL_TYPE (KnEvaluationRow, kn_evaluation_row, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_EVALUATION,
  PROP_NAME,
  PROP_NOTE,
  PROP_HAS_NOTE,
  PROP_REVIEW_LABEL,
  PROP_REVIEW_TOOLTIP,
  PROP_HAS_REVIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

KnEvaluation *
kn_evaluation_row_get_evaluation (KnEvaluationRow *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION_ROW (self), NULL);
  return self->evaluation;
}

const char *
kn_evaluation_row_get_name (KnEvaluationRow *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION_ROW (self), NULL);
  return self->name;
}

gboolean
kn_evaluation_row_is_head (KnEvaluationRow *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION_ROW (self), FALSE);
  return self->is_head;
}

/* A pure function of what was gathered and the evaluation as it is now: rating a row changes
 * its note (the proposal goes once a predikat stands) without asking the database. */
char *
kn_evaluation_row_dup_note (KnEvaluationRow *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (KN_IS_EVALUATION_ROW (self), NULL);

  if (!self->has_plan)
    g_string_append (text, _("⚠ No SKP for this year"));
  else if (self->plan_status != KN_PLAN_STATUS_APPROVED)
    g_string_append_printf (text, _("⚠ SKP not approved (%s)"),
                            kn_plan_status_label (self->plan_status));

  if (self->credit > 0 &&
      kn_evaluation_get_status (self->evaluation) == KN_EVALUATION_STATUS_FINAL)
    {
      g_autofree char *shown = kn_format_decimal (self->credit);

      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append_printf (text, _("Angka kredit %s"), shown);
    }

  if (self->proposal != NULL && kn_evaluation_get_predikat (self->evaluation) == KN_PREDIKAT_NONE)
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", self->proposal);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

KnReviewDecision
kn_evaluation_row_get_review (KnEvaluationRow *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION_ROW (self), KN_REVIEW_N);
  return self->review;
}

gboolean
kn_evaluation_row_awaits_team (KnEvaluationRow *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION_ROW (self), FALSE);
  return self->under_review && self->review == KN_REVIEW_N &&
         kn_evaluation_get_status (self->evaluation) != KN_EVALUATION_STATUS_FINAL;
}

gboolean
kn_evaluation_row_is_held (KnEvaluationRow *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION_ROW (self), FALSE);
  return self->held;
}

const char *
kn_evaluation_row_get_review_label (KnEvaluationRow *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION_ROW (self), NULL);

  if (kn_evaluation_row_awaits_team (self))
    return _("Waiting for the team");
  switch (self->review)
    {
    case KN_REVIEW_DIAJUKAN:
      return _("Before the team");
    case KN_REVIEW_SETUJU:
      return _("Team: agreed");
    case KN_REVIEW_TINJAU_ULANG:
      return _("Team: review again");
    case KN_REVIEW_N:
    default:
      return NULL;
    }
}

const char *
kn_evaluation_row_get_review_tooltip (KnEvaluationRow *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION_ROW (self), NULL);

  if (kn_evaluation_row_awaits_team (self))
    return _("Review by the Tim Penilai Kinerja is on for this unit: the evaluation can be "
             "finalised once the team has agreed to it.");
  return self->review_tooltip;
}

/* "3 Desember 2026" for a UTC time "2026-12-03T01:58:28Z", the day as it was here. */
static char *
local_date (const char *utc)
{
  g_autoptr(GDateTime) at = utc != NULL ? g_date_time_new_from_iso8601 (utc, NULL) : NULL;
  g_autoptr(GDateTime) local = at != NULL ? g_date_time_to_local (at) : NULL;
  g_autofree char *day = local != NULL ? g_date_time_format (local, "%Y-%m-%d") : NULL;

  return day != NULL ? kn_format_iso_date (day) : NULL;
}

static char *
review_tooltip (const KnReviewEntry *review)
{
  g_autofree char *date = local_date (kn_review_entry_is_open (review) ? review->submitted_at
                                                                       : review->decided_at);
  const char *when = date != NULL ? date : "—";

  if (kn_review_entry_is_open (review))
    {
      if (review->reason != NULL)
        /* Translators: the date, then what the team is asked to look at */
        return g_strdup_printf (_("Before the Tim Penilai Kinerja since %s (%s): it can be finalised once the team has decided."),
                                when, review->reason);
      return g_strdup_printf (_("Before the Tim Penilai Kinerja since %s: it can be finalised once the team has decided."),
                              when);
    }
  if (review->decision == KN_REVIEW_TINJAU_ULANG)
    /* Translators: the date, then the team's reason */
    return g_strdup_printf (_("The Tim Penilai Kinerja asked on %s for a review: %s"), when,
                            review->reason != NULL ? review->reason : "");
  return g_strdup_printf (_("The Tim Penilai Kinerja agreed on %s."), when);
}

static void
on_evaluation_notify_cb (KnEvaluation    *evaluation,
                         GParamSpec      *pspec,
                         KnEvaluationRow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_NOTE]);
  if (self->under_review)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_LABEL]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_TOOLTIP]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_REVIEW]);
    }
}

char *
kn_evaluation_row_propose (KnStore      *store,
                           KnEvaluation *evaluation,
                           KnRating     *result,
                           KnRating     *behaviour)
{
  g_autoptr(GArray) periods = NULL;
  g_autoptr(GArray) results = g_array_new (FALSE, FALSE, sizeof (KnRating));
  g_autoptr(GArray) behaviours = g_array_new (FALSE, FALSE, sizeof (KnRating));
  guint n_result = 0, n_behaviour = 0, n_rated;
  KnPeriod period;

  if (!kn_period_parse (kn_evaluation_get_period (evaluation), &period, NULL) ||
      period.kind != KN_PERIOD_ANNUAL)
    return NULL;

  periods = kn_period_list (period.year, kn_store_get_period_scheme (store, period.year));
  for (guint i = 0; i < periods->len; i++)
    {
      KnPeriod *each = &g_array_index (periods, KnPeriod, i);
      g_autofree char *name = NULL;
      g_autoptr(KnEvaluation) periodic = NULL;
      KnRating r, b;

      if (each->kind == KN_PERIOD_ANNUAL)
        continue;
      name = kn_period_to_string (each);
      periodic = kn_store_load_evaluation (store, kn_evaluation_get_employee_id (evaluation),
                                           name, NULL);
      r = periodic != NULL ? kn_evaluation_get_rating_result (periodic) : KN_RATING_NONE;
      b = periodic != NULL ? kn_evaluation_get_rating_behaviour (periodic) : KN_RATING_NONE;
      g_array_append_val (results, r);
      g_array_append_val (behaviours, b);
    }

  /* The median of the rated periods (kn-rules.h); the assessor sees how many it rests on. */
  *result = kn_rating_propose_annual_counted ((KnRating *)results->data, results->len, &n_result);
  *behaviour = kn_rating_propose_annual_counted ((KnRating *)behaviours->data, behaviours->len,
                                                 &n_behaviour);
  if (*result == KN_RATING_NONE && *behaviour == KN_RATING_NONE)
    return NULL;

  n_rated = MAX (n_result, n_behaviour);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Proposed from %u rated period of %u: %s / %s (press P to accept)",
                                       "Proposed from %u rated periods of %u: %s / %s (press P to accept)",
                                       n_rated),
                          n_rated, results->len,
                          kn_rating_label (*result), kn_rating_label (*behaviour));
}

/* Whether @unit_id (the person's unit on the period's last day, as kn_store_check_review_done
 * takes it) is under review, asked once per unit: @cache maps gint64 * keys to answers. */
static gboolean
unit_under_review (KnStore    *store,
                   GHashTable *cache,
                   gint64      unit_id)
{
  gpointer answer;

  if (!g_hash_table_lookup_extended (cache, &unit_id, NULL, &answer))
    {
      answer = GINT_TO_POINTER (kn_store_unit_review_from (store, unit_id) != 0);
      g_hash_table_insert (cache, g_memdup2 (&unit_id, sizeof unit_id), answer);
    }
  return GPOINTER_TO_INT (answer);
}

GPtrArray *
kn_evaluation_row_gather (KnStore      *store,
                          gint64        unit_id,
                          const char   *period,
                          gint64        assessor_id,
                          GCancellable *cancellable)
{
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) plans = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) summaries = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GHashTable) matters = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) review_units = NULL;
  g_autoptr(GHashTable) reviewed_units = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                                g_free, NULL);
  KnPeriod parsed;
  GDate first_day, last_day;
  char last[11];
  gboolean annual;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);

  if (!kn_period_parse (period, &parsed, NULL))
    return g_steal_pointer (&rows);
  annual = parsed.kind == KN_PERIOD_ANNUAL;
  kn_period_get_dates (&parsed, &first_day, &last_day);
  g_date_strftime (last, sizeof last, "%Y-%m-%d", &last_day);

  evaluations = kn_store_list_unit_evaluations (store, unit_id, period, assessor_id);
  if (g_cancellable_is_cancelled (cancellable))
    return NULL;

  /* The SKP of each person of the year in one query, not one SKP loaded per row. */
  summaries = kn_store_list_plan_summaries (store, parsed.year);
  for (guint i = 0; i < summaries->len; i++)
    {
      KnPlanSummary *summary = g_ptr_array_index (summaries, i);

      g_hash_table_insert (plans, &summary->employee_id, summary);
    }

  /* The matters before the Tim Penilai Kinerja of the period, in one query too. */
  reviews = kn_store_list_period_reviews (store, period);
  for (guint i = 0; i < reviews->len; i++)
    {
      KnReviewEntry *review = g_ptr_array_index (reviews, i);

      g_hash_table_insert (matters, &review->employee_id, review);
    }
  review_units = kn_store_list_review_units (store);

  for (guint i = 0; i < evaluations->len; i++)
    {
      KnEvaluation *evaluation = g_ptr_array_index (evaluations, i);
      gint64 employee_id = kn_evaluation_get_employee_id (evaluation);
      KnEmployee *employee = kn_store_lookup_employee (store, employee_id);
      KnPlanSummary *summary = g_hash_table_lookup (plans, &employee_id);
      KnReviewEntry *review = g_hash_table_lookup (matters, &employee_id);
      KnEvaluationRow *row;

      if (g_cancellable_is_cancelled (cancellable))
        return NULL;

      row = g_object_new (KN_TYPE_EVALUATION_ROW, "evaluation", evaluation, NULL);
      row->name = g_strdup (employee != NULL ? kn_employee_get_name (employee) : "");
      row->has_plan = summary != NULL;
      row->plan_status = summary != NULL ? summary->status : KN_PLAN_STATUS_DRAFT;
      row->is_head = kn_store_is_unit_head (store, employee_id, unit_id);
      if (review != NULL)
        {
          row->review = review->decision;
          row->review_tooltip = review_tooltip (review);
        }
      else if (review_units->len > 0)
        row->under_review = unit_under_review (store, reviewed_units,
                                               kn_store_unit_at (store, employee_id, last));
      /* Whether finalising waits for the team, as kn_store_check_review_done decides: a matter
       * open before it, or a unit under review without its agreement. */
      if (kn_review_entry_is_open (review))
        row->held = TRUE;
      else if (review == NULL)
        row->held = row->under_review;
      else
        row->held = review->decision != KN_REVIEW_SETUJU && review_units->len > 0 &&
                    unit_under_review (store, reviewed_units,
                                       kn_store_unit_at (store, employee_id, last));
      /* The annual predikat of a fungsional gives their angka kredit for the year. */
      if (annual && kn_evaluation_get_status (evaluation) == KN_EVALUATION_STATUS_FINAL)
        row->credit = kn_store_angka_kredit (store, employee_id, parsed.year, 12);
      if (annual && kn_evaluation_get_predikat (evaluation) == KN_PREDIKAT_NONE)
        {
          KnRating result, behaviour;

          row->proposal = kn_evaluation_row_propose (store, evaluation, &result, &behaviour);
        }
      g_ptr_array_add (rows, row);
    }

  return g_steal_pointer (&rows);
}

/* GObject */

static void
kn_evaluation_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KnEvaluationRow *self = KN_EVALUATION_ROW (object);

  switch (prop_id)
    {
    case PROP_EVALUATION:
      g_value_set_object (value, self->evaluation);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_NOTE:
      g_value_take_string (value, kn_evaluation_row_dup_note (self));
      break;
    case PROP_HAS_NOTE:
      {
        g_autofree char *note = kn_evaluation_row_dup_note (self);

        g_value_set_boolean (value, note[0] != '\0');
      }
      break;
    case PROP_REVIEW_LABEL:
      {
        const char *label = kn_evaluation_row_get_review_label (self);

        g_value_set_string (value, label != NULL ? label : "");
      }
      break;
    case PROP_REVIEW_TOOLTIP:
      g_value_set_string (value, kn_evaluation_row_get_review_tooltip (self));
      break;
    case PROP_HAS_REVIEW:
      g_value_set_boolean (value, kn_evaluation_row_get_review_label (self) != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_evaluation_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KnEvaluationRow *self = KN_EVALUATION_ROW (object);

  switch (prop_id)
    {
    case PROP_EVALUATION:
      self->evaluation = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_evaluation_row_constructed (GObject *object)
{
  KnEvaluationRow *self = KN_EVALUATION_ROW (object);

  G_OBJECT_CLASS (kn_evaluation_row_parent_class)->constructed (object);

  g_return_if_fail (KN_IS_EVALUATION (self->evaluation));
  /* Connected here, in the gathering thread, but only emitted where the evaluation is changed:
   * on the main thread, once the row is shown. */
  g_signal_connect_object (self->evaluation, "notify", G_CALLBACK (on_evaluation_notify_cb), self, 0);
}

static void
kn_evaluation_row_finalize (GObject *object)
{
  KnEvaluationRow *self = KN_EVALUATION_ROW (object);

  g_clear_object (&self->evaluation);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->proposal, g_free);
  g_clear_pointer (&self->review_tooltip, g_free);

  G_OBJECT_CLASS (kn_evaluation_row_parent_class)->finalize (object);
}

static void
kn_evaluation_row_class_init (KnEvaluationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = kn_evaluation_row_get_property;
  object_class->set_property = kn_evaluation_row_set_property;
  object_class->constructed = kn_evaluation_row_constructed;
  object_class->finalize = kn_evaluation_row_finalize;

  properties[PROP_EVALUATION] =
    g_param_spec_object ("evaluation", NULL, NULL, KN_TYPE_EVALUATION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_NOTE] =
    g_param_spec_boolean ("has-note", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVIEW_LABEL] =
    g_param_spec_string ("review-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVIEW_TOOLTIP] =
    g_param_spec_string ("review-tooltip", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_REVIEW] =
    g_param_spec_boolean ("has-review", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kn_evaluation_row_init (KnEvaluationRow *self)
{
  self->review = KN_REVIEW_N;
}
