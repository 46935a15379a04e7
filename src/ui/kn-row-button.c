/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The small buttons at the end of a list row (kn-row-button.h). */

#include "config.h"

#include "kn-row-button.h"

GtkWidget *
kn_row_button_new (const char *icon_name,
                   const char *label)
{
  GtkWidget *button;

  g_return_val_if_fail (icon_name != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);

  button = gtk_button_new_from_icon_name (icon_name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return button;
}
