/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every icon-only button a user can reach — on every place of the window and in the main
 * dialogs, with a row chosen in each list so that the buttons shown only for a selection are
 * there too — says what it does: a tooltip for the mouse and an accessible label for a screen
 * reader. A button (or menu button) with an icon and no text that lacks either fails the test,
 * named by its icon and where it sits. */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "kn-cascade-window.h"
#include "kn-dashboard-page.h"
#include "kn-demo.h"
#include "kn-employee-dialog.h"
#include "kn-employees-page.h"
#include "kn-evaluation-page.h"
#include "kn-help-window.h"
#include "kn-history-dialog.h"
#include "kn-person-history-dialog.h"
#include "kn-plan-page.h"
#include "kn-preferences-window.h"
#include "kn-progress-dialog.h"
#include "kn-reports-page.h"
#include "kn-review-dialog.h"
#include "kn-skm-entry-dialog.h"
#include "kn-skm-import-dialog.h"
#include "kn-skm-page.h"
#include "kn-test-ui.h"
#include "kn-training-page.h"
#include "kn-unit-dialog.h"
#include "kn-window.h"

#define PERIOD "2026-TW1"

typedef KnTestWindow Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  kn_test_window_open (fixture, "kinerja-ui-a11y-XXXXXX",
                       "id.go.lampungprov.Kinerja.TestAccessibility", TRUE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_window_close (fixture);
}

/* The icon of a button that shows only an icon; NULL for one with text. */
static const char *
icon_only (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget))
    {
      GtkMenuButton *button = GTK_MENU_BUTTON (widget);

      if (gtk_menu_button_get_label (button) == NULL &&
          gtk_menu_button_get_child (button) == NULL)
        return gtk_menu_button_get_icon_name (button) != NULL
               ? gtk_menu_button_get_icon_name (button) : "(arrow)";
      return NULL;
    }
  if (GTK_IS_BUTTON (widget))
    {
      GtkWidget *child = gtk_button_get_child (GTK_BUTTON (widget));

      if (gtk_button_get_label (GTK_BUTTON (widget)) != NULL &&
          gtk_button_get_icon_name (GTK_BUTTON (widget)) == NULL)
        return NULL;
      if (gtk_button_get_icon_name (GTK_BUTTON (widget)) != NULL)
        return gtk_button_get_icon_name (GTK_BUTTON (widget));
      if (GTK_IS_IMAGE (child))
        return gtk_image_get_icon_name (GTK_IMAGE (child)) != NULL
               ? gtk_image_get_icon_name (GTK_IMAGE (child)) : "(image)";
    }
  return NULL;
}

/* "KnEvaluationPage > GtkBox#actions_box > GtkMenuButton": where @widget sits, by the types
 * (and names, when given) of its ancestors from the nearest Kinerja widget. */
static char *
describe (GtkWidget *widget)
{
  g_autoptr(GString) where = g_string_new (NULL);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      const char *type = G_OBJECT_TYPE_NAME (w);
      const char *name = gtk_widget_get_name (w);

      if (name != NULL && !g_str_equal (name, type))
        g_string_prepend (where, name), g_string_prepend_c (where, '#');
      g_string_prepend (where, type);
      if (g_str_has_prefix (type, "Kn"))
        break;
      g_string_prepend (where, " > ");
    }
  return g_string_free (g_steal_pointer (&where), FALSE);
}

/* Whether @widget has an accessible label of its own. (Being "labelled by" does not count:
 * GTK 4.8 makes every button labelled by its child, which for an icon-only one is the bare
 * image.) GTK 4.8 reads no accessible property back but through its test API, which prints
 * the value it holds when asked to compare it with another: "undefined" when none was given. */
static gboolean
has_label (GtkWidget *widget)
{
  g_autofree char *held = NULL;

  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;
  held = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                             GTK_ACCESSIBLE_PROPERTY_LABEL, "\x01");
  return held != NULL && held[0] != '\0' && !g_str_equal (held, "undefined");
}

/* Adds to @missing what every icon-only button under @widget lacks, and to @reached each
 * button's "KnOwner [icon]" (its nearest Kinerja widget). The internals of GTK's own composite
 * widgets (the title bar's window buttons, a spin button's − and +) are GTK's, labelled by GTK,
 * and are not looked into. */
static void
check_tree (GtkWidget  *widget,
            GHashTable *missing,
            GHashTable *reached)
{
  const char *icon;

  if (!gtk_widget_get_visible (widget) || GTK_IS_WINDOW_CONTROLS (widget) ||
      GTK_IS_SPIN_BUTTON (widget))
    return;

  icon = icon_only (widget);
  if (icon != NULL)
    {
      gboolean tooltip = gtk_widget_get_tooltip_text (widget) != NULL ||
                         gtk_widget_get_tooltip_markup (widget) != NULL;
      gboolean label = has_label (widget);
      g_autofree char *where = describe (widget);

      g_hash_table_add (reached, g_strdup_printf ("%.*s [%s]", (int) strcspn (where, " "), where,
                                                  icon));
      if (!tooltip || !label)
        {
          g_hash_table_add (missing,
                            g_strdup_printf ("%s [%s]:%s%s", where, icon,
                                             tooltip ? "" : " no tooltip",
                                             label ? "" : " no accessible label"));
        }
    }
  if (GTK_IS_MENU_BUTTON (widget))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_tree (child, missing, reached);
}

