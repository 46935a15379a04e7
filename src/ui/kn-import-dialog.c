/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing a roster of employees, or a training list, from the window: the preview, then all
 * of it or nothing. */

#define G_LOG_DOMAIN "kn-import-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kinerja/kn-employee-import.h"
#include "kinerja/kn-format.h"
#include "kinerja/kn-training-import.h"

#include "kn-import-dialog.h"

/* Title rows an office puts above the header. */
#define HEADER_SEARCH_ROWS 20

/* People in the database but not in the file, named one by one up to this many. */
#define ABSENT_NAMED 10

struct _KnImportDialog
{
  AdwWindow         parent_instance;

  KnStore          *store;
  KnImportKind      kind;
  char             *path;
  char             *sheet;           /* nullable: the sheet chosen (NULL: the first) */
  KnColumnMap      *map;             /* nullable: the columns, as found or as chosen */
  KnEmployeeImport *import;          /* KN_IMPORT_KIND_EMPLOYEES */
  KnTrainingImport *training_import; /* KN_IMPORT_KIND_TRAINING */
  GtkLabel         *summary;
  GtkListBox       *columns_list;    /* the sheet and the columns, each a choice */
  AdwExpanderRow   *columns;
  GtkWidget        *sheet_row;       /* nullable: the choice of sheet, when there are several */
  GPtrArray        *field_rows;      /* AdwComboRow, one per field of the map (borrowed) */
  GtkListBox       *list;
  GtkWidget        *apply_button;
  gboolean          choosing;        /* the choices are being set from the map */
  guint             n_listed;        /* rows in @list */
  guint             n_unlisted;      /* rows past KN_IMPORT_DIALOG_MAX_LISTED, counted only */
  GtkWidget        *cancel_button;
  GtkProgressBar   *progress;        /* shown while an import writes */
  GCancellable     *cancellable;     /* nullable: the import being written */
  gboolean          applying;        /* the import is being written (the main loop turns) */
  gboolean          disposed;        /* closed while applying: nothing of it is touched */
};

G_DEFINE_FINAL_TYPE (KnImportDialog, kn_import_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What the dialog reads and writes with: freed in dispose, or in finalize when the dialog was
 * closed while writing (the writing still used it). */
static void
clear_state (KnImportDialog *self)
{
  g_clear_pointer (&self->import, kn_employee_import_free);
  g_clear_pointer (&self->training_import, kn_training_import_free);
  g_clear_pointer (&self->map, kn_column_map_free);
  g_clear_pointer (&self->field_rows, g_ptr_array_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->sheet, g_free);
  g_clear_object (&self->store);
}

static void
kn_import_dialog_dispose (GObject *object)
{
  KnImportDialog *self = KN_IMPORT_DIALOG (object);

  /* Closed while writing (the program quits): the writing stops and rolls back; what it uses
   * is freed after it returns, in finalize. */
  if (self->applying)
    {
      self->disposed = TRUE;
      g_cancellable_cancel (self->cancellable);
      G_OBJECT_CLASS (kn_import_dialog_parent_class)->dispose (object);
      return;
    }
  clear_state (self);
  G_OBJECT_CLASS (kn_import_dialog_parent_class)->dispose (object);
}

static void
add_row (KnImportDialog *self,
         const char     *title,
         const char     *subtitle,
         const char     *icon_name)
{
  /* A list of 20,000 rows would take the window minutes and a gigabyte to build. */
  if (self->n_listed >= KN_IMPORT_DIALOG_MAX_LISTED)
    {
      self->n_unlisted++;
      return;
    }
  self->n_listed++;
  kn_import_list_add_row (self->list, title, subtitle, icon_name);
}

/* Says how many rows the list leaves out, after them all. */
static void
add_unlisted_row (KnImportDialog *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (self->n_unlisted == 0)
    return;
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more", "… and %u more",
                                        self->n_unlisted),
                           self->n_unlisted);
  subtitle = g_strdup_printf (_("The list shows the first %u; the counts above are those of the "
                                "whole file. “kinerja-cli import --dry-run” lists every row."),
                              KN_IMPORT_DIALOG_MAX_LISTED);
  kn_import_list_add_row (self->list, title, subtitle, "view-more-symbolic");
}

