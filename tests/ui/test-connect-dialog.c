/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Sambungkan ke Server…" driven as a person would: what it refuses at the field, what it says
 * when the server does not answer, and — with the private PostgreSQL server of ./kinerja-dev test
 * — the window moving onto a server's demo and back to the file. The keyring is a real GNOME
 * keyring on a private session bus when gnome-keyring-daemon is installed; without one the test
 * checks that the dialog says the password cannot be kept (KINERJA_TEST_NO_KEYRING=1 shows that
 * case where the daemon is installed). */

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>
#include <libsecret/secret.h>

#include "kn-application.h"
#include "kn-connect-dialog.h"
#include "kn-dashboard-page.h"
#include "kn-employees-page.h"
#include "kn-evaluation-page.h"
#include "kn-plan-page.h"
#include "kn-reports-page.h"
#include "kn-training-page.h"
#include "kn-window.h"

#include "kn-test-ui.h"

#define PASSWORD "Rahasia#2026"

static GTestDBus   *test_bus;
static GSubprocess *keyring;     /* the private gnome-keyring-daemon, if any */
static char        *config_dir;  /* where Kinerja remembers the server */
static KnApplication *test_app;

/* The schema Kinerja files server passwords under (README, Server). */
static const SecretSchema *
kinerja_schema (void)
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

/* The demo on the test server, made once for the tests that only read it (on a busy machine
 * kinerja-cli demo takes half a minute there). */
static const char *
server_demo (void)
{
  static char *uri;

  if (uri == NULL)
    {
      g_autofree char *made = kn_test_server_uri ();
      g_autofree char *out = NULL;

      g_assert_cmpint (kn_test_run_cli (&out, NULL, "demo", made, NULL), ==, 0);
      uri = g_steal_pointer (&made);
    }
  return uri;
}

/* Skips the test when there is no PostgreSQL server to work on; TRUE then. */
static gboolean
skip_without_server (void)
{
  if (g_getenv ("KINERJA_TEST_PG") != NULL)
    return FALSE;
  g_test_skip ("no PostgreSQL server: $KINERJA_TEST_PG is unset (./kinerja-dev test starts one)");
  return TRUE;
}

/* A fresh database on the test server made ready for logins: its URI. */
static char *
new_server_database (void)
{
  g_autoptr(GError) error = NULL;
  char *uri = kn_test_server_uri ();

  g_assert_true (kn_store_server_init (uri, &error));
  g_assert_no_error (error);
  return uri;
}

/* @uri parsed, asserting that it parses. */
static GUri *
parse_uri (const char *uri)
{
  g_autoptr(GError) error = NULL;
  GUri *parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return parsed;
}

/* The database of @parsed (a server's URI) as @user reaches it. */
static KnServerLocation *
location_of (GUri       *parsed,
             const char *user)
{
  g_autoptr(GError) error = NULL;
  KnServerLocation *location =
    kn_server_location_build (g_uri_get_host (parsed), (guint)g_uri_get_port (parsed),
                              g_uri_get_path (parsed) + 1, user, FALSE, &error);

  g_assert_no_error (error);
  return location;
}

static gboolean
keyring_has_owner (void)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  if (bus == NULL)
    return FALSE;
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", "org.freedesktop.secrets"),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                                       NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

/* A session bus of our own, and on it a GNOME keyring, unlocked (a new "login" keyring in the
 * test's own data folder). */
static void
start_private_keyring (void)
{
  g_autofree char *daemon = g_getenv ("KINERJA_TEST_NO_KEYRING") == NULL
                            ? g_find_program_in_path ("gnome-keyring-daemon") : NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) input = NULL;
  g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));

  test_bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (test_bus);
  /* GTestDBus unsets DISPLAY (against X11 autolaunching a bus); the window needs it. */
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);
  if (daemon == NULL)
    return;

  keyring = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                              G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error, daemon, "--foreground",
                              "--unlock", "--components=secrets", NULL);
  if (keyring == NULL)
    {
      g_printerr ("# no private keyring: %s\n", error->message);
      return;
    }
  /* The login keyring's own password (an empty one makes no keyring). */
  input = g_object_ref (g_subprocess_get_stdin_pipe (keyring));
  g_output_stream_write_all (input, "kinerja-test", strlen ("kinerja-test"), NULL, NULL, NULL);
  g_output_stream_close (input, NULL, NULL);

  for (guint i = 0; i < 100 && !keyring_has_owner (); i++)
    g_usleep (50 * 1000);
}

