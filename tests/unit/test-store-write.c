/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of the store's write path as the audit trail shows it: one audit row per changed object
 * and operation, with all its changed fields; a save that changes nothing writes no row; what
 * a transaction remembers of its own checks never outlives it (issue 13). */

#define G_LOG_DOMAIN "test-store-write"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "kinerja/kn-employee.h"
#include "kinerja/kn-enums.h"
#include "kinerja/kn-evaluation.h"
#include "kinerja/kn-indicator.h"
#include "kinerja/kn-org-unit.h"
#include "kinerja/kn-plan-enums.h"
#include "kinerja/kn-plan-result.h"
#include "kinerja/kn-plan.h"
#include "kinerja/kn-store.h"

#include "kn-test-util.h"

#define YEAR 2026
#define TW1  "2026-TW1"

typedef struct
{
  char    *folder;
  char    *path;
  KnStore *store;
  gint64   unit;
  gint64   kabid;
  gint64   analis;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = kn_test_store_new ("kinerja-test-store-write-XXXXXX", &fixture->folder,
                                      &fixture->path);
  fixture->unit = kn_test_add_unit (fixture->store, "Dinas Pendidikan dan Kebudayaan", 0);
  fixture->kabid = kn_test_add_person (fixture->store, "197503121999032002",
                                       "Sri Wahyuni, S.Pd., M.Pd.", NULL,
                                       "Kepala Bidang Pembinaan SMA", KN_POSITION_ADMINISTRATOR,
                                       fixture->unit, 0);
  fixture->analis = kn_test_add_person (fixture->store, "199001012015031001",
                                        "Budi Rahayu, S.Pd.", NULL, "Analis Kurikulum",
                                        KN_POSITION_PELAKSANA, fixture->unit, fixture->kabid);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_store_clear (&fixture->store, &fixture->folder, &fixture->path);
}

/* How many audit rows (not fields) @entries come from. */
static guint
count_rows (GPtrArray *entries)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < entries->len; i++)
    {
      KnAuditEntry *entry = g_ptr_array_index (entries, i);

      g_hash_table_add (ids, &entry->id);
    }
  return g_hash_table_size (ids);
}

static KnAuditEntry *
find_field (GPtrArray  *entries,
            const char *field)
{
  for (guint i = 0; i < entries->len; i++)
    {
      KnAuditEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (entry->field, field) == 0)
        return entry;
    }
  return NULL;
}

static void
assert_field (GPtrArray  *entries,
              const char *action,
              const char *field,
              const char *old_value,
              const char *new_value)
{
  KnAuditEntry *entry = find_field (entries, field);

  g_assert_nonnull (entry);
  if (entry == NULL)
    return;
  g_assert_cmpstr (entry->action, ==, action);
  g_assert_cmpstr (entry->old_value, ==, old_value);
  g_assert_cmpstr (entry->new_value, ==, new_value);
}

/* A new evaluation saved with its ratings and a note is ONE audit row, "insert", holding the
 * period and every field it was given (it was an "insert" row and an "update" row). */
static void
test_evaluation_insert_one_row (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (fixture->analis, TW1);
  g_autoptr(GPtrArray) audit = NULL;

  kn_evaluation_set_assessor_id (evaluation, fixture->kabid);
  kn_evaluation_set_rating_result (evaluation, KN_RATING_ABOVE);
  kn_evaluation_set_rating_behaviour (evaluation, KN_RATING_AS_EXPECTED);
  kn_evaluation_set_note (evaluation, "Perlu pelatihan penulisan laporan.");
  g_assert_true (kn_store_save_evaluation (fixture->store, evaluation, &error));
  g_assert_no_error (error);

  audit = kn_store_list_audit (fixture->store, "evaluation", kn_evaluation_get_id (evaluation));
  g_assert_cmpuint (count_rows (audit), ==, 1);
  g_assert_cmpuint (audit->len, ==, 4);
  assert_field (audit, "insert", "period", NULL, TW1);
  assert_field (audit, "insert", "rating_result", NULL, "di-atas");
  assert_field (audit, "insert", "rating_behaviour", NULL, "sesuai");
  assert_field (audit, "insert", "note", NULL, "Perlu pelatihan penulisan laporan.");
}

/* An evaluation given no ratings yet: its one row holds the period alone. */
static void
test_evaluation_insert_unrated (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (fixture->analis, TW1);
  g_autoptr(GPtrArray) audit = NULL;

  g_assert_true (kn_store_save_evaluation (fixture->store, evaluation, &error));
  g_assert_no_error (error);

  audit = kn_store_list_audit (fixture->store, "evaluation", kn_evaluation_get_id (evaluation));
  g_assert_cmpuint (audit->len, ==, 1);
  assert_field (audit, "insert", "period", NULL, TW1);
}

int
main (int    argc,
      char **argv)
{
  kn_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store-write/evaluation-insert-one-row", test_evaluation_insert_one_row);
  ADD ("/store-write/evaluation-insert-unrated", test_evaluation_insert_unrated);

  return g_test_run ();
}
