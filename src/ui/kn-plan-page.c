/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SKP place: choose a year and an employee, then plan, submit and approve their SKP. */

#define G_LOG_DOMAIN "kn-plan-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <adwaita.h>

#include "kinerja/kn-format.h"
#include "kinerja/kn-history.h"

#include "kn-cascade-window.h"
#include "kn-dialog.h"
#include "kn-employees-cells.h"
#include "kn-indicator-row.h"
#include "kn-message-dialog.h"
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
  kn_dialog_show_banner (self->message_revealer, self->message_label, message, is_error);
}

gboolean
_kn_plan_page_is_editable (KnPlanPage *self)
{
  /* On a server, only for a login that keeps this person's SKP (their admin or operator). */
  return self->plan != NULL && kn_plan_status_is_editable (kn_plan_get_status (self->plan)) &&
         (self->store == NULL ||
          kn_store_login_may (self->store, KN_STORE_RIGHT_KEEP_PERSON,
                              kn_plan_get_employee_id (self->plan)));
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
  /* On a server: who keeps this person's SKP (admin, operator), who approves it (the atasan). */
  gboolean keeps = self->store == NULL ||
                   kn_store_login_may (self->store, KN_STORE_RIGHT_KEEP_PERSON, self->employee_id);
  gboolean rates = keeps || kn_store_login_may (self->store, KN_STORE_RIGHT_RATE,
                                                self->employee_id);
  gboolean templates = self->store == NULL ||
                       kn_store_login_may (self->store, KN_STORE_RIGHT_KEEP_PEOPLE, 0);

  has_plan = has_plan && rates;
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
                                 has_plan && keeps && status != KN_PLAN_STATUS_APPROVED);
  gtk_widget_action_set_enabled (widget, "skp.save-template", has_plan && templates);
  gtk_widget_action_set_enabled (widget, "skp.create", has_employee && keeps && self->plan == NULL);
  gtk_widget_action_set_enabled (widget, "skp.copy-previous",
                                 has_employee && keeps && self->plan == NULL);
  gtk_widget_action_set_enabled (widget, "skp.apply-template",
                                 has_employee && keeps && (self->plan == NULL || editable));

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

  gtk_widget_set_visible (self->reapproval_box, FALSE);
  self->new_assessor = 0;
  if (self->plan == NULL)
    return;

  status = kn_plan_get_status (self->plan);
  gtk_label_set_text (self->status_label, kn_plan_status_label (status));
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), classes[status]);

  /* A mutasi in the year gave the person a new atasan who has not approved this SKP. */
  if (self->store != NULL && kn_plan_get_id (self->plan) != 0)
    {
      g_autofree char *date = NULL;
      g_autofree char *day = NULL;
      g_autofree char *text = NULL;
      gint64 assessor = 0;
      KnEmployee *employee;

      if (kn_store_plan_needs_reapproval (self->store, kn_plan_get_employee_id (self->plan),
                                          kn_plan_get_year (self->plan), &assessor, &date))
        {
          employee = kn_store_lookup_employee (self->store, assessor);
          day = kn_format_iso_date (date);
          /* Translators: the day of the transfer, the new atasan */
          /* A name ending in its degree's dot ends the sentence: one full stop. */
          text = kn_format_tidy_stops (
            g_strdup_printf (_("Transferred on %s: this SKP needs the approval of the new "
                               "atasan, %s. Reopen it if needed, choose them as pejabat "
                               "penilai, and submit it again."),
                             day, employee != NULL ? kn_employee_get_name (employee) : "—"));
          gtk_label_set_text (self->reapproval_label, text);
          gtk_widget_set_visible (self->reapproval_box, TRUE);
          /* One click makes them the pejabat penilai of a draft (saved with Simpan). */
          self->new_assessor = employee != NULL ? assessor : 0;
          gtk_widget_set_visible (self->reapproval_button,
                                  self->new_assessor != 0 &&
                                  kn_plan_status_is_editable (status) &&
                                  kn_plan_get_assessor_id (self->plan) != assessor);
        }
    }
}

void
_kn_plan_page_on_plan_changed (KnPlanPage *self)
{
  _kn_plan_page_update_actions (self);
}

/* The employee list */

