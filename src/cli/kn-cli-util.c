/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli shared helpers: errors, options, the store, CSV fields, units and periods */

#define G_LOG_DOMAIN "kinerja-cli"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-server-location.h"
#include "kn-cli-private.h"

void
kn_cli_print_error (const char *message)
{
  g_printerr ("kinerja-cli: %s\n", message);
}

void
kn_cli_print_errorf (const char *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  kn_cli_print_error (message);
}

int
kn_cli_fail (const GError *error)
{
  kn_cli_print_error (error->message);
  return KN_CLI_EXIT_FAILED;
}

/* The options most commands share, for their GOptionEntry tables. */
GOptionEntry
kn_cli_database_option (char **database)
{
  return (GOptionEntry) { "database", 'd', 0, G_OPTION_ARG_FILENAME, database,
                          N_("The database file (default: the user's Kinerja database)"),
                          N_("FILE") };
}

GOptionEntry
kn_cli_unit_option (char       **unit_name,
                    const char  *description)
{
  return (GOptionEntry) { "unit", 'u', 0, G_OPTION_ARG_STRING, unit_name, description,
                          N_("NAME") };
}

GOptionEntry
kn_cli_period_option (char **period)
{
  return (GOptionEntry) { "period", 'p', 0, G_OPTION_ARG_STRING, period,
                          N_("The period: 2026-TW1 … 2026-TW4, 2026-AKHIR, or 2026-01 … 2026-12"),
                          N_("PERIOD") };
}

GOptionEntry
kn_cli_csv_option (gboolean *csv)
{
  return (GOptionEntry) { "csv", 0, 0, G_OPTION_ARG_NONE, csv, N_("Write CSV with a header row"),
                          NULL };
}

GOptionEntry
kn_cli_paper_option (char **paper_name)
{
  return (GOptionEntry) { "paper", 0, 0, G_OPTION_ARG_STRING, paper_name,
                          N_("a4 or f4 (default a4)"), N_("PAPER") };
}

gboolean
kn_cli_parse_paper (const char *text,
                    KnPaper    *paper)
{
  if (text == NULL)
    return TRUE;
  if (g_ascii_strcasecmp (text, "a4") == 0)
    *paper = KN_PAPER_A4;
  else if (g_ascii_strcasecmp (text, "f4") == 0)
    *paper = KN_PAPER_F4;
  else
    {
      kn_cli_print_error (_("--paper: give A4 or F4."));
      return FALSE;
    }
  return TRUE;
}

/* The format a file name's extension says: 1 a workbook (.xlsx), 0 a PDF (.pdf), -1 neither. */
static int
extension_format (const char *output)
{
  const char *dot = output != NULL ? strrchr (output, '.') : NULL;

  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return -1;
  if (g_ascii_strcasecmp (dot, ".xlsx") == 0)
    return 1;
  if (g_ascii_strcasecmp (dot, ".pdf") == 0)
    return 0;
  return -1;
}

/* The message for @output whose extension contradicts the format written, or NULL. */
static char *
contradicting_extension (const char *output,
                         gboolean    xlsx,
                         gboolean    format_given)
{
  if (output == NULL || extension_format (output) == -1 || extension_format (output) == xlsx ||
      g_file_test (output, G_FILE_TEST_IS_DIR))
    return NULL;
  if (format_given)
    return g_strdup_printf (xlsx ? _("“%s” ends in .pdf, but --format xlsx writes an Excel "
                                     "workbook: name the file .xlsx, or leave --format out.")
                                 : _("“%s” ends in .xlsx, but --format pdf writes a PDF: name "
                                     "the file .pdf, or leave --format out."),
                            output);
  return g_strdup_printf (xlsx ? _("“%s” ends in .pdf, but an Excel workbook is written here: "
                                   "give a name ending in .xlsx.")
                               : _("“%s” ends in .xlsx, but a PDF is written here: give a name "
                                   "ending in .pdf."),
                          output);
}

gboolean
kn_cli_check_extension (const char *option,
                        const char *output,
                        gboolean    xlsx)
{
  g_autofree char *message = contradicting_extension (output, xlsx, FALSE);

  if (message == NULL)
    return TRUE;
  kn_cli_print_option_error (option, message);
  return FALSE;
}

