/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the imports share: the preview (entries, errors, notices, counts), cells named as a
 * spreadsheet names them, reading the rows, and the apply: all of it or nothing, after a backup.
 * Each import engine says only what its rows mean. */

#pragma once

#include <gio/gio.h>

#include "kinerja/kn-employee-import.h"
#include "kinerja/kn-store.h"
#include "kinerja/kn-table-reader.h"

G_BEGIN_DECLS

/* "AB20000" and room to spare. */
#define KN_IMPORT_CELL_REF_SIZE 24

typedef struct
{
  GPtrArray *entries;                          /* the engine's entries, in file order */
  GPtrArray *errors;                           /* KnImportProblem: any of them stops the import */
  GPtrArray *notices;                          /* KnImportProblem: for the user to know */
  guint      counts[KN_IMPORT_UNCHANGED + 1];  /* by KnImportAction, rows without an error */
} KnImportPreview;

/* @entry_free frees an entry (NULL: the engine owns them elsewhere). */
void      kn_import_preview_init   (KnImportPreview   *preview,
                                    GDestroyNotify     entry_free);
void      kn_import_preview_clear  (KnImportPreview   *preview);
/* Counts a row without an error under @action. */
void      kn_import_preview_count  (KnImportPreview   *preview,
                                    KnImportAction     action);
/* Puts the errors in the order of the rows (stable: a row's errors keep their order). */
void      kn_import_preview_finish (KnImportPreview   *preview);

/* Adds a problem of row @line (0: of the whole file); takes @message. */
void      kn_import_add_problem    (GPtrArray         *problems,
                                    guint              line,
                                    char              *message);

/* The text of a cell, stripped, "" when @column is -1 (a column the file does not have). The
 * apostrophe that careful exports (Kinerja's among them) put before text a spreadsheet would
 * take for a formula is taken off again. */
char     *kn_import_cell_text      (const KnTableRow  *row,
                                    int                column);
/* The cell's reference as a spreadsheet shows it: "C12". */
void      kn_import_cell_ref       (const KnTableRow  *row,
                                    int                column,
                                    char               ref[KN_IMPORT_CELL_REF_SIZE]);

typedef void     (*KnImportRowFunc)   (const KnTableRow  *row,
                                       gpointer           user_data);
typedef gboolean (*KnImportWriteFunc) (KnStore           *store,
                                       gpointer           user_data,
                                       GError           **error);

/* Hands every row left in @reader to @func; FALSE when the file cannot be read to the end or
 * @cancellable is cancelled (looked at every 512 rows). */
gboolean  kn_import_read_rows      (KnTableReader     *reader,
                                    GCancellable      *cancellable,
                                    KnImportRowFunc    func,
                                    gpointer           user_data,
                                    GError           **error);

/* Refused (@domain, @code) while @preview has errors. Otherwise a backup of the database first
 * (KN_STORE_BACKUP_IMPORT), then @write in one transaction: committed when it succeeds, rolled
 * back when it fails, so that nothing is half-written. */
gboolean  kn_import_apply          (const KnImportPreview  *preview,
                                    KnStore                *store,
                                    GQuark                  domain,
                                    int                     code,
                                    KnImportWriteFunc       write,
                                    gpointer                user_data,
                                    GError                **error);
/* FALSE with @cause's domain and code, its message prefixed by the row: "Row 12: …". */
gboolean  kn_import_row_failed     (guint                   line,
                                    const GError           *cause,
                                    GError                **error);

/* The getters every import has over its preview (a field `preview`): prefix_get_entries,
 * prefix_count, prefix_get_errors and prefix_get_notices, as the public header declares them. */
#define KN_IMPORT_DEFINE_PREVIEW_GETTERS(TypeName, prefix) \
  GPtrArray * \
  prefix##_get_entries (TypeName *import) \
  { \
    g_return_val_if_fail (import != NULL, NULL); \
    return import->preview.entries; \
  } \
  guint \
  prefix##_count (TypeName       *import, \
                  KnImportAction  action) \
  { \
    g_return_val_if_fail (import != NULL, 0); \
    g_return_val_if_fail (action <= KN_IMPORT_UNCHANGED, 0); \
    return import->preview.counts[action]; \
  } \
  GPtrArray * \
  prefix##_get_errors (TypeName *import) \
  { \
    g_return_val_if_fail (import != NULL, NULL); \
    return import->preview.errors; \
  } \
  GPtrArray * \
  prefix##_get_notices (TypeName *import) \
  { \
    g_return_val_if_fail (import != NULL, NULL); \
    return import->preview.notices; \
  }

G_END_DECLS
