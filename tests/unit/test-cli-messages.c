/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli says what is wrong, naming the argument, and what it did: a month in a year
 * evaluated by quarters (and the reverse) refused in every command taking --period; a file name
 * whose extension contradicts the format refused; a missing file to import said missing, with its
 * path and no window wording; a malformed --nip said malformed; a team that never existed said
 * so; a server that cannot be reached exits 3; a template nobody's jabatan matches said so; and
 * skm laporan, tim-penilai anggota and tinjau say what they wrote or recorded. On a demo. */

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kinerja.h"

#include "kn-test-io.h"
#include "kn-test-util.h"

#define DINAS "Dinas Pendidikan dan Kebudayaan"
#define SMA "Bidang Pembinaan SMA"
/* The demo's Kepala Dinas Pendidikan dan Kebudayaan. */
#define HEAD_NIP "196908072000041001"

typedef struct
{
  char *folder;
  char *path;   /* the demo database */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_auto(KnTestCliRun) cli = { NULL };

  fixture->folder = g_dir_make_tmp ("kinerja-cli-messages-XXXXXX", NULL);
  g_assert_nonnull (fixture->folder);
  fixture->path = g_build_filename (fixture->folder, "demo.db", NULL);
  g_assert_cmpint (kn_test_cli (&cli, "demo", fixture->path, NULL), ==, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_remove_tree (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
}

static char *
in_folder (Fixture    *fixture,
           const char *name)
{
  return g_build_filename (fixture->folder, name, NULL);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack != NULL ? haystack : "(null)", needle);
}

static void
assert_lacks (const char *haystack,
              const char *needle)
{
  if (haystack != NULL && strstr (haystack, needle) != NULL)
    g_error ("“%s” contains “%s”", haystack, needle);
}

/* A month in a year evaluated by quarters is refused by every command taking --period, naming
 * it, with exit 2 and nothing written; so is a quarter in a year switched to months. The
 * quarter of a quarterly year is taken. */
static void
test_period_scheme (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *out = in_folder (fixture, "m.pdf");
  g_autofree char *month_xlsx = in_folder (fixture, "m.xlsx");
  const char *const *commands[] = {
    (const char *const[]) { "export", "--document", "evaluasi", "--unit", SMA, "--period",
                            "2026-05", "-o", out, "-d", fixture->path, NULL },
    (const char *const[]) { "export", "--document", "rekap", "--unit", SMA, "--period",
                            "2026-05", "-o", out, "-d", fixture->path, NULL },
    (const char *const[]) { "evaluasi", "--unit", SMA, "--period", "2026-05", "-d",
                            fixture->path, NULL },
    (const char *const[]) { "distribusi", "--unit", SMA, "--period", "2026-05", "-d",
                            fixture->path, NULL },
    (const char *const[]) { "skm", "hasil", "--unit", DINAS, "--period", "2026-05", "-d",
                            fixture->path, NULL },
    (const char *const[]) { "skm", "laporan", "--unit", DINAS, "--period", "2026-05", "-o", out,
                            "-d", fixture->path, NULL },
    (const char *const[]) { "tim-penilai", "daftar", "--period", "2026-05", "-d", fixture->path,
                            NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *err = NULL;

      g_test_message ("kinerja-cli %s %s", commands[i][0], commands[i][1]);
      g_assert_cmpint (kn_test_run_cliv (NULL, &err, commands[i]), ==, 2);
      assert_contains (err, "--period: 2026-05 is a month, but 2026 is evaluated by quarters");
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }

  /* The quarter is taken. */
  {
    g_auto(KnTestCliRun) cli = { NULL };

    g_assert_cmpint (kn_test_cli (&cli, "export", "--document", "rekap", "--unit", SMA,
                                  "--period", "2026-TW1", "-o", out, "-d", fixture->path, NULL),
                     ==, 0);
    g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
  }

  /* A year evaluated by months refuses a quarter, and takes its months. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KnStore) store = kn_store_open (fixture->path, &error);
    g_auto(KnTestCliRun) cli = { NULL };

    g_assert_no_error (error);
    g_assert_true (kn_store_set_period_scheme (store, 2027, KN_PERIOD_SCHEME_MONTHS, &error));
    g_assert_no_error (error);
    g_clear_object (&store);

    g_assert_cmpint (kn_test_cli (&cli, "evaluasi", "--unit", SMA, "--period", "2027-TW1", "-d",
                                  fixture->path, NULL), ==, 2);
    assert_contains (cli.err, "--period: 2027-TW1 is a quarter, but 2027 is evaluated by months");
    g_assert_cmpint (kn_test_cli (&cli, "export", "--document", "rekap", "--unit", SMA,
                                  "--period", "2027-TW1", "-o", month_xlsx, "--format", "xlsx",
                                  "-d", fixture->path, NULL), ==, 2);
    assert_contains (cli.err, "--period: 2027-TW1 is a quarter");
    g_assert_false (g_file_test (month_xlsx, G_FILE_TEST_EXISTS));
    g_assert_cmpint (kn_test_cli (&cli, "evaluasi", "--unit", SMA, "--period", "2027-03", "-d",
                                  fixture->path, NULL), ==, 0);
  }
}

/* TRUE when @path starts as a zip (a workbook) does. */
static gboolean
is_zip (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  return g_file_get_contents (path, &contents, &length, NULL) && length > 4 &&
         memcmp (contents, "PK\3\4", 4) == 0;
}

/* A file name whose extension contradicts the format is refused naming the file, with exit 2
 * and nothing written; without --format the extension chooses. */
static void
test_format_extension (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *pdf = in_folder (fixture, "k.pdf");
  g_autofree char *xlsx = in_folder (fixture, "k.xlsx");
  g_auto(KnTestCliRun) cli = { NULL };

  g_assert_cmpint (kn_test_cli (&cli, "export", "--document", "rekap", "--unit", SMA,
                                "--period", "2026-TW1", "--format", "xlsx", "-o", pdf, "-d",
                                fixture->path, NULL), ==, 2);
  assert_contains (cli.err, "-o: “");
  assert_contains (cli.err, "k.pdf” ends in .pdf, but --format xlsx writes an Excel workbook");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  g_assert_cmpint (kn_test_cli (&cli, "export", "--document", "evaluasi", "--unit", SMA,
                                "--period", "2026-TW1", "--format", "pdf", "-o", xlsx, "-d",
                                fixture->path, NULL), ==, 2);
  assert_contains (cli.err, "k.xlsx” ends in .xlsx, but --format pdf writes a PDF");
  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));

  g_assert_cmpint (kn_test_cli (&cli, "kompetensi", "--unit", "Badan Kepegawaian Daerah",
                                "--year", "2026", "-o", pdf, "-d", fixture->path, NULL), ==, 2);
  assert_contains (cli.err, "-o: “");
  assert_contains (cli.err, "k.pdf” ends in .pdf, but an Excel workbook is written here");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  g_assert_cmpint (kn_test_cli (&cli, "employees", "--xlsx", pdf, "-d", fixture->path, NULL),
                   ==, 2);
  assert_contains (cli.err, "--xlsx: “");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  /* Without --format, .xlsx writes a workbook. */
  g_assert_cmpint (kn_test_cli (&cli, "export", "--document", "rekap", "--unit", SMA,
                                "--period", "2026-TW1", "-o", xlsx, "-d", fixture->path, NULL),
                   ==, 0);
  g_assert_true (is_zip (xlsx));
}

/* A missing file to import is said not to exist, with its whole path; no window wording. A file
 * without the required columns says which, without offering to choose them. */
static void
test_import_file_messages (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *missing = in_folder (fixture, "nowhere/pegawai.csv");
  g_autofree char *no_columns = kn_test_write_file (fixture->folder, "kolom.csv",
                                                    "Nomor;Nama\n1;Budi\n");
  const char *const *commands[] = {
    (const char *const[]) { "import", "pegawai", missing, "-d", fixture->path, NULL },
    (const char *const[]) { "import", "kegiatan", missing, "--dry-run", "-d", fixture->path,
                            NULL },
    (const char *const[]) { "skm", "import", missing, "--unit", DINAS, "--layanan",
                            "Legalisir Ijazah", "--period", "2026-TW1", "-d", fixture->path,
                            NULL },
  };
  g_autofree char *said = g_strdup_printf ("There is no file “%s”.", missing);
  g_auto(KnTestCliRun) cli = { NULL };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *err = NULL;

      g_test_message ("kinerja-cli %s %s", commands[i][0], commands[i][1]);
      g_assert_cmpint (kn_test_run_cliv (NULL, &err, commands[i]), ==, 1);
      assert_contains (err, said);
      assert_lacks (err, "Choose");
    }

  g_assert_cmpint (kn_test_cli (&cli, "import", "pegawai", no_columns, "--dry-run", "-d",
                                fixture->path, NULL), ==, 1);
  assert_contains (cli.err, "kolom.csv: No column was found for: NIP");
  assert_lacks (cli.err, "choose");
}

