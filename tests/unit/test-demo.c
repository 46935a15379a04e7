/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of the demo office: plausible people, valid NIPs, whole supervisor chains, safe files,
 * and a complete, cascaded SKP for everyone. */

#define G_LOG_DOMAIN "test-demo"

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-cascade.h"
#include "kn-demo.h"
#include "kinerja/kn-employee.h"
#include "kinerja/kn-enums.h"
#include "kinerja/kn-nip.h"
#include "kinerja/kn-org-unit.h"
#include "kinerja/kn-rank.h"
#include "kinerja/kn-store-survey.h"
#include "kinerja/kn-store.h"

#include "kn-test-util.h"

#define DINAS           "Dinas Pendidikan dan Kebudayaan"
#define BKD             "Badan Kepegawaian Daerah"
#define MAX_CHAIN_STEPS 8
#define MIN_DISTINCT_RHK 40
#define UNIT_BREAKS_TW4 "Bidang Pembinaan SMA"
#define N_QUARTERS      4
#define N_PERIODS       5
#define AKHIR           4

typedef struct
{
  char    *folder;
  char    *path;
  KnStore *store;
} Fixture;

/* Helpers */

static KnStore *
open_populated_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = kn_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_true (kn_demo_populate (store, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&store);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  populate)
{
  fixture->folder = kn_test_make_folder ("kinerja-test-demo-XXXXXX");
  fixture->path = g_build_filename (fixture->folder, "kinerja.db", NULL);

  if (populate != NULL)
    fixture->store = open_populated_store (fixture->path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  populate)
{
  g_clear_object (&fixture->store);
  kn_test_remove_tree (fixture->folder);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->folder, g_free);
}

static GPtrArray *
list_employees (KnStore *store)
{
  GListModel *model = kn_store_get_employees (store);
  GPtrArray *employees = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (employees, g_list_model_get_item (model, i));

  return employees;
}

static char *
nip_list (KnStore *store)
{
  g_autoptr(GPtrArray) employees = list_employees (store);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);

      g_string_append_printf (text, "%s %s\n", kn_employee_get_nip (employee),
                              kn_employee_get_name (employee));
    }

  return g_string_free (text, FALSE);
}

static gint64
find_unit_id (KnStore    *store,
              const char *name)
{
  KnOrgUnit *unit = kn_store_find_unit (store, name);

  if (unit == NULL)
    g_error ("No unit named “%s”", name);

  return kn_org_unit_get_id (unit);
}

static gint64
opd_of (KnStore *store,
        gint64   unit_id)
{
  for (guint steps = 0; steps < 10; steps++)
    {
      KnOrgUnit *unit = kn_store_lookup_unit (store, unit_id);

      g_assert_nonnull (unit);
      if (kn_org_unit_get_parent_id (unit) == 0)
        return unit_id;
      unit_id = kn_org_unit_get_parent_id (unit);
    }

  g_assert_not_reached ();
}

static guint
rank_order (KnEmployeeStatus  status,
            const char       *code)
{
  const KnRank *rank = kn_rank_lookup (status, code);

  if (rank == NULL)
    g_error ("“%s” is not a rank of %s", code, kn_employee_status_to_string (status));

  return rank->order;
}

static KnNipInfo
parse_nip (KnEmployee *employee)
{
  g_autoptr(GError) error = NULL;
  KnNipInfo info = { 0 };

  if (!kn_nip_parse (kn_employee_get_nip (employee), KN_NIP_FLAGS_NONE, &info, &error))
    g_error ("%s (%s): %s", kn_employee_get_name (employee), kn_employee_get_nip (employee),
             error->message);

  return info;
}

static gboolean
is_pppk (KnEmployee *employee)
{
  return kn_employee_get_status (employee) != KN_EMPLOYEE_STATUS_PNS;
}

static gboolean
is_teacher (KnEmployee *employee)
{
  return g_str_has_prefix (kn_employee_get_position (employee), "Guru ");
}

/* The ranks that fit each jenis jabatan the demo uses, for PNS and for PPPK (NULL: none). */
static const struct
{
  KnPositionKind  kind;
  const char     *pns_lowest;
  const char     *pns_highest;
  const char     *pppk_lowest;
  const char     *pppk_highest;
} fitting_ranks[] = {
  { KN_POSITION_JPT_PRATAMA, "IV/c", "IV/e", NULL, NULL },
  { KN_POSITION_ADMINISTRATOR, "IV/a", "IV/b", NULL, NULL },
  { KN_POSITION_PENGAWAS, "III/c", "III/d", NULL, NULL },
  { KN_POSITION_PELAKSANA, "II/a", "III/b", "I", "VII" },
  { KN_POSITION_AHLI_PERTAMA, "III/a", "III/b", "IX", "IX" },
  { KN_POSITION_AHLI_MUDA, "III/c", "III/d", "X", "X" },
  { KN_POSITION_AHLI_MADYA, "IV/a", "IV/c", "XI", "XI" },
  { KN_POSITION_TERAMPIL, "II/c", "III/b", "VII", "VII" },
  { KN_POSITION_MAHIR, "III/a", "III/b", "VIII", "VIII" },
};

static gboolean
rank_range (KnEmployeeStatus   status,
            KnPositionKind     kind,
            const char       **lowest,
            const char       **highest)
{
  for (guint i = 0; i < G_N_ELEMENTS (fitting_ranks); i++)
    {
      if (fitting_ranks[i].kind != kind)
        continue;

      *lowest = status == KN_EMPLOYEE_STATUS_PNS ? fitting_ranks[i].pns_lowest
                                                 : fitting_ranks[i].pppk_lowest;
      *highest = status == KN_EMPLOYEE_STATUS_PNS ? fitting_ranks[i].pns_highest
                                                  : fitting_ranks[i].pppk_highest;
      return *lowest != NULL;
    }

  return FALSE;
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (*length, >, 0);

  return contents;
}

/* Every employee's SKP of the demo year, by employee id. */
static GHashTable *
load_plans (KnStore *store)
{
  g_autoptr(GPtrArray) employees = list_employees (store);
  GHashTable *plans = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);
      gint64 id = kn_employee_get_id (employee);
      g_autoptr(GError) error = NULL;
      KnPlan *plan = kn_store_load_plan (store, id, KN_DEMO_YEAR, &error);

      g_assert_no_error (error);
      if (plan != NULL)
        g_hash_table_insert (plans, g_memdup2 (&id, sizeof id), plan);
    }

  return plans;
}

static KnPlan *
plan_of (GHashTable *plans,
         gint64      employee_id)
{
  return g_hash_table_lookup (plans, &employee_id);
}

/* The RHK (with their IKI and targets) and status of every SKP, in employee order. */
static char *
plan_list (KnStore *store)
{
  g_autoptr(GPtrArray) employees = list_employees (store);
  g_autoptr(GHashTable) plans = load_plans (store);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);
      KnPlan *plan = plan_of (plans, kn_employee_get_id (employee));
      GListModel *results;

      g_assert_nonnull (plan);
      g_string_append_printf (text, "%s: %s\n", kn_employee_get_name (employee),
                              kn_plan_status_to_string (kn_plan_get_status (plan)));
      results = G_LIST_MODEL (kn_plan_get_results (plan));
      for (guint j = 0; j < g_list_model_get_n_items (results); j++)
        {
          g_autoptr(KnPlanResult) result = g_list_model_get_item (results, j);
          GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));

          g_string_append_printf (text, "  %s ← %s\n", kn_plan_result_get_text (result),
                                  kn_plan_result_get_parent_text (result));
          for (guint k = 0; k < g_list_model_get_n_items (indicators); k++)
            {
              g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, k);
              g_autofree char *target = kn_indicator_dup_target_label (indicator);

              g_string_append_printf (text, "    %s: %s\n", kn_indicator_get_text (indicator),
                                      target);
            }
        }
    }

  return g_string_free (text, FALSE);
}

static gboolean
result_ids_contain (KnPlan *plan,
                    gint64  result_id)
{
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (plan));

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);

      if (kn_plan_result_get_id (result) == result_id)
        return TRUE;
    }

  return FALSE;
}

/* The first word of an RHK names the outcome: "Tersusunnya", "Meningkatnya" … */
static gboolean
is_outcome (const char *text)
{
  g_autofree char *first = g_strndup (text, strcspn (text, " "));

  return g_str_has_suffix (first, "nya") &&
         (g_str_has_prefix (first, "Ter") || g_str_has_prefix (first, "Me"));
}

static const char *const demo_periods[N_PERIODS] = {
  G_STRINGIFY (KN_DEMO_YEAR) "-TW1",
  G_STRINGIFY (KN_DEMO_YEAR) "-TW2",
  G_STRINGIFY (KN_DEMO_YEAR) "-TW3",
  G_STRINGIFY (KN_DEMO_YEAR) "-TW4",
  G_STRINGIFY (KN_DEMO_YEAR) "-AKHIR",
};

static gboolean
is_approved (KnPlan *plan)
{
  return plan != NULL && kn_plan_get_status (plan) == KN_PLAN_STATUS_APPROVED;
}

static KnEvaluation *
load_evaluation (KnStore    *store,
                 KnEmployee *employee,
                 const char *period)
{
  g_autoptr(GError) error = NULL;
  KnEvaluation *evaluation = kn_store_load_evaluation (store, kn_employee_get_id (employee),
                                                       period, &error);

  g_assert_no_error (error);
  return evaluation;
}

