/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window driven through its actions, as a user would, under a virtual X server. */

#include "config.h"

#include <locale.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kn-application.h"
#include "kn-demo.h"
#include "kn-employee-dialog.h"
#include "kinerja/kn-history.h"
#include "kn-employees-page.h"
#include "kn-unit-dialog.h"
#include "kn-window.h"
#include "kn-ui-test.h"

#include "kn-test-ui.h"

typedef struct
{
  char          *dir;
  KnStore       *store;
  KnApplication *app;
  KnWindow      *window;
  KnEmployeesPage *page;
} Fixture;

/* The demo every test starts from, built once for the run (in a folder of its own, removed at
 * the end): building it was most of each test's time, 36 s of each under the leak check. */
static char *demo_dir;
static char *demo_path;

/* A fresh demo at @path: a copy of the run's one, opened as kn_demo_create opens what it built. */
static KnStore *
open_demo_copy (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  KnStore *store;

  if (demo_path == NULL)
    {
      g_autoptr(KnStore) demo = NULL;

      demo_dir = kn_test_make_folder ("kinerja-ui-demo-XXXXXX");
      demo_path = g_build_filename (demo_dir, "demo.db", NULL);
      /* Closing it checkpoints the log into the file: the file is the whole demo. */
      demo = kn_demo_create (demo_path, &error);
      g_assert_no_error (error);
    }
  g_assert_true (g_file_get_contents (demo_path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_NONE, 0600,
                                           &error));
  g_assert_no_error (error);
  store = kn_store_open (path, &error);
  g_assert_no_error (error);
  return store;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;

  fixture->dir = kn_test_make_folder ("kinerja-ui-XXXXXX");
  path = g_build_filename (fixture->dir, "demo.db", NULL);
  fixture->store = open_demo_copy (path);

  fixture->window = kn_test_ui_open_window ("id.go.lampungprov.Kinerja.Test",
                                             fixture->store, &fixture->app);
  fixture->page = kn_window_get_employees_page (fixture->window);
  kn_test_spin ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_ui_close_all (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->app);
  kn_test_store_clear (&fixture->store, &fixture->dir, NULL);
}

static gboolean
visible_has_nip (KnEmployeesPage *page,
                 const char      *nip)
{
  GListModel *visible = kn_employees_page_get_visible (page);

  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (visible, i);

      if (g_strcmp0 (kn_employee_get_nip (employee), nip) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_window_indonesian (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *count = NULL;

  /* It opens on the Pegawai place, titled in Indonesian. */
  g_assert_cmpstr (kn_window_get_place (fixture->window), ==, "pegawai");
  g_assert_cmpstr (kn_window_get_page_title (fixture->window), ==, "Pegawai");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "beranda");
  kn_test_spin ();
  kn_test_dashboard_wait (kn_window_get_dashboard_page (fixture->window));
  g_assert_cmpstr (kn_window_get_place (fixture->window), ==, "beranda");
  g_assert_cmpstr (kn_window_get_page_title (fixture->window), ==, "Beranda");
  /* The Beranda shows the unit at a glance, in Indonesian. */
  g_assert_nonnull (strstr (kn_dashboard_page_get_summary (kn_window_get_dashboard_page (fixture->window)),
                            "pegawai"));
  /* … and who has had the JP of competence development they are owed. */
  g_assert_nonnull (strstr (kn_dashboard_page_get_summary (kn_window_get_dashboard_page (fixture->window)),
                            "JP pengembangan kompetensi"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "kompetensi");
  kn_test_spin ();
  g_assert_cmpstr (kn_window_get_page_title (fixture->window), ==, "Pengembangan Kompetensi");

  /* The count under the table: "76 pegawai", not "76 employees". */
  count = g_strdup_printf ("%u pegawai",
                           g_list_model_get_n_items (kn_store_get_employees (fixture->store)));
  g_assert_cmpstr (kn_employees_page_get_count_text (fixture->page), ==, count);
}

static void
test_search_narrows (Fixture       *fixture,
                     gconstpointer  data)
{
  GListModel *visible = kn_employees_page_get_visible (fixture->page);
  GListModel *all = kn_store_get_employees (fixture->store);
  g_autoptr(KnEmployee) first = g_list_model_get_item (all, 5);
  g_autofree char *grouped = kn_employee_dup_nip_display (first);
  guint total = g_list_model_get_n_items (all);
  guint expected = 0;

  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, total);

  for (guint i = 0; i < total; i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (all, i);
      g_autofree char *folded = g_utf8_casefold (kn_employee_get_name (employee), -1);

      if (strstr (folded, "siti") != NULL)
        expected++;
    }
  g_assert_cmpuint (expected, >, 0);

  kn_employees_page_set_search_text (fixture->page, "SITI");
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (visible), <, total);

  /* A NIP typed the way it is printed finds exactly that person. */
  kn_employees_page_set_search_text (fixture->page, grouped);
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_true (visible_has_nip (fixture->page, kn_employee_get_nip (first)));

  kn_employees_page_set_search_text (fixture->page, "");
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, total);
}

/* The search reads the names as they are now: someone renamed between two searches is found by
 * the new name (the page keeps each folded name, folded again when the name changes), and the
 * list stays sorted by name while it narrows. */
static void
test_search_after_rename (Fixture       *fixture,
                          gconstpointer  data)
{
  GListModel *visible = kn_employees_page_get_visible (fixture->page);
  GListModel *all = kn_store_get_employees (fixture->store);
  g_autoptr(KnEmployee) edited = NULL;
  g_autoptr(GError) error = NULL;
  guint siti = 0;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (all, i);
      g_autofree char *folded = g_utf8_casefold (kn_employee_get_name (employee), -1);

      if (strstr (folded, "siti") != NULL)
        siti++;
      else if (edited == NULL)
        edited = kn_employee_copy (employee);
    }
  g_assert_nonnull (edited);

  kn_employees_page_set_search_text (fixture->page, "zulaikha");
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 0);

  kn_employee_set_name (edited, "Siti Zulaikha, S.E.");
  g_assert_true (kn_store_update_employee (fixture->store, edited, &error));
  g_assert_no_error (error);

  kn_employees_page_set_search_text (fixture->page, "SITI");
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, siti + 1);
  for (guint i = 1; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(KnEmployee) before = g_list_model_get_item (visible, i - 1);
      g_autoptr(KnEmployee) after = g_list_model_get_item (visible, i);

      g_assert_cmpint (g_utf8_collate (kn_employee_get_name (before),
                                       kn_employee_get_name (after)), <=, 0);
    }
}

static gboolean
employees_loaded (gpointer data)
{
  return !kn_employees_page_is_loading (data);
}

/* A large office's employees are sorted by name in a worker while the window shows: the line
 * under the table says so meanwhile, then the whole list is there in the name column's order
 * (names without their titles, as before), someone added meanwhile included, and the search
 * works on it. */
