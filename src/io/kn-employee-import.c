/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing a roster of employees: a preview of what would change, then all of it or nothing. */

#define G_LOG_DOMAIN "kn-employee-import"

#include "config.h"

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-cell-check.h"
#include "kinerja/kn-employee-import.h"
#include "kinerja/kn-enums.h"
#include "kinerja/kn-format.h"
#include "kinerja/kn-history.h"
#include "kinerja/kn-nip.h"
#include "kinerja/kn-rank.h"
#include "kn-import-common-private.h"
#include "kn-import-values-private.h"

/* One row of the file. An empty cell changes nothing on a person already in the database, and
 * leaves the field unset on a new one (the store then says what is missing). */
typedef struct
{
  KnImportEntry     entry;            /* first: rows are handed out as entries */
  gboolean          valid;
  KnNipKind         nip_kind;
  gboolean          has_status;
  KnEmployeeStatus  status;
  char             *rank;             /* nullable */
  char             *rank_date;        /* nullable: the TMT of the rank (ISO) */
  gboolean          records_rank;     /* the rank changes with a kenaikan pangkat on rank_date */
  char             *position;         /* nullable */
  gboolean          has_kind;
  KnPositionKind    kind;
  char             *unit_key;         /* nullable: the unit path, folded, parts joined by '\x1f' */
  gboolean          unit_failed;      /* the unit cell is already reported */
  char             *supervisor_nip;   /* nullable */
  gboolean          supervisor_changes;
  const char       *supervisor_ref;   /* for messages */
  char              supervisor_cell[KN_IMPORT_CELL_REF_SIZE];
} Row;

typedef struct
{
  char  *key;       /* folded path */
  char  *display;   /* "Dinas X/Bidang Y" */
  char  *name;      /* the last part */
  char  *parent_key;
  gint64 id;        /* 0 until created (or for a new one) */
} UnitPath;

struct _KnEmployeeImport
{
  KnImportPreview preview; /* entries: KnImportEntry *, the rows' own */
  GPtrArray  *rows;        /* Row, owned */
  KnColumnMap *map;        /* borrowed, while the rows are read */
  KnStore    *store;       /* borrowed, while the rows are compared */
  GPtrArray  *new_units;   /* char *, display paths */
  GPtrArray  *new_unit_paths;  /* UnitPath * (borrowed from units) */
  GPtrArray  *absent;      /* KnEmployee, owned refs */
  GHashTable *units;       /* key → UnitPath, owned */
  GHashTable *unit_by_id;  /* id → UnitPath (borrowed) */
  GHashTable *units_by_name;  /* folded name → GPtrArray of UnitPath (borrowed), existing units */
  GHashTable *rows_by_nip; /* digits → Row (borrowed) */
  GHashTable *employees_by_nip;  /* digits → KnEmployee (owned ref) */
  GHashTable *employees_by_id;   /* id → KnEmployee (borrowed) */
  KnKindKeys  kind_keys;
  int         nip_column;    /* the columns of the fields a message names on its own; */
  int         rank_column;   /* -1: the file has none */
  int         unit_column;
  GCancellable        *cancellable;    /* borrowed, while applying */
  KnImportProgressFunc progress;       /* nullable, while applying */
  gpointer             progress_data;
  guint                written;        /* people written so far */
  guint                to_write;
};

#define ID_TO_POINTER(id)  ((gpointer) (gintptr) (id))
#define POINTER_TO_ID(p)   ((gint64) (gintptr) (p))

G_DEFINE_QUARK (kn-employee-import-error-quark, kn_employee_import_error)

static void
change_free (gpointer data)
{
  KnImportChange *change = data;

  g_free (change->old_value);
  g_free (change->new_value);
  g_free (change);
}

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->entry.nip);
  g_free (row->entry.name);
  g_clear_pointer (&row->entry.changes, g_ptr_array_unref);
  g_free (row->rank);
  g_free (row->rank_date);
  g_free (row->position);
  g_free (row->unit_key);
  g_free (row->supervisor_nip);
  g_free (row);
}

static void
unit_path_free (gpointer data)
{
  UnitPath *path = data;

  g_free (path->key);
  g_free (path->display);
  g_free (path->name);
  g_free (path->parent_key);
  g_free (path);
}

/* A problem of @row that stops the import. */
static void
add_error (KnEmployeeImport *import,
           Row              *row,
           char             *message)
{
  kn_import_add_problem (import->preview.errors, row->entry.line, message);
  row->valid = FALSE;
}

static char *
join_key (const char *parent_key,
          const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  return parent_key == NULL ? g_steal_pointer (&folded)
                            : g_strconcat (parent_key, "\x1f", folded, NULL);
}

