/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Typing in paper questionnaires of a survey, one respondent at a time. */

#define G_LOG_DOMAIN "kn-skm-entry-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-chooser.h"
#include "kn-close-guard.h"
#include "kn-dialog.h"
#include "kn-skm-entry-dialog.h"

struct _KnSkmEntryDialog
{
  KnSkmDialog          parent_instance;

  KnSkmSurvey         *typed;      /* owned: the respondents added so far */
  KnChooser           *answers[KN_SKM_N_UNSUR];

  GtkLabel            *summary_label;
  AdwEntryRow         *service_row;
  AdwEntryRow         *population_row;
  AdwPreferencesGroup *answers_group;
};

G_DEFINE_FINAL_TYPE (KnSkmEntryDialog, kn_skm_entry_dialog, KN_TYPE_SKM_DIALOG)

static void
show_count (KnSkmEntryDialog *self)
{
  g_autofree char *text = NULL;
  KnSkmResult result;

  if (self->typed->n_rows > 0 &&
      kn_skm_compute (self->typed->answers, self->typed->n_rows, &result, NULL))
    {
      g_autofree char *ikm = kn_skm_format_hundredths (result.ikm_hundredths);

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u respondent added (IKM of these %s). Save adds them "
                                           "to the survey of the jenis layanan.",
                                           "%u respondents added (IKM of these %s). Save adds them "
                                           "to the survey of the jenis layanan.",
                                           self->typed->n_rows),
                              self->typed->n_rows, ikm);
    }
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u respondent added. Save adds them to the survey of "
                                         "the jenis layanan.",
                                         "%u respondents added. Save adds them to the survey of "
                                         "the jenis layanan.",
                                         self->typed->n_rows),
                            self->typed->n_rows);
  gtk_label_set_text (self->summary_label, text);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KnSkmEntryDialog *self = KN_SKM_ENTRY_DIALOG (widget);
  guint8 scores[KN_SKM_N_UNSUR];
  gboolean any = FALSE;

  /* The combo's first item is "not answered"; the others the scores 1–4. */
  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    {
      guint selected = kn_chooser_get_selected (self->answers[u]);

      scores[u] = selected <= 4 ? (guint8)selected : 0;
      any = any || scores[u] > 0;
    }
  if (!any)
    {
      gtk_label_set_text (self->summary_label,
                          _("Choose at least one answer of this respondent first."));
      return;
    }
  kn_skm_survey_add_row (self->typed, scores);
  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    kn_chooser_set_selected (self->answers[u], 0);
  show_count (self);
}

/* The people served as typed: empty is 0 (keep what the survey has); FALSE for anything but
 * digits. */
static gboolean
parse_population (KnSkmEntryDialog *self,
                  guint64          *population)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->population_row))));

  *population = 0;
  if (text[0] == '\0')
    return TRUE;
  return g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT64, population, NULL);
}

/* Adds the respondents typed to the survey of the jenis layanan; on success the dialog is gone. */
static gboolean
save_typed (KnSkmEntryDialog *self)
{
  KnSkmDialog *dialog = KN_SKM_DIALOG (self);
  g_autofree char *service = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->service_row))));
  g_autoptr(KnSkmSurvey) survey = NULL;
  guint64 population;

  if (self->typed->n_rows == 0)
    {
      gtk_label_set_text (self->summary_label,
                          _("No respondent added yet: choose the answers and press Add Respondent."));
      return FALSE;
    }
  if (!parse_population (self, &population))
    {
      gtk_label_set_text (self->summary_label,
                          _("Write the people served as a whole number (digits only), or leave it empty."));
      gtk_widget_grab_focus (GTK_WIDGET (self->population_row));
      return FALSE;
    }
  /* The questionnaires already kept for the service come first; these follow. */
  survey = kn_store_load_survey (kn_skm_dialog_get_store (dialog),
                                 kn_skm_dialog_get_unit_id (dialog),
                                 kn_skm_dialog_get_period (dialog), service, NULL);
  if (survey == NULL)
    survey = kn_skm_survey_new (kn_skm_dialog_get_unit_id (dialog),
                                kn_skm_dialog_get_period (dialog), service);
  for (guint r = 0; r < self->typed->n_rows; r++)
    kn_skm_survey_add_row (survey, self->typed->answers + (gsize)r * KN_SKM_N_UNSUR);
  /* Empty keeps the number the survey has (from an import or an earlier sitting). */
  if (population > 0)
    survey->population = population;
  return kn_skm_dialog_save (dialog, survey, self->summary_label);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save_typed (KN_SKM_ENTRY_DIALOG (widget));
}

static gboolean
release_later_cb (gpointer data)
{
  g_object_unref (data);
  return G_SOURCE_REMOVE;
}

/* The close guard's Save: once saved the dialog is destroyed already, so nothing is left for
 * the guard to close (FALSE); when not saved the dialog stays with the reason shown. The
 * question still answering holds on to it until then. */
