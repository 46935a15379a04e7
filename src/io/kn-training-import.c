/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing a training list: a preview of what would be added, then all of it or nothing. */

#define G_LOG_DOMAIN "kn-training-import"

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-cell-check.h"
#include "kinerja/kn-nip.h"
#include "kinerja/kn-training-import.h"

/* JP of one activity above this are a typing error (the store refuses them too). */
#define MAX_HOURS 1000.0

struct _KnTrainingImport
{
  GPtrArray  *entries;    /* KnTrainingImportEntry, owned */
  GPtrArray  *errors;     /* KnImportProblem */
  GPtrArray  *notices;    /* KnImportProblem */
  GHashTable *recorded;   /* "id/year" → GHashTable of keys of the activities in the store */
  GHashTable *in_file;    /* key → the line of its first row */
  GHashTable *form_keys;  /* column key of a jenis → KnTrainingForm + 1 */
  guint       counts[3];
};

G_DEFINE_QUARK (kn-training-import-error-quark, kn_training_import_error)

static void
entry_free (gpointer data)
{
  KnTrainingImportEntry *entry = data;

  g_free (entry->nip);
  g_free (entry->employee_name);
  g_free (entry->start_date);
  g_clear_pointer (&entry->training, kn_training_free);
  g_free (entry);
}

static void
problem_free (gpointer data)
{
  KnImportProblem *problem = data;

  g_free (problem->message);
  g_free (problem);
}

static void
add_problem (GPtrArray *list,
             guint      line,
             char      *message)
{
  KnImportProblem *problem = g_new0 (KnImportProblem, 1);

  problem->line = line;
  problem->message = message;
  g_ptr_array_add (list, problem);
}

static void
row_error (KnTrainingImport      *import,
           KnTrainingImportEntry *entry,
           char                  *message)
{
  add_problem (import->errors, entry->line, message);
  entry->has_error = TRUE;
}

static void
add_form_key (GHashTable     *keys,
              const char     *text,
              KnTrainingForm  form)
{
  char *key = kn_column_key (text);

  if (key[0] == '\0' || g_hash_table_contains (keys, key))
    {
      g_free (key);
      return;
    }
  g_hash_table_insert (keys, key, GINT_TO_POINTER (form + 1));
}

/* The names a jenis is written with: the machine name, the label (translated and not), and the
 * words the training agencies use. */
static GHashTable *
form_keys_new (void)
{
  static const struct
  {
    const char     *text;
    KnTrainingForm  form;
  } words[] = {
    { "Pelatihan", KN_TRAINING_PELATIHAN },
    { "Diklat", KN_TRAINING_PELATIHAN },
    { "Pelatihan Klasikal", KN_TRAINING_PELATIHAN },
    { "Pendidikan dan Pelatihan", KN_TRAINING_PELATIHAN },
    { "Seminar", KN_TRAINING_SEMINAR },
    { "Konferensi", KN_TRAINING_SEMINAR },
    { "Sarasehan", KN_TRAINING_SEMINAR },
    { "Kursus", KN_TRAINING_KURSUS },
    { "Penataran", KN_TRAINING_KURSUS },
    { "Workshop", KN_TRAINING_WORKSHOP },
    { "Lokakarya", KN_TRAINING_WORKSHOP },
    { "Bimtek", KN_TRAINING_BIMTEK },
    { "Bimbingan Teknis", KN_TRAINING_BIMTEK },
    { "Coaching", KN_TRAINING_COACHING },
    { "Mentoring", KN_TRAINING_MENTORING },
    { "E-Learning", KN_TRAINING_E_LEARNING },
    { "Pelatihan Jarak Jauh", KN_TRAINING_E_LEARNING },
    { "Detasering", KN_TRAINING_DETASERING },
    { "Benchmarking", KN_TRAINING_BENCHMARKING },
    { "Studi Banding", KN_TRAINING_BENCHMARKING },
    { "Belajar Mandiri", KN_TRAINING_BELAJAR_MANDIRI },
    { "Komunitas Belajar", KN_TRAINING_KOMUNITAS_BELAJAR },
    { "Magang", KN_TRAINING_MAGANG },
    { "Praktik Kerja", KN_TRAINING_MAGANG },
  };
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    add_form_key (keys, words[i].text, words[i].form);
  for (int form = 0; form < KN_TRAINING_N; form++)
    {
      add_form_key (keys, kn_training_form_to_string (form), form);
      add_form_key (keys, kn_training_form_label (form), form);
    }
  return keys;
}

