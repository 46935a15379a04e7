/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The people the store benches add: teachers with valid NIPs, one shape for every bench. */

#pragma once

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

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

G_END_DECLS