/* A --nip that cannot be a NIP says why; one that can but nobody has says so; a team that never
 * existed is said not to exist, not to have been deleted. */
static void
test_nip_and_team (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *out = in_folder (fixture, "skp.pdf");
  g_auto(KnTestCliRun) cli = { NULL };

  g_assert_cmpint (kn_test_cli (&cli, "export", "--document", "skp", "--nip",
                                "1969080720000410", "--period", "2026", "-o", out, "-d",
                                fixture->path, NULL), ==, 1);
  assert_contains (cli.err, "--nip: “1969080720000410” is not a valid NIP: The NIP has 16 "
                            "digits; it must have 18.");
  g_assert_cmpint (kn_test_cli (&cli, "tim-penilai", "anggota", "--tim", "1", "--nip",
                                "12345", "-d", fixture->path, NULL), ==, 1);
  assert_contains (cli.err, "is not a valid NIP");
  g_assert_cmpint (kn_test_cli (&cli, "export", "--document", "skp", "--nip",
                                "198501012010011001", "--period", "2026", "-o", out, "-d",
                                fixture->path, NULL), ==, 1);
  assert_contains (cli.err, "No employee has the NIP 198501012010011001.");

  g_assert_cmpint (kn_test_cli (&cli, "tim-penilai", "anggota", "--tim", "9", "--nip", HEAD_NIP,
                                "-d", fixture->path, NULL), ==, 1);
  assert_contains (cli.err, "--tim: There is no team 9");
  assert_lacks (cli.err, "deleted");
  g_assert_cmpint (kn_test_cli (&cli, "tim-penilai", "tinjau", "--tim", "9", "--nip", HEAD_NIP,
                                "--period", "2026-TW1", "--keputusan", "diajukan", "-d",
                                fixture->path, NULL), ==, 1);
  assert_contains (cli.err, "--tim: There is no team 9");
}