static UnitPath *
add_unit_path (KnEmployeeImport *import,
               UnitPath         *parent,
               const char       *name,
               gint64            id)
{
  UnitPath *path = g_new0 (UnitPath, 1);

  path->key = join_key (parent != NULL ? parent->key : NULL, name);
  path->display = parent != NULL ? g_strconcat (parent->display, "/", name, NULL) : g_strdup (name);
  path->name = g_strdup (name);
  path->parent_key = parent != NULL ? g_strdup (parent->key) : NULL;
  path->id = id;
  g_hash_table_replace (import->units, path->key, path);
  if (id != 0)
    g_hash_table_replace (import->unit_by_id, &path->id, path);
  return path;
}

/* The store lists units in tree order, so a unit's parent is always seen before it. */
static void
load_units (KnEmployeeImport *import,
            KnStore          *store)
{
  GListModel *units = kn_store_get_units (store);
  guint n = g_list_model_get_n_items (units);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (units, i);
      gint64 parent_id = kn_org_unit_get_parent_id (unit);
      UnitPath *parent = parent_id != 0 ? g_hash_table_lookup (import->unit_by_id, &parent_id)
                                        : NULL;
      g_autofree char *key = join_key (parent != NULL ? parent->key : NULL,
                                       kn_org_unit_get_name (unit));

      /* Two units of one parent may share a name; the oldest keeps it, as in the store. */
      if (!g_hash_table_contains (import->units, key))
        {
          UnitPath *path = add_unit_path (import, parent, kn_org_unit_get_name (unit),
                                          kn_org_unit_get_id (unit));
          char *folded = g_utf8_casefold (path->name, -1);
          GPtrArray *named = g_hash_table_lookup (import->units_by_name, folded);

          if (named == NULL)
            g_hash_table_insert (import->units_by_name, folded, named = g_ptr_array_new ());
          else
            g_free (folded);
          g_ptr_array_add (named, path);
        }
    }
}

static void
load_employees (KnEmployeeImport *import,
                KnStore          *store)
{
  GListModel *employees = kn_store_get_employees (store);
  guint n = g_list_model_get_n_items (employees);

  for (guint i = 0; i < n; i++)
    {
      KnEmployee *employee = g_list_model_get_item (employees, i);

      g_hash_table_replace (import->employees_by_nip, g_strdup (kn_employee_get_nip (employee)),
                            employee);
      g_hash_table_replace (import->employees_by_id, ID_TO_POINTER (kn_employee_get_id (employee)),
                            employee);
    }
}

/* The unit of @text, adding the parts that do not exist as new units; its key. A path is read
 * from the top (an OPD); when its first part is no OPD but the name of exactly one unit further
 * down (as "unit_kerja" of kinerja-cli employees --csv is), it is read from that unit. NULL with
 * @error when that name belongs to several units. */
static char *
resolve_unit (KnEmployeeImport  *import,
              const char        *text,
              GError           **error)
{
  g_autoptr(GPtrArray) parts = kn_import_split_unit_path (text);
  g_autofree char *top_key = NULL;
  UnitPath *parent = NULL;
  guint first = 0;

  if (parts->len == 0)
    return NULL;

  top_key = join_key (NULL, parts->pdata[0]);
  if (!g_hash_table_contains (import->units, top_key))
    {
      g_autofree char *folded = g_utf8_casefold (parts->pdata[0], -1);
      GPtrArray *named = g_hash_table_lookup (import->units_by_name, folded);

      if (named != NULL && named->len > 1)
        {
          g_autoptr(GString) where = g_string_new (NULL);

          for (guint i = 0; i < named->len; i++)
            g_string_append_printf (where, "%s%s", i > 0 ? "; " : "",
                                    ((UnitPath *) named->pdata[i])->display);
          g_set_error (error, KN_EMPLOYEE_IMPORT_ERROR, KN_EMPLOYEE_IMPORT_ERROR_ROWS,
                       _("“%s” is the name of several units (%s). Write the unit’s path, its "
                         "levels separated by “/”."),
                       (const char *) parts->pdata[0], where->str);
          return NULL;
        }
      if (named != NULL)
        {
          parent = named->pdata[0];
          first = 1;
        }
    }

  for (guint i = first; i < parts->len; i++)
    {
      g_autofree char *key = join_key (parent != NULL ? parent->key : NULL, parts->pdata[i]);
      UnitPath *path = g_hash_table_lookup (import->units, key);

      if (path == NULL)
        {
          path = add_unit_path (import, parent, parts->pdata[i], 0);
          g_ptr_array_add (import->new_unit_paths, path);
          g_ptr_array_add (import->new_units, g_strdup (path->display));
        }
      parent = path;
    }

  return g_strdup (parent->key);
}

static char *
field_text (KnEmployeeImport *import,
            const KnTableRow *table_row,
            const char       *field_id)
{
  return kn_import_cell_text (table_row, kn_column_map_get_column (import->map, field_id));
}

