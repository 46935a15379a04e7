/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The history of one employee's evaluations: each period's predikat and every change, when and
 * what, in words. */

#pragma once

#include <adwaita.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

#define KN_TYPE_HISTORY_DIALOG (kn_history_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KnHistoryDialog, kn_history_dialog, KN, HISTORY_DIALOG, AdwWindow)

KnHistoryDialog *kn_history_dialog_new      (KnStore         *store,
                                             gint64           employee_id);
/* What the dialog shows, one line per heading and per change ("when · what"). */
char            *kn_history_dialog_dup_text (KnHistoryDialog *self);

G_END_DECLS
