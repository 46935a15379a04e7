/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of the Matriks Peran Hasil: the tree of a unit's RHK from the head down to the staff. */

#define G_LOG_DOMAIN "test-cascade"

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-cascade.h"
#include "kinerja/kn-employee.h"
#include "kinerja/kn-enums.h"
#include "kinerja/kn-indicator.h"
#include "kinerja/kn-org-unit.h"
#include "kinerja/kn-plan-result.h"
#include "kinerja/kn-plan.h"
#include "kinerja/kn-store.h"

#include "kn-test-util.h"

#define YEAR 2026

#define R1_TEXT   "Meningkatnya mutu pendidikan menengah"
#define R2_TEXT   "Meningkatnya akuntabilitas kinerja dinas"
#define K1A_TEXT  "Meningkatnya mutu pembelajaran SMA"
#define K2A_TEXT  "Meningkatnya lulusan SMK yang terserap dunia kerja"
#define S11A_TEXT "Tersusunnya kurikulum muatan lokal SMA"
#define S11B_TEXT "Terlaksananya bimbingan teknis guru SMA"

typedef KnTestFixture Fixture;
#define fixture_tear_down kn_test_fixture_tear_down
#define add_person kn_test_fixture_add_person

/* A dinas with two bidang: the head (JPT, no atasan), a kepala bidang over each bidang, two
 * staff under each kepala bidang; and someone in another OPD who must never show. */
typedef struct
{
  gint64 dinas;
  gint64 bidang1;
  gint64 bidang2;
  gint64 bkd;

  gint64 head;
  gint64 kabid1;
  gint64 kabid2;
  gint64 staff11;
  gint64 staff12;
  gint64 staff21;
  gint64 staff22;
  gint64 outsider;

  gint64 r1;
  gint64 r2;
  gint64 k1a;
  gint64 k2a;
  gint64 s11a;
  gint64 s11b;
} Unit;

/* Helpers: the store */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = kn_test_store_new ("kinerja-test-cascade-XXXXXX", &fixture->folder,
                                      &fixture->path);
}

static const char *
person_position (Fixture *fixture,
                 gint64   id)
{
  KnEmployee *employee = kn_store_lookup_employee (fixture->store, id);

  g_assert_nonnull (employee);
  return employee != NULL ? kn_employee_get_position (employee) : "";
}

static KnPlanResult *
add_result (KnPlan       *plan,
            KnResultKind  kind,
            const char   *text,
            gint64        parent_id)
{
  KnPlanResult *result = kn_test_plan_add_result (plan, kind, text, parent_id);
  gboolean jpt = kn_plan_get_jpt (plan);
  KnIndicator *indicator = NULL;

  indicator = kn_test_result_add_indicator (result, jpt ? KN_ASPECT_NONE : KN_ASPECT_KUANTITAS,
                                            "Jumlah dokumen yang tersusun", 4, "dokumen");
  kn_indicator_set_perspective (indicator,
                                jpt ? KN_PERSPECTIVE_PROSES_BISNIS : KN_PERSPECTIVE_NONE);
  return result;
}

/* Saves an SKP of @employee_id with one RHK utama per text, each supporting the superior RHK
 * beside it (0: none); NULL-terminated pairs. */
static KnPlan *
save_plan (Fixture  *fixture,
           gint64    employee_id,
           gint64    assessor_id,
           gboolean  jpt,
           guint     year,
           ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) plan = kn_plan_new (employee_id, year);
  const char *text;
  va_list args;

  kn_plan_set_assessor_id (plan, assessor_id);
  kn_plan_set_jpt (plan, jpt);
  va_start (args, year);
  while ((text = va_arg (args, const char *)) != NULL)
    {
      gint64 parent = va_arg (args, gint64);

      add_result (plan, KN_RESULT_KIND_UTAMA, text, parent);
    }
  va_end (args);

  g_assert_true (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);
  if (error != NULL)
    return NULL;
  return g_steal_pointer (&plan);
}

