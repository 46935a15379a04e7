/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's employees: the live model, checks, and the chain of superiors. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kn-format.h"
#include "kinerja/kn-nip.h"
#include "kinerja/kn-rank.h"
#include "kinerja/kn-store.h"

#include "kn-store-private.h"

/* The RHK that support an RHK of the SKPs of the person bound as the statement's one parameter. */
#define SUPPORTING_RHK \
  " WHERE parent_id IN (SELECT r.id FROM plan_result r JOIN plan p ON p.id = r.plan_id" \
  "  WHERE p.employee_id = ?)"

/* Employees */

static void
refresh_supervisor_names (KnStore *self,
                          gint64   supervisor_id)
{
  KnEmployee *supervisor = kn_store_lookup_employee (self, supervisor_id);
  GHashTableIter iter;
  gpointer value;

  kn_store_ensure_employees (self);

  g_hash_table_iter_init (&iter, self->employees_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (kn_employee_get_supervisor_id (value) == supervisor_id)
      kn_employee_set_supervisor_name (value,
                                       supervisor != NULL ? kn_employee_get_name (supervisor) : NULL);
}

void
kn_store_fill_display_names (KnStore    *self,
                             KnEmployee *employee)
{
  KnOrgUnit *unit = kn_store_lookup_unit (self, kn_employee_get_unit_id (employee));
  KnEmployee *supervisor = kn_store_lookup_employee (self, kn_employee_get_supervisor_id (employee));

  kn_employee_set_unit_name (employee, unit != NULL ? kn_org_unit_get_name (unit) : NULL);
  kn_employee_set_supervisor_name (employee,
                                   supervisor != NULL ? kn_employee_get_name (supervisor) : NULL);
}

static void
copy_employee_fields (KnEmployee *to,
                      KnEmployee *from)
{
  kn_employee_set_nip (to, kn_employee_get_nip (from));
  kn_employee_set_name (to, kn_employee_get_name (from));
  kn_employee_set_status (to, kn_employee_get_status (from));
  kn_employee_set_rank (to, kn_employee_get_rank (from));
  kn_employee_set_position (to, kn_employee_get_position (from));
  kn_employee_set_position_kind (to, kn_employee_get_position_kind (from));
  kn_employee_set_unit_id (to, kn_employee_get_unit_id (from));
  kn_employee_set_supervisor_id (to, kn_employee_get_supervisor_id (from));
}

static KnEmployee *
employee_from_row_at (KnDbStmt *stmt,
                      int       first)
{
  KnEmployee *employee = kn_employee_new ();
  KnEmployeeStatus status = KN_EMPLOYEE_STATUS_PNS;
  KnPositionKind kind = KN_POSITION_PELAKSANA;

  if (!kn_employee_status_from_string (kn_db_column_text (stmt, first + 3), &status))
    g_warning ("Unknown employee status in the database; shown as PNS");
  if (!kn_position_kind_from_string (kn_db_column_text (stmt, first + 6), &kind))
    g_warning ("Unknown position kind in the database; shown as pelaksana");

  kn_employee_set_id (employee, kn_db_column_int64 (stmt, first));
  kn_employee_set_nip (employee, kn_db_column_text (stmt, first + 1));
  kn_employee_set_name (employee, kn_db_column_text (stmt, first + 2));
  kn_employee_set_status (employee, status);
  kn_employee_set_rank (employee, kn_db_column_text (stmt, first + 4));
  kn_employee_set_position (employee, kn_db_column_text (stmt, first + 5));
  kn_employee_set_position_kind (employee, kind);
  kn_employee_set_unit_id (employee, kn_db_column_int64 (stmt, first + 7));
  kn_employee_set_supervisor_id (employee, kn_db_column_int64 (stmt, first + 8));

  return employee;
}

KnEmployee *
kn_store_employee_from_row (KnDbStmt *stmt)
{
  return employee_from_row_at (stmt, 0);
}

KnEmployee *
kn_store_employee_row_at (KnStore  *self,
                          KnDbStmt *stmt,
                          int       first)
{
  gint64 id = kn_db_column_int64 (stmt, first);
  KnEmployee *employee = id != 0 ? g_hash_table_lookup (self->employees_by_id, &id) : NULL;
  g_autoptr(KnEmployee) read = NULL;

  if (employee != NULL || self->employees_loaded || id == 0)
    return employee;

  /* Indexed before its names are filled: a damaged cycle of atasan ends here. */
  read = employee_from_row_at (stmt, first);
  kn_store_index_employee (self, read);
  kn_store_fill_display_names (self, read);
  return read;
}

void
kn_store_index_employee (KnStore    *self,
                         KnEmployee *employee)
{
  g_hash_table_insert (self->employees_by_id, kn_store_id_key (kn_employee_get_id (employee)),
                       g_object_ref (employee));
  g_hash_table_insert (self->employees_by_nip, g_strdup (kn_employee_get_nip (employee)), employee);
}

GListModel *
kn_store_get_employees (KnStore *self)
{
  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  kn_store_ensure_employees (self);
  return G_LIST_MODEL (self->employees);
}

gboolean
kn_store_has_employees (KnStore *self)
{
  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  return self->employees_loaded;
}

guint
kn_store_count_employees (KnStore *self)
{
  g_autoptr(GError) error = NULL;
  KnDbStmt *stmt;
  guint n = 0;

  g_return_val_if_fail (KN_IS_STORE (self), 0);

  if (self->employees_loaded)
    return g_list_model_get_n_items (G_LIST_MODEL (self->employees));
  stmt = kn_store_stmt (self, "SELECT count(*) FROM employee", &error);
  if (stmt == NULL)
    return 0;
  if (kn_store_next (self, stmt, &error) == KN_DB_ROW)
    n = (guint)kn_db_column_int64 (stmt, 0);
  kn_db_reset (stmt);
  return n;
}

guint
kn_store_get_employees_mark (KnStore *self)
{
  g_return_val_if_fail (KN_IS_STORE (self), 0);
  return self->employees_mark;
}

GPtrArray *
kn_store_read_employees (KnStore  *self,
                         GError  **error)
{
  g_autoptr(GPtrArray) employees = g_ptr_array_new_with_free_func (g_object_unref);
  KnDbStmt *stmt;
  int rc;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  stmt = kn_store_stmt (self,
                        "SELECT id, nip, name, status, rank, position, position_kind, unit_id,"
                        " supervisor_id FROM employee ORDER BY id",
                        error);
  if (stmt == NULL)
    return NULL;
  while ((rc = kn_store_next (self, stmt, error)) == KN_DB_ROW)
    g_ptr_array_add (employees, kn_store_employee_from_row (stmt));
  kn_db_reset (stmt);
  if (rc != KN_DB_DONE)
    return NULL;
  return g_steal_pointer (&employees);
}

gboolean
kn_store_take_employees (KnStore   *self,
                         guint      mark,
                         GPtrArray *employees)
{
  g_autoptr(GPtrArray) model = NULL;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (employees != NULL, FALSE);

  if (self->employees_loaded || mark != self->employees_mark)
    return FALSE;

  model = g_ptr_array_new_full (employees->len, g_object_unref);
  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *read = g_ptr_array_index (employees, i);
      gint64 id = kn_employee_get_id (read);
      KnEmployee *employee = g_hash_table_lookup (self->employees_by_id, &id);

      /* One looked up before keeps its object. */
      if (employee == NULL)
        {
          employee = read;
          kn_store_index_employee (self, employee);
        }
      g_ptr_array_add (model, g_object_ref (employee));
    }

  /* Every one indexed before the names: an atasan is looked up among them, not read. */
  self->employees_loaded = TRUE;
  for (guint i = 0; i < model->len; i++)
    kn_store_fill_display_names (self, g_ptr_array_index (model, i));

  g_list_store_splice (self->employees, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->employees)),
                       model->pdata, model->len);
  return TRUE;
}

