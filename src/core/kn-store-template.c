/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SKP part of the store for copies and jabatan templates: last year's SKP, templates applied
 * to a unit. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kn-store.h"

#include "kn-store-private.h"

/* Copies and templates */

/* The RHK of the assessor's plan of @year whose text equals @text, ignoring case; 0 if none. */
static gint64
match_superior_result (KnStore    *self,
                       gint64      assessor_id,
                       guint       year,
                       const char *text)
{
  g_autoptr(KnPlan) superior = NULL;
  g_autofree char *wanted = NULL;
  GListModel *results;

  if (assessor_id == 0 || kn_store_text_is_blank (text))
    return 0;

  superior = kn_store_load_plan (self, assessor_id, year, NULL);
  if (superior == NULL)
    return 0;

  wanted = g_utf8_casefold (text, -1);
  results = G_LIST_MODEL (kn_plan_get_results (superior));
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);
      g_autofree char *other = g_utf8_casefold (kn_plan_result_get_text (result), -1);

      if (g_strcmp0 (wanted, g_strstrip (other)) == 0)
        return kn_plan_result_get_id (result);
    }

  return 0;
}

/* A fresh plan for @employee in @year with the RHK/IKI of @source (ids cleared), linked to the
 * assessor's RHK by the texts the source's results supported. */
static KnPlan *
plan_from_source (KnStore    *self,
                  KnPlan     *source,
                  KnEmployee *employee,
                  guint       year,
                  gboolean    with_behaviour)
{
  KnPlan *plan = kn_plan_new (kn_employee_get_id (employee), year);
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (source));
  gint64 assessor = kn_employee_get_supervisor_id (employee);
  gboolean jpt = kn_position_kind_is_jpt (kn_employee_get_position_kind (employee));

  kn_plan_set_approach (plan, kn_plan_get_approach (source));
  kn_plan_set_assessor_id (plan, assessor);
  kn_plan_set_jpt (plan, jpt);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) original = g_list_model_get_item (results, i);
      g_autoptr(KnPlanResult) result = kn_plan_result_copy (original);
      GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));

      kn_plan_result_set_id (result, 0);
      kn_plan_result_set_parent_id (result,
                                    jpt ? 0 : match_superior_result (self, assessor, year,
                                                                     kn_plan_result_get_parent_text (original)));
      if (kn_plan_result_get_parent_id (result) == 0)
        kn_plan_result_set_parent_text (result, NULL);
      for (guint j = 0; j < g_list_model_get_n_items (indicators); j++)
        {
          g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, j);

          kn_indicator_set_id (indicator, 0);
        }
      g_list_store_append (kn_plan_get_results (plan), result);
    }

  if (with_behaviour)
    {
      for (guint value = 0; value < KN_CORE_VALUE_N; value++)
        kn_plan_set_expectation (plan, value, kn_plan_get_expectation (source, value));
      for (guint section = 0; section < KN_ATTACHMENT_N; section++)
        kn_plan_set_attachments (plan, section, kn_plan_get_attachments (source, section));
    }

  return plan;
}

KnPlan *
kn_store_copy_plan_to_year (KnStore  *self,
                            gint64    employee_id,
                            guint     from_year,
                            guint     to_year,
                            GError  **error)
{
  g_autoptr(KnPlan) source = NULL;
  g_autoptr(KnPlan) plan = NULL;
  KnEmployee *employee;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  if (!kn_store_check_year (to_year, error))
    return NULL;

  employee = kn_store_require_employee (self, employee_id, NULL, error);
  if (employee == NULL)
    return NULL;

  source = kn_store_load_plan (self, employee_id, from_year, error);
  if (source == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                     _("%s has no SKP for %u to copy."), kn_employee_get_name (employee), from_year);
      return NULL;
    }

  plan = plan_from_source (self, source, employee, to_year, TRUE);
  if (!kn_store_save_plan (self, plan, error))
    return NULL;

  return g_steal_pointer (&plan);
}

static gint64
find_template_id (KnStore    *self,
                  const char *position)
{
  KnDbStmt *stmt;
  gint64 id = 0;

  stmt = kn_store_stmt (self,
                        "SELECT id FROM plan WHERE template_position = ? COLLATE NOCASE", NULL);
  if (stmt == NULL)
    return 0;
  kn_db_bind_text (stmt, 1, position);
  if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    id = kn_db_column_int64 (stmt, 0);
  kn_db_reset (stmt);

  return id;
}

