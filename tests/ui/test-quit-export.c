/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Quitting Kinerja while Laporan writes a unit's documents to a folder: the document being
 * written goes with its temporary file, and every document left in the folder is whole (issue 12,
 * defect 3). Kinerja runs as it does for a person, g_application_run with --database, in a child
 * process that ends when the application returns, as kinerja's main() does. */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include <adwaita.h>

#include "kn-demo.h"
#include "kn-reports-page.h"

#include "kn-test-ui.h"

/* The test's folder, made before GTK starts its threads (setenv is not thread-safe), so that
 * the child process inherits it: the database is kinerja.db in it, the documents go to
 * evaluasi/. */
#define ENV_DIR "KN_TEST_QUIT_DIR"
#define UNIT "Dinas Pendidikan dan Kebudayaan"
#define PERIOD "2026-TW1"

typedef struct
{
  GApplication *app;
  const char   *folder;
  gint64        deadline;
  gboolean      started;
  gboolean      quit_while_writing;
} Child;

/* A temporary file of the output in @folder: hidden, named by kn_output_file_new(). */
static gboolean
has_temporary_file (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (name[0] == '.')
      return TRUE;
  return FALSE;
}

/* Every few milliseconds until the batch has a document half-written: then the app's quit
 * action, as Ctrl+Q gives it. */
static gboolean
quit_while_writing_cb (gpointer data)
{
  Child *child = data;
  GtkWindow *window = kn_test_find_toplevel (KN_TYPE_WINDOW);
  KnReportsPage *page = window != NULL ? kn_window_get_reports_page (KN_WINDOW (window)) : NULL;

  if (page != NULL && kn_reports_page_get_busy (page) && has_temporary_file (child->folder))
    child->quit_while_writing = TRUE;
  else if (g_get_monotonic_time () < child->deadline)
    return G_SOURCE_CONTINUE;

  g_action_group_activate_action (G_ACTION_GROUP (child->app), "quit", NULL);
  return G_SOURCE_REMOVE;
}

/* Once the window is there: Laporan, the unit's Evaluasi, one file per person into the folder. */
static gboolean
start_export_cb (gpointer data)
{
  Child *child = data;
  GtkWindow *window = kn_test_find_toplevel (KN_TYPE_WINDOW);
  KnReportsPage *page;
  KnStore *store;
  KnOrgUnit *unit;

  if (window == NULL)
    {
      if (g_get_monotonic_time () < child->deadline)
        return G_SOURCE_CONTINUE;
      g_application_quit (child->app);
      return G_SOURCE_REMOVE;
    }

  store = kn_window_get_store (KN_WINDOW (window));
  unit = kn_store_find_unit (store, UNIT);
  g_assert_nonnull (unit);
  kn_window_show_place (KN_WINDOW (window), "laporan");
  page = kn_window_get_reports_page (KN_WINDOW (window));
  g_assert_true (kn_reports_page_select (page, KN_DOCUMENT_EVALUASI, kn_org_unit_get_id (unit), 0,
                                         PERIOD, KN_PAPER_A4));
  kn_reports_page_set_split (page, TRUE);
  kn_reports_page_save_to (page, child->folder, FALSE);
  child->started = kn_reports_page_get_busy (page);

  g_timeout_add (2, quit_while_writing_cb, child);
  return G_SOURCE_REMOVE;
}

static void
on_activate_cb (GApplication *app,
                Child        *child)
{
  g_idle_add (start_export_cb, child);
}

/* The child: Kinerja on the database, quit while it writes. It ends when this returns, with the
 * batch's worker still running, as kinerja does when g_application_run returns. */
static void
quit_during_export_child (void)
{
  g_autofree char *database = g_build_filename (g_getenv (ENV_DIR), "kinerja.db", NULL);
  g_autofree char *folder = g_build_filename (g_getenv (ENV_DIR), "evaluasi", NULL);
  char *argv[] = { (char *)"kinerja", (char *)"--database", database, NULL };
  g_autoptr(KnApplication) app = NULL;
  Child child = { 0 };
  int status;

  app = kn_application_new ("id.go.lampungprov.Kinerja.TestQuitExport", G_APPLICATION_NON_UNIQUE);
  child.app = G_APPLICATION (app);
  child.folder = folder;
  child.deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), &child);

  status = g_application_run (G_APPLICATION (app), G_N_ELEMENTS (argv) - 1, argv);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (child.started);
  g_assert_true (child.quit_while_writing);
}

/* Quit (app.quit) while Laporan writes a unit's Evaluasi to a folder: afterwards the folder holds
 * no temporary file (kn_output_file_remove_pending at shutdown) and only whole documents, fewer
 * than the unit's people (the batch was stopped, not finished). */
static void
test_quit_during_export (void)
{
  const char *dir = g_getenv (ENV_DIR);
  g_autofree char *database = g_build_filename (dir, "kinerja.db", NULL);
  g_autofree char *folder = g_build_filename (dir, "evaluasi", NULL);
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  KnOrgUnit *unit;
  guint members;
  guint written = 0;
  const char *name;

  store = kn_demo_create (database, &error);
  ASSERT_NO_ERROR (error);
  unit = kn_store_find_unit (store, UNIT);
  g_assert_nonnull (unit);
  {
    g_autoptr(GPtrArray) people = kn_test_unit_members (store, kn_org_unit_get_id (unit));

    members = people->len;
  }
  g_assert_cmpuint (members, >, 3);
  g_clear_object (&store);

  g_test_trap_subprocess ("/ui/quit-export/during-export/subprocess", 0,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  STOP_IF_FAILED ();

  listing = g_dir_open (folder, 0, &error);
  ASSERT_NO_ERROR (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (name[0] == '.')
        g_test_fail_printf ("the temporary file “%s” was left after quitting", name);
      else if (!kn_test_is_complete_pdf (path))
        g_test_fail_printf ("“%s” is not a whole PDF", name);
      written++;
    }
  g_assert_cmpuint (written, <, members);

  kn_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  /* (In the child, the parent's folder.) */
  if (g_getenv (ENV_DIR) == NULL)
    {
      g_autofree char *dir = kn_test_make_folder ("kinerja-ui-quit-XXXXXX");

      g_setenv (ENV_DIR, dir, TRUE);
    }
  kn_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/quit-export/during-export", test_quit_during_export);
  g_test_add_func ("/ui/quit-export/during-export/subprocess", quit_during_export_child);

  return g_test_run ();
}
