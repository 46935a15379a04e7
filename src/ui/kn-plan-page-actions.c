/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The skp.* actions of the SKP place: save, revert, submit, approve, return, reopen, templates,
 * copying last year's SKP, delete and the cascade. */

#define G_LOG_DOMAIN "kn-plan-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <adwaita.h>

#include "kn-cascade-window.h"
#include "kn-indicator-row.h"
#include "kn-message-dialog.h"
#include "kn-plan-page.h"
#include "kn-result-row.h"

#include "kn-plan-page-private.h"

/* Actions */

static void
on_changed_elsewhere_response_cb (AdwMessageDialog *dialog,
                                  const char       *response,
                                  KnPlanPage       *self)
{
  if (g_str_equal (response, "reload"))
    _kn_plan_page_open_employee (self, self->employee_id);
}

/* Asks @heading and @body (with @extra under them, nullable) in a message dialog: "Cancel"
 * or Escape closes it, @response (@label, with @appearance) answers; the answer goes to
 * @callback. A destructive answer is never the default, any other is. */
static AdwMessageDialog *
ask (KnPlanPage            *self,
     const char            *heading,
     const char            *body,
     GtkWidget             *extra,
     const char            *response,
     const char            *label,
     AdwResponseAppearance  appearance,
     GCallback              callback)
{
  AdwMessageDialog *dialog = kn_question_dialog_new (GTK_WIDGET (self), heading, body, response,
                                                     label, appearance);

  if (extra != NULL)
    adw_message_dialog_set_extra_child (dialog, extra);
  g_signal_connect_object (dialog, "response", callback, self, 0);
  _kn_plan_page_present_dialog (self, GTK_WINDOW (dialog));
  return dialog;
}

/* Another desk saved the SKP after it was opened here: say who and when, and offer to load
 * their version (the edits here stay on screen until then). */
static void
offer_reload (KnPlanPage   *self,
              const GError *error)
{
  ask (self, _("SKP Changed Elsewhere"), error->message, NULL, "reload", _("_Reload"),
       ADW_RESPONSE_SUGGESTED, G_CALLBACK (on_changed_elsewhere_response_cb));
}

gboolean
_kn_plan_page_save_plan (KnPlanPage *self,
                         gboolean    quiet)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->result_rows->len; i++)
    {
      GPtrArray *rows = kn_result_row_get_indicator_rows (g_ptr_array_index (self->result_rows, i));

      for (guint j = 0; j < rows->len; j++)
        {
          const char *problem = kn_indicator_row_get_error (g_ptr_array_index (rows, j));

          if (problem != NULL)
            {
              _kn_plan_page_show_message (self, problem, TRUE);
              return FALSE;
            }
        }
    }

  if (!kn_store_save_plan (self->store, self->plan, &error))
    {
      _kn_plan_page_show_message (self, error->message, TRUE);
      if (g_error_matches (error, KN_STORE_ERROR, KN_STORE_ERROR_CHANGED))
        offer_reload (self, error);
      return FALSE;
    }

  g_clear_object (&self->saved);
  self->saved = kn_plan_copy (self->plan);
  _kn_plan_page_refresh_statuses (self);
  if (!quiet)
    _kn_plan_page_show_message (self, _("The SKP is saved."), FALSE);
  _kn_plan_page_update_actions (self);
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KnPlanPage *self = KN_PLAN_PAGE (widget);

  if (self->plan != NULL && _kn_plan_page_is_editable (self))
    _kn_plan_page_save_plan (self, FALSE);
}

static void
revert_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KnPlanPage *self = KN_PLAN_PAGE (widget);

  _kn_plan_page_open_employee (self, self->employee_id);
}