static void
test_sorted_in_background (Fixture       *fixture,
                           gconstpointer  data)
{
  GListModel *visible = kn_employees_page_get_visible (fixture->page);
  GListModel *all = kn_store_get_employees (fixture->store);
  g_autoptr(KnEmployee) first = NULL;
  g_autoptr(KnOrgUnit) unit = g_list_model_get_item (kn_store_get_units (fixture->store), 0);
  guint total = g_list_model_get_n_items (all);
  gint64 added;

  kn_employees_page_set_store (fixture->page, NULL);
  kn_employees_page_set_background_from (fixture->page, 0);
  kn_employees_page_set_store (fixture->page, fixture->store);
  g_assert_true (kn_employees_page_is_loading (fixture->page));
  g_assert_cmpstr (kn_employees_page_get_count_text (fixture->page), ==, "Memuat pegawai…");

  /* Written before the title-less name sorts first: "Dr. Zainal" among the Z. */
  added = kn_test_add_person (fixture->store, "197001012000031001", "Dr. Abdul Zainal, M.Si.",
                              "IV/a", "Analis Kebijakan", KN_POSITION_AHLI_MADYA,
                              kn_org_unit_get_id (unit), 0);
  g_assert_true (kn_test_spin_until (employees_loaded, fixture->page));
  /* The sorted names land in the turns after the worker's (the list view sorts on). */
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, total + 1);
  g_assert_true (visible_has_nip (fixture->page, "197001012000031001"));

  kn_test_assert_name_order (visible);
  first = g_list_model_get_item (visible, 0);
  g_assert_cmpint (kn_employee_get_id (first), ==, added);

  kn_employees_page_set_search_text (fixture->page, "zainal");
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), >=, 1);
  g_assert_true (visible_has_nip (fixture->page, "197001012000031001"));
}

/* The window's first frame is Pegawai's alone (issue 13): a new window has built no other
 * place before it draws; a place is built, with the store's data, when first shown, and every
 * place once the window has drawn and had quiet turns. */
static gboolean
places_all_built (gpointer data)
{
  GtkWidget *window = data;

  return kn_test_find_type (window, KN_TYPE_DASHBOARD_PAGE) != NULL &&
         kn_test_find_type (window, KN_TYPE_PLAN_PAGE) != NULL &&
         kn_test_find_type (window, KN_TYPE_EVALUATION_PAGE) != NULL &&
         kn_test_find_type (window, KN_TYPE_REPORTS_PAGE) != NULL &&
         kn_test_find_type (window, KN_TYPE_TRAINING_PAGE) != NULL &&
         kn_test_find_type (window, KN_TYPE_SKM_PAGE) != NULL;
}

static gboolean
evaluation_built (gpointer data)
{
  return kn_test_find_type (GTK_WIDGET (data), KN_TYPE_EVALUATION_PAGE) != NULL;
}

static void
test_places_built_when_shown (Fixture       *fixture,
                              gconstpointer  data)
{
  KnWindow *window = kn_window_new (fixture->app, fixture->store);
  GtkWidget *evaluation;
  guint wake;

  g_assert_nonnull (kn_test_find_type (GTK_WIDGET (window), KN_TYPE_EMPLOYEES_PAGE));
  g_assert_null (kn_test_find_type (GTK_WIDGET (window), KN_TYPE_DASHBOARD_PAGE));
  g_assert_null (kn_test_find_type (GTK_WIDGET (window), KN_TYPE_EVALUATION_PAGE));
  g_assert_null (kn_test_find_type (GTK_WIDGET (window), KN_TYPE_SKM_PAGE));

  /* Shown before the window is (a window reopened where it was closed): its frame, and the
   * place built right after the first frame, before the other places. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-place", "s", "penilaian");
  g_assert_cmpstr (kn_window_get_place (window), ==, "penilaian");
  g_assert_null (kn_test_find_type (GTK_WIDGET (window), KN_TYPE_EVALUATION_PAGE));
  gtk_window_present (GTK_WINDOW (window));
  /* Turn by turn (kn_test_spin_until would let the other places be built meanwhile). */
  wake = g_timeout_add (100, kn_test_wake, NULL);
  for (gint64 give_up = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
       !evaluation_built (window) && g_get_monotonic_time () < give_up;)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  evaluation = kn_test_find_type (GTK_WIDGET (window), KN_TYPE_EVALUATION_PAGE);
  g_assert_nonnull (evaluation);
  g_assert_true (evaluation == GTK_WIDGET (kn_window_get_evaluation_page (window)));
  g_assert_null (kn_test_find_type (GTK_WIDGET (window), KN_TYPE_DASHBOARD_PAGE));
  g_assert_null (kn_test_find_type (GTK_WIDGET (window), KN_TYPE_SKM_PAGE));

  /* On a window on the screen, a place is built the moment it is shown. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-place", "s", "skm");
  g_assert_nonnull (kn_test_find_type (GTK_WIDGET (window), KN_TYPE_SKM_PAGE));
  g_assert_cmpstr (kn_window_get_place (window), ==, "skm");

  g_assert_true (kn_test_spin_until (places_all_built, window));
  kn_test_ui_close (GTK_WINDOW (window), NULL);
}

/* The buttons' tooltips come after the window's first frame (issue 13): setting one on a
 * visible button asks the X server where the pointer is, and the template's twelve did so before
 * the window could draw. Once it has drawn, they are there. */
static gboolean
tooltips_set (gpointer data)
{
  return gtk_widget_get_tooltip_text (kn_test_find_action (data, "win.help")) != NULL;
}

static void
test_tooltips_after_first_frame (Fixture       *fixture,
                                 gconstpointer  data)
{
  static const char * const actions[] = {
    "win.help", "win.show-places", "units.add", "units.edit", "units.delete", "employees.add",
    "employees.import", "employees.edit", "employees.delete",
  };
  KnWindow *window = kn_window_new (fixture->app, fixture->store);
  GtkWidget *page = kn_test_find_type (GTK_WIDGET (window), KN_TYPE_EMPLOYEES_PAGE);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GtkWidget *button = kn_test_find_action (GTK_WIDGET (window), actions[i]);

      g_test_message ("%s", actions[i]);
      g_assert_nonnull (button);
      g_assert_null (gtk_widget_get_tooltip_text (button));
    }
  g_assert_null (gtk_widget_get_tooltip_text (kn_test_find_type (page, GTK_TYPE_CHECK_BUTTON)));

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (kn_test_spin_until (tooltips_set, window));
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_assert_nonnull (gtk_widget_get_tooltip_text (kn_test_find_action (GTK_WIDGET (window),
                                                                        actions[i])));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (kn_test_find_action (GTK_WIDGET (window),
                                                                     "employees.add")),
                   ==, "Tambah Pegawai (Ctrl+N)");
  g_assert_nonnull (gtk_widget_get_tooltip_text (kn_test_find_type (page, GTK_TYPE_CHECK_BUTTON)));
  kn_test_ui_close (GTK_WINDOW (window), NULL);
}

/* The keyboard shortcuts window is built when first asked for (issue 13): GtkApplication built
 * it with every window from gtk/help-overlay.ui, and its shortcut widgets asked the X server where
 * the pointer is, 15 round trips before the first frame. Ctrl+? opens it, listing every shortcut
 * (test-dialogs checks the list against the code), and again the same window once closed. */
static void
collect_shortcuts (GtkWidget  *widget,
                   GPtrArray  *accelerators)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      char *accelerator = NULL;

      g_object_get (widget, "accelerator", &accelerator, NULL);
      if (accelerator != NULL)
        g_ptr_array_add (accelerators, accelerator);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, accelerators);
}

