/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli import as an office would run it: the example roster, a dry run, row errors that
 * leave the database byte for byte as it was. */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "kinerja/kinerja.h"

#include "kn-test-io.h"
#include "kn-test-util.h"

typedef KnTestFolder Fixture;

static char *
example (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "contoh", name, NULL);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* The example roster into a new database: everyone added, the units made, the atasan set. */
static void
test_example_roster (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *file = example ("pegawai-simpeg.csv");
  g_auto(KnTestCliRun) cli = { NULL };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  KnEmployee *maruf, *kabid, *siti;

  g_assert_cmpint (kn_test_cli (&cli, "import", "pegawai", file, "--database", fixture->path,
                                NULL), ==, 0);
  /* The mapping is printed, the title rows above the header skipped. */
  g_assert_nonnull (strstr (cli.out, "NIP ← column B “NIP Baru”"));
  g_assert_nonnull (strstr (cli.out, "Unit ← column I “Unor”"));
  g_assert_nonnull (strstr (cli.out,
                            "New unit: Badan Kepegawaian Daerah/Bidang Mutasi dan Promosi"));
  g_assert_nonnull (strstr (cli.out, "11 new, 0 changed, 0 unchanged."));
  g_assert_nonnull (strstr (cli.out, "Imported: 11 added, 0 updated."));

  store = kn_store_open (fixture->path, &error);
  g_assert_no_error (error);
  maruf = kn_store_find_employee_by_nip (store, "198609262015051001");
  kabid = kn_store_find_employee_by_nip (store, "197509172000031003");
  siti = kn_store_find_employee_by_nip (store, "198012102006042003");
  g_assert_nonnull (maruf);
  g_assert_nonnull (kabid);
  g_assert_cmpstr (kn_employee_get_name (maruf), ==, "Ma'ruf Hidayat, S.H.");
  g_assert_cmpstr (kn_employee_get_name (siti), ==, "Dra. Siti Rahmawati, M.Pd.");
  g_assert_cmpstr (kn_employee_get_rank (maruf), ==, "III/c");
  g_assert_cmpint (kn_employee_get_supervisor_id (maruf), ==, kn_employee_get_id (kabid));
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (store)), ==, 11);
  g_clear_object (&store);

  /* The same file again changes nothing. */
  g_assert_cmpint (kn_test_cli (&cli, "import", "pegawai", file, "--database", fixture->path,
                                NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, "0 new, 0 changed, 11 unchanged."));
}

static const char roster_v1[] =
  "NIP,Nama,Pangkat/Golongan,Jabatan,Unit Kerja,Status\n"
  "198609262015051001,Ma'ruf Hidayat,III/c,Analis SDM Aparatur Ahli Muda,Badan Kepegawaian Daerah,"
  "PNS\n";

static const char roster_v2[] =
  "NIP,Nama,Pangkat/Golongan,Jabatan,Unit Kerja,Status\n"
  "198609262015051001,Ma'ruf Hidayat,III/d,Analis SDM Aparatur Ahli Muda,Badan Kepegawaian Daerah,"
  "PNS\n"
  "199203152019032001,Nur'aini,III/a,Analis SDM Aparatur Ahli Pertama,Badan Kepegawaian Daerah,"
  "PNS\n";

/* The fixture's database holds @before, byte for byte. */
static void
assert_unchanged (Fixture *fixture,
                  GBytes  *before)
{
  g_autoptr(GBytes) after = read_bytes (fixture->path);

  g_assert_true (g_bytes_equal (before, after));
}

/* roster_v1 imported into the fixture's database: the database's bytes then. */
static GBytes *
import_v1 (Fixture *fixture)
{
  g_autofree char *v1 = kn_test_write_file (fixture->dir, "v1.csv", roster_v1);
  g_auto(KnTestCliRun) cli = { NULL };

  g_assert_cmpint (kn_test_cli (&cli, "import", "pegawai", v1, "--database", fixture->path, NULL),
                   ==, 0);
  return read_bytes (fixture->path);
}

