/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Laporan Hasil Survei Kepuasan Masyarakat of a unit and period: its data, filled from the
 * store before anything is drawn or written, then printed as PDF (kn-skm-document) or Excel
 * (kn-skm-export). Official text: Indonesian whatever the locale. */

#pragma once

#include <glib.h>

#include "kn-skm.h"
#include "kn-store.h"

G_BEGIN_DECLS

typedef struct
{
  char        *instansi;        /* owned: the office (setting "instansi"), "" when not set */
  char        *unit;            /* owned: the unit's name */
  char        *period;          /* owned: "Triwulan I 2026" */
  char        *period_dates;    /* owned: "1 Januari s.d. 31 Maret 2026" */
  char        *services;        /* owned: the jenis layanan surveyed, "A, B" */
  guint64      population;      /* people served; 0: not known */
  guint        min_sample;      /* of population; 0 when not known */
  KnSkmResult  result;
  gboolean     has_ikm;
  char        *place_date;      /* owned: "Bandar Lampung, 2 Desember 2026" */
  char        *signer_name;     /* owned: the unit's head, "" when none is known */
  char        *signer_nip;      /* owned: "NIP. 19750312 199903 2 002", "" */
  char        *signer_position; /* owned */
  char        *signer_rank;     /* owned: the pangkat, "Pembina Tk. I, IV/b", "" */
} KnSkmReport;

void         kn_skm_report_free   (KnSkmReport  *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnSkmReport, kn_skm_report_free)

/* The report of every survey of @unit_id in @period (all its jenis layanan together), signed
 * by the unit's head on @date (NULL: today). NULL with KN_STORE_ERROR_NOT_FOUND when the unit
 * has no survey in the period. A survey without an IKM (an unsur nobody answered) still gives a
 * report, with has_ikm FALSE. */
KnSkmReport *kn_skm_report_new    (KnStore      *store,
                                   gint64        unit_id,
                                   const char   *period,
                                   const GDate  *date,
                                   GError      **error);

/* "Sangat Baik" and so on, after the mutu letter: "B (Baik)". Indonesian. */
char        *kn_skm_report_mutu_text (const KnSkmReport *report);

G_END_DECLS
