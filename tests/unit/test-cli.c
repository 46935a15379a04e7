/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli as a script would use it: exit codes, text and CSV output checked against the store. */

#include "config.h"

#include <glib/gstdio.h>

#include "kinerja/kinerja.h"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("kinerja-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db = g_build_filename (fixture->dir, "demo.db", NULL);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db);
}

/* Runs kinerja-cli with @args (NULL-terminated); returns the exit status. */
static int
run_cli (char       **out,
         char       **err,
         const char  *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *cli = g_getenv ("KINERJA_CLI");
  const char *arg;
  int status = -1;
  va_list ap;

  g_assert_nonnull (cli);
  env = g_environ_setenv (env, "LANG", "C.UTF-8", TRUE);
  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
  env = g_environ_unsetenv (env, "LANGUAGE");

  g_ptr_array_add (argv, (char *)cli);
  va_start (ap, first);
  for (arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (char *)arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **)argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &status, &error);
  g_assert_no_error (error);

  if (!WIFEXITED (status))
    return -1;
  return WEXITSTATUS (status);
}

static void
test_nip_valid (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (&out, &err, "nip", "19860926 201505 1 001", "198808122021212001",
                            NULL), ==, 0);
  g_assert_nonnull (strstr (out, "19860926 201505 1 001: PNS"));
  g_assert_nonnull (strstr (out, "26 September 1986"));
  g_assert_nonnull (strstr (out, "May 2015"));
  g_assert_nonnull (strstr (out, "19880812 202121 2 001: PPPK"));
  g_assert_nonnull (strstr (out, "2021"));
}

static void
test_nip_invalid (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run_cli (&out, &err, "nip", "198609262015051001", "19870229 201505 1 001",
                            "19860926201505300", NULL), ==, 1);
  lines = g_strsplit (out, "\n", -1);
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
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (&out, &err, "nip", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "kinerja-cli nip"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "frobnicate", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "frobnicate"));
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
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) header = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *cursor;
  GPtrArray *record;
  guint rows = 0;

  g_assert_cmpint (run_cli (&out, &err, "demo", fixture->db, NULL), ==, 0);
  g_assert_true (g_file_test (fixture->db, G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "employees", "--database", fixture->db, "--csv", NULL),
                   ==, 0);

  store = kn_store_open (fixture->db, &error);
  g_assert_no_error (error);

  cursor = out;
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
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) header = NULL;
  KnOrgUnit *unit;
  GListModel *employees;
  const char *cursor;
  GPtrArray *record;
  guint expected = 0;
  guint rows = 0;

  g_assert_cmpint (run_cli (&out, &err, "demo", fixture->db, NULL), ==, 0);
  store = kn_store_open (fixture->db, &error);
  g_assert_no_error (error);
  unit = kn_store_find_unit (store, "Bidang Pembinaan SMA");
  g_assert_nonnull (unit);

  employees = kn_store_get_employees (store);
  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);

      if (kn_store_unit_is_within (store, kn_employee_get_unit_id (employee),
                                   kn_org_unit_get_id (unit)))
        expected++;
    }
  g_assert_cmpuint (expected, >, 1);

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "employees", "-d", fixture->db,
                            "--unit", "bidang pembinaan sma", "--csv", NULL), ==, 0);

  cursor = out;
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
  g_assert_cmpuint (rows, ==, expected);

  /* The text listing shows the same people and ends with the count. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "employees", "-d", fixture->db,
                            "--unit", "Bidang Pembinaan SMA", NULL), ==, 0);
  {
    g_autofree char *tail = g_strdup_printf ("%u employees\n", expected);

    g_assert_true (g_str_has_suffix (out, tail));
  }
}

static void
test_employees_errors (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.db", NULL);

  g_assert_cmpint (run_cli (&out, &err, "employees", "-d", missing, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "missing.db"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "demo", fixture->db, NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "employees", "-d", fixture->db, "--unit", "Dinas Kelautan",
                            NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Dinas Kelautan"));

  /* "Sekretariat" exists in both demo OPDs: the command asks for the path. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "employees", "-d", fixture->db, "--unit", "Sekretariat",
                            NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Badan Kepegawaian Daerah › Sekretariat"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&out, &err, "employees", "-d", fixture->db,
                            "--unit", "Badan Kepegawaian Daerah/Sekretariat", NULL), ==, 0);
}

static void
test_demo_keeps_real_data (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
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

  g_assert_true (g_file_get_contents (fixture->db, &before, &before_len, NULL));
  g_assert_cmpint (run_cli (&out, &err, "demo", fixture->db, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "untouched"));
  g_assert_true (g_file_get_contents (fixture->db, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/nip/valid", test_nip_valid);
  g_test_add_func ("/cli/nip/invalid", test_nip_invalid);
  g_test_add_func ("/cli/usage", test_nip_usage);
  g_test_add ("/cli/employees/csv", Fixture, NULL,
              fixture_set_up, test_demo_and_employees_csv, fixture_tear_down);
  g_test_add ("/cli/employees/unit", Fixture, NULL,
              fixture_set_up, test_employees_by_unit, fixture_tear_down);
  g_test_add ("/cli/employees/errors", Fixture, NULL,
              fixture_set_up, test_employees_errors, fixture_tear_down);
  g_test_add ("/cli/demo/keeps-real-data", Fixture, NULL,
              fixture_set_up, test_demo_keeps_real_data, fixture_tear_down);

  return g_test_run ();
}
