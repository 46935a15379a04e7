/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Tim Penilai Kinerja from the window: a team formed for a year (name, decree), its members
 * from the roster with their role, and its decision on each employee's evaluation of a period. */

#pragma once

#include <adwaita.h>

#include "kinerja/kinerja.h"

#include "kn-review-units.h"

G_BEGIN_DECLS

#define KN_TYPE_REVIEW_DIALOG (kn_review_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KnReviewDialog, kn_review_dialog, KN, REVIEW_DIALOG, AdwWindow)

/* The teams of @year, the last one chosen; @period (nullable: the current quarter) chosen for
 * the decisions. */
KnReviewDialog *kn_review_dialog_new              (KnStore          *store,
                                                   guint             year,
                                                   const char       *period);

/* What a user types and chooses, for tests; the buttons' actions ("review.create-team",
 * "review.add-member", "review.record") then do the rest. */
void            kn_review_dialog_fill_team        (KnReviewDialog   *self,
                                                   const char       *name,
                                                   const char       *decree);
/* The unit a team formed next reviews (0: the whole instansi); FALSE when not offered. */
gboolean        kn_review_dialog_choose_team_unit (KnReviewDialog   *self,
                                                   gint64            unit_id);
gboolean        kn_review_dialog_choose_member    (KnReviewDialog   *self,
                                                   gint64            employee_id,
                                                   KnReviewRole      role);
gboolean        kn_review_dialog_choose_decision  (KnReviewDialog   *self,
                                                   gint64            employee_id,
                                                   KnReviewDecision  decision,
                                                   const char       *reason);
/* The team chosen (0: none), the sentence at the top (what was done or why not), the members
 * and the decisions shown (AdwActionRow each: a name, then the role or the decision). */
gint64          kn_review_dialog_get_team         (KnReviewDialog   *self);
const char     *kn_review_dialog_get_status       (KnReviewDialog   *self);
GtkListBox     *kn_review_dialog_get_members      (KnReviewDialog   *self);
GtkListBox     *kn_review_dialog_get_decisions    (KnReviewDialog   *self);
/* The group turning review on or off per unit. */
KnReviewUnits  *kn_review_dialog_get_units        (KnReviewDialog   *self);

G_END_DECLS
