/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every icon-only button a user can reach — on every place of the window and in the main
 * dialogs — says what it does: a tooltip for the mouse and an accessible label for a screen
 * reader. A button (or menu button) with an icon and no text that lacks either fails the test,
 * named by its icon and where it sits. */

#include "config.h"

#include <adwaita.h>

#include "kn-cascade-window.h"
#include "kn-employee-dialog.h"
#include "kn-help-window.h"
#include "kn-history-dialog.h"
#include "kn-person-history-dialog.h"
#include "kn-preferences-window.h"
#include "kn-progress-dialog.h"
#include "kn-review-dialog.h"
#include "kn-skm-entry-dialog.h"
#include "kn-skm-import-dialog.h"
#include "kn-test-ui.h"
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

/* Adds to @missing what every icon-only button under @widget lacks. The internals of GTK's
 * own composite widgets (the title bar's window buttons, a spin button's − and +) are GTK's,
 * labelled by GTK, and are not looked into. */
static void
check_tree (GtkWidget  *widget,
            GHashTable *missing)
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

      if (!tooltip || !label)
        {
          g_autofree char *where = describe (widget);

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
    check_tree (child, missing);
}

static void
test_places (Fixture       *fixture,
             gconstpointer  data)
{
  const char *places[] = { "beranda", "pegawai", "skp", "penilaian", "laporan", "kompetensi",
                           "skm" };
  g_autoptr(GHashTable) missing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      kn_window_show_place (fixture->window, places[i]);
      kn_test_draw (GTK_WINDOW (fixture->window));
      check_tree (GTK_WIDGET (fixture->window), missing);
    }
  kn_test_assert_none_found (missing, "icon-only button without a tooltip or label");
}

/* @dialog, presented, drawn, checked and closed. */
static void
check_dialog (gpointer    dialog,
              GHashTable *missing)
{
  GtkWindow *window = GTK_WINDOW (dialog);

  gtk_window_present (window);
  kn_test_draw (window);
  check_tree (GTK_WIDGET (window), missing);
  gtk_window_destroy (window);
  kn_test_spin ();
}

static void
test_dialogs (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GHashTable) missing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *people = kn_store_get_employees (fixture->store);
  GListModel *units = kn_store_get_units (fixture->store);
  g_autoptr(KnEmployee) someone = g_list_model_get_item (people, 1);
  g_autoptr(KnOrgUnit) unit = g_list_model_get_item (units, 0);
  gint64 person = kn_employee_get_id (someone);
  gint64 unit_id = kn_org_unit_get_id (unit);

  check_dialog (kn_employee_dialog_new (fixture->store, someone, 0), missing);
  check_dialog (kn_employee_dialog_new (fixture->store, NULL, unit_id), missing);
  check_dialog (kn_unit_dialog_new (fixture->store, unit_id, 0), missing);
  check_dialog (kn_history_dialog_new (fixture->store, person), missing);
  check_dialog (kn_person_history_dialog_new (fixture->store, someone), missing);
  check_dialog (kn_progress_dialog_new (fixture->store, person, PERIOD), missing);
  check_dialog (kn_preferences_window_new (fixture->store), missing);
  check_dialog (kn_review_dialog_new (fixture->store, 2026, PERIOD), missing);
  check_dialog (kn_cascade_window_new (fixture->store, unit_id, 2026), missing);
  check_dialog (kn_skm_entry_dialog_new (fixture->store, unit_id, PERIOD), missing);
  check_dialog (kn_skm_import_dialog_new (fixture->store, unit_id, PERIOD), missing);
  check_dialog (kn_help_window_new (KN_HELP_TOPIC_PENILAIAN), missing);
  kn_test_assert_none_found (missing, "icon-only button without a tooltip or label");
}

int
main (int    argc,
      char **argv)
{
  /* The ui suite turns accessibility off (GTK_A11Y=none: no accessible state is kept); GTK's
   * test backend keeps it without a screen reader's bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  kn_test_ui_init (&argc, &argv);

  g_test_add ("/ui/accessibility/places", Fixture, NULL, fixture_set_up, test_places,
              fixture_tear_down);
  g_test_add ("/ui/accessibility/dialogs", Fixture, NULL, fixture_set_up, test_dialogs,
              fixture_tear_down);
  return g_test_run ();
}
