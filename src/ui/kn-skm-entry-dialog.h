/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Typing in paper questionnaires of a survey: one respondent's nine answers at a time, added to
 * the survey of the jenis layanan (a new one, or after the questionnaires it already has). */

#pragma once

#include <adwaita.h>

#include "kinerja/kinerja.h"
#include "kn-skm-dialog.h"

G_BEGIN_DECLS

#define KN_TYPE_SKM_ENTRY_DIALOG (kn_skm_entry_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KnSkmEntryDialog, kn_skm_entry_dialog, KN, SKM_ENTRY_DIALOG, KnSkmDialog)

/* For @unit_id and @period; nothing is written until "Save" ("entry.save"), which emits
 * "imported" and closes. "entry.add" adds the answers chosen as one respondent. */
KnSkmEntryDialog *kn_skm_entry_dialog_new         (KnStore          *store,
                                                   gint64            unit_id,
                                                   const char       *period);
/* For tests: what a user chooses (@scores: 0 unanswered, 1–4) and types, and the sentence at
 * the top (the respondents added, or why nothing was saved). */
void              kn_skm_entry_dialog_set_answers (KnSkmEntryDialog *self,
                                                   const guint8     *scores);
void              kn_skm_entry_dialog_set_service (KnSkmEntryDialog *self,
                                                   const char       *service);
/* The people served in the period (the population of the minimum sample), as typed. */
void              kn_skm_entry_dialog_set_population (KnSkmEntryDialog *self,
                                                   const char       *population);
const char       *kn_skm_entry_dialog_get_summary (KnSkmEntryDialog *self);

G_END_DECLS
