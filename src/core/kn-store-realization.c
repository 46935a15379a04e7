/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's realisation (with bukti dukung) and dated feedback of a plan's IKI and RHK. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-format.h"
#include "kinerja/kn-store.h"

#include "kn-store-private.h"

/* Realisation and feedback */

KnRealization *
kn_realization_new (gint64      indicator_id,
                    const char *period)
{
  KnRealization *realization = g_new0 (KnRealization, 1);

  realization->indicator_id = indicator_id;
  realization->period = g_strdup (period);
  return realization;
}

void
kn_realization_free (KnRealization *realization)
{
  if (realization == NULL)
    return;

  g_free (realization->period);
  g_free (realization->text);
  g_free (realization->evidence);
  g_free (realization->evidence_file);
  g_free (realization);
}

KnRealization *
kn_realization_find (GPtrArray *realizations,
                     gint64     indicator_id)
{
  g_return_val_if_fail (realizations != NULL, NULL);

  for (guint i = 0; i < realizations->len; i++)
    {
      KnRealization *realization = g_ptr_array_index (realizations, i);

      if (realization->indicator_id == indicator_id)
        return realization;
    }
  return NULL;
}

KnFeedback *
kn_feedback_new (gint64      plan_id,
                 const char *period)
{
  KnFeedback *feedback = g_new0 (KnFeedback, 1);

  feedback->plan_id = plan_id;
  feedback->period = g_strdup (period);
  feedback->core_value = KN_CORE_VALUE_N;
  return feedback;
}

void
kn_feedback_free (KnFeedback *feedback)
{
  if (feedback == NULL)
    return;

  g_free (feedback->period);
  g_free (feedback->date);
  g_free (feedback->text);
  g_free (feedback);
}

GPtrArray *
kn_store_list_realizations (KnStore    *self,
                            gint64      plan_id,
                            const char *period)
{
  GPtrArray *realizations = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_realization_free);
  g_autofree char *canonical = kn_store_canonical_period (period);
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), realizations);

  stmt = kn_store_stmt (self,
                        "SELECT z.id, z.indicator_id, z.period, z.value, z.text, z.evidence,"
                        " z.evidence_file FROM realization z"
                        " JOIN indicator i ON i.id = z.indicator_id"
                        " JOIN plan_result r ON r.id = i.result_id"
                        " WHERE r.plan_id = ? AND z.period = ? ORDER BY r.position, i.position",
                        NULL);
  if (stmt == NULL)
    return realizations;
  kn_db_bind_int64 (stmt, 1, plan_id);
  kn_db_bind_text (stmt, 2, canonical);
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      KnRealization *realization = kn_realization_new (kn_db_column_int64 (stmt, 1),
                                                       kn_db_column_text (stmt, 2));

      realization->id = kn_db_column_int64 (stmt, 0);
      realization->has_value = !kn_db_column_is_null (stmt, 3);
      realization->value = kn_db_column_double (stmt, 3);
      realization->text = g_strdup (kn_db_column_text (stmt, 4));
      realization->evidence = g_strdup (kn_db_column_text (stmt, 5));
      realization->evidence_file = g_strdup (kn_db_column_text (stmt, 6));
      g_ptr_array_add (realizations, realization);
    }
  kn_db_reset (stmt);
  kn_store_add_survey_realizations (self, plan_id, canonical, realizations);

  return realizations;
}

/* The employee whose plan holds @indicator_id (0 if none), and whether their evaluation of
 * @period is final: one query for what each saved realisation checks. */
static gint64
indicator_owner (KnStore    *self,
                 gint64      indicator_id,
                 const char *period,
                 gboolean   *final)
{
  KnDbStmt *stmt;
  gint64 owner = 0;

  *final = FALSE;
  stmt = kn_store_stmt (self,
                        "SELECT p.employee_id, (SELECT e.status FROM evaluation e"
                        " WHERE e.employee_id = p.employee_id AND e.period = ?)"
                        " FROM indicator i JOIN plan_result r ON r.id = i.result_id"
                        " JOIN plan p ON p.id = r.plan_id WHERE i.id = ?",
                        NULL);
  if (stmt == NULL)
    return 0;
  kn_db_bind_text_borrowed (stmt, 1, period);
  kn_db_bind_int64 (stmt, 2, indicator_id);
  if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      KnEvaluationStatus status = KN_EVALUATION_STATUS_DRAFT;

      owner = kn_db_column_int64 (stmt, 0);
      *final = kn_evaluation_status_from_string (kn_db_column_text (stmt, 1), &status) &&
               status == KN_EVALUATION_STATUS_FINAL;
    }
  kn_db_reset (stmt);

  return owner;
}

static void
set_final_error (GError **error)
{
  g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED,
               _("The evaluation of this period is final; reopen it to change its realisation or feedback."));
}

