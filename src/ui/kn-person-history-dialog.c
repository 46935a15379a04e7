/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A person's history from the employee dialog: the entries, a form to add one, delete to correct. */

#define G_LOG_DOMAIN "kn-person-history-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kinerja/kn-cell-check.h"

#include "kn-chooser.h"
#include "kn-employee-choices.h"
#include "kn-person-history-dialog.h"
#include "kn-row-button.h"

struct _KnPersonHistoryDialog
{
  AdwWindow    parent_instance;

  KnStore     *store;
  KnEmployee  *employee;
  GArray      *ids;          /* gint64: the entry of each row of the list */
  GtkListBox  *list;
  AdwComboRow *kind;
  AdwComboRow *status;
  AdwComboRow *position_kind;
  AdwEntryRow *start;
  AdwEntryRow *end;
  AdwActionRow *unit_row;
  KnChooser   *unit;
  AdwActionRow *supervisor_row;
  KnChooser   *supervisor;
  GArray      *supervisor_ids;  /* gint64: the person of each supervisor item; 0 = none */
  gint64       proposed;        /* the head of the unit chosen, 0 when none */
  AdwEntryRow *person;
  AdwEntryRow *position;
  AdwEntryRow *decree;
  AdwEntryRow *rank;
  GtkLabel    *error;
};

G_DEFINE_FINAL_TYPE (KnPersonHistoryDialog, kn_person_history_dialog, ADW_TYPE_WINDOW)

static void on_delete_clicked_cb (GtkButton             *button,
                                  KnPersonHistoryDialog *self);

static void
fill_list (KnPersonHistoryDialog *self)
{
  g_autoptr(GPtrArray) history = kn_store_list_history (self->store,
                                                        kn_employee_get_id (self->employee));
  /* On a server, only the person's admin or operator corrects their history. */
  gboolean keeps = kn_store_login_may (self->store, KN_STORE_RIGHT_KEEP_PERSON,
                                       kn_employee_get_id (self->employee));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_array_set_size (self->ids, 0);

  for (guint i = 0; i < history->len; i++)
    {
      const KnHistoryEntry *entry = history->pdata[i];
      g_autofree char *day = kn_format_iso_date (entry->start_date);
      g_autofree char *what = kn_store_describe_history (self->store, entry);
      g_autofree char *subtitle = entry->decree != NULL
                                  ? g_strdup_printf ("%s — %s", what, entry->decree)
                                  : g_strdup (what);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = kn_row_button_new ("user-trash-symbolic", _("Delete this entry"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), day);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      g_object_set_data (G_OBJECT (remove), "kn-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_delete_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_widget_set_visible (remove, keeps);
      gtk_list_box_append (self->list, row);
      g_array_append_val (self->ids, entry->id);
    }
  if (history->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No dated changes are recorded."));
      gtk_list_box_append (self->list, row);
    }
}

static void
show_error (KnPersonHistoryDialog *self,
            const char            *message)
{
  gtk_label_set_text (self->error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error), message != NULL);
}

static gint64
chosen_unit (KnPersonHistoryDialog *self)
{
  KnOrgUnit *unit = kn_chooser_get_selected_item (self->unit);

  return unit != NULL ? kn_org_unit_get_id (unit) : 0;
}

static gint64
chosen_supervisor (KnPersonHistoryDialog *self)
{
  guint selected = kn_chooser_get_selected (self->supervisor);

  if (selected >= self->supervisor_ids->len)
    return 0;
  return g_array_index (self->supervisor_ids, gint64, selected);
}

/* Says of the atasan chosen whether it is the one proposed, the one kept, or none. */
static void
note_supervisor (KnPersonHistoryDialog *self)
{
  KnEmployee *now = kn_store_lookup_employee (self->store, kn_employee_get_id (self->employee));
  gint64 current = kn_employee_get_supervisor_id (now != NULL ? now : self->employee);
  gint64 chosen = chosen_supervisor (self);
  const char *note = "";

  if (chosen == 0)
    note = _("The person will have no direct superior unless one is chosen.");
  else if (chosen == self->proposed)
    note = _("Proposed: the head of the new unit. Choose another if needed.");
  else if (chosen == current)
    note = _("Kept: the atasan the person has now. Choose another if needed.");
  adw_action_row_set_subtitle (self->supervisor_row, note);
}

/* The atasan offered with the unit moved to: the head of that unit, as the employee form
 * proposes for someone placed there; without one (or before a unit is chosen), the atasan
 * the person has now. The row says which, so that nobody loses their atasan unawares. */