KnEmployee *
kn_store_lookup_employee (KnStore *self,
                          gint64   id)
{
  KnEmployee *employee;
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  if (id == 0)
    return NULL;
  employee = g_hash_table_lookup (self->employees_by_id, &id);
  if (employee != NULL || self->employees_loaded)
    return employee;

  /* Not every employee is read yet: this one from the file. */
  stmt = kn_store_stmt (self, "SELECT " KN_STORE_EMPLOYEE_COLUMNS " FROM employee WHERE id = ?",
                        NULL);
  if (stmt == NULL)
    return NULL;
  kn_db_bind_int64 (stmt, 1, id);
  if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    employee = kn_store_employee_row_at (self, stmt, 0);
  kn_db_reset (stmt);
  return employee;
}

KnEmployee *
kn_store_require_employee (KnStore     *self,
                           gint64       id,
                           const char  *message,
                           GError     **error)
{
  KnEmployee *employee = kn_store_lookup_employee (self, id);

  if (employee == NULL)
    g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                         message != NULL ? message
                                         : _("This employee no longer exists; they may have been "
                                             "deleted."));
  return employee;
}

KnEmployee *
kn_store_find_employee_by_nip (KnStore    *self,
                               const char *nip)
{
  g_autofree char *digits = NULL;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  if (nip == NULL)
    return NULL;
  kn_store_ensure_employees (self);
  digits = kn_nip_normalize (nip);
  if (digits == NULL)
    return NULL;

  return g_hash_table_lookup (self->employees_by_nip, digits);
}

