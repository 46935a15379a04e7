/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Work put off until a window's first frame (kn_late_call): the tooltips of the buttons, or any
 * call. It runs after that frame, once, and not at all for an object that is gone. */

#include "config.h"

#include <adwaita.h>

#include "kn-late-tooltips.h"
#include "kn-test-ui.h"

typedef struct
{
  GtkWindow *window;
  GObject   *object;           /* owned, nullable: what the call is for */
  gboolean   painted;          /* the window's frame clock has painted a frame */
  guint      calls;
  gboolean   painted_at_call;
} Fixture;

static void
on_painted_cb (GdkFrameClock *clock,
               Fixture       *fixture)
{
  fixture->painted = TRUE;
}

static void
on_realized_cb (GtkWidget *widget,
                Fixture   *fixture)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (on_painted_cb), fixture);
}

static void
record_call (gpointer object)
{
  Fixture *fixture = g_object_get_data (object, "fixture");

  fixture->calls++;
  fixture->painted_at_call = fixture->painted;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 200, 100);
  g_signal_connect (fixture->window, "realize", G_CALLBACK (on_realized_cb), fixture);
  fixture->object = g_object_new (G_TYPE_OBJECT, NULL);
  g_object_set_data (fixture->object, "fixture", fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (gtk_widget_get_realized (GTK_WIDGET (fixture->window)))
    g_signal_handlers_disconnect_by_data (gtk_widget_get_frame_clock (GTK_WIDGET (fixture->window)),
                                          fixture);
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->object);
  kn_test_spin ();
}

/* Asked before the window is shown: called after its first frame, and only once. */
static void
test_after_first_frame (Fixture       *fixture,
                        gconstpointer  data)
{
  kn_late_call (GTK_WIDGET (fixture->window), record_call, fixture->object);
  kn_test_spin ();
  g_assert_cmpuint (fixture->calls, ==, 0);

  gtk_window_present (fixture->window);
  kn_test_draw (fixture->window);
  g_assert_cmpuint (fixture->calls, ==, 1);
  g_assert_true (fixture->painted_at_call);

  /* Later frames, and the window shown again, call nothing more. */
  gtk_widget_set_visible (GTK_WIDGET (fixture->window), FALSE);
  kn_test_spin ();
  gtk_window_present (fixture->window);
  kn_test_draw (fixture->window);
  g_assert_cmpuint (fixture->calls, ==, 1);
}

/* Asked once the window is there: called after its next frame. */
static void
test_window_already_shown (Fixture       *fixture,
                           gconstpointer  data)
{
  gtk_window_present (fixture->window);
  kn_test_draw (fixture->window);
  fixture->painted = FALSE;

  kn_late_call (GTK_WIDGET (fixture->window), record_call, fixture->object);
  kn_test_draw (fixture->window);
  g_assert_cmpuint (fixture->calls, ==, 1);
  g_assert_true (fixture->painted_at_call);
}

/* An object gone before the first frame is not called; one gone with a window never shown
 * leaves nothing behind (the sanitizer build checks the leak). */
static void
test_object_gone (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWindow *never_shown = GTK_WINDOW (gtk_window_new ());

  kn_late_call (GTK_WIDGET (fixture->window), record_call, fixture->object);
  kn_late_call (GTK_WIDGET (never_shown), record_call, fixture->object);
  g_clear_object (&fixture->object);

  gtk_window_present (fixture->window);
  kn_test_draw (fixture->window);
  g_assert_cmpuint (fixture->calls, ==, 0);
  gtk_window_destroy (never_shown);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/late-call/after-first-frame", test_after_first_frame);
  ADD ("/ui/late-call/window-already-shown", test_window_already_shown);
  ADD ("/ui/late-call/object-gone", test_object_gone);
#undef ADD

  return g_test_run ();
}