static void
offer_supervisor (KnPersonHistoryDialog *self)
{
  gint64 employee_id = kn_employee_get_id (self->employee);
  KnEmployee *now = kn_store_lookup_employee (self->store, employee_id);
  gint64 unit_id = chosen_unit (self);
  gint64 current;
  gint64 proposed = 0;

  if (now == NULL)
    now = self->employee;
  if (unit_id != 0)
    proposed = kn_employee_choices_propose_supervisor (self->store, unit_id);
  current = kn_employee_get_supervisor_id (now);

  if (proposed == employee_id)
    proposed = 0;
  self->proposed = proposed;
  kn_employee_choices_fill_supervisors (self->store, self->supervisor, self->supervisor_ids,
                                        employee_id,
                                        unit_id != 0 ? unit_id : kn_employee_get_unit_id (now),
                                        proposed != 0 ? proposed : current);
  note_supervisor (self);
}

static char *
field_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static gboolean
read_day (KnPersonHistoryDialog  *self,
          AdwEntryRow            *row,
          char                  **out)
{
  g_autofree char *text = field_text (row);
  GDate date;

  *out = NULL;
  if (text[0] == '\0')
    return TRUE;
  g_date_clear (&date, 1);
  if (!kn_cell_parse_date_text (text, &date))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a date; write it as 2026-07-01 "
                                                    "or 01-07-2026."), text);

      show_error (self, message);
      return FALSE;
    }
  *out = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
  return TRUE;
}

gboolean
kn_person_history_dialog_add (KnPersonHistoryDialog *self)
{
  g_autoptr(KnHistoryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *person = NULL;
  KnHistoryKind kind;

  g_return_val_if_fail (KN_IS_PERSON_HISTORY_DIALOG (self), FALSE);

  kind = adw_combo_row_get_selected (self->kind);
  if (kind >= KN_HISTORY_N)
    kind = KN_HISTORY_STATUS;
  entry = kn_history_entry_new (kn_employee_get_id (self->employee), kind);
  if (!read_day (self, self->start, &entry->start_date))
    return FALSE;
  if ((kind == KN_HISTORY_PLT || kind == KN_HISTORY_PLH) &&
      !read_day (self, self->end, &entry->end_date))
    return FALSE;
  if (entry->start_date == NULL)
    {
      show_error (self, _("From (TMT): write the day it takes effect, for example 2026-07-01."));
      return FALSE;
    }
  entry->status = adw_combo_row_get_selected (self->status);
  entry->position_kind = adw_combo_row_get_selected (self->position_kind);
  entry->position = field_text (self->position);
  entry->decree = field_text (self->decree);
  if (kind == KN_HISTORY_PANGKAT)
    entry->rank = field_text (self->rank);

  if (kind == KN_HISTORY_MUTASI || kind == KN_HISTORY_PLT || kind == KN_HISTORY_PLH)
    entry->unit_id = chosen_unit (self);
  if (kind == KN_HISTORY_MUTASI)
    entry->supervisor_id = chosen_supervisor (self);
  person = field_text (self->person);
  if (person[0] != '\0' && (kind == KN_HISTORY_PLT || kind == KN_HISTORY_PLH))
    {
      KnEmployee *found = kn_store_find_employee_by_nip (self->store, person);

      if (found == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("Nobody in the database has the NIP %s."),
                                                      person);

          show_error (self, message);
          return FALSE;
        }
      entry->acting_for_id = kn_employee_get_id (found);
    }

  if (!kn_store_add_history (self->store, entry, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  show_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->start), "");
  gtk_editable_set_text (GTK_EDITABLE (self->end), "");
  gtk_editable_set_text (GTK_EDITABLE (self->decree), "");
  gtk_editable_set_text (GTK_EDITABLE (self->rank), "");
  kn_chooser_set_selected (self->unit, GTK_INVALID_LIST_POSITION);
  offer_supervisor (self);
  fill_list (self);
  return TRUE;
}

gboolean
kn_person_history_dialog_delete (KnPersonHistoryDialog *self,
                                 guint                  index)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KN_IS_PERSON_HISTORY_DIALOG (self), FALSE);
  g_return_val_if_fail (index < self->ids->len, FALSE);

  if (!kn_store_delete_history (self->store, g_array_index (self->ids, gint64, index), &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  show_error (self, NULL);
  fill_list (self);
  return TRUE;
}

static void
on_delete_clicked_cb (GtkButton             *button,
                      KnPersonHistoryDialog *self)
{
  kn_person_history_dialog_delete (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button),
                                                                              "kn-index")));
}

static void
on_add_clicked_cb (GtkButton             *button,
                   KnPersonHistoryDialog *self)
{
  kn_person_history_dialog_add (self);
}

