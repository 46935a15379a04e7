/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the unit and ui tests share (kn-test-util.h). */

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-employee.h"
#include "kinerja/kn-i18n.h"
#include "kinerja/kn-org-unit.h"
#include "kinerja/kn-plan.h"
#include "kinerja/kn-plan-result.h"

#include "kn-test-util.h"

char *
kn_test_make_folder (const char *prefix)
{
  g_autoptr(GError) error = NULL;
  char *folder = g_dir_make_tmp (prefix, &error);

  g_assert_no_error (error);
  g_assert_nonnull (folder);
  return folder;
}

void
kn_test_remove_tree (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (folder, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        kn_test_remove_tree (child);
      else
        g_assert_cmpint (g_unlink (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

gboolean
kn_test_on_server (void)
{
  return g_strcmp0 (g_getenv ("KINERJA_TEST_ENGINE"), "postgresql") == 0;
}

char *
kn_test_server_uri (void)
{
  static guint counter;
  const char *base = g_getenv ("KINERJA_TEST_PG");
  const char *slash;

  g_assert_nonnull (base);
  slash = strrchr (base, '/');
  g_assert_nonnull (slash);
  /* Unique across the suite's processes and runs on the same cluster. */
  return g_strdup_printf ("%.*s/kn_%d_%u_%08x", (int)(slash - base), base, (int)getpid (),
                          ++counter, g_random_int ());
}

char *
kn_test_database_location (const char *folder,
                           const char *name)
{
  if (kn_test_on_server ())
    return kn_test_server_uri ();
  return g_build_filename (folder, name, NULL);
}

char *
kn_test_saver_name (const char *location)
{
  const char *real = g_get_real_name ();

  if (kn_test_on_server ())
    {
      g_autoptr(GUri) uri = g_uri_parse (location, G_URI_FLAGS_NONE, NULL);

      g_assert_nonnull (uri);
      return g_strdup (g_uri_get_user (uri));
    }
  return g_strdup (real != NULL && g_strcmp0 (real, "Unknown") != 0 && real[0] != '\0'
                   ? real : g_get_user_name ());
}

gboolean
kn_test_skip_on_server (const char *why)
{
  if (!kn_test_on_server ())
    return FALSE;
  g_test_skip (why);
  return TRUE;
}

KnStore *
kn_test_store_open (const char      *path,
                    KnStoreOpenMode  mode)
{
  g_autoptr(GError) error = NULL;
  KnStore *store = kn_store_open_with_mode (path, mode, &error);

  g_assert_no_error (error);
  g_assert_true (KN_IS_STORE (store));
  return store;
}

KnStore *
kn_test_store_new (const char  *prefix,
                   char       **folder,
                   char       **path)
{
  g_autofree char *dir = kn_test_make_folder (prefix);
  g_autofree char *file = kn_test_database_location (dir, "kinerja.db");
  KnStore *store = kn_test_store_open (file, KN_STORE_OPEN_CREATE);

  if (folder != NULL)
    *folder = g_steal_pointer (&dir);
  if (path != NULL)
    *path = g_steal_pointer (&file);
  return store;
}

void
kn_test_store_reopen (KnStore    **store,
                      const char  *path)
{
  g_clear_object (store);
  *store = kn_test_store_open (path, KN_STORE_OPEN_CREATE);
}

void
kn_test_add_history (KnStore        *store,
                     gint64          employee_id,
                     KnHistoryKind   kind,
                     const char     *day,
                     gint64          unit_id,
                     gint64          supervisor_id,
                     KnPersonStatus  status)
{
  g_autoptr(KnHistoryEntry) entry = kn_history_entry_new (employee_id, kind);
  g_autoptr(GError) error = NULL;

  entry->start_date = g_strdup (day);
  entry->unit_id = unit_id;
  entry->supervisor_id = supervisor_id;
  entry->status = status;
  g_assert_true (kn_store_add_history (store, entry, &error));
  g_assert_no_error (error);
}

void
kn_test_finalize (KnStore *store,
                  gint64   evaluation_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kn_store_finalize_evaluation (store, evaluation_id, &error));
  g_assert_no_error (error);
}

void
kn_test_store_clear (KnStore **store,
                     char    **folder,
                     char    **path)
{
  if (store != NULL)
    g_clear_object (store);
  if (folder != NULL && *folder != NULL)
    kn_test_remove_tree (*folder);
  if (folder != NULL)
    g_clear_pointer (folder, g_free);
  if (path != NULL)
    g_clear_pointer (path, g_free);
}

void
kn_test_one_unit_set_up (KnTestOneUnit *fixture,
                         gconstpointer  prefix)
{
  fixture->store = kn_test_store_new (prefix, &fixture->folder, &fixture->path);
  fixture->unit = kn_test_add_unit (fixture->store, "Dinas Pendidikan", 0);
  kn_test_add_person (fixture->store, KN_TEST_ONE_UNIT_NIP, "Budi Rahayu", NULL,
                      "Analis Kurikulum", KN_POSITION_AHLI_PERTAMA, fixture->unit, 0);
}

void
kn_test_fixture_tear_down (KnTestFixture *fixture,
                           gconstpointer  data)
{
  kn_test_store_clear (&fixture->store, &fixture->folder, &fixture->path);
}

gint64
kn_test_fixture_add_person (KnTestFixture  *fixture,
                            const char     *name,
                            const char     *position,
                            KnPositionKind  kind,
                            gint64          unit_id,
                            gint64          supervisor_id)
{
  return kn_test_add_staff (fixture->store, &fixture->n_people, name, position, kind, unit_id,
                            supervisor_id);
}

GPtrArray *
kn_test_unit_members (KnStore *store,
                      gint64   unit_id)
{
  GListModel *employees = kn_store_get_employees (store);
  GPtrArray *members = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);

      if (kn_store_unit_is_within (store, kn_employee_get_unit_id (employee), unit_id))
        g_ptr_array_add (members, g_steal_pointer (&employee));
    }
  return members;
}

GArray *
kn_test_unit_member_ids (KnStore *store,
                         gint64   unit_id)
{
  g_autoptr(GPtrArray) members = kn_test_unit_members (store, unit_id);
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), members->len);

  for (guint i = 0; i < members->len; i++)
    {
      gint64 id = kn_employee_get_id (g_ptr_array_index (members, i));

      g_array_append_val (ids, id);
    }
  return ids;
}

