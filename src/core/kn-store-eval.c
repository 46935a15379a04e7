/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The evaluation part of the store: predikat organisasi, evaluations and their snapshot (the
 * periods are in kn-store-period.c, a unit's list in kn-store-eval-list.c, the distribution
 * check and angka kredit in kn-store-distribution.c). */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-format.h"
#include "kinerja/kn-history.h"
#include "kinerja/kn-nip.h"
#include "kinerja/kn-rank.h"
#include "kinerja/kn-report-data.h"
#include "kinerja/kn-store-review.h"
#include "kinerja/kn-store.h"

#include "kn-evaluation-private.h"
#include "kn-report-data-private.h"
#include "kn-store-private.h"

/* Predikat organisasi */

KnOrgPredikat
kn_store_get_org_predikat (KnStore    *self,
                           gint64      unit_id,
                           const char *period)
{
  KnOrgPredikat predikat = KN_ORG_PREDIKAT_NONE;
  g_autofree char *canonical = kn_store_canonical_period (period);
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), KN_ORG_PREDIKAT_NONE);

  stmt = kn_store_stmt (self, "SELECT predikat FROM org_rating WHERE unit_id = ? AND period = ?",
                        NULL);
  if (stmt == NULL || period == NULL)
    return predikat;
  kn_db_bind_int64 (stmt, 1, unit_id);
  kn_db_bind_text (stmt, 2, canonical);
  if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    kn_org_predikat_from_string (kn_db_column_text (stmt, 0), &predikat);
  kn_db_reset (stmt);

  return predikat;
}

/* The capaian kinerja organisasi that applies to @unit_id: its own, else the nearest unit's up
 * the tree that has one for the period. One notion for the distribution check, finalising, the
 * documents and kinerja-cli distribusi. */
KnOrgPredikat
kn_store_get_applying_org_predikat (KnStore    *self,
                                    gint64      unit_id,
                                    const char *period,
                                    gint64     *from_unit_id)
{
  KnOrgPredikat org = KN_ORG_PREDIKAT_NONE;

  g_return_val_if_fail (KN_IS_STORE (self), KN_ORG_PREDIKAT_NONE);

  if (from_unit_id != NULL)
    *from_unit_id = 0;
  for (KnOrgUnit *unit = kn_store_lookup_unit (self, unit_id);
       unit != NULL && org == KN_ORG_PREDIKAT_NONE;
       unit = kn_store_lookup_unit (self, kn_org_unit_get_parent_id (unit)))
    {
      org = kn_store_get_org_predikat (self, kn_org_unit_get_id (unit), period);
      if (org != KN_ORG_PREDIKAT_NONE && from_unit_id != NULL)
        *from_unit_id = kn_org_unit_get_id (unit);
    }
  return org;
}

/* The one that applies to a person's evaluation: that of the unit they were in on the period's
 * last day (kn_store_unit_at), as the documents print it, not of the unit they are in now. */
KnOrgPredikat
kn_store_get_evaluation_org_predikat (KnStore    *self,
                                      gint64      employee_id,
                                      const char *period,
                                      gint64     *from_unit_id)
{
  char first_day[11], last_day[11];

  g_return_val_if_fail (KN_IS_STORE (self), KN_ORG_PREDIKAT_NONE);

  if (from_unit_id != NULL)
    *from_unit_id = 0;
  if (period == NULL)
    return KN_ORG_PREDIKAT_NONE;
  kn_store_period_days (period, first_day, last_day);
  return kn_store_get_applying_org_predikat (self, kn_store_unit_at (self, employee_id, last_day),
                                             period, from_unit_id);
}

KnRating
kn_store_rating_for_org_predikat (KnStore       *self,
                                  KnOrgPredikat  predikat)
{
  KnRating rating = kn_rating_from_org_predikat (predikat);
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), KN_RATING_NONE);

  if (predikat == KN_ORG_PREDIKAT_NONE)
    return KN_RATING_NONE;

  stmt = kn_store_stmt (self, "SELECT rating FROM org_rating_map WHERE org_predikat = ?", NULL);
  if (stmt == NULL)
    return rating;
  kn_db_bind_text (stmt, 1, kn_org_predikat_to_string (predikat));
  if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    kn_rating_from_string (kn_db_column_text (stmt, 0), &rating);
  kn_db_reset (stmt);

  return rating;
}

