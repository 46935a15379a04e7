/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The help of one place: its text from the library's help files, laid out as labels, and the
 * whole guide saved as a PDF manual. */

#define G_LOG_DOMAIN "kn-help-window"

#include "config.h"


#include <glib/gi18n-lib.h>

#include "kn-dialog.h"
#include "kn-help-window.h"

struct _KnHelpWindow
{
  AdwWindow         parent_instance;

  KnHelpTopic       topic;
  GString          *text;    /* owned: what is shown, for kn_help_window_dup_text */

  AdwWindowTitle   *window_title;
  AdwToastOverlay  *toast_overlay;
  GtkBox           *content;
};

G_DEFINE_FINAL_TYPE (KnHelpWindow, kn_help_window, ADW_TYPE_WINDOW)

static void
add_label (KnHelpWindow *self,
           const char   *markup,
           const char   *style,
           int           margin_start)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, margin_start);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  gtk_box_append (self->content, label);
}

static void
show_page (KnHelpWindow *self,
           KnHelpPage   *page)
{
  adw_window_title_set_subtitle (self->window_title, page->title);
  g_string_append_printf (self->text, "%s\n", page->title);
  {
    g_autofree char *title = g_markup_escape_text (page->title, -1);

    add_label (self, title, "title-2", 0);
  }

  for (guint s = 0; s < page->sections->len; s++)
    {
      KnHelpSection *section = g_ptr_array_index (page->sections, s);

      if (section->heading != NULL)
        {
          g_autofree char *heading = g_markup_escape_text (section->heading, -1);

          add_label (self, heading, "title-4", 0);
          g_string_append_printf (self->text, "%s\n", section->heading);
        }
      for (guint b = 0; b < section->blocks->len; b++)
        {
          KnHelpBlock *block = g_ptr_array_index (section->blocks, b);
          g_autofree char *markup = NULL;
          g_autofree char *line = NULL;

          switch (block->kind)
            {
            case KN_HELP_BLOCK_STEP:
              markup = g_strdup_printf ("%u. %s", block->number, block->markup);
              line = g_strdup_printf ("%u. %s", block->number, block->text);
              add_label (self, markup, NULL, 12);
              break;
            case KN_HELP_BLOCK_ITEM:
              markup = g_strdup_printf ("• %s", block->markup);
              line = g_strdup_printf ("• %s", block->text);
              add_label (self, markup, NULL, 12);
              break;
            case KN_HELP_BLOCK_PARAGRAPH:
            default:
              line = g_strdup (block->text);
              add_label (self, block->markup, NULL, 0);
              break;
            }
          g_string_append_printf (self->text, "%s\n", line);
        }
    }
}

static void
on_manual_chosen_cb (GtkNativeDialog *chooser,
                     int              response,
                     KnHelpWindow    *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file != NULL ? g_file_get_path (file) : NULL;
    }
  g_object_unref (chooser);
  if (path == NULL)
    return;

  if (kn_help_window_save_manual (self, path, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("The guide was saved.")));
  else
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
save_manual_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KnHelpWindow *self = KN_HELP_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save the Guide as PDF"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "panduan-kinerja.pdf");
  g_signal_connect (chooser, "response", G_CALLBACK (on_manual_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
kn_help_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KN_TYPE_HELP_WINDOW);

  G_OBJECT_CLASS (kn_help_window_parent_class)->dispose (object);
}

static void
kn_help_window_finalize (GObject *object)
{
  KnHelpWindow *self = KN_HELP_WINDOW (object);

  g_string_free (self->text, TRUE);

  G_OBJECT_CLASS (kn_help_window_parent_class)->finalize (object);
}

static void
kn_help_window_class_init (KnHelpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_help_window_dispose;
  object_class->finalize = kn_help_window_finalize;

  kn_dialog_class_set_template (widget_class, "kn-help-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KnHelpWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KnHelpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KnHelpWindow, content);

  gtk_widget_class_install_action (widget_class, "help.save-manual", NULL, save_manual_action);
}

static void
kn_help_window_init (KnHelpWindow *self)
{
  self->text = g_string_new (NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

KnHelpWindow *
kn_help_window_new (KnHelpTopic topic)
{
  KnHelpWindow *self;
  g_autoptr(KnHelpPage) page = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (topic < KN_HELP_N_TOPICS, NULL);

  self = g_object_new (KN_TYPE_HELP_WINDOW, NULL);
  self->topic = topic;
  page = kn_help_load (topic, &error);
  if (page != NULL)
    show_page (self, page);
  else
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      add_label (self, escaped, NULL, 0);
      g_string_append_printf (self->text, "%s\n", error->message);
    }
  return self;
}

KnHelpTopic
kn_help_window_get_topic (KnHelpWindow *self)
{
  g_return_val_if_fail (KN_IS_HELP_WINDOW (self), KN_HELP_TOPIC_MULAI);
  return self->topic;
}

char *
kn_help_window_dup_text (KnHelpWindow *self)
{
  g_return_val_if_fail (KN_IS_HELP_WINDOW (self), NULL);
  return g_strdup (self->text->str);
}

gboolean
kn_help_window_save_manual (KnHelpWindow  *self,
                            const char    *path,
                            GError       **error)
{
  g_autoptr(KnManual) manual = NULL;

  g_return_val_if_fail (KN_IS_HELP_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  manual = kn_manual_new_default (KN_PAPER_A4, error);
  if (manual == NULL)
    return FALSE;

  return kn_manual_write_pdf (manual, path, error);
}