void
kn_test_assert_name_order (GListModel *employees)
{
  for (guint i = 1; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) before = g_list_model_get_item (employees, i - 1);
      g_autoptr(KnEmployee) after = g_list_model_get_item (employees, i);
      g_autofree char *a = kn_employee_dup_sort_name (before);
      g_autofree char *b = kn_employee_dup_sort_name (after);

      g_assert_cmpint (g_utf8_collate (a, b), <=, 0);
    }
}

const char *
kn_test_person_name (KnStore *store,
                     gint64   id)
{
  KnEmployee *employee = kn_store_lookup_employee (store, id);

  g_assert_nonnull (employee);
  return employee != NULL ? kn_employee_get_name (employee) : "";
}

gint64
kn_test_result_id_at (KnPlan *plan,
                      guint   i)
{
  g_autoptr(KnPlanResult) result = g_list_model_get_item (G_LIST_MODEL (kn_plan_get_results (plan)),
                                                          i);

  g_assert_nonnull (result);
  return result != NULL ? kn_plan_result_get_id (result) : 0;
}

KnPlanResult *
kn_test_plan_add_result (KnPlan       *plan,
                         KnResultKind  kind,
                         const char   *text,
                         gint64        parent_id)
{
  g_autoptr(KnPlanResult) result = kn_plan_result_new ();

  kn_plan_result_set_kind (result, kind);
  kn_plan_result_set_text (result, text);
  kn_plan_result_set_parent_id (result, parent_id);
  g_list_store_append (kn_plan_get_results (plan), result);
  return result;
}

KnStore *
kn_test_server_owner_open (char **uri,
                           char **tag)
{
  g_autoptr(GError) error = NULL;

  *uri = kn_test_server_uri ();
  *tag = g_strdup_printf ("%08x", g_random_int ());
  g_assert_true (kn_store_server_init (*uri, &error));
  g_assert_no_error (error);
  return kn_test_store_open (*uri, KN_STORE_OPEN_EXISTING);
}

void
kn_test_server_owner_close (KnStore **owner,
                            char    **uri,
                            char    **tag)
{
  g_clear_object (owner);
  g_clear_pointer (uri, g_free);
  g_clear_pointer (tag, g_free);
}

