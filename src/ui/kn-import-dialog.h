/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing a roster of employees from the window: the file chosen, the preview (errors by row and
 * cell, or the people to add and the fields to change), then all of it or nothing. */

#pragma once

#include <adwaita.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

#define KN_TYPE_IMPORT_DIALOG (kn_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KnImportDialog, kn_import_dialog, KN, IMPORT_DIALOG, AdwWindow)

/* What a file is imported as: a roster of employees, or a training list (kegiatan). */
typedef enum
{
  KN_IMPORT_KIND_EMPLOYEES,
  KN_IMPORT_KIND_TRAINING,
} KnImportKind;

/* The preview lists at most this many rows (errors first), then says how many it left out. */
#define KN_IMPORT_DIALOG_MAX_LISTED 300

/* Reads @path and shows its preview; nothing is written until "Import" is pressed (and then a
 * backup is taken first). Emits "imported" after a successful import. */
KnImportDialog *kn_import_dialog_new          (KnStore        *store,
                                               const char     *path);
KnImportDialog *kn_import_dialog_new_for      (KnStore        *store,
                                               const char     *path,
                                               KnImportKind    kind);
/* Asks for a file (CSV or Excel) with the native file chooser, then presents the dialog over
 * @parent. */
void            kn_import_dialog_choose       (GtkWindow      *parent,
                                               KnStore        *store);
/* …for @kind; @imported (nullable), connected to "imported" of the dialog with @receiver as
 * its data (g_signal_connect_object), is how the place that asked reads the store again. */
void            kn_import_dialog_choose_for   (GtkWindow      *parent,
                                               KnStore        *store,
                                               KnImportKind    kind,
                                               GCallback       imported,
                                               GObject        *receiver);

/* What the import dialogs share: a row of a preview (a title, a subtitle or NULL, an icon
 * before them), and the file chooser for the workbooks and CSV files an import reads. */
void            kn_import_list_add_row        (GtkListBox     *list,
                                               const char     *title,
                                               const char     *subtitle,
                                               const char     *icon_name);
GtkFileChooserNative *kn_import_file_chooser_new (GtkWindow   *parent,
                                               const char     *title);

/* For tests: the summary line, the rows listed (errors first), and whether Import is allowed. */
const char     *kn_import_dialog_get_summary  (KnImportDialog *self);
GtkListBox     *kn_import_dialog_get_list     (KnImportDialog *self);
gboolean        kn_import_dialog_can_apply    (KnImportDialog *self);
GtkWidget      *kn_import_dialog_get_apply_button (KnImportDialog *self);
/* Cancel: while an import is written, stops it (nothing is kept); otherwise closes. */
GtkWidget      *kn_import_dialog_get_cancel_button (KnImportDialog *self);
/* The choice of column for the field @field_id ("nip", …) of kn_column_fields_employee() or
 * _training(), an AdwComboRow (0: none, 1: column A, …); the choice of sheet of a workbook with
 * several (NULL otherwise). */
GtkWidget      *kn_import_dialog_get_field_row (KnImportDialog *self,
                                               const char     *field_id);
GtkWidget      *kn_import_dialog_get_sheet_row (KnImportDialog *self);

G_END_DECLS
