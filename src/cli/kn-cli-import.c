/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli import: a roster of employees (pegawai) or a training list (kegiatan) from an Excel
 * workbook or a CSV file. The preview is printed first; with any error nothing is written. */

#define G_LOG_DOMAIN "kinerja-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-employee-import.h"
#include "kinerja/kn-training-import.h"

#include "kn-cli-private.h"

/* Title rows an office puts above the header ("DAFTAR PEGAWAI …", "Keadaan per …"). */
#define HEADER_SEARCH_ROWS 20

typedef struct
{
  char     *database;
  char     *sheet;
  gboolean  dry_run;
} ImportOptions;

static void
import_options_clear (ImportOptions *options)
{
  g_free (options->database);
  g_free (options->sheet);
}

/* What the reader did to the file, said once before the preview. */
static void
print_reader_notices (KnTableReader *reader)
{
  const char *name = kn_table_reader_get_display_name (reader);

  if (kn_table_reader_get_notices (reader) & KN_TABLE_NOTICE_WINDOWS_1252)
    {
      g_autofree char *message = g_strdup_printf (_("%s is not UTF-8: it was read as "
                                                    "Windows-1252, as older Excel writes it."),
                                                  name);

      g_print ("%s\n", message);
    }
  if (kn_table_reader_get_sheet_name (reader) != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Sheet: %s"),
                                                  kn_table_reader_get_sheet_name (reader));

      g_print ("%s\n", message);
    }
}

/* Opens @path and finds its header row; prints the column mapping. NULL after printing why. */
static KnTableReader *
open_table (const char          *path,
            const char          *sheet,
            const KnColumnField *fields,
            guint                n_fields,
            KnColumnMap        **map_out)
{
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(KnColumnMap) map = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mapping = NULL;

  if (!kn_cli_check_input_file (path))
    return NULL;
  reader = kn_table_reader_new_for_path (path, sheet, &error);
  if (reader == NULL)
    {
      kn_cli_print_error (error->message);
      return NULL;
    }
  map = kn_column_map_new (fields, n_fields);
  if (!kn_column_map_find_header (map, reader, HEADER_SEARCH_ROWS, &error))
    {
      GPtrArray *missing = kn_column_map_get_missing (map);
      g_autofree char *message = NULL;

      /* The library's sentence offers to choose the columns, which only the window can. */
      if (g_error_matches (error, KN_COLUMN_MAP_ERROR, KN_COLUMN_MAP_ERROR_MISSING) &&
          missing->len > 0)
        {
          g_autoptr(GString) names = g_string_new (NULL);

          for (guint i = 0; i < missing->len; i++)
            g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                                    _(((const KnColumnField *) missing->pdata[i])->label));
          message = g_strdup_printf (_("%s: No column was found for: %s. Name the columns in the "
                                       "first row of the file (for example “NIP” and “Nama”)."),
                                     kn_table_reader_get_display_name (reader), names->str);
        }
      else
        message = g_strdup_printf ("%s: %s", kn_table_reader_get_display_name (reader),
                                   error->message);
      kn_cli_print_error (message);
      return NULL;
    }

  print_reader_notices (reader);
  mapping = kn_column_map_describe (map);
  g_print ("%s\n", _("Columns:"));
  g_print ("%s", mapping);
  if (mapping[0] != '\0' && !g_str_has_suffix (mapping, "\n"))
    g_print ("\n");
  g_print ("\n");

  *map_out = g_steal_pointer (&map);
  return g_steal_pointer (&reader);
}

/* Every problem as "FILE, row N: message" (the message names the cell where it is one cell's). */
static void
print_problems (KnTableReader *reader,
                GPtrArray     *problems,
                FILE          *to)
{
  const char *name = kn_table_reader_get_display_name (reader);

  for (guint i = 0; i < problems->len; i++)
    {
      const KnImportProblem *problem = problems->pdata[i];
      g_autofree char *line = NULL;

      if (problem->line > 0)
        /* Translators: the file's name, the row's number in it, then what is wrong there */
        line = g_strdup_printf (_("%s, row %u: %s"), name, problem->line, problem->message);
      else
        line = g_strdup_printf ("%s: %s", name, problem->message);
      fprintf (to, "%s\n", line);
    }
}

