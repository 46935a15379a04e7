/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli pegawai: a transfer, a status, a jabatan and a Plt. recorded from the command line
 * and read back from the store; mistakes refused with the argument named. */

#include "config.h"

#include <string.h>

#include "kinerja/kinerja.h"

#include "kn-test-util.h"

#define run_cli kn_test_run_cli

#define KABAN   "196804151994031005"
#define KABID   "197509172000031003"
#define KABID_K "198012102006042003"
#define MARUF   "198609262015051001"
#define RIZKY   "199405082022031004"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *roster = g_test_build_filename (G_TEST_DIST, "data", "contoh",
                                                   "pegawai-simpeg.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  fixture->dir = kn_test_make_folder ("kinerja-cli-pegawai-XXXXXX");
  fixture->db = g_build_filename (fixture->dir, "kantor.db", NULL);
  g_assert_cmpint (run_cli (&out, &err, "import", "pegawai", roster, "--database", fixture->db,
                            NULL), ==, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db);
}

static gint64
id_of (KnStore    *store,
       const char *nip)
{
  KnEmployee *employee = kn_store_find_employee_by_nip (store, nip);

  g_assert_nonnull (employee);
  return kn_employee_get_id (employee);
}

static void
test_record_and_list (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KnHistoryEntry) acting = NULL;
  g_autofree char *position = NULL;
  g_autofree char *rank = NULL;
  KnOrgUnit *unit;

  g_assert_cmpint (run_cli (&out, &err, "pegawai", "mutasi", MARUF, "--unit",
                            "Bidang Pengembangan Kompetensi", "--atasan", KABID_K, "--tmt",
                            "01-07-2026", "--sk", "800/45/BKD/2026", "--database", fixture->db,
                            NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Transfer: Bidang Mutasi dan Promosi → Bidang Pengembangan "
                                 "Kompetensi"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "pegawai", "plt", KABID, "Kepala Bidang Pengembangan "
                            "Kompetensi", "--for", KABID_K, "--tmt", "2026-08-01", "--until",
                            "2026-08-31", "--database", fixture->db, NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "pegawai", "status", RIZKY, "tugas belajar", "--tmt",
                            "2026-09-01", "--database", fixture->db, NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "pegawai", "jabatan", MARUF, "Analis SDM Aparatur Ahli "
                            "Madya", "--kind", "ahli-madya", "--tmt", "2026-10-01", "--database",
                            fixture->db, NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* A kenaikan pangkat; a golongan of PPPK is refused for a PNS, naming it. */
  g_assert_cmpint (run_cli (&out, &err, "pegawai", "pangkat", MARUF, "IX", "--tmt", "2026-04-01",
                            "--database", fixture->db, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "“IX”"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "pegawai", "pangkat", MARUF, "IV/a", "--tmt", "2026-04-01",
                            "--sk", "823/041/BKD/2026", "--database", fixture->db, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Pembina, IV/a"));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "pegawai", "riwayat", MARUF, "--database", fixture->db,
                            NULL), ==, 0);
  g_assert_nonnull (strstr (out, "1 July 2026"));
  g_assert_nonnull (strstr (out, "800/45/BKD/2026"));
  g_assert_nonnull (strstr (out, "Position: Analis Sumber Daya Manusia Aparatur Ahli Muda → "
                                 "Analis SDM Aparatur Ahli Madya"));
  g_assert_nonnull (strstr (out, "1 April 2026"));
  g_assert_nonnull (strstr (out, "→ Pembina, IV/a — 823/041/BKD/2026"));

  store = kn_store_open (fixture->db, &error);
  g_assert_no_error (error);
  unit = kn_store_lookup_unit (store, kn_store_unit_at (store, id_of (store, MARUF),
                                                        "2026-06-30"));
  g_assert_cmpstr (kn_org_unit_get_name (unit), ==, "Bidang Mutasi dan Promosi");
  unit = kn_store_lookup_unit (store, kn_store_unit_at (store, id_of (store, MARUF),
                                                        "2026-07-01"));
  g_assert_cmpstr (kn_org_unit_get_name (unit), ==, "Bidang Pengembangan Kompetensi");
  /* In August the Plt. signs for Ma'ruf. */
  g_assert_cmpint (kn_store_supervisor_at (store, id_of (store, MARUF), "2026-08-15", &acting),
                   ==, id_of (store, KABID));
  g_assert_nonnull (acting);
  g_assert_cmpint (kn_store_supervisor_at (store, id_of (store, MARUF), "2026-09-01", NULL),
                   ==, id_of (store, KABID_K));
  g_assert_cmpint (kn_store_status_at (store, id_of (store, RIZKY), "2026-09-01"), ==,
                   KN_PERSON_TUGAS_BELAJAR);
  position = kn_store_position_at (store, id_of (store, MARUF), "2026-09-30", NULL);
  g_assert_cmpstr (position, ==, "Analis Sumber Daya Manusia Aparatur Ahli Muda");
  rank = kn_store_rank_at (store, id_of (store, MARUF), "2026-04-01");
  g_assert_cmpstr (rank, ==, "IV/a");
}

static void
test_mistakes (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (&out, &err, "pegawai", "status", MARUF, "liburan", "--tmt",
                            "2026-01-01", "--database", fixture->db, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "liburan"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "pegawai", "status", MARUF, "pensiun", "--tmt",
                            "31-02-2026", "--database", fixture->db, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--tmt"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "pegawai", "plt", MARUF, "Kepala", "--for", MARUF,
                            "--tmt", "2026-01-01", "--database", fixture->db, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "themselves"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "pegawai", "riwayat", "199001012015031001", "--database",
                            fixture->db, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "199001012015031001"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "pegawai", "naik-pangkat", MARUF, "--database",
                            fixture->db, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "naik-pangkat"));
}