void
_kn_plan_page_refresh_statuses (KnPlanPage *self)
{
  g_autoptr(GArray) statuses = NULL;

  g_hash_table_remove_all (self->statuses);
  if (self->store == NULL)
    return;

  /* One query for the statuses alone: the SKPs' RHK and IKI are not read (issue 13). */
  statuses = kn_store_list_plan_statuses (self->store, self->year);
  for (guint i = 0; i < statuses->len; i++)
    {
      const KnPlanStatusOf *entry = &g_array_index (statuses, KnPlanStatusOf, i);

      g_hash_table_insert (self->statuses, g_memdup2 (&entry->employee_id, sizeof (gint64)),
                           GUINT_TO_POINTER (entry->status + 1));
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
  GtkWidget *box = gtk_grid_new ();
  /* Wrapped, not cut: names and jabatan are read whole, at large text too. A grid with a
   * natural width for the labels, not boxes: a wrapping label in nested boxes is measured
   * some forty times per row (issue 13). */
  GtkWidget *name = kn_employees_cells_name_label_new ();
  GtkWidget *detail = kn_employees_cells_name_label_new ();

  gtk_grid_set_row_spacing (GTK_GRID (box), 2);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_grid_attach (GTK_GRID (box), name, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (box), detail, 0, 1, 1, 1);
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

/* A sorted list lands in the view a piece a turn of the main loop while fewer than GROW_UNTIL
 * are listed (issue 13): GTK 4.8 makes the rows of up to about two hundred items at once, and
 * making and measuring all of them in one go (~25 + 60 ms at 19,000, even with the place not
 * shown: the window's stack of places measures every place) stalled the launch. */
#define GROW_STEP 25
#define GROW_UNTIL 225

static gboolean
grow_cb (gpointer data)
{
  KnPlanPage *self = data;
  guint size = gtk_slice_list_model_get_size (self->listed) + GROW_STEP;

  if (size < GROW_UNTIL && size < g_list_model_get_n_items (G_LIST_MODEL (self->people)))
    {
      gtk_slice_list_model_set_size (self->listed, size);
      return G_SOURCE_CONTINUE;
    }
  self->grow_source = 0;
  gtk_slice_list_model_set_size (self->listed, G_MAXUINT);
  return G_SOURCE_REMOVE;
}

/* Everyone in the list now (before looking for someone in it, or filtering it). */
static void
finish_growing (KnPlanPage *self)
{
  if (self->grow_source == 0)
    return;
  g_clear_handle_id (&self->grow_source, g_source_remove);
  gtk_slice_list_model_set_size (self->listed, G_MAXUINT);
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

  gboolean had_search = self->search != NULL;

  finish_growing (self);
  g_clear_pointer (&self->search, g_free);
  if (trimmed[0] != '\0')
    self->search = digits != NULL && digits[0] != '\0' ? g_steal_pointer (&digits)
                                                       : g_utf8_casefold (trimmed, -1);
  /* No filter at all without a search: one that keeps everyone still costs a call per row. */
  if (self->search == NULL)
    gtk_filter_list_model_set_filter (self->filter_model, NULL);
  else if (!had_search)
    gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  else
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* The list in name order: the keys made and the names sorted in a worker for a large office
 * (the list stays empty until it lands), at once for a small one; Pegawai's keys and order. */

static void
put_back_choice (KnPlanPage *self)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n;

  if (self->employee_id == 0)
    return;
  finish_growing (self);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (model, i);

      if (kn_employee_get_id (employee) == self->employee_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

static void
apply_sort (KnPlanPage *self,
            KnNameSort *job)
{
  g_clear_handle_id (&self->grow_source, g_source_remove);
  if (kn_employees_cells_name_sort_get_n (job) > GROW_STEP && self->employee_id == 0 &&
      self->search == NULL)
    {
      gtk_slice_list_model_set_size (self->listed, GROW_STEP);
      self->grow_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, grow_cb, self, NULL);
    }
  else
    gtk_slice_list_model_set_size (self->listed, G_MAXUINT);
  self->relisting = TRUE;
  kn_employees_cells_name_sort_apply (job, self->people);
  put_back_choice (self);
  self->relisting = FALSE;
}

static void
name_sort_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  KnPlanPage *self = KN_PLAN_PAGE (source);
  KnNameSort *job = kn_employees_cells_name_sort_finish (result, &self->sorting);

  if (job != NULL)
    apply_sort (self, job);
}

static void
drop_sort (KnPlanPage *self)
{
  if (self->sorting != NULL)
    g_cancellable_cancel (self->sorting);
  g_clear_object (&self->sorting);
}

static void
sort_people (KnPlanPage *self)
{
  KnNameSort *job = kn_employees_cells_name_sort_new (self->mirror, FALSE);
  g_autoptr(GTask) task = NULL;

  drop_sort (self);
  if (kn_employees_cells_name_sort_get_n (job) < self->background_from)
    {
      kn_employees_cells_name_sort_run (job);
      apply_sort (self, job);
      kn_employees_cells_name_sort_free (job);
      return;
    }

  task = kn_employees_cells_name_sort_task (self, job, &self->sorting, name_sort_done_cb, NULL);
  kn_employees_cells_name_sort_start (task);
}

/* Where @employee goes in the list's name order. */
static guint
sorted_position (KnPlanPage *self,
                 KnEmployee *employee)
{
  GListModel *model = G_LIST_MODEL (self->people);
  guint low = 0, high = g_list_model_get_n_items (model);

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(KnEmployee) other = g_list_model_get_item (model, middle);

      if (gtk_sorter_compare (self->name_sorter, other, employee) == GTK_ORDERING_LARGER)
        high = middle;
      else
        low = middle + 1;
    }
  return low;
}

/* The store's employees changed: one added or deleted goes in (or leaves) alone; the store read
 * anew sorts anew. */
static void
on_employees_changed_cb (GListModel *employees,
                         guint       position,
                         guint       removed,
                         guint       added,
                         KnPlanPage *self)
{
  if (self->sorting != NULL || (position == 0 && removed == self->mirror->len && removed > 0) ||
      removed + added > 64)
    {
      g_ptr_array_remove_range (self->mirror, position, removed);
      for (guint i = 0; i < added; i++)
        g_ptr_array_insert (self->mirror, position + i, g_list_model_get_item (employees, position + i));
      sort_people (self);
      return;
    }

  self->relisting = TRUE;
  for (guint i = position; i < position + removed; i++)
    {
      guint at;

      if (g_list_store_find (self->people, g_ptr_array_index (self->mirror, i), &at))
        g_list_store_remove (self->people, at);
    }
  g_ptr_array_remove_range (self->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    {
      KnEmployee *employee = g_list_model_get_item (employees, position + i);

      g_ptr_array_insert (self->mirror, position + i, employee);
      g_list_store_insert (self->people, sorted_position (self, employee), employee);
    }
  put_back_choice (self);
  self->relisting = FALSE;
}

static void
set_employees (KnPlanPage *self,
               GListModel *employees)
{
  if (self->employees != NULL)
    g_signal_handlers_disconnect_by_func (self->employees, on_employees_changed_cb, self);
  g_set_object (&self->employees, employees);
  drop_sort (self);
  if (self->mirror == NULL)
    return;
  g_ptr_array_set_size (self->mirror, 0);
  self->relisting = TRUE;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->people)) > 0)
    g_list_store_remove_all (self->people);
  self->relisting = FALSE;
  if (employees == NULL)
    return;
  g_signal_connect (employees, "items-changed", G_CALLBACK (on_employees_changed_cb), self);
  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    g_ptr_array_add (self->mirror, g_list_model_get_item (employees, i));
  /* Emptied above: the list shows nobody rather than an old order until the sort lands. */
  sort_people (self);
}

