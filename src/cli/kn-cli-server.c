/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli server init URI | migrate --from FILE --to URI */

#define G_LOG_DOMAIN "kinerja-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kn-cli-private.h"

static int
server_init (const char *uri)
{
  g_autoptr(GError) error = NULL;

  if (!kn_store_server_init (uri, &error))
    {
      kn_cli_print_error (error->message);
      return 1;
    }
  /* TRANSLATORS: %s is the server's address (postgresql://…) */
  g_print (_("The database at %s is ready.\n"), uri);
  return 0;
}

static int
server_migrate (const char *from,
                const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) counts = NULL;
  gint64 total = 0;

  counts = kn_store_migrate_to_server (from, to, &error);
  if (counts == NULL)
    {
      kn_cli_print_error (error->message);
      return 1;
    }

  for (guint i = 0; i < counts->len; i++)
    {
      KnStoreTableCount *count = g_ptr_array_index (counts, i);

      g_print ("%-26s %8" G_GINT64_FORMAT "\n", count->table, count->n_rows);
      total += count->n_rows;
    }
  {
    g_autofree char *rows = g_strdup_printf ("%" G_GINT64_FORMAT, total);

    /* TRANSLATORS: "Moved 1234 rows from kantor.db to postgresql://…; every table's count matches." */
    g_print (_("Moved %s rows from %s to %s; every table's count matches.\n"), rows, from, to);
  }
  return 0;
}

int
kn_cli_server (int    argc,
               char **argv)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_FILENAME, &from,
      N_("migrate: the office's database file"), N_("FILE") },
    { "to", 0, 0, G_OPTION_ARG_FILENAME, &to,
      N_("migrate: the server's empty database (postgresql://…)"), N_("URI") },
    { NULL }
  };

  if (!kn_cli_parse_options (entries, "init URI | migrate --from FILE --to URI",
                             _("Sets up a database on a PostgreSQL server, or moves an office's database file into one."),
                             &argc, &argv))
    return 2;

  if (argc == 3 && g_str_equal (argv[1], "init") && from == NULL && to == NULL)
    return server_init (argv[2]);
  if (argc == 2 && g_str_equal (argv[1], "migrate") && from != NULL && to != NULL)
    return server_migrate (from, to);

  kn_cli_print_error (_("Use: kinerja-cli server init postgresql://USER@HOST/DATABASE, or kinerja-cli server migrate --from kantor.db --to postgresql://USER@HOST/DATABASE"));
  return 2;
}
