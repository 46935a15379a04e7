/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Matriks Peran Hasil: how a unit's RHK cascade from the head down to each staff member. */

#define G_LOG_DOMAIN "kn-cascade"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kinerja/kn-cascade.h"

struct _KnCascadeNode
{
  GObject            parent_instance;

  KnCascadeNodeKind  kind;
  char              *title;        /* owned */
  char              *subtitle;     /* owned, nullable */
  KnCascadeFlags     flags;
  gint64             employee_id;
  gint64             result_id;
  GListStore        *children;     /* owned */
};

enum {
  PROP_0,
  PROP_KIND,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_FLAGS,
  PROP_UNLINKED,
  PROP_UNSUPPORTED,
  PROP_NO_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KnCascadeNode, kn_cascade_node, G_TYPE_OBJECT)

typedef struct
{
  KnStore         *store;
  guint            year;
  gint64           unit_id;
  GHashTable      *plans;       /* employee id → KnPlan (owned) */
  GHashTable      *staff;       /* supervisor id → GPtrArray of KnEmployee (in the unit) */
  KnCascadeCounts  counts;
} Builder;

static KnCascadeNode *
node_new (KnCascadeNodeKind  kind,
          const char        *title,
          const char        *subtitle,
          gint64             employee_id,
          gint64             result_id)
{
  KnCascadeNode *node = g_object_new (KN_TYPE_CASCADE_NODE, NULL);

  node->kind = kind;
  node->title = g_strdup (title);
  node->subtitle = g_strdup (subtitle);
  node->employee_id = employee_id;
  node->result_id = result_id;
  return node;
}

/* Adds under @node the staff RHK that support @result_id, each with its own supporters. */
static void
add_supporters (Builder       *builder,
                KnCascadeNode *node,
                KnEmployee    *holder,
                gint64         result_id,
                guint          depth)
{
  GPtrArray *staff = g_hash_table_lookup (builder->staff, &(gint64){ kn_employee_get_id (holder) });
  gboolean staff_have_plans = FALSE;

  if (staff == NULL || depth > 50)
    return;

  for (guint i = 0; i < staff->len; i++)
    {
      KnEmployee *member = g_ptr_array_index (staff, i);
      KnPlan *plan = g_hash_table_lookup (builder->plans, &(gint64){ kn_employee_get_id (member) });
      GListModel *results;

      if (plan == NULL)
        continue;

      staff_have_plans = TRUE;
      results = G_LIST_MODEL (kn_plan_get_results (plan));
      for (guint j = 0; j < g_list_model_get_n_items (results); j++)
        {
          g_autoptr(KnPlanResult) result = g_list_model_get_item (results, j);
          g_autoptr(KnCascadeNode) child = NULL;

          if (kn_plan_result_get_parent_id (result) != result_id)
            continue;

          child = node_new (KN_CASCADE_NODE_RESULT, kn_plan_result_get_text (result),
                            kn_employee_get_name (member), kn_employee_get_id (member),
                            kn_plan_result_get_id (result));
          add_supporters (builder, child, member, kn_plan_result_get_id (result), depth + 1);
          g_list_store_append (node->children, child);
        }
    }

  /* Staff below with SKPs, yet none of their RHK supports this one. */
  if (staff_have_plans && g_list_model_get_n_items (G_LIST_MODEL (node->children)) == 0)
    {
      node->flags |= KN_CASCADE_FLAG_UNSUPPORTED;
      builder->counts.n_unsupported++;
    }
}

static KnCascadeNode *
employee_node (Builder    *builder,
               KnEmployee *employee)
{
  KnCascadeNode *node;
  KnPlan *plan = g_hash_table_lookup (builder->plans, &(gint64){ kn_employee_get_id (employee) });

  node = node_new (KN_CASCADE_NODE_EMPLOYEE, kn_employee_get_name (employee),
                   kn_employee_get_position (employee), kn_employee_get_id (employee), 0);

  if (plan == NULL)
    {
      node->flags |= KN_CASCADE_FLAG_NO_PLAN;
      return node;
    }

  {
    GListModel *results = G_LIST_MODEL (kn_plan_get_results (plan));

    for (guint i = 0; i < g_list_model_get_n_items (results); i++)
      {
        g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);
        g_autoptr(KnCascadeNode) child = NULL;

        child = node_new (KN_CASCADE_NODE_RESULT, kn_plan_result_get_text (result),
                          kn_employee_get_name (employee), kn_employee_get_id (employee),
                          kn_plan_result_get_id (result));
        add_supporters (builder, child, employee, kn_plan_result_get_id (result), 0);
        g_list_store_append (node->children, child);
      }
  }

  return node;
}

