/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An organisation unit: a node of the office's unit tree. */

#define G_LOG_DOMAIN "kn-org-unit"

#include "config.h"

#include "kinerja/kn-org-unit.h"

#include "kn-model-private.h"

struct _KnOrgUnit
{
  GObject parent_instance;

  gint64  id;
  char   *name;       /* owned */
  gint64  parent_id;
  guint   depth;
  char   *path;       /* owned, nullable */
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_PARENT_ID,
  PROP_DEPTH,
  PROP_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KnOrgUnit, kn_org_unit, G_TYPE_OBJECT)

static void
kn_org_unit_finalize (GObject *object)
{
  KnOrgUnit *self = (KnOrgUnit *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (kn_org_unit_parent_class)->finalize (object);
}

static void
kn_org_unit_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KnOrgUnit *self = KN_ORG_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, kn_org_unit_get_id (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, kn_org_unit_get_name (self));
      break;
    case PROP_PARENT_ID:
      g_value_set_int64 (value, kn_org_unit_get_parent_id (self));
      break;
    case PROP_DEPTH:
      g_value_set_uint (value, kn_org_unit_get_depth (self));
      break;
    case PROP_PATH:
      g_value_set_string (value, kn_org_unit_get_path (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_org_unit_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KnOrgUnit *self = KN_ORG_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      kn_org_unit_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      kn_org_unit_set_name (self, g_value_get_string (value));
      break;
    case PROP_PARENT_ID:
      kn_org_unit_set_parent_id (self, g_value_get_int64 (value));
      break;
    case PROP_DEPTH:
      kn_org_unit_set_depth (self, g_value_get_uint (value));
      break;
    case PROP_PATH:
      kn_org_unit_set_path (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_org_unit_class_init (KnOrgUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kn_org_unit_finalize;
  object_class->get_property = kn_org_unit_get_property;
  object_class->set_property = kn_org_unit_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARENT_ID] =
    g_param_spec_int64 ("parent-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEPTH] =
    g_param_spec_uint ("depth", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kn_org_unit_init (KnOrgUnit *self)
{
  self->name = g_strdup ("");
}

KnOrgUnit *
kn_org_unit_new (const char *name,
                 gint64      parent_id)
{
  return g_object_new (KN_TYPE_ORG_UNIT,
                       "name", name,
                       "parent-id", parent_id,
                       NULL);
}

KnOrgUnit *
kn_org_unit_copy (KnOrgUnit *self)
{
  g_return_val_if_fail (KN_IS_ORG_UNIT (self), NULL);

  return g_object_new (KN_TYPE_ORG_UNIT,
                       "id", self->id,
                       "name", self->name,
                       "parent-id", self->parent_id,
                       "depth", self->depth,
                       "path", self->path,
                       NULL);
}

gint64
kn_org_unit_get_id (KnOrgUnit *self)
{
  g_return_val_if_fail (KN_IS_ORG_UNIT (self), 0);
  return self->id;
}

void
kn_org_unit_set_id (KnOrgUnit *self,
                    gint64     id)
{
  g_return_if_fail (KN_IS_ORG_UNIT (self));

  kn_model_set_value (self, self->id, id, properties[PROP_ID]);
}

const char *
kn_org_unit_get_name (KnOrgUnit *self)
{
  g_return_val_if_fail (KN_IS_ORG_UNIT (self), NULL);
  return self->name;
}

void
kn_org_unit_set_name (KnOrgUnit  *self,
                      const char *name)
{
  g_return_if_fail (KN_IS_ORG_UNIT (self));

  kn_model_set_string (self, &self->name, name != NULL ? name : "", properties[PROP_NAME]);
}

gint64
kn_org_unit_get_parent_id (KnOrgUnit *self)
{
  g_return_val_if_fail (KN_IS_ORG_UNIT (self), 0);
  return self->parent_id;
}

void
kn_org_unit_set_parent_id (KnOrgUnit *self,
                           gint64     parent_id)
{
  g_return_if_fail (KN_IS_ORG_UNIT (self));

  kn_model_set_value (self, self->parent_id, parent_id, properties[PROP_PARENT_ID]);
}

guint
kn_org_unit_get_depth (KnOrgUnit *self)
{
  g_return_val_if_fail (KN_IS_ORG_UNIT (self), 0);
  return self->depth;
}

void
kn_org_unit_set_depth (KnOrgUnit *self,
                       guint      depth)
{
  g_return_if_fail (KN_IS_ORG_UNIT (self));

  kn_model_set_value (self, self->depth, depth, properties[PROP_DEPTH]);
}

const char *
kn_org_unit_get_path (KnOrgUnit *self)
{
  g_return_val_if_fail (KN_IS_ORG_UNIT (self), NULL);
  return self->path != NULL ? self->path : self->name;
}

void
kn_org_unit_set_path (KnOrgUnit  *self,
                      const char *path)
{
  g_return_if_fail (KN_IS_ORG_UNIT (self));

  if (g_strcmp0 (self->path, path) != 0)
    {
      g_free (self->path);
      self->path = g_strdup (path);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
    }
}