static void
add_result_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KnPlanPage *self = KN_PLAN_PAGE (widget);
  g_autoptr(KnPlanResult) result = NULL;
  KnResultKind kind = KN_RESULT_KIND_UTAMA;
  GListStore *results;
  guint insert_at = 0;

  if (self->plan == NULL || !_kn_plan_page_is_editable (self))
    return;

  kn_result_kind_from_string (g_variant_get_string (parameter, NULL), &kind);
  result = kn_plan_result_new ();
  kn_plan_result_set_kind (result, kind);

  /* After the last RHK of the same kind. */
  results = kn_plan_get_results (self->plan);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (results)); i++)
    {
      g_autoptr(KnPlanResult) other = g_list_model_get_item (G_LIST_MODEL (results), i);

      if (kn_plan_result_get_kind (other) == kind || kind == KN_RESULT_KIND_TAMBAHAN)
        insert_at = i + 1;
    }
  g_list_store_insert (results, insert_at, result);

  for (guint i = 0; i < self->result_rows->len; i++)
    {
      KnResultRow *row = g_ptr_array_index (self->result_rows, i);

      if (kn_result_row_get_result (row) == result)
        {
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
          gtk_widget_grab_focus (GTK_WIDGET (kn_result_row_get_text_editable (row)));
        }
    }
}

/* After a command changed the employee's SKPs in the store: says why it failed (@error set,
 * FALSE), or shows the SKP of the year as it now is. */
static gboolean
show_changed (KnPlanPage   *self,
              const GError *error)
{
  if (error != NULL)
    {
      _kn_plan_page_show_message (self, error->message, TRUE);
      return FALSE;
    }

  _kn_plan_page_refresh_statuses (self);
  _kn_plan_page_open_employee (self, self->employee_id);
  return TRUE;
}

static void
change_status (KnPlanPage   *self,
               KnPlanStatus  status,
               const char   *reason)
{
  g_autoptr(GError) error = NULL;
  gint64 employee_id = self->employee_id;

  if (self->plan == NULL)
    return;

  /* Submitting what is on screen: save it first. */
  if (_kn_plan_page_is_editable (self) && _kn_plan_page_is_dirty (self) &&
      !_kn_plan_page_save_plan (self, TRUE))
    return;

  if (!kn_store_set_plan_status (self->store, kn_plan_get_id (self->plan), status, reason, &error))
    {
      _kn_plan_page_show_message (self, error->message, TRUE);
      return;
    }

  _kn_plan_page_drop_plan (self);
  _kn_plan_page_refresh_statuses (self);
  _kn_plan_page_open_employee (self, employee_id);
  /* Approved and returned SKPs already say what they are (and why) above the editor. */
  if (status != KN_PLAN_STATUS_APPROVED && status != KN_PLAN_STATUS_RETURNED)
    {
      g_autofree char *text =
        g_strdup_printf (_("The SKP is now %s."), kn_plan_status_label (status));

      _kn_plan_page_show_message (self, text, FALSE);
    }
}

static void
on_status_confirm_response_cb (AdwMessageDialog *dialog,
                               const char       *response,
                               KnPlanPage       *self)
{
  if (g_str_equal (response, "submit"))
    change_status (self, KN_PLAN_STATUS_SUBMITTED, NULL);
  else if (g_str_equal (response, "approve"))
    change_status (self, KN_PLAN_STATUS_APPROVED, NULL);
}

/* Submitting and approving are weighty: ask first, naming whose SKP and what follows. */
static void
confirm_status (KnPlanPage *self,
                const char *heading,
                const char *body,
                const char *response,
                const char *label)
{
  ask (self, heading, body, NULL, response, label, ADW_RESPONSE_SUGGESTED,
       G_CALLBACK (on_status_confirm_response_cb));
}

static const char *
employee_name (KnPlanPage *self,
               gint64      employee_id)
{
  KnEmployee *employee = kn_store_lookup_employee (self->store, employee_id);

  return employee != NULL ? kn_employee_get_name (employee) : "—";
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KnPlanPage *self = KN_PLAN_PAGE (widget);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  if (self->plan == NULL)
    return;

  heading = g_strdup_printf (_("Submit the SKP of %s?"), employee_name (self, self->employee_id));
  if (kn_plan_get_assessor_id (self->plan) > 0)
    body = g_strdup_printf (_("It goes to %s for approval. While it waits it cannot be changed; "
                              "it can be taken back to draft."),
                            employee_name (self, kn_plan_get_assessor_id (self->plan)));
  else
    body = g_strdup (_("It goes to the assessor for approval. While it waits it cannot be "
                       "changed; it can be taken back to draft."));
  confirm_status (self, heading, body, "submit", _("_Submit"));
}

