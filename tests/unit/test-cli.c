/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli as a script would use it: exit codes, text and CSV output checked against the store. */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdarg.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "kinerja/kinerja.h"

#include "kn-test-util.h"

/* Runs kinerja-cli with the arguments up to NULL; returns the exit status. */
#define run_cli kn_test_run_cli

typedef struct
{
  char *dir;
  char *db;
  char *cache_before;  /* $XDG_CACHE_HOME when the test began */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = kn_test_make_folder ("kinerja-cli-XXXXXX");
  fixture->db = kn_test_database_location (fixture->dir, "demo.db");
  fixture->cache_before = g_strdup (g_getenv ("XDG_CACHE_HOME"));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->cache_before != NULL)
    g_setenv ("XDG_CACHE_HOME", fixture->cache_before, TRUE);
  else
    g_unsetenv ("XDG_CACHE_HOME");
  kn_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db);
  g_free (fixture->cache_before);
}

#define EVAL_UNIT   "Bidang Pembinaan SMA"
#define EVAL_PERIOD "2026-TW1"

static void
test_nip_valid (void)
{
  g_auto(KnTestCliRun) cli = { NULL };

  g_assert_cmpint (kn_test_cli (&cli, "nip", "19860926 201505 1 001", "198808122021212001",
                                NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, "19860926 201505 1 001: PNS"));
  g_assert_nonnull (strstr (cli.out, "26 September 1986"));
  g_assert_nonnull (strstr (cli.out, "May 2015"));
  g_assert_nonnull (strstr (cli.out, "19880812 202121 2 001: PPPK"));
  g_assert_nonnull (strstr (cli.out, "2021"));
}

static void
test_nip_invalid (void)
{
  g_auto(KnTestCliRun) cli = { NULL };
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (kn_test_cli (&cli, "nip", "198609262015051001", "19870229 201505 1 001",
                                "19860926201505300", NULL), ==, 1);
  lines = g_strsplit (cli.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_true (g_str_has_prefix (lines[0], "19860926 201505 1 001: PNS"));
  /* 29 February 1987 does not exist: the line says so and names the digits. */
  g_assert_nonnull (strstr (lines[1], "invalid"));
  g_assert_nonnull (strstr (lines[1], "19870229"));
  g_assert_nonnull (strstr (lines[2], "invalid"));
  g_assert_nonnull (strstr (lines[2], "17"));
}

static void
test_nip_usage (void)
{
  g_auto(KnTestCliRun) cli = { NULL };

  g_assert_cmpint (kn_test_cli (&cli, "nip", NULL), ==, 2);
  g_assert_nonnull (strstr (cli.err, "kinerja-cli nip"));
  g_assert_cmpint (kn_test_cli (&cli, "frobnicate", NULL), ==, 2);
  g_assert_nonnull (strstr (cli.err, "frobnicate"));
}

/* A command made of several (skm, tim-penilai) names every one in its --help, not only the
 * one it runs without a name. */
static void
test_subcommands_in_help (void)
{
  static const struct { const char *command; const char *names[4]; } cases[] = {
    { "skm", { "import", "hasil", "laporan", NULL } },
    { "tim-penilai", { "buat", "anggota", "tinjau", "daftar" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;

      g_assert_cmpint (run_cli (&out, NULL, cases[i].command, "--help", NULL), ==, 0);
      for (guint j = 0; j < G_N_ELEMENTS (cases[i].names) && cases[i].names[j] != NULL; j++)
        {
          g_autofree char *usage = g_strdup_printf ("%s %s", cases[i].command, cases[i].names[j]);

          if (strstr (out, usage) == NULL)
            g_error ("“kinerja-cli %s --help” does not name “%s”:\n%s", cases[i].command, usage, out);
        }
    }
}

/* A server off this computer is reached only over TLS, as from the window's dialog: an address
 * that allows none is a wrong command line (2), said plainly, and nothing is tried. */
static void
test_server_without_tls (void)
{
  const char *insecure = "postgresql://kn1980@db.bkd.lan/kinerja?sslmode=disable";
  const char *const commands[][6] = {
    { "employees", "--database", insecure, NULL },
    { "server", "user", "list", "--database", insecure, NULL },
    { "server", "init", insecure, NULL },
    { "server", "migrate", "--from", "kantor.db", "--to", insecure },
    { "demo", insecure, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      const char *args[8] = { NULL };

      for (guint j = 0; j < 6 && commands[i][j] != NULL; j++)
        args[j] = commands[i][j];
      g_test_message ("kinerja-cli %s", args[0]);
      g_assert_cmpint (kn_test_run_cliv (&out, &err, args), ==, 2);
      g_assert_nonnull (strstr (err, "“db.bkd.lan”"));
      g_assert_nonnull (strstr (err, "sslmode=disable"));
      g_assert_cmpstr (out, ==, "");
    }
}

/* A small RFC 4180 reader for the test: fields of one record, or NULL at the end. */
static GPtrArray *
csv_next_record (const char **cursor)
{
  const char *p = *cursor;
  GPtrArray *fields;
  GString *field;

  if (*p == '\0')
    return NULL;

  fields = g_ptr_array_new_with_free_func (g_free);
  field = g_string_new (NULL);
  for (;;)
    {
      if (*p == '"')
        {
          p++;
          while (*p != '\0' && !(*p == '"' && p[1] != '"'))
            {
              if (*p == '"')
                p++;
              g_string_append_c (field, *p++);
            }
          g_assert_cmpint (*p, ==, '"');
          p++;
        }
      else
        while (*p != '\0' && *p != ',' && *p != '\n')
          g_string_append_c (field, *p++);

      g_ptr_array_add (fields, g_string_free (field, FALSE));
      if (*p == ',')
        {
          p++;
          field = g_string_new (NULL);
          continue;
        }
      if (*p == '\n')
        p++;
      break;
    }

  *cursor = p;
  return fields;
}

static void
test_demo_and_employees_csv (Fixture       *fixture,
                             gconstpointer  data)
{
  g_auto(KnTestCliRun) cli = { NULL };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) header = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *cursor;
  GPtrArray *record;
  guint rows = 0;

  g_assert_cmpint (kn_test_cli (&cli, "demo", fixture->db, NULL), ==, 0);
  if (!kn_test_on_server ())
    g_assert_true (g_file_test (fixture->db, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (kn_test_cli (&cli, "employees", "--database", fixture->db, "--csv", NULL),
                   ==, 0);

  store = kn_store_open (fixture->db, &error);
  g_assert_no_error (error);

  cursor = cli.out;
  header = csv_next_record (&cursor);
  g_assert_nonnull (header);
  g_assert_cmpuint (header->len, ==, 9);
  g_assert_cmpstr (g_ptr_array_index (header, 0), ==, "nip");
  g_assert_cmpstr (g_ptr_array_index (header, 1), ==, "nama");
  g_assert_cmpstr (g_ptr_array_index (header, 7), ==, "atasan_nip");

  while ((record = csv_next_record (&cursor)) != NULL)
    {
      const char *nip = g_ptr_array_index (record, 0);
      KnEmployee *employee = kn_store_find_employee_by_nip (store, nip);
      KnEmployee *supervisor;

      g_assert_cmpuint (record->len, ==, 9);
      g_assert_nonnull (employee);
      g_assert_cmpstr (g_ptr_array_index (record, 1), ==, kn_employee_get_name (employee));
      g_assert_cmpstr (g_ptr_array_index (record, 3), ==, kn_employee_get_rank (employee));
      g_assert_cmpstr (g_ptr_array_index (record, 4), ==, kn_employee_get_position (employee));
      /* The unit's name, or its path where several units share the name (the demo's
       * "Sekretariat"): what the import finds again. */
      g_assert_true (kn_store_resolve_unit (store, g_ptr_array_index (record, 6), NULL) ==
                     kn_store_lookup_unit (store, kn_employee_get_unit_id (employee)));
      if (g_str_equal (kn_employee_get_unit_name (employee), "Sekretariat"))
        g_assert_true (g_str_has_suffix (g_ptr_array_index (record, 6), "/Sekretariat"));
      else
        g_assert_cmpstr (g_ptr_array_index (record, 6), ==, kn_employee_get_unit_name (employee));
      supervisor = kn_store_lookup_employee (store, kn_employee_get_supervisor_id (employee));
      g_assert_cmpstr (g_ptr_array_index (record, 7), ==,
                       supervisor != NULL ? kn_employee_get_nip (supervisor) : "");
      g_assert_true (g_hash_table_add (seen, g_strdup (nip)));
      rows++;
      g_ptr_array_unref (record);
    }

  g_assert_cmpuint (rows, >=, 60);
  g_assert_cmpuint (rows, ==, g_list_model_get_n_items (kn_store_get_employees (store)));
}

static void
test_employees_by_unit (Fixture       *fixture,
                        gconstpointer  data)
{
  g_auto(KnTestCliRun) cli = { NULL };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) header = NULL;
  g_autoptr(GPtrArray) members = NULL;
  KnOrgUnit *unit;
  const char *cursor;
  GPtrArray *record;
  guint rows = 0;

  g_assert_cmpint (kn_test_cli (&cli, "demo", fixture->db, NULL), ==, 0);
  store = kn_store_open (fixture->db, &error);
  g_assert_no_error (error);
  unit = kn_store_find_unit (store, "Bidang Pembinaan SMA");
  g_assert_nonnull (unit);

  members = kn_test_unit_members (store, kn_org_unit_get_id (unit));
  g_assert_cmpuint (members->len, >, 1);

  g_assert_cmpint (kn_test_cli (&cli, "employees", "-d", fixture->db,
                                "--unit", "bidang pembinaan sma", "--csv", NULL), ==, 0);

  cursor = cli.out;
  header = csv_next_record (&cursor);
  while ((record = csv_next_record (&cursor)) != NULL)
    {
      KnEmployee *employee = kn_store_find_employee_by_nip (store, g_ptr_array_index (record, 0));

      g_assert_nonnull (employee);
      g_assert_true (kn_store_unit_is_within (store, kn_employee_get_unit_id (employee),
                                              kn_org_unit_get_id (unit)));
      rows++;
      g_ptr_array_unref (record);
    }
  g_assert_cmpuint (rows, ==, members->len);

  /* The text listing shows the same people and ends with the count. */
  g_assert_cmpint (kn_test_cli (&cli, "employees", "-d", fixture->db,
                                "--unit", "Bidang Pembinaan SMA", NULL), ==, 0);
  {
    g_autofree char *tail = g_strdup_printf ("%u employees\n", members->len);

    g_assert_true (g_str_has_suffix (cli.out, tail));
  }
}

static void
test_employees_errors (Fixture       *fixture,
                       gconstpointer  data)
{
  g_auto(KnTestCliRun) cli = { NULL };
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.db", NULL);

  g_assert_cmpint (kn_test_cli (&cli, "employees", "-d", missing, NULL), ==, 3);
  g_assert_nonnull (strstr (cli.err, "missing.db"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_assert_cmpint (kn_test_cli (&cli, "demo", fixture->db, NULL), ==, 0);
  g_assert_cmpint (kn_test_cli (&cli, "employees", "-d", fixture->db, "--unit", "Dinas Kelautan",
                                NULL), ==, 1);
  g_assert_nonnull (strstr (cli.err, "Dinas Kelautan"));

  /* "Sekretariat" exists in both demo OPDs: the command asks for the path. */
  g_assert_cmpint (kn_test_cli (&cli, "employees", "-d", fixture->db, "--unit", "Sekretariat",
                                NULL), ==, 1);
  g_assert_nonnull (strstr (cli.err, "Badan Kepegawaian Daerah › Sekretariat"));
  g_assert_cmpint (kn_test_cli (&cli, "employees", "-d", fixture->db,
                                "--unit", "Badan Kepegawaian Daerah/Sekretariat", NULL), ==, 0);
}

static void
test_demo_keeps_real_data (Fixture       *fixture,
                           gconstpointer  data)
{
  g_auto(KnTestCliRun) cli = { NULL };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  gsize before_len, after_len;

  {
    g_autoptr(KnStore) store = kn_store_open (fixture->db, &error);
    g_autoptr(KnOrgUnit) unit = kn_org_unit_new ("Dinas Kesehatan", 0);

    g_assert_no_error (error);
    g_assert_true (kn_store_add_unit (store, unit, &error));
    g_assert_no_error (error);
  }

  if (kn_test_on_server ())
    {
      g_autoptr(KnStore) store = NULL;

      /* A server's database that holds an office is refused whole, in one transaction. */
      g_assert_cmpint (kn_test_cli (&cli, "demo", fixture->db, NULL), ==, 1);
      g_assert_nonnull (strstr (cli.err, "already holds units or employees"));
      store = kn_store_open (fixture->db, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_units (store)), ==, 1);
      g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (store)), ==, 0);
      return;
    }

  g_assert_true (g_file_get_contents (fixture->db, &before, &before_len, NULL));
  g_assert_cmpint (kn_test_cli (&cli, "demo", fixture->db, NULL), ==, 1);
  g_assert_nonnull (strstr (cli.err, "untouched"));
  g_assert_true (g_file_get_contents (fixture->db, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
}

/* Runs kinerja-cli with @args (up to NULL) and "-d @database"; returns what it printed, with
 * its exit status on a last line. */
static char *
cli_output (const char *database,
            const char *first,
            ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *cli = NULL;
  const char *arg;
  va_list args;
  int status;

  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer)arg);
  va_end (args);
  g_ptr_array_add (argv, (gpointer)"-d");
  g_ptr_array_add (argv, (gpointer)database);
  g_ptr_array_add (argv, NULL);

  cli = g_strdup (g_getenv ("KINERJA_CLI"));
  g_assert_nonnull (cli);
  g_ptr_array_insert (argv, 0, cli);
  {
    g_autoptr(GError) error = NULL;
    g_auto(GStrv) env = g_new0 (char *, 1);

    /* A bare environment but for the sanitizers' options (their leak suppressions). */
    env = g_environ_setenv (env, "LC_ALL", "C", TRUE);
    env = g_environ_setenv (env, "LANGUAGE", "C", TRUE);
    if (g_getenv ("ASAN_OPTIONS") != NULL)
      env = g_environ_setenv (env, "ASAN_OPTIONS", g_getenv ("ASAN_OPTIONS"), TRUE);
    if (g_getenv ("LSAN_OPTIONS") != NULL)
      env = g_environ_setenv (env, "LSAN_OPTIONS", g_getenv ("LSAN_OPTIONS"), TRUE);

    g_spawn_sync (NULL, (char **)argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                  &out, &err, &status, &error);
    g_assert_no_error (error);
  }
  return g_strdup_printf ("%s%s[exit %d]\n", out, err, WIFEXITED (status) ? WEXITSTATUS (status) : -1);
}

/* What a reader of the workbook at @path sees (tests/data/xlsx-text.py: every cell, the page
 * header and footer); NULL, the test skipped, without openpyxl. */
static char *
workbook_text (const char *path)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "data", "xlsx-text.py", NULL);
  const char *argv[] = { "/usr/bin/python3", script, path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("/usr/bin/python3 is not installed");
      return NULL;
    }
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("openpyxl (python3-openpyxl) is not installed");
      g_free (out);
      return NULL;
    }
  if (!g_spawn_check_wait_status (status, &error))
    g_test_message ("xlsx-text.py %s failed: %s", path, err);
  g_assert_no_error (error);
  return out;
}

