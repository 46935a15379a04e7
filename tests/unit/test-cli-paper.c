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

/* Refused with exit 2 and the one message, or taken: the command goes on to the database, which
 * is missing (exit 3). */
static const struct
{
  const char *paper;
  int         exit_code;
} cases[] = {
  { "b5", 2 }, { "A5", 2 }, { "", 2 }, { "a4 ", 2 },
  { "a4", 3 }, { "A4", 3 }, { "f4", 3 }, { "F4", 3 },
};

static void
test_one_reading (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autofree char *err = NULL;

        g_test_message ("%s --paper “%s”", commands[c][0], cases[i].paper);
        g_assert_cmpint (run_with_paper (commands[c], cases[i].paper, &err), ==,
                         cases[i].exit_code);
        if (cases[i].exit_code == 2)
          g_assert_cmpstr (err, ==, REFUSED);
        else
          g_assert_null (strstr (err, "--paper"));
      }
}

int
main (int   argc,
      char *argv[])
{
  kn_test_init (&argc, &argv);

  g_test_add_func ("/cli/paper/one-reading", test_one_reading);

  return g_test_run ();
}
