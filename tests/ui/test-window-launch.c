/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The launch of the window, one piece a turn after the first frame (issue 13): Pegawai's list is
 * not read inside the first frame's paint, the unit tree's top level comes a unit a frame, and
 * no other place is built while Pegawai's list or tree is still coming in. */

#include "config.h"

#include "kn-window.h"
#include "kn-ui-test.h"

#include "kn-test-ui.h"

#define TEST_APP_ID "id.go.lampungprov.Kinerja.TestWindowLaunch"
#define N_TOP_UNITS 6
#define N_SUB_UNITS 30

typedef struct
{
  char          *dir;
  KnStore       *store;
  KnApplication *app;
  KnWindow      *window;
  GtkWidget     *page;        /* the window's KnEmployeesPage, found without asking the window */
  gboolean       painted;     /* the first frame's after-paint was seen */
  gboolean       in_worker;   /* the employees read in a worker however few they are */
  gboolean       store_at_paint;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = kn_test_store_new ("kinerja-ui-launch-XXXXXX", &fixture->dir, NULL);
  for (guint i = 0; i < N_TOP_UNITS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Dinas Nomor %u", i + 1);
      g_autofree char *nip = kn_test_nip (i, NULL);
      gint64 unit = kn_test_add_unit (fixture->store, name, 0);

      kn_test_add_person (fixture->store, nip, "Siti Aminah", NULL, "Analis Kebijakan",
                          KN_POSITION_AHLI_MUDA, unit, 0);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    kn_test_ui_close_all (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->app);
  kn_test_store_clear (&fixture->store, &fixture->dir, NULL);
}

static guint
top_rows (Fixture *fixture)
{
  GtkWidget *view = kn_test_find_type (fixture->page, GTK_TYPE_LIST_VIEW);
  GtkSelectionModel *model = gtk_list_view_get_model (GTK_LIST_VIEW (view));

  return model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (model)) : 0;
}

static gboolean
any_place_built (Fixture *fixture)
{
  return kn_test_find_type (GTK_WIDGET (fixture->window), KN_TYPE_DASHBOARD_PAGE) != NULL ||
         kn_test_find_type (GTK_WIDGET (fixture->window), KN_TYPE_PLAN_PAGE) != NULL ||
         kn_test_find_type (GTK_WIDGET (fixture->window), KN_TYPE_SKM_PAGE) != NULL;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Fixture       *fixture)
{
  if (fixture->painted)
    return;
  fixture->painted = TRUE;
  fixture->store_at_paint = kn_employees_page_get_store (KN_EMPLOYEES_PAGE (fixture->page)) != NULL;
}

static void
on_map_cb (GtkWidget *window,
           Fixture   *fixture)
{
  /* Connected after the window's own handler of the first frame (on map): it has run by then. */
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint_cb), fixture);
}