/* The demo on a server and on a file: every command prints the same (issue 11). */
static void
test_server_same_as_file (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "kantor.db", NULL);
  g_auto(KnTestCliRun) cli = { NULL };
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  const char *commands[][9] = {
    { "employees", NULL },
    { "employees", "--csv", NULL },
    { "employees", "--unit", "Bidang Pembinaan SMA", NULL },
    { "evaluasi", "--unit", EVAL_UNIT, "--period", EVAL_PERIOD, NULL },
    { "evaluasi", "--unit", EVAL_UNIT, "--period", EVAL_PERIOD, "--csv", NULL },
    { "distribusi", "--unit", EVAL_UNIT, "--period", EVAL_PERIOD, NULL },
    { "kompetensi", "--unit", "Badan Kepegawaian Daerah", "--year", "2026", NULL },
    { "kompetensi", "--unit", "Badan Kepegawaian Daerah", "--year", "2026", "--csv", NULL },
    { "skp-template", "list", NULL },
  };
  guint n_skp = 0;

  g_assert_cmpint (kn_test_cli (&cli, "demo", fixture->db, NULL), ==, 0);
  g_assert_cmpint (kn_test_cli (&cli, "demo", file, NULL), ==, 0);
  STOP_IF_FAILED ();

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const char *const *c = commands[i];
      g_autofree char *on_file = cli_output (file, c[0], c[1], c[2], c[3], c[4], c[5], c[6], NULL);
      g_autofree char *on_server = cli_output (fixture->db, c[0], c[1], c[2], c[3], c[4], c[5],
                                               c[6], NULL);

      g_test_message ("kinerja-cli %s %s …", c[0], c[1] != NULL ? c[1] : "");
      g_assert_true (g_str_has_suffix (on_file, "[exit 0]\n"));
      g_assert_cmpstr (on_server, ==, on_file);
    }

  /* Everyone's SKP. */
  csv = cli_output (file, "employees", "--csv", NULL);
  lines = g_strsplit (csv, "\n", -1);
  for (guint i = 1; lines[i] != NULL && g_ascii_isdigit (lines[i][0]); i++)
    {
      g_autofree char *nip = g_strndup (lines[i], strcspn (lines[i], ","));
      g_autofree char *on_file = cli_output (file, "skp", nip, "--year", "2026", NULL);
      g_autofree char *on_server = cli_output (fixture->db, "skp", nip, "--year", "2026", NULL);

      g_assert_cmpstr (on_server, ==, on_file);
      n_skp++;
    }
  g_assert_cmpuint (n_skp, >=, 60);
  STOP_IF_FAILED ();

  /* The commands that read what the demo has none of yet, and imports checked, not saved:
   * the same sentences and the same exit status. */
  {
    g_autofree char *roster = g_test_build_filename (G_TEST_DIST, "data", "contoh",
                                                     "pegawai-simpeg.csv", NULL);
    g_autofree char *activities = g_test_build_filename (G_TEST_DIST, "data", "contoh",
                                                         "kegiatan-bpsdm.csv", NULL);
    g_autofree char *first_nip = g_strndup (lines[1], strcspn (lines[1], ","));
    const char *checks[][7] = {
      { "tim-penilai", NULL },
      { "tim-penilai", "--period", EVAL_PERIOD, NULL },
      { "skm", "hasil", "--unit", EVAL_UNIT, "--period", EVAL_PERIOD, NULL },
      { "pegawai", "riwayat", first_nip, NULL },
      { "import", "pegawai", roster, "--dry-run", NULL },
      { "import", "kegiatan", activities, "--dry-run", NULL },
    };

    for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
      {
        const char *const *c = checks[i];
        g_autofree char *on_file = cli_output (file, c[0], c[1], c[2], c[3], c[4], c[5], NULL);
        g_autofree char *on_server = cli_output (fixture->db, c[0], c[1], c[2], c[3], c[4], c[5],
                                                 NULL);

        g_test_message ("kinerja-cli %s %s …", c[0], c[1] != NULL ? c[1] : "");
        g_assert_cmpstr (on_server, ==, on_file);
      }
  }

  /* Written the same on both, then read back the same: a survey, a jabatan, the documents. */
  {
    g_autofree char *survey = g_build_filename (fixture->dir, "skm.csv", NULL);
    g_autofree char *pdf = g_build_filename (fixture->dir, "evaluasi.pdf", NULL);
    g_autofree char *nip = g_strndup (lines[2], strcspn (lines[2], ","));
    g_autofree char *pdf_on_file = NULL;
    const char *writes[][11] = {
      { "skm", "import", survey, "--unit", EVAL_UNIT, "--layanan", "Legalisir Ijazah",
        "--period", EVAL_PERIOD, "--populasi", "120" },
      { "skm", "hasil", "--unit", EVAL_UNIT, "--period", EVAL_PERIOD, "--csv", NULL },
      { "pegawai", "jabatan", nip, "Analis SDM Aparatur Ahli Muda", "--kind", "ahli-muda",
        "--tmt", "2026-04-01", NULL },
      { "pegawai", "riwayat", nip, NULL },
      { "employees", "--csv", NULL },
    };

    g_assert_true (g_file_set_contents (survey, "U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
                                                "4,3,4,3,4,4,3,4,4\n3,3,3,4,4,3,3,3,4\n",
                                        -1, NULL));
    for (guint i = 0; i < G_N_ELEMENTS (writes); i++)
      {
        const char *const *c = writes[i];
        g_autofree char *on_file = cli_output (file, c[0], c[1], c[2], c[3], c[4], c[5], c[6],
                                               c[7], c[8], c[9], c[10], NULL);
        g_autofree char *on_server = cli_output (fixture->db, c[0], c[1], c[2], c[3], c[4], c[5],
                                                 c[6], c[7], c[8], c[9], c[10], NULL);

        g_test_message ("kinerja-cli %s %s …", c[0], c[1] != NULL ? c[1] : "");
        g_assert_true (g_str_has_suffix (on_file, "[exit 0]\n"));
        g_assert_cmpstr (on_server, ==, on_file);
      }

    /* The evaluation form of the unit's first person, written from each: the same text. */
    for (guint engine = 0; engine < 2; engine++)
      {
        g_autofree char *printed = cli_output (engine == 0 ? file : fixture->db, "export",
                                               "--document", "evaluasi", "--nip", nip,
                                               "--period", EVAL_PERIOD, "-o", pdf, NULL);
        g_autofree char *text = NULL;

        if (!g_str_has_suffix (printed, "[exit 0]\n"))
          g_test_message ("export on the %s: %s", engine == 0 ? "file" : "server", printed);
        g_assert_true (g_str_has_suffix (printed, "[exit 0]\n"));
        text = kn_test_pdf_text (pdf, NULL);
        if (text == NULL)
          return;
        if (engine == 0)
          pdf_on_file = g_steal_pointer (&text);
        else
          g_assert_cmpstr (text, ==, pdf_on_file);
        g_assert_cmpint (g_remove (pdf), ==, 0);
      }
  }
  STOP_IF_FAILED ();

  /* Files written from each: the workbooks read as a person reads them (every cell, header and
   * footer, through openpyxl), the PDFs as text; the same on both. */
  {
    g_autofree char *nip = g_strndup (lines[2], strcspn (lines[2], ","));
    const char *files[][13] = {
      { "out.xlsx", "export", "--document", "evaluasi", "--unit", EVAL_UNIT, "--period",
        EVAL_PERIOD, "--format", "xlsx", "-o", NULL },
      { "out.xlsx", "export", "--document", "skp", "--nip", nip, "--period", "2026", "--format",
        "xlsx", "-o", NULL },
      { "out.xlsx", "skm", "laporan", "--unit", EVAL_UNIT, "--period", EVAL_PERIOD, "-o", NULL },
      { "out.pdf", "skm", "laporan", "--unit", EVAL_UNIT, "--period", EVAL_PERIOD, "-o", NULL },
      { "out.xlsx", "kompetensi", "--unit", "Badan Kepegawaian Daerah", "--year", "2026", "-o",
        NULL },
    };

    for (guint i = 0; i < G_N_ELEMENTS (files); i++)
      {
        const char *const *c = files[i];
        g_autofree char *path = g_build_filename (fixture->dir, c[0], NULL);
        g_autofree char *on_file = NULL;

        g_test_message ("kinerja-cli %s %s … -o %s", c[1], c[2], c[0]);
        for (guint engine = 0; engine < 2; engine++)
          {
            const char *database = engine == 0 ? file : fixture->db;
            g_autofree char *printed = NULL;
            g_autofree char *text = NULL;
            const char *args[12] = { NULL };
            guint n = 0;

            /* The command, then -o and the file at the first NULL. */
            for (guint k = 1; c[k] != NULL; k++)
              args[n++] = c[k];
            args[n++] = path;
            printed = cli_output (database, args[0], args[1], args[2], args[3], args[4], args[5],
                                  args[6], args[7], args[8], args[9], args[10], args[11], NULL);
            if (!g_str_has_suffix (printed, "[exit 0]\n"))
              g_test_message ("on the %s: %s", engine == 0 ? "file" : "server", printed);
            g_assert_true (g_str_has_suffix (printed, "[exit 0]\n"));
            text = g_str_has_suffix (path, ".xlsx") ? workbook_text (path)
                                                    : kn_test_pdf_text (path, NULL);
            if (text == NULL)
              return;
            g_assert_cmpuint (strlen (text), >, 100);
            if (engine == 0)
              on_file = g_steal_pointer (&text);
            else
              g_assert_cmpstr (text, ==, on_file);
            g_assert_cmpint (g_remove (path), ==, 0);
          }
      }
  }
  STOP_IF_FAILED ();

  /* A jabatan's template saved from an SKP and applied to a unit for the next year, and real
   * imports (not --dry-run) of people and learning activities: the same sentences, and the
   * same records read back. */
  {
    g_autofree char *roster = g_test_build_filename (G_TEST_DIST, "data", "contoh",
                                                     "pegawai-simpeg.csv", NULL);
    g_autofree char *activities = g_test_build_filename (G_TEST_DIST, "data", "contoh",
                                                         "kegiatan-bpsdm.csv", NULL);
    g_autofree char *nip = NULL;
    g_autofree char *position = NULL;
    const char *steps[][9] = {
      { "skp-template", "save", NULL, "--from", nip, "--year", "2026", NULL },
      { "skp-template", "list", NULL },
      { "skp-template", "apply", NULL, "--unit", EVAL_UNIT, "--year", "2027", NULL },
      { "skp", nip, "--year", "2027", NULL },
      { "import", "pegawai", roster, NULL },
      { "employees", "--csv", NULL },
      { "import", "kegiatan", activities, NULL },
      { "kompetensi", "--unit", "Badan Kepegawaian Daerah", "--year", "2026", "--csv", NULL },
    };

    /* The template is the jabatan of someone of the unit with an SKP, applied to everyone of
     * the unit who holds it. */
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KnStore) store = kn_store_open (file, &error);
      KnOrgUnit *unit;
      GListModel *employees;

      g_assert_no_error (error);
      unit = kn_store_find_unit (store, EVAL_UNIT);
      g_assert_nonnull (unit);
      employees = kn_store_get_employees (store);
      for (guint i = 0; i < g_list_model_get_n_items (employees) && nip == NULL; i++)
        {
          g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
          g_autoptr(KnPlan) plan = NULL;

          if (kn_employee_get_unit_id (employee) != kn_org_unit_get_id (unit))
            continue;
          plan = kn_store_load_plan (store, kn_employee_get_id (employee), 2026, NULL);
          if (plan == NULL ||
              g_list_model_get_n_items (G_LIST_MODEL (kn_plan_get_results (plan))) == 0)
            continue;
          nip = g_strdup (kn_employee_get_nip (employee));
          position = g_strdup (kn_employee_get_position (employee));
        }
      g_assert_nonnull (nip);
    }
    steps[0][2] = position;
    steps[0][4] = nip;
    steps[2][2] = position;
    steps[3][1] = nip;

    for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
      {
        const char *const *c = steps[i];
        g_autofree char *on_file = cli_output (file, c[0], c[1], c[2], c[3], c[4], c[5], c[6],
                                               c[7], NULL);
        g_autofree char *on_server = cli_output (fixture->db, c[0], c[1], c[2], c[3], c[4], c[5],
                                                 c[6], c[7], NULL);

        g_test_message ("kinerja-cli %s %s …", c[0], c[1] != NULL ? c[1] : "");
        if (!g_str_has_suffix (on_file, "[exit 0]\n"))
          g_test_message ("on the file: %s", on_file);
        g_assert_true (g_str_has_suffix (on_file, "[exit 0]\n"));
        g_assert_cmpstr (on_server, ==, on_file);
      }
  }
}

