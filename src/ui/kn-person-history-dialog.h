/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A person's history — status, mutasi, jabatan, Plt./Plh. — listed, added to and corrected by
 * deleting an entry, from the employee dialog. */

#pragma once

#include <adwaita.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

#define KN_TYPE_PERSON_HISTORY_DIALOG (kn_person_history_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KnPersonHistoryDialog, kn_person_history_dialog, KN,
                      PERSON_HISTORY_DIALOG, AdwWindow)

KnPersonHistoryDialog *kn_person_history_dialog_new       (KnStore               *store,
                                                           KnEmployee            *employee);

/* For tests. The rows of the recorded entries (newest last); the form's fields by name:
 * "kind", "status", "position-kind" (AdwComboRow), "unit", "supervisor" (KnChooser; the
 * supervisor's items are the people whose ids kn_person_history_dialog_select_supervisor
 * takes), "start", "end", "person", "position", "decree", "rank" (AdwEntryRow); the message
 * under the form ("" when none). */
GtkListBox            *kn_person_history_dialog_get_list  (KnPersonHistoryDialog *self);
GtkWidget             *kn_person_history_dialog_get_field (KnPersonHistoryDialog *self,
                                                           const char            *name);
const char            *kn_person_history_dialog_get_error (KnPersonHistoryDialog *self);
/* Chooses the unit @unit_id, the atasan @supervisor_id (0: none) in the form, as the person
 * does in its choosers; FALSE when not offered. */
gboolean               kn_person_history_dialog_select_unit (KnPersonHistoryDialog *self,
                                                             gint64                 unit_id);
gboolean               kn_person_history_dialog_select_supervisor
                                                          (KnPersonHistoryDialog *self,
                                                           gint64                 supervisor_id);
/* What the atasan row says of the atasan offered (proposed, kept or none). */
const char            *kn_person_history_dialog_get_supervisor_note (KnPersonHistoryDialog *self);
/* Adds what the form says (as the Add button does); FALSE with the message shown. */
gboolean               kn_person_history_dialog_add       (KnPersonHistoryDialog *self);
/* Deletes the entry of row @index (as its delete button does). */
gboolean               kn_person_history_dialog_delete    (KnPersonHistoryDialog *self,
                                                           guint                  index);

G_END_DECLS
