/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of the SKP part of the store: plans, their RHK and IKI, links between RHK, workflow,
 * summaries, copies to the next year and the jabatan templates. */

#define G_LOG_DOMAIN "test-store-plan"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-employee.h"
#include "kinerja/kn-enums.h"
#include "kinerja/kn-indicator.h"
#include "kinerja/kn-org-unit.h"
#include "kinerja/kn-plan-enums.h"
#include "kinerja/kn-plan-result.h"
#include "kinerja/kn-plan.h"
#include "kinerja/kn-store.h"

#include "kn-test-util.h"

#define YEAR 2026

#define DINAS   "Dinas Pendidikan dan Kebudayaan"
#define BIDANG  "Bidang Pembinaan SMA"
#define BKD     "Badan Kepegawaian Daerah"

#define HEAD_R1 "Meningkatnya mutu kurikulum SMA di Provinsi Lampung"
#define HEAD_R2 "Meningkatnya kualitas layanan administrasi pendidikan"

#define RHK_A1  "Tersusunnya dokumen kurikulum SMA yang sesuai standar"
#define RHK_A2  "Meningkatnya kualitas layanan administrasi sekolah"
#define RHK_B1  "Terlaksananya sosialisasi kurikulum kepada guru"
#define QUALITATIVE_TARGET "Sekolah menilai layanan cepat dan tanpa keluhan tertulis"

#define GURU    "Guru Ahli Muda"
#define K1_TEXT "Meningkatnya mutu pembelajaran di sekolah binaan"
#define K2_TEXT "Tertibnya administrasi sekolah binaan"
#define T1_TEXT "Terlaksananya pembelajaran yang bermutu"
#define T2_TEXT "Tersusunnya perangkat ajar"
#define T3_TEXT "Terlaksananya kegiatan ekstrakurikuler"

/* fixture->unit is the Dinas. */
typedef KnTestFixture Fixture;
#define fixture_tear_down kn_test_fixture_tear_down
#define add_person kn_test_fixture_add_person
/* Appends an RHK to @plan; the plan holds it, so the pointer stays good while the plan lives. */
#define add_result kn_test_plan_add_result

/* A Kepala Bidang and two of the staff who report to them. */
typedef struct
{
  gint64 head;
  gint64 staff;
  gint64 peer;
} People;

/* A unit with guru for the template tests: the kepala and a wakil in a sub-unit lead five guru
 * (one in the sub-unit); a clerk of another jabatan works beside them, and a guru of the same
 * jabatan works in another OPD. */
typedef struct
{
  gint64 sub_unit;
  gint64 other_opd;
  gint64 kepala;
  gint64 wakil;
  gint64 guru[5];
  gint64 clerk;
  gint64 outsider;
} School;

/* Helpers: files and the store */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = kn_test_store_new ("kinerja-test-store-plan-XXXXXX", &fixture->folder,
                                      &fixture->path);
  fixture->unit = kn_test_add_unit (fixture->store, DINAS, 0);
}

static void
add_people (Fixture *fixture,
            People  *people)
{
  people->head = add_person (fixture, "Ahmad Fauzi, S.Pd., M.Pd.", "Kepala Bidang Pembinaan SMA",
                             KN_POSITION_ADMINISTRATOR, fixture->unit, 0);
  people->staff = add_person (fixture, "Budi Rahayu, S.Pd.", "Analis Kurikulum",
                              KN_POSITION_AHLI_PERTAMA, fixture->unit, people->head);
  people->peer = add_person (fixture, "Citra Lestari, S.E.", "Pengelola Keuangan",
                             KN_POSITION_PELAKSANA, fixture->unit, people->head);
}

static guint
n_audit (KnStore *store)
{
  g_autoptr(GPtrArray) entries = kn_store_list_audit (store, NULL, 0);

  return entries->len;
}

static guint
n_plans (KnStore *store,
         guint    year)
{
  g_autoptr(GPtrArray) summaries = kn_store_list_plan_summaries (store, year);

  return summaries->len;
}

/* Helpers: building plans */

/* An RHK with one IKI and its target: enough to submit. */
static KnPlanResult *
add_complete_result (KnPlan       *plan,
                     KnResultKind  kind,
                     const char   *text,
                     gint64        parent_id)
{
  KnPlanResult *result = add_result (plan, kind, text, parent_id);

  kn_test_result_add_indicator (result, KN_ASPECT_KUANTITAS, "Jumlah dokumen yang tersusun", 4,
                                "dokumen");
  return result;
}

static guint
n_results (KnPlan *plan)
{
  return g_list_model_get_n_items (G_LIST_MODEL (kn_plan_get_results (plan)));
}

/* The RHK at @i, borrowed from the plan; NULL when there is none. */
static KnPlanResult *
result_at (KnPlan *plan,
           guint   i)
{
  g_autoptr(KnPlanResult) result = g_list_model_get_item (G_LIST_MODEL (kn_plan_get_results (plan)),
                                                          i);

  g_assert_nonnull (result);
  return result;
}

static guint
n_indicators (KnPlanResult *result)
{
  return g_list_model_get_n_items (G_LIST_MODEL (kn_plan_result_get_indicators (result)));
}

static KnIndicator *
indicator_at (KnPlanResult *result,
              guint         i)
{
  g_autoptr(KnIndicator) indicator =
    g_list_model_get_item (G_LIST_MODEL (kn_plan_result_get_indicators (result)), i);

  g_assert_nonnull (indicator);
  return indicator;
}

static gboolean
save_ok (KnStore *store,
         KnPlan  *plan)
{
  g_autoptr(GError) error = NULL;
  gboolean saved = kn_store_save_plan (store, plan, &error);

  g_assert_no_error (error);
  g_assert_true (saved);
  return saved && error == NULL;
}

static KnPlan *
load_by_id (KnStore *store,
            gint64   plan_id)
{
  g_autoptr(GError) error = NULL;
  KnPlan *plan = kn_store_load_plan_by_id (store, plan_id, &error);

  g_assert_no_error (error);
  return plan;
}

static KnPlan *
load_of (KnStore *store,
         gint64   employee_id,
         guint    year)
{
  g_autoptr(GError) error = NULL;
  KnPlan *plan = kn_store_load_plan (store, employee_id, year, &error);

  g_assert_no_error (error);
  return plan;
}

static gboolean
set_status_ok (KnStore      *store,
               gint64        plan_id,
               KnPlanStatus  status,
               const char   *reason)
{
  g_autoptr(GError) error = NULL;
  gboolean changed = kn_store_set_plan_status (store, plan_id, status, reason, &error);

  g_assert_no_error (error);
  g_assert_true (changed);
  return changed && error == NULL;
}

/* A complete plan of two RHK utama, saved. */
static KnPlan *
save_two_result_plan (Fixture    *fixture,
                      gint64      employee_id,
                      gint64      assessor_id,
                      guint       year,
                      const char *text1,
                      gint64      parent1,
                      const char *text2,
                      gint64      parent2)
{
  g_autoptr(KnPlan) plan = kn_plan_new (employee_id, year);

  kn_plan_set_assessor_id (plan, assessor_id);
  add_complete_result (plan, KN_RESULT_KIND_UTAMA, text1, parent1);
  if (text2 != NULL)
    add_complete_result (plan, KN_RESULT_KIND_UTAMA, text2, parent2);
  if (!save_ok (fixture->store, plan))
    return NULL;
  return g_steal_pointer (&plan);
}

static KnPlan *
save_head_plan (Fixture *fixture,
                gint64   head,
                guint    year)
{
  return save_two_result_plan (fixture, head, 0, year, HEAD_R1, 0, HEAD_R2, 0);
}

static const char * const expectations[KN_CORE_VALUE_N] = {
  "Menanggapi permintaan data sekolah paling lambat dua hari kerja",
  "Melaporkan penggunaan anggaran kegiatan tepat waktu",
  "Mengikuti pelatihan penyusunan kurikulum merdeka",
  "Menjaga suasana kerja yang saling menghargai di bidang",
  "Menjaga kerahasiaan soal ujian sekolah",
  "Menyesuaikan dokumen dengan perubahan regulasi kurikulum",
  "Bekerja sama dengan MGMP dalam penyusunan dokumen",
};

static const char * const dukungan[] = {
  "Anggaran kegiatan penyusunan kurikulum dalam DPA 2026", "Ruang rapat dan proyektor",
  "Tenaga ahli kurikulum dari LPMP", NULL,
};
static const char * const skema[] = {
  "Laporan bulanan kepada Kepala Bidang", "Rapat evaluasi triwulanan", NULL,
};
static const char * const konsekuensi[] = {
  "Teguran lisan bila target tidak tercapai", "Tunjangan kinerja sesuai capaian",
  "Penghargaan bagi capaian terbaik", "Pembinaan oleh atasan langsung", NULL,
};

/* The full SKP of the staff member: two RHK utama linked to the head's RHK and one RHK tambahan,
 * IKI of every aspek, numeric targets (12.5 among them), a less-is-better target, one target
 * written as a sentence, every expectation and the three Lampiran lists. Not saved. */
static KnPlan *
new_full_plan (gint64 employee_id,
               gint64 assessor_id,
               guint  year,
               gint64 parent1,
               gint64 parent2)
{
  KnPlan *plan = kn_plan_new (employee_id, year);
  KnPlanResult *result;
  KnIndicator *indicator;

  kn_plan_set_approach (plan, KN_PLAN_APPROACH_QUANTITATIVE);
  kn_plan_set_assessor_id (plan, assessor_id);

  result = add_result (plan, KN_RESULT_KIND_UTAMA, RHK_A1, parent1);
  kn_test_result_add_indicator (result, KN_ASPECT_KUANTITAS,
                                "Jumlah dokumen kurikulum yang tersusun", 12, "dokumen");
  kn_test_result_add_indicator (result, KN_ASPECT_KUALITAS,
                                "Persentase dokumen yang sesuai standar nasional", 100, "%");
  indicator = kn_test_result_add_indicator (result, KN_ASPECT_WAKTU,
                                            "Rata-rata waktu penyelesaian dokumen", 3, "hari");
  kn_indicator_set_direction (indicator, KN_DIRECTION_LESS_IS_BETTER);

  result = add_result (plan, KN_RESULT_KIND_UTAMA, RHK_A2, parent2);
  indicator = kn_test_result_add_indicator (result, KN_ASPECT_BIAYA, "Realisasi anggaran kegiatan",
                                            12.5, "juta rupiah");
  kn_indicator_set_direction (indicator, KN_DIRECTION_LESS_IS_BETTER);
  indicator = kn_test_result_add_indicator (result, KN_ASPECT_KUALITAS,
                                            "Tingkat kepuasan sekolah atas layanan",
                                            KN_TEST_NO_TARGET, NULL);
  kn_indicator_set_target_text (indicator, QUALITATIVE_TARGET);

  result = add_result (plan, KN_RESULT_KIND_TAMBAHAN, RHK_B1, 0);
  kn_test_result_add_indicator (result, KN_ASPECT_KUANTITAS,
                                "Jumlah sekolah yang mengikuti sosialisasi", 25, "sekolah");

  for (guint value = 0; value < KN_CORE_VALUE_N; value++)
    kn_plan_set_expectation (plan, value, expectations[value]);
  kn_plan_set_attachments (plan, KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA, dukungan);
  kn_plan_set_attachments (plan, KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN, skema);
  kn_plan_set_attachments (plan, KN_ATTACHMENT_KONSEKUENSI, konsekuensi);

  return plan;
}

/* The head's plan and the staff member's full plan linked to it, both saved. */
static gboolean
save_full_plans (Fixture  *fixture,
                 People   *people,
                 KnPlan  **head_plan,
                 KnPlan  **plan)
{
  add_people (fixture, people);
  *head_plan = save_head_plan (fixture, people->head, YEAR);
  if (*head_plan == NULL)
    return FALSE;
  *plan = new_full_plan (people->staff, people->head, YEAR, kn_test_result_id_at (*head_plan, 0),
                         kn_test_result_id_at (*head_plan, 1));
  return save_ok (fixture->store, *plan);
}

/* Helpers: checking */

static void
assert_strv_equal (const char * const *actual,
                   const char * const *expected)
{
  g_assert_nonnull (actual);
  if (actual == NULL)
    return;
  g_assert_cmpuint (g_strv_length ((char **) actual), ==, g_strv_length ((char **) expected));
  for (guint i = 0; actual[i] != NULL && expected[i] != NULL; i++)
    g_assert_cmpstr (actual[i], ==, expected[i]);
}

static void
assert_message_mentions (const GError *error,
                         const char   *needle)
{
  g_assert_nonnull (error);
  if (error == NULL)
    return;
  if (strstr (error->message, needle) == NULL)
    g_test_message ("“%s” is not in the message “%s”", needle, error->message);
  g_assert_nonnull (strstr (error->message, needle));
}

static void
dump_audit (KnStore    *store,
            const char *entity,
            gint64      id)
{
  g_autoptr(GPtrArray) entries = kn_store_list_audit (store, entity, id);

  for (guint i = 0; i < entries->len; i++)
    {
      KnAuditEntry *entry = g_ptr_array_index (entries, i);

      g_test_message ("audit %s %" G_GINT64_FORMAT ": %s %s “%s” → “%s”", entry->entity,
                      entry->entity_id, entry->action, entry->field, entry->old_value,
                      entry->new_value);
    }
}

/* The audit rows of @entity @id with @field (any action when @action is NULL). */
static guint
count_audit (KnStore    *store,
             const char *entity,
             gint64      id,
             const char *action,
             const char *field)
{
  g_autoptr(GPtrArray) entries = kn_store_list_audit (store, entity, id);
  guint count = 0;

  for (guint i = 0; i < entries->len; i++)
    {
      KnAuditEntry *entry = g_ptr_array_index (entries, i);

      if ((action == NULL || g_strcmp0 (entry->action, action) == 0) &&
          g_strcmp0 (entry->field, field) == 0)
        count++;
    }
  return count;
}