static void
build_unit (Fixture *fixture,
            Unit    *unit)
{
  g_autoptr(KnPlan) head = NULL;
  g_autoptr(KnPlan) kabid1 = NULL;
  g_autoptr(KnPlan) kabid2 = NULL;
  g_autoptr(KnPlan) staff11 = NULL;
  g_autoptr(KnPlan) staff12_old = NULL;
  g_autoptr(KnPlan) outsider = NULL;

  unit->dinas = kn_test_add_unit (fixture->store, "Dinas Pendidikan dan Kebudayaan", 0);
  unit->bidang1 = kn_test_add_unit (fixture->store, "Bidang Pembinaan SMA", unit->dinas);
  unit->bidang2 = kn_test_add_unit (fixture->store, "Bidang Pembinaan SMK", unit->dinas);
  unit->bkd = kn_test_add_unit (fixture->store, "Badan Kepegawaian Daerah", 0);

  unit->head = add_person (fixture, "Dr. Hj. Siti Aminah, M.Pd.", "Kepala Dinas Pendidikan",
                           KN_POSITION_JPT_PRATAMA, unit->dinas, 0);
  unit->kabid1 = add_person (fixture, "Ahmad Fauzi, S.Pd., M.Pd.", "Kepala Bidang Pembinaan SMA",
                             KN_POSITION_ADMINISTRATOR, unit->bidang1, unit->head);
  unit->kabid2 = add_person (fixture, "Budi Rahayu, S.T.", "Kepala Bidang Pembinaan SMK",
                             KN_POSITION_ADMINISTRATOR, unit->bidang2, unit->head);
  unit->staff11 = add_person (fixture, "Citra Lestari, S.Pd.", "Analis Kurikulum",
                              KN_POSITION_AHLI_PERTAMA, unit->bidang1, unit->kabid1);
  unit->staff12 = add_person (fixture, "Dewi Sartika", "Pengadministrasi Umum",
                              KN_POSITION_PELAKSANA, unit->bidang1, unit->kabid1);
  unit->staff21 = add_person (fixture, "Eko Prasetyo", "Pengelola Data", KN_POSITION_PELAKSANA,
                              unit->bidang2, unit->kabid2);
  unit->staff22 = add_person (fixture, "Fitri Handayani", "Pengadministrasi Umum",
                              KN_POSITION_PELAKSANA, unit->bidang2, unit->kabid2);
  unit->outsider = add_person (fixture, "Gunawan Saputra", "Analis Kepegawaian",
                               KN_POSITION_AHLI_PERTAMA, unit->bkd, 0);

  head = save_plan (fixture, unit->head, 0, TRUE, YEAR, R1_TEXT, (gint64) 0, R2_TEXT, (gint64) 0,
                    NULL);
  if (head == NULL)
    return;
  unit->r1 = kn_test_result_id_at (head, 0);
  unit->r2 = kn_test_result_id_at (head, 1);

  kabid1 = save_plan (fixture, unit->kabid1, unit->head, FALSE, YEAR, K1A_TEXT, unit->r1, NULL);
  kabid2 = save_plan (fixture, unit->kabid2, unit->head, FALSE, YEAR, K2A_TEXT, (gint64) 0, NULL);
  if (kabid1 == NULL || kabid2 == NULL)
    return;
  unit->k1a = kn_test_result_id_at (kabid1, 0);
  unit->k2a = kn_test_result_id_at (kabid2, 0);

  staff11 = save_plan (fixture, unit->staff11, unit->kabid1, FALSE, YEAR, S11A_TEXT, unit->k1a,
                       S11B_TEXT, unit->k1a, NULL);
  if (staff11 == NULL)
    return;
  unit->s11a = kn_test_result_id_at (staff11, 0);
  unit->s11b = kn_test_result_id_at (staff11, 1);

  /* An SKP of last year is no SKP of this year; another OPD's is no SKP of this unit. */
  staff12_old = save_plan (fixture, unit->staff12, unit->kabid1, FALSE, YEAR - 1,
                           "Tertibnya arsip bidang", (gint64) 0, NULL);
  outsider = save_plan (fixture, unit->outsider, 0, FALSE, YEAR, "Tertibnya data kepegawaian",
                        (gint64) 0, NULL);
}

/* Helpers: the tree */

static guint
n_children (KnCascadeNode *node)
{
  return g_list_model_get_n_items (kn_cascade_node_get_children (node));
}

/* Item @i of @model, borrowed (the model holds it); NULL when there is none. */
static KnCascadeNode *
node_at (GListModel *model,
         guint       i)
{
  g_autoptr(KnCascadeNode) node = g_list_model_get_item (model, i);

  g_assert_nonnull (node);
  return node;
}

static KnCascadeNode *
child_at (KnCascadeNode *node,
          guint          i)
{
  return node_at (kn_cascade_node_get_children (node), i);
}