/* Chooses the first item of every list under @widget that has nothing chosen, as a user's
 * click would (a drop-down's or menu's own list is not a choice of rows). How many it chose. */
static guint
select_first_rows (GtkWidget *widget)
{
  GtkSelectionModel *model = NULL;
  guint chosen = 0;

  if (!gtk_widget_get_visible (widget) || GTK_IS_DROP_DOWN (widget) ||
      GTK_IS_MENU_BUTTON (widget) || GTK_IS_POPOVER (widget) || ADW_IS_COMBO_ROW (widget))
    return 0;

  if (GTK_IS_COLUMN_VIEW (widget))
    model = gtk_column_view_get_model (GTK_COLUMN_VIEW (widget));
  else if (GTK_IS_LIST_VIEW (widget))
    model = gtk_list_view_get_model (GTK_LIST_VIEW (widget));
  if (model != NULL && g_list_model_get_n_items (G_LIST_MODEL (model)) > 0)
    {
      g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (model);

      if (gtk_bitset_is_empty (selected) && gtk_selection_model_select_item (model, 0, TRUE))
        chosen++;
    }
  if (GTK_IS_LIST_BOX (widget) &&
      gtk_list_box_get_selection_mode (GTK_LIST_BOX (widget)) != GTK_SELECTION_NONE &&
      gtk_list_box_get_selected_row (GTK_LIST_BOX (widget)) == NULL)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (widget), 0);

      if (row != NULL && gtk_list_box_row_get_selectable (row))
        {
          gtk_list_box_select_row (GTK_LIST_BOX (widget), row);
          chosen++;
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    chosen += select_first_rows (child);
  return chosen;
}

static gboolean
window_settled (gpointer data)
{
  KnWindow *window = data;

  return !kn_employees_page_is_loading (kn_window_get_employees_page (window)) &&
         !kn_employees_page_is_sorting (kn_window_get_employees_page (window)) &&
         !kn_evaluation_page_is_loading (kn_window_get_evaluation_page (window)) &&
         !kn_dashboard_page_is_loading (kn_window_get_dashboard_page (window));
}

/* Chooses a row in each list of @root, then in the lists that choice filled, a few rounds. */
static void
select_rows (GtkWidget *root,
             GtkWindow *window)
{
  for (guint round = 0; round < 4; round++)
    {
      if (KN_IS_WINDOW (window))
        kn_test_spin_until (window_settled, window);
      if (select_first_rows (root) == 0)
        break;
      kn_test_draw (window);
    }
  if (KN_IS_WINDOW (window))
    kn_test_spin_until (window_settled, window);
  kn_test_draw (window);
}

static GtkWidget *
place_page (KnWindow   *window,
            const char *place)
{
  if (g_str_equal (place, "beranda"))
    return GTK_WIDGET (kn_window_get_dashboard_page (window));
  if (g_str_equal (place, "pegawai"))
    return GTK_WIDGET (kn_window_get_employees_page (window));
  if (g_str_equal (place, "skp"))
    return GTK_WIDGET (kn_window_get_plan_page (window));
  if (g_str_equal (place, "penilaian"))
    return GTK_WIDGET (kn_window_get_evaluation_page (window));
  if (g_str_equal (place, "laporan"))
    return GTK_WIDGET (kn_window_get_reports_page (window));
  if (g_str_equal (place, "kompetensi"))
    return GTK_WIDGET (kn_window_get_training_page (window));
  return GTK_WIDGET (kn_window_get_skm_page (window));
}

/* SKP: the first person whose SKP can be edited, so that the RHK and IKI rows show their
 * buttons (an approved SKP's rows have none). */
static void
open_editable_plan (KnWindow *window)
{
  KnPlanPage *page = kn_window_get_plan_page (window);
  GListModel *people = kn_store_get_employees (kn_window_get_store (window));
  guint n = g_list_model_get_n_items (people);

  for (guint i = 0; i < n && !kn_plan_page_get_editable (page); i++)
    {
      g_autoptr(KnEmployee) person = g_list_model_get_item (people, i);

      kn_plan_page_select_employee (page, kn_employee_get_id (person));
      kn_test_spin ();
    }
  g_assert_true (kn_plan_page_get_editable (page));
  g_assert_cmpuint (kn_plan_page_get_result_rows (page)->len, >, 0);
  kn_test_draw (GTK_WINDOW (window));
}

