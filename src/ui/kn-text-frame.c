/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The frame of a wrapped text (issue 13). A horizontal box asks each child's width for the box's
 * height at every allocation, and so does a vertical one measured for a height; a wrapped
 * GtkLabel answers that by searching widths by halves, laying its text out at each (~8 pango
 * layouts), and Pegawai's unit tree, ~200 rows, was laid out so again in every frame while it
 * came in (12-19 ms of each frame at 19,000). The frame asks its child's width without a height
 * (the widths of the text itself, kept until the text changes) and passes everything else on:
 * the text still wraps at the width it is given. For texts whose width is set by what is around
 * them (a list's row): the frame's natural width is the text's on one line, and Penilaian's hint
 * in one changed how that page shares its width with the chart panel (test-layout). */

#include "config.h"

#include "kn-text-frame.h"

struct _KnTextFrame
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (KnTextFrame, kn_text_frame, ADW_TYPE_BIN)

static GtkSizeRequestMode
kn_text_frame_get_request_mode (GtkWidget *widget)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  return child != NULL ? gtk_widget_get_request_mode (child) : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
kn_text_frame_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child == NULL || !gtk_widget_should_layout (child))
    {
      *minimum = *natural = 0;
      *minimum_baseline = *natural_baseline = -1;
      return;
    }
  gtk_widget_measure (child, orientation, orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
kn_text_frame_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
kn_text_frame_class_init (KnTextFrameClass *klass)
{
}

static void
kn_text_frame_init (KnTextFrame *self)
{
  /* In place of AdwBin's GtkBinLayout. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self),
                                 gtk_custom_layout_new (kn_text_frame_get_request_mode,
                                                        kn_text_frame_measure,
                                                        kn_text_frame_size_allocate));
}

GtkWidget *
kn_text_frame_new (GtkWidget *child)
{
  return g_object_new (KN_TYPE_TEXT_FRAME, "child", child, NULL);
}
