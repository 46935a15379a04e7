/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli's shared helpers and its commands, one file per command. */

#pragma once

#include <stdio.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

/* The exit codes, the same in every command (README, "Exit codes"). */
enum
{
  KN_CLI_EXIT_OK = 0,
  KN_CLI_EXIT_FAILED = 1,     /* it could not be done: nothing found, a file not written … */
  KN_CLI_EXIT_USAGE = 2,      /* the command line is wrong: an option, a year, a period … */
  KN_CLI_EXIT_DATABASE = 3,   /* the database cannot be used: missing, busy, damaged, not ours … */
};

/* kn-cli-util.c */
void kn_cli_print_error (const char *message);
void kn_cli_print_errorf (const char *format,
                          ...) G_GNUC_PRINTF (1, 2);
/* Prints @error's message; returns KN_CLI_EXIT_FAILED, for the command to exit with. */
int  kn_cli_fail        (const GError *error);

/* Entries for the options most commands share: --database FILE, --unit NAME (described by
 * @description, a N_() string) and --period PERIOD. */
GOptionEntry kn_cli_database_option (char       **database);
GOptionEntry kn_cli_unit_option     (char       **unit_name,
                                     const char  *description);
GOptionEntry kn_cli_period_option   (char       **period);
/* --csv, and --paper a4|f4, whose text kn_cli_parse_paper () reads. */
GOptionEntry kn_cli_csv_option      (gboolean    *csv);
GOptionEntry kn_cli_paper_option    (char       **paper_name);

/* Reads the text of --paper into @paper (NULL leaves it as it is); on anything but A4 or F4 (in
 * any case) says so naming --paper and returns FALSE (exit 2). */
gboolean kn_cli_parse_paper (const char *text,
                             KnPaper    *paper);

/* Refuses (naming @option) a file name ending in .pdf for a workbook or .xlsx for a PDF. */
gboolean kn_cli_check_extension (const char *option,
                                 const char *output,
                                 gboolean    xlsx);
/* --format pdf|xlsx; without it, the extension of @output (.xlsx: a workbook; else a PDF). */
gboolean kn_cli_parse_format (const char *format,
                              const char *output,
                              gboolean   *xlsx);

/* TRUE when @path is a regular file that can be read; else says why, with its whole path. */
gboolean kn_cli_check_input_file (const char *path);

gboolean kn_cli_parse_options (GOptionEntry   *entries,
                               const char     *parameter,
                               const char     *summary,
                               int            *argc,
                               char         ***argv);

/* Opens @database (NULL: the user's) as @mode says; commands that only read use
 * KN_STORE_OPEN_READ_ONLY, which never creates or changes a file. On failure prints why; the
 * command then exits KN_CLI_EXIT_DATABASE. */
/* FALSE, having said why, for a server's address off this computer that allows no TLS
 * (sslmode=disable, allow or prefer): the caller exits with KN_CLI_EXIT_USAGE. */
gboolean kn_cli_check_location (const char *location);
KnStore *kn_cli_open_store (const char      *database,
                            KnStoreOpenMode  mode);

/* The exit code for a store's failure: KN_CLI_EXIT_DATABASE when the database cannot be used
 * (busy, damaged, disk full, read-only, not permitted, …), else KN_CLI_EXIT_FAILED. */
int kn_cli_exit_for_error (const GError *error);

/* "kinerja-cli: --year: …": a message about the value of @option. */
void kn_cli_print_option_error (const char *option,
                                const char *message);

/* Reads the text of --year strictly (kn_period_parse_year) into @year; NULL leaves @year as it
 * is. On a bad year, says so naming --year and returns FALSE (exit 2). */
gboolean kn_cli_parse_year (const char *text,
                            int        *year);

/* Removes what a killed run left unfinished in the folder of @path. */
/* A month in a year evaluated by quarters, or the reverse, is refused naming --period. */
gboolean kn_cli_check_period_scheme (KnStore        *store,
                                     const KnPeriod *period);
/* Parses --period and checks it against its year's periods in @store. */
gboolean kn_cli_parse_period (KnStore    *store,
                              const char *text,
                              KnPeriod   *period);

void kn_cli_clean_stale_beside (const char *path);

void kn_cli_backup_daily (KnStore *store);

void kn_cli_write_csv_field (GString    *line,
                             const char *value,
                             gboolean    last);

gboolean kn_cli_employee_matches_unit (KnStore    *store,
                                       KnEmployee *employee,
                                       KnOrgUnit  *unit);

const char *kn_cli_or_dash (const char *label);

/* The employee of @nip, which the command line gave as @argument (an option such as "--nip", or
 * the name of a positional argument); NULL, having said so naming @argument, when nobody has it
 * (the command then exits KN_CLI_EXIT_FAILED). */
KnEmployee *kn_cli_find_employee (KnStore    *store,
                                  const char *argument,
                                  const char *nip);

/* The SKP of @employee for @year; NULL, having said why (the store's error, or that there is
 * none), when it cannot be had (the command then exits KN_CLI_EXIT_FAILED). */
KnPlan     *kn_cli_load_plan     (KnStore    *store,
                                  KnEmployee *employee,
                                  int         year);

/* Opens @database as kn_cli_open_store() does into @store (NULL when it cannot), then finds the
 * unit of @unit_name (NULL: none, @unit NULL). Returns the exit code: KN_CLI_EXIT_DATABASE for
 * the store, _FAILED for a unit that is not there, _OK. */
int kn_cli_open_unit (const char       *database,
                      KnStoreOpenMode   mode,
                      const char       *unit_name,
                      KnStore         **store,
                      KnOrgUnit       **unit);

/* Opens @database as kn_cli_open_store() does into @store (NULL when it cannot), then finds the
 * unit and parses the period into @parsed (nullable). Returns the exit code:
 * KN_CLI_EXIT_DATABASE for the store, _USAGE for a missing unit or a bad period, _FAILED for a
 * unit that is not there, _OK with @unit set. */
int kn_cli_open_unit_period (const char       *database,
                             KnStoreOpenMode   mode,
                             const char       *unit_name,
                             const char       *period,
                             KnStore         **store,
                             KnOrgUnit       **unit,
                             KnPeriod         *parsed);

typedef int (*KnCliCommandFunc) (int    argc,
                                 char **argv);

typedef struct
{
  const char       *name;
  KnCliCommandFunc  func;
} KnCliSubcommand;

/* Runs the subcommand that argv[1] names with the arguments after it; when argv[1] names none
 * (an option, or nothing), the first of @subcommands, the default, with all of them. */
int kn_cli_run_subcommand (const KnCliSubcommand *subcommands,
                           guint                  n_subcommands,
                           int                    argc,
                           char                 **argv);

/* Writes the Laporan Hasil Survei Kepuasan Masyarakat of a unit and period as PDF or, with @xlsx,
 * Excel (kinerja-cli skm laporan, export --document skm); returns the exit code. */
int kn_cli_write_skm_report (const char *database,
                             const char *unit_name,
                             const char *period,
                             KnPaper     paper,
                             gboolean    xlsx,
                             const char *output);

/* The commands, one per kn-cli-<command>.c; each returns the exit code. */
int kn_cli_backup (int    argc,
                   char **argv);

int kn_cli_restore (int    argc,
                    char **argv);

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

int kn_cli_import (int    argc,
                   char **argv);

int kn_cli_kompetensi (int    argc,
                       char **argv);

int kn_cli_pegawai (int    argc,
                    char **argv);

int kn_cli_nip (int    argc,
                char **argv);

int kn_cli_server (int    argc,
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
