/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SKP editor: the RHK and their IKI, the behaviour expectations, the Lampiran, the
 * assessor and the approach, filled from the working copy of the plan. */

#define G_LOG_DOMAIN "kn-plan-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <adwaita.h>

#include "kn-bind.h"
#include "kn-cascade-window.h"
#include "kn-indicator-row.h"
#include "kn-period-choices.h"
#include "kn-plan-page.h"
#include "kn-result-row.h"
#include "kn-row-button.h"

#include "kn-plan-page-private.h"

/* The editor */

static void
on_row_changed_cb (GtkWidget  *row,
                   KnPlanPage *self)
{
  _kn_plan_page_on_plan_changed (self);
}

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

  if (self->plan == NULL)
    return;

  kn_plan_set_expectation (self->plan, value, gtk_editable_get_text (editable));
}

static void
set_expectation_subtitle (GtkWidget  *expander,
                          const char *expectation)
{
  g_autofree char *escaped = g_markup_escape_text (
    expectation[0] != '\0' ? expectation : _("No specific expectation yet"), -1);

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), escaped);
}

/* The plan's expectation changed (typed here or set on the plan): the row shows it. */
static void
on_plan_expectation_changed_cb (KnPlan     *plan,
                                guint       value,
                                KnPlanPage *self)
{
  GtkEditable *entry = value < KN_CORE_VALUE_N ? self->expectation_entries[value] : NULL;
  const char *text = kn_plan_get_expectation (plan, value);

  if (entry != NULL)
    {
      if (g_strcmp0 (gtk_editable_get_text (entry), text) != 0)
        gtk_editable_set_text (entry, text);
      set_expectation_subtitle (gtk_widget_get_ancestor (GTK_WIDGET (entry),
                                                         ADW_TYPE_EXPANDER_ROW), text);
    }
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

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
      set_expectation_subtitle (expander, expectation);
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
      g_set_weak_pointer (&self->expectation_entries[value], GTK_EDITABLE (entry));

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

  if (self->plan == NULL)
    return;

  store_attachments_from (self, expander,
                          GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (expander), "section")));
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
}

/* TRUE when the rows of @section show the plan's items as they are. */
static gboolean
attachments_shown (KnPlanPage          *self,
                   KnAttachmentSection  section)
{
  GtkWidget *expander = self->attachment_expanders[section];
  const char * const *items = kn_plan_get_attachments (self->plan, section);
  GPtrArray *entries;

  if (expander == NULL)
    return FALSE;
  entries = g_object_get_data (G_OBJECT (expander), "entries");
  if (entries->len != g_strv_length ((char **)items))
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    if (g_strcmp0 (gtk_editable_get_text (g_ptr_array_index (entries, i)), items[i]) != 0)
      return FALSE;
  return TRUE;
}

/* The plan's Lampiran changed: rows are made again only when they do not show it already (not
 * while the user types in one of them). */
static void
on_plan_attachments_changed_cb (KnPlan     *plan,
                                guint       section,
                                KnPlanPage *self)
{
  if (section < KN_ATTACHMENT_N && !attachments_shown (self, section))
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
              GtkWidget *remove = kn_row_button_new ("user-trash-symbolic", _("Remove this item"));

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
      g_set_weak_pointer (&self->attachment_expanders[section], expander);
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

static void
fill_assessors (KnPlanPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  KnEmployee *employee = kn_store_lookup_employee (self->store, self->employee_id);
  gint64 top = employee != NULL
                 ? kn_store_get_top_unit_id (self->store, kn_employee_get_unit_id (employee))
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

  kn_choice_fill (self->assessor_chooser, G_LIST_MODEL (labels), selected, self);
}

/* The targets are written differently by approach. */
static void
on_plan_approach_changed_cb (KnPlan     *plan,
                             GParamSpec *pspec,
                             KnPlanPage *self)
{
  _kn_plan_page_rebuild_results (self);
}

static void
on_plan_jpt_changed_cb (KnPlan     *plan,
                        GParamSpec *pspec,
                        KnPlanPage *self)
{
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (plan));

  /* A JPT supports no superior RHK, and rates perspektif rather than aspek. */
  for (guint i = 0; kn_plan_get_jpt (plan) && i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);

      kn_plan_result_set_parent_id (result, 0);
      kn_plan_result_set_parent_text (result, NULL);
    }
  _kn_plan_page_rebuild_results (self);
}