static void
test_places (Fixture       *fixture,
             gconstpointer  data)
{
  const char *places[] = { "beranda", "pegawai", "skp", "penilaian", "laporan", "kompetensi",
                           "skm" };
  g_autoptr(GHashTable) missing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) reached = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      kn_window_show_place (fixture->window, places[i]);
      kn_test_draw (GTK_WINDOW (fixture->window));
      check_tree (GTK_WIDGET (fixture->window), missing, reached);
      /* Then with a row chosen in each of the place's lists (the sidebar keeps its place). */
      select_rows (place_page (fixture->window, places[i]), GTK_WINDOW (fixture->window));
      if (g_str_equal (places[i], "skp"))
        open_editable_plan (fixture->window);
      check_tree (GTK_WIDGET (fixture->window), missing, reached);
    }
  kn_test_assert_none_found (missing, "icon-only button without a tooltip or label");
  /* The buttons shown only once a row is chosen were checked too: an SKP's RHK and IKI rows,
   * a person's training activities. */
  g_assert_true (g_hash_table_contains (reached, "KnResultRow [view-more-symbolic]"));
  g_assert_true (g_hash_table_contains (reached, "KnIndicatorRow [user-trash-symbolic]"));
  g_assert_true (g_hash_table_contains (reached, "KnIndicatorRow [go-up-symbolic]"));
  g_assert_true (g_hash_table_contains (reached, "KnTrainingPage [document-edit-symbolic]"));
  g_assert_true (g_hash_table_contains (reached, "KnTrainingPage [user-trash-symbolic]"));
}

/* @dialog, presented, drawn, checked and closed. */
static void
check_dialog (gpointer    dialog,
              GHashTable *missing,
              GHashTable *reached)
{
  GtkWindow *window = GTK_WINDOW (dialog);

  gtk_window_present (window);
  kn_test_draw (window);
  check_tree (GTK_WIDGET (window), missing, reached);
  select_rows (GTK_WIDGET (window), window);
  check_tree (GTK_WIDGET (window), missing, reached);
  gtk_window_destroy (window);
  kn_test_spin ();
}

static void
test_dialogs (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GHashTable) missing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) reached = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *people = kn_store_get_employees (fixture->store);
  GListModel *units = kn_store_get_units (fixture->store);
  g_autoptr(KnEmployee) someone = g_list_model_get_item (people, 1);
  g_autoptr(KnOrgUnit) unit = g_list_model_get_item (units, 0);
  gint64 person = kn_employee_get_id (someone);
  gint64 unit_id = kn_org_unit_get_id (unit);
  g_autoptr(GError) error = NULL;
  gint64 team;

  /* A team with a member: the Tim Penilai window shows its members with their buttons. */
  team = kn_store_add_review_team (fixture->store, "Tim Penilai Kinerja", NULL, 2026, &error);
  g_assert_no_error (error);
  g_assert_true (kn_store_set_review_member (fixture->store, team, person, KN_REVIEW_ROLE_KETUA,
                                             &error));
  g_assert_no_error (error);

  check_dialog (kn_employee_dialog_new (fixture->store, someone, 0), missing, reached);
  check_dialog (kn_employee_dialog_new (fixture->store, NULL, unit_id), missing, reached);
  check_dialog (kn_unit_dialog_new (fixture->store, unit_id, 0), missing, reached);
  check_dialog (kn_history_dialog_new (fixture->store, person), missing, reached);
  check_dialog (kn_person_history_dialog_new (fixture->store, someone), missing, reached);
  check_dialog (kn_progress_dialog_new (fixture->store, person, PERIOD), missing, reached);
  check_dialog (kn_preferences_window_new (fixture->store), missing, reached);
  check_dialog (kn_review_dialog_new (fixture->store, 2026, PERIOD), missing, reached);
  check_dialog (kn_cascade_window_new (fixture->store, unit_id, 2026), missing, reached);
  check_dialog (kn_skm_entry_dialog_new (fixture->store, unit_id, PERIOD), missing, reached);
  check_dialog (kn_skm_import_dialog_new (fixture->store, unit_id, PERIOD), missing, reached);
  check_dialog (kn_help_window_new (KN_HELP_TOPIC_PENILAIAN), missing, reached);
  kn_test_assert_none_found (missing, "icon-only button without a tooltip or label");
  /* The team's members, shown once a team is chosen, each with its button. */
  g_assert_true (g_hash_table_contains (reached, "KnReviewDialog [user-trash-symbolic]"));
}

int
main (int    argc,
      char **argv)
{
  /* The ui suite turns accessibility off (GTK_A11Y=none: no accessible state is kept); GTK's
   * test backend keeps it without a screen reader's bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  kn_test_ui_init (&argc, &argv);

  KN_TEST_ADD ("/ui/accessibility/places", test_places);
  KN_TEST_ADD ("/ui/accessibility/dialogs", test_dialogs);
  return g_test_run ();
}
