/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Dialogs over the window a page is in. Never installed. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A new message dialog transient for the window @widget is in (none while it is in none); the
 * caller adds the responses and presents it. */
AdwMessageDialog *kn_message_dialog_new (GtkWidget  *widget,
                                         const char *heading,
                                         const char *body);
/* A question over the window @widget is in: Cancel (Escape too) or @response, labelled @label
 * and drawn as @appearance. Enter answers @response, or Cancel where @response destroys
 * (ADW_RESPONSE_DESTRUCTIVE). The caller connects "response" and presents it. */
AdwMessageDialog *kn_question_dialog_new (GtkWidget             *widget,
                                          const char            *heading,
                                          const char            *body,
                                          const char            *response,
                                          const char            *label,
                                          AdwResponseAppearance  appearance);
/* Presents @dialog modal over the window @page is in, *@slot (the page's open dialog; nullable
 * where the page keeps none) pointing to it weakly while it is open. */
void              kn_page_dialog_present (GtkWidget  *page,
                                          GtkWindow  *dialog,
                                          GtkWindow **slot);
/* Says @heading and @body over the window @page is in, with one Close button; presented as by
 * kn_page_dialog_present(). */
void              kn_page_message_present (GtkWidget  *page,
                                           const char *heading,
                                           const char *body,
                                           GtkWindow **slot);

G_END_DECLS
