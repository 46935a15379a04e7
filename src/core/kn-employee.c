/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An employee (pegawai) and the labels a table shows of one. */

#define G_LOG_DOMAIN "kn-employee"

#include "config.h"

#include <string.h>

#include "kinerja/kn-employee.h"
#include "kinerja/kn-nip.h"
#include "kinerja/kn-rank.h"

#include "kn-model-private.h"

struct _KnEmployee
{
  GObject           parent_instance;

  gint64            id;
  char             *nip;              /* owned: bare digits */
  char             *name;             /* owned */
  KnEmployeeStatus  status;
  char             *rank;             /* owned, nullable */
  char             *position;         /* owned */
  KnPositionKind    position_kind;
  gint64            unit_id;
  gint64            supervisor_id;
  char             *unit_name;        /* owned, nullable */
  char             *supervisor_name;  /* owned, nullable */
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NIP,
  PROP_NIP_DISPLAY,
  PROP_NAME,
  PROP_SORT_NAME,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_RANK,
  PROP_RANK_LABEL,
  PROP_RANK_ORDER,
  PROP_POSITION,
  PROP_POSITION_KIND,
  PROP_POSITION_KIND_LABEL,
  PROP_UNIT_ID,
  PROP_UNIT_NAME,
  PROP_SUPERVISOR_ID,
  PROP_SUPERVISOR_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KnEmployee, kn_employee, G_TYPE_OBJECT)

static void
kn_employee_finalize (GObject *object)
{
  KnEmployee *self = (KnEmployee *)object;

  g_clear_pointer (&self->nip, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->rank, g_free);
  g_clear_pointer (&self->position, g_free);
  g_clear_pointer (&self->unit_name, g_free);
  g_clear_pointer (&self->supervisor_name, g_free);

  G_OBJECT_CLASS (kn_employee_parent_class)->finalize (object);
}