/* The reference of the cell at @column of row @line ("C12"), for messages after the reading. */
static const char *
cell_at (int    column,
         guint  line,
         char   ref[KN_IMPORT_CELL_REF_SIZE])
{
  char name[8];

  kn_table_column_name ((guint) MAX (column, 0), name);
  g_snprintf (ref, KN_IMPORT_CELL_REF_SIZE, "%s%u", name, line);
  return ref;
}

/* A new person's empty @field: its cell, or the column the file lacks. */
static void
add_new_person_gap (KnEmployeeImport *import,
                    Row              *row,
                    int               column,
                    gboolean          rank)
{
  char ref[KN_IMPORT_CELL_REF_SIZE];

  if (column >= 0)
    add_error (import, row,
               rank ? g_strdup_printf (_("Cell %s: the pangkat/golongan of a new person is "
                                         "empty."), cell_at (column, row->entry.line, ref))
                    : g_strdup_printf (_("Cell %s: the unit of a new person is empty."),
                                       cell_at (column, row->entry.line, ref)));
  else
    add_error (import, row,
               g_strdup (rank ? _("A new person needs a pangkat/golongan, and the file has no "
                                  "column for it (Pangkat/Golongan).")
                              : _("A new person needs a unit, and the file has no column for "
                                  "it (Unit Kerja).")));
}

/* The reference of the cell of @field_id in @table_row ("C12"), for messages. */
static const char *
field_ref (KnEmployeeImport *import,
           const KnTableRow *table_row,
           const char       *field_id,
           char              ref[KN_IMPORT_CELL_REF_SIZE])
{
  kn_import_cell_ref (table_row, kn_column_map_get_column (import->map, field_id), ref);
  return ref;
}

static void
read_row (const KnTableRow *table_row,
          gpointer          user_data)
{
  KnEmployeeImport *import = user_data;
  Row *row = g_new0 (Row, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = field_text (import, table_row, "name");
  g_autofree char *front = field_text (import, table_row, "front-title");
  g_autofree char *back = field_text (import, table_row, "back-title");
  g_autofree char *status = field_text (import, table_row, "status");
  g_autofree char *rank = field_text (import, table_row, "rank");
  g_autofree char *rank_date = field_text (import, table_row, "rank-date");
  g_autofree char *kind = field_text (import, table_row, "position-kind");
  g_autofree char *unit = field_text (import, table_row, "unit");
  g_autofree char *atasan = field_text (import, table_row, "supervisor-nip");
  KnNipInfo info;
  Row *first;
  char ref[KN_IMPORT_CELL_REF_SIZE];

  row->entry.line = table_row->number;
  row->valid = TRUE;
  row->position = field_text (import, table_row, "position");
  if (row->position[0] == '\0')
    g_clear_pointer (&row->position, g_free);
  g_ptr_array_add (import->rows, row);
  g_ptr_array_add (import->preview.entries, &row->entry);

  if (!kn_cell_check_nip (table_row, (guint) kn_column_map_get_column (import->map, "nip"),
                          KN_NIP_FLAGS_ALLOW_LEGACY, &info, &error))
    {
      add_error (import, row, g_strdup (error->message));
      row->entry.nip = g_strdup ("");
    }
  else
    {
      row->entry.nip = g_strdup (info.digits);
      row->nip_kind = info.kind;
      row->entry.legacy_nip = info.kind == KN_NIP_KIND_LEGACY;
      if (row->entry.legacy_nip)
        kn_import_add_problem (import->preview.notices, row->entry.line,
                               g_strdup_printf (_("Cell %s: a 9-digit NIP of before 2009, "
                                                  "accepted and flagged; replace it with the "
                                                  "18-digit NIP when known."),
                                                field_ref (import, table_row, "nip", ref)));

      first = g_hash_table_lookup (import->rows_by_nip, row->entry.nip);
      if (first != NULL)
        {
          g_autofree char *shown = kn_nip_format (row->entry.nip);

          add_error (import, row,
                     g_strdup_printf (_("Rows %u and %u have the same NIP %s. Each person may "
                                        "appear once: remove or correct one of them."),
                                      first->entry.line, row->entry.line, shown));
        }
      else
        g_hash_table_insert (import->rows_by_nip, row->entry.nip, row);
    }

  row->entry.name = kn_import_compose_name (front, name, back);
  if (name[0] == '\0')
    add_error (import, row, g_strdup_printf (_("Cell %s: the name is empty."),
                                             field_ref (import, table_row, "name", ref)));

  if (status[0] != '\0')
    {
      row->has_status = kn_import_parse_status (status, &row->status);
      if (!row->has_status)
        add_error (import, row,
                   g_strdup_printf (_("Cell %s: “%s” is not a status. Use one of: PNS, CPNS, "
                                      "PPPK, PPPK Paruh Waktu."),
                                    field_ref (import, table_row, "status", ref), status));
    }

  if (rank[0] != '\0')
    {
      KnEmployeeStatus for_rank = row->has_status ? row->status
                                  : row->nip_kind == KN_NIP_KIND_PPPK ? KN_EMPLOYEE_STATUS_PPPK
                                  : KN_EMPLOYEE_STATUS_PNS;

      row->rank = kn_import_parse_rank (rank, for_rank);
      if (row->rank == NULL)
        {
          g_autofree char *allowed = kn_import_rank_codes (for_rank);

          add_error (import, row,
                     g_strdup_printf (_("Cell %s: “%s” is not a pangkat/golongan of %s. Use one "
                                        "of: %s."),
                                      field_ref (import, table_row, "rank", ref), rank,
                                      kn_employee_status_label (for_rank), allowed));
        }
    }

  /* TMT Pangkat: the day the rank was taken; a change of rank is recorded from it. */
  if (rank_date[0] != '\0')
    {
      g_autoptr(GError) date_error = NULL;
      GDate date;

      if (!kn_cell_check_date (table_row, (guint) kn_column_map_get_column (import->map,
                                                                            "rank-date"),
                               &date, &date_error))
        add_error (import, row, g_strdup (date_error->message));
      else
        row->rank_date = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date),
                                          g_date_get_month (&date), g_date_get_day (&date));
    }

  if (kind[0] != '\0')
    {
      row->has_kind = kn_import_parse_kind (&import->kind_keys, kind, &row->kind);
      if (!row->has_kind)
        {
          g_autofree char *allowed = kn_import_kind_labels ();

          add_error (import, row,
                     g_strdup_printf (_("Cell %s: “%s” is not a kind of position. Use one of: "
                                        "%s."),
                                      field_ref (import, table_row, "position-kind", ref), kind,
                                      allowed));
        }
    }

  if (unit[0] != '\0')
    {
      g_autoptr(GError) unit_error = NULL;

      row->unit_key = resolve_unit (import, unit, &unit_error);
      if (unit_error != NULL)
        {
          add_error (import, row, g_strdup_printf (_("Cell %s: %s"),
                                                   field_ref (import, table_row, "unit", ref),
                                                   unit_error->message));
          row->unit_failed = TRUE;
        }
    }

  if (atasan[0] != '\0')
    {
      g_autoptr(GError) atasan_error = NULL;
      int column = kn_column_map_get_column (import->map, "supervisor-nip");

      kn_import_cell_ref (table_row, column, row->supervisor_cell);
      if (!kn_cell_check_nip (table_row, (guint) column, KN_NIP_FLAGS_ALLOW_LEGACY, &info,
                              &atasan_error))
        add_error (import, row, g_strdup (atasan_error->message));
      else if (g_strcmp0 (info.digits, row->entry.nip) == 0)
        add_error (import, row,
                   g_strdup_printf (_("Cell %s: a person cannot be their own atasan."),
                                    row->supervisor_cell));
      else
        row->supervisor_nip = g_strdup (info.digits);
    }
}