static void
assert_audit_has (KnStore    *store,
                  const char *entity,
                  gint64      id,
                  const char *action,
                  const char *field,
                  const char *old_value,
                  const char *new_value)
{
  g_autoptr(GPtrArray) entries = kn_store_list_audit (store, entity, id);
  gboolean found = FALSE;

  for (guint i = 0; i < entries->len && !found; i++)
    {
      KnAuditEntry *entry = g_ptr_array_index (entries, i);

      found = g_strcmp0 (entry->entity, entity) == 0 && entry->entity_id == id &&
              g_strcmp0 (entry->action, action) == 0 && g_strcmp0 (entry->field, field) == 0 &&
              g_strcmp0 (entry->old_value, old_value) == 0 &&
              g_strcmp0 (entry->new_value, new_value) == 0;
    }

  if (!found)
    {
      g_test_message ("no audit row %s %" G_GINT64_FORMAT " %s %s “%s” → “%s”; there are:",
                      entity, id, action, field, old_value, new_value);
      dump_audit (store, entity, id);
    }
  g_assert_true (found);
}

/* The stored plan @plan_id equals @expected (or is gone when @expected is NULL). */
static void
assert_stored_plan (KnStore *store,
                    gint64   plan_id,
                    KnPlan  *expected)
{
  g_autoptr(KnPlan) stored = load_by_id (store, plan_id);

  if (expected == NULL)
    {
      g_assert_null (stored);
      return;
    }
  g_assert_nonnull (stored);
  if (stored != NULL)
    g_assert_true (kn_plan_equal (stored, expected));
}

/* Every superior RHK that a plan of @year names is an RHK of a plan of that same year. */
static void
assert_no_dangling_links (KnStore *store,
                          guint    year)
{
  g_autoptr(GPtrArray) summaries = kn_store_list_plan_summaries (store, year);
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < summaries->len; i++)
    {
      KnPlanSummary *summary = g_ptr_array_index (summaries, i);
      KnPlan *plan = load_by_id (store, summary->plan_id);

      g_assert_nonnull (plan);
      if (plan == NULL)
        continue;
      g_assert_cmpuint (kn_plan_get_year (plan), ==, year);
      g_ptr_array_add (plans, plan);
      for (guint j = 0; j < n_results (plan); j++)
        {
          gint64 id = kn_test_result_id_at (plan, j);

          g_hash_table_add (ids, g_memdup2 (&id, sizeof id));
        }
    }

  for (guint i = 0; i < plans->len; i++)
    {
      KnPlan *plan = g_ptr_array_index (plans, i);

      for (guint j = 0; j < n_results (plan); j++)
        {
          gint64 parent = kn_plan_result_get_parent_id (result_at (plan, j));

          if (parent != 0 && !g_hash_table_contains (ids, &parent))
            g_test_message ("RHK %" G_GINT64_FORMAT " of plan %" G_GINT64_FORMAT
                            " names RHK %" G_GINT64_FORMAT ", which is no RHK of %u",
                            kn_test_result_id_at (plan, j), kn_plan_get_id (plan), parent, year);
          g_assert_true (parent == 0 || g_hash_table_contains (ids, &parent));
        }
    }
}

static KnPlanSummary *
find_summary (GPtrArray *summaries,
              gint64     employee_id)
{
  for (guint i = 0; i < summaries->len; i++)
    {
      KnPlanSummary *summary = g_ptr_array_index (summaries, i);

      if (summary->employee_id == employee_id)
        return summary;
    }
  return NULL;
}

/* Tests: saving and loading */

static void
test_save_round_trip (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char * const texts[] = { RHK_A1, RHK_A2, RHK_B1 };
  static const KnResultKind kinds[] = {
    KN_RESULT_KIND_UTAMA, KN_RESULT_KIND_UTAMA, KN_RESULT_KIND_TAMBAHAN,
  };
  g_autoptr(KnPlan) head_plan = NULL;
  g_autoptr(KnPlan) plan = NULL;
  g_autoptr(KnPlan) loaded = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gint64 parents[3];
  KnPlanResult *result;
  KnIndicator *indicator;
  People people;

  add_people (fixture, &people);
  head_plan = save_head_plan (fixture, people.head, YEAR);
  STOP_IF_FAILED ();
  parents[0] = kn_test_result_id_at (head_plan, 0);
  parents[1] = kn_test_result_id_at (head_plan, 1);
  parents[2] = 0;

  plan = new_full_plan (people.staff, people.head, YEAR, parents[0], parents[1]);
  g_assert_cmpint (kn_plan_get_id (plan), ==, 0);
  if (!save_ok (fixture->store, plan))
    return;

  /* The save gives the plan, each RHK and each IKI an id of its own. */
  g_assert_cmpint (kn_plan_get_id (plan), >, 0);
  for (guint i = 0; i < n_results (plan); i++)
    {
      gint64 id = kn_test_result_id_at (plan, i);

      g_assert_cmpint (id, >, 0);
      g_assert_false (g_hash_table_contains (ids, &id));
      g_hash_table_add (ids, g_memdup2 (&id, sizeof id));
    }
  g_hash_table_remove_all (ids);
  for (guint i = 0; i < n_results (plan); i++)
    for (guint j = 0; j < n_indicators (result_at (plan, i)); j++)
      {
        gint64 id = kn_indicator_get_id (indicator_at (result_at (plan, i), j));

        g_assert_cmpint (id, >, 0);
        g_assert_false (g_hash_table_contains (ids, &id));
        g_hash_table_add (ids, g_memdup2 (&id, sizeof id));
      }
  g_assert_cmpuint (g_hash_table_size (ids), ==, 6);
  g_assert_cmpstr (kn_plan_result_get_parent_text (result_at (plan, 0)), ==, HEAD_R1);

  kn_test_store_reopen (&fixture->store, fixture->path);
  loaded = load_of (fixture->store, people.staff, YEAR);
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();

  g_assert_true (kn_plan_equal (loaded, plan));

  g_assert_cmpint (kn_plan_get_id (loaded), ==, kn_plan_get_id (plan));
  g_assert_cmpint (kn_plan_get_employee_id (loaded), ==, people.staff);
  g_assert_cmpuint (kn_plan_get_year (loaded), ==, YEAR);
  g_assert_cmpint (kn_plan_get_approach (loaded), ==, KN_PLAN_APPROACH_QUANTITATIVE);
  g_assert_cmpint (kn_plan_get_assessor_id (loaded), ==, people.head);
  g_assert_cmpint (kn_plan_get_status (loaded), ==, KN_PLAN_STATUS_DRAFT);
  g_assert_null (kn_plan_get_status_reason (loaded));
  g_assert_false (kn_plan_get_jpt (loaded));

  /* RHK in their order, with their superior RHK and its text. */
  g_assert_cmpuint (n_results (loaded), ==, 3);
  STOP_IF_FAILED ();
  for (guint i = 0; i < 3; i++)
    {
      result = result_at (loaded, i);
      g_assert_cmpstr (kn_plan_result_get_text (result), ==, texts[i]);
      g_assert_cmpint (kn_plan_result_get_kind (result), ==, kinds[i]);
      g_assert_cmpint (kn_plan_result_get_parent_id (result), ==, parents[i]);
    }
  g_assert_cmpstr (kn_plan_result_get_parent_text (result_at (loaded, 0)), ==, HEAD_R1);
  g_assert_cmpstr (kn_plan_result_get_parent_text (result_at (loaded, 1)), ==, HEAD_R2);
  g_assert_null (kn_plan_result_get_parent_text (result_at (loaded, 2)));

  /* IKI in their order, with aspek, target, unit and direction. */
  result = result_at (loaded, 0);
  g_assert_cmpuint (n_indicators (result), ==, 3);
  STOP_IF_FAILED ();
  indicator = indicator_at (result, 0);
  g_assert_cmpstr (kn_indicator_get_text (indicator), ==, "Jumlah dokumen kurikulum yang tersusun");
  g_assert_cmpint (kn_indicator_get_aspect (indicator), ==, KN_ASPECT_KUANTITAS);
  g_assert_true (kn_indicator_get_has_target_value (indicator));
  g_assert_cmpfloat (kn_indicator_get_target_value (indicator), ==, 12);
  g_assert_cmpstr (kn_indicator_get_target_unit (indicator), ==, "dokumen");
  g_assert_cmpint (kn_indicator_get_direction (indicator), ==, KN_DIRECTION_MORE_IS_BETTER);
  indicator = indicator_at (result, 1);
  g_assert_cmpint (kn_indicator_get_aspect (indicator), ==, KN_ASPECT_KUALITAS);
  g_assert_cmpfloat (kn_indicator_get_target_value (indicator), ==, 100);
  g_assert_cmpstr (kn_indicator_get_target_unit (indicator), ==, "%");
  indicator = indicator_at (result, 2);
  g_assert_cmpint (kn_indicator_get_aspect (indicator), ==, KN_ASPECT_WAKTU);
  g_assert_cmpfloat (kn_indicator_get_target_value (indicator), ==, 3);
  g_assert_cmpstr (kn_indicator_get_target_unit (indicator), ==, "hari");
  g_assert_cmpint (kn_indicator_get_direction (indicator), ==, KN_DIRECTION_LESS_IS_BETTER);

  result = result_at (loaded, 1);
  g_assert_cmpuint (n_indicators (result), ==, 2);
  STOP_IF_FAILED ();
  indicator = indicator_at (result, 0);
  g_assert_cmpint (kn_indicator_get_aspect (indicator), ==, KN_ASPECT_BIAYA);
  g_assert_cmpfloat (kn_indicator_get_target_value (indicator), ==, 12.5);
  g_assert_cmpstr (kn_indicator_get_target_unit (indicator), ==, "juta rupiah");
  g_assert_cmpint (kn_indicator_get_direction (indicator), ==, KN_DIRECTION_LESS_IS_BETTER);
  indicator = indicator_at (result, 1);
  g_assert_false (kn_indicator_get_has_target_value (indicator));
  g_assert_cmpstr (kn_indicator_get_target_text (indicator), ==, QUALITATIVE_TARGET);
  g_assert_null (kn_indicator_get_target_unit (indicator));

  result = result_at (loaded, 2);
  g_assert_cmpuint (n_indicators (result), ==, 1);

  for (guint value = 0; value < KN_CORE_VALUE_N; value++)
    g_assert_cmpstr (kn_plan_get_expectation (loaded, value), ==, expectations[value]);
  assert_strv_equal (kn_plan_get_attachments (loaded, KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA),
                     dukungan);
  assert_strv_equal (kn_plan_get_attachments (loaded, KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN),
                     skema);
  assert_strv_equal (kn_plan_get_attachments (loaded, KN_ATTACHMENT_KONSEKUENSI), konsekuensi);

  /* Nothing for another year, and no error either. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KnPlan) none = kn_store_load_plan (fixture->store, people.staff, YEAR + 1, &error);

    g_assert_no_error (error);
    g_assert_null (none);
  }
}

static void
test_save_edit (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(KnPlan) head_plan = NULL;
  g_autoptr(KnPlan) saved = NULL;
  g_autoptr(KnPlan) plan = NULL;
  g_autoptr(KnPlan) loaded = NULL;
  g_autoptr(KnPlanResult) last = NULL;
  KnPlanResult *a1;
  KnPlanResult *added;
  KnIndicator *changed;
  KnIndicator *kept;
  gint64 changed_id;
  gint64 kept_id;
  gint64 removed_id;
  gint64 a1_id, a2_id, b1_id;
  People people;

  if (!save_full_plans (fixture, &people, &head_plan, &saved))
    return;

  plan = load_by_id (fixture->store, kn_plan_get_id (saved));
  g_assert_nonnull (plan);
  STOP_IF_FAILED ();
  a1_id = kn_test_result_id_at (plan, 0);
  a2_id = kn_test_result_id_at (plan, 1);
  b1_id = kn_test_result_id_at (plan, 2);

  /* The target of A.1's first IKI goes from 12 to 15 dokumen; its time IKI goes. */
  a1 = result_at (plan, 0);
  changed = indicator_at (a1, 0);
  changed_id = kn_indicator_get_id (changed);
  kn_indicator_set_target_value (changed, 15);
  kept = indicator_at (a1, 1);
  kept_id = kn_indicator_get_id (kept);
  removed_id = kn_indicator_get_id (indicator_at (a1, 2));
  g_list_store_remove (kn_plan_result_get_indicators (a1), 2);

  /* The RHK tambahan moves to the top, and a new RHK utama comes last. */
  last = g_list_model_get_item (G_LIST_MODEL (kn_plan_get_results (plan)), 2);
  g_list_store_remove (kn_plan_get_results (plan), 2);
  g_list_store_insert (kn_plan_get_results (plan), 0, last);
  added = add_result (plan, KN_RESULT_KIND_UTAMA, "Terselenggaranya pendampingan guru sasaran",
                      kn_test_result_id_at (head_plan, 0));
  kn_test_result_add_indicator (added, KN_ASPECT_KUANTITAS, "Jumlah kegiatan pendampingan", 6,
                                "kegiatan");

  kn_plan_set_expectation (plan, KN_CORE_VALUE_AKUNTABEL, "Melaporkan kegiatan setiap pekan");

  if (!save_ok (fixture->store, plan))
    return;
  g_assert_cmpint (kn_plan_result_get_id (added), >, 0);
  g_assert_cmpint (kn_indicator_get_id (indicator_at (added, 0)), >, 0);

  kn_test_store_reopen (&fixture->store, fixture->path);
  loaded = load_by_id (fixture->store, kn_plan_get_id (plan));
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();
  g_assert_true (kn_plan_equal (loaded, plan));

  g_assert_cmpuint (n_results (loaded), ==, 4);
  STOP_IF_FAILED ();
  g_assert_cmpint (kn_test_result_id_at (loaded, 0), ==, b1_id);
  g_assert_cmpint (kn_test_result_id_at (loaded, 1), ==, a1_id);
  g_assert_cmpint (kn_test_result_id_at (loaded, 2), ==, a2_id);
  g_assert_cmpint (kn_test_result_id_at (loaded, 3), ==, kn_plan_result_get_id (added));
  g_assert_cmpuint (n_indicators (result_at (loaded, 1)), ==, 2);
  g_assert_cmpfloat (kn_indicator_get_target_value (indicator_at (result_at (loaded, 1), 0)), ==,
                     15);
  g_assert_cmpstr (kn_plan_get_expectation (loaded, KN_CORE_VALUE_AKUNTABEL), ==,
                   "Melaporkan kegiatan setiap pekan");

  /* The history says what changed, from what to what. */
  assert_audit_has (fixture->store, "indicator", changed_id, "update", "target_value", "12", "15");
  assert_audit_has (fixture->store, "indicator", removed_id, "delete", "text",
                    "Rata-rata waktu penyelesaian dokumen", NULL);
  assert_audit_has (fixture->store, "plan_result", kn_plan_result_get_id (added), "insert", "text",
                    NULL, "Terselenggaranya pendampingan guru sasaran");
  assert_audit_has (fixture->store, "plan", kn_plan_get_id (plan), "update",
                    "expectation:akuntabel", expectations[KN_CORE_VALUE_AKUNTABEL],
                    "Melaporkan kegiatan setiap pekan");
  /* An IKI that did not change has no update rows. */
  g_assert_cmpuint (count_audit (fixture->store, "indicator", kept_id, "update", "target_value"),
                    ==, 0);
  g_assert_cmpuint (count_audit (fixture->store, "indicator", kept_id, "update", "text"), ==, 0);
  assert_no_dangling_links (fixture->store, YEAR);
}