char *
kn_test_uri_as (const char *uri,
                const char *login)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return g_uri_join (G_URI_FLAGS_NONE, g_uri_get_scheme (parsed), login, g_uri_get_host (parsed),
                     g_uri_get_port (parsed), g_uri_get_path (parsed), g_uri_get_query (parsed),
                     NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

guint
kn_test_count_in (const char *text,
                  const char *part)
{
  guint n = 0;

  for (const char *at = strstr (text, part); at != NULL; at = strstr (at + 1, part))
    n++;
  return n;
}

char *
kn_test_folder_listing (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

void
kn_test_folder_set_up (KnTestFolder  *fixture,
                       gconstpointer  name)
{
  fixture->dir = kn_test_make_folder ("kinerja-test-XXXXXX");
  fixture->path = name != NULL ? g_build_filename (fixture->dir, name, NULL) : NULL;
}

void
kn_test_folder_tear_down (KnTestFolder  *fixture,
                          gconstpointer  data)
{
  kn_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

guint
kn_test_file_mode (const char *path)
{
  GStatBuf st = { 0 };

  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

void
kn_test_assert_listing (const char *folder,
                        const char *expected)
{
  g_autofree char *listing = kn_test_folder_listing (folder);

  g_assert_cmpstr (listing, ==, expected);
}

gint64
kn_test_add_unit (KnStore    *store,
                  const char *name,
                  gint64      parent_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnOrgUnit) unit = kn_org_unit_new (name, parent_id);

  g_assert_true (kn_store_add_unit (store, unit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kn_org_unit_get_id (unit), >, 0);
  return kn_org_unit_get_id (unit);
}

gint64
kn_test_add_person (KnStore        *store,
                    const char     *nip,
                    const char     *name,
                    const char     *rank,
                    const char     *position,
                    KnPositionKind  kind,
                    gint64          unit_id,
                    gint64          supervisor_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEmployee) employee = kn_employee_new ();

  if (rank == NULL)
    rank = kn_position_kind_is_jpt (kind) ? "IV/c" : "III/c";

  kn_employee_set_nip (employee, nip);
  kn_employee_set_name (employee, name);
  kn_employee_set_status (employee, KN_EMPLOYEE_STATUS_PNS);
  kn_employee_set_rank (employee, rank);
  kn_employee_set_position (employee, position);
  kn_employee_set_position_kind (employee, kind);
  kn_employee_set_unit_id (employee, unit_id);
  kn_employee_set_supervisor_id (employee, supervisor_id);

  g_assert_true (kn_store_add_employee (store, employee, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kn_employee_get_id (employee), >, 0);
  return kn_employee_get_id (employee);
}

gint64
kn_test_add_staff (KnStore        *store,
                   guint          *n_people,
                   const char     *name,
                   const char     *position,
                   KnPositionKind  kind,
                   gint64          unit_id,
                   gint64          supervisor_id)
{
  g_autofree char *nip = kn_test_nip ((*n_people)++, NULL);

  return kn_test_add_person (store, nip, name, NULL, position, kind, unit_id, supervisor_id);
}

gint64
kn_test_add_training (KnStore        *store,
                      gint64          employee_id,
                      const char     *date,
                      const char     *title,
                      KnTrainingForm  form,
                      double          hours,
                      const char     *evidence)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnTraining) training = kn_training_new (employee_id);

  training->date = g_strdup (date);
  training->title = g_strdup (title);
  training->form = form;
  training->hours = hours;
  training->evidence = g_strdup (evidence);
  g_assert_true (kn_store_save_training (store, training, &error));
  g_assert_no_error (error);
  g_assert_cmpint (training->id, >, 0);
  return training->id;
}

char *
kn_test_nip (guint              n,
             const char *const *known)
{
  static const char *const common[] = {
    "198001012005011003", "197503121999032002", "198609262015051001", "199001012015031001",
    "199203152019032001", NULL,
  };
  guint n_known;

  if (known == NULL)
    known = common;
  n_known = g_strv_length ((char **) known);

  if (n < n_known)
    return g_strdup (known[n]);

  n -= n_known;
  g_assert_cmpuint (n, <, 28);
  return g_strdup_printf ("198501%02u2010011001", n + 1);
}

/* kn_test_run_cli with the arguments after @first in @ap. */
static int
run_cli_valist (char       **out,
                char       **err,
                const char  *first,
                va_list      ap)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) arg);
  g_ptr_array_add (args, NULL);
  return kn_test_run_cliv (out, err, (const char *const *) args->pdata);
}

int
kn_test_run_cli (char       **out,
                 char       **err,
                 const char  *first,
                 ...)
{
  va_list ap;
  int status;

  va_start (ap, first);
  status = run_cli_valist (out, err, first, ap);
  va_end (ap);
  return status;
}

int
kn_test_run_cliv (char              **out,
                  char              **err,
                  const char *const  *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *cli = g_getenv ("KINERJA_CLI");
  int status = -1;

  g_assert_nonnull (cli);
  env = g_environ_setenv (env, "LANG", "C.UTF-8", TRUE);
  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
  env = g_environ_unsetenv (env, "LANGUAGE");

  g_ptr_array_add (argv, (char *) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status,
                &error);
  g_assert_no_error (error);

  if (!WIFEXITED (status))
    return -1;
  return WEXITSTATUS (status);
}

gboolean
kn_test_have_sqlite3 (void)
{
  g_autofree char *program = g_find_program_in_path ("sqlite3");

  return program != NULL;
}

gboolean
kn_test_require_sqlite3 (void)
{
  if (kn_test_have_sqlite3 ())
    return TRUE;
  g_test_skip ("the sqlite3 command-line program is not installed");
  return FALSE;
}

void
kn_test_damage_index (const char *db)
{
  g_autofree char *root_text = kn_test_run_sqlite (db, "SELECT rootpage FROM sqlite_schema "
                                                       "WHERE name = 'audit_entity';");
  g_autofree char *size_text = kn_test_run_sqlite (db, "PRAGMA page_size;");
  gint64 root = g_ascii_strtoll (root_text, NULL, 10);
  gint64 page_size = g_ascii_strtoll (size_text, NULL, 10);
  FILE *file;

  g_assert_cmpint (root, >, 1);
  file = fopen (db, "r+b");
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, (root - 1) * page_size, SEEK_SET), ==, 0);
  g_assert_cmpint (fputc (0x07, file), ==, 0x07);
  g_assert_cmpint (fclose (file), ==, 0);
}

