/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store: the only place that speaks SQL; it keeps live models in step with the file. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "kinerja/kn-nip.h"
#include "kinerja/kn-rank.h"
#include "kinerja/kn-store.h"

#include "kn-store-private.h"

/* "KNRJ": marks a file as ours, so that another program's SQLite file is never migrated. */
#define KN_APPLICATION_ID 0x4B4E524A


G_DEFINE_FINAL_TYPE (KnStore, kn_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (kn-store-error-quark, kn_store_error)

/* Each entry takes the schema from the version before it to the next one. */
static const char * const migrations[] = {
  /* → 1: the organisation, its employees, the audit log */
  "CREATE TABLE org_unit ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL CHECK (length (trim (name)) > 0),"
  "  parent_id INTEGER REFERENCES org_unit (id) ON DELETE RESTRICT"
  ");"
  "CREATE INDEX org_unit_parent ON org_unit (parent_id);"
  "CREATE TABLE employee ("
  "  id INTEGER PRIMARY KEY,"
  "  nip TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL CHECK (length (trim (name)) > 0),"
  "  status TEXT NOT NULL,"
  "  rank TEXT,"
  "  position TEXT NOT NULL DEFAULT '',"
  "  position_kind TEXT NOT NULL,"
  "  unit_id INTEGER NOT NULL REFERENCES org_unit (id) ON DELETE RESTRICT,"
  "  supervisor_id INTEGER REFERENCES employee (id) ON DELETE SET NULL"
  ");"
  "CREATE INDEX employee_unit ON employee (unit_id);"
  "CREATE INDEX employee_supervisor ON employee (supervisor_id);"
  "CREATE TABLE audit ("
  "  id INTEGER PRIMARY KEY,"
  "  at TEXT NOT NULL,"
  "  entity TEXT NOT NULL,"
  "  entity_id INTEGER NOT NULL,"
  "  action TEXT NOT NULL,"
  "  field TEXT,"
  "  old_value TEXT,"
  "  new_value TEXT"
  ");"
  "CREATE INDEX audit_entity ON audit (entity, entity_id);",

  /* → 2: office settings used on documents */
  "CREATE TABLE setting ("
  "  key TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL"
  ");"
  "INSERT INTO setting (key, value) VALUES"
  "  ('instansi', 'Pemerintah Provinsi Lampung'),"
  "  ('kota', 'Bandar Lampung');",

  /* → 3: SKP (plans, RHK, IKI, expectations, attachments) and the jabatan templates, which are
   * plans without an employee */
  "CREATE TABLE plan ("
  "  id INTEGER PRIMARY KEY,"
  "  employee_id INTEGER REFERENCES employee (id) ON DELETE CASCADE,"
  "  template_position TEXT,"
  "  year INTEGER NOT NULL,"
  "  approach TEXT NOT NULL DEFAULT 'kuantitatif',"
  "  assessor_id INTEGER REFERENCES employee (id) ON DELETE SET NULL,"
  "  status TEXT NOT NULL DEFAULT 'draft',"
  "  status_reason TEXT,"
  "  jpt INTEGER NOT NULL DEFAULT 0,"
  "  CHECK ((employee_id IS NULL) <> (template_position IS NULL))"
  ");"
  "CREATE UNIQUE INDEX plan_employee_year ON plan (employee_id, year)"
  "  WHERE employee_id IS NOT NULL;"
  "CREATE UNIQUE INDEX plan_template ON plan (template_position COLLATE NOCASE)"
  "  WHERE template_position IS NOT NULL;"
  "CREATE INDEX plan_year ON plan (year);"
  "CREATE TABLE plan_result ("
  "  id INTEGER PRIMARY KEY,"
  "  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  kind TEXT NOT NULL,"
  "  text TEXT NOT NULL CHECK (length (trim (text)) > 0),"
  "  parent_id INTEGER REFERENCES plan_result (id) ON DELETE RESTRICT,"
  "  parent_hint TEXT"
  ");"
  "CREATE INDEX plan_result_plan ON plan_result (plan_id, position);"
  "CREATE INDEX plan_result_parent ON plan_result (parent_id);"
  "CREATE TABLE indicator ("
  "  id INTEGER PRIMARY KEY,"
  "  result_id INTEGER NOT NULL REFERENCES plan_result (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  aspect TEXT NOT NULL DEFAULT '',"
  "  perspective TEXT NOT NULL DEFAULT '',"
  "  text TEXT NOT NULL CHECK (length (trim (text)) > 0),"
  "  target_value REAL,"
  "  target_unit TEXT,"
  "  target_text TEXT,"
  "  direction TEXT NOT NULL DEFAULT 'more'"
  ");"
  "CREATE INDEX indicator_result ON indicator (result_id, position);"
  "CREATE TABLE plan_expectation ("
  "  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
  "  core_value TEXT NOT NULL,"
  "  text TEXT NOT NULL,"
  "  PRIMARY KEY (plan_id, core_value)"
  ");"
  "CREATE TABLE plan_attachment ("
  "  id INTEGER PRIMARY KEY,"
  "  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
  "  section TEXT NOT NULL,"
  "  position INTEGER NOT NULL,"
  "  text TEXT NOT NULL"
  ");"
  "CREATE INDEX plan_attachment_plan ON plan_attachment (plan_id, section, position);",

  /* → 4: evaluation — periods, predikat organisasi, evaluations with their snapshot,
   * realisation, feedback, and the rules kept as data with the defaults of DOMAIN.md §5 */
  "CREATE TABLE period_scheme ("
  "  year INTEGER PRIMARY KEY,"
  "  scheme TEXT NOT NULL"
  ");"
  "CREATE TABLE org_rating ("
  "  unit_id INTEGER NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,"
  "  period TEXT NOT NULL,"
  "  predikat TEXT NOT NULL,"
  "  PRIMARY KEY (unit_id, period)"
  ");"
  "CREATE TABLE evaluation ("
  "  id INTEGER PRIMARY KEY,"
  "  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,"
  "  period TEXT NOT NULL,"
  "  assessor_id INTEGER REFERENCES employee (id) ON DELETE SET NULL,"
  "  rating_result TEXT NOT NULL DEFAULT '',"
  "  rating_behaviour TEXT NOT NULL DEFAULT '',"
  "  predikat TEXT NOT NULL DEFAULT '',"
  "  status TEXT NOT NULL DEFAULT 'draft',"
  "  note TEXT,"
  "  reopen_reason TEXT,"
  "  snapshot TEXT,"
  "  UNIQUE (employee_id, period)"
  ");"
  "CREATE INDEX evaluation_period ON evaluation (period);"
  "CREATE TABLE realization ("
  "  id INTEGER PRIMARY KEY,"
  "  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,"
  "  period TEXT NOT NULL,"
  "  value REAL,"
  "  text TEXT,"
  "  evidence TEXT,"
  "  evidence_file TEXT,"
  "  UNIQUE (indicator_id, period)"
  ");"
  "CREATE TABLE feedback ("
  "  id INTEGER PRIMARY KEY,"
  "  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
  "  period TEXT NOT NULL,"
  "  result_id INTEGER REFERENCES plan_result (id) ON DELETE CASCADE,"
  "  core_value TEXT,"
  "  date TEXT NOT NULL,"
  "  text TEXT NOT NULL CHECK (length (trim (text)) > 0)"
  ");"
  "CREATE INDEX feedback_plan ON feedback (plan_id, period);"
  "CREATE TABLE distribution_rule ("
  "  id INTEGER PRIMARY KEY,"
  "  org_predikat TEXT NOT NULL,"
  "  kind TEXT NOT NULL,"
  "  predikats TEXT NOT NULL,"
  "  share REAL NOT NULL DEFAULT 0"
  ");"
  "INSERT INTO distribution_rule (org_predikat, kind, predikats, share) VALUES"
  "  ('istimewa', 'largest', 'sangat-baik', 0),"
  "  ('istimewa', 'at-most', 'sangat-baik', 0.7),"
  "  ('baik', 'largest', 'baik', 0),"
  "  ('baik', 'at-most', 'baik', 0.7),"
  "  ('baik', 'at-least-one', 'butuh-perbaikan kurang', 0),"
  "  ('butuh-perbaikan', 'at-least', 'butuh-perbaikan', 0.6),"
  "  ('butuh-perbaikan', 'at-most', 'sangat-baik', 0.1),"
  "  ('kurang', 'at-least', 'kurang', 0.6),"
  "  ('kurang', 'at-least', 'butuh-perbaikan', 0.1),"
  "  ('kurang', 'at-most', 'sangat-baik', 0.1),"
  "  ('sangat-kurang', 'at-least', 'sangat-kurang', 0.6),"
  "  ('sangat-kurang', 'at-least', 'kurang butuh-perbaikan', 0.1),"
  "  ('sangat-kurang', 'at-most', 'sangat-baik', 0);"
  "CREATE TABLE org_rating_map ("
  "  org_predikat TEXT PRIMARY KEY,"
  "  rating TEXT NOT NULL"
  ");"
  "INSERT INTO org_rating_map (org_predikat, rating) VALUES"
  "  ('istimewa', 'di-atas'), ('baik', 'sesuai'), ('butuh-perbaikan', 'di-bawah'),"
  "  ('kurang', 'di-bawah'), ('sangat-kurang', 'di-bawah');"
  "CREATE TABLE angka_kredit_coefficient ("
  "  position_kind TEXT PRIMARY KEY,"
  "  coefficient REAL NOT NULL"
  ");"
  "INSERT INTO angka_kredit_coefficient (position_kind, coefficient) VALUES"
  "  ('ahli-pertama', 12.5), ('ahli-muda', 25), ('ahli-madya', 37.5), ('ahli-utama', 50),"
  "  ('pemula', 3.75), ('terampil', 5), ('mahir', 12.5), ('penyelia', 25);"
  "CREATE TABLE angka_kredit_conversion ("
  "  predikat TEXT PRIMARY KEY,"
  "  percent REAL NOT NULL"
  ");"
  "INSERT INTO angka_kredit_conversion (predikat, percent) VALUES"
  "  ('sangat-baik', 150), ('baik', 100), ('butuh-perbaikan', 75), ('kurang', 50),"
  "  ('sangat-kurang', 25);",
  /* → 5: pengembangan kompetensi — each employee's learning activities, in JP */
  "CREATE TABLE training ("
  "  id INTEGER PRIMARY KEY,"
  "  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,"
  "  date TEXT NOT NULL,"
  "  title TEXT NOT NULL CHECK (length (trim (title)) > 0),"
  "  form TEXT NOT NULL,"
  "  hours REAL NOT NULL CHECK (hours > 0),"
  "  organizer TEXT,"
  "  evidence TEXT"
  ");"
  "CREATE INDEX training_employee ON training (employee_id, date);"
  /* The JP of a year for everyone reads this index only, whatever the years of history. */
  "CREATE INDEX training_year ON training (date, employee_id, hours);",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == KN_STORE_SCHEMA_VERSION);

void
kn_store_set_sqlite_error (KnStore  *self,
                           GError  **error)
{
  int code = sqlite3_extended_errcode (self->db);

  if (code == SQLITE_FULL)
    g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                 _("The disk is full, so the change could not be saved. Free some space and try again."));
  else if (code == SQLITE_READONLY || (code & 0xff) == SQLITE_READONLY)
    g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                 _("The database file is read-only, so the change could not be saved."));
  else if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
    g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                 _("The database is in use by another program. Close that program and try again."));
  else
    g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                 _("The database reported an error: %s"), sqlite3_errmsg (self->db));
}

