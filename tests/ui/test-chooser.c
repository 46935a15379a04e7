/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The searchable chooser: thousands of names, each shown whole in the open list, found by
 * typing a part of it, chosen with Enter or a click. */

#include "config.h"

#include <locale.h>

#include <adwaita.h>

#include "kinerja/kinerja.h"
#include "kn-chooser.h"
#include "kn-test-ui.h"

#define N_TEACHERS 3000
#define LONG_NAME "Dr. Hj. Siti Aminah Nurhayati Kusumawardhani, S.Pd., M.Pd. — Guru Ahli Madya " \
                  "SMA Negeri 1 Bandar Lampung, Dinas Pendidikan dan Kebudayaan"

typedef struct
{
  GtkWindow     *window;
  KnChooser     *chooser;
  GtkStringList *names;
  guint          notified;
} Fixture;

static void
on_selected_cb (KnChooser  *chooser,
                GParamSpec *pspec,
                Fixture    *fixture)
{
  fixture->notified++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->names = gtk_string_list_new (NULL);
  for (guint i = 0; i < N_TEACHERS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Guru Nomor %04u, S.Pd.", i);

      gtk_string_list_append (fixture->names, i == 1234 ? LONG_NAME : name);
    }

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 420, 500);
  fixture->chooser = kn_chooser_new ();
  gtk_widget_set_valign (GTK_WIDGET (fixture->chooser), GTK_ALIGN_START);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->chooser));
  kn_chooser_set_model (fixture->chooser, G_LIST_MODEL (fixture->names));
  g_signal_connect (fixture->chooser, "notify::selected", G_CALLBACK (on_selected_cb), fixture);
  gtk_window_present (fixture->window);
  kn_test_draw (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_chooser_popdown (fixture->chooser);
  kn_test_draw (fixture->window);
  gtk_window_destroy (fixture->window);
  kn_test_spin ();
  g_clear_object (&fixture->names);
}

static gboolean
has_one_match (gpointer data)
{
  return g_list_model_get_n_items (kn_chooser_get_matches (data)) == 1;
}

static gboolean
has_no_match (gpointer data)
{
  return g_list_model_get_n_items (kn_chooser_get_matches (data)) == 0;
}

static gboolean
is_mapped_label (GtkWidget *widget,
                 gpointer   text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* The first item is chosen at the start, as a drop-down would. */
static void
test_starts_with_first (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *label = kn_chooser_dup_label (fixture->chooser);

  g_assert_cmpuint (kn_chooser_get_selected (fixture->chooser), ==, 0);
  g_assert_cmpstr (label, ==, "Guru Nomor 0000, S.Pd.");
}

/* Typed part of a name finds it among thousands; the open list shows it whole, wrapped, never
 * cut with "…"; Enter chooses it. */
static void
test_search_and_choose (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkEditable *search = kn_chooser_get_search_entry (fixture->chooser);
  GtkWidget *popover;
  GtkLabel *row;
  g_autofree char *label = NULL;

  kn_chooser_popup (fixture->chooser);
  kn_test_draw (fixture->window);
  popover = gtk_widget_get_ancestor (GTK_WIDGET (search), GTK_TYPE_POPOVER);
  g_assert_true (gtk_widget_get_mapped (popover));
  /* Typing goes to the search at once. */
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (kn_test_text_of (GTK_WIDGET (search)))));
  g_assert_cmpuint (g_list_model_get_n_items (kn_chooser_get_matches (fixture->chooser)), ==,
                    N_TEACHERS);

  gtk_editable_set_text (search, "kusumaWARDHANI");
  g_assert_true (kn_test_spin_until (has_one_match, fixture->chooser));
  kn_test_draw (GTK_WINDOW (gtk_widget_get_root (popover)));
  kn_test_draw (fixture->window);

  row = GTK_LABEL (kn_test_find (popover, is_mapped_label, LONG_NAME));
  g_assert_nonnull (row);
  g_assert_cmpint (gtk_label_get_ellipsize (row), ==, PANGO_ELLIPSIZE_NONE);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (row)));
  /* Longer than the list is wide: it takes more lines instead. */
  g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (row)), >, 1);

  kn_test_enter (GTK_WIDGET (search));
  kn_test_spin ();
  g_assert_cmpuint (kn_chooser_get_selected (fixture->chooser), ==, 1234);
  g_assert_cmpuint (fixture->notified, ==, 1);
  label = kn_chooser_dup_label (fixture->chooser);
  g_assert_cmpstr (label, ==, LONG_NAME);
  g_assert_false (gtk_widget_get_visible (popover));
}

