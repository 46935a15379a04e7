/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Tim Penilai window's "review per unit": the office chooses a unit and turns review on or
 * off for it and its sub-units (on a server, admins only); the units under review are listed. */

#pragma once

#include <adwaita.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

#define KN_TYPE_REVIEW_UNITS (kn_review_units_get_type ())
G_DECLARE_FINAL_TYPE (KnReviewUnits, kn_review_units, KN, REVIEW_UNITS, AdwPreferencesGroup)

void         kn_review_units_set_store   (KnReviewUnits *self,
                                          KnStore       *store);
/* For tests, what a user does: chooses the unit (FALSE when it is not listed), flips the
 * switch. */
gboolean     kn_review_units_choose_unit (KnReviewUnits *self,
                                          gint64         unit_id);
GtkSwitch   *kn_review_units_get_switch  (KnReviewUnits *self);
/* The sentence under the switch, and the line naming the units under review. */
const char  *kn_review_units_get_state   (KnReviewUnits *self);
const char  *kn_review_units_get_list    (KnReviewUnits *self);

G_END_DECLS