static const char *
field_label (const char *id)
{
  guint n;
  const KnColumnField *fields = kn_column_fields_employee (&n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (fields[i].id, id))
      return _(fields[i].label);
  g_assert_not_reached ();
}

static void
add_change (Row        *row,
            const char *field_id,
            const char *old_value,
            const char *new_value)
{
  KnImportChange *change;

  if (g_strcmp0 (old_value != NULL ? old_value : "", new_value != NULL ? new_value : "") == 0)
    return;

  change = g_new0 (KnImportChange, 1);
  change->field = field_label (field_id);
  change->old_value = g_strdup (old_value != NULL ? old_value : "");
  change->new_value = g_strdup (new_value != NULL ? new_value : "");
  if (row->entry.changes == NULL)
    row->entry.changes = g_ptr_array_new_with_free_func (change_free);
  g_ptr_array_add (row->entry.changes, change);
}

static const char *
unit_display (KnEmployeeImport *import,
              gint64            unit_id)
{
  UnitPath *path = g_hash_table_lookup (import->unit_by_id, &unit_id);

  return path != NULL ? path->display : "";
}

static char *
person_display (KnEmployeeImport *import,
                const char       *nip)
{
  KnEmployee *employee;
  Row *row;
  g_autofree char *shown = NULL;

  if (nip == NULL)
    return g_strdup ("");

  shown = kn_nip_format (nip);
  if (shown == NULL)
    shown = g_strdup (nip);
  row = g_hash_table_lookup (import->rows_by_nip, nip);
  if (row != NULL)
    return g_strdup_printf ("%s (%s)", row->entry.name, shown);
  employee = g_hash_table_lookup (import->employees_by_nip, nip);
  if (employee != NULL)
    return g_strdup_printf ("%s (%s)", kn_employee_get_name (employee), shown);
  return g_steal_pointer (&shown);
}

/* The NIP of @employee's atasan in the database, or NULL. */
static const char *
final_supervisor_in_store (KnEmployeeImport *import,
                           KnEmployee       *employee)
{
  KnEmployee *supervisor;

  if (kn_employee_get_supervisor_id (employee) == 0)
    return NULL;
  supervisor = g_hash_table_lookup (import->employees_by_id,
                                    ID_TO_POINTER (kn_employee_get_supervisor_id (employee)));
  return supervisor != NULL ? kn_employee_get_nip (supervisor) : NULL;
}

