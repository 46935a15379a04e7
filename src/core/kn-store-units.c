/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's organisation units: the tree, kept in order in a live model. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kn-store.h"

#include "kn-store-private.h"

/* Units */

static void
add_unit_subtree (KnStore    *self,
                  GHashTable *children,
                  gint64      parent_id,
                  guint       depth,
                  const char *parent_path,
                  GPtrArray  *out)
{
  GPtrArray *kids = g_hash_table_lookup (children, &parent_id);

  if (kids == NULL || depth > KN_STORE_MAX_CHAIN)
    return;

  for (guint i = 0; i < kids->len; i++)
    {
      KnOrgUnit *unit = g_ptr_array_index (kids, i);
      g_autofree char *path = NULL;

      if (parent_path != NULL)
        path = g_strdup_printf ("%s › %s", parent_path, kn_org_unit_get_name (unit));
      else
        path = g_strdup (kn_org_unit_get_name (unit));

      kn_org_unit_set_depth (unit, depth);
      kn_org_unit_set_path (unit, path);
      g_ptr_array_add (out, g_object_ref (unit));
      add_unit_subtree (self, children, kn_org_unit_get_id (unit), depth + 1, path, out);
    }
}

typedef struct
{
  char      *key;
  KnOrgUnit *unit;
} KeyedUnit;

static int
compare_keyed_units (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  return strcmp (((const KeyedUnit *)a)->key, ((const KeyedUnit *)b)->key);
}

/* Sorts @units by name, each name's collation key made once (not twice per comparison: a cabang
 * dinas of 300 schools made thousands). Stable: equal names keep their order. */
static void
sort_units_by_name (GPtrArray *units)
{
  g_autofree KeyedUnit *keyed = g_new (KeyedUnit, MAX (units->len, 1));

  for (guint i = 0; i < units->len; i++)
    {
      keyed[i].unit = g_ptr_array_index (units, i);
      keyed[i].key = g_utf8_collate_key (kn_org_unit_get_name (keyed[i].unit), -1);
    }
  g_qsort_with_data (keyed, units->len, sizeof (KeyedUnit), compare_keyed_units, NULL);
  for (guint i = 0; i < units->len; i++)
    {
      g_ptr_array_index (units, i) = keyed[i].unit;
      g_free (keyed[i].key);
    }
}

void
kn_store_rebuild_unit_order (KnStore *self)
{
  g_autoptr(GHashTable) children = NULL;
  g_autoptr(GPtrArray) ordered = NULL;
  GHashTableIter iter;
  gpointer value;

  children = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                    (GDestroyNotify)g_ptr_array_unref);
  g_hash_table_iter_init (&iter, self->units_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      KnOrgUnit *unit = value;
      gint64 parent_id = kn_org_unit_get_parent_id (unit);
      GPtrArray *kids = g_hash_table_lookup (children, &parent_id);

      if (kids == NULL)
        {
          kids = g_ptr_array_new ();
          g_hash_table_insert (children, kn_store_id_key (parent_id), kids);
        }
      g_ptr_array_add (kids, unit);
    }

  g_hash_table_iter_init (&iter, children);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    sort_units_by_name (value);

  ordered = g_ptr_array_new_with_free_func (g_object_unref);
  add_unit_subtree (self, children, 0, 0, NULL, ordered);

  /* Paths and depths are right at once; the model shows the new order at commit. */
  if (self->bulk > 0)
    {
      self->units_dirty = TRUE;
      return;
    }

  g_list_store_splice (self->units, 0, g_list_model_get_n_items (G_LIST_MODEL (self->units)),
                       ordered->pdata, ordered->len);
  self->units_dirty = FALSE;
}

/* Gives @unit (new, not listed yet, its parent listed) its depth and path, and puts it in the
 * live unit list where kn_store_rebuild_unit_order would: after its parent, among its siblings
 * by name, before the first unit that is not under the parent — one items-changed at that
 * position. The other units keep their places, depths, paths and collation keys. Inside a bulk
 * the list is rebuilt once at commit instead. */