/* A new window of the fixture's store, presented: the run's one application, made once. */
static void
open_window (Fixture *fixture)
{
  static KnApplication *app;

  if (app == NULL)
    {
      g_autoptr(GError) error = NULL;

      app = kn_application_new (TEST_APP_ID, G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);
    }
  fixture->app = g_object_ref (app);
  kn_application_set_store (app, fixture->store);
  fixture->window = kn_window_new (app, fixture->store);
  if (fixture->in_worker)
    kn_window_set_background_from (fixture->window, 0);
  fixture->page = kn_test_find_type (GTK_WIDGET (fixture->window), KN_TYPE_EMPLOYEES_PAGE);
  g_assert_nonnull (fixture->page);
  g_signal_connect_after (fixture->window, "map", G_CALLBACK (on_map_cb), fixture);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

/* Runs the main loop until the first frame is painted, and no further. */
static void
wait_for_first_frame (Fixture *fixture)
{
  gboolean late = FALSE;
  guint guard = g_timeout_add_seconds (20, kn_test_give_up, &late);

  while (!fixture->painted && !late)
    g_main_context_iteration (NULL, TRUE);
  if (!late)
    g_source_remove (guard);
  g_assert_true (fixture->painted);
}

/* The first frame's paint reads no employee: Pegawai gets the store in a turn of its own. */
static void
test_employees_after_first_frame (Fixture       *fixture,
                                  gconstpointer  data)
{
  open_window (fixture);
  wait_for_first_frame (fixture);
  g_assert_false (fixture->store_at_paint);
  kn_test_spin ();
  g_assert_nonnull (kn_employees_page_get_store (KN_EMPLOYEES_PAGE (fixture->page)));
}

/* The unit tree's top level comes in a unit a frame; no other place is built before it is whole;
 * then every place is. */
static void
test_units_then_places (Fixture       *fixture,
                        gconstpointer  data)
{
  guint most_seen_without_places = 0;
  gboolean partial_seen = FALSE;
  gboolean late = FALSE;
  guint guard;

  open_window (fixture);
  wait_for_first_frame (fixture);
  guard = g_timeout_add_seconds (20, kn_test_give_up, &late);
  while (!late && (top_rows (fixture) < N_TOP_UNITS || !any_place_built (fixture)))
    {
      guint rows = top_rows (fixture);

      if (rows > 0 && rows < N_TOP_UNITS)
        partial_seen = TRUE;
      if (any_place_built (fixture))
        g_assert_cmpuint (rows, ==, N_TOP_UNITS);
      else
        most_seen_without_places = MAX (most_seen_without_places, rows);
      g_main_context_iteration (NULL, TRUE);
    }
  if (!late)
    g_source_remove (guard);
  g_assert_false (late);
  g_assert_true (partial_seen);
  g_assert_cmpuint (top_rows (fixture), ==, N_TOP_UNITS);
}

/* A unit chosen while the tree is still coming in is chosen at once, and filters the list. */
static void
test_unit_chosen_while_growing (Fixture       *fixture,
                                gconstpointer  data)
{
  GListModel *units = kn_store_get_units (fixture->store);
  g_autoptr(KnOrgUnit) last = g_list_model_get_item (units, g_list_model_get_n_items (units) - 1);
  KnEmployeesPage *page;

  open_window (fixture);
  wait_for_first_frame (fixture);
  page = kn_window_get_employees_page (fixture->window);
  g_assert_cmpuint (top_rows (fixture), <, N_TOP_UNITS);

  kn_employees_page_select_unit (page, kn_org_unit_get_id (last));
  g_assert_cmpint (kn_employees_page_get_selected_unit_id (page), ==, kn_org_unit_get_id (last));
  g_assert_cmpuint (top_rows (fixture), ==, N_TOP_UNITS);
  g_assert_cmpuint (g_list_model_get_n_items (kn_employees_page_get_visible (page)), ==, 1);
}

static gboolean
tree_settled (gpointer data)
{
  Fixture *fixture = data;

  return !kn_employees_page_is_settling (KN_EMPLOYEES_PAGE (fixture->page));
}

/* The unit tree's row of @unit_id, expanded or collapsed. */
static void
expand_unit (Fixture *fixture,
             gint64   unit_id,
             gboolean expanded)
{
  GtkWidget *view = kn_test_find_type (fixture->page, GTK_TYPE_LIST_VIEW);
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (view)));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(KnOrgUnit) unit = gtk_tree_list_row_get_item (row);

      if (kn_org_unit_get_id (unit) == unit_id)
        {
          gtk_tree_list_row_set_expanded (row, expanded);
          return;
        }
    }
  g_assert_not_reached ();
}

/* A unit with many sub-units opened once the tree is whole gets them a few rows a frame (a
 * province's Dinas Pendidikan opened 326 rows at once, ~150 ms); one of them chosen meanwhile is
 * chosen at once. */
static void
test_unit_children_in_pieces (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(KnOrgUnit) first = g_list_model_get_item (kn_store_get_units (fixture->store), 0);
  gint64 parent = kn_org_unit_get_id (first);
  guint whole = N_TOP_UNITS + N_SUB_UNITS;
  KnEmployeesPage *page;
  gint64 last = 0;

  for (guint i = 0; i < N_SUB_UNITS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Cabang Dinas Nomor %u", i + 1);

      last = kn_test_add_unit (fixture->store, name, parent);
    }
  open_window (fixture);
  page = kn_window_get_employees_page (fixture->window);
  g_assert_true (kn_test_spin_until (tree_settled, fixture));
  g_assert_cmpuint (top_rows (fixture), ==, whole);

  expand_unit (fixture, parent, FALSE);
  g_assert_cmpuint (top_rows (fixture), ==, N_TOP_UNITS);
  expand_unit (fixture, parent, TRUE);
  g_assert_cmpuint (top_rows (fixture), <, whole);
  g_assert_true (kn_employees_page_is_settling (page));
  g_assert_true (kn_test_spin_until (tree_settled, fixture));
  g_assert_cmpuint (top_rows (fixture), ==, whole);

  /* Chosen while they come in. */
  expand_unit (fixture, parent, FALSE);
  expand_unit (fixture, parent, TRUE);
  g_assert_cmpuint (top_rows (fixture), <, whole);
  kn_employees_page_select_unit (page, last);
  g_assert_cmpint (kn_employees_page_get_selected_unit_id (page), ==, last);
  g_assert_cmpuint (top_rows (fixture), ==, whole);
  g_assert_false (kn_employees_page_is_settling (page));
}