GStrv
kn_store_list_templates (KnStore *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  stmt = kn_store_stmt (self,
                        "SELECT template_position FROM plan WHERE template_position IS NOT NULL"
                        " ORDER BY template_position COLLATE NOCASE",
                        NULL);
  if (stmt != NULL)
    {
      while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
        g_strv_builder_add (builder, kn_db_column_text (stmt, 0));
      kn_db_reset (stmt);
    }

  return g_strv_builder_end (builder);
}

static gboolean
delete_template_rows (KnStore  *self,
                      gint64    template_id,
                      GError  **error)
{
  KnDbStmt *stmt = kn_store_stmt (self, "DELETE FROM plan WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  kn_db_bind_int64 (stmt, 1, template_id);
  return kn_store_step (self, stmt, error);
}

gboolean
kn_store_save_template (KnStore     *self,
                        const char  *position,
                        KnPlan      *plan,
                        GError     **error)
{
  g_autoptr(KnPlan) template = NULL;
  g_autoptr(GArray) new_ids = g_array_new (FALSE, FALSE, sizeof (KnStoreNewId));
  g_autofree char *name = NULL;
  GListModel *results;
  gint64 old_id;
  gint64 new_id = 0;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (KN_IS_PLAN (plan), FALSE);

  name = kn_store_strip_dup (position);
  if (name[0] == '\0')
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("A template needs the jabatan it is for, such as “Guru Ahli Muda”."));
      return FALSE;
    }

  /* Only the RHK and IKI travel: behaviour expectations are about one person. */
  template = kn_plan_new (0, 0);
  kn_plan_set_approach (template, kn_plan_get_approach (plan));
  kn_plan_set_jpt (template, kn_plan_get_jpt (plan));
  results = G_LIST_MODEL (kn_plan_get_results (plan));
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) original = g_list_model_get_item (results, i);
      g_autoptr(KnPlanResult) result = kn_plan_result_copy (original);
      GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));

      kn_plan_result_set_id (result, 0);
      kn_plan_result_set_parent_id (result, 0);
      for (guint j = 0; j < g_list_model_get_n_items (indicators); j++)
        {
          g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, j);

          kn_indicator_set_id (indicator, 0);
        }
      g_list_store_append (kn_plan_get_results (template), result);
    }

  if (!kn_store_validate_plan (self, template, TRUE, error))
    return FALSE;

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;

  old_id = find_template_id (self, name);
  return kn_store_savepoint_end (self,
                                 (old_id == 0 || delete_template_rows (self, old_id, error)) &&
                                 kn_store_write_plan (self, template, NULL, name, new_ids,
                                                      &new_id, error),
                                 error);
}

KnPlan *
kn_store_load_template (KnStore     *self,
                        const char  *position,
                        GError     **error)
{
  gint64 id;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  g_return_val_if_fail (position != NULL, NULL);

  id = find_template_id (self, position);
  if (id == 0)
    return NULL;

  return kn_store_load_plan_by_id (self, id, error);
}

gboolean
kn_store_delete_template (KnStore     *self,
                          const char  *position,
                          GError     **error)
{
  gint64 id;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (position != NULL, FALSE);

  id = find_template_id (self, position);
  if (id == 0)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                   _("There is no template for the jabatan “%s”."), position);
      return FALSE;
    }

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;
  return kn_store_savepoint_end (self,
                                 delete_template_rows (self, id, error) &&
                                 kn_store_audit (self, "template", id, "delete", "position",
                                                 position, NULL, error),
                                 error);
}

static guint
chain_depth (KnStore    *self,
             KnEmployee *employee)
{
  guint depth = 0;
  gint64 id = kn_employee_get_supervisor_id (employee);

  while (id != 0 && depth < 1000)
    {
      KnEmployee *superior = kn_store_lookup_employee (self, id);

      if (superior == NULL)
        break;
      depth++;
      id = kn_employee_get_supervisor_id (superior);
    }

  return depth;
}