/* Every OPD and the units right below it: the units with a capaian kinerja organisasi. */
static GPtrArray *
list_rated_units (KnStore *store)
{
  GListModel *units = kn_store_get_units (store);
  GPtrArray *rated = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (units, i);
      KnOrgUnit *parent = kn_store_lookup_unit (store, kn_org_unit_get_parent_id (unit));

      if (parent == NULL || kn_org_unit_get_parent_id (parent) == 0)
        g_ptr_array_add (rated, g_object_ref (unit));
    }

  return rated;
}

/* Each employee's predikat and status in every period, for comparing two demos. */
static char *
evaluation_list (KnStore *store)
{
  g_autoptr(GPtrArray) employees = list_employees (store);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);

      for (guint p = 0; p < N_PERIODS; p++)
        {
          g_autoptr(KnEvaluation) evaluation = load_evaluation (store, employee, demo_periods[p]);

          if (evaluation == NULL)
            continue;
          g_string_append_printf (text, "%s %s %s %s\n", kn_employee_get_nip (employee),
                                  demo_periods[p],
                                  kn_predikat_to_string (kn_evaluation_get_predikat (evaluation)),
                                  kn_evaluation_status_to_string (kn_evaluation_get_status (evaluation)));
        }
    }

  return g_string_free (text, FALSE);
}

static guint
count_indicators (KnPlan *plan)
{
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (plan));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);

      n += g_list_model_get_n_items (G_LIST_MODEL (kn_plan_result_get_indicators (result)));
    }

  return n;
}

static KnIndicator *
find_indicator (KnPlan *plan,
                gint64  indicator_id)
{
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (plan));

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);
      GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));

      for (guint j = 0; j < g_list_model_get_n_items (indicators); j++)
        {
          g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, j);

          if (kn_indicator_get_id (indicator) == indicator_id)
            return g_steal_pointer (&indicator);
        }
    }

  return NULL;
}

/* Levels (percent, index, score, days, hours, minutes) are measured anew each quarter; every
 * other IKI is counted cumulatively from January. */
static gboolean
is_cumulative (KnIndicator *indicator)
{
  static const char *const levels[] = { "%", "indeks", "nilai", "hari", "jam", "menit" };
  const char *unit = kn_indicator_get_target_unit (indicator);

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      if (g_strcmp0 (unit, levels[i]) == 0)
        return FALSE;
    }

  return TRUE;
}

/* Pengembangan kompetensi: most people have their 20 JP, some are on the way, a few have
 * nothing yet — so the Kompetensi place has something to show in every state. Every activity is
 * dated in the demo year and valid. */
static void
test_trainings (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) employees = list_employees (fixture->store);
  g_autoptr(GHashTable) totals = kn_store_training_totals (fixture->store, KN_DEMO_YEAR);
  double jp = kn_store_get_jp_per_year (fixture->store);
  guint reached = 0, partial = 0, none = 0;

  for (guint i = 0; i < employees->len; i++)
    {
      gint64 id = kn_employee_get_id (employees->pdata[i]);
      double *hours = g_hash_table_lookup (totals, &id);
      g_autoptr(GPtrArray) list = kn_store_list_trainings (fixture->store, id, KN_DEMO_YEAR);
      double sum = 0;

      for (guint j = 0; j < list->len; j++)
        {
          KnTraining *training = list->pdata[j];

          g_assert_true (g_str_has_prefix (training->date, "2026-"));
          g_assert_cmpfloat (training->hours, >, 0);
          g_assert_cmpstr (training->title, !=, "");
          sum += training->hours;
        }
      g_assert_cmpfloat_with_epsilon (sum, hours != NULL ? *hours : 0, 1e-9);
      if (hours == NULL)
        none++;
      else if (*hours >= jp)
        reached++;
      else
        partial++;
    }

  g_test_message ("JP %u reached, %u partial, %u none", reached, partial, none);
  g_assert_cmpuint (reached, >, employees->len / 2);
  g_assert_cmpuint (partial, >, employees->len / 10);
  g_assert_cmpuint (none, >, 0);
  g_assert_cmpuint (none, <, employees->len / 5);
}

/* kn_demo_populate */

static void
test_populate_counts (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) employees = list_employees (fixture->store);
  GListModel *units = kn_store_get_units (fixture->store);
  g_autofree char *instansi = NULL;
  g_autofree char *kota = NULL;
  g_autofree char *demo = NULL;
  gint64 dinas = find_unit_id (fixture->store, DINAS);
  gint64 bkd = find_unit_id (fixture->store, BKD);
  guint n_opd = 0;
  guint n_pns = 0;
  guint n_teachers = 0;
  guint n_in_bkd = 0;

  g_assert_cmpuint (employees->len, >=, 60);
  g_assert_cmpuint (employees->len, <=, 90);

  g_assert_cmpint (kn_org_unit_get_parent_id (kn_store_lookup_unit (fixture->store, dinas)), ==, 0);
  g_assert_cmpint (kn_org_unit_get_parent_id (kn_store_lookup_unit (fixture->store, bkd)), ==, 0);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (units, i);

      if (kn_org_unit_get_parent_id (unit) == 0)
        n_opd++;
    }
  g_assert_cmpuint (n_opd, ==, 2);

  g_assert_true (kn_store_unit_is_within (fixture->store,
                                          find_unit_id (fixture->store,
                                                        "Seksi Kurikulum dan Penilaian SMA"),
                                          find_unit_id (fixture->store, "Bidang Pembinaan SMA")));
  g_assert_true (kn_store_unit_is_within (fixture->store,
                                          find_unit_id (fixture->store,
                                                        "Subbagian Umum dan Kepegawaian"),
                                          dinas));
  g_assert_true (kn_store_unit_is_within (fixture->store,
                                          find_unit_id (fixture->store, "Bidang Kebudayaan"),
                                          dinas));
  g_assert_true (kn_store_unit_is_within (fixture->store,
                                          find_unit_id (fixture->store,
                                                        "SMA Negeri 2 Bandar Lampung"),
                                          dinas));
  g_assert_true (kn_store_unit_is_within (fixture->store,
                                          find_unit_id (fixture->store,
                                                        "SMK Negeri 4 Bandar Lampung"),
                                          dinas));
  g_assert_false (kn_store_unit_is_within (fixture->store,
                                           find_unit_id (fixture->store,
                                                         "Bidang Mutasi dan Promosi"),
                                           dinas));

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);

      n_pns += !is_pppk (employee);
      n_teachers += is_teacher (employee);
      n_in_bkd += kn_store_unit_is_within (fixture->store, kn_employee_get_unit_id (employee),
                                           bkd);
    }
  g_assert_cmpuint (n_in_bkd, >=, 10);
  g_assert_cmpuint (n_in_bkd, <=, 14);

  instansi = kn_store_get_setting (fixture->store, "instansi");
  kota = kn_store_get_setting (fixture->store, "kota");
  demo = kn_store_get_setting (fixture->store, "demo");
  g_assert_cmpstr (instansi, ==, "Pemerintah Provinsi Lampung");
  g_assert_cmpstr (kota, ==, "Bandar Lampung");
  g_assert_cmpstr (demo, ==, "1");

  g_test_message ("%u units, %u employees (%u PNS, %u PPPK), %u teachers, %u in the BKD",
                  g_list_model_get_n_items (units), employees->len, n_pns,
                  employees->len - n_pns, n_teachers, n_in_bkd);
}

static void
test_populate_valid_nips (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) employees = list_employees (fixture->store);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) prefixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);
      const char *name = kn_employee_get_name (employee);
      KnNipInfo info = parse_nip (employee);
      g_autofree char *prefix = NULL;
      guint n_before;

      g_assert_cmpuint (strlen (kn_employee_get_nip (employee)), ==, 18);
      g_assert_false (kn_employee_get_legacy_nip (employee));
      g_assert_true (g_hash_table_add (seen, (gpointer) kn_employee_get_nip (employee)));

      if (is_pppk (employee))
        {
          g_assert_cmpint (info.kind, ==, KN_NIP_KIND_PPPK);
          g_assert_cmpuint (info.tmt_year, >=, 2021);
          g_assert_cmpuint (info.tmt_year, <=, 2025);
          g_assert_true (info.pppk_code == 21 || info.pppk_code == 24);
        }
      else
        {
          g_assert_cmpint (info.kind, ==, KN_NIP_KIND_PNS);
          g_assert_cmpuint (info.tmt_year, <=, 2025);
          g_assert_cmpuint (info.tmt_month, >=, 1);
          g_assert_cmpuint (info.tmt_month, <=, 12);
        }

      /* Entered at a working age: CPNS are recruited at 18 to 35. */
      g_assert_cmpuint (info.tmt_year - info.birth_year, >=, 19);
      if (!is_pppk (employee))
        g_assert_cmpuint (info.tmt_year - info.birth_year, <=, 36);

      /* Serials count up from 001 among NIPs that share the first 15 digits. */
      prefix = g_strndup (info.digits, 15);
      n_before = GPOINTER_TO_UINT (g_hash_table_lookup (prefixes, prefix));
      g_assert_cmpuint (info.serial, ==, n_before + 1);
      g_hash_table_insert (prefixes, g_steal_pointer (&prefix), GUINT_TO_POINTER (n_before + 1));

      /* The gender digit agrees with the Hajj titles in the printed name. */
      if (strstr (name, "Hj. ") != NULL)
        g_assert_cmpint (info.gender, ==, KN_GENDER_FEMALE);
      if (g_str_has_prefix (name, "H. ") || strstr (name, " H. ") != NULL ||
          strstr (name, "Hi. ") != NULL)
        g_assert_cmpint (info.gender, ==, KN_GENDER_MALE);
    }

  g_assert_cmpuint (g_hash_table_size (seen), ==, employees->len);
}

