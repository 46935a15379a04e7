/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SKP part of the store that checks and writes a plan: validation, RHK, IKI, expectations. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kn-store.h"

#include "kn-store-private.h"

/* Checking */

/* The employee and year of the plan that holds @result_id; FALSE when there is no such RHK. */
static gboolean
result_owner (KnStore *self,
              gint64   result_id,
              gint64  *employee_id,
              guint   *year,
              char   **text)
{
  KnDbStmt *stmt;
  gboolean found = FALSE;

  stmt = kn_store_stmt (self,
                        "SELECT p.employee_id, p.year, r.text FROM plan_result r"
                        " JOIN plan p ON p.id = r.plan_id WHERE r.id = ?",
                        NULL);
  if (stmt == NULL)
    return FALSE;
  kn_db_bind_int64 (stmt, 1, result_id);
  if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      found = TRUE;
      *employee_id = kn_db_column_int64 (stmt, 0);
      *year = kn_db_column_int (stmt, 1);
      if (text != NULL)
        *text = g_strdup (kn_db_column_text (stmt, 2));
    }
  kn_db_reset (stmt);

  return found;
}

static const char *
employee_name (KnStore *self,
               gint64   employee_id)
{
  KnEmployee *employee = kn_store_lookup_employee (self, employee_id);

  return employee != NULL ? kn_employee_get_name (employee) : "?";
}

char *
kn_store_short_text (const char *text)
{
  if (g_utf8_strlen (text, -1) <= 60)
    return g_strdup (text);

  {
    g_autofree char *cut = g_utf8_substring (text, 0, 57);

    return g_strconcat (cut, "…", NULL);
  }
}

gboolean
kn_store_validate_plan (KnStore  *self,
                        KnPlan   *plan,
                        gboolean  is_template,
                        GError  **error)
{
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (plan));
  guint n_results = g_list_model_get_n_items (results);
  guint number[KN_RESULT_KIND_N] = { 0, };

  if (!is_template && kn_store_require_employee (self, kn_plan_get_employee_id (plan),
                                                 _("The employee of this SKP no longer exists."),
                                                 error) == NULL)
      return FALSE;

  if (!is_template && kn_plan_get_assessor_id (plan) != 0 &&
      kn_store_lookup_employee (self, kn_plan_get_assessor_id (plan)) == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                   _("Pejabat penilai: the chosen assessor no longer exists. Choose another one."));
      return FALSE;
    }

  if (!is_template && kn_plan_get_assessor_id (plan) == kn_plan_get_employee_id (plan))
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("Pejabat penilai: nobody can assess their own SKP."));
      return FALSE;
    }

  for (guint i = 0; i < n_results; i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);
      GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));
      KnResultKind kind = kn_plan_result_get_kind (result);
      gint64 parent_id = kn_plan_result_get_parent_id (result);
      g_autofree char *shown = NULL;

      number[kind]++;
      if (kn_store_text_is_blank (kn_plan_result_get_text (result)))
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                       _("RHK %s.%u has no text. Write the result, for example “Tersusunnya dokumen …”, or remove the row."),
                       kind == KN_RESULT_KIND_UTAMA ? "A" : "B", number[kind]);
          return FALSE;
        }
      shown = kn_store_short_text (kn_plan_result_get_text (result));

      for (guint j = 0; j < g_list_model_get_n_items (indicators); j++)
        {
          g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, j);

          if (kn_store_text_is_blank (kn_indicator_get_text (indicator)))
            {
              g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                           _("IKI %u of RHK “%s” has no text. Write the indicator or remove the row."),
                           j + 1, shown);
              return FALSE;
            }
          if (kn_indicator_get_has_target_value (indicator) &&
              (!isfinite (kn_indicator_get_target_value (indicator)) ||
               kn_indicator_get_target_value (indicator) < 0))
            {
              g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                           _("IKI %u of RHK “%s”: the target must be a number of zero or more."),
                           j + 1, shown);
              return FALSE;
            }
        }

      if (parent_id == 0 || is_template)
        continue;

      if (kn_plan_get_jpt (plan))
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                       _("RHK “%s”: a JPT's SKP has no superior RHK."), shown);
          return FALSE;
        }

      {
        gint64 owner = 0;
        guint owner_year = 0;

        if (!result_owner (self, parent_id, &owner, &owner_year, NULL))
          {
            g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                         _("RHK “%s”: the superior RHK it supports no longer exists. Choose another one."),
                         shown);
            return FALSE;
          }
        if (owner_year != kn_plan_get_year (plan))
          {
            g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                         _("RHK “%s”: the superior RHK chosen belongs to the SKP of %u, not %u. Choose one of this year."),
                         shown, owner_year, kn_plan_get_year (plan));
            return FALSE;
          }
        if (owner != kn_plan_get_assessor_id (plan))
          {
            g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                         _("RHK “%s”: the superior RHK chosen belongs to %s, who is not the assessor of this SKP."),
                         shown, employee_name (self, owner));
            return FALSE;
          }
      }
    }

  return TRUE;
}

