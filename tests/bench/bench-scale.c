/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark: Kinerja's work over a province (1k, 5k, 19k employees) beside the same work done
 * plainly — SQL, libxlsxwriter, pango + cairo — each figure with its ratio, then how each grows
 * with the province. It prints; it never asserts a time.
 *
 *   bench-scale [SIZE…]        (default 1000 5000 19000; BENCH_REPEAT=N runs, default 3)
 *   bench-scale --build SIZE…  (only build the cached provinces)
 *   bench-scale --units N      (N units added through the store in one bulk)
 *   BENCH_STORE_ONLY=1 bench-scale SIZE…  (only the rows up to the store's unit calls) */

#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "bench-plain.h"
#include "bench-province.h"
#include "kn-test-util.h"

#define PERIOD "2026-TW4"

typedef struct
{
  char   *what;
  char   *scope;              /* what the work touches: "province", "big OPD", … */
  double  kinerja[BENCH_MAX_SIZES];
  double  baseline[BENCH_MAX_SIZES];
  double  kinerja_cpu[BENCH_MAX_SIZES];
  double  baseline_cpu[BENCH_MAX_SIZES];
  char   *unit;               /* "s" or "MiB" */
} Figure;

/* A measurement: wall clock and CPU time (user + system, children included), in seconds. */
typedef struct
{
  double wall;
  double cpu;
} Sample;

#define NO_SAMPLE ((Sample) { -1, -1 })

static GPtrArray *figures;      /* Figure, in first-seen order */
static guint      n_sizes;
static guint      sizes[BENCH_MAX_SIZES];
static guint      repeats = 3;
static const char *self_path;
static double     scope_size[BENCH_MAX_SIZES][5];   /* employees touched, per scope */
static const char * const scopes[] = { "province", "big OPD", "export unit", "one document", "small unit" };
/* Set by a measured function that times only part of its work itself. */
static double     cpu_override = -1;

typedef struct
{
  BenchProvince *province;
  KnStore       *store;
  sqlite3       *db;
  gint64         big_opd;       /* store id */
  gint64         export_unit;
  gint64         small_unit;
  char          *tmp;
  const char    *cli;
} Ctx;

static Figure *
figure (const char *what,
        const char *scope,
        const char *unit)
{
  Figure *f;

  for (guint i = 0; i < figures->len; i++)
    if (g_str_equal (((Figure *)g_ptr_array_index (figures, i))->what, what))
      return g_ptr_array_index (figures, i);
  f = g_new0 (Figure, 1);
  f->what = g_strdup (what);
  f->scope = g_strdup (scope);
  f->unit = g_strdup (unit);
  for (guint i = 0; i < BENCH_MAX_SIZES; i++)
    f->kinerja[i] = f->baseline[i] = f->kinerja_cpu[i] = f->baseline_cpu[i] = -1;
  g_ptr_array_add (figures, f);
  return f;
}

static char *
format_value (double      value,
              const char *unit)
{
  if (value < 0)
    return g_strdup ("—");
  if (g_str_equal (unit, "s"))
    return value < 0.1 ? g_strdup_printf ("%.1f ms", value * 1000) : g_strdup_printf ("%.2f s", value);
  return g_strdup_printf ("%.0f %s", value, unit);
}

/* "0.70 s (CPU 0.52 s)" */
static char *
format_sample (double      wall,
               double      cpu,
               const char *unit)
{
  g_autofree char *w = format_value (wall, unit);
  g_autofree char *c = format_value (cpu, unit);

  return wall >= 0 && cpu >= 0 ? g_strdup_printf ("%s (CPU %s)", w, c) : g_steal_pointer (&w);
}

static char *
format_ratio (double kinerja,
              double baseline,
              double kinerja_cpu,
              double baseline_cpu)
{
  if (kinerja < 0 || baseline <= 0)
    return g_strdup ("—");
  if (kinerja_cpu >= 0 && baseline_cpu > 0)
    return g_strdup_printf ("%.1f× (CPU %.1f×)", kinerja / baseline, kinerja_cpu / baseline_cpu);
  return g_strdup_printf ("%.1f×", kinerja / baseline);
}

/* Prints one row of the size's table and keeps the figure for the scaling table. */
static void
record (guint       size_index,
        const char *what,
        const char *scope,
        const char *unit,
        Sample      kinerja,
        Sample      baseline,
        const char *note)
{
  Figure *f = figure (what, scope, unit);
  g_autofree char *k = format_sample (kinerja.wall, kinerja.cpu, unit);
  g_autofree char *b = format_sample (baseline.wall, baseline.cpu, unit);
  g_autofree char *r = format_ratio (kinerja.wall, baseline.wall, kinerja.cpu, baseline.cpu);

  f->kinerja[size_index] = kinerja.wall;
  f->baseline[size_index] = baseline.wall;
  f->kinerja_cpu[size_index] = kinerja.cpu;
  f->baseline_cpu[size_index] = baseline.cpu;
  g_print ("| %s | %s | %s | %s | %s |\n", what, k, b, r, note != NULL ? note : "");
  fflush (stdout);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

typedef double (*Measure) (Ctx *ctx, gpointer data);

static double
median (double *v,
        guint   n)
{
  qsort (v, n, sizeof (double), compare_doubles);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Runs @fn once, and again up to the repeat count when it is quick (under 5 s); the medians of
 * the wall and CPU times. */
static Sample
median_of (Measure  fn,
           Ctx     *ctx,
           gpointer data)
{
  double wall[16], cpu[16];
  guint n = 0;

  do
    {
      double c0 = bench_cpu ();

      cpu_override = -1;
      wall[n] = fn (ctx, data);
      cpu[n] = cpu_override >= 0 ? cpu_override : bench_cpu () - c0;
      if (wall[n] < 0)
        return NO_SAMPLE;
      n++;
    }
  while (n < MIN (repeats, G_N_ELEMENTS (wall)) && wall[0] < 5.0);
  return (Sample) { median (wall, n), median (cpu, n) };
}

/* The measured operations. */

static double
run_cli (Ctx *ctx, gpointer data)
{
  const char *command = data;
  char *argv[] = { (char *)ctx->cli, (char *)command, "--unit", ctx->province->big_opd, "--period", PERIOD,
                   "--database", ctx->province->path, g_str_equal (command, "evaluasi") ? "--csv" : NULL, NULL };

  return bench_run_child (argv, TRUE, NULL);
}

static double
run_plain_child (Ctx *ctx, gpointer data)
{
  const char *command = data;
  char *argv[] = { (char *)self_path, "--child", (char *)command, ctx->province->path,
                   ctx->province->big_opd, PERIOD, NULL };

  return bench_run_child (argv, FALSE, NULL);
}

static double
open_store (Ctx *ctx, gpointer data)
{
  double t0 = bench_now ();
  g_autoptr(KnStore) store = kn_store_open (ctx->province->path, NULL);

  return store != NULL ? bench_now () - t0 : -1;
}

static double
open_plain (Ctx *ctx, gpointer data)
{
  double t0 = bench_now ();
  const char *queries[] = { "SELECT * FROM org_unit ORDER BY id", "SELECT * FROM employee ORDER BY id" };
  sqlite3 *db = NULL;
  guint64 sum = 0;

  if (sqlite3_open_v2 (ctx->province->path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    return -1;
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = NULL;

      sqlite3_prepare_v2 (db, queries[q], -1, &stmt, NULL);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          sum += (guint64)sqlite3_column_bytes (stmt, c);
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return sum > 0 ? bench_now () - t0 : -1;
}

static double
store_evaluasi (Ctx *ctx, gpointer data)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gint64 unit = data != NULL ? *(gint64 *)data : ctx->big_opd;
  double t0 = bench_now ();
  g_autoptr(GPtrArray) evaluations = kn_store_list_unit_evaluations (ctx->store, unit, PERIOD, 0);

  /* What the CLI writes for each: the employee's NIP and name beside the evaluation. */
  for (guint i = 0; i < evaluations->len; i++)
    {
      KnEvaluation *evaluation = g_ptr_array_index (evaluations, i);
      KnEmployee *employee = kn_store_lookup_employee (ctx->store, kn_evaluation_get_employee_id (evaluation));

      g_string_append_printf (out, "%s,%s,%s,%s,%s\n", kn_employee_get_nip (employee),
                              kn_employee_get_name (employee),
                              kn_rating_to_string (kn_evaluation_get_rating_result (evaluation)),
                              kn_rating_to_string (kn_evaluation_get_rating_behaviour (evaluation)),
                              kn_predikat_to_string (kn_evaluation_get_predikat (evaluation)));
    }
  return bench_now () - t0;
}

/* The plain program's @query of the unit *@data (the big OPD when NULL), timed; -1 when it
 * found no rows. */
static double
time_plain_query (Ctx      *ctx,
                  gpointer  data,
                  guint   (*query) (sqlite3 *, gint64, const char *, GString *))
{
  g_autoptr(GString) out = g_string_new (NULL);
  double t0 = bench_now ();
  gint64 unit = data != NULL ? *(gint64 *)data : plain_find_opd (ctx->db, ctx->province->big_opd);
  guint rows = query (ctx->db, unit, PERIOD, out);

  return rows > 0 ? bench_now () - t0 : -1;
}

static double
plain_evaluasi_query (Ctx *ctx, gpointer data)
{
  return time_plain_query (ctx, data, plain_evaluasi);
}

static double
store_distribusi (Ctx *ctx, gpointer data)
{
  guint counts[KN_PREDIKAT_N];
  gint64 unit = data != NULL ? *(gint64 *)data : ctx->big_opd;
  double t0 = bench_now ();
  g_autoptr(GPtrArray) violations = kn_store_check_distribution (ctx->store, unit, PERIOD, counts);

  kn_store_get_org_predikat (ctx->store, unit, PERIOD);
  return bench_now () - t0;
}

static double
plain_distribusi_query (Ctx *ctx, gpointer data)
{
  return time_plain_query (ctx, data, plain_distribusi);
}

static GPtrArray *
gather_reports (KnStore *store,
                gint64   unit_id,
                double  *seconds)
{
  double t0 = bench_now ();
  g_autoptr(GArray) ids = kn_test_unit_member_ids (store, unit_id);
  GPtrArray *reports = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_report_free);

  for (guint i = 0; i < ids->len; i++)
    {
      KnReport *report = kn_report_build_evaluation (store, KN_DOCUMENT_EVALUASI,
                                                     g_array_index (ids, gint64, i), PERIOD, NULL);

      if (report != NULL)
        g_ptr_array_add (reports, report);
    }
  *seconds = bench_now () - t0;
  return reports;
}

typedef struct
{
  GPtrArray     *reports;
  KnRecapReport *recap;
  const char    *path;
  const char    *replay;
} WriteJob;

static double
kinerja_xlsx (Ctx *ctx, gpointer data)
{
  WriteJob *job = data;
  double t0 = bench_now ();
  gboolean ok = job->recap != NULL
    ? kn_export_recap_xlsx (job->recap, KN_PAPER_A4, job->path, NULL)
    : kn_export_reports_xlsx ((const KnReport *const *)job->reports->pdata, job->reports->len,
                              KN_PAPER_A4, job->path, NULL);

  return ok ? bench_now () - t0 : -1;
}

static double
replay_xlsx (Ctx *ctx, gpointer data)
{
  WriteJob *job = data;
  g_autofree char *out = g_strconcat (job->path, ".plain.xlsx", NULL);
  double seconds;
  guint cells, merges, charts;

  if (!plain_replay_xlsx (job->replay, out, &seconds, &cpu_override, &cells, &merges, &charts))
    return -1;
  g_remove (out);
  return seconds;
}

/* The same replay written by Python's XlsxWriter (xlsx-python.py), in a child: its own wall
 * clock and CPU of the writing, the replay's reading left out. -1 without the module. */
static double
python_xlsx (Ctx *ctx, gpointer data)
{
  WriteJob *job = data;
  g_autofree char *out = g_strconcat (job->path, ".python.xlsx", NULL);
  g_autofree char *script = g_build_filename (BENCH_SOURCE_DIR, "xlsx-python.py", NULL);
  char *argv[] = { "/usr/bin/python3", script, (char *)job->replay, out, NULL };
  g_autofree char *printed = NULL;
  double wall = -1, cpu = -1;

  if (bench_run_child (argv, FALSE, &printed) < 0 || printed == NULL ||
      sscanf (printed, "%lf %lf", &wall, &cpu) != 2)
    wall = -1;
  else
    cpu_override = cpu;
  g_remove (out);
  return wall;
}

/* Kinerja's PDF in a child (for its peak memory): gather, layout, write. */
typedef struct
{
  double gather, layout, write, cpu, rss_before, peak;
  guint  pages;
} PdfRun;

static gboolean
kinerja_pdf_child (Ctx        *ctx,
                   const char *kind,
                   const char *unit,
                   const char *pdf,
                   const char *dump,
                   PdfRun     *run)
{
  char *argv[] = { (char *)self_path, "--child", "pdf-kinerja", ctx->province->path, (char *)unit,
                   PERIOD, (char *)kind, (char *)pdf, (char *)dump, NULL };
  g_autofree char *out = NULL;

  if (bench_run_child (argv, FALSE, &out) < 0)
    return FALSE;
  return sscanf (out, "gather=%lf layout=%lf write=%lf cpu=%lf pages=%u rss_before=%lf peak=%lf",
                 &run->gather, &run->layout, &run->write, &run->cpu, &run->pages, &run->rss_before,
                 &run->peak) == 7;
}

static gboolean
plain_pdf_child (const char *dump,
                 const char *pdf,
                 double     *seconds,
                 double     *cpu,
                 guint      *pages,
                 double     *peak)
{
  char *argv[] = { (char *)self_path, "--child", "pdf-plain", (char *)dump, (char *)pdf, NULL };
  g_autofree char *out = NULL;

  if (bench_run_child (argv, FALSE, &out) < 0)
    return FALSE;
  return sscanf (out, "seconds=%lf cpu=%lf pages=%u peak=%lf", seconds, cpu, pages, peak) == 4;
}

static void
bench_pdf (Ctx        *ctx,
           guint       s,
           const char *kind,
           const char *unit,
           const char *scope,
           const char *label)
{
  g_autofree char *pdf = g_build_filename (ctx->tmp, "k.pdf", NULL);
  g_autofree char *plain_pdf = g_build_filename (ctx->tmp, "p.pdf", NULL);
  g_autofree char *dump = g_build_filename (ctx->tmp, "dump.txt", NULL);
  double k_time[16], k_cpu[16], k_peak[16], p_time[16], p_cpu[16], p_peak[16];
  guint n = 0, k_pages = 0, p_pages = 0;
  PdfRun run = { 0, };

  do
    {
      double seconds, cpu, peak;

      if (!kinerja_pdf_child (ctx, kind, unit, pdf, dump, &run) ||
          !plain_pdf_child (dump, plain_pdf, &seconds, &cpu, &p_pages, &peak))
        {
          record (s, label, scope, "s", NO_SAMPLE, NO_SAMPLE, "failed");
          return;
        }
      k_time[n] = run.layout + run.write;
      k_cpu[n] = run.cpu;
      k_peak[n] = run.peak;
      k_pages = run.pages;
      p_time[n] = seconds;
      p_cpu[n] = cpu;
      p_peak[n] = peak;
      n++;
    }
  while (n < MIN (repeats, 16) && run.layout + run.write < 5.0);

  {
    g_autofree char *note = g_strdup_printf ("%u pages vs %u; layout %.2f s + write %.2f s (last run)",
                                             k_pages, p_pages, run.layout, run.write);
    g_autofree char *what_mem = g_strconcat (label, ", peak memory", NULL);
    g_autofree char *mem_note = g_strdup_printf ("Kinerja's process held %.0f MiB before laying out "
                                                 "(store and gathered data)", run.rss_before);

    record (s, label, scope, "s", (Sample) { median (k_time, n), median (k_cpu, n) },
            (Sample) { median (p_time, n), median (p_cpu, n) }, note);
    record (s, what_mem, scope, "MiB", (Sample) { median (k_peak, n), -1 }, (Sample) { median (p_peak, n), -1 },
            mem_note);
  }
  g_remove (pdf);
  g_remove (plain_pdf);
  g_remove (dump);
}

static void
bench_xlsx (Ctx        *ctx,
            guint       s,
            WriteJob   *job,
            const char *scope,
            const char *label,
            const char *python_label)
{
  g_autofree char *replay = g_build_filename (ctx->tmp, "replay.txt", NULL);
  g_autofree char *counts = NULL;
  g_autofree char *script = g_build_filename (BENCH_SOURCE_DIR, "xlsx-replay.py", NULL);
  char *argv[] = { "/usr/bin/python3", script, (char *)job->path, replay, NULL };
  Sample k, b, p;

  k = median_of (kinerja_xlsx, ctx, job);
  if (k.wall < 0 || bench_run_child (argv, FALSE, &counts) < 0)
    {
      record (s, label, scope, "s", k, NO_SAMPLE, "the replay could not be made");
      return;
    }
  g_strstrip (counts);
  job->replay = replay;
  b = median_of (replay_xlsx, ctx, job);
  record (s, label, scope, "s", k, b, counts);
  /* The second baseline: Python's XlsxWriter writing the same cells. */
  p = median_of (python_xlsx, ctx, job);
  record (s, python_label, scope, "s", k, p,
          p.wall < 0 ? "Python's xlsxwriter is not installed (python3-xlsxwriter)" : counts);
  g_remove (replay);
  g_remove (job->path);
}

static double gather_seconds;

static double
gather_export_unit (Ctx *ctx, gpointer data)
{
  g_autoptr(GPtrArray) reports = gather_reports (ctx->store, ctx->export_unit, &gather_seconds);

  *(guint *)data = reports->len;
  return gather_seconds;
}

static double
gather_recap (Ctx *ctx, gpointer data)
{
  double t0 = bench_now ();
  g_autoptr(KnRecapReport) recap = kn_report_build_recap (ctx->store, ctx->big_opd, PERIOD, NULL);

  return recap != NULL ? bench_now () - t0 : -1;
}

static void
bench_size (guint s,
            guint size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BenchProvince) province = bench_province_get (size, bench_cache_dir (), &error);
  Ctx ctx = { 0, };
  KnOrgUnit *unit;
  g_autofree char *note = NULL;
  guint n_documents = 0;
  Sample gather;

  if (province == NULL)
    g_error ("bench: the province of %u could not be built: %s", size, error->message);
  ctx.province = province;
  ctx.cli = g_getenv ("KINERJA_CLI") != NULL ? g_getenv ("KINERJA_CLI") : BENCH_CLI;
  ctx.tmp = g_dir_make_tmp ("kinerja-bench-XXXXXX", &error);
  g_assert_no_error (error);
  scope_size[s][0] = province->n_employees;
  scope_size[s][1] = province->big_opd_employees;
  scope_size[s][2] = province->export_unit_employees;
  scope_size[s][3] = 1;

  g_print ("\n### %u employees (%u units, %u teachers; big OPD %u, export unit %u)\n\n", province->n_employees,
           province->n_units, province->n_teachers, province->big_opd_employees,
           province->export_unit_employees);
  g_print ("| What | Kinerja | Plain | Ratio | Note |\n|---|---|---|---|---|\n");

  note = g_strdup_printf ("%" G_GUINT64_FORMAT " data rows + %" G_GUINT64_FORMAT " audit rows; phases %.1f / %.1f / %.1f / %.1f / %.1f s%s",
                          province->data_rows, province->audit_rows, province->phase_seconds[0],
                          province->phase_seconds[1], province->phase_seconds[2], province->phase_seconds[3],
                          province->phase_seconds[4], province->built_now ? "" : " (measured when the cache was built)");
  record (s, "building the province through the store / the same data rows by plain INSERTs (no audit)",
          "province", "s", (Sample) { province->build_seconds, province->build_cpu },
          (Sample) { province->plain_seconds, province->plain_cpu }, note);
  /* Issue 13's goal: the same rows including the audit trail. */
  record (s, "building the province through the store / the same data rows and audit rows by plain INSERTs",
          "province", "s", (Sample) { province->build_seconds, province->build_cpu },
          (Sample) { province->plain_audit_seconds, province->plain_audit_cpu }, NULL);

  record (s, "open the store (reads every unit and employee) / plain SELECT of those rows", "province", "s",
          median_of (open_store, &ctx, NULL), median_of (open_plain, &ctx, NULL), NULL);

  ctx.store = kn_store_open (province->path, &error);
  g_assert_no_error (error);
  if (sqlite3_open_v2 (province->path, &ctx.db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    g_error ("bench: %s", sqlite3_errmsg (ctx.db));
  unit = kn_store_resolve_unit (ctx.store, province->big_opd, &error);
  g_assert_no_error (error);
  ctx.big_opd = kn_org_unit_get_id (unit);
  unit = kn_store_resolve_unit (ctx.store, province->export_unit, &error);
  g_assert_no_error (error);
  ctx.export_unit = kn_org_unit_get_id (unit);
  unit = kn_store_resolve_unit (ctx.store, province->small_unit, &error);
  g_assert_no_error (error);
  ctx.small_unit = kn_org_unit_get_id (unit);
  {
    g_autoptr(GArray) members = kn_test_unit_member_ids (ctx.store, ctx.small_unit);

    scope_size[s][4] = members->len;
  }

  record (s, "`kinerja-cli evaluasi --csv` big OPD (process) / plain query (process)", "big OPD", "s",
          median_of (run_cli, &ctx, "evaluasi"), median_of (run_plain_child, &ctx, "plain-evaluasi"), NULL);
  record (s, "`kinerja-cli distribusi` big OPD (process) / plain GROUP BY (process)", "big OPD", "s",
          median_of (run_cli, &ctx, "distribusi"), median_of (run_plain_child, &ctx, "plain-distribusi"), NULL);
  record (s, "kn_store_list_unit_evaluations big OPD + CSV / one SQL query", "big OPD", "s",
          median_of (store_evaluasi, &ctx, NULL), median_of (plain_evaluasi_query, &ctx, NULL), NULL);
  record (s, "kn_store_check_distribution big OPD / one GROUP BY", "big OPD", "s",
          median_of (store_distribusi, &ctx, NULL), median_of (plain_distribusi_query, &ctx, NULL), NULL);
  {
    g_autofree char *small = g_strdup_printf ("%s, %.0f employees", province->small_unit, scope_size[s][4]);

    record (s, "kn_store_list_unit_evaluations small unit + CSV / one SQL query", "small unit", "s",
            median_of (store_evaluasi, &ctx, &ctx.small_unit), median_of (plain_evaluasi_query, &ctx, &ctx.small_unit),
            small);
    record (s, "kn_store_check_distribution small unit / one GROUP BY", "small unit", "s",
            median_of (store_distribusi, &ctx, &ctx.small_unit),
            median_of (plain_distribusi_query, &ctx, &ctx.small_unit), NULL);
  }
  /* BENCH_STORE_ONLY=1: the store's rows above, not the documents below (to measure them
   * again quickly). */
  if (g_strcmp0 (g_getenv ("BENCH_STORE_ONLY"), "1") == 0)
    {
      g_clear_object (&ctx.store);
      sqlite3_close (ctx.db);
      g_rmdir (ctx.tmp);
      g_free (ctx.tmp);
      return;
    }

  /* The evaluasi of the export unit: gather, workbook, PDF. */
  gather = median_of (gather_export_unit, &ctx, &n_documents);
  {
    g_autofree char *per_doc = g_strdup_printf ("%u documents (kn_report_build_evaluation each)", n_documents);

    record (s, "evaluasi of the export unit: gathering the documents' data", "export unit", "s", gather,
            NO_SAMPLE, per_doc);
    if (n_documents > 0)
      record (s, "evaluasi: gathering, per document", "one document", "s",
              (Sample) { gather.wall / n_documents, gather.cpu / n_documents }, NO_SAMPLE, NULL);
  }
  {
    double unused;
    g_autoptr(GPtrArray) reports = gather_reports (ctx.store, ctx.export_unit, &unused);
    g_autofree char *path = g_build_filename (ctx.tmp, "evaluasi.xlsx", NULL);
    WriteJob job = { reports, NULL, path, NULL };

    bench_xlsx (&ctx, s, &job, "export unit", "evaluasi workbook of the export unit / libxlsxwriter replaying its cells",
                "evaluasi workbook of the export unit / Python's XlsxWriter replaying its cells");
  }
  bench_pdf (&ctx, s, "evaluasi", province->export_unit, "export unit",
             "evaluasi PDF of the export unit (layout + write) / pango + cairo");

  /* The rekap of the big OPD. */
  record (s, "rekap of the big OPD: gathering", "big OPD", "s", median_of (gather_recap, &ctx, NULL), NO_SAMPLE, NULL);
  {
    g_autoptr(KnRecapReport) recap = kn_report_build_recap (ctx.store, ctx.big_opd, PERIOD, &error);
    g_autofree char *path = g_build_filename (ctx.tmp, "rekap.xlsx", NULL);
    WriteJob job = { NULL, recap, path, NULL };

    g_assert_no_error (error);
    bench_xlsx (&ctx, s, &job, "big OPD", "rekap workbook of the big OPD / libxlsxwriter replaying its cells",
                "rekap workbook of the big OPD / Python's XlsxWriter replaying its cells");
  }
  bench_pdf (&ctx, s, "rekap", province->big_opd, "big OPD", "rekap PDF of the big OPD (layout + write) / pango + cairo");

  sqlite3_close (ctx.db);
  g_clear_object (&ctx.store);
  g_rmdir (ctx.tmp);
  g_free (ctx.tmp);
}

/* Children: the plain queries as processes, and the PDF writers (for their peak memory). */
static int
child_main (int    argc,
            char **argv)
{
  const char *mode = argv[2];

  if ((g_str_equal (mode, "plain-evaluasi") || g_str_equal (mode, "plain-distribusi")) && argc == 6)
    {
      g_autoptr(GString) out = g_string_new (NULL);
      sqlite3 *db = NULL;

      if (sqlite3_open_v2 (argv[3], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
        return 1;
      if (g_str_equal (mode, "plain-evaluasi"))
        plain_evaluasi (db, plain_find_opd (db, argv[4]), argv[5], out);
      else
        plain_distribusi (db, plain_find_opd (db, argv[4]), argv[5], out);
      fwrite (out->str, 1, out->len, stdout);
      sqlite3_close (db);
      return 0;
    }
  if (g_str_equal (mode, "pdf-kinerja") && argc == 9)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KnStore) store = kn_store_open (argv[3], &error);
      g_autoptr(KnPdfWriter) writer = NULL;
      g_autoptr(GPtrArray) reports = NULL;
      g_autoptr(KnRecapReport) recap = NULL;
      gboolean rekap = g_str_equal (argv[6], "rekap");
      double gather, layout, write, rss_before, peak, t0, c0;
      guint pages = 0;
      KnOrgUnit *unit;
      g_autofree char *statm = NULL;

      if (store == NULL || (unit = kn_store_resolve_unit (store, argv[4], &error)) == NULL)
        return 1;
      t0 = bench_now ();
      if (rekap)
        recap = kn_report_build_recap (store, kn_org_unit_get_id (unit), argv[5], &error);
      else
        reports = gather_reports (store, kn_org_unit_get_id (unit), &gather);
      gather = bench_now () - t0;
      if (rekap && recap == NULL)
        return 1;
      g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL);
      rss_before = statm != NULL ? g_ascii_strtod (strchr (statm, ' ') + 1, NULL) * sysconf (_SC_PAGESIZE) / 1048576.0 : 0;

      /* As Laporan and kinerja-cli write a unit: each document drawn into the file as soon as
       * it is made. "layout" is the making, "write" the drawing and the file. */
      c0 = bench_cpu ();
      layout = write = 0;
      writer = kn_pdf_writer_new (argv[7], &error);
      if (writer == NULL)
        return 1;
      for (guint i = 0; i < (rekap ? 1 : reports->len); i++)
        {
          g_autoptr(KnDocument) doc = NULL;

          t0 = bench_now ();
          doc = rekap ? kn_document_new_recap (recap, KN_PAPER_A4)
                      : kn_document_new_report (g_ptr_array_index (reports, i), KN_PAPER_A4);
          pages += kn_document_get_n_pages (doc);
          layout += bench_now () - t0;
          t0 = bench_now ();
          kn_pdf_writer_add (writer, doc);
          write += bench_now () - t0;
        }
      t0 = bench_now ();
      if (!kn_pdf_writer_finish (writer, &error))
        return 1;
      write += bench_now () - t0;
      peak = bench_max_rss_mib ();
      g_print ("gather=%f layout=%f write=%f cpu=%f pages=%u rss_before=%f peak=%f\n", gather, layout,
               write, bench_cpu () - c0, pages, rss_before, peak);
      /* After the figures: the text for the baseline to draw. */
      if (rekap ? !plain_dump_recap (recap, argv[8], &error)
                : !plain_dump_reports ((const KnReport *const *)reports->pdata, reports->len, argv[8], &error))
        return 1;
      return 0;
    }
  if (g_str_equal (mode, "pdf-plain") && argc == 5)
    {
      double seconds, cpu;
      guint pages = plain_draw_pdf (argv[3], argv[4], &seconds, &cpu);

      if (pages == 0)
        return 1;
      g_print ("seconds=%f cpu=%f pages=%u peak=%f\n", seconds, cpu, pages, bench_max_rss_mib ());
      return 0;
    }
  if (g_str_equal (mode, "xlsx-replay") && argc == 5)
    {
      double seconds, cpu;
      guint cells, merges, charts;

      if (!plain_replay_xlsx (argv[3], argv[4], &seconds, &cpu, &cells, &merges, &charts))
        return 1;
      g_print ("seconds=%f cells=%u merges=%u charts=%u\n", seconds, cells, merges, charts);
      return 0;
    }
  g_printerr ("bench-scale: unknown child %s\n", mode);
  return 2;
}

/* --units N: N units added through the store in one bulk (kn_store_begin … commit), shaped as a
 * province's (41 OPDs; a cabang dinas of 300 schools; bidang and seksi), names in a mixed
 * order; prints the wall and CPU time of the adds and of the commit. */
static int
bench_units (guint n)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("kinerja-bench-units-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };
  double wall, cpu, add_wall, add_cpu;

  if (folder == NULL)
    {
      g_printerr ("bench-scale: %s\n", error->message);
      return 1;
    }
  path = g_build_filename (folder, "units.db", NULL);
  store = kn_store_open (path, &error);
  if (store == NULL || !kn_store_begin (store, &error))
    {
      g_printerr ("bench-scale: %s\n", error->message);
      return 1;
    }

  wall = bench_now ();
  cpu = bench_cpu ();
  for (guint i = 0; i < n; i++)
    {
      gint64 parent = 0;
      g_autofree char *name = NULL;
      g_autoptr(KnOrgUnit) unit = NULL;

      /* The first 41 are OPDs; then 300 schools under the first OPD's first child; the rest
       * spread over what is there. */
      if (i == 41)
        parent = g_array_index (ids, gint64, 0);
      else if (i >= 42 && i < 342)
        parent = g_array_index (ids, gint64, 41);
      else if (i >= 342)
        parent = g_array_index (ids, gint64, g_rand_int_range (rand, 0, 41));
      name = g_strdup_printf ("Unit %c%c %u", 'A' + g_rand_int_range (rand, 0, 26),
                              'a' + g_rand_int_range (rand, 0, 26), i);
      unit = kn_org_unit_new (name, parent);
      if (!kn_store_add_unit (store, unit, &error))
        {
          g_printerr ("bench-scale: %s\n", error->message);
          return 1;
        }
      g_array_append_val (ids, (gint64) { kn_org_unit_get_id (unit) });
    }
  add_wall = bench_now () - wall;
  add_cpu = bench_cpu () - cpu;
  if (!kn_store_commit (store, &error))
    {
      g_printerr ("bench-scale: %s\n", error->message);
      return 1;
    }
  g_print ("units %u in one bulk: adds CPU %.4f s (wall %.4f s); with the commit CPU %.4f s"
           " (wall %.4f s); listed %u\n", n, add_cpu, add_wall, bench_cpu () - cpu,
           bench_now () - wall, g_list_model_get_n_items (kn_store_get_units (store)));
  g_clear_object (&store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
  g_rmdir (folder);
  return 0;
}

int
main (int    argc,
      char **argv)
{

  kn_i18n_init ();
  self_path = argv[0];
  if (argc >= 3 && g_str_equal (argv[1], "--child"))
    return child_main (argc, argv);

  if (argc == 3 && g_str_equal (argv[1], "--units"))
    return bench_units ((guint)g_ascii_strtoull (argv[2], NULL, 10));

  /* --build SIZE…: only make sure the provinces are cached (run-all does it first). */
  if (argc >= 2 && g_str_equal (argv[1], "--build"))
    {
      for (int i = 2; i < argc; i++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(BenchProvince) province = bench_province_get ((guint)g_ascii_strtoull (argv[i], NULL, 10),
                                                                  bench_cache_dir (), &error);

          if (province == NULL)
            {
              g_printerr ("bench-scale: %s\n", error->message);
              return 1;
            }
          g_printerr ("bench-scale: province %s: %s (%s)\n", argv[i], province->path,
                      province->built_now ? "built" : "cached");
          g_print ("province %u: %" G_GUINT64_FORMAT " data rows + %" G_GUINT64_FORMAT " audit rows;"
                   " through the store CPU %.3f s (wall %.2f s); plain data rows CPU %.3f s (wall %.2f s),"
                   " ratio %.2f×; plain data and audit rows CPU %.3f s (wall %.2f s), ratio %.2f×%s\n",
                   province->size, province->data_rows, province->audit_rows, province->build_cpu,
                   province->build_seconds, province->plain_cpu, province->plain_seconds,
                   province->build_cpu / MAX (province->plain_cpu, 1e-9), province->plain_audit_cpu,
                   province->plain_audit_seconds,
                   province->build_cpu / MAX (province->plain_audit_cpu, 1e-9),
                   province->built_now ? "" : " (measured when the cache was built)");
        }
      return 0;
    }
  n_sizes = bench_read_sizes (argc, argv, sizes, &repeats);
  figures = g_ptr_array_new ();

  g_print ("## bench-scale: Kinerja beside the same work done plainly (median of up to %u runs)\n", repeats);
  for (guint s = 0; s < n_sizes; s++)
    bench_size (s, sizes[s]);

  if (n_sizes > 1)
    {
      g_print ("\n### Scaling: Kinerja's wall clock (CPU) at each size, against what the work touches\n\n"
               "How much each figure grows from %u to %u employees (CPU time, the steadier measure here),"
               " beside how much what it works on grows: linear in what it touches means the two"
               " columns agree.\n\n| What | Touches |", sizes[0], sizes[n_sizes - 1]);
      for (guint s = 0; s < n_sizes; s++)
        g_print (" %u |", sizes[s]);
      g_print (" grows | what it touches grows |\n|---|---|");
      for (guint s = 0; s < n_sizes + 2; s++)
        g_print ("---|");
      g_print ("\n");
      for (guint i = 0; i < figures->len; i++)
        {
          Figure *f = g_ptr_array_index (figures, i);
          guint scope = 0;

          for (guint k = 0; k < G_N_ELEMENTS (scopes); k++)
            if (g_str_equal (scopes[k], f->scope))
              scope = k;
          g_print ("| %s | %s |", f->what, f->scope);
          for (guint s = 0; s < n_sizes; s++)
            {
              g_autofree char *k = format_sample (f->kinerja[s], f->kinerja_cpu[s], f->unit);

              g_print (" %s |", k);
            }
          {
            double first = f->kinerja_cpu[0] > 0 ? f->kinerja_cpu[0] : f->kinerja[0];
            double last = f->kinerja_cpu[0] > 0 ? f->kinerja_cpu[n_sizes - 1] : f->kinerja[n_sizes - 1];

            if (first > 0 && last >= 0)
              g_print (" ×%.1f |", last / first);
            else
              g_print (" — |");
          }
          g_print (" ×%.1f |\n", scope_size[n_sizes - 1][scope] / MAX (scope_size[0][scope], 1));
        }
    }
  return 0;
}
