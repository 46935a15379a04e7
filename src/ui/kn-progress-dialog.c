/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Realisation of each IKI with its bukti dukung and capaian, and dated feedback, for one
 * employee and one period. */

#define G_LOG_DOMAIN "kn-progress-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-chooser.h"
#include "kn-close-guard.h"
#include "kn-date-row.h"
#include "kn-dialog.h"
#include "kn-message-dialog.h"
#include "kn-progress-dialog.h"
#include "kn-row-button.h"

typedef struct
{
  KnIndicator    *indicator;   /* owned */
  AdwExpanderRow *row;
  GtkEditable    *value;
  GtkEditable    *evidence;
  AdwActionRow   *file_row;
  char           *file;        /* owned, nullable */
  char           *capaian;     /* owned */
  gboolean        numeric;
} IndicatorEntry;

struct _KnProgressDialog
{
  AdwWindow            parent_instance;

  KnStore             *store;          /* owned */
  gint64               employee_id;
  char                *period;         /* owned */
  KnPlan              *plan;           /* owned, nullable */
  GHashTable          *entries;        /* owned: indicator id → IndicatorEntry */
  GPtrArray           *groups;         /* owned refs: groups added to the page */
  GArray              *about_ids;      /* owned: gint64 per about_chooser item (RHK id or -value-1) */
  gboolean             locked;
  gboolean             realises;       /* the login may record this realisation (on a server) */
  gboolean             gives_feedback; /* the login may give this person feedback */
  gboolean             dirty;          /* realisation typed and not saved yet */
  char                *message;        /* owned, nullable */

  AdwPreferencesGroup *feedback_group;
  AdwEntryRow         *feedback_text;
  KnDateRow           *feedback_date;
  KnChooser           *about_chooser;
  GPtrArray           *feedback_rows;  /* owned refs */

  AdwWindowTitle      *window_title;
  GtkButton           *save_button;
  GtkRevealer         *message_revealer;
  GtkLabel            *message_label;
  AdwPreferencesPage  *page;
};

G_DEFINE_FINAL_TYPE (KnProgressDialog, kn_progress_dialog, ADW_TYPE_WINDOW)

static void rebuild_feedback (KnProgressDialog *self);

static void
indicator_entry_free (gpointer data)
{
  IndicatorEntry *entry = data;

  g_clear_object (&entry->indicator);
  g_free (entry->file);
  g_free (entry->capaian);
  g_free (entry);
}

static void
show_message (KnProgressDialog *self,
              const char       *message,
              gboolean          is_error)
{
  g_free (self->message);
  self->message = g_strdup (message);
  kn_dialog_show_banner (self->message_revealer, self->message_label, message, is_error);
}

/* A count's realisation is the total since January: the part of the year's target due by the
 * end of the period ("6,5 kegiatan" of 26 in Triwulan I), or NULL when it is the whole target
 * or the IKI is not counted. */
static char *
due_so_far (KnProgressDialog *self,
            IndicatorEntry   *entry)
{
  KnPeriod period;

  if (!entry->numeric || !kn_period_parse (self->period, &period, NULL))
    return NULL;
  return kn_indicator_dup_period_target_label (entry->indicator, &period);
}