gboolean
kn_store_is_unit_head (KnStore *self,
                       gint64   employee_id,
                       gint64   unit_id)
{
  KnEmployee *employee;
  KnEmployee *superior;
  gboolean head = FALSE;
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  employee = kn_store_lookup_employee (self, employee_id);
  if (employee == NULL ||
      !kn_store_unit_is_within (self, kn_employee_get_unit_id (employee), unit_id))
    return FALSE;

  superior = kn_store_lookup_employee (self, kn_employee_get_supervisor_id (employee));
  if (superior != NULL)
    return !kn_store_unit_is_within (self, kn_employee_get_unit_id (superior), unit_id);

  /* Without an atasan: the head of the whole organisation when people of the unit report to
   * them; otherwise simply someone whose atasan is not entered yet. The supervisor index gives
   * their staff's units without a scan of the province. */
  stmt = kn_store_stmt (self, "SELECT unit_id FROM employee WHERE supervisor_id = ?", NULL);
  if (stmt == NULL)
    return FALSE;
  kn_db_bind_int64 (stmt, 1, employee_id);
  while (!head && kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    head = kn_store_unit_is_within (self, kn_db_column_int64 (stmt, 0), unit_id);
  kn_db_reset (stmt);
  return head;
}

/* The heads of @unit_id (kn_store_is_unit_head), among the unit's own people. */
GPtrArray *
kn_store_unit_heads (KnStore *self,
                     gint64   unit_id)
{
  GPtrArray *heads = g_ptr_array_new ();
  KnDbStmt *stmt;

  /* Only the unit's people whose atasan is not one of them can be heads: one query gives
   * those (a few), by id, not every member read and checked (issue 13). The unit's people
   * are found through the unit index (`IN`: a join let SQLite scan every employee of the
   * province, each unit's heads when its predikat is set). */
  stmt = kn_store_stmt (self,
                        KN_STORE_SUBTREE_CTE
                        "SELECT " KN_STORE_EMPLOYEE_COLUMNS
                        " FROM employee WHERE employee.unit_id IN (SELECT id FROM subtree)"
                        " AND (employee.supervisor_id IS NULL OR NOT EXISTS"
                        " (SELECT 1 FROM employee AS superior WHERE superior.id = employee.supervisor_id"
                        " AND superior.unit_id IN (SELECT id FROM subtree)))"
                        " ORDER BY employee.id",
                        NULL);
  if (stmt == NULL)
    return heads;
  kn_db_bind_int64 (stmt, 1, unit_id);
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      KnEmployee *employee = kn_store_employee_row_at (self, stmt, 0);

      if (employee != NULL)
        g_ptr_array_add (heads, employee);
    }
  kn_db_reset (stmt);

  /* kn_store_is_unit_head runs queries of its own: after this one is done. */
  for (guint i = heads->len; i > 0; i--)
    if (!kn_store_is_unit_head (self, kn_employee_get_id (g_ptr_array_index (heads, i - 1)), unit_id))
      g_ptr_array_remove_index (heads, i - 1);

  return heads;
}

KnEmployee *
kn_store_find_unit_head (KnStore *self,
                         gint64   unit_id)
{
  g_autoptr(GPtrArray) heads = NULL;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  /* By id, as the employees' model holds them. */
  heads = kn_store_unit_heads (self, unit_id);
  return heads->len > 0 ? g_ptr_array_index (heads, 0) : NULL;
}

/* Evaluations */

static KnEvaluation *
evaluation_from_row (KnDbStmt *stmt)
{
  KnEvaluation *evaluation = kn_evaluation_new (kn_db_column_int64 (stmt, 1),
                                                kn_db_column_text (stmt, 2));
  KnRating result = KN_RATING_NONE;
  KnRating behaviour = KN_RATING_NONE;
  KnEvaluationStatus status = KN_EVALUATION_STATUS_DRAFT;

  kn_rating_from_string (kn_db_column_text (stmt, 4), &result);
  kn_rating_from_string (kn_db_column_text (stmt, 5), &behaviour);
  kn_evaluation_status_from_string (kn_db_column_text (stmt, 6), &status);

  kn_evaluation_set_id (evaluation, kn_db_column_int64 (stmt, 0));
  kn_evaluation_set_assessor_id (evaluation, kn_db_column_int64 (stmt, 3));
  kn_evaluation_set_rating_result (evaluation, result);
  kn_evaluation_set_rating_behaviour (evaluation, behaviour);
  kn_evaluation_set_status (evaluation, status);
  kn_evaluation_set_note (evaluation, kn_db_column_text (stmt, 7));
  kn_evaluation_set_reopen_reason (evaluation, kn_db_column_text (stmt, 8));
  kn_evaluation_set_snapshot_text_lazily (evaluation, kn_db_column_text (stmt, 9));
  kn_evaluation_set_row_version (evaluation, kn_db_column_int64 (stmt, 11));

  return evaluation;
}

#define EVALUATION_COLUMNS \
  "SELECT id, employee_id, period, assessor_id, rating_result, rating_behaviour, status, note," \
  " reopen_reason, snapshot, 0, row_version FROM evaluation"

static KnEvaluation *
load_evaluation_by_id (KnStore  *self,
                       gint64    id,
                       GError  **error)
{
  KnEvaluation *evaluation = NULL;
  KnDbStmt *stmt;
  int rc;

  stmt = kn_store_stmt (self, EVALUATION_COLUMNS " WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  kn_db_bind_int64 (stmt, 1, id);
  rc = kn_store_next (self, stmt, error);
  if (rc == KN_DB_ROW)
    evaluation = evaluation_from_row (stmt);
  kn_db_reset (stmt);

  if (rc != KN_DB_FAILED && evaluation == NULL)
    g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                 _("This evaluation no longer exists."));
  return evaluation;
}