static gboolean
parse_import_options (ImportOptions   *options,
                      const char      *parameter,
                      const char      *summary,
                      int             *argc,
                      char          ***argv)
{
  GOptionEntry entries[] = {
    kn_cli_database_option (&options->database),
    { "sheet", 0, 0, G_OPTION_ARG_STRING, &options->sheet,
      N_("The sheet of the workbook to read (default: the first)"), N_("NAME") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &options->dry_run,
      N_("Show what would change, write nothing"), NULL },
    { NULL }
  };

  if (!kn_cli_parse_options (entries, parameter, summary, argc, argv))
    return FALSE;
  if (*argc != 2)
    {
      kn_cli_print_error (_("Name one file to import."));
      return FALSE;
    }
  return TRUE;
}

/* The store to import into: an import may be the first thing an office does, so the database
 * is created when it does not exist yet — except for a dry run, which reads an empty store in a
 * temporary folder (@scratch, removed by scratch_remove()) and leaves no file behind. A server's
 * database exists (kinerja-cli server init made it). */
static KnStore *
open_store_for_import (const char  *database,
                       gboolean     dry_run,
                       char       **scratch)
{
  g_autofree char *path = database != NULL ? g_strdup (database) : kn_store_default_path ();
  g_autoptr(GError) error = NULL;
  KnStore *store;

  /* A server's database is always there: its dry run reads it, as a file's does. */
  if (dry_run && !kn_store_location_is_server (path) && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      *scratch = g_dir_make_tmp ("kinerja-import-XXXXXX", &error);
      if (*scratch == NULL)
        {
          kn_cli_print_error (error->message);
          return NULL;
        }
      g_free (path);
      path = g_build_filename (*scratch, "kinerja.db", NULL);
    }
  store = kn_store_open (path, &error);
  if (store == NULL)
    kn_cli_print_error (error->message);
  return store;
}

static void
scratch_remove (char *scratch)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (scratch == NULL)
    return;
  dir = g_dir_open (scratch, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (scratch, name, NULL);

      g_unlink (file);
    }
  g_rmdir (scratch);
  g_free (scratch);
}

static void
print_employee_preview (KnEmployeeImport *import)
{
  GPtrArray *entries = kn_employee_import_get_entries (import);
  GPtrArray *new_units = kn_employee_import_get_new_units (import);
  GPtrArray *absent = kn_employee_import_get_absent (import);

  for (guint i = 0; i < entries->len; i++)
    {
      const KnImportEntry *entry = entries->pdata[i];
      g_autofree char *nip = kn_nip_format (entry->nip);

      if (entry->has_error || entry->action == KN_IMPORT_UNCHANGED)
        continue;
      if (entry->action == KN_IMPORT_NEW)
        {
          /* Translators: a person the import adds: their NIP and name */
          g_autofree char *line = g_strdup_printf (_("New: %s %s"), nip, entry->name);

          g_print ("%s\n", line);
          continue;
        }
      {
        g_autofree char *line = g_strdup_printf (_("Changed: %s %s"), nip, entry->name);

        g_print ("%s\n", line);
      }
      for (guint j = 0; entry->changes != NULL && j < entry->changes->len; j++)
        {
          const KnImportChange *change = entry->changes->pdata[j];

          g_print ("    %s: %s → %s\n", change->field,
                   change->old_value[0] != '\0' ? change->old_value : "—",
                   change->new_value[0] != '\0' ? change->new_value : "—");
        }
    }
  for (guint i = 0; i < new_units->len; i++)
    {
      g_autofree char *line = g_strdup_printf (_("New unit: %s"),
                                               (const char *) new_units->pdata[i]);

      g_print ("%s\n", line);
    }
  if (absent->len > 0)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE,
                            "%u person in the database is not in the file (nobody is deleted):\n",
                            "%u people in the database are not in the file (nobody is deleted):\n",
                            absent->len),
               absent->len);
      for (guint i = 0; i < absent->len; i++)
        {
          KnEmployee *employee = absent->pdata[i];
          g_autofree char *nip = kn_nip_format (kn_employee_get_nip (employee));

          g_print ("    %s %s\n", nip, kn_employee_get_name (employee));
        }
    }
}

