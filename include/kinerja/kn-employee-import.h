/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing a roster of employees: a preview of what would change, then all of it or nothing. */

#pragma once

#include <gio/gio.h>

#include "kn-column-map.h"
#include "kn-store.h"
#include "kn-table-reader.h"

G_BEGIN_DECLS

#define KN_EMPLOYEE_IMPORT_ERROR (kn_employee_import_error_quark ())

typedef enum
{
  KN_EMPLOYEE_IMPORT_ERROR_ROWS,     /* apply refused: the preview has row errors */
  KN_EMPLOYEE_IMPORT_ERROR_CHANGED,  /* apply refused: the database changed since the preview */
} KnEmployeeImportError;

typedef enum
{
  KN_IMPORT_NEW,
  KN_IMPORT_CHANGED,
  KN_IMPORT_UNCHANGED,
} KnImportAction;

typedef struct
{
  const char *field;       /* the field's label, translated: "Jabatan" */
  char       *old_value;   /* as shown to a person; "" when it was empty */
  char       *new_value;
} KnImportChange;

typedef struct
{
  guint           line;         /* the row's number in the file (CSV line, XLSX row) */
  char           *nip;          /* the bare digits */
  char           *name;         /* as it will be stored */
  KnImportAction  action;
  gint64          employee_id;  /* the matched employee; 0 when new */
  gboolean        legacy_nip;   /* a 9-digit NIP of before 2009: accepted, flagged */
  gboolean        has_error;    /* the row has an error (see the errors); action means nothing */
  GPtrArray      *changes;      /* KnImportChange, for CHANGED */
} KnImportEntry;

typedef struct
{
  guint  line;      /* 0 when the problem is not one row's */
  char  *message;   /* translated, naming the cell or the rows */
} KnImportProblem;

typedef struct _KnEmployeeImport KnEmployeeImport;

GQuark             kn_employee_import_error_quark   (void);

/* Reads every row after the header (which the caller has read and matched into @map) and
 * compares it with @store. NULL only when the file cannot be read to the end, a required
 * column is missing, or @cancellable is cancelled; problems of single rows are in the preview.
 * Reads the store only. */
KnEmployeeImport  *kn_employee_import_prepare       (KnStore        *store,
                                                     KnTableReader  *reader,
                                                     KnColumnMap    *map,
                                                     GCancellable   *cancellable,
                                                     GError        **error);
void               kn_employee_import_free          (KnEmployeeImport *import);

/* KnImportEntry, in file order. */
GPtrArray         *kn_employee_import_get_entries   (KnEmployeeImport *import);
guint              kn_employee_import_count         (KnEmployeeImport *import,
                                                     KnImportAction    action);
/* KnImportProblem: errors (any of them stops the import) and notices (legacy NIPs). */
GPtrArray         *kn_employee_import_get_errors    (KnEmployeeImport *import);
GPtrArray         *kn_employee_import_get_notices   (KnEmployeeImport *import);
/* The unit paths ("Dinas X/Bidang Y") that the import creates, parents first. */
GPtrArray         *kn_employee_import_get_new_units (KnEmployeeImport *import);
/* KnEmployee: people in the database whom the file does not name (nobody is deleted). */
GPtrArray         *kn_employee_import_get_absent    (KnEmployeeImport *import);

/* Writes the preview in one transaction: new units, new people, changed fields, then the
 * atasan. Refused while the preview has errors; on any failure nothing is written. */
gboolean           kn_employee_import_apply         (KnEmployeeImport *import,
                                                     KnStore          *store,
                                                     GError          **error);

/* How far an apply is: @done of @total people written. */
typedef void (*KnImportProgressFunc) (guint     done,
                                      guint     total,
                                      gpointer  user_data);

/* The same, telling @progress (nullable) every few hundred people and stopping when
 * @cancellable is cancelled: then nothing is written (G_IO_ERROR_CANCELLED). */
gboolean           kn_employee_import_apply_full    (KnEmployeeImport      *import,
                                                     KnStore               *store,
                                                     GCancellable          *cancellable,
                                                     KnImportProgressFunc   progress,
                                                     gpointer               user_data,
                                                     GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnEmployeeImport, kn_employee_import_free)

G_END_DECLS
