/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of pengembangan kompetensi in the store: what is saved is what is read back, bad input
 * is refused with a message naming the field and leaves nothing behind, the JP of a year. */

#define G_LOG_DOMAIN "test-store-training"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-employee.h"
#include "kinerja/kn-history.h"
#include "kinerja/kn-org-unit.h"
#include "kinerja/kn-report-data.h"
#include "kinerja/kn-store.h"
#include "kinerja/kn-training.h"

#include "kn-test-util.h"

typedef struct
{
  char    *folder;
  char    *path;
  KnStore *store;
  gint64   kabid;
  gint64   guru;
} Fixture;

static gint64
add_person (KnStore    *store,
            const char *nip,
            const char *name,
            gint64      unit_id,
            gint64      supervisor_id)
{
  return kn_test_add_person (store, nip, name, "III/c", "Guru Ahli Muda", KN_POSITION_AHLI_MUDA,
                             unit_id, supervisor_id);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnOrgUnit) unit = kn_org_unit_new ("Dinas Pendidikan dan Kebudayaan", 0);

  fixture->store = kn_test_store_new ("kinerja-test-store-training-XXXXXX", &fixture->folder,
                                      &fixture->path);
  g_assert_true (kn_store_add_unit (fixture->store, unit, &error));
  g_assert_no_error (error);
  fixture->kabid = add_person (fixture->store, "197503121999032002", "Sri Wahyuni, S.Pd., M.Pd.",
                               kn_org_unit_get_id (unit), 0);
  fixture->guru = add_person (fixture->store, "199001012015031001", "Budi Rahayu, S.Pd.",
                              kn_org_unit_get_id (unit), fixture->kabid);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_store_clear (&fixture->store, &fixture->folder, &fixture->path);
}

static gint64
save (Fixture    *fixture,
      gint64      employee_id,
      const char *date,
      const char *title,
      KnTrainingForm form,
      double      hours)
{
  return kn_test_add_training (fixture->store, employee_id, date, title, form, hours, NULL);
}

/* Every form survives its machine name; the klasikal ones are the first five. */
static void
test_forms (void)
{
  KnTrainingForm form;

  for (guint i = 0; i < KN_TRAINING_N; i++)
    {
      g_assert_true (kn_training_form_from_string (kn_training_form_to_string (i), &form));
      g_assert_cmpint (form, ==, i);
      g_assert_nonnull (kn_training_form_label (i));
      g_assert_cmpstr (kn_training_form_label (i), !=, "");
    }
  g_assert_true (kn_training_form_from_string ("E-Learning", &form));
  g_assert_cmpint (form, ==, KN_TRAINING_E_LEARNING);
  g_assert_false (kn_training_form_from_string ("diklat-fiktif", &form));
  g_assert_true (kn_training_form_is_klasikal (KN_TRAINING_BIMTEK));
  g_assert_false (kn_training_form_is_klasikal (KN_TRAINING_COACHING));
}

/* Everything typed is read back after the file is closed and opened again, by date order. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnTraining) training = kn_training_new (fixture->guru);
  g_autoptr(GPtrArray) list = NULL;
  KnTraining *read;

  training->date = g_strdup ("2026-08-14");
  training->title = g_strdup ("  Bimtek Implementasi Kurikulum Merdeka ");
  training->form = KN_TRAINING_BIMTEK;
  training->hours = 24.5;
  training->organizer = g_strdup ("BPSDM Provinsi Lampung");
  training->evidence = g_strdup ("   ");
  g_assert_true (kn_store_save_training (fixture->store, training, &error));
  g_assert_no_error (error);
  save (fixture, fixture->guru, "2026-03-02", "Coaching penyusunan SKP", KN_TRAINING_COACHING, 2);

  kn_test_store_reopen (&fixture->store, fixture->path);
  list = kn_store_list_trainings (fixture->store, fixture->guru, 2026);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((KnTraining *)list->pdata[0])->title, ==, "Coaching penyusunan SKP");
  read = list->pdata[1];
  g_assert_cmpint (read->id, ==, training->id);
  g_assert_cmpint (read->employee_id, ==, fixture->guru);
  g_assert_cmpstr (read->date, ==, "2026-08-14");
  g_assert_cmpstr (read->title, ==, "Bimtek Implementasi Kurikulum Merdeka");
  g_assert_cmpint (read->form, ==, KN_TRAINING_BIMTEK);
  g_assert_cmpfloat (read->hours, ==, 24.5);
  g_assert_cmpstr (read->organizer, ==, "BPSDM Provinsi Lampung");
  g_assert_null (read->evidence);

  /* Someone else's activities are not theirs. */
  g_clear_pointer (&list, g_ptr_array_unref);
  list = kn_store_list_trainings (fixture->store, fixture->kabid, 2026);
  g_assert_cmpuint (list->len, ==, 0);
}