/* kinerja-cli backup and restore on a server: refused, pointing to pg_dump and pg_restore,
 * before anything is made (no folder named after the address). */
static void
test_server_backup (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (fixture->dir, "kantor.bak", NULL);

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      int status = i == 0 ? run_cli (&out, &err, "backup", "-d", fixture->db, NULL)
                          : run_cli (&out, &err, "restore", "-d", fixture->db, backup, NULL);

      g_assert_cmpint (status, ==, 2);
      g_assert_nonnull (strstr (err, i == 0 ? "pg_dump" : "pg_restore"));
      g_assert_false (g_file_test ("postgresql:", G_FILE_TEST_EXISTS));
    }
}

/* Evaluations: kinerja-cli evaluasi and distribusi on the demo database */

/* Makes the demo database and opens it. */
static KnStore *
open_demo (Fixture *fixture)
{
  g_auto(KnTestCliRun) cli = { NULL };
  g_autoptr(GError) error = NULL;
  KnStore *store;

  g_assert_cmpint (kn_test_cli (&cli, "demo", fixture->db, NULL), ==, 0);
  store = kn_store_open (fixture->db, &error);
  g_assert_no_error (error);
  return store;
}

static gint64
rate (KnStore    *store,
      gint64      employee_id,
      const char *period,
      KnRating    result,
      KnRating    behaviour)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) evaluation = kn_store_load_evaluation (store, employee_id, period,
                                                                 &error);

  g_assert_no_error (error);
  if (evaluation != NULL && kn_evaluation_get_status (evaluation) == KN_EVALUATION_STATUS_FINAL)
    {
      /* The demo may have finalised it: reopen it to rate it again. */
      g_assert_true (kn_store_reopen_evaluation (store, kn_evaluation_get_id (evaluation),
                                                 "Dinilai ulang oleh tes.", &error));
      g_assert_no_error (error);
    }
  return kn_test_save_ratings (store, employee_id, period, result, behaviour);
}