static void
update_subtitle (KnProgressDialog *self,
                 IndicatorEntry   *entry)
{
  g_autofree char *target = kn_indicator_dup_target_label (entry->indicator);
  g_autofree char *so_far = due_so_far (self, entry);
  g_autofree char *subtitle = NULL;
  g_autofree char *escaped = NULL;
  const char *text = gtk_editable_get_text (entry->value);

  g_clear_pointer (&entry->capaian, g_free);
  gtk_widget_remove_css_class (GTK_WIDGET (entry->value), "error");

  if (entry->numeric && text[0] != '\0')
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *reason = NULL;
      KnPeriod period;
      double value;
      double percent;

      if (!kn_parse_decimal (text, &value, &error))
        {
          gtk_widget_add_css_class (GTK_WIDGET (entry->value), "error");
          entry->capaian = g_strdup (error->message);
        }
      else if (kn_period_parse (self->period, &period, NULL) &&
               kn_indicator_capaian (entry->indicator, &period, value, NULL, &percent, &reason))
        {
          entry->capaian = kn_format_percent (percent);
        }
      else
        entry->capaian = reason != NULL ? g_steal_pointer (&reason) : g_strdup ("—");
    }
  else if (entry->numeric)
    entry->capaian = g_strdup (_("no realisation yet"));
  else
    entry->capaian = g_strdup (_("a target in words: no percentage"));

  if (so_far != NULL)
    /* TRANSLATORS: "Target 26 kegiatan, 6,5 so far this period · capaian 75 %": the year's
     * target, the part of it due by the end of the period, and the capaian. */
    subtitle = g_strdup_printf (_("Target %s, %s by the end of this period · capaian %s"),
                                target, so_far, entry->capaian);
  else
    /* TRANSLATORS: "Target 12 dokumen · capaian 75 %" */
    subtitle = g_strdup_printf (_("Target %s · capaian %s"), target[0] != '\0' ? target : "—",
                                entry->capaian);
  escaped = g_markup_escape_text (subtitle, -1);
  adw_expander_row_set_subtitle (entry->row, escaped);
}

static void
on_value_changed_cb (GtkEditable      *editable,
                     KnProgressDialog *self)
{
  IndicatorEntry *entry = g_object_get_data (G_OBJECT (editable), "entry");

  update_subtitle (self, entry);
  self->dirty = TRUE;
}

static void
on_evidence_changed_cb (GtkEditable      *editable,
                        KnProgressDialog *self)
{
  self->dirty = TRUE;
}

static void
on_file_chosen_cb (GtkNativeDialog  *chooser,
                   int               response,
                   KnProgressDialog *self)
{
  IndicatorEntry *entry = g_object_get_data (G_OBJECT (chooser), "entry");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;
      g_autofree char *copy = NULL;

      copy = path != NULL ? kn_store_import_evidence_file (self->store, path, &error) : NULL;
      if (copy == NULL)
        show_message (self, error != NULL ? error->message : _("Only local files can be attached."),
                      TRUE);
      else
        {
          g_autofree char *base = g_path_get_basename (copy);

          g_free (entry->file);
          entry->file = g_steal_pointer (&copy);
          adw_action_row_set_subtitle (entry->file_row, base);
          self->dirty = TRUE;
          show_message (self, _("The file was copied into Kinerja's evidence folder. Save to keep it with the realisation."),
                        FALSE);
        }
    }

  g_object_unref (chooser);
}

static void
on_attach_clicked_cb (GtkButton        *button,
                      KnProgressDialog *self)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Attach Evidence"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Attach"), _("_Cancel"));
  g_object_set_data (G_OBJECT (chooser), "entry", g_object_get_data (G_OBJECT (button), "entry"));
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
add_group (KnProgressDialog    *self,
           AdwPreferencesGroup *group)
{
  adw_preferences_page_add (self->page, group);
  g_ptr_array_add (self->groups, g_object_ref (group));
}