/* The employees given a NIP on the main thread (each one read is) while a test watches: seen by
 * KnEmployee's class handler of "notify", set here (the signal takes no emission hook, and
 * GObject emits it only for a class or an object that has a handler). */
static GThread *main_thread;
static gint     watching;
static gint     made_on_main;

static void
on_employee_notify (GObject    *object,
                    GParamSpec *pspec)
{
  if (g_atomic_int_get (&watching) && g_str_equal (pspec->name, "nip") &&
      g_thread_self () == main_thread)
    g_atomic_int_inc (&made_on_main);
}

/* The store's employees are read in a worker, not on the main thread (~30 ms at 19,000): the
 * window's store takes the objects made there, and Pegawai lists them all. */
static void
test_employees_read_in_worker (Fixture       *fixture,
                               gconstpointer  data)
{
  static gsize watched;
  g_autofree char *path = g_strdup (kn_store_get_path (fixture->store));
  KnEmployeesPage *page;
  gboolean late = FALSE;
  guint guard;

  /* Opened anew: adding the people read the employees into the store. */
  kn_test_store_reopen (&fixture->store, path);
  g_assert_false (kn_store_has_employees (fixture->store));
  main_thread = g_thread_self ();
  g_atomic_int_set (&made_on_main, 0);
  if (g_once_init_enter (&watched))
    {
      GObjectClass *klass = g_type_class_ref (KN_TYPE_EMPLOYEE);

      g_assert_null (klass->notify);
      klass->notify = on_employee_notify;
      g_once_init_leave (&watched, 1);
    }
  g_atomic_int_set (&watching, TRUE);

  fixture->in_worker = TRUE;
  open_window (fixture);
  wait_for_first_frame (fixture);
  guard = g_timeout_add_seconds (20, kn_test_give_up, &late);
  while (!late && !any_place_built (fixture))
    g_main_context_iteration (NULL, TRUE);
  if (!late)
    g_source_remove (guard);
  g_atomic_int_set (&watching, FALSE);
  g_assert_false (late);

  g_assert_cmpint (g_atomic_int_get (&made_on_main), ==, 0);
  g_assert_true (kn_store_has_employees (fixture->store));
  page = kn_window_get_employees_page (fixture->window);
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (kn_employees_page_get_visible (page)), ==, N_TOP_UNITS);
}

/* A search typed while the tree is still coming in narrows the list at once. */
static void
test_search_while_growing (Fixture       *fixture,
                           gconstpointer  data)
{
  KnEmployeesPage *page;
  g_autofree char *nip = kn_test_nip (2, NULL);

  open_window (fixture);
  wait_for_first_frame (fixture);
  page = kn_window_get_employees_page (fixture->window);
  g_assert_cmpuint (top_rows (fixture), <, N_TOP_UNITS);

  kn_employees_page_set_search_text (page, nip);
  g_assert_cmpuint (g_list_model_get_n_items (kn_employees_page_get_visible (page)), ==, 1);
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (kn_employees_page_get_visible (page)), ==, 1);
}

/* The places built in their frames of the window's stack (looked at without asking the window,
 * which would build them). */
static guint
places_built (Fixture *fixture)
{
  static const char * const lazy[] = { "beranda", "skp", "penilaian", "laporan", "kompetensi",
                                       "skm" };
  GtkStack *stack = GTK_STACK (kn_test_find_type (GTK_WIDGET (fixture->window), GTK_TYPE_STACK));
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (lazy); i++)
    n += adw_bin_get_child (ADW_BIN (gtk_stack_get_child_by_name (stack, lazy[i]))) != NULL;
  return n;
}

typedef struct
{
  Fixture *fixture;
  guint    built;      /* places built at the last frame */
  guint    most_new;   /* the most places built between two frames */
  guint    frames;
} PieceWatch;

static void
on_piece_frame_cb (GdkFrameClock *clock,
                   PieceWatch    *watch)
{
  guint built = places_built (watch->fixture);

  watch->most_new = MAX (watch->most_new, built - watch->built);
  watch->built = built;
  watch->frames++;
}

/* After the first frame the places come one a frame: no frame lays out two places built since
 * the one before (two in one frame were one stretch of 35-45 ms at 19,000). */
static void
test_one_place_a_frame (Fixture       *fixture,
                        gconstpointer  data)
{
  PieceWatch watch = { fixture, 0, 0, 0 };
  GdkFrameClock *clock;
  gboolean late = FALSE;
  guint guard;

  open_window (fixture);
  wait_for_first_frame (fixture);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (fixture->window));
  watch.built = places_built (fixture);
  g_assert_cmpuint (watch.built, ==, 0);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_piece_frame_cb), &watch);
  guard = g_timeout_add_seconds (20, kn_test_give_up, &late);
  while (!late && watch.built < 6)
    g_main_context_iteration (NULL, TRUE);
  if (!late)
    g_source_remove (guard);
  g_signal_handlers_disconnect_by_func (clock, on_piece_frame_cb, &watch);
  g_assert_false (late);
  g_assert_cmpuint (watch.built, ==, 6);
  g_assert_cmpuint (watch.most_new, ==, 1);
}

