/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo office: Dinas Pendidikan dan Kebudayaan Provinsi Lampung and its BKD, with staff. */

#define G_LOG_DOMAIN "kn-demo"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "kn-demo.h"
#include "kinerja/kn-employee.h"
#include "kinerja/kn-enums.h"
#include "kinerja/kn-history.h"
#include "kinerja/kn-nip.h"
#include "kinerja/kn-org-unit.h"
#include "kinerja/kn-rank.h"
#include "kinerja/kn-store.h"

#include "kn-demo-private.h"

#define DEMO_SEED 2026
/* NIPs are generated as they would have been issued by the end of the year before the demo year. */
#define LATEST_TMT_YEAR (KN_DEMO_YEAR - 1)
#define YEARS_PER_RANK  4
#define EXTRA_SERVICE   3
#define MIN_PPPK_AGE    20
#define MAX_ENTRY_AGE   35
#define SQLITE_MAGIC    "SQLite format 3"

typedef struct
{
  const char *key;
  const char *parent;  /* key of the unit above; NULL for an OPD */
  const char *name;
} DemoUnit;

typedef struct
{
  const char       *key;         /* nullable: set for people others report to */
  const char       *supervisor;  /* key of the atasan langsung; NULL for a head of OPD */
  const char       *unit;        /* key of the unit */
  const char       *name;
  KnGender          gender;
  guint             born;        /* year of birth; the rest of the NIP is generated */
  KnEmployeeStatus  status;
  const char       *rank;
  KnPositionKind    kind;
  const char       *position;
} DemoPerson;

/* The office (data/units.tsv) and its people (data/people.tsv), in insertion order: every unit
 * after the unit above it, everyone after their atasan. */
static const DemoUnit *demo_units;
static guint n_demo_units;
static const DemoPerson *demo_people;
static guint n_demo_people;

static void
load_office (void)
{
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
      g_autoptr(GPtrArray) units = kn_demo_data_rows ("units.tsv", 3);
      g_autoptr(GPtrArray) people = kn_demo_data_rows ("people.tsv", 10);
      DemoUnit *unit_table = g_new0 (DemoUnit, units->len);
      DemoPerson *person_table = g_new0 (DemoPerson, people->len);

      for (guint i = 0; i < units->len; i++)
        {
          char **row = g_ptr_array_index (units, i);

          unit_table[i].key = kn_demo_data_text (row[0]);
          unit_table[i].parent = kn_demo_data_text (row[1]);
          unit_table[i].name = kn_demo_data_text (row[2]);
        }

      for (guint i = 0; i < people->len; i++)
        {
          static const char *const genders[] = { "", "male", "female" };
          char **row = g_ptr_array_index (people, i);
          DemoPerson *person = &person_table[i];

          person->key = kn_demo_data_text (row[0]);
          person->supervisor = kn_demo_data_text (row[1]);
          person->unit = kn_demo_data_text (row[2]);
          person->name = kn_demo_data_text (row[3]);
          person->gender = kn_demo_data_word (row[4], genders, G_N_ELEMENTS (genders),
                                              "people.tsv");
          person->born = (guint) kn_demo_data_number (row[5], "people.tsv");
          person->status = kn_demo_data_enum (KN_TYPE_EMPLOYEE_STATUS, row[6], "people.tsv");
          person->rank = kn_demo_data_text (row[7]);
          person->kind = kn_demo_data_enum (KN_TYPE_POSITION_KIND, row[8], "people.tsv");
          person->position = kn_demo_data_text (row[9]);
        }

      demo_units = unit_table;
      n_demo_units = units->len;
      demo_people = person_table;
      n_demo_people = people->len;
      g_once_init_leave (&loaded, 1);
    }
}

static const char *demo_settings[][2] = {
  { "instansi", "Pemerintah Provinsi Lampung" },
  { "kota", "Bandar Lampung" },
  { "demo", "1" },
  /* The pejabat penilai of the kepala OPD, outside the roster (kn-report-data.h); invented. */
  { "jpt-assessor-name", "Dr. Ir. H. Marwan Hidayat, M.Si." },
  { "jpt-assessor-position", "Sekretaris Daerah Provinsi Lampung" },
  { "jpt-assessor-rank", "Pembina Utama, IV/e" },
  { "jpt-assessor-nip", "196803151993031005" },
  /* His atasan, the kepala OPD's atasan pejabat penilai: the Gubernur (no NIP); invented. */
  { "jpt-superior-name", "Ir. H. Bambang Wirawan, M.M." },
  { "jpt-superior-position", "Gubernur Lampung" },
};