static void
test_populate_ranks (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) employees = list_employees (fixture->store);

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);
      KnEmployeeStatus status = kn_employee_get_status (employee);
      KnPositionKind kind = kn_employee_get_position_kind (employee);
      const char *position = kn_employee_get_position (employee);
      const char *lowest = NULL;
      const char *highest = NULL;
      guint order;

      g_assert_nonnull (kn_rank_lookup (status, kn_employee_get_rank (employee)));
      order = rank_order (status, kn_employee_get_rank (employee));

      if (!rank_range (status, kind, &lowest, &highest))
        g_error ("%s: %s is not a position kind the demo should use for %s",
                 kn_employee_get_name (employee), kn_position_kind_to_string (kind),
                 kn_employee_status_to_string (status));

      if (order < rank_order (status, lowest) || order > rank_order (status, highest))
        g_error ("%s: rank %s does not fit %s (%s–%s)", kn_employee_get_name (employee),
                 kn_employee_get_rank (employee), kn_position_kind_to_string (kind),
                 lowest, highest);

      /* The level in the position's name agrees with its kind; a kepala sekolah is a teacher
       * (Ahli Madya) with an additional task, named after the school. */
      if (g_str_has_prefix (position, "Kepala SMA") || g_str_has_prefix (position, "Kepala SMK"))
        g_assert_cmpint (kind, ==, KN_POSITION_AHLI_MADYA);
      else if (kind == KN_POSITION_AHLI_PERTAMA)
        g_assert_nonnull (strstr (position, "Ahli Pertama"));
      else if (kind == KN_POSITION_AHLI_MUDA)
        g_assert_nonnull (strstr (position, "Ahli Muda"));
      else if (kind == KN_POSITION_AHLI_MADYA)
        g_assert_nonnull (strstr (position, "Ahli Madya"));
      else if (kind == KN_POSITION_TERAMPIL)
        g_assert_nonnull (strstr (position, "Terampil"));
      else if (kind == KN_POSITION_MAHIR)
        g_assert_nonnull (strstr (position, "Mahir"));
      else if (kind == KN_POSITION_PENGAWAS)
        g_assert_true (g_str_has_prefix (position, "Kepala Seksi") ||
                       g_str_has_prefix (position, "Kepala Subbagian"));
      else if (kind == KN_POSITION_ADMINISTRATOR)
        g_assert_true (g_str_has_prefix (position, "Kepala Bidang") ||
                       g_str_has_prefix (position, "Sekretaris"));
      else if (kind == KN_POSITION_JPT_PRATAMA)
        g_assert_true (g_str_has_prefix (position, "Kepala Dinas") ||
                       g_str_has_prefix (position, "Kepala Badan"));
    }
}

static void
test_populate_service (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) employees = list_employees (fixture->store);
  guint penata_muda = rank_order (KN_EMPLOYEE_STATUS_PNS, "III/a");

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);
      KnPositionKind kind = kn_employee_get_position_kind (employee);
      KnNipInfo info = parse_nip (employee);
      guint age = KN_DEMO_YEAR - info.birth_year;

      /* Still in service: 58 for administrasi and pelaksana, 60 for JPT, madya and teachers. */
      if (kind == KN_POSITION_ADMINISTRATOR || kind == KN_POSITION_PENGAWAS ||
          kind == KN_POSITION_PELAKSANA)
        g_assert_cmpuint (age, <, 58);
      else
        g_assert_cmpuint (age, <, 60);

      if (!is_pppk (employee))
        {
          guint order = rank_order (KN_EMPLOYEE_STATUS_PNS, kn_employee_get_rank (employee));
          guint service = KN_DEMO_YEAR - info.tmt_year;

          /* A regular promotion takes four years; nobody skips one. */
          if (order > penata_muda)
            g_assert_cmpuint (service, >=, 4 * (order - penata_muda));
          g_assert_cmpuint (service, <=, 35);
        }
    }
}

static void
test_populate_people (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) employees = list_employees (fixture->store);
  guint n_teachers = 0;
  guint n_pppk_teachers = 0;
  guint n_pppk = 0;
  guint n_paruh_waktu = 0;
  guint n_men = 0;
  guint n_women = 0;
  guint n_keterampilan = 0;
  guint n_pelaksana = 0;
  guint n_pengawas = 0;
  guint n_administrator = 0;

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);
      KnPositionKind kind = kn_employee_get_position_kind (employee);
      KnNipInfo info = parse_nip (employee);

      if (is_teacher (employee))
        {
          g_assert_true (kind == KN_POSITION_AHLI_PERTAMA || kind == KN_POSITION_AHLI_MUDA ||
                         kind == KN_POSITION_AHLI_MADYA);
          n_teachers++;
          n_pppk_teachers += is_pppk (employee);
        }

      n_pppk += kn_employee_get_status (employee) == KN_EMPLOYEE_STATUS_PPPK;
      n_paruh_waktu += kn_employee_get_status (employee) == KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU;
      n_men += info.gender == KN_GENDER_MALE;
      n_women += info.gender == KN_GENDER_FEMALE;
      n_keterampilan += kind == KN_POSITION_TERAMPIL || kind == KN_POSITION_MAHIR;
      n_pelaksana += kind == KN_POSITION_PELAKSANA;
      n_pengawas += kind == KN_POSITION_PENGAWAS;
      n_administrator += kind == KN_POSITION_ADMINISTRATOR;

      /* Names as printed: trimmed, single spaces, titles after a comma and a space. */
      g_assert_null (strstr (kn_employee_get_name (employee), "  "));
      g_assert_null (strstr (kn_employee_get_name (employee), ",S"));
      g_assert_false (g_str_has_suffix (kn_employee_get_name (employee), " "));
    }

  g_assert_cmpuint (n_teachers, >=, 15);
  g_assert_cmpuint (n_pppk_teachers, >=, 3);
  g_assert_cmpuint (n_pppk, >=, 5);
  g_assert_cmpuint (n_paruh_waktu, >=, 1);
  g_assert_cmpuint (n_men, >=, employees->len / 3);
  g_assert_cmpuint (n_women, >=, employees->len / 3);
  g_assert_cmpuint (n_keterampilan, >=, 2);
  g_assert_cmpuint (n_pelaksana, >=, 10);
  g_assert_cmpuint (n_pengawas, >=, 8);
  g_assert_cmpuint (n_administrator, >=, 6);
}

static void
test_populate_supervisors (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) employees = list_employees (fixture->store);
  g_autoptr(GHashTable) heads = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  KnStore *store = fixture->store;

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);
      gint64 opd = opd_of (store, kn_employee_get_unit_id (employee));

      if (kn_employee_get_supervisor_id (employee) != 0)
        continue;

      g_assert_false (g_hash_table_contains (heads, &opd));
      g_assert_cmpint (kn_employee_get_position_kind (employee), ==, KN_POSITION_JPT_PRATAMA);
      g_assert_cmpint (kn_employee_get_unit_id (employee), ==, opd);
      g_hash_table_insert (heads, g_memdup2 (&opd, sizeof opd), employee);
    }

  g_assert_cmpuint (g_hash_table_size (heads), ==, 2);
  g_assert_true (g_hash_table_contains (heads, &(gint64) { find_unit_id (store, DINAS) }));
  g_assert_true (g_hash_table_contains (heads, &(gint64) { find_unit_id (store, BKD) }));

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);
      gint64 opd = opd_of (store, kn_employee_get_unit_id (employee));
      KnEmployee *head = g_hash_table_lookup (heads, &opd);
      KnEmployee *current = employee;
      guint steps = 0;

      g_assert_nonnull (head);
      while (current != head)
        {
          gint64 supervisor_id = kn_employee_get_supervisor_id (current);
          KnEmployee *supervisor = kn_store_lookup_employee (store, supervisor_id);
          gint64 unit_id = kn_employee_get_unit_id (current);
          gint64 supervisor_unit_id;

          g_assert_nonnull (supervisor);
          supervisor_unit_id = kn_employee_get_unit_id (supervisor);
          g_assert_true (kn_store_unit_is_within (store, supervisor_unit_id, opd));
          /* An atasan works in the same unit or in a unit above, except that a school's
           * head reports to the bidang that oversees the school. */
          if (!g_str_has_prefix (kn_employee_get_position (current), "Kepala SM"))
            g_assert_true (kn_store_unit_is_within (store, unit_id, supervisor_unit_id));
          current = supervisor;
          g_assert_cmpuint (++steps, <=, MAX_CHAIN_STEPS);
        }

      if (is_teacher (employee))
        {
          gint64 principal_id = kn_employee_get_supervisor_id (employee);
          KnEmployee *principal = kn_store_lookup_employee (store, principal_id);
          KnEmployee *kabid = kn_store_lookup_employee (store,
                                                        kn_employee_get_supervisor_id (principal));
          KnOrgUnit *school = kn_store_lookup_unit (store, kn_employee_get_unit_id (employee));
          g_autofree char *expected = NULL;

          expected = g_strconcat ("Kepala ", kn_org_unit_get_name (school), NULL);
          g_assert_cmpstr (kn_employee_get_position (principal), ==, expected);
          g_assert_cmpint (kn_employee_get_position_kind (principal), ==, KN_POSITION_AHLI_MADYA);
          g_assert_true (g_str_has_prefix (kn_employee_get_position (kabid),
                                           "Kepala Bidang Pembinaan"));
          g_assert_cmpint (kn_employee_get_position_kind (kabid), ==, KN_POSITION_ADMINISTRATOR);
        }
    }
}

