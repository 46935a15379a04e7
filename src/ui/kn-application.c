/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Kinerja application: options, the database it opens, app-wide actions. */

#define G_LOG_DOMAIN "kn-application"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-application.h"
#include "kn-backups.h"
#include "kn-connect-dialog.h"
#include "kn-demo.h"
#include "kn-window.h"
#include "kn-window-memory.h"
#include "kinerja/kn-worker.h"

struct _KnApplication
{
  AdwApplication  parent_instance;

  KnStore        *store;     /* owned, nullable */
  char           *database;  /* owned, nullable: --database */
  gboolean        demo;      /* --demo */
  char           *file;      /* owned, nullable: the file to go back to from a server */
  guint           backup_source;  /* the wait before the daily backup */
  char           *restoring;      /* owned, nullable: the backup being restored */
};

/* The daily backup waits this long after the integrity check that follows the window's launch
 * (kn_window_is_launched). */
#define DAILY_BACKUP_WAIT_SECONDS 3

G_DEFINE_FINAL_TYPE (KnApplication, kn_application, ADW_TYPE_APPLICATION)

/* A question asked before any window of the application is open: AdwMessageDialog wants a
 * parent (without one it logs "mapped without a transient parent"), so it gets one that is
 * never shown, going with it. Never realised, it puts no hint on the screen: the question
 * stays a window of its own. */
static AdwMessageDialog *
message_dialog_new_alone (const char *heading,
                          const char *body)
{
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));

  g_signal_connect_object (dialog, "destroy", G_CALLBACK (gtk_window_destroy), parent,
                           G_CONNECT_SWAPPED);
  return dialog;
}

static void
show_open_error (KnApplication *self,
                 const char    *message)
{
  AdwMessageDialog *dialog;

  dialog = message_dialog_new_alone (_("The database could not be opened"), message);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_daily_backup_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = kn_store_backup_auto_finish (KN_STORE (source), result, &error);

  if (error != NULL)
    g_message ("No daily backup: %s", error->message);
}

static void ask_create (KnApplication *self,
                        const char    *path);

/* Opens the database; with @create FALSE a --database that names nothing is asked about first
 * (FALSE, the question shown) rather than created. */
static gboolean
open_store (KnApplication *self,
            gboolean       create)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (self->store != NULL)
    return TRUE;

  if (self->demo)
    {
      path = self->database != NULL ? g_strdup (self->database) : kn_demo_default_path ();
      self->store = kn_demo_create (path, &error);
    }
  else
    {
      path = self->database != NULL ? g_strdup (self->database) : kn_store_default_path ();
      /* A server's database is set up by kinerja-cli server init, never by the window. */
      if (kn_store_location_is_server (path))
        self->store = kn_store_open_with_mode (path, KN_STORE_OPEN_EXISTING, &error);
      else
        self->store = kn_store_open_with_mode (path,
                                               create || self->database == NULL ?
                                                 KN_STORE_OPEN_CREATE : KN_STORE_OPEN_EXISTING,
                                               &error);
    }

  if (self->store == NULL &&
      g_error_matches (error, KN_STORE_ERROR, KN_STORE_ERROR_NO_DATABASE) &&
      !kn_store_location_is_server (path))
    {
      /* A mistyped --database must not quietly become a new, empty database. */
      ask_create (self, path);
      return FALSE;
    }

  if (self->store == NULL)
    {
      g_printerr ("kinerja: %s\n", error->message);
      show_open_error (self, error->message);
      return FALSE;
    }

  /* What a killed run left unfinished beside the database or where it last exported. */
  {
    g_autofree char *folder = g_path_get_dirname (path);

    kn_output_file_clean_stale (folder);
    kn_output_file_clean_stale_in_last_folder ();
  }

  return TRUE;
}

static void on_integrity_checked_cb (GObject      *source,
                                     GAsyncResult *result,
                                     gpointer      user_data);

/* A quick check for damage, off the main thread once the window's launch is over: on two cores, a
 * thread reading the whole file beside the launch made its frames late. */
static void
start_integrity_check (KnApplication *self)
{
  if (self->store != NULL)
    kn_store_check_integrity_async (self->store, KN_STORE_CHECK_QUICK, NULL,
                                    on_integrity_checked_cb, g_object_ref (self));
}