static void
insert_unit_in_order (KnStore   *self,
                      KnOrgUnit *unit)
{
  GListModel *units = G_LIST_MODEL (self->units);
  KnOrgUnit *parent = kn_store_lookup_unit (self, kn_org_unit_get_parent_id (unit));
  const char *name = kn_org_unit_get_name (unit);
  guint depth = 0;
  guint position = 0;
  guint n;

  if (parent != NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s › %s", kn_org_unit_get_path (parent), name);

      depth = kn_org_unit_get_depth (parent) + 1;
      kn_org_unit_set_path (unit, path);
    }
  else
    kn_org_unit_set_path (unit, name);
  kn_org_unit_set_depth (unit, depth);

  if (self->bulk > 0 || self->units_dirty)
    {
      self->units_dirty = TRUE;
      return;
    }

  n = g_list_model_get_n_items (units);
  if (parent != NULL)
    {
      if (!g_list_store_find (self->units, parent, &position))
        {
          kn_store_rebuild_unit_order (self);
          return;
        }
      position++;
    }
  /* g_utf8_collate orders as the collation keys the rebuild sorts by; an equal name goes after. */
  for (; position < n; position++)
    {
      g_autoptr(KnOrgUnit) next = g_list_model_get_item (units, position);
      guint next_depth = kn_org_unit_get_depth (next);

      if (next_depth < depth ||
          (next_depth == depth && g_utf8_collate (name, kn_org_unit_get_name (next)) < 0))
        break;
    }
  g_list_store_insert (self->units, position, unit);
}

static void
refresh_unit_names (KnStore *self,
                    gint64   unit_id)
{
  KnOrgUnit *unit = kn_store_lookup_unit (self, unit_id);
  GHashTableIter iter;
  gpointer value;

  kn_store_ensure_employees (self);
  g_hash_table_iter_init (&iter, self->employees_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (kn_employee_get_unit_id (value) == unit_id)
      kn_employee_set_unit_name (value, unit != NULL ? kn_org_unit_get_name (unit) : NULL);
}

static guint
count_child_units (KnStore *self,
                   gint64   unit_id,
                   GString *names)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_hash_table_iter_init (&iter, self->units_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (kn_org_unit_get_parent_id (value) == unit_id)
      {
        if (names != NULL)
          {
            if (names->len > 0)
              g_string_append (names, ", ");
            g_string_append (names, kn_org_unit_get_name (value));
          }
        n++;
      }

  return n;
}

static guint
count_unit_employees (KnStore *self,
                      gint64   unit_id)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  kn_store_ensure_employees (self);
  g_hash_table_iter_init (&iter, self->employees_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (kn_employee_get_unit_id (value) == unit_id)
      n++;

  return n;
}

static gboolean
sibling_name_taken (KnStore    *self,
                    gint64      parent_id,
                    const char *name,
                    gint64      except_id)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->units_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_autofree char *other = NULL;

      if (kn_org_unit_get_parent_id (value) != parent_id || kn_org_unit_get_id (value) == except_id)
        continue;

      other = g_utf8_casefold (kn_org_unit_get_name (value), -1);
      if (g_strcmp0 (folded, other) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
validate_unit (KnStore    *self,
               KnOrgUnit  *unit,
               char      **name_out,
               GError    **error)
{
  g_autofree char *name = g_strstrip (g_strdup (kn_org_unit_get_name (unit)));
  gint64 parent_id = kn_org_unit_get_parent_id (unit);

  if (name[0] == '\0')
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("The unit name is empty. Type a name such as “Bidang Pembinaan SMA”."));
      return FALSE;
    }

  if (parent_id != 0
      && kn_store_require_unit (self, parent_id,
                                _("The parent unit no longer exists. Choose another one."),
                                error) == NULL)
    return FALSE;

  if (kn_org_unit_get_id (unit) != 0 && parent_id != 0 &&
      kn_store_unit_is_within (self, parent_id, kn_org_unit_get_id (unit)))
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_CYCLE,
                   _("“%s” cannot be moved under itself or under one of its own sub-units."),
                   name);
      return FALSE;
    }

  if (sibling_name_taken (self, parent_id, name, kn_org_unit_get_id (unit)))
    {
      KnOrgUnit *parent = parent_id != 0 ? kn_store_lookup_unit (self, parent_id) : NULL;

      if (parent != NULL)
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_DUPLICATE,
                     _("There is already a unit named “%s” in “%s”."),
                     name, kn_org_unit_get_name (parent));
      else
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_DUPLICATE,
                     _("There is already a top-level unit named “%s”."), name);
      return FALSE;
    }

  *name_out = g_steal_pointer (&name);
  return TRUE;
}