/* A unit or a person that is not there: exit 1, the one error naming what was given (the
 * atasan is not looked up after a unit that failed), nothing recorded. */
static void
test_unknown_names (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *nobody = "199001012015031001";
  struct {
    const char *args[8];
    const char *named;
  } cases[] = {
    { { "mutasi", MARUF, "--unit", "Bidang Tidak Ada", "--atasan", nobody }, "Bidang Tidak Ada" },
    { { "mutasi", MARUF, "--unit", "Bidang Pengembangan Kompetensi", "--atasan", nobody },
      nobody },
    { { "plt", KABID, "Kepala", "--for", nobody }, nobody },
    { { "plt", KABID, "Kepala", "--unit", "Bidang Tidak Ada" }, "Bidang Tidak Ada" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_auto(GStrv) lines = NULL;

      g_ptr_array_add (args, (gpointer) "pegawai");
      for (guint a = 0; a < G_N_ELEMENTS (cases[i].args) && cases[i].args[a] != NULL; a++)
        g_ptr_array_add (args, (gpointer) cases[i].args[a]);
      g_ptr_array_add (args, (gpointer) "--tmt");
      g_ptr_array_add (args, (gpointer) "2026-07-01");
      g_ptr_array_add (args, (gpointer) "--database");
      g_ptr_array_add (args, fixture->db);
      g_ptr_array_add (args, NULL);

      g_assert_cmpint (kn_test_run_cliv (&out, &err, (const char *const *) args->pdata), ==, 1);
      g_assert_nonnull (strstr (err, cases[i].named));
      lines = g_strsplit (g_strstrip (err), "\n", -1);
      g_assert_cmpuint (g_strv_length (lines), ==, 1);
      g_assert_null (strstr (out, "Recorded"));
    }
}

/* A transfer in July: Ma'ruf's SKP of 2026, approved by his old atasan, waits for the new one,
 * and `pegawai riwayat` says so. */
static void
test_mutasi_reapproval (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KnStore) store = kn_store_open (fixture->db, &error);
    gint64 maruf = id_of (store, MARUF);
    g_autoptr(KnPlan) plan = kn_plan_new (maruf, 2026);
    g_autoptr(KnPlanResult) result = kn_plan_result_new ();
    g_autoptr(KnIndicator) indicator = kn_indicator_new ();

    g_assert_no_error (error);
    kn_plan_set_assessor_id (plan, kn_employee_get_supervisor_id (kn_store_lookup_employee (store,
                                                                                            maruf)));
    kn_plan_result_set_text (result, "Data mutasi pegawai mutakhir");
    kn_indicator_set_text (indicator, "Data diperbarui");
    kn_indicator_set_target_value (indicator, 12);
    kn_indicator_set_target_unit (indicator, "bulan");
    g_list_store_append (kn_plan_result_get_indicators (result), indicator);
    g_list_store_append (kn_plan_get_results (plan), result);
    g_assert_true (kn_store_save_plan (store, plan, &error));
    g_assert_no_error (error);
    g_assert_true (kn_store_set_plan_status (store, kn_plan_get_id (plan),
                                             KN_PLAN_STATUS_SUBMITTED, NULL, &error));
    g_assert_true (kn_store_set_plan_status (store, kn_plan_get_id (plan),
                                             KN_PLAN_STATUS_APPROVED, NULL, &error));
    g_assert_no_error (error);
  }

  g_assert_cmpint (run_cli (&out, &err, "pegawai", "riwayat", MARUF, "--database", fixture->db,
                            NULL), ==, 0);
  g_assert_null (strstr (out, "approved again"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "pegawai", "mutasi", MARUF, "--unit",
                            "Bidang Pengembangan Kompetensi", "--atasan", KABID_K, "--tmt",
                            "01-07-2026", "--database", fixture->db, NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "pegawai", "riwayat", MARUF, "--database", fixture->db,
                            NULL), ==, 0);
  g_assert_nonnull (strstr (out, "SKP 2026: to be approved again by the new atasan, "));
  g_assert_nonnull (strstr (out, "(transfer of 1 July 2026)"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/pegawai/record-and-list", test_record_and_list);
  ADD ("/cli/pegawai/mistakes", test_mistakes);
  ADD ("/cli/pegawai/unknown-names", test_unknown_names);
  ADD ("/cli/pegawai/mutasi-reapproval", test_mutasi_reapproval);
#undef ADD

  return g_test_run ();
}