/* The day's first automatic backup, in the background; a failure is no reason to keep the
 * office from its data. */
static gboolean
start_daily_backup_cb (gpointer data)
{
  KnApplication *self = data;

  self->backup_source = 0;
  if (!self->demo && self->store != NULL)
    kn_store_backup_auto_async (self->store, KN_STORE_BACKUP_DAILY, NULL, on_daily_backup_cb,
                                NULL);
  return G_SOURCE_REMOVE;
}

/* The window has built every place: the integrity check now, and the day's backup a few seconds
 * after it found no damage (it copies and checks the whole file, a province's 356 MB; on two
 * cores that worker beside the launch made its frames late, bench-window,
 * tests/bench/RESULTS.md). A damaged database is not copied: what it offers is a good backup. */
static void
on_window_launched_cb (KnWindow      *window,
                       GParamSpec    *pspec,
                       KnApplication *self)
{
  if (!kn_window_is_launched (window))
    return;
  g_signal_handlers_disconnect_by_func (window, on_window_launched_cb, self);
  start_integrity_check (self);
}

static void
kn_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Each window is closed as its close button would: one with unsaved work asks first, and
   * the application ends with its last window. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

static void
kn_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  KnApplication *self = user_data;
  const char *developers[] = { "Tim Kinerja", NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", "Kinerja",
                         "application-icon", APP_ID,
                         "developer-name", "Tim Kinerja",
                         "version", PACKAGE_VERSION,
                         "comments", _("Plan, follow and evaluate the performance of civil servants (ASN): SKP, evaluation, predikat and reports, offline."),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void show_main_window      (KnApplication *self);
static void update_server_actions (KnApplication *self);

/* The windows move to @store, as if Kinerja had been started with --database on it: a new
 * window opens on it and the old ones close (one with unsaved work asks first). */
static void
switch_store (KnApplication *self,
              KnStore       *store)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  g_set_object (&self->store, store);
  g_free (self->database);
  self->database = g_strdup (kn_store_get_path (store));
  show_main_window (self);

  for (GList *l = windows; l != NULL; l = l->next)
    if (KN_IS_WINDOW (l->data))
      gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

static void
on_server_connected_cb (KnConnectDialog *dialog,
                        KnStore         *store,
                        KnApplication   *self)
{
  switch_store (self, store);
}

static void
show_connect_dialog (KnApplication *self)
{
  KnConnectDialog *dialog;
  gboolean on_server = self->store != NULL &&
                       kn_store_location_is_server (kn_store_get_path (self->store));

  dialog = kn_connect_dialog_new (gtk_application_get_active_window (GTK_APPLICATION (self)));
  kn_connect_dialog_set_local_offered (dialog, on_server);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect_object (dialog, "connected", G_CALLBACK (on_server_connected_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
kn_application_connect_server_action (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       user_data)
{
  show_connect_dialog (KN_APPLICATION (user_data));
}

/* Back from a server to the file this Kinerja had open (or the default one). */
static void
kn_application_use_local_file_action (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       user_data)
{
  KnApplication *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = self->file != NULL ? g_strdup (self->file) : kn_store_default_path ();
  g_autoptr(KnStore) store = kn_store_open_with_mode (path,
                                                      self->file != NULL ? KN_STORE_OPEN_EXISTING
                                                                         : KN_STORE_OPEN_CREATE,
                                                      &error);
  GList *windows;

  /* Closed from the dialog's button: the dialog goes with it. */
  windows = gtk_application_get_windows (GTK_APPLICATION (self));
  for (GList *l = windows; l != NULL; l = l->next)
    if (KN_IS_CONNECT_DIALOG (l->data))
      {
        gtk_window_close (GTK_WINDOW (l->data));
        break;
      }

  if (store == NULL)
    {
      g_printerr ("kinerja: %s\n", error->message);
      show_open_error (self, error->message);
      return;
    }

  kn_connect_dialog_set_start_on_server (FALSE);
  switch_store (self, store);
}

static const GActionEntry app_actions[] = {
  { "quit", kn_application_quit_action },
  { "about", kn_application_about_action },
  { "connect-server", kn_application_connect_server_action },
  { "use-local-file", kn_application_use_local_file_action },
};

static int
kn_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  KnApplication *self = KN_APPLICATION (application);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("kinerja %s\n", PACKAGE_VERSION);
      return 0;
    }

  self->demo = g_variant_dict_contains (options, "demo");
  g_variant_dict_lookup (options, "database", "^ay", &self->database);

  /* A running Kinerja would just raise its window on the database it has open, and the user
   * would edit real data believing it the demo (or the reverse): a chosen file gets its own
   * process. */
  if (self->demo || self->database != NULL)
    g_application_set_flags (application,
                             g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);

  return G_APPLICATION_CLASS (kn_application_parent_class)->handle_local_options (application,
                                                                                 options);
}

static void
kn_application_startup (GApplication *application)
{
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *help_overlay_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (kn_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-help-overlay",
                                         help_overlay_accels);
  update_server_actions (KN_APPLICATION (application));
}

static void
on_damage_restored_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(KnApplication) self = user_data;
  g_autofree char *backup = g_steal_pointer (&self->restoring);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (kn_restore_finish (KN_STORE (source), result, &kept, &error))
    body = kept != NULL ?
      g_strdup_printf (_("The database was restored from “%s”. The damaged database is kept as “%s”."),
                       backup, kept) :
      g_strdup_printf (_("The database was restored from “%s”."), backup);
  else
    g_printerr ("kinerja: %s\n", error->message);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    gtk_application_get_active_window (GTK_APPLICATION (self)),
    error == NULL ? _("The database was restored") : _("The database could not be restored"),
    error == NULL ? body : error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The window's readings of the launch may still hold the file a moment: the restore waits. */
#define DAMAGE_RESTORE_WAIT_SECONDS 60

static void
on_damage_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       gpointer          user_data)
{
  KnApplication *self = user_data;
  const char *backup = g_object_get_data (G_OBJECT (dialog), "kn-backup");

  if (g_strcmp0 (response, "restore") != 0 || backup == NULL || self->store == NULL ||
      self->restoring != NULL)
    return;

  /* Nothing else is copied from a damaged database meanwhile. */
  g_clear_handle_id (&self->backup_source, g_source_remove);
  self->restoring = g_strdup (backup);
  kn_restore_async (self->store, gtk_application_get_active_window (GTK_APPLICATION (self)),
                    backup, DAMAGE_RESTORE_WAIT_SECONDS, on_damage_restored_cb, g_object_ref (self));
}

static void
find_good_backup_thread (GTask        *task,
                         gpointer      source_object,
                         gpointer      task_data,
                         GCancellable *cancellable)
{
  g_task_return_pointer (task, kn_store_find_good_backup (task_data), g_free);
}

/* Says the database is damaged and offers the newest good backup found. */
static void
on_good_backup_found_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  KnApplication *self = KN_APPLICATION (source);
  g_autofree char *damage = user_data;
  g_autofree char *backup = g_task_propagate_pointer (G_TASK (result), NULL);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (backup != NULL)
    body = g_strdup_printf (_("%s\n\nThe last good backup is “%s”. Restoring it replaces the database; the damaged one is kept in the folder “cadangan”."),
                            damage, backup);
  else
    body = g_strdup_printf (_("%s\n\nNo good backup was found in the folder “cadangan” beside it."),
                            damage);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    gtk_application_get_active_window (GTK_APPLICATION (self)), _("The database is damaged"),
    body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  if (backup != NULL)
    {
      adw_message_dialog_add_response (dialog, "restore", _("_Restore from backup"));
      adw_message_dialog_set_response_appearance (dialog, "restore",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "restore");
      g_object_set_data_full (G_OBJECT (dialog), "kn-backup", g_steal_pointer (&backup), g_free);
    }
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_damage_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_integrity_checked_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(KnApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;

  if (kn_store_check_integrity_finish (KN_STORE (source), result, &error))
    {
      if (self->backup_source == 0 && self->restoring == NULL)
        self->backup_source = g_timeout_add_seconds (DAILY_BACKUP_WAIT_SECONDS,
                                                     start_daily_backup_cb, self);
      return;
    }
  if (!g_error_matches (error, KN_STORE_ERROR, KN_STORE_ERROR_DAMAGED))
    return;

  /* The engine's own words on the damage (in English, about pages and trees) go to the log;
   * the person reads what it means for them. */
  g_printerr ("kinerja: %s\n", error->message);
  /* Each backup is checked in full: off the main thread. */
  task = g_task_new (self, NULL, on_good_backup_found_cb,
                     g_strdup_printf (_("The database “%s” is damaged. Make no more changes in it and restore the last good backup."),
                                      kn_store_get_path (KN_STORE (source))));
  g_task_set_task_data (task, g_strdup (kn_store_get_path (KN_STORE (source))), g_free);
  kn_worker_run_in_thread (task, find_good_backup_thread);
}

/* The keyboard shortcuts window is built when first asked for (Ctrl+?, the menu), not when a
 * window is made, as GtkApplication does for a resource at gtk/help-overlay.ui: its shortcut
 * widgets ask the X server where the pointer is, 15 round trips before the first frame (issue
 * 13). The window's own "show-help-overlay" action is this one, so GTK adds none of its own. */
static void
show_help_overlay_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GtkApplicationWindow *window = user_data;
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (KN_HELP_OVERLAY_RESOURCE);

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static void
kn_application_window_added (GtkApplication *application,
                             GtkWindow      *window)
{
  GTK_APPLICATION_CLASS (kn_application_parent_class)->window_added (application, window);

  if (GTK_IS_APPLICATION_WINDOW (window) &&
      g_action_map_lookup_action (G_ACTION_MAP (window), "show-help-overlay") == NULL)
    {
      g_autoptr(GSimpleAction) action = g_simple_action_new ("show-help-overlay", NULL);

      g_signal_connect_object (action, "activate", G_CALLBACK (show_help_overlay_cb), window, 0);
      g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (action));
    }
}