/* The JP of a year count only that year's activities, 1 January to 31 December. */
static void
test_hours_of_year (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GHashTable) totals = NULL;
  double *hours;

  save (fixture, fixture->guru, "2025-12-31", "Seminar akhir tahun", KN_TRAINING_SEMINAR, 8);
  save (fixture, fixture->guru, "2026-01-01", "E-learning ASN Unggul", KN_TRAINING_E_LEARNING, 6);
  save (fixture, fixture->guru, "2026-12-31", "Workshop modul ajar", KN_TRAINING_WORKSHOP, 7.5);
  save (fixture, fixture->kabid, "2026-05-20", "Pelatihan Kepemimpinan Administrator",
        KN_TRAINING_PELATIHAN, 40);
  save (fixture, fixture->guru, "2027-01-01", "Mentoring", KN_TRAINING_MENTORING, 3);

  g_assert_cmpfloat_with_epsilon (kn_store_training_hours (fixture->store, fixture->guru, 2026),
                                  13.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (kn_store_training_hours (fixture->store, fixture->guru, 2025),
                                  8, 1e-9);
  g_assert_cmpfloat (kn_store_training_hours (fixture->store, fixture->guru, 2024), ==, 0);

  totals = kn_store_training_totals (fixture->store, 2026);
  g_assert_cmpuint (g_hash_table_size (totals), ==, 2);
  hours = g_hash_table_lookup (totals, &fixture->guru);
  g_assert_nonnull (hours);
  g_assert_cmpfloat_with_epsilon (*hours, 13.5, 1e-9);
  hours = g_hash_table_lookup (totals, &fixture->kabid);
  g_assert_nonnull (hours);
  g_assert_cmpfloat_with_epsilon (*hours, 40, 1e-9);
}

/* Each mistake is refused with a message that names the field, and nothing is written. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  static const struct
  {
    const char *date;
    const char *title;
    double      hours;
    const char *field;
  } cases[] = {
    { "2026-04-10", "   ", 8, "Name of the activity" },
    { "2026-04-10", NULL, 8, "Name of the activity" },
    { "2026-02-30", "Bimtek", 8, "Date" },
    { "10/04/2026", "Bimtek", 8, "Date" },
    { NULL, "Bimtek", 8, "Date" },
    { "2026-04-10", "Bimtek", 0, "Hours (JP)" },
    { "2026-04-10", "Bimtek", -2, "Hours (JP)" },
    { "2026-04-10", "Bimtek", 1000.5, "Hours (JP)" },
    { "2026-04-10", "Bimtek", NAN, "Hours (JP)" },
  };
  g_autoptr(GPtrArray) audit = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KnTraining) training = kn_training_new (fixture->guru);

      training->date = g_strdup (cases[i].date);
      training->title = g_strdup (cases[i].title);
      training->hours = cases[i].hours;
      g_assert_false (kn_store_save_training (fixture->store, training, &error));
      g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, cases[i].field));
      g_assert_cmpint (training->id, ==, 0);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KnTraining) training = kn_training_new (9999);

    training->date = g_strdup ("2026-04-10");
    training->title = g_strdup ("Bimtek");
    training->hours = 8;
    g_assert_false (kn_store_save_training (fixture->store, training, &error));
    g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
  }

  g_assert_cmpfloat (kn_store_training_hours (fixture->store, fixture->guru, 2026), ==, 0);
  audit = kn_store_list_audit (fixture->store, "training", 0);
  g_assert_cmpuint (audit->len, ==, 0);
}

/* A correction replaces the stored values and the audit log says what changed. */
static void
test_update (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(KnTraining) training = NULL;
  gint64 id = save (fixture, fixture->guru, "2026-06-01", "Pelatihan Dasar", KN_TRAINING_KURSUS, 8);

  list = kn_store_list_trainings (fixture->store, fixture->guru, 2026);
  training = kn_training_copy (list->pdata[0]);
  g_free (training->title);
  training->title = g_strdup ("Pelatihan Microsoft Excel");
  training->hours = 12;
  training->form = KN_TRAINING_PELATIHAN;
  g_assert_true (kn_store_save_training (fixture->store, training, &error));
  g_assert_no_error (error);
  g_assert_cmpint (training->id, ==, id);

  /* A failed correction leaves the stored values as they were. */
  training->hours = 0;
  g_assert_false (kn_store_save_training (fixture->store, training, &error));
  g_clear_error (&error);

  kn_test_store_reopen (&fixture->store, fixture->path);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = kn_store_list_trainings (fixture->store, fixture->guru, 2026);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((KnTraining *)list->pdata[0])->title, ==, "Pelatihan Microsoft Excel");
  g_assert_cmpfloat (((KnTraining *)list->pdata[0])->hours, ==, 12);
  g_assert_cmpint (((KnTraining *)list->pdata[0])->form, ==, KN_TRAINING_PELATIHAN);

  audit = kn_store_list_audit (fixture->store, "training", id);
  g_assert_true (kn_test_audit_has (audit, "insert", "title", NULL, "Pelatihan Dasar"));
  g_assert_true (kn_test_audit_has (audit, "update", "title", "Pelatihan Dasar",
                                    "Pelatihan Microsoft Excel"));
  g_assert_true (kn_test_audit_has (audit, "update", "hours", "8", "12"));
  g_assert_true (kn_test_audit_has (audit, "update", "form", "kursus", "pelatihan"));
  g_assert_false (kn_test_audit_has (audit, "update", "date", "2026-06-01", "2026-06-01"));
}

