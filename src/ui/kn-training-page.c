/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Pengembangan Kompetensi place. The people of a unit on the left, each with a bar of the JP
 * they have had this year against the JP they are owed; on the right the chosen person's
 * activities, with a dialog to add or correct one and a confirmation to delete one. */

#define G_LOG_DOMAIN "kn-training-page"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kinerja/kn-history.h"

#include "kn-chooser.h"
#include "kn-desk-settings.h"
#include "kn-import-dialog.h"
#include "kn-message-dialog.h"
#include "kn-period-choices.h"
#include "kn-row-button.h"
#include "kn-store-follow.h"
#include "kn-store-reading.h"
#include "kn-training-dialog.h"
#include "kn-training-page.h"
#include "kn-training-reading.h"

/* The desk's key for the unit last chosen here (kn-desk-settings). */
#define UNIT_KEY "kompetensi-unit"

struct _KnTrainingPage
{
  GtkWidget           parent_instance;

  KnStore            *store;         /* owned, nullable */
  GArray             *unit_ids;      /* owned: gint64 per unit_chooser item */
  GArray             *years;         /* owned: guint per year_dropdown item */
  GHashTable         *totals;        /* owned: gint64 * → double * JP of the year */
  GHashTable         *inactive;      /* owned: gint64 * of who was active no day of the year */
  GPtrArray          *activities;    /* owned: KnTraining of the selected person */
  KnTrainingPeople   *people;        /* owned: the unit's people, landing in pieces */
  gint64              people_unit;   /* the unit whose people are listed, or landing; -1: none */
  gint64              keep;          /* the person to select again once they have landed */
  GtkCustomFilter    *filter;        /* owned */
  GtkFilterListModel *filtered;      /* owned: people, as searched and checked */
  GtkSingleSelection *selection;     /* owned */
  gint64              unit_id;
  guint               year;
  char               *summary;       /* owned */
  KnTrainingChart     chart;         /* the unit's JP of chart.year, and the target */
  gint64              chart_unit;    /* the unit of chart and totals */
  char               *jp_text;       /* owned */
  GtkWindow          *dialog;        /* weak */
  GCancellable       *load;          /* owned, nullable: the year being read in a worker */
  GtkListItemFactory *rows;          /* owned */
  gboolean            below_only;    /* as below_check when the list was last filtered */
  char               *needle;        /* owned, nullable: the search casefolded, then */
  char               *digits;        /* owned, nullable: its digits (a NIP), then */

  GtkBox             *main_box;
  KnChooser          *unit_chooser;
  GtkDropDown        *year_dropdown;
  GtkSearchEntry     *search_entry;
  GtkCheckButton     *below_check;
  GtkLabel           *summary_label;
  GtkLabel           *status_label;
  GtkWidget          *loading_box;
  GtkListView        *list_view;
  GtkLabel           *name_label;
  GtkLabel           *position_label;
  GtkBox             *progress_box;
  GtkLevelBar        *jp_bar;
  GtkLabel           *jp_label;
  GtkBox             *activities_header;
  GtkListBox         *activities_list;
  GtkLabel           *hint_label;
  GtkDrawingArea     *chart_area;
};

G_DEFINE_FINAL_TYPE (KnTrainingPage, kn_training_page, GTK_TYPE_WIDGET)

static double
hours_of (KnTrainingPage *self,
          gint64          employee_id)
{
  double *hours = self->totals != NULL ? g_hash_table_lookup (self->totals, &employee_id) : NULL;

  return hours != NULL ? *hours : 0;
}

/* For the rows: a person's JP and the JP owed. */
static double
row_hours (gpointer  data,
           gint64    employee_id,
           double   *target)
{
  KnTrainingPage *self = data;

  *target = self->chart.target;
  return hours_of (self, employee_id);
}

static KnEmployee *
selected_employee (KnTrainingPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

/* On a server, only the person's admin or operator records, corrects and deletes their
 * activities; the others read them. */
static gboolean
keeps_selected (KnTrainingPage *self)
{
  KnEmployee *employee = self->store != NULL ? selected_employee (self) : NULL;

  return employee != NULL &&
         kn_store_login_may (self->store, KN_STORE_RIGHT_KEEP_PERSON,
                             kn_employee_get_id (employee));
}

/* The list */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  KnTrainingPage *self = user_data;
  KnEmployee *employee = item;

  /* Only the unit's people are in the list, read with their JP (kn_training_year_members). */
  if (self->below_only &&
      kn_training_band (hours_of (self, kn_employee_get_id (employee)), self->chart.target) ==
      KN_TRAINING_BAND_REACHED)
    return FALSE;

  if (self->needle != NULL)
    {
      g_autofree char *name = g_utf8_casefold (kn_employee_get_name (employee), -1);

      if (strstr (name, self->needle) == NULL &&
          (self->digits == NULL || self->digits[0] == '\0' ||
           strstr (kn_employee_get_nip (employee), self->digits) == NULL))
        return FALSE;
    }
  return TRUE;
}