static void
print_employee_summary (KnEmployeeImport *import)
{
  print_employee_preview (import);
  /* Translators: the preview's summary: people added, updated and left as they are */
  g_print (_("%u new, %u changed, %u unchanged.\n"),
           kn_employee_import_count (import, KN_IMPORT_NEW),
           kn_employee_import_count (import, KN_IMPORT_CHANGED),
           kn_employee_import_count (import, KN_IMPORT_UNCHANGED));
}

static void
print_employee_done (KnEmployeeImport *import)
{
  /* Translators: after an import: people added, people updated */
  g_print (_("Imported: %u added, %u updated.\n"), kn_employee_import_count (import, KN_IMPORT_NEW),
           kn_employee_import_count (import, KN_IMPORT_CHANGED));
}

static void
print_training_preview (KnTrainingImport *import)
{
  GPtrArray *entries = kn_training_import_get_entries (import);

  for (guint i = 0; i < entries->len; i++)
    {
      const KnTrainingImportEntry *entry = entries->pdata[i];
      g_autofree char *nip = NULL;
      g_autofree char *hours = NULL;
      g_autofree char *date = NULL;
      g_autofree char *line = NULL;

      if (entry->has_error || entry->action != KN_IMPORT_NEW)
        continue;
      nip = kn_nip_format (entry->nip);
      hours = kn_format_decimal (entry->training->hours);
      /* Day first, as it is typed everywhere ("30-05-2026"). */
      date = kn_format_iso_date_numeric (entry->training->date);
      /* Translators: an activity the import adds: NIP, name, the activity, its end date, JP */
      line = g_strdup_printf (_("New: %s %s — %s, %s, %s JP"), nip, entry->employee_name,
                              entry->training->title,
                              date != NULL ? date : entry->training->date, hours);
      g_print ("%s\n", line);
    }
}

static void
print_training_summary (KnTrainingImport *import)
{
  print_training_preview (import);
  /* Translators: the preview's summary: activities to add, activities already recorded */
  g_print (_("%u new, %u already recorded (skipped).\n"),
           kn_training_import_count (import, KN_IMPORT_NEW),
           kn_training_import_count (import, KN_IMPORT_UNCHANGED));
}

static void
print_training_done (KnTrainingImport *import)
{
  guint n_new = kn_training_import_count (import, KN_IMPORT_NEW);

  g_print (g_dngettext (GETTEXT_PACKAGE, "Imported: %u activity added.\n",
                        "Imported: %u activities added.\n", n_new), n_new);
}

typedef gpointer   (*PrepareFunc)  (KnStore        *store,
                                    KnTableReader  *reader,
                                    KnColumnMap    *map,
                                    GCancellable   *cancellable,
                                    GError        **error);
typedef GPtrArray *(*ProblemsFunc) (gpointer        import);
typedef gboolean   (*ApplyFunc)    (gpointer        import,
                                    KnStore        *store,
                                    GError        **error);
typedef void       (*PrintFunc)    (gpointer        import);

/* What sets one kind of import apart; the steps are import_run()'s, the same for each. */
typedef struct
{
  const char          *name;
  const char          *summary;      /* in the list of kinds */
  const char          *description;  /* in --help */
  const KnColumnField *(*fields) (guint *n_fields);
  gboolean             may_create;   /* the import may be the first thing an office does */
  PrepareFunc          prepare;
  ProblemsFunc         get_notices;
  ProblemsFunc         get_errors;
  PrintFunc            print_preview; /* what would change, and how much */
  ApplyFunc            apply;
  PrintFunc            print_done;
  GDestroyNotify       free;
} ImportKind;