static void
test_evaluasi_csv (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(KnTestCliRun) cli = { NULL };
  g_autoptr(KnStore) store = open_demo (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autoptr(GPtrArray) header = NULL;
  KnOrgUnit *unit;
  gint64 unit_id;
  const char *cursor;
  GPtrArray *record;
  guint rows = 0;

  unit = kn_store_find_unit (store, EVAL_UNIT);
  g_assert_nonnull (unit);
  unit_id = kn_org_unit_get_id (unit);
  ids = kn_test_unit_member_ids (store, unit_id);
  g_assert_cmpuint (ids->len, >=, 3);

  /* One Baik draft, one with a single rating, one final Sangat Baik; the others as the demo
   * left them. */
  rate (store, g_array_index (ids, gint64, 0), EVAL_PERIOD, KN_RATING_AS_EXPECTED,
        KN_RATING_ABOVE);
  rate (store, g_array_index (ids, gint64, 1), EVAL_PERIOD, KN_RATING_BELOW, KN_RATING_NONE);
  g_assert_true (kn_store_finalize_evaluation (store,
                                               rate (store, g_array_index (ids, gint64, 2),
                                                     EVAL_PERIOD, KN_RATING_ABOVE,
                                                     KN_RATING_ABOVE),
                                               &error));
  g_assert_no_error (error);
  /* Someone of another unit, rated: not listed. */
  {
    KnOrgUnit *other = kn_store_resolve_unit (store, "Badan Kepegawaian Daerah", &error);
    g_autoptr(GArray) others = NULL;

    g_assert_no_error (error);
    others = kn_test_unit_member_ids (store, kn_org_unit_get_id (other));
    g_assert_cmpuint (others->len, >, 0);
    rate (store, g_array_index (others, gint64, 0), EVAL_PERIOD, KN_RATING_ABOVE, KN_RATING_ABOVE);
  }
  g_clear_object (&store);

  g_assert_cmpint (kn_test_cli (&cli, "evaluasi", "-d", fixture->db, "--unit", EVAL_UNIT,
                                "--period", EVAL_PERIOD, "--csv", NULL), ==, 0);

  store = kn_store_open (fixture->db, &error);
  g_assert_no_error (error);
  evaluations = kn_store_list_unit_evaluations (store, unit_id, EVAL_PERIOD, 0);
  g_assert_cmpuint (evaluations->len, ==, ids->len);

  cursor = cli.out;
  header = csv_next_record (&cursor);
  g_assert_nonnull (header);
  g_assert_cmpuint (header->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (header, 0), ==, "nip");
  g_assert_cmpstr (g_ptr_array_index (header, 1), ==, "nama");
  g_assert_cmpstr (g_ptr_array_index (header, 2), ==, "rating_hasil_kerja");
  g_assert_cmpstr (g_ptr_array_index (header, 3), ==, "rating_perilaku_kerja");
  g_assert_cmpstr (g_ptr_array_index (header, 4), ==, "predikat");
  g_assert_cmpstr (g_ptr_array_index (header, 5), ==, "status");

  while ((record = csv_next_record (&cursor)) != NULL)
    {
      KnEvaluation *evaluation;
      KnEmployee *employee;

      g_assert_cmpuint (record->len, ==, 6);
      g_assert_cmpuint (rows, <, evaluations->len);
      if (rows >= evaluations->len)
        {
          g_ptr_array_unref (record);
          break;
        }
      evaluation = g_ptr_array_index (evaluations, rows);
      employee = kn_store_lookup_employee (store, kn_evaluation_get_employee_id (evaluation));
      g_assert_cmpint (kn_evaluation_get_employee_id (evaluation), ==,
                       g_array_index (ids, gint64, rows));

      g_assert_cmpstr (g_ptr_array_index (record, 0), ==, kn_employee_get_nip (employee));
      g_assert_cmpstr (g_ptr_array_index (record, 1), ==, kn_employee_get_name (employee));
      g_assert_cmpstr (g_ptr_array_index (record, 2), ==,
                       kn_rating_to_string (kn_evaluation_get_rating_result (evaluation)));
      g_assert_cmpstr (g_ptr_array_index (record, 3), ==,
                       kn_rating_to_string (kn_evaluation_get_rating_behaviour (evaluation)));
      g_assert_cmpstr (g_ptr_array_index (record, 4), ==,
                       kn_predikat_to_string (kn_evaluation_get_predikat (evaluation)));
      g_assert_cmpstr (g_ptr_array_index (record, 5), ==,
                       kn_evaluation_get_id (evaluation) == 0
                       ? ""
                       : kn_evaluation_status_to_string (kn_evaluation_get_status (evaluation)));

      /* The three rated above, by their literal values. */
      if (rows == 0)
        {
          g_assert_cmpstr (g_ptr_array_index (record, 2), ==, "sesuai");
          g_assert_cmpstr (g_ptr_array_index (record, 3), ==, "di-atas");
          g_assert_cmpstr (g_ptr_array_index (record, 4), ==, "baik");
          g_assert_cmpstr (g_ptr_array_index (record, 5), ==, "draft");
        }
      else if (rows == 1)
        {
          g_assert_cmpstr (g_ptr_array_index (record, 2), ==, "di-bawah");
          g_assert_cmpstr (g_ptr_array_index (record, 3), ==, "");
          g_assert_cmpstr (g_ptr_array_index (record, 4), ==, "");
          g_assert_cmpstr (g_ptr_array_index (record, 5), ==, "draft");
        }
      else if (rows == 2)
        {
          g_assert_cmpstr (g_ptr_array_index (record, 4), ==, "sangat-baik");
          g_assert_cmpstr (g_ptr_array_index (record, 5), ==, "final");
        }
      rows++;
      g_ptr_array_unref (record);
    }
  g_assert_cmpuint (rows, ==, ids->len);
}

static void
test_distribusi_exit_status (Fixture       *fixture,
                             gconstpointer  data)
{
  g_auto(KnTestCliRun) cli = { NULL };
  g_autoptr(KnStore) store = open_demo (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) violations = NULL;
  g_autofree char *baik_line = NULL;
  g_autofree char *share = NULL;
  guint counts[KN_PREDIKAT_N];
  KnOrgUnit *unit;
  gint64 unit_id;
  guint allowed;

  unit = kn_store_find_unit (store, EVAL_UNIT);
  g_assert_nonnull (unit);
  unit_id = kn_org_unit_get_id (unit);
  ids = kn_test_unit_member_ids (store, unit_id);
  /* The pattern counts the people whose predikat the head sets, not the head. */
  for (guint i = ids->len; i > 0; i--)
    if (kn_store_is_unit_head (store, g_array_index (ids, gint64, i - 1), unit_id))
      g_array_remove_index (ids, i - 1);
  allowed = kn_distribution_allowed_count (0.7, ids->len);
  g_assert_cmpuint (ids->len, >, allowed);

  /* A period nobody has touched (the demo fills its own year): nothing set, nothing to break. */
  g_assert_cmpint (kn_test_cli (&cli, "distribusi", "-d", fixture->db, "--unit", EVAL_UNIT,
                                "--period", "2030-TW1", NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, "No capaian kinerja organisasi is set"));

  /* Predikat organisasi Baik; 70 % Baik and the rest Butuh Perbaikan keeps the pattern. */
  g_assert_true (kn_store_set_org_predikat (store, unit_id, EVAL_PERIOD, KN_ORG_PREDIKAT_BAIK,
                                            &error));
  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    rate (store, g_array_index (ids, gint64, i), EVAL_PERIOD,
          i < allowed ? KN_RATING_AS_EXPECTED : KN_RATING_BELOW, KN_RATING_AS_EXPECTED);
  violations = kn_store_check_distribution (store, unit_id, EVAL_PERIOD, counts);
  g_assert_cmpuint (violations->len, ==, 0);
  g_clear_pointer (&violations, g_ptr_array_unref);
  g_clear_object (&store);

  g_assert_cmpint (kn_test_cli (&cli, "distribusi", "-d", fixture->db, "--unit", EVAL_UNIT,
                                "--period", EVAL_PERIOD, NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, "Capaian kinerja organisasi: Baik"));
  g_assert_nonnull (strstr (cli.out, "The distribution keeps to the pattern."));
  /* The share with two decimals, as the documents write it (C locale here). */
  baik_line = g_strdup_printf ("  %-20s %4u  %9s\n", "Baik", allowed,
                               (share = g_strdup_printf ("%.2f %%", 100.0 * allowed / ids->len)));
  g_assert_nonnull (strstr (cli.out, baik_line));
  g_assert_null (strstr (cli.out, "\n! "));

  /* Everyone Baik: more than 70 % Baik and nobody Butuh Perbaikan or Kurang. */
  store = kn_store_open (fixture->db, &error);
  g_assert_no_error (error);
  for (guint i = allowed; i < ids->len; i++)
    rate (store, g_array_index (ids, gint64, i), EVAL_PERIOD, KN_RATING_AS_EXPECTED,
          KN_RATING_AS_EXPECTED);
  violations = kn_store_check_distribution (store, unit_id, EVAL_PERIOD, counts);
  g_assert_cmpuint (violations->len, ==, 2);
  g_clear_object (&store);

  g_assert_cmpint (kn_test_cli (&cli, "distribusi", "-d", fixture->db, "--unit", EVAL_UNIT,
                                "--period", EVAL_PERIOD, NULL), ==, 1);
  {
    g_auto(GStrv) lines = g_strsplit (cli.out, "\n", -1);
    guint n_broken = 0;

    for (guint i = 0; lines[i] != NULL; i++)
      if (g_str_has_prefix (lines[i], "! "))
        {
          KnDistributionViolation *violation = g_ptr_array_index (violations, n_broken);

          g_assert_cmpuint (n_broken, <, violations->len);
          if (n_broken < violations->len)
            g_assert_cmpstr (lines[i] + 2, ==, violation->message);
          n_broken++;
        }
    g_assert_cmpuint (n_broken, ==, 2);
  }
  g_clear_pointer (&baik_line, g_free);
  baik_line = g_strdup_printf ("  %-20s %4u ", "Baik", ids->len);
  g_assert_nonnull (strstr (cli.out, baik_line));
}

static void
test_evaluasi_bad_period (Fixture       *fixture,
                          gconstpointer  data)
{
  static const char * const commands[] = { "evaluasi", "distribusi" };
  g_autoptr(KnStore) store = open_demo (fixture);

  g_clear_object (&store);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (&out, &err, commands[i], "-d", fixture->db, "--unit", EVAL_UNIT,
                                "--period", "2026-TW9", NULL), ==, 2);
      g_assert_nonnull (strstr (err, "“2026-TW9”"));
      g_assert_cmpstr (out, ==, "");
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);

      /* No period at all: told what to give. */
      g_assert_cmpint (run_cli (&out, &err, commands[i], "-d", fixture->db, "--unit", EVAL_UNIT,
                                NULL), ==, 2);
      g_assert_nonnull (strstr (err, "--period"));
    }
}

/* kn_period_parse reads periods case-insensitively, so "2026-tw1" is Triwulan I 2026 too: the
 * commands must show the same evaluations and predikat organisasi for it. */
static void
test_evaluasi_period_case (Fixture       *fixture,
                           gconstpointer  data)
{
  static const char * const commands[] = { "evaluasi", "distribusi" };
  g_autoptr(KnStore) store = open_demo (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GString) failures = g_string_new (NULL);
  KnOrgUnit *unit;

  unit = kn_store_find_unit (store, EVAL_UNIT);
  g_assert_nonnull (unit);
  ids = kn_test_unit_member_ids (store, kn_org_unit_get_id (unit));
  g_assert_cmpuint (ids->len, >, 0);
  g_assert_true (kn_store_set_org_predikat (store, kn_org_unit_get_id (unit), EVAL_PERIOD,
                                            KN_ORG_PREDIKAT_BAIK, &error));
  g_assert_no_error (error);
  rate (store, g_array_index (ids, gint64, 0), EVAL_PERIOD, KN_RATING_ABOVE, KN_RATING_ABOVE);
  g_clear_object (&store);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *upper = NULL;
      g_autofree char *lower = NULL;
      g_autofree char *err = NULL;
      const char *upper_body;
      const char *lower_body;
      int upper_status;
      int lower_status;

      upper_status = run_cli (&upper, &err, commands[i], "-d", fixture->db, "--unit", EVAL_UNIT,
                              "--period", "2026-TW1", NULL);
      g_clear_pointer (&err, g_free);
      lower_status = run_cli (&lower, &err, commands[i], "-d", fixture->db, "--unit", EVAL_UNIT,
                              "--period", "2026-tw1", NULL);

      /* distribusi's first line repeats the period as typed; the rest must be the same. */
      upper_body = upper;
      lower_body = lower;
      if (g_str_equal (commands[i], "distribusi"))
        {
          upper_body = strchr (upper, '\n') != NULL ? strchr (upper, '\n') : "";
          lower_body = strchr (lower, '\n') != NULL ? strchr (lower, '\n') : "";
        }

      if (g_str_equal (commands[i], "evaluasi") && strstr (upper, "Sangat Baik") == NULL)
        g_string_append_printf (failures, "kinerja-cli %s --period 2026-TW1 does not show the"
                                          " Sangat Baik evaluation:\n%s\n", commands[i], upper);
      if (lower_status != upper_status)
        g_string_append_printf (failures, "kinerja-cli %s exited %d for 2026-tw1 but %d for"
                                          " 2026-TW1\n", commands[i], lower_status, upper_status);
      if (g_strcmp0 (lower_body, upper_body) != 0)
        g_string_append_printf (failures, "kinerja-cli %s prints for 2026-tw1:\n%s\n"
                                          "but for 2026-TW1:\n%s\n", commands[i], lower, upper);
    }

  /* Reported at the end: every difference is listed, not only the first. */
  if (failures->len > 0)
    g_test_fail_printf ("%s", failures->str);
}

