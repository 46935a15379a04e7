/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The small buttons at the end of a list row (correct, delete, remove). Never installed. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A flat button showing @icon_name, centred in its row, that tells @label in its tooltip and to
 * screen readers. */
GtkWidget *kn_row_button_new (const char *icon_name,
                              const char *label);

G_END_DECLS
