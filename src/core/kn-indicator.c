/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An IKI of an RHK: its text, aspek or perspektif, and its numeric or written target. */

#define G_LOG_DOMAIN "kn-indicator"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "kinerja/kn-indicator.h"

#include "kn-model-private.h"

struct _KnIndicator
{
  GObject        parent_instance;

  gint64         id;
  KnAspect       aspect;
  KnPerspective  perspective;
  char          *text;              /* owned */
  double         target_value;      /* 0 when !has_target_value */
  char          *target_unit;       /* owned, nullable */
  char          *target_text;       /* owned, nullable */
  KnDirection    direction;
  guint          has_target_value : 1;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_ASPECT,
  PROP_PERSPECTIVE,
  PROP_TEXT,
  PROP_HAS_TARGET_VALUE,
  PROP_TARGET_VALUE,
  PROP_TARGET_UNIT,
  PROP_TARGET_TEXT,
  PROP_DIRECTION,
  PROP_TARGET_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KnIndicator, kn_indicator, G_TYPE_OBJECT)

/* Up to two decimals without trailing zeros, digits grouped as the locale groups them. */
static char *
format_number (double value)
{
  const char *decimal_point = localeconv ()->decimal_point;
  g_autofree char *text = NULL;
  char *point;

  text = g_strdup_printf ("%'.2f", value);

  if (decimal_point != NULL && decimal_point[0] != '\0' &&
      (point = strstr (text, decimal_point)) != NULL)
    {
      char *end = text + strlen (text);

      while (end > point + strlen (decimal_point) && end[-1] == '0')
        end--;
      if (end == point + strlen (decimal_point))
        end = point;
      *end = '\0';
    }

  /* -0.001 rounds to "-0" */
  if (g_str_equal (text, "-0"))
    return g_strdup ("0");

  return g_steal_pointer (&text);
}

/* The target label derives from several fields; notify it only when its text changes. */
static void
notify_target_label_if_changed (KnIndicator *self,
                                const char  *before)
{
  g_autofree char *after = kn_indicator_dup_target_label (self);

  if (g_strcmp0 (before, after) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_LABEL]);
}

static void
kn_indicator_finalize (GObject *object)
{
  KnIndicator *self = (KnIndicator *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->target_unit, g_free);
  g_clear_pointer (&self->target_text, g_free);

  G_OBJECT_CLASS (kn_indicator_parent_class)->finalize (object);
}