static char *
form_names (void)
{
  GString *names = g_string_new (NULL);

  for (int form = 0; form < KN_TRAINING_N; form++)
    {
      if (form > 0)
        g_string_append (names, ", ");
      g_string_append (names, kn_training_form_label (form));
    }
  return g_string_free (names, FALSE);
}

static char *
cell_text (const KnTableRow *row,
           int               column)
{
  char *text;

  if (column < 0)
    return g_strdup ("");
  text = kn_table_cell_dup_stripped (kn_table_row_get_cell (row, (guint) column));
  /* The apostrophe careful exports put before text that looks like a formula. */
  if (text[0] == '\'' && text[1] != '\0' && strchr ("=+-@\t", text[1]) != NULL)
    memmove (text, text + 1, strlen (text));
  return text;
}

static void
cell_ref (const KnTableRow *row,
          int               column,
          char              ref[24])
{
  char name[8];

  kn_table_column_name ((guint) MAX (column, 0), name);
  g_snprintf (ref, 24, "%s%u", name, row->number);
}

static char *
iso_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* What makes two records the same activity: the person, the end date and the name (case and
 * spacing aside). */
static char *
activity_key (gint64      employee_id,
              const char *date,
              const char *title)
{
  g_autofree char *folded = g_utf8_casefold (title, -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\r\n", -1);
  g_autofree char *joined = NULL;
  GString *squeezed = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      {
        if (squeezed->len > 0)
          g_string_append_c (squeezed, ' ');
        g_string_append (squeezed, words[i]);
      }
  joined = g_string_free (squeezed, FALSE);
  return g_strdup_printf ("%" G_GINT64_FORMAT "\x1f%s\x1f%s", employee_id, date, joined);
}

static gboolean
is_recorded (KnTrainingImport *import,
             KnStore          *store,
             const char       *key,
             gint64            employee_id,
             guint            year)
{
  g_autofree char *cache_key = g_strdup_printf ("%" G_GINT64_FORMAT "/%u", employee_id, year);
  GHashTable *keys = g_hash_table_lookup (import->recorded, cache_key);

  if (keys == NULL)
    {
      g_autoptr(GPtrArray) trainings = kn_store_list_trainings (store, employee_id, year);

      keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; trainings != NULL && i < trainings->len; i++)
        {
          KnTraining *training = trainings->pdata[i];

          g_hash_table_add (keys, activity_key (employee_id, training->date, training->title));
        }
      g_hash_table_insert (import->recorded, g_steal_pointer (&cache_key), keys);
    }
  return g_hash_table_contains (keys, key);
}

