/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SKP part of the store: plans with their RHK and IKI, the workflow, jabatan templates. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kn-store.h"

#include "kn-store-private.h"

void
kn_store_set_plan_locked_error (GError       **error,
                  KnPlanStatus   status)
{
  if (status == KN_PLAN_STATUS_SUBMITTED)
    g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED,
                 _("This SKP is submitted and cannot be changed now. Take it back, or let the assessor return it, to change it."));
  else
    g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED,
                 _("This SKP is %s and cannot be changed. Reopen it first (with a reason)."),
                 kn_plan_status_label (status));
}

gboolean
kn_store_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

char *
kn_store_strip_dup (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

char *
kn_store_double_to_string (gboolean has_value,
                  double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!has_value)
    return NULL;
  return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value));
}

char *
kn_store_attachments_joined (KnPlan              *plan,
                    KnAttachmentSection  section)
{
  const char * const *items = plan != NULL ? kn_plan_get_attachments (plan, section) : NULL;

  if (items == NULL || items[0] == NULL)
    return NULL;
  return g_strjoinv ("\n", (char **)items);
}

/* Loading */

static KnPlan *
plan_from_row (sqlite3_stmt *stmt)
{
  KnPlan *plan = kn_plan_new (sqlite3_column_int64 (stmt, 1), sqlite3_column_int (stmt, 2));
  KnPlanApproach approach = KN_PLAN_APPROACH_QUANTITATIVE;
  KnPlanStatus status = KN_PLAN_STATUS_DRAFT;

  kn_plan_approach_from_string ((const char *)sqlite3_column_text (stmt, 3), &approach);
  kn_plan_status_from_string ((const char *)sqlite3_column_text (stmt, 5), &status);

  kn_plan_set_id (plan, sqlite3_column_int64 (stmt, 0));
  kn_plan_set_approach (plan, approach);
  kn_plan_set_assessor_id (plan, sqlite3_column_int64 (stmt, 4));
  kn_plan_set_status (plan, status);
  kn_plan_set_status_reason (plan, (const char *)sqlite3_column_text (stmt, 6));
  kn_plan_set_jpt (plan, sqlite3_column_int (stmt, 7) != 0);

  return plan;
}

