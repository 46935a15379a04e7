/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Beranda gathers a unit's figures off the main thread: the figures shown are the chosen
 * unit's once gathered, the previous ones stay meanwhile, and of two quick choices the second
 * wins. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>

#include "kn-chooser.h"
#include "kn-dashboard-page.h"
#include "kn-demo.h"
#include "kn-ui-test.h"

#include "kn-test-ui.h"

typedef struct
{
  char            *dir;
  char            *path;
  KnStore         *store;
  GtkWindow       *window;
  KnDashboardPage *page;
  KnChooser       *units;
  char            *period;
} Fixture;

static void
wait_gathered (Fixture *fixture)
{
  kn_test_dashboard_wait (fixture->page);
}

/* The unit chooser's position of @name. */
static guint
unit_position (Fixture    *fixture,
               const char *name)
{
  KnOrgUnit *unit = kn_store_find_unit (fixture->store, name);
  GListModel *units = kn_store_get_units (fixture->store);

  g_assert_nonnull (unit);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(KnOrgUnit) item = g_list_model_get_item (units, i);

      if (kn_org_unit_get_id (item) == kn_org_unit_get_id (unit))
        return i;
    }
  g_assert_not_reached ();
  return 0;
}

/* The beginning of the summary for @name as the store counts its people, SKP and evaluations. */
static char *
expected_start (Fixture    *fixture,
                const char *name)
{
  KnOrgUnit *unit = kn_store_find_unit (fixture->store, name);
  guint employees, approved, final;

  kn_store_count_unit_completion (fixture->store, kn_org_unit_get_id (unit), KN_DEMO_YEAR,
                                  fixture->period, &employees, &approved, &final);
  g_assert_cmpuint (employees, >, 0);
  return g_strdup_printf ("%s: %u pegawai, %u SKP tahun %u disetujui, ", name, employees, approved,
                          (guint)KN_DEMO_YEAR);
}

static void
assert_summary_of (Fixture    *fixture,
                   const char *name)
{
  g_autofree char *start = expected_start (fixture, name);
  const char *summary = kn_dashboard_page_get_summary (fixture->page);

  if (!g_str_has_prefix (summary, start))
    g_error ("the Beranda shows “%s”, expected it to start with “%s”", summary, start);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkDropDown *periods;
  GListModel *labels;
  g_autofree char *label = NULL;
  KnPeriod parsed;

  fixture->store = kn_test_demo_new ("kinerja-ui-dashboard-XXXXXX", &fixture->dir, &fixture->path);
  fixture->page = g_object_new (KN_TYPE_DASHBOARD_PAGE, NULL);
  kn_dashboard_page_set_store (fixture->page, fixture->store);
  fixture->window = kn_test_ui_show_page (GTK_WIDGET (fixture->page));
  wait_gathered (fixture);

  fixture->units = KN_CHOOSER (kn_test_find_type (GTK_WIDGET (fixture->page), KN_TYPE_CHOOSER));
  periods = GTK_DROP_DOWN (kn_test_find_type (GTK_WIDGET (fixture->page), GTK_TYPE_DROP_DOWN));
  g_assert_nonnull (fixture->units);
  g_assert_nonnull (periods);

  /* The demo's first quarter, whose evaluations are there. */
  fixture->period = g_strdup_printf ("%u-TW1", (guint)KN_DEMO_YEAR);
  g_assert_true (kn_period_parse (fixture->period, &parsed, NULL));
  label = kn_period_label (&parsed);
  labels = gtk_drop_down_get_model (periods);
  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (labels), i), label) == 0)
      gtk_drop_down_set_selected (periods, i);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels),
                                               gtk_drop_down_get_selected (periods)), ==, label);
  wait_gathered (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_ui_close (fixture->window, NULL);
  kn_test_store_clear (&fixture->store, &fixture->dir, &fixture->path);
  g_free (fixture->period);
}

/* Choosing a unit leaves the figures shown until the unit's are gathered; then they are the
 * unit's as the store counts them. */
static void
test_figures_after_worker (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *before = NULL;

  kn_chooser_set_selected (fixture->units, unit_position (fixture, "Badan Kepegawaian Daerah"));
  wait_gathered (fixture);
  assert_summary_of (fixture, "Badan Kepegawaian Daerah");
  before = g_strdup (kn_dashboard_page_get_summary (fixture->page));

  kn_chooser_set_selected (fixture->units,
                           unit_position (fixture, "Dinas Pendidikan dan Kebudayaan"));
  /* Not gathered on the main thread: the choice returns at once, the figures shown before stay. */
  g_assert_true (kn_dashboard_page_is_loading (fixture->page));
  g_assert_cmpstr (kn_dashboard_page_get_summary (fixture->page), ==, before);

  wait_gathered (fixture);
  assert_summary_of (fixture, "Dinas Pendidikan dan Kebudayaan");
}

