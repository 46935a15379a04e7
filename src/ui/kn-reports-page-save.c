/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Laporan place's saving: the save dialog, the batch written in the background with its
 * progress and Stop, who is missing to sign, and the SKM report written as the SKM place does. */

#define G_LOG_DOMAIN "kn-reports-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kn-desk-settings.h"
#include "kn-reports-page-private.h"

typedef struct
{
  KnReportsPage *page;
  double         fraction;
  char          *text;
} Progress;

/* What gathering found, for the main thread: who is missing to sign, who was left out. */
typedef struct
{
  KnReportsPage *page;
  char          *warning;   /* nullable */
  guint          skipped;
} Gathered;

/* Who is missing to sign @reports (KnReport), as kinerja-cli export says it; NULL when nobody
 * is. Any thread. */
static char *
signer_warning_text (const KnReport **reports,
                     guint            n_reports)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint shown = 0, more = 0;

  for (guint i = 0; i < n_reports; i++)
    {
      g_autofree char *warning = kn_report_dup_signer_warning (reports[i]);

      if (warning == NULL)
        continue;
      if (shown == 5)
        {
          more++;
          continue;
        }
      g_string_append_printf (text, "%s%s", shown > 0 ? "\n" : "", warning);
      shown++;
    }
  if (more > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "… and %u other employee.",
                                                 "… and %u other employees.", more), more);
    }

  return text->len > 0 ? g_strdup (text->str) : NULL;
}

static void
show_signer_warning (KnReportsPage *self,
                     char          *warning)
{
  g_free (self->warning);
  self->warning = warning;
  gtk_label_set_text (self->warning_label, self->warning != NULL ? self->warning : "");
  gtk_widget_set_visible (GTK_WIDGET (self->warning_label), self->warning != NULL);
}

void
_kn_reports_page_set_signer_warning (KnReportsPage   *self,
                                     const KnReport **reports,
                                     guint            n_reports)
{
  show_signer_warning (self, signer_warning_text (reports, n_reports));
}

static gboolean
report_progress_cb (gpointer data)
{
  Progress *progress = data;

  gtk_progress_bar_set_fraction (progress->page->progress_bar, progress->fraction);
  gtk_progress_bar_set_text (progress->page->progress_bar, progress->text);
  g_object_unref (progress->page);
  g_free (progress->text);
  g_free (progress);
  return G_SOURCE_REMOVE;
}

/* Called on the batch's thread: the progress bar is moved on the main thread. The page is
 * alive until on_batch_done_cb, which holds it and runs after the worker has finished. */
static void
post_progress (gboolean gathering,
               guint    done,
               guint    total,
               gpointer user_data)
{
  Progress *progress = g_new0 (Progress, 1);

  progress->page = g_object_ref (KN_REPORTS_PAGE (user_data));
  progress->fraction = total > 0 ? (double)done / total : 1;
  if (gathering)
    {
      /* Gathering is the first half of a batch read in the worker, writing the second. */
      progress->fraction /= 2;
      progress->text = g_strdup_printf (_("Gathering the data: %u of %u"), done, total);
    }
  else
    {
      if (progress->page->batch_gathers)
        progress->fraction = 0.5 + progress->fraction / 2;
      progress->text = g_strdup_printf (_("%u of %u"), done, total);
    }
  g_main_context_invoke (NULL, report_progress_cb, progress);
}

static void
set_saving_status (KnReportsPage *self,
                   guint          skipped)
{
  g_autofree char *text = NULL;

  if (skipped == 0)
    {
      _kn_reports_page_set_status (self, _("Saving…"));
      return;
    }
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Saving… (%u employee left out: no SKP for the year)",
                                       "Saving… (%u employees left out: no SKP for the year)",
                                       skipped),
                          skipped);
  _kn_reports_page_set_status (self, text);
}

static gboolean
report_gathered_cb (gpointer data)
{
  Gathered *gathered = data;
  KnReportsPage *self = gathered->page;

  show_signer_warning (self, g_steal_pointer (&gathered->warning));
  if (self->cancellable != NULL)
    set_saving_status (self, gathered->skipped);
  g_object_unref (gathered->page);
  g_free (gathered);
  return G_SOURCE_REMOVE;
}