static gboolean
check_not_final (KnStore     *self,
                 gint64       employee_id,
                 const char  *period,
                 GError     **error)
{
  g_autoptr(KnEvaluation) evaluation = kn_store_load_evaluation (self, employee_id, period, NULL);

  if (evaluation != NULL && kn_evaluation_get_status (evaluation) == KN_EVALUATION_STATUS_FINAL)
    {
      set_final_error (error);
      return FALSE;
    }
  return TRUE;
}

gboolean
kn_store_save_realization (KnStore        *self,
                           KnRealization  *realization,
                           GError        **error)
{
  g_autofree char *text = NULL;
  g_autofree char *evidence = NULL;
  g_autofree char *value = NULL;
  const char *name;
  KnDbStmt *stmt;
  KnPeriod period;
  gboolean final;
  gboolean own_savepoint;
  gint64 owner;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (realization != NULL, FALSE);

  name = kn_store_read_period (self, realization->period, &period, error);
  if (name == NULL)
    return FALSE;
  if (strcmp (realization->period, name) != 0)
    {
      g_free (realization->period);
      realization->period = g_strdup (name);
    }
  owner = indicator_owner (self, realization->indicator_id, realization->period, &final);
  if (owner == 0)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                   _("This IKI no longer exists in the SKP."));
      return FALSE;
    }
  if (realization->has_value && (!isfinite (realization->value) || realization->value < 0))
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("The realisation must be a number of zero or more."));
      return FALSE;
    }
  if (final)
    {
      set_final_error (error);
      return FALSE;
    }

  text = kn_store_strip_or_null (realization->text);
  evidence = kn_store_strip_or_null (realization->evidence);
  if (realization->has_value)
    value = kn_store_number_to_string (realization->value);

  /* The write is one statement and its audit row: inside an open transaction it needs no
   * savepoint of its own (a statement that fails leaves nothing, and the audit row is collected
   * only after it), outside one it is its own transaction. */
  if (!kn_store_write_begin (self, &own_savepoint, error))
    return FALSE;
  /* A save that changes nothing updates no row, and then writes no audit row. */
  stmt = kn_store_stmt (self,
                        "INSERT INTO realization (indicator_id, period, value, text, evidence,"
                        " evidence_file) VALUES (?, ?, ?, ?, ?, ?)"
                        " ON CONFLICT (indicator_id, period) DO UPDATE SET value = excluded.value,"
                        " text = excluded.text, evidence = excluded.evidence,"
                        " evidence_file = excluded.evidence_file"
                        " WHERE realization.value IS DISTINCT FROM excluded.value"
                        " OR realization.text IS DISTINCT FROM excluded.text"
                        " OR realization.evidence IS DISTINCT FROM excluded.evidence"
                        " OR realization.evidence_file IS DISTINCT FROM excluded.evidence_file",
                        error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_int64 (stmt, 1, realization->indicator_id);
  kn_db_bind_text_borrowed (stmt, 2, realization->period);
  if (realization->has_value)
    kn_db_bind_double (stmt, 3, realization->value);
  else
    kn_db_bind_null (stmt, 3);
  kn_db_bind_text_borrowed (stmt, 4, text);
  kn_db_bind_text_borrowed (stmt, 5, evidence);
  kn_db_bind_text_borrowed (stmt, 6, realization->evidence_file);
  if (!kn_store_step (self, stmt, error))
    goto failed;

  if (kn_db_changes (self->db) > 0)
    {
      g_autofree char *field = g_strconcat ("realization:", realization->period, NULL);

      if (!kn_store_audit (self, "indicator", realization->indicator_id, "update", field, NULL,
                           value != NULL ? value : text, error))
        goto failed;
    }

  return kn_store_write_end (self, own_savepoint, TRUE, error);

failed:
  return kn_store_write_end (self, own_savepoint, FALSE, error);
}

GPtrArray *
kn_store_list_feedback (KnStore    *self,
                        gint64      plan_id,
                        const char *period)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_feedback_free);
  g_autofree char *canonical = kn_store_canonical_period (period);
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), entries);

  stmt = kn_store_stmt (self,
                        "SELECT id, plan_id, period, result_id, core_value, date, text FROM feedback"
                        " WHERE plan_id = ? AND period = ? ORDER BY date, id",
                        NULL);
  if (stmt == NULL)
    return entries;
  kn_db_bind_int64 (stmt, 1, plan_id);
  kn_db_bind_text (stmt, 2, canonical);
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      KnFeedback *feedback = kn_feedback_new (kn_db_column_int64 (stmt, 1),
                                              kn_db_column_text (stmt, 2));

      feedback->id = kn_db_column_int64 (stmt, 0);
      feedback->result_id = kn_db_column_int64 (stmt, 3);
      if (!kn_core_value_from_string (kn_db_column_text (stmt, 4),
                                      &feedback->core_value))
        feedback->core_value = KN_CORE_VALUE_N;
      feedback->date = g_strdup (kn_db_column_text (stmt, 5));
      feedback->text = g_strdup (kn_db_column_text (stmt, 6));
      g_ptr_array_add (entries, feedback);
    }
  kn_db_reset (stmt);

  return entries;
}