static void
build_indicators (KnProgressDialog *self)
{
  g_autoptr(GPtrArray) realizations = NULL;
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (self->plan));
  gboolean qualitative = kn_plan_get_approach (self->plan) == KN_PLAN_APPROACH_QUALITATIVE;
  guint number[KN_RESULT_KIND_N] = { 0, };

  realizations = kn_store_list_realizations (self->store, kn_plan_get_id (self->plan), self->period);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);
      GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      KnResultKind kind = kn_plan_result_get_kind (result);
      g_autofree char *title = NULL;
      g_autofree char *escaped = NULL;

      number[kind]++;
      title = g_strdup_printf ("%s.%u %s", kind == KN_RESULT_KIND_UTAMA ? "A" : "B", number[kind],
                               kn_plan_result_get_text (result));
      escaped = g_markup_escape_text (title, -1);
      adw_preferences_group_set_title (group, escaped);

      for (guint j = 0; j < g_list_model_get_n_items (indicators); j++)
        {
          g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, j);
          IndicatorEntry *entry = g_new0 (IndicatorEntry, 1);
          KnRealization *found = NULL;
          GtkWidget *attach;
          g_autofree char *iki = g_markup_escape_text (kn_indicator_get_text (indicator), -1);

          for (guint k = 0; k < realizations->len; k++)
            if (((KnRealization *)g_ptr_array_index (realizations, k))->indicator_id ==
                kn_indicator_get_id (indicator))
              found = g_ptr_array_index (realizations, k);

          entry->indicator = g_object_ref (indicator);
          entry->numeric = !qualitative && kn_indicator_get_has_target_value (indicator);
          entry->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry->row), iki);

          entry->value = GTK_EDITABLE (adw_entry_row_new ());
          adw_entry_row_set_activates_default (ADW_ENTRY_ROW (entry->value), TRUE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry->value),
                                         !entry->numeric ? _("Realisation")
                                         : kn_indicator_get_measure (indicator) == KN_MEASURE_CUMULATIVE
                                         ? _("Realisation since January, up to the end of this period (a number, e.g. 9 or 12,5)")
                                         : _("Realisation at the end of this period (a number, e.g. 9 or 12,5)"));
          entry->evidence = GTK_EDITABLE (adw_entry_row_new ());
          adw_entry_row_set_activates_default (ADW_ENTRY_ROW (entry->evidence), TRUE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry->evidence),
                                         _("Evidence (bukti dukung): what shows it"));
          entry->file_row = ADW_ACTION_ROW (adw_action_row_new ());
          /* Only the button in it takes the focus: Tab goes value → evidence → Attach. */
          gtk_widget_set_focusable (GTK_WIDGET (entry->file_row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry->file_row), _("Evidence file"));
          attach = gtk_button_new_with_mnemonic (_("A_ttach…"));
          gtk_widget_set_valign (attach, GTK_ALIGN_CENTER);
          g_object_set_data (G_OBJECT (attach), "entry", entry);
          g_signal_connect_object (attach, "clicked", G_CALLBACK (on_attach_clicked_cb), self, 0);
          adw_action_row_add_suffix (entry->file_row, attach);
          gtk_widget_set_sensitive (attach, !self->locked && self->realises);

          if (found != NULL)
            {
              if (found->has_value)
                {
                  g_autofree char *value = kn_format_decimal (found->value);

                  gtk_editable_set_text (entry->value, value);
                }
              else if (found->text != NULL)
                gtk_editable_set_text (entry->value, found->text);
              if (found->evidence != NULL)
                gtk_editable_set_text (entry->evidence, found->evidence);
              if (found->evidence_file != NULL)
                {
                  g_autofree char *base = g_path_get_basename (found->evidence_file);

                  entry->file = g_strdup (found->evidence_file);
                  adw_action_row_set_subtitle (entry->file_row, base);
                }
            }
          g_object_set_data (G_OBJECT (entry->value), "entry", entry);
          gtk_editable_set_editable (entry->value, !self->locked && self->realises);
          gtk_editable_set_editable (entry->evidence, !self->locked && self->realises);
          g_signal_connect_object (entry->value, "changed", G_CALLBACK (on_value_changed_cb), self, 0);
          g_signal_connect_object (entry->evidence, "changed", G_CALLBACK (on_evidence_changed_cb),
                                   self, 0);

          adw_expander_row_add_row (entry->row, GTK_WIDGET (entry->value));
          adw_expander_row_add_row (entry->row, GTK_WIDGET (entry->evidence));
          adw_expander_row_add_row (entry->row, GTK_WIDGET (entry->file_row));
          adw_preferences_group_add (group, GTK_WIDGET (entry->row));
          update_subtitle (self, entry);

          g_hash_table_insert (self->entries, g_memdup2 (&(gint64){ kn_indicator_get_id (indicator) },
                                                         sizeof (gint64)),
                               entry);
        }

      add_group (self, group);
    }
}

static void
on_feedback_delete_response_cb (AdwMessageDialog *dialog,
                                const char       *response,
                                KnProgressDialog *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "feedback-id"));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete"))
    return;
  if (!kn_store_delete_feedback (self->store, id, &error))
    show_message (self, error->message, TRUE);
  rebuild_feedback (self);
}

