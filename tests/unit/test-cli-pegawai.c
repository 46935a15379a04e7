/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli pegawai: a transfer, a status, a jabatan and a Plt. recorded from the command line
 * and read back from the store; mistakes refused with the argument named. */

#include "config.h"

#include <string.h>

#include "kinerja/kinerja.h"

#include "kn-test-io.h"
#include "kn-test-util.h"

#define KABAN   "196804151994031005"
#define KABID   "197509172000031003"
#define KABID_K "198012102006042003"
#define MARUF   "198609262015051001"
#define RIZKY   "199405082022031004"

typedef KnTestFolder Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *roster = g_test_build_filename (G_TEST_DIST, "data", "contoh",
                                                   "pegawai-simpeg.csv", NULL);
  g_auto(KnTestCliRun) cli = { NULL };

  kn_test_folder_set_up (fixture, "kantor.db");
  g_assert_cmpint (kn_test_cli (&cli, "import", "pegawai", roster, "--database", fixture->path,
                                NULL), ==, 0);
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
  g_auto(KnTestCliRun) cli = { NULL };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KnHistoryEntry) acting = NULL;
  g_autofree char *position = NULL;
  g_autofree char *rank = NULL;
  KnOrgUnit *unit;

  g_assert_cmpint (kn_test_cli (&cli, "pegawai", "mutasi", MARUF, "--unit",
                                "Bidang Pengembangan Kompetensi", "--atasan", KABID_K, "--tmt",
                                "01-07-2026", "--sk", "800/45/BKD/2026", "--database",
                                fixture->path, NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, "Transfer: Bidang Mutasi dan Promosi → Bidang Pengembangan "
                                     "Kompetensi"));
  g_assert_cmpint (kn_test_cli (&cli, "pegawai", "plt", KABID, "Kepala Bidang Pengembangan "
                                "Kompetensi", "--for", KABID_K, "--tmt", "2026-08-01", "--until",
                                "2026-08-31", "--database", fixture->path, NULL), ==, 0);
  g_assert_cmpint (kn_test_cli (&cli, "pegawai", "status", RIZKY, "tugas belajar", "--tmt",
                                "2026-09-01", "--database", fixture->path, NULL), ==, 0);
  g_assert_cmpint (kn_test_cli (&cli, "pegawai", "jabatan", MARUF, "Analis SDM Aparatur Ahli "
                                "Madya", "--kind", "ahli-madya", "--tmt", "2026-10-01",
                                "--database", fixture->path, NULL), ==, 0);
  /* A kenaikan pangkat; a golongan of PPPK is refused for a PNS, naming it. */
  g_assert_cmpint (kn_test_cli (&cli, "pegawai", "pangkat", MARUF, "IX", "--tmt", "2026-04-01",
                                "--database", fixture->path, NULL), ==, 1);
  g_assert_nonnull (strstr (cli.err, "“IX”"));
  g_assert_cmpint (kn_test_cli (&cli, "pegawai", "pangkat", MARUF, "IV/a", "--tmt", "2026-04-01",
                                "--sk", "823/041/BKD/2026", "--database", fixture->path, NULL),
                   ==, 0);
  g_assert_nonnull (strstr (cli.out, "Pembina, IV/a"));

  g_assert_cmpint (kn_test_cli (&cli, "pegawai", "riwayat", MARUF, "--database", fixture->path,
                                NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, "1 July 2026"));
  g_assert_nonnull (strstr (cli.out, "800/45/BKD/2026"));
  g_assert_nonnull (strstr (cli.out, "Position: Analis Sumber Daya Manusia Aparatur Ahli Muda → "
                                     "Analis SDM Aparatur Ahli Madya"));
  g_assert_nonnull (strstr (cli.out, "1 April 2026"));
  g_assert_nonnull (strstr (cli.out, "→ Pembina, IV/a — 823/041/BKD/2026"));

  store = kn_store_open (fixture->path, &error);
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
  g_auto(KnTestCliRun) cli = { NULL };

  g_assert_cmpint (kn_test_cli (&cli, "pegawai", "status", MARUF, "liburan", "--tmt",
                                "2026-01-01", "--database", fixture->path, NULL), ==, 2);
  g_assert_nonnull (strstr (cli.err, "liburan"));
  g_assert_cmpint (kn_test_cli (&cli, "pegawai", "status", MARUF, "pensiun", "--tmt",
                                "31-02-2026", "--database", fixture->path, NULL), ==, 2);
  g_assert_nonnull (strstr (cli.err, "--tmt"));
  g_assert_cmpint (kn_test_cli (&cli, "pegawai", "plt", MARUF, "Kepala", "--for", MARUF,
                                "--tmt", "2026-01-01", "--database", fixture->path, NULL), ==, 1);
  g_assert_nonnull (strstr (cli.err, "themselves"));
  g_assert_cmpint (kn_test_cli (&cli, "pegawai", "riwayat", "199001012015031001", "--database",
                                fixture->path, NULL), ==, 1);
  g_assert_nonnull (strstr (cli.err, "199001012015031001"));
  g_assert_cmpint (kn_test_cli (&cli, "pegawai", "naik-pangkat", MARUF, "--database",
                                fixture->path, NULL), ==, 2);
  g_assert_nonnull (strstr (cli.err, "naik-pangkat"));
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
      g_ptr_array_add (args, fixture->path);
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
  g_auto(KnTestCliRun) cli = { NULL };

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KnStore) store = kn_store_open (fixture->path, &error);
    gint64 maruf = id_of (store, MARUF);
    g_autoptr(KnPlan) plan = kn_plan_new (maruf, 2026);
    KnPlanResult *result = kn_test_plan_add_result (plan, KN_RESULT_KIND_UTAMA,
                                                    "Data mutasi pegawai mutakhir", 0);

    g_assert_no_error (error);
    kn_plan_set_assessor_id (plan, kn_employee_get_supervisor_id (kn_store_lookup_employee (store,
                                                                                            maruf)));
    kn_test_result_add_indicator (result, KN_ASPECT_NONE, "Data diperbarui", 12, "bulan");
    kn_test_save_approved_plan (store, plan);
  }

  g_assert_cmpint (kn_test_cli (&cli, "pegawai", "riwayat", MARUF, "--database", fixture->path,
                                NULL), ==, 0);
  g_assert_null (strstr (cli.out, "approved again"));
  g_assert_cmpint (kn_test_cli (&cli, "pegawai", "mutasi", MARUF, "--unit",
                                "Bidang Pengembangan Kompetensi", "--atasan", KABID_K, "--tmt",
                                "01-07-2026", "--database", fixture->path, NULL), ==, 0);
  g_assert_cmpint (kn_test_cli (&cli, "pegawai", "riwayat", MARUF, "--database", fixture->path,
                                NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, "SKP 2026: to be approved again by the new atasan, "));
  g_assert_nonnull (strstr (cli.out, "(transfer of 1 July 2026)"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, kn_test_folder_tear_down)
  ADD ("/cli/pegawai/record-and-list", test_record_and_list);
  ADD ("/cli/pegawai/mistakes", test_mistakes);
  ADD ("/cli/pegawai/unknown-names", test_unknown_names);
  ADD ("/cli/pegawai/mutasi-reapproval", test_mutasi_reapproval);
#undef ADD

  return g_test_run ();
}
