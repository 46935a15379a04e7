/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Pengembangan Kompetensi place: who in a unit has had the lesson hours (JP) they are owed
 * this year, and each person's learning activities, added, corrected and deleted. */

#pragma once

#include <gtk/gtk.h>

#include "kinerja/kinerja.h"
#include "kn-training-dialog.h"

G_BEGIN_DECLS

#define KN_TYPE_TRAINING_PAGE (kn_training_page_get_type ())

G_DECLARE_FINAL_TYPE (KnTrainingPage, kn_training_page, KN, TRAINING_PAGE, GtkWidget)

void        kn_training_page_set_store        (KnTrainingPage *self,
                                               KnStore        *store);
/* Shows the people of @unit_id (its sub-units included) and their JP of @year. FALSE when the
 * unit or year is not offered. */
gboolean    kn_training_page_show             (KnTrainingPage *self,
                                               gint64          unit_id,
                                               guint           year);
/* Reads the store again (the window calls it when the place is shown, and after the office
 * settings change the target). */
void        kn_training_page_reload           (KnTrainingPage *self);
/* TRUE while the JP and the people of the unit and year chosen are read (off the main thread),
 * and while the people land in the list, in pieces; what was shown before stays until they come. */
gboolean    kn_training_page_is_loading       (KnTrainingPage *self);
/* Only those who have not reached the target, as the check button does. */
void        kn_training_page_set_below_only   (KnTrainingPage *self,
                                               gboolean        below_only);
/* The people listed, in order (KnEmployee): a GtkFilterListModel (search, check button) over the
 * unit's people only. */
GListModel *kn_training_page_get_people       (KnTrainingPage *self);
/* Selects @employee_id in the list (the unit's people still landing land at once first); FALSE
 * when they are not listed. */
gboolean    kn_training_page_select_employee  (KnTrainingPage *self,
                                               gint64          employee_id);
/* What the page says: the unit's summary, the selected person's "13,5 of 20 JP". */
const char *kn_training_page_get_summary_text (KnTrainingPage *self);
/* What "Impor Kegiatan…" does once a file is chosen: the import dialog over @path (presented,
 * returned); the page reads the year again after the import. */
GtkWindow  *kn_training_page_import_file      (KnTrainingPage *self,
                                               const char     *path);
const char *kn_training_page_get_jp_text      (KnTrainingPage *self);
/* The selected person's activities of the year (KnTraining), as listed. */
GPtrArray  *kn_training_page_get_activities   (KnTrainingPage *self);
/* What the activity dialog's Save does with the typed text (@data: the page): checks and saves
 * it for the selected person (training_id 0: a new activity). The message names the field that
 * is wrong. The dialog's KnTrainingSubmit, declared once. */
KnTrainingSubmit kn_training_page_submit;
/* What the confirmation's Delete does. */
gboolean    kn_training_page_delete           (KnTrainingPage *self,
                                               gint64          training_id,
                                               GError        **error);
/* What "Recap to Excel" does once the file is chosen: the unit's Rekapitulasi Pengembangan
 * Kompetensi of the year shown. The page says where it went or what went wrong. */
gboolean    kn_training_page_save_recap       (KnTrainingPage *self,
                                               const char     *path,
                                               GError        **error);
/* The line under the summary after saving ("" when none). */
const char *kn_training_page_get_status_text  (KnTrainingPage *self);
/* The dialog or confirmation open now, NULL when none. */
GtkWindow  *kn_training_page_get_dialog       (KnTrainingPage *self);

G_END_DECLS