/* The atasan's NIP that a person will have after the import (NULL: none). */
static const char *
final_supervisor (KnEmployeeImport *import,
                  const char       *nip)
{
  Row *row = g_hash_table_lookup (import->rows_by_nip, nip);
  KnEmployee *employee = g_hash_table_lookup (import->employees_by_nip, nip);

  if (row != NULL && row->supervisor_nip != NULL)
    return row->supervisor_nip;
  return employee != NULL ? final_supervisor_in_store (import, employee) : NULL;
}

static void
compare_row (KnEmployeeImport *import,
             Row              *row)
{
  KnEmployee *employee = g_hash_table_lookup (import->employees_by_nip, row->entry.nip);
  KnEmployeeStatus status;
  UnitPath *unit = row->unit_key != NULL ? g_hash_table_lookup (import->units, row->unit_key)
                                         : NULL;

  if (employee == NULL)
    {
      row->entry.action = KN_IMPORT_NEW;
      row->supervisor_changes = row->supervisor_nip != NULL;
      status = row->has_status ? row->status
               : row->nip_kind == KN_NIP_KIND_PPPK ? KN_EMPLOYEE_STATUS_PPPK
               : KN_EMPLOYEE_STATUS_PNS;
      row->has_status = TRUE;
      row->status = status;
      if (row->rank == NULL)
        add_new_person_gap (import, row, import->rank_column, TRUE);
      /* A unit cell that could not be read is reported already. */
      if (unit == NULL && !row->unit_failed)
        add_new_person_gap (import, row, import->unit_column, FALSE);
    }
  else
    {
      g_autofree char *old_atasan = NULL;
      g_autofree char *new_atasan = NULL;
      const char *old_supervisor;

      row->entry.employee_id = kn_employee_get_id (employee);
      status = row->has_status ? row->status : kn_employee_get_status (employee);

      add_change (row, "name", kn_employee_get_name (employee), row->entry.name);
      if (row->has_status)
        add_change (row, "status", kn_employee_status_label (kn_employee_get_status (employee)),
                    kn_employee_status_label (row->status));
      if (row->rank != NULL && row->rank_date != NULL)
        {
          /* With its TMT: a kenaikan pangkat, unless the person held that rank then already
           * (recorded before, or the same rank). */
          g_autofree char *held = kn_store_rank_at (import->store, kn_employee_get_id (employee),
                                                    row->rank_date);

          if (g_strcmp0 (held, row->rank) != 0)
            {
              g_autofree char *day = kn_format_iso_date (row->rank_date);
              /* Translators: a rank in the import's preview: "III/d (TMT 1 April 2026)" */
              g_autofree char *shown = g_strdup_printf (_("%s (TMT %s)"), row->rank, day);

              row->records_rank = TRUE;
              add_change (row, "rank", held, shown);
            }
        }
      else if (row->rank != NULL)
        add_change (row, "rank", kn_employee_get_rank (employee), row->rank);
      if (row->position != NULL)
        add_change (row, "position", kn_employee_get_position (employee), row->position);
      if (row->has_kind)
        add_change (row, "position-kind",
                    kn_position_kind_label (kn_employee_get_position_kind (employee)),
                    kn_position_kind_label (row->kind));
      if (unit != NULL)
        add_change (row, "unit", unit_display (import, kn_employee_get_unit_id (employee)),
                    unit->display);

      old_supervisor = final_supervisor_in_store (import, employee);
      if (row->supervisor_nip != NULL && g_strcmp0 (old_supervisor, row->supervisor_nip) != 0)
        {
          row->supervisor_changes = TRUE;
          old_atasan = person_display (import, old_supervisor);
          new_atasan = person_display (import, row->supervisor_nip);
          add_change (row, "supervisor-nip", old_atasan, new_atasan);
        }

      row->entry.action = row->entry.changes != NULL ? KN_IMPORT_CHANGED : KN_IMPORT_UNCHANGED;
    }

  if ((row->nip_kind == KN_NIP_KIND_PPPK && status == KN_EMPLOYEE_STATUS_PNS)
      || (row->nip_kind == KN_NIP_KIND_PNS && status != KN_EMPLOYEE_STATUS_PNS))
    {
      char ref[KN_IMPORT_CELL_REF_SIZE];

      add_error (import, row,
                 g_strdup_printf (_("Cell %s: the NIP is one of a %s but the status is %s. "
                                    "Correct the status or the NIP."),
                                  cell_at (import->nip_column, row->entry.line, ref),
                                  row->nip_kind == KN_NIP_KIND_PPPK ? "PPPK" : "PNS",
                                  kn_employee_status_label (status)));
    }
}

