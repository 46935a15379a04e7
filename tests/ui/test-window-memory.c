/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window opens as the desk's last one closed: its size, maximised or not, and its
 * place. */

#include "config.h"

#include <string.h>

#include "kn-desk-settings.h"
#include "kn-chooser.h"
#include "kn-evaluation-page.h"
#include "kn-window.h"
#include "kn-window-memory.h"
#include "kn-ui-test.h"

#include "kn-test-ui.h"

#define TEST_APP_ID "id.go.lampungprov.Kinerja.TestWindowMemory"

static KnWindow *
open_followed (KnTestWindow *test)
{
  KnWindow *window = kn_window_new (test->app, test->store);

  kn_window_memory_follow (window);
  gtk_window_present (GTK_WINDOW (window));
  kn_test_draw (GTK_WINDOW (window));
  return window;
}

static gboolean
evaluation_page_shown (gpointer data)
{
  GtkWidget *page = kn_test_find_type (GTK_WIDGET (data), KN_TYPE_EVALUATION_PAGE);

  return page != NULL && gtk_widget_get_mapped (page);
}

static void
test_reopens_as_closed (void)
{
  KnTestWindow test = { 0 };
  g_autofree char *kept_place = NULL;
  g_autofree char *kept_size = NULL;
  KnWindow *window;
  int width = 0, height = 0;

  kn_test_window_open (&test, "kinerja-ui-window-memory-XXXXXX", TEST_APP_ID, TRUE);

  /* A new desk (the ui tests share one configuration folder): the window opens on Pegawai. */
  g_assert_true (kn_desk_settings_set_string ("place", NULL, NULL));
  g_assert_true (kn_desk_settings_set_string ("window-size", NULL, NULL));
  g_assert_true (kn_desk_settings_set_string ("window-maximized", NULL, NULL));
  window = open_followed (&test);
  g_assert_cmpstr (kn_window_get_place (window), ==, "pegawai");

  /* Penilaian, at a size of the person's choosing, then closed. */
  kn_window_show_place (window, "penilaian");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  kn_test_draw (GTK_WINDOW (window));
  gtk_window_close (GTK_WINDOW (window));
  kn_test_spin ();
  kept_place = kn_desk_settings_dup_string ("place");
  kept_size = kn_desk_settings_dup_string ("window-size");
  g_assert_cmpstr (kept_place, ==, "penilaian");
  g_assert_cmpstr (kept_size, ==, "1100x700");

  /* The next window of the desk opens so. Penilaian is built after the first frame, which
   * comes as soon as Pegawai's would (before, the place was built first: ~100 ms more at
   * 19,000 employees, tests/bench/RESULTS.md), and then shows the people to rate. */
  window = kn_window_new (test.app, test.store);
  kn_window_memory_follow (window);
  g_assert_cmpstr (kn_window_get_place (window), ==, "penilaian");
  g_assert_null (kn_test_find_type (GTK_WIDGET (window), KN_TYPE_EVALUATION_PAGE));
  gtk_window_present (GTK_WINDOW (window));
  kn_test_spin_until (evaluation_page_shown, window);
  g_assert_true (evaluation_page_shown (window));
  g_assert_cmpstr (kn_window_get_place (window), ==, "penilaian");
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1100);
  g_assert_cmpint (height, ==, 700);
  gtk_window_destroy (GTK_WINDOW (window));

  kn_test_window_close (&test);
}

/* The unit worked on in Penilaian: the next window on the same database shows it again; a window
 * on another database its own first unit. */