/* Filters the unit's people again, the check button and the search read once for all of them
 * rather than for each. */
static void
filter_people (KnTrainingPage *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  self->below_only = gtk_check_button_get_active (self->below_check);
  g_clear_pointer (&self->needle, g_free);
  g_clear_pointer (&self->digits, g_free);
  if (search != NULL && search[0] != '\0')
    {
      self->needle = g_utf8_casefold (search, -1);
      self->digits = kn_nip_normalize (search);
    }
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  KnTrainingPage *self = user_data;

  self->chart.title = _("Lesson hours of competence development");
  kn_chart_draw_training (cr, width, height, &self->chart);
}

static void
update_summary (KnTrainingPage *self)
{
  KnTrainingChart *chart = &self->chart;
  g_autofree char *average = NULL;
  g_autofree char *target = NULL;
  g_autofree char *hint = NULL;

  target = kn_format_decimal (chart->target);
  average = kn_format_decimal (chart->employees > 0 ? chart->total_hours / chart->employees : 0);
  g_free (self->summary);
  if (chart->employees == 0)
    self->summary = g_strdup (_("No one works in this unit yet."));
  else
    /* Translators: "48 of 76 people have had their 20 JP in 2026; 6 have had none yet. On average 23,4 JP each." */
    self->summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%u of %u person has had their %s JP in %u; %u has had none yet. On average %s JP each.",
                                                  "%u of %u people have had their %s JP in %u; %u have had none yet. On average %s JP each.",
                                                  chart->employees),
                                     chart->counts[KN_TRAINING_BAND_REACHED], chart->employees,
                                     target, chart->year, chart->counts[KN_TRAINING_BAND_NONE],
                                     average);
  gtk_label_set_text (self->summary_label, self->summary);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart_area));

  /* Translators: %s is the number of lesson hours owed each year, normally 20 */
  hint = g_strdup_printf (_("Every PNS is owed at least %s lesson hours (JP) of competence "
                            "development a year (PP 17/2020). Training, seminars and bimtek count, "
                            "and so do coaching, mentoring, e-learning and self-study."),
                          target);
  gtk_label_set_text (self->hint_label, hint);
}

/* The chosen person */

static void
edit_activity (KnTrainingPage *self,
               KnTraining     *training);

static void
on_edit_clicked_cb (GtkButton      *button,
                    KnTrainingPage *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));

  if (index < self->activities->len)
    edit_activity (self, self->activities->pdata[index]);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       KnTrainingPage   *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = *(gint64 *)g_object_get_data (G_OBJECT (dialog), "training-id");

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!kn_training_page_delete (self, id, &error))
    kn_page_message_present (GTK_WIDGET (self), _("The activity was not deleted"), error->message,
                             NULL);
}

static void
confirm_delete (KnTrainingPage *self,
                guint           index)
{
  KnTraining *training;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *hours = NULL;
  gint64 *id;
  AdwMessageDialog *dialog;

  if (index >= self->activities->len)
    return;
  training = self->activities->pdata[index];
  hours = kn_format_decimal (training->hours);
  heading = g_strdup_printf (_("Delete “%s”?"), training->title);
  /* Translators: %s JP — the activity's lesson hours */
  body = g_strdup_printf (_("Its %s JP will no longer count towards this year's lesson hours. "
                            "The deletion is recorded in the change history."), hours);
  dialog = kn_question_dialog_new (GTK_WIDGET (self), heading, body, "delete", _("_Delete"),
                                   ADW_RESPONSE_DESTRUCTIVE);
  id = g_new (gint64, 1);
  *id = training->id;
  g_object_set_data_full (G_OBJECT (dialog), "training-id", id, g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_delete_response_cb), self);
  kn_page_dialog_present (GTK_WIDGET (self), GTK_WINDOW (dialog), &self->dialog);
}