/* --dry-run prints the changes field by field and leaves the file as it was. */
static void
test_dry_run (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *v1 = kn_test_write_file (fixture->dir, "v1.csv", roster_v1);
  g_autofree char *v2 = kn_test_write_file (fixture->dir, "v2.csv", roster_v2);
  g_auto(KnTestCliRun) cli = { NULL };
  g_autoptr(GBytes) before = NULL;

  /* A dry run into a database that does not exist yet creates none. */
  g_assert_cmpint (kn_test_cli (&cli, "import", "pegawai", v1, "--dry-run", "--database",
                                fixture->path, NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, "1 new, 0 changed, 0 unchanged."));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  g_assert_cmpint (kn_test_cli (&cli, "import", "pegawai", v1, "--database", fixture->path, NULL),
                   ==, 0);
  before = read_bytes (fixture->path);

  g_assert_cmpint (kn_test_cli (&cli, "import", "pegawai", v2, "--dry-run", "--database",
                                fixture->path, NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, "Changed: 19860926 201505 1 001 Ma'ruf Hidayat"));
  g_assert_nonnull (strstr (cli.out, "Rank: III/c → III/d"));
  g_assert_nonnull (strstr (cli.out, "New: 19920315 201903 2 001 Nur'aini"));
  g_assert_nonnull (strstr (cli.out, "1 new, 1 changed, 0 unchanged."));
  g_assert_nonnull (strstr (cli.out, "Dry run: nothing was written."));
  assert_unchanged (fixture, before);

  g_assert_cmpint (kn_test_cli (&cli, "import", "pegawai", v2, "--database", fixture->path, NULL),
                   ==, 0);
  g_assert_nonnull (strstr (cli.out, "Imported: 1 added, 1 updated."));
}

/* What the README promises the preview says besides the changes: a file converted from
 * Windows-1252, a 9-digit NIP of before 2009 (accepted, flagged), and the people in the database
 * whom the file does not name (listed, not deleted). */
static void
test_notices (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *v2 = kn_test_write_file (fixture->dir, "v2.csv", roster_v2);
  /* "José" in Windows-1252; Ma'ruf is not in this file. */
  g_autofree char *old =
    kn_test_write_file (fixture->dir, "lama.csv",
                        "NIP;Nama;Pangkat/Golongan;Jabatan;Unit Kerja;Status\r\n"
                        "199203152019032001;Nur'aini;III/a;"
                        "Analis SDM Aparatur Ahli Pertama;Badan Kepegawaian Daerah;"
                        "PNS\r\n"
                        "131234567;Jos\xe9 Lama;III/a;Analis;"
                        "Badan Kepegawaian Daerah;PNS\r\n");
  g_auto(KnTestCliRun) cli = { NULL };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  KnEmployee *jose;

  g_assert_cmpint (kn_test_cli (&cli, "import", "pegawai", v2, "--database", fixture->path, NULL),
                   ==, 0);
  g_assert_cmpint (kn_test_cli (&cli, "import", "pegawai", old, "--database", fixture->path,
                                NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, "lama.csv is not UTF-8: it was read as Windows-1252"));
  g_assert_nonnull (strstr (cli.out, "lama.csv, row 3: Cell A3: a 9-digit NIP of before 2009"));
  g_assert_nonnull (strstr (cli.out, "New: 131234567 José Lama"));
  g_assert_nonnull (strstr (cli.out, "1 person in the database is not in the file (nobody is "
                                     "deleted):\n    19860926 201505 1 001 Ma'ruf Hidayat\n"));
  g_assert_nonnull (strstr (cli.out, "Imported: 1 added, 0 updated."));

  store = kn_store_open (fixture->path, &error);
  g_assert_no_error (error);
  jose = kn_store_find_employee_by_nip (store, "131234567");
  g_assert_nonnull (jose);
  g_assert_cmpstr (kn_employee_get_name (jose), ==, "José Lama");
  /* Nobody is deleted by an import. */
  g_assert_nonnull (kn_store_find_employee_by_nip (store, "198609262015051001"));
}

static const char roster_bad[] =
  "NIP;Nama;Pangkat/Golongan;Jabatan;Unit Kerja;Status\n"
  "198609262015051001;Ma'ruf Hidayat;III/d;Analis;Badan Kepegawaian Daerah;PNS\n"
  "1,98609E+17;Nur'aini;III/a;Analis;Badan Kepegawaian Daerah;PNS\n"
  "199203152019032001;Rudi;III/q;Analis;Badan Kepegawaian Daerah;PNS\n"
  "198609262015051001;Ma'ruf Lagi;III/d;Analis;Badan Kepegawaian Daerah;PNS\n";

