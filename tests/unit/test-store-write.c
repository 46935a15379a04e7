/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of the store's write path as the audit trail shows it: one audit row per changed object
 * and operation, with all its changed fields; a save that changes nothing writes no row; what
 * a transaction remembers of its own checks never outlives it (issue 13). */

#define G_LOG_DOMAIN "test-store-write"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "kinerja/kn-employee.h"
#include "kinerja/kn-enums.h"
#include "kinerja/kn-evaluation.h"
#include "kinerja/kn-indicator.h"
#include "kinerja/kn-org-unit.h"
#include "kinerja/kn-plan-enums.h"
#include "kinerja/kn-plan-result.h"
#include "kinerja/kn-plan.h"
#include "kinerja/kn-store.h"

#include "kn-test-util.h"

#define YEAR 2026
#define TW1  "2026-TW1"

typedef struct
{
  char    *folder;
  char    *path;
  KnStore *store;
  gint64   unit;
  gint64   kabid;
  gint64   analis;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = kn_test_store_new ("kinerja-test-store-write-XXXXXX", &fixture->folder,
                                      &fixture->path);
  fixture->unit = kn_test_add_unit (fixture->store, "Dinas Pendidikan dan Kebudayaan", 0);
  fixture->kabid = kn_test_add_person (fixture->store, "197503121999032002",
                                       "Sri Wahyuni, S.Pd., M.Pd.", NULL,
                                       "Kepala Bidang Pembinaan SMA", KN_POSITION_ADMINISTRATOR,
                                       fixture->unit, 0);
  fixture->analis = kn_test_add_person (fixture->store, "199001012015031001",
                                        "Budi Rahayu, S.Pd.", NULL, "Analis Kurikulum",
                                        KN_POSITION_PELAKSANA, fixture->unit, fixture->kabid);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_store_clear (&fixture->store, &fixture->folder, &fixture->path);
}

/* How many audit rows (not fields) @entries come from. */
static guint
count_rows (GPtrArray *entries)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < entries->len; i++)
    {
      KnAuditEntry *entry = g_ptr_array_index (entries, i);

      g_hash_table_add (ids, &entry->id);
    }
  return g_hash_table_size (ids);
}

static KnAuditEntry *
find_field (GPtrArray  *entries,
            const char *field)
{
  for (guint i = 0; i < entries->len; i++)
    {
      KnAuditEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (entry->field, field) == 0)
        return entry;
    }
  return NULL;
}

static void
assert_field (GPtrArray  *entries,
              const char *action,
              const char *field,
              const char *old_value,
              const char *new_value)
{
  KnAuditEntry *entry = find_field (entries, field);

  g_assert_nonnull (entry);
  if (entry == NULL)
    return;
  g_assert_cmpstr (entry->action, ==, action);
  g_assert_cmpstr (entry->old_value, ==, old_value);
  g_assert_cmpstr (entry->new_value, ==, new_value);
}

/* An SKP of @employee_id for YEAR with @n_indicators IKI over four RHK (targets set); their ids
 * into @indicators. Returns the plan's id. */
static gint64
make_skp (Fixture *fixture,
          gint64   employee_id,
          guint    n_indicators,
          gint64  *indicators)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) plan = kn_plan_new (employee_id, YEAR);
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (plan));
  guint n = 0;

  for (guint r = 0; r < 4; r++)
    {
      g_autoptr(KnPlanResult) result = kn_plan_result_new ();
      g_autofree char *text = g_strdup_printf ("Tersusunnya dokumen kurikulum %u", r + 1);

      kn_plan_result_set_kind (result, KN_RESULT_KIND_UTAMA);
      kn_plan_result_set_text (result, text);
      for (guint k = r; k < n_indicators; k += 4)
        {
          g_autoptr(KnIndicator) indicator = kn_indicator_new ();
          g_autofree char *name = g_strdup_printf ("Jumlah dokumen jenis %u", k + 1);

          kn_indicator_set_aspect (indicator, KN_ASPECT_KUANTITAS);
          kn_indicator_set_text (indicator, name);
          kn_indicator_set_target_value (indicator, 4);
          kn_indicator_set_target_unit (indicator, "dokumen");
          g_list_store_append (kn_plan_result_get_indicators (result), indicator);
        }
      g_list_store_append (kn_plan_get_results (plan), result);
    }
  g_assert_true (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);

  for (guint r = 0; r < g_list_model_get_n_items (results); r++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, r);
      GListModel *list = G_LIST_MODEL (kn_plan_result_get_indicators (result));

      for (guint k = 0; k < g_list_model_get_n_items (list); k++)
        {
          g_autoptr(KnIndicator) indicator = g_list_model_get_item (list, k);

          indicators[n++] = kn_indicator_get_id (indicator);
        }
    }
  g_assert_cmpuint (n, ==, n_indicators);
  return kn_plan_get_id (plan);
}

