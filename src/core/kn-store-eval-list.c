/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A unit's evaluations of a period, read at once: the list the window, the documents and
 * finalising a unit start from, and the ratings kinerja-cli prints (the rest of the evaluation
 * part of the store is in kn-store-eval.c). */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <gio/gio.h>

#include "kinerja/kn-store.h"

#include "kn-evaluation-private.h"
#include "kn-store-private.h"

/* The people of kn_store_list_unit_evaluations and their evaluation of the period (?1 the unit,
 * ?2 the period, ?3 the assessor or 0, ?4 and ?5 its first and last day): one query over the
 * unit's subtree, its people on the period's last day (after a mutasi, the periods before it
 * stay with the old unit and atasan). Who was not active on any day of the period (pensiun,
 * meninggal, CLTN, …) is not rated in it, unless an evaluation was kept. Two branches of a
 * UNION ALL (KN_STORE_MOVED_CTE): the people never moved, whose atasan then is their
 * `employee` row's, then those moved, whose atasan then is their `moved_placed` row's. */
#define UNIT_EVALUATIONS_CTE \
  KN_STORE_SUBTREE_CTE \
  ", span (first_day, last_day) AS (SELECT CAST (?4 AS TEXT), CAST (?5 AS TEXT))" \
  KN_STORE_MOVED_CTE
#define UNIT_EVALUATIONS_RATED \
  " AND (evaluation.id IS NOT NULL OR " KN_STORE_ACTIVE_IN_SPAN ")"
#define UNIT_EVALUATIONS_STAYED \
  KN_STORE_STAYED_FROM \
  " LEFT JOIN evaluation ON evaluation.employee_id = employee.id AND evaluation.period = ?2" \
  KN_STORE_STAYED_WHERE " AND (?3 = 0 OR employee.supervisor_id = ?3)" UNIT_EVALUATIONS_RATED
#define UNIT_EVALUATIONS_MOVED \
  KN_STORE_MOVED_FROM \
  " LEFT JOIN evaluation ON evaluation.employee_id = employee.id AND evaluation.period = ?2" \
  " WHERE (?3 = 0 OR moved_placed.supervisor_id = ?3)" UNIT_EVALUATIONS_RATED

/* What kn_store_list_unit_evaluations reads of each: the evaluation (an id of 0 when there is
 * none), the atasan then (between the two), and the person (KN_STORE_EMPLOYEE_COLUMNS from
 * column 11). */
#define UNIT_EVALUATIONS_COLUMNS \
  "evaluation.id, employee.id, evaluation.assessor_id, evaluation.rating_result," \
  " evaluation.rating_behaviour, evaluation.status, evaluation.note, evaluation.reopen_reason," \
  " evaluation.snapshot, "
#define UNIT_EVALUATIONS_PERSON \
  ", evaluation.row_version, " KN_STORE_EMPLOYEE_COLUMNS

typedef struct
{
  gint64        employee_id;
  KnEvaluation *evaluation;   /* owned */
} ListedEvaluation;

static int
compare_listed (gconstpointer a,
                gconstpointer b)
{
  gint64 x = ((const ListedEvaluation *)a)->employee_id;
  gint64 y = ((const ListedEvaluation *)b)->employee_id;

  return (x > y) - (x < y);
}

