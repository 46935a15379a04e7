/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SKP place's list of people when a large office's sort lands (issue 13): it comes into the
 * view a piece a turn (GTK 4.8 makes the rows of up to about two hundred items at once, and
 * making and measuring them in one turn stalled the launch), and whoever looks for someone in it,
 * or searches it, finds everyone at once. */

#include "config.h"

#include "kn-plan-page.h"
#include "kn-ui-test.h"

#include "kn-test-ui.h"

#define N_PEOPLE 60
#define PIECE    25   /* the most items the list takes in one turn (kn-plan-page.c GROW_STEP) */

typedef struct
{
  char       *dir;
  KnStore    *store;
  GtkWindow  *window;
  KnPlanPage *page;
  GListModel *model;       /* the list view's */
  guint       most_added;  /* the most items the list view's model took at once */
  guint       n_changes;
  gint64      last;        /* the person added last */
} Fixture;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Fixture    *fixture)
{
  fixture->most_added = MAX (fixture->most_added, added);
  fixture->n_changes++;
}

static gboolean
match_employee_list (GtkWidget *widget,
                     gpointer   data)
{
  /* The one list of people: the year's dropdown has a list view too, in its popover. */
  return GTK_IS_LIST_VIEW (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_POPOVER) == NULL;
}

static gboolean
match_list_search (GtkWidget *widget,
                   gpointer   data)
{
  return GTK_IS_SEARCH_ENTRY (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_POPOVER) == NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 unit;
  GtkWidget *view;

  fixture->store = kn_test_store_new ("kinerja-ui-plan-rows-XXXXXX", &fixture->dir, NULL);
  unit = kn_test_add_unit (fixture->store, "Dinas Pendidikan", 0);
  for (guint i = 0; i < N_PEOPLE; i++)
    {
      g_autofree char *name = g_strdup_printf ("Pegawai Nomor %02u", N_PEOPLE - i);
      g_autofree char *nip = g_strdup_printf ("198501%02u2010011%03u", i % 28 + 1, i / 28 + 1);

      fixture->last = kn_test_add_person (fixture->store, nip, name, NULL, "Analis Kebijakan",
                                          KN_POSITION_AHLI_MUDA, unit, 0);
    }

  fixture->page = g_object_new (KN_TYPE_PLAN_PAGE, NULL);
  kn_plan_page_set_background_from (fixture->page, 0);
  fixture->window = kn_test_ui_show_page (GTK_WIDGET (fixture->page));
  view = kn_test_find (GTK_WIDGET (fixture->page), match_employee_list, NULL);
  g_assert_nonnull (view);
  fixture->model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (view)));
  g_signal_connect (fixture->model, "items-changed", G_CALLBACK (on_items_changed_cb), fixture);
  kn_plan_page_set_store (fixture->page, fixture->store);
  g_assert_true (kn_plan_page_is_sorting (fixture->page));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_signal_handlers_disconnect_by_data (fixture->model, fixture);
  kn_test_ui_close (fixture->window, kn_plan_page_get_dialog (fixture->page));
  kn_test_store_clear (&fixture->store, &fixture->dir, NULL);
}

/* Runs the main loop until the sort lands in the list, and no further. */
static void
wait_for_landing (Fixture *fixture)
{
  gboolean late = FALSE;
  guint guard = g_timeout_add_seconds (20, kn_test_give_up, &late);

  while (fixture->n_changes == 0 && !late)
    g_main_context_iteration (NULL, TRUE);
  if (!late)
    g_source_remove (guard);
  g_assert_cmpuint (fixture->n_changes, >, 0);
}

static gboolean
list_whole (gpointer data)
{
  return !kn_plan_page_is_sorting (data);
}

/* The sorted list comes in a piece a turn, then everyone is there, in name order. */
static void
test_rows_in_pieces (Fixture       *fixture,
                     gconstpointer  data)
{
  wait_for_landing (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (fixture->model), <, N_PEOPLE);
  g_assert_true (kn_plan_page_is_sorting (fixture->page));

  g_assert_true (kn_test_spin_until (list_whole, fixture->page));
  g_assert_cmpuint (g_list_model_get_n_items (fixture->model), ==, N_PEOPLE);
  g_assert_cmpuint (fixture->most_added, <=, PIECE);
  for (guint i = 0; i < N_PEOPLE; i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (fixture->model, i);
      g_autofree char *name = g_strdup_printf ("Pegawai Nomor %02u", i + 1);

      g_assert_cmpstr (kn_employee_get_name (employee), ==, name);
    }
}

/* Someone not listed yet is chosen at once (Pegawai's choice carried to SKP). */
static void
test_choose_while_growing (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(KnEmployee) chosen = NULL;
  guint at;

  wait_for_landing (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (fixture->model), <, N_PEOPLE);

  /* "Pegawai Nomor 01", added last, sorts first; the one added first sorts last. */
  kn_plan_page_select_employee (fixture->page, fixture->last - (N_PEOPLE - 1));
  g_assert_cmpuint (g_list_model_get_n_items (fixture->model), ==, N_PEOPLE);
  at = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (fixture->model));
  g_assert_cmpuint (at, ==, N_PEOPLE - 1);
  chosen = g_list_model_get_item (fixture->model, at);
  g_assert_cmpstr (kn_employee_get_name (chosen), ==, "Pegawai Nomor 60");
  g_assert_false (kn_plan_page_is_sorting (fixture->page));
}

/* A search typed while the list grows looks through everyone. */
static void
test_search_while_growing (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *entry = kn_test_find (GTK_WIDGET (fixture->page), match_list_search, NULL);

  wait_for_landing (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (fixture->model), <, N_PEOPLE);

  gtk_editable_set_text (GTK_EDITABLE (entry), "Pegawai Nomor 59");
  g_signal_emit_by_name (entry, "search-changed");
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (fixture->model), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_signal_emit_by_name (entry, "search-changed");
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (fixture->model), ==, N_PEOPLE);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/plan-rows/in-pieces", test_rows_in_pieces);
  ADD ("/ui/plan-rows/choose-while-growing", test_choose_while_growing);
  ADD ("/ui/plan-rows/search-while-growing", test_search_while_growing);
#undef ADD
  return g_test_run ();
}
