/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Other desks' changes reach an open window by themselves: a person renamed through another
 * connection (kinerja-cli beside the window on the same file, a colleague on the server) shows
 * in Pegawai while the window is left alone — no focus change, no click. The server test runs
 * against the private PostgreSQL server of ./kinerja-dev test ($KINERJA_TEST_PG); it skips
 * without one. */

#include "config.h"

#include "kn-employees-page.h"

#include "kn-test-ui.h"

#define TEST_APP_ID "id.go.lampungprov.Kinerja.TestWindowLive"

/* How long a change may take to show before the test says it never did: far beyond the two
 * seconds of a file and the moment of a server, for a loaded machine. */
#define PATIENCE_S 20

typedef struct
{
  char          *dir;
  char          *location;
  KnStore       *store;
  KnApplication *app;
  KnWindow      *window;
  gint64         person;
} Fixture;

static gboolean
pegawai_shows (KnWindow   *window,
               const char *name)
{
  GListModel *visible = kn_employees_page_get_visible (kn_window_get_employees_page (window));

  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (visible, i);

      if (g_strcmp0 (kn_employee_get_name (employee), name) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
open_window_at (Fixture    *fixture,
                const char *location)
{
  gint64 unit;

  fixture->location = g_strdup (location);
  fixture->store = kn_test_store_open (location, KN_STORE_OPEN_CREATE);
  unit = kn_test_add_unit (fixture->store, "Bidang Pembinaan SMA", 0);
  fixture->person = kn_test_add_person (fixture->store, "198703122010012004", "Siti Aminah",
                                        NULL, "Analis Kurikulum", KN_POSITION_AHLI_MUDA, unit, 0);
  fixture->window = kn_test_ui_open_window (TEST_APP_ID, fixture->store, &fixture->app);
  kn_test_spin ();
  g_assert_cmpstr (kn_window_get_place (fixture->window), ==, "pegawai");
  g_assert_true (pegawai_shows (fixture->window, "Siti Aminah"));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    kn_test_ui_close_all (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->app);
  kn_test_store_clear (&fixture->store, &fixture->dir, NULL);
  g_free (fixture->location);
}

/* Renames the person as another program would: through a store of its own, its own
 * connection, which is closed again. */
static void
rename_elsewhere (Fixture    *fixture,
                  const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) other = kn_test_store_open (fixture->location, KN_STORE_OPEN_EXISTING);
  g_autoptr(KnEmployee) employee =
    kn_employee_copy (kn_store_lookup_employee (other, fixture->person));

  kn_employee_set_name (employee, name);
  g_assert_true (kn_store_update_employee (other, employee, &error));
  g_assert_no_error (error);
}

/* Runs the main loop, and nothing else (no focus, no activation), until Pegawai shows @name or
 * PATIENCE_S seconds passed; FALSE with the test failed then. */
static gboolean
wait_until_shown (Fixture    *fixture,
                  const char *name)
{
  gboolean late = FALSE;
  guint guard = g_timeout_add_seconds (PATIENCE_S, kn_test_give_up, &late);

  while (!pegawai_shows (fixture->window, name) && !late)
    g_main_context_iteration (NULL, TRUE);
  if (!late)
    g_source_remove (guard);

  if (pegawai_shows (fixture->window, name))
    return TRUE;
  g_test_fail_printf ("Pegawai did not show “%s”, saved at another desk, within %d s of the "
                      "window being left open", name, PATIENCE_S);
  return FALSE;
}

static void
check_change_shows (Fixture *fixture)
{
  rename_elsewhere (fixture, "Siti Aminah Lubis");
  if (!wait_until_shown (fixture, "Siti Aminah Lubis"))
    return;
  g_assert_false (pegawai_shows (fixture->window, "Siti Aminah"));

  /* And again: the watch goes on after the first change. */
  rename_elsewhere (fixture, "Siti Aminah Lubis, S.Pd.");
  wait_until_shown (fixture, "Siti Aminah Lubis, S.Pd.");
}

/* The file of one office: kinerja-cli writes beside the open window. */
static void
test_file (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *path = NULL;

  fixture->dir = kn_test_make_folder ("kinerja-ui-live-XXXXXX");
  path = g_build_filename (fixture->dir, "kinerja.db", NULL);
  open_window_at (fixture, path);
  check_change_shows (fixture);
}

/* A colleague at another desk saves on the shared server. */
static void
test_server (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *uri = NULL;

  if (g_getenv ("KINERJA_TEST_PG") == NULL)
    {
      g_test_skip ("no PostgreSQL server: $KINERJA_TEST_PG is unset "
                   "(./kinerja-dev test starts one)");
      return;
    }
  uri = kn_test_server_uri ();
  open_window_at (fixture, uri);
  check_change_shows (fixture);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, NULL, func, fixture_tear_down)
  ADD ("/ui/window-live/file", test_file);
  ADD ("/ui/window-live/server", test_server);
#undef ADD
  return g_test_run ();
}
