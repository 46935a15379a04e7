/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A survey as the Survei Kepuasan place lists it. */

#define G_LOG_DOMAIN "kn-skm-item"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-skm-item.h"

struct _KnSkmItem
{
  GObject  parent_instance;

  gint64   id;
  char    *service;      /* owned */
  char    *respondents;  /* owned */
  char    *ikm;          /* owned */
  char    *mutu;         /* owned */
  char    *sample;       /* owned */
  char    *weakest;      /* owned */
};

enum {
  PROP_0,
  PROP_SERVICE,
  PROP_RESPONDENTS,
  PROP_IKM,
  PROP_MUTU,
  PROP_SAMPLE,
  PROP_WEAKEST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KnSkmItem, kn_skm_item, G_TYPE_OBJECT)

static void
kn_skm_item_finalize (GObject *object)
{
  KnSkmItem *self = KN_SKM_ITEM (object);

  g_free (self->service);
  g_free (self->respondents);
  g_free (self->ikm);
  g_free (self->mutu);
  g_free (self->sample);
  g_free (self->weakest);

  G_OBJECT_CLASS (kn_skm_item_parent_class)->finalize (object);
}

static void
kn_skm_item_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KnSkmItem *self = KN_SKM_ITEM (object);

  switch (prop_id)
    {
    case PROP_SERVICE:
      g_value_set_string (value, kn_skm_item_get_service (self));
      break;
    case PROP_RESPONDENTS:
      g_value_set_string (value, kn_skm_item_get_respondents (self));
      break;
    case PROP_IKM:
      g_value_set_string (value, kn_skm_item_get_ikm (self));
      break;
    case PROP_MUTU:
      g_value_set_string (value, kn_skm_item_get_mutu (self));
      break;
    case PROP_SAMPLE:
      g_value_set_string (value, kn_skm_item_get_sample (self));
      break;
    case PROP_WEAKEST:
      g_value_set_string (value, kn_skm_item_get_weakest (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_skm_item_class_init (KnSkmItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kn_skm_item_finalize;
  object_class->get_property = kn_skm_item_get_property;

  properties[PROP_SERVICE] =
    g_param_spec_string ("service", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESPONDENTS] =
    g_param_spec_string ("respondents", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_IKM] =
    g_param_spec_string ("ikm", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MUTU] =
    g_param_spec_string ("mutu", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAMPLE] =
    g_param_spec_string ("sample", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WEAKEST] =
    g_param_spec_string ("weakest", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kn_skm_item_init (KnSkmItem *self)
{
}

char *
kn_skm_item_describe_sample (guint   n_respondents,
                             guint64 population)
{
  guint minimum = kn_skm_min_sample (population);

  if (population == 0)
    return g_strdup (_("People served not recorded"));
  if (kn_skm_sample_reached (n_respondents, population))
    return g_strdup_printf (_("Enough (at least %u)"), minimum);
  return g_strdup_printf (_("Too few: %u of %u"), n_respondents, minimum);
}

KnSkmItem *
kn_skm_item_new (const KnSkmSurvey *survey)
{
  KnSkmItem *self;
  KnSkmResult result;
  gboolean has_ikm;

  g_return_val_if_fail (survey != NULL, NULL);

  self = g_object_new (KN_TYPE_SKM_ITEM, NULL);
  has_ikm = kn_skm_compute (survey->answers, survey->n_rows, &result, NULL);
  self->id = survey->id;
  self->service = g_strdup (survey->service);
  self->respondents = g_strdup_printf ("%u", result.n_respondents);
  self->sample = kn_skm_item_describe_sample (result.n_respondents, survey->population);
  if (has_ikm)
    {
      g_autofree char *nrr = kn_skm_format_hundredths (result.unsur[result.weakest].nrr_hundredths);
      g_autofree char *names = kn_skm_dup_weakest_names (&result, FALSE);

      self->ikm = kn_skm_format_hundredths (result.ikm_hundredths);
      self->mutu = g_strdup_printf ("%s (%s)", kn_skm_mutu_letter (result.mutu),
                                    kn_skm_mutu_label (result.mutu));
      /* TRANSLATORS: every unsur has the same NRR ("3,00"): none is the weakest. */
      self->weakest = names != NULL ? g_strdup_printf ("%s (%s)", names, nrr)
                                    : g_strdup_printf (_("None: all equal (%s)"), nrr);
    }
  else
    {
      self->ikm = g_strdup ("—");
      self->mutu = g_strdup ("—");
      self->weakest = g_strdup (_("No IKM: an unsur nobody answered"));
    }
  return self;
}

gint64
kn_skm_item_get_id (KnSkmItem *self)
{
  g_return_val_if_fail (KN_IS_SKM_ITEM (self), 0);
  return self->id;
}

const char *
kn_skm_item_get_service (KnSkmItem *self)
{
  g_return_val_if_fail (KN_IS_SKM_ITEM (self), NULL);
  return self->service;
}

const char *
kn_skm_item_get_respondents (KnSkmItem *self)
{
  g_return_val_if_fail (KN_IS_SKM_ITEM (self), NULL);
  return self->respondents;
}

const char *
kn_skm_item_get_ikm (KnSkmItem *self)
{
  g_return_val_if_fail (KN_IS_SKM_ITEM (self), NULL);
  return self->ikm;
}

const char *
kn_skm_item_get_mutu (KnSkmItem *self)
{
  g_return_val_if_fail (KN_IS_SKM_ITEM (self), NULL);
  return self->mutu;
}

const char *
kn_skm_item_get_sample (KnSkmItem *self)
{
  g_return_val_if_fail (KN_IS_SKM_ITEM (self), NULL);
  return self->sample;
}

const char *
kn_skm_item_get_weakest (KnSkmItem *self)
{
  g_return_val_if_fail (KN_IS_SKM_ITEM (self), NULL);
  return self->weakest;
}
