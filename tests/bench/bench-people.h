/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The people the store benches add: teachers with valid NIPs, one shape for every bench. */

#pragma once

#include <sys/resource.h>

#include <glib/gstdio.h>

#include "kinerja/kinerja.h"

/* Seconds on the monotonic clock. */
static inline double
bench_now_seconds (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* The process's peak resident memory so far, in KiB. */
static inline long
bench_max_rss_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

G_BEGIN_DECLS

/* The path of the database "bench.db" in a new temporary folder named after @prefix (as for
 * g_dir_make_tmp), the folder into @dir; aborts when the folder cannot be made. */
static inline char *
bench_database_new (const char  *prefix,
                    char       **dir)
{
  g_autoptr(GError) error = NULL;

  *dir = g_dir_make_tmp (prefix, &error);
  if (*dir == NULL)
    g_error ("%s", error->message);
  return g_build_filename (*dir, "bench.db", NULL);
}

/* Removes the database at @path with its -wal and -shm files, then its folder @dir (empty by
 * then: remove what else the bench wrote there first). */
static inline void
bench_database_remove (const char *path,
                       const char *dir)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_remove (wal);
  g_remove (shm);
  g_remove (path);
  g_rmdir (dir);
}

/* The @i-th teacher (0, 1, 2… in order), in @unit_id: born on *@birth, which moves a day on
 * every 900 people so that each NIP is valid and unique. */
static inline KnEmployee *
bench_teacher_new (guint   i,
                   GDate  *birth,
                   gint64  unit_id)
{
  KnEmployee *employee = kn_employee_new ();
  g_autofree char *nip = NULL;
  g_autofree char *name = NULL;

  if (i % 900 == 0 && i > 0)
    g_date_add_days (birth, 1);
  nip = g_strdup_printf ("%04u%02u%02u%04u%02u%u%03u",
                         g_date_get_year (birth), g_date_get_month (birth),
                         g_date_get_day (birth), g_date_get_year (birth) + 25,
                         i % 12 + 1, i % 2 + 1, i % 900 / 12 + 1);
  name = g_strdup_printf ("Pegawai Nomor %u, S.Pd.", i + 1);
  kn_employee_set_nip (employee, nip);
  kn_employee_set_name (employee, name);
  kn_employee_set_rank (employee, "III/b");
  kn_employee_set_position (employee, "Guru Ahli Pertama");
  kn_employee_set_position_kind (employee, KN_POSITION_AHLI_PERTAMA);
  kn_employee_set_unit_id (employee, unit_id);
  return employee;
}

#define BENCH_N_OPD 41

/* Adds the BENCH_N_OPD top units "OPD 01", "OPD 02"… to @store, their ids into @unit_ids. */
static inline void
bench_add_opds (KnStore *store,
                gint64   unit_ids[BENCH_N_OPD])
{
  g_autoptr(GError) error = NULL;

  for (guint u = 0; u < BENCH_N_OPD; u++)
    {
      g_autofree char *name = g_strdup_printf ("OPD %02u", u + 1);
      g_autoptr(KnOrgUnit) unit = kn_org_unit_new (name, 0);

      g_assert_true (kn_store_add_unit (store, unit, &error));
      unit_ids[u] = kn_org_unit_get_id (unit);
    }
}

/* Adds @n teachers (bench_teacher_new, born from 1 January 1966), spread over the units of
 * @unit_ids in turn, to @store; their ids into @ids (nullable, @n long). */
static inline void
bench_add_teachers (KnStore      *store,
                    const gint64  unit_ids[BENCH_N_OPD],
                    guint         n,
                    gint64       *ids)
{
  g_autoptr(GError) error = NULL;
  GDate birth;

  g_date_clear (&birth, 1);
  g_date_set_dmy (&birth, 1, G_DATE_JANUARY, 1966);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnEmployee) employee = bench_teacher_new (i, &birth, unit_ids[i % BENCH_N_OPD]);

      if (!kn_store_add_employee (store, employee, &error))
        g_error ("%s: %s", kn_employee_get_nip (employee), error->message);
      if (ids != NULL)
        ids[i] = kn_employee_get_id (employee);
    }
}

G_END_DECLS
