/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An SKP: the RHKs, the Ekspektasi Khusus Pimpinan, the Lampiran and the workflow status. */

#define G_LOG_DOMAIN "kn-plan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kinerja/kn-format.h"
#include "kinerja/kn-plan.h"

#include "kn-model-private.h"

#define MAX_YEAR 9999

struct _KnPlan
{
  GObject         parent_instance;

  gint64          id;
  gint64          employee_id;
  guint           year;
  KnPlanApproach  approach;
  gint64          assessor_id;
  KnPlanStatus    status;
  char           *status_reason;                  /* owned, nullable */
  GListStore     *results;                        /* owned: of KnPlanResult, never replaced */
  char           *expectations[KN_CORE_VALUE_N];  /* owned, "" when none */
  GPtrArray      *attachments[KN_ATTACHMENT_N];   /* owned: of char *, NULL-terminated */
  guint           jpt : 1;
  gint64          row_version;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_EMPLOYEE_ID,
  PROP_YEAR,
  PROP_APPROACH,
  PROP_ASSESSOR_ID,
  PROP_STATUS,
  PROP_STATUS_REASON,
  PROP_JPT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  EXPECTATION_CHANGED,
  ATTACHMENTS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KnPlan, kn_plan, G_TYPE_OBJECT)

/* Reserving one slot allocates pdata at once, so an empty list is still a valid strv. */
static GPtrArray *
attachment_list_new (const char * const *items)
{
  guint n = items != NULL ? g_strv_length ((char **) items) : 0;
  GPtrArray *list = g_ptr_array_new_null_terminated (n + 1, g_free, TRUE);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (list, g_strdup (items[i]));

  return list;
}

static gboolean
attachment_lists_equal (GPtrArray *a,
                        GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
        return FALSE;
    }

  return TRUE;
}

static void
kn_plan_dispose (GObject *object)
{
  KnPlan *self = (KnPlan *)object;

  g_clear_object (&self->results);

  G_OBJECT_CLASS (kn_plan_parent_class)->dispose (object);
}

static void
kn_plan_finalize (GObject *object)
{
  KnPlan *self = (KnPlan *)object;

  g_clear_pointer (&self->status_reason, g_free);
  for (guint i = 0; i < KN_CORE_VALUE_N; i++)
    g_clear_pointer (&self->expectations[i], g_free);
  for (guint i = 0; i < KN_ATTACHMENT_N; i++)
    g_clear_pointer (&self->attachments[i], g_ptr_array_unref);

  G_OBJECT_CLASS (kn_plan_parent_class)->finalize (object);
}

