/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Cadangkan… and Pulihkan… of the main menu, driven as a user would under a virtual X server. */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kn-application.h"
#include "kn-demo.h"
#include "kn-store-reading.h"
#include "kn-window.h"
#include "kn-ui-test.h"

#include "kn-test-ui.h"

typedef KnTestWindow Fixture;

/* The window has built its places and its readings are done with the file (a restore needs
 * the file to itself). */
static gboolean
window_settled (gpointer data)
{
  return kn_window_is_launched (data) &&
         kn_store_get_n_background (kn_window_get_store (data)) == 0;
}

/* A reading of the window's kind that keeps its connection to the file open until let go. */
static gint held_open;
static gint held_let_go;

static gboolean
held_read (KnStore       *store,
           gpointer       data,
           GCancellable  *cancellable,
           GError       **error)
{
  g_atomic_int_set (&held_open, 1);
  while (!g_atomic_int_get (&held_let_go))
    g_usleep (2000);
  return TRUE;
}

static void
on_held_read_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_free (kn_store_reading_finish (result, user_data, NULL));
}

static gboolean
held_is_open (gpointer data)
{
  return g_atomic_int_get (&held_open);
}

static gboolean
reading_is_over (gpointer data)
{
  GCancellable **reading = data;

  return *reading == NULL;
}

/* Starts the held reading on @store's file and waits until its connection is open. */
static void
hold_file (KnStore       *store,
           GCancellable **reading)
{
  g_atomic_int_set (&held_open, 0);
  g_atomic_int_set (&held_let_go, 0);
  kn_store_reading_start (store, reading, held_read, g_strdup ("held"), g_free, on_held_read_cb,
                          reading);
  g_assert_true (kn_test_spin_until (held_is_open, NULL));
}

/* Lets the held reading go and waits until it is over. */
static void
let_file_go (GCancellable **reading)
{
  g_atomic_int_set (&held_let_go, 1);
  g_assert_true (kn_test_spin_until (reading_is_over, reading));
}

static gboolean
time_has_come (gpointer data)
{
  return g_get_monotonic_time () >= *(gint64 *) data;
}

static void
spin_for_ms (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  kn_test_spin_until (time_has_come, &until);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  kn_test_window_open (fixture, "kinerja-ui-backup-XXXXXX",
                       "id.go.lampungprov.Kinerja.TestBackup", TRUE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_window_close (fixture);
}

static guint
n_employees (KnStore *store)
{
  return g_list_model_get_n_items (kn_store_get_employees (store));
}

/* Backs @store up to @backup, then adds Rina Baru (NIP 199203152019032001), whom restoring the
 * backup takes away again: how many employees there were before her. */
static guint
back_up_then_add (KnStore    *store,
                  const char *backup)
{
  g_autoptr(GError) error = NULL;
  guint before;
  gint64 unit;

  g_assert_true (kn_store_backup (store, backup, &error));
  g_assert_no_error (error);
  before = n_employees (store);
  unit = kn_test_add_unit (store, "Unit Baru", 0);
  kn_test_add_person (store, "199203152019032001", "Rina Baru", NULL, "Analis",
                      KN_POSITION_AHLI_PERTAMA, unit, 0);
  return before;
}

/* The main menu has both, in Indonesian. */
static void
test_menu (Fixture       *fixture,
           gconstpointer  data)
{
  GMenuModel *menu = kn_test_primary_menu (GTK_WIDGET (fixture->window));
  g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_true (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_LABEL, "s", &first));
  g_assert_true (g_menu_model_get_item_attribute (section, 1, G_MENU_ATTRIBUTE_LABEL, "s", &second));
  g_assert_cmpstr (first, ==, "_Cadangkan…");
  g_assert_cmpstr (second, ==, "_Pulihkan…");
}