/* A note of the assessor is evidence of coaching: removing it asks first. */
static void
on_feedback_delete_cb (GtkButton        *button,
                       KnProgressDialog *self)
{
  AdwMessageDialog *dialog;

  dialog = kn_question_dialog_new (GTK_WIDGET (self), _("Remove This Feedback?"),
                                   _("The note is removed from this period's feedback; the removal is kept in the history."),
                                   "delete", _("_Remove"), ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data (G_OBJECT (dialog), "feedback-id",
                     g_object_get_data (G_OBJECT (button), "feedback-id"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_feedback_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const char *
about_label (KnProgressDialog *self,
             KnFeedback       *feedback)
{
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (self->plan));

  if (feedback->core_value < KN_CORE_VALUE_N)
    return kn_core_value_label (feedback->core_value);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);

      if (kn_plan_result_get_id (result) == feedback->result_id)
        return kn_plan_result_get_text (result);
    }

  return _("The work in general");
}

static void
rebuild_feedback (KnProgressDialog *self)
{
  g_autoptr(GPtrArray) entries = NULL;

  for (guint i = 0; i < self->feedback_rows->len; i++)
    adw_preferences_group_remove (self->feedback_group, g_ptr_array_index (self->feedback_rows, i));
  g_ptr_array_set_size (self->feedback_rows, 0);

  entries = kn_store_list_feedback (self->store, kn_plan_get_id (self->plan), self->period);
  for (guint i = 0; i < entries->len; i++)
    {
      KnFeedback *feedback = g_ptr_array_index (entries, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *date = kn_format_iso_date (feedback->date);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", date != NULL ? date : feedback->date,
                                                   about_label (self, feedback));
      g_autofree char *title = g_markup_escape_text (feedback->text, -1);
      g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
      if (!self->locked && self->gives_feedback)
        {
          GtkWidget *remove = kn_row_button_new ("user-trash-symbolic", _("Remove this feedback"));

          g_object_set_data (G_OBJECT (remove), "feedback-id", GSIZE_TO_POINTER ((gsize)feedback->id));
          g_signal_connect_object (remove, "clicked", G_CALLBACK (on_feedback_delete_cb), self, 0);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
        }
      adw_preferences_group_add (self->feedback_group, row);
      g_ptr_array_add (self->feedback_rows, g_object_ref (row));
    }
}

static void
on_add_feedback_clicked_cb (GtkWidget        *widget,
                            KnProgressDialog *self)
{
  guint selected = kn_chooser_get_selected (self->about_chooser);
  gint64 about = selected < self->about_ids->len ? g_array_index (self->about_ids, gint64, selected) : 0;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = kn_date_row_dup_iso (self->feedback_date, &error);

  if (date == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Date: %s"), error->message);

      show_message (self, message, TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->feedback_date));
      return;
    }
  if (kn_progress_dialog_add_feedback (self, date, about > 0 ? about : 0,
                                       gtk_editable_get_text (GTK_EDITABLE (self->feedback_text))))
    gtk_editable_set_text (GTK_EDITABLE (self->feedback_text), "");
}