gboolean
kn_store_would_create_cycle (KnStore *self,
                             gint64   employee_id,
                             gint64   supervisor_id)
{
  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  if (employee_id == 0 || supervisor_id == 0)
    return FALSE;

  for (guint steps = 0; supervisor_id != 0 && steps < KN_STORE_MAX_CHAIN; steps++)
    {
      KnEmployee *supervisor;

      if (supervisor_id == employee_id)
        return TRUE;

      supervisor = kn_store_lookup_employee (self, supervisor_id);
      if (supervisor == NULL)
        return FALSE;
      supervisor_id = kn_employee_get_supervisor_id (supervisor);
    }

  /* Still climbing after KN_STORE_MAX_CHAIN steps: the chain already loops somewhere. */
  return supervisor_id != 0;
}

gboolean
kn_store_validate_employee (KnStore     *self,
                            KnEmployee  *employee,
                            GError     **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GError) nip_error = NULL;
  KnEmployeeStatus status;
  KnEmployee *other;
  KnEmployee *supervisor = NULL;
  KnNipInfo info;
  gint64 id;
  gint64 supervisor_id;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (KN_IS_EMPLOYEE (employee), FALSE);
  kn_store_ensure_employees (self);

  id = kn_employee_get_id (employee);
  status = kn_employee_get_status (employee);

  if (!kn_nip_parse (kn_employee_get_nip (employee), KN_NIP_FLAGS_ALLOW_LEGACY, &info, &nip_error))
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID, _("NIP: %s"), nip_error->message);
      return FALSE;
    }

  if (info.kind == KN_NIP_KIND_PPPK && status == KN_EMPLOYEE_STATUS_PNS)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("NIP: this is an NI PPPK number, but the status is PNS. Choose PPPK as the status or correct the number."));
      return FALSE;
    }
  if (info.kind == KN_NIP_KIND_PNS && status != KN_EMPLOYEE_STATUS_PNS)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("NIP: this is a PNS number, but the status is %s. Choose PNS as the status or correct the number."),
                   kn_employee_status_label (status));
      return FALSE;
    }

  other = g_hash_table_lookup (self->employees_by_nip, info.digits);
  if (other != NULL && kn_employee_get_id (other) != id)
    {
      g_autofree char *shown = kn_nip_format (info.digits);
      g_autofree char *message = g_strdup_printf (_("NIP: %s is already used by %s."), shown,
                                                  kn_employee_get_name (other));

      /* A name ending in its degree's dot ends the sentence: one full stop. */
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_DUPLICATE,
                           kn_format_tidy_stops (message));
      return FALSE;
    }

  name = g_strstrip (g_strdup (kn_employee_get_name (employee)));
  if (name[0] == '\0')
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("Name: it is empty. Type the full name with academic titles."));
      return FALSE;
    }

  if (kn_employee_get_rank (employee) == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("Pangkat/golongan: none is chosen. Choose one from the list."));
      return FALSE;
    }
  if (kn_rank_lookup (status, kn_employee_get_rank (employee)) == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("Pangkat/golongan: “%s” does not exist for %s. Choose one from the list."),
                   kn_employee_get_rank (employee), kn_employee_status_label (status));
      return FALSE;
    }

  if (kn_store_lookup_unit (self, kn_employee_get_unit_id (employee)) == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("Unit: none is chosen, or it no longer exists. Choose the unit where the employee works."));
      return FALSE;
    }

  supervisor_id = kn_employee_get_supervisor_id (employee);
  if (supervisor_id != 0)
    {
      supervisor = kn_store_require_employee (self, supervisor_id,
                                              _("Atasan langsung: the chosen superior no longer "
                                                "exists. Choose another one."),
                                              error);
      if (supervisor == NULL)
        return FALSE;
      if (supervisor_id == id)
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_CYCLE,
                       _("Atasan langsung: nobody can be their own superior."));
          return FALSE;
        }
      if (kn_store_would_create_cycle (self, id, supervisor_id))
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_CYCLE,
                       _("Atasan langsung: %s cannot be the superior of %s, who is already above them in the chain of superiors."),
                       kn_employee_get_name (supervisor), name);
          return FALSE;
        }
    }

  return TRUE;
}

