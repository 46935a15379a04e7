/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The benchmarks' province: a seeded, deterministic Lampung-shaped office written through the
 * public API once per size and generator version, then cached as a SQLite file. */

#pragma once

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

/* Bump when what the generator writes changes: older cached files are then rebuilt. */
#define BENCH_PROVINCE_VERSION 3
#define BENCH_YEAR 2026

typedef struct
{
  guint   size;              /* employees asked for: 1000, 5000, 19000 */
  char   *path;              /* the cached database (do not write to it) */
  gboolean built_now;        /* FALSE when the cache was reused */

  /* What the province holds. */
  guint   n_employees;
  guint   n_units;
  guint   n_teachers;
  char   *big_opd;           /* "Dinas Pendidikan dan Kebudayaan" */
  guint   big_opd_employees;
  char   *export_unit;       /* a cabang dinas of the big OPD, for the unit exports */
  guint   export_unit_employees;
  char   *small_unit;        /* a seksi of another OPD */
  char   *search_text;       /* what the window bench types on Pegawai */

  /* How long building took (from the cache's side file when reused). */
  double  build_seconds;     /* everything through the store */
  double  phase_seconds[5];  /* units+employees, SKP, realisations, evaluations, trainings */
  double  plain_seconds;     /* the same data rows by plain prepared INSERTs, no audit */
  double  plain_audit_seconds; /* the same data rows AND audit rows by plain prepared INSERTs */
  double  build_cpu;         /* the same three in CPU time (user + system) */
  double  plain_cpu;
  double  plain_audit_cpu;
  guint64 data_rows;         /* rows outside the audit table */
  guint64 audit_rows;
} BenchProvince;

extern const char * const bench_province_phase_names[5];

/* The province of @size from @cache_dir (created when missing), building it when the cache has
 * no file for this size, generator version and schema version. Prints progress on stderr. */
BenchProvince *bench_province_get  (guint        size,
                                    const char  *cache_dir,
                                    GError     **error);
void           bench_province_free (BenchProvince *province);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BenchProvince, bench_province_free)

/* The folder the benchmarks cache provinces in: $KINERJA_BENCH_CACHE, else the build tree's
 * bench-cache/. */
const char    *bench_cache_dir     (void);

/* Helpers shared by the benchmarks. */
#define BENCH_MAX_SIZES 8
/* The province sizes named on the command line (at most BENCH_MAX_SIZES; none: 1000, 5000 and
 * 19000) into @sizes, and $BENCH_REPEAT (1 to 15) into @repeats when it is set; returns how
 * many sizes. */
guint          bench_read_sizes    (int           argc,
                                    char        **argv,
                                    guint         sizes[BENCH_MAX_SIZES],
                                    guint        *repeats);
double         bench_now           (void);
/* CPU time (user + system) of this process and of its children waited for, in seconds: on a
 * shared machine it moves far less than the wall clock. */
double         bench_cpu           (void);
/* Peak resident memory of this process since it was executed (VmHWM), in MiB. */
double         bench_max_rss_mib   (void);
/* Runs @argv (NULL-terminated), its stdout kept in @out_stdout when not NULL; returns the wall
 * time in seconds, or a negative time when it could not be run or exited non-zero (and
 * @allow_status_1 does not cover it). A child reports its own peak memory (bench_max_rss_mib):
 * ru_maxrss would include what its parent held when it forked. */
double         bench_run_child     (char * const *argv,
                                    gboolean      allow_status_1,
                                    char        **out_stdout);

G_END_DECLS