/* kinerja-cli kompetensi: one CSV row per employee of the unit with the JP the store holds;
 * -o writes the recap workbook; a missing unit is a usage error. */
static void
test_kompetensi (Fixture       *fixture,
                 gconstpointer  data)
{
  g_auto(KnTestCliRun) cli = { NULL };
  g_autofree char *xlsx = g_build_filename (fixture->dir, "rekap-jp.xlsx", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(KnStore) store = open_demo (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) header = NULL;
  KnOrgUnit *unit = kn_store_find_unit (store, "Badan Kepegawaian Daerah");
  const char *cursor;
  GPtrArray *record;
  guint rows = 0;
  gsize length = 0;

  g_assert_nonnull (unit);
  ids = kn_test_unit_member_ids (store, kn_org_unit_get_id (unit));

  /* A first activity for someone, so the row is known exactly. */
  {
    g_autoptr(KnTraining) training = kn_training_new (g_array_index (ids, gint64, 0));
    double before = kn_store_training_hours (store, training->employee_id, 2026);

    training->date = g_strdup ("2026-11-02");
    training->title = g_strdup ("Bimtek Manajemen Talenta ASN");
    training->form = KN_TRAINING_BIMTEK;
    training->hours = 7.5;
    g_assert_true (kn_store_save_training (store, training, &error));
    g_assert_no_error (error);
    g_assert_cmpfloat (kn_store_training_hours (store, training->employee_id, 2026), ==,
                       before + 7.5);
  }

  g_assert_cmpint (kn_test_cli (&cli, "kompetensi", "-d", fixture->db, "--unit",
                                "Badan Kepegawaian Daerah", "--year", "2026", "--csv", NULL), ==,
                                0);
  cursor = cli.out;
  header = csv_next_record (&cursor);
  g_assert_nonnull (header);
  g_assert_cmpuint (header->len, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (header, 3), ==, "jp");
  while ((record = csv_next_record (&cursor)) != NULL)
    {
      KnEmployee *employee = kn_store_find_employee_by_nip (store, g_ptr_array_index (record, 0));
      double hours;

      g_assert_nonnull (employee);
      hours = kn_store_training_hours (store, kn_employee_get_id (employee), 2026);
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (g_ptr_array_index (record, 3), NULL), hours,
                                      1e-9);
      g_assert_cmpstr (g_ptr_array_index (record, 4), ==, hours >= 20 ? "ya" : "tidak");
      rows++;
      g_ptr_array_unref (record);
    }
  g_assert_cmpuint (rows, ==, ids->len);

  g_assert_cmpint (kn_test_cli (&cli, "kompetensi", "-d", fixture->db, "-u",
                                "Badan Kepegawaian Daerah", "-y", "2026", "-o", xlsx, NULL), ==, 0);
  g_assert_true (g_file_get_contents (xlsx, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "PK"));
  g_remove (xlsx);

  g_assert_cmpint (kn_test_cli (&cli, "kompetensi", "-d", fixture->db, NULL), ==, 2);
  g_assert_nonnull (strstr (cli.err, "--unit"));
  g_assert_cmpint (kn_test_cli (&cli, "kompetensi", "-d", fixture->db, "-u", "Dinas Fiktif",
                                NULL), ==, 1);
  g_assert_nonnull (strstr (cli.err, "Dinas Fiktif"));
}

/* Adds an employee with the first free NIP of the form 199203152019032NNN from @seq on. */
static void
add_formula_employee (KnStore    *store,
                      KnOrgUnit  *unit,
                      guint       seq,
                      const char *name,
                      const char *position)
{
  g_autoptr(KnEmployee) employee = kn_employee_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *nip = g_strdup_printf ("199203152019032%03u", seq);

  kn_employee_set_nip (employee, nip);
  kn_employee_set_name (employee, name);
  kn_employee_set_status (employee, KN_EMPLOYEE_STATUS_PNS);
  kn_employee_set_rank (employee, "III/a");
  kn_employee_set_position (employee, position);
  kn_employee_set_position_kind (employee, KN_POSITION_PELAKSANA);
  kn_employee_set_unit_id (employee, kn_org_unit_get_id (unit));
  while (!kn_store_add_employee (store, employee, &error))
    {
      g_assert_cmpuint (++seq, <, 1000);
      g_clear_error (&error);
      g_free (nip);
      nip = g_strdup_printf ("199203152019032%03u", seq);
      kn_employee_set_nip (employee, nip);
    }
}

/* A name that looks like a formula stays text when the CSV is opened in a spreadsheet. */
static void
test_csv_formula (Fixture       *fixture,
                  gconstpointer  data)
{
  g_auto(KnTestCliRun) cli = { NULL };
  g_autoptr(KnStore) store = open_demo (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEmployee) employee = kn_employee_new ();
  KnOrgUnit *unit = kn_store_find_unit (store, "Badan Kepegawaian Daerah");

  kn_employee_set_nip (employee, "199203152019032001");
  kn_employee_set_name (employee, "=HYPERLINK(\"http://contoh\";\"Budi\")");
  kn_employee_set_status (employee, KN_EMPLOYEE_STATUS_PNS);
  kn_employee_set_rank (employee, "III/a");
  kn_employee_set_position (employee, "+62 Analis");
  kn_employee_set_position_kind (employee, KN_POSITION_PELAKSANA);
  kn_employee_set_unit_id (employee, kn_org_unit_get_id (unit));
  if (!kn_store_add_employee (store, employee, &error))
    {
      /* The NIP may be taken in the demo: any free one of that shape will do. */
      g_clear_error (&error);
      kn_employee_set_nip (employee, "199203152019032099");
      g_assert_true (kn_store_add_employee (store, employee, &error));
    }
  g_assert_no_error (error);

  add_formula_employee (store, unit, 900, "-2+3+cmd|' /C calc'!A0", "-1+1");
  add_formula_employee (store, unit, 950, "@SUM(A1)", "\r=1+1");
  g_clear_object (&store);

  g_assert_cmpint (kn_test_cli (&cli, "employees", "-d", fixture->db, "--csv", NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, "\"'=HYPERLINK(\"\"http://contoh\"\";\"\"Budi\"\")\""));
  g_assert_nonnull (strstr (cli.out, ",'+62 Analis,"));
  g_assert_null (strstr (cli.out, ",=HYPERLINK"));
  /* A minus followed by digits is a formula too unless the whole field is a number. */
  g_assert_nonnull (strstr (cli.out, ",'-2+3+cmd|' /C calc'!A0,"));
  g_assert_nonnull (strstr (cli.out, ",'-1+1,"));
  g_assert_nonnull (strstr (cli.out, ",\"'\r=1+1\","));
  g_assert_nonnull (strstr (cli.out, ",'@SUM(A1),"));
  g_assert_null (strstr (cli.out, ",-1+1,"));
  g_assert_null (strstr (cli.out, ",-2+3"));
}

/* A database at @db holding one unit with Ani in it. */
static void
add_ani (const char *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = kn_store_open (db, &error);
  guint n_people = 0;
  gint64 unit;

  g_assert_no_error (error);
  unit = kn_test_add_unit (store, "Dinas Kesehatan", 0);
  kn_test_add_staff (store, &n_people, "Ani", "Analis", KN_POSITION_PELAKSANA, unit, 0);
}

/* Points the commands' cache at a folder of the test (the test's environment points it nowhere;
 * the fixture puts it back) and returns that folder. */
static char *
use_own_cache (Fixture *fixture)
{
  char *cache_dir = g_build_filename (fixture->dir, "cache", NULL);

  g_setenv ("XDG_CACHE_HOME", cache_dir, TRUE);
  return cache_dir;
}

/* Lists the employees of @db into @cli, asserting that the command says the database is damaged,
 * writes nothing to its output and exits 3. */
static void
employees_damaged (KnTestCliRun *cli,
                   const char   *db)
{
  g_assert_cmpint (kn_test_cli (cli, "employees", "-d", db, NULL), ==, 3);
  g_assert_nonnull (strstr (cli->err, "damaged"));
  g_assert_cmpstr (cli->out, ==, "");
}

/* The quick check reads the whole file, most of a second at province scale: a file that passed it
 * and was not written since is not checked again. The user's cache keeps what the file was when
 * it passed (0600); a write (here, damage) is noticed at the next command. */