/* Deleting removes the activity from the JP; deleting it again says it is gone. */
static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(KnTraining) ghost = kn_training_new (fixture->guru);
  gint64 id = save (fixture, fixture->guru, "2026-06-01", "Seminar Nasional", KN_TRAINING_SEMINAR, 4);

  save (fixture, fixture->guru, "2026-07-01", "Mentoring", KN_TRAINING_MENTORING, 2);
  g_assert_true (kn_store_delete_training (fixture->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (kn_store_training_hours (fixture->store, fixture->guru, 2026), ==, 2);

  g_assert_false (kn_store_delete_training (fixture->store, id, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Saving over a deleted activity does not bring it back. */
  ghost->id = id;
  ghost->date = g_strdup ("2026-06-01");
  ghost->title = g_strdup ("Seminar Nasional");
  ghost->hours = 4;
  g_assert_false (kn_store_save_training (fixture->store, ghost, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (ghost->id, ==, id);

  audit = kn_store_list_audit (fixture->store, "training", id);
  g_assert_true (kn_test_audit_has (audit, "delete", "title", "Seminar Nasional", NULL));
}

/* An employee who is removed takes their activities along. */
static void
test_employee_removed (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) totals = NULL;

  save (fixture, fixture->guru, "2026-06-01", "Seminar Nasional", KN_TRAINING_SEMINAR, 4);
  g_assert_true (kn_store_delete_employee (fixture->store, fixture->guru, KN_STAFF_ACTION_CLEAR, 0,
                                           &error));
  g_assert_no_error (error);
  totals = kn_store_training_totals (fixture->store, 2026);
  g_assert_cmpuint (g_hash_table_size (totals), ==, 0);
}

/* The yearly right is 20 JP unless the office set another number; nonsense falls back to 20. */
static void
test_jp_per_year (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpfloat (kn_store_get_jp_per_year (fixture->store), ==, 20);
  g_assert_true (kn_store_set_setting (fixture->store, "jp-per-year", "24", &error));
  g_assert_no_error (error);
  kn_test_store_reopen (&fixture->store, fixture->path);
  g_assert_cmpfloat (kn_store_get_jp_per_year (fixture->store), ==, 24);
  g_assert_true (kn_store_set_setting (fixture->store, "jp-per-year", "dua puluh", &error));
  g_assert_cmpfloat (kn_store_get_jp_per_year (fixture->store), ==, 20);
  g_assert_true (kn_store_set_setting (fixture->store, "jp-per-year", "-5", &error));
  g_assert_cmpfloat (kn_store_get_jp_per_year (fixture->store), ==, 20);
}

/* The bands of the chart: 0, below half, half to below the target, the target or more. */
static void
test_bands (void)
{
  g_assert_cmpint (kn_training_band (0, 20), ==, KN_TRAINING_BAND_NONE);
  g_assert_cmpint (kn_training_band (-1, 20), ==, KN_TRAINING_BAND_NONE);
  g_assert_cmpint (kn_training_band (NAN, 20), ==, KN_TRAINING_BAND_NONE);
  g_assert_cmpint (kn_training_band (0.5, 20), ==, KN_TRAINING_BAND_LOW);
  g_assert_cmpint (kn_training_band (9.99, 20), ==, KN_TRAINING_BAND_LOW);
  g_assert_cmpint (kn_training_band (10, 20), ==, KN_TRAINING_BAND_PARTIAL);
  g_assert_cmpint (kn_training_band (19.99, 20), ==, KN_TRAINING_BAND_PARTIAL);
  g_assert_cmpint (kn_training_band (20, 20), ==, KN_TRAINING_BAND_REACHED);
  g_assert_cmpint (kn_training_band (12, 24), ==, KN_TRAINING_BAND_PARTIAL);
}

/* The unit's counts for the chart and the summaries come from the store, the year's only. */
static void
test_count (Fixture       *fixture,
            gconstpointer  data)
{
  KnTrainingChart chart = { 0, };
  KnEmployee *guru = kn_store_lookup_employee (fixture->store, fixture->guru);

  save (fixture, fixture->guru, "2026-03-01", "E-learning", KN_TRAINING_E_LEARNING, 12);
  save (fixture, fixture->kabid, "2025-03-01", "Pelatihan tahun lalu", KN_TRAINING_PELATIHAN, 40);
  kn_report_count_training (fixture->store, kn_employee_get_unit_id (guru), 2026, NULL, &chart);
  g_assert_cmpuint (chart.employees, ==, 2);
  g_assert_cmpuint (chart.counts[KN_TRAINING_BAND_NONE], ==, 1);
  g_assert_cmpuint (chart.counts[KN_TRAINING_BAND_PARTIAL], ==, 1);
  g_assert_cmpuint (chart.counts[KN_TRAINING_BAND_REACHED], ==, 0);
  g_assert_cmpfloat (chart.total_hours, ==, 12);
  g_assert_cmpfloat (chart.target, ==, 20);
  g_assert_cmpuint (chart.year, ==, 2026);

  save (fixture, fixture->guru, "2026-09-01", "Coaching", KN_TRAINING_COACHING, 8);
  kn_report_count_training (fixture->store, kn_employee_get_unit_id (guru), 2026, NULL, &chart);
  g_assert_cmpuint (chart.counts[KN_TRAINING_BAND_REACHED], ==, 1);
  g_assert_cmpuint (chart.counts[KN_TRAINING_BAND_PARTIAL], ==, 0);

  /* The same from totals the caller read already. */
  {
    g_autoptr(GHashTable) totals = kn_store_training_totals (fixture->store, 2026);
    KnTrainingChart again = { 0, };

    kn_report_count_training (fixture->store, kn_employee_get_unit_id (guru), 2026, totals,
                              &again);
    g_assert_cmpuint (again.counts[KN_TRAINING_BAND_REACHED], ==, 1);
    g_assert_cmpuint (again.counts[KN_TRAINING_BAND_NONE], ==, 1);
    g_assert_cmpfloat (again.total_hours, ==, 20);
  }
}

/* Who was on CLTN all year owes no JP and is not counted; retired in the year, still counted. */
static void
test_count_inactive (Fixture       *fixture,
                     gconstpointer  data)
{
  KnTrainingChart chart = { 0, };
  KnEmployee *guru = kn_store_lookup_employee (fixture->store, fixture->guru);
  g_autoptr(KnHistoryEntry) cltn = kn_history_entry_new (fixture->guru, KN_HISTORY_STATUS);
  g_autoptr(GError) error = NULL;

  cltn->status = KN_PERSON_CLTN;
  cltn->start_date = g_strdup ("2025-07-01");
  g_assert_true (kn_store_add_history (fixture->store, cltn, &error));
  g_assert_no_error (error);
  kn_report_count_training (fixture->store, kn_employee_get_unit_id (guru), 2026, NULL, &chart);
  g_assert_cmpuint (chart.employees, ==, 1);
  g_assert_cmpuint (chart.counts[KN_TRAINING_BAND_NONE], ==, 1);
  /* 2025: active until July, still owed. */
  kn_report_count_training (fixture->store, kn_employee_get_unit_id (guru), 2025, NULL, &chart);
  g_assert_cmpuint (chart.employees, ==, 2);

  /* The recap (Recap to Excel, kinerja-cli kompetensi) lists the same people. */
  {
    g_autoptr(KnTrainingRecap) recap = kn_report_build_training_recap (fixture->store,
                                                                      kn_employee_get_unit_id (guru),
                                                                      2026, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (recap->rows->len, ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();

#define ADD(path, func) \
  g_test_add ("/store-training/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/store-training/forms", test_forms);
  ADD ("round-trip", test_round_trip);
  ADD ("hours-of-year", test_hours_of_year);
  ADD ("refused", test_refused);
  ADD ("update", test_update);
  ADD ("delete", test_delete);
  ADD ("employee-removed", test_employee_removed);
  ADD ("jp-per-year", test_jp_per_year);
  ADD ("count", test_count);
  ADD ("count-inactive", test_count_inactive);
  g_test_add_func ("/store-training/bands", test_bands);

  return g_test_run ();
}
