/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SKP place: choose a year and an employee, then plan, submit and approve their SKP. */

#define G_LOG_DOMAIN "kn-plan-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <adwaita.h>

#include "kn-cascade-window.h"
#include "kn-indicator-row.h"
#include "kn-plan-page.h"
#include "kn-result-row.h"

#include "kn-plan-page-private.h"

G_DEFINE_FINAL_TYPE (KnPlanPage, kn_plan_page, GTK_TYPE_WIDGET)

/* Messages and state */

void
_kn_plan_page_show_message (KnPlanPage *self,
                            const char *message,
                            gboolean    is_error)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error-banner");
  gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "info-banner");
  if (message != NULL)
    {
      gtk_label_set_text (self->message_label, message);
      gtk_widget_add_css_class (GTK_WIDGET (self->message_label),
                                is_error ? "error-banner" : "info-banner");
    }
  gtk_revealer_set_reveal_child (self->message_revealer, message != NULL);
}

gboolean
_kn_plan_page_is_editable (KnPlanPage *self)
{
  return self->plan != NULL && kn_plan_status_is_editable (kn_plan_get_status (self->plan));
}

gboolean
_kn_plan_page_is_dirty (KnPlanPage *self)
{
  return self->plan != NULL && self->saved != NULL && !kn_plan_equal (self->plan, self->saved);
}

void
_kn_plan_page_update_actions (KnPlanPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  KnPlanStatus status = self->plan != NULL ? kn_plan_get_status (self->plan) : KN_PLAN_STATUS_DRAFT;
  gboolean has_plan = self->plan != NULL;
  gboolean editable = _kn_plan_page_is_editable (self);
  gboolean dirty = _kn_plan_page_is_dirty (self);
  gboolean has_employee = self->employee_id != 0;

  gtk_widget_action_set_enabled (widget, "skp.save", editable && dirty);
  gtk_widget_action_set_enabled (widget, "skp.revert", editable && dirty);
  gtk_widget_action_set_enabled (widget, "skp.add-result", editable);
  gtk_widget_action_set_enabled (widget, "skp.submit",
                                 has_plan && (status == KN_PLAN_STATUS_DRAFT ||
                                              status == KN_PLAN_STATUS_RETURNED));
  gtk_widget_action_set_enabled (widget, "skp.withdraw",
                                 has_plan && status == KN_PLAN_STATUS_SUBMITTED);
  gtk_widget_action_set_enabled (widget, "skp.return",
                                 has_plan && status == KN_PLAN_STATUS_SUBMITTED);
  gtk_widget_action_set_enabled (widget, "skp.approve",
                                 has_plan && status == KN_PLAN_STATUS_SUBMITTED);
  gtk_widget_action_set_enabled (widget, "skp.reopen",
                                 has_plan && status == KN_PLAN_STATUS_APPROVED);
  gtk_widget_action_set_enabled (widget, "skp.delete",
                                 has_plan && status != KN_PLAN_STATUS_APPROVED);
  gtk_widget_action_set_enabled (widget, "skp.save-template", has_plan);
  gtk_widget_action_set_enabled (widget, "skp.create", has_employee && !has_plan);
  gtk_widget_action_set_enabled (widget, "skp.copy-previous", has_employee && !has_plan);
  gtk_widget_action_set_enabled (widget, "skp.apply-template",
                                 has_employee && (!has_plan || editable));

  gtk_widget_set_visible (GTK_WIDGET (self->dirty_label), dirty);

  /* Only the steps that make sense now are shown, so the bar stays short and plain. */
  gtk_widget_set_visible (GTK_WIDGET (self->submit_button),
                          has_plan && (status == KN_PLAN_STATUS_DRAFT ||
                                       status == KN_PLAN_STATUS_RETURNED));
  gtk_widget_set_visible (GTK_WIDGET (self->withdraw_button),
                          has_plan && status == KN_PLAN_STATUS_SUBMITTED);
  gtk_widget_set_visible (GTK_WIDGET (self->return_button),
                          has_plan && status == KN_PLAN_STATUS_SUBMITTED);
  gtk_widget_set_visible (GTK_WIDGET (self->approve_button),
                          has_plan && status == KN_PLAN_STATUS_SUBMITTED);
  gtk_widget_set_visible (GTK_WIDGET (self->reopen_button),
                          has_plan && status == KN_PLAN_STATUS_APPROVED);
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), editable);
}

void
_kn_plan_page_update_status_label (KnPlanPage *self)
{
  static const char * const classes[] = { "status-draft", "status-submitted", "status-approved",
                                          "status-returned" };
  KnPlanStatus status;

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), classes[i]);

  if (self->plan == NULL)
    return;

  status = kn_plan_get_status (self->plan);
  gtk_label_set_text (self->status_label, kn_plan_status_label (status));
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), classes[status]);
}

void
_kn_plan_page_on_plan_changed (KnPlanPage *self)
{
  if (self->loading)
    return;
  _kn_plan_page_update_actions (self);
}

static void
on_row_changed_cb (GtkWidget  *row,
                   KnPlanPage *self)
{
  _kn_plan_page_on_plan_changed (self);
}

/* The employee list */