static void
test_backup (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *folder = kn_store_backup_folder (fixture->path);
  g_autofree char *target = g_build_filename (folder, "salinan-kantor.db", NULL);
  g_autoptr(GFile) current = NULL;
  g_autoptr(KnStore) copy = NULL;
  g_autoptr(GError) error = NULL;
  GtkNativeDialog *chooser;
  GStatBuf st;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.backup", NULL));
  kn_test_spin ();
  chooser = kn_window_get_chooser (fixture->window);
  g_assert_nonnull (chooser);
  STOP_IF_FAILED ();
  /* It starts in the backup folder beside the database, with a dated name. */
  current = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));
  g_assert_nonnull (current);
  if (current != NULL)
    {
      g_autofree char *current_path = g_file_get_path (current);

      g_assert_cmpstr (current_path, ==, folder);
    }

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *today = g_date_time_format (now, "demo-%Y-%m-%d-");
    g_autofree char *name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));

    g_assert_true (name != NULL && g_str_has_prefix (name, today));
  }

  /* The person picks a name and presses Cadangkan. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "salinan-kantor.db");
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_ACCEPT);
  kn_test_spin ();

  g_assert_null (kn_window_get_chooser (fixture->window));
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_nonnull (kn_window_get_last_message (fixture->window));
  g_assert_nonnull (strstr (kn_window_get_last_message (fixture->window), target));
  g_assert_true (g_str_has_prefix (kn_window_get_last_message (fixture->window), "Cadangan disimpan di"));
  copy = kn_store_open_with_mode (target, KN_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_employees (copy), ==, n_employees (fixture->store));
}

/* The shown message dialog with @heading, or NULL. */
static AdwMessageDialog *
find_message_dialog (const char *heading)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
      found = l->data;
  g_list_free (toplevels);
  return found;
}

/* The dialog that says a restore is under way, shown over the window: nothing to press. */
static AdwMessageDialog *
find_progress (void)
{
  return find_message_dialog ("Memulihkan Cadangan…");
}

static gboolean
restore_answered (gpointer data)
{
  GtkWindow *dialog = kn_window_get_backup_dialog (data);

  return find_progress () == NULL &&
         (kn_window_get_last_message (data) != NULL ||
          (dialog != NULL && g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                                        "Pulihkan Cadangan Ini?") != 0));
}

static void
test_restore (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (fixture->dir, "salinan.db", NULL);
  g_autofree char *folder = kn_store_backup_folder (fixture->path);
  GtkWindow *dialog;
  const char *body;
  guint before;

  g_assert_true (kn_test_spin_until (window_settled, fixture->window));
  before = back_up_then_add (fixture->store, backup);
  g_assert_cmpuint (n_employees (fixture->store), ==, before + 1);

  /* It asks first, saying what is replaced and where the copy is kept. */
  kn_window_ask_restore (fixture->window, backup);
  kn_test_spin ();
  dialog = kn_window_get_backup_dialog (fixture->window);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  STOP_IF_FAILED ();
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Pulihkan Cadangan Ini?");
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, fixture->path));
  g_assert_nonnull (strstr (body, backup));
  g_assert_nonnull (strstr (body, folder));
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)), ==, "cancel");

  /* Cancelled: nothing changes. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  kn_test_spin ();
  g_assert_cmpuint (n_employees (fixture->store), ==, before + 1);

  kn_window_ask_restore (fixture->window, backup);
  kn_test_spin ();
  dialog = kn_window_get_backup_dialog (fixture->window);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");

  /* Done in a thread: meanwhile a modal dialog over the window says so, with nothing to
   * press, and neither the window's close nor Escape takes it away. */
  g_assert_nonnull (find_progress ());
  STOP_IF_FAILED ();
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (find_progress ())));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (find_progress ())) ==
                 GTK_WINDOW (fixture->window));
  g_assert_false (adw_message_dialog_has_response (find_progress (), "close"));
  gtk_window_close (GTK_WINDOW (find_progress ()));
  g_assert_nonnull (find_progress ());
  g_assert_true (kn_store_is_restoring (fixture->store));
  g_assert_true (kn_test_spin_until (restore_answered, fixture->window));
  g_assert_false (kn_store_is_restoring (fixture->store));

  /* The window shows the backup's data, and a toast says where the old data went. */
  g_assert_cmpuint (n_employees (fixture->store), ==, before);
  g_assert_null (kn_store_find_employee_by_nip (fixture->store, "199203152019032001"));
  g_assert_nonnull (kn_window_get_last_message (fixture->window));
  g_assert_nonnull (strstr (kn_window_get_last_message (fixture->window), "sebelum-pulih.db"));
  g_assert_nonnull (strstr (kn_window_get_last_message (fixture->window), folder));
}

static gboolean
has_said_something (gpointer data)
{
  return kn_window_get_last_message (data) != NULL;
}

/* Restoring while one of the window's own readings still has the file open: it waits for the
 * reading rather than saying another program has the file (the launch's readings, a page's). */
