/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli server init URI | migrate --from FILE --to URI | user add|list|remove */

#define G_LOG_DOMAIN "kinerja-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <termios.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "kn-cli-private.h"

static int
server_init (const char *uri)
{
  g_autoptr(GError) error = NULL;

  if (!kn_cli_check_location (uri))
    return KN_CLI_EXIT_USAGE;
  if (!kn_store_server_init (uri, &error))
    {
      kn_cli_print_error (error->message);
      /* A server that cannot be reached or used (no such host, refused, no right to create the
       * database) is a database that cannot be used; an address that is no server's is not. */
      return g_error_matches (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID) ? KN_CLI_EXIT_FAILED
                                                                             : KN_CLI_EXIT_DATABASE;
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

  if (!kn_cli_check_location (to))
    return KN_CLI_EXIT_USAGE;
  counts = kn_store_migrate_to_server (from, to, &error);
  if (counts == NULL)
    return kn_cli_fail (error);

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

/* One line of standard input without its line end; the terminal does not echo it. NULL at
 * the end of the input. */
static char *
read_secret_line (gboolean from_terminal)
{
  struct termios saved, quiet;
  gboolean restore = FALSE;
  char buffer[1024];
  char *line;

  if (from_terminal && tcgetattr (STDIN_FILENO, &saved) == 0)
    {
      quiet = saved;
      quiet.c_lflag &= ~(tcflag_t)ECHO;
      restore = tcsetattr (STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
  line = fgets (buffer, sizeof buffer, stdin);
  if (restore)
    {
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &saved);
      g_printerr ("\n");
    }
  if (line == NULL)
    return NULL;
  buffer[strcspn (buffer, "\r\n")] = '\0';
  line = g_strdup (buffer);
  explicit_bzero (buffer, sizeof buffer);
  return line;
}

/* The login's password: from standard input (--password-stdin), asked twice on the terminal,
 * or none (--no-password). Never from the command line. *@password NULL: none. */
static int
read_password (gboolean    from_stdin,
               gboolean    none,
               const char *login,
               char      **password)
{
  g_autofree char *again = NULL;

  *password = NULL;
  if (none)
    return KN_CLI_EXIT_OK;
  if (from_stdin)
    {
      *password = read_secret_line (FALSE);
      if (*password == NULL || **password == '\0')
        {
          g_clear_pointer (password, g_free);
          kn_cli_print_error (_("--password-stdin: standard input holds no password."));
          return KN_CLI_EXIT_USAGE;
        }
      return KN_CLI_EXIT_OK;
    }
  if (!isatty (STDIN_FILENO))
    {
      kn_cli_print_error (_("Say how the login gets its password: --password-stdin reads it from standard input, --no-password leaves it without one (peer or certificate authentication)."));
      return KN_CLI_EXIT_USAGE;
    }

  /* TRANSLATORS: %s is the login's name */
  g_printerr (_("Password for %s: "), login);
  *password = read_secret_line (TRUE);
  g_printerr (_("The same password again: "));
  again = read_secret_line (TRUE);
  if (*password == NULL || **password == '\0' || g_strcmp0 (*password, again) != 0)
    {
      gboolean empty = *password == NULL || **password == '\0';

      g_clear_pointer (password, g_free);
      kn_cli_print_error (empty ? _("No password was typed; nothing was changed (--no-password makes a login without one).")
                                : _("The two passwords differ; nothing was changed."));
      return KN_CLI_EXIT_USAGE;
    }
  return KN_CLI_EXIT_OK;
}

/* Opens the server's database of --database into @store; the exit code (KN_CLI_EXIT_USAGE
 * when --database names no server: logins exist only there). */
static int
open_server (const char  *database,
             KnStore    **store)
{
  if (database == NULL || !kn_store_location_is_server (database))
    {
      kn_cli_print_error (_("Give the server's database with --database postgresql://USER@HOST:PORT/DATABASE; logins exist only on a server."));
      return KN_CLI_EXIT_USAGE;
    }
  *store = kn_cli_open_store (database, KN_STORE_OPEN_EXISTING);
  if (*store == NULL)
    return KN_CLI_EXIT_DATABASE;
  return KN_CLI_EXIT_OK;
}

static int
user_add (const char *database,
          const char *nip,
          const char *role_text,
          const char *unit_text,
          const char *login,
          gboolean    password_stdin,
          gboolean    no_password)
{
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *password = NULL;
  g_autofree char *added = NULL;
  g_autofree char *digits = kn_nip_normalize (nip);
  KnServerRole role;
  gint64 unit_id = 0;
  int status;

  if (!kn_server_role_parse (role_text, &role))
    {
      kn_cli_print_option_error ("--role", _("Choose admin, operator, penilai, pegawai or tim."));
      return KN_CLI_EXIT_USAGE;
    }
  if (digits == NULL)
    {
      /* TRANSLATORS: %s is what was given as the NIP */
      kn_cli_print_errorf (_("“%s” is not a NIP: give its 18 digits."), nip);
      return KN_CLI_EXIT_USAGE;
    }
  if (unit_text != NULL && role != KN_SERVER_ROLE_OPERATOR)
    {
      kn_cli_print_option_error ("--unit", _("Only an operator looks after a unit."));
      return KN_CLI_EXIT_USAGE;
    }
  if (password_stdin && no_password)
    {
      kn_cli_print_error (_("Give either --password-stdin or --no-password, not both."));
      return KN_CLI_EXIT_USAGE;
    }
  status = open_server (database, &store);
  if (status != KN_CLI_EXIT_OK)
    return status;

  if (kn_cli_find_employee (store, _("NIP"), digits) == NULL)
    return KN_CLI_EXIT_FAILED;
  if (unit_text != NULL)
    {
      KnOrgUnit *unit = kn_store_resolve_unit (store, unit_text, &error);

      if (unit == NULL)
        return kn_cli_fail (error);
      unit_id = kn_org_unit_get_id (unit);
    }

  {
    g_autofree char *name = login != NULL ? g_strdup (login) : g_strconcat ("kn", digits, NULL);

    status = read_password (password_stdin, no_password, name, &password);
    if (status != KN_CLI_EXIT_OK)
      return status;
  }

  added = kn_store_server_add_user (store, digits, role, unit_id, login, password, &error);
  if (password != NULL)
    explicit_bzero (password, strlen (password));
  if (added == NULL)
    {
      kn_cli_print_error (error->message);
      return kn_cli_exit_for_error (error);
    }
  /* TRANSLATORS: "The login kn1985… may now work as penilai." */
  g_print (_("The login %s may now work as %s.\n"), added, role_text);
  return KN_CLI_EXIT_OK;
}

static int
user_list (const char *database)
{
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) logins = NULL;
  int status;

  status = open_server (database, &store);
  if (status != KN_CLI_EXIT_OK)
    return status;

  logins = kn_store_server_list_users (store, &error);
  if (logins == NULL)
    {
      kn_cli_print_error (error->message);
      return kn_cli_exit_for_error (error);
    }
  for (guint i = 0; i < logins->len; i++)
    {
      KnServerLogin *login = g_ptr_array_index (logins, i);
      KnOrgUnit *unit = login->unit_id != 0 ? kn_store_lookup_unit (store, login->unit_id) : NULL;

      g_print ("%s\t%s\t%s\t%s\t%s\n", login->login, login->nip, login->name,
               kn_server_role_to_string (login->role),
               unit != NULL ? kn_org_unit_get_name (unit) : "");
    }
  return KN_CLI_EXIT_OK;
}

static int
user_remove (const char *database,
             const char *login_or_nip)
{
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint removed;
  int status;

  status = open_server (database, &store);
  if (status != KN_CLI_EXIT_OK)
    return status;

  removed = kn_store_server_remove_user (store, login_or_nip, &error);
  if (removed == 0)
    {
      kn_cli_print_error (error->message);
      return kn_cli_exit_for_error (error);
    }
  /* TRANSLATORS: "Removed 1 login(s) of 1985…." */
  g_print (ngettext ("Removed %u login of %s.\n", "Removed %u logins of %s.\n", removed),
           removed, login_or_nip);
  return KN_CLI_EXIT_OK;
}

int
kn_cli_server (int    argc,
               char **argv)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *database = NULL;
  g_autofree char *role = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *login = NULL;
  gboolean password_stdin = FALSE;
  gboolean no_password = FALSE;
  gboolean user_options;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_FILENAME, &from,
      N_("migrate: the office's database file"), N_("FILE") },
    { "to", 0, 0, G_OPTION_ARG_FILENAME, &to,
      N_("migrate: the server's empty database (postgresql://…)"), N_("URI") },
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("user: the server's database (postgresql://…)"), N_("URI") },
    { "role", 0, 0, G_OPTION_ARG_STRING, &role,
      N_("user add: admin, operator, penilai, pegawai or tim"), N_("ROLE") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit,
      N_("user add: the operator's unit (default: the person's own)"), N_("UNIT") },
    { "login", 0, 0, G_OPTION_ARG_STRING, &login,
      N_("user add: the login's name (default: kn and the NIP)"), N_("NAME") },
    { "password-stdin", 0, 0, G_OPTION_ARG_NONE, &password_stdin,
      N_("user add: read the login's password from standard input"), NULL },
    { "no-password", 0, 0, G_OPTION_ARG_NONE, &no_password,
      N_("user add: no password (peer or certificate authentication)"), NULL },
    { NULL }
  };

  if (!kn_cli_parse_options (entries,
                             "init URI | migrate --from FILE --to URI | user add NIP --role ROLE -d URI | user list -d URI | user remove LOGIN|NIP -d URI",
                             _("Sets up a database on a PostgreSQL server, moves an office's database file into one, or gives people their logins on it."),
                             &argc, &argv))
    return KN_CLI_EXIT_USAGE;

  user_options = database != NULL || role != NULL || unit != NULL || login != NULL ||
                 password_stdin || no_password;
  if (argc == 3 && g_str_equal (argv[1], "init") && from == NULL && to == NULL && !user_options)
    return server_init (argv[2]);
  if (argc == 2 && g_str_equal (argv[1], "migrate") && from != NULL && to != NULL &&
      !user_options)
    return server_migrate (from, to);
  if (argc >= 3 && g_str_equal (argv[1], "user") && from == NULL && to == NULL)
    {
      if (argc == 4 && g_str_equal (argv[2], "add") && role != NULL)
        return user_add (database, argv[3], role, unit, login, password_stdin, no_password);
      if (argc == 3 && g_str_equal (argv[2], "list") && role == NULL && unit == NULL &&
          login == NULL && !password_stdin && !no_password)
        return user_list (database);
      if (argc == 4 && g_str_equal (argv[2], "remove") && role == NULL && unit == NULL &&
          login == NULL && !password_stdin && !no_password)
        return user_remove (database, argv[3]);
      kn_cli_print_error (_("Use: kinerja-cli server user add NIP --role admin|operator|penilai|pegawai|tim [--unit UNIT] [--login NAME] [--password-stdin|--no-password] --database postgresql://…, server user list --database postgresql://…, or server user remove LOGIN|NIP --database postgresql://…"));
      return KN_CLI_EXIT_USAGE;
    }

  kn_cli_print_error (_("Use: kinerja-cli server init postgresql://USER@HOST/DATABASE, or kinerja-cli server migrate --from kantor.db --to postgresql://USER@HOST/DATABASE"));
  return KN_CLI_EXIT_USAGE;
}
