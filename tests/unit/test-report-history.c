/* SPDX-License-Identifier: GPL-3.0-or-later */
/* People over time in the documents: the Evaluasi of a month is signed by the atasan of that
 * month — the old one before a mutasi, the new one after, and a Plt. acting for the atasan with
 * "Plt. …" as the position. */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "kinerja/kinerja.h"

#include "kn-demo.h"

#include "kn-test-io.h"
#include "kn-test-util.h"

typedef KnTestDemo Fixture;

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

#define NEW_POSITION "Penata Mutasi Promosi"

/* A mutasi to @unit_id under @supervisor_id and a new jabatan, both on 1 June of the demo year. */
static void
move_and_promote (Fixture *fixture,
                  gint64   id,
                  gint64   unit_id,
                  gint64   supervisor_id)
{
  g_autoptr(KnHistoryEntry) move = kn_history_entry_new (id, KN_HISTORY_MUTASI);
  g_autoptr(KnHistoryEntry) jabatan = kn_history_entry_new (id, KN_HISTORY_JABATAN);
  g_autoptr(GError) error = NULL;

  move->start_date = g_strdup ("2026-06-01");
  move->unit_id = unit_id;
  move->supervisor_id = supervisor_id;
  g_assert_true (kn_store_add_history (fixture->store, move, &error));
  g_assert_no_error (error);
  jabatan->start_date = g_strdup ("2026-06-01");
  jabatan->position = g_strdup (NEW_POSITION);
  jabatan->position_kind = KN_POSITION_PELAKSANA;
  g_assert_true (kn_store_add_history (fixture->store, jabatan, &error));
  g_assert_no_error (error);
}

/* The path of @employee's unit (a copy: a move changes it). */
static char *
unit_path_of (Fixture    *fixture,
              KnEmployee *employee)
{
  KnOrgUnit *unit = kn_store_lookup_unit (fixture->store, kn_employee_get_unit_id (employee));

  g_assert_nonnull (unit);
  return g_strdup (kn_org_unit_get_path (unit));
}

/* The text of @report printed to @name in the fixture's folder (NULL, the test skipped, without
 * pdftotext). */
static char *
evaluation_pdf_text (Fixture    *fixture,
                     KnReport   *report,
                     const char *name)
{
  g_autoptr(KnDocument) document = kn_document_new_report (report, KN_PAPER_A4);
  g_autofree char *pdf = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (kn_document_write_pdf (document, pdf, &error));
  g_assert_no_error (error);
  return kn_test_pdf_text (pdf, "-raw");
}

/* @report printed to @name in the fixture's folder shows @position, not NEW_POSITION. */
static void
assert_prints_position (Fixture    *fixture,
                        KnReport   *report,
                        const char *name,
                        const char *position)
{
  g_autofree char *text = evaluation_pdf_text (fixture, report, name);

  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, position));
      g_assert_null (strstr (text, NEW_POSITION));
    }
}

