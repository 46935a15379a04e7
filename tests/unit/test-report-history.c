/* SPDX-License-Identifier: GPL-3.0-or-later */
/* People over time in the documents: the Evaluasi of a month is signed by the atasan of that
 * month — the old one before a mutasi, the new one after, and a Plt. acting for the atasan with
 * "Plt. …" as the position. */

#include "config.h"

#include <glib/gstdio.h>

#include "kinerja/kinerja.h"

#include "kn-demo.h"

#include "kn-test-util.h"

typedef struct
{
  char    *dir;
  KnStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = kn_test_make_folder ("kinerja-report-history-XXXXXX");
  path = g_build_filename (fixture->dir, "demo.db", NULL);
  fixture->store = kn_demo_create (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  kn_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* A demo person with an SKP in the demo year, an atasan who has an atasan, and no evaluation
 * in May. */
static KnEmployee *
find_person (Fixture *fixture)
{
  GListModel *employees = kn_store_get_employees (fixture->store);

  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      g_autoptr(KnPlan) plan = NULL;
      g_autoptr(KnEvaluation) evaluation = NULL;
      gint64 id = kn_employee_get_id (employee);

      KnEmployee *atasan = kn_store_lookup_employee (fixture->store,
                                                     kn_employee_get_supervisor_id (employee));

      /* An atasan who has an atasan: the one a transfer can go up to without a loop. */
      if (atasan == NULL || kn_employee_get_supervisor_id (atasan) == 0)
        continue;
      plan = kn_store_load_plan (fixture->store, id, KN_DEMO_YEAR, NULL);
      evaluation = kn_store_load_evaluation (fixture->store, id, "2026-05", NULL);
      if (plan != NULL && evaluation == NULL)
        return kn_store_lookup_employee (fixture->store, id);
    }
  return NULL;
}

/* Someone other than @a and @b, and not their atasan's atasan chain's first link either. */
static KnEmployee *
someone_else (Fixture *fixture,
              gint64   a,
              gint64   b)
{
  GListModel *employees = kn_store_get_employees (fixture->store);

  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      gint64 id = kn_employee_get_id (employee);

      if (id != a && id != b)
        return kn_store_lookup_employee (fixture->store, id);
    }
  return NULL;
}

static KnReport *
report_of (Fixture    *fixture,
           gint64      id,
           const char *period)
{
  g_autoptr(GError) error = NULL;
  KnReport *report = kn_report_build_evaluation (fixture->store, KN_DOCUMENT_EVALUASI, id,
                                                 period, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static void
test_plt_signs (Fixture       *fixture,
                gconstpointer  data)
{
  KnEmployee *person = find_person (fixture);
  KnEmployee *atasan, *actor;
  g_autoptr(KnHistoryEntry) plt = NULL;
  g_autoptr(KnReport) before = NULL;
  g_autoptr(KnReport) during = NULL;
  g_autoptr(KnReport) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *atasan_name = NULL;
  g_autofree char *actor_name = NULL;
  gint64 id;

  g_assert_nonnull (person);
  id = kn_employee_get_id (person);
  atasan = kn_store_lookup_employee (fixture->store, kn_employee_get_supervisor_id (person));
  atasan_name = g_strdup (kn_employee_get_name (atasan));
  actor = someone_else (fixture, id, kn_employee_get_id (atasan));
  actor_name = g_strdup (kn_employee_get_name (actor));

  before = report_of (fixture, id, "2026-05");
  g_assert_cmpstr (before->assessor.name, ==, atasan_name);

  plt = kn_history_entry_new (kn_employee_get_id (actor), KN_HISTORY_PLT);
  plt->start_date = g_strdup ("2026-05-01");
  plt->end_date = g_strdup ("2026-05-31");
  plt->acting_for_id = kn_employee_get_id (atasan);
  plt->position = g_strdup ("Kepala Sekolah Contoh");
  g_assert_true (kn_store_add_history (fixture->store, plt, &error));
  g_assert_no_error (error);

  during = report_of (fixture, id, "2026-05");
  g_assert_cmpstr (during->assessor.name, ==, actor_name);
  g_assert_cmpstr (during->assessor.position, ==, "Plt. Kepala Sekolah Contoh");
  after = report_of (fixture, id, "2026-06");
  g_assert_cmpstr (after->assessor.name, ==, atasan_name);
}

static void
test_mutasi_signs (Fixture       *fixture,
                   gconstpointer  data)
{
  KnEmployee *person = find_person (fixture);
  KnEmployee *atasan, *new_atasan;
  g_autoptr(KnHistoryEntry) move = NULL;
  g_autoptr(KnReport) before = NULL;
  g_autoptr(KnReport) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *atasan_name = NULL;
  g_autofree char *new_name = NULL;
  gint64 id;

  g_assert_nonnull (person);
  id = kn_employee_get_id (person);
  atasan = kn_store_lookup_employee (fixture->store, kn_employee_get_supervisor_id (person));
  atasan_name = g_strdup (kn_employee_get_name (atasan));
  new_atasan = kn_store_lookup_employee (fixture->store, kn_employee_get_supervisor_id (atasan));
  g_assert_nonnull (new_atasan);
  new_name = g_strdup (kn_employee_get_name (new_atasan));

  move = kn_history_entry_new (id, KN_HISTORY_MUTASI);
  move->start_date = g_strdup ("2026-06-01");
  move->unit_id = kn_employee_get_unit_id (new_atasan);
  move->supervisor_id = kn_employee_get_id (new_atasan);
  g_assert_true (kn_store_add_history (fixture->store, move, &error));
  g_assert_no_error (error);

  /* May stays with the old atasan, July is the new one's. */
  before = report_of (fixture, id, "2026-05");
  g_assert_cmpstr (before->assessor.name, ==, atasan_name);
  after = report_of (fixture, id, "2026-07");
  g_assert_cmpstr (after->assessor.name, ==, new_name);
}

int
main (int    argc,
      char **argv)
{
  kn_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/report-history/plt-signs", test_plt_signs);
  ADD ("/report-history/mutasi-signs", test_mutasi_signs);
#undef ADD

  return g_test_run ();
}
