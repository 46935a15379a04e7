/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Penilaian place: a unit's evaluations for a period, rated from the keyboard, with the
 * capaian kinerja organisasi and the live distribution check. */

#pragma once

#include <gtk/gtk.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

#define KN_TYPE_EVALUATION_PAGE (kn_evaluation_page_get_type ())

G_DECLARE_FINAL_TYPE (KnEvaluationPage, kn_evaluation_page, KN, EVALUATION_PAGE, GtkWidget)

void        kn_evaluation_page_set_store        (KnEvaluationPage *self,
                                                 KnStore          *store);
/* Reads the units, employees and periods again, keeping what is shown where it still exists
 * (the window calls it when the place is shown). */
void        kn_evaluation_page_refresh          (KnEvaluationPage *self);
/* Shows @unit_id's evaluations for @period; @assessor_id 0 for everyone in the unit. */
gboolean    kn_evaluation_page_show             (KnEvaluationPage *self,
                                                 gint64            unit_id,
                                                 const char       *period,
                                                 gint64            assessor_id);
/* What is shown: the unit, the period (the page's, until it shows another) and the person of
 * the chosen row (0 when none); FALSE before a unit is. */
gboolean    kn_evaluation_page_get_shown        (KnEvaluationPage  *self,
                                                 gint64            *unit_id,
                                                 const char       **period,
                                                 gint64            *employee_id);
/* The rows shown (KnEvaluation), in order. */
GListModel *kn_evaluation_page_get_rows         (KnEvaluationPage *self);
/* TRUE while the rows of the unit chosen are being gathered (off the main thread), and while
 * "Finalkan Semua" writes (off the main thread too, the page insensitive). */
gboolean    kn_evaluation_page_is_loading       (KnEvaluationPage *self);
/* TRUE while the unit's distribution is read again after a rating (off the main thread). */
gboolean    kn_evaluation_page_is_reading       (KnEvaluationPage *self);
void        kn_evaluation_page_select_row       (KnEvaluationPage *self,
                                                 guint             position);
guint       kn_evaluation_page_get_selected_row (KnEvaluationPage *self);
/* The distribution panel as it reads: the counts, and the broken rules ("" when none). */
const char *kn_evaluation_page_get_counts_text  (KnEvaluationPage *self);
const char *kn_evaluation_page_get_violations_text (KnEvaluationPage *self);
/* The last message shown to the user (an error or a confirmation); NULL when none. */
const char *kn_evaluation_page_get_message      (KnEvaluationPage *self);
GtkWindow  *kn_evaluation_page_get_dialog       (KnEvaluationPage *self);

G_END_DECLS