/* Staff RHK that support nothing, and people without an SKP, gathered under two headings. */
static void
add_notices (Builder    *builder,
             GListStore *roots,
             GPtrArray  *members)
{
  g_autoptr(KnCascadeNode) unlinked = NULL;
  g_autoptr(KnCascadeNode) without = NULL;

  unlinked = node_new (KN_CASCADE_NODE_NOTICE, NULL, NULL, 0, 0);
  unlinked->flags = KN_CASCADE_FLAG_UNLINKED;
  without = node_new (KN_CASCADE_NODE_NOTICE, NULL, NULL, 0, 0);
  without->flags = KN_CASCADE_FLAG_NO_PLAN;

  for (guint i = 0; i < members->len; i++)
    {
      KnEmployee *member = g_ptr_array_index (members, i);
      KnPlan *plan = g_hash_table_lookup (builder->plans, &(gint64){ kn_employee_get_id (member) });
      GListModel *results;

      if (plan == NULL)
        {
          g_autoptr(KnCascadeNode) notice = NULL;

          notice = node_new (KN_CASCADE_NODE_NOTICE, kn_employee_get_name (member),
                             kn_employee_get_position (member), kn_employee_get_id (member), 0);
          notice->flags = KN_CASCADE_FLAG_NO_PLAN;
          g_list_store_append (without->children, notice);
          continue;
        }

      /* A JPT's RHK, and a head without an atasan, have nothing to support. */
      if (kn_plan_get_jpt (plan) || kn_employee_get_supervisor_id (member) == 0)
        continue;

      results = G_LIST_MODEL (kn_plan_get_results (plan));
      for (guint j = 0; j < g_list_model_get_n_items (results); j++)
        {
          g_autoptr(KnPlanResult) result = g_list_model_get_item (results, j);
          g_autoptr(KnCascadeNode) orphan = NULL;

          if (kn_plan_result_get_parent_id (result) != 0 ||
              kn_plan_result_get_kind (result) != KN_RESULT_KIND_UTAMA)
            continue;

          orphan = node_new (KN_CASCADE_NODE_RESULT, kn_plan_result_get_text (result),
                             kn_employee_get_name (member), kn_employee_get_id (member),
                             kn_plan_result_get_id (result));
          orphan->flags = KN_CASCADE_FLAG_UNLINKED;
          builder->counts.n_unlinked++;
          /* Staff RHK may still support this one: keep them in the tree, below it. */
          add_supporters (builder, orphan, member, kn_plan_result_get_id (result), 0);
          g_list_store_append (unlinked->children, orphan);
        }
    }

  if (builder->counts.n_unlinked > 0)
    {
      unlinked->title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%u RHK supports no superior RHK",
                                                      "%u RHK support no superior RHK",
                                                      builder->counts.n_unlinked),
                                         builder->counts.n_unlinked);
      g_list_store_append (roots, unlinked);
    }

  if (builder->counts.n_without_plan > 0)
    {
      without->title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "%u employee has no SKP for %u",
                                                     "%u employees have no SKP for %u",
                                                     builder->counts.n_without_plan),
                                        builder->counts.n_without_plan, builder->year);
      g_list_store_append (roots, without);
    }
}

static void
free_staff_list (gpointer data)
{
  g_ptr_array_unref (data);
}

