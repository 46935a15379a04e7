/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing a survey's questionnaires from the window: the file read at once, its preview (the
 * respondents, the IKM and mutu) or every bad cell, then all of it or nothing. */

#pragma once

#include <adwaita.h>

#include "kinerja/kinerja.h"
#include "kn-skm-dialog.h"

G_BEGIN_DECLS

#define KN_TYPE_SKM_IMPORT_DIALOG (kn_skm_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KnSkmImportDialog, kn_skm_import_dialog, KN, SKM_IMPORT_DIALOG, KnSkmDialog)

/* A survey of @unit_id for @period ("2026-TW1"); nothing is written until "Import" is pressed.
 * Emits "imported" after a successful import. */
KnSkmImportDialog *kn_skm_import_dialog_new         (KnStore           *store,
                                                     gint64             unit_id,
                                                     const char        *period);
/* Reads @path (what "Choose File…" does with the file chosen) and shows its preview. */
void               kn_skm_import_dialog_load_file   (KnSkmImportDialog *self,
                                                     const char        *path);
void               kn_skm_import_dialog_set_service (KnSkmImportDialog *self,
                                                     const char        *service);
/* For tests: the summary line, the rows listed (the bad cells), whether Import is allowed, and
 * pressing it (FALSE when nothing was saved; the summary says why). */
const char        *kn_skm_import_dialog_get_summary (KnSkmImportDialog *self);
GtkListBox        *kn_skm_import_dialog_get_list    (KnSkmImportDialog *self);
gboolean           kn_skm_import_dialog_can_apply   (KnSkmImportDialog *self);
gboolean           kn_skm_import_dialog_apply       (KnSkmImportDialog *self);

G_END_DECLS
