/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Sambungkan ke Server…": host, port, database, user and password of a PostgreSQL server, tried
 * off the main thread; the password in the GNOME keyring, the rest remembered for next time. */

#define G_LOG_DOMAIN "kn-connect-dialog"

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>

#include "kinerja/kn-worker.h"

#include "kn-connect-dialog.h"
#include "kn-dialog.h"

struct _KnConnectDialog
{
  AdwWindow            parent_instance;

  AdwEntryRow         *host_row;
  GtkSpinButton       *port_spin;
  AdwActionRow        *port_row;
  AdwEntryRow         *database_row;
  AdwEntryRow         *user_row;
  AdwPasswordEntryRow *password_row;
  AdwActionRow        *remember_row;
  GtkSwitch           *remember_switch;
  GtkSwitch           *verify_switch;
  GtkLabel            *keyring_label;
  GtkSpinner          *spinner;
  GtkLabel            *status_label;
  GtkButton           *connect_button;
  GtkButton           *local_button;
  GtkWidget           *server_group;
  GtkWidget           *login_group;
  GtkWidget           *encryption_group;
  GtkLabel            *server_message;
  GtkLabel            *login_message;

  GCancellable        *cancellable;  /* owned: the keyring calls and the connection tried */
  KnServerLocation    *location;     /* owned, nullable: the one being tried */
  gboolean             keyring_available;
};

enum {
  CONNECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KnConnectDialog, kn_connect_dialog, ADW_TYPE_WINDOW)

#define SETTINGS_GROUP "server"

/* What the keyring files the password under: one password per server, database and user. */
static const SecretSchema *
server_secret_schema (void)
{
  static const SecretSchema schema = {
    "id.go.lampungprov.Kinerja.Server", SECRET_SCHEMA_NONE,
    {
      { "host", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "port", SECRET_SCHEMA_ATTRIBUTE_INTEGER },
      { "database", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };

  return &schema;
}

static GHashTable *
secret_attributes (const KnServerLocation *location)
{
  return secret_attributes_build (server_secret_schema (),
                                  "host", kn_server_location_get_host (location),
                                  "port", (int)kn_server_location_get_port (location),
                                  "database", kn_server_location_get_database (location),
                                  "user", kn_server_location_get_user (location),
                                  NULL);
}

static char *
settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "kinerja", "server.ini", NULL);
}

static GKeyFile *
load_settings (void)
{
  g_autofree char *path = settings_path ();
  GKeyFile *settings = g_key_file_new ();

  g_key_file_load_from_file (settings, path, G_KEY_FILE_NONE, NULL);
  return settings;
}

static void
save_settings (GKeyFile *settings)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = settings_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *data = g_key_file_to_data (settings, NULL, NULL);

  if (g_mkdir_with_parents (folder, 0700) != 0 ||
      !g_file_set_contents_full (path, data, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_message ("The server to connect to was not remembered: %s",
               error != NULL ? error->message : g_strerror (errno));
}

static void
remember_server (const KnServerLocation *location)
{
  g_autoptr(GKeyFile) settings = load_settings ();

  g_key_file_set_string (settings, SETTINGS_GROUP, "host", kn_server_location_get_host (location));
  g_key_file_set_integer (settings, SETTINGS_GROUP, "port",
                          (int)kn_server_location_get_port (location));
  g_key_file_set_string (settings, SETTINGS_GROUP, "database",
                         kn_server_location_get_database (location));
  g_key_file_set_string (settings, SETTINGS_GROUP, "user", kn_server_location_get_user (location));
  g_key_file_set_boolean (settings, SETTINGS_GROUP, "verify-certificate",
                          kn_server_location_get_verify_certificate (location));
  g_key_file_set_boolean (settings, SETTINGS_GROUP, "at-start", TRUE);
  save_settings (settings);
}

static void
set_busy (KnConnectDialog *self,
          gboolean         busy)
{
  /* The fields turn insensitive: the focus leaves them first (GTK 4.8's text widget otherwise
   * keeps blinking its cursor without the focus, and warns). */
  if (busy)
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_widget_set_sensitive (self->server_group, !busy);
  gtk_widget_set_sensitive (self->login_group, !busy);
  gtk_widget_set_sensitive (self->encryption_group, !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->connect_button), !busy);
}