/* Asks whether the changes of the SKP being edited are saved before another one is shown;
 * @cancel offers to stay where one is. */
static GtkWindow *
unsaved_dialog_new (KnPlanPage *self,
                    gboolean    cancel)
{
  AdwMessageDialog *dialog = kn_message_dialog_new (
    GTK_WIDGET (self), _("Save the Changes to This SKP?"),
    _("The SKP you were editing has changes that are not saved yet."));

  if (cancel)
    {
      adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
      adw_message_dialog_set_close_response (dialog, "cancel");
    }
  adw_message_dialog_add_responses (dialog, "discard", _("_Discard"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  return GTK_WINDOW (dialog);
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
  kn_page_dialog_present (GTK_WIDGET (self), dialog, &self->dialog);
}

static void
on_selection_changed_cb (GtkSingleSelection *selection,
                         GParamSpec         *pspec,
                         KnPlanPage         *self)
{
  KnEmployee *employee = gtk_single_selection_get_selected_item (selection);
  gint64 id = employee != NULL ? kn_employee_get_id (employee) : 0;
  GtkWindow *dialog;

  if (id == self->employee_id || self->relisting)
    return;

  if (!_kn_plan_page_is_dirty (self))
    {
      _kn_plan_page_open_employee (self, id);
      return;
    }

  dialog = unsaved_dialog_new (self, FALSE);
  g_object_set_data (G_OBJECT (dialog), "next-employee", GSIZE_TO_POINTER ((gsize)id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unsaved_response_cb), self, 0);
  _kn_plan_page_present_dialog (self, dialog);
}

/* The year */

static void on_year_changed_cb (GtkDropDown *dropdown,
                                GParamSpec  *pspec,
                                KnPlanPage  *self);

static void
select_year_in_dropdown (KnPlanPage *self,
                         guint       year)
{
  for (guint i = 0; self->year_values != NULL && i < self->year_values->len; i++)
    if (g_array_index (self->year_values, guint, i) == year)
      {
        g_signal_handlers_block_by_func (self->year_dropdown, on_year_changed_cb, self);
        gtk_drop_down_set_selected (self->year_dropdown, i);
        g_signal_handlers_unblock_by_func (self->year_dropdown, on_year_changed_cb, self);
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

  if (self->year_values == NULL || selected >= self->year_values->len)
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
  dialog = unsaved_dialog_new (self, TRUE);
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

  g_signal_handlers_block_by_func (self->year_dropdown, on_year_changed_cb, self);
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
  g_signal_handlers_unblock_by_func (self->year_dropdown, on_year_changed_cb, self);
}

/* GObject */

/* What the login may do changed (kn_store_refresh_login): the SKP shown is offered anew, or,
 * with edits not saved yet, only its commands. */
static void
on_store_changed_cb (KnStore        *store,
                     KnStoreChanges *changes,
                     KnPlanPage     *self)
{
  if (kn_store_changes_is_external (changes) || !kn_store_changes_touches (changes, "login"))
    return;
  if (_kn_plan_page_is_dirty (self))
    _kn_plan_page_update_actions (self);
  else
    _kn_plan_page_open_employee (self, self->employee_id);
}

static void
kn_plan_page_dispose (GObject *object)
{
  KnPlanPage *self = (KnPlanPage *)object;

  _kn_plan_page_drop_plan (self);
  _kn_plan_page_editor_dispose (self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), KN_TYPE_PLAN_PAGE);

  g_clear_weak_pointer (&self->dialog);
  g_clear_pointer (&self->result_rows, g_ptr_array_unref);
  g_clear_pointer (&self->group_rows, g_ptr_array_unref);
  drop_sort (self);
  set_employees (self, NULL);
  g_clear_handle_id (&self->grow_source, g_source_remove);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->listed);
  g_clear_object (&self->filter);
  g_clear_object (&self->people);
  g_clear_object (&self->name_sorter);
  g_clear_pointer (&self->mirror, g_ptr_array_unref);
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

  g_type_ensure (KN_TYPE_CHOOSER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/id/go/lampungprov/Kinerja/kn-plan-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, paned);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, employee_list);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, none_page);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, owner_label);
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
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, reapproval_box);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, reapproval_label);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, reapproval_button);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, period_row);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, approach_row);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, assessor_row);
  gtk_widget_class_bind_template_child (widget_class, KnPlanPage, assessor_chooser);
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
  _kn_plan_page_editor_init (self);

  /* The store's employees in name order (sorted once, in a worker for a large office), no
   * filter until there is a search. */
  self->mirror = g_ptr_array_new_with_free_func (g_object_unref);
  self->people = g_list_store_new (KN_TYPE_EMPLOYEE);
  self->name_sorter = kn_employees_cells_name_sorter_new ();
  self->background_from = 2000;
  self->filter = gtk_custom_filter_new (employee_filter_func, self, NULL);
  self->listed = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->people)), 0, G_MAXUINT);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->listed)), NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
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
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  set_employees (self, store != NULL ? kn_store_get_employees (store) : NULL);
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

  finish_growing (self);
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
kn_plan_page_get_owner_text (KnPlanPage *self)
{
  g_return_val_if_fail (KN_IS_PLAN_PAGE (self), NULL);

  if (self->plan == NULL)
    return "";
  return gtk_label_get_text (self->owner_label);
}

const char *
kn_plan_page_get_reapproval_note (KnPlanPage *self)
{
  g_return_val_if_fail (KN_IS_PLAN_PAGE (self), NULL);

  if (!gtk_widget_get_visible (self->reapproval_box))
    return NULL;
  return gtk_label_get_text (self->reapproval_label);
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

KnChooser *
kn_plan_page_get_assessor_chooser (KnPlanPage *self)
{
  g_return_val_if_fail (KN_IS_PLAN_PAGE (self), NULL);
  return self->assessor_chooser;
}

void
kn_plan_page_set_background_from (KnPlanPage *self,
                                  guint       n_employees)
{
  g_return_if_fail (KN_IS_PLAN_PAGE (self));
  self->background_from = n_employees;
}

gboolean
kn_plan_page_is_sorting (KnPlanPage *self)
{
  g_return_val_if_fail (KN_IS_PLAN_PAGE (self), FALSE);
  return self->sorting != NULL || self->grow_source != 0;
}