static gboolean
recap_lists (KnRecapReport *recap,
             const char    *name)
{
  for (guint i = 0; i < recap->rows->len; i++)
    if (g_str_equal (((KnRecapRow *) recap->rows->pdata[i])->person.name, name))
      return TRUE;
  return FALSE;
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
  g_autoptr(KnReport) before = NULL;
  g_autoptr(KnReport) after = NULL;
  g_autoptr(KnRecapReport) recap_before = NULL;
  g_autoptr(KnRecapReport) recap_after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *atasan_name = NULL;
  g_autofree char *new_name = NULL;
  g_autofree char *person_name = NULL;
  g_autofree char *old_unit = NULL;
  g_autofree char *new_unit = NULL;
  g_autofree char *old_position = NULL;
  gint64 id, old_unit_id;

  g_assert_nonnull (person);
  id = kn_employee_get_id (person);
  person_name = g_strdup (kn_employee_get_name (person));
  atasan = kn_store_lookup_employee (fixture->store, kn_employee_get_supervisor_id (person));
  atasan_name = g_strdup (kn_employee_get_name (atasan));
  new_atasan = kn_store_lookup_employee (fixture->store, kn_employee_get_supervisor_id (atasan));
  g_assert_nonnull (new_atasan);
  new_name = g_strdup (kn_employee_get_name (new_atasan));

  old_unit = unit_path_of (fixture, person);
  new_unit = unit_path_of (fixture, new_atasan);
  old_position = g_strdup (kn_employee_get_position (person));
  old_unit_id = kn_employee_get_unit_id (person);
  g_assert_cmpstr (old_unit, !=, new_unit);
  move_and_promote (fixture, id, kn_employee_get_unit_id (new_atasan),
                    kn_employee_get_id (new_atasan));

  /* May stays with the old atasan, unit and jabatan; July is the new ones'. */
  before = report_of (fixture, id, "2026-05");
  g_assert_cmpstr (before->assessor.name, ==, atasan_name);
  g_assert_cmpstr (before->employee.unit, ==, old_unit);
  g_assert_cmpstr (before->employee.position, ==, old_position);
  after = report_of (fixture, id, "2026-07");
  g_assert_cmpstr (after->assessor.name, ==, new_name);
  g_assert_cmpstr (after->employee.unit, ==, new_unit);
  g_assert_cmpstr (after->employee.position, ==, NEW_POSITION);

  /* The printed Evaluasi of May: the jabatan then. */
  assert_prints_position (fixture, before, "evaluasi-mei.pdf", old_position);

  /* The unit's recap of May lists the person; of July, no more. */
  recap_before = kn_report_build_recap (fixture->store, old_unit_id, "2026-05", &error);
  g_assert_no_error (error);
  recap_after = kn_report_build_recap (fixture->store, old_unit_id, "2026-07", &error);
  g_assert_no_error (error);
  g_assert_true (recap_lists (recap_before, person_name));
  g_assert_false (recap_lists (recap_after, person_name));
}

/* An SKP of a year gone by prints the unit, jabatan and OPD of that year; the running year's,
 * those of now. */