gboolean
kn_cli_parse_format (const char *format,
                     const char *output,
                     gboolean   *xlsx)
{
  g_autofree char *message = NULL;

  if (format == NULL)
    {
      /* Without --format the file name says which. */
      *xlsx = extension_format (output) == 1;
      return TRUE;
    }
  if (g_ascii_strcasecmp (format, "xlsx") == 0)
    *xlsx = TRUE;
  else if (g_ascii_strcasecmp (format, "pdf") == 0)
    *xlsx = FALSE;
  else
    {
      kn_cli_print_error (_("The format is pdf or xlsx."));
      return FALSE;
    }
  message = contradicting_extension (output, *xlsx, TRUE);
  if (message == NULL)
    return TRUE;
  kn_cli_print_option_error ("-o", message);
  return FALSE;
}

gboolean
kn_cli_check_input_file (const char *path)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  GStatBuf st;
  int saved_errno;

  if (g_stat (path, &st) == 0)
    {
      if (S_ISREG (st.st_mode))
        {
          if (g_access (path, R_OK) == 0)
            return TRUE;
          saved_errno = errno;
          kn_cli_print_errorf (_("“%s” cannot be read: %s."), absolute,
                               g_strerror (saved_errno));
        }
      else
        kn_cli_print_errorf (_("“%s” is not a file (a folder, a device or a pipe): give the "
                               "file to read."), absolute);
      return FALSE;
    }
  saved_errno = errno;
  if (saved_errno == ENOENT || saved_errno == ENOTDIR)
    kn_cli_print_errorf (_("There is no file “%s”."), absolute);
  else
    kn_cli_print_errorf (_("“%s” cannot be read: %s."), absolute, g_strerror (saved_errno));
  return FALSE;
}

gboolean
kn_cli_parse_options (GOptionEntry   *entries,
                      const char     *parameter,
                      const char     *summary,
                      int            *argc,
                      char         ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      kn_cli_print_error (error->message);
      return FALSE;
    }

  /* A server off this computer only over TLS: a wrong --database is a wrong command line. */
  for (GOptionEntry *entry = entries; entry != NULL && entry->long_name != NULL; entry++)
    if (g_strcmp0 (entry->long_name, "database") == 0 && entry->arg == G_OPTION_ARG_FILENAME &&
        !kn_cli_check_location (*(char **)entry->arg_data))
      return FALSE;

  return TRUE;
}

gboolean
kn_cli_check_location (const char *location)
{
  g_autoptr(GError) error = NULL;
  const char *sslmode = NULL;

  if (location == NULL || !kn_store_location_is_server (location) ||
      kn_server_location_check_tls (location, &sslmode, &error))
    return TRUE;
  kn_cli_print_error (error->message);
  return FALSE;
}

/* The day's first automatic backup (none from a read-only store); a failure is said, not fatal. */
void
kn_cli_backup_daily (KnStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = kn_store_backup_auto (store, KN_STORE_BACKUP_DAILY, &error);

  if (error != NULL)
    {
      kn_cli_print_errorf (_("No daily backup was made: %s"), error->message);
    }
}

/* What a database file is now: which file, its size and its last modification and change (a
 * change time cannot be set back), and the same of its write-ahead log while that holds pages.
 * Any write to the database changes it. NULL when it cannot be read. */
static char *
file_stamp (const char *path)
{
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  g_autofree char *wal = NULL;
  GStatBuf db_info;
  GStatBuf wal_info;

  if (g_stat (path, &db_info) != 0)
    return NULL;
  if (g_stat (wal_path, &wal_info) == 0 && wal_info.st_size > 0)
    wal = g_strdup_printf ("%" G_GINT64_FORMAT ".%ld.%09ld.%ld.%09ld", (gint64)wal_info.st_size,
                           (long)wal_info.st_mtim.tv_sec, wal_info.st_mtim.tv_nsec,
                           (long)wal_info.st_ctim.tv_sec, wal_info.st_ctim.tv_nsec);
  return g_strdup_printf ("%" G_GUINT64_FORMAT ".%" G_GUINT64_FORMAT ".%" G_GINT64_FORMAT
                          ".%ld.%09ld.%ld.%09ld/%s",
                          (guint64)db_info.st_dev, (guint64)db_info.st_ino,
                          (gint64)db_info.st_size, (long)db_info.st_mtim.tv_sec,
                          db_info.st_mtim.tv_nsec, (long)db_info.st_ctim.tv_sec,
                          db_info.st_ctim.tv_nsec, wal != NULL ? wal : "-");
}