static void
read_row (KnTrainingImport *import,
          KnStore          *store,
          KnColumnMap      *map,
          const KnTableRow *row)
{
  KnTrainingImportEntry *entry = g_new0 (KnTrainingImportEntry, 1);
  int column_nip = kn_column_map_get_column (map, "nip");
  int column_title = kn_column_map_get_column (map, "activity");
  int column_kind = kn_column_map_get_column (map, "kind");
  int column_start = kn_column_map_get_column (map, "start-date");
  int column_end = kn_column_map_get_column (map, "end-date");
  int column_hours = kn_column_map_get_column (map, "hours");
  g_autofree char *title = cell_text (row, column_title);
  g_autofree char *kind = cell_text (row, column_kind);
  g_autofree char *organiser = cell_text (row, kn_column_map_get_column (map, "organiser"));
  g_autofree char *certificate = cell_text (row, kn_column_map_get_column (map, "certificate"));
  g_autofree char *end_text = cell_text (row, column_end);
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;
  KnNipInfo info;
  KnEmployee *employee = NULL;
  GDate start, end;
  gboolean have_start = FALSE, have_end = FALSE;
  double hours = 0;
  KnTrainingForm form = KN_TRAINING_PELATIHAN;
  char ref[24];

  entry->line = row->number;
  entry->nip = g_strdup ("");
  entry->action = KN_IMPORT_NEW;
  g_ptr_array_add (import->entries, entry);

  if (!kn_cell_check_nip (row, (guint) column_nip, KN_NIP_FLAGS_ALLOW_LEGACY, &info, &error))
    {
      row_error (import, entry, g_strdup (error->message));
      g_clear_error (&error);
    }
  else
    {
      g_free (entry->nip);
      entry->nip = g_strdup (info.digits);
      employee = kn_store_find_employee_by_nip (store, entry->nip);
      if (employee == NULL)
        {
          g_autofree char *shown = kn_nip_format (entry->nip);

          cell_ref (row, column_nip, ref);
          row_error (import, entry,
                     g_strdup_printf (_("Cell %s: nobody in the database has the NIP %s. Import "
                                        "the roster first, or correct the NIP."), ref, shown));
        }
      else
        {
          entry->employee_id = kn_employee_get_id (employee);
          entry->employee_name = g_strdup (kn_employee_get_name (employee));
        }
    }

  if (title[0] == '\0')
    {
      cell_ref (row, column_title, ref);
      row_error (import, entry, g_strdup_printf (_("Cell %s: the name of the activity is empty."),
                                                 ref));
    }

  if (kind[0] != '\0')
    {
      g_autofree char *kind_key = kn_column_key (kind);
      gpointer found = g_hash_table_lookup (import->form_keys, kind_key);

      if (found == NULL)
        {
          g_autofree char *names = form_names ();

          cell_ref (row, column_kind, ref);
          row_error (import, entry,
                     g_strdup_printf (_("Cell %s: “%s” is not a kind of activity. Use one of: "
                                        "%s."), ref, kind, names));
        }
      else
        form = GPOINTER_TO_INT (found) - 1;
    }

  if (!kn_cell_check_date (row, (guint) column_start, &start, &error))
    {
      row_error (import, entry, g_strdup (error->message));
      g_clear_error (&error);
    }
  else
    have_start = TRUE;
  if (end_text[0] == '\0')
    {
      /* A one-day activity: the end date is the start date. */
      end = start;
      have_end = have_start;
    }
  else if (!kn_cell_check_date (row, (guint) column_end, &end, &error))
    {
      row_error (import, entry, g_strdup (error->message));
      g_clear_error (&error);
    }
  else
    have_end = TRUE;
  if (have_start && have_end && g_date_compare (&end, &start) < 0)
    {
      cell_ref (row, column_end, ref);
      row_error (import, entry,
                 g_strdup_printf (_("Cell %s: the activity ends before it starts."), ref));
      have_end = FALSE;
    }

  if (!kn_cell_check_number (row, (guint) column_hours, &hours, &error))
    {
      row_error (import, entry, g_strdup (error->message));
      g_clear_error (&error);
    }
  else if (!(hours > 0 && hours <= MAX_HOURS))
    {
      cell_ref (row, column_hours, ref);
      row_error (import, entry,
                 g_strdup_printf (_("Cell %s: the JP are a number above 0 and at most %d."),
                                  ref, (int) MAX_HOURS));
    }

  if (entry->has_error || !have_start || !have_end)
    return;

  entry->start_date = iso_date (&start);
  entry->training = kn_training_new (entry->employee_id);
  entry->training->date = iso_date (&end);
  entry->training->title = g_strdup (title);
  entry->training->form = form;
  entry->training->hours = hours;
  entry->training->organizer = organiser[0] != '\0' ? g_strdup (organiser) : NULL;
  entry->training->evidence = certificate[0] != '\0' ? g_strdup (certificate) : NULL;

  key = activity_key (entry->employee_id, entry->training->date, title);
  if (g_hash_table_contains (import->in_file, key))
    {
      guint first = GPOINTER_TO_UINT (g_hash_table_lookup (import->in_file, key));

      entry->action = KN_IMPORT_UNCHANGED;
      add_problem (import->notices, entry->line,
                   g_strdup_printf (_("The same activity as row %u: skipped."), first));
    }
  else
    {
      g_hash_table_insert (import->in_file, g_strdup (key), GUINT_TO_POINTER (entry->line));
      if (is_recorded (import, store, key, entry->employee_id, g_date_get_year (&end)))
        {
          entry->action = KN_IMPORT_UNCHANGED;
          add_problem (import->notices, entry->line,
                       g_strdup (_("Already recorded: skipped.")));
        }
    }
}