static void
on_delete_clicked_cb (GtkButton      *button,
                      KnTrainingPage *self)
{
  confirm_delete (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")));
}

/* A flat button at the end of @row, named @label, doing @clicked on the activity at @index;
 * shown only to who keeps the person's activities. */
static void
activity_button_add (KnTrainingPage *self,
                     AdwActionRow   *row,
                     const char     *icon,
                     const char     *label,
                     guint           index,
                     GCallback       clicked)
{
  GtkWidget *button = kn_row_button_new (icon, label);

  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", clicked, self);
  gtk_widget_set_visible (button, keeps_selected (self));
  adw_action_row_add_suffix (row, button);
}

static GtkWidget *
activity_row_new (KnTrainingPage *self,
                  KnTraining     *training,
                  guint           index)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *hours_label;
  g_autofree char *date = kn_format_iso_date (training->date);
  g_autofree char *hours = kn_format_decimal (training->hours);
  g_autofree char *hours_text = NULL;
  g_autoptr(GString) subtitle = g_string_new (date != NULL ? date : training->date);
  g_autofree char *title = g_markup_escape_text (training->title, -1);
  g_autofree char *escaped = NULL;

  g_string_append_printf (subtitle, " · %s", kn_training_form_label (training->form));
  if (training->organizer != NULL)
    g_string_append_printf (subtitle, " · %s", training->organizer);
  if (training->evidence != NULL)
    g_string_append_printf (subtitle, "\n%s", training->evidence);
  escaped = g_markup_escape_text (subtitle->str, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  /* Translators: the lesson hours of one activity, "24 JP" */
  hours_text = g_strdup_printf (_("%s JP"), hours);
  hours_label = gtk_label_new (hours_text);
  gtk_widget_add_css_class (hours_label, "heading");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), hours_label);

  activity_button_add (self, ADW_ACTION_ROW (row), "document-edit-symbolic",
                       _("Correct this activity"), index, G_CALLBACK (on_edit_clicked_cb));
  activity_button_add (self, ADW_ACTION_ROW (row), "user-trash-symbolic",
                       _("Delete this activity"), index, G_CALLBACK (on_delete_clicked_cb));
  /* The Delete key finds the activity from the row that has the focus. */
  g_object_set_data (G_OBJECT (row), "activity", GUINT_TO_POINTER (index + 1));

  return row;
}

static void
show_selected (KnTrainingPage *self)
{
  KnEmployee *employee = self->store != NULL ? selected_employee (self) : NULL;
  GtkWidget *child;
  double hours;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->activities_list))) != NULL)
    gtk_list_box_remove (self->activities_list, child);
  g_ptr_array_set_size (self->activities, 0);
  g_clear_pointer (&self->jp_text, g_free);

  gtk_widget_set_visible (GTK_WIDGET (self->progress_box), employee != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->activities_header), employee != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->activities_list), employee != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->chart_area), employee == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "training.add",
                                 employee != NULL && keeps_selected (self));
  /* The header's last child is its Add Activity button. */
  gtk_widget_set_tooltip_text (gtk_widget_get_last_child (GTK_WIDGET (self->activities_header)),
                               employee != NULL && !keeps_selected (self)
                               ? _("Only an admin or the operator of this person's unit records "
                                   "their learning activities.")
                               : NULL);
  if (employee == NULL)
    {
      KnOrgUnit *unit = self->store != NULL ? kn_store_lookup_unit (self->store, self->unit_id)
                                            : NULL;

      gtk_label_set_text (self->name_label, unit != NULL ? kn_org_unit_get_name (unit)
                                                         : _("Choose a person on the left"));
      gtk_label_set_text (self->position_label,
                          _("Choose a person on the left to see and record their learning "
                            "activities of the year."));
      return;
    }

  {
    g_autofree char *nip = kn_nip_format (kn_employee_get_nip (employee));
    g_autofree char *line = g_strdup_printf ("%s · NIP %s", kn_employee_get_position (employee),
                                             nip != NULL ? nip : kn_employee_get_nip (employee));

    gtk_label_set_text (self->name_label, kn_employee_get_name (employee));
    gtk_label_set_text (self->position_label, line);
  }

  {
    g_autoptr(GPtrArray) list = kn_store_list_trainings (self->store,
                                                         kn_employee_get_id (employee),
                                                         self->year);

    for (guint i = 0; i < list->len; i++)
      g_ptr_array_add (self->activities, kn_training_copy (list->pdata[i]));
  }

  /* The person's JP as read with their activities; the unit's figures follow when they were
   * read before a change of this person's (saved here, imported, or from elsewhere). */
  hours = 0;
  for (guint i = 0; i < self->activities->len; i++)
    hours += ((KnTraining *)self->activities->pdata[i])->hours;
  if (self->totals != NULL && self->chart.year == self->year && self->chart_unit == self->unit_id &&
      hours != hours_of (self, kn_employee_get_id (employee)))
    {
      kn_training_count_move (&self->chart, self->totals, self->inactive,
                              kn_employee_get_id (employee), hours);
      update_summary (self);
      kn_training_rows_refresh (self->rows);
    }
  self->jp_text = kn_training_jp_text (hours, self->chart.target);
  gtk_label_set_text (self->jp_label, self->jp_text);
  kn_training_jp_bar_set (self->jp_bar, hours, self->chart.target);

  for (guint i = 0; i < self->activities->len; i++)
    gtk_list_box_append (self->activities_list, activity_row_new (self, self->activities->pdata[i], i));

  {
    g_autofree char *none = g_strdup_printf (_("Nothing recorded for %u yet. Add each training, "
                                               "seminar or coaching session with its JP."),
                                             self->year);
    GtkWidget *placeholder = gtk_label_new (none);

    gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
    gtk_widget_set_margin_top (placeholder, 18);
    gtk_widget_set_margin_bottom (placeholder, 18);
    gtk_widget_set_margin_start (placeholder, 12);
    gtk_widget_set_margin_end (placeholder, 12);
    gtk_widget_add_css_class (placeholder, "dim-label");
    gtk_list_box_set_placeholder (self->activities_list, placeholder);
  }
}

