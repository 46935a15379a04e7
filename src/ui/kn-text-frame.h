/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The frame of a wrapped text: its width is asked of the text without a height. Never
 * installed. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KN_TYPE_TEXT_FRAME (kn_text_frame_get_type ())
G_DECLARE_FINAL_TYPE (KnTextFrame, kn_text_frame, KN, TEXT_FRAME, AdwBin)

/* A frame holding @child (nullable), usually a wrapped GtkLabel. */
GtkWidget *kn_text_frame_new (GtkWidget *child);

G_END_DECLS
