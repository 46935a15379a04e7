/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Preferences window: what an office sets once — its instansi, the city of its signatures,
 * its letterhead, the JP owed each year, its paper. Each change is written to the database
 * (audited) as soon as it is applied; what is typed and not applied is kept on closing. */

#define G_LOG_DOMAIN "kn-preferences-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-dialog.h"
#include "kn-preferences-window.h"

#define N_LETTERHEAD_LINES 4

struct _KnPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  KnStore              *store;     /* owned */
  char                 *message;   /* owned, nullable */

  AdwEntryRow          *instansi_row;
  AdwEntryRow          *kota_row;
  AdwEntryRow          *letterhead1_row;
  AdwEntryRow          *letterhead2_row;
  AdwEntryRow          *letterhead3_row;
  AdwEntryRow          *letterhead4_row;
  AdwEntryRow          *assessor_name_row;
  AdwEntryRow          *assessor_position_row;
  AdwEntryRow          *assessor_rank_row;
  AdwEntryRow          *assessor_nip_row;
  AdwEntryRow          *superior_name_row;
  AdwEntryRow          *superior_position_row;
  AdwEntryRow          *superior_nip_row;
  AdwActionRow         *logo_row;
  GtkButton            *logo_clear_button;
  AdwComboRow          *paper_row;
  GtkSpinButton        *jp_spin;
};

enum {
  SIGNAL_SETTING_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KnPreferencesWindow, kn_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
show_message (KnPreferencesWindow *self,
              const char          *message)
{
  g_free (self->message);
  self->message = g_strdup (message);
  if (message != NULL)
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
}

static gboolean
store_setting (KnPreferencesWindow *self,
               const char          *key,
               const char          *value)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *old = kn_store_get_setting (self->store, key);