/* Months in which CPNS are most often appointed. */
static const guint tmt_months[] = { 1, 1, 2, 3, 3, 4, 6, 12 };

static gint64 *
id_dup (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

/* How a PNS entered the service, read from the printed titles: with no degree at II/a from
 * about 19, with a diploma (D-III) at II/c from about 21, otherwise at III/a (S1) from about 22. */
static void
entry_for (const DemoPerson *person,
           guint            *rank_order,
           guint            *min_age)
{
  const char *code;

  g_assert (person != NULL);

  if (strchr (person->name, ',') == NULL)
    {
      code = "II/a";
      *min_age = 19;
    }
  else if (strstr (person->name, ", A.Md") != NULL)
    {
      code = "II/c";
      *min_age = 21;
    }
  else
    {
      code = "III/a";
      *min_age = 22;
    }

  *rank_order = kn_rank_lookup (KN_EMPLOYEE_STATUS_PNS, code)->order;
}

/* Years in which no CPNS took office (recruitment moratoria), avoided where the rank allows. */
static gboolean
had_cpns_intake (guint year)
{
  return year != 2016 && year != 2017 && year != 2023;
}

static guint
pick_tmt_year (GRand *rand,
               guint  earliest,
               guint  latest)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (guint));

  g_assert (earliest <= latest);

  for (guint year = earliest; year <= latest; year++)
    {
      if (had_cpns_intake (year))
        g_array_append_val (years, year);
    }

  if (years->len == 0)
    return earliest + (guint) g_rand_int_range (rand, 0, (gint32) (latest - earliest + 1));

  return g_array_index (years, guint, g_rand_int_range (rand, 0, (gint32) years->len));
}

/* The first 15 digits: birth date, TMT CPNS or appointment year and code, gender. Each person
 * has a generator of their own, so that adding someone leaves everyone else's NIP unchanged. */
static gboolean
make_nip_prefix (const DemoPerson  *person,
                 char             **prefix,
                 GError           **error)
{
  g_autoptr(GRand) rand = NULL;
  GDateMonth birth_month;
  GDateDay birth_day;
  guint year;
  guint code;  /* digits 13–14: the month of the TMT CPNS, or the PPPK code */

  g_assert (person != NULL);
  g_assert (prefix != NULL);

  rand = g_rand_new_with_seed (DEMO_SEED ^ g_str_hash (person->name));
  birth_month = (GDateMonth) g_rand_int_range (rand, 1, 13);
  birth_day = (GDateDay) g_rand_int_range (rand, 1,
                                           g_date_get_days_in_month (birth_month,
                                                                     person->born) + 1);

  if (person->status == KN_EMPLOYEE_STATUS_PNS)
    {
      const KnRank *rank = kn_rank_lookup (person->status, person->rank);
      guint entry_order;
      guint min_age;
      guint min_service;
      guint earliest;
      guint latest;

      entry_for (person, &entry_order, &min_age);
      min_service = YEARS_PER_RANK * (rank->order - MIN (entry_order, rank->order));
      earliest = MAX (person->born + min_age, LATEST_TMT_YEAR - min_service - EXTRA_SERVICE);
      latest = MIN (person->born + MAX_ENTRY_AGE, LATEST_TMT_YEAR - min_service);

      if (earliest > latest)
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                       /* Translators: %u is a year, %s a pangkat/golongan such as "III/c" */
                       _("No TMT CPNS fits both the year of birth %u and the rank %s."),
                       person->born, person->rank);
          return FALSE;
        }

      year = pick_tmt_year (rand, earliest, latest);
      code = tmt_months[g_rand_int_range (rand, 0, (gint32) G_N_ELEMENTS (tmt_months))];
    }
  else
    {
      /* PPPK were appointed from 2021; the part-time (paruh waktu) scheme began in 2025. */
      if (person->status == KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU)
        {
          year = 2025;
          code = 24;
        }
      else
        {
          year = (guint) g_rand_int_range (rand, 2021, LATEST_TMT_YEAR + 1);
          code = 21;
        }

      if (year < person->born + MIN_PPPK_AGE)
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                       /* Translators: %u is a year */
                       _("No appointment year fits the year of birth %u."), person->born);
          return FALSE;
        }
    }

  *prefix = g_strdup_printf ("%04u%02u%02u%04u%02u%u", person->born, (guint) birth_month,
                             (guint) birth_day, year, code, (guint) person->gender);
  return TRUE;
}