static void
add_problems (KnImportDialog *self,
              GPtrArray      *problems,
              const char     *icon_name)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const KnImportProblem *problem = problems->pdata[i];
      g_autofree char *title = problem->line > 0 ? g_strdup_printf (_("Row %u"), problem->line)
                                                 : g_strdup (_("The whole file"));

      add_row (self, title, problem->message, icon_name);
    }
}

/* The summary (@counts, or how many errors stop the import), the errors, then the notices; TRUE
 * when the rows to write follow. */
static gboolean
show_problems (KnImportDialog *self,
               GPtrArray      *errors,
               GPtrArray      *notices,
               const char     *counts)
{
  g_autofree char *summary = NULL;

  if (errors->len > 0)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u error: nothing can be imported. Correct the "
                                            "file and open it again.",
                                            "%u errors: nothing can be imported. Correct the "
                                            "file and open it again.",
                                            errors->len),
                               errors->len);
  gtk_label_set_text (self->summary, summary != NULL ? summary : counts);
  add_problems (self, errors, "dialog-error-symbolic");
  add_problems (self, notices, "dialog-information-symbolic");
  gtk_widget_set_sensitive (self->apply_button, errors->len == 0);
  return errors->len == 0;
}

static void
show_preview (KnImportDialog *self)
{
  GPtrArray *entries = kn_employee_import_get_entries (self->import);
  GPtrArray *units = kn_employee_import_get_new_units (self->import);
  g_autofree char *counts = NULL;

  counts = g_strdup_printf (_("%u new, %u changed, %u unchanged."),
                            kn_employee_import_count (self->import, KN_IMPORT_NEW),
                            kn_employee_import_count (self->import, KN_IMPORT_CHANGED),
                            kn_employee_import_count (self->import, KN_IMPORT_UNCHANGED));
  if (show_problems (self, kn_employee_import_get_errors (self->import),
                     kn_employee_import_get_notices (self->import), counts))
    {
      GPtrArray *absent = kn_employee_import_get_absent (self->import);

      for (guint i = 0; i < units->len; i++)
        add_row (self, units->pdata[i], _("New unit"), "folder-new-symbolic");
      if (absent->len > 0)
        {
          g_autoptr(GString) names = g_string_new (NULL);
          g_autofree char *title = NULL;

          for (guint i = 0; i < MIN (absent->len, ABSENT_NAMED); i++)
            {
              KnEmployee *employee = absent->pdata[i];
              g_autofree char *nip = kn_nip_format (kn_employee_get_nip (employee));

              g_string_append_printf (names, "%s%s %s", i > 0 ? "\n" : "", nip,
                                      kn_employee_get_name (employee));
            }
          if (absent->len > ABSENT_NAMED)
            {
              g_string_append_c (names, '\n');
              g_string_append_printf (names, g_dngettext (GETTEXT_PACKAGE, "… and %u more",
                                                          "… and %u more",
                                                          absent->len - ABSENT_NAMED),
                                      absent->len - ABSENT_NAMED);
            }
          title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u person in the database is not in the file "
                                                "(nobody is deleted)",
                                                "%u people in the database are not in the file "
                                                "(nobody is deleted)",
                                                absent->len),
                                   absent->len);
          add_row (self, title, names->str, "avatar-default-symbolic");
        }
      for (guint i = 0; i < entries->len; i++)
        {
          const KnImportEntry *entry = entries->pdata[i];
          g_autofree char *nip = kn_nip_format (entry->nip);

          if (entry->action == KN_IMPORT_NEW)
            {
              g_autofree char *subtitle = g_strdup_printf (_("New · %s"), nip);

              add_row (self, entry->name, subtitle, "list-add-symbolic");
            }
          else if (entry->action == KN_IMPORT_CHANGED)
            {
              g_autoptr(GString) subtitle = g_string_new (nip);

              for (guint j = 0; entry->changes != NULL && j < entry->changes->len; j++)
                {
                  const KnImportChange *change = entry->changes->pdata[j];

                  g_string_append_printf (subtitle, "\n%s: %s → %s", change->field,
                                          change->old_value[0] != '\0' ? change->old_value : "—",
                                          change->new_value[0] != '\0' ? change->new_value : "—");
                }
              add_row (self, entry->name, subtitle->str, "document-edit-symbolic");
            }
        }
    }
}