static void
kn_employee_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KnEmployee *self = KN_EMPLOYEE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, kn_employee_get_id (self));
      break;
    case PROP_NIP:
      g_value_set_string (value, kn_employee_get_nip (self));
      break;
    case PROP_NIP_DISPLAY:
      g_value_take_string (value, kn_employee_dup_nip_display (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, kn_employee_get_name (self));
      break;
    case PROP_SORT_NAME:
      g_value_take_string (value, kn_employee_dup_sort_name (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, kn_employee_get_status (self));
      break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, kn_employee_status_label (self->status));
      break;
    case PROP_RANK:
      g_value_set_string (value, kn_employee_get_rank (self));
      break;
    case PROP_RANK_LABEL:
      g_value_take_string (value, kn_employee_dup_rank_label (self));
      break;
    case PROP_RANK_ORDER:
      g_value_set_uint (value, kn_employee_get_rank_order (self));
      break;
    case PROP_POSITION:
      g_value_set_string (value, kn_employee_get_position (self));
      break;
    case PROP_POSITION_KIND:
      g_value_set_enum (value, kn_employee_get_position_kind (self));
      break;
    case PROP_POSITION_KIND_LABEL:
      g_value_set_string (value, kn_position_kind_label (self->position_kind));
      break;
    case PROP_UNIT_ID:
      g_value_set_int64 (value, kn_employee_get_unit_id (self));
      break;
    case PROP_UNIT_NAME:
      g_value_set_string (value, kn_employee_get_unit_name (self));
      break;
    case PROP_SUPERVISOR_ID:
      g_value_set_int64 (value, kn_employee_get_supervisor_id (self));
      break;
    case PROP_SUPERVISOR_NAME:
      g_value_set_string (value, kn_employee_get_supervisor_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_employee_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KnEmployee *self = KN_EMPLOYEE (object);

  switch (prop_id)
    {
    case PROP_ID:
      kn_employee_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NIP:
      kn_employee_set_nip (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      kn_employee_set_name (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      kn_employee_set_status (self, g_value_get_enum (value));
      break;
    case PROP_RANK:
      kn_employee_set_rank (self, g_value_get_string (value));
      break;
    case PROP_POSITION:
      kn_employee_set_position (self, g_value_get_string (value));
      break;
    case PROP_POSITION_KIND:
      kn_employee_set_position_kind (self, g_value_get_enum (value));
      break;
    case PROP_UNIT_ID:
      kn_employee_set_unit_id (self, g_value_get_int64 (value));
      break;
    case PROP_UNIT_NAME:
      kn_employee_set_unit_name (self, g_value_get_string (value));
      break;
    case PROP_SUPERVISOR_ID:
      kn_employee_set_supervisor_id (self, g_value_get_int64 (value));
      break;
    case PROP_SUPERVISOR_NAME:
      kn_employee_set_supervisor_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_employee_class_init (KnEmployeeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kn_employee_finalize;
  object_class->get_property = kn_employee_get_property;
  object_class->set_property = kn_employee_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NIP] = g_param_spec_string ("nip", NULL, NULL, NULL, rw);
  properties[PROP_NIP_DISPLAY] = g_param_spec_string ("nip-display", NULL, NULL, NULL, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_SORT_NAME] = g_param_spec_string ("sort-name", NULL, NULL, NULL, ro);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       KN_TYPE_EMPLOYEE_STATUS, KN_EMPLOYEE_STATUS_PNS, rw);
  properties[PROP_STATUS_LABEL] = g_param_spec_string ("status-label", NULL, NULL, NULL, ro);
  properties[PROP_RANK] = g_param_spec_string ("rank", NULL, NULL, NULL, rw);
  properties[PROP_RANK_LABEL] = g_param_spec_string ("rank-label", NULL, NULL, NULL, ro);
  properties[PROP_RANK_ORDER] =
    g_param_spec_uint ("rank-order", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_POSITION] = g_param_spec_string ("position", NULL, NULL, NULL, rw);
  properties[PROP_POSITION_KIND] =
    g_param_spec_enum ("position-kind", NULL, NULL,
                       KN_TYPE_POSITION_KIND, KN_POSITION_PELAKSANA, rw);
  properties[PROP_POSITION_KIND_LABEL] =
    g_param_spec_string ("position-kind-label", NULL, NULL, NULL, ro);
  properties[PROP_UNIT_ID] = g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_UNIT_NAME] = g_param_spec_string ("unit-name", NULL, NULL, NULL, rw);
  properties[PROP_SUPERVISOR_ID] =
    g_param_spec_int64 ("supervisor-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_SUPERVISOR_NAME] =
    g_param_spec_string ("supervisor-name", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kn_employee_init (KnEmployee *self)
{
  self->nip = g_strdup ("");
  self->name = g_strdup ("");
  self->position = g_strdup ("");
  self->status = KN_EMPLOYEE_STATUS_PNS;
  self->position_kind = KN_POSITION_PELAKSANA;
}

KnEmployee *
kn_employee_new (void)
{
  return g_object_new (KN_TYPE_EMPLOYEE, NULL);
}

KnEmployee *
kn_employee_copy (KnEmployee *self)
{
  KnEmployee *copy;

  g_return_val_if_fail (KN_IS_EMPLOYEE (self), NULL);

  copy = kn_employee_new ();
  copy->id = self->id;
  kn_model_replace_string (&copy->nip, self->nip);
  kn_model_replace_string (&copy->name, self->name);
  copy->status = self->status;
  kn_model_replace_string (&copy->rank, self->rank);
  kn_model_replace_string (&copy->position, self->position);
  copy->position_kind = self->position_kind;
  copy->unit_id = self->unit_id;
  copy->supervisor_id = self->supervisor_id;
  kn_model_replace_string (&copy->unit_name, self->unit_name);
  kn_model_replace_string (&copy->supervisor_name, self->supervisor_name);

  return copy;
}

gint64
kn_employee_get_id (KnEmployee *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE (self), 0);
  return self->id;
}

void
kn_employee_set_id (KnEmployee *self,
                    gint64      id)
{
  g_return_if_fail (KN_IS_EMPLOYEE (self));

  kn_model_set_value (self, self->id, id, properties[PROP_ID]);
}

const char *
kn_employee_get_nip (KnEmployee *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE (self), NULL);
  return self->nip;
}

void
kn_employee_set_nip (KnEmployee *self,
                     const char *nip)
{
  g_return_if_fail (KN_IS_EMPLOYEE (self));

  if (kn_model_replace_string (&self->nip, nip != NULL ? nip : ""))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NIP]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NIP_DISPLAY]);
    }
}

char *
kn_employee_dup_nip_display (KnEmployee *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE (self), NULL);
  return kn_nip_format (self->nip);
}

gboolean
kn_employee_get_legacy_nip (KnEmployee *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE (self), FALSE);
  return self->nip != NULL && strlen (self->nip) == 9;
}

const char *
kn_employee_get_name (KnEmployee *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE (self), NULL);
  return self->name;
}

void
kn_employee_set_name (KnEmployee *self,
                      const char *name)
{
  g_return_if_fail (KN_IS_EMPLOYEE (self));

  if (kn_model_replace_string (&self->name, name != NULL ? name : ""))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_NAME]);
    }
}

/* Titles written before a name; those after it follow the first comma. */
static const char * const leading_titles[] = {
  "prof.", "dr.", "drs.", "dra.", "ir.", "h.", "hj.", "hi.", "drg.", "apt.", "ns.", "kh.", NULL
};

char *
kn_employee_dup_sort_name (KnEmployee *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE (self), NULL);

  return kn_employee_sort_name_for (self->name);
}