GPtrArray *
kn_store_list_unit_evaluations (KnStore    *self,
                                gint64      unit_id,
                                const char *period,
                                gint64      assessor_id)
{
  GPtrArray *evaluations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) listed = NULL;
  g_autoptr(KnEvaluationTexts) texts = NULL;
  g_autofree char *canonical = NULL;
  char *shared_period;
  char first[11], last[11];
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), evaluations);
  g_return_val_if_fail (period != NULL, evaluations);

  canonical = kn_store_canonical_period (period);
  kn_store_period_days (canonical, first, last);

  /* Its people in the employees model's order, by id, and their evaluation of the period where
   * there is one: an object each, but no notification, check or copy of the period each, and
   * the snapshot kept as text until someone reads it (issue 13). */
  stmt = kn_store_stmt (self,
                        UNIT_EVALUATIONS_CTE
                        "SELECT " UNIT_EVALUATIONS_COLUMNS "employee.supervisor_id"
                        UNIT_EVALUATIONS_PERSON UNIT_EVALUATIONS_STAYED
                        " UNION ALL SELECT " UNIT_EVALUATIONS_COLUMNS "moved_placed.supervisor_id"
                        UNIT_EVALUATIONS_PERSON UNIT_EVALUATIONS_MOVED,
                        NULL);
  if (stmt == NULL)
    return evaluations;
  kn_db_bind_int64 (stmt, 1, unit_id);
  kn_db_bind_text (stmt, 2, canonical);
  kn_db_bind_int64 (stmt, 3, assessor_id);
  kn_db_bind_text (stmt, 4, first);
  kn_db_bind_text (stmt, 5, last);
  listed = g_array_sized_new (FALSE, FALSE, sizeof (ListedEvaluation), 256);
  shared_period = g_ref_string_new (canonical);
  texts = kn_evaluation_texts_new ();
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      KnEvaluationStored stored = {
        .id = kn_db_column_int64 (stmt, 0),
        .employee_id = kn_db_column_int64 (stmt, 1),
        .period = shared_period,
        .texts = texts,
        .rating_result = KN_RATING_NONE,
        .rating_behaviour = KN_RATING_NONE,
        .status = KN_EVALUATION_STATUS_DRAFT,
      };
      ListedEvaluation entry = { stored.employee_id, NULL };

      /* The person from the row itself (column 11 on): no query each when the store has not
       * read everyone. */
      if (kn_store_employee_row_at (self, stmt, 11) == NULL)
        continue;
      if (stored.id != 0)
        {
          stored.assessor_id = kn_db_column_int64 (stmt, 2);
          kn_rating_from_string (kn_db_column_text (stmt, 3), &stored.rating_result);
          kn_rating_from_string (kn_db_column_text (stmt, 4), &stored.rating_behaviour);
          kn_evaluation_status_from_string (kn_db_column_text (stmt, 5), &stored.status);
          stored.note = kn_db_column_text (stmt, 6);
          stored.reopen_reason = kn_db_column_text (stmt, 7);
          stored.snapshot_text = kn_db_column_text (stmt, 8);
          stored.row_version = kn_db_column_int64 (stmt, 10);
        }
      else
        stored.assessor_id = kn_db_column_int64 (stmt, 9);
      entry.evaluation = kn_evaluation_new_stored (&stored);
      g_array_append_val (listed, entry);
    }
  kn_db_reset (stmt);
  g_ref_string_release (shared_period);

  /* Sorted here, not by the query: an ORDER BY made SQLite sort every row with its snapshot, on
   * disk at province scale. */
  g_array_sort (listed, compare_listed);
  g_ptr_array_set_size (evaluations, listed->len);
  for (guint i = 0; i < listed->len; i++)
    evaluations->pdata[i] = g_array_index (listed, ListedEvaluation, i).evaluation;
  return evaluations;
}

/* What kn_store_foreach_unit_rating reads: the rows of kn_store_list_unit_evaluations without the
 * snapshot, small enough for the database to sort them by employee, the order of the list. */
#define UNIT_RATING_COLUMNS \
  "employee.id, employee.nip, employee.name, evaluation.id, evaluation.rating_result," \
  " evaluation.rating_behaviour, evaluation.status"

void
kn_store_foreach_unit_rating (KnStore          *self,
                              gint64            unit_id,
                              const char       *period,
                              KnUnitRatingFunc  func,
                              gpointer          user_data)
{
  g_autofree char *canonical = NULL;
  char first[11], last[11];
  KnDbStmt *stmt;

  g_return_if_fail (KN_IS_STORE (self));
  g_return_if_fail (period != NULL);
  g_return_if_fail (func != NULL);

  canonical = kn_store_canonical_period (period);
  kn_store_period_days (canonical, first, last);

  stmt = kn_store_stmt (self,
                        UNIT_EVALUATIONS_CTE
                        "SELECT " UNIT_RATING_COLUMNS UNIT_EVALUATIONS_STAYED
                        " UNION ALL SELECT " UNIT_RATING_COLUMNS UNIT_EVALUATIONS_MOVED
                        " ORDER BY 1",
                        NULL);
  if (stmt == NULL)
    return;
  kn_db_bind_int64 (stmt, 1, unit_id);
  kn_db_bind_text (stmt, 2, canonical);
  kn_db_bind_int64 (stmt, 3, 0);
  kn_db_bind_text (stmt, 4, first);
  kn_db_bind_text (stmt, 5, last);
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      KnUnitRating rating = {
        .employee_id = kn_db_column_int64 (stmt, 0),
        .nip = kn_db_column_text (stmt, 1),
        .name = kn_db_column_text (stmt, 2),
        .evaluation_id = kn_db_column_int64 (stmt, 3),
        .rating_result = KN_RATING_NONE,
        .rating_behaviour = KN_RATING_NONE,
        .status = KN_EVALUATION_STATUS_DRAFT,
      };

      if (rating.evaluation_id != 0)
        {
          kn_rating_from_string (kn_db_column_text (stmt, 4), &rating.rating_result);
          kn_rating_from_string (kn_db_column_text (stmt, 5), &rating.rating_behaviour);
          kn_evaluation_status_from_string (kn_db_column_text (stmt, 6), &rating.status);
        }
      func (&rating, user_data);
    }
  kn_db_reset (stmt);
}
