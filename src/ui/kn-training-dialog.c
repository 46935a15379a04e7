/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The form that adds or corrects one learning activity: the same rule as every form (Enter or
 * Ctrl+S saves, Escape cancels), the date typed day-month-year or picked on a calendar. */

#define G_LOG_DOMAIN "kn-training-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-dialog.h"
#include "kn-training-dialog.h"

struct _KnTrainingDialog
{
  AdwWindow             parent_instance;

  gint64                training_id;  /* 0 when adding */
  KnTrainingSubmitFunc  submit;
  gpointer              data;

  AdwWindowTitle       *window_title;
  AdwEntryRow          *title_row;
  KnDateRow            *date_row;
  AdwComboRow          *form_row;
  AdwEntryRow          *hours_row;
  AdwEntryRow          *organizer_row;
  AdwEntryRow          *evidence_row;
  GtkLabel             *error_label;
};

G_DEFINE_FINAL_TYPE (KnTrainingDialog, kn_training_dialog, ADW_TYPE_WINDOW)

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KnTrainingDialog *self = KN_TRAINING_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (self->submit (self->data, self->training_id,
                    gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                    gtk_editable_get_text (GTK_EDITABLE (self->date_row)),
                    adw_combo_row_get_selected (self->form_row),
                    gtk_editable_get_text (GTK_EDITABLE (self->hours_row)),
                    gtk_editable_get_text (GTK_EDITABLE (self->organizer_row)),
                    gtk_editable_get_text (GTK_EDITABLE (self->evidence_row)),
                    &error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
kn_training_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KN_TYPE_TRAINING_DIALOG);

  G_OBJECT_CLASS (kn_training_dialog_parent_class)->dispose (object);
}

static void
kn_training_dialog_class_init (KnTrainingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_training_dialog_dispose;

  g_type_ensure (KN_TYPE_DATE_ROW);
  kn_dialog_class_set_template (widget_class, "kn-training-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KnTrainingDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingDialog, form_row);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingDialog, hours_row);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingDialog, organizer_row);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingDialog, evidence_row);
  gtk_widget_class_bind_template_child (widget_class, KnTrainingDialog, error_label);

  kn_dialog_class_add_save (widget_class, "dialog.save", save_action);
}

static void
kn_training_dialog_init (KnTrainingDialog *self)
{
  g_autoptr(GtkStringList) forms = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < KN_TRAINING_N; i++)
    {
      /* Translators: a form of learning and whether it is classroom (klasikal) or not */
      g_autofree char *label = g_strdup_printf ("%s (%s)", kn_training_form_label (i),
                                                kn_training_form_is_klasikal (i)
                                                ? _("classroom") : _("non-classroom"));

      gtk_string_list_append (forms, label);
    }
  adw_combo_row_set_model (self->form_row, G_LIST_MODEL (forms));
}

KnTrainingDialog *
kn_training_dialog_new (KnEmployee           *employee,
                        const KnTraining     *training,
                        const char           *default_date,
                        KnTrainingSubmitFunc  submit,
                        gpointer              data)
{
  KnTrainingDialog *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (KN_IS_EMPLOYEE (employee), NULL);
  g_return_val_if_fail (submit != NULL, NULL);

  self = g_object_new (KN_TYPE_TRAINING_DIALOG, NULL);
  self->submit = submit;
  self->data = data;
  self->training_id = training != NULL ? training->id : 0;

  /* Translators: the title of the dialog, with the person's name */
  title = g_strdup_printf (training != NULL ? _("Correct Activity of %s") : _("New Activity of %s"),
                           kn_employee_get_name (employee));
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, training != NULL ? _("Correct Activity")
                                                                   : _("New Activity"));
  adw_window_title_set_subtitle (self->window_title, kn_employee_get_name (employee));

  if (training != NULL)
    {
      g_autofree char *hours = kn_format_decimal (training->hours);

      gtk_editable_set_text (GTK_EDITABLE (self->title_row), training->title);
      kn_date_row_set_iso (self->date_row, training->date);
      adw_combo_row_set_selected (self->form_row, training->form);
      gtk_editable_set_text (GTK_EDITABLE (self->hours_row), hours);
      gtk_editable_set_text (GTK_EDITABLE (self->organizer_row),
                             training->organizer != NULL ? training->organizer : "");
      gtk_editable_set_text (GTK_EDITABLE (self->evidence_row),
                             training->evidence != NULL ? training->evidence : "");
    }
  else
    kn_date_row_set_iso (self->date_row, default_date);

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}

GtkEditable *
kn_training_dialog_get_entry (KnTrainingDialog *self,
                              const char       *field)
{
  g_return_val_if_fail (KN_IS_TRAINING_DIALOG (self), NULL);
  return GTK_EDITABLE (kn_dialog_get_field (GTK_WIDGET (self), KN_TYPE_TRAINING_DIALOG, field,
                                            "row"));
}

KnDateRow *
kn_training_dialog_get_date (KnTrainingDialog *self)
{
  g_return_val_if_fail (KN_IS_TRAINING_DIALOG (self), NULL);
  return self->date_row;
}

const char *
kn_training_dialog_get_error (KnTrainingDialog *self)
{
  g_return_val_if_fail (KN_IS_TRAINING_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_text (self->error_label);
}
