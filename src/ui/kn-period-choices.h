/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The periods of a year as a choice in a dropdown. Never installed. */

#pragma once

#include <gtk/gtk.h>

#include "kinerja/kn-store.h"

G_BEGIN_DECLS

/* The labels of @year's periods by the store's scheme ("Triwulan I 2026" …), in order; @names
 * (emptied first) receives each one's name ("2026-TW1"), owned. @selected receives the position
 * of @keep (nullable) or else of this quarter. */
GtkStringList *kn_period_choices_new (KnStore    *store,
                                      guint       year,
                                      const char *keep,
                                      GPtrArray  *names,
                                      guint      *selected);

G_END_DECLS