static void
test_save_qualitative (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(KnPlan) head_plan = NULL;
  g_autoptr(KnPlan) plan = NULL;
  g_autoptr(KnPlan) loaded = NULL;
  KnPlanResult *result;
  KnIndicator *indicator;
  People people;

  add_people (fixture, &people);
  head_plan = save_head_plan (fixture, people.head, YEAR);
  STOP_IF_FAILED ();

  plan = kn_plan_new (people.peer, YEAR);
  kn_plan_set_approach (plan, KN_PLAN_APPROACH_QUALITATIVE);
  kn_plan_set_assessor_id (plan, people.head);
  result = add_result (plan, KN_RESULT_KIND_UTAMA, "Tertibnya penatausahaan keuangan bidang",
                       kn_test_result_id_at (head_plan, 1));
  indicator = kn_test_result_add_indicator (result, KN_ASPECT_KUALITAS,
                                            "Kualitas laporan keuangan bidang", KN_TEST_NO_TARGET,
                                            NULL);
  kn_indicator_set_target_text (indicator, "Laporan diterima BPKAD tanpa catatan perbaikan");
  indicator = kn_test_result_add_indicator (result, KN_ASPECT_WAKTU, "Ketepatan waktu laporan",
                                            KN_TEST_NO_TARGET, NULL);
  kn_indicator_set_target_text (indicator, "Laporan diserahkan sebelum tanggal 10 setiap bulan");
  if (!save_ok (fixture->store, plan))
    return;

  kn_test_store_reopen (&fixture->store, fixture->path);
  loaded = load_of (fixture->store, people.peer, YEAR);
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();
  g_assert_true (kn_plan_equal (loaded, plan));
  g_assert_cmpint (kn_plan_get_approach (loaded), ==, KN_PLAN_APPROACH_QUALITATIVE);
  result = result_at (loaded, 0);
  g_assert_cmpuint (n_indicators (result), ==, 2);
  STOP_IF_FAILED ();
  g_assert_false (kn_indicator_get_has_target_value (indicator_at (result, 0)));
  g_assert_cmpstr (kn_indicator_get_target_text (indicator_at (result, 0)), ==,
                   "Laporan diterima BPKAD tanpa catatan perbaikan");
  g_assert_cmpstr (kn_indicator_get_target_text (indicator_at (result, 1)), ==,
                   "Laporan diserahkan sebelum tanggal 10 setiap bulan");

  /* Sentences are targets enough to submit a qualitative SKP. */
  set_status_ok (fixture->store, kn_plan_get_id (plan), KN_PLAN_STATUS_SUBMITTED, NULL);
}

static void
test_save_jpt (Fixture       *fixture,
               gconstpointer  data)
{
  static const KnPerspective perspectives[] = {
    KN_PERSPECTIVE_PENERIMA_LAYANAN, KN_PERSPECTIVE_PROSES_BISNIS,
    KN_PERSPECTIVE_PENGUATAN_INTERNAL, KN_PERSPECTIVE_ANGGARAN,
  };
  g_autoptr(KnPlan) plan = NULL;
  g_autoptr(KnPlan) loaded = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  KnPlanSummary *summary;
  KnPlanResult *result;
  gint64 kadis;

  kadis = add_person (fixture, "Dr. Hj. Siti Aminah, M.Pd.", "Kepala Dinas Pendidikan",
                      KN_POSITION_JPT_PRATAMA, fixture->unit, 0);

  plan = kn_plan_new (kadis, YEAR);
  kn_plan_set_jpt (plan, TRUE);
  result = add_result (plan, KN_RESULT_KIND_UTAMA, "Meningkatnya mutu pendidikan menengah", 0);
  kn_test_result_add_indicator (result, KN_ASPECT_NONE, "Indeks kepuasan masyarakat", 85, "indeks");
  kn_test_result_add_indicator (result, KN_ASPECT_NONE, "Persentase sekolah terakreditasi A", 70,
                                "%");
  result = add_result (plan, KN_RESULT_KIND_UTAMA, "Meningkatnya akuntabilitas kinerja dinas", 0);
  kn_test_result_add_indicator (result, KN_ASPECT_NONE, "Nilai SAKIP dinas", 80, "nilai");
  kn_test_result_add_indicator (result, KN_ASPECT_NONE, "Persentase realisasi anggaran", 95, "%");
  for (guint i = 0; i < 4; i++)
    kn_indicator_set_perspective (indicator_at (result_at (plan, i / 2), i % 2), perspectives[i]);
  if (!save_ok (fixture->store, plan))
    return;

  kn_test_store_reopen (&fixture->store, fixture->path);
  loaded = load_of (fixture->store, kadis, YEAR);
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();
  g_assert_true (kn_plan_equal (loaded, plan));
  g_assert_true (kn_plan_get_jpt (loaded));
  g_assert_cmpint (kn_plan_get_assessor_id (loaded), ==, 0);
  for (guint i = 0; i < 4; i++)
    {
      KnIndicator *indicator = indicator_at (result_at (loaded, i / 2), i % 2);

      g_assert_cmpint (kn_indicator_get_perspective (indicator), ==, perspectives[i]);
      g_assert_cmpint (kn_indicator_get_aspect (indicator), ==, KN_ASPECT_NONE);
    }

  /* A JPT's RHK support nothing, so none of them counts as unlinked. */
  summaries = kn_store_list_plan_summaries (fixture->store, YEAR);
  summary = find_summary (summaries, kadis);
  g_assert_nonnull (summary);
  if (summary != NULL)
    {
      g_assert_cmpuint (summary->n_results, ==, 2);
      g_assert_cmpuint (summary->n_indicators, ==, 4);
      g_assert_cmpuint (summary->n_unlinked, ==, 0);
    }
}

static void
test_save_jpt_with_parent (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) sekda_plan = NULL;
  g_autoptr(KnPlan) plan = NULL;
  gint64 sekda;
  gint64 kadis;
  guint audit_before;

  sekda = add_person (fixture, "Ir. Fahrizal Darminto, M.A.", "Sekretaris Daerah",
                      KN_POSITION_JPT_MADYA, fixture->unit, 0);
  kadis = add_person (fixture, "Dr. Hj. Siti Aminah, M.Pd.", "Kepala Dinas Pendidikan",
                      KN_POSITION_JPT_PRATAMA, fixture->unit, sekda);
  sekda_plan = save_two_result_plan (fixture, sekda, 0, YEAR,
                                     "Meningkatnya kualitas sumber daya manusia", 0, NULL, 0);
  STOP_IF_FAILED ();

  plan = kn_plan_new (kadis, YEAR);
  kn_plan_set_jpt (plan, TRUE);
  kn_plan_set_assessor_id (plan, sekda);
  add_complete_result (plan, KN_RESULT_KIND_UTAMA, "Meningkatnya mutu pendidikan menengah",
                       kn_test_result_id_at (sekda_plan, 0));
  kn_indicator_set_aspect (indicator_at (result_at (plan, 0), 0), KN_ASPECT_NONE);
  kn_indicator_set_perspective (indicator_at (result_at (plan, 0), 0),
                                KN_PERSPECTIVE_PENERIMA_LAYANAN);

  audit_before = n_audit (fixture->store);
  g_assert_false (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_assert_cmpint (kn_plan_get_id (plan), ==, 0);
  g_assert_cmpuint (n_audit (fixture->store), ==, audit_before);
  g_assert_cmpuint (n_plans (fixture->store, YEAR), ==, 1);
  g_clear_error (&error);

  /* The same plan in the ordinary form may name the superior RHK. */
  kn_plan_set_jpt (plan, FALSE);
  save_ok (fixture->store, plan);
}

/* Tests: bad input is refused and nothing of it is saved */

typedef struct
{
  People  people;
  KnPlan *head_plan;
  KnPlan *saved;     /* as stored */
  KnPlan *edited;    /* a copy to spoil, with one good change already made */
  guint   audit_before;
  guint   plans_before;
} Refusal;

static void
refusal_clear (Refusal *refusal)
{
  g_clear_object (&refusal->head_plan);
  g_clear_object (&refusal->saved);
  g_clear_object (&refusal->edited);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Refusal, refusal_clear)

static gboolean
refusal_set_up (Fixture *fixture,
                Refusal *refusal)
{
  if (!save_full_plans (fixture, &refusal->people, &refusal->head_plan, &refusal->saved))
    return FALSE;

  refusal->edited = load_by_id (fixture->store, kn_plan_get_id (refusal->saved));
  g_assert_nonnull (refusal->edited);
  if (refusal->edited == NULL)
    return FALSE;
  /* A good change beside the bad one: it must not land either. */
  kn_indicator_set_target_value (indicator_at (result_at (refusal->edited, 0), 0), 99);
  kn_plan_set_expectation (refusal->edited, KN_CORE_VALUE_LOYAL, "Menjaga nama baik dinas");

  refusal->audit_before = n_audit (fixture->store);
  refusal->plans_before = n_plans (fixture->store, YEAR);
  return TRUE;
}

/* Saving @plan fails with @code, and the store is as it was. */
static void
assert_refused (Fixture    *fixture,
                Refusal    *refusal,
                KnPlan     *plan,
                int         code,
                const char *mention)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_error (error, KN_STORE_ERROR, code);
  if (error != NULL)
    g_test_message ("refused: %s", error->message);
  if (mention != NULL)
    assert_message_mentions (error, mention);

  g_assert_cmpuint (n_audit (fixture->store), ==, refusal->audit_before);
  g_assert_cmpuint (n_plans (fixture->store, YEAR), ==, refusal->plans_before);
  assert_stored_plan (fixture->store, kn_plan_get_id (refusal->saved), refusal->saved);

  /* Also after opening the file again. */
  kn_test_store_reopen (&fixture->store, fixture->path);
  assert_stored_plan (fixture->store, kn_plan_get_id (refusal->saved), refusal->saved);
}

static void
test_invalid_empty_result_text (Fixture       *fixture,
                                gconstpointer  data)
{
  g_auto(Refusal) refusal = { 0, };

  if (!refusal_set_up (fixture, &refusal))
    return;
  kn_plan_result_set_text (result_at (refusal.edited, 1), "");
  assert_refused (fixture, &refusal, refusal.edited, KN_STORE_ERROR_INVALID, NULL);

  /* Only spaces is empty too. */
  kn_plan_result_set_text (result_at (refusal.edited, 1), "   ");
  assert_refused (fixture, &refusal, refusal.edited, KN_STORE_ERROR_INVALID, NULL);
}

static void
test_invalid_blank_indicator_text (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_auto(Refusal) refusal = { 0, };

  if (!refusal_set_up (fixture, &refusal))
    return;
  kn_indicator_set_text (indicator_at (result_at (refusal.edited, 2), 0), " \t\n ");
  assert_refused (fixture, &refusal, refusal.edited, KN_STORE_ERROR_INVALID, NULL);
}

static void
test_invalid_negative_target (Fixture       *fixture,
                              gconstpointer  data)
{
  g_auto(Refusal) refusal = { 0, };

  if (!refusal_set_up (fixture, &refusal))
    return;
  kn_indicator_set_target_value (indicator_at (result_at (refusal.edited, 2), 0), -1);
  assert_refused (fixture, &refusal, refusal.edited, KN_STORE_ERROR_INVALID, NULL);

  /* And in a new plan, nothing of it is stored. */
  {
    g_autoptr(KnPlan) plan = kn_plan_new (refusal.people.peer, YEAR);

    kn_plan_set_assessor_id (plan, refusal.people.head);
    add_complete_result (plan, KN_RESULT_KIND_UTAMA, "Tertibnya penatausahaan keuangan", 0);
    kn_indicator_set_target_value (indicator_at (result_at (plan, 0), 0), -0.5);
    assert_refused (fixture, &refusal, plan, KN_STORE_ERROR_INVALID, NULL);
    g_assert_cmpint (kn_plan_get_id (plan), ==, 0);
    g_assert_cmpint (kn_test_result_id_at (plan, 0), ==, 0);
    g_assert_null (load_of (fixture->store, refusal.people.peer, YEAR));
  }
}

static void
test_invalid_nan_target (Fixture       *fixture,
                         gconstpointer  data)
{
  g_auto(Refusal) refusal = { 0, };
  g_autoptr(KnPlan) loaded = NULL;
  KnIndicator *indicator;

  if (!refusal_set_up (fixture, &refusal))
    return;

  /* The IKI itself refuses a target that is not a number, so none can reach the store. */
  indicator = indicator_at (result_at (refusal.edited, 2), 0);
  g_test_expect_message ("kn-indicator", G_LOG_LEVEL_CRITICAL, "*isfinite*");
  kn_indicator_set_target_value (indicator, NAN);
  g_test_assert_expected_messages ();
  g_test_expect_message ("kn-indicator", G_LOG_LEVEL_CRITICAL, "*isfinite*");
  kn_indicator_set_target_value (indicator, INFINITY);
  g_test_assert_expected_messages ();
  g_assert_true (kn_indicator_get_has_target_value (indicator));
  g_assert_cmpfloat (kn_indicator_get_target_value (indicator), ==, 25);

  if (!save_ok (fixture->store, refusal.edited))
    return;
  loaded = load_by_id (fixture->store, kn_plan_get_id (refusal.edited));
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();
  indicator = indicator_at (result_at (loaded, 2), 0);
  g_assert_true (isfinite (kn_indicator_get_target_value (indicator)));
  g_assert_cmpfloat (kn_indicator_get_target_value (indicator), ==, 25);
}