static void
show_status (KnConnectDialog *self,
             const char      *message,
             gboolean         is_error)
{
  gtk_label_set_text (self->status_label, message != NULL ? message : "");
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
}

/* The message of a wrong field at that field: the row turns red and takes the focus, and the
 * message shows right under its group. */
static void
show_field_error (KnConnectDialog *self,
                  GtkWidget       *row,
                  const char      *message)
{
  GtkLabel *label = gtk_widget_is_ancestor (row, self->server_group) ? self->server_message
                                                                      : self->login_message;

  gtk_widget_add_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, message);
  gtk_widget_grab_focus (row);
  gtk_label_set_text (label, message);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
  show_status (self, NULL, FALSE);
}

static void
clear_field_errors (KnConnectDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->server_message), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->login_message), FALSE);

  GtkWidget *rows[] = { GTK_WIDGET (self->host_row), GTK_WIDGET (self->port_row),
                        GTK_WIDGET (self->database_row), GTK_WIDGET (self->user_row),
                        GTK_WIDGET (self->password_row) };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      gtk_widget_remove_css_class (rows[i], "error");
      gtk_widget_set_tooltip_text (rows[i], NULL);
    }
}

static void
on_password_found_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(KnConnectDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  char *password = secret_password_lookup_finish (result, &error);

  if (password != NULL && *gtk_editable_get_text (GTK_EDITABLE (self->password_row)) == '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->password_row), password);
  if (password != NULL)
    secret_password_free (password);
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_message ("The keyring did not give the server's password: %s", error->message);
}

static void
look_up_password (KnConnectDialog *self)
{
  g_autoptr(KnServerLocation) location = NULL;
  g_autoptr(GHashTable) attributes = NULL;

  location = kn_server_location_build (gtk_editable_get_text (GTK_EDITABLE (self->host_row)),
                                       (guint)gtk_spin_button_get_value_as_int (self->port_spin),
                                       gtk_editable_get_text (GTK_EDITABLE (self->database_row)),
                                       gtk_editable_get_text (GTK_EDITABLE (self->user_row)),
                                       FALSE, NULL);
  if (location == NULL)
    return;

  attributes = secret_attributes (location);
  secret_password_lookupv (server_secret_schema (), attributes, self->cancellable,
                           on_password_found_cb, g_object_ref (self));
}

/* A Secret Service is there when its name has an owner on the session bus. Not activating it:
 * a keyring daemon started just for this has no unlocked keyring and would ask for a password
 * to make one, which a desk without a desktop cannot show. */
static void
on_secrets_owner_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result,
                                                             &error);
  gboolean has_owner = FALSE;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (reply != NULL)
    g_variant_get (reply, "(b)", &has_owner);
  g_task_return_boolean (task, has_owner);
}

static void
on_secrets_bus_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = g_bus_get_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (bus == NULL)
    {
      /* No session bus at all: no keyring either. */
      g_task_return_boolean (task, FALSE);
      return;
    }
  g_dbus_connection_call (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                          "org.freedesktop.DBus", "NameHasOwner",
                          g_variant_new ("(s)", "org.freedesktop.secrets"), G_VARIANT_TYPE ("(b)"),
                          G_DBUS_CALL_FLAGS_NONE, -1, g_task_get_cancellable (task),
                          on_secrets_owner_cb, g_object_ref (task));
}

/* Asks whether a keyring is there, for the dialog and for a reconnection alike. */
static void
keyring_check_async (GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, keyring_check_async);
  g_bus_get (G_BUS_TYPE_SESSION, cancellable, on_secrets_bus_cb, g_object_ref (task));
}

/* Whether a keyring is there; FALSE with @error set only when cancelled. */
static gboolean
keyring_check_finish (GAsyncResult  *result,
                      GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_keyring_checked_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(KnConnectDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean has_owner = keyring_check_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->keyring_available = has_owner;
  gtk_widget_set_visible (GTK_WIDGET (self->keyring_label), !has_owner);
  gtk_widget_set_sensitive (GTK_WIDGET (self->remember_row), has_owner);
  gtk_switch_set_active (self->remember_switch, has_owner);
  if (has_owner)
    look_up_password (self);
}

static void
on_password_stored_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!secret_password_store_finish (result, &error))
    g_message ("The server's password was not kept in the keyring: %s", error->message);
}