gboolean
kn_store_exec (KnStore     *self,
               const char  *sql,
               GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      kn_store_set_sqlite_error (self, error);
      return FALSE;
    }
  return TRUE;
}

/* A cached, reset statement for @sql, valid until the store is finalised. */
sqlite3_stmt *
kn_store_stmt (KnStore     *self,
               const char  *sql,
               GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      kn_store_set_sqlite_error (self, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer)sql, stmt);
  return stmt;
}

void
kn_store_bind_text (sqlite3_stmt *stmt,
                    int           index,
                    const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
kn_store_bind_id (sqlite3_stmt *stmt,
                  int           index,
                  gint64        id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

gboolean
kn_store_step (KnStore       *self,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      kn_store_set_sqlite_error (self, error);
      return FALSE;
    }
  return TRUE;
}

/* Savepoints nest inside kn_store_begin's transaction and stand alone outside it. */
gboolean
kn_store_savepoint_begin (KnStore  *self,
                          GError  **error)
{
  return kn_store_exec (self, "SAVEPOINT kn_op", error);
}

gboolean
kn_store_savepoint_release (KnStore  *self,
                            GError  **error)
{
  if (!kn_store_exec (self, "RELEASE kn_op", error))
    {
      sqlite3_exec (self->db, "ROLLBACK TO kn_op; RELEASE kn_op", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

void
kn_store_savepoint_rollback (KnStore *self)
{
  sqlite3_exec (self->db, "ROLLBACK TO kn_op; RELEASE kn_op", NULL, NULL, NULL);
}

gboolean
kn_store_audit (KnStore     *self,
                const char  *entity,
                gint64       entity_id,
                const char  *action,
                const char  *field,
                const char  *old_value,
                const char  *new_value,
                GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
  sqlite3_stmt *stmt;

  stmt = kn_store_stmt (self,
                        "INSERT INTO audit (at, entity, entity_id, action, field, old_value, new_value)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, entity, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, entity_id);
  sqlite3_bind_text (stmt, 4, action, -1, SQLITE_STATIC);
  kn_store_bind_text (stmt, 5, field);
  kn_store_bind_text (stmt, 6, old_value);
  kn_store_bind_text (stmt, 7, new_value);

  return kn_store_step (self, stmt, error);
}

gboolean
kn_store_audit_change (KnStore     *self,
                       const char  *entity,
                       gint64       entity_id,
                       const char  *field,
                       const char  *old_value,
                       const char  *new_value,
                       GError     **error)
{
  if (g_strcmp0 (old_value, new_value) == 0)
    return TRUE;

  return kn_store_audit (self, entity, entity_id, "update", field, old_value, new_value, error);
}

char *
kn_store_number_to_string (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

char *
kn_store_strip_or_null (const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (text));
  if (copy[0] == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

char *
kn_store_id_to_string (gint64 id)
{
  return id == 0 ? NULL : g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

gint64 *
kn_store_id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

/* Units */

static void
add_unit_subtree (KnStore    *self,
                  GHashTable *children,
                  gint64      parent_id,
                  guint       depth,
                  const char *parent_path,
                  GPtrArray  *out)
{
  GPtrArray *kids = g_hash_table_lookup (children, &parent_id);

  if (kids == NULL || depth > KN_STORE_MAX_CHAIN)
    return;

  for (guint i = 0; i < kids->len; i++)
    {
      KnOrgUnit *unit = g_ptr_array_index (kids, i);
      g_autofree char *path = NULL;

      if (parent_path != NULL)
        path = g_strdup_printf ("%s › %s", parent_path, kn_org_unit_get_name (unit));
      else
        path = g_strdup (kn_org_unit_get_name (unit));

      kn_org_unit_set_depth (unit, depth);
      kn_org_unit_set_path (unit, path);
      g_ptr_array_add (out, g_object_ref (unit));
      add_unit_subtree (self, children, kn_org_unit_get_id (unit), depth + 1, path, out);
    }
}

static int
compare_units_by_name (gconstpointer a,
                       gconstpointer b)
{
  KnOrgUnit *ua = *(KnOrgUnit **)a;
  KnOrgUnit *ub = *(KnOrgUnit **)b;
  g_autofree char *ka = g_utf8_collate_key (kn_org_unit_get_name (ua), -1);
  g_autofree char *kb = g_utf8_collate_key (kn_org_unit_get_name (ub), -1);

  return strcmp (ka, kb);
}

void
kn_store_rebuild_unit_order (KnStore *self)
{
  g_autoptr(GHashTable) children = NULL;
  g_autoptr(GPtrArray) ordered = NULL;
  GHashTableIter iter;
  gpointer value;

  children = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                    (GDestroyNotify)g_ptr_array_unref);
  g_hash_table_iter_init (&iter, self->units_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      KnOrgUnit *unit = value;
      gint64 parent_id = kn_org_unit_get_parent_id (unit);
      GPtrArray *kids = g_hash_table_lookup (children, &parent_id);

      if (kids == NULL)
        {
          kids = g_ptr_array_new ();
          g_hash_table_insert (children, kn_store_id_key (parent_id), kids);
        }
      g_ptr_array_add (kids, unit);
    }

  g_hash_table_iter_init (&iter, children);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_sort (value, compare_units_by_name);

  ordered = g_ptr_array_new_with_free_func (g_object_unref);
  add_unit_subtree (self, children, 0, 0, NULL, ordered);

  /* Paths and depths are right at once; the model shows the new order at commit. */
  if (self->bulk > 0)
    {
      self->units_dirty = TRUE;
      return;
    }

  g_list_store_splice (self->units, 0, g_list_model_get_n_items (G_LIST_MODEL (self->units)),
                       ordered->pdata, ordered->len);
  self->units_dirty = FALSE;
}

static void
refresh_unit_names (KnStore *self,
                    gint64   unit_id)
{
  KnOrgUnit *unit = kn_store_lookup_unit (self, unit_id);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->employees_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (kn_employee_get_unit_id (value) == unit_id)
      kn_employee_set_unit_name (value, unit != NULL ? kn_org_unit_get_name (unit) : NULL);
}

static guint
count_child_units (KnStore *self,
                   gint64   unit_id,
                   GString *names)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_hash_table_iter_init (&iter, self->units_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (kn_org_unit_get_parent_id (value) == unit_id)
      {
        if (names != NULL)
          {
            if (names->len > 0)
              g_string_append (names, ", ");
            g_string_append (names, kn_org_unit_get_name (value));
          }
        n++;
      }

  return n;
}

static guint
count_unit_employees (KnStore *self,
                      gint64   unit_id)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_hash_table_iter_init (&iter, self->employees_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (kn_employee_get_unit_id (value) == unit_id)
      n++;

  return n;
}

static gboolean
sibling_name_taken (KnStore    *self,
                    gint64      parent_id,
                    const char *name,
                    gint64      except_id)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->units_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_autofree char *other = NULL;

      if (kn_org_unit_get_parent_id (value) != parent_id || kn_org_unit_get_id (value) == except_id)
        continue;

      other = g_utf8_casefold (kn_org_unit_get_name (value), -1);
      if (g_strcmp0 (folded, other) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
validate_unit (KnStore    *self,
               KnOrgUnit  *unit,
               char      **name_out,
               GError    **error)
{
  g_autofree char *name = g_strstrip (g_strdup (kn_org_unit_get_name (unit)));
  gint64 parent_id = kn_org_unit_get_parent_id (unit);

  if (name[0] == '\0')
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("The unit name is empty. Type a name such as “Bidang Pembinaan SMA”."));
      return FALSE;
    }

  if (parent_id != 0 && kn_store_lookup_unit (self, parent_id) == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                   _("The parent unit no longer exists. Choose another one."));
      return FALSE;
    }

  if (kn_org_unit_get_id (unit) != 0 && parent_id != 0 &&
      kn_store_unit_is_within (self, parent_id, kn_org_unit_get_id (unit)))
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_CYCLE,
                   _("“%s” cannot be moved under itself or under one of its own sub-units."),
                   name);
      return FALSE;
    }

  if (sibling_name_taken (self, parent_id, name, kn_org_unit_get_id (unit)))
    {
      KnOrgUnit *parent = parent_id != 0 ? kn_store_lookup_unit (self, parent_id) : NULL;

      if (parent != NULL)
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_DUPLICATE,
                     _("There is already a unit named “%s” in “%s”."),
                     name, kn_org_unit_get_name (parent));
      else
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_DUPLICATE,
                     _("There is already a top-level unit named “%s”."), name);
      return FALSE;
    }

  *name_out = g_steal_pointer (&name);
  return TRUE;
}

/* Employees */

static void
refresh_supervisor_names (KnStore *self,
                          gint64   supervisor_id)
{
  KnEmployee *supervisor = kn_store_lookup_employee (self, supervisor_id);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->employees_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (kn_employee_get_supervisor_id (value) == supervisor_id)
      kn_employee_set_supervisor_name (value,
                                       supervisor != NULL ? kn_employee_get_name (supervisor) : NULL);
}

void
kn_store_fill_display_names (KnStore    *self,
                    KnEmployee *employee)
{
  KnOrgUnit *unit = kn_store_lookup_unit (self, kn_employee_get_unit_id (employee));
  KnEmployee *supervisor = kn_store_lookup_employee (self, kn_employee_get_supervisor_id (employee));

  kn_employee_set_unit_name (employee, unit != NULL ? kn_org_unit_get_name (unit) : NULL);
  kn_employee_set_supervisor_name (employee,
                                   supervisor != NULL ? kn_employee_get_name (supervisor) : NULL);
}

static void
copy_employee_fields (KnEmployee *to,
                      KnEmployee *from)
{
  kn_employee_set_nip (to, kn_employee_get_nip (from));
  kn_employee_set_name (to, kn_employee_get_name (from));
  kn_employee_set_status (to, kn_employee_get_status (from));
  kn_employee_set_rank (to, kn_employee_get_rank (from));
  kn_employee_set_position (to, kn_employee_get_position (from));
  kn_employee_set_position_kind (to, kn_employee_get_position_kind (from));
  kn_employee_set_unit_id (to, kn_employee_get_unit_id (from));
  kn_employee_set_supervisor_id (to, kn_employee_get_supervisor_id (from));
}

KnEmployee *
kn_store_employee_from_row (sqlite3_stmt *stmt)
{
  KnEmployee *employee = kn_employee_new ();
  KnEmployeeStatus status = KN_EMPLOYEE_STATUS_PNS;
  KnPositionKind kind = KN_POSITION_PELAKSANA;

  if (!kn_employee_status_from_string ((const char *)sqlite3_column_text (stmt, 3), &status))
    g_warning ("Unknown employee status in the database; shown as PNS");
  if (!kn_position_kind_from_string ((const char *)sqlite3_column_text (stmt, 6), &kind))
    g_warning ("Unknown position kind in the database; shown as pelaksana");

  kn_employee_set_id (employee, sqlite3_column_int64 (stmt, 0));
  kn_employee_set_nip (employee, (const char *)sqlite3_column_text (stmt, 1));
  kn_employee_set_name (employee, (const char *)sqlite3_column_text (stmt, 2));
  kn_employee_set_status (employee, status);
  kn_employee_set_rank (employee, (const char *)sqlite3_column_text (stmt, 4));
  kn_employee_set_position (employee, (const char *)sqlite3_column_text (stmt, 5));
  kn_employee_set_position_kind (employee, kind);
  kn_employee_set_unit_id (employee, sqlite3_column_int64 (stmt, 7));
  kn_employee_set_supervisor_id (employee, sqlite3_column_int64 (stmt, 8));

  return employee;
}

void
kn_store_index_employee (KnStore    *self,
                KnEmployee *employee)
{
  g_hash_table_insert (self->employees_by_id, kn_store_id_key (kn_employee_get_id (employee)),
                       g_object_ref (employee));
  g_hash_table_insert (self->employees_by_nip, g_strdup (kn_employee_get_nip (employee)), employee);
}

static gboolean
load_all (KnStore  *self,
          GError  **error)
{
  g_autoptr(GPtrArray) employees = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_hash_table_remove_all (self->employees_by_nip);
  g_hash_table_remove_all (self->employees_by_id);
  g_hash_table_remove_all (self->units_by_id);
  g_clear_pointer (&self->pending_employees, g_ptr_array_unref);

  stmt = kn_store_stmt (self, "SELECT id, name, parent_id FROM org_unit", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KnOrgUnit *unit = kn_org_unit_new ((const char *)sqlite3_column_text (stmt, 1),
                                         sqlite3_column_int64 (stmt, 2));

      kn_org_unit_set_id (unit, sqlite3_column_int64 (stmt, 0));
      g_hash_table_insert (self->units_by_id, kn_store_id_key (kn_org_unit_get_id (unit)), unit);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      kn_store_set_sqlite_error (self, error);
      return FALSE;
    }

  stmt = kn_store_stmt (self,
                        "SELECT id, nip, name, status, rank, position, position_kind, unit_id,"
                        " supervisor_id FROM employee ORDER BY id",
                        error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KnEmployee *employee = kn_store_employee_from_row (stmt);

      kn_store_index_employee (self, employee);
      g_ptr_array_add (employees, employee);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      kn_store_set_sqlite_error (self, error);
      return FALSE;
    }

  for (guint i = 0; i < employees->len; i++)
    kn_store_fill_display_names (self, g_ptr_array_index (employees, i));

  kn_store_rebuild_unit_order (self);
  g_list_store_splice (self->employees, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->employees)),
                       employees->pdata, employees->len);
  return TRUE;
}

