/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The sidebar of places folds (or not) from the window's first frame and stays so while the
 * places other than Pegawai are built after it (issue 13): a person on a small laptop does not
 * see the layout jump. */

#include "config.h"

#include "kn-window.h"
#include "kn-ui-test.h"

#include "kn-test-ui.h"

#define TEST_APP_ID "id.go.lampungprov.Kinerja.TestWindowFold"

typedef struct
{
  KnTestWindow  test;       /* the demo office; its own window is not looked at */
  gboolean      painted;    /* the first frame's after-paint was seen */
  gboolean      folded_at_paint;
  int           content_min_at_paint;  /* the page side's minimum width then */
} Fixture;

static AdwLeaflet *
window_leaflet (KnWindow *window)
{
  return ADW_LEAFLET (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)));
}

/* The leaflet's page side: the box that holds the header and the stack of places. */
static GtkWidget *
window_content (KnWindow *window)
{
  GtkWidget *stack = kn_test_find_type (GTK_WIDGET (window), GTK_TYPE_STACK);

  while (stack != NULL && gtk_widget_get_parent (stack) != GTK_WIDGET (window_leaflet (window)))
    stack = gtk_widget_get_parent (stack);
  g_assert_nonnull (stack);
  return stack;
}

static GtkStack *
places_stack (KnWindow *window)
{
  return GTK_STACK (kn_test_find_type (GTK_WIDGET (window), GTK_TYPE_STACK));
}

static int
min_width (GtkWidget *widget)
{
  int min = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  return min;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Fixture       *fixture)
{
  KnWindow *window = g_object_get_data (G_OBJECT (clock), "kn-test-window");

  if (fixture->painted)
    return;
  fixture->painted = TRUE;
  fixture->folded_at_paint = adw_leaflet_get_folded (window_leaflet (window));
  fixture->content_min_at_paint = min_width (window_content (window));
}

static void
on_map_cb (GtkWidget *window,
           Fixture   *fixture)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  /* Connected after the window's own map handler: its first frame is the next one. */
  g_object_set_data (G_OBJECT (clock), "kn-test-window", window);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), fixture);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  kn_test_window_open (&fixture->test, "kinerja-ui-fold-XXXXXX", TEST_APP_ID, TRUE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_window_close (&fixture->test);
}

/* A new window of the demo, @width × @height, run until its first frame is painted. */
static KnWindow *
open_window (Fixture *fixture,
             int      width,
             int      height)
{
  KnWindow *window = kn_window_new (fixture->test.app, fixture->test.store);
  gboolean late = FALSE;
  guint guard;

  fixture->painted = FALSE;
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  g_signal_connect_after (window, "map", G_CALLBACK (on_map_cb), fixture);
  gtk_window_present (GTK_WINDOW (window));
  guard = g_timeout_add_seconds (20, kn_test_give_up, &late);
  while (!fixture->painted && !late)
    g_main_context_iteration (NULL, TRUE);
  if (!late)
    g_source_remove (guard);
  g_assert_true (fixture->painted);
  return window;
}

/* Every place of @window built in its frame, as the window builds them after its first frame
 * (looked at in the stack, without asking the window, which would build them). */
static gboolean
places_built (gpointer data)
{
  GtkStack *stack = GTK_STACK (kn_test_find_type (GTK_WIDGET (data), GTK_TYPE_STACK));
  static const char * const lazy[] = { "beranda", "skp", "penilaian", "laporan", "kompetensi",
                                       "skm" };

  for (guint i = 0; i < G_N_ELEMENTS (lazy); i++)
    {
      GtkWidget *frame = gtk_stack_get_child_by_name (stack, lazy[i]);

      g_assert_nonnull (frame);
      if (adw_bin_get_child (ADW_BIN (frame)) == NULL)
        return FALSE;
    }
  return TRUE;
}

static void
close_window (KnWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  kn_test_spin ();
}

/* On a small laptop (1024×600) and narrower, the sidebar is folded at the first frame, when
 * only Pegawai is built; at 1366×768 it is beside the page. Neither changes once every place
 * is built. */
static void
test_folded_from_first_frame (Fixture       *fixture,
                              gconstpointer  data)
{
  const struct { int width, height; gboolean folded; } sizes[] = {
    { 700, 600, TRUE }, { 1024, 600, TRUE }, { 1366, 768, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      KnWindow *window = open_window (fixture, sizes[i].width, sizes[i].height);
      AdwLeaflet *leaflet = window_leaflet (window);

      g_test_message ("%d×%d", sizes[i].width, sizes[i].height);
      g_assert_false (places_built (window));
      g_assert_cmpint (fixture->folded_at_paint, ==, sizes[i].folded);

      g_assert_true (kn_test_spin_until (places_built, window));
      kn_test_draw (GTK_WINDOW (window));
      g_assert_cmpint (adw_leaflet_get_folded (leaflet), ==, sizes[i].folded);
      close_window (window);
    }
}

/* The page side reserves from the first frame the width the widest place needs: building the
 * places after it never widens it (which is what moved the fold), in the tests' font and at
 * large text (GTK's text scaling 1.5, DejaVu Sans 11, as test-large-text sets it). */
static void
test_width_reserved (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkSettings *settings = gtk_settings_get_default ();
  g_autofree char *font = NULL;
  int dpi = 0;

  g_object_get (settings, "gtk-font-name", &font, "gtk-xft-dpi", &dpi, NULL);
  for (guint large = 0; large < 2; large++)
    {
      KnWindow *window;
      GtkWidget *content;

      if (large)
        g_object_set (settings, "gtk-xft-dpi", 96 * 1024 * 3 / 2, "gtk-font-name", "DejaVu Sans 11",
                      NULL);
      window = open_window (fixture, 1200, 760);
      content = window_content (window);
      g_assert_true (kn_test_spin_until (places_built, window));
      kn_test_draw (GTK_WINDOW (window));
      g_test_message ("large text: %u; the page side's minimum: %d px at the first frame, %d px "
                      "with every place", large, fixture->content_min_at_paint,
                      min_width (content));
      g_assert_cmpint (min_width (content), ==, fixture->content_min_at_paint);
      /* Each place fits the reserve, shown or not. */
      for (GtkWidget *place = gtk_widget_get_first_child (GTK_WIDGET (places_stack (window)));
           place != NULL; place = gtk_widget_get_next_sibling (place))
        g_assert_cmpint (min_width (place), <=, fixture->content_min_at_paint);
      close_window (window);
    }
  g_object_set (settings, "gtk-xft-dpi", dpi, "gtk-font-name", font, NULL);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/window/folded-from-first-frame", test_folded_from_first_frame);
  ADD ("/ui/window/width-reserved", test_width_reserved);
#undef ADD

  return g_test_run ();
}