static void
test_populate_deterministic (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("kinerja-test-demo-XXXXXX", &error);
  g_autofree char *first_path = g_build_filename (folder, "first.db", NULL);
  g_autofree char *second_path = g_build_filename (folder, "second.db", NULL);
  g_autoptr(KnStore) first = NULL;
  g_autoptr(KnStore) second = NULL;
  g_autofree char *first_nips = NULL;
  g_autofree char *second_nips = NULL;
  g_autofree char *first_plans = NULL;
  g_autofree char *second_plans = NULL;
  g_autofree char *first_evaluations = NULL;
  g_autofree char *second_evaluations = NULL;

  g_assert_no_error (error);
  g_test_timer_start ();
  first = open_populated_store (first_path);
  g_test_message ("kn_demo_populate took %.3f s", g_test_timer_elapsed ());
  second = open_populated_store (second_path);

  first_nips = nip_list (first);
  second_nips = nip_list (second);
  g_assert_cmpuint (strlen (first_nips), >, 60 * 19);
  g_assert_cmpstr (first_nips, ==, second_nips);

  first_plans = plan_list (first);
  second_plans = plan_list (second);
  g_assert_cmpuint (strlen (first_plans), >, 60 * 200);
  g_assert_cmpstr (first_plans, ==, second_plans);

  first_evaluations = evaluation_list (first);
  second_evaluations = evaluation_list (second);
  g_assert_cmpuint (strlen (first_evaluations), >, 60 * 5 * 30);
  g_assert_cmpstr (first_evaluations, ==, second_evaluations);

  g_clear_object (&first);
  g_clear_object (&second);
  kn_test_remove_tree (folder);
}

static void
test_populate_not_empty (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnOrgUnit) unit = kn_org_unit_new ("Dinas Kesehatan", 0);
  g_autofree char *demo = NULL;
  guint n_employees;
  guint n_units;

  fixture->store = kn_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (kn_store_add_unit (fixture->store, unit, &error));
  g_assert_no_error (error);

  g_assert_false (kn_demo_populate (fixture->store, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_units (fixture->store)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (fixture->store)), ==, 0);
  demo = kn_store_get_setting (fixture->store, "demo");
  g_assert_null (demo);

  /* A second run over the demo itself adds nothing either. */
  g_clear_object (&fixture->store);
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  fixture->store = open_populated_store (fixture->path);
  n_units = g_list_model_get_n_items (kn_store_get_units (fixture->store));
  n_employees = g_list_model_get_n_items (kn_store_get_employees (fixture->store));

  g_assert_false (kn_demo_populate (fixture->store, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_units (fixture->store)), ==, n_units);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (fixture->store)), ==,
                    n_employees);
}

/* The SKP of the demo year */

static void
test_skp_statuses (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) employees = list_employees (fixture->store);
  g_autoptr(GHashTable) plans = load_plans (fixture->store);
  g_autoptr(GPtrArray) summaries = kn_store_list_plan_summaries (fixture->store, KN_DEMO_YEAR);
  guint counts[KN_PLAN_STATUS_N] = { 0, };

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);
      KnPlan *plan = plan_of (plans, kn_employee_get_id (employee));

      if (plan == NULL)
        g_error ("%s has no SKP for %u", kn_employee_get_name (employee), KN_DEMO_YEAR);

      g_assert_cmpint (kn_plan_get_employee_id (plan), ==, kn_employee_get_id (employee));
      g_assert_cmpuint (kn_plan_get_year (plan), ==, KN_DEMO_YEAR);
      g_assert_cmpint (kn_plan_get_approach (plan), ==, KN_PLAN_APPROACH_QUANTITATIVE);
      counts[kn_plan_get_status (plan)]++;

      if (kn_plan_get_status (plan) == KN_PLAN_STATUS_RETURNED)
        {
          g_autofree char *reason = g_strdup (kn_plan_get_status_reason (plan));

          g_assert_nonnull (reason);
          g_assert_cmpstr (g_strstrip (reason), !=, "");
          g_test_message ("Returned: %s (%s)", kn_employee_get_name (employee), reason);
        }
    }

  g_assert_cmpuint (g_hash_table_size (plans), ==, employees->len);
  g_assert_cmpuint (summaries->len, ==, employees->len);
  g_assert_cmpuint (counts[KN_PLAN_STATUS_APPROVED] * 10, >=, employees->len * 9);
  g_assert_cmpuint (counts[KN_PLAN_STATUS_DRAFT], >=, 3);
  g_assert_cmpuint (counts[KN_PLAN_STATUS_DRAFT], <=, 5);
  g_assert_cmpuint (counts[KN_PLAN_STATUS_RETURNED], ==, 1);

  g_test_message ("%u SKP: %u approved, %u submitted, %u draft, %u returned", summaries->len,
                  counts[KN_PLAN_STATUS_APPROVED], counts[KN_PLAN_STATUS_SUBMITTED],
                  counts[KN_PLAN_STATUS_DRAFT], counts[KN_PLAN_STATUS_RETURNED]);
}

static void
assert_cascade_complete (KnStore    *store,
                         const char *unit_name)
{
  KnCascadeCounts counts = { 0, };
  g_autoptr(GListModel) roots = kn_cascade_build (store, find_unit_id (store, unit_name),
                                                  KN_DEMO_YEAR, &counts);

  g_assert_nonnull (roots);
  g_assert_cmpuint (counts.n_employees, >, 0);
  g_assert_cmpuint (counts.n_with_plan, ==, counts.n_employees);
  g_assert_cmpuint (counts.n_without_plan, ==, 0);
  g_assert_cmpuint (counts.n_unlinked, ==, 0);
  /* One tree, from the head of the OPD down. */
  g_assert_cmpuint (g_list_model_get_n_items (roots), ==, 1);

  g_test_message ("%s: %u employees, %u RHK, %u superior RHK that no staff RHK supports",
                  unit_name, counts.n_employees, counts.n_results, counts.n_unsupported);
}

static void
test_skp_cascade (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) employees = list_employees (fixture->store);
  g_autoptr(GHashTable) plans = load_plans (fixture->store);
  g_autoptr(GPtrArray) summaries = kn_store_list_plan_summaries (fixture->store, KN_DEMO_YEAR);
  guint n_jpt = 0;
  guint n_linked = 0;

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);
      KnPlan *plan = plan_of (plans, kn_employee_get_id (employee));
      gint64 supervisor_id = kn_employee_get_supervisor_id (employee);
      KnPlan *assessor_plan = plan_of (plans, supervisor_id);
      GListModel *results;
      gboolean jpt = kn_employee_get_position_kind (employee) == KN_POSITION_JPT_PRATAMA;
      guint n_utama = 0;

      g_assert_nonnull (plan);
      g_assert_cmpint (kn_plan_get_assessor_id (plan), ==, supervisor_id);
      g_assert_cmpint (kn_plan_get_jpt (plan), ==, jpt);
      g_assert_cmpint (jpt, ==, supervisor_id == 0);
      n_jpt += jpt;
      if (!jpt)
        g_assert_nonnull (assessor_plan);

      results = G_LIST_MODEL (kn_plan_get_results (plan));
      for (guint j = 0; j < g_list_model_get_n_items (results); j++)
        {
          g_autoptr(KnPlanResult) result = g_list_model_get_item (results, j);
          GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));
          gint64 parent_id = kn_plan_result_get_parent_id (result);

          if (kn_plan_result_get_kind (result) == KN_RESULT_KIND_UTAMA)
            n_utama++;

          if (jpt)
            g_assert_cmpint (parent_id, ==, 0);
          else if (kn_plan_result_get_kind (result) == KN_RESULT_KIND_UTAMA || parent_id != 0)
            {
              if (parent_id == 0 || !result_ids_contain (assessor_plan, parent_id))
                g_error ("RHK “%s” of %s supports no RHK of their assessor's SKP",
                         kn_plan_result_get_text (result), kn_employee_get_name (employee));
              g_assert_nonnull (kn_plan_result_get_parent_text (result));
              n_linked++;
            }

          g_assert_cmpuint (g_list_model_get_n_items (indicators), >, 0);
          for (guint k = 0; k < g_list_model_get_n_items (indicators); k++)
            {
              g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, k);

              if (jpt)
                {
                  g_assert_cmpint (kn_indicator_get_aspect (indicator), ==, KN_ASPECT_NONE);
                  g_assert_cmpint (kn_indicator_get_perspective (indicator), !=,
                                   KN_PERSPECTIVE_NONE);
                }
              else
                {
                  g_assert_cmpint (kn_indicator_get_aspect (indicator), !=, KN_ASPECT_NONE);
                  g_assert_cmpint (kn_indicator_get_perspective (indicator), ==,
                                   KN_PERSPECTIVE_NONE);
                }
            }
        }

      g_assert_cmpuint (n_utama, >=, 2);
      if (jpt)
        g_assert_cmpuint (n_utama, <=, 4);
    }

  g_assert_cmpuint (n_jpt, ==, 2);
  for (guint i = 0; i < summaries->len; i++)
    {
      KnPlanSummary *summary = g_ptr_array_index (summaries, i);

      g_assert_cmpuint (summary->n_unlinked, ==, 0);
    }

  assert_cascade_complete (fixture->store, DINAS);
  assert_cascade_complete (fixture->store, BKD);
  g_test_message ("%u RHK support an RHK of their assessor", n_linked);
}