static void
on_selection_changed_cb (GtkSingleSelection *selection,
                         GParamSpec         *pspec,
                         KnTrainingPage     *self)
{
  /* Chosen now: not the one to select again once the people have landed. */
  if (selected_employee (self) != NULL)
    self->keep = 0;
  show_selected (self);
}

static void
set_status (KnTrainingPage *self,
            const char     *text,
            gboolean        failed);

/* The people of the year read have all landed: the rows on screen say their hours, the chosen
 * person is chosen again. */
static void
on_people_landed_cb (gpointer data)
{
  KnTrainingPage *self = data;
  gint64 keep = self->keep;

  self->keep = 0;
  kn_training_rows_refresh (self->rows);
  if (keep != 0)
    kn_training_page_select_employee (self, keep);
  show_selected (self);
}

/* The year's JP have been read: shows them, and the unit's people with them (landing in pieces
 * when they are not those listed), keeping the chosen person. */
static void
show_year (KnTrainingPage *self,
           KnTrainingYear *year)
{
  KnEmployee *employee = selected_employee (self);

  if (employee != NULL)
    self->keep = kn_employee_get_id (employee);
  g_clear_pointer (&self->totals, g_hash_table_unref);
  g_clear_pointer (&self->inactive, g_hash_table_unref);
  self->totals = g_steal_pointer (&year->totals);
  self->inactive = g_steal_pointer (&year->inactive);
  self->chart = year->chart;
  self->chart_unit = year->unit_id;
  update_summary (self);
  self->people_unit = year->unit_id;
  if (kn_training_people_land (self->people, self->store, g_steal_pointer (&year->members),
                               on_people_landed_cb, self))
    return;
  /* The same people: filtered again only when the hours change who is below the target. */
  if (gtk_check_button_get_active (self->below_check))
    filter_people (self);
  if (!kn_training_people_is_landing (self->people))
    on_people_landed_cb (self);
}

static void
on_year_read_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(KnTrainingPage) self = user_data;
  g_autoptr(GError) error = NULL;
  KnTrainingYear *year = kn_store_reading_finish (result, &self->load, &error);

  /* Chosen again meanwhile: these hours are another choice's. */
  if (year == NULL && error == NULL)
    return;
  gtk_widget_set_visible (self->loading_box, FALSE);
  if (year == NULL)
    set_status (self, error->message, TRUE);
  else
    show_year (self, year);
  /* The reading hands its result over (kn_store_reading_finish). */
  g_clear_pointer (&year, kn_training_year_free);
}

/* Reads the JP of the year again in a worker — the whole province's, some 80 ms at 19,000
 * people — on a store of its own (on the page's store when it has no file). What is shown stays,
 * with "Loading the unit…", until they come; a new reading drops the one under way. */
static void
reload (KnTrainingPage *self)
{
  KnTrainingYear *year;

  kn_store_reading_cancel (&self->load);
  gtk_widget_set_visible (self->loading_box, FALSE);
  if (self->store == NULL)
    return;

  year = kn_training_year_new (self->unit_id, self->year);
  if (kn_store_get_path (self->store) == NULL)
    {
      kn_training_year_read (self->store, year, NULL, NULL);
      show_year (self, year);
      kn_training_year_free (year);
      return;
    }
  gtk_widget_set_visible (self->loading_box, TRUE);
  kn_store_reading_start (self->store, &self->load, kn_training_year_read, year,
                          (GDestroyNotify)kn_training_year_free, on_year_read_cb,
                          g_object_ref (self));
}