static void
on_password_cleared_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!secret_password_clear_finish (result, &error) && error != NULL)
    g_message ("The server's password was not removed from the keyring: %s", error->message);
}

/* After a successful connection: the password goes into the keyring, or out of it when the
 * person turned "keep" off. Not cancelled with the dialog, which closes meanwhile. */
static void
keep_password (KnConnectDialog *self,
               const char      *password)
{
  g_autoptr(GHashTable) attributes = NULL;
  g_autofree char *label = NULL;

  if (!self->keyring_available)
    return;

  attributes = secret_attributes (self->location);
  if (gtk_switch_get_active (self->remember_switch) && password != NULL && *password != '\0')
    {
      label = g_strdup_printf (_("Kinerja server %s"),
                               kn_server_location_get_display (self->location));
      secret_password_storev (server_secret_schema (), attributes, SECRET_COLLECTION_DEFAULT, label,
                              password, NULL, on_password_stored_cb, NULL);
    }
  else if (!gtk_switch_get_active (self->remember_switch))
    secret_password_clearv (server_secret_schema (), attributes, NULL, on_password_cleared_cb,
                            NULL);
}

typedef struct
{
  char *uri;
  char *password;  /* nullable */
} Attempt;

static void
attempt_free (Attempt *attempt)
{
  g_free (attempt->uri);
  if (attempt->password != NULL)
    secret_password_wipe (attempt->password);
  g_free (attempt->password);
  g_free (attempt);
}

static void
connect_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Attempt *attempt = g_object_get_data (G_OBJECT (task), "kn-attempt");
  GError *error = NULL;
  KnStore *store;

  if (attempt == NULL)
    attempt = task_data;

  kn_server_location_set_password (attempt->uri, attempt->password);
  /* A server's database is set up by kinerja-cli server init, never from a desk. */
  store = kn_store_open_with_mode (attempt->uri, KN_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    {
      kn_server_location_set_password (attempt->uri, NULL);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, store, g_object_unref);
}

static void
on_connected_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  KnConnectDialog *self = KN_CONNECT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *message = NULL;

  /* Closed meanwhile: the connection is dropped with the store. */
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  set_busy (self, FALSE);
  if (store == NULL)
    {
      message = kn_server_problem_describe (error, self->location);
      if (kn_server_problem_from_error (error) == KN_SERVER_PROBLEM_PASSWORD)
        show_field_error (self, GTK_WIDGET (self->password_row), message);
      else
        show_status (self, message, TRUE);
      return;
    }

  show_status (self, NULL, FALSE);
  remember_server (self->location);
  keep_password (self, gtk_editable_get_text (GTK_EDITABLE (self->password_row)));
  g_signal_emit (self, signals[CONNECTED], 0, store);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_connect_clicked_cb (KnConnectDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  KnServerLocation *location;
  Attempt *attempt;
  const char *password;

  if (gtk_spinner_get_spinning (self->spinner))
    return;

  clear_field_errors (self);
  location = kn_server_location_build (gtk_editable_get_text (GTK_EDITABLE (self->host_row)),
                                       (guint)gtk_spin_button_get_value_as_int (self->port_spin),
                                       gtk_editable_get_text (GTK_EDITABLE (self->database_row)),
                                       gtk_editable_get_text (GTK_EDITABLE (self->user_row)),
                                       gtk_switch_get_active (self->verify_switch), &error);
  if (location == NULL)
    {
      GtkWidget *row = GTK_WIDGET (self->host_row);

      if (g_error_matches (error, KN_SERVER_LOCATION_ERROR, KN_SERVER_LOCATION_ERROR_PORT))
        row = GTK_WIDGET (self->port_row);
      else if (g_error_matches (error, KN_SERVER_LOCATION_ERROR, KN_SERVER_LOCATION_ERROR_DATABASE))
        row = GTK_WIDGET (self->database_row);
      else if (g_error_matches (error, KN_SERVER_LOCATION_ERROR, KN_SERVER_LOCATION_ERROR_USER))
        row = GTK_WIDGET (self->user_row);
      show_field_error (self, row, error->message);
      return;
    }

  g_clear_pointer (&self->location, kn_server_location_free);
  self->location = location;

  password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));
  attempt = g_new0 (Attempt, 1);
  attempt->uri = g_strdup (kn_server_location_get_uri (location));
  attempt->password = *password != '\0' ? g_strdup (password) : NULL;

  set_busy (self, TRUE);
  show_status (self, _("Connecting to the server…"), FALSE);

  task = g_task_new (self, self->cancellable, on_connected_cb, NULL);
  g_task_set_source_tag (task, on_connect_clicked_cb);
  g_task_set_task_data (task, attempt, (GDestroyNotify)attempt_free);
  g_task_set_return_on_cancel (task, FALSE);
  kn_worker_run_in_thread (task, connect_thread);
}

