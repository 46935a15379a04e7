/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of the distribution panel. */

#pragma once

#include "kn-distribution-panel.h"

G_BEGIN_DECLS

/* How many times each chart was drawn: the unit's distribution, the chosen person's periods. */
void _kn_distribution_panel_get_draws (KnDistributionPanel *self,
                                       guint               *distribution,
                                       guint               *employee);

G_END_DECLS
