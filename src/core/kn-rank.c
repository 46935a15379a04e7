/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pangkat/golongan ruang of PNS and the golongan of PPPK, in order of seniority. */

#define G_LOG_DOMAIN "kn-rank"

#include "config.h"

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-rank.h"

static const KnRank pns_ranks[] = {
  { "I/a",   "Juru Muda",              1 },
  { "I/b",   "Juru Muda Tk. I",        2 },
  { "I/c",   "Juru",                   3 },
  { "I/d",   "Juru Tk. I",             4 },
  { "II/a",  "Pengatur Muda",          5 },
  { "II/b",  "Pengatur Muda Tk. I",    6 },
  { "II/c",  "Pengatur",               7 },
  { "II/d",  "Pengatur Tk. I",         8 },
  { "III/a", "Penata Muda",            9 },
  { "III/b", "Penata Muda Tk. I",     10 },
  { "III/c", "Penata",                11 },
  { "III/d", "Penata Tk. I",          12 },
  { "IV/a",  "Pembina",               13 },
  { "IV/b",  "Pembina Tk. I",         14 },
  { "IV/c",  "Pembina Utama Muda",    15 },
  { "IV/d",  "Pembina Utama Madya",   16 },
  { "IV/e",  "Pembina Utama",         17 },
};

static const KnRank pppk_ranks[] = {
  { "I",     NULL,  1 },
  { "II",    NULL,  2 },
  { "III",   NULL,  3 },
  { "IV",    NULL,  4 },
  { "V",     NULL,  5 },
  { "VI",    NULL,  6 },
  { "VII",   NULL,  7 },
  { "VIII",  NULL,  8 },
  { "IX",    NULL,  9 },
  { "X",     NULL, 10 },
  { "XI",    NULL, 11 },
  { "XII",   NULL, 12 },
  { "XIII",  NULL, 13 },
  { "XIV",   NULL, 14 },
  { "XV",    NULL, 15 },
  { "XVI",   NULL, 16 },
  { "XVII",  NULL, 17 },
};

const KnRank *
kn_rank_list (KnEmployeeStatus  status,
              guint            *n_ranks)
{
  if (n_ranks != NULL)
    *n_ranks = 0;

  g_return_val_if_fail ((guint) status < KN_EMPLOYEE_STATUS_N, NULL);

  if (status == KN_EMPLOYEE_STATUS_PNS)
    {
      if (n_ranks != NULL)
        *n_ranks = G_N_ELEMENTS (pns_ranks);
      return pns_ranks;
    }

  /* PPPK Paruh Waktu shares the golongan of full-time PPPK. */
  if (n_ranks != NULL)
    *n_ranks = G_N_ELEMENTS (pppk_ranks);
  return pppk_ranks;
}

const KnRank *
kn_rank_lookup (KnEmployeeStatus  status,
                const char       *code)
{
  const KnRank *ranks;
  guint n_ranks;

  g_return_val_if_fail ((guint) status < KN_EMPLOYEE_STATUS_N, NULL);

  if (code == NULL)
    return NULL;

  ranks = kn_rank_list (status, &n_ranks);

  for (guint i = 0; i < n_ranks; i++)
    {
      if (g_str_equal (ranks[i].code, code))
        return &ranks[i];
    }

  /* Imported spreadsheets often write "III/A" or "iii/a". */
  for (guint i = 0; i < n_ranks; i++)
    {
      if (g_ascii_strcasecmp (ranks[i].code, code) == 0)
        return &ranks[i];
    }

  return NULL;
}

char *
kn_rank_format (KnEmployeeStatus  status,
                const char       *code)
{
  const KnRank *rank;

  g_return_val_if_fail ((guint) status < KN_EMPLOYEE_STATUS_N, NULL);

  if (code == NULL)
    return g_strdup ("");

  rank = kn_rank_lookup (status, code);
  if (rank == NULL)
    return g_strdup (code);

  if (rank->name != NULL)
    return g_strdup_printf ("%s, %s", rank->name, rank->code);

  /* Translators: %s is a PPPK golongan in Roman numerals, e.g. "IX" */
  return g_strdup_printf (_("Golongan %s"), rank->code);
}
