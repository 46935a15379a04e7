/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Realisation of each IKI with its bukti dukung and capaian, and dated feedback, for one
 * employee and one period. */

#pragma once

#include <adwaita.h>

#include "kinerja/kinerja.h"
#include "kn-date-row.h"

G_BEGIN_DECLS

#define KN_TYPE_PROGRESS_DIALOG (kn_progress_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KnProgressDialog, kn_progress_dialog, KN, PROGRESS_DIALOG, AdwWindow)

KnProgressDialog *kn_progress_dialog_new              (KnStore          *store,
                                                       gint64            employee_id,
                                                       const char       *period);
/* The realisation entry of the IKI with @indicator_id ("value"), its evidence ("evidence"). */
GtkEditable      *kn_progress_dialog_get_editable     (KnProgressDialog *self,
                                                       gint64            indicator_id,
                                                       const char       *field);
/* What the dialog says of the IKI's capaian now ("75 %", or why there is none). */
const char       *kn_progress_dialog_get_capaian      (KnProgressDialog *self,
                                                       gint64            indicator_id);
/* Adds feedback dated @date (ISO) about RHK @result_id (0: about the work in general). */
gboolean          kn_progress_dialog_add_feedback     (KnProgressDialog *self,
                                                       const char       *date,
                                                       gint64            result_id,
                                                       const char       *text);
const char       *kn_progress_dialog_get_message      (KnProgressDialog *self);
/* The new feedback: its date (day-month-year) and its text (Enter adds it). */
KnDateRow        *kn_progress_dialog_get_feedback_date (KnProgressDialog *self);
GtkEditable      *kn_progress_dialog_get_feedback_text (KnProgressDialog *self);

G_END_DECLS