/* Opening and migrating */

static gboolean
query_int (KnStore     *self,
           const char  *sql,
           int         *value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      kn_store_set_sqlite_error (self, error);
      return FALSE;
    }

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      kn_store_set_sqlite_error (self, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
apply_migrations (KnStore  *self,
                  int       from,
                  int       to,
                  GError  **error)
{
  g_autofree char *pragmas = NULL;

  if (!kn_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  for (int v = from; v < to; v++)
    if (!kn_store_exec (self, migrations[v], error))
      {
        g_prefix_error (error, _("Updating the database to version %d failed: "), v + 1);
        kn_store_exec (self, "ROLLBACK", NULL);
        return FALSE;
      }

  pragmas = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d",
                             KN_APPLICATION_ID, to);
  if (!kn_store_exec (self, pragmas, error) || !kn_store_exec (self, "COMMIT", error))
    {
      kn_store_exec (self, "ROLLBACK", NULL);
      return FALSE;
    }

  return TRUE;
}

static char *
backup_path_for (const char *path,
                 int         version)
{
  char *candidate = g_strdup_printf ("%s.bak-v%d", path, version);

  for (guint n = 2; g_file_test (candidate, G_FILE_TEST_EXISTS); n++)
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s.bak-v%d-%u", path, version, n);
    }

  return candidate;
}