static void
kn_indicator_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KnIndicator *self = KN_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, kn_indicator_get_id (self));
      break;
    case PROP_ASPECT:
      g_value_set_enum (value, kn_indicator_get_aspect (self));
      break;
    case PROP_PERSPECTIVE:
      g_value_set_enum (value, kn_indicator_get_perspective (self));
      break;
    case PROP_TEXT:
      g_value_set_string (value, kn_indicator_get_text (self));
      break;
    case PROP_HAS_TARGET_VALUE:
      g_value_set_boolean (value, kn_indicator_get_has_target_value (self));
      break;
    case PROP_TARGET_VALUE:
      g_value_set_double (value, kn_indicator_get_target_value (self));
      break;
    case PROP_TARGET_UNIT:
      g_value_set_string (value, kn_indicator_get_target_unit (self));
      break;
    case PROP_TARGET_TEXT:
      g_value_set_string (value, kn_indicator_get_target_text (self));
      break;
    case PROP_DIRECTION:
      g_value_set_enum (value, kn_indicator_get_direction (self));
      break;
    case PROP_TARGET_LABEL:
      g_value_take_string (value, kn_indicator_dup_target_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_indicator_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KnIndicator *self = KN_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      kn_indicator_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_ASPECT:
      kn_indicator_set_aspect (self, g_value_get_enum (value));
      break;
    case PROP_PERSPECTIVE:
      kn_indicator_set_perspective (self, g_value_get_enum (value));
      break;
    case PROP_TEXT:
      kn_indicator_set_text (self, g_value_get_string (value));
      break;
    case PROP_TARGET_VALUE:
      kn_indicator_set_target_value (self, g_value_get_double (value));
      break;
    case PROP_TARGET_UNIT:
      kn_indicator_set_target_unit (self, g_value_get_string (value));
      break;
    case PROP_TARGET_TEXT:
      kn_indicator_set_target_text (self, g_value_get_string (value));
      break;
    case PROP_DIRECTION:
      kn_indicator_set_direction (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_indicator_class_init (KnIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kn_indicator_finalize;
  object_class->get_property = kn_indicator_get_property;
  object_class->set_property = kn_indicator_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_ASPECT] =
    g_param_spec_enum ("aspect", NULL, NULL, KN_TYPE_ASPECT, KN_ASPECT_NONE, rw);
  properties[PROP_PERSPECTIVE] =
    g_param_spec_enum ("perspective", NULL, NULL,
                       KN_TYPE_PERSPECTIVE, KN_PERSPECTIVE_NONE, rw);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, rw);
  properties[PROP_HAS_TARGET_VALUE] =
    g_param_spec_boolean ("has-target-value", NULL, NULL, FALSE, ro);
  properties[PROP_TARGET_VALUE] =
    g_param_spec_double ("target-value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, rw);
  properties[PROP_TARGET_UNIT] = g_param_spec_string ("target-unit", NULL, NULL, NULL, rw);
  properties[PROP_TARGET_TEXT] = g_param_spec_string ("target-text", NULL, NULL, NULL, rw);
  properties[PROP_DIRECTION] =
    g_param_spec_enum ("direction", NULL, NULL,
                       KN_TYPE_DIRECTION, KN_DIRECTION_MORE_IS_BETTER, rw);
  properties[PROP_TARGET_LABEL] = g_param_spec_string ("target-label", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kn_indicator_init (KnIndicator *self)
{
  self->text = g_strdup ("");
  self->aspect = KN_ASPECT_NONE;
  self->perspective = KN_PERSPECTIVE_NONE;
  self->direction = KN_DIRECTION_MORE_IS_BETTER;
}

KnIndicator *
kn_indicator_new (void)
{
  return g_object_new (KN_TYPE_INDICATOR, NULL);
}

KnIndicator *
kn_indicator_copy (KnIndicator *self)
{
  KnIndicator *copy;

  g_return_val_if_fail (KN_IS_INDICATOR (self), NULL);

  copy = kn_indicator_new ();
  copy->id = self->id;
  copy->aspect = self->aspect;
  copy->perspective = self->perspective;
  kn_model_replace_string (&copy->text, self->text);
  copy->has_target_value = self->has_target_value;
  copy->target_value = self->target_value;
  kn_model_replace_string (&copy->target_unit, self->target_unit);
  kn_model_replace_string (&copy->target_text, self->target_text);
  copy->direction = self->direction;

  return copy;
}

gint64
kn_indicator_get_id (KnIndicator *self)
{
  g_return_val_if_fail (KN_IS_INDICATOR (self), 0);
  return self->id;
}

void
kn_indicator_set_id (KnIndicator *self,
                     gint64       id)
{
  g_return_if_fail (KN_IS_INDICATOR (self));

  kn_model_set_value (self, self->id, id, properties[PROP_ID]);
}

KnAspect
kn_indicator_get_aspect (KnIndicator *self)
{
  g_return_val_if_fail (KN_IS_INDICATOR (self), KN_ASPECT_NONE);
  return self->aspect;
}

void
kn_indicator_set_aspect (KnIndicator *self,
                         KnAspect     aspect)
{
  g_return_if_fail (KN_IS_INDICATOR (self));
  g_return_if_fail ((guint) aspect < KN_ASPECT_N);

  kn_model_set_value (self, self->aspect, aspect, properties[PROP_ASPECT]);
}

KnPerspective
kn_indicator_get_perspective (KnIndicator *self)
{
  g_return_val_if_fail (KN_IS_INDICATOR (self), KN_PERSPECTIVE_NONE);
  return self->perspective;
}

void
kn_indicator_set_perspective (KnIndicator   *self,
                              KnPerspective  perspective)
{
  g_return_if_fail (KN_IS_INDICATOR (self));
  g_return_if_fail ((guint) perspective < KN_PERSPECTIVE_N);

  kn_model_set_value (self, self->perspective, perspective, properties[PROP_PERSPECTIVE]);
}

const char *
kn_indicator_get_text (KnIndicator *self)
{
  g_return_val_if_fail (KN_IS_INDICATOR (self), NULL);
  return self->text;
}

void
kn_indicator_set_text (KnIndicator *self,
                       const char  *text)
{
  g_return_if_fail (KN_IS_INDICATOR (self));

  kn_model_set_string (self, &self->text, text != NULL ? text : "", properties[PROP_TEXT]);
}

gboolean
kn_indicator_get_has_target_value (KnIndicator *self)
{
  g_return_val_if_fail (KN_IS_INDICATOR (self), FALSE);
  return self->has_target_value;
}

double
kn_indicator_get_target_value (KnIndicator *self)
{
  g_return_val_if_fail (KN_IS_INDICATOR (self), 0);
  return self->target_value;
}

void
kn_indicator_set_target_value (KnIndicator *self,
                               double       value)
{
  g_autofree char *before = NULL;
  gboolean had_value;

  g_return_if_fail (KN_IS_INDICATOR (self));
  /* NaN would make an indicator differ from its own copy */
  g_return_if_fail (isfinite (value));

  if (self->has_target_value && self->target_value == value)
    return;

  before = kn_indicator_dup_target_label (self);
  had_value = self->has_target_value;

  g_object_freeze_notify (G_OBJECT (self));

  self->has_target_value = TRUE;
  kn_model_set_value (self, self->target_value, value, properties[PROP_TARGET_VALUE]);
  if (!had_value)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_TARGET_VALUE]);
  notify_target_label_if_changed (self, before);

  g_object_thaw_notify (G_OBJECT (self));
}

void
kn_indicator_clear_target_value (KnIndicator *self)
{
  g_autofree char *before = NULL;

  g_return_if_fail (KN_IS_INDICATOR (self));

  if (!self->has_target_value)
    return;

  before = kn_indicator_dup_target_label (self);

  g_object_freeze_notify (G_OBJECT (self));

  self->has_target_value = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_TARGET_VALUE]);
  kn_model_set_value (self, self->target_value, 0, properties[PROP_TARGET_VALUE]);
  notify_target_label_if_changed (self, before);

  g_object_thaw_notify (G_OBJECT (self));
}