gboolean
kn_store_add_feedback (KnStore     *self,
                       KnFeedback  *feedback,
                       GError     **error)
{
  g_autoptr(KnPlan) plan = NULL;
  g_autofree char *text = NULL;
  g_autofree char *date_label = NULL;
  KnDbStmt *stmt;
  KnPeriod period;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (feedback != NULL, FALSE);

  if (!kn_store_check_period (feedback->period, &period, error))
    return FALSE;
  g_free (feedback->period);
  feedback->period = kn_period_to_string (&period);
  text = kn_store_strip_or_null (feedback->text);
  if (text == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("The feedback is empty. Write what was observed and what to do next."));
      return FALSE;
    }
  date_label = feedback->date != NULL ? kn_format_iso_date (feedback->date) : NULL;
  if (date_label == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("The feedback needs a valid date."));
      return FALSE;
    }
  plan = kn_store_load_plan_by_id (self, feedback->plan_id, error);
  if (plan == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                     _("This SKP no longer exists; it may have been deleted."));
      return FALSE;
    }
  if (!check_not_final (self, kn_plan_get_employee_id (plan), feedback->period, error))
    return FALSE;

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;
  stmt = kn_store_stmt (self,
                        "INSERT INTO feedback (plan_id, period, result_id, core_value, date, text)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_int64 (stmt, 1, feedback->plan_id);
  kn_db_bind_text (stmt, 2, feedback->period);
  kn_store_bind_id (stmt, 3, feedback->result_id);
  kn_store_bind_text (stmt, 4, feedback->core_value < KN_CORE_VALUE_N
                               ? kn_core_value_to_string (feedback->core_value) : NULL);
  kn_db_bind_text (stmt, 5, feedback->date);
  kn_db_bind_text (stmt, 6, text);
  if (!kn_store_step (self, stmt, error))
    goto failed;
  feedback->id = kn_db_last_insert_id (self->db);
  if (!kn_store_audit (self, "feedback", feedback->id, "insert", "text", NULL, text, error))
    goto failed;

  return kn_store_savepoint_release (self, error);

failed:
  feedback->id = 0;
  return kn_store_savepoint_end (self, FALSE, error);
}

gboolean
kn_store_delete_feedback (KnStore  *self,
                          gint64    feedback_id,
                          GError  **error)
{
  g_autofree char *old_text = NULL;
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  {
    g_autofree char *period = NULL;
    gint64 employee_id = 0;
    gboolean found = FALSE;

    stmt = kn_store_stmt (self,
                          "SELECT f.period, p.employee_id, f.text FROM feedback f"
                          " JOIN plan p ON p.id = f.plan_id WHERE f.id = ?",
                          error);
    if (stmt == NULL)
      return FALSE;
    kn_db_bind_int64 (stmt, 1, feedback_id);
    if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
      {
        found = TRUE;
        period = g_strdup (kn_db_column_text (stmt, 0));
        employee_id = kn_db_column_int64 (stmt, 1);
        old_text = g_strdup (kn_db_column_text (stmt, 2));
      }
    kn_db_reset (stmt);

    if (!found)
      {
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                     _("This feedback no longer exists."));
        return FALSE;
      }
    if (!check_not_final (self, employee_id, period, error))
      return FALSE;
  }

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;
  stmt = kn_store_stmt (self, "DELETE FROM feedback WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_int64 (stmt, 1, feedback_id);
  if (!kn_store_step (self, stmt, error) ||
      !kn_store_audit (self, "feedback", feedback_id, "delete", "text", old_text, NULL, error))
    goto failed;
  return kn_store_savepoint_release (self, error);

failed:
  return kn_store_savepoint_end (self, FALSE, error);
}

char *
kn_store_import_evidence_file (KnStore     *self,
                               const char  *source_path,
                               GError     **error)
{
  g_autofree char *data_dir = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *target = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) destination = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  g_return_val_if_fail (source_path != NULL, NULL);

  data_dir = g_path_get_dirname (kn_store_get_path (self));
  folder = g_build_filename (data_dir, "bukti", NULL);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                   _("The folder “%s” for evidence files could not be created."), folder);
      return NULL;
    }

  base = g_path_get_basename (source_path);
  target = g_build_filename (folder, base, NULL);
  for (guint n = 2; g_file_test (target, G_FILE_TEST_EXISTS); n++)
    {
      g_autofree char *numbered = g_strdup_printf ("%u-%s", n, base);

      g_free (target);
      target = g_build_filename (folder, numbered, NULL);
    }

  source = g_file_new_for_path (source_path);
  destination = g_file_new_for_path (target);
  if (!g_file_copy (source, destination, G_FILE_COPY_NONE, NULL, NULL, NULL, &local_error))
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                   _("The evidence file “%s” could not be copied: %s"), base, local_error->message);
      return NULL;
    }

  return g_steal_pointer (&target);
}
