/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli backup and kinerja-cli restore */

#define G_LOG_DOMAIN "kinerja-cli"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kn-cli-private.h"

/* The file of --database (or the user's); NULL, having printed @on_server, when it names a
 * server. */
static char *
database_file (const char *database,
               const char *on_server)
{
  g_autofree char *path = database != NULL ? g_strdup (database) : kn_store_default_path ();

  if (kn_store_location_is_server (path))
    {
      kn_cli_print_error (on_server);
      return NULL;
    }
  return g_steal_pointer (&path);
}

int
kn_cli_backup (int    argc,
               char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *output = NULL;
  g_autofree char *path = NULL;
  GOptionEntry entries[] = {
    kn_cli_database_option (&database),
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The backup file (default: a dated file in the folder “cadangan” beside the database)"),
      N_("FILE") },
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!kn_cli_parse_options (entries, NULL,
                             _("A checked copy of the whole database, to restore with “kinerja-cli restore”."),
                             &argc, &argv))
    return 2;
  if (argc > 1)
    {
      kn_cli_print_error (_("backup takes no arguments; name the file with -o FILE."));
      return 2;
    }

  path = database_file (database, _("A database on a server is backed up on the server, with "
                                    "pg_dump (README, “Server”); kinerja-cli backup copies a "
                                    "database file."));
  if (path == NULL)
    return 2;
  store = kn_store_open_with_mode (path, KN_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return kn_cli_fail (error);

  if (output == NULL)
    {
      g_autofree char *folder = kn_store_backup_folder (path);

      if (g_mkdir_with_parents (folder, 0700) != 0)
        {
          int saved = errno;

          kn_cli_print_errorf (_("The backup folder “%s” cannot be made: %s."),
                               folder, g_strerror (saved));
          return 1;
        }
      output = kn_store_backup_default_path (path);
    }

  /* The copy is checked in full (PRAGMA integrity_check) before it is kept. */
  if (!kn_store_backup (store, output, &error))
    return kn_cli_fail (error);

  g_print (_("Backup written to %s\n"), output);
  return 0;
}

int
kn_cli_restore (int    argc,
                char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *path = NULL;
  g_autofree char *kept = NULL;
  GOptionEntry entries[] = {
    kn_cli_database_option (&database),
    { NULL }
  };
  g_autoptr(GError) error = NULL;

  if (!kn_cli_parse_options (entries, _("FILE"),
                             _("Replaces the database by a backup; what it replaces is kept in the folder “cadangan”."),
                             &argc, &argv))
    return 2;
  if (argc != 2)
    {
      kn_cli_print_error (_("Name the one backup file to restore."));
      return 2;
    }

  path = database_file (database, _("A database on a server is restored on the server, with "
                                    "pg_restore (README, “Server”); kinerja-cli restore replaces "
                                    "a database file."));
  if (path == NULL)
    return 2;
  if (!kn_store_restore (path, argv[1], &kept, &error))
    return kn_cli_fail (error);

  g_print (_("%s restored from %s\n"), path, argv[1]);
  if (kept != NULL)
    g_print (_("What it replaced is kept in %s\n"), kept);
  return 0;
}
