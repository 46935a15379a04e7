/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli given a NIP nobody has: every subcommand that looks an employee up says so in the
 * user's language, naming the argument that gave it, exits non-zero and writes nothing. */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib.h>

#include "kinerja/kinerja.h"

#include "kn-test-util.h"

#define UNKNOWN_NIP "199001012020011001"

typedef KnTestFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = kn_test_store_new ("kinerja-cli-unknown-nip-XXXXXX", &fixture->folder,
                                      &fixture->path);
  kn_test_add_unit (fixture->store, "Dinas Pendidikan dan Kebudayaan", 0);
}

/* Runs kinerja-cli in Indonesian with @args; its standard error in @err, its exit status
 * returned. */
static int
run_in_indonesian (const char *const *args,
                   char             **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status = -1;

  env = g_environ_setenv (env, "LC_ALL", "id_ID.UTF-8", TRUE);
  env = g_environ_setenv (env, "LANG", "id_ID.UTF-8", TRUE);
  env = g_environ_setenv (env, "LANGUAGE", "id", TRUE);
  g_ptr_array_add (argv, (char *) g_getenv ("KINERJA_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_nonnull (argv->pdata[0]);

  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL,
                err, &status, &error);
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_unknown_nip (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->folder, "out.pdf", NULL);
  const struct
  {
    const char *args[14];
    const char *said;   /* the argument named, then the message */
  } cases[] = {
    { { "export", "-d", fixture->path, "--document", "skp", "--nip", UNKNOWN_NIP, "--period",
        "2026", "-o", out, NULL },
      "--nip: Tidak ada pegawai dengan NIP " UNKNOWN_NIP "." },
    { { "skp", UNKNOWN_NIP, "--year", "2026", "-d", fixture->path, NULL },
      "NIP: Tidak ada pegawai dengan NIP " UNKNOWN_NIP "." },
    { { "skp-template", "save", "Guru", "--from", UNKNOWN_NIP, "--year", "2026", "-d",
        fixture->path, NULL },
      "--from: Tidak ada pegawai dengan NIP " UNKNOWN_NIP "." },
  };

  if (kn_test_skip_on_server ("the files are looked for in the folder"))
    return;
  if (!g_file_test (g_getenv ("KINERJA_LOCALEDIR"), G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("the translations are not built");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *err = NULL;

      g_test_message ("kinerja-cli %s", cases[i].args[0]);
      g_assert_cmpint (run_in_indonesian (cases[i].args, &err), ==, 1);
      g_assert_nonnull (strstr (err, cases[i].said));
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }

  /* No template was saved from nobody. */
  {
    g_auto(KnTestCliRun) cli = { NULL };

    g_assert_cmpint (kn_test_cli (&cli, "skp-template", "list", "-d", fixture->path, NULL), ==, 0);
    g_assert_null (strstr (cli.out, "Guru"));
  }
}

int
main (int   argc,
      char *argv[])
{
  kn_test_init (&argc, &argv);

  g_test_add ("/cli/unknown-nip", Fixture, NULL, fixture_set_up, test_unknown_nip,
              kn_test_fixture_tear_down);

  return g_test_run ();
}
