/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tooltips of a template's buttons set after the widget's first frame. Never installed. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct
{
  const char *child;  /* a template child's id (bound in class_init, with offset 0 if need be) */
  const char *text;   /* marked with N_(), translated when set */
} KnLateTooltip;

/* Sets @tooltips (static) on @widget's template children once @widget has drawn its first frame:
 * gtk_widget_set_tooltip_text on a visible widget asks the X server where the pointer is, a round
 * trip each that a window's first frame should not wait for (issue 13). */
void kn_late_tooltips_set  (GtkWidget           *widget,
                            GType                template_type,
                            const KnLateTooltip *tooltips,
                            guint                n_tooltips);

G_END_DECLS
