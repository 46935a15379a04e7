/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Pegawai place's commands: adding, importing, exporting, editing and deleting people and
 * units. */

#define G_LOG_DOMAIN "kn-employees-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <adwaita.h>

#include "kn-employee-dialog.h"
#include "kn-employees-page-private.h"
#include "kn-import-dialog.h"
#include "kn-late-tooltips.h"
#include "kn-message-dialog.h"
#include "kn-unit-dialog.h"

static void
on_dialog_saved_cb (KnEmployeeDialog *dialog,
                    gint64            employee_id,
                    KnEmployeesPage  *self)
{
  if (!kn_employees_page_select_employee (self, employee_id))
    {
      /* A new employee outside the current filter: show them rather than hide the result. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      kn_employees_page_select_unit (self, 0);
      kn_employees_page_select_employee (self, employee_id);
    }
}

static void
present_dialog (KnEmployeesPage *self,
                GtkWindow       *dialog)
{
  kn_page_dialog_present (GTK_WIDGET (self), dialog, &self->dialog);
}

static void
show_error (KnEmployeesPage *self,
            const char      *heading,
            const char      *message)
{
  kn_page_message_present (GTK_WIDGET (self), heading, message, &self->dialog);
}

static void
employees_add_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (widget);
  KnEmployeeDialog *dialog;

  if (self->store == NULL)
    return;

  if (g_list_model_get_n_items (kn_store_get_units (self->store)) == 0)
    {
      show_error (self, _("Add a Unit First"),
                  _("Every employee belongs to a unit. Add your office (OPD) with the + button above the unit list, then add its employees."));
      return;
    }

  dialog = kn_employee_dialog_new (self->store, NULL, self->unit_id);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved_cb), self, 0);
  present_dialog (self, GTK_WINDOW (dialog));
}

/* The import dialog (kn-import-dialog.c) reads the file and adds the people in one go. */
static void
employees_import_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (widget);

  if (self->store != NULL)
    kn_import_dialog_choose (GTK_WINDOW (gtk_widget_get_root (widget)), self->store);
}

/* "Ekspor Pegawai": the employees of the chosen unit (all with none) in the columns of
 * kinerja-cli employees --csv, which the import reads back unchanged. */
gboolean
kn_employees_page_export_file (KnEmployeesPage *self,
                               const char      *path,
                               GError         **error)
{
  KnOrgUnit *unit;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  GtkWidget *overlay;

  g_return_val_if_fail (KN_IS_EMPLOYEES_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  unit = self->unit_id != 0 ? kn_store_lookup_unit (self->store, self->unit_id) : NULL;
  if (!kn_export_employees_xlsx (self->store, unit, path, error))
    return FALSE;

  name = g_filename_display_basename (path);
  message = g_strdup_printf (_("Saved as %s."), name);
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  return TRUE;
}

static void
on_export_chosen_cb (GtkNativeDialog *chooser,
                     int              response,
                     KnEmployeesPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (path != NULL && self->store != NULL &&
          !kn_employees_page_export_file (self, path, &error))
        show_error (self, _("Could Not Export the Employees"), error->message);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
employees_export_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf ("Pegawai-%s.xlsx", date);
  GtkFileChooserNative *chooser;

  if (self->store == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Employees"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
label_edit (KnEmployeesPage *self,
            gboolean         keeps)
{
  KnEmployee *employee = kn_employees_page_get_selected_employee (self);
  gboolean changes = employee != NULL
                     ? self->store != NULL &&
                       kn_store_login_may (self->store, KN_STORE_RIGHT_KEEP_PERSON,
                                           kn_employee_get_id (employee))
                     : keeps;

  /* A login that cannot change the person opens their data to read: the button says so. */
  adw_button_content_set_label (self->edit_content,
                                changes ? _("_Edit") : C_("employee", "_View"));
  kn_late_tooltips_set_text (GTK_WIDGET (self->edit_button),
                             changes ? _("Edit the Selected Employee (Enter)")
                                     : _("View the Selected Employee’s Data (Enter)"));
}

/* Offers what the selection and the login allow. */
void
kn_employees_page_update_actions (KnEmployeesPage *self)
{
  gboolean has_store = self->store != NULL;
  gboolean has_employee = gtk_single_selection_get_selected_item (self->selection) != NULL;
  gboolean has_unit = self->unit_id != 0;
  /* On a server, only what the login may do (admin, operator) is offered. */
  gboolean keeps = has_store && kn_store_login_may (self->store, KN_STORE_RIGHT_KEEP_PEOPLE, 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.add", keeps);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.import", keeps);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.export", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.edit", has_employee);
  label_edit (self, keeps);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.delete", has_employee && keeps);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.delete-focused", keeps);
  /* An operator keeps the units below their own: adds under theirs, changes those below. */
  {
    KnOrgUnit *unit = has_unit ? kn_store_lookup_unit (self->store, self->unit_id) : NULL;
    gboolean keeps_unit = keeps && kn_store_login_may (self->store, KN_STORE_RIGHT_KEEP_UNIT,
                                                       self->unit_id);
    gboolean keeps_place = keeps_unit && unit != NULL &&
                           kn_store_login_may (self->store, KN_STORE_RIGHT_KEEP_UNIT,
                                               kn_org_unit_get_parent_id (unit));

    gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.add", keeps_unit);
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.edit", has_unit && keeps_place);
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.delete", has_unit && keeps_place);
  }
}

static void
employees_edit_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (widget);
  KnEmployee *employee = kn_employees_page_get_selected_employee (self);
  KnEmployeeDialog *dialog;

  if (employee == NULL)
    return;

  dialog = kn_employee_dialog_new (self->store, employee, 0);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved_cb), self, 0);
  present_dialog (self, GTK_WINDOW (dialog));
}