static gboolean
load_children (KnStore  *self,
               KnPlan   *plan,
               GError  **error)
{
  g_autoptr(GHashTable) results = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gint64 plan_id = kn_plan_get_id (plan);
  sqlite3_stmt *stmt;
  int rc;

  stmt = kn_store_stmt (self,
                        "SELECT r.id, r.kind, r.text, r.parent_id, p.text, r.parent_hint"
                        " FROM plan_result r LEFT JOIN plan_result p ON p.id = r.parent_id"
                        " WHERE r.plan_id = ? ORDER BY r.position, r.id",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(KnPlanResult) result = kn_plan_result_new ();
      KnResultKind kind = KN_RESULT_KIND_UTAMA;
      const char *parent_text = (const char *)sqlite3_column_text (stmt, 4);

      kn_result_kind_from_string ((const char *)sqlite3_column_text (stmt, 1), &kind);
      kn_plan_result_set_id (result, sqlite3_column_int64 (stmt, 0));
      kn_plan_result_set_kind (result, kind);
      kn_plan_result_set_text (result, (const char *)sqlite3_column_text (stmt, 2));
      kn_plan_result_set_parent_id (result, sqlite3_column_int64 (stmt, 3));
      if (parent_text == NULL)
        parent_text = (const char *)sqlite3_column_text (stmt, 5);
      kn_plan_result_set_parent_text (result, parent_text);

      g_list_store_append (kn_plan_get_results (plan), result);
      g_hash_table_insert (results, g_memdup2 (&(gint64){ kn_plan_result_get_id (result) },
                                               sizeof (gint64)),
                           result);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  stmt = kn_store_stmt (self,
                        "SELECT i.id, i.result_id, i.aspect, i.perspective, i.text, i.target_value,"
                        " i.target_unit, i.target_text, i.direction"
                        " FROM indicator i JOIN plan_result r ON r.id = i.result_id"
                        " WHERE r.plan_id = ? ORDER BY i.result_id, i.position, i.id",
                        error);
  if (stmt == NULL)
    goto failed_quiet;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(KnIndicator) indicator = kn_indicator_new ();
      gint64 result_id = sqlite3_column_int64 (stmt, 1);
      KnPlanResult *result = g_hash_table_lookup (results, &result_id);
      KnAspect aspect = KN_ASPECT_NONE;
      KnPerspective perspective = KN_PERSPECTIVE_NONE;
      KnDirection direction = KN_DIRECTION_MORE_IS_BETTER;

      if (result == NULL)
        continue;

      kn_aspect_from_string ((const char *)sqlite3_column_text (stmt, 2), &aspect);
      kn_perspective_from_string ((const char *)sqlite3_column_text (stmt, 3), &perspective);
      kn_direction_from_string ((const char *)sqlite3_column_text (stmt, 8), &direction);

      kn_indicator_set_id (indicator, sqlite3_column_int64 (stmt, 0));
      kn_indicator_set_aspect (indicator, aspect);
      kn_indicator_set_perspective (indicator, perspective);
      kn_indicator_set_text (indicator, (const char *)sqlite3_column_text (stmt, 4));
      if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
        kn_indicator_set_target_value (indicator, sqlite3_column_double (stmt, 5));
      kn_indicator_set_target_unit (indicator, (const char *)sqlite3_column_text (stmt, 6));
      kn_indicator_set_target_text (indicator, (const char *)sqlite3_column_text (stmt, 7));
      kn_indicator_set_direction (indicator, direction);

      g_list_store_append (kn_plan_result_get_indicators (result), indicator);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  stmt = kn_store_stmt (self, "SELECT core_value, text FROM plan_expectation WHERE plan_id = ?",
                        error);
  if (stmt == NULL)
    goto failed_quiet;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KnCoreValue value;

      if (kn_core_value_from_string ((const char *)sqlite3_column_text (stmt, 0), &value))
        kn_plan_set_expectation (plan, value, (const char *)sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  for (guint section = 0; section < KN_ATTACHMENT_N; section++)
    {
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

      stmt = kn_store_stmt (self,
                            "SELECT text FROM plan_attachment WHERE plan_id = ? AND section = ?"
                            " ORDER BY position, id",
                            error);
      if (stmt == NULL)
        goto failed_quiet;
      sqlite3_bind_int64 (stmt, 1, plan_id);
      sqlite3_bind_text (stmt, 2, kn_attachment_section_to_string (section), -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (items, g_strdup ((const char *)sqlite3_column_text (stmt, 0)));
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        goto failed;
      g_ptr_array_add (items, NULL);
      kn_plan_set_attachments (plan, section, (const char * const *)items->pdata);
    }

  return TRUE;

failed:
  kn_store_set_sqlite_error (self, error);
failed_quiet:
  return FALSE;
}

#define PLAN_COLUMNS \
  "SELECT id, employee_id, year, approach, assessor_id, status, status_reason, jpt FROM plan"

KnPlan *
kn_store_load_plan_by_id (KnStore  *self,
                          gint64    plan_id,
                          GError  **error)
{
  g_autoptr(KnPlan) plan = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  stmt = kn_store_stmt (self, PLAN_COLUMNS " WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    plan = plan_from_row (stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      kn_store_set_sqlite_error (self, error);
      return NULL;
    }
  if (plan == NULL)
    return NULL;

  if (!load_children (self, plan, error))
    return NULL;

  return g_steal_pointer (&plan);
}

gint64
kn_store_find_plan_id (KnStore  *self,
              gint64    employee_id,
              guint     year,
              GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  stmt = kn_store_stmt (self, "SELECT id FROM plan WHERE employee_id = ? AND year = ?", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, employee_id);
  sqlite3_bind_int (stmt, 2, year);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      kn_store_set_sqlite_error (self, error);
      return -1;
    }
  return id;
}

KnPlan *
kn_store_load_plan (KnStore  *self,
                    gint64    employee_id,
                    guint     year,
                    GError  **error)
{
  gint64 id;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  id = kn_store_find_plan_id (self, employee_id, year, error);
  if (id <= 0)
    return NULL;

  return kn_store_load_plan_by_id (self, id, error);
}

/* Checking */

/* The employee and year of the plan that holds @result_id; FALSE when there is no such RHK. */
static gboolean
result_owner (KnStore *self,
              gint64   result_id,
              gint64  *employee_id,
              guint   *year,
              char   **text)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  stmt = kn_store_stmt (self,
                        "SELECT p.employee_id, p.year, r.text FROM plan_result r"
                        " JOIN plan p ON p.id = r.plan_id WHERE r.id = ?",
                        NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, result_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      *employee_id = sqlite3_column_int64 (stmt, 0);
      *year = sqlite3_column_int (stmt, 1);
      if (text != NULL)
        *text = g_strdup ((const char *)sqlite3_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);

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

  if (!is_template && kn_store_lookup_employee (self, kn_plan_get_employee_id (plan)) == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                   _("The employee of this SKP no longer exists."));
      return FALSE;
    }

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
  sqlite3_stmt *stmt;
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

  sqlite3_bind_int64 (stmt, 1, result_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, aspect, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, perspective, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, text, -1, SQLITE_TRANSIENT);
  if (kn_indicator_get_has_target_value (indicator))
    sqlite3_bind_double (stmt, 6, kn_indicator_get_target_value (indicator));
  else
    sqlite3_bind_null (stmt, 6);
  kn_store_bind_text (stmt, 7, unit);
  kn_store_bind_text (stmt, 8, target_text);
  sqlite3_bind_text (stmt, 9, direction, -1, SQLITE_STATIC);
  if (before != NULL)
    sqlite3_bind_int64 (stmt, 10, kn_indicator_get_id (before));
  if (!kn_store_step (self, stmt, error))
    return FALSE;

  if (before == NULL)
    {
      id = sqlite3_last_insert_rowid (self->db);
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
  sqlite3_stmt *stmt;
  char *period = NULL;

  stmt = kn_store_stmt (self,
                        "SELECT e.period FROM realization r"
                        " JOIN indicator i ON i.id = r.indicator_id"
                        " JOIN plan_result pr ON pr.id = i.result_id"
                        " JOIN plan p ON p.id = pr.plan_id"
                        " JOIN evaluation e ON e.employee_id = p.employee_id AND e.period = r.period"
                        " WHERE e.status = 'final' AND (i.id = ?1 OR pr.id = ?2)"
                        " UNION ALL "
                        "SELECT e.period FROM feedback f"
                        " JOIN plan p ON p.id = f.plan_id"
                        " JOIN evaluation e ON e.employee_id = p.employee_id AND e.period = f.period"
                        " WHERE e.status = 'final' AND f.result_id = ?2"
                        " LIMIT 1",
                        NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  sqlite3_bind_int64 (stmt, 2, result_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    period = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
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
  sqlite3_stmt *stmt;
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

  sqlite3_bind_int64 (stmt, 1, plan_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, text, -1, SQLITE_TRANSIENT);
  kn_store_bind_id (stmt, 5, parent_id);
  kn_store_bind_text (stmt, 6, hint);
  if (before != NULL)
    sqlite3_bind_int64 (stmt, 7, kn_plan_result_get_id (before));
  if (!kn_store_step (self, stmt, error))
    return FALSE;

  if (before == NULL)
    {
      g_autofree char *parent = kn_store_id_to_string (parent_id);

      id = sqlite3_last_insert_rowid (self->db);
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
          sqlite3_bind_int64 (stmt, 1, kn_indicator_get_id (old));
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
  sqlite3_stmt *stmt;

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
      sqlite3_bind_int64 (stmt, 1, plan_id);
      sqlite3_bind_text (stmt, 2, kn_core_value_to_string (value), -1, SQLITE_STATIC);
      if (text[0] != '\0')
        sqlite3_bind_text (stmt, 3, text, -1, SQLITE_TRANSIENT);
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
      sqlite3_bind_int64 (stmt, 1, plan_id);
      sqlite3_bind_text (stmt, 2, kn_attachment_section_to_string (section), -1, SQLITE_STATIC);
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
          sqlite3_bind_int64 (stmt, 1, plan_id);
          sqlite3_bind_text (stmt, 2, kn_attachment_section_to_string (section), -1,
                             SQLITE_STATIC);
          sqlite3_bind_int (stmt, 3, i);
          sqlite3_bind_text (stmt, 4, items[i], -1, SQLITE_TRANSIENT);
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
  sqlite3_stmt *stmt;
  gint64 plan_id;

  if (before == NULL)
    {
      stmt = kn_store_stmt (self,
                            "INSERT INTO plan (employee_id, template_position, year, approach,"
                            " assessor_id, status, status_reason, jpt)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            error);
      if (stmt == NULL)
        return FALSE;
      kn_store_bind_id (stmt, 1, is_template ? 0 : kn_plan_get_employee_id (plan));
      kn_store_bind_text (stmt, 2, template_position);
      sqlite3_bind_int (stmt, 3, is_template ? 0 : kn_plan_get_year (plan));
      sqlite3_bind_text (stmt, 4, approach, -1, SQLITE_STATIC);
      kn_store_bind_id (stmt, 5, is_template ? 0 : kn_plan_get_assessor_id (plan));
      sqlite3_bind_text (stmt, 6, kn_plan_status_to_string (kn_plan_get_status (plan)), -1,
                         SQLITE_STATIC);
      kn_store_bind_text (stmt, 7, kn_plan_get_status_reason (plan));
      sqlite3_bind_int (stmt, 8, kn_plan_get_jpt (plan) ? 1 : 0);
      if (!kn_store_step (self, stmt, error))
        return FALSE;

      plan_id = sqlite3_last_insert_rowid (self->db);
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

      plan_id = kn_plan_get_id (before);
      stmt = kn_store_stmt (self, "UPDATE plan SET approach = ?, assessor_id = ?, jpt = ? WHERE id = ?",
                            error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, approach, -1, SQLITE_STATIC);
      kn_store_bind_id (stmt, 2, kn_plan_get_assessor_id (plan));
      sqlite3_bind_int (stmt, 3, kn_plan_get_jpt (plan) ? 1 : 0);
      sqlite3_bind_int64 (stmt, 4, plan_id);
      if (!kn_store_step (self, stmt, error) ||
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
            sqlite3_bind_int64 (stmt, 1, kn_plan_result_get_id (old));
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
  if (!kn_store_write_plan (self, plan, before, NULL, new_ids, &plan_id, error))
    {
      kn_store_savepoint_rollback (self);
      return FALSE;
    }
  if (!kn_store_savepoint_release (self, error))
    return FALSE;

  apply_new_ids (new_ids);
  kn_plan_set_id (plan, plan_id);
  refresh_parent_texts (self, plan);
  return TRUE;
}

/* Workflow */

static gboolean
check_complete (KnPlan  *plan,
                GError **error)
{
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (plan));
  gboolean qualitative = kn_plan_get_approach (plan) == KN_PLAN_APPROACH_QUALITATIVE;
  guint n_utama = 0;

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);
      GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));
      g_autofree char *shown = kn_store_short_text (kn_plan_result_get_text (result));

      if (kn_plan_result_get_kind (result) == KN_RESULT_KIND_UTAMA)
        n_utama++;

      if (g_list_model_get_n_items (indicators) == 0)
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                       _("RHK “%s” has no IKI yet. Add at least one indicator with its target."),
                       shown);
          return FALSE;
        }

      for (guint j = 0; j < g_list_model_get_n_items (indicators); j++)
        {
          g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, j);
          gboolean has_target = qualitative
                              ? !kn_store_text_is_blank (kn_indicator_get_target_text (indicator)) ||
                                kn_indicator_get_has_target_value (indicator)
                              : kn_indicator_get_has_target_value (indicator);

          if (!has_target)
            {
              g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                           qualitative
                           ? _("IKI %u of RHK “%s” has no target. Write the target as a sentence.")
                           : _("IKI %u of RHK “%s” has no target. Type the target as a number with its unit, for example 12 dokumen."),
                           j + 1, shown);
              return FALSE;
            }
        }
    }

  if (n_utama == 0)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("The SKP has no main RHK (A. Utama) yet. Add at least one before submitting it."));
      return FALSE;
    }

  return TRUE;
}

