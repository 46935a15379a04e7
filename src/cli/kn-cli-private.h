/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli's shared helpers and its commands, one file per command. */

#pragma once

#include <stdio.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

/* kn-cli-util.c */
void kn_cli_print_error (const char *message);

gboolean kn_cli_parse_options (GOptionEntry   *entries,
                               const char     *parameter,
                               const char     *summary,
                               int            *argc,
                               char         ***argv);

KnStore *kn_cli_open_store (const char *database);

void kn_cli_write_csv_field (GString    *line,
                             const char *value,
                             gboolean    last);

gboolean kn_cli_employee_matches_unit (KnStore    *store,
                                       KnEmployee *employee,
                                       KnOrgUnit  *unit);

const char *kn_cli_or_dash (const char *label);

gboolean kn_cli_resolve_unit_and_period (KnStore     *store,
                                         const char  *unit_name,
                                         const char  *period,
                                         KnOrgUnit  **unit);

/* The commands, one per kn-cli-<command>.c; each returns the exit code. */
int kn_cli_demo (int    argc,
                 char **argv);

int kn_cli_employees (int    argc,
                      char **argv);

int kn_cli_evaluasi (int    argc,
                     char **argv);

int kn_cli_distribusi (int    argc,
                       char **argv);

int kn_cli_export (int    argc,
                   char **argv);

int kn_cli_kompetensi (int    argc,
                       char **argv);

int kn_cli_nip (int    argc,
                char **argv);

int kn_cli_skp (int    argc,
                char **argv);

int kn_cli_skp_template (int    argc,
                         char **argv);

int kn_cli_skm (int    argc,
                char **argv);

int kn_cli_tim_penilai (int    argc,
                        char **argv);

G_END_DECLS