static void
show_training_preview (KnImportDialog *self)
{
  GPtrArray *entries = kn_training_import_get_entries (self->training_import);
  g_autofree char *counts = NULL;

  counts = g_strdup_printf (_("%u new activities, %u already recorded (skipped)."),
                            kn_training_import_count (self->training_import, KN_IMPORT_NEW),
                            kn_training_import_count (self->training_import,
                                                      KN_IMPORT_UNCHANGED));
  if (show_problems (self, kn_training_import_get_errors (self->training_import),
                     kn_training_import_get_notices (self->training_import), counts))
    for (guint i = 0; i < entries->len; i++)
      {
        const KnTrainingImportEntry *entry = entries->pdata[i];
        g_autofree char *nip = NULL;
        g_autofree char *day = NULL;
        g_autofree char *hours = NULL;
        g_autofree char *subtitle = NULL;

        if (entry->action != KN_IMPORT_NEW)
          continue;
        nip = kn_nip_format (entry->nip);
        day = kn_format_iso_date (entry->training->date);
        hours = kn_format_decimal (entry->training->hours);
        /* Translators: the person, their NIP, the (last) day, the JP */
        subtitle = g_strdup_printf (_("%s · %s · %s · %s JP"),
                                    entry->employee_name != NULL ? entry->employee_name : "—",
                                    nip, day, hours);
        add_row (self, entry->training->title, subtitle, "list-add-symbolic");
      }
}

static void
kn_import_dialog_finalize (GObject *object)
{
  KnImportDialog *self = KN_IMPORT_DIALOG (object);

  clear_state (self);
  G_OBJECT_CLASS (kn_import_dialog_parent_class)->finalize (object);
}

/* Every few hundred people written: the bar moves, and the window answers (Cancel). */
static void
on_apply_progress_cb (guint     done,
                      guint     total,
                      gpointer  user_data)
{
  KnImportDialog *self = user_data;

  if (self->disposed)
    return;
  gtk_progress_bar_set_fraction (self->progress, total > 0 ? (double) done / total : 1.0);
  for (guint n = 0; n < 100 && g_main_context_pending (NULL); n++)
    g_main_context_iteration (NULL, FALSE);
}

/* Writes the employees with a progress bar and Cancel; TRUE when written. */
static gboolean
apply_employees (KnImportDialog  *self,
                 GError         **error)
{
  gboolean done;

  self->cancellable = g_cancellable_new ();
  self->applying = TRUE;
  gtk_widget_set_sensitive (self->apply_button, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->columns_list), FALSE);
  gtk_progress_bar_set_fraction (self->progress, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress), TRUE);
  done = kn_employee_import_apply_full (self->import, self->store, self->cancellable,
                                        on_apply_progress_cb, self, error);
  self->applying = FALSE;
  g_clear_object (&self->cancellable);
  if (self->disposed)
    return done;
  gtk_widget_set_visible (GTK_WIDGET (self->progress), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->columns_list), TRUE);
  return done;
}