static void
on_cancel_clicked_cb (KnConnectDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_field_changed_cb (GtkWidget       *row,
                     KnConnectDialog *self)
{
  gtk_widget_remove_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, NULL);
}

static void
fill_remembered (KnConnectDialog *self)
{
  g_autoptr(KnServerLocation) location = kn_connect_dialog_remembered_server (NULL);

  if (location == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->host_row), kn_server_location_get_host (location));
  gtk_spin_button_set_value (self->port_spin, kn_server_location_get_port (location));
  gtk_editable_set_text (GTK_EDITABLE (self->database_row),
                         kn_server_location_get_database (location));
  gtk_editable_set_text (GTK_EDITABLE (self->user_row), kn_server_location_get_user (location));
  gtk_switch_set_active (self->verify_switch,
                         kn_server_location_get_verify_certificate (location));
}

static gboolean
kn_connect_dialog_close_request (GtkWindow *window)
{
  KnConnectDialog *self = KN_CONNECT_DIALOG (window);

  g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (kn_connect_dialog_parent_class)->close_request (window);
}

static void
kn_connect_dialog_dispose (GObject *object)
{
  KnConnectDialog *self = KN_CONNECT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (object), KN_TYPE_CONNECT_DIALOG);

  G_OBJECT_CLASS (kn_connect_dialog_parent_class)->dispose (object);
}

static void
kn_connect_dialog_finalize (GObject *object)
{
  KnConnectDialog *self = KN_CONNECT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->location, kn_server_location_free);

  G_OBJECT_CLASS (kn_connect_dialog_parent_class)->finalize (object);
}