static void
on_choice_changed_cb (GObject        *dropdown,
                      GParamSpec     *pspec,
                      KnTrainingPage *self)
{
  guint unit = kn_chooser_get_selected (self->unit_chooser);
  guint year = gtk_drop_down_get_selected (self->year_dropdown);
  gint64 unit_id;
  KnEmployee *employee;

  if (self->store == NULL)
    return;
  unit_id = unit < self->unit_ids->len ? g_array_index (self->unit_ids, gint64, unit) : 0;
  self->year = year < self->years->len ? g_array_index (self->years, guint, year) : 0;
  /* Chosen by the person (not filled in by the page): the unit the place opens on next time. */
  if (pspec != NULL && dropdown == G_OBJECT (self->unit_chooser))
    kn_desk_settings_keep_unit (UNIT_KEY, kn_store_get_path (self->store), unit_id);
  self->unit_id = unit_id;
  /* Another unit: who its people are is known here, and they land at once (in pieces), their
   * hours when read; the people read with the hours land over them where they differ (who was
   * inactive all year with no JP). The list holds only them, never the province's 19,000. A
   * place not shown (built in a quiet turn after launch) waits for those read with the hours. */
  if (unit_id != self->people_unit && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      employee = selected_employee (self);
      if (employee != NULL)
        self->keep = kn_employee_get_id (employee);
      self->people_unit = unit_id;
      kn_training_people_land (self->people, self->store,
                               kn_training_year_members (self->store, unit_id, self->totals,
                                                         self->inactive),
                               on_people_landed_cb, self);
    }
  reload (self);
}

static void
on_filter_changed_cb (GtkWidget      *widget,
                      KnTrainingPage *self)
{
  if (self->store != NULL)
    filter_people (self);
}

/* While the page fills or sets its choices itself, their handler waits: showing is not choosing.
 * The caller then reloads once. */
static void
hold_choices (KnTrainingPage *self,
              gboolean        hold)
{
  kn_choices_hold (self, hold, self->unit_chooser, self->year_dropdown, NULL);
}

/* Fills the unit and year lists and shows @keep_unit in @keep_year where they are offered
 * (the first unit and this year otherwise): the store is read once. */
static void
fill_choices (KnTrainingPage *self,
              gint64          keep_unit,
              guint           keep_year)
{
  guint unit_index = kn_choice_find_id (self->unit_ids, keep_unit);
  g_autoptr(GtkStringList) unit_labels = NULL;
  /* This year and the two before, and any year that has an SKP. */
  g_autoptr(GArray) years = kn_period_choices_years_back (self->store, 2);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *keep = keep_year != 0 ? g_strdup_printf ("%u", keep_year) : NULL;
  guint year_index;
  g_autoptr(GtkStringList) year_labels = kn_period_choices_new_for_years (self->store, years, TRUE,
                                                                          keep, names, &year_index);
  gboolean same_years = years->len == self->years->len &&
                        memcmp (years->data, self->years->data, years->len * sizeof (guint)) == 0;

  /* The units as they were (each time the place is shown): the choices already given are kept,
   * not built and laid out anew. */
  if (!kn_unit_choices_current (self->store, kn_chooser_get_model (self->unit_chooser),
                                self->unit_ids))
    unit_labels = kn_unit_choices_new (self->store, keep_unit, self->unit_ids, &unit_index);
  else if (unit_index == GTK_INVALID_LIST_POSITION)
    unit_index = 0;
  g_array_set_size (self->years, 0);
  g_array_append_vals (self->years, years->data, years->len);

  hold_choices (self, TRUE);
  if (unit_labels != NULL)
    kn_chooser_set_model (self->unit_chooser, G_LIST_MODEL (unit_labels));
  if (!same_years)
    gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (year_labels));
  kn_chooser_set_selected (self->unit_chooser, unit_index);
  gtk_drop_down_set_selected (self->year_dropdown, year_index);
  hold_choices (self, FALSE);
  on_choice_changed_cb (G_OBJECT (self->unit_chooser), NULL, self);
}

/* The activity dialog */

static void
edit_activity (KnTrainingPage *self,
               KnTraining     *training)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = NULL;
  GtkWindow *dialog;

  /* Today, or the last day of a past year being filled in afterwards. */
  if ((guint) g_date_time_get_year (now) == self->year)
    today = g_date_time_format (now, "%Y-%m-%d");
  else
    today = g_strdup_printf ("%04u-12-31", self->year);

  dialog = GTK_WINDOW (kn_training_dialog_new (selected_employee (self), training, today,
                                               kn_training_page_submit, self));
  kn_page_dialog_present (GTK_WIDGET (self), dialog, &self->dialog);
}