gboolean
kn_store_set_plan_status (KnStore       *self,
                          gint64         plan_id,
                          KnPlanStatus   status,
                          const char    *reason,
                          GError       **error)
{
  g_autoptr(KnPlan) plan = NULL;
  g_autofree char *clean_reason = NULL;
  KnPlanStatus from;
  sqlite3_stmt *stmt;
  gboolean needs_reason;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (status < KN_PLAN_STATUS_N, FALSE);

  plan = kn_store_load_plan_by_id (self, plan_id, error);
  if (plan == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                     _("This SKP no longer exists; it may have been deleted."));
      return FALSE;
    }

  from = kn_plan_get_status (plan);
  if (!kn_plan_status_can_change (from, status))
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("An SKP that is %s cannot become %s."),
                   kn_plan_status_label (from), kn_plan_status_label (status));
      return FALSE;
    }

  clean_reason = kn_store_strip_dup (reason);
  needs_reason = status == KN_PLAN_STATUS_RETURNED ||
                 (from == KN_PLAN_STATUS_APPROVED && status == KN_PLAN_STATUS_DRAFT);
  if (needs_reason && clean_reason[0] == '\0')
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   status == KN_PLAN_STATUS_RETURNED
                   ? _("Write why the SKP is returned, so that the employee knows what to change.")
                   : _("Write why the approved SKP is reopened; the reason is kept in its history."));
      return FALSE;
    }

  if (status == KN_PLAN_STATUS_SUBMITTED && !check_complete (plan, error))
    return FALSE;
  if (status == KN_PLAN_STATUS_APPROVED && !check_complete (plan, error))
    return FALSE;

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;

  stmt = kn_store_stmt (self, "UPDATE plan SET status = ?, status_reason = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, kn_plan_status_to_string (status), -1, SQLITE_STATIC);
  kn_store_bind_text (stmt, 2, clean_reason[0] != '\0' ? clean_reason : NULL);
  sqlite3_bind_int64 (stmt, 3, plan_id);
  if (!kn_store_step (self, stmt, error) ||
      !kn_store_audit (self, "plan", plan_id, "update", "status",
                       kn_plan_status_to_string (from), kn_plan_status_to_string (status), error) ||
      (clean_reason[0] != '\0' &&
       !kn_store_audit (self, "plan", plan_id, "update", "status_reason",
                        kn_plan_get_status_reason (plan), clean_reason, error)))
    goto failed;

  return kn_store_savepoint_release (self, error);

failed:
  kn_store_savepoint_rollback (self);
  return FALSE;
}