char *
kn_test_run_sqlite (const char *db,
                    const char *sql)
{
  gboolean server = kn_store_location_is_server (db);
  g_autofree char *program = g_find_program_in_path (server ? "psql" : "sqlite3");
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  const char *argv[] = { NULL, "-batch", "-bail", db, sql, NULL };
  /* psql printing as sqlite3 does: unaligned, "|" between columns, no headers or footers. */
  const char *psql_argv[] = { NULL, "-X", "-q", "-A", "-t", "-F", "|", "-v", "ON_ERROR_STOP=1",
                              "-d", db, "-c", sql, NULL };
  int status = 0;

  g_assert_nonnull (program);
  argv[0] = program;
  psql_argv[0] = program;

  g_spawn_sync (NULL, (char **) (server ? psql_argv : argv), NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_test_message ("%s %s \"%s\" failed: %s", program, db, sql, err);
  g_assert_no_error (error);

  return out;
}

void
kn_test_assert_import_backup (const char *db,
                              const char *table,
                              guint       n_rows)
{
  g_autofree char *folder = kn_store_backup_folder (db);
  g_autoptr(GDir) backups = g_dir_open (folder, 0, NULL);
  const char *name = backups != NULL ? g_dir_read_name (backups) : NULL;
  g_autofree char *backup = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM %s;", table);
  g_autofree char *expected = g_strdup_printf ("%u\n", n_rows);
  g_autofree char *count = NULL;

  g_assert_nonnull (name);
  g_assert_true (name != NULL && g_str_has_suffix (name, "-impor.db"));
  backup = g_build_filename (folder, name != NULL ? name : "-", NULL);
  count = kn_test_run_sqlite (backup, sql);
  g_assert_cmpstr (count, ==, expected);
}

gint64
kn_test_proc_status_kib (const char *key)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, key);
  return line != NULL ? g_ascii_strtoll (line + strlen (key), NULL, 10) : -1;
}

gint64
kn_test_save_ratings (KnStore    *store,
                      gint64      employee_id,
                      const char *period,
                      KnRating    result,
                      KnRating    behaviour)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) evaluation = kn_store_load_evaluation (store, employee_id, period,
                                                                 &error);
  gint64 id;

  g_assert_no_error (error);
  if (evaluation == NULL)
    {
      KnEmployee *employee = kn_store_lookup_employee (store, employee_id);

      g_assert_nonnull (employee);
      evaluation = kn_evaluation_new (employee_id, period);
      kn_evaluation_set_assessor_id (evaluation, kn_employee_get_supervisor_id (employee));
    }
  kn_evaluation_set_rating_result (evaluation, result);
  kn_evaluation_set_rating_behaviour (evaluation, behaviour);
  g_assert_true (kn_store_save_evaluation (store, evaluation, &error));
  g_assert_no_error (error);
  id = kn_evaluation_get_id (evaluation);
  g_assert_cmpint (id, >, 0);
  return id;
}

void
kn_test_roster_row (guint  i,
                    guint  n_heads,
                    char  *nip,
                    guint *dinas,
                    int   *bidang,
                    char  *atasan)
{
  guint k = i - 1;

  g_snprintf (nip, 32, "%04u%02u%02u2020011%03u", 1960 + (k / 336) % 40, 1 + k % 12,
              1 + (k / 12) % 28, 1 + k / 13440);
  *dinas = (i - 1) % n_heads;
  *bidang = i <= n_heads ? -1 : (int) (i % 5);
  atasan[0] = '\0';
  if (i > n_heads)
    {
      guint head_dinas;
      int head_bidang;
      char unused[32];

      kn_test_roster_row (*dinas + 1, n_heads, atasan, &head_dinas, &head_bidang, unused);
    }
}

void
kn_test_roster_values (guint       i,
                       guint       n_heads,
                       const char *title,
                       const char *separator,
                       char       *nip,
                       char       *name,
                       char       *unit,
                       char       *atasan)
{
  guint dinas;
  int bidang;

  kn_test_roster_row (i, n_heads, nip, &dinas, &bidang, atasan);
  g_snprintf (name, 96, "Pegawai Nomor %u%s", i, title);
  if (bidang < 0)
    g_snprintf (unit, 128, "Dinas %u", dinas);
  else
    g_snprintf (unit, 128, "Dinas %u%sBidang %d", dinas, separator, bidang);
}

gboolean
kn_test_have_poppler (void)
{
  g_autofree char *text = g_find_program_in_path ("pdftotext");
  g_autofree char *info = g_find_program_in_path ("pdfinfo");

  if (text == NULL || info == NULL)
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
      return FALSE;
    }

  return TRUE;
}

char *
kn_test_run_program (const char * const *argv)
{
  return kn_test_run_program_full (argv, NULL);
}