void
_kn_plan_page_refresh_statuses (KnPlanPage *self)
{
  g_autoptr(GPtrArray) summaries = NULL;

  g_hash_table_remove_all (self->statuses);
  if (self->store == NULL)
    return;

  summaries = kn_store_list_plan_summaries (self->store, self->year);
  for (guint i = 0; i < summaries->len; i++)
    {
      KnPlanSummary *summary = g_ptr_array_index (summaries, i);

      g_hash_table_insert (self->statuses,
                           g_memdup2 (&summary->employee_id, sizeof (gint64)),
                           GUINT_TO_POINTER (summary->status + 1));
    }

  /* Bind the rows again so that each shows the status of the year. */
  {
    g_autoptr(GtkListItemFactory) factory =
      g_object_ref (gtk_list_view_get_factory (self->employee_list));

    gtk_list_view_set_factory (self->employee_list, NULL);
    gtk_list_view_set_factory (self->employee_list, factory);
  }
}

static void
setup_employee_row_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item,
                       KnPlanPage               *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_item_set_child (item, box);
}

static void
bind_employee_row_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      KnPlanPage               *self)
{
  KnEmployee *employee = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *detail = gtk_widget_get_next_sibling (name);
  gpointer status =
    g_hash_table_lookup (self->statuses, &(gint64){ kn_employee_get_id (employee) });
  g_autofree char *text = NULL;

  gtk_label_set_text (GTK_LABEL (name), kn_employee_get_name (employee));
  if (status != NULL)
    text = g_strdup_printf ("%s · %s", kn_plan_status_label (GPOINTER_TO_UINT (status) - 1),
                            kn_employee_get_position (employee));
  else
    text = g_strdup_printf (_("No SKP · %s"), kn_employee_get_position (employee));
  gtk_label_set_text (GTK_LABEL (detail), text);
  gtk_widget_set_tooltip_text (box, text);
}

static gboolean
employee_filter_func (gpointer item,
                      gpointer user_data)
{
  KnPlanPage *self = user_data;
  KnEmployee *employee = item;
  g_autofree char *name = NULL;
  g_autofree char *position = NULL;

  if (self->search == NULL)
    return TRUE;

  if (strstr (kn_employee_get_nip (employee), self->search) != NULL)
    return TRUE;
  name = g_utf8_casefold (kn_employee_get_name (employee), -1);
  position = g_utf8_casefold (kn_employee_get_position (employee), -1);
  return strstr (name, self->search) != NULL || strstr (position, self->search) != NULL;
}

static void
on_search_changed_cb (GtkSearchEntry *entry,
                      KnPlanPage     *self)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autofree char *digits = kn_nip_normalize (trimmed);

  g_clear_pointer (&self->search, g_free);
  if (trimmed[0] != '\0')
    self->search = digits != NULL && digits[0] != '\0' ? g_steal_pointer (&digits)
                                                       : g_utf8_casefold (trimmed, -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_unsaved_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        KnPlanPage       *self)
{
  gint64 next = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "next-employee"));

  if (g_str_equal (response, "save"))
    {
      g_autoptr(GError) error = NULL;

      if (!kn_store_save_plan (self->store, self->plan, &error))
        {
          _kn_plan_page_show_message (self, error->message, TRUE);
          return;
        }
    }
  else if (!g_str_equal (response, "discard"))
    return;

  _kn_plan_page_open_employee (self, next);
}

void
_kn_plan_page_present_dialog (KnPlanPage *self,
                              GtkWindow  *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
  gtk_window_set_modal (dialog, TRUE);
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (dialog);
}

GtkWindow *
_kn_plan_page_message_dialog_new (KnPlanPage *self,
                                  const char *heading,
                                  const char *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_WINDOW (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                             heading, body));
}

static void
on_selection_changed_cb (GtkSingleSelection *selection,
                         GParamSpec         *pspec,
                         KnPlanPage         *self)
{
  KnEmployee *employee = gtk_single_selection_get_selected_item (selection);
  gint64 id = employee != NULL ? kn_employee_get_id (employee) : 0;
  GtkWindow *dialog;

  if (self->loading || id == self->employee_id)
    return;

  if (!_kn_plan_page_is_dirty (self))
    {
      _kn_plan_page_open_employee (self, id);
      return;
    }

  dialog = _kn_plan_page_message_dialog_new (
    self, _("Save the Changes to This SKP?"),
    _("The SKP you were editing has changes that are not saved yet."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  g_object_set_data (G_OBJECT (dialog), "next-employee", GSIZE_TO_POINTER ((gsize)id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unsaved_response_cb), self, 0);
  _kn_plan_page_present_dialog (self, dialog);
}

/* The editor */

static void
clear_groups (KnPlanPage *self)
{
  for (guint i = 0; i < self->result_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->result_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->result_rows, 0);
}

static GtkWidget *
empty_result_row (const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  return row;
}

void
_kn_plan_page_rebuild_results (KnPlanPage *self)
{
  GListModel *results;
  guint number[KN_RESULT_KIND_N] = { 0, };
  gboolean editable = _kn_plan_page_is_editable (self);

  clear_groups (self);
  _kn_plan_page_remove_group_rows (self, self->utama_group);
  _kn_plan_page_remove_group_rows (self, self->tambahan_group);

  if (self->plan == NULL)
    return;

  results = G_LIST_MODEL (kn_plan_get_results (self->plan));
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);
      KnResultKind kind = kn_plan_result_get_kind (result);
      GtkWidget *row;

      number[kind]++;
      row = kn_result_row_new (self->store, self->plan, result, number[kind],
                               G_LIST_MODEL (self->superior_results), editable);
      g_signal_connect_object (row, "changed", G_CALLBACK (on_row_changed_cb), self, 0);
      adw_preferences_group_add (kind == KN_RESULT_KIND_UTAMA ? self->utama_group
                                                              : self->tambahan_group,
                                 row);
      g_ptr_array_add (self->result_rows, g_object_ref (row));
    }

  /* Screen order: A first, then B. */
  {
    g_autoptr(GPtrArray) ordered = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint kind = 0; kind < KN_RESULT_KIND_N; kind++)
      for (guint i = 0; i < self->result_rows->len; i++)
        {
          KnResultRow *row = g_ptr_array_index (self->result_rows, i);

          if (kn_plan_result_get_kind (kn_result_row_get_result (row)) == kind)
            g_ptr_array_add (ordered, g_object_ref (row));
        }
    g_ptr_array_set_size (self->result_rows, 0);
    g_ptr_array_extend_and_steal (self->result_rows, g_steal_pointer (&ordered));
  }

  if (number[KN_RESULT_KIND_UTAMA] == 0)
    {
      GtkWidget *row = empty_result_row (_("No main RHK yet. Press “Add RHK”."));

      adw_preferences_group_add (self->utama_group, row);
      g_ptr_array_add (self->group_rows, g_object_ref (row));
    }
  if (number[KN_RESULT_KIND_TAMBAHAN] == 0)
    {
      GtkWidget *row = empty_result_row (_("No additional RHK (optional)."));

      adw_preferences_group_add (self->tambahan_group, row);
      g_ptr_array_add (self->group_rows, g_object_ref (row));
    }
}