static void
test_skp_of_its_year (Fixture       *fixture,
                      gconstpointer  data)
{
  KnEmployee *person = find_person (fixture);
  KnEmployee *atasan, *new_atasan;
  g_autoptr(KnPlan) plan = NULL;
  KnPlanResult *result;
  g_autoptr(KnReport) last_year = NULL;
  g_autoptr(KnReport) this_year = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_unit = NULL;
  g_autofree char *new_unit = NULL;
  g_autofree char *old_position = NULL;
  gint64 id;

  g_assert_nonnull (person);
  id = kn_employee_get_id (person);
  atasan = kn_store_lookup_employee (fixture->store, kn_employee_get_supervisor_id (person));
  new_atasan = kn_store_lookup_employee (fixture->store, kn_employee_get_supervisor_id (atasan));
  old_unit = unit_path_of (fixture, person);
  new_unit = unit_path_of (fixture, new_atasan);
  old_position = g_strdup (kn_employee_get_position (person));

  plan = kn_plan_new (id, KN_DEMO_YEAR - 1);
  kn_plan_set_assessor_id (plan, kn_employee_get_id (atasan));
  result = kn_test_plan_add_result (plan, KN_RESULT_KIND_UTAMA, "Layanan tersusun", 0);
  kn_test_result_add_indicator (result, KN_ASPECT_NONE, "Dokumen layanan", 4, "dokumen");
  g_assert_true (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);

  move_and_promote (fixture, id, kn_employee_get_unit_id (new_atasan),
                    kn_employee_get_id (new_atasan));
  /* The day has come: the person as recorded now is in the new unit. */
  g_assert_cmpint (kn_employee_get_unit_id (kn_store_lookup_employee (fixture->store, id)), ==,
                   kn_employee_get_unit_id (new_atasan));

  last_year = kn_report_build_skp (fixture->store, id, KN_DEMO_YEAR - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (last_year->employee.unit, ==, old_unit);
  g_assert_cmpstr (last_year->employee.position, ==, old_position);
  g_assert_cmpstr (last_year->assessor.name, ==, kn_employee_get_name (atasan));
  this_year = kn_report_build_skp (fixture->store, id, KN_DEMO_YEAR, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (this_year->employee.unit, ==, new_unit);
  g_assert_cmpstr (this_year->employee.position, ==, NEW_POSITION);
  assert_prints_position (fixture, last_year, "skp-lalu.pdf", old_position);
}

static gboolean
has_history (Fixture *fixture,
             gint64   id)
{
  g_autoptr(GPtrArray) history = kn_store_list_history (fixture->store, id);

  return history->len > 0;
}

/* A PNS person with an SKP in the demo year, whose TW1 and AKHIR evaluations are not final,
 * rated by a PNS atasan (not a kepala OPD) who has a PNS atasan; none of them with a history. */
static KnEmployee *
find_pns_chain (Fixture *fixture)
{
  GListModel *employees = kn_store_get_employees (fixture->store);

  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      g_autoptr(KnPlan) plan = NULL;
      g_autoptr(KnEvaluation) first = NULL;
      g_autoptr(KnEvaluation) last = NULL;
      gint64 id = kn_employee_get_id (employee);
      KnEmployee *atasan = kn_store_lookup_employee (fixture->store,
                                                     kn_employee_get_supervisor_id (employee));
      KnEmployee *superior = atasan != NULL
                             ? kn_store_lookup_employee (fixture->store,
                                                         kn_employee_get_supervisor_id (atasan))
                             : NULL;

      if (superior == NULL || kn_employee_get_status (employee) != KN_EMPLOYEE_STATUS_PNS ||
          kn_employee_get_status (atasan) != KN_EMPLOYEE_STATUS_PNS ||
          kn_employee_get_status (superior) != KN_EMPLOYEE_STATUS_PNS ||
          kn_position_kind_is_jpt (kn_employee_get_position_kind (atasan)) ||
          has_history (fixture, id) ||
          has_history (fixture, kn_employee_get_id (atasan)) ||
          has_history (fixture, kn_employee_get_id (superior)))
        continue;
      plan = kn_store_load_plan (fixture->store, id, KN_DEMO_YEAR, NULL);
      first = kn_store_load_evaluation (fixture->store, id, "2026-TW1", NULL);
      last = kn_store_load_evaluation (fixture->store, id, "2026-AKHIR", NULL);
      if (plan != NULL &&
          (first == NULL || kn_evaluation_get_status (first) != KN_EVALUATION_STATUS_FINAL) &&
          (last == NULL || kn_evaluation_get_status (last) != KN_EVALUATION_STATUS_FINAL))
        return kn_store_lookup_employee (fixture->store, id);
    }
  return NULL;
}

/* @id held @before until a kenaikan pangkat to @after on 1 July of the demo year. */
static void
raise_rank (Fixture    *fixture,
            gint64      id,
            const char *before,
            const char *after)
{
  g_autoptr(KnEmployee) edited = kn_employee_copy (kn_store_lookup_employee (fixture->store, id));
  g_autoptr(KnHistoryEntry) raise = kn_history_entry_new (id, KN_HISTORY_PANGKAT);
  g_autoptr(GError) error = NULL;

  kn_employee_set_rank (edited, before);
  g_assert_true (kn_store_update_employee (fixture->store, edited, &error));
  g_assert_no_error (error);
  raise->start_date = g_strdup ("2026-07-01");
  raise->rank = g_strdup (after);
  g_assert_true (kn_store_add_history (fixture->store, raise, &error));
  g_assert_no_error (error);
}

/* A kenaikan pangkat on 1 July: the Evaluasi of TW1 prints the ranks held on 31 March — of the
 * person, the pejabat penilai and the atasan pejabat penilai — and that of AKHIR the new ones;
 * the Penetapan Predikat of TW1 too. */
static void
test_pangkat_of_its_period (Fixture       *fixture,
                            gconstpointer  data)
{
  KnEmployee *person = find_pns_chain (fixture);
  g_autoptr(KnReport) first = NULL;
  g_autoptr(KnReport) last = NULL;
  g_autoptr(KnRecapReport) recap = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;
  gint64 id, atasan, superior;

  g_assert_nonnull (person);
  id = kn_employee_get_id (person);
  atasan = kn_employee_get_supervisor_id (person);
  superior = kn_employee_get_supervisor_id (kn_store_lookup_employee (fixture->store, atasan));
  raise_rank (fixture, id, "I/a", "I/b");
  raise_rank (fixture, atasan, "I/c", "I/d");
  raise_rank (fixture, superior, "II/a", "II/b");
  /* The person as recorded today has the new rank. */
  g_assert_cmpstr (kn_employee_get_rank (kn_store_lookup_employee (fixture->store, id)), ==,
                   "I/b");

  first = report_of (fixture, id, "2026-TW1");
  g_assert_cmpstr (first->employee.rank, ==, "Juru Muda, I/a");
  g_assert_cmpstr (first->assessor.rank, ==, "Juru, I/c");
  g_assert_cmpstr (first->superior.rank, ==, "Pengatur Muda, II/a");
  last = report_of (fixture, id, "2026-AKHIR");
  g_assert_cmpstr (last->employee.rank, ==, "Juru Muda Tk. I, I/b");
  g_assert_cmpstr (last->assessor.rank, ==, "Juru Tk. I, I/d");
  g_assert_cmpstr (last->superior.rank, ==, "Pengatur Muda Tk. I, II/b");

  first_text = evaluation_pdf_text (fixture, first, "evaluasi-tw1.pdf");
  last_text = evaluation_pdf_text (fixture, last, "evaluasi-akhir.pdf");
  if (first_text != NULL && last_text != NULL)
    {
      g_assert_nonnull (strstr (first_text, "Juru Muda, I/a"));
      g_assert_nonnull (strstr (first_text, "Juru, I/c"));
      g_assert_null (strstr (first_text, "Juru Muda Tk. I, I/b"));
      g_assert_nonnull (strstr (last_text, "Juru Muda Tk. I, I/b"));
      g_assert_nonnull (strstr (last_text, "Juru Tk. I, I/d"));
      g_assert_null (strstr (last_text, "Juru Muda, I/a"));
    }

  recap = kn_report_build_recap (fixture->store, kn_employee_get_unit_id (person), "2026-TW1",
                                 &error);
  g_assert_no_error (error);
  for (guint i = 0; i < recap->rows->len; i++)
    {
      KnRecapRow *row = recap->rows->pdata[i];

      if (g_str_equal (row->person.name, kn_employee_get_name (person)) && !row->final)
        g_assert_cmpstr (row->person.rank, ==, "Juru Muda, I/a");
    }
}

/* The demo's kenaikan pangkat (data/promotions.tsv): Yohana Sitompul was Penata, III/c until
 * 1 April, her atasan Hj. Nurhayati Pembina, IV/a; the Evaluasi of TW1 prints those, that of
 * AKHIR their ranks today. */
static void
test_demo_kenaikan_pangkat (Fixture       *fixture,
                            gconstpointer  data)
{
  GListModel *employees = kn_store_get_employees (fixture->store);
  g_autoptr(KnReport) first = NULL;
  g_autoptr(KnReport) last = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;
  gint64 id = 0;

  for (guint i = 0; i < g_list_model_get_n_items (employees) && id == 0; i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);

      if (g_str_has_prefix (kn_employee_get_name (employee), "Yohana Sitompul"))
        id = kn_employee_get_id (employee);
    }
  g_assert_cmpint (id, !=, 0);
  history = kn_store_list_history (fixture->store, id);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpint (((KnHistoryEntry *) history->pdata[0])->kind, ==, KN_HISTORY_PANGKAT);
  g_assert_cmpstr (kn_employee_get_rank (kn_store_lookup_employee (fixture->store, id)), ==,
                   "III/d");

  first = report_of (fixture, id, "2026-TW1");
  last = report_of (fixture, id, "2026-AKHIR");
  g_assert_cmpstr (first->employee.rank, ==, "Penata, III/c");
  g_assert_cmpstr (first->assessor.rank, ==, "Pembina, IV/a");
  g_assert_cmpstr (last->employee.rank, ==, "Penata Tk. I, III/d");
  g_assert_cmpstr (last->assessor.rank, ==, "Pembina Tk. I, IV/b");

  first_text = evaluation_pdf_text (fixture, first, "demo-tw1.pdf");
  last_text = evaluation_pdf_text (fixture, last, "demo-akhir.pdf");
  if (first_text != NULL && last_text != NULL)
    {
      g_assert_nonnull (strstr (first_text, "Penata, III/c"));
      g_assert_null (strstr (first_text, "Penata Tk. I, III/d"));
      g_assert_nonnull (strstr (last_text, "Penata Tk. I, III/d"));
      g_assert_null (strstr (last_text, "Penata, III/c"));
    }
}

int
main (int    argc,
      char **argv)
{
  kn_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, kn_test_demo_set_up, func, \
                                kn_test_demo_tear_down)
  ADD ("/report-history/plt-signs", test_plt_signs);
  ADD ("/report-history/mutasi-signs", test_mutasi_signs);
  ADD ("/report-history/skp-of-its-year", test_skp_of_its_year);
  ADD ("/report-history/pangkat-of-its-period", test_pangkat_of_its_period);
  ADD ("/report-history/demo-kenaikan-pangkat", test_demo_kenaikan_pangkat);
#undef ADD

  return g_test_run ();
}
