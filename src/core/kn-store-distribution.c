/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The distribution part of the store: the pattern rules, the check of a unit's predikat
 * against them, a unit's completion and angka kredit. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-format.h"
#include "kinerja/kn-history.h"
#include "kinerja/kn-store.h"

#include "kn-store-private.h"

static guint
predikat_mask_from_string (const char *text)
{
  g_auto(GStrv) names = g_strsplit (text != NULL ? text : "", " ", -1);
  guint mask = 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      KnPredikat predikat;

      if (kn_predikat_from_string (names[i], &predikat) && predikat != KN_PREDIKAT_NONE)
        mask |= 1u << predikat;
    }

  return mask;
}

GArray *
kn_store_get_distribution_rules (KnStore *self)
{
  GArray *rules = g_array_new (FALSE, TRUE, sizeof (KnDistributionRule));
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), rules);

  stmt = kn_store_stmt (self,
                        "SELECT org_predikat, kind, predikats, share FROM distribution_rule"
                        " ORDER BY id",
                        NULL);
  if (stmt == NULL)
    return rules;

  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      KnDistributionRule rule = { 0, };
      const char *kind = kn_db_column_text (stmt, 1);

      if (!kn_org_predikat_from_string (kn_db_column_text (stmt, 0), &rule.org))
        continue;
      if (g_strcmp0 (kind, "largest") == 0)
        rule.kind = KN_BOUND_LARGEST;
      else if (g_strcmp0 (kind, "at-most") == 0)
        rule.kind = KN_BOUND_AT_MOST;
      else if (g_strcmp0 (kind, "at-least") == 0)
        rule.kind = KN_BOUND_AT_LEAST;
      else if (g_strcmp0 (kind, "at-least-one") == 0)
        rule.kind = KN_BOUND_AT_LEAST_ONE;
      else
        continue;
      rule.predikats = predikat_mask_from_string (kn_db_column_text (stmt, 2));
      rule.share = kn_db_column_double (stmt, 3);
      g_array_append_val (rules, rule);
    }
  kn_db_reset (stmt);

  return rules;
}

/* The pieces of kn_store_check_distribution's query: each person's evaluation of the period
 * (?2), and who is counted. */
#define DISTRIBUTION_EVALUATION \
  " LEFT JOIN evaluation ON evaluation.employee_id = employee.id AND evaluation.period = ?2"
#define DISTRIBUTION_COUNTED \
  "(evaluation.id IS NOT NULL OR " KN_STORE_ACTIVE_IN_SPAN ")"

GPtrArray *
kn_store_check_distribution (KnStore    *self,
                             gint64      unit_id,
                             const char *period,
                             guint       counts[KN_PREDIKAT_N])
{
  g_autoptr(GArray) rules = NULL;
  g_autofree char *canonical = NULL;
  char first[11], last[11];
  KnOrgPredikat org;
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  g_return_val_if_fail (counts != NULL, NULL);
  g_return_val_if_fail (period != NULL, NULL);

  memset (counts, 0, sizeof (guint) * KN_PREDIKAT_N);
  canonical = kn_store_canonical_period (period);
  kn_store_period_days (canonical, first, last);

  /* The unit's people and their two ratings (none for who has no evaluation yet), as
   * kn_store_list_unit_evaluations lists them (the people it leaves out of the period are not
   * counted), counted here: the predikat of each pair is the rule's, as
   * kn_evaluation_get_predikat gives it. Counted by the database, the rows were sorted first,
   * which cost as much again as reading them (issue 13). */
  stmt = kn_store_stmt (self,
                        KN_STORE_SUBTREE_CTE
                        ", span (first_day, last_day) AS"
                        " (SELECT CAST (?3 AS TEXT), CAST (?4 AS TEXT))"
                        KN_STORE_MOVED_CTE
                        "SELECT evaluation.rating_result, evaluation.rating_behaviour"
                        KN_STORE_STAYED_FROM DISTRIBUTION_EVALUATION KN_STORE_STAYED_WHERE
                        " AND " DISTRIBUTION_COUNTED
                        " UNION ALL SELECT evaluation.rating_result, evaluation.rating_behaviour"
                        KN_STORE_MOVED_FROM DISTRIBUTION_EVALUATION " WHERE " DISTRIBUTION_COUNTED,
                        NULL);
  if (stmt != NULL)
    {
      kn_db_bind_int64 (stmt, 1, unit_id);
      kn_db_bind_text (stmt, 2, canonical);
      kn_db_bind_text (stmt, 3, first);
      kn_db_bind_text (stmt, 4, last);
      while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
        {
          KnRating result = KN_RATING_NONE;
          KnRating behaviour = KN_RATING_NONE;

          if (!kn_rating_from_string (kn_db_column_text (stmt, 0), &result))
            result = KN_RATING_NONE;
          if (!kn_rating_from_string (kn_db_column_text (stmt, 1), &behaviour))
            behaviour = KN_RATING_NONE;
          counts[kn_predikat_from_ratings (result, behaviour)]++;
        }
      kn_db_reset (stmt);
    }

  /* The unit's pattern counts the people whose predikat its head sets, as the recap lists them:
   * the head's own predikat belongs to the unit above. */
  {
    g_autoptr(GPtrArray) heads = kn_store_unit_heads (self, unit_id);

    for (guint i = 0; i < heads->len; i++)
      {
        KnEmployee *head = g_ptr_array_index (heads, i);
        g_autoptr(KnEvaluation) evaluation = kn_store_load_evaluation (self, kn_employee_get_id (head),
                                                                       canonical, NULL);
        KnPredikat predikat = evaluation != NULL
                              ? kn_predikat_from_ratings (kn_evaluation_get_rating_result (evaluation),
                                                          kn_evaluation_get_rating_behaviour (evaluation))
                              : KN_PREDIKAT_NONE;

        if (counts[predikat] > 0)
          counts[predikat]--;
      }
  }

  org = kn_store_get_applying_org_predikat (self, unit_id, period, NULL);
  rules = kn_store_get_distribution_rules (self);
  return kn_distribution_check (org, counts, (const KnDistributionRule *)rules->data, rules->len);
}

