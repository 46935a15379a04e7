/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The office's settings: the name of the instansi, the city of the signatures, the letterhead
 * (lines and logo), the JP owed each year and the default paper. Kept in the database. */

#pragma once

#include <adwaita.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

/* The settings this window writes (kn_store_set_setting); the documents read them. */
#define KN_SETTING_INSTANSI          "instansi"          /* "Pemerintah Provinsi Lampung" */
#define KN_SETTING_KOTA              "kota"              /* city of the signatures */
#define KN_SETTING_LETTERHEAD_LINES  "letterhead-lines"  /* the kop surat, one line per \n */
#define KN_SETTING_LETTERHEAD_LOGO   "letterhead-logo"   /* absolute path of a PNG or SVG */
#define KN_SETTING_JP_PER_YEAR       "jp-per-year"       /* "20", ASCII decimal */
#define KN_SETTING_DEFAULT_PAPER     "default-paper"     /* "a4" or "f4" */

#define KN_TYPE_PREFERENCES_WINDOW (kn_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (KnPreferencesWindow, kn_preferences_window, KN, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

KnPreferencesWindow *kn_preferences_window_new           (KnStore             *store);
/* The entry of "instansi", "kota", "letterhead-1" … "letterhead-4", or of a setting of the
 * kepala OPD's pejabat penilai (KN_SETTING_JPT_ASSESSOR_NAME …) or of his atasan
 * (KN_SETTING_JPT_SUPERIOR_NAME …). */
GtkEditable         *kn_preferences_window_get_entry     (KnPreferencesWindow *self,
                                                          const char          *field);
GtkSpinButton       *kn_preferences_window_get_jp        (KnPreferencesWindow *self);
AdwComboRow         *kn_preferences_window_get_paper     (KnPreferencesWindow *self);
/* Takes @path as the letterhead's logo (what the file chooser does): a PNG or SVG only. */
gboolean             kn_preferences_window_set_logo_file (KnPreferencesWindow *self,
                                                          const char          *path,
                                                          GError             **error);
/* The last message shown (an error), NULL when none. */
const char          *kn_preferences_window_get_message   (KnPreferencesWindow *self);

G_END_DECLS
