/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the Penilaian place shares with its actions (kn-evaluation-page-actions.c). */

#pragma once

#include <adwaita.h>

#include "kn-chooser.h"
#include "kn-distribution-panel.h"
#include "kn-evaluation-page.h"
#include "kn-evaluation-row.h"

G_BEGIN_DECLS

/* The origin of the changes the page makes itself (kn_store_set_origin): it shows them at
 * once, and leaves them out when it follows the store's "changed" signal. */
#define KN_EVALUATION_PAGE_ORIGIN "penilaian"

struct _KnEvaluationPage
{
  GtkWidget            parent_instance;

  KnStore             *store;          /* owned, nullable */
  GListStore          *rows;           /* owned: KnEvaluationRow */
  GListModel          *evaluations;    /* owned: the rows' KnEvaluation, for callers */
  GCancellable        *load;           /* owned, nullable: the rows being read */
  GCancellable        *counting;       /* owned, nullable: the distribution being read again */
  GCancellable        *finalising;     /* owned, nullable: "Finalkan Semua" writing in a worker */
  struct _RowsReading *landing;        /* owned, nullable: the rows read, landing */
  guint                landed;         /* how many of them have landed */
  guint                landing_id;     /* the idle landing them */
  GHashTable          *rated;          /* owned: employee id → KnEvaluationRow rated meanwhile */
  GListStore          *view_rows;      /* owned: what the view shows, @rows but for a turn
                                        * after another choice (drop_id) */
  gboolean             choosing;       /* @rows emptied for another choice */
  guint                drop_id;        /* the idle taking the rows of the choice before off view */
  GPtrArray           *dropped;        /* owned, nullable: those rows, freed in slices */
  guint                free_id;        /* the idle freeing them */
  char                *shown;          /* owned, nullable: "unit/period/assessor" of the rows */
  GtkSingleSelection  *selection;      /* owned */
  GArray              *unit_ids;       /* owned: gint64 per unit_chooser item */
  GPtrArray           *periods;        /* owned: char* per period_dropdown item */
  GArray              *assessor_ids;   /* owned: gint64 per assessor_chooser item */
  GHashTable          *heads;          /* owned: employee ids heading the unit */
  gint64               unit_id;
  char                *period;         /* owned, nullable */
  gint64               assessor_id;
  guint                rating_step;    /* 0: next key rates the work results; 1: the behaviour */
  char                *message;        /* owned, nullable */
  GtkWindow           *dialog;         /* weak */

  GtkBox              *main_box;
  KnChooser           *unit_chooser;
  GtkDropDown         *period_dropdown;
  KnChooser           *assessor_chooser;
  GtkDropDown         *org_dropdown;
  GtkLabel            *scheme_label;
  GtkDropDown         *scheme_dropdown;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *result_column;
  GtkColumnViewColumn *behaviour_column;
  GtkColumnViewColumn *predikat_column;
  KnDistributionPanel *panel;
  GtkWidget           *loading_box;
  GtkLabel            *loading_label;
  GtkLabel            *review_label;
};

void          _kn_evaluation_page_class_actions_init  (KnEvaluationPageClass *klass);
void          _kn_evaluation_page_set_message         (KnEvaluationPage      *self,
                                                       const char            *message);
KnEvaluation *_kn_evaluation_page_get_selected        (KnEvaluationPage      *self);
/* Gathers the rows again off the main thread; they are shown when ready. */
void          _kn_evaluation_page_reload_rows         (KnEvaluationPage      *self);
/* Reads the unit's distribution again off the main thread (on the main thread for a store
 * without a file); the panel keeps its figures until the new ones land, the newest reading wins. */
void          _kn_evaluation_page_update_distribution (KnEvaluationPage      *self);
void          _kn_evaluation_page_keep_rated          (KnEvaluationPage      *self);
void          _kn_evaluation_page_update_actions      (KnEvaluationPage      *self);
gboolean      _kn_evaluation_page_asked_again         (KnEvaluationPage      *self);
void          _kn_evaluation_page_selection_changed   (GtkSingleSelection    *selection,
                                                       GParamSpec            *pspec,
                                                       KnEvaluationPage      *self);
/* The table's cells (kn-evaluation-page-cells.c). */
void          _kn_evaluation_page_cells_init          (KnEvaluationPage      *self);
/* Sets @widget's tooltip (NULL or "": none) without GTK's pointer query, an X round trip, that
 * setting it on a visible widget makes; nothing when it is the same. */
void          _kn_evaluation_page_set_quiet_tooltip   (GtkWidget             *widget,
                                                       const char            *text);
/* The annual ratings proposed from the periods, with a sentence; NULL when none. */
char         *_kn_evaluation_page_propose             (KnEvaluationPage      *self,
                                                       KnEvaluation          *evaluation,
                                                       KnRating              *result,
                                                       KnRating              *behaviour);

G_END_DECLS