static void
test_skp_content (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) employees = list_employees (fixture->store);
  g_autoptr(GHashTable) plans = load_plans (fixture->store);
  g_autoptr(GHashTable) rhk_texts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) iki_texts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GRegex) placeholder = NULL;
  g_autoptr(GError) error = NULL;
  guint n_results = 0;
  guint n_indicators = 0;
  guint n_cost = 0;
  guint n_days = 0;

  placeholder = g_regex_new ("\\b(RHK|IKI|Indikator|Hasil Kerja|Sasaran)\\s*[0-9]+\\b|[{}]|TODO",
                             G_REGEX_CASELESS, 0, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);
      KnPlan *plan = plan_of (plans, kn_employee_get_id (employee));
      GListModel *results = G_LIST_MODEL (kn_plan_get_results (plan));
      gboolean approved = kn_plan_get_status (plan) == KN_PLAN_STATUS_APPROVED;

      for (guint j = 0; j < g_list_model_get_n_items (results); j++)
        {
          g_autoptr(KnPlanResult) result = g_list_model_get_item (results, j);
          GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));
          const char *text = kn_plan_result_get_text (result);

          n_results++;
          g_hash_table_add (rhk_texts, (gpointer) text);
          if (g_regex_match (placeholder, text, 0, NULL))
            g_error ("RHK “%s” of %s looks like a placeholder", text,
                     kn_employee_get_name (employee));
          if (!is_outcome (text))
            g_error ("RHK “%s” of %s is not phrased as an outcome", text,
                     kn_employee_get_name (employee));
          if (is_teacher (employee) && kn_plan_result_get_kind (result) == KN_RESULT_KIND_UTAMA)
            g_assert_nonnull (strstr (text, "pembelajaran"));

          for (guint k = 0; k < g_list_model_get_n_items (indicators); k++)
            {
              g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, k);
              const char *iki = kn_indicator_get_text (indicator);

              n_indicators++;
              g_hash_table_add (iki_texts, (gpointer) iki);
              if (g_regex_match (placeholder, iki, 0, NULL))
                g_error ("IKI “%s” of %s looks like a placeholder", iki,
                         kn_employee_get_name (employee));

              if (approved)
                g_assert_true (kn_indicator_get_has_target_value (indicator));
              if (kn_indicator_get_has_target_value (indicator))
                {
                  g_assert_cmpfloat (kn_indicator_get_target_value (indicator), >, 0);
                  g_assert_nonnull (kn_indicator_get_target_unit (indicator));
                  if (g_str_equal (kn_indicator_get_target_unit (indicator), "%"))
                    g_assert_cmpfloat (kn_indicator_get_target_value (indicator), <=, 100);
                }

              if (kn_indicator_get_direction (indicator) == KN_DIRECTION_LESS_IS_BETTER)
                {
                  n_cost += kn_indicator_get_aspect (indicator) == KN_ASPECT_BIAYA &&
                            g_strcmp0 (kn_indicator_get_target_unit (indicator), "rupiah") == 0;
                  n_days += g_strcmp0 (kn_indicator_get_target_unit (indicator), "hari") == 0;
                }
            }
        }

      for (guint value = 0; value < KN_CORE_VALUE_N; value++)
        {
          const char *expectation = kn_plan_get_expectation (plan, value);

          g_assert_cmpuint (strlen (expectation), >, 20);
          g_assert_false (g_regex_match (placeholder, expectation, 0, NULL));
        }

      for (guint section = 0; section < KN_ATTACHMENT_N; section++)
        {
          const char * const *items = kn_plan_get_attachments (plan, section);

          g_assert_nonnull (items);
          g_assert_nonnull (items[0]);
          for (guint k = 0; items[k] != NULL; k++)
            {
              g_assert_cmpstr (items[k], !=, "");
              g_assert_false (g_regex_match (placeholder, items[k], 0, NULL));
            }
        }
    }

  g_assert_cmpuint (g_hash_table_size (rhk_texts), >=, MIN_DISTINCT_RHK);
  g_assert_cmpuint (g_hash_table_size (iki_texts), >=, 2 * MIN_DISTINCT_RHK);
  g_assert_cmpuint (n_cost, >, 0);
  g_assert_cmpuint (n_days, >, 0);

  g_test_message ("%u RHK (%u different), %u IKI (%u different); %u IKI of cost, %u in days",
                  n_results, g_hash_table_size (rhk_texts), n_indicators,
                  g_hash_table_size (iki_texts), n_cost, n_days);
}

static void
test_skp_templates (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(GStrv) templates = kn_store_list_templates (fixture->store);
  gboolean has_teacher = FALSE;

  g_assert_nonnull (templates);
  g_assert_cmpuint (g_strv_length (templates), >=, 2);

  for (guint i = 0; templates[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KnPlan) template = kn_store_load_template (fixture->store, templates[i], &error);
      GListModel *results;

      g_assert_no_error (error);
      g_assert_nonnull (template);
      results = G_LIST_MODEL (kn_plan_get_results (template));
      g_assert_cmpuint (g_list_model_get_n_items (results), >=, 2);
      for (guint j = 0; j < g_list_model_get_n_items (results); j++)
        {
          g_autoptr(KnPlanResult) result = g_list_model_get_item (results, j);
          GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));

          g_assert_cmpint (kn_plan_result_get_parent_id (result), ==, 0);
          g_assert_cmpuint (g_list_model_get_n_items (indicators), >, 0);
        }

      has_teacher |= g_str_has_prefix (templates[i], "Guru ");
      g_test_message ("Template: %s", templates[i]);
    }

  g_assert_true (has_teacher);
}

/* The demo year's realisation, feedback and evaluations */

static void
test_eval_quarters (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) employees = list_employees (fixture->store);
  g_autoptr(GHashTable) plans = load_plans (fixture->store);
  guint counts[KN_PREDIKAT_N] = { 0, };
  guint n_approved = 0;

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);
      gboolean approved = is_approved (plan_of (plans, kn_employee_get_id (employee)));

      n_approved += approved;
      for (guint p = 0; p < N_PERIODS; p++)
        {
          g_autoptr(KnEvaluation) evaluation = load_evaluation (fixture->store, employee,
                                                                demo_periods[p]);

          /* Without an approved SKP there is nothing to evaluate yet. */
          if (!approved)
            {
              if (evaluation != NULL)
                g_error ("%s has no approved SKP but an evaluation for %s",
                         kn_employee_get_name (employee), demo_periods[p]);
              continue;
            }

          if (evaluation == NULL)
            g_error ("%s has no evaluation for %s", kn_employee_get_name (employee),
                     demo_periods[p]);
          g_assert_cmpint (kn_evaluation_get_predikat (evaluation), !=, KN_PREDIKAT_NONE);
          g_assert_cmpint (kn_evaluation_get_predikat (evaluation), ==,
                           kn_predikat_from_ratings (kn_evaluation_get_rating_result (evaluation),
                                                     kn_evaluation_get_rating_behaviour (evaluation)));
          g_assert_cmpint (kn_evaluation_get_assessor_id (evaluation), ==,
                           kn_employee_get_supervisor_id (employee));

          if (p < N_QUARTERS - 1)
            {
              g_assert_cmpint (kn_evaluation_get_status (evaluation), ==,
                               KN_EVALUATION_STATUS_FINAL);
              counts[kn_evaluation_get_predikat (evaluation)]++;
            }
        }
    }

  g_assert_cmpuint (n_approved * 10, >=, employees->len * 9);
  /* Mostly Baik, some Sangat Baik, a few Butuh Perbaikan. */
  g_assert_cmpuint (counts[KN_PREDIKAT_BAIK], >, counts[KN_PREDIKAT_SANGAT_BAIK]);
  g_assert_cmpuint (counts[KN_PREDIKAT_BAIK] * 2, >, n_approved * 3);
  g_assert_cmpuint (counts[KN_PREDIKAT_SANGAT_BAIK], >, 0);
  g_assert_cmpuint (counts[KN_PREDIKAT_BUTUH_PERBAIKAN], >, 0);
  g_assert_cmpuint (counts[KN_PREDIKAT_BUTUH_PERBAIKAN], <, counts[KN_PREDIKAT_SANGAT_BAIK] * 2);

  g_test_message ("Triwulan I–III, %u employees with an approved SKP: %u Sangat Baik, %u Baik, "
                  "%u Butuh Perbaikan, %u Kurang, %u Sangat Kurang", n_approved,
                  counts[KN_PREDIKAT_SANGAT_BAIK], counts[KN_PREDIKAT_BAIK],
                  counts[KN_PREDIKAT_BUTUH_PERBAIKAN], counts[KN_PREDIKAT_KURANG],
                  counts[KN_PREDIKAT_SANGAT_KURANG]);
}