static gboolean
save_realization (Fixture     *fixture,
                  gint64       indicator_id,
                  double       value,
                  const char  *evidence,
                  GError     **error)
{
  g_autoptr(KnRealization) realization = kn_realization_new (indicator_id, TW1);

  realization->has_value = TRUE;
  realization->value = value;
  realization->evidence = g_strdup (evidence);
  return kn_store_save_realization (fixture->store, realization, error);
}

/* The audit entries of @indicator_id's realisations, oldest first. */
static GPtrArray *
realization_audit (Fixture *fixture,
                   gint64   indicator_id)
{
  g_autoptr(GPtrArray) audit = kn_store_list_audit (fixture->store, "indicator", indicator_id);
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) kn_audit_entry_free);

  for (guint i = 0; i < audit->len; i++)
    {
      KnAuditEntry *entry = g_ptr_array_index (audit, i);

      if (g_str_has_prefix (entry->field, "realization:"))
        g_ptr_array_add (found, g_ptr_array_steal_index (audit, i--));
    }
  return found;
}

/* How many audit rows say something of @indicator_id's realisations. */
static guint
realization_rows (Fixture *fixture,
                  gint64   indicator_id)
{
  g_autoptr(GPtrArray) audit = realization_audit (fixture, indicator_id);

  return count_rows (audit);
}

/* A new evaluation saved with its ratings and a note is ONE audit row, "insert", holding the
 * period and every field it was given (it was an "insert" row and an "update" row). */
static void
test_evaluation_insert_one_row (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (fixture->analis, TW1);
  g_autoptr(GPtrArray) audit = NULL;

  kn_evaluation_set_assessor_id (evaluation, fixture->kabid);
  kn_evaluation_set_rating_result (evaluation, KN_RATING_ABOVE);
  kn_evaluation_set_rating_behaviour (evaluation, KN_RATING_AS_EXPECTED);
  kn_evaluation_set_note (evaluation, "Perlu pelatihan penulisan laporan.");
  g_assert_true (kn_store_save_evaluation (fixture->store, evaluation, &error));
  g_assert_no_error (error);

  audit = kn_store_list_audit (fixture->store, "evaluation", kn_evaluation_get_id (evaluation));
  g_assert_cmpuint (count_rows (audit), ==, 1);
  g_assert_cmpuint (audit->len, ==, 4);
  assert_field (audit, "insert", "period", NULL, TW1);
  assert_field (audit, "insert", "rating_result", NULL, "di-atas");
  assert_field (audit, "insert", "rating_behaviour", NULL, "sesuai");
  assert_field (audit, "insert", "note", NULL, "Perlu pelatihan penulisan laporan.");
}

/* An evaluation given no ratings yet: its one row holds the period alone. */
static void
test_evaluation_insert_unrated (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (fixture->analis, TW1);
  g_autoptr(GPtrArray) audit = NULL;

  g_assert_true (kn_store_save_evaluation (fixture->store, evaluation, &error));
  g_assert_no_error (error);

  audit = kn_store_list_audit (fixture->store, "evaluation", kn_evaluation_get_id (evaluation));
  g_assert_cmpuint (audit->len, ==, 1);
  assert_field (audit, "insert", "period", NULL, TW1);
}