/* Pegawai's rows come into the table at most 20 a turn while the first ones are made (40 a turn
 * were 25-31 ms with the frame after them at 19,000), then everyone is listed. */
#define N_MANY   100
#define ROW_STEP 20

static void
on_rows_changed_cb (GListModel *model,
                    guint       position,
                    guint       removed,
                    guint       added,
                    guint      *most_added)
{
  *most_added = MAX (*most_added, added);
}

static gboolean
all_rows_listed (gpointer data)
{
  return g_list_model_get_n_items (data) == N_TOP_UNITS + N_MANY;
}

static void
test_rows_in_pieces (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(KnOrgUnit) unit = g_list_model_get_item (kn_store_get_units (fixture->store), 0);
  GtkWidget *view;
  GListModel *rows;
  guint most_added = 0;

  for (guint i = 0; i < N_MANY; i++)
    {
      g_autofree char *nip = g_strdup_printf ("198702%02u2010011%03u", i % 28 + 1, i / 28 + 1);

      kn_test_add_person (fixture->store, nip, "Budi Santoso", NULL, "Guru Ahli Pertama",
                          KN_POSITION_AHLI_PERTAMA, kn_org_unit_get_id (unit), 0);
    }
  open_window (fixture);
  view = kn_test_find_type (fixture->page, GTK_TYPE_COLUMN_VIEW);
  rows = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (view)));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
  g_signal_connect (rows, "items-changed", G_CALLBACK (on_rows_changed_cb), &most_added);
  wait_for_first_frame (fixture);
  g_assert_true (kn_test_spin_until (all_rows_listed, rows));
  g_signal_handlers_disconnect_by_func (rows, on_rows_changed_cb, &most_added);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, N_TOP_UNITS + N_MANY);
  g_assert_cmpuint (most_added, >, 0);
  g_assert_cmpuint (most_added, <=, ROW_STEP);
}

static gboolean
all_top_units_listed (gpointer data)
{
  return top_rows (data) >= N_TOP_UNITS;
}

static GtkWidget *
find_shown_expander (GtkWidget *widget)
{
  if (GTK_IS_TREE_EXPANDER (widget) && gtk_widget_get_width (widget) > 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_shown_expander (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A unit's name in the tree is asked its width for the row's height (the expander's box does
 * so at each allocation) without a search: the same widths as for no height. A wrapped label
 * searched widths by halves, laying its text out at each, and the tree's ~200 rows were
 * measured so in every frame while the tree came in (issue 13, 12-19 ms a frame at 19,000). */
static void
test_unit_names_measured_once (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWidget *expander;
  GtkWidget *name;
  int free_min, free_nat, for_height_min, for_height_nat;

  open_window (fixture);
  wait_for_first_frame (fixture);
  g_assert_true (kn_test_spin_until (all_top_units_listed, fixture));
  kn_test_draw (GTK_WINDOW (fixture->window));
  expander = find_shown_expander (kn_test_find_type (fixture->page, GTK_TYPE_LIST_VIEW));
  g_assert_nonnull (expander);
  name = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  g_assert_cmpint (gtk_widget_get_height (name), >, 0);

  gtk_widget_measure (name, GTK_ORIENTATION_HORIZONTAL, -1, &free_min, &free_nat, NULL, NULL);
  gtk_widget_measure (name, GTK_ORIENTATION_HORIZONTAL, gtk_widget_get_height (name),
                      &for_height_min, &for_height_nat, NULL, NULL);
  g_assert_cmpint (for_height_min, ==, free_min);
  g_assert_cmpint (for_height_nat, ==, free_nat);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/window-launch/employees-after-first-frame", test_employees_after_first_frame);
  ADD ("/ui/window-launch/units-then-places", test_units_then_places);
  ADD ("/ui/window-launch/unit-chosen-while-growing", test_unit_chosen_while_growing);
  ADD ("/ui/window-launch/search-while-growing", test_search_while_growing);
  ADD ("/ui/window-launch/employees-read-in-worker", test_employees_read_in_worker);
  ADD ("/ui/window-launch/unit-children-in-pieces", test_unit_children_in_pieces);
  ADD ("/ui/window-launch/one-place-a-frame", test_one_place_a_frame);
  ADD ("/ui/window-launch/rows-in-pieces", test_rows_in_pieces);
  ADD ("/ui/window-launch/unit-names-measured-once", test_unit_names_measured_once);
#undef ADD
  return g_test_run ();
}
