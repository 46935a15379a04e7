/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One IKI in the SKP editor: aspek or perspektif, text, target, unit and direction. */

#define G_LOG_DOMAIN "kn-indicator-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-bind.h"
#include "kn-dialog.h"
#include "kn-indicator-row.h"

struct _KnIndicatorRow
{
  GtkListBoxRow  parent_instance;

  KnIndicator   *indicator;   /* owned */
  gboolean       jpt;

  GtkLabel      *number_label;
  GtkDropDown   *category_dropdown;
  GtkEntry      *text_entry;
  GtkButton     *up_button;
  GtkButton     *remove_button;
  GtkEntry      *target_entry;
  GtkEntry      *unit_entry;
  GtkEntry      *target_text_entry;
  GtkDropDown   *direction_dropdown;
  GtkLabel      *error_label;
};

enum {
  SIGNAL_MOVE_UP,
  SIGNAL_REMOVE,
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KnIndicatorRow, kn_indicator_row, GTK_TYPE_LIST_BOX_ROW)

static void
on_indicator_notify_cb (KnIndicator    *indicator,
                        GParamSpec     *pspec,
                        KnIndicatorRow *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* An absent unit or target sentence is an empty entry, and an emptied entry an absent one. */
static gboolean
nullable_to_text (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL ? text : "");
  return TRUE;
}

static gboolean
text_to_nullable (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL && text[0] != '\0' ? text : NULL);
  return TRUE;
}

/* The target is typed the Indonesian way ("12,5"): parsed here, where a wrong one is said. */
static void
on_target_changed_cb (GtkEditable    *editable,
                      KnIndicatorRow *self)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (editable);
  double value;

  if (text[0] == '\0')
    {
      kn_indicator_clear_target_value (self->indicator);
      gtk_widget_remove_css_class (GTK_WIDGET (self->target_entry), "error");
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
    }
  else if (kn_parse_decimal (text, &value, &error))
    {
      kn_indicator_set_target_value (self->indicator, value);
      gtk_widget_remove_css_class (GTK_WIDGET (self->target_entry), "error");
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
    }
  else
    {
      /* The model keeps its last good value; the row says what is wrong. */
      gtk_widget_add_css_class (GTK_WIDGET (self->target_entry), "error");
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
    }
}

static void
on_up_clicked_cb (GtkButton      *button,
                  KnIndicatorRow *self)
{
  g_signal_emit (self, signals[SIGNAL_MOVE_UP], 0);
}

static void
on_remove_clicked_cb (GtkButton      *button,
                      KnIndicatorRow *self)
{
  g_signal_emit (self, signals[SIGNAL_REMOVE], 0);
}

static void
kn_indicator_row_dispose (GObject *object)
{
  KnIndicatorRow *self = (KnIndicatorRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KN_TYPE_INDICATOR_ROW);
  g_clear_object (&self->indicator);

  G_OBJECT_CLASS (kn_indicator_row_parent_class)->dispose (object);
}