static void
approve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KnPlanPage *self = KN_PLAN_PAGE (widget);
  g_autofree char *heading = NULL;

  if (self->plan == NULL)
    return;

  heading = g_strdup_printf (_("Approve the SKP of %s?"), employee_name (self, self->employee_id));
  confirm_status (self, heading,
                  _("An approved SKP can only be read: this year's evaluations rest on it. "
                    "Changing it later needs reopening it with a reason."),
                  "approve", _("_Approve"));
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  change_status (KN_PLAN_PAGE (widget), KN_PLAN_STATUS_DRAFT, NULL);
}

/* The reason typed in the question of ask_reason, stripped. */
static char *
reason_text (AdwMessageDialog *dialog)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "kn-reason-entry");

  return g_strstrip (g_strdup (gtk_editable_get_text (entry)));
}

static void
on_reason_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       KnPlanPage       *self)
{
  g_autofree char *reason = reason_text (dialog);

  if (reason[0] == '\0')
    return;
  if (g_str_equal (response, "return"))
    change_status (self, KN_PLAN_STATUS_RETURNED, reason);
  else if (g_str_equal (response, "reopen"))
    change_status (self, KN_PLAN_STATUS_DRAFT, reason);
}

/* Without a reason the answer cannot be given: the question stays, saying what is missing. */
static void
on_reason_changed_cb (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  g_autofree char *reason = reason_text (dialog);
  GtkWidget *missing = g_object_get_data (G_OBJECT (dialog), "kn-reason-missing");

  adw_message_dialog_set_response_enabled (dialog,
                                           g_object_get_data (G_OBJECT (dialog), "kn-response"),
                                           reason[0] != '\0');
  gtk_widget_set_visible (missing, reason[0] == '\0');
}

static void
ask_reason (KnPlanPage *self,
            const char *heading,
            const char *body,
            const char *response,
            const char *label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *missing = gtk_label_new (_("A reason is required: write it above."));
  AdwMessageDialog *dialog;

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_label_set_wrap (GTK_LABEL (missing), TRUE);
  gtk_label_set_xalign (GTK_LABEL (missing), 0);
  gtk_widget_add_css_class (missing, "dim-label");
  gtk_widget_add_css_class (missing, "caption");
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), missing);
  dialog = ask (self, heading, body, box, response, label, ADW_RESPONSE_SUGGESTED,
                G_CALLBACK (on_reason_response_cb));
  g_object_set_data (G_OBJECT (dialog), "kn-reason-entry", entry);
  g_object_set_data (G_OBJECT (dialog), "kn-reason-missing", missing);
  g_object_set_data_full (G_OBJECT (dialog), "kn-response", g_strdup (response), g_free);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog, 0);
  on_reason_changed_cb (GTK_EDITABLE (entry), dialog);
  gtk_widget_grab_focus (entry);
}

static void
return_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ask_reason (KN_PLAN_PAGE (widget), _("Return the SKP?"),
              _("Write what the employee should change. They will see it above their SKP."),
              "return", _("_Return"));
}

/* After a mutasi: the new atasan becomes the draft's pejabat penilai (the person saves it, then
 * submits it to them). */
static void
take_new_assessor_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  KnPlanPage *self = KN_PLAN_PAGE (widget);

  if (self->plan == NULL || self->new_assessor == 0 ||
      !kn_plan_status_is_editable (kn_plan_get_status (self->plan)))
    return;
  kn_plan_set_assessor_id (self->plan, self->new_assessor);
  gtk_widget_set_visible (self->reapproval_button, FALSE);
}