static void
test_shortcuts_when_asked (Fixture       *fixture,
                           gconstpointer  data)
{
  KnWindow *window = kn_window_new (fixture->app, fixture->store);
  GtkApplicationWindow *app_window = GTK_APPLICATION_WINDOW (window);
  g_autoptr(GPtrArray) accelerators = g_ptr_array_new_with_free_func (g_free);
  GtkShortcutsWindow *overlay;

  g_assert_null (gtk_application_window_get_help_overlay (app_window));
  gtk_window_present (GTK_WINDOW (window));
  kn_test_draw (GTK_WINDOW (window));
  g_assert_null (gtk_application_window_get_help_overlay (app_window));

  g_assert_true (kn_test_press (GTK_WIDGET (window), GDK_KEY_question, GDK_CONTROL_MASK));
  kn_test_spin ();
  overlay = gtk_application_window_get_help_overlay (app_window);
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));
  collect_shortcuts (GTK_WIDGET (overlay), accelerators);
  g_assert_cmpuint (accelerators->len, >=, 20);
  g_assert_true (g_ptr_array_find_with_equal_func (accelerators, "<Control>comma", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (accelerators, "F1", g_str_equal, NULL));

  gtk_window_close (GTK_WINDOW (overlay));
  kn_test_spin ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  kn_test_spin ();
  g_assert_true (gtk_application_window_get_help_overlay (app_window) == overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  kn_test_ui_close (GTK_WINDOW (window), NULL);
}

/* A click on a column header of a large office's table (sorted a little each turn, issue 13)
 * orders every visible row by that column: position and unit as their text, rank by rank, the
 * name descending; the rows show the new order once it is whole. */
static int
column_compare (KnEmployee *a,
                KnEmployee *b,
                guint       column)
{
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;

  switch (column)
    {
    case 1:
      x = g_utf8_casefold (kn_employee_get_position (a), -1);
      y = g_utf8_casefold (kn_employee_get_position (b), -1);
      break;
    case 2:
      return (kn_employee_get_rank_order (a) > kn_employee_get_rank_order (b)) -
             (kn_employee_get_rank_order (a) < kn_employee_get_rank_order (b));
    case 3:
      x = g_utf8_casefold (kn_employee_get_unit_name (a), -1);
      y = g_utf8_casefold (kn_employee_get_unit_name (b), -1);
      break;
    default:
      x = kn_employee_dup_sort_name (a);
      y = kn_employee_dup_sort_name (b);
    }
  return g_utf8_collate (x, y);
}

typedef struct
{
  KnEmployeesPage *page;
  guint            column;
  int              sign;   /* 1 ascending, -1 descending */
  guint            total;
} HeaderOrder;

static gboolean
visible_in_order (gpointer data)
{
  HeaderOrder *order = data;
  GListModel *visible = kn_employees_page_get_visible (order->page);

  if (kn_employees_page_is_sorting (order->page) || g_list_model_get_n_items (visible) != order->total)
    return FALSE;
  for (guint i = 1; i < order->total; i++)
    {
      g_autoptr(KnEmployee) before = g_list_model_get_item (visible, i - 1);
      g_autoptr(KnEmployee) after = g_list_model_get_item (visible, i);

      if (order->sign * column_compare (before, after, order->column) > 0)
        return FALSE;
    }
  return TRUE;
}

static void
test_header_sorts (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkColumnView *view = NULL;
  GListModel *columns;
  HeaderOrder order = { fixture->page, 0, 1,
                        g_list_model_get_n_items (kn_store_get_employees (fixture->store)) };
  const struct { guint column; GtkSortType type; } clicks[] = {
    { 1, GTK_SORT_ASCENDING }, { 2, GTK_SORT_DESCENDING }, { 3, GTK_SORT_ASCENDING },
    { 0, GTK_SORT_DESCENDING }, { 0, GTK_SORT_ASCENDING },
  };

  kn_employees_page_set_store (fixture->page, NULL);
  kn_employees_page_set_background_from (fixture->page, 0);
  kn_employees_page_set_store (fixture->page, fixture->store);
  g_assert_true (kn_test_spin_until (employees_loaded, fixture->page));
  view = GTK_COLUMN_VIEW (kn_test_find_type (GTK_WIDGET (fixture->page), GTK_TYPE_COLUMN_VIEW));
  g_assert_nonnull (view);
  columns = gtk_column_view_get_columns (view);
  g_assert_cmpuint (order.total, >, 3);

  for (guint i = 0; i < G_N_ELEMENTS (clicks); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, clicks[i].column);

      gtk_column_view_sort_by_column (view, column, clicks[i].type);
      order.column = clicks[i].column;
      order.sign = clicks[i].type == GTK_SORT_ASCENDING ? 1 : -1;
      g_assert_true (kn_test_spin_until (visible_in_order, &order));
    }
}

static GtkWidget *
find_unit_row (GtkWidget *widget)
{
  if (GTK_IS_COLUMN_VIEW (widget))
    return NULL;
  if (GTK_IS_TREE_EXPANDER (widget) && gtk_widget_get_width (widget) > 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_unit_row (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* TRUE when @view, asked for a tooltip in the middle of @widget (inside it), gives one. */
static gboolean
tooltip_in_middle (GtkWidget *view,
                   GtkWidget *widget)
{
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  graphene_point_t middle = GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.f,
                                                 gtk_widget_get_height (widget) / 2.f);
  graphene_point_t point;
  gboolean shown = FALSE;

  g_assert_true (gtk_widget_compute_point (widget, view, &middle, &point));
  g_signal_emit_by_name (view, "query-tooltip", (int) point.x, (int) point.y, FALSE, tooltip,
                         &shown);
  return shown;
}

/* The unit tree shows each unit's name, its whole path when the pointer rests on it. */
static void
test_unit_tree_rows (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(KnOrgUnit) unit = NULL;
  GtkTreeListRow *row;
  GtkWidget *expander;
  GtkWidget *view;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "pegawai");
  kn_test_draw (GTK_WINDOW (fixture->window));
  expander = find_unit_row (GTK_WIDGET (fixture->page));
  g_assert_nonnull (expander);
  row = gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (expander));
  unit = gtk_tree_list_row_get_item (row);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (kn_test_find_type (expander, GTK_TYPE_LABEL))),
                   ==, kn_org_unit_get_name (unit));

  view = gtk_widget_get_ancestor (expander, GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_has_tooltip (view));
  g_assert_true (tooltip_in_middle (view, expander));
}

/* With a unit chosen, a unit added under it belongs to it: someone placed there is shown. */
static void
test_unit_filter_follows_tree (Fixture       *fixture,
                               gconstpointer  data)
{
  GListModel *visible = kn_employees_page_get_visible (fixture->page);
  KnOrgUnit *unit = kn_store_find_unit (fixture->store, "Bidang Kebudayaan");
  guint before;
  gint64 added;
  gint64 person;

  g_assert_nonnull (unit);
  kn_employees_page_select_unit (fixture->page, kn_org_unit_get_id (unit));
  kn_test_spin ();
  before = g_list_model_get_n_items (visible);

  added = kn_test_add_unit (fixture->store, "Seksi Cagar Budaya", kn_org_unit_get_id (unit));
  person = kn_test_add_person (fixture->store, "199604182022031002", "Rizky Pratama, S.Hum.",
                               "III/a", "Pamong Budaya", KN_POSITION_AHLI_PERTAMA, added, 0);
  kn_test_spin ();

  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, before + 1);
  g_assert_true (visible_has_nip (fixture->page, kn_employee_get_nip (
                   kn_store_lookup_employee (fixture->store, person))));
}

static gboolean
is_named_cell (GtkWidget *widget,
               gpointer   data)
{
  return GTK_IS_INSCRIPTION (widget) && gtk_widget_has_css_class (widget, "full-text-tooltip") &&
         gtk_inscription_get_text (GTK_INSCRIPTION (widget)) != NULL &&
         gtk_widget_get_width (widget) > 0;
}

static GtkWidget *
find_named_cell (GtkWidget *widget)
{
  return kn_test_find (widget, is_named_cell, NULL);
}

static GtkWidget *
find_column_view (GtkWidget *widget)
{
  return kn_test_find_type (widget, GTK_TYPE_COLUMN_VIEW);
}

/* The chosen employee stays chosen while a search still lists them (wherever they move in the
 * list), and nobody is chosen once the search leaves them out; the rows show the list's
 * employees in order after each change. */