static void
stop_private_keyring (void)
{
  if (keyring != NULL)
    {
      g_subprocess_force_exit (keyring);
      g_subprocess_wait (keyring, NULL, NULL);
      g_clear_object (&keyring);
    }
  /* Not g_test_dbus_down, nor the last unref that calls it: GTK and libsecret keep the bus
   * connection to the end, and down would wait for it. */
  secret_service_disconnect ();
  g_test_dbus_stop (test_bus);
}

static GtkWidget *
child (KnConnectDialog *dialog,
       const char      *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog), KN_TYPE_CONNECT_DIALOG,
                                                   name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static void
set_text (KnConnectDialog *dialog,
          const char      *row,
          const char      *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, row)), text);
}

static const char *
status_text (KnConnectDialog *dialog)
{
  return gtk_label_get_text (GTK_LABEL (child (dialog, "status_label")));
}

static void
press_connect (KnConnectDialog *dialog)
{
  g_signal_emit_by_name (child (dialog, "connect_button"), "clicked");
  kn_test_spin ();
}

static gboolean
not_connecting (gpointer data)
{
  return !gtk_spinner_get_spinning (GTK_SPINNER (child (data, "spinner")));
}

static gboolean
keyring_checked (gpointer data)
{
  KnConnectDialog *dialog = data;

  return kn_connect_dialog_get_keyring_available (dialog) ||
         gtk_widget_get_visible (child (dialog, "keyring_label"));
}

static void
test_refuses_empty_fields (void)
{
  KnConnectDialog *dialog = kn_connect_dialog_new (NULL);

  gtk_window_present (GTK_WINDOW (dialog));
  kn_test_spin ();
  /* The port is there already: PostgreSQL's own. */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (child (dialog, "port_spin"))),
                   ==, 5432);

  set_text (dialog, "database_row", "kinerja");
  set_text (dialog, "user_row", "operator");
  press_connect (dialog);
  g_assert_true (gtk_widget_has_css_class (child (dialog, "host_row"), "error"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (child (dialog, "host_row")), ==,
                   "Isi nama atau alamat server, misalnya db.bkd.lan atau 10.20.0.5.");
  /* The message stands under the Server group, where the field is. */
  g_assert_true (gtk_widget_get_visible (child (dialog, "server_message")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (dialog, "server_message"))), ==,
                   "Isi nama atau alamat server, misalnya db.bkd.lan atau 10.20.0.5.");
  g_assert_false (gtk_spinner_get_spinning (GTK_SPINNER (child (dialog, "spinner"))));

  /* Typing in the field clears its mark; the next empty field is named in turn. */
  set_text (dialog, "host_row", "db.bkd.lan");
  g_assert_false (gtk_widget_has_css_class (child (dialog, "host_row"), "error"));
  set_text (dialog, "database_row", "  ");
  press_connect (dialog);
  g_assert_false (gtk_widget_has_css_class (child (dialog, "host_row"), "error"));
  g_assert_true (gtk_widget_has_css_class (child (dialog, "database_row"), "error"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (dialog, "server_message"))), ==,
                   "Isi nama basis data di server, misalnya kinerja.");
  g_assert_false (gtk_spinner_get_spinning (GTK_SPINNER (child (dialog, "spinner"))));

  /* The user name is checked too, and said under the Masuk group. */
  set_text (dialog, "database_row", "kinerja");
  set_text (dialog, "user_row", "");
  press_connect (dialog);
  g_assert_true (gtk_widget_has_css_class (child (dialog, "user_row"), "error"));
  g_assert_false (gtk_widget_get_visible (child (dialog, "server_message")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (dialog, "login_message"))), ==,
                   "Isi nama pengguna untuk masuk ke server.");

  gtk_window_destroy (GTK_WINDOW (dialog));
  kn_test_spin ();
}