static void
test_restore_waits_for_readings (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (fixture->dir, "salinan.db", NULL);
  GCancellable *reading = NULL;
  GtkWindow *dialog;
  guint before;

  before = back_up_then_add (fixture->store, backup);
  hold_file (fixture->store, &reading);

  kn_window_ask_restore (fixture->window, backup);
  kn_test_spin ();
  dialog = kn_window_get_backup_dialog (fixture->window);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  STOP_IF_FAILED ();
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");

  /* While the reading holds the file: neither restored nor refused, and the person is told
   * the restore is under way. */
  spin_for_ms (300);
  g_assert_nonnull (find_progress ());
  g_assert_cmpuint (n_employees (fixture->store), ==, before + 1);
  g_assert_null (kn_window_get_last_message (fixture->window));
  /* (The question is still the window's last dialog: no failure was shown after it.) */
  g_assert_cmpstr (adw_message_dialog_get_heading (
                     ADW_MESSAGE_DIALOG (kn_window_get_backup_dialog (fixture->window))), ==,
                   "Pulihkan Cadangan Ini?");

  /* Once it is over, the backup is back. */
  let_file_go (&reading);
  g_assert_true (kn_test_spin_until (has_said_something, fixture->window));
  g_assert_nonnull (strstr (kn_window_get_last_message (fixture->window), "sebelum-pulih.db"));
  g_assert_cmpuint (n_employees (fixture->store), ==, before);
  g_assert_null (kn_store_find_employee_by_nip (fixture->store, "199203152019032001"));
}

static gboolean
backup_is_back (gpointer data)
{
  return kn_store_find_employee_by_nip (data, "199203152019032001") == NULL;
}

/* The window closed while its restore waits for a reading: the restore still happens, and
 * nothing is said to the window that is gone. */
static void
test_restore_after_window_closed (void)
{
  KnTestWindow test = { 0 };
  g_autofree char *backup = NULL;
  GCancellable *reading = NULL;
  GtkWindow *dialog;
  guint before;

  kn_test_window_open (&test, "kinerja-ui-backup-XXXXXX", "id.go.lampungprov.Kinerja.TestBackup",
                       TRUE);
  backup = g_build_filename (test.dir, "salinan.db", NULL);
  before = back_up_then_add (test.store, backup);
  hold_file (test.store, &reading);

  kn_window_ask_restore (test.window, backup);
  kn_test_spin ();
  dialog = kn_window_get_backup_dialog (test.window);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  STOP_IF_FAILED ();
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  kn_test_ui_close_all (GTK_WINDOW (test.window));
  test.window = NULL;

  let_file_go (&reading);
  g_assert_true (kn_test_spin_until (backup_is_back, test.store));
  kn_test_spin ();
  g_assert_cmpuint (n_employees (test.store), ==, before);

  g_clear_object (&test.app);
  kn_test_store_clear (&test.store, &test.dir, &test.path);
}

static void
test_restore_refused_while_open (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (fixture->dir, "salinan.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) other = NULL;
  GtkWindow *dialog;
  guint before;

  g_assert_true (kn_test_spin_until (window_settled, fixture->window));
  g_assert_true (kn_store_backup (fixture->store, backup, &error));
  g_assert_no_error (error);
  before = n_employees (fixture->store);

  /* Another Kinerja has the file open. */
  other = kn_store_open_with_mode (fixture->path, KN_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  kn_window_ask_restore (fixture->window, backup);
  kn_test_spin ();
  dialog = kn_window_get_backup_dialog (fixture->window);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  g_assert_true (kn_test_spin_until (restore_answered, fixture->window));

  dialog = kn_window_get_backup_dialog (fixture->window);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  STOP_IF_FAILED ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "sedang dibuka di jendela atau program Kinerja lain"));
  g_assert_cmpuint (n_employees (fixture->store), ==, before);
  /* The window's store still works. */
  kn_test_add_unit (fixture->store, "Unit Sesudahnya", 0);
}

/* The application's own dialogs (no window made beforehand). */