static void
test_selection_follows_search (Fixture       *fixture,
                               gconstpointer  data)
{
  GListModel *visible = kn_employees_page_get_visible (fixture->page);
  GListModel *all = kn_store_get_employees (fixture->store);
  g_autoptr(KnEmployee) siti = NULL;
  g_autofree char *grouped = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (all) && siti == NULL; i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (all, i);
      g_autofree char *folded = g_utf8_casefold (kn_employee_get_name (employee), -1);

      if (strstr (folded, "siti") != NULL)
        siti = g_object_ref (employee);
    }
  g_assert_nonnull (siti);
  grouped = kn_employee_dup_nip_display (siti);

  g_assert_true (kn_employees_page_select_employee (fixture->page, kn_employee_get_id (siti)));
  kn_employees_page_set_search_text (fixture->page, "siti");
  kn_test_spin ();
  g_assert_true (kn_employees_page_get_selected_employee (fixture->page) == siti);

  kn_employees_page_set_search_text (fixture->page, grouped);
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_true (kn_employees_page_get_selected_employee (fixture->page) == siti);
  /* The one row left shows her, not whoever its row showed before. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "pegawai");
  kn_test_draw (GTK_WINDOW (fixture->window));
  {
    GtkWidget *cell = find_named_cell (find_column_view (GTK_WIDGET (fixture->page)));

    g_assert_nonnull (cell);
    g_assert_cmpstr (gtk_inscription_get_text (GTK_INSCRIPTION (cell)), ==, kn_employee_get_name (siti));
  }

  kn_employees_page_set_search_text (fixture->page, "zzzz tidak ada");
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 0);
  g_assert_null (kn_employees_page_get_selected_employee (fixture->page));

  /* Back to everyone: the table's rows show the list in its order, nobody chosen. */
  kn_employees_page_set_search_text (fixture->page, "");
  kn_test_draw (GTK_WINDOW (fixture->window));
  g_assert_null (kn_employees_page_get_selected_employee (fixture->page));
  g_assert_true (kn_employees_page_select_employee (fixture->page, kn_employee_get_id (siti)));
  g_assert_true (kn_employees_page_get_selected_employee (fixture->page) == siti);
}

/* A person retired is gone from the Pegawai list until "Tampilkan yang tidak aktif" is ticked;
 * a retirement still to come changes nothing today. */
static void
test_inactive_hidden (Fixture       *fixture,
                      gconstpointer  data)
{
  GListModel *visible = kn_employees_page_get_visible (fixture->page);
  GListModel *all = kn_store_get_employees (fixture->store);
  g_autoptr(KnEmployee) retired = g_list_model_get_item (all, 5);
  g_autoptr(KnEmployee) later = g_list_model_get_item (all, 6);
  g_autoptr(KnHistoryEntry) status = kn_history_entry_new (kn_employee_get_id (retired),
                                                           KN_HISTORY_STATUS);
  g_autoptr(KnHistoryEntry) future = kn_history_entry_new (kn_employee_get_id (later),
                                                           KN_HISTORY_STATUS);
  g_autoptr(GError) error = NULL;
  guint total = g_list_model_get_n_items (all);
  GtkWidget *check = kn_test_find_type (GTK_WIDGET (fixture->page), GTK_TYPE_CHECK_BUTTON);

  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (check)), ==,
                   "Tampilkan yang _tidak aktif");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, total);

  status->status = KN_PERSON_PENSIUN;
  status->start_date = g_strdup ("2020-01-01");
  g_assert_true (kn_store_add_history (fixture->store, status, &error));
  g_assert_no_error (error);
  future->status = KN_PERSON_MENINGGAL;
  future->start_date = g_strdup ("9000-01-01");
  g_assert_true (kn_store_add_history (fixture->store, future, &error));
  g_assert_no_error (error);
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, total - 1);
  g_assert_false (visible_has_nip (fixture->page, kn_employee_get_nip (retired)));
  g_assert_true (visible_has_nip (fixture->page, kn_employee_get_nip (later)));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, total);
  g_assert_true (visible_has_nip (fixture->page, kn_employee_get_nip (retired)));
}

/* Resting the pointer on a name (cut short in a narrow column) shows the whole name. */
static void
test_name_tooltip (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *view = find_column_view (GTK_WIDGET (fixture->page));
  GtkWidget *cell;

  kn_test_draw (GTK_WINDOW (fixture->window));
  g_assert_nonnull (view);
  cell = find_named_cell (view);
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_get_has_tooltip (view));
  g_assert_true (tooltip_in_middle (view, cell));
}

/* Counts the cells of @widget's tree that carry a tooltip of their own, and those that show the
 * whole text on hover through the list's query-tooltip. */
static void
count_cell_tooltips (GtkWidget *widget,
                     guint     *own,
                     guint     *full_text)
{
  if (GTK_IS_INSCRIPTION (widget) && gtk_widget_get_tooltip_text (widget) != NULL)
    (*own)++;
  if (GTK_IS_INSCRIPTION (widget) && gtk_widget_has_css_class (widget, "full-text-tooltip"))
    (*full_text)++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_cell_tooltips (child, own, full_text);
}

/* The rank and the unit show their whole text on hover as the name does, asked for by the list
 * when the pointer rests: no cell sets a tooltip of its own when bound (each one looked for the
 * pointer, an X round trip per cell, on every keystroke that changed the rows). */
static void
test_cell_tooltips (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *view = find_column_view (GTK_WIDGET (fixture->page));
  guint own = 0, full_text = 0, rows = 0;

  kn_test_draw (GTK_WINDOW (fixture->window));
  g_assert_nonnull (view);
  count_cell_tooltips (view, &own, &full_text);
  rows = g_list_model_get_n_items (kn_employees_page_get_visible (fixture->page));
  g_assert_cmpuint (rows, >, 0);
  g_assert_cmpuint (own, ==, 0);
  /* Name, position, rank and unit: four a row shown, at least. */
  g_assert_cmpuint (full_text, >=, 4);
}

static void
test_unit_filter (Fixture       *fixture,
                  gconstpointer  data)
{
  GListModel *visible = kn_employees_page_get_visible (fixture->page);
  KnOrgUnit *unit = kn_store_find_unit (fixture->store, "Bidang Pembinaan SMA");
  guint n;

  g_assert_nonnull (unit);
  kn_employees_page_select_unit (fixture->page, kn_org_unit_get_id (unit));
  kn_test_spin ();

  n = g_list_model_get_n_items (visible);
  g_assert_cmpuint (n, >, 1);
  g_assert_cmpuint (n, <, g_list_model_get_n_items (kn_store_get_employees (fixture->store)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (visible, i);

      g_assert_true (kn_store_unit_is_within (fixture->store, kn_employee_get_unit_id (employee),
                                              kn_org_unit_get_id (unit)));
    }
}

static KnEmployeeDialog *
open_add_dialog (Fixture *fixture)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "employees.add", NULL));
  kn_test_spin ();
  dialog = kn_employees_page_get_dialog (fixture->page);
  g_assert_true (KN_IS_EMPLOYEE_DIALOG (dialog));
  return KN_EMPLOYEE_DIALOG (dialog);
}