static void
on_results_changed_cb (GListModel *model,
                       guint       position,
                       guint       removed,
                       guint       added,
                       KnPlanPage *self)
{
  _kn_plan_page_rebuild_results (self);
  _kn_plan_page_on_plan_changed (self);
}

static void
on_expectation_changed_cb (GtkEditable *editable,
                           KnPlanPage  *self)
{
  KnCoreValue value = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "core-value"));

  if (self->loading || self->plan == NULL)
    return;

  kn_plan_set_expectation (self->plan, value, gtk_editable_get_text (editable));
  _kn_plan_page_on_plan_changed (self);
}

void
_kn_plan_page_remove_group_rows (KnPlanPage          *self,
                                 AdwPreferencesGroup *group)
{
  for (guint i = self->group_rows->len; i > 0; i--)
    {
      GtkWidget *row = g_ptr_array_index (self->group_rows, i - 1);

      if (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP) == GTK_WIDGET (group))
        {
          adw_preferences_group_remove (group, row);
          g_ptr_array_remove_index (self->group_rows, i - 1);
        }
    }
}

static void
build_behaviour (KnPlanPage *self)
{
  gboolean editable = _kn_plan_page_is_editable (self);

  _kn_plan_page_remove_group_rows (self, self->behaviour_group);

  for (guint value = 0; value < KN_CORE_VALUE_N; value++)
    {
      GtkWidget *expander = adw_expander_row_new ();
      GtkWidget *entry = adw_entry_row_new ();
      g_autofree char *title = g_strdup_printf ("%u. %s", value + 1, kn_core_value_label (value));
      const char *expectation = kn_plan_get_expectation (self->plan, value);
      g_autofree char *escaped = g_markup_escape_text (
        expectation[0] != '\0' ? expectation : _("No specific expectation yet"), -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), escaped);
      for (guint g = 0; g < 3; g++)
        {
          GtkWidget *guide = adw_action_row_new ();
          g_autofree char *guide_text = g_markup_escape_text (kn_core_value_guide (value, g), -1);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (guide), guide_text);
          adw_action_row_set_title_lines (ADW_ACTION_ROW (guide), 3);
          gtk_widget_add_css_class (guide, "dim-label");
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), guide);
        }

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry),
                                     _("Leader's specific expectation"));
      gtk_editable_set_text (GTK_EDITABLE (entry), expectation);
      gtk_editable_set_editable (GTK_EDITABLE (entry), editable);
      g_object_set_data (G_OBJECT (entry), "core-value", GUINT_TO_POINTER (value));
      g_signal_connect_object (entry, "changed", G_CALLBACK (on_expectation_changed_cb), self, 0);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), entry);

      adw_preferences_group_add (self->behaviour_group, expander);
      g_ptr_array_add (self->group_rows, g_object_ref (expander));
    }
}

static void build_attachments (KnPlanPage *self);

static void
store_attachments_from (KnPlanPage          *self,
                        GtkWidget           *expander,
                        KnAttachmentSection  section)
{
  GPtrArray *entries = g_object_get_data (G_OBJECT (expander), "entries");
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (items, (gpointer)gtk_editable_get_text (g_ptr_array_index (entries, i)));
  g_ptr_array_add (items, NULL);
  kn_plan_set_attachments (self->plan, section, (const char * const *)items->pdata);
}

static void
on_attachment_changed_cb (GtkEditable *editable,
                          KnPlanPage  *self)
{
  GtkWidget *expander = g_object_get_data (G_OBJECT (editable), "expander");

  if (self->loading || self->plan == NULL)
    return;

  store_attachments_from (self, expander,
                          GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (expander), "section")));
  _kn_plan_page_on_plan_changed (self);
}

