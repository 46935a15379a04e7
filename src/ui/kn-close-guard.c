/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The question a window asks before closing over work that is not saved (kn-close-guard.h). */

#define G_LOG_DOMAIN "kn-close-guard"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <adwaita.h>

#include "kn-close-guard.h"

/* Set on the window once the person has answered: the next close goes through. */
#define CONFIRMED_KEY "kn-close-guard-confirmed"
#define SAVE_KEY      "kn-close-guard-save"

typedef struct
{
  KnCloseSaveFunc save;
} Question;

static gboolean
close_later_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                GtkWindow        *window)
{
  Question *question = g_object_get_data (G_OBJECT (dialog), SAVE_KEY);

  if (g_str_equal (response, "save") && !question->save (window))
    return;
  if (!g_str_equal (response, "save") && !g_str_equal (response, "discard"))
    return;

  /* Closed once the question has closed itself: it is transient for this window. */
  g_object_set_data (G_OBJECT (window), CONFIRMED_KEY, GINT_TO_POINTER (TRUE));
  g_idle_add_full (G_PRIORITY_DEFAULT, close_later_cb, g_object_ref (window), g_object_unref);
}

/* For a close-request handler: TRUE when @window may close now, having nothing @unsaved or the
 * person having answered; otherwise asks (@heading, @body) and returns FALSE, and the window
 * closes once they choose Save (when @save succeeds) or Discard. */
gboolean
kn_close_guard_may_close (GtkWindow       *window,
                          gboolean         unsaved,
                          const char      *heading,
                          const char      *body,
                          KnCloseSaveFunc  save)
{
  AdwMessageDialog *dialog;
  Question *question;

  g_return_val_if_fail (GTK_IS_WINDOW (window), TRUE);
  g_return_val_if_fail (save != NULL, TRUE);

  if (!unsaved || g_object_get_data (G_OBJECT (window), CONFIRMED_KEY) != NULL)
    return TRUE;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "discard", _("_Discard"),
                                    "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  question = g_new (Question, 1);
  question->save = save;
  g_object_set_data_full (G_OBJECT (dialog), SAVE_KEY, question, g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response_cb), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}