static void
assert_result_node (KnCascadeNode  *node,
                    gint64          result_id,
                    const char     *text,
                    gint64          holder,
                    const char     *holder_name,
                    KnCascadeFlags  flags,
                    guint           children)
{
  g_assert_nonnull (node);
  if (node == NULL)
    return;
  g_assert_cmpint (kn_cascade_node_get_kind (node), ==, KN_CASCADE_NODE_RESULT);
  g_assert_cmpint (kn_cascade_node_get_result_id (node), ==, result_id);
  g_assert_cmpstr (kn_cascade_node_get_title (node), ==, text);
  g_assert_cmpint (kn_cascade_node_get_employee_id (node), ==, holder);
  g_assert_cmpstr (kn_cascade_node_get_subtitle (node), ==, holder_name);
  g_assert_cmphex (kn_cascade_node_get_flags (node), ==, flags);
  g_assert_cmpuint (n_children (node), ==, children);
}

/* The root heading with exactly @flags, or NULL. */
static KnCascadeNode *
find_notice (GListModel     *roots,
             KnCascadeFlags  flags)
{
  for (guint i = 0; i < g_list_model_get_n_items (roots); i++)
    {
      KnCascadeNode *node = node_at (roots, i);

      if (kn_cascade_node_get_kind (node) == KN_CASCADE_NODE_NOTICE &&
          kn_cascade_node_get_flags (node) == flags)
        return node;
    }
  return NULL;
}

static void
assert_counts (const KnCascadeCounts *counts,
               guint                  n_employees,
               guint                  n_with_plan,
               guint                  n_results,
               guint                  n_unlinked,
               guint                  n_unsupported,
               guint                  n_without_plan)
{
  g_assert_cmpuint (counts->n_employees, ==, n_employees);
  g_assert_cmpuint (counts->n_with_plan, ==, n_with_plan);
  g_assert_cmpuint (counts->n_results, ==, n_results);
  g_assert_cmpuint (counts->n_unlinked, ==, n_unlinked);
  g_assert_cmpuint (counts->n_unsupported, ==, n_unsupported);
  g_assert_cmpuint (counts->n_without_plan, ==, n_without_plan);
}

/* The heading of people without an SKP lists exactly @ids, in this order. */
static void
assert_no_plan_heading (Fixture      *fixture,
                        GListModel   *roots,
                        const gint64 *ids,
                        guint         n_ids)
{
  KnCascadeNode *heading = find_notice (roots, KN_CASCADE_FLAG_NO_PLAN);

  g_assert_nonnull (heading);
  if (heading == NULL)
    return;
  g_assert_nonnull (kn_cascade_node_get_title (heading));
  g_assert_cmpuint (n_children (heading), ==, n_ids);
  for (guint i = 0; i < n_children (heading) && i < n_ids; i++)
    {
      KnCascadeNode *person = child_at (heading, i);

      g_assert_cmpint (kn_cascade_node_get_kind (person), ==, KN_CASCADE_NODE_NOTICE);
      g_assert_cmphex (kn_cascade_node_get_flags (person), ==, KN_CASCADE_FLAG_NO_PLAN);
      g_assert_cmpint (kn_cascade_node_get_employee_id (person), ==, ids[i]);
      g_assert_cmpstr (kn_cascade_node_get_title (person), ==, kn_test_person_name (fixture->store, ids[i]));
      g_assert_cmpstr (kn_cascade_node_get_subtitle (person), ==,
                       person_position (fixture, ids[i]));
      g_assert_cmpuint (n_children (person), ==, 0);
    }
}

/* Adds the id of every RHK node below @model to @ids, counting them in @n. */
static void
collect_results (GListModel *model,
                 GHashTable *ids,
                 guint      *n)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      KnCascadeNode *node = node_at (model, i);

      if (kn_cascade_node_get_kind (node) == KN_CASCADE_NODE_RESULT)
        {
          gint64 id = kn_cascade_node_get_result_id (node);

          g_hash_table_add (ids, g_memdup2 (&id, sizeof id));
          (*n)++;
        }
      collect_results (kn_cascade_node_get_children (node), ids, n);
    }
}

/* Tests */