gboolean
kn_store_delete_plan (KnStore  *self,
                      gint64    plan_id,
                      GError  **error)
{
  g_autoptr(KnPlan) plan = NULL;
  GListModel *results;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  plan = kn_store_load_plan_by_id (self, plan_id, error);
  if (plan == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                     _("This SKP no longer exists; it may have been deleted."));
      return FALSE;
    }

  if (kn_plan_get_status (plan) == KN_PLAN_STATUS_APPROVED)
    {
      kn_store_set_plan_locked_error (error, KN_PLAN_STATUS_APPROVED);
      return FALSE;
    }

  /* A final evaluation of the year was decided on this SKP: it stays. */
  if (kn_plan_get_employee_id (plan) != 0)
    {
      g_autofree char *pattern = g_strdup_printf ("%04u-%%", kn_plan_get_year (plan));
      g_autofree char *final = NULL;

      stmt = kn_store_stmt (self,
                            "SELECT period FROM evaluation WHERE employee_id = ? AND status = 'final'"
                            " AND period LIKE ? ORDER BY period LIMIT 1",
                            error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, kn_plan_get_employee_id (plan));
      sqlite3_bind_text (stmt, 2, pattern, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        final = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
      if (final != NULL)
        {
          KnPeriod parsed;
          g_autofree char *label = kn_period_parse (final, &parsed, NULL)
                                   ? kn_period_label (&parsed) : g_strdup (final);

          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED,
                       _("The SKP cannot be deleted: the evaluation of %s made on it is final. Reopen that evaluation first."),
                       label);
          return FALSE;
        }
    }

  results = G_LIST_MODEL (kn_plan_get_results (plan));
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);
      g_autofree char *supporters = kn_store_describe_supporters (self, kn_plan_result_get_id (result),
                                                         plan_id);

      if (supporters != NULL)
        {
          g_autofree char *shown = kn_store_short_text (kn_plan_result_get_text (result));

          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE,
                       _("The SKP cannot be deleted: the RHK of %s supports its RHK “%s”."),
                       supporters, shown);
          return FALSE;
        }
    }

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;
  stmt = kn_store_stmt (self, "DELETE FROM plan WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  if (!kn_store_step (self, stmt, error) ||
      !kn_store_audit (self, "plan", plan_id, "delete", "status",
                       kn_plan_status_to_string (kn_plan_get_status (plan)), NULL, error))
    goto failed;

  return kn_store_savepoint_release (self, error);