/* Called on the batch's thread once a unit's data is read there. */
static void
post_gathered (KnReportBatch *batch,
               gpointer       user_data)
{
  Gathered *gathered = g_new0 (Gathered, 1);

  gathered->page = g_object_ref (KN_REPORTS_PAGE (user_data));
  if (kn_report_batch_get_reports (batch) != NULL)
    gathered->warning = signer_warning_text ((const KnReport **)kn_report_batch_get_reports (batch),
                                             kn_report_batch_get_n_reports (batch));
  gathered->skipped = kn_report_batch_get_n_skipped (batch);
  g_main_context_invoke (NULL, report_gathered_cb, gathered);
}

/* While a batch writes, printing or saving another one would be refused: the buttons say so. */
static void
set_output_enabled (KnReportsPage *self,
                    gboolean       enabled)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.print", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.save-pdf", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.save-xlsx", enabled);
}

/* Says where the files went and offers to open them: the file, or the folder of a unit's files. */
static void
set_saved_status (KnReportsPage *self,
                  gssize         written,
                  const char    *path)
{
  gboolean folder = g_file_test (path, G_FILE_TEST_IS_DIR);
  g_autofree char *shown = g_filename_display_name (path);
  g_autofree char *text = NULL;

  if (folder)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%zd document saved in the folder %s.",
                                         "%zd documents saved in the folder %s.", written),
                            written, shown);
  else
    text = g_strdup_printf (_("Saved as %s."), shown);

  _kn_reports_page_set_status (self, text);
  self->saved = g_strdup (path);
  gtk_button_set_label (self->open_saved_button, folder ? _("Open _Folder") : _("_Open File"));
  gtk_widget_set_visible (GTK_WIDGET (self->open_saved_button), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.open-saved", TRUE);
}

static void
on_batch_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(KnReportsPage) self = KN_REPORTS_PAGE (user_data);
  g_autoptr(GError) error = NULL;
  gssize written;

  written = kn_report_batch_write_finish (result, &error);
  g_clear_object (&self->cancellable);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_box), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.cancel", FALSE);
  set_output_enabled (self, TRUE);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    _kn_reports_page_set_status (self, _("Stopped. Only complete files were kept."));
  else if (error != NULL)
    _kn_reports_page_set_status (self, error->message);
  else
    set_saved_status (self, written, self->saving);
  g_clear_pointer (&self->saving, g_free);
}

/* The SKM report is one page of one unit: it is written at once, through the writers of the
 * SKM place (kn_skm_document_write_pdf, kn_skm_export_xlsx), each atomic. */
