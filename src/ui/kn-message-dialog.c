/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Dialogs over the window a page is in (kn-message-dialog.h). */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-message-dialog.h"

AdwMessageDialog *
kn_message_dialog_new (GtkWidget  *widget,
                       const char *heading,
                       const char *body)
{
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  root = gtk_widget_get_root (widget);
  return ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                     heading, body));
}

AdwMessageDialog *
kn_question_dialog_new (GtkWidget             *widget,
                        const char            *heading,
                        const char            *body,
                        const char            *response,
                        const char            *label,
                        AdwResponseAppearance  appearance)
{
  AdwMessageDialog *dialog;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (response != NULL && label != NULL, NULL);

  dialog = kn_message_dialog_new (widget, heading, body);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, label, NULL);
  adw_message_dialog_set_response_appearance (dialog, response, appearance);
  adw_message_dialog_set_default_response (dialog, appearance == ADW_RESPONSE_DESTRUCTIVE
                                                   ? "cancel" : response);
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}

void
kn_page_dialog_present (GtkWidget  *page,
                        GtkWindow  *dialog,
                        GtkWindow **slot)
{
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (GTK_IS_WINDOW (dialog));

  root = gtk_widget_get_root (page);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
  gtk_window_set_modal (dialog, TRUE);
  if (slot != NULL)
    g_set_weak_pointer (slot, dialog);
  gtk_window_present (dialog);
}

void
kn_page_message_present (GtkWidget  *page,
                         const char *heading,
                         const char *body,
                         GtkWindow **slot)
{
  AdwMessageDialog *dialog;

  g_return_if_fail (GTK_IS_WIDGET (page));

  dialog = kn_message_dialog_new (page, heading, body);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  kn_page_dialog_present (page, GTK_WINDOW (dialog), slot);
}
