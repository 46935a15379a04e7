/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the Kompetensi place reads of a unit's year — every person's lesson hours (JP), who was
 * active no day of the year, the unit's counts — in a worker on a store of its own
 * (kn-store-reading.h), and the people list's rows that show it. Never installed. */

#pragma once

#include <gtk/gtk.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

typedef struct
{
  gint64           unit_id;
  guint            year;
  GHashTable      *totals;    /* owned: gint64 * → double *, kn_store_training_totals() */
  GHashTable      *inactive;  /* owned: gint64 * of who was active no day of the year */
  KnTrainingChart  chart;     /* the unit's counts; chart.title unset */
} KnTrainingYear;

KnTrainingYear *kn_training_year_new  (gint64          unit_id,
                                       guint           year);
void            kn_training_year_free (KnTrainingYear *year);
/* A KnStoreReadFunc: fills @data (a KnTrainingYear) from @store; FALSE when @cancellable was
 * cancelled meanwhile. */
gboolean        kn_training_year_read (KnStore        *store,
                                       gpointer        data,
                                       GCancellable   *cancellable,
                                       GError        **error);

/* A person of the unit counted in @chart now has @hours (read again with their activities):
 * moves them in @chart and @totals from what @totals said, by the rule of
 * kn_report_count_training (who was active no day of the year and has no JP is not counted). */
void            kn_training_count_move (KnTrainingChart *chart,
                                        GHashTable      *totals,
                                        GHashTable      *inactive,
                                        gint64           employee_id,
                                        double           hours);

/* "42 JP (target 20 JP)": what was had, then what is owed. */
char           *kn_training_jp_text     (double          hours,
                                         double          target);
/* The bars of the list and of the chosen person share one scale and one colour per band. */
void            kn_training_jp_bar_init (GtkLevelBar    *bar);
void            kn_training_jp_bar_set  (GtkLevelBar    *bar,
                                         double          hours,
                                         double          target);

/* A person's JP, and the JP owed (*@target), as the page knows them now. */
typedef double (*KnTrainingHoursFunc) (gpointer        data,
                                       gint64          employee_id,
                                       double         *target);

/* The factory of the people list's rows (KnEmployee): a grid of the name, the JP text, the bar
 * and a tick once the target is reached, filled from @hours at each bind. */
GtkListItemFactory *kn_training_rows_new     (KnTrainingHoursFunc  hours,
                                              gpointer             data);
/* Fills the rows on screen again (the hours were read again). */
void                kn_training_rows_refresh (GtkListItemFactory  *factory);

G_END_DECLS