static void
build_feedback (KnProgressDialog *self)
{
  g_autoptr(GtkStringList) about = gtk_string_list_new (NULL);
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (self->plan));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GtkWidget *about_row;
  GtkWidget *add_row;
  GtkWidget *add;
  KnPeriod period;

  self->feedback_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->feedback_group, _("Continuous Feedback"));
  adw_preferences_group_set_description (self->feedback_group,
                                         _("Dated notes of the assessor on the work and the behaviour, in order."));

  g_array_set_size (self->about_ids, 0);
  gtk_string_list_append (about, _("The work in general"));
  g_array_append_vals (self->about_ids, &(gint64){ 0 }, 1);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);
      gint64 id = kn_plan_result_get_id (result);

      gtk_string_list_append (about, kn_plan_result_get_text (result));
      g_array_append_val (self->about_ids, id);
    }
  for (guint value = 0; value < KN_CORE_VALUE_N; value++)
    {
      gint64 id = -(gint64)value - 1;

      gtk_string_list_append (about, kn_core_value_label (value));
      g_array_append_val (self->about_ids, id);
    }

  self->feedback_text = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->feedback_text), _("New feedback"));
  /* Enter in the note adds it (the realisation is saved with its own button). */
  g_signal_connect_object (self->feedback_text, "entry-activated",
                           G_CALLBACK (on_add_feedback_clicked_cb), self, 0);
  about_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (about_row), _("About"));
  self->about_chooser = kn_chooser_new ();
  gtk_widget_set_valign (GTK_WIDGET (self->about_chooser), GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (GTK_WIDGET (self->about_chooser), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self->about_chooser), 300, -1);
  kn_chooser_set_model (self->about_chooser, G_LIST_MODEL (about));
  adw_action_row_add_suffix (ADW_ACTION_ROW (about_row), GTK_WIDGET (self->about_chooser));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (about_row), GTK_WIDGET (self->about_chooser));
  self->feedback_date = KN_DATE_ROW (kn_date_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->feedback_date),
                                 _("Date (day-month-year)"));
  g_signal_connect_object (self->feedback_date, "entry-activated",
                           G_CALLBACK (on_add_feedback_clicked_cb), self, 0);

  /* Today when it lies in the period, else the period's last day. */
  if (kn_period_parse (self->period, &period, NULL))
    {
      GDate first, last, now_date;

      kn_period_get_dates (&period, &first, &last);
      g_date_clear (&now_date, 1);
      g_date_set_dmy (&now_date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
      if (g_date_compare (&now_date, &first) < 0 || g_date_compare (&now_date, &last) > 0)
        {
          g_free (today);
          today = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&last),
                                   g_date_get_month (&last), g_date_get_day (&last));
        }
    }
  kn_date_row_set_iso (self->feedback_date, today);

  add = gtk_button_new_with_mnemonic (_("_Add Feedback"));
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  g_signal_connect_object (add, "clicked", G_CALLBACK (on_add_feedback_clicked_cb), self, 0);
  adw_entry_row_add_suffix (self->feedback_text, add);

  add_row = GTK_WIDGET (self->feedback_text);
  gtk_widget_set_sensitive (add_row, !self->locked && self->gives_feedback);
  gtk_widget_set_sensitive (about_row, !self->locked && self->gives_feedback);
  gtk_widget_set_sensitive (GTK_WIDGET (self->feedback_date),
                            !self->locked && self->gives_feedback);
  if (!self->locked && !self->gives_feedback)
    adw_preferences_group_set_description (self->feedback_group,
                                           _("Feedback is given by the atasan, or by an admin "
                                             "or the operator of the person's unit."));
  adw_preferences_group_add (self->feedback_group, about_row);
  adw_preferences_group_add (self->feedback_group, GTK_WIDGET (self->feedback_date));
  adw_preferences_group_add (self->feedback_group, add_row);
  add_group (self, self->feedback_group);

  rebuild_feedback (self);
}

static gboolean
save_realisations (KnProgressDialog *self)
{
  GHashTableIter iter;
  gpointer value;
  guint saved = 0;

  if (self->plan == NULL || self->locked || !self->realises)
    return TRUE;

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      IndicatorEntry *entry = value;
      g_autoptr(KnRealization) realization = NULL;
      g_autoptr(GError) error = NULL;
      const char *text = gtk_editable_get_text (entry->value);
      const char *evidence = gtk_editable_get_text (entry->evidence);

      if (text[0] == '\0' && evidence[0] == '\0' && entry->file == NULL)
        continue;

      realization = kn_realization_new (kn_indicator_get_id (entry->indicator), self->period);
      if (entry->numeric && text[0] != '\0')
        {
          if (!kn_parse_decimal (text, &realization->value, &error))
            {
              g_autofree char *message = g_strdup_printf ("%s: %s", kn_indicator_get_text (entry->indicator),
                                                          error->message);

              show_message (self, message, TRUE);
              gtk_widget_grab_focus (GTK_WIDGET (entry->value));
              return FALSE;
            }
          realization->has_value = TRUE;
        }
      else if (text[0] != '\0')
        realization->text = g_strdup (text);
      realization->evidence = evidence[0] != '\0' ? g_strdup (evidence) : NULL;
      realization->evidence_file = g_strdup (entry->file);

      if (!kn_store_save_realization (self->store, realization, &error))
        {
          show_message (self, error->message, TRUE);
          return FALSE;
        }
      saved++;
    }

  {
    g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u realisation saved.",
                                                          "%u realisations saved.", saved),
                                             saved);

    show_message (self, text, FALSE);
  }
  self->dirty = FALSE;
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save_realisations (KN_PROGRESS_DIALOG (widget));
}