/* The stamp kept when @path passes the quick check: the file as file_stamp() says and the day.
 * A stamp is trusted on the day it was taken only, so that damage no write made (a failing disk
 * changes bytes, not the file's times) is found by the first command of the next day. */
static char *
check_stamp (const char *path)
{
  g_autofree char *stamp = file_stamp (path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  return stamp != NULL ? g_strconcat (stamp, "@", today, NULL) : NULL;
}

/* Where the stamps of the files that passed the quick check are kept: the user's cache. */
static char *
checked_path (void)
{
  return g_build_filename (g_get_user_cache_dir (), "kinerja", "checked.ini", NULL);
}

/* TRUE when @path passed the quick check as it is now (nothing was written to it since). */
static gboolean
checked_before (const char *path,
                const char *stamp)
{
  g_autofree char *file = checked_path ();
  g_autoptr(GKeyFile) checked = g_key_file_new ();
  g_autofree char *kept = NULL;

  if (stamp == NULL || !g_key_file_load_from_file (checked, file, G_KEY_FILE_NONE, NULL))
    return FALSE;
  kept = g_key_file_get_string (checked, "checked", path, NULL);
  return kept != NULL && strcmp (kept, stamp) == 0;
}

/* Remembers that @path passed the check as @stamp says; a failure only means a check next time. */
static void
remember_checked (const char *path,
                  const char *stamp)
{
  g_autofree char *file = checked_path ();
  g_autofree char *folder = g_path_get_dirname (file);
  g_autoptr(GKeyFile) checked = g_key_file_new ();
  g_autofree char *text = NULL;
  gsize length;

  g_auto(GStrv) paths = NULL;

  if (stamp == NULL || g_mkdir_with_parents (folder, 0700) != 0)
    return;
  g_key_file_load_from_file (checked, file, G_KEY_FILE_KEEP_COMMENTS, NULL);
  /* Files gone (moved, deleted) are forgotten. */
  paths = g_key_file_get_keys (checked, "checked", NULL, NULL);
  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    if (!g_file_test (paths[i], G_FILE_TEST_EXISTS))
      g_key_file_remove_key (checked, "checked", paths[i], NULL);
  g_key_file_set_string (checked, "checked", path, stamp);
  text = g_key_file_to_data (checked, &length, NULL);
  g_file_set_contents_full (file, text, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL);
}

KnStore *
kn_cli_open_store (const char      *database,
                   KnStoreOpenMode  mode)
{
  g_autofree char *path = database != NULL ? g_strdup (database) : kn_store_default_path ();
  g_autoptr(GError) error = NULL;
  KnStore *store = NULL;

  /* A server's database must have been set up (kinerja-cli server init); a command never
   * creates one. */
  if (kn_store_location_is_server (path))
    store = kn_store_open_with_mode (path,
                                     mode == KN_STORE_OPEN_CREATE ? KN_STORE_OPEN_EXISTING : mode,
                                     &error);
  else if (database != NULL && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      kn_cli_print_errorf (_("The database “%s” does not exist."), path);
      return NULL;
    }
  else
    store = kn_store_open_with_mode (path, mode, &error);

  if (store == NULL)
    {
      kn_cli_print_error (error->message);
      return NULL;
    }

  /* Damage (a flipped byte in an index) is noticed before anything is read or written; a
   * server keeps its own pages whole. The check reads the whole file (most of a second at
   * province scale), so a file that passed it and was not written since is not checked again
   * that day: any write, damage included, changes its stamp. */
  if (!kn_store_location_is_server (path))
    {
      g_autofree char *canonical = g_canonicalize_filename (path, NULL);
      g_autofree char *stamp = check_stamp (canonical);

      if (!checked_before (canonical, stamp) &&
          kn_store_check_integrity (store, KN_STORE_CHECK_QUICK, &error))
        remember_checked (canonical, stamp);
    }
  if (error != NULL)
    {
      g_autofree char *backup = NULL;

      kn_cli_print_error (error->message);
      g_clear_object (&store);
      /* The last good backup, with the command that puts it back. */
      backup = kn_store_find_good_backup (path);
      if (backup != NULL)
        {
          g_autofree char *quoted_db = g_shell_quote (path);
          g_autofree char *quoted_backup = g_shell_quote (backup);

          kn_cli_print_errorf (_("The last good backup is “%s”. To restore it (the damaged database is kept in the folder “cadangan”): kinerja-cli restore -d %s %s"),
                               backup, quoted_db, quoted_backup);
        }
      else
        kn_cli_print_error (_("No good backup of it was found in the folder “cadangan” beside it."));
      return NULL;
    }

  if (!kn_store_location_is_server (path))
    kn_cli_clean_stale_beside (path);

  if (!kn_store_location_is_server (path))
    kn_cli_backup_daily (store);
  return store;
}

int
kn_cli_exit_for_error (const GError *error)
{
  /* A database that a newer Kinerja wrote cannot be used by this one either. */
  if (kn_store_error_is_unusable (error)
      || g_error_matches (error, KN_STORE_ERROR, KN_STORE_ERROR_VERSION))
    return KN_CLI_EXIT_DATABASE;
  return KN_CLI_EXIT_FAILED;
}

void
kn_cli_print_option_error (const char *option,
                           const char *message)
{
  g_autofree char *line = g_strdup_printf ("%s: %s", option, message);

  kn_cli_print_error (line);
}

KnEmployee *
kn_cli_find_employee (KnStore    *store,
                      const char *argument,
                      const char *nip)
{
  KnEmployee *employee = nip != NULL ? kn_store_find_employee_by_nip (store, nip) : NULL;
  g_autoptr(GError) error = NULL;
  KnNipInfo info;

  if (employee == NULL)
    {
      g_autofree char *message = NULL;

      /* A number that cannot be a NIP says why, rather than that nobody has it. */
      if (nip != NULL && !kn_nip_parse (nip, KN_NIP_FLAGS_ALLOW_LEGACY, &info, &error))
        message = g_strdup_printf (_("“%s” is not a valid NIP: %s"), nip, error->message);
      else
        message = g_strdup_printf (_("No employee has the NIP %s."), nip != NULL ? nip : "—");
      kn_cli_print_option_error (argument, message);
    }
  return employee;
}

KnPlan *
kn_cli_load_plan (KnStore    *store,
                  KnEmployee *employee,
                  int         year)
{
  g_autoptr(GError) error = NULL;
  KnPlan *plan = kn_store_load_plan (store, kn_employee_get_id (employee), year, &error);

  if (plan == NULL)
    {
      if (error != NULL)
        kn_cli_print_error (error->message);
      else
        kn_cli_print_errorf (_("%s has no SKP for %d."), kn_employee_get_name (employee), year);
    }
  return plan;
}

gboolean
kn_cli_parse_year (const char *text,
                   int        *year)
{
  g_autoptr(GError) error = NULL;
  guint parsed;

  if (text == NULL)
    return TRUE;
  if (!kn_period_parse_year (text, &parsed, &error))
    {
      kn_cli_print_option_error ("--year", error->message);
      return FALSE;
    }
  *year = (int) parsed;
  return TRUE;
}

gboolean
kn_cli_check_period_scheme (KnStore        *store,
                            const KnPeriod *period)
{
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;
  KnPeriodScheme scheme;

  if (period->kind == KN_PERIOD_ANNUAL)
    return TRUE;
  scheme = kn_store_get_period_scheme (store, period->year);
  text = kn_period_to_string (period);
  if (period->kind == KN_PERIOD_MONTH && scheme == KN_PERIOD_SCHEME_QUARTERS)
    message = g_strdup_printf (_("%s is a month, but %u is evaluated by quarters: give "
                                 "%u-TW1 … %u-TW4 or %u-AKHIR."),
                               text, period->year, period->year, period->year, period->year);
  else if (period->kind == KN_PERIOD_QUARTER && scheme == KN_PERIOD_SCHEME_MONTHS)
    message = g_strdup_printf (_("%s is a quarter, but %u is evaluated by months: give "
                                 "%u-01 … %u-12 or %u-AKHIR."),
                               text, period->year, period->year, period->year, period->year);
  if (message == NULL)
    return TRUE;
  kn_cli_print_option_error ("--period", message);
  return FALSE;
}

gboolean
kn_cli_parse_period (KnStore    *store,
                     const char *text,
                     KnPeriod   *period)
{
  g_autoptr(GError) error = NULL;

  if (!kn_period_parse (text, period, &error))
    {
      kn_cli_print_option_error ("--period", error->message);
      return FALSE;
    }
  return kn_cli_check_period_scheme (store, period);
}

void
kn_cli_clean_stale_beside (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);

  kn_output_file_clean_stale (folder);
  kn_output_file_clean_stale_in_last_folder ();
}