static gboolean
take_backup (KnStore  *self,
             int       version,
             GError  **error)
{
  g_autofree char *backup = backup_path_for (self->path, version);
  g_autofree char *sql = NULL;
  char *quoted;

  quoted = sqlite3_mprintf ("VACUUM INTO %Q", backup);
  sql = g_strdup (quoted);
  sqlite3_free (quoted);

  if (!kn_store_exec (self, sql, error))
    {
      g_prefix_error (error, _("No backup could be made before updating the database, so it was not updated: "));
      return FALSE;
    }

  g_chmod (backup, 0600);
  return TRUE;
}

static gboolean
create_file_private (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                   _("The folder “%s” could not be created: %s"), dir, g_strerror (saved));
      return FALSE;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno != EEXIST)
    {
      int saved = errno;

      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                   _("The database “%s” could not be created: %s"), path, g_strerror (saved));
      return FALSE;
    }
  if (fd >= 0)
    close (fd);

  return TRUE;
}

static gboolean
open_connection (KnStore     *self,
                 const char  *path,
                 GError     **error)
{
  if (!g_file_test (path, G_FILE_TEST_EXISTS) && !create_file_private (path, error))
    return FALSE;

  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                   _("The database “%s” could not be opened: %s"),
                   path, self->db != NULL ? sqlite3_errmsg (self->db) : g_strerror (ENOMEM));
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);
  return TRUE;
}

static gboolean
check_and_migrate (KnStore  *self,
                   GError  **error)
{
  int version = 0;
  int app_id = 0;
  int n_tables = 0;

  if (!query_int (self, "PRAGMA user_version", &version, NULL) ||
      !query_int (self, "PRAGMA application_id", &app_id, NULL) ||
      !query_int (self, "SELECT count(*) FROM sqlite_master", &n_tables, NULL))
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                   _("“%s” is not a Kinerja database, or it is damaged."), self->path);
      return FALSE;
    }

  /* Every file Kinerja writes carries its application id: a file with tables but without it
   * belongs to another program and must not be touched. */
  if ((app_id != 0 && app_id != KN_APPLICATION_ID) || (app_id == 0 && n_tables > 0))
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                   _("“%s” is not a Kinerja database; it was left untouched."), self->path);
      return FALSE;
    }

  if (version > KN_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_VERSION,
                   _("“%s” was saved by a newer version of Kinerja. Update Kinerja to open it."),
                   self->path);
      return FALSE;
    }

  if (!kn_store_exec (self, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                      " PRAGMA foreign_keys = ON", error))
    return FALSE;

  if (version < KN_STORE_SCHEMA_VERSION)
    {
      if (version > 0 && !take_backup (self, version, error))
        return FALSE;
      if (!apply_migrations (self, version, KN_STORE_SCHEMA_VERSION, error))
        return FALSE;
    }

  self->schema_version = KN_STORE_SCHEMA_VERSION;
  return TRUE;
}

/* GObject */

static void
finalize_stmt (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
kn_store_finalize (GObject *object)
{
  KnStore *self = (KnStore *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      sqlite3_close (self->db);
      self->db = NULL;
    }

  g_clear_pointer (&self->pending_employees, g_ptr_array_unref);
  g_clear_pointer (&self->employees_by_nip, g_hash_table_unref);
  g_clear_pointer (&self->employees_by_id, g_hash_table_unref);
  g_clear_pointer (&self->units_by_id, g_hash_table_unref);
  g_clear_object (&self->employees);
  g_clear_object (&self->units);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (kn_store_parent_class)->finalize (object);
}

static void
kn_store_class_init (KnStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kn_store_finalize;
}

static void
kn_store_init (KnStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            finalize_stmt);
  self->units = g_list_store_new (KN_TYPE_ORG_UNIT);
  self->units_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->employees = g_list_store_new (KN_TYPE_EMPLOYEE);
  self->employees_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                 g_object_unref);
  self->employees_by_nip = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Public API */

KnStore *
kn_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(KnStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (KN_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!open_connection (self, path, error) ||
      !check_and_migrate (self, error) ||
      !load_all (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

char *
kn_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "kinerja", "kinerja.db", NULL);
}

const char *
kn_store_get_path (KnStore *self)
{
  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  return self->path;
}

int
kn_store_get_schema_version (KnStore *self)
{
  g_return_val_if_fail (KN_IS_STORE (self), 0);
  return self->schema_version;
}

gboolean
kn_store_create_at_version (const char  *path,
                            int          version,
                            GError     **error)
{
  g_autoptr(KnStore) self = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (version > 0 && version <= KN_STORE_SCHEMA_VERSION, FALSE);

  self = g_object_new (KN_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!open_connection (self, path, error))
    return FALSE;

  return apply_migrations (self, 0, version, error);
}

char *
kn_store_get_setting (KnStore    *self,
                      const char *key)
{
  sqlite3_stmt *stmt;
  char *value = NULL;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  stmt = kn_store_stmt (self, "SELECT value FROM setting WHERE key = ?", NULL);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return value;
}

gboolean
kn_store_set_setting (KnStore     *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  g_autofree char *old = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  old = kn_store_get_setting (self, key);
  if (g_strcmp0 (old, value) == 0)
    return TRUE;

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;

  if (value == NULL)
    stmt = kn_store_stmt (self, "DELETE FROM setting WHERE key = ?", error);
  else
    stmt = kn_store_stmt (self, "INSERT INTO setting (key, value) VALUES (?, ?)"
                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (value != NULL)
    sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);

  if (!kn_store_step (self, stmt, error) ||
      !kn_store_audit (self, "setting", 0, "update", key, old, value, error))
    goto failed;

  return kn_store_savepoint_release (self, error);

failed:
  kn_store_savepoint_rollback (self);
  return FALSE;
}

GListModel *
kn_store_get_units (KnStore *self)
{
  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  return G_LIST_MODEL (self->units);
}

GListModel *
kn_store_list_child_units (KnStore *self,
                           gint64   parent_id)
{
  GListStore *children;
  guint n;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  children = g_list_store_new (KN_TYPE_ORG_UNIT);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->units));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      if (kn_org_unit_get_parent_id (unit) == parent_id)
        g_list_store_append (children, unit);
    }

  return G_LIST_MODEL (children);
}