static void
on_delete_employee_response_cb (AdwMessageDialog *dialog,
                                const char       *response,
                                KnEmployeesPage  *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "employee-id"));
  KnStaffAction action;

  if (g_str_equal (response, "to-superior") || g_str_equal (response, "delete"))
    action = KN_STAFF_ACTION_TO_SUPERIOR;
  else if (g_str_equal (response, "clear"))
    action = KN_STAFF_ACTION_CLEAR;
  else
    return;

  if (!kn_store_delete_employee (self->store, id, action, 0, &error))
    show_error (self, _("The Employee Was Not Deleted"), error->message);
}

static void
employees_delete_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (widget);
  KnEmployee *employee = kn_employees_page_get_selected_employee (self);
  g_autoptr(GPtrArray) staff = NULL;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;
  KnEmployee *superior;

  if (employee == NULL)
    return;

  staff = kn_store_list_staff (self->store, kn_employee_get_id (employee));
  superior = kn_store_lookup_employee (self->store, kn_employee_get_supervisor_id (employee));
  heading = g_strdup_printf (_("Delete “%s”?"), kn_employee_get_name (employee));

  if (staff->len == 0)
    {
      dialog = kn_question_dialog_new (GTK_WIDGET (self), heading,
                                       _("The employee and their data are removed from this database. This cannot be undone."),
                                       "delete", _("_Delete"), ADW_RESPONSE_DESTRUCTIVE);
    }
  else
    {
      g_autofree char *body = NULL;

      body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s is the direct superior of %u employee. Who should they report to from now on?",
                                           "%s is the direct superior of %u employees. Who should they report to from now on?",
                                           staff->len),
                              kn_employee_get_name (employee), staff->len);
      dialog = kn_message_dialog_new (GTK_WIDGET (self), heading, body);
      adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
      if (superior != NULL)
        {
          g_autofree char *label = g_strdup_printf (_("Delete and Move the Staff to %s"),
                                                    kn_employee_get_name (superior));

          adw_message_dialog_add_response (dialog, "to-superior", label);
          adw_message_dialog_set_response_appearance (dialog, "to-superior",
                                                      ADW_RESPONSE_DESTRUCTIVE);
        }
      adw_message_dialog_add_response (dialog, "clear", _("Delete and Leave the Staff Without a Superior"));
      adw_message_dialog_set_response_appearance (dialog, "clear", ADW_RESPONSE_DESTRUCTIVE);
    }

  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "employee-id",
                     GSIZE_TO_POINTER ((gsize)kn_employee_get_id (employee)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_employee_response_cb),
                           self, 0);
  present_dialog (self, GTK_WINDOW (dialog));
}