GListModel *
kn_store_get_units (KnStore *self)
{
  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  return G_LIST_MODEL (self->units);
}

GListModel *
kn_store_list_child_units (KnStore *self,
                           gint64   parent_id)
{
  GListStore *children;
  guint n;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  children = g_list_store_new (KN_TYPE_ORG_UNIT);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->units));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      if (kn_org_unit_get_parent_id (unit) == parent_id)
        g_list_store_append (children, unit);
    }

  return G_LIST_MODEL (children);
}

KnOrgUnit *
kn_store_lookup_unit (KnStore *self,
                      gint64   id)
{
  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  if (id == 0)
    return NULL;
  return g_hash_table_lookup (self->units_by_id, &id);
}

KnOrgUnit *
kn_store_require_unit (KnStore     *self,
                       gint64       id,
                       const char  *message,
                       GError     **error)
{
  KnOrgUnit *unit = kn_store_lookup_unit (self, id);

  if (unit == NULL)
    g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                         message != NULL ? message
                                         : _("This unit no longer exists; it may have been deleted."));
  return unit;
}

KnOrgUnit *
kn_store_find_unit (KnStore    *self,
                    const char *name)
{
  g_autofree char *folded = NULL;
  KnOrgUnit *found = NULL;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  /* The table, not the ordered model, so that units added in an open bulk are found too;
   * the oldest unit wins when several share the name. */
  folded = g_utf8_casefold (name, -1);
  g_hash_table_iter_init (&iter, self->units_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_autofree char *other = g_utf8_casefold (kn_org_unit_get_name (value), -1);

      if (g_strcmp0 (folded, other) == 0 &&
          (found == NULL || kn_org_unit_get_id (value) < kn_org_unit_get_id (found)))
        found = value;
    }

  return found;
}

static char *
normalize_unit_text (const char *text)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *unified = NULL;
  g_autoptr(GString) tmp = g_string_new (text);

  g_string_replace (tmp, "›", "/", 0);
  g_string_replace (tmp, ">", "/", 0);
  unified = g_utf8_casefold (tmp->str, -1);
  parts = g_strsplit (unified, "/", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, '/');
      g_string_append (out, parts[i]);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static int
compare_units_by_path (gconstpointer a,
                       gconstpointer b)
{
  return g_utf8_collate (kn_org_unit_get_path (*(KnOrgUnit **)a),
                         kn_org_unit_get_path (*(KnOrgUnit **)b));
}

KnOrgUnit *
kn_store_resolve_unit (KnStore     *self,
                       const char  *text,
                       GError     **error)
{
  g_autofree char *wanted = NULL;
  g_autoptr(GPtrArray) by_name = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  wanted = normalize_unit_text (text);
  g_hash_table_iter_init (&iter, self->units_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      KnOrgUnit *unit = value;
      g_autofree char *path = normalize_unit_text (kn_org_unit_get_path (unit));
      g_autofree char *name = normalize_unit_text (kn_org_unit_get_name (unit));

      if (g_strcmp0 (path, wanted) == 0)
        return unit;
      if (g_strcmp0 (name, wanted) == 0)
        g_ptr_array_add (by_name, unit);
    }

  if (by_name->len == 1)
    return g_ptr_array_index (by_name, 0);

  if (by_name->len == 0)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                   _("There is no unit named “%s”."), text);
    }
  else
    {
      g_autoptr(GString) candidates = g_string_new (NULL);

      g_ptr_array_sort (by_name, compare_units_by_path);
      for (guint i = 0; i < by_name->len; i++)
        g_string_append_printf (candidates, "\n  %s",
                                kn_org_unit_get_path (g_ptr_array_index (by_name, i)));
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("Several units are named “%s”; write the whole path, one of:%s"),
                   text, candidates->str);
    }

  return NULL;
}

