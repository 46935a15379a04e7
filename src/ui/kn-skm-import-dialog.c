/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing a survey's questionnaires from the window: the preview, then all of it or nothing. */

#define G_LOG_DOMAIN "kn-skm-import-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-import-dialog.h"
#include "kn-skm-import-dialog.h"

struct _KnSkmImportDialog
{
  KnSkmDialog        parent_instance;

  KnSkmSurvey       *survey;     /* owned, nullable: what the file holds, once read */
  GtkNativeDialog   *chooser;    /* owned, nullable */

  GtkLabel          *target_label;
  AdwActionRow      *file_row;
  AdwEntryRow       *service_row;
  AdwEntryRow       *population_row;
  GtkLabel          *summary_label;
  GtkListBox        *list;
  GtkButton         *apply_button;
};

G_DEFINE_FINAL_TYPE (KnSkmImportDialog, kn_skm_import_dialog, KN_TYPE_SKM_DIALOG)

/* The people served as typed: empty is 0 (not known); FALSE for anything but digits. */
static gboolean
parse_population (KnSkmImportDialog *self,
                  guint64           *population)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->population_row))));

  *population = 0;
  if (text[0] == '\0')
    return TRUE;
  return g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT64, population, NULL);
}

static void
update_apply (KnSkmImportDialog *self)
{
  g_autofree char *service = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->service_row))));
  guint64 population;

  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button),
                            self->survey != NULL && service[0] != '\0' &&
                            parse_population (self, &population));
}

static void
add_row (KnSkmImportDialog *self,
         const char        *title,
         const char        *subtitle,
         const char        *icon_name)
{
  kn_import_list_add_row (self->list, title, subtitle, icon_name);
  gtk_widget_set_visible (GTK_WIDGET (self->list), TRUE);
}

static void
clear_rows (KnSkmImportDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  gtk_widget_set_visible (GTK_WIDGET (self->list), FALSE);
}

/* The preview: the respondents and the result, or every bad cell (the first line of the
 * message says what was refused, each following line one cell). */
static void
show_preview (KnSkmImportDialog *self,
              const GError      *error)
{
  clear_rows (self);
  if (error != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);

      gtk_label_set_text (self->summary_label, lines[0]);
      for (guint i = 1; lines[i] != NULL; i++)
        add_row (self, lines[i], NULL, "dialog-error-symbolic");
    }
  else
    {
      KnSkmResult result;
      g_autofree char *summary = NULL;

      if (kn_skm_compute (self->survey->answers, self->survey->n_rows, &result, NULL))
        {
          g_autofree char *ikm = kn_skm_format_hundredths (result.ikm_hundredths);
          g_autofree char *weakest = kn_skm_describe_weakest (&result);

          summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%u questionnaire read: IKM %s, mutu %s (%s). "
                                                  "Nothing is saved until you press Import.",
                                                  "%u questionnaires read: IKM %s, mutu %s (%s). "
                                                  "Nothing is saved until you press Import.",
                                                  self->survey->n_rows),
                                     self->survey->n_rows, ikm, kn_skm_mutu_letter (result.mutu),
                                     kn_skm_mutu_label (result.mutu));
          add_row (self, weakest, NULL, "dialog-information-symbolic");
        }
      else
        summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u questionnaire read; an unsur has no answer, so "
                                                "there is no IKM yet.",
                                                "%u questionnaires read; an unsur has no answer, so "
                                                "there is no IKM yet.",
                                                self->survey->n_rows),
                                   self->survey->n_rows);
      gtk_label_set_text (self->summary_label, summary);
      for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
        {
          g_autofree char *title = g_strdup_printf ("%s %s", kn_skm_unsur_code (u),
                                                    kn_skm_unsur_name (u));
          g_autofree char *nrr = kn_skm_format_hundredths (result.unsur[u].nrr_hundredths);
          /* Translators: an unsur's NRR, then how many answered it */
          g_autofree char *subtitle = g_strdup_printf (_("NRR %s from %u answers"), nrr,
                                                       result.unsur[u].n_answers);

          add_row (self, title, subtitle, "emblem-ok-symbolic");
        }
    }
  update_apply (self);
}

static void
on_cancel_clicked_cb (GtkButton         *button,
                      KnSkmImportDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_field_changed_cb (GtkEditable       *editable,
                     KnSkmImportDialog *self)
{
  update_apply (self);
}

static void
on_apply_clicked_cb (GtkButton         *button,
                     KnSkmImportDialog *self)
{
  kn_skm_import_dialog_apply (self);
}

static void
on_chooser_response_cb (GtkNativeDialog   *chooser,
                        int                response,
                        KnSkmImportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        kn_skm_import_dialog_load_file (self, path);
    }
}