static void
test_invalid_parent_other_year (Fixture       *fixture,
                                gconstpointer  data)
{
  g_auto(Refusal) refusal = { 0, };
  g_autoptr(KnPlan) last_year = NULL;

  if (!refusal_set_up (fixture, &refusal))
    return;
  last_year = save_head_plan (fixture, refusal.people.head, YEAR - 1);
  STOP_IF_FAILED ();
  refusal.audit_before = n_audit (fixture->store);

  kn_plan_result_set_parent_id (result_at (refusal.edited, 0), kn_test_result_id_at (last_year, 0));
  assert_refused (fixture, &refusal, refusal.edited, KN_STORE_ERROR_INVALID, "2025");
  kn_plan_result_set_parent_id (result_at (refusal.edited, 0), kn_test_result_id_at (last_year, 0));
  assert_refused (fixture, &refusal, refusal.edited, KN_STORE_ERROR_INVALID, "2026");
}

static void
test_invalid_parent_not_assessor (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_auto(Refusal) refusal = { 0, };
  g_autoptr(KnPlan) peer_plan = NULL;

  if (!refusal_set_up (fixture, &refusal))
    return;
  peer_plan = save_two_result_plan (fixture, refusal.people.peer, refusal.people.head, YEAR,
                                    "Tertibnya penatausahaan keuangan bidang",
                                    kn_test_result_id_at (refusal.head_plan, 1), NULL, 0);
  STOP_IF_FAILED ();
  refusal.audit_before = n_audit (fixture->store);
  refusal.plans_before = n_plans (fixture->store, YEAR);

  /* The peer is not the assessor of the staff member's SKP. */
  kn_plan_result_set_parent_id (result_at (refusal.edited, 0), kn_test_result_id_at (peer_plan, 0));
  assert_refused (fixture, &refusal, refusal.edited, KN_STORE_ERROR_INVALID,
                  kn_test_person_name (fixture->store, refusal.people.peer));

  /* Nor is an RHK of one's own plan a superior RHK. */
  kn_plan_result_set_parent_id (result_at (refusal.edited, 0), kn_test_result_id_at (refusal.saved, 1));
  assert_refused (fixture, &refusal, refusal.edited, KN_STORE_ERROR_INVALID, NULL);
}

static void
test_invalid_second_plan (Fixture       *fixture,
                          gconstpointer  data)
{
  g_auto(Refusal) refusal = { 0, };
  g_autoptr(KnPlan) second = NULL;

  if (!refusal_set_up (fixture, &refusal))
    return;
  second = kn_plan_new (refusal.people.staff, YEAR);
  kn_plan_set_assessor_id (second, refusal.people.head);
  add_complete_result (second, KN_RESULT_KIND_UTAMA, "Tersusunnya rencana kerja", 0);
  assert_refused (fixture, &refusal, second, KN_STORE_ERROR_EXISTS, NULL);
  g_assert_cmpint (kn_plan_get_id (second), ==, 0);

  /* The same employee's plan of another year is no conflict. */
  kn_plan_set_year (second, YEAR + 1);
  save_ok (fixture->store, second);
}

static void
test_invalid_locked (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) plan = NULL;
  g_autoptr(KnPlan) stale = NULL;
  g_autoptr(KnPlan) stored = NULL;
  People people;
  guint audit_before;

  add_people (fixture, &people);
  plan = save_two_result_plan (fixture, people.staff, people.head, YEAR,
                               "Tersusunnya dokumen kurikulum", 0, NULL, 0);
  STOP_IF_FAILED ();
  stale = load_by_id (fixture->store, kn_plan_get_id (plan));
  g_assert_nonnull (stale);
  STOP_IF_FAILED ();

  for (KnPlanStatus status = KN_PLAN_STATUS_SUBMITTED; status <= KN_PLAN_STATUS_APPROVED; status++)
    {
      g_autoptr(KnPlan) edited = NULL;

      if (!set_status_ok (fixture->store, kn_plan_get_id (plan), status, NULL))
        return;
      stored = load_by_id (fixture->store, kn_plan_get_id (plan));
      g_assert_nonnull (stored);
      STOP_IF_FAILED ();
      g_assert_cmpint (kn_plan_get_status (stored), ==, status);
      audit_before = n_audit (fixture->store);

      /* A copy loaded now, edited. */
      edited = kn_plan_copy (stored);
      kn_plan_result_set_text (result_at (edited, 0), "Tersusunnya dokumen kurikulum yang baru");
      g_assert_false (kn_store_save_plan (fixture->store, edited, &error));
      g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
      g_clear_error (&error);

      /* A copy loaded while it was a draft, edited. */
      kn_indicator_set_target_value (indicator_at (result_at (stale, 0), 0), 40);
      g_assert_false (kn_store_save_plan (fixture->store, stale, &error));
      g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
      g_clear_error (&error);

      g_assert_cmpuint (n_audit (fixture->store), ==, audit_before);
      assert_stored_plan (fixture->store, kn_plan_get_id (plan), stored);
      g_clear_object (&stored);
    }

  /* An approved SKP cannot be deleted either. */
  g_assert_false (kn_store_delete_plan (fixture->store, kn_plan_get_id (plan), &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
  g_assert_cmpuint (n_plans (fixture->store, YEAR), ==, 1);
}

/* A new SKP that claims to be approved (or submitted) cannot skip the workflow: refused like an
 * existing one, rather than stored as approved without any RHK. */
static void
test_invalid_new_plan_not_draft (Fixture       *fixture,
                                 gconstpointer  data)
{
  People people;

  add_people (fixture, &people);

  for (KnPlanStatus status = KN_PLAN_STATUS_SUBMITTED; status <= KN_PLAN_STATUS_APPROVED; status++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KnPlan) plan = kn_plan_new (people.staff, YEAR);
      g_autoptr(KnPlan) stored = NULL;
      guint audit_before = n_audit (fixture->store);

      kn_plan_set_assessor_id (plan, people.head);
      kn_plan_set_status (plan, status);
      g_assert_false (kn_store_save_plan (fixture->store, plan, &error));
      g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
      g_assert_cmpuint (n_audit (fixture->store), ==, audit_before);

      stored = load_of (fixture->store, people.staff, YEAR);
      if (stored != NULL)
        {
          g_test_message ("stored as “%s” with %u RHK",
                          kn_plan_status_to_string (kn_plan_get_status (stored)),
                          n_results (stored));
          /* Clean up so that the next status is tried on its own. */
          kn_store_delete_plan (fixture->store, kn_plan_get_id (stored), NULL);
        }
      g_assert_null (stored);
    }
}

/* Tests: links between RHK */

static void
test_cascade_remove_supported (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) head_plan = NULL;
  g_autoptr(KnPlan) staff_plan = NULL;
  g_autoptr(KnPlan) edited = NULL;
  g_autoptr(GPtrArray) supporters = NULL;
  KnSupportingResult *supporter;
  People people;
  gint64 r1;
  guint audit_before;

  add_people (fixture, &people);
  head_plan = save_head_plan (fixture, people.head, YEAR);
  STOP_IF_FAILED ();
  r1 = kn_test_result_id_at (head_plan, 0);
  staff_plan = save_two_result_plan (fixture, people.staff, people.head, YEAR,
                                     "Tersusunnya dokumen kurikulum muatan lokal", r1, NULL, 0);
  STOP_IF_FAILED ();
  assert_no_dangling_links (fixture->store, YEAR);

  supporters = kn_store_list_supporting_results (fixture->store, r1);
  g_assert_cmpuint (supporters->len, ==, 1);
  STOP_IF_FAILED ();
  supporter = g_ptr_array_index (supporters, 0);
  g_assert_cmpint (supporter->result_id, ==, kn_test_result_id_at (staff_plan, 0));
  g_assert_cmpint (supporter->plan_id, ==, kn_plan_get_id (staff_plan));
  g_assert_cmpint (supporter->employee_id, ==, people.staff);
  g_assert_cmpstr (supporter->text, ==, "Tersusunnya dokumen kurikulum muatan lokal");
  g_clear_pointer (&supporters, g_ptr_array_unref);
  supporters = kn_store_list_supporting_results (fixture->store, kn_test_result_id_at (head_plan, 1));
  g_assert_cmpuint (supporters->len, ==, 0);
  g_clear_pointer (&supporters, g_ptr_array_unref);

  /* The head cannot take r1 out of their SKP while the staff member's RHK supports it. */
  audit_before = n_audit (fixture->store);
  edited = kn_plan_copy (head_plan);
  g_list_store_remove (kn_plan_get_results (edited), 0);
  g_assert_false (kn_store_save_plan (fixture->store, edited, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE);
  assert_message_mentions (error, kn_test_person_name (fixture->store, people.staff));
  g_clear_error (&error);
  assert_stored_plan (fixture->store, kn_plan_get_id (head_plan), head_plan);
  g_assert_cmpuint (n_audit (fixture->store), ==, audit_before);
  assert_no_dangling_links (fixture->store, YEAR);

  /* Nor delete the whole SKP. */
  g_assert_false (kn_store_delete_plan (fixture->store, kn_plan_get_id (head_plan), &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE);
  assert_message_mentions (error, kn_test_person_name (fixture->store, people.staff));
  g_clear_error (&error);
  assert_stored_plan (fixture->store, kn_plan_get_id (head_plan), head_plan);
  g_assert_cmpuint (n_audit (fixture->store), ==, audit_before);
  assert_no_dangling_links (fixture->store, YEAR);

  /* Once the staff RHK supports nothing, both work. */
  kn_plan_result_set_parent_id (result_at (staff_plan, 0), 0);
  if (!save_ok (fixture->store, staff_plan))
    return;
  supporters = kn_store_list_supporting_results (fixture->store, r1);
  g_assert_cmpuint (supporters->len, ==, 0);

  if (!save_ok (fixture->store, edited))
    return;
  assert_stored_plan (fixture->store, kn_plan_get_id (head_plan), edited);
  assert_no_dangling_links (fixture->store, YEAR);

  g_assert_true (kn_store_delete_plan (fixture->store, kn_plan_get_id (head_plan), &error));
  g_assert_no_error (error);
  assert_stored_plan (fixture->store, kn_plan_get_id (head_plan), NULL);
  assert_no_dangling_links (fixture->store, YEAR);
  g_assert_cmpuint (n_plans (fixture->store, YEAR), ==, 1);
}

static void
test_cascade_delete_staff_employee (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) head_plan = NULL;
  g_autoptr(KnPlan) staff_plan = NULL;
  g_autoptr(GPtrArray) supporters = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  People people;

  add_people (fixture, &people);
  head_plan = save_head_plan (fixture, people.head, YEAR);
  STOP_IF_FAILED ();
  staff_plan = save_two_result_plan (fixture, people.staff, people.head, YEAR,
                                     "Tersusunnya dokumen kurikulum muatan lokal",
                                     kn_test_result_id_at (head_plan, 0), NULL, 0);
  STOP_IF_FAILED ();

  g_assert_true (kn_store_delete_employee (fixture->store, people.staff,
                                           KN_STAFF_ACTION_TO_SUPERIOR, 0, &error));
  g_assert_no_error (error);
  STOP_IF_FAILED ();

  /* Their SKP went with them; the head's is as it was and free to change. */
  assert_stored_plan (fixture->store, kn_plan_get_id (staff_plan), NULL);
  assert_stored_plan (fixture->store, kn_plan_get_id (head_plan), head_plan);
  summaries = kn_store_list_plan_summaries (fixture->store, YEAR);
  g_assert_cmpuint (summaries->len, ==, 1);
  g_assert_null (find_summary (summaries, people.staff));
  supporters = kn_store_list_supporting_results (fixture->store, kn_test_result_id_at (head_plan, 0));
  g_assert_cmpuint (supporters->len, ==, 0);
  assert_no_dangling_links (fixture->store, YEAR);

  g_list_store_remove (kn_plan_get_results (head_plan), 0);
  save_ok (fixture->store, head_plan);
  assert_no_dangling_links (fixture->store, YEAR);
}

static void
test_cascade_delete_head_employee (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) head_plan = NULL;
  g_autoptr(KnPlan) staff_plan = NULL;
  g_autoptr(KnPlan) loaded = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  KnPlanSummary *summary;
  People people;

  add_people (fixture, &people);
  head_plan = save_head_plan (fixture, people.head, YEAR);
  STOP_IF_FAILED ();
  staff_plan = save_two_result_plan (fixture, people.staff, people.head, YEAR,
                                     "Tersusunnya dokumen kurikulum muatan lokal",
                                     kn_test_result_id_at (head_plan, 0), NULL, 0);
  STOP_IF_FAILED ();

  g_assert_true (kn_store_delete_employee (fixture->store, people.head, KN_STAFF_ACTION_CLEAR, 0,
                                           &error));
  g_assert_no_error (error);
  STOP_IF_FAILED ();

  assert_stored_plan (fixture->store, kn_plan_get_id (head_plan), NULL);
  assert_no_dangling_links (fixture->store, YEAR);

  /* The staff SKP stays, its RHK now linked to nothing. */
  loaded = load_by_id (fixture->store, kn_plan_get_id (staff_plan));
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();
  g_assert_cmpuint (n_results (loaded), ==, 1);
  STOP_IF_FAILED ();
  g_assert_cmpint (kn_plan_result_get_parent_id (result_at (loaded, 0)), ==, 0);
  g_assert_null (kn_plan_result_get_parent_text (result_at (loaded, 0)));
  g_assert_cmpint (kn_plan_get_assessor_id (loaded), ==, 0);

  summaries = kn_store_list_plan_summaries (fixture->store, YEAR);
  g_assert_cmpuint (summaries->len, ==, 1);
  summary = find_summary (summaries, people.staff);
  g_assert_nonnull (summary);
  if (summary != NULL)
    {
      g_assert_cmpint (summary->assessor_id, ==, 0);
      /* With no atasan left there is no superior RHK to support: nothing is missing yet. */
      g_assert_cmpuint (summary->n_unlinked, ==, 0);
    }

  /* And it can still be edited and saved. */
  kn_plan_result_set_text (result_at (loaded, 0), "Tersusunnya dokumen kurikulum muatan lokal SMA");
  save_ok (fixture->store, loaded);
  assert_no_dangling_links (fixture->store, YEAR);
}