failed:
  kn_store_savepoint_rollback (self);
  return FALSE;
}

GPtrArray *
kn_store_list_plan_summaries (KnStore *self,
                              guint    year)
{
  GPtrArray *summaries;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  summaries = g_ptr_array_new_with_free_func (g_free);
  stmt = kn_store_stmt (self,
                        "SELECT p.id, p.employee_id, p.assessor_id, p.status, p.jpt,"
                        " (SELECT count (*) FROM plan_result r WHERE r.plan_id = p.id),"
                        " (SELECT count (*) FROM indicator i JOIN plan_result r"
                        "   ON r.id = i.result_id WHERE r.plan_id = p.id),"
                        " (SELECT count (*) FROM plan_result r WHERE r.plan_id = p.id"
                        "   AND r.parent_id IS NULL AND r.kind = 'utama'),"
                        " e.supervisor_id IS NOT NULL"
                        " FROM plan p JOIN employee e ON e.id = p.employee_id"
                        " WHERE p.year = ?"
                        " ORDER BY p.id",
                        NULL);
  if (stmt == NULL)
    return summaries;

  sqlite3_bind_int (stmt, 1, year);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      KnPlanSummary *summary = g_new0 (KnPlanSummary, 1);
      KnPlanStatus status = KN_PLAN_STATUS_DRAFT;

      kn_plan_status_from_string ((const char *)sqlite3_column_text (stmt, 3), &status);
      summary->plan_id = sqlite3_column_int64 (stmt, 0);
      summary->employee_id = sqlite3_column_int64 (stmt, 1);
      summary->assessor_id = sqlite3_column_int64 (stmt, 2);
      summary->status = status;
      summary->n_results = sqlite3_column_int (stmt, 5);
      summary->n_indicators = sqlite3_column_int (stmt, 6);
      /* Only a main RHK of someone who has an atasan, and is not a JPT, must support one. */
      summary->n_unlinked = sqlite3_column_int (stmt, 4) != 0 || sqlite3_column_int (stmt, 8) == 0
                          ? 0 : sqlite3_column_int (stmt, 7);
      g_ptr_array_add (summaries, summary);
    }
  sqlite3_reset (stmt);

  return summaries;
}

