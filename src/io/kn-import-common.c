/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the imports share: the preview, cells named as a spreadsheet names them, reading the
 * rows, and the apply: all of it or nothing, after a backup. */

#define G_LOG_DOMAIN "kn-import"

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "kn-import-common-private.h"

/* Reading stops to look at the cancellable after this many rows. */
#define CANCEL_CHECK_ROWS 512

static void
problem_free (gpointer data)
{
  KnImportProblem *problem = data;

  g_free (problem->message);
  g_free (problem);
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const KnImportProblem *pa = *(KnImportProblem * const *) a;
  const KnImportProblem *pb = *(KnImportProblem * const *) b;

  return (pa->line > pb->line) - (pa->line < pb->line);
}

void
kn_import_preview_init (KnImportPreview *preview,
                        GDestroyNotify   entry_free)
{
  g_assert (preview != NULL);

  memset (preview, 0, sizeof *preview);
  preview->entries = g_ptr_array_new_with_free_func (entry_free);
  preview->errors = g_ptr_array_new_with_free_func (problem_free);
  preview->notices = g_ptr_array_new_with_free_func (problem_free);
}

void
kn_import_preview_clear (KnImportPreview *preview)
{
  g_assert (preview != NULL);

  g_clear_pointer (&preview->entries, g_ptr_array_unref);
  g_clear_pointer (&preview->errors, g_ptr_array_unref);
  g_clear_pointer (&preview->notices, g_ptr_array_unref);
}

void
kn_import_preview_count (KnImportPreview *preview,
                         KnImportAction   action)
{
  g_assert (action <= KN_IMPORT_UNCHANGED);

  preview->counts[action]++;
}

void
kn_import_preview_finish (KnImportPreview *preview)
{
  g_ptr_array_sort (preview->errors, compare_problems);
}

void
kn_import_add_problem (GPtrArray *problems,
                       guint      line,
                       char      *message)
{
  KnImportProblem *problem = g_new0 (KnImportProblem, 1);

  problem->line = line;
  problem->message = message;
  g_ptr_array_add (problems, problem);
}

char *
kn_import_cell_text (const KnTableRow *row,
                     int               column)
{
  char *text;

  if (column < 0)
    return g_strdup ("");
  text = kn_table_cell_dup_stripped (kn_table_row_get_cell (row, (guint) column));
  if (text[0] == '\'' && text[1] != '\0' && strchr ("=+-@\t", text[1]) != NULL)
    memmove (text, text + 1, strlen (text));
  return text;
}

void
kn_import_cell_ref (const KnTableRow *row,
                    int               column,
                    char              ref[KN_IMPORT_CELL_REF_SIZE])
{
  char name[8];

  kn_table_column_name ((guint) MAX (column, 0), name);
  g_snprintf (ref, KN_IMPORT_CELL_REF_SIZE, "%s%u", name, row->number);
}

gboolean
kn_import_read_rows (KnTableReader    *reader,
                     GCancellable     *cancellable,
                     KnImportRowFunc   func,
                     gpointer          user_data,
                     GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  const KnTableRow *row;
  guint n = 0;

  while ((row = kn_table_reader_next_row (reader, &local_error)) != NULL)
    {
      if (++n % CANCEL_CHECK_ROWS == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      func (row, user_data);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

gboolean
kn_import_apply (const KnImportPreview  *preview,
                 KnStore                *store,
                 GQuark                  domain,
                 int                     code,
                 KnImportWriteFunc       write,
                 gpointer                user_data,
                 GError                **error)
{
  g_assert (preview != NULL);
  g_assert (write != NULL);

  if (preview->errors->len > 0)
    {
      g_set_error (error, domain, code,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The file has %u error; nothing was imported. Correct it and "
                                "import the file again.",
                                "The file has %u errors; nothing was imported. Correct them and "
                                "import the file again.",
                                preview->errors->len),
                   preview->errors->len);
      return FALSE;
    }

  /* A copy to go back to, should the import not be what was meant. */
  if (!kn_store_backup_before (store, KN_STORE_BACKUP_IMPORT, error) ||
      !kn_store_begin (store, error))
    return FALSE;

  if (!write (store, user_data, error))
    {
      kn_store_rollback (store);
      return FALSE;
    }

  return kn_store_commit (store, error);
}

gboolean
kn_import_row_failed (guint          line,
                      const GError  *cause,
                      GError       **error)
{
  g_set_error (error, cause->domain, cause->code, _("Row %u: %s"), line, cause->message);
  return FALSE;
}