  if (g_strcmp0 (old, value) == 0)
    return TRUE;
  if (!kn_store_set_setting (self->store, key, value, &error))
    {
      show_message (self, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[SIGNAL_SETTING_CHANGED], g_quark_from_string (key), key);
  return TRUE;
}

static AdwEntryRow *
letterhead_row (KnPreferencesWindow *self,
                guint                line)
{
  AdwEntryRow *rows[N_LETTERHEAD_LINES] = { self->letterhead1_row, self->letterhead2_row,
                                            self->letterhead3_row, self->letterhead4_row };

  return rows[line];
}

static char *
stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* The lines of the kop surat, one a line, without the empty ones at the end. */
static char *
letterhead_text (KnPreferencesWindow *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint last = 0;

  for (guint i = 0; i < N_LETTERHEAD_LINES; i++)
    {
      g_autofree char *line = stripped_text (letterhead_row (self, i));

      if (line[0] != '\0')
        last = i + 1;
    }
  for (guint i = 0; i < last; i++)
    {
      g_autofree char *line = stripped_text (letterhead_row (self, i));

      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", line);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/* The setting an entry of the kepala OPD's pejabat penilai or of his atasan keeps; NULL for
 * another row. */
static const char *
assessor_key (KnPreferencesWindow *self,
              AdwEntryRow         *row)
{
  const struct
  {
    AdwEntryRow *row;
    const char  *key;
  } keys[] = {
    { self->assessor_name_row, KN_SETTING_JPT_ASSESSOR_NAME },
    { self->assessor_position_row, KN_SETTING_JPT_ASSESSOR_POSITION },
    { self->assessor_rank_row, KN_SETTING_JPT_ASSESSOR_RANK },
    { self->assessor_nip_row, KN_SETTING_JPT_ASSESSOR_NIP },
    { self->superior_name_row, KN_SETTING_JPT_SUPERIOR_NAME },
    { self->superior_position_row, KN_SETTING_JPT_SUPERIOR_POSITION },
    { self->superior_nip_row, KN_SETTING_JPT_SUPERIOR_NIP },
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (row == keys[i].row)
      return keys[i].key;
  return NULL;
}

static void
apply_entry (KnPreferencesWindow *self,
             AdwEntryRow         *row)
{
  g_autofree char *text = stripped_text (row);

  if (row == self->instansi_row)
    {
      if (text[0] == '\0')
        {
          show_message (self, _("Type the name of the instansi: it heads every document."));
          return;
        }
      store_setting (self, KN_SETTING_INSTANSI, text);
    }
  else if (row == self->kota_row)
    store_setting (self, KN_SETTING_KOTA, text[0] != '\0' ? text : NULL);
  else if (assessor_key (self, row) != NULL)
    store_setting (self, assessor_key (self, row), text[0] != '\0' ? text : NULL);
  else
    {
      g_autofree char *lines = letterhead_text (self);

      store_setting (self, KN_SETTING_LETTERHEAD_LINES, lines);
    }
}

static void
on_entry_applied_cb (AdwEntryRow         *row,
                     KnPreferencesWindow *self)
{
  apply_entry (self, row);
}

static void
on_paper_changed_cb (AdwComboRow         *row,
                     GParamSpec          *pspec,
                     KnPreferencesWindow *self)
{
  store_setting (self, KN_SETTING_DEFAULT_PAPER,
                 adw_combo_row_get_selected (row) == 1 ? "f4" : "a4");
}

static void
on_jp_changed_cb (GtkSpinButton       *spin,
                  KnPreferencesWindow *self)
{
  char value[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_dtostr (value, sizeof value, gtk_spin_button_get_value (spin));
  store_setting (self, KN_SETTING_JP_PER_YEAR, value);
}

/* While the window shows what is stored, the choices' handlers wait: showing is not choosing. */
static void
hold_choices (KnPreferencesWindow *self,
              gboolean             hold)
{
  if (hold)
    {
      g_signal_handlers_block_by_func (self->paper_row, on_paper_changed_cb, self);
      g_signal_handlers_block_by_func (self->jp_spin, on_jp_changed_cb, self);
    }
  else
    {
      g_signal_handlers_unblock_by_func (self->paper_row, on_paper_changed_cb, self);
      g_signal_handlers_unblock_by_func (self->jp_spin, on_jp_changed_cb, self);
    }
}

static void
show_logo (KnPreferencesWindow *self)
{
  g_autofree char *path = kn_store_get_setting (self->store, KN_SETTING_LETTERHEAD_LOGO);
  g_autofree char *name = path != NULL ? g_filename_display_basename (path) : NULL;

  adw_action_row_set_subtitle (self->logo_row, name != NULL ? name : _("No logo"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->logo_clear_button), path != NULL);
}

static void
on_logo_chosen_cb (GtkNativeDialog     *chooser,
                   int                  response,
                   KnPreferencesWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (path == NULL)
        show_message (self, _("Only a file on this computer can be the logo."));
      else if (!kn_preferences_window_set_logo_file (self, path, &error))
        show_message (self, error->message);
    }
  g_object_unref (chooser);
}

static void
on_logo_choose_clicked_cb (GtkButton           *button,
                           KnPreferencesWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Choose the Logo"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PNG or SVG images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/svg+xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_logo_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_logo_clear_clicked_cb (GtkButton           *button,
                          KnPreferencesWindow *self)
{
  store_setting (self, KN_SETTING_LETTERHEAD_LOGO, NULL);
  show_logo (self);
}

static void
fill (KnPreferencesWindow *self)
{
  g_autofree char *instansi = kn_store_get_setting (self->store, KN_SETTING_INSTANSI);
  g_autofree char *kota = kn_store_get_setting (self->store, KN_SETTING_KOTA);
  g_autofree char *lines = kn_store_get_setting (self->store, KN_SETTING_LETTERHEAD_LINES);
  g_autofree char *paper = kn_store_get_setting (self->store, KN_SETTING_DEFAULT_PAPER);
  g_auto(GStrv) split = g_strsplit (lines != NULL ? lines : "", "\n", N_LETTERHEAD_LINES);

  hold_choices (self, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->instansi_row), instansi != NULL ? instansi : "");
  gtk_editable_set_text (GTK_EDITABLE (self->kota_row), kota != NULL ? kota : "");
  for (guint i = 0; i < N_LETTERHEAD_LINES; i++)
    gtk_editable_set_text (GTK_EDITABLE (letterhead_row (self, i)),
                           i < g_strv_length (split) ? split[i] : "");
  {
    AdwEntryRow *rows[] = { self->assessor_name_row, self->assessor_position_row,
                            self->assessor_rank_row, self->assessor_nip_row,
                            self->superior_name_row, self->superior_position_row,
                            self->superior_nip_row };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        g_autofree char *value = kn_store_get_setting (self->store, assessor_key (self, rows[i]));

        gtk_editable_set_text (GTK_EDITABLE (rows[i]), value != NULL ? value : "");
      }
  }
  adw_combo_row_set_selected (self->paper_row, g_strcmp0 (paper, "f4") == 0 ? 1 : 0);
  gtk_spin_button_set_value (self->jp_spin, kn_store_get_jp_per_year (self->store));
  hold_choices (self, FALSE);
  show_logo (self);
}

/* What was typed and not applied yet is kept, not dropped with the window. */
static gboolean
kn_preferences_window_close_request (GtkWindow *window)
{
  KnPreferencesWindow *self = KN_PREFERENCES_WINDOW (window);
  AdwEntryRow *rows[] = { self->instansi_row, self->kota_row, self->letterhead1_row,
                          self->assessor_name_row, self->assessor_position_row,
                          self->assessor_rank_row, self->assessor_nip_row,
                          self->superior_name_row, self->superior_position_row,
                          self->superior_nip_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    apply_entry (self, rows[i]);
  gtk_spin_button_update (self->jp_spin);

  return GTK_WINDOW_CLASS (kn_preferences_window_parent_class)->close_request (window);
}

static void
kn_preferences_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KN_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (kn_preferences_window_parent_class)->dispose (object);
}

static void
kn_preferences_window_finalize (GObject *object)
{
  KnPreferencesWindow *self = KN_PREFERENCES_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (kn_preferences_window_parent_class)->finalize (object);
}

static void
kn_preferences_window_class_init (KnPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_preferences_window_dispose;
  object_class->finalize = kn_preferences_window_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = kn_preferences_window_close_request;

  /* Emitted after a setting was written, detailed by its key ("setting-changed::instansi"). */
  signals[SIGNAL_SETTING_CHANGED] =
    g_signal_new ("setting-changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  kn_dialog_class_set_template (widget_class, "kn-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KnPreferencesWindow, instansi_row);
  gtk_widget_class_bind_template_child (widget_class, KnPreferencesWindow, kota_row);
  gtk_widget_class_bind_template_child (widget_class, KnPreferencesWindow, letterhead1_row);
  gtk_widget_class_bind_template_child (widget_class, KnPreferencesWindow, letterhead2_row);
  gtk_widget_class_bind_template_child (widget_class, KnPreferencesWindow, letterhead3_row);
  gtk_widget_class_bind_template_child (widget_class, KnPreferencesWindow, letterhead4_row);
  gtk_widget_class_bind_template_child (widget_class, KnPreferencesWindow, assessor_name_row);
  gtk_widget_class_bind_template_child (widget_class, KnPreferencesWindow, assessor_position_row);
  gtk_widget_class_bind_template_child (widget_class, KnPreferencesWindow, assessor_rank_row);
  gtk_widget_class_bind_template_child (widget_class, KnPreferencesWindow, assessor_nip_row);
  gtk_widget_class_bind_template_child (widget_class, KnPreferencesWindow, superior_name_row);
  gtk_widget_class_bind_template_child (widget_class, KnPreferencesWindow, superior_position_row);
  gtk_widget_class_bind_template_child (widget_class, KnPreferencesWindow, superior_nip_row);
  gtk_widget_class_bind_template_child (widget_class, KnPreferencesWindow, logo_row);
  gtk_widget_class_bind_template_child (widget_class, KnPreferencesWindow, logo_clear_button);
  gtk_widget_class_bind_template_child (widget_class, KnPreferencesWindow, paper_row);
  gtk_widget_class_bind_template_child (widget_class, KnPreferencesWindow, jp_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_paper_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_jp_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_logo_choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_logo_clear_clicked_cb);

}

static void
kn_preferences_window_init (KnPreferencesWindow *self)
{
  g_autoptr(GtkStringList) papers = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (papers, _("A4"));
  gtk_string_list_append (papers, _("F4 / Folio (215 × 330 mm)"));
  hold_choices (self, TRUE);
  adw_combo_row_set_model (self->paper_row, G_LIST_MODEL (papers));
  hold_choices (self, FALSE);
}

KnPreferencesWindow *
kn_preferences_window_new (KnStore *store)
{
  KnPreferencesWindow *self;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);

  self = g_object_new (KN_TYPE_PREFERENCES_WINDOW, NULL);
  self->store = g_object_ref (store);
  fill (self);
  return self;
}

GtkEditable *
kn_preferences_window_get_entry (KnPreferencesWindow *self,
                                 const char          *field)
{
  g_return_val_if_fail (KN_IS_PREFERENCES_WINDOW (self), NULL);

  if (g_str_equal (field, "instansi"))
    return GTK_EDITABLE (self->instansi_row);
  if (g_str_equal (field, "kota"))
    return GTK_EDITABLE (self->kota_row);
  if (g_str_has_prefix (field, "letterhead-") && field[11] >= '1' && field[11] <= '4' &&
      field[12] == '\0')
    return GTK_EDITABLE (letterhead_row (self, field[11] - '1'));
  {
    AdwEntryRow *rows[] = { self->assessor_name_row, self->assessor_position_row,
                            self->assessor_rank_row, self->assessor_nip_row,
                            self->superior_name_row, self->superior_position_row,
                            self->superior_nip_row };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      if (g_str_equal (field, assessor_key (self, rows[i])))
        return GTK_EDITABLE (rows[i]);
  }

  g_return_val_if_reached (NULL);
}

GtkSpinButton *
kn_preferences_window_get_jp (KnPreferencesWindow *self)
{
  g_return_val_if_fail (KN_IS_PREFERENCES_WINDOW (self), NULL);
  return self->jp_spin;
}

AdwComboRow *
kn_preferences_window_get_paper (KnPreferencesWindow *self)
{
  g_return_val_if_fail (KN_IS_PREFERENCES_WINDOW (self), NULL);
  return self->paper_row;
}

/* The documents draw PNG only: an SVG logo is drawn once here, through GdkPixbuf's SVG loader
 * (librsvg2-common), into a PNG beside the database (the user's data folder for an in-memory
 * one). Returns the PNG's path, or NULL with a message naming the file. */
static char *
svg_logo_to_png (KnPreferencesWindow  *self,
                 const char           *path,
                 const char           *contents,
                 gsize                 length,
                 const char           *name,
                 GError              **error)
{
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA1);
  const char *db = self->store != NULL ? kn_store_get_path (self->store) : NULL;
  g_autofree char *folder = NULL;
  g_autofree char *file = NULL;
  g_autofree char *png = NULL;