static void
kn_application_shutdown (GApplication *application)
{
  /* Quitting while a worker still writes an export: its unfinished file goes. */
  kn_output_file_remove_pending ();

  G_APPLICATION_CLASS (kn_application_parent_class)->shutdown (application);
}

/* "Gunakan Berkas Lokal" is there while the windows work on a server. */
static void
update_server_actions (KnApplication *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "use-local-file");
  gboolean on_server = self->store != NULL &&
                       kn_store_location_is_server (kn_store_get_path (self->store));

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), on_server);
  if (self->store != NULL && !on_server &&
      g_strcmp0 (self->file, kn_store_get_path (self->store)) != 0)
    {
      g_free (self->file);
      self->file = g_strdup (kn_store_get_path (self->store));
    }
}

static void
show_main_window (KnApplication *self)
{
  GtkWindow *window = GTK_WINDOW (kn_window_new (self, self->store));

  kn_window_memory_follow (KN_WINDOW (window));
  update_server_actions (self);

  g_signal_connect_object (window, "notify::launched", G_CALLBACK (on_window_launched_cb), self,
                           0);
  gtk_window_present (window);
}

static void
on_create_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       gpointer          user_data)
{
  KnApplication *self = user_data;

  /* Batal: the question was the only window, so the application ends with it. */
  if (g_strcmp0 (response, "create") == 0 && open_store (self, TRUE))
    show_main_window (self);
}