static void
test_build_unit (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GListModel) roots = NULL;
  KnCascadeCounts counts = { 99, 99, 99, 99, 99, 99 };
  KnCascadeNode *root;
  KnCascadeNode *node;
  KnCascadeNode *heading;
  const gint64 *no_plan;
  Unit unit = { 0, };

  build_unit (fixture, &unit);
  STOP_IF_FAILED ();

  roots = kn_cascade_build (fixture->store, unit.dinas, YEAR, &counts);
  g_assert_nonnull (roots);
  STOP_IF_FAILED ();

  assert_counts (&counts, 7, 4, 6, 1, 1, 3);

  /* The head first, then the two headings. */
  g_assert_cmpuint (g_list_model_get_n_items (roots), ==, 3);
  STOP_IF_FAILED ();
  root = node_at (roots, 0);
  g_assert_cmpint (kn_cascade_node_get_kind (root), ==, KN_CASCADE_NODE_EMPLOYEE);
  g_assert_cmpint (kn_cascade_node_get_employee_id (root), ==, unit.head);
  g_assert_cmpstr (kn_cascade_node_get_title (root), ==, kn_test_person_name (fixture->store, unit.head));
  g_assert_cmpstr (kn_cascade_node_get_subtitle (root), ==, "Kepala Dinas Pendidikan");
  g_assert_cmphex (kn_cascade_node_get_flags (root), ==, KN_CASCADE_FLAG_NONE);
  g_assert_cmpuint (n_children (root), ==, 2);
  STOP_IF_FAILED ();

  /* r1 ← the first kepala bidang's RHK ← the two staff RHK. */
  node = child_at (root, 0);
  assert_result_node (node, unit.r1, R1_TEXT, unit.head, kn_test_person_name (fixture->store, unit.head),
                      KN_CASCADE_FLAG_NONE, 1);
  STOP_IF_FAILED ();
  node = child_at (node, 0);
  assert_result_node (node, unit.k1a, K1A_TEXT, unit.kabid1, kn_test_person_name (fixture->store, unit.kabid1),
                      KN_CASCADE_FLAG_NONE, 2);
  STOP_IF_FAILED ();
  assert_result_node (child_at (node, 0), unit.s11a, S11A_TEXT, unit.staff11,
                      kn_test_person_name (fixture->store, unit.staff11), KN_CASCADE_FLAG_NONE, 0);
  assert_result_node (child_at (node, 1), unit.s11b, S11B_TEXT, unit.staff11,
                      kn_test_person_name (fixture->store, unit.staff11), KN_CASCADE_FLAG_NONE, 0);

  /* r2: the kepala bidang have SKPs, yet none of them supports it. */
  assert_result_node (child_at (root, 1), unit.r2, R2_TEXT, unit.head,
                      kn_test_person_name (fixture->store, unit.head), KN_CASCADE_FLAG_UNSUPPORTED, 0);

  /* The second kepala bidang's RHK supports nothing. */
  g_assert_cmpint (kn_cascade_node_get_kind (node_at (roots, 1)), ==, KN_CASCADE_NODE_NOTICE);
  heading = find_notice (roots, KN_CASCADE_FLAG_UNLINKED);
  g_assert_nonnull (heading);
  STOP_IF_FAILED ();
  g_assert_true (heading == node_at (roots, 1));
  g_assert_nonnull (kn_cascade_node_get_title (heading));
  g_assert_cmpuint (n_children (heading), ==, 1);
  STOP_IF_FAILED ();
  assert_result_node (child_at (heading, 0), unit.k2a, K2A_TEXT, unit.kabid2,
                      kn_test_person_name (fixture->store, unit.kabid2), KN_CASCADE_FLAG_UNLINKED, 0);

  /* Who has no SKP this year: the SKP of last year does not count. */
  g_assert_true (find_notice (roots, KN_CASCADE_FLAG_NO_PLAN) == node_at (roots, 2));
  no_plan = (const gint64[]) { unit.staff12, unit.staff21, unit.staff22 };
  assert_no_plan_heading (fixture, roots, no_plan, 3);
}