static gboolean
add_units (KnStore    *store,
           GHashTable *unit_ids,
           GError    **error)
{
  g_assert (KN_IS_STORE (store));

  load_office ();
  for (guint i = 0; i < n_demo_units; i++)
    {
      const DemoUnit *def = &demo_units[i];
      g_autoptr(KnOrgUnit) unit = NULL;
      gint64 parent_id = 0;

      if (def->parent != NULL)
        {
          gint64 *found = g_hash_table_lookup (unit_ids, def->parent);

          g_assert (found != NULL);
          parent_id = *found;
        }

      unit = kn_org_unit_new (def->name, parent_id);
      if (!kn_store_add_unit (store, unit, error))
        {
          /* Translators: %s is a unit name; the reason follows */
          g_prefix_error (error, _("Could not add the demo unit “%s”: "), def->name);
          return FALSE;
        }

      g_hash_table_insert (unit_ids, (gpointer) def->key, id_dup (kn_org_unit_get_id (unit)));
    }

  return TRUE;
}

/* Adds the demo people; @employee_ids receives their ids in insertion order. */
static gboolean
add_people (KnStore    *store,
            GHashTable *unit_ids,
            GArray     *employee_ids,
            GHashTable *ids_by_name,
            GError    **error)
{
  g_autoptr(GHashTable) person_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) serials = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert (KN_IS_STORE (store));

  load_office ();
  for (guint i = 0; i < n_demo_people; i++)
    {
      const DemoPerson *def = &demo_people[i];
      g_autoptr(KnEmployee) employee = NULL;
      g_autofree char *prefix = NULL;
      g_autofree char *nip = NULL;
      gint64 *unit_id;
      gint64 supervisor_id = 0;
      guint serial;

      unit_id = g_hash_table_lookup (unit_ids, def->unit);
      g_assert (unit_id != NULL);

      if (def->supervisor != NULL)
        {
          gint64 *found = g_hash_table_lookup (person_ids, def->supervisor);

          g_assert (found != NULL);
          supervisor_id = *found;
        }

      if (!make_nip_prefix (def, &prefix, error))
        {
          /* Translators: %s is a person's name; the reason follows */
          g_prefix_error (error, _("Could not add the demo employee “%s”: "), def->name);
          return FALSE;
        }

      /* The serial tells apart people who share birth date, TMT and gender. */
      serial = GPOINTER_TO_UINT (g_hash_table_lookup (serials, prefix)) + 1;
      nip = g_strdup_printf ("%s%03u", prefix, serial);
      g_hash_table_insert (serials, g_steal_pointer (&prefix), GUINT_TO_POINTER (serial));

      employee = kn_employee_new ();
      kn_employee_set_nip (employee, nip);
      kn_employee_set_name (employee, def->name);
      kn_employee_set_status (employee, def->status);
      kn_employee_set_rank (employee, def->rank);
      kn_employee_set_position (employee, def->position);
      kn_employee_set_position_kind (employee, def->kind);
      kn_employee_set_unit_id (employee, *unit_id);
      kn_employee_set_supervisor_id (employee, supervisor_id);

      if (!kn_store_add_employee (store, employee, error))
        {
          /* Translators: %s is a person's name; the reason follows */
          g_prefix_error (error, _("Could not add the demo employee “%s”: "), def->name);
          return FALSE;
        }

      if (def->key != NULL)
        g_hash_table_insert (person_ids, (gpointer) def->key,
                             id_dup (kn_employee_get_id (employee)));
      g_array_append_val (employee_ids, (gint64){ kn_employee_get_id (employee) });
      g_hash_table_insert (ids_by_name, (gpointer) def->name,
                           id_dup (kn_employee_get_id (employee)));
    }

  return TRUE;
}

/* The kenaikan pangkat of the demo year (data/promotions.tsv): the person held the rank below
 * theirs until the TMT, recorded as the history does it; their rank today stays theirs. */
