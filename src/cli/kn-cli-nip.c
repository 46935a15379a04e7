/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli nip NIP… */

#define G_LOG_DOMAIN "kinerja-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kn-cli-private.h"

int
kn_cli_nip (int    argc,
            char **argv)
{
  gboolean legacy = FALSE;
  GOptionEntry entries[] = {
    { "legacy", 0, 0, G_OPTION_ARG_NONE, &legacy,
      N_("Also accept old 9-digit NIPs (before 2009)"), NULL },
    { NULL }
  };
  int status = 0;

  if (!kn_cli_parse_options (entries, _("NIP…"),
                      _("Decodes and checks NIPs and NI PPPK numbers; exits with 1 if any is invalid."),
                      &argc, &argv))
    return 2;

  if (argc < 2)
    {
      kn_cli_print_error (_("Give at least one NIP, for example: kinerja-cli nip \"19860926 201505 1 001\""));
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      KnNipInfo info;

      if (kn_nip_parse (argv[i], legacy ? KN_NIP_FLAGS_ALLOW_LEGACY : KN_NIP_FLAGS_NONE,
                        &info, &error))
        {
          g_autofree char *shown = kn_nip_format (info.digits);
          g_autofree char *description = kn_nip_describe (&info);

          g_print ("%s: %s\n", shown, description);
        }
      else
        {
          g_print (_("%s: invalid — %s\n"), argv[i], error->message);
          status = 1;
        }
    }

  return status;
}