/* Nothing listens on port 1 of this computer: the dialog says so in plain words and keeps
 * what was typed for another try. */
static void
test_unreachable_server (void)
{
  KnConnectDialog *dialog = kn_connect_dialog_new (NULL);
  guint connected = 0;

  g_signal_connect_swapped (dialog, "connected", G_CALLBACK (g_atomic_int_inc), &connected);
  gtk_window_present (GTK_WINDOW (dialog));
  set_text (dialog, "host_row", "127.0.0.1");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (dialog, "port_spin")), 1);
  set_text (dialog, "database_row", "kinerja");
  set_text (dialog, "user_row", "operator");
  set_text (dialog, "password_row", PASSWORD);
  press_connect (dialog);
  g_assert_true (kn_test_spin_until (not_connecting, dialog));

  g_assert_cmpstr (status_text (dialog), ==,
                   "Tidak ada server basis data yang menjawab di 127.0.0.1, port 1. Periksa alamat dan port-nya, bahwa server sedang berjalan, dan bahwa komputer ini dapat menjangkaunya lewat jaringan.");
  g_assert_null (strstr (status_text (dialog), PASSWORD));
  g_assert_cmpuint (connected, ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (dialog, "password_row"))), ==,
                   PASSWORD);
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "connect_button")));

  gtk_window_destroy (GTK_WINDOW (dialog));
  kn_test_spin ();
}

/* Without a Secret Service the dialog says the password is asked for each time. */
static void
test_keyring_offered (void)
{
  KnConnectDialog *dialog = kn_connect_dialog_new (NULL);

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (kn_test_spin_until (keyring_checked, dialog));
  if (keyring_has_owner ())
    {
      g_assert_true (kn_connect_dialog_get_keyring_available (dialog));
      g_assert_false (gtk_widget_get_visible (child (dialog, "keyring_label")));
      g_assert_true (gtk_widget_get_sensitive (child (dialog, "remember_row")));
    }
  else
    {
      g_assert_false (kn_connect_dialog_get_keyring_available (dialog));
      g_assert_true (gtk_widget_get_visible (child (dialog, "keyring_label")));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (dialog, "keyring_label"))), ==,
                       "Tidak ada keyring (Secret Service) yang berjalan di komputer ini, jadi kata sandi tidak dapat disimpan: Kinerja akan menanyakannya setiap kali.");
      g_assert_false (gtk_widget_get_sensitive (child (dialog, "remember_row")));
    }

  gtk_window_destroy (GTK_WINDOW (dialog));
  kn_test_spin ();
}

static KnConnectDialog *
find_dialog (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (test_app)); l != NULL; l = l->next)
    if (KN_IS_CONNECT_DIALOG (l->data))
      return l->data;
  return NULL;
}

typedef struct
{
  const char *path;
  KnWindow   *window;
} WindowOn;

static gboolean
window_on (gpointer data)
{
  WindowOn *on = data;

  on->window = NULL;
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (test_app)); l != NULL; l = l->next)
    if (KN_IS_WINDOW (l->data) &&
        g_strcmp0 (kn_store_get_path (kn_window_get_store (l->data)), on->path) == 0)
      on->window = l->data;
  return on->window != NULL;
}

static guint
count_windows (void)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (test_app)); l != NULL; l = l->next)
    n += KN_IS_WINDOW (l->data);
  return n;
}

static gboolean
shows_person (KnWindow   *window,
              const char *name)
{
  GListModel *visible = kn_employees_page_get_visible (kn_window_get_employees_page (window));

  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (visible, i);

      if (strstr (kn_employee_get_name (employee), name) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
password_kept (gpointer data)
{
  const KnServerLocation *location = data;
  g_autoptr(GError) error = NULL;
  char *password = secret_password_lookup_sync (kinerja_schema (), NULL, &error,
                                                "host", kn_server_location_get_host (location),
                                                "port", (int)kn_server_location_get_port (location),
                                                "database", kn_server_location_get_database (location),
                                                "user", kn_server_location_get_user (location),
                                                NULL);
  gboolean kept = g_strcmp0 (password, PASSWORD) == 0;

  secret_password_free (password);
  return kept;
}

static gboolean
password_filled (gpointer data)
{
  return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (child (data, "password_row"))),
                    PASSWORD) == 0;
}