KnEvaluation *
kn_store_load_evaluation (KnStore     *self,
                          gint64       employee_id,
                          const char  *period,
                          GError     **error)
{
  KnEvaluation *evaluation = NULL;
  const char *canonical;
  KnPeriod parsed;
  KnDbStmt *stmt;
  int rc;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  /* Not a period: looked for as it is, and not found. */
  canonical = kn_store_read_period (self, period, &parsed, NULL);
  if (canonical == NULL)
    canonical = period;
  stmt = kn_store_stmt (self, EVALUATION_COLUMNS " WHERE employee_id = ? AND period = ?", error);
  if (stmt == NULL)
    return NULL;
  kn_db_bind_int64 (stmt, 1, employee_id);
  kn_db_bind_text_borrowed (stmt, 2, canonical);
  rc = kn_store_next (self, stmt, error);
  if (rc == KN_DB_ROW)
    evaluation = evaluation_from_row (stmt);
  kn_db_reset (stmt);

  return evaluation;
}

static int
compare_by_period (gconstpointer a,
                   gconstpointer b)
{
  KnPeriod pa, pb;

  if (!kn_period_parse (kn_evaluation_get_period (*(KnEvaluation **)a), &pa, NULL) ||
      !kn_period_parse (kn_evaluation_get_period (*(KnEvaluation **)b), &pb, NULL))
    return 0;
  return kn_period_compare (&pa, &pb);
}

GPtrArray *
kn_store_list_employee_evaluations (KnStore *self,
                                    gint64   employee_id)
{
  GPtrArray *evaluations = g_ptr_array_new_with_free_func (g_object_unref);
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), evaluations);

  stmt = kn_store_stmt (self, EVALUATION_COLUMNS " WHERE employee_id = ?", NULL);
  if (stmt == NULL)
    return evaluations;
  kn_db_bind_int64 (stmt, 1, employee_id);
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    g_ptr_array_add (evaluations, evaluation_from_row (stmt));
  kn_db_reset (stmt);

  g_ptr_array_sort (evaluations, compare_by_period);
  return evaluations;
}

static gboolean
write_evaluation (KnStore       *self,
                  KnEvaluation  *evaluation,
                  KnEvaluation  *before,
                  GError       **error)
{
  g_autofree char *note = kn_store_strip_or_null (kn_evaluation_get_note (evaluation));
  /* Only a final evaluation keeps a snapshot: a draft's is not printed. */
  g_autofree char *snapshot = kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_NAME) != NULL
                              ? kn_evaluation_dup_snapshot_text (evaluation) : NULL;
  const char *result = kn_rating_to_string (kn_evaluation_get_rating_result (evaluation));
  const char *behaviour = kn_rating_to_string (kn_evaluation_get_rating_behaviour (evaluation));
  const char *predikat = kn_predikat_to_string (kn_evaluation_get_predikat (evaluation));
  const char *status = kn_evaluation_status_to_string (kn_evaluation_get_status (evaluation));
  g_autofree char *now = kn_store_now_text ();
  gint64 version = 0;
  KnDbStmt *stmt;
  gint64 id;

  /* A save from an older copy than the stored one is refused: another desk saved in between.
   * A copy that never was read (version 0) writes over the version read just now. */
  if (before != NULL)
    {
      version = kn_evaluation_get_row_version (evaluation);
      if (version != 0 && version != kn_evaluation_get_row_version (before))
        {
          kn_store_set_changed_error (self, "evaluation", kn_evaluation_get_id (before), error);
          return FALSE;
        }
      version = kn_evaluation_get_row_version (before);
    }

  if (before == NULL)
    stmt = kn_store_stmt (self,
                          "INSERT INTO evaluation (employee_id, period, assessor_id, rating_result,"
                          " rating_behaviour, predikat, status, note, reopen_reason, snapshot,"
                          " changed_by, changed_at, row_version)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                          error);
  else
    stmt = kn_store_stmt (self,
                          "UPDATE evaluation SET employee_id = ?, period = ?, assessor_id = ?,"
                          " rating_result = ?, rating_behaviour = ?, predikat = ?, status = ?,"
                          " note = ?, reopen_reason = ?, snapshot = ?, changed_by = ?,"
                          " changed_at = ?, row_version = row_version + 1"
                          " WHERE id = ? AND row_version = ?",
                          error);
  if (stmt == NULL)
    return FALSE;

  kn_db_bind_int64 (stmt, 1, kn_evaluation_get_employee_id (evaluation));
  kn_db_bind_text_borrowed (stmt, 2, kn_evaluation_get_period (evaluation));
  kn_store_bind_id (stmt, 3, kn_evaluation_get_assessor_id (evaluation));
  kn_db_bind_text_borrowed (stmt, 4, result);
  kn_db_bind_text_borrowed (stmt, 5, behaviour);
  kn_db_bind_text_borrowed (stmt, 6, predikat);
  kn_db_bind_text_borrowed (stmt, 7, status);
  kn_db_bind_text_borrowed (stmt, 8, note);
  kn_db_bind_text_borrowed (stmt, 9, kn_evaluation_get_reopen_reason (evaluation));
  kn_db_bind_text_borrowed (stmt, 10, snapshot);
  kn_db_bind_text_borrowed (stmt, 11, kn_store_who (self));
  kn_db_bind_text_borrowed (stmt, 12, now);
  if (before != NULL)
    {
      kn_db_bind_int64 (stmt, 13, kn_evaluation_get_id (before));
      kn_db_bind_int64 (stmt, 14, version);
    }
  if (!kn_store_step (self, stmt, error))
    return FALSE;
  if (before != NULL && kn_db_changes (self->db) == 0)
    {
      kn_store_set_changed_error (self, "evaluation", kn_evaluation_get_id (before), error);
      return FALSE;
    }
  kn_evaluation_set_row_version (evaluation, version + 1);

  if (before == NULL)
    {
      id = kn_db_last_insert_id (self->db);
      kn_evaluation_set_id (evaluation, id);
      /* One audit row for the new evaluation: its period and the fields it was given. */
      return kn_store_audit (self, "evaluation", id, "insert", "period", NULL,
                             kn_evaluation_get_period (evaluation), error) &&
             (result[0] == '\0' ||
              kn_store_audit (self, "evaluation", id, "insert", "rating_result", NULL, result,
                              error)) &&
             (behaviour[0] == '\0' ||
              kn_store_audit (self, "evaluation", id, "insert", "rating_behaviour", NULL,
                              behaviour, error)) &&
             (note == NULL ||
              kn_store_audit (self, "evaluation", id, "insert", "note", NULL, note, error));
    }

  /* The row updated is the stored one, whatever id the caller's copy carried. */
  id = kn_evaluation_get_id (before);
  kn_evaluation_set_id (evaluation, id);
  {
    g_autofree char *old_assessor = kn_store_id_to_string (kn_evaluation_get_assessor_id (before));
    g_autofree char *new_assessor = kn_store_id_to_string (kn_evaluation_get_assessor_id (evaluation));

    return kn_store_audit_change (self, "evaluation", id, "rating_result",
                                  kn_rating_to_string (kn_evaluation_get_rating_result (before)),
                                  result, error) &&
           kn_store_audit_change (self, "evaluation", id, "rating_behaviour",
                                  kn_rating_to_string (kn_evaluation_get_rating_behaviour (before)),
                                  behaviour, error) &&
           kn_store_audit_change (self, "evaluation", id, "predikat",
                                  kn_predikat_to_string (kn_evaluation_get_predikat (before)),
                                  predikat, error) &&
           kn_store_audit_change (self, "evaluation", id, "assessor_id", old_assessor,
                                  new_assessor, error) &&
           kn_store_audit_change (self, "evaluation", id, "note",
                                  kn_evaluation_get_note (before), note, error) &&
           kn_store_audit_change (self, "evaluation", id, "status",
                                  kn_evaluation_status_to_string (kn_evaluation_get_status (before)),
                                  status, error);
  }
}

