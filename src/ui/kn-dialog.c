/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every dialog shares (kn-dialog.h). */

#define G_LOG_DOMAIN "kn-dialog"

#include "config.h"

#include "kn-dialog.h"

void
kn_dialog_class_set_template (GtkWidgetClass *widget_class,
                              const char     *ui_file)
{
  g_autofree char *resource = NULL;

  g_return_if_fail (GTK_IS_WIDGET_CLASS (widget_class));
  g_return_if_fail (ui_file != NULL);

  resource = g_strconcat ("/id/go/lampungprov/Kinerja/", ui_file, NULL);
  gtk_widget_class_set_template_from_resource (widget_class, resource);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

void
kn_dialog_class_add_save (GtkWidgetClass              *widget_class,
                          const char                  *action_name,
                          GtkWidgetActionActivateFunc  activate)
{
  g_return_if_fail (GTK_IS_WIDGET_CLASS (widget_class));
  g_return_if_fail (action_name != NULL);

  gtk_widget_class_install_action (widget_class, action_name, NULL, activate);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, action_name,
                                       NULL);
}

void
kn_dialog_show_error (GtkRevealer *revealer,
                      GtkLabel    *label,
                      const char  *message)
{
  g_return_if_fail (GTK_IS_REVEALER (revealer));
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (revealer, message != NULL);
}

void
kn_dialog_show_banner (GtkRevealer *revealer,
                       GtkLabel    *label,
                       const char  *message,
                       gboolean     is_error)
{
  g_return_if_fail (GTK_IS_REVEALER (revealer));
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_widget_remove_css_class (GTK_WIDGET (label), "error-banner");
  gtk_widget_remove_css_class (GTK_WIDGET (label), "info-banner");
  if (message != NULL)
    {
      gtk_label_set_text (label, message);
      gtk_widget_add_css_class (GTK_WIDGET (label), is_error ? "error-banner" : "info-banner");
    }
  gtk_revealer_set_reveal_child (revealer, message != NULL);
}

const char *
kn_dialog_get_error (GtkRevealer *revealer,
                     GtkLabel    *label)
{
  g_return_val_if_fail (GTK_IS_REVEALER (revealer), NULL);
  g_return_val_if_fail (GTK_IS_LABEL (label), NULL);

  if (!gtk_revealer_get_reveal_child (revealer))
    return NULL;
  return gtk_label_get_text (label);
}

GObject *
kn_dialog_get_field (GtkWidget  *widget,
                     GType       template_type,
                     const char *field,
                     const char *suffix)
{
  g_autofree char *name = NULL;
  GObject *child;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (field != NULL && suffix != NULL, NULL);

  name = g_strdelimit (g_strconcat (field, "_", suffix, NULL), "-", '_');
  child = gtk_widget_get_template_child (widget, template_type, name);
  if (child == NULL)
    g_critical ("%s has no field \"%s\"", g_type_name (template_type), field);
  return child;
}