static gboolean
save_before_close (GtkWindow *window)
{
  return save_realisations (KN_PROGRESS_DIALOG (window));
}

/* Closing (Escape, the Close button) never drops what was typed without asking. */
static gboolean
kn_progress_dialog_close_request (GtkWindow *window)
{
  KnProgressDialog *self = KN_PROGRESS_DIALOG (window);

  if (!kn_close_guard_may_close (window, self->dirty && !self->locked && self->realises,
                                 _("Save the Realisation?"),
                                 _("What was typed for the IKI of this period is not saved yet."),
                                 save_before_close))
    return TRUE;
  return GTK_WINDOW_CLASS (kn_progress_dialog_parent_class)->close_request (window);
}

static void
kn_progress_dialog_dispose (GObject *object)
{
  KnProgressDialog *self = (KnProgressDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KN_TYPE_PROGRESS_DIALOG);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->feedback_rows, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kn_progress_dialog_parent_class)->dispose (object);
}

static void
kn_progress_dialog_finalize (GObject *object)
{
  KnProgressDialog *self = (KnProgressDialog *)object;

  g_clear_pointer (&self->period, g_free);
  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->about_ids, g_array_unref);

  G_OBJECT_CLASS (kn_progress_dialog_parent_class)->finalize (object);
}

static void
kn_progress_dialog_class_init (KnProgressDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_progress_dialog_dispose;
  object_class->finalize = kn_progress_dialog_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = kn_progress_dialog_close_request;

  g_type_ensure (KN_TYPE_CHOOSER);
  g_type_ensure (KN_TYPE_DATE_ROW);

  kn_dialog_class_set_template (widget_class, "kn-progress-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KnProgressDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, KnProgressDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, KnProgressDialog, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, KnProgressDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, KnProgressDialog, page);

  kn_dialog_class_add_save (widget_class, "progress.save", save_action);
}

static void
kn_progress_dialog_init (KnProgressDialog *self)
{
  self->entries = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, indicator_entry_free);
  self->groups = g_ptr_array_new_with_free_func (g_object_unref);
  self->feedback_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->about_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}