/* The checks of a save; @before receives the stored version, or NULL when there is none. */
static gboolean
check_save (KnStore       *self,
            KnEvaluation  *evaluation,
            KnEvaluation **before_out,
            GError       **error)
{
  g_autoptr(KnEvaluation) before = NULL;
  g_autoptr(GError) local_error = NULL;
  KnPeriod period;

  if (!kn_store_check_period (kn_evaluation_get_period (evaluation), &period, error))
    return FALSE;

  if ((period.kind == KN_PERIOD_MONTH &&
       kn_store_get_period_scheme (self, period.year) != KN_PERIOD_SCHEME_MONTHS) ||
      (period.kind == KN_PERIOD_QUARTER &&
       kn_store_get_period_scheme (self, period.year) != KN_PERIOD_SCHEME_QUARTERS))
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   period.kind == KN_PERIOD_MONTH
                   ? _("%u is evaluated by quarter, not by month.")
                   : _("%u is evaluated by month, not by quarter."),
                   period.year);
      return FALSE;
    }

  if (kn_store_require_employee (self, kn_evaluation_get_employee_id (evaluation),
                                 _("The employee of this evaluation no longer exists."),
                                 error) == NULL)
      return FALSE;

  if (kn_evaluation_get_rating_result (evaluation) >= KN_RATING_N ||
      kn_evaluation_get_rating_behaviour (evaluation) >= KN_RATING_N)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("A rating must be Di Atas Ekspektasi, Sesuai Ekspektasi or Di Bawah Ekspektasi."));
      return FALSE;
    }

  before = kn_store_load_evaluation (self, kn_evaluation_get_employee_id (evaluation),
                                     kn_evaluation_get_period (evaluation), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (before != NULL && kn_evaluation_get_status (before) == KN_EVALUATION_STATUS_FINAL &&
      kn_evaluation_get_status (evaluation) == KN_EVALUATION_STATUS_FINAL &&
      !kn_evaluation_equal (before, evaluation))
    {
      KnEmployee *employee = kn_store_lookup_employee (self, kn_evaluation_get_employee_id (evaluation));

      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED,
                   _("The evaluation of %s is final and cannot be changed. Reopen it first (with a reason)."),
                   kn_employee_get_name (employee));
      return FALSE;
    }
  if (kn_evaluation_get_status (evaluation) == KN_EVALUATION_STATUS_FINAL &&
      (before == NULL || kn_evaluation_get_status (before) != KN_EVALUATION_STATUS_FINAL))
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("Saving does not finalise an evaluation: finalise it, so that its snapshot is taken."));
      return FALSE;
    }
  if (before != NULL && kn_evaluation_get_status (before) == KN_EVALUATION_STATUS_FINAL &&
      kn_evaluation_get_status (evaluation) != KN_EVALUATION_STATUS_FINAL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED,
                   _("A final evaluation goes back to draft only by reopening it with a reason."));
      return FALSE;
    }

  *before_out = g_steal_pointer (&before);
  return TRUE;
}