char *
kn_employee_sort_name_for (const char *name)
{
  g_autofree char *bare = NULL;
  const char *p;
  char *comma;

  g_return_val_if_fail (name != NULL, NULL);

  p = name;
  for (gboolean stripped = TRUE; stripped; )
    {
      stripped = FALSE;
      while (*p == ' ')
        p++;
      for (guint i = 0; leading_titles[i] != NULL; i++)
        {
          gsize len = strlen (leading_titles[i]);

          if (g_ascii_strncasecmp (p, leading_titles[i], len) == 0 && p[len] == ' ')
            {
              p += len;
              stripped = TRUE;
              break;
            }
        }
    }

  bare = g_strdup (p);
  comma = strchr (bare, ',');
  if (comma != NULL)
    *comma = '\0';

  return g_utf8_casefold (g_strstrip (bare), -1);
}

KnEmployeeStatus
kn_employee_get_status (KnEmployee *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE (self), KN_EMPLOYEE_STATUS_PNS);
  return self->status;
}

void
kn_employee_set_status (KnEmployee       *self,
                        KnEmployeeStatus  status)
{
  g_return_if_fail (KN_IS_EMPLOYEE (self));
  g_return_if_fail (status < KN_EMPLOYEE_STATUS_N);

  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_LABEL]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANK_LABEL]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANK_ORDER]);
    }
}

const char *
kn_employee_get_rank (KnEmployee *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE (self), NULL);
  return self->rank;
}

void
kn_employee_set_rank (KnEmployee *self,
                      const char *rank)
{
  g_return_if_fail (KN_IS_EMPLOYEE (self));

  if (rank != NULL && rank[0] == '\0')
    rank = NULL;

  if (kn_model_replace_string (&self->rank, rank))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANK]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANK_LABEL]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANK_ORDER]);
    }
}

char *
kn_employee_dup_rank_label (KnEmployee *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE (self), NULL);
  return kn_rank_format (self->status, self->rank);
}

guint
kn_employee_get_rank_order (KnEmployee *self)
{
  const KnRank *rank;

  g_return_val_if_fail (KN_IS_EMPLOYEE (self), 0);

  rank = self->rank != NULL ? kn_rank_lookup (self->status, self->rank) : NULL;
  if (rank == NULL)
    return 0;

  /* PPPK golongan sort before PNS ranks; within each, by seniority. */
  return (self->status == KN_EMPLOYEE_STATUS_PNS ? 100 : 0) + rank->order;
}

const char *
kn_employee_get_position (KnEmployee *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE (self), NULL);
  return self->position;
}

void
kn_employee_set_position (KnEmployee *self,
                          const char *position)
{
  g_return_if_fail (KN_IS_EMPLOYEE (self));

  kn_model_set_string (self, &self->position, position != NULL ? position : "", properties[PROP_POSITION]);
}

KnPositionKind
kn_employee_get_position_kind (KnEmployee *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE (self), KN_POSITION_PELAKSANA);
  return self->position_kind;
}

void
kn_employee_set_position_kind (KnEmployee     *self,
                               KnPositionKind  kind)
{
  g_return_if_fail (KN_IS_EMPLOYEE (self));
  g_return_if_fail (kind < KN_POSITION_N);

  if (self->position_kind != kind)
    {
      self->position_kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION_KIND]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION_KIND_LABEL]);
    }
}

gint64
kn_employee_get_unit_id (KnEmployee *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE (self), 0);
  return self->unit_id;
}

void
kn_employee_set_unit_id (KnEmployee *self,
                         gint64      unit_id)
{
  g_return_if_fail (KN_IS_EMPLOYEE (self));

  kn_model_set_value (self, self->unit_id, unit_id, properties[PROP_UNIT_ID]);
}

gint64
kn_employee_get_supervisor_id (KnEmployee *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE (self), 0);
  return self->supervisor_id;
}

void
kn_employee_set_supervisor_id (KnEmployee *self,
                               gint64      supervisor_id)
{
  g_return_if_fail (KN_IS_EMPLOYEE (self));

  kn_model_set_value (self, self->supervisor_id, supervisor_id, properties[PROP_SUPERVISOR_ID]);
}

const char *
kn_employee_get_unit_name (KnEmployee *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE (self), NULL);
  return self->unit_name;
}

void
kn_employee_set_unit_name (KnEmployee *self,
                           const char *unit_name)
{
  g_return_if_fail (KN_IS_EMPLOYEE (self));

  kn_model_set_string (self, &self->unit_name, unit_name, properties[PROP_UNIT_NAME]);
}

const char *
kn_employee_get_supervisor_name (KnEmployee *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE (self), NULL);
  return self->supervisor_name;
}

void
kn_employee_set_supervisor_name (KnEmployee *self,
                                 const char *supervisor_name)
{
  g_return_if_fail (KN_IS_EMPLOYEE (self));

  kn_model_set_string (self, &self->supervisor_name, supervisor_name, properties[PROP_SUPERVISOR_NAME]);
}