/* The whole way: a server with the demo, the window moved onto it through the dialog, the
 * server remembered without its password, the password in the keyring, and back to the file. */
static void
test_connect_to_server (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *file = NULL;
  g_autofree char *settings_path = NULL;
  g_autofree char *settings = NULL;
  g_autofree char *count = NULL;
  g_autoptr(GUri) parsed = NULL;
  g_autoptr(KnServerLocation) location = NULL;
  g_autoptr(KnServerLocation) remembered = NULL;
  g_autoptr(KnStore) store = NULL;
  KnConnectDialog *dialog;
  KnWindow *window;
  WindowOn on = { NULL, NULL };
  GAction *local;
  GStatBuf st;
  gboolean at_start = FALSE;

  if (skip_without_server ())
    return;

  parsed = parse_uri (server_demo ());
  location = location_of (parsed, g_uri_get_user (parsed));

  /* Kinerja on a file of its own first. */
  store = kn_test_store_new ("kinerja-connect-XXXXXX", &folder, &file);
  kn_application_set_store (test_app, store);
  window = kn_window_new (test_app, store);
  gtk_window_present (GTK_WINDOW (window));
  kn_test_spin ();
  local = g_action_map_lookup_action (G_ACTION_MAP (test_app), "use-local-file");
  g_assert_false (g_action_get_enabled (local));

  g_action_group_activate_action (G_ACTION_GROUP (test_app), "connect-server", NULL);
  kn_test_spin ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  STOP_IF_FAILED ();
  g_assert_false (gtk_widget_get_visible (child (dialog, "local_button")));
  kn_test_spin_until (keyring_checked, dialog);
  set_text (dialog, "host_row", g_uri_get_host (parsed));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (dialog, "port_spin")), g_uri_get_port (parsed));
  set_text (dialog, "database_row", g_uri_get_path (parsed) + 1);
  set_text (dialog, "user_row", g_uri_get_user (parsed));
  set_text (dialog, "password_row", PASSWORD);
  press_connect (dialog);

  /* A window on the server's demo took the file's place. */
  on.path = kn_server_location_get_uri (location);
  g_assert_true (kn_test_spin_until (window_on, &on));
  STOP_IF_FAILED ();
  g_assert_null (find_dialog ());
  g_assert_cmpuint (count_windows (), ==, 1);
  g_assert_true (kn_store_location_is_server (kn_store_get_path (kn_application_get_store (test_app))));
  g_assert_cmpstr (kn_window_get_place (on.window), ==, "pegawai");
  g_assert_true (shows_person (on.window, "Syahrial Maulana"));
  count = g_strdup_printf ("%u pegawai",
                           g_list_model_get_n_items (kn_store_get_employees (kn_window_get_store (on.window))));
  g_assert_cmpstr (kn_employees_page_get_count_text (kn_window_get_employees_page (on.window)), ==,
                   count);
  g_assert_true (g_action_get_enabled (local));

  /* Remembered for the next start: where, not the password. */
  settings_path = g_build_filename (config_dir, "kinerja", "server.ini", NULL);
  g_assert_true (g_file_get_contents (settings_path, &settings, NULL, NULL));
  g_assert_nonnull (strstr (settings, g_uri_get_path (parsed) + 1));
  g_assert_null (strstr (settings, PASSWORD));
  g_assert_cmpint (g_stat (settings_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  remembered = kn_connect_dialog_remembered_server (&at_start);
  g_assert_nonnull (remembered);
  g_assert_true (at_start);
  g_assert_cmpstr (kn_server_location_get_uri (remembered), ==, kn_server_location_get_uri (location));

  /* The password is in the keyring, filed under Kinerja's schema. */
  if (keyring_has_owner ())
    g_assert_true (kn_test_spin_until (password_kept, location));

  /* The dialog offers the remembered server again, with its password from the keyring, and the
   * way back to the file. */
  g_action_group_activate_action (G_ACTION_GROUP (test_app), "connect-server", NULL);
  kn_test_spin ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  STOP_IF_FAILED ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (dialog, "database_row"))), ==,
                   g_uri_get_path (parsed) + 1);
  g_assert_true (gtk_widget_get_visible (child (dialog, "local_button")));
  if (keyring_has_owner ())
    g_assert_true (kn_test_spin_until (password_filled, dialog));
  else
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (dialog, "password_row"))), ==, "");

  /* "Gunakan Berkas Lokal": back to the file, and the next start opens on it. */
  g_signal_emit_by_name (child (dialog, "local_button"), "clicked");
  kn_test_spin ();
  on.path = file;
  g_assert_true (kn_test_spin_until (window_on, &on));
  g_assert_null (find_dialog ());
  g_assert_cmpuint (count_windows (), ==, 1);
  g_assert_false (g_action_get_enabled (local));
  g_clear_pointer (&remembered, kn_server_location_free);
  remembered = kn_connect_dialog_remembered_server (&at_start);
  g_assert_nonnull (remembered);
  g_assert_false (at_start);

  if (on.window != NULL)
    kn_test_ui_close (GTK_WINDOW (on.window), NULL);
  g_clear_object (&store);
  kn_test_remove_tree (folder);
}