GPtrArray *
kn_store_all_employees (KnStore *self)
{
  GListModel *model = kn_store_get_employees (self);
  GPtrArray *all = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (all, g_list_model_get_item (model, i));
  if (self->pending_employees != NULL)
    for (guint i = 0; i < self->pending_employees->len; i++)
      g_ptr_array_add (all, g_object_ref (g_ptr_array_index (self->pending_employees, i)));

  return all;
}

/* References to the employees whose KN_STORE_EMPLOYEE_COLUMNS @stmt gives with @id bound as its
 * one parameter, in id order (the employees model's order: loaded by id, new ones appended);
 * none when @stmt could not be prepared (NULL). */
static GPtrArray *
employees_from_ids (KnStore  *self,
                    KnDbStmt *stmt,
                    gint64    id)
{
  GPtrArray *employees = g_ptr_array_new_with_free_func (g_object_unref);

  if (stmt == NULL)
    return employees;
  kn_db_bind_int64 (stmt, 1, id);
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      KnEmployee *employee = kn_store_employee_row_at (self, stmt, 0);

      if (employee != NULL)
        g_ptr_array_add (employees, g_object_ref (employee));
    }
  kn_db_reset (stmt);

  return employees;
}

GPtrArray *
kn_store_list_staff (KnStore *self,
                     gint64   employee_id)
{
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  if (employee_id == 0)
    return g_ptr_array_new_with_free_func (g_object_unref);

  /* The supervisor index, not a scan of the province. */
  stmt = kn_store_stmt (self,
                        "SELECT " KN_STORE_EMPLOYEE_COLUMNS " FROM employee WHERE supervisor_id = ?"
                        " ORDER BY id",
                        NULL);
  return employees_from_ids (self, stmt, employee_id);
}

GPtrArray *
kn_store_unit_members (KnStore *self,
                       gint64   unit_id)
{
  KnDbStmt *stmt;

  stmt = kn_store_stmt (self,
                        KN_STORE_SUBTREE_CTE
                        "SELECT " KN_STORE_EMPLOYEE_COLUMNS
                        " FROM employee JOIN subtree ON employee.unit_id = subtree.id"
                        " ORDER BY employee.id",
                        NULL);
  return employees_from_ids (self, stmt, unit_id);
}

GPtrArray *
kn_store_list_unit_assessors (KnStore *self,
                              gint64   unit_id)
{
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  stmt = kn_store_stmt (self,
                        KN_STORE_SUBTREE_CTE
                        "SELECT " KN_STORE_EMPLOYEE_COLUMNS
                        " FROM employee JOIN subtree ON employee.unit_id = subtree.id"
                        " WHERE EXISTS (SELECT 1 FROM employee AS staff"
                        " WHERE staff.supervisor_id = employee.id)"
                        " ORDER BY employee.id",
                        NULL);
  return employees_from_ids (self, stmt, unit_id);
}