/* Any row error: each printed with the file, row and cell; nothing written; exit 1, also for a
 * dry run. */
static void
test_row_errors (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GBytes) before = import_v1 (fixture);
  g_autofree char *bad = kn_test_write_file (fixture->dir, "pegawai.csv", roster_bad);
  g_auto(KnTestCliRun) cli = { NULL };

  for (guint dry = 0; dry < 2; dry++)
    {
      g_assert_cmpint (kn_test_cli (&cli, "import", "pegawai", bad, "--database", fixture->path,
                                    dry ? "--dry-run" : NULL, NULL), ==, 1);
      g_assert_nonnull (strstr (cli.err, "pegawai.csv, row 3: Cell A3"));
      g_assert_nonnull (strstr (cli.err, "pegawai.csv, row 4: Cell C4"));
      g_assert_nonnull (strstr (cli.err, "III/q"));
      g_assert_nonnull (strstr (cli.err, "Rows 2 and 5"));
      g_assert_nonnull (strstr (cli.err, "nothing was imported"));
      g_assert_null (strstr (cli.out, "Imported:"));
      assert_unchanged (fixture, before);
    }
}

/* Each bad case of an office's file alone, after a valid row: refused with its row (and cell)
 * named, the database byte for byte as it was. */
static void
test_each_bad_case (Fixture       *fixture,
                    gconstpointer  data)
{
#define HEAD "NIP;Nama;Pangkat/Golongan;Jabatan;Unit Kerja;NIP Atasan;Status\n" \
             "199203152019032001;Nur'aini;III/a;Analis;Badan Kepegawaian Daerah;;PNS\n"
  static const struct
  {
    const char *file;
    const char *expected[2];
  } cases[] = {
    { HEAD "1,98609E+17;Rudi;III/a;Analis;Badan Kepegawaian Daerah;;PNS\n",
      { "pegawai.csv, row 3: Cell A3 holds the NIP as a number", "Text" } },
    { HEAD "198609262015051000;Rudi;III/a;Analis;Badan Kepegawaian Daerah;;PNS\n",
      { "pegawai.csv, row 3: Cell A3", "last digits" } },
    { HEAD "199203152019032001;Nur'aini Lagi;III/a;Analis;Badan Kepegawaian Daerah;;PNS\n",
      { "Rows 2 and 3 have the same NIP", NULL } },
    { HEAD "199001012015031001;Rudi;III/z;Analis;Badan Kepegawaian Daerah;;PNS\n",
      { "pegawai.csv, row 3: Cell C3: “III/z”", "IV/e" } },
    { HEAD "199001012015031001;Rudi;III/a;Analis;Badan Kepegawaian Daerah;;Honorer\n",
      { "pegawai.csv, row 3: Cell G3: “Honorer”", "PNS, CPNS, PPPK" } },
    { HEAD "199001012015031001;Rudi;III/a;Analis;Badan Kepegawaian Daerah;197001012000031001;PNS\n",
      { "pegawai.csv, row 3: Cell F3", "neither in the file nor in the database" } },
    { "NIP;Nama;Pangkat/Golongan;Jabatan;Unit Kerja;NIP Atasan;Status\n"
      "199203152019032001;Nur'aini;III/a;Analis;Badan Kepegawaian Daerah;199001012015031001;PNS\n"
      "199001012015031001;Rudi;III/a;Analis;Badan Kepegawaian Daerah;199203152019032001;PNS\n",
      { "row 2, row 3", NULL } },
  };
#undef HEAD
  g_autoptr(GBytes) before = import_v1 (fixture);
  g_autofree char *workbook = g_test_build_filename (G_TEST_DIST, "data", "import",
                                                     "libreoffice.xlsx", NULL);
  g_auto(KnTestCliRun) cli = { NULL };

  for (guint i = 0; i <= G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *bad = NULL;
      const char *expected[2] = { "libreoffice.xlsx, row 2: Cell A2 holds the NIP as a number",
                                  "libreoffice.xlsx, row 3: Cell A3" };

      /* Last, a workbook as LibreOffice saved it from a CSV: the NIPs became numbers. */
      if (i < G_N_ELEMENTS (cases))
        {
          bad = kn_test_write_file (fixture->dir, "pegawai.csv", cases[i].file);
          expected[0] = cases[i].expected[0];
          expected[1] = cases[i].expected[1];
        }
      g_test_message ("case %u", i);
      g_assert_cmpint (kn_test_cli (&cli, "import", "pegawai", bad != NULL ? bad : workbook,
                                    "--database", fixture->path, NULL), ==, 1);
      for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
        if (expected[e] != NULL && strstr (cli.err, expected[e]) == NULL)
          g_error ("case %u: “%s” not in:\n%s", i, expected[e], cli.err);
      g_assert_nonnull (strstr (cli.err, "nothing was imported"));
      assert_unchanged (fixture, before);
    }
}