/* Tests: workflow */

static void
assert_submit_refused (Fixture *fixture,
                       KnPlan  *plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) stored = NULL;
  guint audit_before;

  if (!save_ok (fixture->store, plan))
    return;
  audit_before = n_audit (fixture->store);
  g_assert_false (kn_store_set_plan_status (fixture->store, kn_plan_get_id (plan),
                                            KN_PLAN_STATUS_SUBMITTED, NULL, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_assert_cmpuint (n_audit (fixture->store), ==, audit_before);
  stored = load_by_id (fixture->store, kn_plan_get_id (plan));
  g_assert_nonnull (stored);
  if (stored != NULL)
    g_assert_cmpint (kn_plan_get_status (stored), ==, KN_PLAN_STATUS_DRAFT);
}

static void
test_workflow_submit_without_utama (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(KnPlan) plan = NULL;
  People people;

  add_people (fixture, &people);
  plan = kn_plan_new (people.staff, YEAR);
  kn_plan_set_assessor_id (plan, people.head);
  add_complete_result (plan, KN_RESULT_KIND_TAMBAHAN, RHK_B1, 0);
  assert_submit_refused (fixture, plan);

  /* An SKP with nothing in it is no better. */
  g_list_store_remove_all (kn_plan_get_results (plan));
  assert_submit_refused (fixture, plan);
}

static void
test_workflow_submit_without_indicator (Fixture       *fixture,
                                        gconstpointer  data)
{
  g_autoptr(KnPlan) plan = NULL;
  People people;

  add_people (fixture, &people);
  plan = kn_plan_new (people.staff, YEAR);
  kn_plan_set_assessor_id (plan, people.head);
  add_complete_result (plan, KN_RESULT_KIND_UTAMA, RHK_A1, 0);
  add_result (plan, KN_RESULT_KIND_TAMBAHAN, RHK_B1, 0);
  assert_submit_refused (fixture, plan);
}

static void
test_workflow_submit_without_target (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(KnPlan) plan = NULL;
  KnPlanResult *result;
  People people;

  add_people (fixture, &people);
  plan = kn_plan_new (people.staff, YEAR);
  kn_plan_set_assessor_id (plan, people.head);
  result = add_complete_result (plan, KN_RESULT_KIND_UTAMA, RHK_A1, 0);
  kn_test_result_add_indicator (result, KN_ASPECT_KUALITAS,
                                "Persentase dokumen yang sesuai standar", KN_TEST_NO_TARGET, "%");
  assert_submit_refused (fixture, plan);

  /* In the quantitative approach, a sentence is no numeric target. */
  kn_indicator_set_target_text (indicator_at (result, 1), "Semua dokumen sesuai standar");
  assert_submit_refused (fixture, plan);
}

static void
assert_status (KnStore      *store,
               gint64        plan_id,
               KnPlanStatus  status,
               const char   *reason)
{
  g_autoptr(KnPlan) stored = load_by_id (store, plan_id);

  g_assert_nonnull (stored);
  if (stored == NULL)
    return;
  g_assert_cmpstr (kn_plan_status_to_string (kn_plan_get_status (stored)), ==,
                   kn_plan_status_to_string (status));
  g_assert_cmpstr (kn_plan_get_status_reason (stored), ==, reason);
}

static void
assert_status_refused (KnStore      *store,
                       gint64        plan_id,
                       KnPlanStatus  status,
                       const char   *reason)
{
  g_autoptr(GError) error = NULL;
  guint audit_before = n_audit (store);

  g_assert_false (kn_store_set_plan_status (store, plan_id, status, reason, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_assert_cmpuint (n_audit (store), ==, audit_before);
}

static void
test_workflow_full_cycle (Fixture       *fixture,
                          gconstpointer  data)
{
  static const char * const transitions[] = {
    "draft→diajukan", "diajukan→dikembalikan", "dikembalikan→diajukan", "diajukan→disetujui",
    "disetujui→draft", NULL,
  };
  const char *return_reason = "Target IKI 1 terlalu rendah; naikkan menjadi 15 dokumen.";
  const char *reopen_reason = "Perubahan tugas setelah mutasi pegawai.";
  g_autoptr(KnPlan) plan = NULL;
  g_autoptr(KnPlan) returned = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) reasons = g_ptr_array_new ();
  People people;
  gint64 id;

  add_people (fixture, &people);
  plan = save_two_result_plan (fixture, people.staff, people.head, YEAR, RHK_A1, 0, NULL, 0);
  STOP_IF_FAILED ();
  id = kn_plan_get_id (plan);

  /* Approval needs a submission first. */
  assert_status_refused (fixture->store, id, KN_PLAN_STATUS_APPROVED, NULL);
  assert_status (fixture->store, id, KN_PLAN_STATUS_DRAFT, NULL);

  if (!set_status_ok (fixture->store, id, KN_PLAN_STATUS_SUBMITTED, NULL))
    return;
  assert_status (fixture->store, id, KN_PLAN_STATUS_SUBMITTED, NULL);

  /* Returning needs a reason. */
  assert_status_refused (fixture->store, id, KN_PLAN_STATUS_RETURNED, NULL);
  assert_status_refused (fixture->store, id, KN_PLAN_STATUS_RETURNED, "  \t ");
  assert_status (fixture->store, id, KN_PLAN_STATUS_SUBMITTED, NULL);
  if (!set_status_ok (fixture->store, id, KN_PLAN_STATUS_RETURNED, return_reason))
    return;
  kn_test_store_reopen (&fixture->store, fixture->path);
  assert_status (fixture->store, id, KN_PLAN_STATUS_RETURNED, return_reason);

  /* A returned SKP can be worked on and submitted again. */
  returned = load_by_id (fixture->store, id);
  g_assert_nonnull (returned);
  STOP_IF_FAILED ();
  kn_indicator_set_target_value (indicator_at (result_at (returned, 0), 0), 15);
  if (!save_ok (fixture->store, returned))
    return;
  if (!set_status_ok (fixture->store, id, KN_PLAN_STATUS_SUBMITTED, NULL))
    return;
  if (!set_status_ok (fixture->store, id, KN_PLAN_STATUS_APPROVED, NULL))
    return;
  assert_status (fixture->store, id, KN_PLAN_STATUS_APPROVED, NULL);

  /* Reopening an approved SKP needs a reason. */
  assert_status_refused (fixture->store, id, KN_PLAN_STATUS_DRAFT, NULL);
  assert_status_refused (fixture->store, id, KN_PLAN_STATUS_DRAFT, "");
  assert_status (fixture->store, id, KN_PLAN_STATUS_APPROVED, NULL);
  if (!set_status_ok (fixture->store, id, KN_PLAN_STATUS_DRAFT, reopen_reason))
    return;
  assert_status (fixture->store, id, KN_PLAN_STATUS_DRAFT, reopen_reason);

  /* Each move is in the history, with machine names, and each reason beside it. */
  entries = kn_store_list_audit (fixture->store, "plan", id);
  for (guint i = 0; i < entries->len; i++)
    {
      KnAuditEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (entry->field, "status") == 0)
        {
          g_assert_cmpstr (entry->action, ==, "update");
          g_ptr_array_add (seen, g_strdup_printf ("%s→%s", entry->old_value, entry->new_value));
        }
      else if (g_strcmp0 (entry->field, "status_reason") == 0)
        g_ptr_array_add (reasons, entry->new_value);
    }
  g_ptr_array_add (seen, NULL);
  assert_strv_equal ((const char * const *) seen->pdata, transitions);
  g_assert_cmpuint (reasons->len, ==, 2);
  if (reasons->len == 2)
    {
      g_assert_cmpstr (g_ptr_array_index (reasons, 0), ==, return_reason);
      g_assert_cmpstr (g_ptr_array_index (reasons, 1), ==, reopen_reason);
    }
}

/* Two desks: the second save of the SKP from a copy read before the first save is refused,
 * says who saved and when, and changes nothing; reloaded, it saves (issue 11). */
static void
test_save_changed_elsewhere (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) other = NULL;
  g_autoptr(KnPlan) plan = NULL;
  g_autoptr(KnPlan) mine = NULL;
  g_autoptr(KnPlan) theirs = NULL;
  g_autoptr(KnPlan) stored = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%d-%m-%Y");
  g_autofree char *who = kn_test_saver_name (fixture->path);
  People people;
  gint64 id;

  add_people (fixture, &people);
  plan = save_two_result_plan (fixture, people.staff, people.head, YEAR, RHK_A1, 0, NULL, 0);
  STOP_IF_FAILED ();
  id = kn_plan_get_id (plan);

  /* The other desk opens the database now, with these people in it. */
  other = kn_store_open (fixture->path, &error);
  g_assert_no_error (error);
  mine = kn_store_load_plan_by_id (fixture->store, id, &error);
  g_assert_no_error (error);
  theirs = kn_store_load_plan_by_id (other, id, &error);
  g_assert_no_error (error);
  STOP_IF_FAILED ();

  /* The other desk saves first. */
  kn_plan_result_set_text (result_at (theirs, 0), "Tersusunnya kurikulum dari meja lain");
  if (!save_ok (other, theirs))
    return;

  /* Mine is refused, naming who saved and when. */
  kn_plan_result_set_text (result_at (mine, 0), "Tersusunnya kurikulum dari meja saya");
  g_assert_false (kn_store_save_plan (fixture->store, mine, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_CHANGED);
  STOP_IF_FAILED ();
  g_assert_nonnull (strstr (error->message, who));
  g_assert_nonnull (strstr (error->message, today));
  g_clear_error (&error);

  /* Nothing of mine was written over theirs; reloaded, mine saves (twice in a row). */
  stored = kn_store_load_plan_by_id (fixture->store, id, &error);
  g_assert_no_error (error);
  STOP_IF_FAILED ();
  g_assert_cmpstr (kn_plan_result_get_text (result_at (stored, 0)), ==,
                   "Tersusunnya kurikulum dari meja lain");
  kn_plan_result_set_text (result_at (stored, 0), "Tersusunnya kurikulum dari meja saya");
  if (!save_ok (fixture->store, stored) || !save_ok (fixture->store, stored))
    return;
  g_assert_false (kn_store_save_plan (other, theirs, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_CHANGED);
}

static void
test_workflow_take_back (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(KnPlan) plan = NULL;
  People people;
  gint64 id;

  add_people (fixture, &people);
  plan = save_two_result_plan (fixture, people.staff, people.head, YEAR, RHK_A1, 0, NULL, 0);
  STOP_IF_FAILED ();
  id = kn_plan_get_id (plan);

  /* The employee may take a submitted SKP back without a reason, and then edit it. */
  if (!set_status_ok (fixture->store, id, KN_PLAN_STATUS_SUBMITTED, NULL) ||
      !set_status_ok (fixture->store, id, KN_PLAN_STATUS_DRAFT, NULL))
    return;
  assert_status (fixture->store, id, KN_PLAN_STATUS_DRAFT, NULL);
  assert_audit_has (fixture->store, "plan", id, "update", "status", "diajukan", "draft");
  kn_plan_result_set_text (result_at (plan, 0), "Tersusunnya dokumen kurikulum yang diperbaiki");
  save_ok (fixture->store, plan);

  /* A draft cannot be returned, and an unknown plan has no status. */
  assert_status_refused (fixture->store, id, KN_PLAN_STATUS_RETURNED, "Belum lengkap");
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (kn_store_set_plan_status (fixture->store, id + 1000, KN_PLAN_STATUS_SUBMITTED,
                                              NULL, &error));
    g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
  }
}

/* Tests: summaries and years */

static void
test_summaries (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(KnPlan) kadis_plan = NULL;
  g_autoptr(KnPlan) kabid_plan = NULL;
  g_autoptr(KnPlan) staff_plan = NULL;
  g_autoptr(KnPlan) other_year = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  KnPlanSummary *summary;
  KnPlanResult *result;
  gint64 kadis, kabid, staff;

  kadis = add_person (fixture, "Dr. Hj. Siti Aminah, M.Pd.", "Kepala Dinas Pendidikan",
                      KN_POSITION_JPT_PRATAMA, fixture->unit, 0);
  kabid = add_person (fixture, "Ahmad Fauzi, S.Pd., M.Pd.", "Kepala Bidang Pembinaan SMA",
                      KN_POSITION_ADMINISTRATOR, fixture->unit, kadis);
  staff = add_person (fixture, "Budi Rahayu, S.Pd.", "Analis Kurikulum", KN_POSITION_AHLI_PERTAMA,
                      fixture->unit, kabid);

  /* The head: JPT, two RHK with three IKI between them. */
  kadis_plan = kn_plan_new (kadis, YEAR);
  kn_plan_set_jpt (kadis_plan, TRUE);
  result = add_complete_result (kadis_plan, KN_RESULT_KIND_UTAMA, HEAD_R1, 0);
  kn_test_result_add_indicator (result, KN_ASPECT_NONE, "Indeks kepuasan masyarakat", 85, "indeks");
  add_complete_result (kadis_plan, KN_RESULT_KIND_UTAMA, HEAD_R2, 0);
  if (!save_ok (fixture->store, kadis_plan))
    return;

  /* The kepala bidang: one RHK utama linked, one not, one RHK tambahan linked; four IKI. */
  kabid_plan = kn_plan_new (kabid, YEAR);
  kn_plan_set_assessor_id (kabid_plan, kadis);
  result = add_complete_result (kabid_plan, KN_RESULT_KIND_UTAMA, RHK_A1,
                                kn_test_result_id_at (kadis_plan, 0));
  kn_test_result_add_indicator (result, KN_ASPECT_WAKTU, "Waktu penyelesaian", 3, "bulan");
  add_complete_result (kabid_plan, KN_RESULT_KIND_UTAMA, RHK_A2, 0);
  add_complete_result (kabid_plan, KN_RESULT_KIND_TAMBAHAN, RHK_B1, kn_test_result_id_at (kadis_plan, 1));
  if (!save_ok (fixture->store, kabid_plan))
    return;

  /* The staff member: an empty draft, approved by nobody yet. */
  staff_plan = kn_plan_new (staff, YEAR);
  kn_plan_set_assessor_id (staff_plan, kabid);
  if (!save_ok (fixture->store, staff_plan))
    return;

  other_year = save_head_plan (fixture, staff, YEAR - 1);
  STOP_IF_FAILED ();
  set_status_ok (fixture->store, kn_plan_get_id (kadis_plan), KN_PLAN_STATUS_SUBMITTED, NULL);

  summaries = kn_store_list_plan_summaries (fixture->store, YEAR);
  g_assert_cmpuint (summaries->len, ==, 3);

  summary = find_summary (summaries, kadis);
  g_assert_nonnull (summary);
  STOP_IF_FAILED ();
  g_assert_cmpint (summary->plan_id, ==, kn_plan_get_id (kadis_plan));
  g_assert_cmpint (summary->assessor_id, ==, 0);
  g_assert_cmpint (summary->status, ==, KN_PLAN_STATUS_SUBMITTED);
  g_assert_cmpuint (summary->n_results, ==, 2);
  g_assert_cmpuint (summary->n_indicators, ==, 3);
  g_assert_cmpuint (summary->n_unlinked, ==, 0);

  summary = find_summary (summaries, kabid);
  g_assert_nonnull (summary);
  STOP_IF_FAILED ();
  g_assert_cmpint (summary->plan_id, ==, kn_plan_get_id (kabid_plan));
  g_assert_cmpint (summary->assessor_id, ==, kadis);
  g_assert_cmpint (summary->status, ==, KN_PLAN_STATUS_DRAFT);
  g_assert_cmpuint (summary->n_results, ==, 3);
  g_assert_cmpuint (summary->n_indicators, ==, 4);
  g_assert_cmpuint (summary->n_unlinked, ==, 1);

  summary = find_summary (summaries, staff);
  g_assert_nonnull (summary);
  STOP_IF_FAILED ();
  g_assert_cmpint (summary->plan_id, ==, kn_plan_get_id (staff_plan));
  g_assert_cmpint (summary->assessor_id, ==, kabid);
  g_assert_cmpuint (summary->n_results, ==, 0);
  g_assert_cmpuint (summary->n_indicators, ==, 0);
  g_assert_cmpuint (summary->n_unlinked, ==, 0);

  g_clear_pointer (&summaries, g_ptr_array_unref);
  summaries = kn_store_list_plan_summaries (fixture->store, YEAR - 1);
  g_assert_cmpuint (summaries->len, ==, 1);
  if (summaries->len == 1)
    {
      summary = g_ptr_array_index (summaries, 0);
      g_assert_cmpint (summary->employee_id, ==, staff);
      g_assert_cmpuint (summary->n_results, ==, 2);
      g_assert_cmpuint (summary->n_indicators, ==, 2);
    }
  g_clear_pointer (&summaries, g_ptr_array_unref);
  summaries = kn_store_list_plan_summaries (fixture->store, YEAR + 1);
  g_assert_cmpuint (summaries->len, ==, 0);
}

static void
assert_years (KnStore     *store,
              const guint *expected,
              guint        n_expected)
{
  g_autoptr(GArray) years = kn_store_list_plan_years (store);

  g_assert_cmpuint (years->len, ==, n_expected);
  for (guint i = 0; i < years->len && i < n_expected; i++)
    g_assert_cmpuint (g_array_index (years, guint, i), ==, expected[i]);
}

static void
test_plan_years (Fixture       *fixture,
                 gconstpointer  data)
{
  static const guint three[] = { 2026, 2025, 2024 };
  static const guint two[] = { 2026, 2024 };
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) plan_2025 = NULL;
  g_autoptr(KnPlan) plan = NULL;
  People people;

  add_people (fixture, &people);
  assert_years (fixture->store, NULL, 0);

  g_clear_object (&plan);
  plan = save_head_plan (fixture, people.head, 2024);
  g_clear_object (&plan);
  plan = save_head_plan (fixture, people.head, 2026);
  plan_2025 = save_head_plan (fixture, people.head, 2025);
  g_clear_object (&plan);
  plan = save_head_plan (fixture, people.staff, 2026);
  STOP_IF_FAILED ();
  /* A template is no year's SKP. */
  g_assert_true (kn_store_save_template (fixture->store, "Kepala Bidang", plan, &error));
  g_assert_no_error (error);

  assert_years (fixture->store, three, G_N_ELEMENTS (three));
  kn_test_store_reopen (&fixture->store, fixture->path);
  assert_years (fixture->store, three, G_N_ELEMENTS (three));

  g_assert_true (kn_store_delete_plan (fixture->store, kn_plan_get_id (plan_2025), &error));
  g_assert_no_error (error);
  assert_years (fixture->store, two, G_N_ELEMENTS (two));
}

