/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The question a window asks before closing over work that is not saved (Save, Discard, Cancel).
 * Never installed. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Saves what @window holds; FALSE (having said why) keeps the window open. */
typedef gboolean (*KnCloseSaveFunc) (GtkWindow *window);

gboolean kn_close_guard_may_close (GtkWindow       *window,
                                   gboolean         unsaved,
                                   const char      *heading,
                                   const char      *body,
                                   KnCloseSaveFunc  save);

G_END_DECLS