static void
on_apply_clicked_cb (GtkButton      *button,
                     KnImportDialog *self)
{
  g_autoptr(KnImportDialog) keep = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done;

  if ((self->import == NULL && self->training_import == NULL) || self->applying)
    return;
  /* Alive until the end here, should it be closed while the main loop turns. */
  keep = g_object_ref (self);
  if (self->training_import != NULL)
    done = kn_training_import_apply (self->training_import, self->store, &error);
  else
    done = apply_employees (self, &error);
  if (self->disposed)
    return;
  if (!done && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Nothing was written: the same preview may be imported again. */
      gtk_label_set_text (self->summary, _("Cancelled: nothing was imported."));
      gtk_widget_set_sensitive (self->apply_button, TRUE);
      return;
    }
  if (!done)
    {
      gtk_label_set_text (self->summary, error->message);
      gtk_widget_set_sensitive (self->apply_button, FALSE);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_IMPORTED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
kn_import_dialog_class_init (KnImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kn_import_dialog_dispose;
  object_class->finalize = kn_import_dialog_finalize;

  signals[SIGNAL_IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);
}

/* Cancel stops an import being written (nothing is kept), or closes the window. */
static void
on_cancel_clicked_cb (GtkButton      *button,
                      KnImportDialog *self)
{
  if (self->applying)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
on_close_request_cb (KnImportDialog *self,
                     gpointer        user_data)
{
  if (!self->applying)
    return FALSE;
  g_cancellable_cancel (self->cancellable);
  return TRUE;
}

static void
kn_import_dialog_init (KnImportDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *lists = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Import Employees"));
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  self->field_rows = g_ptr_array_new ();

  self->apply_button = gtk_button_new_with_mnemonic (_("_Import"));
  gtk_widget_add_css_class (self->apply_button, "suggested-action");
  gtk_widget_set_sensitive (self->apply_button, FALSE);
  g_signal_connect (self->apply_button, "clicked", G_CALLBACK (on_apply_clicked_cb), self);
  g_signal_connect (cancel, "clicked", G_CALLBACK (on_cancel_clicked_cb), self);
  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request_cb), NULL);
  self->cancel_button = cancel;
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->apply_button);
  gtk_box_append (GTK_BOX (box), header);

  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 12);
  gtk_widget_set_vexpand (content, TRUE);
  self->summary = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->summary, TRUE);
  gtk_label_set_xalign (self->summary, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary), "heading");
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->summary));
  self->progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->progress), FALSE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->progress));

  /* Which column became which field, each a choice the user can change. */
  self->columns_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->columns_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->columns_list), "boxed-list");
  self->columns = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->columns), _("Columns of the file"));
  gtk_list_box_append (self->columns_list, GTK_WIDGET (self->columns));
  gtk_widget_set_visible (GTK_WIDGET (self->columns_list), FALSE);
  gtk_box_append (GTK_BOX (lists), GTK_WIDGET (self->columns_list));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_valign (GTK_WIDGET (self->list), GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (lists), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), lists);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (content), scrolled);
  gtk_box_append (GTK_BOX (box), content);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/* The preview's rows, errors and summary gone, before the file is read again. */
static void
clear_preview (KnImportDialog *self)
{
  GtkWidget *row;

  g_clear_pointer (&self->import, kn_employee_import_free);
  g_clear_pointer (&self->training_import, kn_training_import_free);
  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, row);
  gtk_label_set_text (self->summary, "");
  gtk_widget_set_sensitive (self->apply_button, FALSE);
  self->n_listed = 0;
  self->n_unlisted = 0;
}

/* What the reader did to the file: converted it from Windows-1252. */
static void
add_reader_notices (KnImportDialog *self,
                    KnTableReader  *reader)
{
  if (kn_table_reader_get_notices (reader) & KN_TABLE_NOTICE_WINDOWS_1252)
    {
      g_autofree char *message = g_strdup_printf (_("%s is not UTF-8: it was read as "
                                                    "Windows-1252, as older Excel writes it."),
                                                  kn_table_reader_get_display_name (reader));

      add_row (self, _("The whole file"), message, "dialog-information-symbolic");
    }
}

/* The preview of the rows left in @reader, read with the map; or the file's @error. */
static void
show_file (KnImportDialog *self,
           KnTableReader  *reader,
           GError         *error)
{
  g_autoptr(GError) local_error = NULL;

  if (error == NULL && reader != NULL)
    {
      if (self->kind == KN_IMPORT_KIND_TRAINING)
        self->training_import = kn_training_import_prepare (self->store, reader, self->map, NULL,
                                                            &local_error);
      else
        self->import = kn_employee_import_prepare (self->store, reader, self->map, NULL,
                                                   &local_error);
      error = local_error;
    }
  if (self->import == NULL && self->training_import == NULL)
    {
      gtk_label_set_text (self->summary, _("Nothing can be imported from this file."));
      add_row (self, _("The whole file"), error->message, "dialog-error-symbolic");
      return;
    }
  /* What was done to the whole file first, then the rows. */
  add_reader_notices (self, reader);
  if (self->training_import != NULL)
    show_training_preview (self);
  else
    show_preview (self);
  add_unlisted_row (self);
}