static gboolean
add_promotions (KnStore    *store,
                GHashTable *ids_by_name,
                GError    **error)
{
  g_autoptr(GPtrArray) rows = kn_demo_data_rows ("promotions.tsv", 3);

  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      gint64 *id = g_hash_table_lookup (ids_by_name, row[0]);
      g_autoptr(KnEmployee) before = NULL;
      g_autoptr(KnHistoryEntry) raise = NULL;
      const KnRank *ranks, *now;
      KnEmployee *employee;
      guint n_ranks;

      if (id == NULL || (employee = kn_store_lookup_employee (store, *id)) == NULL)
        g_error ("promotions.tsv: “%s” is not in people.tsv", row[0]);
      ranks = kn_rank_list (kn_employee_get_status (employee), &n_ranks);
      now = kn_rank_lookup (kn_employee_get_status (employee), kn_employee_get_rank (employee));
      if (now == NULL || now == ranks)
        g_error ("promotions.tsv: “%s” has no rank below theirs", row[0]);

      before = kn_employee_copy (employee);
      kn_employee_set_rank (before, now[-1].code);
      raise = kn_history_entry_new (*id, KN_HISTORY_PANGKAT);
      raise->start_date = g_strdup_printf ("%04u-%s", (guint) KN_DEMO_YEAR, row[1]);
      raise->rank = g_strdup (now->code);
      raise->decree = g_strdup (row[2]);
      if (!kn_store_update_employee (store, before, error) ||
          !kn_store_add_history (store, raise, error))
        {
          /* Translators: %s is a person's name; the reason follows */
          g_prefix_error (error, _("Could not add the demo employee “%s”: "), row[0]);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
populate_in_transaction (KnStore  *store,
                         GError  **error)
{
  g_autoptr(GHashTable) unit_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GArray) employee_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) ids_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                             g_free);

  g_assert (KN_IS_STORE (store));

  for (guint i = 0; i < G_N_ELEMENTS (demo_settings); i++)
    {
      if (!kn_store_set_setting (store, demo_settings[i][0], demo_settings[i][1], error))
        {
          /* Translators: %s is the name of a setting; the reason follows */
          g_prefix_error (error, _("Could not save the demo setting “%s”: "),
                          demo_settings[i][0]);
          return FALSE;
        }
    }

  return add_units (store, unit_ids, error) &&
         add_people (store, unit_ids, employee_ids, ids_by_name, error) &&
         add_promotions (store, ids_by_name, error) &&
         kn_demo_add_plans (store, employee_ids, error) &&
         kn_demo_add_surveys (store, unit_ids, error) &&
         kn_demo_add_evaluations (store, employee_ids, error) &&
         kn_demo_add_trainings (store, employee_ids, error);
}

static gboolean
remove_if_exists (const char  *path,
                  GError     **error)
{
  g_assert (path != NULL);

  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: the first %s is a file name, the second the system's reason */
                   _("Could not delete the old demo file “%s”: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* The journal files SQLite keeps beside a database. */
static gboolean
remove_journals (const char  *path,
                 GError     **error)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

  g_assert (path != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (!remove_if_exists (file, error))
        return FALSE;
    }

  return TRUE;
}

/* The database file and its journal files. */
static gboolean
remove_database (const char  *path,
                 GError     **error)
{
  return remove_if_exists (path, error) && remove_journals (path, error);
}

static gboolean
rename_into_place (const char  *partial,
                   const char  *path,
                   GError     **error)
{
  if (g_rename (partial, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: the first %s is a file name, the second the system's reason */
                   _("Could not put the new demo database in place at “%s”: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static void
remove_scratch_folder (const char *folder)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert (folder != NULL);

  dir = g_dir_open (folder, 0, NULL);
  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *file = g_build_filename (folder, name, NULL);

          if (g_unlink (file) != 0)
            g_debug ("Could not delete %s: %s", file, g_strerror (errno));
        }
    }

  if (g_rmdir (folder) != 0)
    g_debug ("Could not delete %s: %s", folder, g_strerror (errno));
}

static gboolean
has_sqlite_header (const char  *path,
                   gboolean    *is_sqlite,
                   GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  char header[sizeof SQLITE_MAGIC] = { 0 };
  gsize n_read = 0;

  g_assert (is_sqlite != NULL);

  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return FALSE;

  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), header, sizeof header, &n_read, NULL,
                                error))
    return FALSE;

  *is_sqlite = n_read == sizeof header && memcmp (header, SQLITE_MAGIC, sizeof header) == 0;
  return TRUE;
}

/* Decides whether @path holds a Kinerja demo database. The check opens a copy: opening the file
 * itself could migrate or checkpoint it, and a file that is not ours must stay byte-identical. */
