/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every dialog shares: its template, Escape closes it, a form saves on Ctrl+S, and an
 * error banner (a revealer around a label) above the form. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The class's template from the resource @ui_file (a file name such as "kn-unit-dialog.ui"),
 * and Escape closes the window. */
void        kn_dialog_class_set_template (GtkWidgetClass              *widget_class,
                                          const char                  *ui_file);
/* The form's save action @action_name, run by Ctrl+S too. */
void        kn_dialog_class_add_save     (GtkWidgetClass              *widget_class,
                                          const char                  *action_name,
                                          GtkWidgetActionActivateFunc  activate);

/* Shows @message in the banner; NULL hides it. */
void        kn_dialog_show_error         (GtkRevealer                 *revealer,
                                          GtkLabel                    *label,
                                          const char                  *message);
/* Shows @message in the banner styled as an error or as information (the "error-banner" or the
 * "info-banner" class); NULL hides it. */
void        kn_dialog_show_banner        (GtkRevealer                 *revealer,
                                          GtkLabel                    *label,
                                          const char                  *message,
                                          gboolean                     is_error);
/* The message the banner shows, NULL while it is hidden. */
const char *kn_dialog_get_error          (GtkRevealer                 *revealer,
                                          GtkLabel                    *label);

/* For tests: the template child of @widget (of @template_type) that holds @field, named
 * "FIELD_SUFFIX" with '-' as '_' ("rank-date" and "row": rank_date_row); NULL, with a critical,
 * when there is no such child. */
GObject    *kn_dialog_get_field          (GtkWidget                   *widget,
                                          GType                        template_type,
                                          const char                  *field,
                                          const char                  *suffix);

G_END_DECLS