static void
check_supervisors (KnEmployeeImport *import)
{
  for (guint i = 0; i < import->rows->len; i++)
    {
      Row *row = import->rows->pdata[i];
      g_autofree char *shown = NULL;

      if (row->supervisor_nip == NULL
          || g_hash_table_contains (import->rows_by_nip, row->supervisor_nip)
          || g_hash_table_contains (import->employees_by_nip, row->supervisor_nip))
        continue;

      shown = kn_nip_format (row->supervisor_nip);
      add_error (import, row,
                 g_strdup_printf (_("Cell %s: the atasan %s is neither in the file nor in the "
                                    "database. Add them to the file or correct the NIP."),
                                  row->supervisor_cell,
                                  shown != NULL ? shown : row->supervisor_nip));
    }
}

/* Follows each person's atasan as they will be after the import; a walk that comes back to a
 * person on it is a loop, named by its rows (and the names of people only in the database). */
static void
check_cycles (KnEmployeeImport *import)
{
  /* 1: on the walk being made; 2: walked already. */
  g_autoptr(GHashTable) state = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < import->rows->len; i++)
    {
      Row *start = import->rows->pdata[i];
      g_autoptr(GPtrArray) path = g_ptr_array_new ();
      const char *nip = start->entry.nip;

      if (nip[0] == '\0' || g_hash_table_lookup (import->rows_by_nip, nip) != start)
        continue;

      while (nip != NULL && !g_hash_table_contains (state, nip))
        {
          g_hash_table_insert (state, (gpointer) nip, GINT_TO_POINTER (1));
          g_ptr_array_add (path, (gpointer) nip);
          nip = final_supervisor (import, nip);
        }

      if (nip != NULL && GPOINTER_TO_INT (g_hash_table_lookup (state, nip)) == 1)
        {
          g_autoptr(GString) who = g_string_new (NULL);
          guint first = 0, line = 0;

          while (!g_str_equal (path->pdata[first], nip))
            first++;
          for (guint k = first; k < path->len; k++)
            {
              Row *row = g_hash_table_lookup (import->rows_by_nip, path->pdata[k]);

              if (who->len > 0)
                g_string_append (who, ", ");
              if (row != NULL)
                {
                  /* Translators: one member of a loop of atasan, e.g. “row 12”. */
                  g_string_append_printf (who, _("row %u"), row->entry.line);
                  row->valid = FALSE;
                  line = line == 0 ? row->entry.line : line;
                }
              else
                {
                  g_autofree char *person = person_display (import, path->pdata[k]);

                  g_string_append (who, person);
                }
            }
          kn_import_add_problem (import->preview.errors, line,
                                 g_strdup_printf (_("The atasan of %s go round in a loop: each "
                                                    "would be, through the others, their own "
                                                    "atasan. Correct the NIP Atasan of one of "
                                                    "them."),
                                                  who->str));
        }

      for (guint k = 0; k < path->len; k++)
        g_hash_table_insert (state, path->pdata[k], GINT_TO_POINTER (2));
    }
}

static void
list_absent (KnEmployeeImport *import,
             KnStore          *store)
{
  GListModel *employees = kn_store_get_employees (store);
  guint n = g_list_model_get_n_items (employees);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);

      if (!g_hash_table_contains (import->rows_by_nip, kn_employee_get_nip (employee)))
        g_ptr_array_add (import->absent, g_steal_pointer (&employee));
    }
}

static KnEmployeeImport *
import_new (void)
{
  KnEmployeeImport *import = g_new0 (KnEmployeeImport, 1);

  kn_import_preview_init (&import->preview, NULL);
  import->rows = g_ptr_array_new_with_free_func (row_free);
  import->new_units = g_ptr_array_new_with_free_func (g_free);
  import->new_unit_paths = g_ptr_array_new ();
  import->absent = g_ptr_array_new_with_free_func (g_object_unref);
  import->units = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, unit_path_free);
  import->unit_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  import->units_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                 (GDestroyNotify) g_ptr_array_unref);
  import->rows_by_nip = g_hash_table_new (g_str_hash, g_str_equal);
  import->employees_by_nip = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                    g_object_unref);
  import->employees_by_id = g_hash_table_new (NULL, NULL);
  return import;
}

void
kn_employee_import_free (KnEmployeeImport *import)
{
  if (import == NULL)
    return;

  kn_import_preview_clear (&import->preview);
  g_ptr_array_unref (import->new_units);
  g_ptr_array_unref (import->new_unit_paths);
  g_ptr_array_unref (import->absent);
  g_hash_table_unref (import->rows_by_nip);
  g_ptr_array_unref (import->rows);
  g_hash_table_unref (import->units_by_name);
  g_hash_table_unref (import->unit_by_id);
  g_hash_table_unref (import->units);
  g_hash_table_unref (import->employees_by_id);
  g_hash_table_unref (import->employees_by_nip);
  kn_kind_keys_clear (&import->kind_keys);
  g_free (import);
}