GListModel *
kn_cascade_build (KnStore         *store,
                  gint64           unit_id,
                  guint            year,
                  KnCascadeCounts *counts)
{
  GListStore *roots = g_list_store_new (KN_TYPE_CASCADE_NODE);
  g_autoptr(GPtrArray) members = g_ptr_array_new ();
  GListModel *employees;
  Builder builder = { 0, };

  g_return_val_if_fail (KN_IS_STORE (store), NULL);

  builder.store = store;
  builder.year = year;
  builder.unit_id = unit_id;
  builder.plans = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  builder.staff = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, free_staff_list);

  employees = kn_store_get_employees (store);
  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      KnEmployee *stored;
      KnPlan *plan;

      if (!kn_store_unit_is_within (store, kn_employee_get_unit_id (employee), unit_id))
        continue;

      stored = kn_store_lookup_employee (store, kn_employee_get_id (employee));
      g_ptr_array_add (members, stored);
      builder.counts.n_employees++;

      plan = kn_store_load_plan (store, kn_employee_get_id (employee), year, NULL);
      if (plan != NULL)
        {
          builder.counts.n_with_plan++;
          builder.counts.n_results += g_list_model_get_n_items (G_LIST_MODEL (kn_plan_get_results (plan)));
          g_hash_table_insert (builder.plans, g_memdup2 (&(gint64){ kn_employee_get_id (employee) },
                                                         sizeof (gint64)),
                               plan);
        }
      else
        builder.counts.n_without_plan++;
    }

  for (guint i = 0; i < members->len; i++)
    {
      KnEmployee *member = g_ptr_array_index (members, i);
      gint64 supervisor = kn_employee_get_supervisor_id (member);
      KnEmployee *superior = kn_store_lookup_employee (store, supervisor);
      GPtrArray *list;

      if (superior == NULL || !kn_store_unit_is_within (store, kn_employee_get_unit_id (superior),
                                                         unit_id))
        continue;

      list = g_hash_table_lookup (builder.staff, &supervisor);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (builder.staff, g_memdup2 (&supervisor, sizeof supervisor), list);
        }
      g_ptr_array_add (list, member);
    }

  /* One tree per head: someone whose atasan works outside the unit, or who has none. */
  for (guint i = 0; i < members->len; i++)
    {
      KnEmployee *member = g_ptr_array_index (members, i);
      KnEmployee *superior = kn_store_lookup_employee (store, kn_employee_get_supervisor_id (member));

      if (superior == NULL || !kn_store_unit_is_within (store, kn_employee_get_unit_id (superior),
                                                         unit_id))
        {
          g_autoptr(KnCascadeNode) node = employee_node (&builder, member);

          g_list_store_append (roots, node);
        }
    }

  add_notices (&builder, roots, members);

  if (counts != NULL)
    *counts = builder.counts;

  g_hash_table_unref (builder.plans);
  g_hash_table_unref (builder.staff);
  return G_LIST_MODEL (roots);
}

static void
kn_cascade_node_finalize (GObject *object)
{
  KnCascadeNode *self = (KnCascadeNode *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  g_clear_object (&self->children);

  G_OBJECT_CLASS (kn_cascade_node_parent_class)->finalize (object);
}

static void
kn_cascade_node_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KnCascadeNode *self = KN_CASCADE_NODE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_FLAGS:
      g_value_set_uint (value, self->flags);
      break;
    case PROP_UNLINKED:
      g_value_set_boolean (value, (self->flags & KN_CASCADE_FLAG_UNLINKED) != 0);
      break;
    case PROP_UNSUPPORTED:
      g_value_set_boolean (value, (self->flags & KN_CASCADE_FLAG_UNSUPPORTED) != 0);
      break;
    case PROP_NO_PLAN:
      g_value_set_boolean (value, (self->flags & KN_CASCADE_FLAG_NO_PLAN) != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_cascade_node_class_init (KnCascadeNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kn_cascade_node_finalize;
  object_class->get_property = kn_cascade_node_get_property;

  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, NULL, ro);
  properties[PROP_FLAGS] = g_param_spec_uint ("flags", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_UNLINKED] = g_param_spec_boolean ("unlinked", NULL, NULL, FALSE, ro);
  properties[PROP_UNSUPPORTED] = g_param_spec_boolean ("unsupported", NULL, NULL, FALSE, ro);
  properties[PROP_NO_PLAN] = g_param_spec_boolean ("no-plan", NULL, NULL, FALSE, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kn_cascade_node_init (KnCascadeNode *self)
{
  self->children = g_list_store_new (KN_TYPE_CASCADE_NODE);
}

KnCascadeNodeKind
kn_cascade_node_get_kind (KnCascadeNode *self)
{
  g_return_val_if_fail (KN_IS_CASCADE_NODE (self), 0);
  return self->kind;
}

const char *
kn_cascade_node_get_title (KnCascadeNode *self)
{
  g_return_val_if_fail (KN_IS_CASCADE_NODE (self), NULL);
  return self->title;
}

const char *
kn_cascade_node_get_subtitle (KnCascadeNode *self)
{
  g_return_val_if_fail (KN_IS_CASCADE_NODE (self), NULL);
  return self->subtitle;
}

KnCascadeFlags
kn_cascade_node_get_flags (KnCascadeNode *self)
{
  g_return_val_if_fail (KN_IS_CASCADE_NODE (self), 0);
  return self->flags;
}

gint64
kn_cascade_node_get_employee_id (KnCascadeNode *self)
{
  g_return_val_if_fail (KN_IS_CASCADE_NODE (self), 0);
  return self->employee_id;
}

gint64
kn_cascade_node_get_result_id (KnCascadeNode *self)
{
  g_return_val_if_fail (KN_IS_CASCADE_NODE (self), 0);
  return self->result_id;
}

GListModel *
kn_cascade_node_get_children (KnCascadeNode *self)
{
  g_return_val_if_fail (KN_IS_CASCADE_NODE (self), NULL);
  return G_LIST_MODEL (self->children);
}