/* Opens the chooser's list, types @text into its search and waits until @done says the matches
 * follow; returns the search entry. */
static GtkEditable *
search_for (Fixture    *fixture,
            const char *text,
            gboolean  (*done) (gpointer))
{
  GtkEditable *search = kn_chooser_get_search_entry (fixture->chooser);

  kn_chooser_popup (fixture->chooser);
  kn_test_draw (fixture->window);
  gtk_editable_set_text (search, text);
  g_assert_true (kn_test_spin_until (done, fixture->chooser));
  return search;
}

/* A search that finds nothing says so; nothing is chosen by it. */
static void
test_nothing_matches (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkEditable *search = search_for (fixture, "tidak ada orang ini", has_no_match);

  kn_test_enter (GTK_WIDGET (search));
  kn_test_spin ();
  g_assert_cmpuint (kn_chooser_get_selected (fixture->chooser), ==, 0);
  g_assert_cmpuint (fixture->notified, ==, 0);
  g_assert_true (kn_test_find (GTK_WIDGET (gtk_widget_get_ancestor (GTK_WIDGET (search), GTK_TYPE_POPOVER)),
                               is_mapped_label, "Tidak ada yang cocok."));
}

/* A click on a match chooses it; opened again, the search starts empty on every item. */
static void
test_click_and_reopen (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkEditable *search = search_for (fixture, "Nomor 2999", has_one_match);

  kn_chooser_choose_match (fixture->chooser, 0);
  g_assert_cmpuint (kn_chooser_get_selected (fixture->chooser), ==, 2999);
  kn_test_draw (fixture->window);

  kn_chooser_popup (fixture->chooser);
  kn_test_draw (fixture->window);
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (kn_chooser_get_matches (fixture->chooser)), ==,
                    N_TEACHERS);
  kn_chooser_popdown (fixture->chooser);
}

/* Chosen by id, the way the forms choose a unit or a superior: the item whose id it is, by
 * the ids listed beside the items; an id that is not listed leaves the choice as it was. */
static void
test_select_id (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *label = NULL;

  for (guint i = 0; i < N_TEACHERS; i++)
    g_array_append_vals (ids, &(gint64){ 7000 + 2 * (gint64)i }, 1);

  g_assert_true (kn_chooser_select_id (fixture->chooser, ids, 7000 + 2 * 1234));
  g_assert_cmpuint (kn_chooser_get_selected (fixture->chooser), ==, 1234);
  label = kn_chooser_dup_label (fixture->chooser);
  g_assert_cmpstr (label, ==, LONG_NAME);
  g_assert_cmpuint (fixture->notified, ==, 1);

  g_assert_false (kn_chooser_select_id (fixture->chooser, ids, 7001));
  g_assert_false (kn_chooser_select_id (fixture->chooser, ids, 0));
  g_assert_cmpuint (kn_chooser_get_selected (fixture->chooser), ==, 1234);
  g_assert_cmpuint (fixture->notified, ==, 1);

  g_assert_cmpuint (kn_id_position (ids, 7000), ==, 0);
  g_assert_cmpuint (kn_id_position (ids, 7000 + 2 * (N_TEACHERS - 1)), ==, N_TEACHERS - 1);
  g_assert_cmpuint (kn_id_position (ids, 6998), ==, GTK_INVALID_LIST_POSITION);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/chooser/starts-with-first", test_starts_with_first);
  ADD ("/ui/chooser/search-and-choose", test_search_and_choose);
  ADD ("/ui/chooser/nothing-matches", test_nothing_matches);
  ADD ("/ui/chooser/click-and-reopen", test_click_and_reopen);
  ADD ("/ui/chooser/select-id", test_select_id);
#undef ADD

  return g_test_run ();
}