/* Puts the choices of columns where the map has them, without reading the file again. */
static void
sync_field_rows (KnImportDialog *self)
{
  guint n_fields;
  const KnColumnField *fields = self->kind == KN_IMPORT_KIND_TRAINING
                                ? kn_column_fields_training (&n_fields)
                                : kn_column_fields_employee (&n_fields);

  g_autoptr(GString) chosen = g_string_new (NULL);

  self->choosing = TRUE;
  for (guint i = 0; i < self->field_rows->len; i++)
    {
      int column = kn_column_map_get_column (self->map, fields[i].id);
      char name[8];

      adw_combo_row_set_selected (self->field_rows->pdata[i], (guint) (column + 1));
      if (column < 0)
        continue;
      kn_table_column_name ((guint) column, name);
      /* Translators: a field of an import ← the letter of the column that fills it */
      if (chosen->len > 0)
        g_string_append (chosen, " · ");
      g_string_append_printf (chosen, _("%s ← %s"), _(fields[i].label), name);
    }
  self->choosing = FALSE;
  /* What was found, said before the choices are opened. */
  adw_expander_row_set_subtitle (self->columns, chosen->str);
}

/* Reads the file again from its header (the row whose cells are the map's headers) with the
 * columns as chosen. */
static void
read_again (KnImportDialog *self)
{
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  clear_preview (self);
  reader = kn_table_reader_new_for_path (self->path, self->sheet, &error);
  if (reader != NULL)
    {
      guint n_headers = kn_column_map_get_n_headers (self->map);
      gboolean found = FALSE;

      for (guint n = 0; n < HEADER_SEARCH_ROWS && !found; n++)
        {
          const KnTableRow *row = kn_table_reader_next_row (reader, &error);

          if (row == NULL)
            break;
          found = row->n_cells == n_headers;
          for (guint column = 0; found && column < n_headers; column++)
            {
              g_autofree char *text = kn_table_cell_dup_stripped (&row->cells[column]);

              found = g_str_equal (text, kn_column_map_get_header (self->map, column));
            }
        }
      if (found)
        kn_column_map_check (self->map, &error);
      else if (error == NULL)
        g_set_error (&error, KN_COLUMN_MAP_ERROR, KN_COLUMN_MAP_ERROR_MISSING,
                     _("The file changed since it was opened. Open it again."));
    }
  show_file (self, reader, error);
}

static void
on_field_selected_cb (AdwComboRow    *row,
                      GParamSpec     *pspec,
                      KnImportDialog *self)
{
  const char *field_id = g_object_get_data (G_OBJECT (row), "kn-field-id");
  guint selected = adw_combo_row_get_selected (row);

  if (self->choosing || selected == GTK_INVALID_LIST_POSITION)
    return;
  kn_column_map_set_column (self->map, field_id, (int) selected - 1);
  /* A column fills one field: the field that had it before now has none. */
  sync_field_rows (self);
  read_again (self);
}

static void open_file (KnImportDialog *self);

static void
on_sheet_selected_cb (AdwComboRow    *row,
                      GParamSpec     *pspec,
                      KnImportDialog *self)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (row);

  if (self->choosing || item == NULL)
    return;
  g_free (self->sheet);
  self->sheet = g_strdup (gtk_string_object_get_string (item));
  open_file (self);
}