char *
kn_test_run_program_full (const char * const *argv,
                          gboolean           *skipped)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (skipped != NULL && WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      *skipped = TRUE;
      return NULL;
    }
  g_spawn_check_wait_status (status, &error);
  if (error != NULL)
    g_error ("%s failed: %s\n%s%s", argv[0], error->message, out, err);

  return g_steal_pointer (&out);
}

char *
kn_test_pdf_text (const char *path,
                  const char *mode)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  const char *argv[] = { NULL, mode != NULL ? mode : "-layout", path, "-", NULL };
  int status = 0;

  if (program == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return NULL;
    }
  argv[0] = program;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_test_message ("pdftotext %s failed: %s", path, err);
  g_assert_no_error (error);
  return out;
}

GArray *
kn_test_pdf_page_fills (const char *path)
{
  const char *argv[] = { "pdftotext", "-bbox", path, "-", NULL };
  g_autofree char *html = kn_test_run_program (argv);
  g_auto(GStrv) pages = g_strsplit (html, "<page ", -1);
  g_autoptr(GRegex) word = g_regex_new ("<word xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\" "
                                        "xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">", 0, 0, NULL);
  GArray *fills = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint p = 1; pages[p] != NULL; p++)
    {
      const char *height_at = strstr (pages[p], "height=\"");
      double height, top = 15 * 72 / 25.4, bottom, lowest = top, fill;
      g_autoptr(GMatchInfo) match = NULL;

      g_assert_nonnull (height_at);
      height = g_ascii_strtod (height_at + strlen ("height=\""), NULL);
      bottom = height - 18 * 72 / 25.4;
      g_regex_match (word, pages[p], 0, &match);
      while (g_match_info_matches (match))
        {
          g_autofree char *y0_text = g_match_info_fetch (match, 1);
          g_autofree char *y1_text = g_match_info_fetch (match, 2);
          double y0 = g_ascii_strtod (y0_text, NULL);
          double y1 = g_ascii_strtod (y1_text, NULL);

          /* The page number stands under the body; the DRAF mark's letters are 20 pt and more. */
          if (y0 < bottom && y1 - y0 < 20)
            lowest = MAX (lowest, y1);
          g_match_info_next (match, NULL);
        }
      fill = (lowest - top) / (bottom - top);
      g_array_append_val (fills, fill);
    }
  return fills;
}

gboolean
kn_test_is_complete_pdf (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL) || length < 16)
    return FALSE;
  if (memcmp (contents, "%PDF", 4) != 0)
    return FALSE;

  /* The trailer sits in the last bytes; the body may hold NUL bytes, so search by length. */
  for (gsize i = length - MIN (length, 64); i + 5 <= length; i++)
    if (memcmp (contents + i, "%%EOF", 5) == 0)
      return TRUE;
  return FALSE;
}

void
kn_test_init (int    *argc,
              char ***argv)
{
  if (kn_test_on_server () && g_getenv ("KINERJA_TEST_PG") == NULL)
    {
      const char *ci = g_getenv ("CI");

      if (ci != NULL && *ci != '\0' && g_strcmp0 (ci, "false") != 0 && g_strcmp0 (ci, "0") != 0)
        {
          g_printerr ("The pg suite needs a PostgreSQL server ($KINERJA_TEST_PG, started by "
                      "./kinerja-dev test); CI does not skip it.\n");
          exit (1);
        }
      g_print ("1..0 # SKIP no PostgreSQL server: $KINERJA_TEST_PG is unset (./kinerja-dev test "
               "starts one when the postgresql package is installed)\n");
      exit (0);
    }

  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_set_nonfatal_assertions ();
}

void
kn_test_use_indonesian (void)
{
  g_setenv ("LANGUAGE", "id", TRUE);
  if (setlocale (LC_ALL, "id_ID.UTF-8") == NULL)
    g_error ("The id_ID.UTF-8 locale is missing; generate it (see README: ./kinerja-dev deps).");
  g_setenv ("LANG", "id_ID.UTF-8", TRUE);
  kn_i18n_init ();
}