KnOrgUnit *
kn_store_lookup_unit (KnStore *self,
                      gint64   id)
{
  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  if (id == 0)
    return NULL;
  return g_hash_table_lookup (self->units_by_id, &id);
}

KnOrgUnit *
kn_store_find_unit (KnStore    *self,
                    const char *name)
{
  g_autofree char *folded = NULL;
  KnOrgUnit *found = NULL;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  /* The table, not the ordered model, so that units added in an open bulk are found too;
   * the oldest unit wins when several share the name. */
  folded = g_utf8_casefold (name, -1);
  g_hash_table_iter_init (&iter, self->units_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_autofree char *other = g_utf8_casefold (kn_org_unit_get_name (value), -1);

      if (g_strcmp0 (folded, other) == 0 &&
          (found == NULL || kn_org_unit_get_id (value) < kn_org_unit_get_id (found)))
        found = value;
    }

  return found;
}

static char *
normalize_unit_text (const char *text)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *unified = NULL;
  g_autoptr(GString) tmp = g_string_new (text);

  g_string_replace (tmp, "›", "/", 0);
  g_string_replace (tmp, ">", "/", 0);
  unified = g_utf8_casefold (tmp->str, -1);
  parts = g_strsplit (unified, "/", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, '/');
      g_string_append (out, parts[i]);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static int
compare_units_by_path (gconstpointer a,
                       gconstpointer b)
{
  return g_utf8_collate (kn_org_unit_get_path (*(KnOrgUnit **)a),
                         kn_org_unit_get_path (*(KnOrgUnit **)b));
}

KnOrgUnit *
kn_store_resolve_unit (KnStore     *self,
                       const char  *text,
                       GError     **error)
{
  g_autofree char *wanted = NULL;
  g_autoptr(GPtrArray) by_name = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  wanted = normalize_unit_text (text);
  g_hash_table_iter_init (&iter, self->units_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      KnOrgUnit *unit = value;
      g_autofree char *path = normalize_unit_text (kn_org_unit_get_path (unit));
      g_autofree char *name = normalize_unit_text (kn_org_unit_get_name (unit));

      if (g_strcmp0 (path, wanted) == 0)
        return unit;
      if (g_strcmp0 (name, wanted) == 0)
        g_ptr_array_add (by_name, unit);
    }

  if (by_name->len == 1)
    return g_ptr_array_index (by_name, 0);

  if (by_name->len == 0)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                   _("There is no unit named “%s”."), text);
    }
  else
    {
      g_autoptr(GString) candidates = g_string_new (NULL);

      g_ptr_array_sort (by_name, compare_units_by_path);
      for (guint i = 0; i < by_name->len; i++)
        g_string_append_printf (candidates, "\n  %s",
                                kn_org_unit_get_path (g_ptr_array_index (by_name, i)));
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("Several units are named “%s”; write the whole path, one of:%s"),
                   text, candidates->str);
    }

  return NULL;
}

gboolean
kn_store_unit_is_within (KnStore *self,
                         gint64   unit_id,
                         gint64   ancestor_id)
{
  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  for (guint steps = 0; unit_id != 0 && steps < KN_STORE_MAX_CHAIN; steps++)
    {
      KnOrgUnit *unit;

      if (unit_id == ancestor_id)
        return TRUE;

      unit = kn_store_lookup_unit (self, unit_id);
      if (unit == NULL)
        return FALSE;
      unit_id = kn_org_unit_get_parent_id (unit);
    }

  return FALSE;
}

gboolean
kn_store_add_unit (KnStore    *self,
                   KnOrgUnit  *unit,
                   GError    **error)
{
  g_autofree char *name = NULL;
  g_autofree char *parent = NULL;
  sqlite3_stmt *stmt;
  KnOrgUnit *stored;
  gint64 id;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (KN_IS_ORG_UNIT (unit), FALSE);
  g_return_val_if_fail (kn_org_unit_get_id (unit) == 0, FALSE);

  if (!validate_unit (self, unit, &name, error))
    return FALSE;

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;

  stmt = kn_store_stmt (self, "INSERT INTO org_unit (name, parent_id) VALUES (?, ?)", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  kn_store_bind_id (stmt, 2, kn_org_unit_get_parent_id (unit));
  if (!kn_store_step (self, stmt, error))
    goto failed;

  id = sqlite3_last_insert_rowid (self->db);
  parent = kn_store_id_to_string (kn_org_unit_get_parent_id (unit));
  if (!kn_store_audit (self, "unit", id, "insert", "name", NULL, name, error) ||
      (parent != NULL && !kn_store_audit (self, "unit", id, "insert", "parent_id", NULL, parent, error)))
    goto failed;

  if (!kn_store_savepoint_release (self, error))
    return FALSE;

  kn_org_unit_set_id (unit, id);
  kn_org_unit_set_name (unit, name);
  stored = kn_org_unit_new (name, kn_org_unit_get_parent_id (unit));
  kn_org_unit_set_id (stored, id);
  g_hash_table_insert (self->units_by_id, kn_store_id_key (id), stored);
  kn_store_rebuild_unit_order (self);
  kn_org_unit_set_depth (unit, kn_org_unit_get_depth (stored));
  kn_org_unit_set_path (unit, kn_org_unit_get_path (stored));

  return TRUE;

failed:
  kn_store_savepoint_rollback (self);
  return FALSE;
}

gboolean
kn_store_update_unit (KnStore    *self,
                      KnOrgUnit  *unit,
                      GError    **error)
{
  g_autofree char *name = NULL;
  g_autofree char *old_parent = NULL;
  g_autofree char *new_parent = NULL;
  sqlite3_stmt *stmt;
  KnOrgUnit *stored;
  gint64 id;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (KN_IS_ORG_UNIT (unit), FALSE);

  id = kn_org_unit_get_id (unit);
  stored = kn_store_lookup_unit (self, id);
  if (stored == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                   _("This unit no longer exists; it may have been deleted."));
      return FALSE;
    }

  if (!validate_unit (self, unit, &name, error))
    return FALSE;

  old_parent = kn_store_id_to_string (kn_org_unit_get_parent_id (stored));
  new_parent = kn_store_id_to_string (kn_org_unit_get_parent_id (unit));

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;

  stmt = kn_store_stmt (self, "UPDATE org_unit SET name = ?, parent_id = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  kn_store_bind_id (stmt, 2, kn_org_unit_get_parent_id (unit));
  sqlite3_bind_int64 (stmt, 3, id);
  if (!kn_store_step (self, stmt, error) ||
      !kn_store_audit_change (self, "unit", id, "name", kn_org_unit_get_name (stored), name, error) ||
      !kn_store_audit_change (self, "unit", id, "parent_id", old_parent, new_parent, error))
    goto failed;

  if (!kn_store_savepoint_release (self, error))
    return FALSE;

  kn_org_unit_set_name (stored, name);
  kn_org_unit_set_parent_id (stored, kn_org_unit_get_parent_id (unit));
  kn_store_rebuild_unit_order (self);
  refresh_unit_names (self, id);

  return TRUE;

failed:
  kn_store_savepoint_rollback (self);
  return FALSE;
}

gboolean
kn_store_check_unit_deletable (KnStore  *self,
                               gint64    unit_id,
                               GError  **error)
{
  g_autoptr(GString) child_names = g_string_new (NULL);
  KnOrgUnit *stored;
  guint n_children;
  guint n_employees;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  stored = kn_store_lookup_unit (self, unit_id);
  if (stored == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                   _("This unit no longer exists; it may have been deleted."));
      return FALSE;
    }

  n_children = count_child_units (self, unit_id, child_names);
  n_employees = count_unit_employees (self, unit_id);
  if (n_children > 0 || n_employees > 0)
    {
      g_autofree char *units_text = NULL;
      g_autofree char *employees_text = NULL;

      units_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sub-unit (%s)",
                                                 "%u sub-units (%s)", n_children),
                                    n_children, child_names->str);
      employees_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u employee",
                                                     "%u employees", n_employees),
                                        n_employees);
      if (n_children > 0 && n_employees > 0)
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE,
                     _("“%s” cannot be deleted: it still has %s and %s. Move or delete them first."),
                     kn_org_unit_get_path (stored), units_text, employees_text);
      else
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE,
                     _("“%s” cannot be deleted: it still has %s. Move or delete them first."),
                     kn_org_unit_get_path (stored),
                     n_children > 0 ? units_text : employees_text);
      return FALSE;
    }

  return TRUE;
}