void
kn_store_count_unit_completion (KnStore    *self,
                                gint64      unit_id,
                                guint       year,
                                const char *period,
                                guint      *employees,
                                guint      *plans_approved,
                                guint      *evaluations_final)
{
  g_autofree char *canonical = NULL;
  guint n_employees = 0, n_approved = 0, n_final = 0;
  KnDbStmt *stmt;

  g_return_if_fail (KN_IS_STORE (self));

  if (period != NULL)
    canonical = kn_store_canonical_period (period);

  /* Each person's SKP and evaluation by their unique (employee, year) and (employee, period)
   * indexes: the cost is the unit's, not the province's. */
  stmt = kn_store_stmt (self,
                        KN_STORE_SUBTREE_CTE
                        "SELECT count(*),"
                        " sum (CASE WHEN EXISTS (SELECT 1 FROM plan"
                        " WHERE plan.employee_id = employee.id"
                        " AND plan.year = ?2 AND plan.status = ?3) THEN 1 ELSE 0 END),"
                        " sum (CASE WHEN EXISTS (SELECT 1 FROM evaluation"
                        " WHERE evaluation.employee_id = employee.id"
                        " AND evaluation.period = ?4 AND evaluation.status = ?5) THEN 1 ELSE 0 END)"
                        " FROM employee JOIN subtree ON employee.unit_id = subtree.id",
                        NULL);
  if (stmt != NULL)
    {
      kn_db_bind_int64 (stmt, 1, unit_id);
      kn_db_bind_int64 (stmt, 2, year);
      kn_db_bind_text (stmt, 3, kn_plan_status_to_string (KN_PLAN_STATUS_APPROVED));
      kn_db_bind_text (stmt, 4, canonical != NULL ? canonical : "");
      kn_db_bind_text (stmt, 5, kn_evaluation_status_to_string (KN_EVALUATION_STATUS_FINAL));
      if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
        {
          n_employees = kn_db_column_int64 (stmt, 0);
          n_approved = kn_db_column_int64 (stmt, 1);
          n_final = kn_db_column_int64 (stmt, 2);
        }
      kn_db_reset (stmt);
    }

  if (employees != NULL)
    *employees = n_employees;
  if (plans_approved != NULL)
    *plans_approved = n_approved;
  if (evaluations_final != NULL)
    *evaluations_final = n_final;
}

static gboolean
has_jabatan_history (KnStore *self,
                     gint64   employee_id)
{
  gboolean found = FALSE;
  KnDbStmt *stmt = kn_store_stmt (self,
                                  "SELECT 1 FROM employee_history WHERE employee_id = ?"
                                  " AND kind = 'jabatan' LIMIT 1",
                                  NULL);

  if (stmt == NULL)
    return FALSE;
  kn_db_bind_int64 (stmt, 1, employee_id);
  found = kn_store_next (self, stmt, NULL) == KN_DB_ROW;
  kn_db_reset (stmt);
  return found;
}

double
kn_store_angka_kredit (KnStore *self,
                       gint64   employee_id,
                       guint    year,
                       guint    months)
{
  g_autoptr(KnEvaluation) annual = NULL;
  g_autofree char *period = g_strdup_printf ("%u-AKHIR", year);
  KnEmployee *employee;
  KnDbStmt *stmt;
  double coefficient = 0;
  double conversion = 0;
  gboolean dated;

  g_return_val_if_fail (KN_IS_STORE (self), 0);

  employee = kn_store_lookup_employee (self, employee_id);
  annual = kn_store_load_evaluation (self, employee_id, period, NULL);
  /* Only a final annual predikat counts: a draft may still change. */
  if (employee == NULL || annual == NULL || kn_evaluation_get_predikat (annual) == KN_PREDIKAT_NONE ||
      kn_evaluation_get_status (annual) != KN_EVALUATION_STATUS_FINAL)
    return 0;

  /* The jenjang of that year, not today's: the coefficient of the jenjang held on the first day
   * of each month, averaged over the year's twelve months (a TMT in July gives six of each). */
  dated = has_jabatan_history (self, employee_id);
  for (guint month = 1; month <= 12; month++)
    {
      g_autofree char *position = NULL;
      KnPositionKind kind = kn_employee_get_position_kind (employee);
      char day[11];

      if (dated)
        {
          g_snprintf (day, sizeof day, "%04u-%02u-01", year, month);
          position = kn_store_position_at (self, employee_id, day, &kind);
        }
      stmt = kn_store_stmt (self,
                            "SELECT coefficient FROM angka_kredit_coefficient WHERE position_kind = ?",
                            NULL);
      if (stmt == NULL)
        return 0;
      kn_db_bind_text (stmt, 1, kn_position_kind_to_string (kind));
      if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
        coefficient += kn_db_column_double (stmt, 0) / 12.0;
      kn_db_reset (stmt);
    }

  stmt = kn_store_stmt (self, "SELECT percent FROM angka_kredit_conversion WHERE predikat = ?", NULL);
  if (stmt == NULL)
    return 0;
  kn_db_bind_text (stmt, 1, kn_predikat_to_string (kn_evaluation_get_predikat (annual)));
  if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    conversion = kn_db_column_double (stmt, 0) / 100.0;
  kn_db_reset (stmt);

  return kn_angka_kredit (months, conversion, coefficient);
}