/* Only the fields of the chosen kind can be typed in. */
static void
on_kind_changed_cb (AdwComboRow           *row,
                    GParamSpec            *pspec,
                    KnPersonHistoryDialog *self)
{
  KnHistoryKind kind = adw_combo_row_get_selected (row);
  gboolean acting = kind == KN_HISTORY_PLT || kind == KN_HISTORY_PLH;

  gtk_widget_set_sensitive (GTK_WIDGET (self->status), kind == KN_HISTORY_STATUS);
  gtk_widget_set_sensitive (GTK_WIDGET (self->end), acting);
  gtk_widget_set_sensitive (GTK_WIDGET (self->unit_row), kind == KN_HISTORY_MUTASI || acting);
  gtk_widget_set_visible (GTK_WIDGET (self->supervisor_row), kind == KN_HISTORY_MUTASI);
  gtk_widget_set_sensitive (GTK_WIDGET (self->person), acting);
  gtk_widget_set_sensitive (GTK_WIDGET (self->position), kind == KN_HISTORY_JABATAN || acting);
  gtk_widget_set_sensitive (GTK_WIDGET (self->position_kind), kind == KN_HISTORY_JABATAN);
  gtk_widget_set_sensitive (GTK_WIDGET (self->rank), kind == KN_HISTORY_PANGKAT);
}

static void
on_unit_chosen_cb (KnChooser             *chooser,
                   GParamSpec            *pspec,
                   KnPersonHistoryDialog *self)
{
  if (self->employee != NULL)
    offer_supervisor (self);
}

static void
on_supervisor_chosen_cb (KnChooser             *chooser,
                         GParamSpec            *pspec,
                         KnPersonHistoryDialog *self)
{
  if (self->employee != NULL)
    note_supervisor (self);
}

static void
kn_person_history_dialog_dispose (GObject *object)
{
  KnPersonHistoryDialog *self = KN_PERSON_HISTORY_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->employee);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->supervisor_ids, g_array_unref);
  G_OBJECT_CLASS (kn_person_history_dialog_parent_class)->dispose (object);
}

static void
kn_person_history_dialog_class_init (KnPersonHistoryDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kn_person_history_dialog_dispose;
  /* Escape closes it, as it closes every other dialog. */
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0,
                                       "window.close", NULL);
}

static AdwEntryRow *
entry_row (GtkWidget  *group,
           const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return ADW_ENTRY_ROW (row);
}

static KnChooser *
chooser_row (GtkWidget     *group,
             const char    *title,
             const char    *placeholder,
             AdwActionRow **row_out)
{
  GtkWidget *row = adw_action_row_new ();
  KnChooser *chooser = kn_chooser_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (GTK_WIDGET (chooser), GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (GTK_WIDGET (chooser), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (chooser), 260, -1);
  if (placeholder != NULL)
    kn_chooser_set_placeholder (chooser, placeholder);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (chooser));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (chooser));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  *row_out = ADW_ACTION_ROW (row);
  return chooser;
}

static AdwComboRow *
combo_row (GtkWidget          *group,
           const char         *title,
           const char * const *labels)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return ADW_COMBO_ROW (row);
}

static void
kn_person_history_dialog_init (KnPersonHistoryDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *recorded = adw_preferences_group_new ();
  GtkWidget *form = adw_preferences_group_new ();
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add to the History"));
  const char *kinds[KN_HISTORY_N + 1] = {
    _("Status"), _("Transfer (mutasi)"), _("Position (jabatan)"), _("Plt. (pelaksana tugas)"),
    _("Plh. (pelaksana harian)"), _("Kenaikan pangkat"), NULL
  };
  const char *statuses[KN_PERSON_N + 1] = { NULL };
  const char *position_kinds[KN_POSITION_N + 1] = { NULL };

  for (int i = 0; i < KN_PERSON_N; i++)
    statuses[i] = kn_person_status_label (i);
  for (int i = 0; i < KN_POSITION_N; i++)
    position_kinds[i] = kn_position_kind_label (i);

  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->supervisor_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  gtk_window_set_title (GTK_WINDOW (self), _("History"));
  gtk_window_set_default_size (GTK_WINDOW (self), 620, 720);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_box_append (GTK_BOX (box), header);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (recorded), _("Recorded"));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (recorded), GTK_WIDGET (self->list));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (recorded));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (form), _("Add"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (form),
                                         _("A change from its date (TMT). A transfer, a "
                                           "position or a kenaikan pangkat whose day has come "
                                           "also changes the person as recorded."));
  self->kind = combo_row (form, _("Kind"), kinds);
  self->start = entry_row (form, _("From (TMT), e.g. 2026-07-01"));
  self->end = entry_row (form, _("Until (Plt./Plh.)"));
  self->status = combo_row (form, _("Status"), statuses);
  self->unit = chooser_row (form, _("Unit (transfer; or the vacant post’s unit)"),
                            _("Choose the unit…"), &self->unit_row);
  self->supervisor = chooser_row (form, _("New direct superior (atasan langsung)"), NULL,
                                  &self->supervisor_row);
  self->person = entry_row (form, _("NIP of the official acted for (Plt./Plh.)"));
  self->position = entry_row (form, _("Position, or the post acted in"));
  self->position_kind = combo_row (form, _("Type of position"), position_kinds);
  self->rank = entry_row (form, _("New pangkat/golongan (kenaikan pangkat), e.g. III/c"));
  self->decree = entry_row (form, _("Decree number (SK)"));
  adw_combo_row_set_selected (self->position_kind, KN_POSITION_PELAKSANA);
  self->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error, TRUE);
  gtk_label_set_xalign (self->error, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error), FALSE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->error), 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (form), GTK_WIDGET (self->error));
  gtk_widget_set_halign (add, GTK_ALIGN_END);
  gtk_widget_set_margin_top (add, 12);
  gtk_widget_add_css_class (add, "suggested-action");
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_clicked_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (form), add);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (form));

  g_signal_connect (self->kind, "notify::selected", G_CALLBACK (on_kind_changed_cb), self);
  g_signal_connect (self->unit, "notify::selected", G_CALLBACK (on_unit_chosen_cb), self);
  g_signal_connect (self->supervisor, "notify::selected", G_CALLBACK (on_supervisor_chosen_cb),
                    self);
  on_kind_changed_cb (self->kind, NULL, self);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
}