static void
on_attachment_add_cb (GtkButton  *button,
                      KnPlanPage *self)
{
  KnAttachmentSection section = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "section"));
  const char * const *items = kn_plan_get_attachments (self->plan, section);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) next = NULL;

  g_strv_builder_addv (builder, (const char **)items);
  g_strv_builder_add (builder, "");
  next = g_strv_builder_end (builder);
  kn_plan_set_attachments (self->plan, section, (const char * const *)next);
  build_attachments (self);
  _kn_plan_page_on_plan_changed (self);
}

static void
on_attachment_remove_cb (GtkButton  *button,
                         KnPlanPage *self)
{
  KnAttachmentSection section = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "section"));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  const char * const *items = kn_plan_get_attachments (self->plan, section);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) next = NULL;

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    if (i != index)
      g_strv_builder_add (builder, items[i]);
  next = g_strv_builder_end (builder);
  kn_plan_set_attachments (self->plan, section, (const char * const *)next);
  build_attachments (self);
  _kn_plan_page_on_plan_changed (self);
}

static void
build_attachments (KnPlanPage *self)
{
  gboolean editable = _kn_plan_page_is_editable (self);

  _kn_plan_page_remove_group_rows (self, self->attachment_group);

  for (guint section = 0; section < KN_ATTACHMENT_N; section++)
    {
      const char * const *items = kn_plan_get_attachments (self->plan, section);
      GtkWidget *expander = adw_expander_row_new ();
      GPtrArray *entries = g_ptr_array_new ();
      guint n = items != NULL ? g_strv_length ((char **)items) : 0;
      g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item",
                                                                "%u items", n), n);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander),
                                     kn_attachment_section_label (section));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
      g_object_set_data (G_OBJECT (expander), "section", GUINT_TO_POINTER (section));
      g_object_set_data_full (G_OBJECT (expander), "entries", entries,
                              (GDestroyNotify)g_ptr_array_unref);

      for (guint i = 0; i < n; i++)
        {
          GtkWidget *entry = adw_entry_row_new ();
          g_autofree char *title = g_strdup_printf ("%u.", i + 1);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
          gtk_editable_set_text (GTK_EDITABLE (entry), items[i]);
          gtk_editable_set_editable (GTK_EDITABLE (entry), editable);
          g_object_set_data (G_OBJECT (entry), "expander", expander);
          if (editable)
            {
              GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

              gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
              gtk_widget_add_css_class (remove, "flat");
              gtk_widget_set_tooltip_text (remove, _("Remove this item"));
              g_object_set_data (G_OBJECT (remove), "section", GUINT_TO_POINTER (section));
              g_object_set_data (G_OBJECT (remove), "index", GUINT_TO_POINTER (i));
              g_signal_connect_object (remove, "clicked", G_CALLBACK (on_attachment_remove_cb),
                                       self, 0);
              adw_entry_row_add_suffix (ADW_ENTRY_ROW (entry), remove);
            }
          g_signal_connect_object (entry, "changed", G_CALLBACK (on_attachment_changed_cb), self,
                                   0);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), entry);
          g_ptr_array_add (entries, entry);
        }

      if (editable)
        {
          GtkWidget *button = gtk_button_new_with_mnemonic (_("Add an _Item"));
          GtkWidget *row = gtk_list_box_row_new ();

          gtk_widget_set_halign (button, GTK_ALIGN_START);
          gtk_widget_set_margin_start (button, 12);
          gtk_widget_set_margin_top (button, 6);
          gtk_widget_set_margin_bottom (button, 6);
          gtk_widget_add_css_class (button, "flat");
          g_object_set_data (G_OBJECT (button), "section", GUINT_TO_POINTER (section));
          g_signal_connect_object (button, "clicked", G_CALLBACK (on_attachment_add_cb), self, 0);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
          gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), button);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
        }

      adw_preferences_group_add (self->attachment_group, expander);
      g_ptr_array_add (self->group_rows, g_object_ref (expander));
    }
}

static void
load_superior_results (KnPlanPage *self)
{
  g_autoptr(KnPlan) superior = NULL;
  GListModel *results;

  g_list_store_remove_all (self->superior_results);
  if (self->plan == NULL || kn_plan_get_assessor_id (self->plan) == 0)
    return;

  superior =
    kn_store_load_plan (self->store, kn_plan_get_assessor_id (self->plan), self->year, NULL);
  if (superior == NULL)
    return;

  results = G_LIST_MODEL (kn_plan_get_results (superior));
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);

      g_list_store_append (self->superior_results, result);
    }
}

gint64
_kn_plan_page_top_unit_of (KnStore *store,
                           gint64   unit_id)
{
  KnOrgUnit *unit = kn_store_lookup_unit (store, unit_id);

  while (unit != NULL && kn_org_unit_get_parent_id (unit) != 0)
    unit = kn_store_lookup_unit (store, kn_org_unit_get_parent_id (unit));

  return unit != NULL ? kn_org_unit_get_id (unit) : 0;
}