static gboolean
has_message_dialog (gpointer data)
{
  return kn_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* Damages the database at @path (an index page) and opens it again, as the window finds it. */
static KnStore *
damage_and_reopen (const char *path)
{
  g_autoptr(GError) error = NULL;
  KnStore *store;

  kn_test_damage_index (path);
  store = kn_store_open_with_mode (path, KN_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  return store;
}

/* The application @app_id on @store, activated as `kinerja --database` is: its window. */
static GtkWindow *
launch (const char     *app_id,
        KnStore        *store,
        KnApplication **app)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  *app = kn_application_new (app_id, G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (*app), NULL, &error);
  g_assert_no_error (error);
  kn_application_set_store (*app, store);
  g_application_activate (G_APPLICATION (*app));
  window = kn_test_find_toplevel (KN_TYPE_WINDOW);
  g_assert_nonnull (window);
  return window;
}

static gboolean
has_restored_dialog (gpointer data)
{
  return find_message_dialog ("Basis data dipulihkan") != NULL ||
         find_message_dialog ("Basis data tidak dapat dipulihkan") != NULL;
}

/* A damaged database: the window says so, names the last good backup and restores it on
 * "Pulihkan dari cadangan" (issue 12, defect 7). */
static void
test_damage_offers_restore (void)
{
  g_autofree char *dir = kn_test_make_folder ("kinerja-ui-damage-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *folder = kn_store_backup_folder (path);
  g_autofree char *backup = g_build_filename (folder, "demo-2026-01-02-030405.db", NULL);
  g_autoptr(KnApplication) app = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GCancellable *reading = NULL;
  AdwMessageDialog *dialog;
  GtkWindow *window;
  guint before;

  store = kn_demo_create (path, &error);
  g_assert_no_error (error);
  before = n_employees (store);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (kn_store_backup (store, backup, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  store = damage_and_reopen (path);
  window = launch ("id.go.lampungprov.Kinerja.TestDamage", store, &app);

  g_assert_true (kn_test_spin_until (has_message_dialog, NULL));
  dialog = ADW_MESSAGE_DIALOG (kn_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Basis data rusak");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), backup));
  /* In the person's words, not the engine's (its English about pages goes to the log). */
  {
    g_autofree char *said = g_strdup_printf ("Basis data “%s” rusak. Jangan membuat perubahan", path);

    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), said));
    g_assert_null (strstr (adw_message_dialog_get_body (dialog), "Page"));
  }
  g_assert_true (adw_message_dialog_has_response (dialog, "restore"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "restore"), ==,
                   "_Pulihkan dari cadangan");

  /* One of the window's readings still has the file open when the person answers: the restore
   * waits for it rather than saying another program holds the file. */
  hold_file (store, &reading);
  adw_message_dialog_response (dialog, "restore");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin_for_ms (300);
  g_assert_null (find_message_dialog ("Basis data dipulihkan"));
  g_assert_null (find_message_dialog ("Basis data tidak dapat dipulihkan"));
  g_assert_nonnull (find_progress ());
  let_file_go (&reading);
  g_assert_true (kn_test_spin_until (has_restored_dialog, NULL));
  g_assert_true (kn_store_check_integrity (store, KN_STORE_CHECK_QUICK, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_employees (store), ==, before);
  dialog = find_message_dialog ("Basis data dipulihkan");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "rusak-sebelum-pulih.db"));

  kn_test_ui_close (window, GTK_WINDOW (dialog));
  g_clear_object (&app);
  kn_test_store_clear (&store, &dir, NULL);
}

static void
count_message (const char     *domain,
               GLogLevelFlags  level,
               const char     *message,
               gpointer        data)
{
  if (strstr (message, "daily backup") != NULL)
    (*(guint *) data)++;
}

/* A damaged database is not copied as the day's backup: the backup waits for a clean check
 * (before, it was tried 3 s after the launch and failed on the damage). */
static void
test_no_daily_backup_of_damage (void)
{
  g_autofree char *dir = kn_test_make_folder ("kinerja-ui-damage-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "kantor.db", NULL);
  g_autofree char *folder = kn_store_backup_folder (path);
  g_autoptr(KnApplication) app = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  guint tried = 0;
  guint handler;
  GtkWindow *window;

  store = kn_demo_create (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  store = damage_and_reopen (path);

  handler = g_log_set_handler ("kn-application", G_LOG_LEVEL_MESSAGE, count_message, &tried);
  window = launch ("id.go.lampungprov.Kinerja.TestDamageDaily", store, &app);

  /* The damage is found, and well past the day's backup's wait nothing was tried. */
  g_assert_true (kn_test_spin_until (has_message_dialog, NULL));
  spin_for_ms (4500);
  g_log_remove_handler ("kn-application", handler);
  g_assert_cmpuint (tried, ==, 0);
  if (g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      listing = kn_test_folder_listing (folder);
      g_assert_null (strstr (listing, "harian"));
    }

  kn_test_ui_close_all (window);
  g_clear_object (&app);
  kn_test_store_clear (&store, &dir, NULL);
}

/* The day's automatic backup in the folder beside @path, or FALSE. */
static gboolean
has_daily_backup (gpointer data)
{
  const char *path = data;
  g_autofree char *folder = kn_store_backup_folder (path);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, "-harian.db") && name[0] != '.')
      return TRUE;
  return FALSE;
}

/* The day's first backup is made once the window has built every place, not beside its launch
 * (issue 13: on two cores, copying and checking the whole file made the launch's frames late). */
static void
test_daily_backup_after_launch (void)
{
  g_autofree char *dir = kn_test_make_folder ("kinerja-ui-daily-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "kantor.db", NULL);
  g_autoptr(KnApplication) app = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = kn_store_backup_folder (path);
  KnWindow *window;
  guint turns = 0;

  store = kn_demo_create (path, &error);
  g_assert_no_error (error);
  g_assert_false (has_daily_backup (path));

  window = KN_WINDOW (launch ("id.go.lampungprov.Kinerja.TestDaily", store, &app));

  /* No backup while the places are being built, nor right after. */
  while (!kn_window_is_launched (window) && turns++ < 2000)
    {
      g_assert_false (has_daily_backup (path));
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_true (kn_window_is_launched (window));
  kn_test_spin ();
  g_assert_false (has_daily_backup (path));

  /* Then it comes, readable by its owner only. */
  g_assert_true (kn_test_spin_until (has_daily_backup, path));
  {
    g_autoptr(GDir) folder_dir = g_dir_open (folder, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (folder_dir)) != NULL)
      {
        g_autofree char *backup = g_build_filename (folder, name, NULL);
        GStatBuf st;

        g_assert_cmpint (g_stat (backup, &st), ==, 0);
        g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      }
  }

  kn_test_ui_close (GTK_WINDOW (window), NULL);
  g_clear_object (&app);
  kn_test_store_clear (&store, &dir, NULL);
}

/* A --database that names nothing: the window asks first; Batal creates nothing and leaves no
 * window, Buat creates it and opens it (issue 12, defect 6). */
static void
test_ask_before_create (void)
{
  g_autofree char *dir = kn_test_make_folder ("kinerja-ui-create-XXXXXX");
  g_autofree char *folder = g_build_filename (dir, "salah-ketik", NULL);
  g_autofree char *path = g_build_filename (folder, "kinerja.db", NULL);
  g_autofree char *heading = g_strdup_printf ("Buat basis data baru di “%s”?", path);
  g_autoptr(KnApplication) app = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWindow *window;

  app = kn_application_new ("id.go.lampungprov.Kinerja.TestCreate", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  kn_application_set_database (app, path);

  g_application_activate (G_APPLICATION (app));
  kn_test_spin ();
  dialog = ADW_MESSAGE_DIALOG (kn_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  STOP_IF_FAILED ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  /* With a parent, as AdwMessageDialog wants (it logged "mapped without a transient parent"),
   * though no other window is shown. */
  g_assert_nonnull (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (dialog)))));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "create"), ==, "_Buat");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "cancel"), ==, "_Batal");
  g_assert_null (kn_test_find_toplevel (KN_TYPE_WINDOW));

  /* Batal: nothing is created, no window stays. */
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_close (GTK_WINDOW (dialog));
  kn_test_spin ();
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_assert_null (kn_application_get_store (app));
  g_assert_null (kn_test_find_toplevel (KN_TYPE_WINDOW));
  g_assert_null (kn_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  /* Buat: the database is made and shown. */
  g_application_activate (G_APPLICATION (app));
  kn_test_spin ();
  dialog = ADW_MESSAGE_DIALOG (kn_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  STOP_IF_FAILED ();
  adw_message_dialog_response (dialog, "create");
  kn_test_spin ();
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (kn_application_get_store (app));
  window = kn_test_find_toplevel (KN_TYPE_WINDOW);
  g_assert_nonnull (window);

  store = g_object_ref (kn_application_get_store (app));
  kn_test_ui_close (window, NULL);
  g_clear_object (&app);
  kn_test_store_clear (&store, &dir, NULL);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/backup/menu", test_menu);
  ADD ("/ui/backup/backup", test_backup);
  ADD ("/ui/backup/restore", test_restore);
  ADD ("/ui/backup/restore-waits-for-readings", test_restore_waits_for_readings);
  ADD ("/ui/backup/restore-refused-while-open", test_restore_refused_while_open);
#undef ADD

  g_test_add_func ("/ui/backup/restore-after-window-closed", test_restore_after_window_closed);
  g_test_add_func ("/ui/backup/damage-offers-restore", test_damage_offers_restore);
  g_test_add_func ("/ui/backup/no-daily-backup-of-damage", test_no_daily_backup_of_damage);
  g_test_add_func ("/ui/backup/ask-before-create", test_ask_before_create);
  g_test_add_func ("/ui/backup/daily-after-launch", test_daily_backup_after_launch);

  return g_test_run ();
}