KnPersonHistoryDialog *
kn_person_history_dialog_new (KnStore    *store,
                              KnEmployee *employee)
{
  KnPersonHistoryDialog *self;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);
  g_return_val_if_fail (KN_IS_EMPLOYEE (employee), NULL);

  self = g_object_new (KN_TYPE_PERSON_HISTORY_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->employee = g_object_ref (employee);
  gtk_window_set_title (GTK_WINDOW (self), kn_employee_get_name (employee));
  {
    g_autoptr(GtkExpression) path = gtk_property_expression_new (KN_TYPE_ORG_UNIT, NULL, "path");

    kn_chooser_set_expression (self->unit, path);
  }
  kn_chooser_set_model (self->unit, kn_store_get_units (store));
  kn_chooser_set_selected (self->unit, GTK_INVALID_LIST_POSITION);
  offer_supervisor (self);
  fill_list (self);
  /* The form to add an entry: not for a login that may not keep this person. */
  gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (self->kind),
                                                   ADW_TYPE_PREFERENCES_GROUP),
                          kn_store_login_may (store, KN_STORE_RIGHT_KEEP_PERSON,
                                              kn_employee_get_id (employee)));
  return self;
}

GtkListBox *
kn_person_history_dialog_get_list (KnPersonHistoryDialog *self)
{
  g_return_val_if_fail (KN_IS_PERSON_HISTORY_DIALOG (self), NULL);
  return self->list;
}

GtkWidget *
kn_person_history_dialog_get_field (KnPersonHistoryDialog *self,
                                    const char            *name)
{
  const struct { const char *name; gpointer widget; } fields[] = {
    { "kind", self->kind }, { "status", self->status }, { "position-kind", self->position_kind },
    { "start", self->start }, { "end", self->end }, { "unit", self->unit },
    { "supervisor", self->supervisor }, { "person", self->person },
    { "position", self->position }, { "decree", self->decree },
    { "rank", self->rank },
  };

  g_return_val_if_fail (KN_IS_PERSON_HISTORY_DIALOG (self), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].name, name))
      return fields[i].widget;
  g_return_val_if_reached (NULL);
}

const char *
kn_person_history_dialog_get_error (KnPersonHistoryDialog *self)
{
  g_return_val_if_fail (KN_IS_PERSON_HISTORY_DIALOG (self), NULL);
  return gtk_label_get_text (self->error);
}

gboolean
kn_person_history_dialog_select_unit (KnPersonHistoryDialog *self,
                                      gint64                 unit_id)
{
  GListModel *units;

  g_return_val_if_fail (KN_IS_PERSON_HISTORY_DIALOG (self), FALSE);

  units = kn_store_get_units (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (units, i);

      if (kn_org_unit_get_id (unit) == unit_id)
        {
          kn_chooser_set_selected (self->unit, i);
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
kn_person_history_dialog_select_supervisor (KnPersonHistoryDialog *self,
                                            gint64                 supervisor_id)
{
  g_return_val_if_fail (KN_IS_PERSON_HISTORY_DIALOG (self), FALSE);
  return kn_chooser_select_id (self->supervisor, self->supervisor_ids, supervisor_id);
}

const char *
kn_person_history_dialog_get_supervisor_note (KnPersonHistoryDialog *self)
{
  g_return_val_if_fail (KN_IS_PERSON_HISTORY_DIALOG (self), NULL);
  return adw_action_row_get_subtitle (self->supervisor_row);
}
