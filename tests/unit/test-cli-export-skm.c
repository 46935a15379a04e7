/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli export --document skm: a unit's Laporan Hasil Survei Kepuasan Masyarakat of a
 * period as PDF or Excel, the same report as kinerja-cli skm laporan and the Laporan place; a
 * period without a survey, or a person instead of a unit, is refused with nothing written. */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kinerja.h"

#include "kn-test-util.h"

typedef KnTestFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(KnSkmSurvey) survey = NULL;
  g_autoptr(GError) error = NULL;
  gint64 unit;

  fixture->store = kn_test_store_new ("kinerja-cli-export-skm-XXXXXX", &fixture->folder,
                                      &fixture->path);
  unit = kn_test_add_unit (fixture->store, "Dinas Pendidikan dan Kebudayaan", 0);
  survey = kn_skm_survey_new (unit, "2026-TW1", "Legalisir Ijazah");
  for (guint i = 0; i < G_N_ELEMENTS (kn_test_skm_rows); i++)
    kn_skm_survey_add_row (survey, kn_test_skm_rows[i]);
  g_assert_true (kn_store_save_survey (fixture->store, survey, &error));
  g_assert_no_error (error);
}

static void
test_export_skm (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixture->folder, "laporan-skm.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (fixture->folder, "laporan-skm.xlsx", NULL);
  g_auto(KnTestCliRun) cli = { NULL };
  g_autofree char *text = NULL;

  if (kn_test_skip_on_server ("the PDF is read from the folder"))
    return;
  g_assert_cmpint (kn_test_cli (&cli, "export", "-d", fixture->path, "--document", "skm",
                                "--unit", "Dinas Pendidikan dan Kebudayaan", "--period",
                                "2026-TW1", "--paper", "f4", "-o", pdf, NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, pdf));
  text = kn_test_pdf_text (pdf, "-raw");
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT"));
      g_assert_nonnull (strstr (text, "Dinas Pendidikan dan Kebudayaan"));
      g_assert_nonnull (strstr (text, "Indeks Kepuasan Masyarakat (IKM): 80,32"));
      g_assert_nonnull (strstr (text, "Unsur dengan nilai terendah"));
    }

  g_assert_cmpint (kn_test_cli (&cli, "export", "-d", fixture->path, "--document", "SKM",
                                "--unit", "Dinas Pendidikan dan Kebudayaan", "--period",
                                "2026-TW1", "--format", "xlsx", "-o", xlsx, NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, xlsx));
  {
    const char *argv[] = {
      "/usr/bin/python3", "-c",
      "import sys, openpyxl\n"
      "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
      "print('\\n'.join(str(c.value) for r in ws.iter_rows() for c in r if c.value is not None))\n",
      xlsx, NULL
    };
    g_autofree char *cells = kn_test_run_program (argv);

    g_assert_nonnull (strstr (cells, "Dinas Pendidikan dan Kebudayaan"));
    g_assert_nonnull (strstr (cells, "\n80.32\n"));
    g_assert_nonnull (strstr (cells, "Unsur dengan nilai terendah, yang pertama perlu diperbaiki"));
  }
}

static void
test_export_skm_refused (Fixture       *fixture,
                         gconstpointer  data)
{
  static const struct
  {
    const char *by;     /* --unit or --nip */
    const char *whom;
    const char *period;
    int         status;
    const char *said;
  } cases[] = {
    /* No survey in the second quarter: said, nothing written. */
    { "--unit", "Dinas Pendidikan dan Kebudayaan", "2026-TW2", 1, "has no survey" },
    /* A unit's report: a NIP is not a unit. */
    { "--nip", "198609262015051001", "2026-TW1", 2, "--unit" },
    /* A period that cannot be one is named. */
    { "--unit", "Dinas Pendidikan dan Kebudayaan", "2026-TW9", 2, "--period" },
  };
  g_autofree char *pdf = g_build_filename (fixture->folder, "laporan-skm.pdf", NULL);
  g_auto(KnTestCliRun) cli = { NULL };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpint (kn_test_cli (&cli, "export", "-d", fixture->path, "--document", "skm",
                                    cases[i].by, cases[i].whom, "--period", cases[i].period,
                                    "-o", pdf, NULL), ==, cases[i].status);
      g_assert_nonnull (strstr (cli.err, cases[i].said));
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
    }
}

/* The PDF goes through the same target as the other documents: a new file is its owner's only
 * (0600), and a symlink at the path is refused, the file it points to untouched. */
static void
test_export_skm_private (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixture->folder, "laporan-skm.pdf", NULL);
  g_autofree char *other = g_build_filename (fixture->folder, "other.txt", NULL);
  g_autofree char *link = g_build_filename (fixture->folder, "link.pdf", NULL);
  g_autofree char *contents = NULL;
  g_auto(KnTestCliRun) cli = { NULL };
  GStatBuf st;

  if (kn_test_skip_on_server ("the PDF is read from the folder"))
    return;
  g_assert_cmpint (kn_test_cli (&cli, "export", "-d", fixture->path, "--document", "skm",
                                "--unit", "Dinas Pendidikan dan Kebudayaan", "--period",
                                "2026-TW1", "-o", pdf, NULL), ==, 0);
  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_true (g_file_set_contents (other, "not a report", -1, NULL));
  g_assert_cmpint (symlink (other, link), ==, 0);
  g_assert_cmpint (kn_test_cli (&cli, "export", "-d", fixture->path, "--document", "skm",
                                "--unit", "Dinas Pendidikan dan Kebudayaan", "--period",
                                "2026-TW1", "-o", link, NULL), !=, 0);
  g_assert_cmpstr (cli.err, !=, "");
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_true (g_file_get_contents (other, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "not a report");
}

int
main (int   argc,
      char *argv[])
{
  kn_test_init (&argc, &argv);

  g_test_add ("/cli/export/skm", Fixture, NULL, fixture_set_up, test_export_skm,
              kn_test_fixture_tear_down);
  g_test_add ("/cli/export/skm-refused", Fixture, NULL, fixture_set_up, test_export_skm_refused,
              kn_test_fixture_tear_down);

  g_test_add ("/cli/export/skm-pdf-private", Fixture, NULL, fixture_set_up,
              test_export_skm_private, kn_test_fixture_tear_down);

  return g_test_run ();
}