static void
test_build_sub_unit (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GListModel) roots = NULL;
  KnCascadeCounts counts = { 99, 99, 99, 99, 99, 99 };
  KnCascadeNode *root;
  KnCascadeNode *node;
  const gint64 *no_plan;
  Unit unit = { 0, };

  build_unit (fixture, &unit);
  STOP_IF_FAILED ();

  /* The first bidang: its kepala bidang is the head here, their RHK supported. */
  roots = kn_cascade_build (fixture->store, unit.bidang1, YEAR, &counts);
  g_assert_nonnull (roots);
  STOP_IF_FAILED ();
  assert_counts (&counts, 3, 2, 3, 0, 0, 1);
  g_assert_cmpuint (g_list_model_get_n_items (roots), ==, 2);
  STOP_IF_FAILED ();
  root = node_at (roots, 0);
  g_assert_cmpint (kn_cascade_node_get_kind (root), ==, KN_CASCADE_NODE_EMPLOYEE);
  g_assert_cmpint (kn_cascade_node_get_employee_id (root), ==, unit.kabid1);
  g_assert_cmpuint (n_children (root), ==, 1);
  STOP_IF_FAILED ();
  node = child_at (root, 0);
  assert_result_node (node, unit.k1a, K1A_TEXT, unit.kabid1, kn_test_person_name (fixture->store, unit.kabid1),
                      KN_CASCADE_FLAG_NONE, 2);
  STOP_IF_FAILED ();
  assert_result_node (child_at (node, 0), unit.s11a, S11A_TEXT, unit.staff11,
                      kn_test_person_name (fixture->store, unit.staff11), KN_CASCADE_FLAG_NONE, 0);
  g_assert_null (find_notice (roots, KN_CASCADE_FLAG_UNLINKED));
  no_plan = (const gint64[]) { unit.staff12 };
  assert_no_plan_heading (fixture, roots, no_plan, 1);
  g_clear_object (&roots);

  /* The second bidang: its kepala bidang is the head; their RHK supports nothing above. */
  roots = kn_cascade_build (fixture->store, unit.bidang2, YEAR, &counts);
  g_assert_nonnull (roots);
  STOP_IF_FAILED ();
  assert_counts (&counts, 3, 1, 1, 1, 0, 2);
  g_assert_cmpuint (g_list_model_get_n_items (roots), ==, 3);
  STOP_IF_FAILED ();
  root = node_at (roots, 0);
  g_assert_cmpint (kn_cascade_node_get_kind (root), ==, KN_CASCADE_NODE_EMPLOYEE);
  g_assert_cmpint (kn_cascade_node_get_employee_id (root), ==, unit.kabid2);
  g_assert_cmpuint (n_children (root), ==, 1);
  STOP_IF_FAILED ();
  /* Their staff have no SKP, so nobody failed to support it. */
  assert_result_node (child_at (root, 0), unit.k2a, K2A_TEXT, unit.kabid2,
                      kn_test_person_name (fixture->store, unit.kabid2), KN_CASCADE_FLAG_NONE, 0);
  g_assert_nonnull (find_notice (roots, KN_CASCADE_FLAG_UNLINKED));
  no_plan = (const gint64[]) { unit.staff21, unit.staff22 };
  assert_no_plan_heading (fixture, roots, no_plan, 2);
}

/* The staff RHK that support an unlinked RHK are part of the unit's work too: every RHK of the
 * unit shows once in the tree. */
static void
test_build_every_result_shown (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GListModel) roots = NULL;
  g_autoptr(KnPlan) staff21 = NULL;
  g_autoptr(GHashTable) shown = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  KnCascadeCounts counts = { 99, 99, 99, 99, 99, 99 };
  gint64 expected[8];
  guint n_shown = 0;
  Unit unit = { 0, };

  build_unit (fixture, &unit);
  STOP_IF_FAILED ();
  staff21 = save_plan (fixture, unit.staff21, unit.kabid2, FALSE, YEAR,
                       "Tersedianya data lulusan SMK yang mutakhir", unit.k2a, NULL);
  g_assert_nonnull (staff21);
  STOP_IF_FAILED ();

  roots = kn_cascade_build (fixture->store, unit.dinas, YEAR, &counts);
  g_assert_nonnull (roots);
  STOP_IF_FAILED ();
  assert_counts (&counts, 7, 5, 7, 1, 1, 2);

  collect_results (roots, shown, &n_shown);
  expected[0] = unit.r1;
  expected[1] = unit.r2;
  expected[2] = unit.k1a;
  expected[3] = unit.k2a;
  expected[4] = unit.s11a;
  expected[5] = unit.s11b;
  expected[6] = kn_test_result_id_at (staff21, 0);
  for (guint i = 0; i < 7; i++)
    {
      if (!g_hash_table_contains (shown, &expected[i]))
        g_test_message ("RHK %" G_GINT64_FORMAT " is nowhere in the tree", expected[i]);
      g_assert_true (g_hash_table_contains (shown, &expected[i]));
    }
  g_assert_cmpuint (n_shown, ==, counts.n_results);
}