/* The example training list after the example roster: every activity added once. */
static void
test_example_kegiatan (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *roster = example ("pegawai-simpeg.csv");
  g_autofree char *list = example ("kegiatan-bpsdm.csv");
  g_auto(KnTestCliRun) cli = { NULL };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  KnEmployee *nuraini;

  g_assert_cmpint (kn_test_cli (&cli, "import", "pegawai", roster, "--database", fixture->path,
                                NULL), ==, 0);
  g_assert_cmpint (kn_test_cli (&cli, "import", "kegiatan", list, "--database", fixture->path,
                                NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, "Activity ← column D “Nama Kegiatan”"));
  g_assert_nonnull (strstr (cli.out,
                            "New: 19920315 201903 2 001 Nur'aini, S.Psi. — Literasi Digital "
                            "ASN, 20-05-2026, 4.5 JP"));
  g_assert_nonnull (strstr (cli.out, "8 new, 0 already recorded (skipped)."));
  g_assert_nonnull (strstr (cli.out, "Imported: 8 activities added."));

  store = kn_store_open (fixture->path, &error);
  g_assert_no_error (error);
  nuraini = kn_store_find_employee_by_nip (store, "199203152019032001");
  g_assert_cmpfloat (kn_store_training_hours (store, kn_employee_get_id (nuraini), 2026), ==,
                     36.5);
  g_clear_object (&store);

  /* Again: each one is skipped, none doubled. */
  g_assert_cmpint (kn_test_cli (&cli, "import", "kegiatan", list, "--database", fixture->path,
                                NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, "0 new, 8 already recorded (skipped)."));
  g_assert_nonnull (strstr (cli.out, "kegiatan-bpsdm.csv, row 5: Already recorded: skipped."));
  store = kn_store_open (fixture->path, &error);
  g_assert_no_error (error);
  nuraini = kn_store_find_employee_by_nip (store, "199203152019032001");
  g_assert_cmpfloat (kn_store_training_hours (store, kn_employee_get_id (nuraini), 2026), ==,
                     36.5);
}

static const char kegiatan_bad[] =
  "NIP;Nama Kegiatan;Jenis;Tanggal Mulai;Tanggal Selesai;JP\n"
  "198609262015051001;Seminar ASN;Seminar;01/05/2026;;8\n"
  "199001012015031001;Seminar ASN;Seminar;01/05/2026;;8\n";

/* An unknown NIP: named with its file, row and cell; nothing written. */
static void
test_kegiatan_errors (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GBytes) before = import_v1 (fixture);
  g_autofree char *bad = kn_test_write_file (fixture->dir, "kegiatan.csv", kegiatan_bad);
  g_auto(KnTestCliRun) cli = { NULL };
  g_assert_cmpint (kn_test_cli (&cli, "import", "kegiatan", bad, "--database", fixture->path,
                                NULL), ==, 1);
  g_assert_nonnull (strstr (cli.err, "kegiatan.csv, row 3: Cell A3: nobody in the database has the "
                                     "NIP 19900101 201503 1 001"));
  g_assert_nonnull (strstr (cli.err, "1 error: nothing was imported."));
  assert_unchanged (fixture, before);
}

