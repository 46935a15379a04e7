/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli's one reading of --paper (kn_cli_parse_paper): every command that writes a document
 * refuses a paper other than A4 or F4 in the same words, naming --paper, with exit 2 and nothing
 * opened; A4 and F4 are taken in any case. */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "kn-test-util.h"

#define REFUSED "kinerja-cli: --paper: give A4 or F4.\n"

/* The commands that take --paper, each with what it needs before it reads the paper. */
static const char *const *const commands[] = {
  (const char *const[]) { "export", "--document", "skp", "--nip", "198501012010011001",
                          "--period", "2026-TW1", "-o", "skp.pdf", NULL },
  (const char *const[]) { "kompetensi", "--unit", "Dinas", NULL },
  (const char *const[]) { "skm", "laporan", "-o", "laporan-skm.pdf", NULL },
};

static int
run_with_paper (const char *const *command,
                const char        *paper,
                char             **err)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autofree char *missing = g_build_filename (g_get_tmp_dir (), "kinerja-no-such-db",
                                               "kinerja.db", NULL);

  for (guint i = 0; command[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) command[i]);
  g_ptr_array_add (args, (gpointer) "--paper");
  g_ptr_array_add (args, (gpointer) paper);
  g_ptr_array_add (args, (gpointer) "--database");
  g_ptr_array_add (args, missing);
  g_ptr_array_add (args, NULL);
  return kn_test_run_cliv (NULL, err, (const char *const *) args->pdata);
}

static void
test_refused (void)
{
  const char *papers[] = { "b5", "A5", "", "a4 " };

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
      {
        g_autofree char *err = NULL;

        g_test_message ("%s --paper “%s”", commands[c][0], papers[p]);
        g_assert_cmpint (run_with_paper (commands[c], papers[p], &err), ==, 2);
        g_assert_cmpstr (err, ==, REFUSED);
      }
}

/* Taken: the command goes on to the database, which is missing (exit 3). */
static void
test_taken (void)
{
  const char *papers[] = { "a4", "A4", "f4", "F4" };

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
      {
        g_autofree char *err = NULL;

        g_test_message ("%s --paper %s", commands[c][0], papers[p]);
        g_assert_cmpint (run_with_paper (commands[c], papers[p], &err), ==, 3);
        g_assert_null (strstr (err, "--paper"));
      }
}

int
main (int   argc,
      char *argv[])
{
  kn_test_init (&argc, &argv);

  g_test_add_func ("/cli/paper/refused", test_refused);
  g_test_add_func ("/cli/paper/taken", test_taken);

  return g_test_run ();
}