gint64
kn_store_get_top_unit_id (KnStore *self,
                          gint64   unit_id)
{
  KnOrgUnit *unit;

  g_return_val_if_fail (KN_IS_STORE (self), 0);

  unit = kn_store_lookup_unit (self, unit_id);
  for (guint steps = 0; unit != NULL && kn_org_unit_get_parent_id (unit) != 0 &&
                        steps < KN_STORE_MAX_CHAIN; steps++)
    unit = kn_store_lookup_unit (self, kn_org_unit_get_parent_id (unit));
  return unit != NULL ? kn_org_unit_get_id (unit) : 0;
}

gboolean
kn_store_unit_is_within (KnStore *self,
                         gint64   unit_id,
                         gint64   ancestor_id)
{
  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  for (guint steps = 0; unit_id != 0 && steps < KN_STORE_MAX_CHAIN; steps++)
    {
      KnOrgUnit *unit;

      if (unit_id == ancestor_id)
        return TRUE;

      unit = kn_store_lookup_unit (self, unit_id);
      if (unit == NULL)
        return FALSE;
      unit_id = kn_org_unit_get_parent_id (unit);
    }

  return FALSE;
}

gboolean
kn_store_add_unit (KnStore    *self,
                   KnOrgUnit  *unit,
                   GError    **error)
{
  g_autofree char *name = NULL;
  g_autofree char *parent = NULL;
  KnDbStmt *stmt;
  KnOrgUnit *stored;
  gint64 id;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (KN_IS_ORG_UNIT (unit), FALSE);
  g_return_val_if_fail (kn_org_unit_get_id (unit) == 0, FALSE);

  if (!validate_unit (self, unit, &name, error))
    return FALSE;

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;

  stmt = kn_store_stmt (self, "INSERT INTO org_unit (name, parent_id) VALUES (?, ?)", error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_text (stmt, 1, name);
  kn_store_bind_id (stmt, 2, kn_org_unit_get_parent_id (unit));
  if (!kn_store_step (self, stmt, error))
    goto failed;

  id = kn_db_last_insert_id (self->db);
  parent = kn_store_id_to_string (kn_org_unit_get_parent_id (unit));
  if (!kn_store_audit (self, "unit", id, "insert", "name", NULL, name, error) ||
      (parent != NULL && !kn_store_audit (self, "unit", id, "insert", "parent_id", NULL, parent, error)))
    goto failed;

  if (!kn_store_savepoint_release (self, error))
    return FALSE;

  kn_org_unit_set_id (unit, id);
  kn_org_unit_set_name (unit, name);
  stored = kn_org_unit_new (name, kn_org_unit_get_parent_id (unit));
  kn_org_unit_set_id (stored, id);
  g_hash_table_insert (self->units_by_id, kn_store_id_key (id), stored);
  insert_unit_in_order (self, stored);
  kn_org_unit_set_depth (unit, kn_org_unit_get_depth (stored));
  kn_org_unit_set_path (unit, kn_org_unit_get_path (stored));

  return TRUE;

failed:
  return kn_store_savepoint_end (self, FALSE, error);
}

gboolean
kn_store_update_unit (KnStore    *self,
                      KnOrgUnit  *unit,
                      GError    **error)
{
  g_autofree char *name = NULL;
  g_autofree char *old_parent = NULL;
  g_autofree char *new_parent = NULL;
  KnDbStmt *stmt;
  KnOrgUnit *stored;
  gint64 id;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (KN_IS_ORG_UNIT (unit), FALSE);

  id = kn_org_unit_get_id (unit);
  stored = kn_store_require_unit (self, id, NULL, error);
  if (stored == NULL)
    return FALSE;

  if (!validate_unit (self, unit, &name, error))
    return FALSE;

  old_parent = kn_store_id_to_string (kn_org_unit_get_parent_id (stored));
  new_parent = kn_store_id_to_string (kn_org_unit_get_parent_id (unit));

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;

  stmt = kn_store_stmt (self, "UPDATE org_unit SET name = ?, parent_id = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_text (stmt, 1, name);
  kn_store_bind_id (stmt, 2, kn_org_unit_get_parent_id (unit));
  kn_db_bind_int64 (stmt, 3, id);
  if (!kn_store_step (self, stmt, error) ||
      !kn_store_audit_change (self, "unit", id, "name", kn_org_unit_get_name (stored), name, error) ||
      !kn_store_audit_change (self, "unit", id, "parent_id", old_parent, new_parent, error))
    goto failed;

  if (!kn_store_savepoint_release (self, error))
    return FALSE;

  kn_org_unit_set_name (stored, name);
  kn_org_unit_set_parent_id (stored, kn_org_unit_get_parent_id (unit));
  kn_store_rebuild_unit_order (self);
  refresh_unit_names (self, id);

  return TRUE;

failed:
  return kn_store_savepoint_end (self, FALSE, error);
}

gboolean
kn_store_check_unit_deletable (KnStore  *self,
                               gint64    unit_id,
                               GError  **error)
{
  g_autoptr(GString) child_names = g_string_new (NULL);
  KnOrgUnit *stored;
  guint n_children;
  guint n_employees;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  stored = kn_store_require_unit (self, unit_id, NULL, error);
  if (stored == NULL)
    return FALSE;

  n_children = count_child_units (self, unit_id, child_names);
  n_employees = count_unit_employees (self, unit_id);
  if (n_children > 0 || n_employees > 0)
    {
      g_autofree char *units_text = NULL;
      g_autofree char *employees_text = NULL;

      units_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sub-unit (%s)",
                                                 "%u sub-units (%s)", n_children),
                                    n_children, child_names->str);
      employees_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u employee",
                                                     "%u employees", n_employees),
                                        n_employees);
      if (n_children > 0 && n_employees > 0)
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE,
                     _("“%s” cannot be deleted: it still has %s and %s. Move or delete them first."),
                     kn_org_unit_get_path (stored), units_text, employees_text);
      else
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE,
                     _("“%s” cannot be deleted: it still has %s. Move or delete them first."),
                     kn_org_unit_get_path (stored),
                     n_children > 0 ? units_text : employees_text);
      return FALSE;
    }

  /* A Tim Penilai Kinerja formed for the unit: its decisions are kept with the unit. */
  {
    KnDbStmt *stmt = kn_store_stmt (self, "SELECT name FROM review_team WHERE unit_id = ?"
                                          " ORDER BY year DESC, id LIMIT 1", error);
    KnDbStep step;
    g_autofree char *team = NULL;

    if (stmt == NULL)
      return FALSE;
    kn_db_bind_int64 (stmt, 1, unit_id);
    step = kn_store_next (self, stmt, error);
    if (step == KN_DB_ROW)
      team = g_strdup (kn_db_column_text (stmt, 0));
    kn_db_reset (stmt);
    if (step == KN_DB_FAILED)
      return FALSE;
    if (team != NULL)
      {
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE,
                     _("“%s” cannot be deleted: the Tim Penilai Kinerja “%s” was formed for it, and its decisions are kept with the unit."),
                     kn_org_unit_get_path (stored), team);
        return FALSE;
      }
  }

  return TRUE;
}

gboolean
kn_store_delete_unit (KnStore  *self,
                      gint64    unit_id,
                      GError  **error)
{
  KnOrgUnit *stored;
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  if (!kn_store_check_unit_deletable (self, unit_id, error))
    return FALSE;
  stored = kn_store_lookup_unit (self, unit_id);

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;

  stmt = kn_store_stmt (self, "DELETE FROM org_unit WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_int64 (stmt, 1, unit_id);
  if (!kn_store_step (self, stmt, error) ||
      !kn_store_audit (self, "unit", unit_id, "delete", "name", kn_org_unit_get_name (stored), NULL, error))
    goto failed;

  if (!kn_store_savepoint_release (self, error))
    return FALSE;

  g_hash_table_remove (self->units_by_id, &unit_id);
  kn_store_rebuild_unit_order (self);
  return TRUE;

failed:
  return kn_store_savepoint_end (self, FALSE, error);
}