/* The Delete key deletes the activity the keyboard is on (asking first), as in Pegawai. */
static void
delete_focused_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KnTrainingPage *self = KN_TRAINING_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->activities_list)) ||
      !keeps_selected (self))
    return;
  row = GTK_IS_LIST_BOX_ROW (focus) ? focus : gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);
  if (row != NULL && g_object_get_data (G_OBJECT (row), "activity") != NULL)
    confirm_delete (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "activity")) - 1);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (KN_TRAINING_PAGE (widget)->search_entry));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KnTrainingPage *self = KN_TRAINING_PAGE (widget);

  if (selected_employee (self) != NULL)
    edit_activity (self, NULL);
}

/* The recap workbook */

static void
set_status (KnTrainingPage *self,
            const char     *text,
            gboolean        failed)
{
  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);
  if (failed)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
}

static void
on_recap_chosen_cb (GtkNativeDialog *chooser,
                    int              response,
                    KnTrainingPage  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        kn_training_page_save_recap (self, path, NULL);
    }
  g_object_unref (chooser);
}

/* Called by the import dialog once the activities are in. */
static void
on_imported_cb (KnTrainingPage *self)
{
  show_selected (self);
  reload (self);
}

/* The import dialog (kn-import-dialog.c) with the training engine: a preview, then a backup and
 * all of the activities or none. */
static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KnTrainingPage *self = KN_TRAINING_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->store != NULL && GTK_IS_WINDOW (root))
    kn_import_dialog_choose_for (GTK_WINDOW (root), self->store, KN_IMPORT_KIND_TRAINING,
                                 G_CALLBACK (on_imported_cb), G_OBJECT (self));
}

GtkWindow *
kn_training_page_import_file (KnTrainingPage *self,
                              const char     *path)
{
  KnImportDialog *dialog;

  g_return_val_if_fail (KN_IS_TRAINING_PAGE (self), NULL);
  g_return_val_if_fail (self->store != NULL, NULL);

  dialog = kn_import_dialog_new_for (self->store, path, KN_IMPORT_KIND_TRAINING);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported_cb), self,
                           G_CONNECT_SWAPPED);
  kn_page_dialog_present (GTK_WIDGET (self), GTK_WINDOW (dialog), NULL);
  return GTK_WINDOW (dialog);
}

static void
save_recap_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KnTrainingPage *self = KN_TRAINING_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *year = NULL;
  g_autofree char *name = NULL;
  KnOrgUnit *unit;

  if (self->store == NULL || self->unit_id == 0)
    return;
  unit = kn_store_lookup_unit (self->store, self->unit_id);
  year = g_strdup_printf ("%u", self->year);
  name = kn_report_unit_file_name ("REKAP-JP", year, unit != NULL ? kn_org_unit_get_name (unit)
                                                                  : NULL, TRUE);
  chooser = gtk_file_chooser_native_new (_("Save the Recap of Lesson Hours"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_recap_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* GObject */

static void
kn_training_page_dispose (GObject *object)
{
  KnTrainingPage *self = KN_TRAINING_PAGE (object);

  kn_store_reading_cancel (&self->load);
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  g_clear_weak_pointer (&self->dialog);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KN_TYPE_TRAINING_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_pointer (&self->people, kn_training_people_free);
  g_clear_object (&self->filter);
  g_clear_object (&self->rows);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kn_training_page_parent_class)->dispose (object);
}

static void
kn_training_page_finalize (GObject *object)
{
  KnTrainingPage *self = KN_TRAINING_PAGE (object);

  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->totals, g_hash_table_unref);
  g_clear_pointer (&self->inactive, g_hash_table_unref);
  g_clear_pointer (&self->activities, g_ptr_array_unref);
  g_free (self->summary);
  g_free (self->jp_text);
  g_free (self->needle);
  g_free (self->digits);

  G_OBJECT_CLASS (kn_training_page_parent_class)->finalize (object);
}