/* Of two choices made before the first unit's figures came, the second's are shown, and stay. */
static void
test_second_choice_wins (Fixture       *fixture,
                         gconstpointer  data)
{
  guint big = unit_position (fixture, "Dinas Pendidikan dan Kebudayaan");
  guint small = unit_position (fixture, "Bidang Kebudayaan");

  for (guint i = 0; i < 3; i++)
    {
      kn_chooser_set_selected (fixture->units, big);
      kn_chooser_set_selected (fixture->units, small);
      wait_gathered (fixture);
      assert_summary_of (fixture, "Bidang Kebudayaan");

      /* Whatever the first choice's worker returns later is dropped. */
      kn_test_draw (fixture->window);
      assert_summary_of (fixture, "Bidang Kebudayaan");
      g_assert_false (kn_dashboard_page_is_loading (fixture->page));
    }
}

typedef struct
{
  KnDashboardPage *page;
  guint            last[KN_DASHBOARD_N_CHARTS];  /* the draws when the last frame was painted */
  guint            frames;                       /* painted since the page was shown again */
  guint            drawn_in_first;               /* charts drawn in the frame that showed it */
  guint            most_in_a_frame;              /* the most charts drawn in one frame */
} ChartFrames;

static void
on_chart_frame_cb (GdkFrameClock *clock,
                   ChartFrames   *watch)
{
  guint draws[KN_DASHBOARD_N_CHARTS];
  guint drawn = 0;

  kn_dashboard_page_get_chart_draws (watch->page, draws);
  for (guint i = 0; i < KN_DASHBOARD_N_CHARTS; i++)
    drawn += draws[i] != watch->last[i];
  if (watch->frames++ == 0)
    watch->drawn_in_first = drawn;
  watch->most_in_a_frame = MAX (watch->most_in_a_frame, drawn);
  memcpy (watch->last, draws, sizeof draws);
}

/* The charts shown (the satisfaction chart only when the unit has a survey) were drawn again
 * since the counts in @since. */
static guint since[KN_DASHBOARD_N_CHARTS];

static gboolean
charts_drawn_again (gpointer data)
{
  KnDashboardPage *page = data;
  guint draws[KN_DASHBOARD_N_CHARTS];
  guint shown = kn_dashboard_page_get_skm_chart (page) != NULL ? 4 : 3;

  kn_dashboard_page_get_chart_draws (page, draws);
  for (guint i = 0; i < shown; i++)
    if (draws[i] <= since[i])
      return FALSE;
  return TRUE;
}

/* Opening the Beranda: the frame that shows the page draws none of its charts, and no frame
 * after it draws more than one (issue 13: the four in one frame took 18-56 ms at 19,000
 * employees). */
static void
test_charts_one_a_frame (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  ChartFrames watch = { fixture->page, };
  GdkFrameClock *clock;
  gulong handler;

  kn_test_draw (fixture->window);
  memset (since, 0, sizeof since);
  g_assert_true (kn_test_spin_until (charts_drawn_again, fixture->page));

  gtk_widget_set_visible (page, FALSE);
  kn_test_draw (fixture->window);
  kn_dashboard_page_get_chart_draws (fixture->page, since);
  memcpy (watch.last, since, sizeof since);

  gtk_widget_set_visible (page, TRUE);
  clock = gtk_widget_get_frame_clock (page);
  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_chart_frame_cb), &watch);
  g_assert_true (kn_test_spin_until (charts_drawn_again, fixture->page));
  g_signal_handler_disconnect (clock, handler);

  g_assert_cmpuint (watch.frames, >=, 3);
  g_assert_cmpuint (watch.drawn_in_first, ==, 0);
  g_assert_cmpuint (watch.most_in_a_frame, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/dashboard/figures-after-worker", test_figures_after_worker);
  ADD ("/ui/dashboard/second-choice-wins", test_second_choice_wins);
  ADD ("/ui/dashboard/charts-one-a-frame", test_charts_one_a_frame);
#undef ADD

  return g_test_run ();
}