static void
test_add_employee (Fixture       *fixture,
                   gconstpointer  data)
{
  KnOrgUnit *unit = kn_store_find_unit (fixture->store, "Seksi Kurikulum dan Penilaian SMA");
  guint before = g_list_model_get_n_items (kn_store_get_employees (fixture->store));
  KnEmployeeDialog *dialog;
  KnEmployee *added;

  g_assert_nonnull (unit);
  dialog = open_add_dialog (fixture);

  gtk_editable_set_text (kn_employee_dialog_get_entry (dialog, "nip"), "19950317 202012 2 004");
  kn_test_spin ();
  /* The form reads the number back before anything is saved. */
  g_assert_nonnull (strstr (kn_employee_dialog_get_nip_info (dialog), "1995"));
  gtk_editable_set_text (kn_employee_dialog_get_entry (dialog, "name"), "Ratna Dewi Lestari, S.Pd.");
  gtk_editable_set_text (kn_employee_dialog_get_entry (dialog, "position"), "Pengolah Data dan Informasi");
  g_assert_true (kn_employee_dialog_select_rank (dialog, "III/a"));
  g_assert_true (kn_employee_dialog_select_unit (dialog, kn_org_unit_get_id (unit)));
  kn_test_spin ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  kn_test_spin ();

  g_assert_null (kn_employees_page_get_dialog (fixture->page));
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (fixture->store)), ==,
                    before + 1);
  added = kn_store_find_employee_by_nip (fixture->store, "199503172020122004");
  g_assert_nonnull (added);
  g_assert_cmpstr (kn_employee_get_name (added), ==, "Ratna Dewi Lestari, S.Pd.");
  g_assert_cmpstr (kn_employee_get_rank (added), ==, "III/a");
  g_assert_cmpint (kn_employee_get_unit_id (added), ==, kn_org_unit_get_id (unit));
  /* The form proposed the head of the seksi as the atasan. */
  {
    KnEmployee *head = kn_store_lookup_employee (fixture->store,
                                                 kn_employee_get_supervisor_id (added));

    g_assert_nonnull (head);
    g_assert_cmpint (kn_employee_get_unit_id (head), ==, kn_org_unit_get_id (unit));
    g_assert_true (g_str_has_prefix (kn_employee_get_position (head), "Kepala Seksi"));
  }

  /* It is in the table, and selected. */
  g_assert_true (visible_has_nip (fixture->page, "199503172020122004"));
  g_assert_true (kn_employees_page_get_selected_employee (fixture->page) == added);
}

static void
test_invalid_nip_saves_nothing (Fixture       *fixture,
                                gconstpointer  data)
{
  KnOrgUnit *unit = kn_store_find_unit (fixture->store, "Bidang Kebudayaan");
  guint before = g_list_model_get_n_items (kn_store_get_employees (fixture->store));
  KnEmployeeDialog *dialog = open_add_dialog (fixture);

  /* 29 February 1987 never was. */
  gtk_editable_set_text (kn_employee_dialog_get_entry (dialog, "nip"), "19870229 201505 1 001");
  gtk_editable_set_text (kn_employee_dialog_get_entry (dialog, "name"), "Budi Hartono, S.E.");
  g_assert_true (kn_employee_dialog_select_rank (dialog, "III/b"));
  g_assert_true (kn_employee_dialog_select_unit (dialog, kn_org_unit_get_id (unit)));
  kn_test_spin ();
  g_assert_nonnull (strstr (kn_employee_dialog_get_nip_info (dialog), "19870229"));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  kn_test_spin ();

  g_assert_true (kn_employees_page_get_dialog (fixture->page) == GTK_WINDOW (dialog));
  g_assert_nonnull (kn_employee_dialog_get_error (dialog));
  g_assert_nonnull (strstr (kn_employee_dialog_get_error (dialog), "19870229"));
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (fixture->store)), ==, before);
  g_assert_null (kn_store_find_employee_by_nip (fixture->store, "198702292015051001"));
}

static void
test_duplicate_nip_refused (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(KnEmployee) existing = g_list_model_get_item (kn_store_get_employees (fixture->store), 3);
  guint before = g_list_model_get_n_items (kn_store_get_employees (fixture->store));
  KnEmployeeDialog *dialog = open_add_dialog (fixture);

  gtk_editable_set_text (kn_employee_dialog_get_entry (dialog, "nip"), kn_employee_get_nip (existing));
  kn_test_spin ();
  g_assert_nonnull (strstr (kn_employee_dialog_get_nip_info (dialog), kn_employee_get_name (existing)));

  /* A name ending in its degree's dot ends the sentence with one full stop, not "S.Pd..", also
   * in English (the Indonesian sentence ends with other words). */
  setlocale (LC_ALL, "C.UTF-8");
  g_unsetenv ("LANGUAGE");
  textdomain (textdomain (NULL));
  for (guint i = 0; i < before; i++)
    {
      g_autoptr(KnEmployee) titled = g_list_model_get_item (kn_store_get_employees (fixture->store), i);

      if (!g_str_has_suffix (kn_employee_get_name (titled), "."))
        continue;
      gtk_editable_set_text (kn_employee_dialog_get_entry (dialog, "nip"), kn_employee_get_nip (titled));
      kn_test_spin ();
      g_assert_nonnull (strstr (kn_employee_dialog_get_nip_info (dialog), kn_employee_get_name (titled)));
      g_assert_false (g_str_has_suffix (kn_employee_dialog_get_nip_info (dialog), ".."));
      break;
    }
  g_assert_true (g_str_has_suffix (kn_employee_dialog_get_nip_info (dialog), "."));
  g_assert_nonnull (strstr (kn_employee_dialog_get_nip_info (dialog), "already used by"));
  kn_test_use_indonesian ();

  gtk_editable_set_text (kn_employee_dialog_get_entry (dialog, "name"), "Orang Lain");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  kn_test_spin ();
  g_assert_nonnull (kn_employee_dialog_get_error (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (fixture->store)), ==, before);
}

static void
test_edit_employee (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(KnEmployee) target = g_list_model_get_item (kn_store_get_employees (fixture->store), 10);
  gint64 supervisor_id = kn_employee_get_supervisor_id (target);
  KnEmployeeDialog *dialog;
  GtkWindow *window;

  g_assert_cmpint (supervisor_id, !=, 0);
  g_assert_true (kn_employees_page_select_employee (fixture->page, kn_employee_get_id (target)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "employees.edit", NULL));
  kn_test_spin ();
  window = kn_employees_page_get_dialog (fixture->page);
  g_assert_true (KN_IS_EMPLOYEE_DIALOG (window));
  dialog = KN_EMPLOYEE_DIALOG (window);

  /* The form opens with what is stored. */
  g_assert_cmpstr (gtk_editable_get_text (kn_employee_dialog_get_entry (dialog, "name")), ==,
                   kn_employee_get_name (target));
  gtk_editable_set_text (kn_employee_dialog_get_entry (dialog, "position"), "Analis Data Pendidikan");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  kn_test_spin ();

  g_assert_null (kn_employees_page_get_dialog (fixture->page));
  g_assert_cmpstr (kn_employee_get_position (target), ==, "Analis Data Pendidikan");
  /* What was not touched in the form stays as it was. */
  g_assert_cmpint (kn_employee_get_supervisor_id (target), ==, supervisor_id);
}

static void
test_delete_unit_in_use_refused (Fixture       *fixture,
                                 gconstpointer  data)
{
  KnOrgUnit *unit = kn_store_find_unit (fixture->store, "Bidang Pembinaan SMA");
  gint64 id = kn_org_unit_get_id (unit);
  GtkWindow *dialog;

  kn_employees_page_select_unit (fixture->page, id);
  kn_test_spin ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "units.delete", NULL));
  kn_test_spin ();

  /* Refused at once, with the reason: no "Delete" to press, and the unit is still there. */
  dialog = kn_employees_page_get_dialog (fixture->page);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_false (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "delete"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "Bidang Pembinaan SMA"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "Seksi Kurikulum dan Penilaian SMA"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
  kn_test_spin ();
  g_assert_nonnull (kn_store_lookup_unit (fixture->store, id));
}