static void
fill_assessors (KnPlanPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  KnEmployee *employee = kn_store_lookup_employee (self->store, self->employee_id);
  gint64 top = employee != NULL
                 ? _kn_plan_page_top_unit_of (self->store, kn_employee_get_unit_id (employee))
                 : 0;
  gint64 current = kn_plan_get_assessor_id (self->plan);
  GListModel *employees = kn_store_get_employees (self->store);
  guint selected = 0;

  g_array_set_size (self->assessor_ids, 0);
  gtk_string_list_append (labels, _("None"));
  g_array_append_vals (self->assessor_ids, &(gint64){ 0 }, 1);

  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) candidate = g_list_model_get_item (employees, i);
      gint64 id = kn_employee_get_id (candidate);
      g_autofree char *label = NULL;

      if (id == self->employee_id)
        continue;
      if (id != current && top != 0 &&
          !kn_store_unit_is_within (self->store, kn_employee_get_unit_id (candidate), top))
        continue;
      /* Only those who can supervise: not someone at the bottom of the same chain. */
      if (id != current &&
          kn_store_would_create_cycle (self->store, self->employee_id, id) == FALSE &&
          kn_employee_get_supervisor_id (candidate) == self->employee_id)
        continue;

      label = g_strdup_printf ("%s — %s", kn_employee_get_name (candidate),
                               kn_employee_get_position (candidate));
      gtk_string_list_append (labels, label);
      g_array_append_vals (self->assessor_ids, &id, 1);
      if (id == current)
        selected = self->assessor_ids->len - 1;
    }

  adw_combo_row_set_model (self->assessor_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->assessor_row, selected);
}

static void
build_editor (KnPlanPage *self)
{
  g_autofree char *period = kn_plan_dup_period_label (self->plan);
  gboolean editable = _kn_plan_page_is_editable (self);

  self->loading = TRUE;

  adw_action_row_set_subtitle (self->period_row, period);
  adw_combo_row_set_selected (self->approach_row, kn_plan_get_approach (self->plan));
  gtk_widget_set_sensitive (GTK_WIDGET (self->approach_row), editable);
  gtk_switch_set_active (self->jpt_switch, kn_plan_get_jpt (self->plan));
  gtk_widget_set_sensitive (GTK_WIDGET (self->jpt_switch), editable);
  fill_assessors (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->assessor_row), editable);

  load_superior_results (self);
  _kn_plan_page_rebuild_results (self);
  build_behaviour (self);
  build_attachments (self);
  _kn_plan_page_update_status_label (self);

  g_signal_connect (kn_plan_get_results (self->plan), "items-changed",
                    G_CALLBACK (on_results_changed_cb), self);

  self->loading = FALSE;
  _kn_plan_page_update_actions (self);
}

void
_kn_plan_page_drop_plan (KnPlanPage *self)
{
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (kn_plan_get_results (self->plan), self);
  g_clear_object (&self->plan);
  g_clear_object (&self->saved);
}

void
_kn_plan_page_open_employee (KnPlanPage *self,
                             gint64      employee_id)
{
  g_autoptr(GError) error = NULL;
  KnEmployee *employee;
  KnPlan *plan;

  _kn_plan_page_drop_plan (self);
  _kn_plan_page_show_message (self, NULL, FALSE);
  self->employee_id = employee_id;

  employee = self->store != NULL ? kn_store_lookup_employee (self->store, employee_id) : NULL;
  if (employee == NULL)
    {
      self->employee_id = 0;
      clear_groups (self);
      gtk_stack_set_visible_child_name (self->editor_stack, "choose");
      _kn_plan_page_update_actions (self);
      return;
    }

  plan = kn_store_load_plan (self->store, employee_id, self->year, &error);
  if (plan == NULL)
    {
      g_autofree char *description = NULL;

      description = g_strdup_printf (
        _ (
          "%s has no SKP for %u yet. Start from the template of their jabatan (%s), copy last year's SKP, or start an empty one."),
        kn_employee_get_name (employee), self->year, kn_employee_get_position (employee));
      adw_status_page_set_description (self->none_page, description);
      gtk_stack_set_visible_child_name (self->editor_stack, "none");
      if (error != NULL)
        _kn_plan_page_show_message (self, error->message, TRUE);
      _kn_plan_page_update_actions (self);
      return;
    }

  self->plan = plan;
  self->saved = kn_plan_copy (plan);
  gtk_stack_set_visible_child_name (self->editor_stack, "plan");
  build_editor (self);

  if (kn_plan_get_status (plan) == KN_PLAN_STATUS_RETURNED &&
      kn_plan_get_status_reason (plan) != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Returned by the assessor: %s"),
                                               kn_plan_get_status_reason (plan));

      _kn_plan_page_show_message (self, text, TRUE);
    }
  else if (kn_plan_get_status (plan) == KN_PLAN_STATUS_APPROVED)
    _kn_plan_page_show_message (
      self, _("This SKP is approved and can only be read. To change it, reopen it with a reason."),
      FALSE);
}

static void
on_approach_changed_cb (AdwComboRow *row,
                        GParamSpec  *pspec,
                        KnPlanPage  *self)
{
  if (self->loading || self->plan == NULL)
    return;

  kn_plan_set_approach (self->plan, adw_combo_row_get_selected (row));
  _kn_plan_page_rebuild_results (self);
  _kn_plan_page_on_plan_changed (self);
}

