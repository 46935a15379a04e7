/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Panduan Memulai: shown in Indonesian on an empty database, its buttons open their places,
 * the done steps ticked, gone once there are units and people; never shown on the demo. */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "kn-application.h"
#include "kn-demo.h"
#include "kn-preferences-window.h"
#include "kn-start-guide.h"
#include "kn-window.h"
#include "kn-ui-test.h"

#include "kn-test-ui.h"

typedef KnTestWindow Fixture;

static void
open_window (Fixture *fixture,
             gboolean demo)
{
  kn_test_window_open (fixture, "kinerja-ui-guide-XXXXXX", "id.go.lampungprov.Kinerja.Test",
                       demo);
}

static void
close_window (Fixture *fixture)
{
  kn_test_window_close (fixture);
}

static gboolean
match_label (GtkWidget *widget,
             gpointer   data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), data) == 0;
}

/* A widget shown on the window's current place whose text a user reads as @data: a label's
 * text (a button's, without its mnemonic mark), or an icon-only button's "+" for list-add. */
static gboolean
match_shown (GtkWidget *widget,
             gpointer   data)
{
  if (!gtk_widget_is_drawable (widget))
    return FALSE;
  if (GTK_IS_LABEL (widget))
    return g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
  return GTK_IS_BUTTON (widget) && g_str_equal (data, "+") &&
         g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "list-add-symbolic") == 0;
}

static gboolean
match_step_row (GtkWidget *widget,
                gpointer   data)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data);
}

/* Each “name” that the subtitle of step @number gives is shown on the place it leads to, as a
 * person new to computers would look for it (not a tooltip they would have to hover for). */
static void
assert_names_shown (Fixture    *fixture,
                    GtkWidget  *guide,
                    const char *number)
{
  GtkWidget *row = kn_test_find (guide, match_step_row, (gpointer) number);
  const char *text;
  guint n = 0;

  g_assert_nonnull (row);
  text = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  for (const char *open = strstr (text, "“"); open != NULL; open = strstr (open, "“"))
    {
      const char *close = strstr (open, "”");
      g_autofree char *name = NULL;

      g_assert_nonnull (close);
      name = g_strndup (open + strlen ("“"), close - open - strlen ("“"));
      if (kn_test_find (GTK_WIDGET (fixture->window), match_shown, name) == NULL)
        g_error ("step %s names “%s”, which the place does not show", number, name);
      n++;
      open = close;
    }
  g_assert_cmpuint (n, >, 0);
}