static void
on_assessor_changed_cb (KnChooser  *chooser,
                        GParamSpec *pspec,
                        KnPlanPage *self)
{
  guint selected = kn_chooser_get_selected (chooser);

  if (self->plan != NULL && selected < self->assessor_ids->len)
    kn_plan_set_assessor_id (self->plan, g_array_index (self->assessor_ids, gint64, selected));
}

static void
on_plan_assessor_changed_cb (KnPlan     *plan,
                             GParamSpec *pspec,
                             KnPlanPage *self)
{
  gint64 assessor = kn_plan_get_assessor_id (plan);
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (plan));
  gboolean unlinked = FALSE;
  gboolean offered = FALSE;

  for (guint i = 0; i < self->assessor_ids->len; i++)
    if (g_array_index (self->assessor_ids, gint64, i) == assessor)
      {
        kn_choice_fill (self->assessor_chooser, kn_chooser_get_model (self->assessor_chooser), i,
                        self);
        offered = TRUE;
      }
  if (!offered)
    fill_assessors (self);

  /* Links to the previous assessor's RHK no longer hold. */
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
}

/* Whatever changed the plan — this editor, a template, a batch — the editor says whether
 * there is something to save. */
static void
on_plan_notify_cb (KnPlan     *plan,
                   GParamSpec *pspec,
                   KnPlanPage *self)
{
  _kn_plan_page_on_plan_changed (self);
}

static void
build_editor (KnPlanPage *self)
{
  g_autofree char *period = kn_plan_dup_period_label (self->plan);
  gboolean editable = _kn_plan_page_is_editable (self);

  adw_action_row_set_subtitle (self->period_row, period);
  gtk_widget_set_sensitive (GTK_WIDGET (self->approach_row), editable);
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
  /* From here the fields follow the plan and the plan follows the fields. */
  g_binding_group_set_source (self->plan_bindings, self->plan);
  g_signal_group_set_target (self->plan_signals, self->plan);
  _kn_plan_page_update_actions (self);
}

void
_kn_plan_page_drop_plan (KnPlanPage *self)
{
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (kn_plan_get_results (self->plan), self);
  if (self->plan_bindings != NULL)
    g_binding_group_set_source (self->plan_bindings, NULL);
  if (self->plan_signals != NULL)
    g_signal_group_set_target (self->plan_signals, NULL);
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
  {
    /* Whose SKP this is, always in sight: the list beside it folds away on a small screen. */
    g_autofree char *owner = g_strdup_printf (_("SKP of %s"), kn_employee_get_name (employee));

    gtk_label_set_label (self->owner_label, owner);
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->owner_label), kn_employee_get_position (employee));
  }
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

/* The editor's bindings to the plan it shows, made once: build_editor gives them the plan. */
void
_kn_plan_page_editor_init (KnPlanPage *self)
{
  self->plan_bindings = g_binding_group_new ();
  g_binding_group_bind_full (self->plan_bindings, "approach", self->approach_row, "selected",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             kn_bind_enum_to_position, kn_bind_position_to_enum, NULL, NULL);
  g_binding_group_bind (self->plan_bindings, "jpt", self->jpt_switch, "active",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  /* The specific handlers first: the general one then sees the editor as they left it. */
  self->plan_signals = g_signal_group_new (KN_TYPE_PLAN);
  g_signal_group_connect (self->plan_signals, "notify::approach",
                          G_CALLBACK (on_plan_approach_changed_cb), self);
  g_signal_group_connect (self->plan_signals, "notify::jpt", G_CALLBACK (on_plan_jpt_changed_cb),
                          self);
  g_signal_group_connect (self->plan_signals, "notify::assessor-id",
                          G_CALLBACK (on_plan_assessor_changed_cb), self);
  g_signal_group_connect (self->plan_signals, "expectation-changed",
                          G_CALLBACK (on_plan_expectation_changed_cb), self);
  g_signal_group_connect (self->plan_signals, "attachments-changed",
                          G_CALLBACK (on_plan_attachments_changed_cb), self);
  g_signal_group_connect (self->plan_signals, "notify", G_CALLBACK (on_plan_notify_cb), self);
}

void
_kn_plan_page_editor_dispose (KnPlanPage *self)
{
  g_clear_object (&self->plan_bindings);
  g_clear_object (&self->plan_signals);
  for (guint i = 0; i < KN_CORE_VALUE_N; i++)
    g_clear_weak_pointer (&self->expectation_entries[i]);
  for (guint i = 0; i < KN_ATTACHMENT_N; i++)
    g_clear_weak_pointer (&self->attachment_expanders[i]);
}

/* The editor's template callbacks, bound from class_init. */
void
_kn_plan_page_class_editor_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_assessor_changed_cb);
}