static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ask_reason (
    KN_PLAN_PAGE (widget), _("Reopen the Approved SKP?"),
    _("It becomes a draft again and must be approved again. The reason is kept in its history."),
    "reopen", _("_Reopen"));
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KnPlanPage *self = KN_PLAN_PAGE (widget);
  KnEmployee *employee = kn_store_lookup_employee (self->store, self->employee_id);
  g_autoptr(KnPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  if (employee == NULL)
    return;

  plan = kn_plan_new (self->employee_id, self->year);
  kn_plan_set_assessor_id (plan, kn_employee_get_supervisor_id (employee));
  kn_plan_set_jpt (plan, kn_position_kind_is_jpt (kn_employee_get_position_kind (employee)));
  kn_store_save_plan (self->store, plan, &error);
  show_changed (self, error);
}

static void
copy_previous_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KnPlanPage *self = KN_PLAN_PAGE (widget);
  g_autoptr(KnPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  plan = kn_store_copy_plan_to_year (self->store, self->employee_id, self->year - 1, self->year,
                                     &error);
  if (!show_changed (self, error))
    return;
  _kn_plan_page_show_message (
    self, _("Last year's SKP was copied as a draft. Check the targets and the superior RHK."),
    FALSE);
}

static void
on_apply_template_response_cb (AdwMessageDialog *dialog,
                               const char       *response,
                               KnPlanPage       *self)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  GtkDropDown *templates = g_object_get_data (G_OBJECT (box), "templates");
  GtkCheckButton *whole_unit = g_object_get_data (G_OBJECT (box), "whole-unit");
  GtkCheckButton *replace = g_object_get_data (G_OBJECT (box), "replace");
  GtkStringObject *item = gtk_drop_down_get_selected_item (templates);
  KnEmployee *employee = kn_store_lookup_employee (self->store, self->employee_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint created = 0, replaced = 0, skipped = 0;
  gint64 unit_id;

  if (!g_str_equal (response, "apply") || item == NULL || employee == NULL)
    return;

  /* Whole OPD: everyone with the jabatan in the employee's OPD. */
  unit_id = kn_store_get_top_unit_id (self->store, kn_employee_get_unit_id (employee));
  kn_store_apply_template (self->store, gtk_string_object_get_string (item), unit_id,
                           gtk_check_button_get_active (whole_unit) ? 0 : self->employee_id,
                           self->year,
                           gtk_check_button_get_active (replace) ? KN_APPLY_REPLACE_DRAFTS
                                                                 : KN_APPLY_SKIP_EXISTING,
                           &created, &replaced, &skipped, &error);
  if (!show_changed (self, error))
    return;
  text = g_strdup_printf (
    _("Template applied: %u SKP created, %u replaced, %u skipped because they already had one."),
    created, replaced, skipped);
  _kn_plan_page_show_message (self, text, FALSE);
}

static void
apply_template_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KnPlanPage *self = KN_PLAN_PAGE (widget);
  KnEmployee *employee = kn_store_lookup_employee (self->store, self->employee_id);
  g_auto(GStrv) positions = kn_store_list_templates (self->store);
  g_autofree char *label = NULL;
  GtkWidget *box;
  GtkWidget *templates;
  GtkWidget *whole_unit;
  GtkWidget *replace;
  guint selected = 0;

  if (employee == NULL)
    return;

  if (positions[0] == NULL)
    {
      kn_page_message_present (
        GTK_WIDGET (self), _("No Jabatan Templates Yet"),
        _ (
          "Make one first: open a good SKP of the jabatan and choose “Save as Template of the Jabatan” in its menu."),
        &self->dialog);
      return;
    }

  for (guint i = 0; positions[i] != NULL; i++)
    if (g_ascii_strcasecmp (positions[i], kn_employee_get_position (employee)) == 0)
      selected = i;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  templates = gtk_drop_down_new_from_strings ((const char * const *)positions);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (templates), selected);
  label = g_strdup_printf (_("Everyone with this jabatan in the OPD of %s"),
                           kn_employee_get_name (employee));
  whole_unit = gtk_check_button_new_with_label (label);
  replace = gtk_check_button_new_with_label (_ (
    "Replace draft and returned SKPs that already exist (submitted and approved ones are never replaced)"));
  gtk_box_append (GTK_BOX (box), templates);
  gtk_box_append (GTK_BOX (box), whole_unit);
  gtk_box_append (GTK_BOX (box), replace);
  g_object_set_data (G_OBJECT (box), "templates", templates);
  g_object_set_data (G_OBJECT (box), "whole-unit", whole_unit);
  g_object_set_data (G_OBJECT (box), "replace", replace);

  ask (self, _("Apply a Jabatan Template"),
       _("The RHK and IKI of the template become a draft SKP, linked to the assessor's RHK where the texts match. Existing SKPs are kept unless you choose to replace drafts."),
       box, "apply", _("_Apply"), ADW_RESPONSE_SUGGESTED,
       G_CALLBACK (on_apply_template_response_cb));
}