static const ImportKind kinds[] = {
  { "pegawai", N_("a roster of employees"),
    N_("Imports a roster of employees from an Excel workbook (.xlsx) or a CSV file. People are "
       "matched by NIP: new ones are added, existing ones updated, nobody is deleted. With any "
       "error in the file nothing is written."),
    kn_column_fields_employee, TRUE, (PrepareFunc)kn_employee_import_prepare,
    (ProblemsFunc)kn_employee_import_get_notices, (ProblemsFunc)kn_employee_import_get_errors,
    (PrintFunc)print_employee_summary, (ApplyFunc)kn_employee_import_apply,
    (PrintFunc)print_employee_done, (GDestroyNotify)kn_employee_import_free },
  { "kegiatan", N_("a list of competence development activities"),
    N_("Imports a list of competence development activities (as the training agency sends it) "
       "from an Excel workbook (.xlsx) or a CSV file. Each person is found by NIP; an activity "
       "already recorded is skipped. With any error in the file nothing is written."),
    kn_column_fields_training, FALSE, (PrepareFunc)kn_training_import_prepare,
    (ProblemsFunc)kn_training_import_get_notices, (ProblemsFunc)kn_training_import_get_errors,
    (PrintFunc)print_training_summary, (ApplyFunc)kn_training_import_apply,
    (PrintFunc)print_training_done, (GDestroyNotify)kn_training_import_free },
};

/* One import of @kind: the file's columns, the preview, then all or nothing. */
static int
import_run (const ImportKind *kind,
            int               argc,
            char            **argv)
{
  ImportOptions options = { 0 };
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(KnColumnMap) map = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const KnColumnField *fields;
  gpointer import = NULL;
  guint n_fields;
  GPtrArray *errors;
  char *scratch = NULL;
  int status = 1;

  if (!parse_import_options (&options, _("FILE"), _(kind->description), &argc, &argv))
    {
      import_options_clear (&options);
      return 2;
    }

  fields = kind->fields (&n_fields);
  reader = open_table (argv[1], options.sheet, fields, n_fields, &map);
  if (reader == NULL)
    goto out;
  store = kind->may_create ? open_store_for_import (options.database, options.dry_run, &scratch)
                           : kn_cli_open_store (options.database, KN_STORE_OPEN_EXISTING);
  if (store == NULL)
    goto out;
  import = kind->prepare (store, reader, map, NULL, &error);
  if (import == NULL)
    {
      kn_cli_print_error (error->message);
      goto out;
    }

  print_problems (reader, kind->get_notices (import), stdout);
  kind->print_preview (import);

  errors = kind->get_errors (import);
  if (errors->len > 0)
    {
      print_problems (reader, errors, stderr);
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "%u error: nothing was imported. Correct the file and import it "
                               "again.\n",
                               "%u errors: nothing was imported. Correct the file and import it "
                               "again.\n",
                               errors->len),
                  errors->len);
      goto out;
    }
  if (options.dry_run)
    {
      g_print ("%s\n", _("Dry run: nothing was written."));
      status = 0;
      goto out;
    }
  if (!kind->apply (import, store, &error))
    {
      kn_cli_print_error (error->message);
      goto out;
    }
  kind->print_done (import);
  status = 0;

out:
  g_clear_pointer (&import, kind->free);
  g_clear_object (&store);
  scratch_remove (scratch);
  import_options_clear (&options);
  return status;
}

static void
print_kinds (FILE *to)
{
  fprintf (to, "%s\n", _("Usage: kinerja-cli import KIND FILE [--sheet NAME] [--dry-run] "
                            "[--database FILE]"));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    fprintf (to, "  %-10s %s\n", kinds[i].name, _(kinds[i].summary));
}

int
kn_cli_import (int    argc,
               char **argv)
{
  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_kinds (argc < 2 ? stderr : stdout);
      return argc < 2 ? 2 : 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (argv[1], kinds[i].name))
      {
        g_autofree char *prgname = g_strdup_printf ("kinerja-cli import %s", kinds[i].name);

        g_set_prgname (prgname);
        return import_run (&kinds[i], argc - 1, argv + 1);
      }

  {
    g_autofree char *message = g_strdup_printf (_("Unknown kind of import “%s”."), argv[1]);

    kn_cli_print_error (message);
    print_kinds (stderr);
  }
  return 2;
}