gboolean
kn_store_delete_unit (KnStore  *self,
                      gint64    unit_id,
                      GError  **error)
{
  KnOrgUnit *stored;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  if (!kn_store_check_unit_deletable (self, unit_id, error))
    return FALSE;
  stored = kn_store_lookup_unit (self, unit_id);

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;

  stmt = kn_store_stmt (self, "DELETE FROM org_unit WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  if (!kn_store_step (self, stmt, error) ||
      !kn_store_audit (self, "unit", unit_id, "delete", "name", kn_org_unit_get_name (stored), NULL, error))
    goto failed;

  if (!kn_store_savepoint_release (self, error))
    return FALSE;

  g_hash_table_remove (self->units_by_id, &unit_id);
  kn_store_rebuild_unit_order (self);
  return TRUE;

failed:
  kn_store_savepoint_rollback (self);
  return FALSE;
}

GListModel *
kn_store_get_employees (KnStore *self)
{
  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  return G_LIST_MODEL (self->employees);
}

KnEmployee *
kn_store_lookup_employee (KnStore *self,
                          gint64   id)
{
  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  if (id == 0)
    return NULL;
  return g_hash_table_lookup (self->employees_by_id, &id);
}

KnEmployee *
kn_store_find_employee_by_nip (KnStore    *self,
                               const char *nip)
{
  g_autofree char *digits = NULL;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  if (nip == NULL)
    return NULL;
  digits = kn_nip_normalize (nip);
  if (digits == NULL)
    return NULL;

  return g_hash_table_lookup (self->employees_by_nip, digits);
}

gboolean
kn_store_would_create_cycle (KnStore *self,
                             gint64   employee_id,
                             gint64   supervisor_id)
{
  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  if (employee_id == 0 || supervisor_id == 0)
    return FALSE;

  for (guint steps = 0; supervisor_id != 0 && steps < KN_STORE_MAX_CHAIN; steps++)
    {
      KnEmployee *supervisor;

      if (supervisor_id == employee_id)
        return TRUE;

      supervisor = kn_store_lookup_employee (self, supervisor_id);
      if (supervisor == NULL)
        return FALSE;
      supervisor_id = kn_employee_get_supervisor_id (supervisor);
    }

  /* Still climbing after KN_STORE_MAX_CHAIN steps: the chain already loops somewhere. */
  return supervisor_id != 0;
}

gboolean
kn_store_validate_employee (KnStore     *self,
                            KnEmployee  *employee,
                            GError     **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GError) nip_error = NULL;
  KnEmployeeStatus status;
  KnEmployee *other;
  KnEmployee *supervisor = NULL;
  KnNipInfo info;
  gint64 id;
  gint64 supervisor_id;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (KN_IS_EMPLOYEE (employee), FALSE);

  id = kn_employee_get_id (employee);
  status = kn_employee_get_status (employee);

  if (!kn_nip_parse (kn_employee_get_nip (employee), KN_NIP_FLAGS_ALLOW_LEGACY, &info, &nip_error))
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID, _("NIP: %s"), nip_error->message);
      return FALSE;
    }

  if (info.kind == KN_NIP_KIND_PPPK && status == KN_EMPLOYEE_STATUS_PNS)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("NIP: this is an NI PPPK number, but the status is PNS. Choose PPPK as the status or correct the number."));
      return FALSE;
    }
  if (info.kind == KN_NIP_KIND_PNS && status != KN_EMPLOYEE_STATUS_PNS)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("NIP: this is a PNS number, but the status is %s. Choose PNS as the status or correct the number."),
                   kn_employee_status_label (status));
      return FALSE;
    }

  other = g_hash_table_lookup (self->employees_by_nip, info.digits);
  if (other != NULL && kn_employee_get_id (other) != id)
    {
      g_autofree char *shown = kn_nip_format (info.digits);

      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_DUPLICATE,
                   _("NIP: %s is already used by %s."), shown, kn_employee_get_name (other));
      return FALSE;
    }

  name = g_strstrip (g_strdup (kn_employee_get_name (employee)));
  if (name[0] == '\0')
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("Name: it is empty. Type the full name with academic titles."));
      return FALSE;
    }

  if (kn_employee_get_rank (employee) == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("Pangkat/golongan: none is chosen. Choose one from the list."));
      return FALSE;
    }
  if (kn_rank_lookup (status, kn_employee_get_rank (employee)) == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("Pangkat/golongan: “%s” does not exist for %s. Choose one from the list."),
                   kn_employee_get_rank (employee), kn_employee_status_label (status));
      return FALSE;
    }

  if (kn_store_lookup_unit (self, kn_employee_get_unit_id (employee)) == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("Unit: none is chosen, or it no longer exists. Choose the unit where the employee works."));
      return FALSE;
    }

  supervisor_id = kn_employee_get_supervisor_id (employee);
  if (supervisor_id != 0)
    {
      supervisor = kn_store_lookup_employee (self, supervisor_id);
      if (supervisor == NULL)
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                       _("Atasan langsung: the chosen superior no longer exists. Choose another one."));
          return FALSE;
        }
      if (supervisor_id == id)
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_CYCLE,
                       _("Atasan langsung: nobody can be their own superior."));
          return FALSE;
        }
      if (kn_store_would_create_cycle (self, id, supervisor_id))
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_CYCLE,
                       _("Atasan langsung: %s cannot be the superior of %s, who is already above them in the chain of superiors."),
                       kn_employee_get_name (supervisor), name);
          return FALSE;
        }
    }

  return TRUE;
}

GPtrArray *
kn_store_all_employees (KnStore *self)
{
  GListModel *model = G_LIST_MODEL (self->employees);
  GPtrArray *all = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (all, g_list_model_get_item (model, i));
  if (self->pending_employees != NULL)
    for (guint i = 0; i < self->pending_employees->len; i++)
      g_ptr_array_add (all, g_object_ref (g_ptr_array_index (self->pending_employees, i)));

  return all;
}

GPtrArray *
kn_store_list_staff (KnStore *self,
                     gint64   employee_id)
{
  GPtrArray *staff;
  guint n;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  staff = g_ptr_array_new_with_free_func (g_object_unref);
  if (employee_id == 0)
    return staff;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->employees));
  for (guint i = 0; i < n; i++)
    {
      KnEmployee *employee = g_list_model_get_item (G_LIST_MODEL (self->employees), i);

      if (kn_employee_get_supervisor_id (employee) == employee_id)
        g_ptr_array_add (staff, employee);
      else
        g_object_unref (employee);
    }

  if (self->pending_employees != NULL)
    for (guint i = 0; i < self->pending_employees->len; i++)
      {
        KnEmployee *employee = g_ptr_array_index (self->pending_employees, i);

        if (kn_employee_get_supervisor_id (employee) == employee_id)
          g_ptr_array_add (staff, g_object_ref (employee));
      }

  return staff;
}