static void
save_skm (KnReportsPage *self,
          const char    *path,
          gboolean       xlsx)
{
  g_autoptr(KnSkmReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gboolean written;

  report = _kn_reports_page_build_skm (self, &error);
  if (report == NULL)
    {
      _kn_reports_page_set_status (self, error->message);
      return;
    }
  if (xlsx)
    written = kn_skm_export_xlsx (report, _kn_reports_page_chosen_paper (self), path, &error);
  else
    written = kn_skm_document_write_pdf (report, _kn_reports_page_chosen_paper (self), path,
                                         &error);
  if (!written)
    _kn_reports_page_set_status (self, error->message);
  else
    set_saved_status (self, 1, path);
}

void
kn_reports_page_save_to (KnReportsPage *self,
                         const char    *path,
                         gboolean       xlsx)
{
  g_autoptr(KnReportBatch) batch = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  const char *db_path;
  guint kind;
  const char *period;
  gboolean split;

  g_return_if_fail (KN_IS_REPORTS_PAGE (self));
  g_return_if_fail (path != NULL);

  if (self->store == NULL || self->cancellable != NULL ||
      (period = _kn_reports_page_chosen_period (self)) == NULL)
    return;

  kind = _kn_reports_page_chosen_kind (self);
  if (kind == KN_REPORTS_KIND_SKM)
    {
      save_skm (self, path, xlsx);
      return;
    }
  split = _kn_reports_page_chosen_split (self);
  if (kind == KN_DOCUMENT_REKAP)
    {
      gint64 unit_id = _kn_reports_page_chosen_unit (self);

      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_val (ids, unit_id);
    }
  else
    ids = _kn_reports_page_chosen_employees (self);

  /* One batch writer, the one kinerja-cli export uses. A store on a file: the worker reads the
   * data on a read-only store of its own, so that a province's unit never blocks the window.
   * Without a file there is no second connection: the data is read here. */
  batch = kn_report_batch_new (kind, _kn_reports_page_chosen_paper (self));
  db_path = kn_store_get_path (self->store);
  if (db_path == NULL)
    {
      if (!kn_report_batch_gather (batch, self->store, (const gint64 *)ids->data, ids->len,
                                   period, FALSE, &error))
        {
          _kn_reports_page_set_status (self, error->message);
          return;
        }
      if (kind != KN_DOCUMENT_REKAP)
        _kn_reports_page_set_signer_warning (self,
                                             (const KnReport **)kn_report_batch_get_reports (batch),
                                             kn_report_batch_get_n_reports (batch));
    }

  if (split && g_mkdir_with_parents (path, 0700) != 0)
    {
      g_autofree char *text = g_strdup_printf (_("The folder “%s” could not be created."), path);

      _kn_reports_page_set_status (self, text);
      return;
    }

  self->cancellable = g_cancellable_new ();
  g_free (self->saving);
  self->saving = g_strdup (path);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_box), TRUE);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_progress_bar_set_text (self->progress_bar, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.cancel", TRUE);
  set_output_enabled (self, FALSE);
  set_saving_status (self, kn_report_batch_get_n_skipped (batch));
  self->batch_gathers = db_path != NULL;

  kn_report_batch_write_async (g_steal_pointer (&batch), db_path, (const gint64 *)ids->data,
                               ids->len, period,
                               xlsx ? kn_export_report_writer () : kn_document_report_writer (),
                               path, split, self->cancellable, post_progress,
                               db_path != NULL && kind != KN_DOCUMENT_REKAP ? post_gathered : NULL,
                               self, on_batch_done_cb, g_object_ref (self));
}

/* Each desk its own folder: on a server the office's settings are everyone's (and only an
 * admin's to change). A file's office that remembered one in its settings starts there. */
#define LAST_FOLDER_KEY "reports-last-folder"

char *
_kn_reports_page_dup_last_folder (KnReportsPage *self)
{
  g_autofree char *last = kn_desk_settings_dup_string (LAST_FOLDER_KEY);

  if (last == NULL && self->store != NULL &&
      !kn_store_location_is_server (kn_store_get_path (self->store)))
    last = kn_store_get_setting (self->store, LAST_FOLDER_KEY);
  if (last == NULL || !g_file_test (last, G_FILE_TEST_IS_DIR))
    return NULL;
  return g_steal_pointer (&last);
}

void
_kn_reports_page_remember_folder (KnReportsPage *self,
                                  const char    *folder)
{
  g_autoptr(GError) error = NULL;

  /* Not worth stopping the save for: the next chooser starts elsewhere. */
  if (!kn_desk_settings_set_string (LAST_FOLDER_KEY, folder, &error))
    g_warning ("The last folder was not remembered: %s", error->message);
}