/* "-12", "-0.5", "3": digits with one optional leading minus and one optional decimal point. */
static gboolean
is_plain_number (const char *value)
{
  const char *p = value[0] == '-' ? value + 1 : value;
  gboolean point = FALSE;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  for (; *p != '\0'; p++)
    {
      if (*p == '.' && !point && g_ascii_isdigit (p[1]))
        point = TRUE;
      else if (!g_ascii_isdigit (*p))
        return FALSE;
    }
  return TRUE;
}

void
kn_cli_write_csv_field (GString    *line,
                        const char *value,
                        gboolean    last)
{
  g_autofree char *guarded = NULL;

  if (value == NULL)
    value = "";

  /* A spreadsheet opening the file would run a field starting like a formula ("=HYPERLINK(…)",
   * "+62…", "@SUM(…)", "-2+3+cmd|…", "\r=1+1"): such text gets the apostrophe that keeps it
   * text. A plain negative number ("-12", "-0.5") stays a number. */
  if (strchr ("=+-@\t\r", value[0]) != NULL && value[0] != '\0' && !is_plain_number (value))
    value = guarded = g_strconcat ("'", value, NULL);

  /* Quoted when needed, as RFC 4180 says. */
  if (strpbrk (value, ",\"\r\n") != NULL || value[0] == ' ')
    {
      g_autoptr(GString) quoted = g_string_new (value);

      g_string_replace (quoted, "\"", "\"\"", 0);
      g_string_append_printf (line, "\"%s\"", quoted->str);
    }
  else
    g_string_append (line, value);

  g_string_append_c (line, last ? '\n' : ',');
}