/* server.ini as a connection to it leaves it, Kinerja last working on the server. */
static void
remember_server_at_start (const char *host,
                          guint       port,
                          const char *database,
                          const char *user)
{
  g_autoptr(GKeyFile) settings = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_build_filename (config_dir, "kinerja", NULL);
  g_autofree char *path = g_build_filename (folder, "server.ini", NULL);

  g_key_file_set_string (settings, "server", "host", host);
  g_key_file_set_integer (settings, "server", "port", (int)port);
  g_key_file_set_string (settings, "server", "database", database);
  g_key_file_set_string (settings, "server", "user", user);
  g_key_file_set_boolean (settings, "server", "verify-certificate", FALSE);
  g_key_file_set_boolean (settings, "server", "at-start", TRUE);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_key_file_save_to_file (settings, path, &error));
  g_assert_no_error (error);
}

/* Kinerja started without --database, on the file @store: as kn_application_activate runs. */
static void
start_on_file (KnStore *store)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (test_app)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));
  g_list_free (windows);
  kn_test_spin ();
  kn_application_set_store (test_app, store);
  kn_application_set_database (test_app, NULL);
  g_application_activate (G_APPLICATION (test_app));
  kn_test_spin ();
}

static gboolean
message_shown (gpointer data)
{
  return kn_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* Kinerja last closed on a server: the next start opens the file's window at once and moves
 * onto the server in the background (here a login without a password, as ~/.pgpass or peer
 * authentication would give). */
static void
test_reconnect_at_start (void)
{
  g_autofree char *uri = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *file = NULL;
  g_autoptr(GUri) parsed = NULL;
  g_autoptr(KnServerLocation) location = NULL;
  g_autoptr(KnStore) store = NULL;
  WindowOn on = { NULL, NULL };

  if (skip_without_server ())
    return;

  uri = new_server_database ();
  parsed = parse_uri (uri);
  location = location_of (parsed, g_uri_get_user (parsed));
  remember_server_at_start (g_uri_get_host (parsed), (guint)g_uri_get_port (parsed),
                            g_uri_get_path (parsed) + 1, g_uri_get_user (parsed));

  store = kn_test_store_new ("kinerja-connect-XXXXXX", &folder, &file);
  start_on_file (store);

  /* The file's window first, then the server's in its place. */
  on.path = kn_server_location_get_uri (location);
  g_assert_true (kn_test_spin_until (window_on, &on));
  STOP_IF_FAILED ();
  g_assert_cmpuint (count_windows (), ==, 1);
  g_assert_null (kn_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (kn_store_location_is_server (kn_store_get_path (kn_application_get_store (test_app))));

  kn_test_ui_close (GTK_WINDOW (on.window), NULL);
  g_clear_object (&store);
  kn_test_remove_tree (folder);
}

/* The remembered server does not answer: the file stays open, and a message says plainly why
 * and that what is entered now goes into the file. */
static void
test_reconnect_fails (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *file = NULL;
  g_autoptr(KnStore) store = NULL;
  AdwMessageDialog *dialog;
  WindowOn on = { NULL, NULL };
  guint port;

  /* A port of this computer where nothing listens. */
  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  g_assert_true (g_socket_bind (socket, address, FALSE, &error));
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_socket_close (socket, NULL);
  remember_server_at_start ("127.0.0.1", port, "kinerja", "kinerja");

  store = kn_test_store_new ("kinerja-connect-XXXXXX", &folder, &file);
  start_on_file (store);
  on.path = file;
  g_assert_true (window_on (&on));

  g_assert_true (kn_test_spin_until (message_shown, NULL));
  dialog = ADW_MESSAGE_DIALOG (kn_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  STOP_IF_FAILED ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Tidak Tersambung ke Server");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "127.0.0.1"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), file));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "bukan di server"));
  g_assert_null (strstr (adw_message_dialog_get_body (dialog), "could not connect"));
  g_assert_true (window_on (&on));
  g_assert_cmpuint (count_windows (), ==, 1);
  g_assert_cmpstr (kn_store_get_path (kn_application_get_store (test_app)), ==, file);

  gtk_window_destroy (GTK_WINDOW (dialog));
  kn_test_ui_close (GTK_WINDOW (on.window), NULL);
  g_clear_object (&store);
  kn_test_remove_tree (folder);
}

/* psql as the test server's owner; its exit status (0: done). */
static int
psql (const char *uri,
      const char *sql)
{
  g_autofree char *program = g_find_program_in_path ("psql");
  g_autoptr(GError) error = NULL;
  const char *argv[] = { program, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", uri, "-c", sql,
                         NULL };
  int status = -1;

  g_assert_nonnull (program);
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL) ? 0 : 1;
}

static gboolean
store_kept (gpointer data)
{
  return *(KnStore **)data != NULL;
}

static void
on_connected_keep_cb (KnConnectDialog *dialog,
                      KnStore         *store,
                      KnStore        **kept)
{
  g_set_object (kept, store);
}

/* A login with a password, given a wrong one through the dialog: the plain sentence at the
 * password field (not libpq's words), and nothing remembered; the right one then connects.
 * ./kinerja-dev test's server asks the members of kinerja_password_test for their password. */
static void
test_wrong_password (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *login = g_strdup_printf ("kn_pw_%08x", g_random_int ());
  g_autofree char *sql = NULL;
  g_autofree char *settings_path = g_build_filename (config_dir, "kinerja", "server.ini", NULL);
  g_autofree char *settings_before = NULL;
  g_autofree char *settings_after = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GUri) parsed = NULL;
  g_autoptr(KnServerLocation) location = NULL;
  g_autoptr(KnStore) connected = NULL;
  KnConnectDialog *dialog;
  GtkWidget *password_row;
  const char *message;

  if (skip_without_server ())
    return;

  uri = new_server_database ();
  psql (uri, "CREATE ROLE kinerja_password_test NOLOGIN");  /* made by an earlier run: fine */
  sql = g_strdup_printf ("CREATE ROLE %s LOGIN PASSWORD 'Benar#2026' IN ROLE kinerja_password_test, kinerja_admin",
                         login);
  g_assert_cmpint (psql (uri, sql), ==, 0);
  parsed = parse_uri (uri);
  location = location_of (parsed, login);

  /* Through KnServerLocation: the store's error is the password problem. */
  {
    g_autoptr(KnStore) store = NULL;
    g_autofree char *described = NULL;

    kn_server_location_set_password (kn_server_location_get_uri (location), "Salah#2026");
    store = kn_store_open_with_mode (kn_server_location_get_uri (location), KN_STORE_OPEN_EXISTING,
                                     &error);
    kn_server_location_set_password (kn_server_location_get_uri (location), NULL);
    if (store != NULL)
      {
        g_test_skip ("the test server accepts any password (./kinerja-dev test asks kinerja_password_test's members for theirs)");
        return;
      }
    g_assert_cmpint (kn_server_problem_from_error (error), ==, KN_SERVER_PROBLEM_PASSWORD);
    described = kn_server_problem_describe (error, location);
    g_assert_true (g_str_has_prefix (described, "Server tidak menerima kata sandi pengguna"));
    g_clear_error (&error);
  }

  g_file_get_contents (settings_path, &settings_before, NULL, NULL);
  dialog = kn_connect_dialog_new (NULL);
  g_signal_connect (dialog, "connected", G_CALLBACK (on_connected_keep_cb), &connected);
  gtk_window_present (GTK_WINDOW (dialog));
  kn_test_spin_until (keyring_checked, dialog);
  set_text (dialog, "host_row", g_uri_get_host (parsed));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (dialog, "port_spin")), g_uri_get_port (parsed));
  set_text (dialog, "database_row", g_uri_get_path (parsed) + 1);
  set_text (dialog, "user_row", login);
  set_text (dialog, "password_row", "Salah#2026");
  press_connect (dialog);
  g_assert_true (kn_test_spin_until (not_connecting, dialog));

  /* Said at the password field, in plain words, naming the user. */
  expected = g_strdup_printf ("Server tidak menerima kata sandi pengguna “%s”. Periksa nama pengguna dan kata sandinya, lalu coba lagi.",
                              login);
  password_row = child (dialog, "password_row");
  message = gtk_label_get_text (GTK_LABEL (child (dialog, "login_message")));
  g_assert_cmpstr (message, ==, expected);
  g_assert_true (gtk_widget_has_css_class (password_row, "error"));
  g_assert_null (strstr (message, "FATAL"));
  g_assert_null (connected);

  /* Nothing remembered: server.ini as it was, no password in the keyring. */
  g_file_get_contents (settings_path, &settings_after, NULL, NULL);
  g_assert_cmpstr (settings_after, ==, settings_before);
  if (keyring_has_owner ())
    {
      char *kept = secret_password_lookup_sync (kinerja_schema (), NULL, NULL,
                                                "host", kn_server_location_get_host (location),
                                                "port", (int)kn_server_location_get_port (location),
                                                "database", kn_server_location_get_database (location),
                                                "user", login, NULL);

      g_assert_null (kept);
      secret_password_free (kept);
    }

  /* The right password: connected (the field's message was about the password). */
  set_text (dialog, "password_row", "Benar#2026");
  press_connect (dialog);
  g_assert_true (kn_test_spin_until (store_kept, &connected));
  STOP_IF_FAILED ();
  g_assert_true (kn_store_location_is_server (kn_store_get_path (connected)));

  g_clear_object (&connected);
  kn_connect_dialog_set_start_on_server (FALSE);
  g_free (sql);
  sql = g_strdup_printf ("DROP OWNED BY %s; DROP ROLE %s", login, login);
  psql (uri, sql);
}