static void
on_save_chosen_cb (GtkNativeDialog *chooser,
                   int              response,
                   KnReportsPage   *self)
{
  gboolean xlsx = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "xlsx"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        {
          gboolean folder = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "folder"));
          g_autofree char *parent = folder ? g_strdup (path) : g_path_get_dirname (path);

          _kn_reports_page_remember_folder (self, parent);
          kn_reports_page_save_to (self, path, xlsx);
        }
    }
  g_object_unref (chooser);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KnReportsPage *self = KN_REPORTS_PAGE (widget);
  gboolean xlsx = g_str_equal (action_name, "reports.save-xlsx");
  gboolean folder = _kn_reports_page_chosen_split (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;

  /* Nothing to save is said at once, not after a file was chosen. */
  if (_kn_reports_page_chosen_kind (self) == KN_REPORTS_KIND_SKM)
    {
      g_autoptr(KnSkmReport) report = NULL;
      g_autoptr(GError) error = NULL;

      report = _kn_reports_page_build_skm (self, &error);
      if (report == NULL)
        {
          _kn_reports_page_set_status (self, error->message);
          return;
        }
    }

  chooser = gtk_file_chooser_native_new (folder ? _("Choose a Folder for the Files")
                                                : xlsx ? _("Export to Excel") : _("Save as PDF"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                                : GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  if (!folder)
    {
      g_autofree char *name = kn_reports_page_dup_suggested_name (self, xlsx);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  /* The folder this desk used last time. */
  {
    g_autofree char *last = _kn_reports_page_dup_last_folder (self);

    if (last != NULL)
      {
        g_autoptr(GFile) last_file = g_file_new_for_path (last);

        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), last_file, NULL);
      }
  }
  g_object_set_data (G_OBJECT (chooser), "xlsx", GINT_TO_POINTER (xlsx));
  g_object_set_data (G_OBJECT (chooser), "folder", GINT_TO_POINTER (folder));
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_open_saved_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(KnReportsPage) self = KN_REPORTS_PAGE (user_data);
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The file could not be opened: %s"),
                                               error->message);

      _kn_reports_page_set_status (self, text);
    }
}

static void
open_saved_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KnReportsPage *self = KN_REPORTS_PAGE (widget);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GdkAppLaunchContext) context = NULL;
  g_autofree char *uri = NULL;

  if (self->saved == NULL)
    return;
  file = g_file_new_for_path (self->saved);
  uri = g_file_get_uri (file);
  context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           on_open_saved_cb, g_object_ref (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  kn_reports_page_cancel (KN_REPORTS_PAGE (widget));
}

void
_kn_reports_page_class_save_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "reports.save-pdf", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "reports.save-xlsx", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "reports.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "reports.open-saved", NULL, open_saved_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "reports.save-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "reports.save-xlsx", NULL);
}

const char *
kn_reports_page_get_saved_path (KnReportsPage *self)
{
  g_return_val_if_fail (KN_IS_REPORTS_PAGE (self), NULL);
  return self->saved;
}

gboolean
kn_reports_page_get_busy (KnReportsPage *self)
{
  g_return_val_if_fail (KN_IS_REPORTS_PAGE (self), FALSE);
  return self->cancellable != NULL;
}

void
kn_reports_page_cancel (KnReportsPage *self)
{
  g_return_if_fail (KN_IS_REPORTS_PAGE (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

/* The file name the save dialog suggests: the previewed employee's document by the one naming
 * rule (kn_report_file_name), a unit's report (the recap, the SKM report) by kn_report_unit_file_name,
 * "kinerja.pdf" for the documents of a whole unit. */
char *
kn_reports_page_dup_suggested_name (KnReportsPage *self,
                                    gboolean       xlsx)
{
  g_autofree char *stem = NULL;

  g_return_val_if_fail (KN_IS_REPORTS_PAGE (self), NULL);

  if (self->suggested == NULL)
    return g_strdup (xlsx ? "kinerja.xlsx" : "kinerja.pdf");
  if (!xlsx)
    return g_strdup (self->suggested);
  stem = g_strndup (self->suggested, strlen (self->suggested) - strlen (".pdf"));
  return g_strconcat (stem, ".xlsx", NULL);
}

/* Who is missing to sign the chosen documents, one line each; NULL when nobody is. */
const char *
kn_reports_page_get_warning (KnReportsPage *self)
{
  g_return_val_if_fail (KN_IS_REPORTS_PAGE (self), NULL);

  return self->warning;
}

void
kn_reports_page_set_split (KnReportsPage *self,
                           gboolean       split)
{
  g_return_if_fail (KN_IS_REPORTS_PAGE (self));
  adw_combo_row_set_selected (self->split_row, split ? 1 : 0);
}
