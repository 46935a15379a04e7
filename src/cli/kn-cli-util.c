/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli shared helpers: errors, options, the store, CSV fields, units and periods */

#define G_LOG_DOMAIN "kinerja-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kn-cli-private.h"

void
kn_cli_print_error (const char *message)
{
  g_printerr ("kinerja-cli: %s\n", message);
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

  return TRUE;
}

KnStore *
kn_cli_open_store (const char *database)
{
  g_autofree char *path = database != NULL ? g_strdup (database) : kn_store_default_path ();
  g_autoptr(GError) error = NULL;
  KnStore *store = NULL;

  /* A server's database must have been set up (kinerja-cli server init); a command never
   * creates one. */
  if (kn_store_location_is_server (path))
    store = kn_store_open_with_mode (path, KN_STORE_OPEN_EXISTING, &error);
  else if (database != NULL && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *message = g_strdup_printf (_("The database “%s” does not exist."), path);

      kn_cli_print_error (message);
      return NULL;
    }
  else
    store = kn_store_open (path, &error);

  if (store == NULL)
    kn_cli_print_error (error->message);

  return store;
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
   * "+62…", "@SUM(…)"): such text gets the apostrophe that keeps it text. Negative numbers
   * stay numbers. */
  if (value[0] == '=' || value[0] == '+' || value[0] == '@' || value[0] == '\t' ||
      (value[0] == '-' && !g_ascii_isdigit (value[1])))
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

gboolean
kn_cli_resolve_unit_and_period (KnStore     *store,
                                const char  *unit_name,
                                const char  *period,
                                KnOrgUnit  **unit)
{
  g_autoptr(GError) error = NULL;
  KnPeriod parsed;

  if (unit_name == NULL || period == NULL)
    {
      kn_cli_print_error (_("Give the unit and the period, for example: --unit \"Bidang Pembinaan SMA\" --period 2026-TW1"));
      return FALSE;
    }
  if (!kn_period_parse (period, &parsed, &error))
    {
      kn_cli_print_error (error->message);
      return FALSE;
    }
  *unit = kn_store_resolve_unit (store, unit_name, &error);
  if (*unit == NULL)
    {
      kn_cli_print_error (error->message);
      return FALSE;
    }
  return TRUE;
}