static void
ask_create (KnApplication *self,
            const char    *path)
{
  g_autofree char *heading = g_strdup_printf (_("Create a new database in “%s”?"), path);
  AdwMessageDialog *dialog;

  dialog = message_dialog_new_alone (
    heading, _("There is no database at this path yet. Check the name if you meant an existing one."));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_add_response (dialog, "create", _("_Create"));
  adw_message_dialog_set_response_appearance (dialog, "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_create_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Connecting again to the server of last time, started at start-up. */
typedef struct
{
  KnApplication    *application;  /* owned */
  KnStore          *file;         /* owned: what the windows were on when it started */
  KnServerLocation *location;     /* owned */
} Reconnect;

static void
reconnect_free (Reconnect *reconnect)
{
  g_object_unref (reconnect->application);
  g_object_unref (reconnect->file);
  kn_server_location_free (reconnect->location);
  g_free (reconnect);
}

static void
on_not_reconnected_response_cb (AdwMessageDialog *dialog,
                                const char       *response,
                                KnApplication    *self)
{
  if (g_str_equal (response, "connect"))
    show_connect_dialog (self);
}

static void
on_reconnected_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Reconnect *reconnect = user_data;
  KnApplication *self = reconnect->application;
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = kn_connect_dialog_reconnect_finish (result, &error);
  g_autofree char *problem = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  /* The person moved elsewhere meanwhile (the dialog, the file): that stands. */
  if (self->store != reconnect->file)
    {
      reconnect_free (reconnect);
      return;
    }
  if (store != NULL)
    {
      switch_store (self, store);
      reconnect_free (reconnect);
      return;
    }

  problem = kn_server_problem_describe (error, reconnect->location);
  g_printerr ("kinerja: %s\n", problem);
  body = g_strdup_printf (_("%s\n\nKinerja opened the file “%s” instead: what you enter now is saved in that file, not on the server."),
                          problem, kn_store_get_path (reconnect->file));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    gtk_application_get_active_window (GTK_APPLICATION (self)),
    _("Not Connected to the Server"), body));
  adw_message_dialog_add_responses (dialog, "close", _("_Close"),
                                    "connect", _("Connect to _Server…"), NULL);
  adw_message_dialog_set_default_response (dialog, "connect");
  adw_message_dialog_set_close_response (dialog, "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_not_reconnected_response_cb),
                           self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  reconnect_free (reconnect);
}