static void
test_eval_tw4_and_annual (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) employees = list_employees (fixture->store);
  g_autoptr(GHashTable) plans = load_plans (fixture->store);
  guint n_final[N_PERIODS] = { 0, };
  guint n_draft[N_PERIODS] = { 0, };
  guint n_confirmed = 0;
  guint n_annual = 0;

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);
      KnEvaluation *evaluations[N_PERIODS] = { NULL, };
      KnRating results[N_QUARTERS];
      KnRating behaviours[N_QUARTERS];

      if (!is_approved (plan_of (plans, kn_employee_get_id (employee))))
        continue;

      for (guint p = 0; p < N_PERIODS; p++)
        {
          evaluations[p] = load_evaluation (fixture->store, employee, demo_periods[p]);
          g_assert_nonnull (evaluations[p]);
          if (kn_evaluation_get_status (evaluations[p]) == KN_EVALUATION_STATUS_FINAL)
            n_final[p]++;
          else
            n_draft[p]++;
        }

      /* No annual evaluation is final before the employee's Triwulan IV. */
      if (kn_evaluation_get_status (evaluations[AKHIR]) == KN_EVALUATION_STATUS_FINAL)
        g_assert_cmpint (kn_evaluation_get_status (evaluations[N_QUARTERS - 1]), ==,
                         KN_EVALUATION_STATUS_FINAL);

      /* The annual ratings start from the proposal of the four quarters. */
      for (guint q = 0; q < N_QUARTERS; q++)
        {
          results[q] = kn_evaluation_get_rating_result (evaluations[q]);
          behaviours[q] = kn_evaluation_get_rating_behaviour (evaluations[q]);
        }
      n_annual++;
      n_confirmed += kn_evaluation_get_rating_result (evaluations[AKHIR]) ==
                     kn_rating_propose_annual (results, N_QUARTERS) &&
                     kn_evaluation_get_rating_behaviour (evaluations[AKHIR]) ==
                     kn_rating_propose_annual (behaviours, N_QUARTERS);
      g_assert_nonnull (kn_evaluation_get_note (evaluations[AKHIR]));

      for (guint p = 0; p < N_PERIODS; p++)
        g_object_unref (evaluations[p]);
    }

  /* Triwulan IV: about 70 % final; Akhir: about half. */
  g_assert_cmpuint (n_final[N_QUARTERS - 1], >, 0);
  g_assert_cmpuint (n_draft[N_QUARTERS - 1], >, 0);
  g_assert_cmpuint (n_final[N_QUARTERS - 1] * 100, >=, n_annual * 60);
  g_assert_cmpuint (n_final[N_QUARTERS - 1] * 100, <=, n_annual * 80);
  g_assert_cmpuint (n_final[AKHIR], >, 0);
  g_assert_cmpuint (n_draft[AKHIR], >, 0);
  g_assert_cmpuint (n_final[AKHIR] * 100, >=, n_annual * 40);
  g_assert_cmpuint (n_final[AKHIR] * 100, <=, n_annual * 60);
  /* Most assessors confirm the proposal; a few change it. */
  g_assert_cmpuint (n_confirmed * 100, >=, n_annual * 80);
  g_assert_cmpuint (n_confirmed, <, n_annual);

  for (guint p = 0; p < N_PERIODS; p++)
    g_test_message ("%s: %u final, %u draft", demo_periods[p], n_final[p], n_draft[p]);
  g_test_message ("Akhir: %u of %u as proposed from the quarters", n_confirmed, n_annual);
}

static void
test_eval_snapshots (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) employees = list_employees (fixture->store);
  guint n_final = 0;

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);
      KnEmployee *supervisor = kn_store_lookup_employee (fixture->store,
                                                         kn_employee_get_supervisor_id (employee));

      for (guint p = 0; p < N_PERIODS; p++)
        {
          g_autoptr(KnEvaluation) evaluation = load_evaluation (fixture->store, employee,
                                                                demo_periods[p]);

          if (evaluation == NULL)
            continue;
          if (kn_evaluation_get_status (evaluation) != KN_EVALUATION_STATUS_FINAL)
            {
              g_assert_null (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_NAME));
              continue;
            }

          n_final++;
          g_assert_cmpstr (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_NAME), ==,
                           kn_employee_get_name (employee));
          g_assert_cmpstr (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_NIP), ==,
                           kn_employee_get_nip (employee));
          g_assert_cmpstr (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_POSITION), ==,
                           kn_employee_get_position (employee));
          g_assert_nonnull (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_ORG_PREDIKAT));
          g_assert_nonnull (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_FINALISED_AT));
          if (supervisor != NULL)
            g_assert_cmpstr (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_ASSESSOR_NAME),
                             ==, kn_employee_get_name (supervisor));
        }
    }

  g_assert_cmpuint (n_final, >, 200);
  g_test_message ("%u final evaluations, each with its snapshot", n_final);
}

static void
test_eval_realizations (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) employees = list_employees (fixture->store);
  g_autoptr(GHashTable) plans = load_plans (fixture->store);
  g_autoptr(GHashTable) evidence = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        (GDestroyNotify) g_array_unref);
  guint n_realizations = 0;
  guint n_below = 0;
  guint n_less_worse = 0;

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);
      KnPlan *plan = plan_of (plans, kn_employee_get_id (employee));

      for (guint q = 0; q < N_QUARTERS; q++)
        {
          g_autoptr(GPtrArray) realizations = kn_store_list_realizations (fixture->store,
                                                                          kn_plan_get_id (plan),
                                                                          demo_periods[q]);

          if (!is_approved (plan))
            {
              g_assert_cmpuint (realizations->len, ==, 0);
              continue;
            }

          /* One realisation for every IKI, numeric where the target is. */
          g_assert_cmpuint (realizations->len, ==, count_indicators (plan));
          n_realizations += realizations->len;
          for (guint j = 0; j < realizations->len; j++)
            {
              KnRealization *realization = g_ptr_array_index (realizations, j);
              g_autoptr(KnIndicator) indicator = find_indicator (plan, realization->indicator_id);
              gint64 id = realization->indicator_id;
              GArray *series;

              g_assert_nonnull (indicator);
              g_assert_cmpstr (realization->period, ==, demo_periods[q]);
              g_assert_nonnull (realization->evidence);
              g_assert_cmpuint (strlen (realization->evidence), >, 10);
              g_hash_table_add (evidence, g_strdup (realization->evidence));
              g_assert_cmpint (realization->has_value, ==,
                               kn_indicator_get_has_target_value (indicator));
              if (!realization->has_value)
                continue;

              g_assert_cmpfloat (realization->value, >=, 0);
              series = g_hash_table_lookup (values, &id);
              if (series == NULL)
                {
                  series = g_array_new (FALSE, FALSE, sizeof (double));
                  g_hash_table_insert (values, g_memdup2 (&id, sizeof id), series);
                }
              g_array_append_val (series, realization->value);

              if (q == N_QUARTERS - 1)
                {
                  double target = kn_indicator_get_target_value (indicator);

                  if (kn_indicator_get_direction (indicator) == KN_DIRECTION_LESS_IS_BETTER)
                    n_less_worse += !is_cumulative (indicator) && realization->value > target;
                  else
                    n_below += realization->value < target;

                  /* A count reaches about its target by the end of the year. */
                  if (is_cumulative (indicator))
                    {
                      g_assert_cmpfloat (realization->value, >=, 0.6 * target);
                      g_assert_cmpfloat (realization->value, <=, 1.4 * target + 1);
                    }
                }
              if (q > 0 && is_cumulative (indicator))
                g_assert_cmpfloat (realization->value, >=,
                                   g_array_index (series, double, series->len - 2));
            }
        }
    }

  g_assert_cmpuint (g_hash_table_size (values) * N_QUARTERS, ==, n_realizations);
  g_assert_cmpuint (g_hash_table_size (evidence), >=, 40);
  g_assert_cmpuint (n_below, >, 0);
  g_assert_cmpuint (n_below * 3, <, g_hash_table_size (values));
  g_assert_cmpuint (n_less_worse, >, 0);

  g_test_message ("%u realisations of %u IKI, %u kinds of bukti dukung; in Triwulan IV %u "
                  "below target and %u “less is better” worse than target", n_realizations,
                  g_hash_table_size (values), g_hash_table_size (evidence), n_below,
                  n_less_worse);
}

static void
test_eval_feedback (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) employees = list_employees (fixture->store);
  g_autoptr(GHashTable) plans = load_plans (fixture->store);
  guint n_feedback = 0;
  guint n_on_rhk = 0;
  guint n_on_value = 0;

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);
      KnPlan *plan = plan_of (plans, kn_employee_get_id (employee));

      for (guint q = 0; q < N_QUARTERS; q++)
        {
          g_autoptr(GPtrArray) entries = kn_store_list_feedback (fixture->store,
                                                                 kn_plan_get_id (plan),
                                                                 demo_periods[q]);
          g_autoptr(GError) error = NULL;
          KnPeriod period;
          GDate first;
          GDate last;

          if (!is_approved (plan))
            {
              g_assert_cmpuint (entries->len, ==, 0);
              continue;
            }

          g_assert_cmpuint (entries->len, >=, 1);
          g_assert_cmpuint (entries->len, <=, 2);
          g_assert_true (kn_period_parse (demo_periods[q], &period, &error));
          g_assert_no_error (error);
          kn_period_get_dates (&period, &first, &last);

          for (guint j = 0; j < entries->len; j++)
            {
              KnFeedback *feedback = g_ptr_array_index (entries, j);
              g_autoptr(GDateTime) parsed = NULL;
              g_autofree char *stamp = g_strconcat (feedback->date, "T00:00:00Z", NULL);
              GDate date;

              parsed = g_date_time_new_from_iso8601 (stamp, NULL);
              g_assert_nonnull (parsed);
              g_date_clear (&date, 1);
              g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (parsed),
                              (GDateMonth) g_date_time_get_month (parsed),
                              (GDateYear) g_date_time_get_year (parsed));
              g_assert_cmpint (g_date_compare (&date, &first), >=, 0);
              g_assert_cmpint (g_date_compare (&date, &last), <=, 0);
              g_assert_cmpint (g_date_get_weekday (&date), <=, G_DATE_FRIDAY);

              g_assert_nonnull (feedback->text);
              g_assert_cmpuint (strlen (feedback->text), >, 40);
              if (feedback->result_id != 0)
                {
                  g_assert_true (result_ids_contain (plan, feedback->result_id));
                  g_assert_cmpint (feedback->core_value, ==, KN_CORE_VALUE_N);
                  n_on_rhk++;
                }
              else
                {
                  g_assert_cmpint (feedback->core_value, <, KN_CORE_VALUE_N);
                  n_on_value++;
                }
              n_feedback++;
            }
        }
    }

  g_assert_cmpuint (n_on_rhk, >, 0);
  g_assert_cmpuint (n_on_value, >, 0);
  g_test_message ("%u feedback entries: %u on an RHK, %u on a core value", n_feedback,
                  n_on_rhk, n_on_value);
}