/* Saves inside an open savepoint. */
static gboolean
save_evaluation_locked (KnStore       *self,
                        KnEvaluation  *evaluation,
                        GError       **error)
{
  g_autoptr(KnEvaluation) before = NULL;

  return check_save (self, evaluation, &before, error) &&
         write_evaluation (self, evaluation, before, error);
}

typedef gboolean (*SaveLocked) (KnStore       *self,
                                KnEvaluation  *evaluation,
                                GError       **error);

/* Saves a copy of @evaluation by @locked as one write, then gives @evaluation the id and row
 * version written. */
static gboolean
save_copy (KnStore       *self,
           KnEvaluation  *evaluation,
           SaveLocked     locked,
           GError       **error)
{
  g_autoptr(KnEvaluation) stored = kn_evaluation_copy (evaluation);
  gboolean own;

  /* One INSERT or UPDATE: no savepoint of its own inside an open transaction. */
  if (!kn_store_write_begin (self, &own, error))
    return FALSE;
  if (!kn_store_write_end (self, own, locked (self, stored, error), error))
    return FALSE;

  kn_evaluation_set_id (evaluation, kn_evaluation_get_id (stored));
  kn_evaluation_set_row_version (evaluation, kn_evaluation_get_row_version (stored));
  return TRUE;
}

gboolean
kn_store_save_evaluation (KnStore       *self,
                          KnEvaluation  *evaluation,
                          GError       **error)
{
  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (KN_IS_EVALUATION (evaluation), FALSE);

  /* Saving a draft never finalises: that takes its own step with the snapshot. */
  if (kn_evaluation_get_id (evaluation) == 0 &&
      kn_evaluation_get_status (evaluation) != KN_EVALUATION_STATUS_DRAFT)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("A new evaluation starts as a draft; finalise it afterwards."));
      return FALSE;
    }

  return save_copy (self, evaluation, save_evaluation_locked, error);
}

/* The person kept with a final evaluation as the documents print them: the pangkat, jabatan
 * and unit that held on @day, the period's last (not those of today, after a later mutasi). */
static void
set_person_snapshot (KnStore      *self,
                     KnEvaluation *evaluation,
                     const char   *prefix,
                     KnEmployee   *person,
                     const char   *day)
{
  static const char * const fields[] = { "name", "nip", "rank", "position", "unit" };
  char *values[G_N_ELEMENTS (fields)] = { NULL, };
  /* Within one transaction an assessor's or superior's is read once (kn_store_forget_reads). */
  GPtrArray *known = person != NULL ? kn_store_recall_person (self, kn_employee_get_id (person), day)
                                    : NULL;

  if (known != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      values[i] = g_strdup (g_ptr_array_index (known, i));
  else if (person != NULL)
    {
      gint64 id = kn_employee_get_id (person);
      g_autofree char *rank = kn_store_rank_at (self, id, day);
      g_autofree char *position = kn_store_position_at (self, id, day, NULL);
      KnOrgUnit *unit = kn_store_lookup_unit (self, kn_store_unit_at (self, id, day));

      values[0] = g_strdup (kn_employee_get_name (person));
      values[1] = g_strdup (kn_employee_get_nip (person));
      values[2] = kn_rank_format (kn_employee_get_status (person), rank);
      values[3] = g_strdup (position != NULL ? position : kn_employee_get_position (person));

      /* The unit kerja as printed: the path from the OPD down. */
      values[4] = g_strdup (unit != NULL ? kn_org_unit_get_path (unit)
                                         : kn_employee_get_unit_name (person));
      kn_store_remember_person (self, id, day, values, G_N_ELEMENTS (fields));
    }

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *key = prefix != NULL ? g_strconcat (prefix, ".", fields[i], NULL)
                                            : g_strdup (fields[i]);

      kn_evaluation_set_snapshot (evaluation, key, values[i]);
      g_free (values[i]);
    }
}

/* And the atasan pejabat penilai, as the draft's Dokumen Evaluasi showed it (one rule,
 * kn_report_person_superior_on_day): above a kepala OPD, the official of the settings. Read
 * once per assessor within a transaction, kept under the assessor's id negated. */
