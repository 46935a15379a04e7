/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark: what `synchronous = FULL` costs a save (issue 12, defect 11). Kinerja's save of one
 * edited employee (kn_store_update_employee: the checks, the write, the audit rows, a transaction
 * of its own) beside the plain SQLite save of the same rows (one UPDATE and the same audit rows
 * in BEGIN IMMEDIATE … COMMIT), each with FULL (what Kinerja runs) and NORMAL (what it ran
 * before), one commit per save and many edits in one transaction (a bulk write). Prints a table
 * in bench-scale's form; asserts no time.
 *
 *   bench-save [EMPLOYEES [SAVES]]   (19000 and 200 unless given)
 */

#include "config.h"

#include <sqlite3.h>

#include <glib/gstdio.h>

#include "kinerja/kinerja.h"

#include "src/core/kn-store-private.h"

#include "bench-people.h"
#include "bench-plain.h"
#include "bench-province.h"

#define ROUNDS 3
#define BULK_EDITS 1000

typedef struct
{
  double wall;
  double cpu;
} Sample;

static const char *path;
static guint n_employees;
static guint n_saves;
static gint64 *ids;          /* every employee's id */
static guint edits;          /* how many names were changed so far: each edit a new name */

static gint64
count_rows (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static void
build_office (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = kn_store_open (path, &error);
  gint64 unit_ids[BENCH_N_OPD];

  g_assert_no_error (error);
  g_assert_true (kn_store_begin (store, &error));
  bench_add_opds (store, unit_ids);
  ids = g_new (gint64, n_employees);
  bench_add_teachers (store, unit_ids, n_employees, ids);
  g_assert_true (kn_store_commit (store, &error));
}

/* The employee the next edit changes, and its new name (a typo put right, as a person would). */
static gint64
next_edit (char **name)
{
  guint i = edits++;

  *name = g_strdup_printf ("Pegawai Nomor %u, S.Pd. (ubah %u)", i % n_employees + 1, i);
  return ids[(i * 7919u) % n_employees];
}

/* Kinerja: @n edits, each its own save, or all in one kn_store_begin … commit when @bulk. */
static Sample
kinerja_saves (const char *synchronous,
               guint       n,
               gboolean    bulk,
               guint      *audit_per_save)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = kn_store_open (path, &error);
  g_autofree char *pragma = g_strdup_printf ("PRAGMA synchronous = %s", synchronous);
  sqlite3 *counter = NULL;
  gint64 audit_before;
  double t0, c0;
  Sample sample;

  g_assert_no_error (error);
  /* Kinerja opens with FULL; NORMAL is set here on its connection, as it was before. */
  g_assert_true (kn_db_exec (store->db, pragma, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open_v2 (path, &counter, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  audit_before = count_rows (counter, "SELECT count(*) FROM audit");

  t0 = bench_now ();
  c0 = bench_cpu ();
  if (bulk)
    g_assert_true (kn_store_begin (store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = NULL;
      gint64 id = next_edit (&name);
      g_autoptr(KnEmployee) edited = kn_employee_copy (kn_store_lookup_employee (store, id));

      kn_employee_set_name (edited, name);
      if (!kn_store_update_employee (store, edited, &error))
        g_error ("%s", error->message);
    }
  if (bulk)
    g_assert_true (kn_store_commit (store, &error));
  sample.wall = (bench_now () - t0) / n;
  sample.cpu = (bench_cpu () - c0) / n;

  *audit_per_save =
    (guint)((count_rows (counter, "SELECT count(*) FROM audit") - audit_before) / n);
  sqlite3_close (counter);
  return sample;
}

/* Plain SQLite: the same edits as one UPDATE and @audit_rows audit rows each, each in its own
 * BEGIN IMMEDIATE … COMMIT, or all in one when @bulk. */
static Sample
plain_saves (const char *synchronous,
             guint       n,
             gboolean    bulk,
             guint       audit_rows)
{
  g_autofree char *pragma = g_strdup_printf ("PRAGMA busy_timeout = 5000; "
                                             "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; "
                                             "PRAGMA synchronous = %s", synchronous);
  sqlite3 *db = NULL;
  sqlite3_stmt *update = NULL;
  sqlite3_stmt *audit = NULL;
  double t0, c0;
  Sample sample;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  plain_exec (db, pragma);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "UPDATE employee SET name = ?2 WHERE id = ?1", -1,
                                       &update, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO audit (at, entity, entity_id, action, "
                                       "fields, author) VALUES "
                                       "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'employee', ?1, "
                                       "'update', json_array (json_array ('name', NULL, ?2)),"
                                       " 'bench')", -1,
                                       &audit, NULL), ==, SQLITE_OK);

  t0 = bench_now ();
  c0 = bench_cpu ();
  if (bulk)
    plain_exec (db, "BEGIN IMMEDIATE");
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = NULL;
      gint64 id = next_edit (&name);

      if (!bulk)
        plain_exec (db, "BEGIN IMMEDIATE");
      sqlite3_bind_int64 (update, 1, id);
      sqlite3_bind_text (update, 2, name, -1, SQLITE_TRANSIENT);
      g_assert_cmpint (sqlite3_step (update), ==, SQLITE_DONE);
      sqlite3_reset (update);
      for (guint a = 0; a < MAX (audit_rows, 1); a++)
        {
          sqlite3_bind_int64 (audit, 1, id);
          sqlite3_bind_text (audit, 2, name, -1, SQLITE_TRANSIENT);
          g_assert_cmpint (sqlite3_step (audit), ==, SQLITE_DONE);
          sqlite3_reset (audit);
        }
      if (!bulk)
        plain_exec (db, "COMMIT");
    }
  if (bulk)
    plain_exec (db, "COMMIT");
  sample.wall = (bench_now () - t0) / n;
  sample.cpu = (bench_cpu () - c0) / n;

  sqlite3_finalize (update);
  sqlite3_finalize (audit);
  sqlite3_close (db);
  return sample;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* The median of the rounds, wall and CPU each. */
static Sample
median (Sample *rounds)
{
  double wall[ROUNDS], cpu[ROUNDS];

  for (guint i = 0; i < ROUNDS; i++)
    {
      wall[i] = rounds[i].wall;
      cpu[i] = rounds[i].cpu;
    }
  qsort (wall, ROUNDS, sizeof (double), compare_doubles);
  qsort (cpu, ROUNDS, sizeof (double), compare_doubles);
  return (Sample) { wall[ROUNDS / 2], cpu[ROUNDS / 2] };
}

static void
row (const char *what,
     Sample      kinerja,
     Sample      plain,
     const char *note)
{
  g_print ("| %s | %.2f ms (CPU %.2f ms) | %.2f ms (CPU %.2f ms) | %.1fx (CPU %.1fx) | %s |\n",
           what,
           kinerja.wall * 1e3, kinerja.cpu * 1e3, plain.wall * 1e3, plain.cpu * 1e3,
           kinerja.wall / plain.wall, kinerja.cpu / plain.cpu, note);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db_path = bench_database_new ("kinerja-bench-save-XXXXXX", &dir);
  static const char * const modes[] = { "FULL", "NORMAL" };
  Sample one[2][2][ROUNDS], bulk[2][2][ROUNDS];   /* [mode][kinerja, plain][round] */
  guint audit_rows = 0, bulk_audit_rows = 0;
  double t0;

  g_assert_no_error (error);
  path = db_path;
  n_employees = argc > 1 ? (guint)g_ascii_strtoull (argv[1], NULL, 10) : 19000;
  n_saves = argc > 2 ? (guint)g_ascii_strtoull (argv[2], NULL, 10) : 200;
  g_assert_cmpuint (n_employees, >, 0);
  g_assert_cmpuint (n_saves, >, 0);

  t0 = bench_now ();
  build_office ();
  g_print ("bench-save: %u employees in %s (built in %.1f s), %u saves of one edited employee and "
           "%u edits in one transaction per figure, median of %u rounds; SQLite %s\n\n",
           n_employees, dir, bench_now () - t0, n_saves, BULK_EDITS, ROUNDS, sqlite3_libversion ());

  /* The rounds interleave the four ways, so that the machine's load falls on each alike. */
  for (guint r = 0; r < ROUNDS; r++)
    for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
      {
        one[m][0][r] = kinerja_saves (modes[m], n_saves, FALSE, &audit_rows);
        one[m][1][r] = plain_saves (modes[m], n_saves, FALSE, audit_rows);
        bulk[m][0][r] = kinerja_saves (modes[m], BULK_EDITS, TRUE, &bulk_audit_rows);
        bulk[m][1][r] = plain_saves (modes[m], BULK_EDITS, TRUE, bulk_audit_rows);
      }

  g_print ("| per edit | Kinerja | plain SQLite | ratio | note |\n|---|---|---|---|---|\n");
  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      g_autofree char *what = g_strdup_printf ("one save, synchronous = %s", modes[m]);
      g_autofree char *note = g_strdup_printf ("a transaction each; %u audit row(s) each, the "
                                               "plain save writes as many", audit_rows);

      row (what, median (one[m][0]), median (one[m][1]), note);
    }
  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      g_autofree char *what = g_strdup_printf ("%u edits in one transaction, synchronous = %s",
                                               BULK_EDITS, modes[m]);

      row (what, median (bulk[m][0]), median (bulk[m][1]), "per edit");
    }
  {
    Sample kf = median (one[0][0]), kn = median (one[1][0]);
    Sample pf = median (one[0][1]), pn = median (one[1][1]);

    g_print ("\nFULL - NORMAL per save: Kinerja %+.2f ms, plain %+.2f ms (wall); "
             "FULL / NORMAL: Kinerja %.1fx, plain %.1fx\n",
             (kf.wall - kn.wall) * 1e3, (pf.wall - pn.wall) * 1e3, kf.wall / kn.wall,
             pf.wall / pn.wall);
  }

  bench_database_remove (path, dir);
  g_free (ids);
  return 0;
}