/* Tests: copying to the next year */

static void
test_copy_next_year (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) head_old = NULL;
  g_autoptr(KnPlan) head_new = NULL;
  g_autoptr(KnPlan) head_edit = NULL;
  g_autoptr(KnPlan) staff_old = NULL;
  g_autoptr(KnPlan) staff_old_stored = NULL;
  g_autoptr(KnPlan) staff_new = NULL;
  g_autoptr(KnPlan) stored = NULL;
  g_autoptr(GHashTable) old_results = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                             NULL);
  g_autoptr(GHashTable) old_indicators = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                                g_free, NULL);
  People people;

  add_people (fixture, &people);
  head_old = save_head_plan (fixture, people.head, YEAR - 1);
  STOP_IF_FAILED ();
  staff_old = new_full_plan (people.staff, people.head, YEAR - 1, kn_test_result_id_at (head_old, 0),
                             kn_test_result_id_at (head_old, 1));
  if (!save_ok (fixture->store, staff_old))
    return;
  /* Complete it (a number beside the sentence) and have it approved. */
  kn_indicator_set_target_value (indicator_at (result_at (staff_old, 1), 1), 90);
  if (!save_ok (fixture->store, staff_old) ||
      !set_status_ok (fixture->store, kn_plan_get_id (staff_old), KN_PLAN_STATUS_SUBMITTED, NULL) ||
      !set_status_ok (fixture->store, kn_plan_get_id (staff_old), KN_PLAN_STATUS_APPROVED, NULL))
    return;
  staff_old_stored = load_by_id (fixture->store, kn_plan_get_id (staff_old));
  g_assert_nonnull (staff_old_stored);
  STOP_IF_FAILED ();
  for (guint i = 0; i < n_results (staff_old); i++)
    {
      KnPlanResult *result = result_at (staff_old, i);
      gint64 id = kn_plan_result_get_id (result);

      g_hash_table_add (old_results, g_memdup2 (&id, sizeof id));
      for (guint j = 0; j < n_indicators (result); j++)
        {
          id = kn_indicator_get_id (indicator_at (result, j));
          g_hash_table_add (old_indicators, g_memdup2 (&id, sizeof id));
        }
    }

  /* The head copies first, then rewords their second RHK. */
  head_new = kn_store_copy_plan_to_year (fixture->store, people.head, YEAR - 1, YEAR, &error);
  g_assert_no_error (error);
  g_assert_nonnull (head_new);
  STOP_IF_FAILED ();
  g_assert_cmpuint (n_results (head_new), ==, 2);
  STOP_IF_FAILED ();
  head_edit = load_by_id (fixture->store, kn_plan_get_id (head_new));
  g_assert_nonnull (head_edit);
  STOP_IF_FAILED ();
  kn_plan_result_set_text (result_at (head_edit, 1), HEAD_R2 " secara daring");
  if (!save_ok (fixture->store, head_edit))
    return;

  staff_new = kn_store_copy_plan_to_year (fixture->store, people.staff, YEAR - 1, YEAR, &error);
  g_assert_no_error (error);
  g_assert_nonnull (staff_new);
  STOP_IF_FAILED ();

  stored = load_of (fixture->store, people.staff, YEAR);
  g_assert_nonnull (stored);
  STOP_IF_FAILED ();
  g_assert_true (kn_plan_equal (stored, staff_new));

  g_assert_cmpint (kn_plan_get_id (stored), >, 0);
  g_assert_cmpint (kn_plan_get_id (stored), !=, kn_plan_get_id (staff_old));
  g_assert_cmpuint (kn_plan_get_year (stored), ==, YEAR);
  g_assert_cmpint (kn_plan_get_status (stored), ==, KN_PLAN_STATUS_DRAFT);
  g_assert_null (kn_plan_get_status_reason (stored));
  g_assert_cmpint (kn_plan_get_assessor_id (stored), ==, people.head);
  g_assert_cmpint (kn_plan_get_approach (stored), ==, kn_plan_get_approach (staff_old));

  g_assert_cmpuint (n_results (stored), ==, n_results (staff_old));
  STOP_IF_FAILED ();
  for (guint i = 0; i < n_results (stored); i++)
    {
      KnPlanResult *copy = result_at (stored, i);
      KnPlanResult *original = result_at (staff_old, i);
      gint64 id = kn_plan_result_get_id (copy);

      g_assert_cmpint (id, >, 0);
      g_assert_false (g_hash_table_contains (old_results, &id));
      g_assert_cmpstr (kn_plan_result_get_text (copy), ==, kn_plan_result_get_text (original));
      g_assert_cmpint (kn_plan_result_get_kind (copy), ==, kn_plan_result_get_kind (original));
      g_assert_cmpuint (n_indicators (copy), ==, n_indicators (original));
      for (guint j = 0; j < n_indicators (copy) && j < n_indicators (original); j++)
        {
          KnIndicator *a = indicator_at (copy, j);
          KnIndicator *b = indicator_at (original, j);

          id = kn_indicator_get_id (a);
          g_assert_cmpint (id, >, 0);
          g_assert_false (g_hash_table_contains (old_indicators, &id));
          g_assert_cmpstr (kn_indicator_get_text (a), ==, kn_indicator_get_text (b));
          g_assert_cmpint (kn_indicator_get_aspect (a), ==, kn_indicator_get_aspect (b));
          g_assert_cmpfloat (kn_indicator_get_target_value (a), ==, kn_indicator_get_target_value (b));
          g_assert_cmpstr (kn_indicator_get_target_unit (a), ==, kn_indicator_get_target_unit (b));
          g_assert_cmpstr (kn_indicator_get_target_text (a), ==, kn_indicator_get_target_text (b));
          g_assert_cmpint (kn_indicator_get_direction (a), ==, kn_indicator_get_direction (b));
        }
    }

  /* Linked again where the head's new SKP has the same text, and not where it was reworded. */
  g_assert_cmpint (kn_plan_result_get_parent_id (result_at (stored, 0)), ==,
                   kn_test_result_id_at (head_new, 0));
  g_assert_cmpstr (kn_plan_result_get_parent_text (result_at (stored, 0)), ==, HEAD_R1);
  g_assert_cmpint (kn_plan_result_get_parent_id (result_at (stored, 1)), ==, 0);
  g_assert_cmpint (kn_plan_result_get_parent_id (result_at (stored, 2)), ==, 0);

  for (guint value = 0; value < KN_CORE_VALUE_N; value++)
    g_assert_cmpstr (kn_plan_get_expectation (stored, value), ==, expectations[value]);
  assert_strv_equal (kn_plan_get_attachments (stored, KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA),
                     dukungan);
  assert_strv_equal (kn_plan_get_attachments (stored, KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN),
                     skema);
  assert_strv_equal (kn_plan_get_attachments (stored, KN_ATTACHMENT_KONSEKUENSI), konsekuensi);

  /* Last year's SKP is untouched. */
  assert_stored_plan (fixture->store, kn_plan_get_id (staff_old), staff_old_stored);
  assert_no_dangling_links (fixture->store, YEAR - 1);
  assert_no_dangling_links (fixture->store, YEAR);
}

static void
test_copy_onto_existing_year (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) old_plan = NULL;
  g_autoptr(KnPlan) new_plan = NULL;
  g_autoptr(KnPlan) copy = NULL;
  People people;
  guint audit_before;

  add_people (fixture, &people);
  old_plan = save_head_plan (fixture, people.head, YEAR - 1);
  new_plan = save_two_result_plan (fixture, people.head, 0, YEAR, "Tersusunnya rencana bidang", 0,
                                   NULL, 0);
  STOP_IF_FAILED ();
  audit_before = n_audit (fixture->store);

  copy = kn_store_copy_plan_to_year (fixture->store, people.head, YEAR - 1, YEAR, &error);
  g_assert_null (copy);
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpuint (n_audit (fixture->store), ==, audit_before);
  g_assert_cmpuint (n_plans (fixture->store, YEAR), ==, 1);
  assert_stored_plan (fixture->store, kn_plan_get_id (new_plan), new_plan);

  /* Nothing to copy from a year without an SKP. */
  copy = kn_store_copy_plan_to_year (fixture->store, people.staff, YEAR - 1, YEAR, &error);
  g_assert_null (copy);
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (n_audit (fixture->store), ==, audit_before);
}

/* Tests: the indicator library */