static void
kn_plan_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  KnPlan *self = KN_PLAN (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, kn_plan_get_id (self));
      break;
    case PROP_EMPLOYEE_ID:
      g_value_set_int64 (value, kn_plan_get_employee_id (self));
      break;
    case PROP_YEAR:
      g_value_set_uint (value, kn_plan_get_year (self));
      break;
    case PROP_APPROACH:
      g_value_set_enum (value, kn_plan_get_approach (self));
      break;
    case PROP_ASSESSOR_ID:
      g_value_set_int64 (value, kn_plan_get_assessor_id (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, kn_plan_get_status (self));
      break;
    case PROP_STATUS_REASON:
      g_value_set_string (value, kn_plan_get_status_reason (self));
      break;
    case PROP_JPT:
      g_value_set_boolean (value, kn_plan_get_jpt (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_plan_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  KnPlan *self = KN_PLAN (object);

  switch (prop_id)
    {
    case PROP_ID:
      kn_plan_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_EMPLOYEE_ID:
      kn_plan_set_employee_id (self, g_value_get_int64 (value));
      break;
    case PROP_YEAR:
      kn_plan_set_year (self, g_value_get_uint (value));
      break;
    case PROP_APPROACH:
      kn_plan_set_approach (self, g_value_get_enum (value));
      break;
    case PROP_ASSESSOR_ID:
      kn_plan_set_assessor_id (self, g_value_get_int64 (value));
      break;
    case PROP_STATUS:
      kn_plan_set_status (self, g_value_get_enum (value));
      break;
    case PROP_STATUS_REASON:
      kn_plan_set_status_reason (self, g_value_get_string (value));
      break;
    case PROP_JPT:
      kn_plan_set_jpt (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_plan_class_init (KnPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kn_plan_dispose;
  object_class->finalize = kn_plan_finalize;
  object_class->get_property = kn_plan_get_property;
  object_class->set_property = kn_plan_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_EMPLOYEE_ID] =
    g_param_spec_int64 ("employee-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_YEAR] = g_param_spec_uint ("year", NULL, NULL, 0, MAX_YEAR, 0, rw);
  properties[PROP_APPROACH] =
    g_param_spec_enum ("approach", NULL, NULL,
                       KN_TYPE_PLAN_APPROACH, KN_PLAN_APPROACH_QUANTITATIVE, rw);
  properties[PROP_ASSESSOR_ID] =
    g_param_spec_int64 ("assessor-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, KN_TYPE_PLAN_STATUS, KN_PLAN_STATUS_DRAFT, rw);
  properties[PROP_STATUS_REASON] = g_param_spec_string ("status-reason", NULL, NULL, NULL, rw);
  properties[PROP_JPT] = g_param_spec_boolean ("jpt", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The ekspektasi and Lampiran are not properties (one per core value, one list per section):
   * these say which one changed, as notify does for the properties. */
  signals[EXPECTATION_CHANGED] =
    g_signal_new ("expectation-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[ATTACHMENTS_CHANGED] =
    g_signal_new ("attachments-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
kn_plan_init (KnPlan *self)
{
  self->approach = KN_PLAN_APPROACH_QUANTITATIVE;
  self->status = KN_PLAN_STATUS_DRAFT;
  self->results = g_list_store_new (KN_TYPE_PLAN_RESULT);

  for (guint i = 0; i < KN_CORE_VALUE_N; i++)
    self->expectations[i] = g_strdup ("");
  for (guint i = 0; i < KN_ATTACHMENT_N; i++)
    self->attachments[i] = attachment_list_new (NULL);
}

KnPlan *
kn_plan_new (gint64 employee_id,
             guint  year)
{
  return g_object_new (KN_TYPE_PLAN,
                       "employee-id", employee_id,
                       "year", year,
                       NULL);
}

KnPlan *
kn_plan_copy (KnPlan *self)
{
  g_autoptr(GPtrArray) results = NULL;
  KnPlan *copy;
  guint n;

  g_return_val_if_fail (KN_IS_PLAN (self), NULL);

  copy = kn_plan_new (self->employee_id, self->year);
  copy->id = self->id;
  copy->row_version = self->row_version;
  copy->approach = self->approach;
  copy->assessor_id = self->assessor_id;
  copy->status = self->status;
  kn_model_replace_string (&copy->status_reason, self->status_reason);
  copy->jpt = self->jpt;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->results));
  results = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (G_LIST_MODEL (self->results), i);

      g_ptr_array_add (results, kn_plan_result_copy (result));
    }
  g_list_store_splice (copy->results, 0, 0, results->pdata, results->len);

  for (guint i = 0; i < KN_CORE_VALUE_N; i++)
    kn_model_replace_string (&copy->expectations[i], self->expectations[i]);
  for (guint i = 0; i < KN_ATTACHMENT_N; i++)
    kn_plan_set_attachments (copy, i, kn_plan_get_attachments (self, i));

  return copy;
}

gint64
kn_plan_get_id (KnPlan *self)
{
  g_return_val_if_fail (KN_IS_PLAN (self), 0);
  return self->id;
}

void
kn_plan_set_id (KnPlan *self,
                gint64  id)
{
  g_return_if_fail (KN_IS_PLAN (self));

  kn_model_set_value (self, self->id, id, properties[PROP_ID]);
}

gint64
kn_plan_get_employee_id (KnPlan *self)
{
  g_return_val_if_fail (KN_IS_PLAN (self), 0);
  return self->employee_id;
}

void
kn_plan_set_employee_id (KnPlan *self,
                         gint64  employee_id)
{
  g_return_if_fail (KN_IS_PLAN (self));

  kn_model_set_value (self, self->employee_id, employee_id, properties[PROP_EMPLOYEE_ID]);
}

guint
kn_plan_get_year (KnPlan *self)
{
  g_return_val_if_fail (KN_IS_PLAN (self), 0);
  return self->year;
}

void
kn_plan_set_year (KnPlan *self,
                  guint   year)
{
  g_return_if_fail (KN_IS_PLAN (self));
  g_return_if_fail (year <= MAX_YEAR);

  kn_model_set_value (self, self->year, year, properties[PROP_YEAR]);
}

KnPlanApproach
kn_plan_get_approach (KnPlan *self)
{
  g_return_val_if_fail (KN_IS_PLAN (self), KN_PLAN_APPROACH_QUANTITATIVE);
  return self->approach;
}

void
kn_plan_set_approach (KnPlan         *self,
                      KnPlanApproach  approach)
{
  g_return_if_fail (KN_IS_PLAN (self));
  g_return_if_fail ((guint) approach < KN_PLAN_APPROACH_N);

  kn_model_set_value (self, self->approach, approach, properties[PROP_APPROACH]);
}

gint64
kn_plan_get_assessor_id (KnPlan *self)
{
  g_return_val_if_fail (KN_IS_PLAN (self), 0);
  return self->assessor_id;
}

void
kn_plan_set_assessor_id (KnPlan *self,
                         gint64  assessor_id)
{
  g_return_if_fail (KN_IS_PLAN (self));

  kn_model_set_value (self, self->assessor_id, assessor_id, properties[PROP_ASSESSOR_ID]);
}

KnPlanStatus
kn_plan_get_status (KnPlan *self)
{
  g_return_val_if_fail (KN_IS_PLAN (self), KN_PLAN_STATUS_DRAFT);
  return self->status;
}

void
kn_plan_set_status (KnPlan       *self,
                    KnPlanStatus  status)
{
  g_return_if_fail (KN_IS_PLAN (self));
  g_return_if_fail ((guint) status < KN_PLAN_STATUS_N);

  kn_model_set_value (self, self->status, status, properties[PROP_STATUS]);
}

const char *
kn_plan_get_status_reason (KnPlan *self)
{
  g_return_val_if_fail (KN_IS_PLAN (self), NULL);
  return self->status_reason;
}

void
kn_plan_set_status_reason (KnPlan     *self,
                           const char *reason)
{
  g_return_if_fail (KN_IS_PLAN (self));

  if (reason != NULL && reason[0] == '\0')
    reason = NULL;

  kn_model_set_string (self, &self->status_reason, reason, properties[PROP_STATUS_REASON]);
}

gboolean
kn_plan_get_jpt (KnPlan *self)
{
  g_return_val_if_fail (KN_IS_PLAN (self), FALSE);
  return self->jpt;
}

void
kn_plan_set_jpt (KnPlan   *self,
                 gboolean  jpt)
{
  g_return_if_fail (KN_IS_PLAN (self));

  jpt = !!jpt;
  kn_model_set_value (self, self->jpt, jpt, properties[PROP_JPT]);
}

gint64
kn_plan_get_row_version (KnPlan *self)
{
  g_return_val_if_fail (KN_IS_PLAN (self), 0);
  return self->row_version;
}

void
kn_plan_set_row_version (KnPlan *self,
                         gint64  version)
{
  g_return_if_fail (KN_IS_PLAN (self));
  self->row_version = version;
}

GListStore *
kn_plan_get_results (KnPlan *self)
{
  g_return_val_if_fail (KN_IS_PLAN (self), NULL);
  return self->results;
}

const char *
kn_plan_get_expectation (KnPlan      *self,
                         KnCoreValue  value)
{
  g_return_val_if_fail (KN_IS_PLAN (self), NULL);
  g_return_val_if_fail ((guint) value < KN_CORE_VALUE_N, NULL);

  return self->expectations[value];
}

void
kn_plan_set_expectation (KnPlan      *self,
                         KnCoreValue  value,
                         const char  *text)
{
  g_return_if_fail (KN_IS_PLAN (self));
  g_return_if_fail ((guint) value < KN_CORE_VALUE_N);

  if (kn_model_replace_string (&self->expectations[value], text != NULL ? text : ""))
    g_signal_emit (self, signals[EXPECTATION_CHANGED], 0, (guint) value);
}

const char * const *
kn_plan_get_attachments (KnPlan              *self,
                         KnAttachmentSection  section)
{
  g_return_val_if_fail (KN_IS_PLAN (self), NULL);
  g_return_val_if_fail ((guint) section < KN_ATTACHMENT_N, NULL);

  return (const char * const *) self->attachments[section]->pdata;
}

void
kn_plan_set_attachments (KnPlan              *self,
                         KnAttachmentSection  section,
                         const char * const  *items)
{
  GPtrArray *list;

  g_return_if_fail (KN_IS_PLAN (self));
  g_return_if_fail ((guint) section < KN_ATTACHMENT_N);

  /* Copied before the old list goes, in case @items is that list. */
  list = attachment_list_new (items);
  if (attachment_lists_equal (list, self->attachments[section]))
    {
      g_ptr_array_unref (list);
      return;
    }
  g_ptr_array_unref (self->attachments[section]);
  self->attachments[section] = list;
  g_signal_emit (self, signals[ATTACHMENTS_CHANGED], 0, (guint) section);
}

char *
kn_plan_dup_period_label (KnPlan *self)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (KN_IS_PLAN (self), NULL);
  g_return_val_if_fail (self->year > 0, NULL);

  first = g_strdup (kn_format_month_name (G_DATE_JANUARY));
  last = g_strdup (kn_format_month_name (G_DATE_DECEMBER));

  /* Translators: the period of an SKP as the official form writes it: "1 January to
     31 December 2026"; in Indonesian "1 %s s.d. 31 %s %u" gives "1 Januari s.d. 31 Desember 2026". */
  return g_strdup_printf (_("1 %s to 31 %s %u"), first, last, self->year);
}

gboolean
kn_plan_equal (KnPlan *a,
               KnPlan *b)
{
  GListModel *a_results;
  GListModel *b_results;
  guint n;

  g_return_val_if_fail (KN_IS_PLAN (a), FALSE);
  g_return_val_if_fail (KN_IS_PLAN (b), FALSE);

  if (a->id != b->id ||
      a->employee_id != b->employee_id ||
      a->year != b->year ||
      a->approach != b->approach ||
      a->assessor_id != b->assessor_id ||
      a->status != b->status ||
      g_strcmp0 (a->status_reason, b->status_reason) != 0 ||
      a->jpt != b->jpt)
    return FALSE;

  for (guint i = 0; i < KN_CORE_VALUE_N; i++)
    {
      if (g_strcmp0 (a->expectations[i], b->expectations[i]) != 0)
        return FALSE;
    }

  for (guint i = 0; i < KN_ATTACHMENT_N; i++)
    {
      if (!attachment_lists_equal (a->attachments[i], b->attachments[i]))
        return FALSE;
    }

  a_results = G_LIST_MODEL (a->results);
  b_results = G_LIST_MODEL (b->results);
  n = g_list_model_get_n_items (a_results);
  if (g_list_model_get_n_items (b_results) != n)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnPlanResult) a_result = g_list_model_get_item (a_results, i);
      g_autoptr(KnPlanResult) b_result = g_list_model_get_item (b_results, i);

      if (!kn_plan_result_equal (a_result, b_result))
        return FALSE;
    }

  return TRUE;
}