static void
set_superior_snapshot (KnStore      *self,
                       KnEvaluation *evaluation,
                       KnEmployee   *assessor,
                       const char   *day)
{
  static const char * const keys[] = {
    KN_SNAPSHOT_SUPERIOR_NAME, KN_SNAPSHOT_SUPERIOR_NIP, KN_SNAPSHOT_SUPERIOR_RANK,
    KN_SNAPSHOT_SUPERIOR_POSITION, KN_SNAPSHOT_SUPERIOR_UNIT,
  };
  gint64 key = assessor != NULL ? -kn_employee_get_id (assessor) : 0;
  GPtrArray *known = assessor != NULL ? kn_store_recall_person (self, key, day) : NULL;
  KnReportPerson person = { NULL, };
  char *values[G_N_ELEMENTS (keys)];

  if (known == NULL)
    {
      kn_report_person_superior_on_day (self, &person, assessor, day);
      values[0] = person.name;
      /* Kept as digits, like the other NIPs of the snapshot. */
      values[1] = kn_nip_normalize (person.nip);
      if (values[1] == NULL)
        values[1] = g_strdup (person.nip);
      values[2] = person.rank;
      values[3] = person.position;
      values[4] = person.unit;
      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        if (values[i] != NULL && values[i][0] == '\0')
          g_clear_pointer (&values[i], g_free);
      if (assessor != NULL)
        kn_store_remember_person (self, key, day, values, G_N_ELEMENTS (keys));
      g_free (person.nip);
    }
  else
    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      values[i] = g_strdup (g_ptr_array_index (known, i));

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      kn_evaluation_set_snapshot (evaluation, keys[i], values[i]);
      g_free (values[i]);
    }
}

/* The checks of finalising @evaluation, then its snapshot taken and its status final (not
 * written). */
static gboolean
take_snapshot (KnStore       *self,
               KnEvaluation  *evaluation,
               GError       **error)
{
  KnEmployee *employee = kn_store_lookup_employee (self, kn_evaluation_get_employee_id (evaluation));
  KnEmployee *assessor = kn_store_lookup_employee (self, kn_evaluation_get_assessor_id (evaluation));
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  KnOrgPredikat org = KN_ORG_PREDIKAT_NONE;
  char first_day[11], last_day[11];

  if (employee == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                   _("The employee of this evaluation no longer exists."));
      return FALSE;
    }

  if (kn_evaluation_get_predikat (evaluation) == KN_PREDIKAT_NONE)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("%s has not been given both ratings yet, so there is no predikat to finalise."),
                   kn_employee_get_name (employee));
      return FALSE;
    }

  /* A matter before the Tim Penilai Kinerja waits for the team's decision; in a unit under
   * review, the team has to have agreed. */
  if (!kn_store_check_review_done (self, kn_employee_get_id (employee),
                                   kn_evaluation_get_period (evaluation), error))
    return FALSE;

  /* The predikat of the unit the person was in on the period's last day: the nearest unit up
   * the tree that has one for the period. */
  org = kn_store_get_evaluation_org_predikat (self, kn_employee_get_id (employee),
                                              kn_evaluation_get_period (evaluation), NULL);

  kn_store_period_days (kn_evaluation_get_period (evaluation), first_day, last_day);
  kn_evaluation_clear_snapshot (evaluation);
  set_person_snapshot (self, evaluation, NULL, employee, last_day);
  set_person_snapshot (self, evaluation, "assessor", assessor, last_day);
  set_superior_snapshot (self, evaluation, assessor, last_day);
  kn_evaluation_set_snapshot (evaluation, KN_SNAPSHOT_ORG_PREDIKAT,
                              org != KN_ORG_PREDIKAT_NONE ? kn_org_predikat_to_string (org) : NULL);
  kn_evaluation_set_snapshot (evaluation, KN_SNAPSHOT_FINALISED_AT, at);
  kn_evaluation_set_status (evaluation, KN_EVALUATION_STATUS_FINAL);
  return TRUE;
}

/* Finalises inside an open savepoint; @read is the stored version when it was read inside the
 * same transaction (NULL: it is read now). */
static gboolean
finalize_locked (KnStore       *self,
                 KnEvaluation  *evaluation,
                 KnEvaluation  *read,
                 GError       **error)
{
  g_autoptr(KnEvaluation) before = NULL;

  if (!take_snapshot (self, evaluation, error))
    return FALSE;

  before = read != NULL ? g_object_ref (read)
                        : load_evaluation_by_id (self, kn_evaluation_get_id (evaluation), error);
  if (before == NULL)
    return FALSE;
  if (kn_evaluation_get_status (before) == KN_EVALUATION_STATUS_FINAL)
    {
      KnEmployee *employee = kn_store_lookup_employee (self, kn_evaluation_get_employee_id (evaluation));

      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED,
                   _("The evaluation of %s is final already."), kn_employee_get_name (employee));
      return FALSE;
    }
  return write_evaluation (self, evaluation, before, error);
}

/* Saves and finalises inside an open savepoint. A new evaluation, which nobody has seen as a
 * draft, is written once, final with its snapshot, and audited as the two steps audit it: its
 * insert (period, ratings, note) and its status from draft to final. A stored draft is saved,
 * then finalised. */