  /* 256 pixels high: sharp at the kop's size (about 2 cm) when printed. */
  pixbuf = gdk_pixbuf_new_from_file_at_scale (path, -1, 256, TRUE, &local_error);
  if (pixbuf == NULL)
    {
      if (g_error_matches (local_error, GDK_PIXBUF_ERROR, GDK_PIXBUF_ERROR_UNKNOWN_TYPE))
        g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                     _("“%s” is an SVG image, but this computer cannot draw SVG (the package librsvg2-common is missing). Install it or choose the logo as a PNG file."),
                     name);
      else
        g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                     _("The SVG logo “%s” cannot be drawn: %s. Choose another file or a PNG."),
                     name, local_error->message);
      return NULL;
    }

  g_checksum_update (checksum, (const guchar *)contents, length);
  if (db != NULL && g_path_is_absolute (db))
    folder = g_path_get_dirname (db);
  else
    folder = g_build_filename (g_get_user_data_dir (), "kinerja", NULL);
  file = g_strdup_printf ("kop-logo-%.12s.png", g_checksum_get_string (checksum));
  png = g_build_filename (folder, file, NULL);
  if (g_mkdir_with_parents (folder, 0700) != 0 ||
      !gdk_pixbuf_save (pixbuf, png, "png", &local_error, NULL))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _("The SVG logo “%s” could not be saved as a PNG in “%s”."), name, folder);
      return NULL;
    }
  return g_steal_pointer (&png);
}

