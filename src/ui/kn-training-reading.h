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
  GArray          *members;   /* owned: gint64, the people listed — the unit's and its sub-units',
                               * but who was active no day of the year and had no JP — in the
                               * employees model's order */
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

/* The people @unit_id lists in the year of @totals and @inactive (nullable), as
 * KnTrainingYear.members. */
GArray         *kn_training_year_members (KnStore        *store,
                                          gint64          unit_id,
                                          GHashTable     *totals,
                                          GHashTable     *inactive);

/* The people list's model: the unit's people (KnEmployee of the page's store), landing in pieces
 * so that no turn of the main loop blocks the window — LANDING_PIECE a frame or so for the rows
 * the list view keeps, then the rest in one splice (past them, which costs no widgets). Each
 * piece lands over what is shown from there: the list never empties in between. */
typedef struct _KnTrainingPeople KnTrainingPeople;

typedef void (*KnTrainingLandedFunc) (gpointer data);

KnTrainingPeople *kn_training_people_new        (void);
void              kn_training_people_free       (KnTrainingPeople     *people);
/* A GListStore of KnEmployee, owned by @people. */
GListModel       *kn_training_people_get_model  (KnTrainingPeople     *people);
/* Lands @ids (gint64, taken) from @store, the first piece at once, and calls @landed (@data)
 * once all are in. FALSE, and nothing lands, when they are the people listed already (or landing
 * now, which goes on). A landing under way is replaced: the last one wins. */
gboolean          kn_training_people_land       (KnTrainingPeople     *people,
                                                 KnStore              *store,
                                                 GArray               *ids,
                                                 KnTrainingLandedFunc  landed,
                                                 gpointer              data);
gboolean          kn_training_people_is_landing (KnTrainingPeople     *people);
/* Lands the rest of the landing under way (nullable) at once. */
void              kn_training_people_finish     (KnTrainingPeople     *people);
/* Stops the landing under way (nullable) and empties the list. */
void              kn_training_people_clear      (KnTrainingPeople     *people);

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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnTrainingPeople, kn_training_people_free)

G_END_DECLS