KnEmployeeImport *
kn_employee_import_prepare (KnStore        *store,
                            KnTableReader  *reader,
                            KnColumnMap    *map,
                            GCancellable   *cancellable,
                            GError        **error)
{
  g_autoptr(KnEmployeeImport) import = NULL;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);
  g_return_val_if_fail (KN_IS_TABLE_READER (reader), NULL);
  g_return_val_if_fail (map != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!kn_column_map_check (map, error))
    return NULL;

  import = import_new ();
  kn_kind_keys_init (&import->kind_keys);
  load_units (import, store);
  load_employees (import, store);

  import->map = map;
  import->nip_column = kn_column_map_get_column (map, "nip");
  import->rank_column = kn_column_map_get_column (map, "rank");
  import->unit_column = kn_column_map_get_column (map, "unit");
  if (!kn_import_read_rows (reader, cancellable, read_row, import, error))
    return NULL;
  import->map = NULL;
  import->store = store;

  for (guint i = 0; i < import->rows->len; i++)
    {
      Row *row = import->rows->pdata[i];

      if (row->entry.nip[0] != '\0'
          && g_hash_table_lookup (import->rows_by_nip, row->entry.nip) == row)
        compare_row (import, row);
    }
  import->store = NULL;
  check_supervisors (import);
  check_cycles (import);
  list_absent (import, store);

  for (guint i = 0; i < import->rows->len; i++)
    {
      Row *row = import->rows->pdata[i];

      row->entry.has_error = !row->valid;
      if (row->valid)
        kn_import_preview_count (&import->preview, row->entry.action);
    }
  kn_import_preview_finish (&import->preview);

  return g_steal_pointer (&import);
}

KN_IMPORT_DEFINE_PREVIEW_GETTERS (KnEmployeeImport, kn_employee_import)

GPtrArray *
kn_employee_import_get_new_units (KnEmployeeImport *import)
{
  g_return_val_if_fail (import != NULL, NULL);
  return import->new_units;
}

GPtrArray *
kn_employee_import_get_absent (KnEmployeeImport *import)
{
  g_return_val_if_fail (import != NULL, NULL);
  return import->absent;
}

/* The id the person of @nip has in the store now, or 0. */
static gint64
stored_id (KnEmployeeImport *import,
           GHashTable       *ids,
           const char       *nip)
{
  KnEmployee *employee;

  if (g_hash_table_contains (ids, nip))
    return POINTER_TO_ID (g_hash_table_lookup (ids, nip));
  employee = g_hash_table_lookup (import->employees_by_nip, nip);
  return employee != NULL ? kn_employee_get_id (employee) : 0;
}

static gboolean
write_row (KnEmployeeImport *import,
           KnStore          *store,
           Row              *row,
           GHashTable       *ids,
           gint64            supervisor_id,
           GError          **error)
{
  KnEmployee *stored = g_hash_table_lookup (import->employees_by_nip, row->entry.nip);
  g_autoptr(KnEmployee) employee = stored != NULL ? kn_employee_copy (stored) : kn_employee_new ();
  UnitPath *unit = row->unit_key != NULL ? g_hash_table_lookup (import->units, row->unit_key)
                                         : NULL;
  g_autoptr(GError) local_error = NULL;

  kn_employee_set_nip (employee, row->entry.nip);
  kn_employee_set_name (employee, row->entry.name);
  if (row->has_status)
    kn_employee_set_status (employee, row->status);
  /* A kenaikan pangkat is recorded below, and the rank follows it once its TMT has come. */
  if (row->rank != NULL && !row->records_rank)
    kn_employee_set_rank (employee, row->rank);
  if (row->position != NULL)
    kn_employee_set_position (employee, row->position);
  if (row->has_kind)
    kn_employee_set_position_kind (employee, row->kind);
  if (unit != NULL)
    kn_employee_set_unit_id (employee, unit->id);
  if (row->supervisor_changes)
    kn_employee_set_supervisor_id (employee, supervisor_id);

  if (stored == NULL ? !kn_store_add_employee (store, employee, &local_error)
                     : !kn_store_update_employee (store, employee, &local_error))
    return kn_import_row_failed (row->entry.line, local_error, error);
  if (row->records_rank)
    {
      g_autoptr(KnHistoryEntry) raise = kn_history_entry_new (kn_employee_get_id (employee),
                                                              KN_HISTORY_PANGKAT);

      raise->start_date = g_strdup (row->rank_date);
      raise->rank = g_strdup (row->rank);
      if (!kn_store_add_history (store, raise, &local_error))
        return kn_import_row_failed (row->entry.line, local_error, error);
    }

  g_hash_table_insert (ids, row->entry.nip, ID_TO_POINTER (kn_employee_get_id (employee)));
  return TRUE;
}