/* Usage mistakes: no file, an unknown kind, a file that is not a table. */
static void
test_usage (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *junk =
    kn_test_write_file (fixture->dir, "foto.xls", "\xd0\xcf\x11\xe0 not a table");
  g_auto(KnTestCliRun) cli = { NULL };

  g_assert_cmpint (kn_test_cli (&cli, "import", "pegawai", NULL), ==, 2);
  g_assert_nonnull (strstr (cli.err, "Name one file"));
  g_assert_cmpint (kn_test_cli (&cli, "import", "gaji", "x.csv", NULL), ==, 2);
  g_assert_nonnull (strstr (cli.err, "gaji"));
  /* The usage names every option (--sheet was missing). */
  g_assert_nonnull (strstr (cli.err, "[--sheet NAME] [--dry-run] [--database FILE]"));
  g_assert_cmpint (kn_test_cli (&cli, "import", "pegawai", junk, "--database", fixture->path,
                                NULL), ==, 1);
  g_assert_nonnull (strstr (cli.err, "foto.xls"));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

/* kinerja-cli employees --xlsx writes the roster that import pegawai reads back unchanged: the
 * whole demo, and one unit with --unit as --csv filters it (issue 9: round trip). */
static void
test_employees_xlsx_round_trip (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *xlsx = g_build_filename (fixture->dir, "Pegawai.xlsx", NULL);
  g_autofree char *csv = NULL;
  g_auto(KnTestCliRun) cli = { NULL };
  g_autofree char *expected = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  guint n_people, n_unit = 0;

  g_assert_cmpint (kn_test_cli (&cli, "demo", fixture->path, NULL), ==, 0);
  store = kn_store_open (fixture->path, &error);
  g_assert_no_error (error);
  n_people = g_list_model_get_n_items (kn_store_get_employees (store));
  g_assert_cmpuint (n_people, >, 10);
  g_clear_object (&store);

    g_assert_cmpint (kn_test_cli (&cli, "employees", "--database", fixture->path, "--xlsx", xlsx,
                                    NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, xlsx));
  before = read_bytes (fixture->path);

    g_assert_cmpint (kn_test_cli (&cli, "import", "pegawai", xlsx, "--dry-run", "--database",
                                fixture->path, NULL), ==, 0);
  expected = g_strdup_printf ("0 new, 0 changed, %u unchanged.", n_people);
  g_assert_nonnull (strstr (cli.out, expected));
  g_assert_null (strstr (cli.out, "New unit"));
  assert_unchanged (fixture, before);

  /* One unit: the same people as --csv lists, and still nothing to change. */
  g_assert_cmpint (kn_test_run_cli (&csv, NULL, "employees", "--database", fixture->path,
                                    "--csv", "--unit", "Dinas Pendidikan dan Kebudayaan", NULL),
                   ==, 0);
  for (const char *p = strchr (csv, '\n') + 1; *p != '\0'; p = strchr (p, '\n') + 1)
    n_unit++;
  g_assert_cmpuint (n_unit, >, 0);
  g_assert_cmpuint (n_unit, <, n_people);
    g_assert_cmpint (kn_test_cli (&cli, "employees", "--database", fixture->path, "--xlsx", xlsx,
                                "--unit", "Dinas Pendidikan dan Kebudayaan", NULL), ==, 0);
    g_clear_pointer (&expected, g_free);
  g_assert_cmpint (kn_test_cli (&cli, "import", "pegawai", xlsx, "--dry-run", "--database",
                                fixture->path, NULL), ==, 0);
  expected = g_strdup_printf ("0 new, 0 changed, %u unchanged.", n_unit);
  g_assert_nonnull (strstr (cli.out, expected));

  /* Both at once is a usage error. */
  g_assert_cmpint (kn_test_cli (&cli, "employees", "--database", fixture->path, "--csv",
                                "--xlsx", xlsx, NULL), ==, 2);
  g_assert_nonnull (strstr (cli.err, "--csv"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, "kantor.db", kn_test_folder_set_up, func, kn_test_folder_tear_down)
  ADD ("/cli/import/pegawai/example", test_example_roster);
  ADD ("/cli/import/pegawai/dry-run", test_dry_run);
  ADD ("/cli/import/pegawai/notices", test_notices);
  ADD ("/cli/import/pegawai/row-errors", test_row_errors);
  ADD ("/cli/import/pegawai/each-bad-case", test_each_bad_case);
  ADD ("/cli/import/kegiatan/example", test_example_kegiatan);
  ADD ("/cli/import/kegiatan/errors", test_kegiatan_errors);
  ADD ("/cli/import/usage", test_usage);
  ADD ("/cli/import/pegawai/employees-xlsx-round-trip", test_employees_xlsx_round_trip);
#undef ADD

  return g_test_run ();
}
