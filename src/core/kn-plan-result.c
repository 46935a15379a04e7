/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An RHK of an SKP: its text, kind, the superior's RHK it supports, and its IKIs. */

#define G_LOG_DOMAIN "kn-plan-result"

#include "config.h"

#include "kinerja/kn-plan-result.h"

#include "kn-model-private.h"

struct _KnPlanResult
{
  GObject       parent_instance;

  gint64        id;
  KnResultKind  kind;
  char         *text;         /* owned */
  gint64        parent_id;
  char         *parent_text;  /* owned, nullable */
  GListStore   *indicators;   /* owned: of KnIndicator, never replaced */
};

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_TEXT,
  PROP_PARENT_ID,
  PROP_PARENT_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KnPlanResult, kn_plan_result, G_TYPE_OBJECT)

static void
kn_plan_result_dispose (GObject *object)
{
  KnPlanResult *self = (KnPlanResult *)object;

  g_clear_object (&self->indicators);

  G_OBJECT_CLASS (kn_plan_result_parent_class)->dispose (object);
}

static void
kn_plan_result_finalize (GObject *object)
{
  KnPlanResult *self = (KnPlanResult *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->parent_text, g_free);

  G_OBJECT_CLASS (kn_plan_result_parent_class)->finalize (object);
}

static void
kn_plan_result_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KnPlanResult *self = KN_PLAN_RESULT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, kn_plan_result_get_id (self));
      break;
    case PROP_KIND:
      g_value_set_enum (value, kn_plan_result_get_kind (self));
      break;
    case PROP_TEXT:
      g_value_set_string (value, kn_plan_result_get_text (self));
      break;
    case PROP_PARENT_ID:
      g_value_set_int64 (value, kn_plan_result_get_parent_id (self));
      break;
    case PROP_PARENT_TEXT:
      g_value_set_string (value, kn_plan_result_get_parent_text (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_plan_result_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KnPlanResult *self = KN_PLAN_RESULT (object);

  switch (prop_id)
    {
    case PROP_ID:
      kn_plan_result_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      kn_plan_result_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_TEXT:
      kn_plan_result_set_text (self, g_value_get_string (value));
      break;
    case PROP_PARENT_ID:
      kn_plan_result_set_parent_id (self, g_value_get_int64 (value));
      break;
    case PROP_PARENT_TEXT:
      kn_plan_result_set_parent_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_plan_result_class_init (KnPlanResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kn_plan_result_dispose;
  object_class->finalize = kn_plan_result_finalize;
  object_class->get_property = kn_plan_result_get_property;
  object_class->set_property = kn_plan_result_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, KN_TYPE_RESULT_KIND, KN_RESULT_KIND_UTAMA, rw);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, rw);
  properties[PROP_PARENT_ID] =
    g_param_spec_int64 ("parent-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_PARENT_TEXT] = g_param_spec_string ("parent-text", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kn_plan_result_init (KnPlanResult *self)
{
  self->kind = KN_RESULT_KIND_UTAMA;
  self->text = g_strdup ("");
  self->indicators = g_list_store_new (KN_TYPE_INDICATOR);
}

KnPlanResult *
kn_plan_result_new (void)
{
  return g_object_new (KN_TYPE_PLAN_RESULT, NULL);
}

KnPlanResult *
kn_plan_result_copy (KnPlanResult *self)
{
  g_autoptr(GPtrArray) indicators = NULL;
  KnPlanResult *copy;
  guint n;

  g_return_val_if_fail (KN_IS_PLAN_RESULT (self), NULL);

  copy = kn_plan_result_new ();
  copy->id = self->id;
  copy->kind = self->kind;
  kn_model_replace_string (&copy->text, self->text);
  copy->parent_id = self->parent_id;
  kn_model_replace_string (&copy->parent_text, self->parent_text);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->indicators));
  indicators = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnIndicator) indicator =
        g_list_model_get_item (G_LIST_MODEL (self->indicators), i);

      g_ptr_array_add (indicators, kn_indicator_copy (indicator));
    }
  g_list_store_splice (copy->indicators, 0, 0, indicators->pdata, indicators->len);

  return copy;
}

