/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The distribution of Penilaian read again after a rating: off the main thread, the panel
 * keeping its figures until the new ones land, the newest reading winning; and its charts
 * drawn after the frame that shows the page. */

#include "config.h"

#include <locale.h>

#include <adwaita.h>

#include "kn-distribution-panel-private.h"
#include "kn-distribution-panel.h"
#include "kn-evaluation-page.h"
#include "kn-evaluation-page-private.h"
#include "kn-ui-test.h"

#include "kn-test-ui.h"

#define PERIOD "2026-TW1"

typedef KnTestEvalOffice Fixture;

static void
wait_ready (Fixture *fixture)
{
  kn_test_evaluation_wait (fixture->page);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  kn_test_eval_office_set_up (fixture, "kinerja-ui-eval-dist-XXXXXX");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_eval_office_tear_down (fixture);
}

/* The counts the unit's distribution has in the store now, read on the spot. */
static char *
counts_in_store (Fixture *fixture)
{
  GtkWidget *panel = g_object_ref_sink (g_object_new (KN_TYPE_DISTRIBUTION_PANEL, NULL));
  char *counts;

  kn_distribution_panel_update (KN_DISTRIBUTION_PANEL (panel), fixture->store, fixture->unit,
                                PERIOD);
  counts = g_strdup (kn_distribution_panel_get_counts_text (KN_DISTRIBUTION_PANEL (panel)));
  g_object_unref (panel);
  return counts;
}

/* After a rating, the distribution is read in a worker: right after the save the panel still
 * shows the figures it had (not nothing), and once the reading lands it counts the new predikat. */
static void
test_distribution_after_rating (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *baik = g_strdup_printf ("\n%s: 1 (", kn_predikat_label (KN_PREDIKAT_BAIK));
  g_autofree char *stored = NULL;

  g_assert_null (strstr (kn_evaluation_page_get_counts_text (fixture->page), baik));
  kn_evaluation_page_select_row (fixture->page, 0);
  kn_test_eval_press (fixture->page, "s");
  wait_ready (fixture);
  before = g_strdup (kn_evaluation_page_get_counts_text (fixture->page));
  g_assert_cmpstr (before, !=, "");

  /* The second key gives the predikat (Baik): saved, and its distribution not read yet. */
  kn_test_eval_press (fixture->page, "s");
  g_assert_true (kn_evaluation_page_is_reading (fixture->page));
  g_assert_cmpstr (kn_evaluation_page_get_counts_text (fixture->page), ==, before);

  wait_ready (fixture);
  g_assert_false (kn_evaluation_page_is_reading (fixture->page));
  g_assert_nonnull (strstr (kn_evaluation_page_get_counts_text (fixture->page), baik));
  stored = counts_in_store (fixture);
  g_assert_cmpstr (kn_evaluation_page_get_counts_text (fixture->page), ==, stored);
}

/* Ratings typed fast, A, S and B on three rows one after the other without a turn of the main
 * loop between them: each save starts a reading that drops the one before, and the panel ends
 * with the unit's distribution as stored. */
static void
test_ratings_typed_fast (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *stored = NULL;

  before = g_strdup (kn_evaluation_page_get_counts_text (fixture->page));
  kn_evaluation_page_select_row (fixture->page, 0);
  kn_test_eval_press (fixture->page, "a");
  kn_test_eval_press (fixture->page, "a");
  kn_test_eval_press (fixture->page, "s");
  kn_test_eval_press (fixture->page, "s");
  kn_test_eval_press (fixture->page, "b");
  kn_test_eval_press (fixture->page, "b");
  g_assert_true (kn_evaluation_page_is_reading (fixture->page));
  g_assert_cmpstr (kn_evaluation_page_get_counts_text (fixture->page), ==, before);

  wait_ready (fixture);
  stored = counts_in_store (fixture);
  g_assert_cmpstr (kn_evaluation_page_get_counts_text (fixture->page), ==, stored);
  g_assert_cmpstr (stored, !=, before);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->staff); i++)
    {
      g_autoptr(KnEvaluation) evaluation = kn_store_load_evaluation (fixture->store,
                                                                      fixture->staff[i], PERIOD,
                                                                      NULL);

      g_assert_nonnull (evaluation);
      g_assert_cmpint (kn_evaluation_get_predikat (evaluation), !=, KN_PREDIKAT_NONE);
    }
}