/* The sheet (when the workbook has several) and one choice of column per field. */
static void
build_column_rows (KnImportDialog *self,
                   KnTableReader  *reader)
{
  const char * const *sheets = kn_table_reader_get_sheet_names (reader);
  g_autoptr(GtkStringList) columns = gtk_string_list_new (NULL);
  guint n_fields;
  const KnColumnField *fields = self->kind == KN_IMPORT_KIND_TRAINING
                                ? kn_column_fields_training (&n_fields)
                                : kn_column_fields_employee (&n_fields);

  for (guint i = 0; i < self->field_rows->len; i++)
    adw_expander_row_remove (self->columns, self->field_rows->pdata[i]);
  g_ptr_array_set_size (self->field_rows, 0);

  self->choosing = TRUE;
  /* Made once: it stays while another sheet is read. */
  if (self->sheet_row == NULL && sheets != NULL && g_strv_length ((char **) sheets) > 1)
    {
      GtkWidget *row = adw_combo_row_new ();
      g_autoptr(GtkStringList) names = gtk_string_list_new (sheets);
      const char *current = kn_table_reader_get_sheet_name (reader);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Sheet"));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
      for (guint i = 0; sheets[i] != NULL; i++)
        if (current != NULL && g_str_equal (sheets[i], current))
          adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_sheet_selected_cb), self);
      adw_expander_row_add_row (self->columns, row);
      self->sheet_row = row;
    }

  gtk_string_list_append (columns, _("(none)"));
  for (guint column = 0; column < kn_column_map_get_n_headers (self->map); column++)
    {
      const char *header = kn_column_map_get_header (self->map, column);
      g_autofree char *label = NULL;
      char name[8];

      kn_table_column_name (column, name);
      /* Translators: a column of an import file: its letter and its header */
      label = header[0] != '\0' ? g_strdup_printf (_("Column %s “%s”"), name, header)
                                /* Translators: a column of an import file without a header */
                                : g_strdup_printf (_("Column %s"), name);
      gtk_string_list_append (columns, label);
    }
  for (guint i = 0; i < n_fields; i++)
    {
      GtkWidget *row = adw_combo_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(fields[i].label));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (columns));
      g_object_set_data (G_OBJECT (row), "kn-field-id", (gpointer) fields[i].id);
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_field_selected_cb), self);
      adw_expander_row_add_row (self->columns, row);
      g_ptr_array_add (self->field_rows, row);
    }
  self->choosing = FALSE;
  sync_field_rows (self);

  gtk_widget_set_visible (GTK_WIDGET (self->columns_list), TRUE);
  /* Open when a column the import needs was not found, for the user to choose it. */
  adw_expander_row_set_expanded (self->columns, kn_column_map_get_missing (self->map)->len > 0);
}

/* Reads the file (the sheet chosen) from the start: its header found, its columns matched. */
static void
open_file (KnImportDialog *self)
{
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  const KnColumnField *fields;
  guint n_fields;

  clear_preview (self);
  g_clear_pointer (&self->map, kn_column_map_free);
  reader = kn_table_reader_new_for_path (self->path, self->sheet, &error);
  if (reader != NULL)
    {
      gboolean found;

      fields = self->kind == KN_IMPORT_KIND_TRAINING ? kn_column_fields_training (&n_fields)
                                                     : kn_column_fields_employee (&n_fields);
      self->map = kn_column_map_new (fields, n_fields);
      found = kn_column_map_find_header (self->map, reader, HEADER_SEARCH_ROWS, &error);
      if (kn_column_map_get_n_headers (self->map) > 0)
        build_column_rows (self, reader);
      if (!found && kn_column_map_get_n_headers (self->map) > 0)
        {
          /* The most header-like row lacks a column: the user may choose it. */
          show_file (self, NULL, error);
          return;
        }
    }
  show_file (self, reader, error);
}

KnImportDialog *
kn_import_dialog_new (KnStore    *store,
                      const char *path)
{
  return kn_import_dialog_new_for (store, path, KN_IMPORT_KIND_EMPLOYEES);
}