gint64
kn_plan_result_get_id (KnPlanResult *self)
{
  g_return_val_if_fail (KN_IS_PLAN_RESULT (self), 0);
  return self->id;
}

void
kn_plan_result_set_id (KnPlanResult *self,
                       gint64        id)
{
  g_return_if_fail (KN_IS_PLAN_RESULT (self));

  kn_model_set_value (self, self->id, id, properties[PROP_ID]);
}

KnResultKind
kn_plan_result_get_kind (KnPlanResult *self)
{
  g_return_val_if_fail (KN_IS_PLAN_RESULT (self), KN_RESULT_KIND_UTAMA);
  return self->kind;
}

void
kn_plan_result_set_kind (KnPlanResult *self,
                         KnResultKind  kind)
{
  g_return_if_fail (KN_IS_PLAN_RESULT (self));
  g_return_if_fail ((guint) kind < KN_RESULT_KIND_N);

  kn_model_set_value (self, self->kind, kind, properties[PROP_KIND]);
}

const char *
kn_plan_result_get_text (KnPlanResult *self)
{
  g_return_val_if_fail (KN_IS_PLAN_RESULT (self), NULL);
  return self->text;
}

void
kn_plan_result_set_text (KnPlanResult *self,
                         const char   *text)
{
  g_return_if_fail (KN_IS_PLAN_RESULT (self));

  kn_model_set_string (self, &self->text, text != NULL ? text : "", properties[PROP_TEXT]);
}

gint64
kn_plan_result_get_parent_id (KnPlanResult *self)
{
  g_return_val_if_fail (KN_IS_PLAN_RESULT (self), 0);
  return self->parent_id;
}

void
kn_plan_result_set_parent_id (KnPlanResult *self,
                              gint64        parent_id)
{
  g_return_if_fail (KN_IS_PLAN_RESULT (self));

  kn_model_set_value (self, self->parent_id, parent_id, properties[PROP_PARENT_ID]);
}

const char *
kn_plan_result_get_parent_text (KnPlanResult *self)
{
  g_return_val_if_fail (KN_IS_PLAN_RESULT (self), NULL);
  return self->parent_text;
}

void
kn_plan_result_set_parent_text (KnPlanResult *self,
                                const char   *text)
{
  g_return_if_fail (KN_IS_PLAN_RESULT (self));

  if (text != NULL && text[0] == '\0')
    text = NULL;

  kn_model_set_string (self, &self->parent_text, text, properties[PROP_PARENT_TEXT]);
}

GListStore *
kn_plan_result_get_indicators (KnPlanResult *self)
{
  g_return_val_if_fail (KN_IS_PLAN_RESULT (self), NULL);
  return self->indicators;
}

/* parent_text is left out: the store fills it for display, it is not part of the plan. */
gboolean
kn_plan_result_equal (KnPlanResult *a,
                      KnPlanResult *b)
{
  GListModel *a_indicators;
  GListModel *b_indicators;
  guint n;

  g_return_val_if_fail (KN_IS_PLAN_RESULT (a), FALSE);
  g_return_val_if_fail (KN_IS_PLAN_RESULT (b), FALSE);

  if (a->id != b->id ||
      a->kind != b->kind ||
      g_strcmp0 (a->text, b->text) != 0 ||
      a->parent_id != b->parent_id)
    return FALSE;

  a_indicators = G_LIST_MODEL (a->indicators);
  b_indicators = G_LIST_MODEL (b->indicators);
  n = g_list_model_get_n_items (a_indicators);
  if (g_list_model_get_n_items (b_indicators) != n)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnIndicator) a_indicator = g_list_model_get_item (a_indicators, i);
      g_autoptr(KnIndicator) b_indicator = g_list_model_get_item (b_indicators, i);

      if (!kn_indicator_equal (a_indicator, b_indicator))
        return FALSE;
    }

  return TRUE;
}