/* Units first (parents before children); then the people already there, with the atasan that
 * change cleared, so that no step closes a loop; then the new people, each after their atasan,
 * so that they are written once with it; then the changed atasan of the people already there.
 * Every intermediate state is part of the final one, which has no loop. */
/* Rows written between two looks at the progress and the cancellable. */
#define PROGRESS_ROWS 256

/* One more person written: says so every PROGRESS_ROWS, and stops when cancelled. */
static gboolean
written_one (KnEmployeeImport  *import,
             GError           **error)
{
  if (++import->written % PROGRESS_ROWS != 0)
    return TRUE;
  if (import->progress != NULL)
    import->progress (import->written, import->to_write, import->progress_data);
  return !g_cancellable_set_error_if_cancelled (import->cancellable, error);
}

static gboolean
write_all (KnStore   *store,
           gpointer   user_data,
           GError   **error)
{
  KnEmployeeImport *import = user_data;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);   /* nip → id */
  g_autoptr(GPtrArray) waiting = g_ptr_array_new ();

  for (guint i = 0; i < import->new_unit_paths->len; i++)
    {
      UnitPath *path = import->new_unit_paths->pdata[i];
      UnitPath *parent = path->parent_key != NULL ? g_hash_table_lookup (import->units,
                                                                         path->parent_key) : NULL;
      g_autoptr(KnOrgUnit) unit = kn_org_unit_new (path->name, parent != NULL ? parent->id : 0);

      if (!kn_store_add_unit (store, unit, error))
        return FALSE;
      path->id = kn_org_unit_get_id (unit);
    }

  for (guint i = 0; i < import->rows->len; i++)
    {
      Row *row = import->rows->pdata[i];

      if (row->entry.action == KN_IMPORT_NEW)
        g_ptr_array_add (waiting, row);
      else if (row->entry.action == KN_IMPORT_CHANGED
               && (!write_row (import, store, row, ids, 0, error) || !written_one (import, error)))
        return FALSE;
    }

  /* Rounds over the new people whose atasan is not written yet: as many as the chain is long. */
  while (waiting->len > 0)
    {
      guint before = waiting->len;

      for (guint i = 0; i < waiting->len;)
        {
          Row *row = waiting->pdata[i];
          Row *above = row->supervisor_nip != NULL ? g_hash_table_lookup (import->rows_by_nip,
                                                                          row->supervisor_nip)
                                                   : NULL;
          gint64 supervisor_id = row->supervisor_nip != NULL
                                 ? stored_id (import, ids, row->supervisor_nip) : 0;

          if (above != NULL && above->entry.action == KN_IMPORT_NEW && supervisor_id == 0)
            {
              i++;
              continue;
            }
          if (!write_row (import, store, row, ids, supervisor_id, error)
              || !written_one (import, error))
            return FALSE;
          g_ptr_array_remove_index_fast (waiting, i);
        }

      g_assert (waiting->len < before);   /* the preview refused loops */
    }

  for (guint i = 0; i < import->rows->len; i++)
    {
      Row *row = import->rows->pdata[i];
      g_autoptr(GError) local_error = NULL;
      g_autoptr(KnEmployee) employee = NULL;

      if (row->entry.action != KN_IMPORT_CHANGED || !row->supervisor_changes)
        continue;

      employee = kn_employee_copy (kn_store_lookup_employee (store, stored_id (import, ids,
                                                                               row->entry.nip)));
      kn_employee_set_supervisor_id (employee, stored_id (import, ids, row->supervisor_nip));
      if (!kn_store_update_employee (store, employee, &local_error))
        return kn_import_row_failed (row->entry.line, local_error, error);
    }

  return !g_cancellable_set_error_if_cancelled (import->cancellable, error);
}

gboolean
kn_employee_import_apply (KnEmployeeImport  *import,
                          KnStore           *store,
                          GError           **error)
{
  g_return_val_if_fail (import != NULL, FALSE);
  g_return_val_if_fail (KN_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return kn_employee_import_apply_full (import, store, NULL, NULL, NULL, error);
}

gboolean
kn_employee_import_apply_full (KnEmployeeImport      *import,
                               KnStore               *store,
                               GCancellable          *cancellable,
                               KnImportProgressFunc   progress,
                               gpointer               user_data,
                               GError               **error)
{
  gboolean done;

  g_return_val_if_fail (import != NULL, FALSE);
  g_return_val_if_fail (KN_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  import->cancellable = cancellable;
  import->progress = progress;
  import->progress_data = user_data;
  import->written = 0;
  import->to_write = import->preview.counts[KN_IMPORT_NEW]
                     + import->preview.counts[KN_IMPORT_CHANGED];
  done = kn_import_apply (&import->preview, store, KN_EMPLOYEE_IMPORT_ERROR,
                          KN_EMPLOYEE_IMPORT_ERROR_ROWS, write_all, import, error);
  import->cancellable = NULL;
  import->progress = NULL;
  import->progress_data = NULL;
  return done;
}