gboolean
kn_preferences_window_set_logo_file (KnPreferencesWindow  *self,
                                     const char           *path,
                                     GError              **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *type = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;

  g_return_val_if_fail (KN_IS_PREFERENCES_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  name = g_filename_display_basename (path);
  if (!g_path_is_absolute (path) || !g_file_test (path, G_FILE_TEST_IS_REGULAR) ||
      !g_file_get_contents (path, &contents, &length, NULL))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   _("The logo “%s” cannot be read. Choose a PNG or SVG file on this computer."),
                   name);
      return FALSE;
    }

  type = g_content_type_guess (path, (const guchar *)contents, MIN (length, 4096), NULL);
  if (!g_content_type_is_a (type, "image/png") && !g_content_type_is_a (type, "image/svg+xml"))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("“%s” is not a PNG or SVG image. Choose the logo as a PNG or SVG file."),
                   name);
      return FALSE;
    }

  if (g_content_type_is_a (type, "image/svg+xml"))
    {
      g_autofree char *png = svg_logo_to_png (self, path, contents, length, name, error);

      if (png == NULL)
        return FALSE;
      if (!store_setting (self, KN_SETTING_LETTERHEAD_LOGO, png))
        {
          g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, self->message);
          return FALSE;
        }
      show_logo (self);
      return TRUE;
    }

  if (!store_setting (self, KN_SETTING_LETTERHEAD_LOGO, path))
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, self->message);
      return FALSE;
    }
  show_logo (self);
  return TRUE;
}

const char *
kn_preferences_window_get_message (KnPreferencesWindow *self)
{
  g_return_val_if_fail (KN_IS_PREFERENCES_WINDOW (self), NULL);
  return self->message;
}