static void
on_jpt_changed_cb (GtkSwitch  *sw,
                   GParamSpec *pspec,
                   KnPlanPage *self)
{
  GListModel *results;

  if (self->loading || self->plan == NULL)
    return;

  kn_plan_set_jpt (self->plan, gtk_switch_get_active (sw));
  /* A JPT supports no superior RHK, and rates perspektif rather than aspek. */
  results = G_LIST_MODEL (kn_plan_get_results (self->plan));
  for (guint i = 0; gtk_switch_get_active (sw) && i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);

      kn_plan_result_set_parent_id (result, 0);
      kn_plan_result_set_parent_text (result, NULL);
    }
  _kn_plan_page_rebuild_results (self);
  _kn_plan_page_on_plan_changed (self);
}

static void
on_assessor_changed_cb (AdwComboRow *row,
                        GParamSpec  *pspec,
                        KnPlanPage  *self)
{
  guint selected = adw_combo_row_get_selected (row);
  GListModel *results;
  gboolean unlinked = FALSE;

  if (self->loading || self->plan == NULL || selected >= self->assessor_ids->len)
    return;

  kn_plan_set_assessor_id (self->plan, g_array_index (self->assessor_ids, gint64, selected));

  /* Links to the previous assessor's RHK no longer hold. */
  results = G_LIST_MODEL (kn_plan_get_results (self->plan));
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);

      if (kn_plan_result_get_parent_id (result) != 0)
        unlinked = TRUE;
      kn_plan_result_set_parent_id (result, 0);
      kn_plan_result_set_parent_text (result, NULL);
    }

  load_superior_results (self);
  _kn_plan_page_rebuild_results (self);
  if (unlinked)
    _kn_plan_page_show_message (
      self, _("The assessor changed: choose again which of their RHK each RHK supports."), FALSE);
  _kn_plan_page_on_plan_changed (self);
}

/* The editor's template callbacks, bound from class_init. */
void
_kn_plan_page_class_editor_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_approach_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_assessor_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_jpt_changed_cb);
}

/* Actions */

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
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  change_status (KN_PLAN_PAGE (widget), KN_PLAN_STATUS_SUBMITTED, NULL);
}

static void
approve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  change_status (KN_PLAN_PAGE (widget), KN_PLAN_STATUS_APPROVED, NULL);
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  change_status (KN_PLAN_PAGE (widget), KN_PLAN_STATUS_DRAFT, NULL);
}

static void
on_reason_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       KnPlanPage       *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));

  if (g_str_equal (response, "return"))
    change_status (self, KN_PLAN_STATUS_RETURNED, gtk_editable_get_text (entry));
  else if (g_str_equal (response, "reopen"))
    change_status (self, KN_PLAN_STATUS_DRAFT, gtk_editable_get_text (entry));
}

static void
ask_reason (KnPlanPage *self,
            const char *heading,
            const char *body,
            const char *response,
            const char *label)
{
  GtkWindow *dialog = _kn_plan_page_message_dialog_new (self, heading, body);
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    response, label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), response);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reason_response_cb), self, 0);
  _kn_plan_page_present_dialog (self, dialog);
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
  if (!kn_store_save_plan (self->store, plan, &error))
    {
      _kn_plan_page_show_message (self, error->message, TRUE);
      return;
    }

  _kn_plan_page_refresh_statuses (self);
  _kn_plan_page_open_employee (self, self->employee_id);
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
  if (plan == NULL)
    {
      _kn_plan_page_show_message (self, error->message, TRUE);
      return;
    }

  _kn_plan_page_refresh_statuses (self);
  _kn_plan_page_open_employee (self, self->employee_id);
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
  unit_id = _kn_plan_page_top_unit_of (self->store, kn_employee_get_unit_id (employee));
  if (!kn_store_apply_template (self->store, gtk_string_object_get_string (item), unit_id,
                                gtk_check_button_get_active (whole_unit) ? 0 : self->employee_id,
                                self->year,
                                gtk_check_button_get_active (replace) ? KN_APPLY_REPLACE_DRAFTS
                                                                      : KN_APPLY_SKIP_EXISTING,
                                &created, &replaced, &skipped, &error))
    {
      _kn_plan_page_show_message (self, error->message, TRUE);
      return;
    }

  _kn_plan_page_refresh_statuses (self);
  _kn_plan_page_open_employee (self, self->employee_id);
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
  GtkWindow *dialog;
  guint selected = 0;

  if (employee == NULL)
    return;

  if (positions[0] == NULL)
    {
      dialog = _kn_plan_page_message_dialog_new (
        self, _("No Jabatan Templates Yet"),
        _ (
          "Make one first: open a good SKP of the jabatan and choose “Save as Template of the Jabatan” in its menu."));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      _kn_plan_page_present_dialog (self, dialog);
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

  dialog = _kn_plan_page_message_dialog_new (
    self, _("Apply a Jabatan Template"),
    _ (
      "The RHK and IKI of the template become a draft SKP, linked to the assessor's RHK where the texts match. Existing SKPs are kept unless you choose to replace drafts."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "apply", _("_Apply"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_apply_template_response_cb), self, 0);
  _kn_plan_page_present_dialog (self, dialog);
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
  GtkWindow *dialog;
  GtkWidget *entry;

  if (self->plan == NULL || employee == NULL)
    return;

  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), kn_employee_get_position (employee));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  dialog = _kn_plan_page_message_dialog_new (
    self, _("Save as Template of the Jabatan"),
    _ (
      "Its RHK and IKI become the starting point for everyone with this jabatan. An older template of the same jabatan is replaced."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_save_template_response_cb), self, 0);
  _kn_plan_page_present_dialog (self, dialog);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       KnPlanPage       *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete") || self->plan == NULL)
    return;

  if (!kn_store_delete_plan (self->store, kn_plan_get_id (self->plan), &error))
    {
      _kn_plan_page_show_message (self, error->message, TRUE);
      return;
    }

  _kn_plan_page_refresh_statuses (self);
  _kn_plan_page_open_employee (self, self->employee_id);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KnPlanPage *self = KN_PLAN_PAGE (widget);
  GtkWindow *dialog;

  if (self->plan == NULL)
    return;

  dialog = _kn_plan_page_message_dialog_new (
    self, _("Delete this SKP?"),
    _("Its RHK, IKI, expectations and attachment are removed. This cannot be undone."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  _kn_plan_page_present_dialog (self, dialog);
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
    unit_id = _kn_plan_page_top_unit_of (self->store, kn_employee_get_unit_id (employee));

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

/* The year */

static void
select_year_in_dropdown (KnPlanPage *self,
                         guint       year)
{
  for (guint i = 0; self->year_values != NULL && i < self->year_values->len; i++)
    if (g_array_index (self->year_values, guint, i) == year)
      {
        self->loading = TRUE;
        gtk_drop_down_set_selected (self->year_dropdown, i);
        self->loading = FALSE;
      }
}

static void
switch_year (KnPlanPage *self,
             guint       year)
{
  self->year = year;
  _kn_plan_page_refresh_statuses (self);
  _kn_plan_page_open_employee (self, self->employee_id);
}

static void
on_unsaved_year_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             KnPlanPage       *self)
{
  guint next = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "next-year"));

  if (g_str_equal (response, "save") && _kn_plan_page_save_plan (self, TRUE))
    switch_year (self, next);
  else if (g_str_equal (response, "discard"))
    switch_year (self, next);
  else
    /* Cancelled, or the save failed (the page says why): stay on the year being edited. */
    select_year_in_dropdown (self, self->year);
}

