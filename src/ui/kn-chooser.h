/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A searchable chooser: a button showing the chosen item, a popover listing every item whole
 * (wrapped, never cut) under a search entry. Usable with thousands of items. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KN_TYPE_CHOOSER (kn_chooser_get_type ())

G_DECLARE_FINAL_TYPE (KnChooser, kn_chooser, KN, CHOOSER, GtkWidget)

KnChooser     *kn_chooser_new               (void);
GListModel    *kn_chooser_get_model         (KnChooser     *self);
/* The items to choose from; a GtkStringList needs no expression. Keeps the selection's
 * position when it is still valid. */
void           kn_chooser_set_model         (KnChooser     *self,
                                             GListModel    *model);
GtkExpression *kn_chooser_get_expression    (KnChooser     *self);
/* What is shown and searched for each item (default: the "string" of a GtkStringObject). */
void           kn_chooser_set_expression    (KnChooser     *self,
                                             GtkExpression *expression);
/* Position in the model, GTK_INVALID_LIST_POSITION when nothing is chosen. */
guint          kn_chooser_get_selected      (KnChooser     *self);
void           kn_chooser_set_selected      (KnChooser     *self,
                                             guint          position);
/* Chooses the item whose id is @id, @ids holding a gint64 per item; FALSE (and the choice
 * unchanged) when no item has it. */
gboolean       kn_chooser_select_id         (KnChooser     *self,
                                             GArray        *ids,
                                             gint64         id);
gpointer       kn_chooser_get_selected_item (KnChooser     *self);
const char    *kn_chooser_get_placeholder   (KnChooser     *self);
/* Shown on the button while nothing is chosen. */
void           kn_chooser_set_placeholder   (KnChooser     *self,
                                             const char    *placeholder);
/* The width the button asks for, in characters of its label; longer names take two lines. */
void           kn_chooser_set_max_width_chars (KnChooser   *self,
                                             int            n_chars);
/* The text shown for the chosen item (NULL when nothing is chosen). */
char          *kn_chooser_dup_label         (KnChooser     *self);

void           kn_chooser_popup             (KnChooser     *self);
void           kn_chooser_popdown           (KnChooser     *self);
/* The open list: its search entry and the items that match it, in model order. */
GtkEditable   *kn_chooser_get_search_entry  (KnChooser     *self);
GListModel    *kn_chooser_get_matches       (KnChooser     *self);
/* Chooses the match at @position of the open list, as a click on it does. */
void           kn_chooser_choose_match      (KnChooser     *self,
                                             guint          position);

/* The position of @id in @ids (a gint64 per item of a choice), GTK_INVALID_LIST_POSITION when
 * it is not there. */
guint          kn_id_position               (GArray        *ids,
                                             gint64         id);

G_END_DECLS
