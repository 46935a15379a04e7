/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The help window under a virtual X server: F1 and the help button open the help of the place
 * shown, in Indonesian, and the whole guide is saved as a PDF manual. */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kn-application.h"
#include "kn-help-window.h"
#include "kn-window.h"

#include "kn-ui-test.h"
#include "kn-test-ui.h"

typedef KnTestWindow Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  kn_test_window_open (fixture, "kinerja-ui-help-XXXXXX", "id.go.lampungprov.Kinerja.TestHelp",
                       FALSE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *help;

  while ((help = kn_test_find_toplevel (KN_TYPE_HELP_WINDOW)) != NULL)
    gtk_window_destroy (help);
  kn_test_window_close (fixture);
}

static void
test_f1 (Fixture       *fixture,
         gconstpointer  data)
{
  GtkWindow *help;
  g_autofree char *text = NULL;

  kn_window_show_place (fixture->window, "pegawai");
  kn_test_spin ();
  g_assert_true (kn_test_press (GTK_WIDGET (fixture->window), GDK_KEY_F1, 0));
  kn_test_spin ();

  help = kn_test_find_toplevel (KN_TYPE_HELP_WINDOW);
  g_assert_nonnull (help);
  STOP_IF_FAILED ();
  g_assert_cmpint (kn_help_window_get_topic (KN_HELP_WINDOW (help)), ==, KN_HELP_TOPIC_PEGAWAI);
  g_assert_true (gtk_window_get_transient_for (help) == GTK_WINDOW (fixture->window));
  g_assert_cmpstr (gtk_window_get_title (help), ==, "Bantuan");
  text = kn_help_window_dup_text (KN_HELP_WINDOW (help));
  g_assert_true (g_str_has_prefix (text, "Pegawai\n"));
  g_assert_nonnull (strstr (text, "Halaman Pegawai berisi susunan organisasi"));
  /* Drawn without a warning, at its size. */
  kn_test_draw (help);
}

static void
test_button (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *button;
  GtkWindow *help;

  kn_window_show_place (fixture->window, "kompetensi");
  kn_test_spin ();
  button = kn_test_find_action (GTK_WIDGET (fixture->window), "win.help");
  g_assert_nonnull (button);
  STOP_IF_FAILED ();
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Bantuan untuk Halaman Ini (F1)");
  kn_test_click (button);

  help = kn_test_find_toplevel (KN_TYPE_HELP_WINDOW);
  g_assert_nonnull (help);
  STOP_IF_FAILED ();
  g_assert_cmpint (kn_help_window_get_topic (KN_HELP_WINDOW (help)), ==,
                   KN_HELP_TOPIC_KOMPETENSI);
}

static void
test_save_manual (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = kn_test_make_folder ("kinerja-ui-help-XXXXXX");
  g_autofree char *pdf = g_build_filename (dir, "panduan.pdf", NULL);
  g_autofree char *contents = NULL;
  KnHelpWindow *help = kn_help_window_new (KN_HELP_TOPIC_SKM);
  GtkWidget *save;

  save = kn_test_find_action (GTK_WIDGET (help), "help.save-manual");
  g_assert_nonnull (save);
  if (save != NULL)
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (save)), ==,
                     "Simpan Panduan sebagai PDF…");
  /* Under id_ID, as the users run it (the link areas of the contents once broke there). */
  g_assert_true (kn_help_window_save_manual (help, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (contents != NULL && g_str_has_prefix (contents, "%PDF-"));
  gtk_window_destroy (GTK_WINDOW (help));
  kn_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  kn_test_ui_init (&argc, &argv);

  g_test_add ("/help/f1", Fixture, NULL, fixture_set_up, test_f1, fixture_tear_down);
  g_test_add ("/help/button", Fixture, NULL, fixture_set_up, test_button, fixture_tear_down);
  g_test_add_func ("/help/save-manual", test_save_manual);

  return g_test_run ();
}