static gboolean
write_employee (KnStore     *self,
                KnEmployee  *employee,
                const char  *nip,
                const char  *name,
                gboolean     insert,
                GError     **error)
{
  sqlite3_stmt *stmt;

  if (insert)
    stmt = kn_store_stmt (self,
                          "INSERT INTO employee (nip, name, status, rank, position, position_kind,"
                          " unit_id, supervisor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                          error);
  else
    stmt = kn_store_stmt (self,
                          "UPDATE employee SET nip = ?, name = ?, status = ?, rank = ?, position = ?,"
                          " position_kind = ?, unit_id = ?, supervisor_id = ? WHERE id = ?",
                          error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, nip, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, kn_employee_status_to_string (kn_employee_get_status (employee)),
                     -1, SQLITE_STATIC);
  kn_store_bind_text (stmt, 4, kn_employee_get_rank (employee));
  sqlite3_bind_text (stmt, 5, kn_employee_get_position (employee), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6,
                     kn_position_kind_to_string (kn_employee_get_position_kind (employee)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, kn_employee_get_unit_id (employee));
  kn_store_bind_id (stmt, 8, kn_employee_get_supervisor_id (employee));
  if (!insert)
    sqlite3_bind_int64 (stmt, 9, kn_employee_get_id (employee));

  return kn_store_step (self, stmt, error);
}

/* Audit rows for every field that differs between @before and @after (either may be NULL). */
static gboolean
audit_employee (KnStore     *self,
                gint64       id,
                const char  *action,
                KnEmployee  *before,
                KnEmployee  *after,
                GError     **error)
{
  struct {
    const char *field;
    char *old_value;
    char *new_value;
  } rows[8] = { { "nip" }, { "name" }, { "status" }, { "rank" }, { "position" },
                { "position_kind" }, { "unit_id" }, { "supervisor_id" } };
  gboolean ok = TRUE;

  for (guint side = 0; side < 2; side++)
    {
      KnEmployee *e = side == 0 ? before : after;
      char *values[8];

      if (e == NULL)
        continue;

      values[0] = g_strdup (kn_employee_get_nip (e));
      values[1] = g_strdup (kn_employee_get_name (e));
      values[2] = g_strdup (kn_employee_status_to_string (kn_employee_get_status (e)));
      values[3] = g_strdup (kn_employee_get_rank (e));
      values[4] = g_strdup (kn_employee_get_position (e));
      values[5] = g_strdup (kn_position_kind_to_string (kn_employee_get_position_kind (e)));
      values[6] = kn_store_id_to_string (kn_employee_get_unit_id (e));
      values[7] = kn_store_id_to_string (kn_employee_get_supervisor_id (e));

      for (guint i = 0; i < 8; i++)
        {
          if (side == 0)
            rows[i].old_value = values[i];
          else
            rows[i].new_value = values[i];
        }
    }

  for (guint i = 0; i < 8; i++)
    {
      if (ok && g_strcmp0 (rows[i].old_value, rows[i].new_value) != 0)
        ok = kn_store_audit (self, "employee", id, action, rows[i].field,
                             rows[i].old_value, rows[i].new_value, error);
      g_free (rows[i].old_value);
      g_free (rows[i].new_value);
    }

  return ok;
}

gboolean
kn_store_add_employee (KnStore     *self,
                       KnEmployee  *employee,
                       GError     **error)
{
  g_autofree char *nip = NULL;
  g_autofree char *name = NULL;
  g_autoptr(KnEmployee) stored = NULL;
  gint64 id;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (KN_IS_EMPLOYEE (employee), FALSE);
  g_return_val_if_fail (kn_employee_get_id (employee) == 0, FALSE);

  if (!kn_store_validate_employee (self, employee, error))
    return FALSE;

  nip = kn_nip_normalize (kn_employee_get_nip (employee));
  name = g_strstrip (g_strdup (kn_employee_get_name (employee)));

  stored = kn_employee_copy (employee);
  kn_employee_set_nip (stored, nip);
  kn_employee_set_name (stored, name);

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;

  if (!write_employee (self, stored, nip, name, TRUE, error))
    goto failed;
  id = sqlite3_last_insert_rowid (self->db);
  if (!audit_employee (self, id, "insert", NULL, stored, error))
    goto failed;
  if (!kn_store_savepoint_release (self, error))
    return FALSE;

  kn_employee_set_id (stored, id);
  kn_store_fill_display_names (self, stored);
  kn_store_index_employee (self, stored);
  if (self->bulk > 0)
    {
      if (self->pending_employees == NULL)
        self->pending_employees = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (self->pending_employees, g_object_ref (stored));
    }
  else
    g_list_store_append (self->employees, stored);

  kn_employee_set_id (employee, id);
  kn_employee_set_nip (employee, nip);
  kn_employee_set_name (employee, name);
  kn_store_fill_display_names (self, employee);

  return TRUE;

failed:
  kn_store_savepoint_rollback (self);
  return FALSE;
}

gboolean
kn_store_update_employee (KnStore     *self,
                          KnEmployee  *employee,
                          GError     **error)
{
  g_autofree char *nip = NULL;
  g_autofree char *name = NULL;
  g_autofree char *old_nip = NULL;
  g_autoptr(KnEmployee) edited = NULL;
  KnEmployee *stored;
  gint64 id;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (KN_IS_EMPLOYEE (employee), FALSE);

  id = kn_employee_get_id (employee);
  stored = kn_store_lookup_employee (self, id);
  if (stored == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                   _("This employee no longer exists; they may have been deleted."));
      return FALSE;
    }

  if (!kn_store_validate_employee (self, employee, error))
    return FALSE;

  nip = kn_nip_normalize (kn_employee_get_nip (employee));
  name = g_strstrip (g_strdup (kn_employee_get_name (employee)));
  edited = kn_employee_copy (employee);
  kn_employee_set_nip (edited, nip);
  kn_employee_set_name (edited, name);

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;
  if (!write_employee (self, edited, nip, name, FALSE, error) ||
      !audit_employee (self, id, "update", stored, edited, error))
    goto failed;
  if (!kn_store_savepoint_release (self, error))
    return FALSE;

  old_nip = g_strdup (kn_employee_get_nip (stored));
  if (g_strcmp0 (old_nip, nip) != 0)
    {
      g_hash_table_remove (self->employees_by_nip, old_nip);
      g_hash_table_insert (self->employees_by_nip, g_strdup (nip), stored);
    }

  copy_employee_fields (stored, edited);
  kn_store_fill_display_names (self, stored);
  refresh_supervisor_names (self, id);
  kn_employee_set_nip (employee, nip);
  kn_employee_set_name (employee, name);
  kn_store_fill_display_names (self, employee);

  return TRUE;

failed:
  kn_store_savepoint_rollback (self);
  return FALSE;
}

gboolean
kn_store_delete_employee (KnStore        *self,
                          gint64          employee_id,
                          KnStaffAction   staff_action,
                          gint64          new_supervisor_id,
                          GError        **error)
{
  g_autoptr(GPtrArray) staff = NULL;
  g_autofree char *old_id = NULL;
  KnEmployee *stored;
  sqlite3_stmt *stmt;
  gint64 target = 0;
  guint position;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  stored = kn_store_lookup_employee (self, employee_id);
  if (stored == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                   _("This employee no longer exists; they may have been deleted."));
      return FALSE;
    }

  /* Final evaluations are records of a closed period (they are in the unit's Penetapan):
   * deleting the person would take them along. */
  {
    guint n_final = 0;
    g_autofree char *latest = NULL;

    stmt = kn_store_stmt (self,
                          "SELECT count (*), max (period) FROM evaluation"
                          " WHERE employee_id = ? AND status = 'final'",
                          error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, employee_id);
    if (sqlite3_step (stmt) == SQLITE_ROW)
      {
        n_final = sqlite3_column_int (stmt, 0);
        latest = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
      }
    sqlite3_reset (stmt);
    if (n_final > 0)
      {
        KnPeriod parsed;
        g_autofree char *label = latest != NULL && kn_period_parse (latest, &parsed, NULL)
                                 ? kn_period_label (&parsed) : g_strdup (latest);

        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "%s cannot be deleted: %u evaluation of theirs is final (the latest: %s) and stays on record. Reopen it first if the employee was entered by mistake.",
                                  "%s cannot be deleted: %u evaluations of theirs are final (the latest: %s) and stay on record. Reopen them first if the employee was entered by mistake.",
                                  n_final),
                     kn_employee_get_name (stored), n_final, label);
        return FALSE;
      }
  }

  staff = kn_store_list_staff (self, employee_id);

  switch (staff_action)
    {
    case KN_STAFF_ACTION_TO_SUPERIOR:
      target = kn_employee_get_supervisor_id (stored);
      break;
    case KN_STAFF_ACTION_CLEAR:
      target = 0;
      break;
    case KN_STAFF_ACTION_TO_EMPLOYEE:
      target = new_supervisor_id;
      if (staff->len > 0 && (target == employee_id || kn_store_lookup_employee (self, target) == NULL))
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                       _("Choose who the staff of %s will report to."),
                       kn_employee_get_name (stored));
          return FALSE;
        }
      for (guint i = 0; i < staff->len; i++)
        {
          KnEmployee *member = g_ptr_array_index (staff, i);

          /* One of the staff taking over is a promotion, handled below. */
          if (kn_employee_get_id (member) == target)
            continue;
          if (kn_store_would_create_cycle (self, kn_employee_get_id (member), target))
            {
              g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_CYCLE,
                           _("%s cannot become the superior of %s: that would make a loop in the chain of superiors."),
                           kn_employee_get_name (kn_store_lookup_employee (self, target)),
                           kn_employee_get_name (member));
              return FALSE;
            }
        }
      break;
    default:
      g_return_val_if_reached (FALSE);
    }

  old_id = kn_store_id_to_string (employee_id);

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;

  for (guint i = 0; i < staff->len; i++)
    {
      KnEmployee *member = g_ptr_array_index (staff, i);
      gint64 member_target = target;
      g_autofree char *member_new_id = NULL;

      /* A promoted staff member reports to whoever the deleted person reported to. */
      if (kn_employee_get_id (member) == target)
        member_target = kn_employee_get_supervisor_id (stored);
      member_new_id = kn_store_id_to_string (member_target);

      stmt = kn_store_stmt (self, "UPDATE employee SET supervisor_id = ? WHERE id = ?", error);
      if (stmt == NULL)
        goto failed;
      kn_store_bind_id (stmt, 1, member_target);
      sqlite3_bind_int64 (stmt, 2, kn_employee_get_id (member));
      if (!kn_store_step (self, stmt, error) ||
          !kn_store_audit (self, "employee", kn_employee_get_id (member), "update", "supervisor_id",
                           old_id, member_new_id, error))
        goto failed;
    }

  /* Their SKPs go with them; staff RHK that supported those lose the link (the cascade view
   * shows them as unlinked) rather than block the deletion. */
  {
    g_autoptr(GArray) unlinked = g_array_new (FALSE, FALSE, sizeof (gint64) * 2);

    stmt = kn_store_stmt (self,
                          "SELECT id, parent_id FROM plan_result WHERE parent_id IN"
                          " (SELECT r.id FROM plan_result r JOIN plan p ON p.id = r.plan_id"
                          "  WHERE p.employee_id = ?)",
                          error);
    if (stmt == NULL)
      goto failed;
    sqlite3_bind_int64 (stmt, 1, employee_id);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        gint64 pair[2] = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };

        g_array_append_vals (unlinked, pair, 1);
      }
    sqlite3_reset (stmt);

    stmt = kn_store_stmt (self,
                          "UPDATE plan_result SET parent_id = NULL WHERE parent_id IN"
                          " (SELECT r.id FROM plan_result r JOIN plan p ON p.id = r.plan_id"
                          "  WHERE p.employee_id = ?)",
                          error);
    if (stmt == NULL)
      goto failed;
    sqlite3_bind_int64 (stmt, 1, employee_id);
    if (!kn_store_step (self, stmt, error))
      goto failed;

    for (guint i = 0; i < unlinked->len; i++)
      {
        gint64 *pair = &g_array_index (unlinked, gint64, i * 2);
        g_autofree char *old_parent = kn_store_id_to_string (pair[1]);

        if (!kn_store_audit (self, "plan_result", pair[0], "update", "parent_id", old_parent,
                             NULL, error))
          goto failed;
      }
  }

  stmt = kn_store_stmt (self, "DELETE FROM employee WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, employee_id);
  if (!kn_store_step (self, stmt, error) ||
      !audit_employee (self, employee_id, "delete", stored, NULL, error))
    goto failed;

  if (!kn_store_savepoint_release (self, error))
    return FALSE;

  for (guint i = 0; i < staff->len; i++)
    {
      KnEmployee *member = g_ptr_array_index (staff, i);

      if (kn_employee_get_id (member) == target)
        kn_employee_set_supervisor_id (member, kn_employee_get_supervisor_id (stored));
      else
        kn_employee_set_supervisor_id (member, target);
      kn_store_fill_display_names (self, member);
    }

  g_object_ref (stored);
  g_hash_table_remove (self->employees_by_nip, kn_employee_get_nip (stored));
  g_hash_table_remove (self->employees_by_id, &employee_id);
  if (g_list_store_find (self->employees, stored, &position))
    g_list_store_remove (self->employees, position);
  if (self->pending_employees != NULL)
    g_ptr_array_remove (self->pending_employees, stored);
  g_object_unref (stored);

  return TRUE;

failed:
  kn_store_savepoint_rollback (self);
  return FALSE;
}

