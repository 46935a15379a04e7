/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing a training list: a preview of what would be added, then all of it or nothing. */

#define G_LOG_DOMAIN "kn-training-import"

#include "config.h"

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-cell-check.h"
#include "kinerja/kn-nip.h"
#include "kinerja/kn-training-import.h"
#include "kn-import-common-private.h"

/* JP of one activity above this are a typing error (the store refuses them too). */
#define MAX_HOURS 1000.0

struct _KnTrainingImport
{
  KnImportPreview preview;  /* entries: KnTrainingImportEntry, owned */
  KnStore    *store;      /* borrowed, while the rows are read */
  KnColumnMap *map;       /* borrowed, while the rows are read */
  GHashTable *recorded;   /* "id/year" → GHashTable of keys of the activities in the store */
  GHashTable *in_file;    /* key → the line of its first row */
  GHashTable *form_keys;  /* column key of a jenis → KnTrainingForm + 1 */
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
row_error (KnTrainingImport      *import,
           KnTrainingImportEntry *entry,
           char                  *message)
{
  kn_import_add_problem (import->preview.errors, entry->line, message);
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
read_row (const KnTableRow *row,
          gpointer          user_data)
{
  KnTrainingImport *import = user_data;
  KnStore *store = import->store;
  KnColumnMap *map = import->map;
  KnTrainingImportEntry *entry = g_new0 (KnTrainingImportEntry, 1);
  int column_nip = kn_column_map_get_column (map, "nip");
  int column_title = kn_column_map_get_column (map, "activity");
  int column_kind = kn_column_map_get_column (map, "kind");
  int column_start = kn_column_map_get_column (map, "start-date");
  int column_end = kn_column_map_get_column (map, "end-date");
  int column_hours = kn_column_map_get_column (map, "hours");
  g_autofree char *title = kn_import_cell_text (row, column_title);
  g_autofree char *kind = kn_import_cell_text (row, column_kind);
  g_autofree char *organiser = kn_import_cell_text (row, kn_column_map_get_column (map, "organiser"));
  g_autofree char *certificate = kn_import_cell_text (row, kn_column_map_get_column (map, "certificate"));
  g_autofree char *end_text = kn_import_cell_text (row, column_end);
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;
  KnNipInfo info;
  KnEmployee *employee = NULL;
  GDate start, end;
  gboolean have_start = FALSE, have_end = FALSE;
  double hours = 0;
  KnTrainingForm form = KN_TRAINING_PELATIHAN;
  char ref[KN_IMPORT_CELL_REF_SIZE];

  entry->line = row->number;
  entry->nip = g_strdup ("");
  entry->action = KN_IMPORT_NEW;
  g_ptr_array_add (import->preview.entries, entry);

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

          kn_import_cell_ref (row, column_nip, ref);
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
      kn_import_cell_ref (row, column_title, ref);
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

          kn_import_cell_ref (row, column_kind, ref);
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
      kn_import_cell_ref (row, column_end, ref);
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
      kn_import_cell_ref (row, column_hours, ref);
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
      kn_import_add_problem (import->preview.notices, entry->line,
                             g_strdup_printf (_("The same activity as row %u: skipped."), first));
    }
  else
    {
      g_hash_table_insert (import->in_file, g_strdup (key), GUINT_TO_POINTER (entry->line));
      if (is_recorded (import, store, key, entry->employee_id, g_date_get_year (&end)))
        {
          entry->action = KN_IMPORT_UNCHANGED;
          kn_import_add_problem (import->preview.notices, entry->line,
                                 g_strdup (_("Already recorded: skipped.")));
        }
    }
}

void
kn_training_import_free (KnTrainingImport *import)
{
  if (import == NULL)
    return;
  kn_import_preview_clear (&import->preview);
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

  g_return_val_if_fail (KN_IS_STORE (store), NULL);
  g_return_val_if_fail (KN_IS_TABLE_READER (reader), NULL);
  g_return_val_if_fail (map != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!kn_column_map_check (map, error))
    return NULL;

  import = g_new0 (KnTrainingImport, 1);
  kn_import_preview_init (&import->preview, entry_free);
  import->recorded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) g_hash_table_unref);
  import->in_file = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import->form_keys = form_keys_new ();

  import->store = store;
  import->map = map;
  if (!kn_import_read_rows (reader, cancellable, read_row, import, error))
    return NULL;
  import->store = NULL;
  import->map = NULL;

  for (guint i = 0; i < import->preview.entries->len; i++)
    {
      KnTrainingImportEntry *entry = import->preview.entries->pdata[i];

      if (!entry->has_error)
        kn_import_preview_count (&import->preview, entry->action);
    }
  kn_import_preview_finish (&import->preview);
  return g_steal_pointer (&import);
}

KN_IMPORT_DEFINE_PREVIEW_GETTERS (KnTrainingImport, kn_training_import)

/* Adds every new activity; the activities already recorded are skipped. */
static gboolean
write_all (KnStore   *store,
           gpointer   user_data,
           GError   **error)
{
  KnTrainingImport *import = user_data;

  for (guint i = 0; i < import->preview.entries->len; i++)
    {
      KnTrainingImportEntry *entry = import->preview.entries->pdata[i];
      g_autoptr(KnTraining) training = NULL;
      g_autoptr(GError) local_error = NULL;

      if (entry->action != KN_IMPORT_NEW)
        continue;
      training = kn_training_copy (entry->training);
      if (!kn_store_save_training (store, training, &local_error))
        return kn_import_row_failed (entry->line, local_error, error);
    }
  return TRUE;
}

gboolean
kn_training_import_apply (KnTrainingImport  *import,
                          KnStore           *store,
                          GError           **error)
{
  g_return_val_if_fail (import != NULL, FALSE);
  g_return_val_if_fail (KN_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return kn_import_apply (&import->preview, store, KN_TRAINING_IMPORT_ERROR,
                          KN_TRAINING_IMPORT_ERROR_ROWS, write_all, import, error);
}