static void
test_add_unit (Fixture       *fixture,
               gconstpointer  data)
{
  KnOrgUnit *parent = kn_store_find_unit (fixture->store, "Bidang Kebudayaan");
  guint before = g_list_model_get_n_items (kn_store_get_units (fixture->store));
  KnUnitDialog *dialog;
  KnOrgUnit *added;

  kn_employees_page_select_unit (fixture->page, kn_org_unit_get_id (parent));
  kn_test_spin ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "units.add", NULL));
  kn_test_spin ();
  dialog = KN_UNIT_DIALOG (kn_employees_page_get_dialog (fixture->page));
  gtk_editable_set_text (kn_unit_dialog_get_name (dialog), "Seksi Museum");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  kn_test_spin ();

  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_units (fixture->store)), ==, before + 1);
  added = kn_store_find_unit (fixture->store, "Seksi Museum");
  g_assert_nonnull (added);
  /* Added under the unit that was selected, as the form proposed. */
  g_assert_cmpint (kn_org_unit_get_parent_id (added), ==, kn_org_unit_get_id (parent));
}

static void
test_delete_empty_unit (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(KnOrgUnit) unit = kn_org_unit_new ("Seksi Sementara", 0);
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;
  gint64 id;

  g_assert_true (kn_store_add_unit (fixture->store, unit, &error));
  id = kn_org_unit_get_id (unit);
  kn_test_spin ();
  kn_employees_page_select_unit (fixture->page, id);
  kn_test_spin ();
  g_assert_cmpint (kn_employees_page_get_selected_unit_id (fixture->page), ==, id);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "units.delete", NULL));
  kn_test_spin ();
  dialog = kn_employees_page_get_dialog (fixture->page);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "delete"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  kn_test_spin ();

  g_assert_null (kn_store_lookup_unit (fixture->store, id));
  /* With its unit gone, the table shows every unit again. */
  g_assert_cmpint (kn_employees_page_get_selected_unit_id (fixture->page), ==, 0);
}

/* Every template builds without a warning (they are fatal here), and so does the help overlay. */
static void
test_templates_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kinerja-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(KnStore) store = kn_store_open (path, &error);
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWidget *page;
  GtkWindow *dialog;

  g_assert_no_error (error);

  page = g_object_ref_sink (g_object_new (KN_TYPE_EMPLOYEES_PAGE, NULL));
  kn_employees_page_set_store (KN_EMPLOYEES_PAGE (page), store);
  /* An empty database greets with what to do first, not an empty table. */
  g_assert_cmpstr (kn_employees_page_get_count_text (KN_EMPLOYEES_PAGE (page)), ==, "0 pegawai");
  g_object_unref (page);

  dialog = GTK_WINDOW (kn_unit_dialog_new (store, 0, 0));
  gtk_window_destroy (dialog);
  dialog = GTK_WINDOW (kn_employee_dialog_new (store, NULL, 0));
  gtk_window_destroy (dialog);

  builder = gtk_builder_new_from_resource (KN_HELP_OVERLAY_RESOURCE);
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));

  g_clear_object (&store);
  kn_test_remove_tree (dir);
}

static gboolean
evaluation_rows_ready (gpointer page)
{
  return !kn_evaluation_page_is_loading (page);
}

/* Penilaian gathers a unit's rows off the main thread: waits until they are shown. */
static void
wait_evaluation_rows (KnEvaluationPage *page)
{
  kn_test_spin ();
  g_assert_true (kn_test_spin_until (evaluation_rows_ready, page));
  kn_test_spin ();
}

/* A unit, an employee and an SKP added while the window is open are offered by Penilaian,
 * Laporan and Pengembangan Kompetensi as soon as those places are shown again. */
/* A change written by another program (kinerja-cli, here a second store on the same file)
 * shows in the place on screen once the window looks for changes, as it does when it gets the
 * focus back. */
static void
test_external_change_shows (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) other = NULL;
  g_autofree char *period = g_strdup_printf ("%u-TW1", (guint) KN_DEMO_YEAR);
  KnEvaluationPage *evaluation = kn_window_get_evaluation_page (fixture->window);
  KnOrgUnit *unit = kn_store_find_unit (fixture->store, "Bidang Kebudayaan");
  gint64 unit_id;
  guint before;

  g_assert_nonnull (unit);
  unit_id = kn_org_unit_get_id (unit);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "penilaian");
  kn_test_spin ();
  g_assert_true (kn_evaluation_page_show (evaluation, unit_id, period, 0));
  wait_evaluation_rows (evaluation);
  before = g_list_model_get_n_items (kn_evaluation_page_get_rows (evaluation));

  other = kn_store_open (kn_store_get_path (fixture->store), &error);
  g_assert_no_error (error);
  kn_test_add_person (other, "199604182022031002", "Rizky Pratama, S.Hum.", "III/a",
                      "Pamong Budaya", KN_POSITION_AHLI_PERTAMA, unit_id, 0);

  g_assert_true (kn_store_check_for_changes (fixture->store));
  wait_evaluation_rows (evaluation);
  g_assert_cmpuint (g_list_model_get_n_items (kn_evaluation_page_get_rows (evaluation)), ==,
                    before + 1);
}

/* A change made through the store by someone other than the place on screen (a dialog, a batch)
 * shows on that place without switching places: each place follows the store's "changed". */