static void
kn_connect_dialog_class_init (KnConnectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_connect_dialog_dispose;
  object_class->finalize = kn_connect_dialog_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = kn_connect_dialog_close_request;

  /* The store of the server just connected to; the dialog closes after this. */
  signals[CONNECTED] =
    g_signal_new ("connected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, KN_TYPE_STORE);

  kn_dialog_class_set_template (widget_class, "kn-connect-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KnConnectDialog, host_row);
  gtk_widget_class_bind_template_child (widget_class, KnConnectDialog, port_spin);
  gtk_widget_class_bind_template_child (widget_class, KnConnectDialog, port_row);
  gtk_widget_class_bind_template_child (widget_class, KnConnectDialog, database_row);
  gtk_widget_class_bind_template_child (widget_class, KnConnectDialog, user_row);
  gtk_widget_class_bind_template_child (widget_class, KnConnectDialog, password_row);
  gtk_widget_class_bind_template_child (widget_class, KnConnectDialog, remember_row);
  gtk_widget_class_bind_template_child (widget_class, KnConnectDialog, remember_switch);
  gtk_widget_class_bind_template_child (widget_class, KnConnectDialog, verify_switch);
  gtk_widget_class_bind_template_child (widget_class, KnConnectDialog, keyring_label);
  gtk_widget_class_bind_template_child (widget_class, KnConnectDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, KnConnectDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, KnConnectDialog, connect_button);
  gtk_widget_class_bind_template_child (widget_class, KnConnectDialog, local_button);
  gtk_widget_class_bind_template_child (widget_class, KnConnectDialog, server_group);
  gtk_widget_class_bind_template_child (widget_class, KnConnectDialog, login_group);
  gtk_widget_class_bind_template_child (widget_class, KnConnectDialog, encryption_group);
  gtk_widget_class_bind_template_child (widget_class, KnConnectDialog, server_message);
  gtk_widget_class_bind_template_child (widget_class, KnConnectDialog, login_message);
  gtk_widget_class_bind_template_callback (widget_class, on_connect_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);

}

static void
kn_connect_dialog_init (KnConnectDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->connect_button));
  fill_remembered (self);

  /* Until the bus has answered, nothing is promised about keeping the password. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->remember_row), FALSE);
  keyring_check_async (self->cancellable, on_keyring_checked_cb, g_object_ref (self));
}

KnConnectDialog *
kn_connect_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (KN_TYPE_CONNECT_DIALOG,
                       "transient-for", parent,
                       NULL);
}

void
kn_connect_dialog_set_local_offered (KnConnectDialog *self,
                                     gboolean         offered)
{
  g_return_if_fail (KN_IS_CONNECT_DIALOG (self));
  gtk_widget_set_visible (GTK_WIDGET (self->local_button), offered);
}

gboolean
kn_connect_dialog_get_keyring_available (KnConnectDialog *self)
{
  g_return_val_if_fail (KN_IS_CONNECT_DIALOG (self), FALSE);
  return self->keyring_available;
}

KnServerLocation *
kn_connect_dialog_remembered_server (gboolean *at_start)
{
  g_autoptr(GKeyFile) settings = load_settings ();
  g_autofree char *host = g_key_file_get_string (settings, SETTINGS_GROUP, "host", NULL);
  g_autofree char *database = g_key_file_get_string (settings, SETTINGS_GROUP, "database", NULL);
  g_autofree char *user = g_key_file_get_string (settings, SETTINGS_GROUP, "user", NULL);
  int port = g_key_file_get_integer (settings, SETTINGS_GROUP, "port", NULL);
  gboolean verify = g_key_file_get_boolean (settings, SETTINGS_GROUP, "verify-certificate", NULL);

  if (at_start != NULL)
    *at_start = g_key_file_get_boolean (settings, SETTINGS_GROUP, "at-start", NULL);
  if (host == NULL || port < 0)
    return NULL;
  return kn_server_location_build (host, (guint)port, database, user, verify, NULL);
}

void
kn_connect_dialog_set_start_on_server (gboolean on_server)
{
  g_autoptr(GKeyFile) settings = load_settings ();

  if (!g_key_file_has_group (settings, SETTINGS_GROUP))
    return;
  g_key_file_set_boolean (settings, SETTINGS_GROUP, "at-start", on_server);
  save_settings (settings);
}

/* Connecting again to the remembered server at start: the password from the keyring when a
 * Secret Service runs (never activating one), else none (~/.pgpass, peer or trust), and the
 * connection tried off the main thread. */

static void
reconnect_open (GTask      *task,
                const char *password)
{
  Attempt *attempt = g_new0 (Attempt, 1);
  const KnServerLocation *location = g_task_get_task_data (task);

  attempt->uri = g_strdup (kn_server_location_get_uri (location));
  attempt->password = password != NULL && *password != '\0' ? g_strdup (password) : NULL;
  /* The task's data is the location; the thread takes the attempt. */
  g_object_set_data_full (G_OBJECT (task), "kn-attempt", attempt, (GDestroyNotify)attempt_free);
  kn_worker_run_in_thread (task, connect_thread);
}

static void
on_reconnect_password_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  char *password = secret_password_lookup_finish (result, &error);

  if (error != NULL)
    g_message ("The keyring did not give the server's password: %s", error->message);
  reconnect_open (task, password);
  if (password != NULL)
    secret_password_free (password);
}

static void
on_reconnect_keyring_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GHashTable) attributes = NULL;

  if (!keyring_check_finish (result, NULL))
    {
      reconnect_open (task, NULL);
      return;
    }
  attributes = secret_attributes (g_task_get_task_data (task));
  secret_password_lookupv (server_secret_schema (), attributes, g_task_get_cancellable (task),
                           on_reconnect_password_cb, g_object_ref (task));
}

void
kn_connect_dialog_reconnect_async (const KnServerLocation *location,
                                   GCancellable           *cancellable,
                                   GAsyncReadyCallback     callback,
                                   gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (location != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, kn_connect_dialog_reconnect_async);
  g_task_set_task_data (task, kn_server_location_copy (location),
                        (GDestroyNotify)kn_server_location_free);
  keyring_check_async (cancellable, on_reconnect_keyring_cb, g_object_ref (task));
}

KnStore *
kn_connect_dialog_reconnect_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