static void
on_year_changed_cb (GtkDropDown *dropdown,
                    GParamSpec  *pspec,
                    KnPlanPage  *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  guint year;
  GtkWindow *dialog;

  if (self->loading || self->year_values == NULL || selected >= self->year_values->len)
    return;

  year = g_array_index (self->year_values, guint, selected);
  if (year == self->year)
    return;
  if (!(_kn_plan_page_is_editable (self) && _kn_plan_page_is_dirty (self)))
    {
      switch_year (self, year);
      return;
    }

  /* The SKP being edited has changes: ask first, as for another employee. */
  dialog = _kn_plan_page_message_dialog_new (
    self, _("Save the Changes to This SKP?"),
    _("The SKP you were editing has changes that are not saved yet."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "next-year", GUINT_TO_POINTER (year));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unsaved_year_response_cb), self, 0);
  _kn_plan_page_present_dialog (self, dialog);
}

static void
fill_years (KnPlanPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GArray) stored = NULL;
  guint first = g_date_time_get_year (now) - 1;
  guint last = g_date_time_get_year (now) + 1;

  if (self->store != NULL)
    {
      stored = kn_store_list_plan_years (self->store);
      for (guint i = 0; i < stored->len; i++)
        {
          first = MIN (first, g_array_index (stored, guint, i));
          last = MAX (last, g_array_index (stored, guint, i));
        }
    }
  if (self->year != 0)
    {
      first = MIN (first, self->year);
      last = MAX (last, self->year);
    }

  self->loading = TRUE;
  g_array_set_size (self->year_values, 0);
  for (guint year = last; year >= first && year > 0; year--)
    {
      g_autofree char *label = g_strdup_printf ("%u", year);

      gtk_string_list_append (labels, label);
      g_array_append_val (self->year_values, year);
    }
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (labels));
  for (guint i = 0; i < self->year_values->len; i++)
    if (g_array_index (self->year_values, guint, i) == self->year)
      gtk_drop_down_set_selected (self->year_dropdown, i);
  self->loading = FALSE;
}

/* GObject */

static void
kn_plan_page_dispose (GObject *object)
{
  KnPlanPage *self = (KnPlanPage *)object;

  _kn_plan_page_drop_plan (self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), KN_TYPE_PLAN_PAGE);

  g_clear_weak_pointer (&self->dialog);
  g_clear_pointer (&self->result_rows, g_ptr_array_unref);
  g_clear_pointer (&self->group_rows, g_ptr_array_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->superior_results);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kn_plan_page_parent_class)->dispose (object);
}

static void
kn_plan_page_finalize (GObject *object)
{
  KnPlanPage *self = (KnPlanPage *)object;

  g_clear_pointer (&self->statuses, g_hash_table_unref);
  g_clear_pointer (&self->year_values, g_array_unref);
  g_clear_pointer (&self->assessor_ids, g_array_unref);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (kn_plan_page_parent_class)->finalize (object);
}

static void
kn_plan_page_class_init (KnPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_plan_page_dispose;
  object_class->finalize = kn_plan_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/id/go/lampungprov/Kinerja/kn-plan-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, paned);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, employee_list);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, none_page);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, dirty_label);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, submit_button);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, withdraw_button);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, return_button);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, approve_button);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, reopen_button);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, save_button);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, message_label);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, period_row);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, approach_row);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, assessor_row);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, jpt_switch);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, utama_group);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, tambahan_group);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, behaviour_group);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, attachment_group);
  gtk_widget_class_bind_template_callback (widget_class, on_year_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  _kn_plan_page_class_editor_init (widget_class);

  _kn_plan_page_class_actions_init (widget_class);
}

