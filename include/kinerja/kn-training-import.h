/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing a training list (kegiatan pengembangan kompetensi, as the training agency sends it):
 * a preview of what would be added, then all of it or nothing. */

#pragma once

#include <gio/gio.h>

#include "kn-column-map.h"
#include "kn-employee-import.h"
#include "kn-store.h"
#include "kn-table-reader.h"
#include "kn-training.h"

G_BEGIN_DECLS

#define KN_TRAINING_IMPORT_ERROR (kn_training_import_error_quark ())

typedef enum
{
  KN_TRAINING_IMPORT_ERROR_ROWS,   /* apply refused: the preview has row errors */
} KnTrainingImportError;

typedef struct
{
  guint           line;           /* the row's number in the file */
  char           *nip;            /* the bare digits ("" when the cell was not a NIP) */
  gint64          employee_id;    /* 0 when nobody has the NIP (an error) */
  char           *employee_name;  /* the matched person's name, or NULL */
  char           *start_date;     /* ISO 8601, nullable */
  KnTraining     *training;       /* as it will be stored (id 0; date = the end date) */
  KnImportAction  action;         /* NEW, or UNCHANGED: already recorded, skipped */
  gboolean        has_error;      /* the row has an error (see the errors); the rest means nothing */
} KnTrainingImportEntry;

typedef struct _KnTrainingImport KnTrainingImport;

GQuark             kn_training_import_error_quark (void);

/* Reads every row after the header (read and matched into @map by the caller, fields of
 * kn_column_fields_training()) and compares it with @store: an activity already recorded for
 * the person (the same name, case aside, and the same end date), or twice in the file, is
 * skipped. NULL only when the file cannot be read to the end, a required column is missing, or
 * @cancellable is cancelled; problems of single rows are in the preview. Reads the store only. */
KnTrainingImport  *kn_training_import_prepare     (KnStore          *store,
                                                   KnTableReader    *reader,
                                                   KnColumnMap      *map,
                                                   GCancellable     *cancellable,
                                                   GError          **error);
void               kn_training_import_free        (KnTrainingImport *import);

/* KnTrainingImportEntry, in file order. */
GPtrArray         *kn_training_import_get_entries (KnTrainingImport *import);
/* NEW: activities to add; UNCHANGED: already recorded, skipped. Rows with errors not counted. */
guint              kn_training_import_count       (KnTrainingImport *import,
                                                   KnImportAction    action);
/* KnImportProblem, by row: any error stops the import. */
GPtrArray         *kn_training_import_get_errors  (KnTrainingImport *import);
/* KnImportProblem: what was skipped and why, for the user to know. */
GPtrArray         *kn_training_import_get_notices (KnTrainingImport *import);

/* Adds every new activity in one transaction (each audited), after a backup of the database
 * (kn_store_backup_before, KN_STORE_BACKUP_IMPORT). Refused while the preview has errors; on
 * any failure nothing is written. */
gboolean           kn_training_import_apply       (KnTrainingImport *import,
                                                   KnStore          *store,
                                                   GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnTrainingImport, kn_training_import_free)

G_END_DECLS