static void
kn_training_page_class_init (KnTrainingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_training_page_dispose;
  object_class->finalize = kn_training_page_finalize;

  g_type_ensure (KN_TYPE_CHOOSER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/id/go/lampungprov/Kinerja/kn-training-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingPage, main_box);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingPage, unit_chooser);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingPage, below_check);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingPage, loading_box);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingPage, position_label);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingPage, progress_box);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingPage, jp_bar);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingPage, jp_label);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingPage, activities_header);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingPage, activities_list);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingPage, hint_label);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingPage, chart_area);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "training.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "training.save-recap", NULL, save_recap_action);
  gtk_widget_class_install_action (widget_class, "training.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "training.delete-focused", NULL,
                                   delete_focused_action);
  gtk_widget_class_install_action (widget_class, "training.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "training.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "training.delete-focused", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "training.search", NULL);
}

static void
kn_training_page_init (KnTrainingPage *self)
{
  GListModel *people;

  gtk_widget_init_template (GTK_WIDGET (self));
  kn_training_jp_bar_init (self->jp_bar);

  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->years = g_array_new (FALSE, FALSE, sizeof (guint));
  self->activities = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_training_free);
  self->chart.target = KN_TRAINING_DEFAULT_JP_PER_YEAR;
  gtk_drawing_area_set_draw_func (self->chart_area, draw_chart, self, NULL);

  self->people = kn_training_people_new ();
  self->people_unit = -1;
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  people = kn_training_people_get_model (self->people);
  self->filtered = gtk_filter_list_model_new (g_object_ref (people),
                                              g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (self->selection, "notify::selected-item",
                    G_CALLBACK (on_selection_changed_cb), self);

  self->rows = kn_training_rows_new (row_hours, self);
  gtk_list_view_set_factory (self->list_view, self->rows);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  show_selected (self);
}

/* Public */

void
kn_training_page_set_store (KnTrainingPage *self,
                            KnStore        *store)
{
  g_return_if_fail (KN_IS_TRAINING_PAGE (self));
  g_return_if_fail (store == NULL || KN_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  kn_store_follow (GTK_WIDGET (self), store, NULL, (KnStoreFollowFunc)kn_training_page_reload);
  /* The place is built without touching the province's people: the unit's land when read. */
  kn_training_people_clear (self->people);
  self->people_unit = -1;
  if (store == NULL)
    kn_store_reading_cancel (&self->load);
  else
    fill_choices (self, kn_desk_settings_get_unit (UNIT_KEY, kn_store_get_path (store)), 0);
}

gboolean
kn_training_page_show (KnTrainingPage *self,
                       gint64          unit_id,
                       guint           year)
{
  guint unit_index = G_MAXUINT;
  guint year_index = G_MAXUINT;

  g_return_val_if_fail (KN_IS_TRAINING_PAGE (self), FALSE);

  for (guint i = 0; i < self->unit_ids->len; i++)
    if (g_array_index (self->unit_ids, gint64, i) == unit_id)
      unit_index = i;
  for (guint i = 0; i < self->years->len; i++)
    if (g_array_index (self->years, guint, i) == year)
      year_index = i;
  if (unit_index == G_MAXUINT || year_index == G_MAXUINT)
    return FALSE;

  hold_choices (self, TRUE);
  kn_chooser_set_selected (self->unit_chooser, unit_index);
  gtk_drop_down_set_selected (self->year_dropdown, year_index);
  hold_choices (self, FALSE);
  on_choice_changed_cb (G_OBJECT (self->unit_chooser), NULL, self);
  return TRUE;
}

void
kn_training_page_set_below_only (KnTrainingPage *self,
                                 gboolean        below_only)
{
  g_return_if_fail (KN_IS_TRAINING_PAGE (self));

  gtk_check_button_set_active (self->below_check, below_only);
}

GListModel *
kn_training_page_get_people (KnTrainingPage *self)
{
  g_return_val_if_fail (KN_IS_TRAINING_PAGE (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

gboolean
kn_training_page_select_employee (KnTrainingPage *self,
                                  gint64          employee_id)
{
  GListModel *model = G_LIST_MODEL (self->filtered);

  g_return_val_if_fail (KN_IS_TRAINING_PAGE (self), FALSE);

  /* Listed also when they have not landed yet: the rest land at once. */
  kn_training_people_finish (self->people);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (model, i);

      if (kn_employee_get_id (employee) == employee_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

const char *
kn_training_page_get_summary_text (KnTrainingPage *self)
{
  g_return_val_if_fail (KN_IS_TRAINING_PAGE (self), NULL);

  return self->summary;
}

gboolean
kn_training_page_is_loading (KnTrainingPage *self)
{
  g_return_val_if_fail (KN_IS_TRAINING_PAGE (self), FALSE);

  return self->load != NULL || kn_training_people_is_landing (self->people);
}

const char *
kn_training_page_get_jp_text (KnTrainingPage *self)
{
  g_return_val_if_fail (KN_IS_TRAINING_PAGE (self), NULL);

  return self->jp_text;
}

GPtrArray *
kn_training_page_get_activities (KnTrainingPage *self)
{
  g_return_val_if_fail (KN_IS_TRAINING_PAGE (self), NULL);

  return self->activities;
}

gboolean
kn_training_page_submit (gpointer        data,
                         gint64          training_id,
                         const char     *title,
                         const char     *date,
                         KnTrainingForm  form,
                         const char     *hours,
                         const char     *organizer,
                         const char     *evidence,
                         GError        **error)
{
  KnTrainingPage *self = data;
  g_autoptr(KnTraining) training = NULL;
  g_autoptr(GError) local_error = NULL;
  KnEmployee *employee;

  g_return_val_if_fail (KN_IS_TRAINING_PAGE (self), FALSE);

  employee = self->store != NULL ? selected_employee (self) : NULL;
  if (employee == NULL)
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                           _("Choose a person on the left first."));
      return FALSE;
    }

  training = kn_training_new (kn_employee_get_id (employee));
  training->id = training_id;
  training->title = g_strdup (title);
  training->form = form;
  training->organizer = g_strdup (organizer);
  training->evidence = g_strdup (evidence);
  training->date = kn_parse_date (date, &local_error);
  if (training->date == NULL)
    {
      /* Translators: the field, then what is wrong with it */
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID, _("Date: %s"),
                   local_error->message);
      return FALSE;
    }
  if (hours == NULL || hours[0] == '\0' || !kn_parse_decimal (hours, &training->hours, &local_error))
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID, _("Hours (JP): %s"),
                   local_error != NULL ? local_error->message
                                       : _("write how many lesson hours the activity gave, for example 8."));
      return FALSE;
    }
  if ((guint) g_ascii_strtoull (training->date, NULL, 10) != self->year)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("Date: the activity must lie in %u, the year shown. To record one of "
                     "another year, choose that year at the top first."), self->year);
      return FALSE;
    }
  if (!kn_store_save_training (self->store, training, error))
    return FALSE;

  /* The person's JP at once; the year is read again on the store's change (kn_store_follow). */
  show_selected (self);
  return TRUE;
}