char *
kn_test_find_locale_dir (void)
{
  const char *dir = g_getenv ("KINERJA_LOCALEDIR");
  g_autofree char *mo = NULL;

#ifdef BUILD_LOCALEDIR
  if (dir == NULL)
    dir = BUILD_LOCALEDIR;
#endif

  if (dir == NULL)
    return NULL;

  mo = g_build_filename (dir, "id", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    return NULL;

  return g_strdup (dir);
}

char *
kn_test_require_locale_dir (void)
{
  char *dir = kn_test_find_locale_dir ();

  if (dir == NULL)
    g_test_skip ("The Indonesian catalogue is not built (set KINERJA_LOCALEDIR)");
  return dir;
}

void
kn_test_bind_indonesian (const char *dir)
{
  g_setenv ("LANGUAGE", "id", TRUE);
  if (setlocale (LC_ALL, "id_ID.UTF-8") == NULL)
    g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  g_assert_nonnull (bindtextdomain (GETTEXT_PACKAGE, dir));
  g_assert_nonnull (bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8"));
}

void
kn_test_in_indonesian (void (*check) (void))
{
  g_autofree char *dir = kn_test_require_locale_dir ();

  if (dir == NULL)
    return;
  if (g_test_subprocess ())
    {
      kn_test_bind_indonesian (dir);
      check ();
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

void
kn_test_person_set (KnReportPerson *person,
                    const char     *name,
                    const char     *nip,
                    const char     *rank,
                    const char     *position,
                    const char     *unit)
{
  g_free (person->name);
  person->name = g_strdup (name);
  g_free (person->nip);
  person->nip = g_strdup (nip);
  g_free (person->rank);
  person->rank = g_strdup (rank);
  g_free (person->position);
  person->position = g_strdup (position);
  g_free (person->unit);
  person->unit = g_strdup (unit);
}

static void
indicator_free (gpointer data)
{
  KnReportIndicator *indicator = data;

  g_free (indicator->category);
  g_free (indicator->text);
  g_free (indicator->target);
  g_free (indicator->realization);
  g_free (indicator->evidence);
  g_free (indicator->capaian);
  g_free (indicator);
}

KnReportResult *
kn_test_result_new (KnResultKind  kind,
                    const char   *text,
                    const char   *parent_text,
                    const char   *feedback)
{
  KnReportResult *result = g_new0 (KnReportResult, 1);

  result->kind = kind;
  result->text = g_strdup (text);
  result->parent_text = g_strdup (parent_text);
  result->feedback = g_strdup (feedback);
  result->indicators = g_ptr_array_new_with_free_func (indicator_free);
  return result;
}

KnReportResult *
kn_test_report_add_result (KnReport     *report,
                           KnResultKind  kind,
                           const char   *text,
                           const char   *parent_text,
                           const char   *feedback)
{
  KnReportResult *result = kn_test_result_new (kind, text, parent_text, feedback);

  g_ptr_array_add (report->results, result);
  return result;
}

void
kn_test_result_free (gpointer data)
{
  KnReportResult *result = data;

  g_free (result->text);
  g_free (result->parent_text);
  g_clear_pointer (&result->indicators, g_ptr_array_unref);
  g_free (result->feedback);
  g_free (result);
}

void
kn_test_add_indicator (KnReportResult *result,
                       const char     *category,
                       const char     *text,
                       const char     *target,
                       const char     *realization,
                       const char     *evidence,
                       const char     *capaian)
{
  KnReportIndicator *indicator = g_new0 (KnReportIndicator, 1);

  indicator->category = g_strdup (category);
  indicator->text = g_strdup (text);
  indicator->target = g_strdup (target);
  indicator->realization = g_strdup (realization);
  indicator->evidence = g_strdup (evidence);
  indicator->capaian = g_strdup (capaian);
  g_ptr_array_add (result->indicators, indicator);
}

void
kn_test_recap_row_free (gpointer data)
{
  KnRecapRow *row = data;

  g_free (row->person.name);
  g_free (row->person.nip);
  g_free (row->person.rank);
  g_free (row->person.position);
  g_free (row->person.unit);
  g_free (row);
}

KnReport *
kn_test_report_new (KnDocumentKind kind)
{
  KnReport *report = g_new0 (KnReport, 1);

  report->kind = kind;
  report->year = 2026;
  report->results = g_ptr_array_new_with_free_func (kn_test_result_free);
  report->instansi = g_strdup ("Pemerintah Provinsi Lampung");
  report->opd = g_strdup ("Dinas Pendidikan dan Kebudayaan");
  report->kota = g_strdup ("Bandar Lampung");
  report->approach = g_strdup ("KUANTITATIF");
  report->year_period = g_strdup ("1 Januari s.d. 31 Desember 2026");
  return report;
}

void
kn_test_report_set_final (KnReport    *report,
                          KnPeriod     period,
                          const char  *note,
                          const guint *counts)
{
  report->status = g_strdup ("Disetujui");
  report->period = period;
  report->org_predikat = KN_ORG_PREDIKAT_BAIK;
  report->rating_result = KN_RATING_ABOVE;
  report->rating_behaviour = KN_RATING_AS_EXPECTED;
  report->predikat = KN_PREDIKAT_BAIK;
  report->note = g_strdup (note);
  report->final = TRUE;
  memcpy (report->counts, counts, sizeof report->counts);
}

KnRecapReport *
kn_test_recap_new (const char *unit,
                   KnPeriod    period)
{
  KnRecapReport *report = g_new0 (KnRecapReport, 1);

  report->instansi = g_strdup ("Pemerintah Provinsi Lampung");
  report->kota = g_strdup ("Bandar Lampung");
  report->unit = g_strdup (unit);
  report->period = period;
  report->org_predikat = KN_ORG_PREDIKAT_BAIK;
  report->rows = g_ptr_array_new_with_free_func (kn_test_recap_row_free);
  report->pattern = g_ptr_array_new_with_free_func (g_free);
  report->violations = g_ptr_array_new_with_free_func (g_free);
  return report;
}

KnDistributionChart
kn_test_distribution_chart (const char    *title,
                            KnOrgPredikat  org,
                            guint          sk,
                            guint          k,
                            guint          bp,
                            guint          b,
                            guint          sb)
{
  KnDistributionChart chart = { .title = title };
  const KnDistributionRule *rules;
  guint n_rules = 0;

  chart.counts[KN_PREDIKAT_SANGAT_KURANG] = sk;
  chart.counts[KN_PREDIKAT_KURANG] = k;
  chart.counts[KN_PREDIKAT_BUTUH_PERBAIKAN] = bp;
  chart.counts[KN_PREDIKAT_BAIK] = b;
  chart.counts[KN_PREDIKAT_SANGAT_BAIK] = sb;
  rules = kn_distribution_default_rules (&n_rules);
  kn_distribution_chart_set_pattern (&chart, org, rules, n_rules);

  return chart;
}

KnRecapReport *
kn_test_recap_dinas (void)
{
  KnRecapReport *report = kn_test_recap_new ("Dinas Pendidikan dan Kebudayaan",
                                             (KnPeriod) { 2026, KN_PERIOD_QUARTER, 4 });

  kn_test_person_set (&report->leader, "Drs. H. Ahmad Fauzi, M.M.", "19700312 199503 1 002",
                      "Pembina Utama Muda, IV/c", "Kepala Dinas Pendidikan dan Kebudayaan", "");
  return report;
}

KnRecapRow *
kn_test_recap_add_teacher (KnRecapReport *report,
                           guint          i,
                           const char    *name,
                           const char    *nip)
{
  KnRecapRow *row = g_new0 (KnRecapRow, 1);

  kn_test_person_set (&row->person, name, nip, "Penata Muda Tk. I, III/b",
                      i % 3 == 0 ? "Guru Ahli Pertama Mata Pelajaran Bahasa Indonesia"
                                 : "Guru Ahli Muda",
                      "SMA Negeri 2 Bandar Lampung");
  row->predikat = i % 4 == 0 ? KN_PREDIKAT_SANGAT_BAIK : KN_PREDIKAT_BAIK;
  row->rating_result = i % 4 == 0 ? KN_RATING_ABOVE : KN_RATING_AS_EXPECTED;
  row->rating_behaviour = KN_RATING_AS_EXPECTED;
  row->final = TRUE;
  report->counts[row->predikat]++;
  g_ptr_array_add (report->rows, row);
  return row;
}

void
kn_test_assert_none_found (GHashTable *found,
                           const char *what)
{
  g_autoptr(GList) lines = g_list_sort (g_hash_table_get_keys (found), (GCompareFunc)g_strcmp0);

  /* On stderr, not g_test_message's stdout: a CI log that keeps only stderr shows them. */
  for (GList *l = lines; l != NULL; l = l->next)
    g_printerr ("%s: %s\n", what, (char *)l->data);
  g_assert_cmpuint (g_hash_table_size (found), ==, 0);
}

const KnTestPredikatCell kn_test_predikat_matrix[] = {
  { KN_RATING_ABOVE, KN_RATING_BELOW, KN_PREDIKAT_KURANG },
  { KN_RATING_ABOVE, KN_RATING_AS_EXPECTED, KN_PREDIKAT_BAIK },
  { KN_RATING_ABOVE, KN_RATING_ABOVE, KN_PREDIKAT_SANGAT_BAIK },
  { KN_RATING_AS_EXPECTED, KN_RATING_BELOW, KN_PREDIKAT_KURANG },
  { KN_RATING_AS_EXPECTED, KN_RATING_AS_EXPECTED, KN_PREDIKAT_BAIK },
  { KN_RATING_AS_EXPECTED, KN_RATING_ABOVE, KN_PREDIKAT_BAIK },
  { KN_RATING_BELOW, KN_RATING_BELOW, KN_PREDIKAT_SANGAT_KURANG },
  { KN_RATING_BELOW, KN_RATING_AS_EXPECTED, KN_PREDIKAT_BUTUH_PERBAIKAN },
  { KN_RATING_BELOW, KN_RATING_ABOVE, KN_PREDIKAT_BUTUH_PERBAIKAN },
  { KN_RATING_NONE, KN_RATING_NONE, KN_PREDIKAT_NONE },
  { KN_RATING_NONE, KN_RATING_BELOW, KN_PREDIKAT_NONE },
  { KN_RATING_NONE, KN_RATING_AS_EXPECTED, KN_PREDIKAT_NONE },
  { KN_RATING_NONE, KN_RATING_ABOVE, KN_PREDIKAT_NONE },
  { KN_RATING_BELOW, KN_RATING_NONE, KN_PREDIKAT_NONE },
  { KN_RATING_AS_EXPECTED, KN_RATING_NONE, KN_PREDIKAT_NONE },
  { KN_RATING_ABOVE, KN_RATING_NONE, KN_PREDIKAT_NONE },
};

const guint kn_test_predikat_matrix_n = G_N_ELEMENTS (kn_test_predikat_matrix);

const guint8 kn_test_skm_rows[4][KN_SKM_N_UNSUR] = {
  { 4, 3, 3, 4, 3, 3, 4, 2, 3 },
  { 3, 3, 2, 4, 0, 3, 4, 2, 3 },
  { 4, 4, 3, 4, 3, 4, 4, 3, 3 },
  { 3, 3, 3, 4, 2, 3, 3, 3, 4 },
};

int
kn_test_cli (KnTestCliRun *run,
             const char   *first,
             ...)
{
  va_list ap;
  int status;

  kn_test_cli_run_clear (run);
  va_start (ap, first);
  status = run_cli_valist (&run->out, &run->err, first, ap);
  va_end (ap);
  return status;
}

void
kn_test_cli_run_clear (KnTestCliRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

KnIndicator *
kn_test_result_add_indicator (KnPlanResult *result,
                              KnAspect      aspect,
                              const char   *text,
                              double        target,
                              const char   *unit)
{
  g_autoptr(KnIndicator) indicator = kn_indicator_new ();

  kn_indicator_set_aspect (indicator, aspect);
  kn_indicator_set_text (indicator, text);
  if (target != KN_TEST_NO_TARGET)
    kn_indicator_set_target_value (indicator, target);
  kn_indicator_set_target_unit (indicator, unit);
  g_list_store_append (kn_plan_result_get_indicators (result), indicator);
  return indicator;
}

gboolean
kn_test_audit_has (GPtrArray  *entries,
                   const char *action,
                   const char *field,
                   const char *old_value,
                   const char *new_value)
{
  for (guint i = 0; i < entries->len; i++)
    {
      KnAuditEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (entry->action, action) == 0 && g_strcmp0 (entry->field, field) == 0 &&
          g_strcmp0 (entry->old_value, old_value) == 0 &&
          g_strcmp0 (entry->new_value, new_value) == 0)
        return TRUE;
    }
  return FALSE;
}

void
kn_test_assert_contains (const char *haystack,
                         const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack ? haystack : "(null)", needle);
}

void
kn_test_count_notify (GObject    *object,
                      GParamSpec *pspec,
                      GHashTable *seen)
{
  const char *name = g_param_spec_get_name (pspec);

  g_hash_table_insert (seen, (gpointer)name,
                       GUINT_TO_POINTER (kn_test_notify_count (seen, name) + 1));
}

guint
kn_test_notify_count (GHashTable *seen,
                      const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (seen, name));
}

void
kn_test_settle (void)
{
  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (g_main_context_pending (NULL));
}

static gboolean
run_for_done_cb (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

void
kn_test_run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, run_for_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

void
kn_test_keep_changes (KnStore        *store,
                      KnStoreChanges *changes,
                      GPtrArray      *seen)
{
  g_ptr_array_add (seen, kn_store_changes_copy (changes));
}

gboolean
kn_test_changes_have (KnStoreChanges *changes,
                      const char     *entity,
                      gint64          id)
{
  for (guint i = 0; i < kn_store_changes_get_n_items (changes); i++)
    {
      const char *got_entity;
      gint64 got_id;

      kn_store_changes_get_item (changes, i, &got_entity, &got_id);
      if (g_str_equal (got_entity, entity) && got_id == id)
        return TRUE;
    }
  return FALSE;
}

void
kn_test_count_cb (GObject    *object,
                  GParamSpec *pspec,
                  guint      *count)
{
  (*count)++;
}

KnEvaluationStatus
kn_test_stored_status (KnStore    *store,
                       gint64      employee,
                       const char *period)
{
  g_autoptr(KnEvaluation) evaluation = kn_store_load_evaluation (store, employee, period, NULL);

  return evaluation != NULL ? kn_evaluation_get_status (evaluation) : KN_EVALUATION_STATUS_DRAFT;
}

const char kn_test_skm_csv[] =
  "Survei Kepuasan Masyarakat Dinas Pendidikan\n"
  "Stempel waktu,Jenis Kelamin,U1 Persyaratan,U2 Prosedur,U3 Waktu,U4 Biaya/Tarif,"
  "U5 Produk,U6 Kompetensi,U7 Perilaku,U8 Pengaduan,U9 Sarana\n"
  "2026-01-05 08:00,L,4,3,3,4,3,3,4,2,3\n"
  "2026-01-05 09:00,P,Sesuai,3,2,4,,3,4,2,3\n"
  "2026-01-06 10:00,P,SANGAT  sesuai,4,3,4,3,4,4,3,3\n"
  "2026-01-07 11:00,L,3,3,3,Gratis,2,3,3,3,4\n";

void
kn_test_save_approved_plan (KnStore *store,
                            KnPlan  *plan)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kn_store_save_plan (store, plan, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_set_plan_status (store, kn_plan_get_id (plan),
                                           KN_PLAN_STATUS_SUBMITTED, NULL, &error));
  g_assert_true (kn_store_set_plan_status (store, kn_plan_get_id (plan),
                                           KN_PLAN_STATUS_APPROVED, NULL, &error));
  g_assert_no_error (error);
}