/* Visits every place of @window as a person would (Alt+1 … Alt+6) and returns what each shows:
 * its title, and the texts and counts a person reads there. */
static char *
visit_every_place (KnWindow *window)
{
  const char *places[] = { "beranda", "pegawai", "skp", "penilaian", "laporan", "kompetensi" };
  GString *seen = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-place", "s", places[i]);
      kn_test_draw (GTK_WINDOW (window));
      g_assert_cmpstr (kn_window_get_place (window), ==, places[i]);
      g_string_append_printf (seen, "[%s] %s\n", places[i], kn_window_get_page_title (window));

      if (g_str_equal (places[i], "beranda"))
        {
          kn_test_dashboard_wait (kn_window_get_dashboard_page (window));
          g_string_append_printf (seen, "%s\n",
                                  kn_dashboard_page_get_summary (kn_window_get_dashboard_page (window)));
        }
      else if (g_str_equal (places[i], "pegawai"))
        g_string_append_printf (seen, "%s\n",
                                kn_employees_page_get_count_text (kn_window_get_employees_page (window)));
      else if (g_str_equal (places[i], "skp"))
        {
          KnPlanPage *page = kn_window_get_plan_page (window);

          g_string_append_printf (seen, "%u %s %u\n", kn_plan_page_get_year (page),
                                  kn_plan_page_get_owner_text (page),
                                  kn_plan_page_get_result_rows (page)->len);
        }
      else if (g_str_equal (places[i], "penilaian"))
        {
          KnEvaluationPage *page = kn_window_get_evaluation_page (window);

          kn_test_evaluation_wait (page);
          g_string_append_printf (seen, "%u %s\n",
                                  g_list_model_get_n_items (kn_evaluation_page_get_rows (page)),
                                  kn_evaluation_page_get_counts_text (page));
        }
      else if (g_str_equal (places[i], "laporan"))
        {
          KnReportsPage *page = kn_window_get_reports_page (window);

          while (kn_reports_page_get_busy (page) && g_get_monotonic_time () < deadline)
            g_main_context_iteration (NULL, TRUE);
          g_assert_false (kn_reports_page_get_busy (page));
          g_string_append_printf (seen, "%u %s\n", kn_reports_page_get_n_pages (page),
                                  kn_reports_page_get_status (page));
        }
      else
        {
          KnTrainingPage *page = kn_window_get_training_page (window);

          kn_test_training_wait (page);
          g_string_append_printf (seen, "%u %s\n",
                                  g_list_model_get_n_items (kn_training_page_get_people (page)),
                                  kn_training_page_get_summary_text (page));
        }
    }

  return g_string_free (seen, FALSE);
}

