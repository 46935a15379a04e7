/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the two dialogs that add questionnaires to a survey share (typing them in, importing a
 * file): the store, the unit and period they are for, saving, and "imported". */

#pragma once

#include <adwaita.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

#define KN_TYPE_SKM_DIALOG (kn_skm_dialog_get_type ())

G_DECLARE_DERIVABLE_TYPE (KnSkmDialog, kn_skm_dialog, KN, SKM_DIALOG, AdwWindow)

struct _KnSkmDialogClass
{
  AdwWindowClass parent_class;
};

/* For the subclasses' constructors: the store, and the unit and period ("2026-TW1") the
 * questionnaires are saved under. */
void        kn_skm_dialog_set_target  (KnSkmDialog *self,
                                       KnStore     *store,
                                       gint64       unit_id,
                                       const char  *period);
KnStore    *kn_skm_dialog_get_store   (KnSkmDialog *self);
gint64      kn_skm_dialog_get_unit_id (KnSkmDialog *self);
const char *kn_skm_dialog_get_period  (KnSkmDialog *self);
/* Saves @survey as the survey of the dialog's unit and period; then emits "imported" and closes
 * the dialog. FALSE when the store refused it: @summary_label then says why. */
gboolean    kn_skm_dialog_save        (KnSkmDialog *self,
                                       KnSkmSurvey *survey,
                                       GtkLabel    *summary_label);

G_END_DECLS