static void
test_eval_org_predikat (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) rated = list_rated_units (fixture->store);
  g_autoptr(GPtrArray) employees = list_employees (fixture->store);
  guint counts[KN_ORG_PREDIKAT_N] = { 0, };
  guint n_heads = 0;

  g_assert_cmpuint (rated->len, >=, 10);
  for (guint i = 0; i < rated->len; i++)
    {
      KnOrgUnit *unit = g_ptr_array_index (rated, i);

      for (guint p = 0; p < N_PERIODS; p++)
        {
          KnOrgPredikat org = kn_store_get_org_predikat (fixture->store, kn_org_unit_get_id (unit),
                                                         demo_periods[p]);

          g_assert_cmpint (org, !=, KN_ORG_PREDIKAT_NONE);
          counts[org]++;
        }
    }

  g_assert_cmpuint (counts[KN_ORG_PREDIKAT_BAIK] * 10, >=, rated->len * N_PERIODS * 8);
  g_assert_cmpuint (counts[KN_ORG_PREDIKAT_ISTIMEWA], >, 0);
  g_assert_cmpuint (counts[KN_ORG_PREDIKAT_BUTUH_PERBAIKAN], >, 0);

  /* The head of a rated unit gets the rating hasil kerja its predikat maps to. */
  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);
      KnEmployee *supervisor = kn_store_lookup_employee (fixture->store,
                                                         kn_employee_get_supervisor_id (employee));

      for (guint j = 0; j < rated->len; j++)
        {
          gint64 unit_id = kn_org_unit_get_id (g_ptr_array_index (rated, j));

          if (kn_employee_get_unit_id (employee) != unit_id ||
              (supervisor != NULL &&
               kn_store_unit_is_within (fixture->store, kn_employee_get_unit_id (supervisor),
                                        unit_id)))
            continue;

          n_heads++;
          for (guint p = 0; p < N_PERIODS; p++)
            {
              g_autoptr(KnEvaluation) evaluation = load_evaluation (fixture->store, employee,
                                                                    demo_periods[p]);
              KnOrgPredikat org = kn_store_get_org_predikat (fixture->store, unit_id,
                                                             demo_periods[p]);

              g_assert_nonnull (evaluation);
              g_assert_cmpint (kn_evaluation_get_rating_result (evaluation), ==,
                               kn_store_rating_for_org_predikat (fixture->store, org));
            }
        }
    }
  g_assert_cmpuint (n_heads, ==, rated->len);

  g_test_message ("%u rated units over %u periods: %u Istimewa, %u Baik, %u Butuh Perbaikan",
                  rated->len, N_PERIODS, counts[KN_ORG_PREDIKAT_ISTIMEWA],
                  counts[KN_ORG_PREDIKAT_BAIK], counts[KN_ORG_PREDIKAT_BUTUH_PERBAIKAN]);
}

static void
test_eval_distribution (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) rated = list_rated_units (fixture->store);
  gint64 breaking = find_unit_id (fixture->store, UNIT_BREAKS_TW4);
  gint64 dinas = find_unit_id (fixture->store, DINAS);
  guint counts[KN_PREDIKAT_N];
  g_autoptr(GPtrArray) dinas_tw1 = NULL;
  g_autoptr(GPtrArray) broken = NULL;
  g_autoptr(GPtrArray) evaluations = NULL;
  guint total = 0;

  /* The Dinas as a whole keeps to the pattern in Triwulan I. */
  dinas_tw1 = kn_store_check_distribution (fixture->store, dinas, demo_periods[0], counts);
  g_assert_nonnull (dinas_tw1);
  g_assert_cmpuint (dinas_tw1->len, ==, 0);
  for (guint p = KN_PREDIKAT_NONE + 1; p < KN_PREDIKAT_N; p++)
    total += counts[p];
  g_assert_cmpuint (total, >=, 50);

  /* One bidang, rated Baik, has everyone Baik in its Triwulan IV drafts. */
  g_assert_cmpint (kn_store_get_org_predikat (fixture->store, breaking, demo_periods[3]), ==,
                   KN_ORG_PREDIKAT_BAIK);
  broken = kn_store_check_distribution (fixture->store, breaking, demo_periods[3], counts);
  g_assert_cmpuint (broken->len, >, 0);
  g_assert_cmpuint (counts[KN_PREDIKAT_BUTUH_PERBAIKAN] + counts[KN_PREDIKAT_KURANG], ==, 0);
  g_assert_cmpuint (counts[KN_PREDIKAT_BAIK], >=, 5);
  g_assert_cmpuint (counts[KN_PREDIKAT_BAIK], <=, 8);
  for (guint i = 0; i < broken->len; i++)
    {
      KnDistributionViolation *violation = g_ptr_array_index (broken, i);

      g_test_message ("%s, %s: %s", UNIT_BREAKS_TW4, demo_periods[3], violation->message);
    }

  evaluations = kn_store_list_unit_evaluations (fixture->store, breaking, demo_periods[3], 0);
  for (guint i = 0; i < evaluations->len; i++)
    {
      KnEvaluation *evaluation = g_ptr_array_index (evaluations, i);

      if (kn_evaluation_get_id (evaluation) != 0)
        g_assert_cmpint (kn_evaluation_get_status (evaluation), ==, KN_EVALUATION_STATUS_DRAFT);
    }

  /* Every other rated unit keeps to the pattern in every period. */
  for (guint i = 0; i < rated->len; i++)
    {
      KnOrgUnit *unit = g_ptr_array_index (rated, i);

      for (guint p = 0; p < N_PERIODS; p++)
        {
          g_autoptr(GPtrArray) violations = NULL;

          if (kn_org_unit_get_id (unit) == breaking && p == N_QUARTERS - 1)
            continue;

          violations = kn_store_check_distribution (fixture->store, kn_org_unit_get_id (unit),
                                                    demo_periods[p], counts);
          for (guint j = 0; j < violations->len; j++)
            {
              KnDistributionViolation *violation = g_ptr_array_index (violations, j);

              g_test_message ("%s, %s: %s", kn_org_unit_get_path (unit), demo_periods[p],
                              violation->message);
            }
          g_assert_cmpuint (violations->len, ==, 0);
        }
    }
}

/* kn_demo_create */

/* The demo made at @path by kn_demo_create, asserting that it is made and marked as the demo. */
static KnStore *
create_demo (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = kn_demo_create (path, &error);
  g_autofree char *demo = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (store);
  demo = store != NULL ? kn_store_get_setting (store, "demo") : NULL;
  g_assert_cmpstr (demo, ==, "1");
  return g_steal_pointer (&store);
}

static void
test_create_new (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *parent = g_build_filename (fixture->folder, "data", "kinerja", NULL);
  g_autofree char *path = g_build_filename (parent, "demo.db", NULL);
  g_autoptr(KnStore) store = create_demo (path);

  g_assert_cmpstr (kn_store_get_path (store), ==, path);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (store)), >=, 60);
  g_assert_nonnull (kn_store_find_unit (store, DINAS));

  g_assert_cmpuint (kn_test_file_mode (parent), ==, 0700);
}

static void
assert_refused_untouched (Fixture    *fixture,
                          const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing_before = kn_test_folder_listing (fixture->folder);
  g_autofree char *listing_after = NULL;
  gsize length_before = 0;
  gsize length_after = 0;

  before = read_file (path, &length_before);

  store = kn_demo_create (path, &error);
  g_assert_null (store);
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, path));

  after = read_file (path, &length_after);
  g_assert_cmpmem (before, length_before, after, length_after);

  /* No backup, journal or other file appeared beside it. */
  listing_after = kn_test_folder_listing (fixture->folder);
  g_assert_cmpstr (listing_before, ==, listing_after);
}

static void
test_create_refuses_other_database (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(KnOrgUnit) unit = kn_org_unit_new ("Dinas Kesehatan", 0);

  store = kn_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (kn_store_add_unit (store, unit, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  assert_refused_untouched (fixture, fixture->path);

  store = kn_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kn_store_find_unit (store, "Dinas Kesehatan"));
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_units (store)), ==, 1);
}

static void
test_create_refuses_old_database (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Opening this file itself would migrate it and leave a backup beside it. */
  g_assert_true (kn_store_create_at_version (fixture->path, 1, &error));
  g_assert_no_error (error);

  assert_refused_untouched (fixture, fixture->path);
}

static void
test_create_refuses_other_file (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->folder, "demo.db", NULL);

  g_assert_true (g_file_set_contents (path, "Laporan kinerja triwulan I\n", -1, &error));
  g_assert_no_error (error);

  assert_refused_untouched (fixture, path);
}