void
kn_supporting_result_free (KnSupportingResult *result)
{
  if (result == NULL)
    return;

  g_free (result->text);
  g_free (result);
}

GPtrArray *
kn_store_list_supporting_results (KnStore *self,
                                  gint64   result_id)
{
  GPtrArray *supporters;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  supporters = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_supporting_result_free);
  stmt = kn_store_stmt (self,
                        "SELECT r.id, r.plan_id, p.employee_id, r.text FROM plan_result r"
                        " JOIN plan p ON p.id = r.plan_id WHERE r.parent_id = ?"
                        " ORDER BY p.employee_id, r.position",
                        NULL);
  if (stmt == NULL)
    return supporters;

  sqlite3_bind_int64 (stmt, 1, result_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      KnSupportingResult *supporter = g_new0 (KnSupportingResult, 1);

      supporter->result_id = sqlite3_column_int64 (stmt, 0);
      supporter->plan_id = sqlite3_column_int64 (stmt, 1);
      supporter->employee_id = sqlite3_column_int64 (stmt, 2);
      supporter->text = g_strdup ((const char *)sqlite3_column_text (stmt, 3));
      g_ptr_array_add (supporters, supporter);
    }
  sqlite3_reset (stmt);

  return supporters;
}

GArray *
kn_store_list_plan_years (KnStore *self)
{
  GArray *years;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  years = g_array_new (FALSE, FALSE, sizeof (guint));
  stmt = kn_store_stmt (self,
                        "SELECT DISTINCT year FROM plan WHERE employee_id IS NOT NULL"
                        " AND year BETWEEN 1900 AND 9999 ORDER BY year DESC",
                        NULL);
  if (stmt == NULL)
    return years;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      guint year = sqlite3_column_int (stmt, 0);

      g_array_append_val (years, year);
    }
  sqlite3_reset (stmt);

  return years;
}

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

  employee = kn_store_lookup_employee (self, employee_id);
  if (employee == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                   _("This employee no longer exists; they may have been deleted."));
      return NULL;
    }

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
  sqlite3_stmt *stmt;
  gint64 id = 0;

  stmt = kn_store_stmt (self,
                        "SELECT id FROM plan WHERE template_position = ? COLLATE NOCASE", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, position, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return id;
}