/* A sentence that names who supports @result_id, or NULL when nobody does. */
char *
kn_store_describe_supporters (KnStore *self,
                              gint64   result_id,
                              gint64   except_plan_id)
{
  g_autoptr(GPtrArray) supporters = kn_store_list_supporting_results (self, result_id);
  g_autoptr(GString) names = g_string_new (NULL);
  guint shown = 0;
  guint others = 0;

  for (guint i = 0; i < supporters->len; i++)
    {
      KnSupportingResult *supporter = g_ptr_array_index (supporters, i);

      if (supporter->plan_id == except_plan_id)
        continue;
      if (shown < 3)
        {
          if (names->len > 0)
            g_string_append (names, ", ");
          g_string_append (names, employee_name (self, supporter->employee_id));
          shown++;
        }
      else
        others++;
    }

  if (shown == 0)
    return NULL;
  if (others > 0)
    g_string_append_printf (names, g_dngettext (GETTEXT_PACKAGE, " and %u other", " and %u others",
                                                others),
                            others);

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Writing */

static gboolean
write_indicator (KnStore      *self,
                 KnIndicator  *indicator,
                 KnIndicator  *before,
                 gint64        result_id,
                 guint         position,
                 GArray       *new_ids,
                 GError      **error)
{
  g_autofree char *text = kn_store_strip_dup (kn_indicator_get_text (indicator));
  g_autofree char *value = kn_store_double_to_string (kn_indicator_get_has_target_value (indicator),
                                             kn_indicator_get_target_value (indicator));
  const char *aspect = kn_aspect_to_string (kn_indicator_get_aspect (indicator));
  const char *perspective = kn_perspective_to_string (kn_indicator_get_perspective (indicator));
  const char *direction = kn_direction_to_string (kn_indicator_get_direction (indicator));
  const char *unit = kn_indicator_get_target_unit (indicator);
  const char *target_text = kn_indicator_get_target_text (indicator);
  KnDbStmt *stmt;
  gint64 id;

  if (before == NULL)
    stmt = kn_store_stmt (self,
                          "INSERT INTO indicator (result_id, position, aspect, perspective, text,"
                          " target_value, target_unit, target_text, direction)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          error);
  else
    stmt = kn_store_stmt (self,
                          "UPDATE indicator SET result_id = ?, position = ?, aspect = ?,"
                          " perspective = ?, text = ?, target_value = ?, target_unit = ?,"
                          " target_text = ?, direction = ? WHERE id = ?",
                          error);
  if (stmt == NULL)
    return FALSE;

  kn_db_bind_int64 (stmt, 1, result_id);
  kn_db_bind_int64 (stmt, 2, position);
  kn_db_bind_text_borrowed (stmt, 3, aspect);
  kn_db_bind_text_borrowed (stmt, 4, perspective);
  kn_db_bind_text_borrowed (stmt, 5, text);
  if (kn_indicator_get_has_target_value (indicator))
    kn_db_bind_double (stmt, 6, kn_indicator_get_target_value (indicator));
  else
    kn_db_bind_null (stmt, 6);
  kn_db_bind_text_borrowed (stmt, 7, unit);
  kn_db_bind_text_borrowed (stmt, 8, target_text);
  kn_db_bind_text_borrowed (stmt, 9, direction);
  if (before != NULL)
    kn_db_bind_int64 (stmt, 10, kn_indicator_get_id (before));
  if (!kn_store_step (self, stmt, error))
    return FALSE;

  if (before == NULL)
    {
      id = kn_db_last_insert_id (self->db);
      g_array_append_vals (new_ids, &(KnStoreNewId){ G_OBJECT (indicator), id }, 1);
      return kn_store_audit (self, "indicator", id, "insert", "text", NULL, text, error) &&
             (value == NULL ||
              kn_store_audit (self, "indicator", id, "insert", "target_value", NULL, value, error)) &&
             (unit == NULL ||
              kn_store_audit (self, "indicator", id, "insert", "target_unit", NULL, unit, error)) &&
             (target_text == NULL ||
              kn_store_audit (self, "indicator", id, "insert", "target_text", NULL, target_text,
                              error));
    }

  id = kn_indicator_get_id (before);
  {
    g_autofree char *old_value = kn_store_double_to_string (kn_indicator_get_has_target_value (before),
                                                   kn_indicator_get_target_value (before));

    return kn_store_audit_change (self, "indicator", id, "text", kn_indicator_get_text (before),
                                  text, error) &&
           kn_store_audit_change (self, "indicator", id, "aspect",
                                  kn_aspect_to_string (kn_indicator_get_aspect (before)), aspect,
                                  error) &&
           kn_store_audit_change (self, "indicator", id, "perspective",
                                  kn_perspective_to_string (kn_indicator_get_perspective (before)),
                                  perspective, error) &&
           kn_store_audit_change (self, "indicator", id, "target_value", old_value, value, error) &&
           kn_store_audit_change (self, "indicator", id, "target_unit",
                                  kn_indicator_get_target_unit (before), unit, error) &&
           kn_store_audit_change (self, "indicator", id, "target_text",
                                  kn_indicator_get_target_text (before), target_text, error) &&
           kn_store_audit_change (self, "indicator", id, "direction",
                                  kn_direction_to_string (kn_indicator_get_direction (before)),
                                  direction, error);
  }
}

static KnIndicator *
find_indicator (KnPlanResult *result,
                gint64        id)
{
  GListModel *indicators;

  if (result == NULL || id == 0)
    return NULL;

  indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, i);

      if (kn_indicator_get_id (indicator) == id)
        return indicator;
    }

  return NULL;
}