static gboolean
is_demo_database (const char  *path,
                  gboolean    *is_demo,
                  GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *copy_path = NULL;
  g_autofree char *wal_path = NULL;
  g_autofree char *value = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) open_error = NULL;
  gboolean is_sqlite = FALSE;

  g_assert (path != NULL);
  g_assert (is_demo != NULL);

  *is_demo = FALSE;

  if (!has_sqlite_header (path, &is_sqlite, error))
    return FALSE;

  if (!is_sqlite)
    return TRUE;

  folder = g_dir_make_tmp ("kinerja-demo-check-XXXXXX", error);
  if (folder == NULL)
    return FALSE;

  copy_path = g_build_filename (folder, "check.db", NULL);
  source = g_file_new_for_path (path);
  copy = g_file_new_for_path (copy_path);

  if (!g_file_copy (source, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    {
      remove_scratch_folder (folder);
      return FALSE;
    }

  /* Changes not yet checkpointed live in the write-ahead log. */
  wal_path = g_strconcat (path, "-wal", NULL);
  if (g_file_test (wal_path, G_FILE_TEST_IS_REGULAR))
    {
      g_autoptr(GFile) wal = g_file_new_for_path (wal_path);
      g_autofree char *wal_copy_path = g_strconcat (copy_path, "-wal", NULL);
      g_autoptr(GFile) wal_copy = g_file_new_for_path (wal_copy_path);

      if (!g_file_copy (wal, wal_copy, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
        {
          remove_scratch_folder (folder);
          return FALSE;
        }
    }

  /* A file the store cannot open (damaged, or from a newer Kinerja) is not one to replace. */
  store = kn_store_open (copy_path, &open_error);
  if (store != NULL)
    {
      value = kn_store_get_setting (store, "demo");
      *is_demo = g_strcmp0 (value, "1") == 0;
      g_clear_object (&store);
    }
  else
    g_debug ("Could not open a copy of %s: %s", path, open_error->message);

  remove_scratch_folder (folder);
  return TRUE;
}

gboolean
kn_demo_populate (KnStore  *store,
                  GError  **error)
{
  g_return_val_if_fail (KN_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_list_model_get_n_items (kn_store_get_units (store)) > 0 ||
      g_list_model_get_n_items (kn_store_get_employees (store)) > 0)
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                           _("This database already holds units or employees. The demo office "
                             "can only be added to an empty database; create a new one for it."));
      return FALSE;
    }

  if (!kn_store_begin (store, error))
    return FALSE;

  if (!populate_in_transaction (store, error))
    {
      kn_store_rollback (store);
      return FALSE;
    }

  /* A failed commit has already rolled the transaction back. */
  return kn_store_commit (store, error);
}

KnStore *
kn_demo_create (const char  *path,
                GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *partial = NULL;
  g_autoptr(KnStore) store = NULL;
  GStatBuf info;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* On a server the demo fills an empty database in one transaction: it is whole or absent,
   * and a database that holds an office already is refused. */
  if (kn_store_location_is_server (path))
    {
      store = kn_store_open (path, error);
      if (store == NULL || !kn_demo_populate (store, error))
        return NULL;
      return g_steal_pointer (&store);
    }

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: the first %s is a folder, the second the system's reason */
                   _("Could not create the folder “%s” for the demo database: %s"),
                   folder, g_strerror (saved_errno));
      return NULL;
    }

  /* Only a regular file can be a demo to replace: renaming over a link, a FIFO or a device
   * would replace it (TESTING.md trap 17), and reading a FIFO would block. */
  if (g_lstat (path, &info) == 0)
    {
      gboolean is_demo = FALSE;

      if (S_ISREG (info.st_mode) && !is_demo_database (path, &is_demo, error))
        {
          /* Translators: %s is a file name; the reason follows */
          g_prefix_error (error, _("Could not check the existing file “%s”: "), path);
          return NULL;
        }

      if (!is_demo)
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                       /* Translators: %s is a file name */
                       _("“%s” is not a Kinerja demo database; it was left untouched. "
                         "Choose another file for the demo."),
                       path);
          return NULL;
        }
    }

  /* The demo is built beside the target and renamed into place only when it is whole, so an
   * interrupted build (killed, power cut) leaves the previous demo or nothing, never a partial
   * database that the next run would refuse. What an interrupted build left is ours to remove. */
  partial = g_strconcat (path, ".partial", NULL);
  if (!remove_database (partial, error))
    return NULL;

  store = kn_store_open (partial, error);
  if (store == NULL)
    return NULL;

  if (!kn_demo_populate (store, error))
    {
      g_clear_object (&store);
      remove_database (partial, NULL);
      return NULL;
    }

  /* Closing checkpoints the write-ahead log into the file and removes it. */
  g_clear_object (&store);

  /* The old demo's journal files would be taken for the new one's. */
  if (!remove_journals (path, error) || !rename_into_place (partial, path, error))
    {
      remove_database (partial, NULL);
      return NULL;
    }

  return kn_store_open (path, error);
}

char *
kn_demo_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "kinerja", "demo.db", NULL);
}
