/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The choices the places offer — periods, years, units — and filling a choice without choosing.
 * Never installed. */

#pragma once

#include <gtk/gtk.h>

#include "kinerja/kn-store.h"

G_BEGIN_DECLS

/* Gives @choice (a GtkDropDown, AdwComboRow or KnChooser) @model with @selected chosen, the
 * handlers @owner connected to @choice held meanwhile: filling a choice is not choosing. */
void           kn_choice_fill                  (gpointer    choice,
                                                GListModel *model,
                                                guint       selected,
                                                gpointer    owner);

/* Shows the items of @combo_row (an AdwComboRow of a GtkStringList) whole, wrapped at
 * @max_width_chars in the row and at 40 or more in its open list, where they were cut with "…". */
void           kn_choice_show_whole            (gpointer    combo_row,
                                                int         max_width_chars);

/* Holds (@hold) or lets go the handlers @owner connected to each choice of the NULL-terminated
 * list, while the owner fills or sets them itself. */
void           kn_choices_hold                 (gpointer    owner,
                                                gboolean    hold,
                                                gpointer    first_choice,
                                                ...) G_GNUC_NULL_TERMINATED;

/* The labels of @year's periods by the store's scheme ("Triwulan I 2026" …), in order; @names
 * (emptied first) receives each one's name ("2026-TW1"), owned. @selected receives the position
 * of @keep (nullable) or else of this quarter. */
GtkStringList *kn_period_choices_new           (KnStore    *store,
                                                guint       year,
                                                const char *keep,
                                                GPtrArray  *names,
                                                guint      *selected);

/* The years the places that look back offer: this year first, then each year with an SKP. */
GArray        *kn_period_choices_years         (KnStore    *store);
/* As kn_period_choices_years() with the @back years before this one after it, newest first. */
GArray        *kn_period_choices_years_back    (KnStore    *store,
                                                guint       back);

/* As kn_period_choices_new() over each of @years (guint) in turn, or with @whole_years one
 * choice per year (label and name "2026"). @selected receives the position of @keep (nullable)
 * or else of this quarter of this year (this year with @whole_years), or 0. */
GtkStringList *kn_period_choices_new_for_years (KnStore    *store,
                                                GArray     *years,
                                                gboolean    whole_years,
                                                const char *keep,
                                                GPtrArray  *names,
                                                guint      *selected);

/* The years @first to @last as labels; @years (emptied first) receives each one (guint),
 * @selected the position of @keep or 0. */
GtkStringList *kn_year_choices_new             (guint       first,
                                                guint       last,
                                                guint       keep,
                                                GArray     *years,
                                                guint      *selected);

/* The store's units by path; @ids (emptied first) receives each one's id (gint64), @selected
 * the position of @keep or 0. */
GtkStringList *kn_unit_choices_new             (KnStore    *store,
                                                gint64      keep,
                                                GArray     *ids,
                                                guint      *selected);

/* Whether @labels (nullable) and @ids are what kn_unit_choices_new() gives now — the same units,
 * paths and order — so that they need not be built again (1,021 units in a province). */
gboolean       kn_unit_choices_current         (KnStore    *store,
                                                GListModel *labels,
                                                GArray     *ids);

/* kn_unit_choices_new() and kn_period_choices_new() given to @choice by kn_choice_fill(). */
void           kn_unit_choices_fill            (gpointer    choice,
                                                KnStore    *store,
                                                gint64      keep,
                                                GArray     *ids,
                                                gpointer    owner);
void           kn_period_choices_fill          (gpointer    choice,
                                                KnStore    *store,
                                                guint       year,
                                                const char *keep,
                                                GPtrArray  *names,
                                                gpointer    owner);

/* The id (gint64) of @ids at @position, 0 past the end (GTK_INVALID_LIST_POSITION: nothing is
 * chosen). */
gint64         kn_choice_id_at                 (GArray     *ids,
                                                guint       position);
/* The position of @id in @ids (gint64), GTK_INVALID_LIST_POSITION when it is not there. */
guint          kn_choice_find_id               (GArray     *ids,
                                                gint64      id);
/* Chooses @id in @choice (as kn_choice_fill() takes), whose items are @ids (gint64); FALSE,
 * the choice left as it was, when @id is not offered. */
gboolean       kn_choice_select_id             (gpointer    choice,
                                                GArray     *ids,
                                                gint64      id);

G_END_DECLS
