/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Setting up gettext for the program, installed or run from the build folder. */

#define G_LOG_DOMAIN "kn-i18n"

#include "config.h"

#include <locale.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kn-i18n.h"

static char *localedir;

static gboolean
has_catalogue (const char *dir)
{
  g_autofree char *mo = g_build_filename (dir, "id", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  return g_file_test (mo, G_FILE_TEST_IS_REGULAR);
}

const char *
kn_i18n_get_localedir (void)
{
  if (localedir == NULL)
    {
      const char *env = g_getenv ("KINERJA_LOCALEDIR");

      if (env != NULL && env[0] != '\0')
        localedir = g_strdup (env);
      else if (!has_catalogue (LOCALEDIR) && has_catalogue (BUILD_LOCALEDIR))
        localedir = g_strdup (BUILD_LOCALEDIR);
      else
        localedir = g_strdup (LOCALEDIR);
    }

  return localedir;
}

void
kn_i18n_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, kn_i18n_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