static void
on_save_template_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              KnPlanPage       *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!g_str_equal (response, "save") || self->plan == NULL)
    return;

  if (!kn_store_save_template (self->store, gtk_editable_get_text (entry), self->plan, &error))
    {
      _kn_plan_page_show_message (self, error->message, TRUE);
      return;
    }

  text = g_strdup_printf (_("Saved as the template of “%s”."), gtk_editable_get_text (entry));
  _kn_plan_page_show_message (self, text, FALSE);
}

static void
save_template_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KnPlanPage *self = KN_PLAN_PAGE (widget);
  KnEmployee *employee = kn_store_lookup_employee (self->store, self->employee_id);
  GtkWidget *entry;

  if (self->plan == NULL || employee == NULL)
    return;

  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), kn_employee_get_position (employee));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  ask (self, _("Save as Template of the Jabatan"),
       _("Its RHK and IKI become the starting point for everyone with this jabatan. An older template of the same jabatan is replaced."),
       entry, "save", _("_Save"), ADW_RESPONSE_SUGGESTED,
       G_CALLBACK (on_save_template_response_cb));
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       KnPlanPage       *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete") || self->plan == NULL)
    return;

  kn_store_delete_plan (self->store, kn_plan_get_id (self->plan), &error);
  show_changed (self, error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KnPlanPage *self = KN_PLAN_PAGE (widget);

  if (self->plan == NULL)
    return;

  ask (self, _("Delete this SKP?"),
       _("Its RHK, IKI, expectations and attachment are removed. This cannot be undone."), NULL,
       "delete", _("_Delete"), ADW_RESPONSE_DESTRUCTIVE, G_CALLBACK (on_delete_response_cb));
}

static void
cascade_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KnPlanPage *self = KN_PLAN_PAGE (widget);
  KnEmployee *employee = kn_store_lookup_employee (self->store, self->employee_id);
  gint64 unit_id = 0;
  GtkWindow *window;

  if (self->store == NULL)
    return;

  if (employee != NULL)
    unit_id = kn_store_get_top_unit_id (self->store, kn_employee_get_unit_id (employee));

  window = GTK_WINDOW (kn_cascade_window_new (self->store, unit_id, self->year));
  _kn_plan_page_present_dialog (self, window);
  gtk_window_set_modal (window, FALSE);
}

/* The skp.* actions and their shortcuts, installed from class_init. */
void
_kn_plan_page_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "skp.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "skp.revert", NULL, revert_action);
  gtk_widget_class_install_action (widget_class, "skp.add-result", "s", add_result_action);
  gtk_widget_class_install_action (widget_class, "skp.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "skp.approve", NULL, approve_action);
  gtk_widget_class_install_action (widget_class, "skp.withdraw", NULL, withdraw_action);
  gtk_widget_class_install_action (widget_class, "skp.return", NULL, return_action);
  gtk_widget_class_install_action (widget_class, "skp.reopen", NULL, reopen_action);
  gtk_widget_class_install_action (widget_class, "skp.take-new-assessor", NULL,
                                   take_new_assessor_action);
  gtk_widget_class_install_action (widget_class, "skp.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "skp.copy-previous", NULL, copy_previous_action);
  gtk_widget_class_install_action (widget_class, "skp.apply-template", NULL, apply_template_action);
  gtk_widget_class_install_action (widget_class, "skp.save-template", NULL, save_template_action);
  gtk_widget_class_install_action (widget_class, "skp.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "skp.cascade", NULL, cascade_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "skp.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK,
                                       "skp.add-result", "s", "utama");
}
