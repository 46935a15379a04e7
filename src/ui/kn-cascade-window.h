/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Matriks Peran Hasil of a unit: the RHK tree from the head down, with what is missing. */

#pragma once

#include <adwaita.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

#define KN_TYPE_CASCADE_WINDOW (kn_cascade_window_get_type ())

G_DECLARE_FINAL_TYPE (KnCascadeWindow, kn_cascade_window, KN, CASCADE_WINDOW, AdwWindow)

/* @unit_id 0 starts with the first OPD. */
KnCascadeWindow *kn_cascade_window_new          (KnStore         *store,
                                                 gint64           unit_id,
                                                 guint            year);
/* The counts behind the summary line, for the unit shown. */
KnCascadeCounts  kn_cascade_window_get_counts   (KnCascadeWindow *self);
/* The rows (GtkTreeListRow of KnCascadeNode) as the list shows them. */
GListModel      *kn_cascade_window_get_rows     (KnCascadeWindow *self);

G_END_DECLS