static KnPlanResult *
find_result (KnPlan *plan,
             gint64  id)
{
  GListModel *results;

  if (plan == NULL || id == 0)
    return NULL;

  results = G_LIST_MODEL (kn_plan_get_results (plan));
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);

      if (kn_plan_result_get_id (result) == id)
        return result;
    }

  return NULL;
}

/* The first final period whose realisation or feedback would go with @indicator_id or
 * @result_id (one of them 0), or NULL. A final evaluation keeps what it was decided on. */
static char *
final_period_using (KnStore *self,
                    gint64   result_id,
                    gint64   indicator_id)
{
  KnDbStmt *stmt;
  char *period = NULL;

  stmt = kn_store_stmt (self,
                        "SELECT e.period FROM realization r"
                        " JOIN indicator i ON i.id = r.indicator_id"
                        " JOIN plan_result pr ON pr.id = i.result_id"
                        " JOIN plan p ON p.id = pr.plan_id"
                        " JOIN evaluation e ON e.employee_id = p.employee_id AND e.period = r.period"
                        " WHERE e.status = 'final' AND (i.id = ? OR pr.id = ?)"
                        " UNION ALL "
                        "SELECT e.period FROM feedback f"
                        " JOIN plan p ON p.id = f.plan_id"
                        " JOIN evaluation e ON e.employee_id = p.employee_id AND e.period = f.period"
                        " WHERE e.status = 'final' AND f.result_id = ?"
                        " LIMIT 1",
                        NULL);
  if (stmt == NULL)
    return NULL;
  kn_db_bind_int64 (stmt, 1, indicator_id);
  kn_db_bind_int64 (stmt, 2, result_id);
  kn_db_bind_int64 (stmt, 3, result_id);
  if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    period = g_strdup (kn_db_column_text (stmt, 0));
  kn_db_reset (stmt);
  return period;
}