/* Audit rows for every field that differs between @before and @after (either may be NULL). */
static gboolean
audit_employee (KnStore     *self,
                gint64       id,
                const char  *action,
                KnEmployee  *before,
                KnEmployee  *after,
                GError     **error)
{
  struct {
    const char *field;
    char *old_value;
    char *new_value;
  } rows[8] = { { "nip" }, { "name" }, { "status" }, { "rank" }, { "position" },
                { "position_kind" }, { "unit_id" }, { "supervisor_id" } };
  gboolean ok = TRUE;

  for (guint side = 0; side < 2; side++)
    {
      KnEmployee *e = side == 0 ? before : after;
      char *values[8];

      if (e == NULL)
        continue;

      values[0] = g_strdup (kn_employee_get_nip (e));
      values[1] = g_strdup (kn_employee_get_name (e));
      values[2] = g_strdup (kn_employee_status_to_string (kn_employee_get_status (e)));
      values[3] = g_strdup (kn_employee_get_rank (e));
      values[4] = g_strdup (kn_employee_get_position (e));
      values[5] = g_strdup (kn_position_kind_to_string (kn_employee_get_position_kind (e)));
      values[6] = kn_store_id_to_string (kn_employee_get_unit_id (e));
      values[7] = kn_store_id_to_string (kn_employee_get_supervisor_id (e));

      for (guint i = 0; i < 8; i++)
        {
          if (side == 0)
            rows[i].old_value = values[i];
          else
            rows[i].new_value = values[i];
        }
    }

  for (guint i = 0; i < 8; i++)
    {
      if (ok && g_strcmp0 (rows[i].old_value, rows[i].new_value) != 0)
        ok = kn_store_audit (self, "employee", id, action, rows[i].field,
                             rows[i].old_value, rows[i].new_value, error);
      g_free (rows[i].old_value);
      g_free (rows[i].new_value);
    }

  return ok;
}

/* The form @employee is stored in: a copy with its NIP normalised and its name trimmed. */
static KnEmployee *
stored_form (KnEmployee *employee)
{
  KnEmployee *form = kn_employee_copy (employee);
  g_autofree char *nip = kn_nip_normalize (kn_employee_get_nip (employee));
  g_autofree char *name = g_strstrip (g_strdup (kn_employee_get_name (employee)));

  kn_employee_set_nip (form, nip);
  kn_employee_set_name (form, name);
  return form;
}

/* Writes @form, a new row when @before is NULL (its id in @id) or over @before's row, and its
 * audit rows, in a savepoint of their own: the one column list and the one set of binds of
 * both. */