static gboolean
save_before_close (GtkWindow *window)
{
  g_idle_add (release_later_cb, g_object_ref (window));
  save_typed (KN_SKM_ENTRY_DIALOG (window));
  return FALSE;
}

/* Batal and Escape never drop the respondents typed without asking, as Realisasi does. */
static gboolean
kn_skm_entry_dialog_close_request (GtkWindow *window)
{
  KnSkmEntryDialog *self = KN_SKM_ENTRY_DIALOG (window);

  if (!kn_close_guard_may_close (window, self->typed != NULL && self->typed->n_rows > 0,
                                 _("Save the Respondents?"),
                                 _("The respondents added are not saved in the survey yet."),
                                 save_before_close))
    return TRUE;
  return GTK_WINDOW_CLASS (kn_skm_entry_dialog_parent_class)->close_request (window);
}

static void
kn_skm_entry_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KN_TYPE_SKM_ENTRY_DIALOG);

  G_OBJECT_CLASS (kn_skm_entry_dialog_parent_class)->dispose (object);
}

static void
kn_skm_entry_dialog_finalize (GObject *object)
{
  KnSkmEntryDialog *self = KN_SKM_ENTRY_DIALOG (object);

  g_clear_pointer (&self->typed, kn_skm_survey_free);

  G_OBJECT_CLASS (kn_skm_entry_dialog_parent_class)->finalize (object);
}

static void
kn_skm_entry_dialog_class_init (KnSkmEntryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kn_skm_entry_dialog_dispose;
  object_class->finalize = kn_skm_entry_dialog_finalize;
  window_class->close_request = kn_skm_entry_dialog_close_request;

  kn_dialog_class_set_template (widget_class, "kn-skm-entry-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KnSkmEntryDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KnSkmEntryDialog, service_row);
  gtk_widget_class_bind_template_child (widget_class, KnSkmEntryDialog, population_row);
  gtk_widget_class_bind_template_child (widget_class, KnSkmEntryDialog, answers_group);

  gtk_widget_class_install_action (widget_class, "entry.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "entry.save", NULL, save_action);
}

static void
kn_skm_entry_dialog_init (KnSkmEntryDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* One row per unsur: "not answered", then the regulation's four option words, in a chooser
   * that shows them whole (wrapped), where a drop-down cut them ("Ada tetapi tidak berf…"). */
  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    {
      g_autoptr(GtkStringList) options = gtk_string_list_new (NULL);
      g_autofree char *title = g_strdup_printf ("%s %s", kn_skm_unsur_code (u),
                                                kn_skm_unsur_name (u));
      GtkWidget *row = adw_action_row_new ();

      gtk_string_list_append (options, _("Not answered"));
      for (guint score = 1; score <= 4; score++)
        {
          g_autofree char *option = g_strdup_printf ("%u · %s", score,
                                                     kn_skm_answer_label (u, score));

          gtk_string_list_append (options, option);
        }
      self->answers[u] = kn_chooser_new ();
      gtk_widget_set_valign (GTK_WIDGET (self->answers[u]), GTK_ALIGN_CENTER);
      /* One width for all nine, so that they line up under each other. */
      gtk_widget_set_size_request (GTK_WIDGET (self->answers[u]), 280, -1);
      kn_chooser_set_model (self->answers[u], G_LIST_MODEL (options));
      kn_chooser_set_selected (self->answers[u], 0);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->answers[u]));
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->answers[u]));
      gtk_accessible_update_relation (GTK_ACCESSIBLE (self->answers[u]),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL, -1);
      adw_preferences_group_add (self->answers_group, row);
    }
}

KnSkmEntryDialog *
kn_skm_entry_dialog_new (KnStore    *store,
                         gint64      unit_id,
                         const char *period)
{
  KnSkmEntryDialog *self;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  self = g_object_new (KN_TYPE_SKM_ENTRY_DIALOG, NULL);
  kn_skm_dialog_set_target (KN_SKM_DIALOG (self), store, unit_id, period);
  self->typed = kn_skm_survey_new (unit_id, period, NULL);
  show_count (self);
  return self;
}

void
kn_skm_entry_dialog_set_answers (KnSkmEntryDialog *self,
                                 const guint8     *scores)
{
  g_return_if_fail (KN_IS_SKM_ENTRY_DIALOG (self));
  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    kn_chooser_set_selected (self->answers[u], MIN (scores[u], 4));
}

void
kn_skm_entry_dialog_set_service (KnSkmEntryDialog *self,
                                 const char       *service)
{
  g_return_if_fail (KN_IS_SKM_ENTRY_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->service_row), service);
}

void
kn_skm_entry_dialog_set_population (KnSkmEntryDialog *self,
                                    const char       *population)
{
  g_return_if_fail (KN_IS_SKM_ENTRY_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->population_row), population);
}

const char *
kn_skm_entry_dialog_get_summary (KnSkmEntryDialog *self)
{
  g_return_val_if_fail (KN_IS_SKM_ENTRY_DIALOG (self), NULL);
  return gtk_label_get_text (self->summary_label);
}