static void
kn_indicator_row_class_init (KnIndicatorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_indicator_row_dispose;

  /* The user asked to move this IKI one place up. */
  signals[SIGNAL_MOVE_UP] =
    g_signal_new ("move-up", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  /* The user asked to remove this IKI. */
  signals[SIGNAL_REMOVE] =
    g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  /* A field was edited (the indicator has already been updated). */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/id/go/lampungprov/Kinerja/kn-indicator-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KnIndicatorRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, KnIndicatorRow, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KnIndicatorRow, text_entry);
  gtk_widget_class_bind_template_child (widget_class, KnIndicatorRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, KnIndicatorRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, KnIndicatorRow, target_entry);
  gtk_widget_class_bind_template_child (widget_class, KnIndicatorRow, unit_entry);
  gtk_widget_class_bind_template_child (widget_class, KnIndicatorRow, target_text_entry);
  gtk_widget_class_bind_template_child (widget_class, KnIndicatorRow, direction_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KnIndicatorRow, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_up_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
}

static void
kn_indicator_row_init (KnIndicatorRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kn_indicator_row_new (KnIndicator *indicator,
                      guint        number,
                      gboolean     jpt,
                      gboolean     qualitative,
                      gboolean     editable)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) directions = gtk_string_list_new (NULL);
  g_autofree char *number_text = g_strdup_printf ("%u.", number);
  KnIndicatorRow *self;

  g_return_val_if_fail (KN_IS_INDICATOR (indicator), NULL);

  self = g_object_new (KN_TYPE_INDICATOR_ROW, NULL);
  self->indicator = g_object_ref (indicator);
  self->jpt = jpt;

  gtk_label_set_text (self->number_label, number_text);

  if (jpt)
    for (guint i = 1; i < KN_PERSPECTIVE_N; i++)
      gtk_string_list_append (categories, kn_perspective_label (i));
  else
    for (guint i = 1; i < KN_ASPECT_N; i++)
      gtk_string_list_append (categories, kn_aspect_label (i));
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));
  for (guint i = 0; i < KN_DIRECTION_N; i++)
    gtk_string_list_append (directions, kn_direction_label (i));
  gtk_drop_down_set_model (self->direction_dropdown, G_LIST_MODEL (directions));

  /* A new IKI takes the row's first aspek or perspektif, as the dropdown shows it. */
  if (jpt && kn_indicator_get_perspective (indicator) == KN_PERSPECTIVE_NONE)
    kn_indicator_set_perspective (indicator, KN_PERSPECTIVE_PENERIMA_LAYANAN);
  else if (!jpt && kn_indicator_get_aspect (indicator) == KN_ASPECT_NONE)
    kn_indicator_set_aspect (indicator, KN_ASPECT_KUANTITAS);

  if (kn_indicator_get_has_target_value (indicator))
    {
      g_autofree char *value = kn_format_decimal (kn_indicator_get_target_value (indicator));

      gtk_editable_set_text (GTK_EDITABLE (self->target_entry), value);
    }

  /* The row shows the indicator and edits it in place; what the indicator says changed is
   * what the row says changed, so filling the row is no edit. Item 0 of both category lists is
   * the first real value (1); NONE is not offered. */
  g_object_bind_property_full (indicator, jpt ? "perspective" : "aspect",
                               self->category_dropdown, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               kn_bind_enum_to_position, kn_bind_position_to_enum,
                               GINT_TO_POINTER (1), NULL);
  g_object_bind_property_full (indicator, "direction", self->direction_dropdown, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               kn_bind_enum_to_position, kn_bind_position_to_enum, NULL, NULL);
  g_object_bind_property (indicator, "text", self->text_entry, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property_full (indicator, "target-unit", self->unit_entry, "text",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               nullable_to_text, text_to_nullable, NULL, NULL);
  g_object_bind_property_full (indicator, "target-text", self->target_text_entry, "text",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               nullable_to_text, text_to_nullable, NULL, NULL);
  g_signal_connect_object (indicator, "notify", G_CALLBACK (on_indicator_notify_cb), self, 0);
  g_signal_connect (self->target_entry, "changed", G_CALLBACK (on_target_changed_cb), self);

  gtk_widget_set_visible (GTK_WIDGET (self->target_entry), !qualitative);
  gtk_widget_set_visible (GTK_WIDGET (self->unit_entry), !qualitative);
  gtk_widget_set_visible (GTK_WIDGET (self->direction_dropdown), !qualitative);
  gtk_widget_set_visible (GTK_WIDGET (self->target_text_entry), qualitative);

  gtk_widget_set_sensitive (GTK_WIDGET (self->category_dropdown), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->text_entry), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->target_entry), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->unit_entry), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->target_text_entry), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->direction_dropdown), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->remove_button), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->up_button), editable && number > 1);

  return GTK_WIDGET (self);
}

KnIndicator *
kn_indicator_row_get_indicator (KnIndicatorRow *self)
{
  g_return_val_if_fail (KN_IS_INDICATOR_ROW (self), NULL);
  return self->indicator;
}

const char *
kn_indicator_row_get_error (KnIndicatorRow *self)
{
  g_return_val_if_fail (KN_IS_INDICATOR_ROW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_text (self->error_label);
}

GtkEditable *
kn_indicator_row_get_editable (KnIndicatorRow *self,
                               const char     *field)
{
  g_return_val_if_fail (KN_IS_INDICATOR_ROW (self), NULL);
  return GTK_EDITABLE (kn_dialog_get_field (GTK_WIDGET (self), KN_TYPE_INDICATOR_ROW, field,
                                            "entry"));
}