static gboolean
save_final_locked (KnStore       *self,
                   KnEvaluation  *evaluation,
                   GError       **error)
{
  g_autoptr(KnEvaluation) before = NULL;

  if (!check_save (self, evaluation, &before, error))
    return FALSE;

  if (before != NULL)
    {
      g_autoptr(KnEvaluation) saved = NULL;

      if (!write_evaluation (self, evaluation, before, error))
        return FALSE;
      saved = kn_evaluation_copy (evaluation);
      return finalize_locked (self, evaluation, saved, error);
    }

  return take_snapshot (self, evaluation, error) &&
         write_evaluation (self, evaluation, NULL, error) &&
         kn_store_audit (self, "evaluation", kn_evaluation_get_id (evaluation), "update", "status",
                         kn_evaluation_status_to_string (KN_EVALUATION_STATUS_DRAFT),
                         kn_evaluation_status_to_string (KN_EVALUATION_STATUS_FINAL), error);
}

gboolean
kn_store_finalize_evaluation (KnStore  *self,
                              gint64    evaluation_id,
                              GError  **error)
{
  g_autoptr(KnEvaluation) evaluation = NULL;
  g_autoptr(KnEvaluation) read = NULL;
  gboolean own;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  evaluation = load_evaluation_by_id (self, evaluation_id, error);
  if (evaluation == NULL)
    return FALSE;

  /* One UPDATE: no savepoint of its own inside an open transaction. */
  if (!kn_store_write_begin (self, &own, error))
    return FALSE;
  /* Inside an open transaction the evaluation was read in it already: not read twice. */
  read = own ? NULL : kn_evaluation_copy (evaluation);
  return kn_store_write_end (self, own, finalize_locked (self, evaluation, read, error), error);
}

gboolean
kn_store_save_final_evaluation (KnStore       *self,
                                KnEvaluation  *evaluation,
                                GError       **error)
{
  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (KN_IS_EVALUATION (evaluation), FALSE);

  return save_copy (self, evaluation, save_final_locked, error);
}

gboolean
kn_store_finalize_unit (KnStore     *self,
                        gint64       unit_id,
                        const char  *period,
                        gint64       assessor_id,
                        guint       *n_final,
                        guint       *n_skipped,
                        GError     **error)
{
  return kn_store_finalize_unit_held (self, unit_id, period, assessor_id, n_final, n_skipped,
                                      NULL, error);
}

gboolean
kn_store_finalize_unit_held (KnStore     *self,
                             gint64       unit_id,
                             const char  *period,
                             gint64       assessor_id,
                             guint       *n_final,
                             guint       *n_skipped,
                             GPtrArray  **held,
                             GError     **error)
{
  return kn_store_finalize_unit_progress (self, unit_id, period, assessor_id, n_final, n_skipped,
                                          held, 0, NULL, NULL, error);
}

gboolean
kn_store_finalize_unit_progress (KnStore                 *self,
                                 gint64                   unit_id,
                                 const char              *period,
                                 gint64                   assessor_id,
                                 guint                   *n_final,
                                 guint                   *n_skipped,
                                 GPtrArray              **held,
                                 guint                    every,
                                 KnStoreFinalizeProgress  progress,
                                 gpointer                 user_data,
                                 GError                 **error)
{
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GHashTable) by_employee = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) reviewed_units = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                                g_free, NULL);
  g_autoptr(GPtrArray) held_back = g_ptr_array_new ();
  guint finalised = 0;
  guint skipped = 0;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  {
    KnPeriod parsed;

    if (!kn_store_check_period (period, &parsed, error))
      return FALSE;
  }
  evaluations = kn_store_list_unit_evaluations (self, unit_id, period, assessor_id);

  /* The matters before the Tim Penilai Kinerja, in one query. */
  reviews = kn_store_list_period_reviews (self, period);
  for (guint i = 0; i < reviews->len; i++)
    {
      KnReviewEntry *review = g_ptr_array_index (reviews, i);

      g_hash_table_insert (by_employee, &review->employee_id, review);
    }

  /* A whole unit's evaluations become final at once: a copy to go back to first. */
  if (!kn_store_backup_before (self, KN_STORE_BACKUP_FINALISE, error) ||
      !kn_store_savepoint_begin (self, error))
    return FALSE;

  for (guint i = 0; i < evaluations->len; i++)
    {
      KnEvaluation *evaluation = g_ptr_array_index (evaluations, i);
      gint64 employee_id = kn_evaluation_get_employee_id (evaluation);
      KnReviewEntry *review;

      if (progress != NULL && every > 0 && i > 0 && i % every == 0)
        progress (i, evaluations->len, user_data);
      if (kn_evaluation_get_status (evaluation) == KN_EVALUATION_STATUS_FINAL)
        continue;
      if (kn_evaluation_get_id (evaluation) == 0 ||
          kn_evaluation_get_predikat (evaluation) == KN_PREDIKAT_NONE)
        {
          skipped++;
          continue;
        }
      review = kn_store_review_holds (self, by_employee, reviewed_units, reviews, employee_id,
                                      period);
      if (review != NULL)
        {
          g_ptr_array_add (held_back, review);
          continue;
        }
      if (!finalize_locked (self, evaluation, NULL, error))
        return kn_store_savepoint_end (self, FALSE, error);
      finalised++;
    }
  if (progress != NULL)
    progress (evaluations->len, evaluations->len, user_data);

  if (!kn_store_savepoint_release (self, error))
    return FALSE;

  if (n_final != NULL)
    *n_final = finalised;
  if (n_skipped != NULL)
    *n_skipped = skipped;
  if (held != NULL)
    {
      /* The entries move from @reviews to the caller. */
      *held = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_review_entry_free);
      for (guint i = 0; i < held_back->len; i++)
        {
          guint index;

          g_ptr_array_find (reviews, g_ptr_array_index (held_back, i), &index);
          g_ptr_array_add (*held, g_ptr_array_steal_index (reviews, index));
        }
    }
  return TRUE;
}

