/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The help of one place in plain Indonesian (the texts of resources/help), with a button that saves the
 * whole guide as a PDF manual for socialisation sessions. */

#pragma once

#include <adwaita.h>

#include "kinerja/kn-help.h"
#include "kinerja/kn-manual.h"

G_BEGIN_DECLS

#define KN_TYPE_HELP_WINDOW (kn_help_window_get_type ())

G_DECLARE_FINAL_TYPE (KnHelpWindow, kn_help_window, KN, HELP_WINDOW, AdwWindow)

KnHelpWindow *kn_help_window_new       (KnHelpTopic   topic);
KnHelpTopic   kn_help_window_get_topic (KnHelpWindow *self);
/* What the window shows, as plain text: the title, then each heading, step and paragraph on a
 * line of its own. */
char         *kn_help_window_dup_text  (KnHelpWindow *self);
/* Writes the whole guide (kn-manual, A4) to @path; what "Save the Guide as PDF…" does once a
 * file is chosen. */
gboolean      kn_help_window_save_manual (KnHelpWindow *self,
                                          const char   *path,
                                          GError      **error);

G_END_DECLS
