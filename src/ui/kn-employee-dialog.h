/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The form that adds or edits one employee, checking every field as it is typed. */

#pragma once

#include <adwaita.h>

#include "kinerja/kinerja.h"
#include "kn-chooser.h"

G_BEGIN_DECLS

#define KN_TYPE_EMPLOYEE_DIALOG (kn_employee_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KnEmployeeDialog, kn_employee_dialog, KN, EMPLOYEE_DIALOG, AdwWindow)

/* @employee NULL adds a new one, placed in @default_unit_id when not 0. */
KnEmployeeDialog *kn_employee_dialog_new        (KnStore          *store,
                                                 KnEmployee       *employee,
                                                 gint64            default_unit_id);
/* For tests and accessibility tools: the editable of "nip", "name" or "position"; of a changed
 * rank, "rank-date" (its TMT) and "rank-decree" (its SK). */
GtkEditable      *kn_employee_dialog_get_entry  (KnEmployeeDialog *self,
                                                 const char       *field);
/* The combo row of "status", "rank" or "kind". */
AdwComboRow      *kn_employee_dialog_get_combo  (KnEmployeeDialog *self,
                                                 const char       *field);
/* "unit" or "supervisor": searchable, for an OPD with thousands of people. */
KnChooser        *kn_employee_dialog_get_chooser (KnEmployeeDialog *self,
                                                  const char       *field);
/* The error shown at the top of the form, or NULL. */
const char       *kn_employee_dialog_get_error  (KnEmployeeDialog *self);
/* What the form says about the NIP typed (decoded meaning or the reason it is wrong). */
const char       *kn_employee_dialog_get_nip_info (KnEmployeeDialog *self);
/* Selects the rank with @code, the supervisor with @id; FALSE when not offered. */
gboolean          kn_employee_dialog_select_rank       (KnEmployeeDialog *self,
                                                        const char       *code);
gboolean          kn_employee_dialog_select_supervisor (KnEmployeeDialog *self,
                                                        gint64            supervisor_id);
gboolean          kn_employee_dialog_select_unit       (KnEmployeeDialog *self,
                                                        gint64            unit_id);

G_END_DECLS