void
kn_audit_entry_free (KnAuditEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->at);
  g_free (entry->entity);
  g_free (entry->action);
  g_free (entry->field);
  g_free (entry->old_value);
  g_free (entry->new_value);
  g_free (entry);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *)sqlite3_column_text (stmt, column));
}

GPtrArray *
kn_store_list_audit (KnStore    *self,
                     const char *entity,
                     gint64      entity_id)
{
  GPtrArray *entries;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_audit_entry_free);

  if (entity == NULL)
    stmt = kn_store_stmt (self,
                          "SELECT id, at, entity, entity_id, action, field, old_value, new_value"
                          " FROM audit ORDER BY id", NULL);
  else
    stmt = kn_store_stmt (self,
                          "SELECT id, at, entity, entity_id, action, field, old_value, new_value"
                          " FROM audit WHERE entity = ? AND entity_id = ? ORDER BY id", NULL);
  if (stmt == NULL)
    return entries;

  if (entity != NULL)
    {
      sqlite3_bind_text (stmt, 1, entity, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, entity_id);
    }

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      KnAuditEntry *entry = g_new0 (KnAuditEntry, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->at = column_dup (stmt, 1);
      entry->entity = column_dup (stmt, 2);
      entry->entity_id = sqlite3_column_int64 (stmt, 3);
      entry->action = column_dup (stmt, 4);
      entry->field = column_dup (stmt, 5);
      entry->old_value = column_dup (stmt, 6);
      entry->new_value = column_dup (stmt, 7);
      g_ptr_array_add (entries, entry);
    }
  sqlite3_reset (stmt);

  return entries;
}

gboolean
kn_store_begin (KnStore  *self,
                GError  **error)
{
  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->bulk == 0, FALSE);

  if (!kn_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  self->bulk = 1;
  return TRUE;
}

gboolean
kn_store_commit (KnStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->bulk > 0, FALSE);

  if (!kn_store_exec (self, "COMMIT", error))
    {
      kn_store_rollback (self);
      return FALSE;
    }

  self->bulk = 0;
  if (self->units_dirty)
    kn_store_rebuild_unit_order (self);
  if (self->pending_employees != NULL)
    {
      g_autoptr(GPtrArray) pending = g_steal_pointer (&self->pending_employees);

      g_list_store_splice (self->employees,
                           g_list_model_get_n_items (G_LIST_MODEL (self->employees)), 0,
                           pending->pdata, pending->len);
    }

  return TRUE;
}

void
kn_store_rollback (KnStore *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KN_IS_STORE (self));

  /* A failed commit has already rolled back. */
  if (self->bulk == 0)
    return;

  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->bulk = 0;
  self->units_dirty = FALSE;

  /* The live objects may hold changes that were just undone: read everything back. */
  if (!load_all (self, &error))
    g_warning ("Reloading after a rollback failed: %s", error->message);
}