static void
employees_search_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
units_add_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (widget);

  if (self->store != NULL)
    present_dialog (self, GTK_WINDOW (kn_unit_dialog_new (self->store, 0, self->unit_id)));
}

static void
units_edit_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (widget);

  if (self->store != NULL && self->unit_id != 0)
    present_dialog (self, GTK_WINDOW (kn_unit_dialog_new (self->store, self->unit_id, 0)));
}

static void
on_delete_unit_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            KnEmployeesPage  *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "unit-id"));

  if (!g_str_equal (response, "delete"))
    return;

  if (!kn_store_delete_unit (self->store, id, &error))
    show_error (self, _("The Unit Was Not Deleted"), error->message);
}

static void
units_delete_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;
  KnOrgUnit *unit;

  unit = self->store != NULL ? kn_store_lookup_unit (self->store, self->unit_id) : NULL;
  if (unit == NULL)
    return;

  /* Say at once why a unit that is still in use cannot go, rather than after a confirmation. */
  if (!kn_store_check_unit_deletable (self->store, self->unit_id, &error))
    {
      show_error (self, _("The Unit Cannot Be Deleted"), error->message);
      return;
    }

  heading = g_strdup_printf (_("Delete “%s”?"), kn_org_unit_get_name (unit));
  dialog = kn_question_dialog_new (GTK_WIDGET (self), heading,
                                   _("The unit is empty. Deleting it cannot be undone."),
                                   "delete", _("_Delete"), ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data (G_OBJECT (dialog), "unit-id", GSIZE_TO_POINTER ((gsize)self->unit_id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_unit_response_cb), self, 0);
  present_dialog (self, GTK_WINDOW (dialog));
}


/* The Delete key deletes what the keyboard is on: the unit when the unit tree has the focus,
 * the employee when the table has it. */
static void
delete_focused_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL)
    return;
  if (focus == GTK_WIDGET (self->units_view) ||
      gtk_widget_is_ancestor (focus, GTK_WIDGET (self->units_view)))
    gtk_widget_activate_action (widget, "units.delete", NULL);
  else if (focus == GTK_WIDGET (self->column_view) ||
           gtk_widget_is_ancestor (focus, GTK_WIDGET (self->column_view)))
    gtk_widget_activate_action (widget, "employees.delete", NULL);
}

void
kn_employees_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "employees.add", NULL, employees_add_action);
  gtk_widget_class_install_action (widget_class, "employees.import", NULL,
                                   employees_import_action);
  gtk_widget_class_install_action (widget_class, "employees.export", NULL,
                                   employees_export_action);
  gtk_widget_class_install_action (widget_class, "employees.edit", NULL, employees_edit_action);
  gtk_widget_class_install_action (widget_class, "employees.delete", NULL, employees_delete_action);
  gtk_widget_class_install_action (widget_class, "employees.delete-focused", NULL,
                                   delete_focused_action);
  gtk_widget_class_install_action (widget_class, "employees.search", NULL, employees_search_action);
  gtk_widget_class_install_action (widget_class, "units.add", NULL, units_add_action);
  gtk_widget_class_install_action (widget_class, "units.edit", NULL, units_edit_action);
  gtk_widget_class_install_action (widget_class, "units.delete", NULL, units_delete_action);
}
