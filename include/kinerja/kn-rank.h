/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Pangkat/golongan ruang for PNS (I/a … IV/e) and golongan for PPPK (I … XVII). */

#pragma once

#include <glib.h>

#include "kn-enums.h"

G_BEGIN_DECLS

typedef struct
{
  const char *code;   /* "III/a" or, for PPPK, "IX" */
  const char *name;   /* "Penata Muda"; NULL for PPPK, whose golongan has no pangkat name */
  guint       order;  /* 1-based seniority, comparable within one status */
} KnRank;

/* The ranks that fit a status, in ascending order; @n_ranks receives the count. */
const KnRank *kn_rank_list       (KnEmployeeStatus  status,
                                  guint            *n_ranks);
const KnRank *kn_rank_lookup     (KnEmployeeStatus  status,
                                  const char       *code);
/* "Penata Muda, III/a" for PNS, "Golongan IX" for PPPK; a copy of @code if unknown; "" if NULL. */
char         *kn_rank_format     (KnEmployeeStatus  status,
                                  const char       *code);

G_END_DECLS
