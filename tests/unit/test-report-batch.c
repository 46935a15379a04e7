/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one batch writer of kinerja-cli export and the Laporan place: who is left out, the file
 * names, one file or one per person, and a stop that leaves nothing half-written. */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "kinerja/kinerja.h"

#include "kn-test-io.h"
#include "kn-test-util.h"

static KnStore *demo;

/* Everyone in the unit (its sub-units included), the newcomer without an SKP among them. */
static GArray *
unit_ids (const char *unit_name)
{
  KnOrgUnit *unit = kn_store_find_unit (demo, unit_name);
  g_autoptr(GPtrArray) members = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_nonnull (unit);
  members = kn_test_unit_members (demo, kn_org_unit_get_id (unit));
  for (guint i = 0; i < members->len; i++)
    {
      gint64 id = kn_employee_get_id (members->pdata[i]);

      g_array_append_val (ids, id);
    }
  return ids;
}

/* Once: the same newcomer in every test. */
static gint64
add_newcomer (void)
{
  static gint64 id;
  KnOrgUnit *unit = kn_store_find_unit (demo, "Bidang Pembinaan SMA");

  if (id == 0)
    id = kn_test_add_person (demo, "199501012024011001", "Pegawai Baru", NULL, "Pranata Komputer",
                             KN_POSITION_PELAKSANA, kn_org_unit_get_id (unit), 0);
  return id;
}

/* Each test writes into a folder of its own (KnTestFolder), the one file its data names there. */
static void
test_split_names_and_skips (KnTestFolder  *fixture,
                            gconstpointer  data)
{
  const char *folder = fixture->dir;
  g_autoptr(KnReportBatch) batch = kn_report_batch_new (KN_DOCUMENT_EVALUASI, KN_PAPER_A4);
  g_autoptr(GError) error = NULL;
  G_GNUC_UNUSED gint64 newcomer = add_newcomer ();
  g_autoptr(GArray) ids = unit_ids ("Bidang Pembinaan SMA");
  const KnReport *const *reports;
  guint written;

  g_assert_true (kn_report_batch_gather (batch, demo, (const gint64 *) ids->data, ids->len,
                                         "2026-TW1", FALSE, &error));
  ASSERT_NO_ERROR (error);
  /* The newcomer has no SKP: left out and counted, as the CLI and the window say. */
  g_assert_cmpuint (kn_report_batch_get_n_skipped (batch), ==, 1);
  g_assert_cmpuint (kn_report_batch_get_n_reports (batch), ==, ids->len - 1);

  written = kn_report_batch_write (batch, kn_document_report_writer (), folder, TRUE, NULL, NULL,
                                   NULL, &error);
  ASSERT_NO_ERROR (error);
  g_assert_cmpuint (written, ==, ids->len - 1);

  /* One file per person, named by the one rule. */
  reports = kn_report_batch_get_reports (batch);
  for (guint i = 0; i < written; i++)
    {
      g_autofree char *name = kn_report_file_name (reports[i], FALSE);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_assert_true (g_str_has_prefix (name, "EVALUASI-2026-TW1-"));
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }
}

static void
test_one_file_and_strict (KnTestFolder  *fixture,
                          gconstpointer  data)
{
  g_autoptr(KnReportBatch) batch = kn_report_batch_new (KN_DOCUMENT_SKP, KN_PAPER_F4);
  g_autoptr(KnReportBatch) one = kn_report_batch_new (KN_DOCUMENT_SKP, KN_PAPER_F4);
  g_autoptr(GError) error = NULL;
  gint64 newcomer = add_newcomer ();
  g_autoptr(GArray) ids = unit_ids ("Bidang Pembinaan SMA");

  /* An SKP takes the year of any period. */
  g_assert_true (kn_report_batch_gather (batch, demo, (const gint64 *) ids->data, ids->len,
                                         "2026", FALSE, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpuint (kn_report_batch_get_year (batch), ==, 2026);
  g_assert_cmpuint (kn_report_batch_write (batch, kn_export_report_writer (), fixture->path,
                                           FALSE, NULL, NULL, NULL, &error), ==, ids->len - 1);
  ASSERT_NO_ERROR (error);
  kn_test_assert_listing (fixture->dir, "unit.xlsx");

  /* One person asked for by name who has no SKP is an error, not a skip. */
  g_assert_false (kn_report_batch_gather (one, demo, &newcomer, 1, "2026", TRUE, &error));
  g_assert_nonnull (error);
}

/* Stopped before it starts, the batch writes nothing and says it was stopped. */
static void
test_cancelled (KnTestFolder  *fixture,
                gconstpointer  data)
{
  g_autoptr(KnReportBatch) batch = kn_report_batch_new (KN_DOCUMENT_DOKUMEN, KN_PAPER_A4);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  G_GNUC_UNUSED gint64 newcomer = add_newcomer ();
  g_autoptr(GArray) ids = unit_ids ("Bidang Pembinaan SMA");

  g_assert_true (kn_report_batch_gather (batch, demo, (const gint64 *) ids->data, ids->len,
                                         "2026-TW1", FALSE, &error));
  g_cancellable_cancel (cancellable);
  g_assert_cmpuint (kn_report_batch_write (batch, kn_document_report_writer (), fixture->path,
                                           FALSE, cancellable, NULL, NULL, &error), ==, 0);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  kn_test_assert_listing (fixture->dir, "");
}

int
main (int    argc,
      char **argv)
{
  kn_test_init (&argc, &argv);

  g_test_add ("/report-batch/split-names-and-skips", KnTestFolder, NULL, kn_test_folder_set_up,
              test_split_names_and_skips, kn_test_folder_tear_down);
  g_test_add ("/report-batch/one-file-and-strict", KnTestFolder, "unit.xlsx",
              kn_test_folder_set_up, test_one_file_and_strict, kn_test_folder_tear_down);
  g_test_add ("/report-batch/cancelled", KnTestFolder, "unit.pdf", kn_test_folder_set_up,
              test_cancelled, kn_test_folder_tear_down);

  return kn_test_run_on_demo ("kinerja-batch-demo-XXXXXX", &demo);
}