static void
on_choose_clicked_cb (GtkButton         *button,
                      KnSkmImportDialog *self)
{
  if (self->chooser == NULL)
    {
      self->chooser = GTK_NATIVE_DIALOG (kn_import_file_chooser_new (GTK_WINDOW (self),
                                                                     _("Import a Survey")));
      g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
    }
  gtk_native_dialog_show (self->chooser);
}

static void
kn_skm_import_dialog_dispose (GObject *object)
{
  KnSkmImportDialog *self = KN_SKM_IMPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), KN_TYPE_SKM_IMPORT_DIALOG);

  G_OBJECT_CLASS (kn_skm_import_dialog_parent_class)->dispose (object);
}

static void
kn_skm_import_dialog_finalize (GObject *object)
{
  KnSkmImportDialog *self = KN_SKM_IMPORT_DIALOG (object);

  g_clear_pointer (&self->survey, kn_skm_survey_free);

  G_OBJECT_CLASS (kn_skm_import_dialog_parent_class)->finalize (object);
}

static void
kn_skm_import_dialog_class_init (KnSkmImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_skm_import_dialog_dispose;
  object_class->finalize = kn_skm_import_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/id/go/lampungprov/Kinerja/kn-skm-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KnSkmImportDialog, target_label);
  gtk_widget_class_bind_template_child (widget_class, KnSkmImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, KnSkmImportDialog, service_row);
  gtk_widget_class_bind_template_child (widget_class, KnSkmImportDialog, population_row);
  gtk_widget_class_bind_template_child (widget_class, KnSkmImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KnSkmImportDialog, list);
  gtk_widget_class_bind_template_child (widget_class, KnSkmImportDialog, apply_button);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_apply_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_clicked_cb);
}

static void
kn_skm_import_dialog_init (KnSkmImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

KnSkmImportDialog *
kn_skm_import_dialog_new (KnStore    *store,
                          gint64      unit_id,
                          const char *period)
{
  KnSkmImportDialog *self;
  KnOrgUnit *unit;
  KnPeriod parsed;
  g_autofree char *label = NULL;
  g_autofree char *target = NULL;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  self = g_object_new (KN_TYPE_SKM_IMPORT_DIALOG, NULL);
  kn_skm_dialog_set_target (KN_SKM_DIALOG (self), store, unit_id, period);

  unit = kn_store_lookup_unit (store, unit_id);
  label = kn_period_parse (period, &parsed, NULL) ? kn_period_label (&parsed) : g_strdup (period);
  /* Translators: the unit, then the period the survey is saved under */
  target = g_strdup_printf (_("For %s, %s. Importing the same jenis layanan again replaces its survey."),
                            unit != NULL ? kn_org_unit_get_name (unit) : "—", label);
  gtk_label_set_text (self->target_label, target);
  return self;
}

void
kn_skm_import_dialog_load_file (KnSkmImportDialog *self,
                                const char        *path)
{
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (KN_IS_SKM_IMPORT_DIALOG (self));
  g_return_if_fail (path != NULL);

  g_clear_pointer (&self->survey, kn_skm_survey_free);
  name = g_path_get_basename (path);
  adw_action_row_set_subtitle (self->file_row, name);
  reader = kn_table_reader_new_for_path (path, NULL, &error);
  if (reader != NULL)
    self->survey = kn_skm_import_read (reader, &error);
  show_preview (self, self->survey == NULL ? error : NULL);
}

void
kn_skm_import_dialog_set_service (KnSkmImportDialog *self,
                                  const char        *service)
{
  g_return_if_fail (KN_IS_SKM_IMPORT_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->service_row), service);
}

const char *
kn_skm_import_dialog_get_summary (KnSkmImportDialog *self)
{
  g_return_val_if_fail (KN_IS_SKM_IMPORT_DIALOG (self), NULL);
  return gtk_label_get_text (self->summary_label);
}

GtkListBox *
kn_skm_import_dialog_get_list (KnSkmImportDialog *self)
{
  g_return_val_if_fail (KN_IS_SKM_IMPORT_DIALOG (self), NULL);
  return self->list;
}

gboolean
kn_skm_import_dialog_can_apply (KnSkmImportDialog *self)
{
  g_return_val_if_fail (KN_IS_SKM_IMPORT_DIALOG (self), FALSE);
  return gtk_widget_get_sensitive (GTK_WIDGET (self->apply_button));
}

gboolean
kn_skm_import_dialog_apply (KnSkmImportDialog *self)
{
  guint64 population;

  g_return_val_if_fail (KN_IS_SKM_IMPORT_DIALOG (self), FALSE);

  if (!kn_skm_import_dialog_can_apply (self))
    return FALSE;
  if (!parse_population (self, &population))
    return FALSE;

  g_free (self->survey->service);
  self->survey->service = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->service_row))));
  self->survey->population = population;
  return kn_skm_dialog_save (KN_SKM_DIALOG (self), self->survey, self->summary_label);
}
