/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One IKI in the SKP editor: aspek or perspektif, text, target, unit and direction. */

#pragma once

#include <gtk/gtk.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

#define KN_TYPE_INDICATOR_ROW (kn_indicator_row_get_type ())

G_DECLARE_FINAL_TYPE (KnIndicatorRow, kn_indicator_row, KN, INDICATOR_ROW, GtkListBoxRow)

/* Edits @indicator in place. @jpt shows perspektif instead of aspek; @qualitative a sentence
 * target; @editable FALSE shows it read-only. */
GtkWidget   *kn_indicator_row_new            (KnIndicator *indicator,
                                              guint        number,
                                              gboolean     jpt,
                                              gboolean     qualitative,
                                              gboolean     editable);
KnIndicator *kn_indicator_row_get_indicator  (KnIndicatorRow *self);
/* The message about the target typed, or NULL when it is a number (or empty). */
const char  *kn_indicator_row_get_error      (KnIndicatorRow *self);
GtkEditable *kn_indicator_row_get_editable   (KnIndicatorRow *self,
                                              const char     *field);

G_END_DECLS