gboolean
kn_cli_employee_matches_unit (KnStore    *store,
                              KnEmployee *employee,
                              KnOrgUnit  *unit)
{
  return unit == NULL ||
         kn_store_unit_is_within (store, kn_employee_get_unit_id (employee),
                                  kn_org_unit_get_id (unit));
}

const char *
kn_cli_or_dash (const char *label)
{
  return label != NULL && label[0] != '\0' ? label : "—";
}

int
kn_cli_open_unit (const char       *database,
                  KnStoreOpenMode   mode,
                  const char       *unit_name,
                  KnStore         **store,
                  KnOrgUnit       **unit)
{
  g_autoptr(GError) error = NULL;

  *unit = NULL;
  *store = kn_cli_open_store (database, mode);
  if (*store == NULL)
    return KN_CLI_EXIT_DATABASE;
  if (unit_name != NULL && (*unit = kn_store_resolve_unit (*store, unit_name, &error)) == NULL)
    return kn_cli_fail (error);
  return KN_CLI_EXIT_OK;
}

int
kn_cli_open_unit_period (const char       *database,
                         KnStoreOpenMode   mode,
                         const char       *unit_name,
                         const char       *period,
                         KnStore         **store,
                         KnOrgUnit       **unit,
                         KnPeriod         *parsed)
{
  g_autoptr(GError) error = NULL;
  KnPeriod local_parsed;

  *store = kn_cli_open_store (database, mode);
  if (*store == NULL)
    return KN_CLI_EXIT_DATABASE;
  if (unit_name == NULL || period == NULL)
    {
      kn_cli_print_error (_("Give the unit and the period, for example: --unit \"Bidang Pembinaan SMA\" --period 2026-TW1"));
      return KN_CLI_EXIT_USAGE;
    }
  if (!kn_cli_parse_period (*store, period, parsed != NULL ? parsed : &local_parsed))
    return KN_CLI_EXIT_USAGE;
  *unit = kn_store_resolve_unit (*store, unit_name, &error);
  if (*unit == NULL)
    return kn_cli_fail (error);
  return KN_CLI_EXIT_OK;
}

int
kn_cli_run_subcommand (const KnCliSubcommand *subcommands,
                       guint                  n_subcommands,
                       int                    argc,
                       char                 **argv)
{
  g_assert (n_subcommands > 0);

  for (guint i = 0; argc >= 2 && i < n_subcommands; i++)
    if (g_str_equal (argv[1], subcommands[i].name))
      return subcommands[i].func (argc - 1, argv + 1);
  return subcommands[0].func (argc, argv);
}