const char *
kn_indicator_get_target_unit (KnIndicator *self)
{
  g_return_val_if_fail (KN_IS_INDICATOR (self), NULL);
  return self->target_unit;
}

void
kn_indicator_set_target_unit (KnIndicator *self,
                              const char  *unit)
{
  g_autofree char *before = NULL;

  g_return_if_fail (KN_IS_INDICATOR (self));

  unit = kn_model_nullable (unit);
  if (g_strcmp0 (self->target_unit, unit) == 0)
    return;

  before = kn_indicator_dup_target_label (self);
  kn_model_replace_string (&self->target_unit, unit);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_UNIT]);
  notify_target_label_if_changed (self, before);
}

const char *
kn_indicator_get_target_text (KnIndicator *self)
{
  g_return_val_if_fail (KN_IS_INDICATOR (self), NULL);
  return self->target_text;
}

void
kn_indicator_set_target_text (KnIndicator *self,
                              const char  *text)
{
  g_autofree char *before = NULL;

  g_return_if_fail (KN_IS_INDICATOR (self));

  text = kn_model_nullable (text);
  if (g_strcmp0 (self->target_text, text) == 0)
    return;

  before = kn_indicator_dup_target_label (self);
  kn_model_replace_string (&self->target_text, text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_TEXT]);
  notify_target_label_if_changed (self, before);
}

KnDirection
kn_indicator_get_direction (KnIndicator *self)
{
  g_return_val_if_fail (KN_IS_INDICATOR (self), KN_DIRECTION_MORE_IS_BETTER);
  return self->direction;
}

void
kn_indicator_set_direction (KnIndicator *self,
                            KnDirection  direction)
{
  g_return_if_fail (KN_IS_INDICATOR (self));
  g_return_if_fail ((guint) direction < KN_DIRECTION_N);

  kn_model_set_value (self, self->direction, direction, properties[PROP_DIRECTION]);
}

static char *
target_label (KnIndicator *self,
              double       value)
{
  g_autofree char *number = format_number (value);

  if (self->target_unit == NULL)
    return g_steal_pointer (&number);
  return g_strconcat (number, " ", self->target_unit, NULL);
}

char *
kn_indicator_dup_target_label (KnIndicator *self)
{
  g_return_val_if_fail (KN_IS_INDICATOR (self), NULL);

  if (!self->has_target_value)
    return g_strdup (self->target_text != NULL ? self->target_text : "");
  return target_label (self, self->target_value);
}

char *
kn_indicator_dup_period_target_label (KnIndicator    *self,
                                      const KnPeriod *period)
{
  double period_target;

  g_return_val_if_fail (KN_IS_INDICATOR (self), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  /* The target the capaian of @period is measured against, as kn_indicator_capaian takes it. */
  kn_indicator_capaian (self, period, NAN, &period_target, NULL, NULL);
  if (isnan (period_target) || period_target == self->target_value)
    return NULL;
  return target_label (self, period_target);
}

gboolean
kn_indicator_equal (KnIndicator *a,
                    KnIndicator *b)
{
  g_return_val_if_fail (KN_IS_INDICATOR (a), FALSE);
  g_return_val_if_fail (KN_IS_INDICATOR (b), FALSE);

  return a->id == b->id &&
         a->aspect == b->aspect &&
         a->perspective == b->perspective &&
         g_strcmp0 (a->text, b->text) == 0 &&
         a->has_target_value == b->has_target_value &&
         a->target_value == b->target_value &&
         g_strcmp0 (a->target_unit, b->target_unit) == 0 &&
         g_strcmp0 (a->target_text, b->target_text) == 0 &&
         a->direction == b->direction;
}

KnMeasure
kn_indicator_get_measure (KnIndicator *self)
{
  g_return_val_if_fail (KN_IS_INDICATOR (self), KN_MEASURE_LEVEL);

  return kn_measure_for (self->aspect, self->target_unit);
}

static double
target_or_nan (KnIndicator *self)
{
  return self->has_target_value ? self->target_value : NAN;
}

gboolean
kn_indicator_capaian (KnIndicator    *self,
                      const KnPeriod *period,
                      double          realization,
                      double         *period_target,
                      double         *percent,
                      char          **reason)
{
  g_return_val_if_fail (KN_IS_INDICATOR (self), FALSE);

  return kn_capaian_in_period (kn_indicator_get_measure (self), self->direction,
                               target_or_nan (self), period, realization, period_target,
                               percent, reason);
}

KnYearRealization *
kn_indicator_derive_year (KnIndicator               *self,
                          guint                      year,
                          const KnPeriodRealization *periods,
                          guint                      n_periods)
{
  g_return_val_if_fail (KN_IS_INDICATOR (self), NULL);

  return kn_realization_derive_year (kn_indicator_get_measure (self), self->direction,
                                     target_or_nan (self), year, periods, n_periods);
}