KnProgressDialog *
kn_progress_dialog_new (KnStore    *store,
                        gint64      employee_id,
                        const char *period)
{
  KnProgressDialog *self;
  KnEmployee *employee;
  KnPeriod parsed;
  g_autofree char *label = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(KnEvaluation) evaluation = NULL;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  self = g_object_new (KN_TYPE_PROGRESS_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->employee_id = employee_id;
  self->period = g_strdup (period);

  employee = kn_store_lookup_employee (store, employee_id);
  if (kn_period_parse (period, &parsed, NULL))
    {
      label = kn_period_label (&parsed);
      self->plan = kn_store_load_plan (store, employee_id, parsed.year, NULL);
    }
  subtitle = g_strdup_printf ("%s · %s", employee != NULL ? kn_employee_get_name (employee) : "",
                              label != NULL ? label : period);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  evaluation = kn_store_load_evaluation (store, employee_id, period, NULL);
  self->locked = evaluation != NULL &&
                 kn_evaluation_get_status (evaluation) == KN_EVALUATION_STATUS_FINAL;
  /* On a server: the realisation is the person's own (and their admin's or operator's) to
   * record; feedback their atasan's (and their admin's or operator's) to give. */
  self->realises = kn_store_login_may (store, KN_STORE_RIGHT_KEEP_PERSON, employee_id) ||
                   (kn_store_has_login (store) &&
                    kn_store_get_login_employee_id (store) == employee_id);
  self->gives_feedback = kn_store_login_may (store, KN_STORE_RIGHT_KEEP_PERSON, employee_id) ||
                         kn_store_login_may (store, KN_STORE_RIGHT_RATE, employee_id);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button),
                            !self->locked && self->realises && self->plan != NULL);
  if (!self->locked && !self->realises)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button),
                                 _("The realisation is recorded by the person, or by an admin "
                                   "or the operator of their unit."));

  if (self->plan == NULL)
    {
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

      adw_preferences_group_set_description (group,
                                             _("There is no SKP for this year, so there are no IKI to realise. Plan the SKP first."));
      add_group (self, group);
      return self;
    }

  if (self->locked)
    show_message (self, _("The evaluation of this period is final: its realisation and feedback can only be read."),
                  FALSE);

  build_indicators (self);
  build_feedback (self);
  self->dirty = FALSE;
  return self;
}

GtkEditable *
kn_progress_dialog_get_editable (KnProgressDialog *self,
                                 gint64            indicator_id,
                                 const char       *field)
{
  IndicatorEntry *entry;

  g_return_val_if_fail (KN_IS_PROGRESS_DIALOG (self), NULL);

  entry = g_hash_table_lookup (self->entries, &indicator_id);
  if (entry == NULL)
    return NULL;
  return g_str_equal (field, "evidence") ? entry->evidence : entry->value;
}

const char *
kn_progress_dialog_get_capaian (KnProgressDialog *self,
                                gint64            indicator_id)
{
  IndicatorEntry *entry;

  g_return_val_if_fail (KN_IS_PROGRESS_DIALOG (self), NULL);

  entry = g_hash_table_lookup (self->entries, &indicator_id);
  return entry != NULL ? entry->capaian : NULL;
}

gboolean
kn_progress_dialog_add_feedback (KnProgressDialog *self,
                                 const char       *date,
                                 gint64            result_id,
                                 const char       *text)
{
  g_autoptr(KnFeedback) feedback = NULL;
  g_autoptr(GError) error = NULL;
  guint selected;

  g_return_val_if_fail (KN_IS_PROGRESS_DIALOG (self), FALSE);

  if (self->plan == NULL)
    return FALSE;

  feedback = kn_feedback_new (kn_plan_get_id (self->plan), self->period);
  feedback->date = g_strdup (date);
  feedback->text = g_strdup (text);
  feedback->result_id = result_id;

  /* From the form, a core value is chosen in the same list as the RHK. */
  selected = self->about_chooser != NULL ? kn_chooser_get_selected (self->about_chooser) : 0;
  if (result_id == 0 && selected < self->about_ids->len &&
      g_array_index (self->about_ids, gint64, selected) < 0)
    feedback->core_value = (KnCoreValue)(-g_array_index (self->about_ids, gint64, selected) - 1);

  if (!kn_store_add_feedback (self->store, feedback, &error))
    {
      show_message (self, error->message, TRUE);
      return FALSE;
    }

  show_message (self, NULL, FALSE);
  rebuild_feedback (self);
  return TRUE;
}

const char *
kn_progress_dialog_get_message (KnProgressDialog *self)
{
  g_return_val_if_fail (KN_IS_PROGRESS_DIALOG (self), NULL);
  return self->message;
}

KnDateRow *
kn_progress_dialog_get_feedback_date (KnProgressDialog *self)
{
  g_return_val_if_fail (KN_IS_PROGRESS_DIALOG (self), NULL);
  return self->feedback_date;
}

GtkEditable *
kn_progress_dialog_get_feedback_text (KnProgressDialog *self)
{
  g_return_val_if_fail (KN_IS_PROGRESS_DIALOG (self), NULL);
  return self->feedback_text != NULL ? GTK_EDITABLE (self->feedback_text) : NULL;
}
