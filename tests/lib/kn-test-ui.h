/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the ui tests share beyond kn-test-util.h: starting GTK in Indonesian and closing windows,
 * with tests/ui/kn-ui-test.h's main-loop and widget helpers. */

#pragma once

#include <gtk/gtk.h>

#include "kn-test-util.h"
#include "kn-ui-test.h"

G_BEGIN_DECLS

/* kn_test_use_indonesian, then gtk_test_init and adw_init. */
void kn_test_ui_init  (int        *argc,
                       char     ***argv);
/* Destroys @dialog (nullable) and @window, then runs what that left pending. */
void kn_test_ui_close (GtkWindow  *window,
                       GtkWindow  *dialog);

G_END_DECLS