gboolean
kn_store_reopen_evaluation (KnStore     *self,
                            gint64       evaluation_id,
                            const char  *reason,
                            GError     **error)
{
  g_autoptr(KnEvaluation) evaluation = NULL;
  g_autoptr(KnEvaluation) before = NULL;
  g_autofree char *clean = kn_store_strip_or_null (reason);

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  if (clean == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("Write why the final evaluation is reopened; the reason is kept in its history."));
      return FALSE;
    }

  before = load_evaluation_by_id (self, evaluation_id, error);
  if (before == NULL)
    return FALSE;
  if (kn_evaluation_get_status (before) != KN_EVALUATION_STATUS_FINAL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("Only a final evaluation can be reopened."));
      return FALSE;
    }

  evaluation = kn_evaluation_copy (before);
  kn_evaluation_set_status (evaluation, KN_EVALUATION_STATUS_DRAFT);
  kn_evaluation_set_reopen_reason (evaluation, clean);
  /* The snapshot is taken again at the next finalisation. */
  kn_evaluation_clear_snapshot (evaluation);

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;
  return kn_store_savepoint_end (self,
                                 write_evaluation (self, evaluation, before, error) &&
                                 kn_store_audit (self, "evaluation", evaluation_id, "update",
                                                 "reopen_reason",
                                                 kn_evaluation_get_reopen_reason (before), clean,
                                                 error),
                                 error);
}

gboolean
kn_store_set_org_predikat (KnStore        *self,
                           gint64          unit_id,
                           const char     *period,
                           KnOrgPredikat   predikat,
                           GError        **error)
{
  g_autoptr(GPtrArray) heads = NULL;
  g_autofree char *canonical = NULL;
  KnOrgPredikat old;
  KnRating rating;
  KnDbStmt *stmt;
  KnPeriod parsed;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (predikat < KN_ORG_PREDIKAT_N, FALSE);

  if (!kn_store_check_period (period, &parsed, error))
    return FALSE;
  canonical = kn_period_to_string (&parsed);
  period = canonical;
  if (kn_store_require_unit (self, unit_id, NULL, error) == NULL)
      return FALSE;

  old = kn_store_get_org_predikat (self, unit_id, period);
  rating = kn_store_rating_for_org_predikat (self, predikat);
  heads = kn_store_unit_heads (self, unit_id);

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;

  if (predikat == KN_ORG_PREDIKAT_NONE)
    stmt = kn_store_stmt (self, "DELETE FROM org_rating WHERE unit_id = ? AND period = ?", error);
  else
    stmt = kn_store_stmt (self,
                          "INSERT INTO org_rating (unit_id, period, predikat) VALUES (?, ?, ?)"
                          " ON CONFLICT (unit_id, period) DO UPDATE SET predikat = excluded.predikat",
                          error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_int64 (stmt, 1, unit_id);
  kn_db_bind_text (stmt, 2, period);
  if (predikat != KN_ORG_PREDIKAT_NONE)
    kn_db_bind_text (stmt, 3, kn_org_predikat_to_string (predikat));
  if (!kn_store_step (self, stmt, error))
    goto failed;
  {
    g_autofree char *field = g_strconcat ("org_predikat:", period, NULL);

    if (!kn_store_audit_change (self, "unit", unit_id, field,
                                old != KN_ORG_PREDIKAT_NONE ? kn_org_predikat_to_string (old) : NULL,
                                predikat != KN_ORG_PREDIKAT_NONE ? kn_org_predikat_to_string (predikat) : NULL,
                                error))
      goto failed;
  }

  /* The head's rating hasil kerja follows the unit's predikat, in drafts only. */
  for (guint i = 0; predikat != KN_ORG_PREDIKAT_NONE && i < heads->len; i++)
    {
      KnEmployee *head = g_ptr_array_index (heads, i);
      g_autoptr(KnEvaluation) evaluation = NULL;

      evaluation = kn_store_load_evaluation (self, kn_employee_get_id (head), period, error);
      if (evaluation == NULL)
        {
          if (error != NULL && *error != NULL)
            goto failed;
          evaluation = kn_evaluation_new (kn_employee_get_id (head), period);
          kn_evaluation_set_assessor_id (evaluation, kn_employee_get_supervisor_id (head));
        }
      if (kn_evaluation_get_status (evaluation) == KN_EVALUATION_STATUS_FINAL)
        continue;
      kn_evaluation_set_rating_result (evaluation, rating);
      if (!save_evaluation_locked (self, evaluation, error))
        goto failed;
    }

  return kn_store_savepoint_release (self, error);

failed:
  return kn_store_savepoint_end (self, FALSE, error);
}
