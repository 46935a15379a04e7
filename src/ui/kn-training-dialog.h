/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The form that adds or corrects one learning activity of a person (Kegiatan). */

#pragma once

#include <adwaita.h>

#include "kinerja/kinerja.h"
#include "kn-date-row.h"

G_BEGIN_DECLS

#define KN_TYPE_TRAINING_DIALOG (kn_training_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KnTrainingDialog, kn_training_dialog, KN, TRAINING_DIALOG, AdwWindow)

/* Checks what is typed and saves it: TRUE when saved (the dialog then closes). Declared here
 * only: kn_training_page_submit() is one, declared by this type. */
typedef gboolean KnTrainingSubmit (gpointer        data,
                                   gint64          training_id,
                                   const char     *title,
                                   const char     *date,
                                   KnTrainingForm  form,
                                   const char     *hours,
                                   const char     *organizer,
                                   const char     *evidence,
                                   GError        **error);
typedef KnTrainingSubmit *KnTrainingSubmitFunc;

/* @training NULL adds one for @employee dated @default_date (ISO); @submit saves it. */
KnTrainingDialog *kn_training_dialog_new       (KnEmployee          *employee,
                                                const KnTraining    *training,
                                                const char          *default_date,
                                                KnTrainingSubmitFunc submit,
                                                gpointer             data);
/* "title", "hours", "organizer" or "evidence". */
GtkEditable      *kn_training_dialog_get_entry (KnTrainingDialog    *self,
                                                const char          *field);
KnDateRow        *kn_training_dialog_get_date  (KnTrainingDialog    *self);
/* The error shown under the form, or NULL. */
const char       *kn_training_dialog_get_error (KnTrainingDialog    *self);

G_END_DECLS