static void
test_check_once_per_change (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *cache_dir = NULL;
  g_autofree char *checked = NULL;
  g_autofree char *canonical = NULL;
  g_auto(KnTestCliRun) cli = { NULL };
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  GStatBuf info;

  if (kn_store_location_is_server (fixture->db))
    return;
  add_ani (fixture->db);
  canonical = g_canonicalize_filename (fixture->db, NULL);
  cache_dir = use_own_cache (fixture);
  checked = g_build_filename (cache_dir, "kinerja", "checked.ini", NULL);

  g_assert_cmpint (kn_test_cli (&cli, "employees", "-d", fixture->db, NULL), ==, 0);
  g_assert_true (g_key_file_load_from_file (keys, checked, G_KEY_FILE_NONE, NULL));
  first = g_key_file_get_string (keys, "checked", canonical, NULL);
  g_assert_nonnull (first);
  g_assert_cmpint (g_stat (checked, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  /* Read again, unchanged: the same stamp. */
  g_assert_cmpint (kn_test_cli (&cli, "employees", "-d", fixture->db, NULL), ==, 0);
  g_assert_true (g_key_file_load_from_file (keys, checked, G_KEY_FILE_NONE, NULL));
  second = g_key_file_get_string (keys, "checked", canonical, NULL);
  g_assert_cmpstr (first, ==, second);

  kn_test_damage_index (fixture->db);
  employees_damaged (&cli, fixture->db);
}

/* Damage written with the file's modification time set back (as a careless copy or a tool
 * might) still makes the next command check: the change time, also in the stamp, cannot be set
 * back. */
static void
test_check_sees_write_with_old_mtime (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autofree char *cache_dir = NULL;
  g_auto(KnTestCliRun) cli = { NULL };
  struct timespec times[2];
  GStatBuf before;
  GStatBuf after;

  add_ani (fixture->db);
  cache_dir = use_own_cache (fixture);
  g_assert_cmpint (kn_test_cli (&cli, "employees", "-d", fixture->db, NULL), ==, 0);

  g_assert_cmpint (g_stat (fixture->db, &before), ==, 0);
  kn_test_damage_index (fixture->db);
  times[0] = before.st_atim;
  times[1] = before.st_mtim;
  g_assert_cmpint (utimensat (AT_FDCWD, fixture->db, times, 0), ==, 0);
  g_assert_cmpint (g_stat (fixture->db, &after), ==, 0);
  g_assert_cmpint (after.st_size, ==, before.st_size);
  g_assert_cmpint (after.st_mtim.tv_sec, ==, before.st_mtim.tv_sec);
  g_assert_cmpint (after.st_mtim.tv_nsec, ==, before.st_mtim.tv_nsec);

  employees_damaged (&cli, fixture->db);
}

/* Writes into the command's cache that @db passed the check as it is now, on @day, the way
 * kinerja-cli keeps it (the file's device, inode, size, modification and change times, no
 * write-ahead log): what the cache holds when a failing disk changes the bytes but not the file. */
static void
stamp_as_checked (const char *checked,
                  const char *db,
                  const char *day)
{
  g_autofree char *canonical = g_canonicalize_filename (db, NULL);
  g_autofree char *folder = g_path_get_dirname (checked);
  g_autofree char *stamp = NULL;
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  GStatBuf info;

  g_assert_cmpint (g_stat (canonical, &info), ==, 0);
  stamp = g_strdup_printf ("%" G_GUINT64_FORMAT ".%" G_GUINT64_FORMAT ".%" G_GINT64_FORMAT
                           ".%ld.%09ld.%ld.%09ld/-@%s",
                           (guint64)info.st_dev, (guint64)info.st_ino, (gint64)info.st_size,
                           (long)info.st_mtim.tv_sec, info.st_mtim.tv_nsec,
                           (long)info.st_ctim.tv_sec, info.st_ctim.tv_nsec, day);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_key_file_set_string (keys, "checked", canonical, stamp);
  g_assert_true (g_key_file_save_to_file (keys, checked, &error));
  g_assert_no_error (error);
}

/* Damage that no write made (a failing disk) leaves the file's stamp as it was: the stamp is
 * trusted only on the day the check passed, so the first command of the next day checks again,
 * says the database is damaged and exits 3. */
static void
test_check_again_each_day (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *cache_dir = use_own_cache (fixture);
  g_autofree char *checked = g_build_filename (cache_dir, "kinerja", "checked.ini", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autofree char *today_text = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *yesterday_text = g_date_time_format (yesterday, "%Y-%m-%d");
  g_auto(KnTestCliRun) cli = { NULL };

  add_ani (fixture->db);
  kn_test_damage_index (fixture->db);

  /* Checked today as it is: not checked again (the damaged index is not read by the command). */
  stamp_as_checked (checked, fixture->db, today_text);
  g_assert_cmpint (kn_test_cli (&cli, "employees", "-d", fixture->db, NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, "Ani"));

  /* Checked yesterday as it is: checked again, and the damage is found. */
  stamp_as_checked (checked, fixture->db, yesterday_text);
  employees_damaged (&cli, fixture->db);
}

/* A damaged index is noticed when the database is opened: the command says so plainly and
 * exits 3 instead of reading or writing on (issue 12, defect 7). */
static void
test_damage_noticed (Fixture       *fixture,
                     gconstpointer  data)
{
  g_auto(KnTestCliRun) cli = { NULL };

  add_ani (fixture->db);
  g_assert_cmpint (kn_test_cli (&cli, "employees", "-d", fixture->db, NULL), ==, 0);

  kn_test_damage_index (fixture->db);
  employees_damaged (&cli, fixture->db);
  g_assert_nonnull (strstr (cli.err, fixture->db));
}


/* On damage the command names the newest backup that passes the check (a newer damaged one is
 * passed over) and how to restore it; doing so brings the data back and keeps the damaged file
 * (issue 12, defect 7). */
static void
test_damage_offers_backup (Fixture       *fixture,
                           gconstpointer  data)
{
  g_auto(KnTestCliRun) cli = { NULL };
  g_autofree char *folder = g_build_filename (fixture->dir, "cadangan", NULL);
  g_autofree char *bad = g_build_filename (folder, "demo-2099-01-01-000000.db", NULL);
  g_autofree char *good = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  gboolean kept_damaged = FALSE;
  const char *name;

  if (kn_test_skip_on_server ("a server keeps no backup files"))
    return;
  add_ani (fixture->db);
  /* A backup, then a newer one that is damaged. */
  g_assert_cmpint (kn_test_cli (&cli, "backup", "-d", fixture->db, NULL), ==, 0);
  g_assert_cmpint (kn_test_cli (&cli, "backup", "-d", fixture->db, "-o", bad, NULL), ==, 0);
  kn_test_damage_index (bad);
  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (strcmp (name, "demo-2099-01-01-000000.db") != 0)
      good = g_build_filename (folder, name, NULL);
  g_assert_nonnull (good);
  g_clear_pointer (&dir, g_dir_close);

  kn_test_damage_index (fixture->db);
  employees_damaged (&cli, fixture->db);
  g_assert_nonnull (strstr (cli.err, good));
  g_assert_null (strstr (cli.err, bad));
  g_assert_nonnull (strstr (cli.err, "kinerja-cli restore"));

  /* The restore it names works over the damaged database, and keeps that one. */
  g_assert_cmpint (kn_test_cli (&cli, "restore", "-d", fixture->db, good, NULL), ==, 0);
  g_assert_cmpint (kn_test_cli (&cli, "employees", "-d", fixture->db, NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, "Ani"));
  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    kept_damaged |= g_str_has_suffix (name, "-rusak-sebelum-pulih.db");
  g_assert_true (kept_damaged);
}

/* A folder given as the database: the message keeps the system's reason and gives no advice
 * about disk space; exit 3 (issue 12, defect 8). */
static void
test_database_is_folder (Fixture       *fixture,
                         gconstpointer  data)
{
  g_auto(KnTestCliRun) cli = { NULL };
  g_autofree char *folder = g_build_filename (fixture->dir, "data.db", NULL);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (kn_test_cli (&cli, "employees", "-d", folder, NULL), ==, 3);
  g_assert_nonnull (strstr (cli.err, folder));
  g_assert_nonnull (strstr (cli.err, g_strerror (EISDIR)));
  g_assert_null (strstr (cli.err, "disk"));
  g_assert_null (strstr (cli.err, "damaged"));
  g_assert_cmpstr (cli.out, ==, "");
}

/* Another program holds the write lock longer than a command waits: the command says the
 * database is busy, not damaged, and exits 3 without writing (issue 12, defect 8). */
static void
test_database_locked (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(KnTestCliRun) cli = { NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GPtrArray) history = NULL;
  gint64 unit;

  if (kn_test_skip_on_server ("a server's locks are its own"))
    return;
  store = kn_store_open (fixture->db, &error);
  g_assert_no_error (error);
  unit = kn_test_add_unit (store, "Dinas Kesehatan", 0);
  kn_test_add_person (store, "199203152019032001", "Rina", NULL, "Analis",
                      KN_POSITION_PELAKSANA, unit, 0);

  g_assert_true (kn_store_begin (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kn_test_cli (&cli, "pegawai", "-d", fixture->db, "status",
                                "199203152019032001", "pensiun", "--tmt", "2026-06-01", NULL), ==,
                                3);
  kn_store_rollback (store);
  g_assert_nonnull (strstr (cli.err, "busy"));
  g_assert_null (strstr (cli.err, "damaged"));
  g_assert_null (strstr (cli.err, "not a Kinerja"));
  g_assert_null (strstr (cli.err, "Rina"));

  /* Nothing was recorded. */
  g_clear_object (&store);
  g_assert_cmpint (kn_test_cli (&cli, "pegawai", "-d", fixture->db, "riwayat",
                                "199203152019032001", NULL), ==, 0);
  g_assert_null (strstr (cli.out, "ensiun"));
}

/* --year and --period are read strictly: what a person could not have meant is refused with exit
 * 2, naming the option, before any database is opened (issue 12, defect 10). */
static void
test_loose_years (Fixture       *fixture,
                  gconstpointer  data)
{
  struct
  {
    const char *args[12];
    const char *option;
  } cases[] = {
    { { "skp-template", "apply", "Guru", "--unit", "Dinas", "--year", "1900", "-d", NULL },
      "--year" },
    { { "skp-template", "apply", "Guru", "--unit", "Dinas", "--year", "0x7e6", "-d", NULL },
      "--year" },
    { { "kompetensi", "--unit", "Dinas", "--year", "2abc", "-d", NULL }, "--year" },
    { { "kompetensi", "--unit", "Dinas", "--year", "0000", "-d", NULL }, "--year" },
    { { "skp", "198609262015051001", "--year", "20266", "-d", NULL }, "--year" },
    { { "export", "--document", "skp", "--nip", "198609262015051001", "--period", "2abc", "-o",
        "skp.pdf", "-d", NULL }, "--period" },
    { { "export", "--document", "evaluasi", "--nip", "198609262015051001", "--period",
        "0000-TW1", "-o", "e.pdf", "-d", NULL }, "--period" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();
      g_autofree char *expected = g_strdup_printf ("kinerja-cli: %s: ", cases[i].option);

      for (guint j = 0; cases[i].args[j] != NULL; j++)
        g_ptr_array_add (argv, (gpointer) cases[i].args[j]);
      g_ptr_array_add (argv, fixture->db);
      g_ptr_array_add (argv, NULL);

      g_assert_cmpint (kn_test_run_cliv (&out, &err, (const char *const *) argv->pdata), ==, 2);
      g_assert_nonnull (strstr (err, expected));
      /* Nothing was created where the database would be. */
      g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
    }
}

/* Commands that only read never create or change a file: an empty file stays empty, another
 * program's SQLite file stays as it was, and the exit code says the database cannot be used
 * (issue 12, defects 6 and 8). */
static void
test_reading_changes_nothing (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *empty = g_build_filename (fixture->dir, "kosong.db", NULL);
  g_autofree char *foreign = g_build_filename (fixture->dir, "lain.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  gsize before_len, after_len;
  const char *commands[][8] = {
    { "employees", "-d", NULL },
    { "kompetensi", "--unit", "Dinas", "-d", NULL },
    { "evaluasi", "--unit", "Dinas", "--period", "2026-TW1", "-d", NULL },
    { "skp", "198609262015051001", "--year", "2026", "-d", NULL },
  };

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_free (kn_test_run_sqlite (foreign, "PRAGMA user_version = 3; CREATE TABLE catatan (isi TEXT);"));
  g_assert_true (g_file_get_contents (foreign, &before, &before_len, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    for (guint f = 0; f < 2; f++)
      {
        g_autofree char *out = NULL;
        g_autofree char *err = NULL;
        g_autoptr(GPtrArray) argv = g_ptr_array_new ();
        GStatBuf st;

        for (guint j = 0; commands[i][j] != NULL; j++)
          g_ptr_array_add (argv, (gpointer) commands[i][j]);
        g_ptr_array_add (argv, f == 0 ? empty : foreign);
        g_ptr_array_add (argv, NULL);

        g_assert_cmpint (kn_test_run_cliv (&out, &err, (const char *const *) argv->pdata), ==, 3);
        g_assert_nonnull (strstr (err, f == 0 ? "kosong.db" : "lain.db"));
        g_assert_cmpint (g_stat (empty, &st), ==, 0);
        g_assert_cmpint (st.st_size, ==, 0);
      }

  g_assert_true (g_file_get_contents (foreign, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  listing = kn_test_folder_listing (fixture->dir);
  g_assert_cmpstr (listing, ==, "kosong.db lain.db");
}

/* kinerja-cli server init and migrate: the office's file on the server, counted, and the same
 * output from it; a second migration into the filled database is refused and changes nothing. */
static void
test_server_migrate (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "kantor.db", NULL);
  g_auto(KnTestCliRun) cli = { NULL };
  g_autofree char *on_file = NULL;
  g_autofree char *on_server = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint n_employees;

  g_assert_cmpint (kn_test_cli (&cli, "demo", file, NULL), ==, 0);

  /* A file is not a server. */
  g_assert_cmpint (kn_test_cli (&cli, "server", "init", file, NULL), ==, 1);
  g_assert_nonnull (strstr (cli.err, "postgresql://"));

  g_assert_cmpint (kn_test_cli (&cli, "server", "init", fixture->db, NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, "is ready"));

  g_assert_cmpint (kn_test_cli (&cli, "server", "migrate", "--from", file, "--to", fixture->db,
                                NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, "every table's count matches"));
  g_assert_true (g_regex_match_simple ("^employee +76$", cli.out, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^evaluation +[1-9][0-9]*$", cli.out, G_REGEX_MULTILINE, 0));
  STOP_IF_FAILED ();

  on_file = cli_output (file, "employees", "--csv", NULL);
  on_server = cli_output (fixture->db, "employees", "--csv", NULL);
  g_assert_cmpstr (on_server, ==, on_file);
  g_clear_pointer (&on_file, g_free);
  g_clear_pointer (&on_server, g_free);
  on_file = cli_output (file, "evaluasi", "--unit", EVAL_UNIT, "--period", EVAL_PERIOD, NULL);
  on_server = cli_output (fixture->db, "evaluasi", "--unit", EVAL_UNIT, "--period", EVAL_PERIOD,
                          NULL);
  g_assert_cmpstr (on_server, ==, on_file);

  /* Moved once: a second time is refused whole. */
  g_assert_cmpint (kn_test_cli (&cli, "server", "migrate", "--from", file, "--to", fixture->db,
                                NULL), ==, 1);
  g_assert_nonnull (strstr (cli.err, "already holds data"));

  /* The server gives the next ids after the moved ones. */
  store = kn_store_open (fixture->db, &error);
  g_assert_no_error (error);
  STOP_IF_FAILED ();
  n_employees = g_list_model_get_n_items (kn_store_get_employees (store));
  g_assert_cmpuint (n_employees, ==, 76);
  g_assert_cmpint (kn_test_add_unit (store, "Dinas Baru", 0), >, 22);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_units (store)), ==, 23);
}

/* kinerja-cli export: a missing pejabat penilai is said, naming the employee (name and NIP);
 * a kepala OPD's only while the external assessor is not in the settings either. */
static void
test_export_missing_signers (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(KnStore) store = open_demo (fixture);
  g_autofree char *pdf = g_build_filename (fixture->dir, "skp.pdf", NULL);
  GListModel *employees = kn_store_get_employees (store);
  KnEmployee *jpt = NULL;
  KnEmployee *staff = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      g_autoptr(KnPlan) plan = kn_store_load_plan (store, kn_employee_get_id (employee), 2026, NULL);

      if (plan == NULL)
        continue;
      if (jpt == NULL && kn_position_kind_is_jpt (kn_employee_get_position_kind (employee)))
        jpt = g_object_ref (employee);
      else if (staff == NULL && kn_employee_get_position_kind (employee) == KN_POSITION_PELAKSANA)
        staff = g_object_ref (employee);
    }
  g_assert_nonnull (jpt);
  g_assert_nonnull (staff);

  /* A kepala OPD without the external assessor in the settings (the demo records one). */
  {
    static const char * const keys[] = {
      KN_SETTING_JPT_ASSESSOR_NAME, KN_SETTING_JPT_ASSESSOR_POSITION,
      KN_SETTING_JPT_ASSESSOR_RANK, KN_SETTING_JPT_ASSESSOR_NIP,
    };

    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      g_assert_true (kn_store_set_setting (store, keys[i], NULL, &error));
    g_assert_no_error (error);
  }
  for (guint round = 0; round < 2; round++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *digits = kn_nip_normalize (kn_employee_get_nip (jpt));
      g_autofree char *grouped = kn_nip_format (digits);

      g_assert_cmpint (run_cli (&out, &err, "export", "-d", fixture->db, "--document", "skp",
                                "--nip", digits, "-p", "2026", "-o", pdf, NULL), ==, 0);
      if (round == 0)
        {
          g_assert_nonnull (strstr (err, "Warning"));
          g_assert_nonnull (strstr (err, kn_employee_get_name (jpt)));
          g_assert_nonnull (strstr (err, grouped));
          g_assert_nonnull (strstr (err, "pejabat penilai"));
          g_assert_true (kn_store_set_setting (store, KN_SETTING_JPT_ASSESSOR_NAME,
                                               "Dr. H. Ahmad Saputra, M.Si.", &error));
          g_assert_no_error (error);
        }
      else
        g_assert_null (strstr (err, "Warning"));
    }

  /* Anyone else: said when the SKP names no assessor, silent when the roster has both. */
  for (guint round = 0; round < 2; round++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *digits = kn_nip_normalize (kn_employee_get_nip (staff));
      g_autofree char *grouped = kn_nip_format (digits);

      g_assert_cmpint (run_cli (&out, &err, "export", "-d", fixture->db, "--document", "dokumen",
                                "--nip", digits, "-p", "2026-TW1", "-o", pdf, NULL), ==, 0);
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);
      g_assert_cmpint (run_cli (&out, &err, "export", "-d", fixture->db, "--document", "skp",
                                "--nip", digits, "-p", "2026", "-o", pdf, NULL), ==, 0);
      if (round == 0)
        {
          g_autofree char *sql = g_strdup_printf ("UPDATE plan SET assessor_id = NULL WHERE "
                                                  "employee_id = %" G_GINT64_FORMAT ";",
                                                  kn_employee_get_id (staff));
          g_autofree char *done = NULL;

          g_assert_null (strstr (err, "Warning"));
          done = kn_test_run_sqlite (fixture->db, sql);
        }
      else
        {
          g_assert_nonnull (strstr (err, "Warning"));
          g_assert_nonnull (strstr (err, kn_employee_get_name (staff)));
          g_assert_nonnull (strstr (err, grouped));
        }
    }
  /* A unit into a folder: one file each, named by the one rule the Laporan place uses too. */
  {
    g_autofree char *folder = g_build_filename (fixture->dir, "dokumen", NULL);
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    g_autofree char *digits = kn_nip_normalize (kn_employee_get_nip (staff));
    g_autoptr(KnReport) report = kn_report_build_evaluation (store, KN_DOCUMENT_DOKUMEN,
                                                             kn_employee_get_id (staff), "2026-TW1",
                                                             &error);
    g_autofree char *name = NULL;
    g_autofree char *path = NULL;

    g_assert_no_error (error);
    name = kn_report_file_name (report, FALSE);
    g_assert_true (g_str_has_prefix (name, "DOKUMEN-2026-TW1-"));
    g_assert_nonnull (strstr (name, digits));
    g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
    g_assert_cmpint (run_cli (&out, &err, "export", "-d", fixture->db, "--document", "dokumen",
                              "--unit", "Dinas Pendidikan dan Kebudayaan", "-p", "2026-TW1",
                              "-o", folder, NULL), ==, 0);
    path = g_build_filename (folder, name, NULL);
    g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  }
  g_clear_object (&jpt);
  g_clear_object (&staff);
}

/* kinerja-cli export: a kepala OPD whose atasan pejabat penilai (the Gubernur, from the settings)
 * is not recorded is said on stderr for his Dokumen Evaluasi, naming him by name (not NIP);
 * silent while the demo's Gubernur is recorded and once he is again. */
static void
test_export_missing_jpt_superior (Fixture       *fixture,
                                  gconstpointer  data)
{
  static const char * const keys[] = {
    KN_SETTING_JPT_SUPERIOR_NAME, KN_SETTING_JPT_SUPERIOR_POSITION, KN_SETTING_JPT_SUPERIOR_NIP,
  };
  g_autoptr(KnStore) store = open_demo (fixture);
  g_autofree char *pdf = g_build_filename (fixture->dir, "dokumen.pdf", NULL);
  GListModel *employees = kn_store_get_employees (store);
  g_autoptr(KnEmployee) jpt = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *digits = NULL;
  g_autofree char *grouped = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (employees) && jpt == NULL; i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      g_autoptr(KnPlan) plan = kn_store_load_plan (store, kn_employee_get_id (employee), 2026, NULL);

      if (plan != NULL && kn_position_kind_is_jpt (kn_employee_get_position_kind (employee)))
        jpt = g_object_ref (employee);
    }
  g_assert_nonnull (jpt);
  digits = kn_nip_normalize (kn_employee_get_nip (jpt));
  grouped = kn_nip_format (digits);

  for (guint round = 0; round < 3; round++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      if (round == 1)
        for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
          g_assert_true (kn_store_set_setting (store, keys[i], NULL, &error));
      if (round == 2)
        g_assert_true (kn_store_set_setting (store, KN_SETTING_JPT_SUPERIOR_NAME,
                                             "Ir. H. Bambang Wirawan, M.M.", &error));
      g_assert_no_error (error);

      g_assert_cmpint (run_cli (&out, &err, "export", "-d", fixture->db, "--document", "dokumen",
                                "--nip", digits, "-p", "2026-TW1", "-o", pdf, NULL), ==, 0);
      if (round == 1)
        {
          g_assert_nonnull (strstr (err, "Warning"));
          g_assert_nonnull (strstr (err, kn_employee_get_name (jpt)));
          g_assert_nonnull (strstr (err, "atasan pejabat penilai"));
          g_assert_null (strstr (err, grouped));
          g_assert_null (strstr (err, digits));
        }
      else
        g_assert_null (strstr (err, "Warning"));
      /* The document is written all the same. */
      g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
      g_assert_cmpint (g_unlink (pdf), ==, 0);
    }
}

/* The demo's first kepala OPD with an SKP, and someone he rates himself (a kabid, the
 * sekretaris). */
static KnEmployee *
find_jpt_and_rated (KnStore     *store,
                    KnEmployee **rated)
{
  GListModel *employees = kn_store_get_employees (store);
  KnEmployee *jpt = NULL;

  *rated = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (employees) && jpt == NULL; i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      g_autoptr(KnPlan) plan = kn_store_load_plan (store, kn_employee_get_id (employee), 2026, NULL);

      if (plan != NULL && kn_position_kind_is_jpt (kn_employee_get_position_kind (employee)))
        jpt = g_object_ref (employee);
    }
  g_assert_nonnull (jpt);
  for (guint i = 0; i < g_list_model_get_n_items (employees) && *rated == NULL; i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);

      if (kn_employee_get_supervisor_id (employee) == kn_employee_get_id (jpt))
        *rated = g_object_ref (employee);
    }
  g_assert_nonnull (*rated);
  return jpt;
}

/* kinerja-cli skp of a kepala OPD names the pejabat penilai his SKP form prints: the official
 * of the settings (the Sekretaris Daerah the demo records), not "(none)". */
static void
test_skp_text_jpt_assessor (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(KnStore) store = open_demo (fixture);
  g_autoptr(KnEmployee) rated = NULL;
  g_autoptr(KnEmployee) jpt = find_jpt_and_rated (store, &rated);
  g_autofree char *digits = kn_nip_normalize (kn_employee_get_nip (jpt));
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *block;

  g_assert_cmpint (run_cli (&out, &err, "skp", digits, "--year", "2026", "-d", fixture->db, NULL),
                   ==, 0);
  block = strstr (out, "PERFORMANCE ASSESSOR\n");
  g_assert_nonnull (block);
  g_assert_false (g_str_has_prefix (block, "PERFORMANCE ASSESSOR\n  (none)"));
  g_assert_nonnull (strstr (block, "Dr. Ir. H. Marwan Hidayat, M.Si."));
  g_assert_nonnull (strstr (block, "19680315 199303 1 005"));
  g_assert_nonnull (strstr (block, "Sekretaris Daerah Provinsi Lampung"));
}

/* Whom a kepala OPD rates has the Sekretaris Daerah of the settings as atasan pejabat penilai,
 * on a final Dokumen Evaluasi too: no warning of an empty block, nor for the Evaluasi, which has
 * no such block. */
static void
test_export_kepala_opd_staff_no_warning (Fixture       *fixture,
                                         gconstpointer  data)
{
  g_autoptr(KnStore) store = open_demo (fixture);
  g_autoptr(KnEmployee) rated = NULL;
  g_autoptr(KnEmployee) jpt = find_jpt_and_rated (store, &rated);
  g_autofree char *digits = kn_nip_normalize (kn_employee_get_nip (rated));
  g_autofree char *pdf = g_build_filename (fixture->dir, "dokumen.pdf", NULL);
  g_autoptr(KnEvaluation) tw1 = kn_store_load_evaluation (store, kn_employee_get_id (rated),
                                                          "2026-TW1", NULL);
  static const char * const documents[] = { "dokumen", "evaluasi" };

  g_assert_nonnull (tw1);
  g_assert_cmpint (kn_evaluation_get_status (tw1), ==, KN_EVALUATION_STATUS_FINAL);
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (&out, &err, "export", "-d", fixture->db, "--document", documents[i],
                                "--nip", digits, "-p", "2026-TW1", "-o", pdf, NULL), ==, 0);
      g_assert_null (strstr (err, "Warning"));
    }
}

/* One notion of a unit's pattern: kinerja-cli distribusi, the store's check, the recap and the
 * evaluation form of a small unit count the same people (its head left out, as the recap lists
 * them) against the same capaian kinerja organisasi (the nearest unit's up the tree). */
static void
test_distribution_one_notion (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(KnStore) store = open_demo (fixture);
  KnOrgUnit *seksi = kn_store_find_unit (store, "Seksi Kurikulum dan Penilaian SMA");
  KnOrgUnit *bidang = kn_store_find_unit (store, EVAL_UNIT);
  g_autoptr(KnRecapReport) recap = NULL;
  g_autoptr(GPtrArray) violations = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(KnTestCliRun) cli = { NULL };
  g_autofree char *org_line = NULL;
  guint counts[KN_PREDIKAT_N];
  guint people = 0, rated_people = 0;
  gint64 from = 0;

  g_assert_nonnull (seksi);
  g_assert_nonnull (bidang);
  g_assert_cmpint (kn_store_get_org_predikat (store, kn_org_unit_get_id (seksi), EVAL_PERIOD), ==,
                   KN_ORG_PREDIKAT_NONE);
  g_assert_true (kn_store_set_org_predikat (store, kn_org_unit_get_id (bidang), EVAL_PERIOD,
                                            KN_ORG_PREDIKAT_ISTIMEWA, &error));
  g_assert_no_error (error);

  /* The capaian that applies: the Bidang's, everywhere. */
  g_assert_cmpint (kn_store_get_applying_org_predikat (store, kn_org_unit_get_id (seksi), EVAL_PERIOD,
                                                       &from), ==, KN_ORG_PREDIKAT_ISTIMEWA);
  g_assert_cmpint (from, ==, kn_org_unit_get_id (bidang));
  recap = kn_report_build_recap (store, kn_org_unit_get_id (seksi), EVAL_PERIOD, &error);
  g_assert_no_error (error);
  g_assert_cmpint (recap->org_predikat, ==, KN_ORG_PREDIKAT_ISTIMEWA);

  /* The same people: the recap's rows, the store's counts. */
  violations = kn_store_check_distribution (store, kn_org_unit_get_id (seksi), EVAL_PERIOD, counts);
  for (guint p = 0; p < KN_PREDIKAT_N; p++)
    {
      g_assert_cmpuint (counts[p], ==, recap->counts[p]);
      people += counts[p];
    }
  g_assert_cmpuint (people, ==, recap->rows->len);
  members = kn_store_list_unit_evaluations (store, kn_org_unit_get_id (seksi), EVAL_PERIOD, 0);
  g_assert_cmpuint (people, ==, members->len - 1);

  /* Each member's form: the same capaian and curve. */
  for (guint i = 0; i < members->len; i++)
    {
      KnEvaluation *evaluation = g_ptr_array_index (members, i);
      gint64 id = kn_evaluation_get_employee_id (evaluation);
      g_autoptr(KnReport) report = NULL;

      if (kn_store_is_unit_head (store, id, kn_org_unit_get_id (seksi)))
        continue;
      report = kn_report_build_evaluation (store, KN_DOCUMENT_EVALUASI, id, EVAL_PERIOD, &error);
      g_assert_no_error (error);
      if (!report->final)
        g_assert_cmpint (report->org_predikat, ==, KN_ORG_PREDIKAT_ISTIMEWA);
      for (guint p = 0; p < KN_PREDIKAT_N; p++)
        g_assert_cmpuint (report->counts[p], ==, counts[p]);
      rated_people++;
    }
  g_assert_cmpuint (rated_people, ==, people);

  /* kinerja-cli distribusi says the same. */
  kn_test_cli (&cli, "distribusi", "-d", fixture->db, "--unit", "Seksi Kurikulum dan Penilaian SMA",
               "-p", EVAL_PERIOD, NULL);
  org_line = g_strdup_printf ("%s: %s\n", "Capaian kinerja organisasi",
                              kn_org_predikat_label (KN_ORG_PREDIKAT_ISTIMEWA));
  g_assert_nonnull (strstr (cli.out, org_line));
  for (guint p = KN_PREDIKAT_SANGAT_BAIK; p > KN_PREDIKAT_NONE; p--)
    {
      g_autofree char *line = g_strdup_printf ("  %-20s %4u ", kn_predikat_label (p), counts[p]);

      g_assert_nonnull (strstr (cli.out, line));
    }
}

int
main (int    argc,
      char **argv)
{
  kn_test_init (&argc, &argv);

  g_test_add_func ("/cli/nip/valid", test_nip_valid);
  g_test_add_func ("/cli/nip/invalid", test_nip_invalid);
  g_test_add_func ("/cli/usage", test_nip_usage);
  g_test_add_func ("/cli/subcommands-in-help", test_subcommands_in_help);
  g_test_add_func ("/cli/server-without-tls", test_server_without_tls);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/distribusi/one-notion", test_distribution_one_notion);
  ADD ("/cli/export/missing-signers", test_export_missing_signers);
  ADD ("/cli/export/missing-jpt-superior", test_export_missing_jpt_superior);
  ADD ("/cli/export/kepala-opd-staff-no-warning", test_export_kepala_opd_staff_no_warning);
  ADD ("/cli/skp/jpt-assessor", test_skp_text_jpt_assessor);
  ADD ("/cli/employees/csv", test_demo_and_employees_csv);
  ADD ("/cli/employees/unit", test_employees_by_unit);
  ADD ("/cli/employees/errors", test_employees_errors);
  ADD ("/cli/demo/keeps-real-data", test_demo_keeps_real_data);

  ADD ("/cli/evaluasi/csv", test_evaluasi_csv);
  ADD ("/cli/evaluasi/bad-period", test_evaluasi_bad_period);
  ADD ("/cli/distribusi/exit-status", test_distribusi_exit_status);
  ADD ("/cli/reading-changes-nothing", test_reading_changes_nothing);
  /* A file's pages can be damaged by a flipped byte; a server keeps its own pages whole. */
  if (!kn_test_on_server ())
    {
      ADD ("/cli/damage-noticed", test_damage_noticed);
      ADD ("/cli/check-once-per-change", test_check_once_per_change);
      ADD ("/cli/check-sees-write-with-old-mtime", test_check_sees_write_with_old_mtime);
      ADD ("/cli/check-again-each-day", test_check_again_each_day);
    }
  ADD ("/cli/database-is-folder", test_database_is_folder);
  ADD ("/cli/database-locked", test_database_locked);
  ADD ("/cli/damage-offers-backup", test_damage_offers_backup);
  ADD ("/cli/loose-years", test_loose_years);
  ADD ("/cli/employees/csv-formula", test_csv_formula);
  ADD ("/cli/kompetensi", test_kompetensi);
  ADD ("/cli/period/lower-case", test_evaluasi_period_case);
  if (kn_test_on_server ())
    {
      ADD ("/cli/server/same-as-file", test_server_same_as_file);
      ADD ("/cli/server/backup", test_server_backup);
      ADD ("/cli/server/migrate", test_server_migrate);
#undef ADD
    }

  return g_test_run ();
}