static void
build_school (Fixture *fixture,
              School  *school)
{
  school->sub_unit = kn_test_add_unit (fixture->store, BIDANG, fixture->unit);
  school->other_opd = kn_test_add_unit (fixture->store, BKD, 0);
  school->kepala = add_person (fixture, "Drs. Hendra Wijaya, M.Pd.", "Kepala Bidang Pembinaan",
                               KN_POSITION_ADMINISTRATOR, fixture->unit, 0);
  school->wakil = add_person (fixture, "Rina Marlina, S.Pd.", "Kepala Seksi Kurikulum",
                              KN_POSITION_PENGAWAS, school->sub_unit, school->kepala);
  school->guru[0] = add_person (fixture, "Agus Salim, S.Pd.", GURU, KN_POSITION_AHLI_MUDA,
                                fixture->unit, school->kepala);
  school->guru[1] = add_person (fixture, "Bambang Sutrisno, S.Pd.", GURU, KN_POSITION_AHLI_MUDA,
                                fixture->unit, school->kepala);
  school->guru[2] = add_person (fixture, "Cahya Purnama, S.Pd.", GURU, KN_POSITION_AHLI_MUDA,
                                fixture->unit, school->kepala);
  school->guru[3] = add_person (fixture, "Dian Anggraini, S.Pd.", GURU, KN_POSITION_AHLI_MUDA,
                                fixture->unit, school->kepala);
  school->guru[4] = add_person (fixture, "Eka Saputra, S.Pd.", GURU, KN_POSITION_AHLI_MUDA,
                                school->sub_unit, school->wakil);
  school->clerk = add_person (fixture, "Fajar Nugroho", "Pengadministrasi Umum",
                              KN_POSITION_PELAKSANA, fixture->unit, school->kepala);
  school->outsider = add_person (fixture, "Gita Permata, S.Pd.", GURU, KN_POSITION_AHLI_MUDA,
                                 school->other_opd, 0);
}

/* The template's source: the first guru's SKP of last year, linked to the kepala's. */
static KnPlan *
save_guru_source_plan (Fixture *fixture,
                       School  *school)
{
  g_autoptr(KnPlan) kepala_plan = NULL;
  g_autoptr(KnPlan) plan = NULL;
  KnPlanResult *result;
  KnIndicator *indicator;

  kepala_plan = save_two_result_plan (fixture, school->kepala, 0, YEAR - 1, K1_TEXT, 0, K2_TEXT,
                                      0);
  if (kepala_plan == NULL)
    return NULL;

  plan = kn_plan_new (school->guru[0], YEAR - 1);
  kn_plan_set_assessor_id (plan, school->kepala);
  result = add_result (plan, KN_RESULT_KIND_UTAMA, T1_TEXT, kn_test_result_id_at (kepala_plan, 0));
  kn_test_result_add_indicator (result, KN_ASPECT_KUANTITAS, "Jumlah jam tatap muka", 24,
                                "jam/minggu");
  kn_test_result_add_indicator (result, KN_ASPECT_KUALITAS, "Persentase siswa tuntas KKM", 85, "%");
  result = add_result (plan, KN_RESULT_KIND_UTAMA, T2_TEXT, kn_test_result_id_at (kepala_plan, 1));
  kn_test_result_add_indicator (result, KN_ASPECT_KUANTITAS, "Jumlah perangkat ajar", 4, "dokumen");
  indicator = kn_test_result_add_indicator (result, KN_ASPECT_WAKTU,
                                            "Waktu penyelesaian perangkat ajar", 2, "minggu");
  kn_indicator_set_direction (indicator, KN_DIRECTION_LESS_IS_BETTER);
  result = add_result (plan, KN_RESULT_KIND_TAMBAHAN, T3_TEXT, 0);
  kn_test_result_add_indicator (result, KN_ASPECT_KUANTITAS, "Jumlah kegiatan ekstrakurikuler", 6,
                                "kegiatan");
  for (guint value = 0; value < KN_CORE_VALUE_N; value++)
    kn_plan_set_expectation (plan, value, expectations[value]);
  kn_plan_set_attachments (plan, KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA, dukungan);
  if (!save_ok (fixture->store, plan))
    return NULL;

  return g_steal_pointer (&plan);
}

/* The school, the template saved from the first guru's SKP of last year, and this year's SKP
 * of the kepala (K1, K2) and of the wakil (the same text as K1, linked to it). */
static gboolean
set_up_template (Fixture *fixture,
                 School  *school,
                 KnPlan **kepala_plan,
                 KnPlan **wakil_plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) source = NULL;

  build_school (fixture, school);
  source = save_guru_source_plan (fixture, school);
  if (source == NULL)
    return FALSE;
  g_assert_true (kn_store_save_template (fixture->store, GURU, source, &error));
  g_assert_no_error (error);

  *kepala_plan = save_two_result_plan (fixture, school->kepala, 0, YEAR, K1_TEXT, 0, K2_TEXT, 0);
  if (*kepala_plan == NULL)
    return FALSE;
  *wakil_plan = save_two_result_plan (fixture, school->wakil, school->kepala, YEAR, K1_TEXT,
                                      kn_test_result_id_at (*kepala_plan, 0), NULL, 0);
  return *wakil_plan != NULL && !g_test_failed ();
}

static gboolean
apply_ok (Fixture     *fixture,
          gint64       unit_id,
          gint64       employee_id,
          KnApplyMode  mode,
          guint        created,
          guint        replaced,
          guint        skipped)
{
  g_autoptr(GError) error = NULL;
  guint n_created = 99, n_replaced = 99, n_skipped = 99;
  gboolean applied;

  applied = kn_store_apply_template (fixture->store, GURU, unit_id, employee_id, YEAR, mode,
                                     &n_created, &n_replaced, &n_skipped, &error);
  g_assert_no_error (error);
  g_assert_true (applied);
  g_assert_cmpuint (n_created, ==, created);
  g_assert_cmpuint (n_replaced, ==, replaced);
  g_assert_cmpuint (n_skipped, ==, skipped);
  return applied && !g_test_failed ();
}