KnImportDialog *
kn_import_dialog_new_for (KnStore      *store,
                          const char   *path,
                          KnImportKind  kind)
{
  KnImportDialog *self;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (KN_TYPE_IMPORT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->kind = kind;
  self->path = g_strdup (path);
  if (kind == KN_IMPORT_KIND_TRAINING)
    gtk_window_set_title (GTK_WINDOW (self), _("Import Training Activities"));
  open_file (self);
  return self;
}

typedef struct
{
  GtkWindow    *parent;
  KnStore      *store;
  KnImportKind  kind;
  GCallback     imported;
  GWeakRef      receiver;
} ChooseData;

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        gpointer         user_data)
{
  ChooseData *data = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        {
          KnImportDialog *dialog = kn_import_dialog_new_for (data->store, path, data->kind);
          g_autoptr(GObject) receiver = g_weak_ref_get (&data->receiver);

          if (data->imported != NULL && receiver != NULL)
            g_signal_connect_object (dialog, "imported", data->imported, receiver,
                                     G_CONNECT_SWAPPED);

          gtk_window_set_transient_for (GTK_WINDOW (dialog), data->parent);
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }
  g_object_unref (data->parent);
  g_object_unref (data->store);
  g_weak_ref_clear (&data->receiver);
  g_free (data);
  g_object_unref (chooser);
}

void
kn_import_dialog_choose (GtkWindow *parent,
                         KnStore   *store)
{
  kn_import_dialog_choose_for (parent, store, KN_IMPORT_KIND_EMPLOYEES, NULL, NULL);
}

void
kn_import_dialog_choose_for (GtkWindow    *parent,
                             KnStore      *store,
                             KnImportKind  kind,
                             GCallback     imported,
                             GObject      *receiver)
{
  GtkFileChooserNative *chooser;
  ChooseData *data;

  g_return_if_fail (KN_IS_STORE (store));

  chooser = kn_import_file_chooser_new (parent, kind == KN_IMPORT_KIND_TRAINING
                                                ? _("Import Training Activities")
                                                : _("Import Employees"));

  data = g_new0 (ChooseData, 1);
  data->parent = g_object_ref (parent);
  data->store = g_object_ref (store);
  data->kind = kind;
  data->imported = imported;
  g_weak_ref_init (&data->receiver, receiver);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
kn_import_list_add_row (GtkListBox *list,
                        const char *title,
                        const char *subtitle,
                        const char *icon_name)
{
  GtkWidget *row = adw_action_row_new ();

  g_return_if_fail (GTK_IS_LIST_BOX (list));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon_name));
  gtk_list_box_append (list, row);
}

GtkFileChooserNative *
kn_import_file_chooser_new (GtkWindow  *parent,
                            const char *title)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) tables = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (tables, _("Excel workbooks and CSV files"));
  gtk_file_filter_add_suffix (tables, "xlsx");
  gtk_file_filter_add_suffix (tables, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), tables);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return chooser;
}

const char *
kn_import_dialog_get_summary (KnImportDialog *self)
{
  g_return_val_if_fail (KN_IS_IMPORT_DIALOG (self), NULL);
  return gtk_label_get_text (self->summary);
}

GtkListBox *
kn_import_dialog_get_list (KnImportDialog *self)
{
  g_return_val_if_fail (KN_IS_IMPORT_DIALOG (self), NULL);
  return self->list;
}

gboolean
kn_import_dialog_can_apply (KnImportDialog *self)
{
  g_return_val_if_fail (KN_IS_IMPORT_DIALOG (self), FALSE);
  return gtk_widget_get_sensitive (self->apply_button);
}

GtkWidget *
kn_import_dialog_get_apply_button (KnImportDialog *self)
{
  g_return_val_if_fail (KN_IS_IMPORT_DIALOG (self), NULL);
  return self->apply_button;
}

GtkWidget *
kn_import_dialog_get_field_row (KnImportDialog *self,
                                const char     *field_id)
{
  g_return_val_if_fail (KN_IS_IMPORT_DIALOG (self), NULL);
  g_return_val_if_fail (field_id != NULL, NULL);

  for (guint i = 0; i < self->field_rows->len; i++)
    if (g_str_equal (g_object_get_data (self->field_rows->pdata[i], "kn-field-id"), field_id))
      return self->field_rows->pdata[i];
  return NULL;
}

GtkWidget *
kn_import_dialog_get_sheet_row (KnImportDialog *self)
{
  g_return_val_if_fail (KN_IS_IMPORT_DIALOG (self), NULL);

  return self->sheet_row;
}

GtkWidget *
kn_import_dialog_get_cancel_button (KnImportDialog *self)
{
  g_return_val_if_fail (KN_IS_IMPORT_DIALOG (self), NULL);
  return self->cancel_button;
}