/* Saving a realisation again as it is changes nothing and writes no audit row; a change does. */
static void
test_realization_unchanged_no_row (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  gint64 indicator[4];

  make_skp (fixture, fixture->analis, 4, indicator);
  g_assert_true (save_realization (fixture, indicator[0], 3, "Laporan triwulan", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (realization_rows (fixture, indicator[0]), ==, 1);

  g_assert_true (save_realization (fixture, indicator[0], 3, "Laporan triwulan", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (realization_rows (fixture, indicator[0]), ==, 1);

  /* Another value, or other evidence for the same value, is a change. */
  g_assert_true (save_realization (fixture, indicator[0], 4, "Laporan triwulan", &error));
  g_assert_no_error (error);
  g_assert_true (save_realization (fixture, indicator[0], 4, "Laporan triwulan dan foto", &error));
  g_assert_no_error (error);
  audit = realization_audit (fixture, indicator[0]);
  g_assert_cmpuint (count_rows (audit), ==, 3);
  g_assert_cmpuint (audit->len, ==, 3);
  g_assert_cmpstr (((KnAuditEntry *) g_ptr_array_index (audit, 1))->new_value, ==, "4");

  /* What was saved is what is read back. */
  {
    g_autoptr(KnPlan) plan = kn_store_load_plan (fixture->store, fixture->analis, YEAR, &error);
    g_autoptr(GPtrArray) realizations = NULL;

    g_assert_no_error (error);
    g_assert_nonnull (plan);
    if (plan == NULL)
      return;
    realizations = kn_store_list_realizations (fixture->store, kn_plan_get_id (plan), TW1);
    g_assert_cmpuint (realizations->len, ==, 1);
    if (realizations->len == 1)
      {
        KnRealization *read = g_ptr_array_index (realizations, 0);

        g_assert_cmpfloat (read->value, ==, 4);
        g_assert_cmpstr (read->evidence, ==, "Laporan triwulan dan foto");
      }
  }
}

/* A realisation's audit row says the number as it was typed ("%.15g": whole numbers without
 * a decimal point, fractions as short as they are, huge ones with an exponent), and when, to
 * the microsecond in UTC. */
static void
test_realization_audit_text (Fixture       *fixture,
                             gconstpointer  data)
{
  static const struct { double value; const char *text; } numbers[] = {
    { 0, "0" }, { 12, "12" }, { 77.8, "77.8" }, { 1234567.5, "1234567.5" },
    { 999999999999999, "999999999999999" }, { 1e15, "1e+15" }, { 0.1 + 0.2, "0.3" },
  };
  g_autoptr(GRegex) iso = g_regex_new ("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z$",
                                       0, 0, NULL);
  gint64 indicator[G_N_ELEMENTS (numbers)];

  make_skp (fixture, fixture->analis, G_N_ELEMENTS (numbers), indicator);
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) audit = NULL;
      KnAuditEntry *entry;

      g_assert_true (save_realization (fixture, indicator[i], numbers[i].value, NULL, &error));
      g_assert_no_error (error);
      audit = realization_audit (fixture, indicator[i]);
      g_assert_cmpuint (audit->len, ==, 1);
      entry = g_ptr_array_index (audit, 0);
      g_assert_cmpstr (entry->new_value, ==, numbers[i].text);
      g_assert_true (g_regex_match (iso, entry->at, 0, NULL));
    }
}

#define MANY 300

/* In one transaction, more realisations than the audit keeps open at once: each is audited
 * once, all of them land at commit, and a rollback leaves none (nor their audit rows). */
static void
test_realizations_in_bulk (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *indicator = g_new0 (gint64, MANY);
  gint64 plan_id = make_skp (fixture, fixture->analis, MANY, indicator);
  g_autoptr(GPtrArray) before = kn_store_list_audit (fixture->store, NULL, 0);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) realizations = NULL;

  /* Undone: nothing of it stays. */
  g_assert_true (kn_store_begin (fixture->store, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < MANY; i++)
    g_assert_true (save_realization (fixture, indicator[i], i, NULL, &error));
  g_assert_no_error (error);
  kn_store_rollback (fixture->store);
  realizations = kn_store_list_realizations (fixture->store, plan_id, TW1);
  g_assert_cmpuint (realizations->len, ==, 0);
  g_clear_pointer (&realizations, g_ptr_array_unref);
  after = kn_store_list_audit (fixture->store, NULL, 0);
  g_assert_cmpuint (count_rows (after), ==, count_rows (before));
  g_clear_pointer (&after, g_ptr_array_unref);

  /* Committed: every one saved, each indicator audited in one row with its value. */
  g_assert_true (kn_store_begin (fixture->store, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < MANY; i++)
    g_assert_true (save_realization (fixture, indicator[i], i, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_commit (fixture->store, &error));
  g_assert_no_error (error);

  realizations = kn_store_list_realizations (fixture->store, plan_id, TW1);
  g_assert_cmpuint (realizations->len, ==, MANY);
  after = kn_store_list_audit (fixture->store, NULL, 0);
  g_assert_cmpuint (count_rows (after), ==, count_rows (before) + MANY);
  for (guint i = 0; i < MANY; i++)
    {
      g_autoptr(GPtrArray) audit = kn_store_list_audit (fixture->store, "indicator", indicator[i]);
      g_autofree char *value = g_strdup_printf ("%u", i);

      guint n_found = 0;

      for (guint k = 0; k < audit->len; k++)
        {
          KnAuditEntry *entry = g_ptr_array_index (audit, k);

          if (g_strcmp0 (entry->field, "realization:" TW1) != 0)
            continue;
          g_assert_cmpstr (entry->new_value, ==, value);
          n_found++;
        }
      g_assert_cmpuint (n_found, ==, 1);
    }
}

/* Submitting asks the SKP to be complete whether its RHK and IKI were read whole or not: an IKI
 * without a target, an RHK without an IKI and an SKP without a main RHK are refused with the
 * sentence naming them, and nothing is written; complete, it goes through submitted and
 * approved in one transaction, each step audited. */
static void
test_plan_status_checks_complete (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) plan = NULL;
  g_autoptr(KnPlanResult) extra = kn_plan_result_new ();
  g_autoptr(GPtrArray) audit = NULL;
  KnPlanResult *first;
  KnIndicator *indicator;
  gint64 ids[4];
  gint64 plan_id = make_skp (fixture, fixture->analis, 4, ids);

  plan = kn_store_load_plan_by_id (fixture->store, plan_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  if (plan == NULL)
    return;
  first = g_list_model_get_item (G_LIST_MODEL (kn_plan_get_results (plan)), 0);
  indicator = g_list_model_get_item (G_LIST_MODEL (kn_plan_result_get_indicators (first)), 0);

  /* An IKI without a target. */
  kn_indicator_clear_target_value (indicator);
  g_assert_true (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);
  g_assert_false (kn_store_set_plan_status (fixture->store, plan_id, KN_PLAN_STATUS_SUBMITTED,
                                            NULL, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_assert_nonnull (error != NULL ? strstr (error->message, "IKI 1 of RHK") : NULL);
  g_clear_error (&error);

  /* An RHK without an IKI. */
  kn_indicator_set_target_value (indicator, 4);
  kn_plan_result_set_kind (extra, KN_RESULT_KIND_TAMBAHAN);
  kn_plan_result_set_text (extra, "Terlaksananya tugas tambahan piket");
  g_list_store_append (kn_plan_get_results (plan), extra);
  g_assert_true (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);
  g_assert_false (kn_store_set_plan_status (fixture->store, plan_id, KN_PLAN_STATUS_SUBMITTED,
                                            NULL, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_assert_nonnull (error != NULL ? strstr (error->message, "has no IKI yet") : NULL);
  g_clear_error (&error);
  {
    g_autoptr(KnPlan) stored = kn_store_load_plan_by_id (fixture->store, plan_id, &error);

    g_assert_no_error (error);
    g_assert_cmpint (stored != NULL ? (int) kn_plan_get_status (stored) : -1, ==, KN_PLAN_STATUS_DRAFT);
  }

  /* Complete: submitted and approved in one transaction. */
  g_list_store_remove (kn_plan_get_results (plan), 4);
  g_assert_true (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_begin (fixture->store, &error));
  g_assert_true (kn_store_set_plan_status (fixture->store, plan_id, KN_PLAN_STATUS_SUBMITTED,
                                           NULL, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_set_plan_status (fixture->store, plan_id, KN_PLAN_STATUS_APPROVED,
                                           NULL, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_commit (fixture->store, &error));
  g_assert_no_error (error);
  {
    g_autoptr(KnPlan) stored = kn_store_load_plan_by_id (fixture->store, plan_id, &error);

    g_assert_no_error (error);
    g_assert_cmpint (stored != NULL ? (int) kn_plan_get_status (stored) : -1, ==, KN_PLAN_STATUS_APPROVED);
  }
  audit = kn_store_list_audit (fixture->store, "plan", plan_id);
  {
    guint n_status = 0;

    for (guint i = 0; i < audit->len; i++)
      {
        KnAuditEntry *entry = g_ptr_array_index (audit, i);

        if (g_strcmp0 (entry->field, "status") == 0)
          n_status++;
      }
    g_assert_cmpuint (n_status, ==, 2);
  }
  g_object_unref (indicator);
  g_object_unref (first);
}

/* Inside one transaction, saves and finalising open no savepoints of their own: a refused one
 * leaves the transaction as it was and the others stand at commit, each audited once; a
 * rollback leaves none of them. */
static void
test_evaluations_in_bulk (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) rated = kn_evaluation_new (fixture->analis, TW1);
  g_autoptr(KnEvaluation) unrated = kn_evaluation_new (fixture->kabid, TW1);
  g_autoptr(KnEvaluation) stored = NULL;
  g_autoptr(GPtrArray) audit = NULL;

  /* Rolled back: neither evaluation exists afterwards. */
  g_assert_true (kn_store_begin (fixture->store, &error));
  g_assert_no_error (error);
  kn_evaluation_set_rating_result (rated, KN_RATING_ABOVE);
  kn_evaluation_set_rating_behaviour (rated, KN_RATING_ABOVE);
  g_assert_true (kn_store_save_evaluation (fixture->store, rated, &error));
  g_assert_no_error (error);
  kn_store_rollback (fixture->store);
  stored = kn_store_load_evaluation (fixture->store, fixture->analis, TW1, &error);
  g_assert_no_error (error);
  g_assert_null (stored);

  /* Committed: the rated one saved and finalised, the unrated one refused finalising. */
  g_clear_object (&rated);
  rated = kn_evaluation_new (fixture->analis, TW1);
  kn_evaluation_set_assessor_id (rated, fixture->kabid);
  kn_evaluation_set_rating_result (rated, KN_RATING_ABOVE);
  kn_evaluation_set_rating_behaviour (rated, KN_RATING_ABOVE);
  g_assert_true (kn_store_begin (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_save_evaluation (fixture->store, rated, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_save_evaluation (fixture->store, unrated, &error));
  g_assert_no_error (error);
  g_assert_false (kn_store_finalize_evaluation (fixture->store, kn_evaluation_get_id (unrated),
                                                &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (kn_store_finalize_evaluation (fixture->store, kn_evaluation_get_id (rated),
                                               &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_commit (fixture->store, &error));
  g_assert_no_error (error);

  stored = kn_store_load_evaluation (fixture->store, fixture->analis, TW1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (stored);
  g_assert_cmpint (stored != NULL ? (int) kn_evaluation_get_status (stored) : -1, ==,
                   KN_EVALUATION_STATUS_FINAL);
  g_clear_object (&stored);
  stored = kn_store_load_evaluation (fixture->store, fixture->kabid, TW1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (stored != NULL ? (int) kn_evaluation_get_status (stored) : -1, ==,
                   KN_EVALUATION_STATUS_DRAFT);

  /* The rated one: its insert, then its finalising; the unrated one: its insert alone. */
  audit = kn_store_list_audit (fixture->store, "evaluation", kn_evaluation_get_id (rated));
  g_assert_cmpuint (count_rows (audit), ==, 2);
  assert_field (audit, "insert", "rating_result", NULL, "di-atas");
  assert_field (audit, "update", "status", "draft", "final");
  g_clear_pointer (&audit, g_ptr_array_unref);
  audit = kn_store_list_audit (fixture->store, "evaluation", kn_evaluation_get_id (unrated));
  g_assert_cmpuint (count_rows (audit), ==, 1);
  g_assert_null (find_field (audit, "status"));
}

/* A new evaluation of @employee_id (whose atasan is the kabid) for TW1, rated as expected. */
static gint64
rated_evaluation (Fixture *fixture,
                  gint64   employee_id)
{
  return kn_test_save_ratings (fixture->store, employee_id, TW1, KN_RATING_AS_EXPECTED,
                               KN_RATING_AS_EXPECTED);
}

static char *
assessor_name_kept (Fixture *fixture,
                    gint64   employee_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) stored = kn_store_load_evaluation (fixture->store, employee_id, TW1,
                                                             &error);

  g_assert_no_error (error);
  g_assert_nonnull (stored);
  return stored != NULL ? g_strdup (kn_evaluation_get_snapshot (stored, KN_SNAPSHOT_ASSESSOR_NAME))
                        : NULL;
}

/* Finalising many evaluations in one transaction reads their assessor once, but what it keeps
 * follows a change to that person made in the same transaction. */
static void
test_finalize_follows_person_change (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEmployee) renamed = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  gint64 staff = kn_test_add_person (fixture->store, "198502142010011003", "Rina Kartika, S.Pd.",
                                     NULL, "Analis Kurikulum", KN_POSITION_PELAKSANA,
                                     fixture->unit, fixture->kabid);
  gint64 other = kn_test_add_person (fixture->store, "198703212011012004", "Dewi Lestari, S.Pd.",
                                     NULL, "Analis Kurikulum", KN_POSITION_PELAKSANA,
                                     fixture->unit, fixture->kabid);
  gint64 ids[3] = { rated_evaluation (fixture, fixture->analis), rated_evaluation (fixture, staff),
                    rated_evaluation (fixture, other) };

  g_assert_true (kn_store_begin (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_finalize_evaluation (fixture->store, ids[0], &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_finalize_evaluation (fixture->store, ids[1], &error));
  g_assert_no_error (error);
  renamed = kn_employee_copy (kn_store_lookup_employee (fixture->store, fixture->kabid));
  kn_employee_set_name (renamed, "Dr. Sri Wahyuni, S.Pd., M.Pd.");
  g_assert_true (kn_store_update_employee (fixture->store, renamed, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_finalize_evaluation (fixture->store, ids[2], &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_commit (fixture->store, &error));
  g_assert_no_error (error);

  first = assessor_name_kept (fixture, fixture->analis);
  second = assessor_name_kept (fixture, staff);
  third = assessor_name_kept (fixture, other);
  g_assert_cmpstr (first, ==, "Sri Wahyuni, S.Pd., M.Pd.");
  g_assert_cmpstr (second, ==, "Sri Wahyuni, S.Pd., M.Pd.");
  g_assert_cmpstr (third, ==, "Dr. Sri Wahyuni, S.Pd., M.Pd.");
}

/* What the stored evaluation of @employee_id for TW1 keeps: its status, row version and the
 * assessor's name in its snapshot. */
static KnEvaluation *
stored_evaluation (Fixture *fixture,
                   gint64   employee_id)
{
  g_autoptr(GError) error = NULL;
  KnEvaluation *stored = kn_store_load_evaluation (fixture->store, employee_id, TW1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (stored);
  return stored;
}

/* A new evaluation saved final is written once (row version 1; saving then finalising writes it
 * twice), final with the snapshot finalising takes, and audited as the two steps audit it: its
 * insert with the period, ratings and note, then its status from draft to final. */
static void
test_save_final_one_write (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (fixture->analis, TW1);
  g_autoptr(KnEvaluation) stored = NULL;
  g_autoptr(GPtrArray) audit = NULL;

  g_assert_true (kn_store_set_org_predikat (fixture->store, fixture->unit, TW1,
                                            KN_ORG_PREDIKAT_BAIK, &error));
  g_assert_no_error (error);
  kn_evaluation_set_assessor_id (evaluation, fixture->kabid);
  kn_evaluation_set_rating_result (evaluation, KN_RATING_ABOVE);
  kn_evaluation_set_rating_behaviour (evaluation, KN_RATING_AS_EXPECTED);
  kn_evaluation_set_note (evaluation, "Perlu pelatihan penulisan laporan.");
  g_assert_true (kn_store_save_final_evaluation (fixture->store, evaluation, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kn_evaluation_get_id (evaluation), >, 0);
  g_assert_cmpint (kn_evaluation_get_row_version (evaluation), ==, 1);

  stored = stored_evaluation (fixture, fixture->analis);
  g_assert_cmpint (kn_evaluation_get_id (stored), ==, kn_evaluation_get_id (evaluation));
  g_assert_cmpint (kn_evaluation_get_status (stored), ==, KN_EVALUATION_STATUS_FINAL);
  g_assert_cmpint (kn_evaluation_get_row_version (stored), ==, 1);
  g_assert_cmpint (kn_evaluation_get_predikat (stored), ==, KN_PREDIKAT_BAIK);
  g_assert_cmpstr (kn_evaluation_get_note (stored), ==, "Perlu pelatihan penulisan laporan.");
  g_assert_cmpstr (kn_evaluation_get_snapshot (stored, KN_SNAPSHOT_NAME), ==, "Budi Rahayu, S.Pd.");
  g_assert_cmpstr (kn_evaluation_get_snapshot (stored, KN_SNAPSHOT_ASSESSOR_NAME), ==,
                   "Sri Wahyuni, S.Pd., M.Pd.");
  g_assert_cmpstr (kn_evaluation_get_snapshot (stored, KN_SNAPSHOT_ORG_PREDIKAT), ==, "baik");
  g_assert_nonnull (kn_evaluation_get_snapshot (stored, KN_SNAPSHOT_FINALISED_AT));

  audit = kn_store_list_audit (fixture->store, "evaluation", kn_evaluation_get_id (evaluation));
  g_assert_cmpuint (count_rows (audit), ==, 2);
  g_assert_cmpuint (audit->len, ==, 5);
  assert_field (audit, "insert", "period", NULL, TW1);
  assert_field (audit, "insert", "rating_result", NULL, "di-atas");
  assert_field (audit, "insert", "rating_behaviour", NULL, "sesuai");
  assert_field (audit, "insert", "note", NULL, "Perlu pelatihan penulisan laporan.");
  assert_field (audit, "update", "status", "draft", "final");

  /* Final now: saving it final again is refused, and nothing more is audited. */
  g_assert_false (kn_store_save_final_evaluation (fixture->store, evaluation, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
  g_clear_pointer (&audit, g_ptr_array_unref);
  audit = kn_store_list_audit (fixture->store, "evaluation", kn_evaluation_get_id (evaluation));
  g_assert_cmpuint (audit->len, ==, 5);
}

/* What finalising refuses, saving final refuses too, and leaves nothing behind: no row, no
 * audit; inside a transaction the others stand at commit. A draft already stored is saved, then
 * finalised. */
static void
test_save_final_refusals (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) unrated = kn_evaluation_new (fixture->analis, TW1);
  g_autoptr(KnEvaluation) draft = kn_evaluation_new (fixture->kabid, TW1);
  g_autoptr(KnEvaluation) stored = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  gint64 staff = kn_test_add_person (fixture->store, "198502142010011003", "Rina Kartika, S.Pd.",
                                     NULL, "Analis Kurikulum", KN_POSITION_PELAKSANA,
                                     fixture->unit, fixture->kabid);
  g_autoptr(KnEvaluation) rated = kn_evaluation_new (staff, TW1);

  /* Without both ratings there is no predikat to finalise: nothing is stored. */
  kn_evaluation_set_rating_result (unrated, KN_RATING_ABOVE);
  g_assert_false (kn_store_save_final_evaluation (fixture->store, unrated, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (kn_store_load_evaluation (fixture->store, fixture->analis, TW1, &error));
  g_assert_no_error (error);
  audit = kn_store_list_audit (fixture->store, NULL, 0);
  for (guint i = 0; i < audit->len; i++)
    g_assert_cmpstr (((KnAuditEntry *) g_ptr_array_index (audit, i))->entity, !=, "evaluation");
  g_clear_pointer (&audit, g_ptr_array_unref);

  /* A draft stored before: saved with its new ratings, then finalised. */
  g_assert_true (kn_store_save_evaluation (fixture->store, draft, &error));
  g_assert_no_error (error);
  g_clear_object (&draft);
  draft = kn_evaluation_new (fixture->kabid, TW1);
  kn_evaluation_set_rating_result (draft, KN_RATING_AS_EXPECTED);
  kn_evaluation_set_rating_behaviour (draft, KN_RATING_AS_EXPECTED);

  /* In one transaction: the refusal leaves the transaction as it was; the others stand. */
  kn_evaluation_set_assessor_id (rated, fixture->kabid);
  kn_evaluation_set_rating_result (rated, KN_RATING_AS_EXPECTED);
  kn_evaluation_set_rating_behaviour (rated, KN_RATING_BELOW);
  g_assert_true (kn_store_begin (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_save_final_evaluation (fixture->store, draft, &error));
  g_assert_no_error (error);
  g_assert_false (kn_store_save_final_evaluation (fixture->store, unrated, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (kn_store_save_final_evaluation (fixture->store, rated, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_commit (fixture->store, &error));
  g_assert_no_error (error);

  g_assert_null (kn_store_load_evaluation (fixture->store, fixture->analis, TW1, &error));
  g_assert_no_error (error);
  stored = stored_evaluation (fixture, fixture->kabid);
  g_assert_cmpint (kn_evaluation_get_status (stored), ==, KN_EVALUATION_STATUS_FINAL);
  g_assert_cmpint (kn_evaluation_get_predikat (stored), ==, KN_PREDIKAT_BAIK);
  g_assert_nonnull (kn_evaluation_get_snapshot (stored, KN_SNAPSHOT_NAME));
  audit = kn_store_list_audit (fixture->store, "evaluation", kn_evaluation_get_id (stored));
  assert_field (audit, "insert", "period", NULL, TW1);
  assert_field (audit, "update", "rating_result", "", "sesuai");
  assert_field (audit, "update", "status", "draft", "final");
  g_clear_pointer (&audit, g_ptr_array_unref);
  g_clear_object (&stored);
  stored = stored_evaluation (fixture, staff);
  g_assert_cmpint (kn_evaluation_get_status (stored), ==, KN_EVALUATION_STATUS_FINAL);
  g_assert_cmpint (kn_evaluation_get_row_version (stored), ==, 1);
  audit = kn_store_list_audit (fixture->store, "evaluation", kn_evaluation_get_id (stored));
  g_assert_cmpuint (count_rows (audit), ==, 2);
  assert_field (audit, "insert", "rating_behaviour", NULL, "di-bawah");
  assert_field (audit, "update", "status", "draft", "final");
}

int
main (int    argc,
      char **argv)
{
  kn_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store-write/evaluation-insert-one-row", test_evaluation_insert_one_row);
  ADD ("/store-write/evaluation-insert-unrated", test_evaluation_insert_unrated);
  ADD ("/store-write/realization-unchanged-no-row", test_realization_unchanged_no_row);
  ADD ("/store-write/realization-audit-text", test_realization_audit_text);
  ADD ("/store-write/realizations-in-bulk", test_realizations_in_bulk);
  ADD ("/store-write/plan-status-checks-complete", test_plan_status_checks_complete);
  ADD ("/store-write/evaluations-in-bulk", test_evaluations_in_bulk);
  ADD ("/store-write/finalize-follows-person-change", test_finalize_follows_person_change);
  ADD ("/store-write/save-final-one-write", test_save_final_one_write);
  ADD ("/store-write/save-final-refusals", test_save_final_refusals);

  return g_test_run ();
}