static void
test_empty_database (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(KnOrgUnit) unit = kn_org_unit_new ("Dinas Pendidikan dan Kebudayaan", 0);
  KnStartGuide *guide;
  GtkWindow *preferences;

  open_window (&fixture, FALSE);
  guide = KN_START_GUIDE (kn_test_find_type (GTK_WIDGET (fixture.window), KN_TYPE_START_GUIDE));
  g_assert_nonnull (guide);
  if (guide == NULL)
    {
      close_window (&fixture);
      return;
    }
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (guide)));
  g_assert_nonnull (kn_test_find (GTK_WIDGET (guide), match_label, "Panduan Memulai"));
  g_assert_nonnull (kn_test_find (GTK_WIDGET (guide), match_label,
                                  "1. Isi nama instansi dan kop surat di Preferensi"));
  g_assert_nonnull (kn_test_find (GTK_WIDGET (guide), match_label, "3. Impor atau tambah pegawai"));
  g_assert_nonnull (kn_test_find (GTK_WIDGET (guide), match_label,
                                  "4. Siapkan templat SKP untuk setiap jabatan"));
  for (guint i = 0; i < KN_START_STEP_N; i++)
    if (kn_start_guide_step_is_done (guide, i))
      g_error ("step %u is done on an empty database", i);

  /* Each button opens its place. */
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (kn_start_guide_get_button (guide,
                   KN_START_STEP_SKP))), ==, "Ke SKP");
  kn_test_click (kn_start_guide_get_button (guide, KN_START_STEP_SKP));
  kn_test_spin ();
  g_assert_cmpstr (kn_window_get_place (fixture.window), ==, "skp");
  kn_test_click (kn_start_guide_get_button (guide, KN_START_STEP_PEOPLE));
  kn_test_spin ();
  kn_test_click (kn_start_guide_get_button (guide, KN_START_STEP_TEMPLATES));
  kn_test_spin ();
  g_assert_cmpstr (kn_window_get_place (fixture.window), ==, "skp");
  kn_test_click (kn_start_guide_get_button (guide, KN_START_STEP_PENILAIAN));
  kn_test_spin ();
  g_assert_cmpstr (kn_window_get_place (fixture.window), ==, "penilaian");
  kn_test_click (kn_start_guide_get_button (guide, KN_START_STEP_PEOPLE));
  kn_test_spin ();
  g_assert_cmpstr (kn_window_get_place (fixture.window), ==, "pegawai");
  kn_test_draw (GTK_WINDOW (fixture.window));
  assert_names_shown (&fixture, GTK_WIDGET (guide), "2.");
  assert_names_shown (&fixture, GTK_WIDGET (guide), "3.");

  kn_test_click (kn_start_guide_get_button (guide, KN_START_STEP_INSTANSI));
  kn_test_spin ();
  preferences = kn_test_find_toplevel (KN_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  if (preferences != NULL)
    gtk_window_destroy (preferences);

  /* What is done is ticked. */
  g_assert_true (kn_store_set_setting (fixture.store, KN_SETTING_LETTERHEAD_LINES,
                                       "PEMERINTAH PROVINSI LAMPUNG\nDINAS PENDIDIKAN",
                                       &error));
  g_assert_no_error (error);
  kn_start_guide_update (guide);
  g_assert_true (kn_start_guide_step_is_done (guide, KN_START_STEP_INSTANSI));

  g_assert_true (kn_store_add_unit (fixture.store, unit, &error));
  g_assert_no_error (error);
  kn_test_spin ();
  g_assert_true (kn_start_guide_step_is_done (guide, KN_START_STEP_UNITS));

  /* A jabatan's template ticks its step. */
  {
    g_autoptr(KnPlan) plan = kn_plan_new (0, 2026);

    g_assert_false (kn_start_guide_step_is_done (guide, KN_START_STEP_TEMPLATES));
    g_assert_true (kn_store_save_template (fixture.store, "Kepala Bidang", plan, &error));
    g_assert_no_error (error);
    kn_start_guide_update (guide);
    g_assert_true (kn_start_guide_step_is_done (guide, KN_START_STEP_TEMPLATES));
  }
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (guide)));

  /* With units and people it goes. */
  kn_test_add_person (fixture.store, "197503121999032002", "Dra. Hj. Siti Aminah", "IV/a",
                      "Kepala Bidang", KN_POSITION_ADMINISTRATOR, kn_org_unit_get_id (unit), 0);
  kn_test_spin ();
  g_assert_true (kn_start_guide_step_is_done (guide, KN_START_STEP_PEOPLE));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (guide)));

  close_window (&fixture);
}

static gboolean
steps_folded (gpointer data)
{
  GtkWidget *button = data;

  return !gtk_widget_is_drawable (button);
}

/* Bounds of @widget in @window's coordinates, asserted to lie inside the window. */
static void
assert_inside (GtkWidget  *widget,
               GtkWindow  *window,
               const char *what)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_is_drawable (widget));
  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds));
  if (bounds.origin.x < 0 || bounds.origin.y < 0 ||
      bounds.origin.x + bounds.size.width > gtk_widget_get_width (GTK_WIDGET (window)) ||
      bounds.origin.y + bounds.size.height > gtk_widget_get_height (GTK_WIDGET (window)))
    g_error ("%s is at %.0f,%.0f %.0f×%.0f, outside the %d×%d window", what, bounds.origin.x,
             bounds.origin.y, bounds.size.width, bounds.size.height,
             gtk_widget_get_width (GTK_WIDGET (window)),
             gtk_widget_get_height (GTK_WIDGET (window)));
}

static gboolean
match_first_unit_button (GtkWidget *widget,
                         gpointer   data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "pill") &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "units.add") == 0;
}