static void
test_create_replaces_demo (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(KnOrgUnit) unit = kn_org_unit_new ("Unit Percobaan", 0);
  g_autofree char *path = g_build_filename (fixture->folder, "demo.db", NULL);
  g_autofree char *fresh_nips = NULL;
  g_autofree char *nips = NULL;

  store = kn_demo_create (path, &error);
  g_assert_no_error (error);
  fresh_nips = nip_list (store);
  g_assert_true (kn_store_add_unit (store, unit, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = create_demo (path);
  g_assert_null (kn_store_find_unit (store, "Unit Percobaan"));
  nips = nip_list (store);
  g_assert_cmpstr (nips, ==, fresh_nips);
  g_clear_object (&store);

  kn_test_assert_listing (fixture->folder, "demo.db");
}

/* What a build interrupted during population left beside the target is cleared, not refused. */
static void
test_create_after_interrupted_build (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autofree char *path = g_build_filename (fixture->folder, "demo.db", NULL);
  g_autofree char *partial = g_strconcat (path, ".partial", NULL);
  g_autofree char *journal = g_strconcat (path, ".partial-journal", NULL);

  /* A schema without the demo in it, as a kill during population leaves it. */
  store = kn_store_open (partial, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_true (g_file_set_contents (journal, "half a page", -1, &error));
  g_assert_no_error (error);

  store = create_demo (path);
  g_clear_object (&store);
  kn_test_assert_listing (fixture->folder, "demo.db");
}

/* `kinerja-cli demo` killed while it builds: the next demo is made, not refused. */
static void
test_create_after_killed_cli (Fixture       *fixture,
                              gconstpointer  data)
{
  const char *cli = g_getenv ("KINERJA_CLI");
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *path = g_build_filename (fixture->folder, "demo.db", NULL);
  gint64 deadline;

  if (cli == NULL)
    {
      g_test_skip ("KINERJA_CLI is not set");
      return;
    }

  /* A first demo, then a second build killed once it is writing a database. */
  store = kn_demo_create (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                              &error, cli, "demo", path, NULL);
  g_assert_no_error (error);
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    {
      g_autofree char *now = kn_test_folder_listing (fixture->folder);

      /* A journal beside a database means a write is under way. */
      if (strstr (now, "-wal") != NULL || strstr (now, "-journal") != NULL)
        break;
      g_usleep (500);
    }
  g_subprocess_force_exit (process);
  g_assert_true (g_subprocess_wait (process, NULL, &error));
  g_assert_no_error (error);
  g_test_message ("killed the demo build with %s",
                  g_subprocess_get_if_signaled (process) ? "a signal" : "none: it had finished");

  store = create_demo (path);
  g_clear_object (&store);
  kn_test_assert_listing (fixture->folder, "demo.db");
}

/* A FIFO where the demo should go is refused at once: reading it would block, and renaming over
 * it would replace it. */
static void
test_create_refuses_fifo (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autofree char *path = g_build_filename (fixture->folder, "demo.db", NULL);
  GStatBuf buf;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);

  store = kn_demo_create (path, &error);
  g_assert_null (store);
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_assert_cmpint (g_lstat (path, &buf), ==, 0);
  g_assert_true (S_ISFIFO (buf.st_mode));
}

static void
test_default_path (void)
{
  g_autofree char *path = kn_demo_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "kinerja", "demo.db",
                                                NULL);
  g_autofree char *store_path = kn_store_default_path ();

  g_assert_cmpstr (path, ==, expected);
  g_assert_cmpstr (path, !=, store_path);
}

/* The units that serve the public have a Survei Kepuasan Masyarakat in every quarter, with a
 * realistic IKM and a sample that mostly reaches the minimum; an IKI measured by IKM takes the
 * survey's IKM as its realisation (none was recorded by hand over it), with the survey as its
 * bukti dukung. Bidang Pembinaan SMA has none of its own (the window's tests add theirs). */
static void
test_surveys (Fixture       *fixture,
              gconstpointer  data)
{
  const char *const surveyed[] = { "Dinas Pendidikan dan Kebudayaan", "Bidang Mutasi dan Promosi" };
  g_autoptr(GPtrArray) employees = list_employees (fixture->store);
  g_autoptr(GHashTable) plans = load_plans (fixture->store);
  KnOrgUnit *sma = kn_store_find_unit (fixture->store, "Bidang Pembinaan SMA");
  guint n_reached = 0;
  guint n_short = 0;
  guint n_taken = 0;

  for (guint u = 0; u < G_N_ELEMENTS (surveyed); u++)
    {
      KnOrgUnit *unit = kn_store_find_unit (fixture->store, surveyed[u]);

      g_assert_nonnull (unit);
      for (guint q = 0; q < N_QUARTERS; q++)
        {
          g_autoptr(GPtrArray) surveys = kn_store_list_surveys (fixture->store,
                                                                kn_org_unit_get_id (unit),
                                                                demo_periods[q]);
          g_autoptr(GError) error = NULL;

          g_assert_cmpuint (surveys->len, >, 0);
          for (guint i = 0; i < surveys->len; i++)
            {
              KnSkmSurvey *survey = g_ptr_array_index (surveys, i);
              KnSkmResult result;

              g_assert_true (kn_skm_compute (survey->answers, survey->n_rows, &result, &error));
              g_assert_no_error (error);
              g_assert_cmpint (result.ikm_hundredths, >=, 7000);
              g_assert_cmpint (result.ikm_hundredths, <=, 9200);
              g_assert_cmpuint (survey->population, >, 0);
              if (kn_skm_sample_reached (result.n_respondents, survey->population))
                n_reached++;
              else
                n_short++;
            }
        }
    }
  g_assert_cmpuint (n_reached, >, 4 * n_short);
  g_assert_cmpuint (n_short, >, 0);

  g_assert_nonnull (sma);
  {
    g_autoptr(GPtrArray) none = kn_store_list_surveys (fixture->store, kn_org_unit_get_id (sma),
                                                       NULL);

    g_assert_cmpuint (none->len, ==, 0);
  }

  for (guint i = 0; i < employees->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (employees, i);
      KnPlan *plan = plan_of (plans, kn_employee_get_id (employee));

      if (plan == NULL || !is_approved (plan))
        continue;
      for (guint q = 0; q < N_QUARTERS; q++)
        {
          g_autoptr(GPtrArray) realizations = kn_store_list_realizations (fixture->store,
                                                                          kn_plan_get_id (plan),
                                                                          demo_periods[q]);
          KnSkmResult result;

          if (!kn_store_survey_for_employee (fixture->store, kn_employee_get_id (employee),
                                             demo_periods[q], &result, NULL, NULL))
            continue;
          for (guint j = 0; j < realizations->len; j++)
            {
              KnRealization *realization = g_ptr_array_index (realizations, j);
              g_autoptr(KnIndicator) indicator = find_indicator (plan, realization->indicator_id);

              if (!kn_skm_indicator_measures_ikm (kn_indicator_get_text (indicator),
                                                  kn_indicator_get_target_unit (indicator)))
                continue;
              g_assert_true (realization->has_value);
              g_assert_cmpfloat_with_epsilon (realization->value, result.ikm_hundredths / 100.0,
                                              1e-9);
              g_assert_true (g_str_has_prefix (realization->evidence, "Laporan Hasil SKM"));
              n_taken++;
            }
        }
    }
  /* The Kepala Dinas Pendidikan's and the Kepala Badan Kepegawaian's, each quarter. */
  g_assert_cmpuint (n_taken, >=, 2 * N_QUARTERS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD_POPULATED(name, func) \
  g_test_add (name, Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, func, fixture_tear_down)
#define ADD_EMPTY(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_POPULATED ("/demo/populate/counts", test_populate_counts);
  ADD_POPULATED ("/demo/populate/valid-nips", test_populate_valid_nips);
  ADD_POPULATED ("/demo/populate/ranks", test_populate_ranks);
  ADD_POPULATED ("/demo/populate/service", test_populate_service);
  ADD_POPULATED ("/demo/populate/people", test_populate_people);
  ADD_POPULATED ("/demo/populate/supervisors", test_populate_supervisors);
  g_test_add_func ("/demo/populate/deterministic", test_populate_deterministic);
  ADD_POPULATED ("/demo/skp/statuses", test_skp_statuses);
  ADD_POPULATED ("/demo/skp/cascade", test_skp_cascade);
  ADD_POPULATED ("/demo/skp/content", test_skp_content);
  ADD_POPULATED ("/demo/skp/templates", test_skp_templates);
  ADD_POPULATED ("/demo/eval/quarters", test_eval_quarters);
  ADD_POPULATED ("/demo/eval/tw4-and-annual", test_eval_tw4_and_annual);
  ADD_POPULATED ("/demo/eval/snapshots", test_eval_snapshots);
  ADD_POPULATED ("/demo/eval/realizations", test_eval_realizations);
  ADD_POPULATED ("/demo/eval/feedback", test_eval_feedback);
  ADD_POPULATED ("/demo/eval/org-predikat", test_eval_org_predikat);
  ADD_POPULATED ("/demo/eval/distribution", test_eval_distribution);
  ADD_POPULATED ("/demo/trainings", test_trainings);
  ADD_POPULATED ("/demo/surveys", test_surveys);
  ADD_EMPTY ("/demo/populate/not-empty", test_populate_not_empty);
  ADD_EMPTY ("/demo/create/new", test_create_new);
  ADD_EMPTY ("/demo/create/refuses-other-database", test_create_refuses_other_database);
  ADD_EMPTY ("/demo/create/refuses-old-database", test_create_refuses_old_database);
  ADD_EMPTY ("/demo/create/refuses-other-file", test_create_refuses_other_file);
  ADD_EMPTY ("/demo/create/replaces-demo", test_create_replaces_demo);
  ADD_EMPTY ("/demo/create/after-interrupted-build", test_create_after_interrupted_build);
  ADD_EMPTY ("/demo/create/after-killed-cli", test_create_after_killed_cli);
  ADD_EMPTY ("/demo/create/refuses-fifo", test_create_refuses_fifo);
  g_test_add_func ("/demo/default-path", test_default_path);

#undef ADD_POPULATED
#undef ADD_EMPTY

  return g_test_run ();
}