static void
set_final_error (GError     **error,
                 const char  *what,
                 const char  *text,
                 const char  *period)
{
  g_autofree char *shown = kn_store_short_text (text);
  KnPeriod parsed;
  g_autofree char *label = kn_period_parse (period, &parsed, NULL) ? kn_period_label (&parsed)
                                                                   : g_strdup (period);

  /* Translators: the first %s is "RHK" or "IKI", then its text, then a period ("Triwulan I 2026") */
  g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED,
               _("%s “%s” cannot be removed: the final evaluation of %s is based on its realisation. Reopen that evaluation first."),
               what, shown, label);
}

static gboolean
write_result (KnStore       *self,
              KnPlanResult  *result,
              KnPlanResult  *before,
              gint64         plan_id,
              guint          position,
              gboolean       is_template,
              GArray        *new_ids,
              GError       **error)
{
  g_autofree char *text = kn_store_strip_dup (kn_plan_result_get_text (result));
  const char *kind = kn_result_kind_to_string (kn_plan_result_get_kind (result));
  gint64 parent_id = is_template ? 0 : kn_plan_result_get_parent_id (result);
  const char *hint = is_template ? kn_plan_result_get_parent_text (result) : NULL;
  GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));
  KnDbStmt *stmt;
  gint64 id;

  if (before == NULL)
    stmt = kn_store_stmt (self,
                          "INSERT INTO plan_result (plan_id, position, kind, text, parent_id,"
                          " parent_hint) VALUES (?, ?, ?, ?, ?, ?)",
                          error);
  else
    stmt = kn_store_stmt (self,
                          "UPDATE plan_result SET plan_id = ?, position = ?, kind = ?, text = ?,"
                          " parent_id = ?, parent_hint = ? WHERE id = ?",
                          error);
  if (stmt == NULL)
    return FALSE;

  kn_db_bind_int64 (stmt, 1, plan_id);
  kn_db_bind_int64 (stmt, 2, position);
  kn_db_bind_text_borrowed (stmt, 3, kind);
  kn_db_bind_text_borrowed (stmt, 4, text);
  kn_store_bind_id (stmt, 5, parent_id);
  kn_db_bind_text_borrowed (stmt, 6, hint);
  if (before != NULL)
    kn_db_bind_int64 (stmt, 7, kn_plan_result_get_id (before));
  if (!kn_store_step (self, stmt, error))
    return FALSE;

  if (before == NULL)
    {
      g_autofree char *parent = kn_store_id_to_string (parent_id);

      id = kn_db_last_insert_id (self->db);
      g_array_append_vals (new_ids, &(KnStoreNewId){ G_OBJECT (result), id }, 1);
      if (!kn_store_audit (self, "plan_result", id, "insert", "text", NULL, text, error) ||
          (parent != NULL &&
           !kn_store_audit (self, "plan_result", id, "insert", "parent_id", NULL, parent, error)))
        return FALSE;
    }
  else
    {
      g_autofree char *old_parent = kn_store_id_to_string (kn_plan_result_get_parent_id (before));
      g_autofree char *new_parent = kn_store_id_to_string (parent_id);
      GListModel *old_indicators = G_LIST_MODEL (kn_plan_result_get_indicators (before));

      id = kn_plan_result_get_id (before);
      if (!kn_store_audit_change (self, "plan_result", id, "text",
                                  kn_plan_result_get_text (before), text, error) ||
          !kn_store_audit_change (self, "plan_result", id, "kind",
                                  kn_result_kind_to_string (kn_plan_result_get_kind (before)), kind,
                                  error) ||
          !kn_store_audit_change (self, "plan_result", id, "parent_id", old_parent, new_parent,
                                  error))
        return FALSE;

      /* Indicators that are gone. */
      for (guint i = 0; i < g_list_model_get_n_items (old_indicators); i++)
        {
          g_autoptr(KnIndicator) old = g_list_model_get_item (old_indicators, i);

          if (find_indicator (result, kn_indicator_get_id (old)) != NULL)
            continue;

          {
            g_autofree char *final = final_period_using (self, 0, kn_indicator_get_id (old));

            if (final != NULL)
              {
                set_final_error (error, "IKI", kn_indicator_get_text (old), final);
                return FALSE;
              }
          }

          stmt = kn_store_stmt (self, "DELETE FROM indicator WHERE id = ?", error);
          if (stmt == NULL)
            return FALSE;
          kn_db_bind_int64 (stmt, 1, kn_indicator_get_id (old));
          if (!kn_store_step (self, stmt, error) ||
              !kn_store_audit (self, "indicator", kn_indicator_get_id (old), "delete", "text",
                               kn_indicator_get_text (old), NULL, error))
            return FALSE;
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, i);
      KnIndicator *old = find_indicator (before, kn_indicator_get_id (indicator));

      if (kn_indicator_get_id (indicator) != 0 && old == NULL)
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                       _("An IKI of this SKP was changed elsewhere meanwhile. Open the SKP again."));
          return FALSE;
        }
      if (!write_indicator (self, indicator, old, id, i, new_ids, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_expectations_and_attachments (KnStore  *self,
                                    KnPlan   *plan,
                                    KnPlan   *before,
                                    gint64    plan_id,
                                    GError  **error)
{
  KnDbStmt *stmt;

  for (guint value = 0; value < KN_CORE_VALUE_N; value++)
    {
      g_autofree char *text = kn_store_strip_dup (kn_plan_get_expectation (plan, value));
      const char *old = before != NULL ? kn_plan_get_expectation (before, value) : "";
      g_autofree char *field = g_strconcat ("expectation:", kn_core_value_to_string (value), NULL);

      if (g_strcmp0 (old, text) == 0)
        continue;

      if (text[0] == '\0')
        stmt = kn_store_stmt (self, "DELETE FROM plan_expectation WHERE plan_id = ? AND core_value = ?",
                              error);
      else
        stmt = kn_store_stmt (self,
                              "INSERT INTO plan_expectation (plan_id, core_value, text) VALUES (?, ?, ?)"
                              " ON CONFLICT (plan_id, core_value) DO UPDATE SET text = excluded.text",
                              error);
      if (stmt == NULL)
        return FALSE;
      kn_db_bind_int64 (stmt, 1, plan_id);
      kn_db_bind_text (stmt, 2, kn_core_value_to_string (value));
      if (text[0] != '\0')
        kn_db_bind_text (stmt, 3, text);
      if (!kn_store_step (self, stmt, error) ||
          !kn_store_audit (self, "plan", plan_id, "update", field,
                           old[0] != '\0' ? old : NULL, text[0] != '\0' ? text : NULL, error))
        return FALSE;
    }

  for (guint section = 0; section < KN_ATTACHMENT_N; section++)
    {
      g_autofree char *now = kn_store_attachments_joined (plan, section);
      g_autofree char *old = kn_store_attachments_joined (before, section);
      g_autofree char *field = g_strconcat ("lampiran:", kn_attachment_section_to_string (section),
                                            NULL);
      const char * const *items = kn_plan_get_attachments (plan, section);

      if (g_strcmp0 (now, old) == 0)
        continue;

      stmt = kn_store_stmt (self, "DELETE FROM plan_attachment WHERE plan_id = ? AND section = ?",
                            error);
      if (stmt == NULL)
        return FALSE;
      kn_db_bind_int64 (stmt, 1, plan_id);
      kn_db_bind_text (stmt, 2, kn_attachment_section_to_string (section));
      if (!kn_store_step (self, stmt, error))
        return FALSE;

      for (guint i = 0; items != NULL && items[i] != NULL; i++)
        {
          stmt = kn_store_stmt (self,
                                "INSERT INTO plan_attachment (plan_id, section, position, text)"
                                " VALUES (?, ?, ?, ?)",
                                error);
          if (stmt == NULL)
            return FALSE;
          kn_db_bind_int64 (stmt, 1, plan_id);
          kn_db_bind_text (stmt, 2, kn_attachment_section_to_string (section));
          kn_db_bind_int64 (stmt, 3, i);
          kn_db_bind_text (stmt, 4, items[i]);
          if (!kn_store_step (self, stmt, error))
            return FALSE;
        }

      if (!kn_store_audit (self, "plan", plan_id, "update", field, old, now, error))
        return FALSE;
    }

  return TRUE;
}

static void
apply_new_ids (GArray *new_ids)
{
  for (guint i = 0; i < new_ids->len; i++)
    {
      KnStoreNewId *entry = &g_array_index (new_ids, KnStoreNewId, i);

      if (KN_IS_PLAN_RESULT (entry->object))
        kn_plan_result_set_id (KN_PLAN_RESULT (entry->object), entry->id);
      else
        kn_indicator_set_id (KN_INDICATOR (entry->object), entry->id);
    }
}

static void
refresh_parent_texts (KnStore *self,
                      KnPlan  *plan)
{
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (plan));

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);
      g_autofree char *text = NULL;
      gint64 owner = 0;
      guint year = 0;

      if (kn_plan_result_get_parent_id (result) == 0)
        continue;
      if (result_owner (self, kn_plan_result_get_parent_id (result), &owner, &year, &text))
        kn_plan_result_set_parent_text (result, text);
    }
}

