/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The "Panduan Memulai" shown on an empty database: the first steps in order, each with a button
 * that opens its place, the done ones ticked; it hides itself once there are units and people. */

#pragma once

#include <gtk/gtk.h>

#include "kinerja/kn-store.h"

G_BEGIN_DECLS

#define KN_TYPE_START_GUIDE (kn_start_guide_get_type ())
G_DECLARE_FINAL_TYPE (KnStartGuide, kn_start_guide, KN, START_GUIDE, GtkBox)

typedef enum
{
  KN_START_STEP_INSTANSI,
  KN_START_STEP_UNITS,
  KN_START_STEP_PEOPLE,
  KN_START_STEP_TEMPLATES,
  KN_START_STEP_SKP,
  KN_START_STEP_PENILAIAN,
  KN_START_STEP_N
} KnStartStep;

GtkWidget *kn_start_guide_new          (KnStore      *store);
/* Reads the store again (the nama instansi is a setting, not a live list). */
void       kn_start_guide_update       (KnStartGuide *self);
gboolean   kn_start_guide_step_is_done (KnStartGuide *self,
                                        KnStartStep   step);
/* The button of @step (for the tests). */
GtkWidget *kn_start_guide_get_button   (KnStartGuide *self,
                                        KnStartStep   step);
/* The button that folds the steps away and shows them again (for the tests). */
GtkWidget *kn_start_guide_get_hide_button (KnStartGuide *self);

G_END_DECLS