/* On a 1024×600 laptop the guide leaves the place below most of the window: its steps scroll
 * within at most half the height, its hide button is inside the window, and hiding the steps
 * leaves only the title line; showing them brings them back. */
static void
test_small_screen (void)
{
  Fixture fixture = { 0 };
  KnStartGuide *guide;
  GtkWidget *hide, *first;
  int height, folded;

  open_window (&fixture, FALSE);
  gtk_window_set_default_size (GTK_WINDOW (fixture.window), 1024, 600);
  kn_test_draw (GTK_WINDOW (fixture.window));
  guide = KN_START_GUIDE (kn_test_find_type (GTK_WIDGET (fixture.window), KN_TYPE_START_GUIDE));
  g_assert_nonnull (guide);
  if (guide == NULL)
    {
      close_window (&fixture);
      return;
    }

  /* The window fits the screen (the guide made it 684 pixels tall) … */
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (fixture.window)), <=, 600);
  /* … and the guide takes at most half of it. */
  height = gtk_widget_get_height (GTK_WIDGET (guide));
  if (height > gtk_widget_get_height (GTK_WIDGET (fixture.window)) / 2)
    g_error ("the guide takes %d of the window's %d pixels", height,
             gtk_widget_get_height (GTK_WIDGET (fixture.window)));
  hide = kn_start_guide_get_hide_button (guide);
  g_assert_nonnull (hide);
  STOP_IF_FAILED ();
  assert_inside (hide, GTK_WINDOW (fixture.window), "the guide's hide button");
  first = kn_start_guide_get_button (guide, KN_START_STEP_INSTANSI);
  assert_inside (first, GTK_WINDOW (fixture.window), "the first step's button");
  /* The empty place's own button under the guide, whole in its status page (it was cut). */
  {
    GtkWidget *add = kn_test_find (GTK_WIDGET (fixture.window), match_first_unit_button, NULL);
    GtkWidget *status;
    graphene_rect_t bounds;

    g_assert_nonnull (add);
    STOP_IF_FAILED ();
    status = gtk_widget_get_ancestor (add, ADW_TYPE_STATUS_PAGE);
    g_assert_nonnull (status);
    assert_inside (add, GTK_WINDOW (fixture.window), "the first unit's button");
    g_assert_true (gtk_widget_compute_bounds (add, status, &bounds));
    if (bounds.origin.y < 0 || bounds.origin.y + bounds.size.height > gtk_widget_get_height (status))
      g_error ("the first unit's button is at y %.0f–%.0f of its %d-pixel status page",
               bounds.origin.y, bounds.origin.y + bounds.size.height,
               gtk_widget_get_height (status));
  }
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (hide)), ==, "_Sembunyikan Langkah");

  kn_test_click (hide);
  g_assert_true (kn_test_spin_until (steps_folded, first));
  kn_test_draw (GTK_WINDOW (fixture.window));
  folded = gtk_widget_get_height (GTK_WIDGET (guide));
  g_assert_cmpint (folded, <, 80);
  g_assert_cmpint (folded, <, height);
  assert_inside (hide, GTK_WINDOW (fixture.window), "the guide's show button");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (hide)), ==, "_Tampilkan Langkah");

  kn_test_click (hide);
  kn_test_draw (GTK_WINDOW (fixture.window));
  g_assert_true (gtk_widget_is_drawable (first));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (guide)), >, folded);

  close_window (&fixture);
}

static void
test_demo_has_none (void)
{
  Fixture fixture = { 0 };
  GtkWidget *guide;

  open_window (&fixture, TRUE);
  guide = kn_test_find_type (GTK_WIDGET (fixture.window), KN_TYPE_START_GUIDE);
  g_assert_true (guide == NULL || !gtk_widget_get_visible (guide));
  close_window (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  kn_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/start-guide/empty-database", test_empty_database);
  g_test_add_func ("/ui/start-guide/demo-has-none", test_demo_has_none);
  g_test_add_func ("/ui/start-guide/small-screen", test_small_screen);

  return g_test_run ();
}
