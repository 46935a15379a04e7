/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the main window keeps on this desk between sessions (kn-desk-settings): its size,
 * whether it was maximised, and the place it showed. Never installed. */

#pragma once

#include "kn-window.h"

G_BEGIN_DECLS

/* Gives @window the size, maximised state and place kept when the desk's last main window
 * closed, and keeps them again when @window closes. Before @window is presented. */
void kn_window_memory_follow (KnWindow *window);

G_END_DECLS