static void
test_template_save_load (Fixture       *fixture,
                         gconstpointer  data)
{
  static const char * const parent_texts[] = { K1_TEXT, K2_TEXT, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) source = NULL;
  g_autoptr(KnPlan) template = NULL;
  g_autoptr(GHashTable) source_indicators = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                                   g_free, NULL);
  g_autoptr(GHashTable) source_results = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                            NULL);
  g_auto(GStrv) names = NULL;
  School school;
  guint audit_before;

  build_school (fixture, &school);
  source = save_guru_source_plan (fixture, &school);
  g_assert_nonnull (source);
  STOP_IF_FAILED ();
  for (guint i = 0; i < n_results (source); i++)
    {
      gint64 id = kn_test_result_id_at (source, i);

      g_hash_table_add (source_results, g_memdup2 (&id, sizeof id));
      for (guint j = 0; j < n_indicators (result_at (source, i)); j++)
        {
          id = kn_indicator_get_id (indicator_at (result_at (source, i), j));
          g_hash_table_add (source_indicators, g_memdup2 (&id, sizeof id));
        }
    }

  names = kn_store_list_templates (fixture->store);
  g_assert_cmpuint (g_strv_length (names), ==, 0);
  g_clear_pointer (&names, g_strfreev);
  {
    g_autoptr(KnPlan) none = kn_store_load_template (fixture->store, GURU, &error);

    g_assert_no_error (error);
    g_assert_null (none);
  }

  /* No template without a jabatan. */
  audit_before = n_audit (fixture->store);
  g_assert_false (kn_store_save_template (fixture->store, "  ", source, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (n_audit (fixture->store), ==, audit_before);

  g_assert_true (kn_store_save_template (fixture->store, GURU, source, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_save_template (fixture->store, "Analis Kurikulum", source, &error));
  g_assert_no_error (error);
  /* Saving again replaces, and is no second template. */
  g_assert_true (kn_store_save_template (fixture->store, GURU, source, &error));
  g_assert_no_error (error);

  kn_test_store_reopen (&fixture->store, fixture->path);
  names = kn_store_list_templates (fixture->store);
  g_assert_cmpuint (g_strv_length (names), ==, 2);
  if (g_strv_length (names) == 2)
    {
      g_assert_cmpstr (names[0], ==, "Analis Kurikulum");
      g_assert_cmpstr (names[1], ==, GURU);
    }

  template = kn_store_load_template (fixture->store, GURU, &error);
  g_assert_no_error (error);
  g_assert_nonnull (template);
  STOP_IF_FAILED ();

  g_assert_cmpuint (n_results (template), ==, 3);
  STOP_IF_FAILED ();
  for (guint i = 0; i < 3; i++)
    {
      KnPlanResult *result = result_at (template, i);
      KnPlanResult *original = result_at (source, i);
      gint64 id = kn_plan_result_get_id (result);

      g_assert_cmpint (id, >, 0);
      g_assert_false (g_hash_table_contains (source_results, &id));
      g_assert_cmpstr (kn_plan_result_get_text (result), ==, kn_plan_result_get_text (original));
      g_assert_cmpint (kn_plan_result_get_kind (result), ==, kn_plan_result_get_kind (original));
      g_assert_cmpint (kn_plan_result_get_parent_id (result), ==, 0);
      g_assert_cmpstr (kn_plan_result_get_parent_text (result), ==, parent_texts[i]);
      g_assert_cmpuint (n_indicators (result), ==, n_indicators (original));
      for (guint j = 0; j < n_indicators (result) && j < n_indicators (original); j++)
        {
          KnIndicator *a = indicator_at (result, j);
          KnIndicator *b = indicator_at (original, j);

          id = kn_indicator_get_id (a);
          g_assert_cmpint (id, >, 0);
          g_assert_false (g_hash_table_contains (source_indicators, &id));
          g_assert_cmpstr (kn_indicator_get_text (a), ==, kn_indicator_get_text (b));
          g_assert_cmpint (kn_indicator_get_aspect (a), ==, kn_indicator_get_aspect (b));
          g_assert_cmpfloat (kn_indicator_get_target_value (a), ==, kn_indicator_get_target_value (b));
          g_assert_cmpstr (kn_indicator_get_target_unit (a), ==, kn_indicator_get_target_unit (b));
          g_assert_cmpint (kn_indicator_get_direction (a), ==, kn_indicator_get_direction (b));
        }
    }

  /* Behaviour expectations and the Lampiran are about one person: they stay behind. */
  for (guint value = 0; value < KN_CORE_VALUE_N; value++)
    g_assert_cmpstr (kn_plan_get_expectation (template, value), ==, "");
  for (guint section = 0; section < KN_ATTACHMENT_N; section++)
    g_assert_null (kn_plan_get_attachments (template, section)[0]);

  /* A template is no SKP of anyone's. */
  g_assert_cmpuint (n_plans (fixture->store, 0), ==, 0);
  g_assert_cmpuint (n_plans (fixture->store, YEAR - 1), ==, 2);

  g_assert_true (kn_store_delete_template (fixture->store, GURU, &error));
  g_assert_no_error (error);
  g_clear_pointer (&names, g_strfreev);
  names = kn_store_list_templates (fixture->store);
  g_assert_cmpuint (g_strv_length (names), ==, 1);
}

/* The guru's SKP made from the template: a draft for their atasan, linked by text. */
static void
assert_guru_plan (Fixture *fixture,
                  gint64   guru,
                  gint64   assessor,
                  gint64   parent1,
                  gint64   parent2)
{
  static const char * const texts[] = { T1_TEXT, T2_TEXT, T3_TEXT };
  static const guint indicator_counts[] = { 2, 2, 1 };
  g_autoptr(KnPlan) plan = load_of (fixture->store, guru, YEAR);
  gint64 parents[3] = { parent1, parent2, 0 };

  g_assert_nonnull (plan);
  if (plan == NULL)
    return;
  g_assert_cmpint (kn_plan_get_status (plan), ==, KN_PLAN_STATUS_DRAFT);
  g_assert_cmpint (kn_plan_get_assessor_id (plan), ==, assessor);
  g_assert_false (kn_plan_get_jpt (plan));
  g_assert_cmpuint (n_results (plan), ==, 3);
  for (guint i = 0; i < 3 && i < n_results (plan); i++)
    {
      KnPlanResult *result = result_at (plan, i);

      g_assert_cmpstr (kn_plan_result_get_text (result), ==, texts[i]);
      g_assert_cmpint (kn_plan_result_get_parent_id (result), ==, parents[i]);
      g_assert_cmpuint (n_indicators (result), ==, indicator_counts[i]);
    }
  for (guint value = 0; value < KN_CORE_VALUE_N; value++)
    g_assert_cmpstr (kn_plan_get_expectation (plan, value), ==, "");
}

/* Every year listed is one the period lists accept. */
static void
assert_years_valid (KnStore *store)
{
  g_autoptr(GArray) years = kn_store_list_plan_years (store);

  for (guint i = 0; i < years->len; i++)
    {
      guint year = g_array_index (years, guint, i);

      g_assert_cmpuint (year, >=, 1900);
      g_assert_cmpuint (year, <=, 9999);
    }
}

static void
test_template_apply (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(KnPlan) kepala_plan = NULL;
  g_autoptr(KnPlan) wakil_plan = NULL;
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
  School school;
  guint audit_before;

  if (!set_up_template (fixture, &school, &kepala_plan, &wakil_plan))
    return;
  g_assert_cmpuint (n_plans (fixture->store, YEAR), ==, 2);

  if (!apply_ok (fixture, fixture->unit, 0, KN_APPLY_SKIP_EXISTING, 5, 0, 0))
    return;
  g_assert_cmpuint (n_plans (fixture->store, YEAR), ==, 7);

  for (guint i = 0; i < 4; i++)
    assert_guru_plan (fixture, school.guru[i], school.kepala, kn_test_result_id_at (kepala_plan, 0),
                      kn_test_result_id_at (kepala_plan, 1));
  /* The guru of the sub-unit links to the wakil's RHK, who has none like K2. */
  assert_guru_plan (fixture, school.guru[4], school.wakil, kn_test_result_id_at (wakil_plan, 0), 0);
  /* Other jabatan, and the same jabatan in another OPD, are left out. */
  g_assert_null (load_of (fixture->store, school.clerk, YEAR));
  g_assert_null (load_of (fixture->store, school.outsider, YEAR));
  assert_no_dangling_links (fixture->store, YEAR);

  /* Again: everyone has an SKP now, and keeps it. */
  for (guint i = 0; i < 5; i++)
    g_ptr_array_add (before, load_of (fixture->store, school.guru[i], YEAR));
  audit_before = n_audit (fixture->store);
  if (!apply_ok (fixture, fixture->unit, 0, KN_APPLY_SKIP_EXISTING, 0, 0, 5))
    return;
  g_assert_cmpuint (n_plans (fixture->store, YEAR), ==, 7);
  g_assert_cmpuint (n_audit (fixture->store), ==, audit_before);
  for (guint i = 0; i < 5; i++)
    {
      KnPlan *plan = g_ptr_array_index (before, i);

      if (plan != NULL)
        assert_stored_plan (fixture->store, kn_plan_get_id (plan), plan);
    }

  /* Only the sub-unit: one guru. */
  if (!apply_ok (fixture, school.sub_unit, 0, KN_APPLY_SKIP_EXISTING, 0, 0, 1))
    return;
}

static void
test_template_apply_one (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(KnPlan) kepala_plan = NULL;
  g_autoptr(KnPlan) wakil_plan = NULL;
  School school;

  if (!set_up_template (fixture, &school, &kepala_plan, &wakil_plan))
    return;

  if (!apply_ok (fixture, 0, school.guru[2], KN_APPLY_SKIP_EXISTING, 1, 0, 0))
    return;
  g_assert_cmpuint (n_plans (fixture->store, YEAR), ==, 3);
  assert_guru_plan (fixture, school.guru[2], school.kepala, kn_test_result_id_at (kepala_plan, 0),
                    kn_test_result_id_at (kepala_plan, 1));
  g_assert_null (load_of (fixture->store, school.guru[1], YEAR));

  /* An unknown jabatan is an error. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (kn_store_apply_template (fixture->store, "Pranata Komputer", fixture->unit, 0,
                                             YEAR, KN_APPLY_SKIP_EXISTING, NULL, NULL, NULL,
                                             &error));
    g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
  }

  /* A year that is not four digits (20266 typed for 2026) is refused before anything is
   * written: it would break every list of periods. */
  {
    static const guint bad_years[] = { 0, 26, 1899, 10000, 20266 };

    for (guint i = 0; i < G_N_ELEMENTS (bad_years); i++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(KnPlan) plan = kn_plan_new (school.guru[0], 2026);
        g_autoptr(KnPlan) copied = NULL;

        g_assert_false (kn_store_apply_template (fixture->store, GURU, fixture->unit, 0,
                                                 bad_years[i], KN_APPLY_SKIP_EXISTING, NULL, NULL,
                                                 NULL, &error));
        g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
        g_assert_true (g_str_has_prefix (error->message, "Year"));
        g_clear_error (&error);

        g_object_set (plan, "year", MIN (bad_years[i], 9999u), NULL);
        if (bad_years[i] < 1900)
          {
            g_assert_false (kn_store_save_plan (fixture->store, plan, &error));
            g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
            g_clear_error (&error);
          }

        copied = kn_store_copy_plan_to_year (fixture->store, school.kepala, YEAR, bad_years[i],
                                             &error);
        g_assert_null (copied);
        g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
      }
    assert_years_valid (fixture->store);
  }
}

static void
test_template_apply_replace (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(KnPlan) kepala_plan = NULL;
  g_autoptr(KnPlan) wakil_plan = NULL;
  g_autoptr(KnPlan) approved = NULL;
  g_autoptr(KnPlan) edited = NULL;
  g_autoptr(KnPlan) replaced = NULL;
  School school;
  gint64 edited_id;

  if (!set_up_template (fixture, &school, &kepala_plan, &wakil_plan))
    return;
  if (!apply_ok (fixture, fixture->unit, 0, KN_APPLY_SKIP_EXISTING, 5, 0, 0))
    return;

  /* The second guru's SKP is approved; the third guru has changed theirs. */
  approved = load_of (fixture->store, school.guru[1], YEAR);
  g_assert_nonnull (approved);
  STOP_IF_FAILED ();
  if (!set_status_ok (fixture->store, kn_plan_get_id (approved), KN_PLAN_STATUS_SUBMITTED, NULL) ||
      !set_status_ok (fixture->store, kn_plan_get_id (approved), KN_PLAN_STATUS_APPROVED, NULL))
    return;
  g_clear_object (&approved);
  approved = load_of (fixture->store, school.guru[1], YEAR);

  edited = load_of (fixture->store, school.guru[2], YEAR);
  g_assert_nonnull (edited);
  STOP_IF_FAILED ();
  edited_id = kn_plan_get_id (edited);
  g_list_store_remove (kn_plan_get_results (edited), 2);
  add_complete_result (edited, KN_RESULT_KIND_TAMBAHAN, "Terlaksananya lomba cerdas cermat", 0);
  kn_plan_set_expectation (edited, KN_CORE_VALUE_ADAPTIF, "Mencoba metode pembelajaran baru");
  if (!save_ok (fixture->store, edited))
    return;

  if (!apply_ok (fixture, fixture->unit, 0, KN_APPLY_REPLACE_DRAFTS, 0, 4, 1))
    return;
  g_assert_cmpuint (n_plans (fixture->store, YEAR), ==, 7);

  /* The approved SKP is kept as it was. */
  if (approved != NULL)
    assert_stored_plan (fixture->store, kn_plan_get_id (approved), approved);

  /* The edited draft is the same SKP with the template's RHK again. */
  replaced = load_of (fixture->store, school.guru[2], YEAR);
  g_assert_nonnull (replaced);
  STOP_IF_FAILED ();
  g_assert_cmpint (kn_plan_get_id (replaced), ==, edited_id);
  g_assert_cmpuint (n_results (replaced), ==, 3);
  if (n_results (replaced) == 3)
    {
      g_assert_cmpstr (kn_plan_result_get_text (result_at (replaced, 2)), ==, T3_TEXT);
      g_assert_cmpint (kn_plan_result_get_parent_id (result_at (replaced, 0)), ==,
                       kn_test_result_id_at (kepala_plan, 0));
    }
  assert_no_dangling_links (fixture->store, YEAR);
}

static void
test_template_apply_rollback (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) kepala_plan = NULL;
  g_autoptr(KnPlan) wakil_plan = NULL;
  g_autoptr(KnPlan) blocked = NULL;
  g_autoptr(KnPlan) helper_plan = NULL;
  School school;
  gint64 helper;
  guint audit_before;
  guint plans_before;
  guint n_created = 99, n_replaced = 99, n_skipped = 99;

  if (!set_up_template (fixture, &school, &kepala_plan, &wakil_plan))
    return;

  /* The fourth guru has a draft already, and a helper's RHK supports its first RHK: replacing
   * that draft has to fail. The first three guru come before them. */
  if (!apply_ok (fixture, 0, school.guru[3], KN_APPLY_SKIP_EXISTING, 1, 0, 0))
    return;
  blocked = load_of (fixture->store, school.guru[3], YEAR);
  g_assert_nonnull (blocked);
  STOP_IF_FAILED ();
  helper = add_person (fixture, "Hadi Kurniawan", "Laboran", KN_POSITION_PELAKSANA, fixture->unit,
                       school.guru[3]);
  helper_plan = save_two_result_plan (fixture, helper, school.guru[3], YEAR,
                                      "Tersedianya alat praktikum yang siap pakai",
                                      kn_test_result_id_at (blocked, 0), NULL, 0);
  STOP_IF_FAILED ();

  plans_before = n_plans (fixture->store, YEAR);
  audit_before = n_audit (fixture->store);
  g_assert_cmpuint (plans_before, ==, 4);

  g_assert_false (kn_store_apply_template (fixture->store, GURU, fixture->unit, 0, YEAR,
                                           KN_APPLY_REPLACE_DRAFTS, &n_created, &n_replaced,
                                           &n_skipped, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE);
  if (error != NULL)
    g_test_message ("refused: %s", error->message);
  assert_message_mentions (error, kn_test_person_name (fixture->store, school.guru[3]));
  g_clear_error (&error);

  /* All or nothing: none of the others got an SKP. */
  g_assert_cmpuint (n_plans (fixture->store, YEAR), ==, plans_before);
  g_assert_cmpuint (n_audit (fixture->store), ==, audit_before);
  for (guint i = 0; i < 5; i++)
    if (i != 3)
      g_assert_null (load_of (fixture->store, school.guru[i], YEAR));
  assert_stored_plan (fixture->store, kn_plan_get_id (blocked), blocked);
  assert_stored_plan (fixture->store, kn_plan_get_id (helper_plan), helper_plan);
  assert_no_dangling_links (fixture->store, YEAR);

  kn_test_store_reopen (&fixture->store, fixture->path);
  g_assert_cmpuint (n_plans (fixture->store, YEAR), ==, plans_before);

  /* The store still works afterwards, and keeping existing SKPs goes through. */
  if (!apply_ok (fixture, fixture->unit, 0, KN_APPLY_SKIP_EXISTING, 4, 0, 1))
    return;
  g_assert_cmpuint (n_plans (fixture->store, YEAR), ==, plans_before + 4);
}

/* The statuses of a year's SKPs by one query: each person's, none of another year's. */
static void
test_summary_statuses (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(KnPlan) kadis_plan = NULL;
  g_autoptr(KnPlan) staff_plan = NULL;
  g_autoptr(KnPlan) other_year = NULL;
  g_autoptr(GArray) statuses = NULL;
  gint64 kadis, kabid, staff;

  kadis = add_person (fixture, "Dr. Hj. Siti Aminah, M.Pd.", "Kepala Dinas Pendidikan",
                      KN_POSITION_JPT_PRATAMA, fixture->unit, 0);
  kabid = add_person (fixture, "Ahmad Fauzi, S.Pd., M.Pd.", "Kepala Bidang Pembinaan SMA",
                      KN_POSITION_ADMINISTRATOR, fixture->unit, kadis);
  staff = add_person (fixture, "Budi Rahayu, S.Pd.", "Analis Kurikulum", KN_POSITION_AHLI_PERTAMA,
                      fixture->unit, kabid);

  kadis_plan = save_head_plan (fixture, kadis, YEAR);
  STOP_IF_FAILED ();
  set_status_ok (fixture->store, kn_plan_get_id (kadis_plan), KN_PLAN_STATUS_SUBMITTED, NULL);
  staff_plan = kn_plan_new (staff, YEAR);
  kn_plan_set_assessor_id (staff_plan, kabid);
  if (!save_ok (fixture->store, staff_plan))
    return;
  other_year = save_head_plan (fixture, kabid, YEAR - 1);
  STOP_IF_FAILED ();

  statuses = kn_store_list_plan_statuses (fixture->store, YEAR);
  g_assert_nonnull (statuses);
  g_assert_cmpuint (statuses->len, ==, 2);
  STOP_IF_FAILED ();
  /* By employee id: the head was added first. */
  g_assert_cmpint (g_array_index (statuses, KnPlanStatusOf, 0).employee_id, ==, kadis);
  g_assert_cmpint (g_array_index (statuses, KnPlanStatusOf, 0).status, ==, KN_PLAN_STATUS_SUBMITTED);
  g_assert_cmpint (g_array_index (statuses, KnPlanStatusOf, 1).employee_id, ==, staff);
  g_assert_cmpint (g_array_index (statuses, KnPlanStatusOf, 1).status, ==, KN_PLAN_STATUS_DRAFT);
  g_clear_pointer (&statuses, g_array_unref);

  statuses = kn_store_list_plan_statuses (fixture->store, YEAR - 1);
  g_assert_cmpuint (statuses->len, ==, 1);
  STOP_IF_FAILED ();
  g_assert_cmpint (g_array_index (statuses, KnPlanStatusOf, 0).employee_id, ==, kabid);
  g_clear_pointer (&statuses, g_array_unref);

  statuses = kn_store_list_plan_statuses (fixture->store, YEAR + 1);
  g_assert_cmpuint (statuses->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  kn_test_init (&argc, &argv);

#define ADD KN_TEST_ADD

  ADD ("/store-plan/save/round-trip", test_save_round_trip);
  ADD ("/store-plan/save/edit", test_save_edit);
  ADD ("/store-plan/save/qualitative", test_save_qualitative);
  ADD ("/store-plan/save/jpt", test_save_jpt);
  ADD ("/store-plan/save/jpt-with-parent", test_save_jpt_with_parent);

  ADD ("/store-plan/invalid/empty-result-text", test_invalid_empty_result_text);
  ADD ("/store-plan/invalid/blank-indicator-text", test_invalid_blank_indicator_text);
  ADD ("/store-plan/invalid/negative-target", test_invalid_negative_target);
  ADD ("/store-plan/invalid/nan-target", test_invalid_nan_target);
  ADD ("/store-plan/invalid/parent-other-year", test_invalid_parent_other_year);
  ADD ("/store-plan/invalid/parent-not-assessor", test_invalid_parent_not_assessor);
  ADD ("/store-plan/invalid/second-plan", test_invalid_second_plan);
  ADD ("/store-plan/invalid/locked", test_invalid_locked);
  ADD ("/store-plan/invalid/new-plan-not-draft", test_invalid_new_plan_not_draft);

  ADD ("/store-plan/cascade/remove-supported", test_cascade_remove_supported);
  ADD ("/store-plan/cascade/delete-staff-employee", test_cascade_delete_staff_employee);
  ADD ("/store-plan/cascade/delete-head-employee", test_cascade_delete_head_employee);

  ADD ("/store-plan/workflow/submit-without-utama", test_workflow_submit_without_utama);
  ADD ("/store-plan/workflow/submit-without-indicator", test_workflow_submit_without_indicator);
  ADD ("/store-plan/workflow/submit-without-target", test_workflow_submit_without_target);
  ADD ("/store-plan/workflow/full-cycle", test_workflow_full_cycle);
  ADD ("/store-plan/workflow/take-back", test_workflow_take_back);
  ADD ("/store-plan/save/changed-elsewhere", test_save_changed_elsewhere);

  ADD ("/store-plan/summary/counts", test_summaries);
  ADD ("/store-plan/summary/years", test_plan_years);
  ADD ("/store-plan/summary/statuses", test_summary_statuses);

  ADD ("/store-plan/copy/next-year", test_copy_next_year);
  ADD ("/store-plan/copy/onto-existing-year", test_copy_onto_existing_year);

  ADD ("/store-plan/template/save-load", test_template_save_load);
  ADD ("/store-plan/template/apply", test_template_apply);
  ADD ("/store-plan/template/apply-one", test_template_apply_one);
  ADD ("/store-plan/template/apply-replace-drafts", test_template_apply_replace);
  ADD ("/store-plan/template/apply-rollback", test_template_apply_rollback);

#undef ADD

  return g_test_run ();
}