/* skm laporan, tim-penilai anggota and tinjau say what they wrote or recorded, as export does. */
static void
test_success_said (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *report = in_folder (fixture, "laporan-skm.pdf");
  g_autofree char *said = g_strdup_printf ("Written: %s\n", report);
  g_auto(KnTestCliRun) cli = { NULL };

  g_assert_cmpint (kn_test_cli (&cli, "skm", "laporan", "--unit", DINAS, "--period", "2026-TW1",
                                "-o", report, "-d", fixture->path, NULL), ==, 0);
  g_assert_cmpstr (cli.out, ==, said);
  g_assert_true (kn_test_is_complete_pdf (report));

  g_assert_cmpint (kn_test_cli (&cli, "tim-penilai", "buat", "--nama", "Tim Penilai Kinerja",
                                "--tahun", "2026", "-d", fixture->path, NULL), ==, 0);
  g_assert_cmpint (kn_test_cli (&cli, "tim-penilai", "anggota", "--tim", "1", "--nip", HEAD_NIP,
                                "--peran", "ketua", "-d", fixture->path, NULL), ==, 0);
  assert_contains (cli.out, "19690807 200004 1 001 is now Ketua of team 1 (Tim Penilai Kinerja).");
  g_assert_cmpint (kn_test_cli (&cli, "tim-penilai", "tinjau", "--tim", "1", "--nip",
                                "196811101996032001", "--period", "2026-TW1", "--keputusan",
                                "diajukan", "-d", fixture->path, NULL), ==, 0);
  assert_contains (cli.out, "Team 1 (Tim Penilai Kinerja), 19681110 199603 2 001, ");
  assert_contains (cli.out, "2026: recorded");
}

/* A template applied where nobody holds its jabatan says so and exits 1, rather than "0 created". */
static void
test_template_nobody (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(KnTestCliRun) cli = { NULL };

  g_assert_cmpint (kn_test_cli (&cli, "skp-template", "save", "Guru Ahli Muda", "--from",
                                HEAD_NIP, "--year", "2026", "-d", fixture->path, NULL), ==, 0);
  g_assert_cmpint (kn_test_cli (&cli, "skp-template", "apply", "Guru Ahli Muda", "--unit", DINAS,
                                "--year", "2027", "-d", fixture->path, NULL), ==, 1);
  assert_contains (cli.err, "Nobody in Dinas Pendidikan dan Kebudayaan holds the jabatan "
                            "“Guru Ahli Muda”, so no SKP was made.");
}

/* server init to a host that cannot be found: the database cannot be used (exit 3), said in
 * Kinerja's words first. */
static void
test_server_unknown_host (void)
{
  g_autofree char *err = NULL;

  g_assert_cmpint (kn_test_run_cli (NULL, &err, "server", "init",
                                    "postgresql://kinerja@no-such-host.invalid/kinerja", NULL),
                   ==, 3);
  assert_contains (err, "kinerja-cli: “postgresql://kinerja@no-such-host.invalid/kinerja”");
}

int
main (int   argc,
      char *argv[])
{
  kn_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/messages/period-scheme", test_period_scheme);
  ADD ("/cli/messages/format-extension", test_format_extension);
  ADD ("/cli/messages/import-file", test_import_file_messages);
  ADD ("/cli/messages/nip-and-team", test_nip_and_team);
  ADD ("/cli/messages/success-said", test_success_said);
  ADD ("/cli/messages/template-nobody", test_template_nobody);
#undef ADD
  g_test_add_func ("/cli/messages/server-unknown-host", test_server_unknown_host);

  return g_test_run ();
}