/* Back onto the server Kinerja was on when it last closed, in the background: the file's
 * window is there meanwhile and says so; if the server cannot be had, a message says why and
 * that the work goes into the file. */
static void
reconnect (KnApplication    *self,
           KnServerLocation *location)
{
  Reconnect *data = g_new0 (Reconnect, 1);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *message = g_strdup_printf (_("Connecting to the server %s…"),
                                              kn_server_location_get_display (location));

  data->application = g_object_ref (self);
  data->file = g_object_ref (self->store);
  data->location = kn_server_location_copy (location);
  if (KN_IS_WINDOW (window))
    kn_window_add_toast (KN_WINDOW (window), message);
  kn_connect_dialog_reconnect_async (location, NULL, on_reconnected_cb, data);
}

static void
kn_application_activate (GApplication *application)
{
  KnApplication *self = KN_APPLICATION (application);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    {
      gboolean on_server = FALSE;
      g_autoptr(KnServerLocation) server = NULL;

      if (!open_store (self, FALSE))
        return;
      show_main_window (self);
      /* Last time ended on a server: back onto it, the file's window shown meanwhile. */
      if (!self->demo && self->database == NULL)
        server = kn_connect_dialog_remembered_server (&on_server);
      if (server != NULL && on_server)
        reconnect (self, server);
      return;
    }

  gtk_window_present (window);
}

static void
kn_application_finalize (GObject *object)
{
  KnApplication *self = (KnApplication *)object;

  g_clear_handle_id (&self->backup_source, g_source_remove);
  g_clear_pointer (&self->restoring, g_free);
  g_clear_object (&self->store);
  g_clear_pointer (&self->database, g_free);
  g_clear_pointer (&self->file, g_free);

  G_OBJECT_CLASS (kn_application_parent_class)->finalize (object);
}

static void
kn_application_class_init (KnApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->finalize = kn_application_finalize;
  app_class->handle_local_options = kn_application_handle_local_options;
  app_class->startup = kn_application_startup;
  app_class->shutdown = kn_application_shutdown;
  app_class->activate = kn_application_activate;
  gtk_app_class->window_added = kn_application_window_added;
}

static void
kn_application_init (KnApplication *self)
{
  const GOptionEntry options[] = {
    { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Open a fresh demo database (your own data is not touched)"), NULL },
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open this database file instead of the default one"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
}

KnApplication *
kn_application_new (const char        *application_id,
                    GApplicationFlags  flags)
{
  return g_object_new (KN_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", "/id/go/lampungprov/Kinerja",
                       NULL);
}

KnStore *
kn_application_get_store (KnApplication *self)
{
  g_return_val_if_fail (KN_IS_APPLICATION (self), NULL);
  return self->store;
}

void
kn_application_set_store (KnApplication *self,
                          KnStore       *store)
{
  g_return_if_fail (KN_IS_APPLICATION (self));
  g_return_if_fail (KN_IS_STORE (store));

  g_set_object (&self->store, store);
  update_server_actions (self);
}

void
kn_application_set_database (KnApplication *self,
                             const char    *database)
{
  g_return_if_fail (KN_IS_APPLICATION (self));

  g_free (self->database);
  self->database = g_strdup (database);
}