typedef struct
{
  KnDistributionPanel *panel;
  guint                since[2];      /* the charts' draws before the page was shown again */
  guint                frames;        /* painted since */
  guint                first[2];      /* the charts' draws when the first of them was painted */
} ChartWatch;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   ChartWatch    *watch)
{
  if (watch->frames++ == 0)
    _kn_distribution_panel_get_draws (watch->panel, &watch->first[0], &watch->first[1]);
}

static gboolean
charts_drawn_since (gpointer data)
{
  ChartWatch *watch = data;
  guint distribution, employee;

  _kn_distribution_panel_get_draws (watch->panel, &distribution, &employee);
  return distribution > watch->since[0] && employee > watch->since[1];
}

/* Penilaian shown again (as when its place is opened): the frame that shows it lays the page out
 * without drawing the charts (issue 13: they were 14 of its 33 ms at province scale); they
 * come in the frames after it, the distribution first, the person's periods once the frames
 * stop. */
static void
test_charts_after_first_frame (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  ChartWatch watch = { NULL, };
  GdkFrameClock *clock;
  gulong handler;

  watch.panel = KN_DISTRIBUTION_PANEL (kn_test_find_type (page, KN_TYPE_DISTRIBUTION_PANEL));
  g_assert_nonnull (watch.panel);
  kn_evaluation_page_select_row (fixture->page, 0);
  kn_test_draw (fixture->window);
  /* Both charts have something to draw, and were drawn. */
  g_assert_true (kn_test_spin_until (charts_drawn_since, &watch));

  gtk_widget_set_visible (page, FALSE);
  kn_test_draw (fixture->window);
  _kn_distribution_panel_get_draws (watch.panel, &watch.since[0], &watch.since[1]);

  gtk_widget_set_visible (page, TRUE);
  clock = gtk_widget_get_frame_clock (page);
  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &watch);
  g_assert_true (kn_test_spin_until (charts_drawn_since, &watch));
  g_signal_handler_disconnect (clock, handler);

  g_assert_cmpuint (watch.frames, >=, 2);
  g_assert_cmpuint (watch.first[0], ==, watch.since[0]);
  g_assert_cmpuint (watch.first[1], ==, watch.since[1]);
}

/* A seksi without a capaian of its own is checked against its bidang's: the panel says whose
 * capaian the pattern is, instead of a "Belum ditetapkan" beside a pattern for Baik that nothing
 * explains. */
static void
test_pattern_says_whose_capaian (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnOrgUnit) seksi = kn_org_unit_new ("Seksi Kurikulum SMA", fixture->unit);
  const char *pattern;
  gint64 kasi;

  g_assert_true (kn_store_add_unit (fixture->store, seksi, &error));
  g_assert_no_error (error);
  kasi = kn_test_eval_add_person (fixture->store, "198203142006041002", "Dedi Kurniawan, S.Pd.",
                                  kn_org_unit_get_id (seksi), fixture->head);
  kn_test_eval_add_person (fixture->store, "199103112019031004", "Eko Prasetyo, S.Pd.",
                           kn_org_unit_get_id (seksi), kasi);
  kn_test_evaluation_wait (fixture->page);

  g_assert_true (kn_evaluation_page_show (fixture->page, kn_org_unit_get_id (seksi), "2026-TW1",
                                          kasi));
  kn_test_evaluation_wait (fixture->page);
  pattern = kn_distribution_panel_get_pattern_text (fixture->page->panel);
  g_assert_nonnull (strstr (pattern, "Pola distribusi untuk capaian organisasi Baik"));
  g_assert_nonnull (strstr (pattern, "Bidang Pembinaan SMA"));
  g_assert_nonnull (strstr (pattern, "belum menetapkan capaiannya sendiri"));

  /* The bidang's own: no other unit named. */
  g_assert_true (kn_evaluation_page_show (fixture->page, fixture->unit, "2026-TW1", fixture->head));
  kn_test_evaluation_wait (fixture->page);
  pattern = kn_distribution_panel_get_pattern_text (fixture->page->panel);
  g_assert_null (strstr (pattern, "belum menetapkan"));
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/evaluation/distribution-after-rating", test_distribution_after_rating);
  ADD ("/ui/evaluation/ratings-typed-fast", test_ratings_typed_fast);
  ADD ("/ui/evaluation/charts-after-first-frame", test_charts_after_first_frame);
  ADD ("/ui/evaluation/pattern-says-whose-capaian", test_pattern_says_whose_capaian);
#undef ADD

  return g_test_run ();
}
