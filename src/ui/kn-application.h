/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Kinerja application: options, the database it opens, app-wide actions. */

#pragma once

#include <adwaita.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

#define KN_TYPE_APPLICATION (kn_application_get_type ())

/* The keyboard shortcuts window (its object "help_overlay"), which each window builds when it is
 * first asked for (win.show-help-overlay, Ctrl+?). */
#define KN_HELP_OVERLAY_RESOURCE "/id/go/lampungprov/Kinerja/help-overlay.ui"

G_DECLARE_FINAL_TYPE (KnApplication, kn_application, KN, APPLICATION, AdwApplication)

KnApplication *kn_application_new       (const char    *application_id,
                                         GApplicationFlags flags);
/* The store the windows show; NULL until activated. */
KnStore       *kn_application_get_store (KnApplication *self);
/* Opens @store in the application (used by tests instead of the command line). */
void           kn_application_set_store (KnApplication *self,
                                         KnStore       *store);
/* The database to open, as --database gives it (used by tests instead of the command line). */
void           kn_application_set_database (KnApplication *self,
                                            const char    *database);

G_END_DECLS