/* The list of SKPs and the matrix count the RHK that support nothing the same way. */
static void
test_counts_match_summaries (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GListModel) roots = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  g_autoptr(KnPlan) staff11 = NULL;
  g_autoptr(KnPlanResult) extra = kn_plan_result_new ();
  g_autoptr(GError) error = NULL;
  KnCascadeCounts counts = { 0, };
  guint unlinked = 0;
  Unit unit = { 0, };

  build_unit (fixture, &unit);
  STOP_IF_FAILED ();

  /* One more staff RHK, a tambahan, supporting nothing. */
  staff11 = kn_store_load_plan (fixture->store, unit.staff11, YEAR, &error);
  g_assert_no_error (error);
  g_assert_nonnull (staff11);
  STOP_IF_FAILED ();
  kn_plan_result_set_kind (extra, KN_RESULT_KIND_TAMBAHAN);
  kn_plan_result_set_text (extra, "Terlaksananya lomba inovasi pembelajaran");
  g_list_store_append (kn_plan_get_results (staff11), extra);
  g_assert_true (kn_store_save_plan (fixture->store, staff11, &error));
  g_assert_no_error (error);
  STOP_IF_FAILED ();

  roots = kn_cascade_build (fixture->store, unit.dinas, YEAR, &counts);
  summaries = kn_store_list_plan_summaries (fixture->store, YEAR);
  for (guint i = 0; i < summaries->len; i++)
    {
      KnPlanSummary *summary = g_ptr_array_index (summaries, i);
      KnEmployee *employee = kn_store_lookup_employee (fixture->store, summary->employee_id);

      if (employee != NULL && kn_store_unit_is_within (fixture->store,
                                                       kn_employee_get_unit_id (employee),
                                                       unit.dinas))
        unlinked += summary->n_unlinked;
    }

  g_test_message ("the matrix counts %u unlinked RHK, the SKP list %u", counts.n_unlinked,
                  unlinked);
  /* Only main RHK must support a superior RHK: the tambahan one is not counted, by either. */
  g_assert_cmpuint (counts.n_unlinked, ==, 1);
  g_assert_cmpuint (unlinked, ==, counts.n_unlinked);
}

static void
test_build_empty_year (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GListModel) roots = NULL;
  KnCascadeCounts counts = { 99, 99, 99, 99, 99, 99 };
  KnCascadeNode *root;
  Unit unit = { 0, };

  build_unit (fixture, &unit);
  STOP_IF_FAILED ();

  /* Nobody has an SKP for the next year: the head shows, flagged, and so does everyone. */
  roots = kn_cascade_build (fixture->store, unit.dinas, YEAR + 1, &counts);
  g_assert_nonnull (roots);
  STOP_IF_FAILED ();
  assert_counts (&counts, 7, 0, 0, 0, 0, 7);
  g_assert_cmpuint (g_list_model_get_n_items (roots), ==, 2);
  STOP_IF_FAILED ();
  root = node_at (roots, 0);
  g_assert_cmpint (kn_cascade_node_get_kind (root), ==, KN_CASCADE_NODE_EMPLOYEE);
  g_assert_cmpint (kn_cascade_node_get_employee_id (root), ==, unit.head);
  g_assert_cmphex (kn_cascade_node_get_flags (root), ==, KN_CASCADE_FLAG_NO_PLAN);
  g_assert_cmpuint (n_children (root), ==, 0);
  g_assert_null (find_notice (roots, KN_CASCADE_FLAG_UNLINKED));
  g_assert_nonnull (find_notice (roots, KN_CASCADE_FLAG_NO_PLAN));

  /* Counts are optional. */
  g_clear_object (&roots);
  roots = kn_cascade_build (fixture->store, unit.bkd, YEAR, NULL);
  g_assert_nonnull (roots);
  if (roots != NULL)
    g_assert_cmpuint (g_list_model_get_n_items (roots), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  kn_test_init (&argc, &argv);

#define ADD KN_TEST_ADD

  ADD ("/cascade/build/unit", test_build_unit);
  ADD ("/cascade/build/sub-unit", test_build_sub_unit);
  ADD ("/cascade/build/every-result-shown", test_build_every_result_shown);
  ADD ("/cascade/build/empty-year", test_build_empty_year);
  ADD ("/cascade/counts/match-summaries", test_counts_match_summaries);

#undef ADD

  return g_test_run ();
}