static void
test_places_follow_store (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *period = g_strdup_printf ("%u-TW1", (guint) KN_DEMO_YEAR);
  KnEvaluationPage *evaluation = kn_window_get_evaluation_page (fixture->window);
  KnReportsPage *reports = kn_window_get_reports_page (fixture->window);
  KnTrainingPage *training = kn_window_get_training_page (fixture->window);
  KnDashboardPage *dashboard = kn_window_get_dashboard_page (fixture->window);
  KnOrgUnit *unit = kn_store_find_unit (fixture->store, "Bidang Kebudayaan");
  g_autofree char *before = NULL;
  g_auto(GStrv) parts = NULL;
  gint64 person;
  guint rows;

  /* Penilaian: a person added to the unit shown gets a row. */
  g_assert_nonnull (unit);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "penilaian");
  kn_test_spin ();
  g_assert_true (kn_evaluation_page_show (evaluation, kn_org_unit_get_id (unit), period, 0));
  wait_evaluation_rows (evaluation);
  rows = g_list_model_get_n_items (kn_evaluation_page_get_rows (evaluation));
  kn_test_add_person (fixture->store, "199604182022031002", "Rizky Pratama, S.Hum.", "III/a",
                      "Pamong Budaya", KN_POSITION_AHLI_PERTAMA, kn_org_unit_get_id (unit), 0);
  wait_evaluation_rows (evaluation);
  g_assert_cmpuint (g_list_model_get_n_items (kn_evaluation_page_get_rows (evaluation)), ==,
                    rows + 1);

  /* Laporan and Pengembangan Kompetensi: a unit added is offered. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "laporan");
  kn_test_spin ();
  {
    g_autoptr(KnOrgUnit) added = kn_org_unit_new ("UPTD Taman Budaya", 0);

    g_assert_true (kn_store_add_unit (fixture->store, added, &error));
    g_assert_no_error (error);
    kn_test_spin ();
    g_assert_true (kn_reports_page_select (reports, KN_DOCUMENT_REKAP, kn_org_unit_get_id (added),
                                           0, period, KN_PAPER_A4));
  }
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "kompetensi");
  kn_test_spin ();
  {
    g_autoptr(KnOrgUnit) added = kn_org_unit_new ("UPTD Museum Negeri", 0);

    g_assert_true (kn_store_add_unit (fixture->store, added, &error));
    g_assert_no_error (error);
    kn_test_spin ();
    g_assert_true (kn_training_page_show (training, kn_org_unit_get_id (added), KN_DEMO_YEAR));
  }

  /* Beranda: a person added to the unit shown is counted. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "beranda");
  kn_test_spin ();
  kn_test_dashboard_wait (dashboard);
  before = g_strdup (kn_dashboard_page_get_summary (dashboard));
  parts = g_strsplit (before, ":", 2);
  unit = kn_store_find_unit (fixture->store, parts[0]);
  g_assert_nonnull (unit);
  person = kn_test_add_person (fixture->store, "199705052023021001", "Sari Wulandari, S.Sos.",
                               "III/a", "Analis", KN_POSITION_AHLI_PERTAMA, kn_org_unit_get_id (unit),
                               0);
  g_assert_cmpint (person, >, 0);
  kn_test_spin ();
  kn_test_dashboard_wait (dashboard);
  g_assert_cmpstr (kn_dashboard_page_get_summary (dashboard), !=, before);
}

static void
test_places_see_new_data (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnOrgUnit) unit = kn_org_unit_new ("UPTD Balai Pelatihan Kerja", 0);
  g_autoptr(KnEmployee) employee = kn_employee_new ();
  g_autoptr(KnPlan) plan = NULL;
  g_autofree char *period = g_strdup_printf ("%u-TW1", (guint) KN_DEMO_YEAR);
  KnEvaluationPage *evaluation = kn_window_get_evaluation_page (fixture->window);
  KnReportsPage *reports = kn_window_get_reports_page (fixture->window);
  KnTrainingPage *training = kn_window_get_training_page (fixture->window);
  const char *places[] = { "penilaian", "laporan", "kompetensi" };

  /* Every place has been shown once, on the data of the start. */
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", places[i]);
      kn_test_spin ();
    }

  g_assert_true (kn_store_add_unit (fixture->store, unit, &error));
  g_assert_no_error (error);
  kn_employee_set_nip (employee, "198502142010011002");
  kn_employee_set_name (employee, "Rahmat Hidayat, S.T.");
  kn_employee_set_status (employee, KN_EMPLOYEE_STATUS_PNS);
  kn_employee_set_rank (employee, "III/d");
  kn_employee_set_position (employee, "Kepala UPTD Balai Pelatihan Kerja");
  kn_employee_set_position_kind (employee, KN_POSITION_PENGAWAS);
  kn_employee_set_unit_id (employee, kn_org_unit_get_id (unit));
  if (!kn_store_add_employee (fixture->store, employee, &error))
    {
      g_clear_error (&error);
      kn_employee_set_nip (employee, "198502142010011099");
      g_assert_true (kn_store_add_employee (fixture->store, employee, &error));
    }
  g_assert_no_error (error);
  plan = kn_plan_new (kn_employee_get_id (employee), KN_DEMO_YEAR);
  g_assert_true (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "penilaian");
  kn_test_spin ();
  g_assert_true (kn_evaluation_page_show (evaluation, kn_org_unit_get_id (unit), period, 0));
  wait_evaluation_rows (evaluation);
  g_assert_cmpuint (g_list_model_get_n_items (kn_evaluation_page_get_rows (evaluation)), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "laporan");
  kn_test_spin ();
  g_assert_true (kn_reports_page_select (reports, KN_DOCUMENT_SKP, kn_org_unit_get_id (unit),
                                         kn_employee_get_id (employee), "2026", KN_PAPER_A4));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "kompetensi");
  kn_test_spin ();
  g_assert_true (kn_training_page_show (training, kn_org_unit_get_id (unit), KN_DEMO_YEAR));
  g_assert_cmpuint (g_list_model_get_n_items (kn_training_page_get_people (training)), ==, 1);
}

/* Closing the window with an SKP edited but not saved asks first; Cancel keeps the window and
 * the edits. */
/* The person chosen on Pegawai is the one whose SKP opens, and the editor says whose it is. */
static void
test_employee_carried_to_skp (Fixture       *fixture,
                              gconstpointer  data)
{
  KnPlanPage *plan = kn_window_get_plan_page (fixture->window);
  GListModel *employees = kn_store_get_employees (fixture->store);
  gboolean checked = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (employees) && !checked; i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      g_autoptr(KnPlan) stored = kn_store_load_plan (fixture->store, kn_employee_get_id (employee),
                                                     KN_DEMO_YEAR, NULL);

      if (stored == NULL || i < 5)
        continue;
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "pegawai");
      kn_test_spin ();
      g_assert_true (kn_employees_page_select_employee (fixture->page, kn_employee_get_id (employee)));
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "skp");
      kn_test_spin ();
      g_assert_cmpstr (kn_plan_page_get_view (plan), ==, "plan");
      g_assert_cmpint (kn_plan_get_employee_id (kn_plan_page_get_plan (plan)), ==,
                       kn_employee_get_id (employee));
      g_assert_nonnull (strstr (kn_plan_page_get_owner_text (plan), kn_employee_get_name (employee)));
      g_assert_true (g_str_has_prefix (kn_plan_page_get_owner_text (plan), "SKP "));
      checked = TRUE;
    }
  g_assert_true (checked);
}

/* From Penilaian to Laporan, the unit, the period and the person chosen there are what Laporan
 * shows next (the kind of document kept). */
static void
test_evaluation_carried_to_reports (Fixture       *fixture,
                                    gconstpointer  data)
{
  KnEvaluationPage *evaluation = kn_window_get_evaluation_page (fixture->window);
  KnReportsPage *reports = kn_window_get_reports_page (fixture->window);
  KnOrgUnit *school = kn_store_find_unit (fixture->store, "SMA Negeri 2 Bandar Lampung");
  KnEmployee *person = NULL;
  g_autofree char *name = NULL;
  GListModel *rows;
  guint position = GTK_INVALID_LIST_POSITION;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "laporan");
  kn_test_reports_page_wait (reports);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "penilaian");
  g_assert_nonnull (school);
  g_assert_true (kn_evaluation_page_show (evaluation, kn_org_unit_get_id (school), "2026-TW2", 0));
  kn_test_evaluation_wait (evaluation);
  rows = kn_evaluation_page_get_rows (evaluation);
  g_assert_cmpuint (g_list_model_get_n_items (rows), >=, 3);
  /* Not the first row: choosing a unit on Laporan already chooses its first person. */
  position = g_list_model_get_n_items (rows) - 1;
  {
    g_autoptr(KnEvaluation) row = g_list_model_get_item (rows, position);

    person = kn_store_lookup_employee (fixture->store, kn_evaluation_get_employee_id (row));
  }
  kn_evaluation_page_select_row (evaluation, position);
  kn_test_spin ();

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "laporan");
  kn_test_reports_page_wait (reports);
  name = kn_reports_page_dup_suggested_name (reports, FALSE);
  g_test_message ("suggested: %s", name);
  g_assert_nonnull (strstr (name, kn_employee_get_nip (person)));
  g_assert_nonnull (strstr (name, "2026-TW2"));
}

static void
test_close_asks_about_unsaved_skp (Fixture       *fixture,
                                   gconstpointer  data)
{
  KnPlanPage *plan = kn_window_get_plan_page (fixture->window);
  GListModel *employees = kn_store_get_employees (fixture->store);
  AdwMessageDialog *dialog = NULL;
  GList *toplevels;
  gboolean opened = FALSE;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "skp");
  kn_test_spin ();
  /* Someone whose SKP of the demo year can still be edited. */
  for (guint i = 0; i < g_list_model_get_n_items (employees) && !opened; i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);

      if (kn_plan_page_select_employee (plan, kn_employee_get_id (employee)))
        {
          kn_test_spin ();
          opened = kn_plan_page_get_editable (plan);
        }
    }
  g_assert_true (opened);
  {
    g_autoptr(GVariant) utama = g_variant_ref_sink (g_variant_new_string ("utama"));

    g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (plan), "skp.add-result", utama));
  }
  kn_test_spin ();
  g_assert_true (kn_plan_page_has_unsaved_changes (plan));

  gtk_window_close (GTK_WINDOW (fixture->window));
  kn_test_spin ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  kn_test_spin ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  g_assert_true (kn_plan_page_has_unsaved_changes (plan));
}