static int
compare_by_chain_depth (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  KnStore *self = user_data;
  guint da = chain_depth (self, *(KnEmployee **)a);
  guint db = chain_depth (self, *(KnEmployee **)b);

  if (da != db)
    return da < db ? -1 : 1;
  return kn_employee_get_id (*(KnEmployee **)a) < kn_employee_get_id (*(KnEmployee **)b) ? -1 : 1;
}

gboolean
kn_store_apply_template (KnStore      *self,
                         const char   *position,
                         gint64        unit_id,
                         gint64        employee_id,
                         guint         year,
                         KnApplyMode   mode,
                         guint        *n_created,
                         guint        *n_replaced,
                         guint        *n_skipped,
                         GError      **error)
{
  g_autoptr(KnPlan) template = NULL;
  g_autoptr(GPtrArray) targets = g_ptr_array_new ();
  g_autofree char *wanted = NULL;
  guint created = 0;
  guint replaced = 0;
  guint skipped = 0;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (position != NULL, FALSE);

  if (!kn_store_check_year (year, error))
    return FALSE;

  template = kn_store_load_template (self, position, error);
  if (template == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                     _("There is no template for the jabatan “%s”."), position);
      return FALSE;
    }

  if (employee_id != 0)
    {
      KnEmployee *employee = kn_store_require_employee (self, employee_id, NULL, error);

      if (employee == NULL)
        return FALSE;
      g_ptr_array_add (targets, employee);
    }
  else
    {
      GListModel *employees = kn_store_get_employees (self);

      if (kn_store_lookup_unit (self, unit_id) == NULL)
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                       _("Unit: none is chosen, or it no longer exists."));
          return FALSE;
        }

      wanted = g_utf8_casefold (position, -1);
      for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
        {
          g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
          g_autofree char *other = g_utf8_casefold (kn_employee_get_position (employee), -1);

          if (g_strcmp0 (g_strstrip (other), g_strstrip (wanted)) == 0 &&
              kn_store_unit_is_within (self, kn_employee_get_unit_id (employee), unit_id))
            g_ptr_array_add (targets, kn_store_lookup_employee (self, kn_employee_get_id (employee)));
        }
    }

  /* Superiors first, so that their staff can link to the RHK just created for them. */
  g_ptr_array_sort_with_data (targets, compare_by_chain_depth, self);

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;

  for (guint i = 0; i < targets->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (targets, i);
      g_autoptr(KnPlan) existing = NULL;
      g_autoptr(KnPlan) plan = NULL;
      g_autoptr(GError) local_error = NULL;

      existing = kn_store_load_plan (self, kn_employee_get_id (employee), year, &local_error);
      if (local_error != NULL)
        goto failed;

      if (existing != NULL)
        {
          if (mode != KN_APPLY_REPLACE_DRAFTS ||
              !kn_plan_status_is_editable (kn_plan_get_status (existing)))
            {
              skipped++;
              continue;
            }

          /* The existing draft keeps its id, assessor and behaviour; its RHK are replaced. */
          plan = plan_from_source (self, template, employee, year, FALSE);
          kn_plan_set_id (plan, kn_plan_get_id (existing));
          kn_plan_set_assessor_id (plan, kn_plan_get_assessor_id (existing));
          kn_plan_set_status (plan, kn_plan_get_status (existing));
          for (guint value = 0; value < KN_CORE_VALUE_N; value++)
            kn_plan_set_expectation (plan, value, kn_plan_get_expectation (existing, value));
          for (guint section = 0; section < KN_ATTACHMENT_N; section++)
            kn_plan_set_attachments (plan, section, kn_plan_get_attachments (existing, section));
          if (!kn_store_save_plan (self, plan, &local_error))
            goto failed;
          replaced++;
          continue;
        }

      plan = plan_from_source (self, template, employee, year, FALSE);
      if (!kn_store_save_plan (self, plan, &local_error))
        goto failed;
      created++;
      continue;

    failed:
      /* A fault of the database is nobody's: only a refusal names the person it is about. */
      if (kn_store_error_is_about_database (local_error))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ",
                                    kn_employee_get_name (employee));
      return kn_store_savepoint_end (self, FALSE, error);
    }

  if (!kn_store_savepoint_release (self, error))
    return FALSE;

  if (n_created != NULL)
    *n_created = created;
  if (n_replaced != NULL)
    *n_replaced = replaced;
  if (n_skipped != NULL)
    *n_skipped = skipped;
  return TRUE;
}