void
kn_training_import_free (KnTrainingImport *import)
{
  if (import == NULL)
    return;
  g_ptr_array_unref (import->entries);
  g_ptr_array_unref (import->errors);
  g_ptr_array_unref (import->notices);
  g_hash_table_unref (import->recorded);
  g_hash_table_unref (import->in_file);
  g_hash_table_unref (import->form_keys);
  g_free (import);
}

KnTrainingImport *
kn_training_import_prepare (KnStore        *store,
                            KnTableReader  *reader,
                            KnColumnMap    *map,
                            GCancellable   *cancellable,
                            GError        **error)
{
  g_autoptr(KnTrainingImport) import = NULL;
  g_autoptr(GError) local_error = NULL;
  const KnTableRow *row;
  guint n = 0;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);
  g_return_val_if_fail (KN_IS_TABLE_READER (reader), NULL);
  g_return_val_if_fail (map != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!kn_column_map_check (map, error))
    return NULL;

  import = g_new0 (KnTrainingImport, 1);
  import->entries = g_ptr_array_new_with_free_func (entry_free);
  import->errors = g_ptr_array_new_with_free_func (problem_free);
  import->notices = g_ptr_array_new_with_free_func (problem_free);
  import->recorded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) g_hash_table_unref);
  import->in_file = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import->form_keys = form_keys_new ();

  while ((row = kn_table_reader_next_row (reader, &local_error)) != NULL)
    {
      if (++n % 512 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      read_row (import, store, map, row);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  for (guint i = 0; i < import->entries->len; i++)
    {
      KnTrainingImportEntry *entry = import->entries->pdata[i];

      if (!entry->has_error)
        import->counts[entry->action]++;
    }
  return g_steal_pointer (&import);
}

GPtrArray *
kn_training_import_get_entries (KnTrainingImport *import)
{
  g_return_val_if_fail (import != NULL, NULL);
  return import->entries;
}

guint
kn_training_import_count (KnTrainingImport *import,
                          KnImportAction    action)
{
  g_return_val_if_fail (import != NULL, 0);
  g_return_val_if_fail (action <= KN_IMPORT_UNCHANGED, 0);
  return import->counts[action];
}

GPtrArray *
kn_training_import_get_errors (KnTrainingImport *import)
{
  g_return_val_if_fail (import != NULL, NULL);
  return import->errors;
}

GPtrArray *
kn_training_import_get_notices (KnTrainingImport *import)
{
  g_return_val_if_fail (import != NULL, NULL);
  return import->notices;
}

gboolean
kn_training_import_apply (KnTrainingImport  *import,
                          KnStore           *store,
                          GError           **error)
{
  g_return_val_if_fail (import != NULL, FALSE);
  g_return_val_if_fail (KN_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (import->errors->len > 0)
    {
      g_set_error (error, KN_TRAINING_IMPORT_ERROR, KN_TRAINING_IMPORT_ERROR_ROWS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The file has %u error; correct it and import again.",
                                "The file has %u errors; correct them and import again.",
                                import->errors->len),
                   import->errors->len);
      return FALSE;
    }

  /* A copy to go back to, as before an employee import. */
  if (!kn_store_backup_before (store, KN_STORE_BACKUP_IMPORT, error) ||
      !kn_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < import->entries->len; i++)
    {
      KnTrainingImportEntry *entry = import->entries->pdata[i];
      g_autoptr(KnTraining) training = NULL;
      g_autoptr(GError) local_error = NULL;

      if (entry->action != KN_IMPORT_NEW)
        continue;
      training = kn_training_copy (entry->training);
      if (!kn_store_save_training (store, training, &local_error))
        {
          kn_store_rollback (store);
          g_set_error (error, local_error->domain, local_error->code, _("Row %u: %s"),
                       entry->line, local_error->message);
          return FALSE;
        }
    }
  return kn_store_commit (store, error);
}