/* Writes @plan (new when its id is 0) inside an open savepoint. */
gboolean
kn_store_write_plan (KnStore     *self,
                     KnPlan      *plan,
                     KnPlan      *before,
                     const char  *template_position,
                     GArray      *new_ids,
                     gint64      *plan_id_out,
                     GError     **error)
{
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (plan));
  gboolean is_template = template_position != NULL;
  const char *approach = kn_plan_approach_to_string (kn_plan_get_approach (plan));
  g_autofree char *now = kn_store_now_text ();
  KnDbStmt *stmt;
  gint64 plan_id;

  if (before == NULL)
    {
      stmt = kn_store_stmt (self,
                            "INSERT INTO plan (employee_id, template_position, year, approach,"
                            " assessor_id, status, status_reason, jpt, changed_by, changed_at,"
                            " row_version)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                            error);
      if (stmt == NULL)
        return FALSE;
      kn_store_bind_id (stmt, 1, is_template ? 0 : kn_plan_get_employee_id (plan));
      kn_store_bind_text (stmt, 2, template_position);
      kn_db_bind_int64 (stmt, 3, is_template ? 0 : kn_plan_get_year (plan));
      kn_db_bind_text (stmt, 4, approach);
      kn_store_bind_id (stmt, 5, is_template ? 0 : kn_plan_get_assessor_id (plan));
      kn_db_bind_text (stmt, 6, kn_plan_status_to_string (kn_plan_get_status (plan)));
      kn_store_bind_text (stmt, 7, kn_plan_get_status_reason (plan));
      kn_db_bind_int64 (stmt, 8, kn_plan_get_jpt (plan) ? 1 : 0);
      kn_db_bind_text (stmt, 9, kn_store_who (self));
      kn_db_bind_text (stmt, 10, now);
      if (!kn_store_step (self, stmt, error))
        return FALSE;

      plan_id = kn_db_last_insert_id (self->db);
      if (!kn_store_audit (self, is_template ? "template" : "plan", plan_id, "insert",
                           is_template ? "position" : "year", NULL,
                           is_template ? template_position : NULL, error))
        return FALSE;
      if (!is_template)
        {
          g_autofree char *year = g_strdup_printf ("%u", kn_plan_get_year (plan));
          g_autofree char *employee = kn_store_id_to_string (kn_plan_get_employee_id (plan));

          if (!kn_store_audit_change (self, "plan", plan_id, "employee_id", NULL, employee, error) ||
              !kn_store_audit_change (self, "plan", plan_id, "year", NULL, year, error))
            return FALSE;
        }
    }
  else
    {
      g_autofree char *old_assessor = kn_store_id_to_string (kn_plan_get_assessor_id (before));
      g_autofree char *new_assessor = kn_store_id_to_string (kn_plan_get_assessor_id (plan));

      gint64 version = kn_plan_get_row_version (plan);

      plan_id = kn_plan_get_id (before);
      /* A save from an older copy than the stored one is refused: another desk saved in
       * between. A copy that never was read (version 0) writes over the version read now. */
      if (version != 0 && version != kn_plan_get_row_version (before))
        {
          kn_store_set_changed_error (self, "plan", plan_id, error);
          return FALSE;
        }
      version = kn_plan_get_row_version (before);
      stmt = kn_store_stmt (self,
                            "UPDATE plan SET approach = ?, assessor_id = ?, jpt = ?, changed_by = ?,"
                            " changed_at = ?, row_version = row_version + 1"
                            " WHERE id = ? AND row_version = ?",
                            error);
      if (stmt == NULL)
        return FALSE;
      kn_db_bind_text (stmt, 1, approach);
      kn_store_bind_id (stmt, 2, kn_plan_get_assessor_id (plan));
      kn_db_bind_int64 (stmt, 3, kn_plan_get_jpt (plan) ? 1 : 0);
      kn_db_bind_text (stmt, 4, kn_store_who (self));
      kn_db_bind_text (stmt, 5, now);
      kn_db_bind_int64 (stmt, 6, plan_id);
      kn_db_bind_int64 (stmt, 7, version);
      if (!kn_store_step (self, stmt, error))
        return FALSE;
      if (kn_db_changes (self->db) == 0)
        {
          kn_store_set_changed_error (self, "plan", plan_id, error);
          return FALSE;
        }
      if (
          !kn_store_audit_change (self, "plan", plan_id, "approach",
                                  kn_plan_approach_to_string (kn_plan_get_approach (before)),
                                  approach, error) ||
          !kn_store_audit_change (self, "plan", plan_id, "assessor_id", old_assessor, new_assessor,
                                  error) ||
          !kn_store_audit_change (self, "plan", plan_id, "jpt",
                                  kn_plan_get_jpt (before) ? "1" : "0",
                                  kn_plan_get_jpt (plan) ? "1" : "0", error))
        return FALSE;

      /* RHK that are gone (their IKI go with them). */
      {
        GListModel *old_results = G_LIST_MODEL (kn_plan_get_results (before));

        for (guint i = 0; i < g_list_model_get_n_items (old_results); i++)
          {
            g_autoptr(KnPlanResult) old = g_list_model_get_item (old_results, i);
            g_autofree char *supporters = NULL;

            if (find_result (plan, kn_plan_result_get_id (old)) != NULL)
              continue;

            {
              g_autofree char *final = final_period_using (self, kn_plan_result_get_id (old), 0);

              if (final != NULL)
                {
                  set_final_error (error, "RHK", kn_plan_result_get_text (old), final);
                  return FALSE;
                }
            }

            supporters = kn_store_describe_supporters (self, kn_plan_result_get_id (old), plan_id);
            if (supporters != NULL)
              {
                g_autofree char *shown = kn_store_short_text (kn_plan_result_get_text (old));

                g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE,
                             _("RHK “%s” cannot be removed: the RHK of %s supports it. Link their RHK to another one first."),
                             shown, supporters);
                return FALSE;
              }

            stmt = kn_store_stmt (self, "DELETE FROM plan_result WHERE id = ?", error);
            if (stmt == NULL)
              return FALSE;
            kn_db_bind_int64 (stmt, 1, kn_plan_result_get_id (old));
            if (!kn_store_step (self, stmt, error) ||
                !kn_store_audit (self, "plan_result", kn_plan_result_get_id (old), "delete", "text",
                                 kn_plan_result_get_text (old), NULL, error))
              return FALSE;
          }
      }
    }

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);
      KnPlanResult *old = find_result (before, kn_plan_result_get_id (result));

      if (kn_plan_result_get_id (result) != 0 && old == NULL)
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                       _("An RHK of this SKP was changed elsewhere meanwhile. Open the SKP again."));
          return FALSE;
        }
      if (!write_result (self, result, old, plan_id, i, is_template, new_ids, error))
        return FALSE;
    }

  if (!write_expectations_and_attachments (self, plan, before, plan_id, error))
    return FALSE;

  *plan_id_out = plan_id;
  return TRUE;
}