static void
test_penilaian_keeps_unit (void)
{
  KnTestWindow test = { 0 };
  KnTestWindow other = { 0 };
  KnOrgUnit *school;
  KnEvaluationPage *page;
  KnWindow *window;
  g_autofree char *shown_period = NULL;
  const char *period;
  gint64 unit_id = 0, employee_id;

  kn_test_window_open (&test, "kinerja-ui-window-unit-XXXXXX", TEST_APP_ID, TRUE);
  school = kn_store_find_unit (test.store, "SMA Negeri 2 Bandar Lampung");
  g_assert_nonnull (school);

  /* A new desk: the first unit offered. */
  window = open_followed (&test);
  page = kn_window_get_evaluation_page (window);
  kn_test_evaluation_wait (page);
  g_assert_true (kn_evaluation_page_get_shown (page, &unit_id, &period, &employee_id));
  g_assert_cmpint (unit_id, !=, kn_org_unit_get_id (school));

  shown_period = g_strdup (period);
  g_assert_true (kn_evaluation_page_show (page, kn_org_unit_get_id (school), shown_period, 0));
  kn_test_evaluation_wait (page);
  gtk_window_destroy (GTK_WINDOW (window));
  kn_test_spin ();

  window = open_followed (&test);
  page = kn_window_get_evaluation_page (window);
  kn_test_evaluation_wait (page);
  g_assert_true (kn_evaluation_page_get_shown (page, &unit_id, &period, &employee_id));
  g_assert_cmpint (unit_id, ==, kn_org_unit_get_id (school));
  gtk_window_destroy (GTK_WINDOW (window));

  /* Another office's database: its own first unit, whatever its ids. */
  kn_test_window_open (&other, "kinerja-ui-window-unit-other-XXXXXX", TEST_APP_ID ".Other", TRUE);
  window = open_followed (&other);
  page = kn_window_get_evaluation_page (window);
  kn_test_evaluation_wait (page);
  g_assert_true (kn_evaluation_page_get_shown (page, &unit_id, &period, &employee_id));
  g_assert_cmpint (unit_id, !=, kn_org_unit_get_id (school));
  gtk_window_destroy (GTK_WINDOW (window));

  kn_test_window_close (&other);
  kn_test_window_close (&test);
}

/* The label @chooser shows chosen. */
static const char *
chosen_label (KnChooser *chooser)
{
  GListModel *model = kn_chooser_get_model (chooser);
  guint selected = kn_chooser_get_selected (chooser);

  return selected < g_list_model_get_n_items (model)
         ? gtk_string_list_get_string (GTK_STRING_LIST (model), selected) : NULL;
}

/* Chooses, as a person does, the unit whose label holds @name in @page's first chooser (its
 * units). */
static KnChooser *
choose_unit (GtkWidget  *page,
             const char *name)
{
  KnChooser *units = KN_CHOOSER (kn_test_find_type (page, KN_TYPE_CHOOSER));
  GListModel *model = kn_chooser_get_model (units);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (strstr (gtk_string_list_get_string (GTK_STRING_LIST (model), i), name) != NULL)
      {
        kn_chooser_set_selected (units, i);
        kn_test_spin ();
        break;
      }
  return units;
}

/* Beranda, Kompetensi and SKM open on the unit last chosen there, too. */
static void
test_places_keep_unit (void)
{
  static const char *school = "SMA Negeri 2 Bandar Lampung";
  KnTestWindow test = { 0 };
  KnWindow *window;
  KnChooser *units;

  kn_test_window_open (&test, "kinerja-ui-window-places-unit-XXXXXX", TEST_APP_ID, TRUE);

  window = open_followed (&test);
  units = choose_unit (GTK_WIDGET (kn_window_get_dashboard_page (window)), school);
  g_assert_nonnull (strstr (chosen_label (units), school));
  units = choose_unit (GTK_WIDGET (kn_window_get_training_page (window)), school);
  g_assert_nonnull (strstr (chosen_label (units), school));
  kn_window_show_place (window, "skm");
  kn_test_spin ();
  units = choose_unit (GTK_WIDGET (kn_window_get_skm_page (window)), school);
  g_assert_nonnull (strstr (chosen_label (units), school));
  gtk_window_destroy (GTK_WINDOW (window));
  kn_test_spin ();

  window = open_followed (&test);
  units = KN_CHOOSER (kn_test_find_type (GTK_WIDGET (kn_window_get_dashboard_page (window)),
                                         KN_TYPE_CHOOSER));
  g_assert_nonnull (strstr (chosen_label (units), school));
  units = KN_CHOOSER (kn_test_find_type (GTK_WIDGET (kn_window_get_training_page (window)),
                                         KN_TYPE_CHOOSER));
  g_assert_nonnull (strstr (chosen_label (units), school));
  units = KN_CHOOSER (kn_test_find_type (GTK_WIDGET (kn_window_get_skm_page (window)),
                                         KN_TYPE_CHOOSER));
  g_assert_nonnull (strstr (chosen_label (units), school));
  gtk_window_destroy (GTK_WINDOW (window));

  kn_test_window_close (&test);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/window/reopens-as-closed", test_reopens_as_closed);
  g_test_add_func ("/ui/window/penilaian-keeps-unit", test_penilaian_keeps_unit);
  g_test_add_func ("/ui/window/places-keep-unit", test_places_keep_unit);

  return g_test_run ();
}