static gboolean
save_employee (KnStore     *self,
               KnEmployee  *form,
               KnEmployee  *before,
               gint64      *id,
               GError     **error)
{
  KnDbStmt *stmt;

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;

  if (before == NULL)
    stmt = kn_store_stmt (self,
                          "INSERT INTO employee (nip, name, status, rank, position, position_kind,"
                          " unit_id, supervisor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                          error);
  else
    stmt = kn_store_stmt (self,
                          "UPDATE employee SET nip = ?, name = ?, status = ?, rank = ?, position = ?,"
                          " position_kind = ?, unit_id = ?, supervisor_id = ? WHERE id = ?",
                          error);
  if (stmt == NULL)
    goto failed;

  kn_db_bind_text (stmt, 1, kn_employee_get_nip (form));
  kn_db_bind_text (stmt, 2, kn_employee_get_name (form));
  kn_db_bind_text (stmt, 3, kn_employee_status_to_string (kn_employee_get_status (form)));
  kn_store_bind_text (stmt, 4, kn_employee_get_rank (form));
  kn_db_bind_text (stmt, 5, kn_employee_get_position (form));
  kn_db_bind_text (stmt, 6, kn_position_kind_to_string (kn_employee_get_position_kind (form)));
  kn_db_bind_int64 (stmt, 7, kn_employee_get_unit_id (form));
  kn_store_bind_id (stmt, 8, kn_employee_get_supervisor_id (form));
  if (before != NULL)
    kn_db_bind_int64 (stmt, 9, *id);
  if (!kn_store_step (self, stmt, error))
    goto failed;

  if (before == NULL)
    *id = kn_db_last_insert_id (self->db);
  if (!audit_employee (self, *id, before == NULL ? "insert" : "update", before, form, error))
    goto failed;
  return kn_store_savepoint_release (self, error);

failed:
  return kn_store_savepoint_end (self, FALSE, error);
}

/* The caller's @employee takes what the store made of it. */
static void
give_back (KnStore    *self,
           KnEmployee *employee,
           KnEmployee *form)
{
  kn_employee_set_nip (employee, kn_employee_get_nip (form));
  kn_employee_set_name (employee, kn_employee_get_name (form));
  kn_store_fill_display_names (self, employee);
}

gboolean
kn_store_add_employee (KnStore     *self,
                       KnEmployee  *employee,
                       GError     **error)
{
  g_autoptr(KnEmployee) stored = NULL;
  gint64 id = 0;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (KN_IS_EMPLOYEE (employee), FALSE);
  g_return_val_if_fail (kn_employee_get_id (employee) == 0, FALSE);
  kn_store_ensure_employees (self);

  if (!kn_store_validate_employee (self, employee, error))
    return FALSE;

  stored = stored_form (employee);
  if (!save_employee (self, stored, NULL, &id, error))
    return FALSE;

  kn_employee_set_id (stored, id);
  kn_store_fill_display_names (self, stored);
  kn_store_index_employee (self, stored);
  if (self->bulk > 0)
    {
      if (self->pending_employees == NULL)
        self->pending_employees = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (self->pending_employees, g_object_ref (stored));
    }
  else
    g_list_store_append (self->employees, stored);

  kn_employee_set_id (employee, id);
  give_back (self, employee, stored);
  return TRUE;
}

gboolean
kn_store_update_employee (KnStore     *self,
                          KnEmployee  *employee,
                          GError     **error)
{
  g_autoptr(KnEmployee) edited = NULL;
  KnEmployee *stored;
  gint64 id;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (KN_IS_EMPLOYEE (employee), FALSE);
  kn_store_ensure_employees (self);

  id = kn_employee_get_id (employee);
  stored = kn_store_require_employee (self, id, NULL, error);
  if (stored == NULL)
    return FALSE;

  if (!kn_store_validate_employee (self, employee, error))
    return FALSE;

  edited = stored_form (employee);
  if (!save_employee (self, edited, stored, &id, error))
    return FALSE;

  if (g_strcmp0 (kn_employee_get_nip (stored), kn_employee_get_nip (edited)) != 0)
    {
      g_hash_table_remove (self->employees_by_nip, kn_employee_get_nip (stored));
      g_hash_table_insert (self->employees_by_nip, g_strdup (kn_employee_get_nip (edited)), stored);
    }

  copy_employee_fields (stored, edited);
  kn_store_fill_display_names (self, stored);
  refresh_supervisor_names (self, id);
  give_back (self, employee, edited);
  return TRUE;
}

gboolean
kn_store_delete_employee (KnStore        *self,
                          gint64          employee_id,
                          KnStaffAction   staff_action,
                          gint64          new_supervisor_id,
                          GError        **error)
{
  g_autoptr(GPtrArray) staff = NULL;
  g_autofree char *old_id = NULL;
  KnEmployee *stored;
  KnDbStmt *stmt;
  gint64 target = 0;
  guint position;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  kn_store_ensure_employees (self);

  stored = kn_store_require_employee (self, employee_id, NULL, error);
  if (stored == NULL)
    return FALSE;

  /* Final evaluations are records of a closed period (they are in the unit's Penetapan):
   * deleting the person would take them along. */
  {
    guint n_final = 0;
    g_autofree char *latest = NULL;

    stmt = kn_store_stmt (self,
                          "SELECT count (*), max (period) FROM evaluation"
                          " WHERE employee_id = ? AND status = 'final'",
                          error);
    if (stmt == NULL)
      return FALSE;
    kn_db_bind_int64 (stmt, 1, employee_id);
    if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
      {
        n_final = kn_db_column_int (stmt, 0);
        latest = g_strdup (kn_db_column_text (stmt, 1));
      }
    kn_db_reset (stmt);
    if (n_final > 0)
      {
        KnPeriod parsed;
        g_autofree char *label = latest != NULL && kn_period_parse (latest, &parsed, NULL)
                                 ? kn_period_label (&parsed) : g_strdup (latest);

        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "%s cannot be deleted: %u evaluation of theirs is final (the latest: %s) and stays on record. Reopen it first if the employee was entered by mistake.",
                                  "%s cannot be deleted: %u evaluations of theirs are final (the latest: %s) and stay on record. Reopen them first if the employee was entered by mistake.",
                                  n_final),
                     kn_employee_get_name (stored), n_final, label);
        return FALSE;
      }
  }

  staff = kn_store_list_staff (self, employee_id);

  switch (staff_action)
    {
    case KN_STAFF_ACTION_TO_SUPERIOR:
      target = kn_employee_get_supervisor_id (stored);
      break;
    case KN_STAFF_ACTION_CLEAR:
      target = 0;
      break;
    case KN_STAFF_ACTION_TO_EMPLOYEE:
      target = new_supervisor_id;
      if (staff->len > 0 && (target == employee_id || kn_store_lookup_employee (self, target) == NULL))
        {
          g_autofree char *message = g_strdup_printf (_("Choose who the staff of %s will report to."),
                                                      kn_employee_get_name (stored));

          g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                               kn_format_tidy_stops (message));
          return FALSE;
        }
      for (guint i = 0; i < staff->len; i++)
        {
          KnEmployee *member = g_ptr_array_index (staff, i);

          /* One of the staff taking over is a promotion, handled below. */
          if (kn_employee_get_id (member) == target)
            continue;
          if (kn_store_would_create_cycle (self, kn_employee_get_id (member), target))
            {
              g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_CYCLE,
                           _("%s cannot become the superior of %s: that would make a loop in the chain of superiors."),
                           kn_employee_get_name (kn_store_lookup_employee (self, target)),
                           kn_employee_get_name (member));
              return FALSE;
            }
        }
      break;
    default:
      g_return_val_if_reached (FALSE);
    }

  old_id = kn_store_id_to_string (employee_id);

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;

  for (guint i = 0; i < staff->len; i++)
    {
      KnEmployee *member = g_ptr_array_index (staff, i);
      gint64 member_target = target;
      g_autofree char *member_new_id = NULL;

      /* A promoted staff member reports to whoever the deleted person reported to. */
      if (kn_employee_get_id (member) == target)
        member_target = kn_employee_get_supervisor_id (stored);
      member_new_id = kn_store_id_to_string (member_target);

      stmt = kn_store_stmt (self, "UPDATE employee SET supervisor_id = ? WHERE id = ?", error);
      if (stmt == NULL)
        goto failed;
      kn_store_bind_id (stmt, 1, member_target);
      kn_db_bind_int64 (stmt, 2, kn_employee_get_id (member));
      if (!kn_store_step (self, stmt, error) ||
          !kn_store_audit (self, "employee", kn_employee_get_id (member), "update", "supervisor_id",
                           old_id, member_new_id, error))
        goto failed;
    }

  /* Their SKPs go with them; staff RHK that supported those lose the link (the cascade view
   * shows them as unlinked) rather than block the deletion. */
  {
    g_autoptr(GArray) unlinked = g_array_new (FALSE, FALSE, sizeof (gint64) * 2);

    stmt = kn_store_stmt (self,
                          "SELECT id, parent_id FROM plan_result" SUPPORTING_RHK,
                          error);
    if (stmt == NULL)
      goto failed;
    kn_db_bind_int64 (stmt, 1, employee_id);
    while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
      {
        gint64 pair[2] = { kn_db_column_int64 (stmt, 0), kn_db_column_int64 (stmt, 1) };

        g_array_append_vals (unlinked, pair, 1);
      }
    kn_db_reset (stmt);

    stmt = kn_store_stmt (self,
                          "UPDATE plan_result SET parent_id = NULL" SUPPORTING_RHK,
                          error);
    if (stmt == NULL)
      goto failed;
    kn_db_bind_int64 (stmt, 1, employee_id);
    if (!kn_store_step (self, stmt, error))
      goto failed;

    for (guint i = 0; i < unlinked->len; i++)
      {
        gint64 *pair = &g_array_index (unlinked, gint64, i * 2);
        g_autofree char *old_parent = kn_store_id_to_string (pair[1]);

        if (!kn_store_audit (self, "plan_result", pair[0], "update", "parent_id", old_parent,
                             NULL, error))
          goto failed;
      }
  }

  stmt = kn_store_stmt (self, "DELETE FROM employee WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_int64 (stmt, 1, employee_id);
  if (!kn_store_step (self, stmt, error) ||
      !audit_employee (self, employee_id, "delete", stored, NULL, error))
    goto failed;

  if (!kn_store_savepoint_release (self, error))
    return FALSE;

  for (guint i = 0; i < staff->len; i++)
    {
      KnEmployee *member = g_ptr_array_index (staff, i);

      if (kn_employee_get_id (member) == target)
        kn_employee_set_supervisor_id (member, kn_employee_get_supervisor_id (stored));
      else
        kn_employee_set_supervisor_id (member, target);
      kn_store_fill_display_names (self, member);
    }

  g_object_ref (stored);
  g_hash_table_remove (self->employees_by_nip, kn_employee_get_nip (stored));
  g_hash_table_remove (self->employees_by_id, &employee_id);
  if (g_list_store_find (self->employees, stored, &position))
    g_list_store_remove (self->employees, position);
  if (self->pending_employees != NULL)
    g_ptr_array_remove (self->pending_employees, stored);
  g_object_unref (stored);

  return TRUE;

failed:
  return kn_store_savepoint_end (self, FALSE, error);
}