static char *
every_place_of (KnStore *store)
{
  KnWindow *window;
  char *seen;

  kn_application_set_store (test_app, store);
  window = kn_window_new (test_app, store);
  gtk_window_present (GTK_WINDOW (window));
  seen = visit_every_place (window);
  kn_test_ui_close (GTK_WINDOW (window), NULL);
  return seen;
}

/* Every place of the window works on a server as on a file: the same demo shows the same. */
static void
test_every_place_on_server (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *file = NULL;
  g_autofree char *out = NULL;
  g_autofree char *on_file = NULL;
  g_autofree char *on_server = NULL;
  g_autoptr(KnStore) file_store = NULL;
  g_autoptr(KnStore) server_store = NULL;

  if (skip_without_server ())
    return;

  folder = kn_test_make_folder ("kinerja-connect-XXXXXX");
  file = g_build_filename (folder, "demo.db", NULL);
  g_assert_cmpint (kn_test_run_cli (&out, NULL, "demo", file, NULL), ==, 0);
  file_store = kn_store_open_with_mode (file, KN_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  server_store = kn_store_open_with_mode (server_demo (), KN_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  STOP_IF_FAILED ();

  on_file = every_place_of (file_store);
  on_server = every_place_of (server_store);
  g_test_message ("On the server:\n%s", on_server);
  g_assert_nonnull (strstr (on_server, "[kompetensi] Pengembangan Kompetensi"));
  g_assert_nonnull (strstr (on_server, "76 pegawai"));
  g_assert_cmpstr (on_server, ==, on_file);

  g_clear_object (&file_store);
  kn_test_remove_tree (folder);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("kinerja-connect-home-XXXXXX", NULL);
  g_autofree char *runtime = g_build_filename (home, "runtime", NULL);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  int status;

  /* The keyring's files in folders of this test only; Kinerja's settings in the program's own
   * configuration folder (kn_test_ui_init). */
  g_mkdir_with_parents (runtime, 0700);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_RUNTIME_DIR", runtime, TRUE);

  kn_test_ui_init (&argc, &argv);
  config_dir = g_strdup (g_get_user_config_dir ());
  start_private_keyring ();
  test_app = kn_application_new ("id.go.lampungprov.Kinerja.TestConnect", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (test_app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/ui/connect/refuses-empty-fields", test_refuses_empty_fields);
  g_test_add_func ("/ui/connect/unreachable-server", test_unreachable_server);
  g_test_add_func ("/ui/connect/keyring-offered", test_keyring_offered);
  g_test_add_func ("/ui/connect/to-server-and-back", test_connect_to_server);
  g_test_add_func ("/ui/connect/every-place-on-server", test_every_place_on_server);
  g_test_add_func ("/ui/connect/reconnect-at-start", test_reconnect_at_start);
  g_test_add_func ("/ui/connect/reconnect-fails", test_reconnect_fails);
  g_test_add_func ("/ui/connect/wrong-password", test_wrong_password);

  status = g_test_run ();

  g_clear_object (&test_app);
  stop_private_keyring ();
  kn_test_remove_tree (home);
  g_free (config_dir);
  return status;
}
