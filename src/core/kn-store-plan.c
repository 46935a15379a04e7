/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SKP part of the store: loading plans, the workflow, and lists of plans. */

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
plan_from_row (KnDbStmt *stmt)
{
  KnPlan *plan = kn_plan_new (kn_db_column_int64 (stmt, 1), kn_db_column_int (stmt, 2));
  KnPlanApproach approach = KN_PLAN_APPROACH_QUANTITATIVE;
  KnPlanStatus status = KN_PLAN_STATUS_DRAFT;

  kn_plan_approach_from_string (kn_db_column_text (stmt, 3), &approach);
  kn_plan_status_from_string (kn_db_column_text (stmt, 5), &status);

  kn_plan_set_id (plan, kn_db_column_int64 (stmt, 0));
  kn_plan_set_approach (plan, approach);
  kn_plan_set_assessor_id (plan, kn_db_column_int64 (stmt, 4));
  kn_plan_set_status (plan, status);
  kn_plan_set_status_reason (plan, kn_db_column_text (stmt, 6));
  kn_plan_set_jpt (plan, kn_db_column_int (stmt, 7) != 0);
  kn_plan_set_row_version (plan, kn_db_column_int64 (stmt, 8));

  return plan;
}

static gboolean
load_children (KnStore  *self,
               KnPlan   *plan,
               GError  **error)
{
  g_autoptr(GHashTable) results = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gint64 plan_id = kn_plan_get_id (plan);
  KnDbStmt *stmt;
  int rc;

  stmt = kn_store_stmt (self,
                        "SELECT r.id, r.kind, r.text, r.parent_id, p.text, r.parent_hint"
                        " FROM plan_result r LEFT JOIN plan_result p ON p.id = r.parent_id"
                        " WHERE r.plan_id = ? ORDER BY r.position, r.id",
                        error);
  if (stmt == NULL)
    return FALSE;
  kn_db_bind_int64 (stmt, 1, plan_id);
  while ((rc = kn_store_next (self, stmt, error)) == KN_DB_ROW)
    {
      g_autoptr(KnPlanResult) result = kn_plan_result_new ();
      KnResultKind kind = KN_RESULT_KIND_UTAMA;
      const char *parent_text = kn_db_column_text (stmt, 4);

      kn_result_kind_from_string (kn_db_column_text (stmt, 1), &kind);
      kn_plan_result_set_id (result, kn_db_column_int64 (stmt, 0));
      kn_plan_result_set_kind (result, kind);
      kn_plan_result_set_text (result, kn_db_column_text (stmt, 2));
      kn_plan_result_set_parent_id (result, kn_db_column_int64 (stmt, 3));
      if (parent_text == NULL)
        parent_text = kn_db_column_text (stmt, 5);
      kn_plan_result_set_parent_text (result, parent_text);

      g_list_store_append (kn_plan_get_results (plan), result);
      g_hash_table_insert (results, g_memdup2 (&(gint64){ kn_plan_result_get_id (result) },
                                               sizeof (gint64)),
                           result);
    }
  kn_db_reset (stmt);
  if (rc != KN_DB_DONE)
    goto failed;

  stmt = kn_store_stmt (self,
                        "SELECT i.id, i.result_id, i.aspect, i.perspective, i.text, i.target_value,"
                        " i.target_unit, i.target_text, i.direction"
                        " FROM indicator i JOIN plan_result r ON r.id = i.result_id"
                        " WHERE r.plan_id = ? ORDER BY i.result_id, i.position, i.id",
                        error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_int64 (stmt, 1, plan_id);
  while ((rc = kn_store_next (self, stmt, error)) == KN_DB_ROW)
    {
      g_autoptr(KnIndicator) indicator = kn_indicator_new ();
      gint64 result_id = kn_db_column_int64 (stmt, 1);
      KnPlanResult *result = g_hash_table_lookup (results, &result_id);
      KnAspect aspect = KN_ASPECT_NONE;
      KnPerspective perspective = KN_PERSPECTIVE_NONE;
      KnDirection direction = KN_DIRECTION_MORE_IS_BETTER;

      if (result == NULL)
        continue;

      kn_aspect_from_string (kn_db_column_text (stmt, 2), &aspect);
      kn_perspective_from_string (kn_db_column_text (stmt, 3), &perspective);
      kn_direction_from_string (kn_db_column_text (stmt, 8), &direction);

      kn_indicator_set_id (indicator, kn_db_column_int64 (stmt, 0));
      kn_indicator_set_aspect (indicator, aspect);
      kn_indicator_set_perspective (indicator, perspective);
      kn_indicator_set_text (indicator, kn_db_column_text (stmt, 4));
      if (!kn_db_column_is_null (stmt, 5))
        kn_indicator_set_target_value (indicator, kn_db_column_double (stmt, 5));
      kn_indicator_set_target_unit (indicator, kn_db_column_text (stmt, 6));
      kn_indicator_set_target_text (indicator, kn_db_column_text (stmt, 7));
      kn_indicator_set_direction (indicator, direction);

      g_list_store_append (kn_plan_result_get_indicators (result), indicator);
    }
  kn_db_reset (stmt);
  if (rc != KN_DB_DONE)
    goto failed;

  stmt = kn_store_stmt (self, "SELECT core_value, text FROM plan_expectation WHERE plan_id = ?",
                        error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_int64 (stmt, 1, plan_id);
  while ((rc = kn_store_next (self, stmt, error)) == KN_DB_ROW)
    {
      KnCoreValue value;

      if (kn_core_value_from_string (kn_db_column_text (stmt, 0), &value))
        kn_plan_set_expectation (plan, value, kn_db_column_text (stmt, 1));
    }
  kn_db_reset (stmt);
  if (rc != KN_DB_DONE)
    goto failed;

  for (guint section = 0; section < KN_ATTACHMENT_N; section++)
    {
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

      stmt = kn_store_stmt (self,
                            "SELECT text FROM plan_attachment WHERE plan_id = ? AND section = ?"
                            " ORDER BY position, id",
                            error);
      if (stmt == NULL)
        goto failed;
      kn_db_bind_int64 (stmt, 1, plan_id);
      kn_db_bind_text (stmt, 2, kn_attachment_section_to_string (section));
      while ((rc = kn_store_next (self, stmt, error)) == KN_DB_ROW)
        g_ptr_array_add (items, g_strdup (kn_db_column_text (stmt, 0)));
      kn_db_reset (stmt);
      if (rc != KN_DB_DONE)
        goto failed;
      g_ptr_array_add (items, NULL);
      kn_plan_set_attachments (plan, section, (const char * const *)items->pdata);
    }

  return TRUE;

failed:
  return FALSE;
}

#define PLAN_COLUMNS \
  "SELECT id, employee_id, year, approach, assessor_id, status, status_reason, jpt, row_version" \
  " FROM plan"

KnPlan *
kn_store_load_plan_by_id (KnStore  *self,
                          gint64    plan_id,
                          GError  **error)
{
  g_autoptr(KnPlan) plan = NULL;
  KnDbStmt *stmt;
  int rc;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  stmt = kn_store_stmt (self, PLAN_COLUMNS " WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  kn_db_bind_int64 (stmt, 1, plan_id);
  rc = kn_store_next (self, stmt, error);
  if (rc == KN_DB_ROW)
    plan = plan_from_row (stmt);
  kn_db_reset (stmt);

  if (rc != KN_DB_ROW && rc != KN_DB_DONE)
    return NULL;
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
  KnDbStmt *stmt;
  gint64 id = 0;
  int rc;

  stmt = kn_store_stmt (self, "SELECT id FROM plan WHERE employee_id = ? AND year = ?", error);
  if (stmt == NULL)
    return -1;
  kn_db_bind_int64 (stmt, 1, employee_id);
  kn_db_bind_int64 (stmt, 2, year);
  rc = kn_store_next (self, stmt, error);
  if (rc == KN_DB_ROW)
    id = kn_db_column_int64 (stmt, 0);
  kn_db_reset (stmt);

  if (rc != KN_DB_ROW && rc != KN_DB_DONE)
    return -1;
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

/* Whether the plan @plan_id is surely complete as check_complete says, by one query: at least
 * one main RHK, an IKI under every RHK, a target value on every IKI (which a qualitative plan
 * does not need: a plan this says FALSE of is checked whole). */
static gboolean
surely_complete (KnStore *self,
                 gint64   plan_id)
{
  KnDbStmt *stmt;
  gboolean complete = FALSE;

  stmt = kn_store_stmt (self,
                        "SELECT (SELECT count (*) FROM plan_result WHERE plan_id = ?1 AND kind = ?2),"
                        " (SELECT count (*) FROM plan_result AS r WHERE r.plan_id = ?1"
                        " AND NOT EXISTS (SELECT 1 FROM indicator AS i WHERE i.result_id = r.id)),"
                        " (SELECT count (*) FROM indicator AS i JOIN plan_result AS r"
                        " ON r.id = i.result_id WHERE r.plan_id = ?1 AND i.target_value IS NULL)",
                        NULL);
  if (stmt == NULL)
    return FALSE;
  kn_db_bind_int64 (stmt, 1, plan_id);
  kn_db_bind_text (stmt, 2, kn_result_kind_to_string (KN_RESULT_KIND_UTAMA));
  if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    complete = kn_db_column_int64 (stmt, 0) > 0 && kn_db_column_int64 (stmt, 1) == 0 &&
               kn_db_column_int64 (stmt, 2) == 0;
  kn_db_reset (stmt);
  return complete;
}

/* The plan's own row, without its RHK, IKI and attachments; NULL when there is none (@error
 * set only when reading failed). */
static KnPlan *
load_plan_row (KnStore  *self,
               gint64    plan_id,
               GError  **error)
{
  KnPlan *plan = NULL;
  KnDbStmt *stmt;

  stmt = kn_store_stmt (self, PLAN_COLUMNS " WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  kn_db_bind_int64 (stmt, 1, plan_id);
  if (kn_store_next (self, stmt, error) == KN_DB_ROW)
    plan = plan_from_row (stmt);
  kn_db_reset (stmt);
  return plan;
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
  KnDbStmt *stmt;
  gboolean needs_reason;
  gboolean own;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (status < KN_PLAN_STATUS_N, FALSE);

  /* The plan's row; its RHK and IKI are read only when the query cannot tell it complete. */
  plan = load_plan_row (self, plan_id, error);
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

  if ((status == KN_PLAN_STATUS_SUBMITTED || status == KN_PLAN_STATUS_APPROVED) &&
      !surely_complete (self, plan_id) &&
      (!load_children (self, plan, error) || !check_complete (plan, error)))
    return FALSE;

  /* One UPDATE: no savepoint of its own inside an open transaction. */
  if (!kn_store_write_begin (self, &own, error))
    return FALSE;

  /* A status change is not a change of the SKP's content: a copy read before it still saves
   * (the status itself is checked on saving). */
  stmt = kn_store_stmt (self, "UPDATE plan SET status = ?, status_reason = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_text (stmt, 1, kn_plan_status_to_string (status));
  kn_store_bind_text (stmt, 2, clean_reason[0] != '\0' ? clean_reason : NULL);
  kn_db_bind_int64 (stmt, 3, plan_id);
  if (!kn_store_step (self, stmt, error) ||
      !kn_store_audit (self, "plan", plan_id, "update", "status",
                       kn_plan_status_to_string (from), kn_plan_status_to_string (status), error) ||
      (clean_reason[0] != '\0' &&
       !kn_store_audit (self, "plan", plan_id, "update", "status_reason",
                        kn_plan_get_status_reason (plan), clean_reason, error)))
    goto failed;

  return kn_store_write_end (self, own, TRUE, error);

failed:
  return kn_store_write_end (self, own, FALSE, error);
}

gboolean
kn_store_delete_plan (KnStore  *self,
                      gint64    plan_id,
                      GError  **error)
{
  g_autoptr(KnPlan) plan = NULL;
  GListModel *results;
  KnDbStmt *stmt;

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
      kn_db_bind_int64 (stmt, 1, kn_plan_get_employee_id (plan));
      kn_db_bind_text (stmt, 2, pattern);
      if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
        final = g_strdup (kn_db_column_text (stmt, 0));
      kn_db_reset (stmt);
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
  kn_db_bind_int64 (stmt, 1, plan_id);
  if (!kn_store_step (self, stmt, error) ||
      !kn_store_audit (self, "plan", plan_id, "delete", "status",
                       kn_plan_status_to_string (kn_plan_get_status (plan)), NULL, error))
    goto failed;

  return kn_store_savepoint_release (self, error);

failed:
  return kn_store_savepoint_end (self, FALSE, error);
}

GArray *
kn_store_list_plan_statuses (KnStore *self,
                             guint    year)
{
  GArray *statuses;
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  statuses = g_array_new (FALSE, FALSE, sizeof (KnPlanStatusOf));
  stmt = kn_store_stmt (self,
                        "SELECT employee_id, status FROM plan WHERE year = ? ORDER BY employee_id",
                        NULL);
  if (stmt == NULL)
    return statuses;

  kn_db_bind_int64 (stmt, 1, year);
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      KnPlanStatusOf entry = { kn_db_column_int64 (stmt, 0), KN_PLAN_STATUS_DRAFT };

      kn_plan_status_from_string (kn_db_column_text (stmt, 1), &entry.status);
      g_array_append_val (statuses, entry);
    }
  kn_db_reset (stmt);

  return statuses;
}

GPtrArray *
kn_store_list_plan_summaries (KnStore *self,
                              guint    year)
{
  GPtrArray *summaries;
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  summaries = g_ptr_array_new_with_free_func (g_free);
  stmt = kn_store_stmt (self,
                        "SELECT p.id, p.employee_id, p.assessor_id, p.status, p.jpt,"
                        " (SELECT count (*) FROM plan_result r WHERE r.plan_id = p.id),"
                        " (SELECT count (*) FROM indicator i JOIN plan_result r"
                        "   ON r.id = i.result_id WHERE r.plan_id = p.id),"
                        " (SELECT count (*) FROM plan_result r WHERE r.plan_id = p.id"
                        "   AND r.parent_id IS NULL AND r.kind = 'utama'),"
                        " CASE WHEN e.supervisor_id IS NULL THEN 0 ELSE 1 END"
                        " FROM plan p JOIN employee e ON e.id = p.employee_id"
                        " WHERE p.year = ?"
                        " ORDER BY p.id",
                        NULL);
  if (stmt == NULL)
    return summaries;

  kn_db_bind_int64 (stmt, 1, year);
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      KnPlanSummary *summary = g_new0 (KnPlanSummary, 1);
      KnPlanStatus status = KN_PLAN_STATUS_DRAFT;

      kn_plan_status_from_string (kn_db_column_text (stmt, 3), &status);
      summary->plan_id = kn_db_column_int64 (stmt, 0);
      summary->employee_id = kn_db_column_int64 (stmt, 1);
      summary->assessor_id = kn_db_column_int64 (stmt, 2);
      summary->status = status;
      summary->n_results = kn_db_column_int (stmt, 5);
      summary->n_indicators = kn_db_column_int (stmt, 6);
      /* Only a main RHK of someone who has an atasan, and is not a JPT, must support one. */
      summary->n_unlinked = kn_db_column_int (stmt, 4) != 0 || kn_db_column_int (stmt, 8) == 0
                          ? 0 : kn_db_column_int (stmt, 7);
      g_ptr_array_add (summaries, summary);
    }
  kn_db_reset (stmt);

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
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  supporters = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_supporting_result_free);
  stmt = kn_store_stmt (self,
                        "SELECT r.id, r.plan_id, p.employee_id, r.text FROM plan_result r"
                        " JOIN plan p ON p.id = r.plan_id WHERE r.parent_id = ?"
                        " ORDER BY p.employee_id, r.position",
                        NULL);
  if (stmt == NULL)
    return supporters;

  kn_db_bind_int64 (stmt, 1, result_id);
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      KnSupportingResult *supporter = g_new0 (KnSupportingResult, 1);

      supporter->result_id = kn_db_column_int64 (stmt, 0);
      supporter->plan_id = kn_db_column_int64 (stmt, 1);
      supporter->employee_id = kn_db_column_int64 (stmt, 2);
      supporter->text = g_strdup (kn_db_column_text (stmt, 3));
      g_ptr_array_add (supporters, supporter);
    }
  kn_db_reset (stmt);

  return supporters;
}

GArray *
kn_store_list_plan_years (KnStore *self)
{
  GArray *years;
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  years = g_array_new (FALSE, FALSE, sizeof (guint));
  stmt = kn_store_stmt (self,
                        "SELECT DISTINCT year FROM plan WHERE employee_id IS NOT NULL"
                        " AND year BETWEEN 1900 AND 9999 ORDER BY year DESC",
                        NULL);
  if (stmt == NULL)
    return years;

  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      guint year = kn_db_column_int (stmt, 0);

      g_array_append_val (years, year);
    }
  kn_db_reset (stmt);

  return years;
}