GStrv
kn_store_list_templates (KnStore *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  stmt = kn_store_stmt (self,
                        "SELECT template_position FROM plan WHERE template_position IS NOT NULL"
                        " ORDER BY template_position COLLATE NOCASE",
                        NULL);
  if (stmt != NULL)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (builder, (const char *)sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }

  return g_strv_builder_end (builder);
}

static gboolean
delete_template_rows (KnStore  *self,
                      gint64    template_id,
                      GError  **error)
{
  sqlite3_stmt *stmt = kn_store_stmt (self, "DELETE FROM plan WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, template_id);
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
  if ((old_id != 0 && !delete_template_rows (self, old_id, error)) ||
      !kn_store_write_plan (self, template, NULL, name, new_ids, &new_id, error))
    {
      kn_store_savepoint_rollback (self);
      return FALSE;
    }

  return kn_store_savepoint_release (self, error);
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
  if (!delete_template_rows (self, id, error) ||
      !kn_store_audit (self, "template", id, "delete", "position", position, NULL, error))
    {
      kn_store_savepoint_rollback (self);
      return FALSE;
    }

  return kn_store_savepoint_release (self, error);
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
      KnEmployee *employee = kn_store_lookup_employee (self, employee_id);

      if (employee == NULL)
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                       _("This employee no longer exists; they may have been deleted."));
          return FALSE;
        }
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
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ",
                                  kn_employee_get_name (employee));
      kn_store_savepoint_rollback (self);
      return FALSE;
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