static void
kn_plan_page_init (KnPlanPage *self)
{
  g_autoptr(GtkStringList) approaches = gtk_string_list_new (NULL);
  GtkListItemFactory *factory;
  GtkStringSorter *sorter;

  self->statuses = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->year_values = g_array_new (FALSE, FALSE, sizeof (guint));
  self->assessor_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->result_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->group_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->superior_results = g_list_store_new (KN_TYPE_PLAN_RESULT);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < KN_PLAN_APPROACH_N; i++)
    gtk_string_list_append (approaches, kn_plan_approach_label (i));
  adw_combo_row_set_model (self->approach_row, G_LIST_MODEL (approaches));

  self->filter = gtk_custom_filter_new (employee_filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  sorter =
    gtk_string_sorter_new (gtk_property_expression_new (KN_TYPE_EMPLOYEE, NULL, "sort-name"));
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              GTK_SORTER (sorter));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect (self->selection, "notify::selected-item",
                    G_CALLBACK (on_selection_changed_cb), self);

  /* A plain signal factory: each row also shows the SKP status of the chosen year. */
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_employee_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_employee_row_cb), self);
  gtk_list_view_set_factory (self->employee_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->employee_list, GTK_SELECTION_MODEL (self->selection));

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    self->year = g_date_time_get_year (now);
  }
  fill_years (self);
  gtk_stack_set_visible_child_name (self->editor_stack, "choose");
  _kn_plan_page_update_actions (self);
}

void
kn_plan_page_set_store (KnPlanPage *self,
                        KnStore    *store)
{
  g_return_if_fail (KN_IS_PLAN_PAGE (self));
  g_return_if_fail (store == NULL || KN_IS_STORE (store));

  _kn_plan_page_drop_plan (self);
  g_set_object (&self->store, store);
  gtk_filter_list_model_set_model (self->filter_model,
                                   store != NULL ? kn_store_get_employees (store) : NULL);
  fill_years (self);
  _kn_plan_page_refresh_statuses (self);
  _kn_plan_page_open_employee (self, 0);
}

void
kn_plan_page_set_year (KnPlanPage *self,
                       guint       year)
{
  g_return_if_fail (KN_IS_PLAN_PAGE (self));

  self->year = year;
  fill_years (self);
  _kn_plan_page_refresh_statuses (self);
  _kn_plan_page_open_employee (self, self->employee_id);
}

guint
kn_plan_page_get_year (KnPlanPage *self)
{
  g_return_val_if_fail (KN_IS_PLAN_PAGE (self), 0);
  return self->year;
}

gboolean
kn_plan_page_select_employee (KnPlanPage *self,
                              gint64      employee_id)
{
  GListModel *model;

  g_return_val_if_fail (KN_IS_PLAN_PAGE (self), FALSE);

  model = G_LIST_MODEL (self->selection);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (model, i);

      if (kn_employee_get_id (employee) == employee_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return self->employee_id == employee_id;
        }
    }

  return FALSE;
}

KnPlan *
kn_plan_page_get_plan (KnPlanPage *self)
{
  g_return_val_if_fail (KN_IS_PLAN_PAGE (self), NULL);
  return self->plan;
}

gboolean
kn_plan_page_get_editable (KnPlanPage *self)
{
  g_return_val_if_fail (KN_IS_PLAN_PAGE (self), FALSE);
  return _kn_plan_page_is_editable (self);
}

GPtrArray *
kn_plan_page_get_result_rows (KnPlanPage *self)
{
  g_return_val_if_fail (KN_IS_PLAN_PAGE (self), NULL);
  return self->result_rows;
}

const char *
kn_plan_page_get_message (KnPlanPage *self)
{
  g_return_val_if_fail (KN_IS_PLAN_PAGE (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->message_revealer))
    return NULL;
  return gtk_label_get_text (self->message_label);
}

const char *
kn_plan_page_get_view (KnPlanPage *self)
{
  g_return_val_if_fail (KN_IS_PLAN_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->editor_stack);
}

GtkWindow *
kn_plan_page_get_dialog (KnPlanPage *self)
{
  g_return_val_if_fail (KN_IS_PLAN_PAGE (self), NULL);
  return self->dialog;
}

gboolean
kn_plan_page_has_unsaved_changes (KnPlanPage *self)
{
  g_return_val_if_fail (KN_IS_PLAN_PAGE (self), FALSE);

  return self->plan != NULL && _kn_plan_page_is_editable (self) && _kn_plan_page_is_dirty (self);
}

gboolean
kn_plan_page_save_changes (KnPlanPage *self)
{
  g_return_val_if_fail (KN_IS_PLAN_PAGE (self), FALSE);

  return !kn_plan_page_has_unsaved_changes (self) || _kn_plan_page_save_plan (self, TRUE);
}

gboolean
kn_plan_page_choose_year (KnPlanPage *self,
                          guint       year)
{
  g_return_val_if_fail (KN_IS_PLAN_PAGE (self), FALSE);

  for (guint i = 0; self->year_values != NULL && i < self->year_values->len; i++)
    if (g_array_index (self->year_values, guint, i) == year)
      {
        gtk_drop_down_set_selected (self->year_dropdown, i);
        return TRUE;
      }
  return FALSE;
}
