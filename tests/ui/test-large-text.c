/* SPDX-License-Identifier: GPL-3.0-or-later */
/* At large text (GTK's text scaling 1.5, as the accessibility settings set it) on a 1366×768
 * screen, every place of the window and the Tim Penilai window show their words whole: no
 * label of theirs is cut short with "…" or given less height than its wrapped lines need,
 * and the window still fits the screen. */

#include "config.h"

#include <adwaita.h>

#include "kn-review-dialog.h"
#include "kn-test-ui.h"
#include "kn-window.h"

typedef KnTestWindow Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  /* 96 dpi × 1.5, in 1024ths, in a font named outright: "Sans" is whatever fontconfig prefers
   * on the machine (Noto Sans here, something wider elsewhere), so the same code passed on one
   * computer and failed on another. DejaVu Sans is installed with Kinerja's packages and is
   * wider than Noto Sans and Cantarell, the fonts a Debian desktop shows by default, at 11
   * points, their default size (at 10 Laporan's unit chooser passed here and was cut there). */
  g_object_set (gtk_settings_get_default (),
                "gtk-xft-dpi", 96 * 1024 * 3 / 2,
                "gtk-font-name", "DejaVu Sans 11",
                NULL);
  kn_test_window_open (fixture, "kinerja-ui-large-XXXXXX",
                       "id.go.lampungprov.Kinerja.TestLargeText", TRUE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_window_close (fixture);
}

/* Adds to @cut the text of every visible label under @widget that is ellipsized or taller
 * than its room, naming @where (the place or window) and the label's parent. */
static void
find_cut (GtkWidget  *widget,
          GHashTable *cut,
          const char *where)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget) &&
      gtk_label_get_ellipsize (GTK_LABEL (widget)) != PANGO_ELLIPSIZE_NONE &&
      pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))))
    g_hash_table_add (cut, g_strdup_printf ("%s, %s: “%s”", where,
                                            G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)),
                                            gtk_label_get_text (GTK_LABEL (widget))));
  /* A wrapped label given fewer lines' height than its text needs spills out of its button
   * or row, cut where they end. */
  if (GTK_IS_LABEL (widget) && gtk_label_get_wrap (GTK_LABEL (widget)))
    {
      int needed;

      /* measure () counts the margins, get_width () and get_height () do not. */
      gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL,
                          gtk_widget_get_width (widget) + gtk_widget_get_margin_start (widget) +
                          gtk_widget_get_margin_end (widget),
                          &needed, NULL, NULL, NULL);
      needed -= gtk_widget_get_margin_top (widget) + gtk_widget_get_margin_bottom (widget);
      if (needed > gtk_widget_get_height (widget))
        g_hash_table_add (cut, g_strdup_printf ("%s, %s: “%s” needs %d pixels of height, has %d",
                                                where,
                                                G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)),
                                                gtk_label_get_text (GTK_LABEL (widget)), needed,
                                                gtk_widget_get_height (widget)));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_cut (child, cut, where);
}

static void
test_places (Fixture       *fixture,
             gconstpointer  data)
{
  const char *places[] = { "beranda", "pegawai", "skp", "penilaian", "laporan", "kompetensi",
                           "skm" };
  g_autoptr(GHashTable) cut = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int min_width, min_height;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1366, 768);
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_autoptr(GHashTable) found = NULL;

      kn_window_show_place (fixture->window, places[i]);
      /* A busy machine may draw a frame before the window has taken its new size, with the
       * header's title cut for that moment: what is cut is what stays cut a few draws on. */
      for (guint attempt = 0; attempt < 5; attempt++)
        {
          g_clear_pointer (&found, g_hash_table_unref);
          found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          kn_test_draw (GTK_WINDOW (fixture->window));
          find_cut (GTK_WIDGET (fixture->window), found, places[i]);
          if (g_hash_table_size (found) == 0)
            break;
        }
      {
        GHashTableIter iter;
        char *text;

        g_hash_table_iter_init (&iter, found);
        while (g_hash_table_iter_next (&iter, (gpointer *)&text, NULL))
          {
            g_hash_table_add (cut, text);
            g_hash_table_iter_steal (&iter);
          }
      }
      gtk_widget_measure (GTK_WIDGET (fixture->window), GTK_ORIENTATION_HORIZONTAL, -1,
                          &min_width, NULL, NULL, NULL);
      gtk_widget_measure (GTK_WIDGET (fixture->window), GTK_ORIENTATION_VERTICAL, 1366,
                          &min_height, NULL, NULL, NULL);
      if (min_width > 1366 || min_height > 768)
        g_hash_table_add (cut, g_strdup_printf ("%s: the window needs %d×%d", places[i],
                                                min_width, min_height));
    }
  kn_test_assert_none_found (cut, "cut at large text");
}

static void
test_review_window (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GHashTable) cut = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkWindow *dialog = GTK_WINDOW (kn_review_dialog_new (fixture->store, 2026, "2026-TW1"));

  gtk_window_set_default_size (dialog, 1024, 600);
  gtk_window_present (dialog);
  kn_test_draw (dialog);
  find_cut (GTK_WIDGET (dialog), cut, "Tim Penilai");
  gtk_window_destroy (dialog);
  kn_test_spin ();
  kn_test_assert_none_found (cut, "cut at large text");
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

  KN_TEST_ADD ("/ui/large-text/places", test_places);
  KN_TEST_ADD ("/ui/large-text/review-window", test_review_window);
  return g_test_run ();
}