/* What is saved is what the caller's plan holds afterwards: texts without edge spaces. */
static void
trim_texts (KnPlan *plan)
{
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (plan));

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);
      GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));
      g_autofree char *text = kn_store_strip_dup (kn_plan_result_get_text (result));

      kn_plan_result_set_text (result, text);
      for (guint j = 0; j < g_list_model_get_n_items (indicators); j++)
        {
          g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, j);
          g_autofree char *indicator_text = kn_store_strip_dup (kn_indicator_get_text (indicator));

          kn_indicator_set_text (indicator, indicator_text);
        }
    }

  for (guint value = 0; value < KN_CORE_VALUE_N; value++)
    {
      g_autofree char *text = kn_store_strip_dup (kn_plan_get_expectation (plan, value));

      kn_plan_set_expectation (plan, value, text);
    }
}

/* A year an SKP can be for: four digits. Anything else would break the period lists. */
gboolean
kn_store_check_year (guint     year,
                     GError  **error)
{
  if (kn_period_year_is_valid (year))
    return TRUE;
  g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
               _("Year: %u is not a year an SKP can be for; write it with four digits, for example 2026."),
               year);
  return FALSE;
}

gboolean
kn_store_save_plan (KnStore  *self,
                    KnPlan   *plan,
                    GError  **error)
{
  g_autoptr(KnPlan) before = NULL;
  g_autoptr(GArray) new_ids = g_array_new (FALSE, FALSE, sizeof (KnStoreNewId));
  gint64 plan_id = 0;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (KN_IS_PLAN (plan), FALSE);

  if (!kn_store_check_year (kn_plan_get_year (plan), error))
    return FALSE;

  if (kn_plan_get_id (plan) != 0)
    {
      g_autoptr(GError) local_error = NULL;

      before = kn_store_load_plan_by_id (self, kn_plan_get_id (plan), &local_error);
      if (before == NULL)
        {
          if (local_error != NULL)
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                         _("This SKP no longer exists; it may have been deleted."));
          return FALSE;
        }
      if (!kn_plan_status_is_editable (kn_plan_get_status (before)))
        {
          kn_store_set_plan_locked_error (error, kn_plan_get_status (before));
          return FALSE;
        }
      if (kn_plan_get_employee_id (before) != kn_plan_get_employee_id (plan) ||
          kn_plan_get_year (before) != kn_plan_get_year (plan))
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                       _("An SKP cannot move to another employee or year; copy it instead."));
          return FALSE;
        }
    }
  else
    {
      gint64 existing;

      /* A new SKP starts as a draft; only the workflow moves it on. */
      if (kn_plan_get_status (plan) != KN_PLAN_STATUS_DRAFT)
        {
          kn_store_set_plan_locked_error (error, kn_plan_get_status (plan));
          return FALSE;
        }

      existing = kn_store_find_plan_id (self, kn_plan_get_employee_id (plan), kn_plan_get_year (plan),
                               error);

      if (existing < 0)
        return FALSE;
      if (existing > 0)
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_EXISTS,
                       _("%s already has an SKP for %u."),
                       employee_name (self, kn_plan_get_employee_id (plan)), kn_plan_get_year (plan));
          return FALSE;
        }
    }

  trim_texts (plan);
  if (!kn_store_validate_plan (self, plan, FALSE, error))
    return FALSE;

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;
  if (!kn_store_savepoint_end (self,
                               kn_store_write_plan (self, plan, before, NULL, new_ids, &plan_id,
                                                    error),
                               error))
    return FALSE;

  apply_new_ids (new_ids);
  kn_plan_set_id (plan, plan_id);
  /* The version written: the caller's copy is the stored one now. */
  kn_plan_set_row_version (plan, before != NULL ? kn_plan_get_row_version (before) + 1 : 1);
  refresh_parent_texts (self, plan);
  return TRUE;
}
