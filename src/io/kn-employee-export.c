/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The roster as kinerja-cli employees --csv writes it, and the same as one Excel sheet. */

#define G_LOG_DOMAIN "kn-export"

#include "config.h"

#include <glib.h>
#include <xlsxwriter.h>

#include "kinerja/kn-employee-export.h"

#include "kn-export-private.h"

/* The headers the employee import knows (kn-column-map.c); status and jenis jabatan in their
 * machine names, which it reads too. */
static const char *const columns[] = {
  "nip", "nama", "status", "pangkat_golongan", "jabatan", "jenis_jabatan", "unit_kerja",
  "atasan_nip", "atasan_nama", NULL
};

/* Stops at a loop of parents, which the store refuses anyway. */
#define MAX_LEVELS 1000

static const double column_widths[] = { 21, 36, 10, 16, 36, 16, 36, 21, 36 };

G_STATIC_ASSERT (G_N_ELEMENTS (column_widths) == G_N_ELEMENTS (columns) - 1);

/* The unit's levels from the top, separated by "/", as the import reads them. */
static char *
unit_path (KnStore *store,
           gint64   unit_id)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GString *path = g_string_new (NULL);

  for (guint steps = 0; unit_id != 0 && steps < MAX_LEVELS; steps++)
    {
      KnOrgUnit *unit = kn_store_lookup_unit (store, unit_id);

      if (unit == NULL)
        break;
      g_ptr_array_add (names, (gpointer) kn_org_unit_get_name (unit));
      unit_id = kn_org_unit_get_parent_id (unit);
    }
  for (guint i = names->len; i > 0; i--)
    {
      if (path->len > 0)
        g_string_append_c (path, '/');
      g_string_append (path, names->pdata[i - 1]);
    }
  return g_string_free (path, FALSE);
}

static char *
fold_name (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  return g_strdup (g_strstrip (folded));
}

/* Unit id → what the unit column says: the name where it is unique (as kn_store_resolve_unit
 * finds it), else the path ("Sekretariat" is the name of every dinas's secretariat). */
static GHashTable *
unit_labels (KnStore *store)
{
  GListModel *units = kn_store_get_units (store);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *labels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  guint n = g_list_model_get_n_items (units);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (units, i);
      char *key = fold_name (kn_org_unit_get_name (unit));
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

      g_hash_table_replace (counts, key, GUINT_TO_POINTER (count + 1));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (units, i);
      g_autofree char *key = fold_name (kn_org_unit_get_name (unit));
      gint64 *id = g_new (gint64, 1);

      *id = kn_org_unit_get_id (unit);
      g_hash_table_replace (labels, id,
                            GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) > 1
                              ? unit_path (store, *id)
                              : g_strdup (kn_org_unit_get_name (unit)));
    }
  return labels;
}

const char *const *
kn_employee_export_columns (void)
{
  return columns;
}

GPtrArray *
kn_employee_export_rows (KnStore   *store,
                         KnOrgUnit *unit)
{
  g_autoptr(GHashTable) labels = NULL;
  GPtrArray *rows;
  GListModel *employees;
  guint n;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);
  g_return_val_if_fail (unit == NULL || KN_IS_ORG_UNIT (unit), NULL);

  labels = unit_labels (store);
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  employees = kn_store_get_employees (store);
  n = g_list_model_get_n_items (employees);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      gint64 unit_id = kn_employee_get_unit_id (employee);
      KnEmployee *supervisor;
      GStrvBuilder *builder;

      if (unit != NULL && !kn_store_unit_is_within (store, unit_id, kn_org_unit_get_id (unit)))
        continue;

      supervisor = kn_store_lookup_employee (store, kn_employee_get_supervisor_id (employee));
      builder = g_strv_builder_new ();
#define ADD(text) g_strv_builder_add (builder, (text) != NULL ? (text) : "")
      ADD (kn_employee_get_nip (employee));
      ADD (kn_employee_get_name (employee));
      ADD (kn_employee_status_to_string (kn_employee_get_status (employee)));
      ADD (kn_employee_get_rank (employee));
      ADD (kn_employee_get_position (employee));
      ADD (kn_position_kind_to_string (kn_employee_get_position_kind (employee)));
      ADD ((const char *) g_hash_table_lookup (labels, &unit_id));
      ADD (supervisor != NULL ? kn_employee_get_nip (supervisor) : NULL);
      ADD (supervisor != NULL ? kn_employee_get_name (supervisor) : NULL);
#undef ADD
      g_ptr_array_add (rows, g_strv_builder_end (builder));
      g_strv_builder_unref (builder);
    }
  return rows;
}

typedef struct
{
  KnStore   *store;
  KnOrgUnit *unit;
} RosterData;

static gboolean
write_roster (Export       *export,
              gconstpointer data)
{
  const RosterData *roster = data;
  lxw_worksheet *sheet = workbook_add_worksheet (export->workbook, "Pegawai");
  lxw_format *text = workbook_add_format (export->workbook);
  lxw_format *head = workbook_add_format (export->workbook);
  g_autoptr(GPtrArray) rows = NULL;

  if (sheet == NULL || text == NULL || head == NULL)
    return _kn_xlsx_export_check (export, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_worksheet");

  /* "@": Excel keeps what is typed into these columns as text too, so a NIP edited there does
   * not become a number that loses its last digits. */
  format_set_num_format (text, "@");
  format_set_num_format (head, "@");
  format_set_bold (head);
  for (guint c = 0; columns[c] != NULL; c++)
    {
      _kn_xlsx_export_check (export,
                             worksheet_set_column (sheet, c, c, column_widths[c], text),
                             "worksheet_set_column");
      _kn_xlsx_export_check (export, worksheet_write_string (sheet, 0, c, columns[c], head),
                             "worksheet_write_string");
    }
  worksheet_freeze_panes (sheet, 1, 0);

  rows = kn_employee_export_rows (roster->store, roster->unit);
  for (guint r = 0; r < rows->len && export->error == LXW_NO_ERROR; r++)
    {
      char **cells = rows->pdata[r];

      for (guint c = 0; cells[c] != NULL; c++)
        if (cells[c][0] != '\0')
          _kn_xlsx_export_check (export,
                                 worksheet_write_string (sheet, (lxw_row_t) r + 1, c, cells[c],
                                                         text),
                                 "worksheet_write_string");
    }

  return export->error == LXW_NO_ERROR;
}

gboolean
kn_export_employees_xlsx (KnStore    *store,
                          KnOrgUnit  *unit,
                          const char *path,
                          GError    **error)
{
  RosterData data = { store, unit };

  g_return_val_if_fail (KN_IS_STORE (store), FALSE);
  g_return_val_if_fail (unit == NULL || KN_IS_ORG_UNIT (unit), FALSE);

  return _kn_xlsx_export_run (path, KN_PAPER_A4, "Daftar Pegawai", NULL, write_roster, &data,
                              error);
}