static gboolean
is_place_row (GtkWidget *widget,
              gpointer   place)
{
  return GTK_IS_LIST_BOX_ROW (widget) && g_strcmp0 (gtk_widget_get_name (widget), place) == 0;
}

/* Goes to every place with the mouse only: the back button when the sidebar is folded away,
 * then the place's row. */
static void
visit_places_by_mouse (KnWindow *window)
{
  const char *places[] = { "beranda", "pegawai", "skp", "penilaian", "laporan", "kompetensi" };
  AdwLeaflet *leaflet = ADW_LEAFLET (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)));

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      GtkWidget *row = kn_test_find (GTK_WIDGET (leaflet), is_place_row, (gpointer)places[i]);

      g_assert_nonnull (row);
      if (!gtk_widget_get_mapped (row))
        {
          GtkWidget *back = kn_test_find_action (GTK_WIDGET (leaflet), "win.show-places");

          g_assert_true (adw_leaflet_get_folded (leaflet));
          g_assert_true (gtk_widget_get_mapped (back));
          kn_test_click (back);
          kn_test_draw (GTK_WINDOW (window));
          g_assert_true (gtk_widget_is_ancestor (row, adw_leaflet_get_visible_child (leaflet)));
          g_assert_true (gtk_widget_get_mapped (row));
        }
      kn_test_click (row);
      kn_test_draw (GTK_WINDOW (window));
      g_assert_cmpstr (kn_window_get_place (window), ==, places[i]);
      /* The place is what the window shows now, not the list of places. */
      if (adw_leaflet_get_folded (leaflet))
        g_assert_false (gtk_widget_is_ancestor (row, adw_leaflet_get_visible_child (leaflet)));
    }
}

static void
on_first_paint_cb (GdkFrameClock *clock,
                   int           *folded)
{
  AdwLeaflet *leaflet = g_object_get_data (G_OBJECT (clock), "kn-test-leaflet");

  if (*folded < 0)
    *folded = adw_leaflet_get_folded (leaflet);
}

static void
on_window_mapped_cb (GtkWidget *window,
                     int       *folded)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_object_set_data (G_OBJECT (clock), "kn-test-leaflet",
                     adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)));
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_paint_cb), folded);
}

/* On a small laptop (1024×600) and narrower the sidebar is folded from the first frame (the
 * places other than Pegawai are built after it: the layout does not jump); every place can
 * still be reached with the mouse, through the back button. */
static void
test_small_screen_places (Fixture       *fixture,
                          gconstpointer  data)
{
  const int widths[] = { 1024, 700 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      KnWindow *window = kn_window_new (fixture->app, fixture->store);
      AdwLeaflet *leaflet;
      int folded = -1;
      gboolean late = FALSE;
      guint guard = g_timeout_add_seconds (20, kn_test_give_up, &late);

      gtk_window_set_default_size (GTK_WINDOW (window), widths[i], 600);
      g_signal_connect_after (window, "map", G_CALLBACK (on_window_mapped_cb), &folded);
      gtk_window_present (GTK_WINDOW (window));
      while (folded < 0 && !late)
        g_main_context_iteration (NULL, TRUE);
      if (!late)
        g_source_remove (guard);
      g_assert_cmpint (folded, ==, TRUE);
      kn_test_draw (GTK_WINDOW (window));
      leaflet = ADW_LEAFLET (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)));
      g_assert_true (adw_leaflet_get_folded (leaflet));
      g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (window)),
                                            on_first_paint_cb, &folded);
      visit_places_by_mouse (window);
      gtk_window_destroy (GTK_WINDOW (window));
      kn_test_spin ();
    }
}

/* At 1200 px (the window's default width) the Pegawai table fits without sideways scrolling,
 * so the name never scrolls away; every column is there with its title. */
static void
test_employees_fit (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *view = kn_test_find_type (GTK_WIDGET (fixture->page), GTK_TYPE_COLUMN_VIEW);
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW));
  GtkAdjustment *sideways = gtk_scrolled_window_get_hadjustment (scrolled);
  GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (view));
  g_autoptr(GtkColumnViewColumn) first = g_list_model_get_item (columns, 0);
  int width = 0, height = 0;

  gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
  g_assert_cmpint (width, ==, 1200);
  kn_test_draw (GTK_WINDOW (fixture->window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 1200);

  g_assert_cmpfloat (gtk_adjustment_get_upper (sideways), <=, gtk_adjustment_get_page_size (sideways) + 1);
  g_assert_cmpstr (gtk_column_view_column_get_title (first), ==, "Nama dan NIP");
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_true (gtk_column_view_column_get_visible (column));
    }
}

/* The About window and the window list find the application's icon, also when Kinerja runs
 * from the build tree (nothing installed). */
static void
test_icon_found (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());

  g_assert_true (gtk_icon_theme_has_icon (theme, "id.go.lampungprov.Kinerja"));
}

int
main (int    argc,
      char **argv)
{
  int status;

  kn_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/templates/load", test_templates_load);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/window/close-asks-about-unsaved-skp", test_close_asks_about_unsaved_skp);
  ADD ("/ui/window/external-change-shows", test_external_change_shows);
  ADD ("/ui/window/places-see-new-data", test_places_see_new_data);
  ADD ("/ui/window/places-follow-store", test_places_follow_store);
  ADD ("/ui/window/small-screen-places", test_small_screen_places);
  ADD ("/ui/employees/fit-1200", test_employees_fit);
  ADD ("/ui/window/icon-found", test_icon_found);
  ADD ("/ui/window/indonesian", test_window_indonesian);
  ADD ("/ui/employees/search", test_search_narrows);
  ADD ("/ui/employees/unit-tree-rows", test_unit_tree_rows);
  ADD ("/ui/employees/selection-follows-search", test_selection_follows_search);
  ADD ("/ui/employees/sorted-in-background", test_sorted_in_background);
  ADD ("/ui/window/places-built-when-shown", test_places_built_when_shown);
  ADD ("/ui/window/tooltips-after-first-frame", test_tooltips_after_first_frame);
  ADD ("/ui/window/shortcuts-when-asked", test_shortcuts_when_asked);
  ADD ("/ui/employees/header-sorts", test_header_sorts);
  ADD ("/ui/employees/search-after-rename", test_search_after_rename);
  ADD ("/ui/employees/unit-filter-follows-tree", test_unit_filter_follows_tree);
  ADD ("/ui/employees/name-tooltip", test_name_tooltip);
  ADD ("/ui/employees/cell-tooltips", test_cell_tooltips);
  ADD ("/ui/employees/unit-filter", test_unit_filter);
  ADD ("/ui/employees/add", test_add_employee);
  ADD ("/ui/employees/invalid-nip", test_invalid_nip_saves_nothing);
  ADD ("/ui/employees/duplicate-nip", test_duplicate_nip_refused);
  ADD ("/ui/employees/edit", test_edit_employee);
  ADD ("/ui/skp/carried-from-pegawai", test_employee_carried_to_skp);
  ADD ("/ui/reports/carried-from-penilaian", test_evaluation_carried_to_reports);
  ADD ("/ui/units/add", test_add_unit);
  ADD ("/ui/employees/inactive-hidden", test_inactive_hidden);
  ADD ("/ui/units/delete-empty", test_delete_empty_unit);
  ADD ("/ui/units/delete-in-use", test_delete_unit_in_use_refused);
#undef ADD

  status = g_test_run ();
  if (demo_dir != NULL)
    kn_test_remove_tree (demo_dir);
  g_free (demo_dir);
  g_free (demo_path);
  return status;
}