gboolean
kn_training_page_delete (KnTrainingPage *self,
                         gint64          training_id,
                         GError        **error)
{
  g_return_val_if_fail (KN_IS_TRAINING_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  if (!kn_store_delete_training (self->store, training_id, error))
    return FALSE;
  show_selected (self);
  return TRUE;
}

GtkWindow *
kn_training_page_get_dialog (KnTrainingPage *self)
{
  g_return_val_if_fail (KN_IS_TRAINING_PAGE (self), NULL);

  return self->dialog;
}

gboolean
kn_training_page_save_recap (KnTrainingPage *self,
                             const char     *path,
                             GError        **error)
{
  g_autoptr(KnTrainingRecap) recap = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;
  g_autofree char *done = NULL;

  g_return_val_if_fail (KN_IS_TRAINING_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->store == NULL || self->unit_id == 0)
    {
      g_set_error_literal (&local_error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                           _("Choose a unit first."));
    }
  else
    {
      recap = kn_report_build_training_recap (self->store, self->unit_id, self->year, &local_error);
      if (recap != NULL)
        kn_export_training_xlsx (recap, KN_PAPER_A4, path, &local_error);
    }

  if (local_error != NULL)
    {
      set_status (self, local_error->message, TRUE);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  display = g_filename_display_basename (path);
  /* Translators: %s is the file name */
  done = g_strdup_printf (_("The recap was saved as “%s”."), display);
  set_status (self, done, FALSE);
  return TRUE;
}

const char *
kn_training_page_get_status_text (KnTrainingPage *self)
{
  g_return_val_if_fail (KN_IS_TRAINING_PAGE (self), NULL);

  return gtk_label_get_text (self->status_label);
}

void
kn_training_page_reload (KnTrainingPage *self)
{
  gint64 unit_id;
  guint year;
  KnEmployee *employee;
  gint64 employee_id;

  g_return_if_fail (KN_IS_TRAINING_PAGE (self));

  if (self->store == NULL)
    return;

  /* Units and years added meanwhile; what is shown stays chosen. */
  employee = selected_employee (self);
  employee_id = employee != NULL ? kn_employee_get_id (employee) : 0;

  unit_id = self->unit_id;
  year = self->year;
  /* People may have been edited in place (moved to another unit): read again with the hours. */
  fill_choices (self, unit_id, year);
  if (employee_id != 0)
    kn_training_page_select_employee (self, employee_id);
}
