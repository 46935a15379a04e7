/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The form that adds a unit, or renames and moves one. */

#pragma once

#include <adwaita.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

#define KN_TYPE_UNIT_DIALOG (kn_unit_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KnUnitDialog, kn_unit_dialog, KN, UNIT_DIALOG, AdwWindow)

/* @unit_id 0 adds a unit under @default_parent_id (0: a new OPD); otherwise edits @unit_id. */
KnUnitDialog *kn_unit_dialog_new          (KnStore      *store,
                                           gint64        unit_id,
                                           gint64        default_parent_id);
GtkEditable  *kn_unit_dialog_get_name     (KnUnitDialog *self);
/* Chooses the parent (0: top level); FALSE when it is not offered (itself or below itself). */
gboolean      kn_unit_dialog_select_parent (KnUnitDialog *self,
                                            gint64        parent_id);
const char   *kn_unit_dialog_get_error    (KnUnitDialog *self);

G_END_DECLS
