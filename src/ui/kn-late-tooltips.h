/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Work put off until a widget's first frame (any call, the tooltips of a template's buttons)
 * or spread over its frames.
 * Never installed. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*KnLateFunc) (gpointer object);

/* Calls @func (@object) once @widget has drawn its first frame after it is mapped (at once when
 * it is mapped without a frame clock); not at all when @object is gone by then. */
void kn_late_call          (GtkWidget           *widget,
                            KnLateFunc           func,
                            gpointer             object);

/* Work spread over a widget's frames: @func (@data) after each frame its frame clock paints,
 * from kn_after_frames_start () until kn_after_frames_stop (). */
typedef struct
{
  GdkFrameClock *clock;    /* owned, nullable: while started */
  gulong         handler;
} KnAfterFrames;

/* FALSE, and nothing started, when @widget has no frame clock (it is not realized). Stops what
 * @self had started before. */
gboolean kn_after_frames_start (KnAfterFrames       *self,
                                GtkWidget           *widget,
                                KnLateFunc           func,
                                gpointer             data);
void     kn_after_frames_stop  (KnAfterFrames       *self);

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

/* Sets @child's tooltip to @text now if it already has one, else keeps @text for when the late
 * tooltips are set, in place of the table's: a tooltip that depends on the state (who is logged
 * in) chosen before the first frame. */
void kn_late_tooltips_set_text (GtkWidget  *child,
                                const char *text);

G_END_DECLS
