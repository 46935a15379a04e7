/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store on a server: setting a server's database up (its schema, and the group roles and
 * their privileges), moving an office's file into it in one transaction with every table's rows
 * counted on both sides, and the people's logins (who may see and change what). */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kn-nip.h"

#include "kn-enum-table.h"
#include "kn-schema-resources.h"
#include "kn-store-private.h"

/* Every table of the schema, parents first. A table added by a later schema version is added
 * here too: the migration refuses a file that holds a table it does not know. */
static const char *const tables[] = {
  "org_unit", "employee", "audit", "setting", "plan", "plan_result", "indicator",
  "plan_expectation", "plan_attachment", "period_scheme", "org_rating", "evaluation",
  "realization", "feedback", "distribution_rule", "org_rating_map",
  "angka_kredit_coefficient", "angka_kredit_conversion", "training", "employee_history",
  "skm_survey", "skm_respondent", "review_team", "review_member", "review_decision",
};

/* Tables the schema fills with defaults: the office's own values replace them. */
static const char *const seeded[] = {
  "setting", "distribution_rule", "org_rating_map", "angka_kredit_coefficient",
  "angka_kredit_conversion",
};

static gboolean
is_seeded (const char *table)
{
  return g_strv_contains ((const char *const *)seeded, table);
}

void
kn_store_table_count_free (KnStoreTableCount *count)
{
  if (count == NULL)
    return;
  g_free (count->table);
  g_free (count);
}

static const KnEnumTable role_table = {
  NULL, KN_SERVER_ROLE_TIM + 1, (const KnEnumEntry[]) {
    [KN_SERVER_ROLE_ADMIN] = { "admin", NULL },
    [KN_SERVER_ROLE_OPERATOR] = { "operator", NULL },
    [KN_SERVER_ROLE_PENILAI] = { "penilai", NULL },
    [KN_SERVER_ROLE_PEGAWAI] = { "pegawai", NULL },
    [KN_SERVER_ROLE_TIM] = { "tim", NULL },
  }
};

gboolean
kn_server_role_parse (const char   *text,
                      KnServerRole *role)
{
  return kn_enum_table_from_string (&role_table, text, (int *) role);
}

const char *
kn_server_role_to_string (KnServerRole role)
{
  return kn_enum_table_to_string (&role_table, role);
}

void
kn_server_login_free (KnServerLogin *login)
{
  if (login == NULL)
    return;
  g_free (login->login);
  g_free (login->nip);
  g_free (login->name);
  g_free (login);
}

static gboolean run (KnStore *store, const char *sql, GError **error);

/* The group roles and their privileges (schema/postgresql/roles.sql), in the open transaction.
 * Making roles needs CREATEROLE: without it, a sentence saying who may. */
static gboolean
apply_roles (KnStore  *store,
             GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GError) local_error = NULL;

  bytes = g_resource_lookup_data (kn_schema_get_resource (),
                                  "/id/go/lampungprov/Kinerja/schema/postgresql/roles.sql",
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (!run (store, sql, &local_error))
    {
      if (g_error_matches (local_error, KN_STORE_ERROR, KN_STORE_ERROR_PERMISSION))
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_PERMISSION,
                       _("The login in “%s” may not make the roles of Kinerja's users. Run this as the owner of the database with the CREATEROLE right (createuser --createrole), or as postgres."),
                       kn_store_get_path (store));
          return FALSE;
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* The group roles and their privileges, then @work, as one write transaction. Roles and grants
 * live in the cluster's shared catalogs, which every database of the server (and another
 * administrator setting up theirs) writes too: when the server reports a deadlock or a lock it
 * waited for too long, the whole transaction is tried again, up to three times, before the
 * "database is busy" message reaches the user. */
static gboolean
in_transaction (KnStore   *store,
                gboolean (*work) (KnStore *, gpointer, GError **),
                gpointer   data,
                GError   **error)
{
  for (guint attempt = 1; ; attempt++)
    {
      g_autoptr(GError) local_error = NULL;

      if (kn_store_savepoint_begin (store, &local_error))
        {
          if (kn_store_savepoint_end (store,
                                      apply_roles (store, &local_error) &&
                                      work (store, data, &local_error),
                                      &local_error))
            return TRUE;
        }
      if (attempt == 3 || !g_error_matches (local_error, KN_STORE_ERROR, KN_STORE_ERROR_BUSY))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_usleep (attempt * 200 * G_TIME_SPAN_MILLISECOND);
    }
}

static gboolean
nothing_more (KnStore   *store,
              gpointer   data,
              GError   **error)
{
  return TRUE;
}

gboolean
kn_store_server_init (const char  *uri,
                      GError     **error)
{
  g_autoptr(KnStore) store = NULL;

  g_return_val_if_fail (uri != NULL, FALSE);

  if (!kn_store_location_is_server (uri))
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("“%s” is not a server's address; write it as postgresql://USER@HOST:PORT/DATABASE."),
                   uri);
      return FALSE;
    }

  /* Creates the database when it is missing, and the schema in one transaction. */
  store = kn_store_open (uri, error);
  if (store == NULL)
    return FALSE;
  return in_transaction (store, nothing_more, NULL, error);
}

static gboolean
count_rows (KnStore     *store,
            const char  *table,
            gint64      *n,
            GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM %s", table);
  GError *local_error = NULL;
  KnDbStmt *stmt = kn_db_prepare (store->db, sql, &local_error);
  KnDbStep step;

  if (stmt == NULL)
    {
      kn_store_propagate_db_error (store, local_error, error);
      return FALSE;
    }
  step = kn_db_step (stmt, &local_error);
  if (step == KN_DB_ROW)
    *n = kn_db_column_int64 (stmt, 0);
  kn_db_stmt_free (stmt);
  if (step == KN_DB_FAILED)
    {
      kn_store_propagate_db_error (store, local_error, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
run (KnStore     *store,
     const char  *sql,
     GError     **error)
{
  GError *local_error = NULL;

  if (!kn_db_exec (store->db, sql, &local_error))
    {
      kn_store_propagate_db_error (store, local_error, error);
      return FALSE;
    }
  return TRUE;
}

/* Copies every row of @table from @from into @to; *@n_rows: how many. */
static gboolean
copy_table (KnStore     *from,
            KnStore     *to,
            const char  *table,
            gint64      *n_rows,
            GError     **error)
{
  g_autofree char *select = g_strdup_printf ("SELECT * FROM %s", table);
  g_autofree char *insert = NULL;
  GError *local_error = NULL;
  KnDbStmt *source = kn_db_prepare (from->db, select, &local_error);
  KnDbStmt *target = NULL;
  KnDbStep step;
  gboolean has_id = FALSE;
  int n_columns = 0;

  *n_rows = 0;
  if (source == NULL)
    {
      kn_store_propagate_db_error (from, local_error, error);
      return FALSE;
    }

  while ((step = kn_db_step (source, &local_error)) == KN_DB_ROW)
    {
      if (target == NULL)
        {
          g_autoptr(GString) columns = g_string_new (NULL);
          g_autoptr(GString) marks = g_string_new (NULL);

          n_columns = kn_db_column_count (source);
          for (int i = 0; i < n_columns; i++)
            {
              const char *name = kn_db_column_name (source, i);

              g_string_append_printf (columns, "%s%s", i > 0 ? ", " : "", name);
              g_string_append (marks, i > 0 ? ", ?" : "?");
              if (g_strcmp0 (name, "id") == 0)
                has_id = TRUE;
            }
          insert = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s)", table, columns->str,
                                    marks->str);
          target = kn_db_prepare (to->db, insert, &local_error);
          if (target == NULL)
            {
              kn_db_stmt_free (source);
              kn_store_propagate_db_error (to, local_error, error);
              return FALSE;
            }
        }

      kn_db_reset (target);
      for (int i = 0; i < n_columns; i++)
        kn_db_bind_text (target, i + 1, kn_db_column_text (source, i));
      if (kn_db_step (target, &local_error) == KN_DB_FAILED)
        {
          kn_db_stmt_free (source);
          kn_db_stmt_free (target);
          kn_store_propagate_db_error (to, local_error, error);
          g_prefix_error (error, _("Copying the table “%s” failed: "), table);
          return FALSE;
        }
      (*n_rows)++;
    }
  kn_db_stmt_free (source);
  kn_db_stmt_free (target);
  if (step == KN_DB_FAILED)
    {
      kn_store_propagate_db_error (from, local_error, error);
      return FALSE;
    }

  /* The rows came with their ids: the server's next id follows the highest. */
  if (has_id)
    {
      g_autofree char *sql =
        g_strdup_printf ("SELECT setval (pg_get_serial_sequence ('%s', 'id'), max (id))"
                         " FROM %s HAVING max (id) IS NOT NULL", table, table);

      if (!run (to, sql, error))
        return FALSE;
    }
  return TRUE;
}

GPtrArray *
kn_store_migrate_to_server (const char  *file,
                            const char  *uri,
                            GError     **error)
{
  g_autoptr(KnStore) from = NULL;
  g_autoptr(KnStore) to = NULL;
  g_autoptr(GPtrArray) counts = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (file != NULL && uri != NULL, NULL);

  if (kn_store_location_is_server (file) || !kn_store_location_is_server (uri))
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                           _("Give a database file to move from (--from) and a server's address to move to (--to)."));
      return NULL;
    }

  from = kn_store_open_with_mode (file, KN_STORE_OPEN_READ_ONLY, error);
  if (from == NULL)
    return NULL;
  to = kn_store_open (uri, error);
  if (to == NULL)
    return NULL;

  /* Every table of the file is one we know how to move. (The SQLite catalogue: only the file
   * is asked.) */
  {
    KnDbStmt *stmt = kn_db_prepare (from->db,
                                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                                    " AND name NOT LIKE 'sqlite_%'", &local_error);
    KnDbStep step;

    if (stmt == NULL)
      {
        kn_store_propagate_db_error (from, local_error, error);
        return NULL;
      }
    while ((step = kn_db_step (stmt, &local_error)) == KN_DB_ROW)
      {
        const char *name = kn_db_column_text (stmt, 0);

        if (!g_strv_contains ((const char *const *)tables, name))
          {
            g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_VERSION,
                         _("“%s” holds the table “%s”, which this version of Kinerja cannot move to a server; nothing was moved."),
                         file, name);
            kn_db_stmt_free (stmt);
            return NULL;
          }
      }
    kn_db_stmt_free (stmt);
    if (step == KN_DB_FAILED)
      {
        kn_store_propagate_db_error (from, local_error, error);
        return NULL;
      }
  }

  /* The server's database takes an office only when it holds none yet. */
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      gint64 n = 0;

      if (is_seeded (tables[i]))
        continue;
      if (!count_rows (to, tables[i], &n, error))
        return NULL;
      if (n > 0)
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                       _("The server's database already holds data (the table “%s” has rows); an office's file can only be moved into an empty one. Nothing was moved."),
                       tables[i]);
          return NULL;
        }
    }

  /* One transaction on each side: a snapshot of the file, and all or nothing on the server,
   * where references are checked at the commit (the rows come in any order). */
  if (!kn_db_begin (from->db, KN_DB_READ, &local_error))
    {
      kn_store_propagate_db_error (from, local_error, error);
      return NULL;
    }
  if (!kn_db_begin (to->db, KN_DB_WRITE, &local_error))
    {
      kn_db_rollback (from->db);
      kn_store_propagate_db_error (to, local_error, error);
      return NULL;
    }

  counts = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_store_table_count_free);
  if (!run (to, "SET CONSTRAINTS ALL DEFERRED", error))
    goto failed;

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      KnStoreTableCount *count = g_new0 (KnStoreTableCount, 1);
      gint64 copied = 0;
      gint64 on_server = -1;

      count->table = g_strdup (tables[i]);
      g_ptr_array_add (counts, count);

      if (is_seeded (tables[i]))
        {
          g_autofree char *sql = g_strdup_printf ("DELETE FROM %s", tables[i]);

          if (!run (to, sql, error))
            goto failed;
        }
      if (!copy_table (from, to, tables[i], &copied, error) ||
          !count_rows (from, tables[i], &count->n_rows, error) ||
          !count_rows (to, tables[i], &on_server, error))
        goto failed;

      if (copied != count->n_rows || on_server != count->n_rows)
        {
          g_autofree char *in_file = g_strdup_printf ("%" G_GINT64_FORMAT, count->n_rows);
          g_autofree char *in_server = g_strdup_printf ("%" G_GINT64_FORMAT, on_server);

          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                       _("The table “%s” has %s rows in the file but %s on the server; nothing was moved."),
                       tables[i], in_file, in_server);
          goto failed;
        }
    }

  if (!kn_db_commit (to->db, &local_error))
    {
      kn_db_rollback (to->db);
      kn_db_rollback (from->db);
      kn_store_propagate_db_error (to, local_error, error);
      g_prefix_error (error, _("Nothing was moved: "));
      return NULL;
    }
  kn_db_rollback (from->db);
  return g_steal_pointer (&counts);

failed:
  kn_db_rollback (to->db);
  kn_db_rollback (from->db);
  return NULL;
}

/* Logins */

static const char *const group_roles[] = {
  "kinerja_admin", "kinerja_operator", "kinerja_penilai", "kinerja_pegawai", "kinerja_tim",
};

static gboolean
check_server (KnStore  *self,
              GError  **error)
{
  if (kn_store_location_is_server (kn_store_get_path (self)))
    return TRUE;
  g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
               _("“%s” is not a server's address; logins exist only on a server. Write it as postgresql://USER@HOST:PORT/DATABASE."),
               kn_store_get_path (self));
  return FALSE;
}

/* A login's name as PostgreSQL keeps it unquoted: small letters, digits and "_", not starting
 * with a digit, at most 63 bytes. */
static gboolean
login_is_valid (const char *login)
{
  if (login == NULL || login[0] == '\0' || strlen (login) > 63 || g_ascii_isdigit (login[0]))
    return FALSE;
  for (const char *c = login; *c != '\0'; c++)
    if (!g_ascii_islower (*c) && !g_ascii_isdigit (*c) && *c != '_')
      return FALSE;
  return TRUE;
}

static char *
quote_identifier (const char *name)
{
  g_auto(GStrv) parts = g_strsplit (name, "\"", -1);
  g_autofree char *doubled = g_strjoinv ("\"\"", parts);

  return g_strdup_printf ("\"%s\"", doubled);
}

typedef struct
{
  const char   *login;
  gint64        employee_id;
  KnServerRole  role;
  gint64        unit_id;
  const char   *hashed;     /* nullable */
} AddUser;

static gboolean
add_user (KnStore   *self,
          gpointer   data,
          GError   **error)
{
  AddUser *add = data;
  g_autofree char *name = quote_identifier (add->login);
  g_autofree char *privileged = NULL;
  g_autofree char *create = NULL;
  g_autofree char *grant = NULL;
  gboolean exists = FALSE;
  KnDbStmt *stmt;
  KnDbStep step;

  /* A role that administers the server, or a group role, is not a person's login. */
  stmt = kn_store_stmt (self,
                        "SELECT CASE WHEN rolsuper OR rolcreaterole OR rolcreatedb OR NOT rolinherit"
                        " OR rolname = current_user OR rolname LIKE 'kinerja\\_%' THEN 'yes'"
                        " ELSE 'no' END FROM pg_roles WHERE rolname = ?", error);
  if (stmt == NULL)
    return FALSE;
  kn_db_bind_text (stmt, 1, add->login);
  step = kn_store_next (self, stmt, error);
  exists = step == KN_DB_ROW;
  if (exists)
    privileged = g_strdup (kn_db_column_text (stmt, 0));
  kn_db_reset (stmt);
  if (step == KN_DB_FAILED)
    return FALSE;
  if (exists && g_strcmp0 (privileged, "yes") == 0)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("“%s” is a role that sets up or administers the server, not a person's login; give another name with --login."),
                   add->login);
      return FALSE;
    }

  create = g_strdup_printf ("%s ROLE %s LOGIN%s%s%s", exists ? "ALTER" : "CREATE", name,
                            add->hashed != NULL ? " PASSWORD '" : "",
                            add->hashed != NULL ? add->hashed : "",
                            add->hashed != NULL ? "'" : "");
  if (!run (self, create, error))
    return FALSE;

  /* A member of its role's group only: a change of role takes the old one away. */
  for (guint i = 0; i < G_N_ELEMENTS (group_roles); i++)
    {
      gboolean member = FALSE;

      if (i == add->role)
        continue;
      stmt = kn_store_stmt (self,
                            "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                            " JOIN pg_roles u ON u.oid = m.member"
                            " WHERE g.rolname = ? AND u.rolname = ?", error);
      if (stmt == NULL)
        return FALSE;
      kn_db_bind_text (stmt, 1, group_roles[i]);
      kn_db_bind_text (stmt, 2, add->login);
      member = kn_store_next (self, stmt, NULL) == KN_DB_ROW;
      kn_db_reset (stmt);
      if (member)
        {
          g_autofree char *revoke = g_strdup_printf ("REVOKE %s FROM %s", group_roles[i], name);

          if (!run (self, revoke, error))
            return FALSE;
        }
    }
  grant = g_strdup_printf ("GRANT %s TO %s", group_roles[add->role], name);
  if (!run (self, grant, error))
    return FALSE;

  stmt = kn_store_stmt (self,
                        "INSERT INTO kinerja_login (login, employee_id, role, unit_id)"
                        " VALUES (?, ?, ?, ?) ON CONFLICT (login) DO UPDATE SET"
                        " employee_id = excluded.employee_id, role = excluded.role,"
                        " unit_id = excluded.unit_id", error);
  if (stmt == NULL)
    return FALSE;
  kn_db_bind_text (stmt, 1, add->login);
  kn_db_bind_int64 (stmt, 2, add->employee_id);
  kn_db_bind_text (stmt, 3, kn_server_role_to_string (add->role));
  kn_store_bind_id (stmt, 4, add->unit_id);
  return kn_store_step (self, stmt, error);
}

char *
kn_store_server_add_user (KnStore       *self,
                          const char    *nip,
                          KnServerRole   role,
                          gint64         unit_id,
                          const char    *login,
                          const char    *password,
                          GError       **error)
{
  g_autofree char *name = NULL;
  g_autofree char *hashed = NULL;
  KnEmployee *employee;
  AddUser add = { 0, };

  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  g_return_val_if_fail (nip != NULL, NULL);
  g_return_val_if_fail (role <= KN_SERVER_ROLE_TIM, NULL);

  if (!check_server (self, error))
    return NULL;

  employee = kn_store_find_employee_by_nip (self, nip);
  if (employee == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                   _("No employee has the NIP %s in this database."), nip);
      return NULL;
    }

  if (role != KN_SERVER_ROLE_OPERATOR && unit_id != 0)
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                           _("Only an operator looks after a unit (--unit); an admin sees everything, a penilai and a pegawai what their place in the roster gives them."));
      return NULL;
    }
  if (role == KN_SERVER_ROLE_OPERATOR && unit_id == 0)
    unit_id = kn_employee_get_unit_id (employee);
  if (role == KN_SERVER_ROLE_OPERATOR && kn_store_lookup_unit (self, unit_id) == NULL)
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                           _("The operator's unit does not exist (any more)."));
      return NULL;
    }

  name = login != NULL ? g_strdup (login)
                       : g_strconcat ("kn", kn_employee_get_nip (employee), NULL);
  if (!login_is_valid (name))
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("“%s” cannot be a login's name: use small letters, digits and “_” (not a digit first), at most 63."),
                   name);
      return NULL;
    }

  if (password != NULL)
    {
      GError *local_error = NULL;

      hashed = kn_db_hash_password (self->db, name, password, &local_error);
      if (hashed == NULL)
        {
          kn_store_propagate_db_error (self, local_error, error);
          return NULL;
        }
      /* Written into the statement (as psql does): a verifier only ever holds these. */
      for (const char *c = hashed; *c != '\0'; c++)
        if (!g_ascii_isalnum (*c) && strchr ("$:+/=-", *c) == NULL)
          {
            g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                                 _("The server gave an unexpected password hash; the login was not changed."));
            return NULL;
          }
    }

  add.login = name;
  add.employee_id = kn_employee_get_id (employee);
  add.role = role;
  add.unit_id = role == KN_SERVER_ROLE_OPERATOR ? unit_id : 0;
  add.hashed = hashed;
  if (!in_transaction (self, add_user, &add, error))
    return NULL;
  return g_steal_pointer (&name);
}

GPtrArray *
kn_store_server_list_users (KnStore  *self,
                            GError  **error)
{
  g_autoptr(GPtrArray) logins = NULL;
  KnDbStmt *stmt;
  KnDbStep step;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  if (!check_server (self, error))
    return NULL;

  stmt = kn_store_stmt (self,
                        "SELECT l.login, e.nip, e.name, l.role, coalesce (l.unit_id, 0)"
                        " FROM kinerja_login l JOIN employee e ON e.id = l.employee_id"
                        " ORDER BY CASE l.role WHEN 'admin' THEN 0 WHEN 'operator' THEN 1"
                        " WHEN 'penilai' THEN 2 WHEN 'pegawai' THEN 3 ELSE 4 END, e.name,"
                        " l.login", error);
  if (stmt == NULL)
    return NULL;
  logins = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_server_login_free);
  while ((step = kn_store_next (self, stmt, error)) == KN_DB_ROW)
    {
      KnServerLogin *login = g_new0 (KnServerLogin, 1);

      login->login = g_strdup (kn_db_column_text (stmt, 0));
      login->nip = g_strdup (kn_db_column_text (stmt, 1));
      login->name = g_strdup (kn_db_column_text (stmt, 2));
      if (!kn_server_role_parse (kn_db_column_text (stmt, 3), &login->role))
        login->role = KN_SERVER_ROLE_PEGAWAI;
      login->unit_id = kn_db_column_int64 (stmt, 4);
      g_ptr_array_add (logins, login);
    }
  kn_db_reset (stmt);
  if (step == KN_DB_FAILED)
    return NULL;
  return g_steal_pointer (&logins);
}

static gboolean
remove_users (KnStore   *self,
              gpointer   data,
              GError   **error)
{
  GPtrArray *names = data;

  for (guint i = 0; i < names->len; i++)
    {
      const char *login = g_ptr_array_index (names, i);
      g_autofree char *name = quote_identifier (login);
      g_autofree char *drop = g_strdup_printf ("DROP ROLE IF EXISTS %s", name);
      KnDbStmt *stmt = kn_store_stmt (self, "DELETE FROM kinerja_login WHERE login = ?", error);

      if (stmt == NULL)
        return FALSE;
      kn_db_bind_text (stmt, 1, login);
      if (!kn_store_step (self, stmt, error) || !run (self, drop, error))
        return FALSE;
    }
  return TRUE;
}

guint
kn_store_server_remove_user (KnStore     *self,
                             const char  *login_or_nip,
                             GError     **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *digits = NULL;
  KnDbStmt *stmt;
  KnDbStep step;

  g_return_val_if_fail (KN_IS_STORE (self), 0);
  g_return_val_if_fail (login_or_nip != NULL, 0);

  if (!check_server (self, error))
    return 0;

  digits = kn_nip_normalize (login_or_nip);
  if (digits != NULL && g_ascii_isdigit (login_or_nip[0]))
    {
      KnEmployee *employee = kn_store_find_employee_by_nip (self, login_or_nip);

      if (employee == NULL)
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                       _("No employee has the NIP %s in this database."), login_or_nip);
          return 0;
        }
      stmt = kn_store_stmt (self, "SELECT login FROM kinerja_login WHERE employee_id = ?"
                                  " ORDER BY login", error);
      if (stmt == NULL)
        return 0;
      kn_db_bind_int64 (stmt, 1, kn_employee_get_id (employee));
    }
  else
    {
      stmt = kn_store_stmt (self, "SELECT login FROM kinerja_login WHERE login = ?", error);
      if (stmt == NULL)
        return 0;
      kn_db_bind_text (stmt, 1, login_or_nip);
    }
  while ((step = kn_store_next (self, stmt, error)) == KN_DB_ROW)
    g_ptr_array_add (names, g_strdup (kn_db_column_text (stmt, 0)));
  kn_db_reset (stmt);
  if (step == KN_DB_FAILED)
    return 0;

  if (names->len == 0)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                   _("There is no Kinerja login “%s” in this database (kinerja-cli server user list shows them)."),
                   login_or_nip);
      return 0;
    }
  if (!in_transaction (self, remove_users, names, error))
    return 0;
  return names->len;
}

/* Who the store's login is */

/* Reads what the server's database says about the session's login: its row of kinerja_login
 * (which every login may read for itself), or that it owns the tables. Once, until
 * kn_store_refresh_login asks again. */
static void
read_login (KnStore *self)
{
  KnDbStmt *stmt;

  if (self->login_read)
    return;
  self->login_read = TRUE;
  self->login_restricted = FALSE;
  self->login_role = KN_SERVER_ROLE_ADMIN;
  self->login_employee = 0;
  self->login_unit = 0;

  if (!kn_db_is_server_uri (self->path))
    return;

  stmt = kn_store_stmt (self,
                        "SELECT CASE WHEN pg_has_role (session_user, c.relowner, 'MEMBER')"
                        " THEN 'owner' ELSE coalesce (l.role, '') END,"
                        " coalesce (l.employee_id, 0), coalesce (l.unit_id, 0)"
                        " FROM pg_class c LEFT JOIN kinerja_login l ON l.login = session_user"
                        " WHERE c.oid = 'employee'::regclass", NULL);
  if (stmt == NULL)
    return;
  if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      const char *role = kn_db_column_text (stmt, 0);

      if (g_strcmp0 (role, "owner") != 0)
        {
          /* Unmapped: the server shows it nothing, and the window offers it nothing. */
          self->login_restricted = TRUE;
          if (!kn_server_role_parse (role, &self->login_role))
            self->login_role = KN_SERVER_ROLE_PEGAWAI;
          self->login_employee = kn_db_column_int64 (stmt, 1);
          self->login_unit = kn_db_column_int64 (stmt, 2);
        }
    }
  kn_db_reset (stmt);
}

gboolean
kn_store_read_login_again (KnStore *self)
{
  gboolean restricted, changed;
  KnServerRole role;
  gint64 employee, unit;

  /* Inside a transaction the answer could be one that is rolled back. */
  if (!kn_db_is_server_uri (self->path) || self->depth > 0)
    return FALSE;

  read_login (self);
  restricted = self->login_restricted;
  role = self->login_role;
  employee = self->login_employee;
  unit = self->login_unit;

  self->login_read = FALSE;
  read_login (self);
  changed = restricted != self->login_restricted || role != self->login_role ||
            employee != self->login_employee || unit != self->login_unit;
  if (changed)
    kn_store_note_change (self, "login", 0);
  return changed;
}

gboolean
kn_store_refresh_login (KnStore *self)
{
  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  if (!kn_store_read_login_again (self))
    return FALSE;
  /* Another role sees other people: everything is read again, and said to have changed. */
  self->data_version = G_MININT64;
  kn_store_check_for_changes (self);
  return TRUE;
}

gboolean
kn_store_has_login (KnStore *self)
{
  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  read_login (self);
  return self->login_restricted;
}

KnServerRole
kn_store_get_login_role (KnStore *self)
{
  g_return_val_if_fail (KN_IS_STORE (self), KN_SERVER_ROLE_PEGAWAI);
  read_login (self);
  return self->login_role;
}

gint64
kn_store_get_login_employee_id (KnStore *self)
{
  g_return_val_if_fail (KN_IS_STORE (self), 0);
  read_login (self);
  return self->login_employee;
}

/* Is @unit_id the operator's unit or one below it? */
static gboolean
unit_in_login_units (KnStore *self,
                     gint64   unit_id)
{
  for (guint depth = 0; unit_id != 0 && depth < KN_STORE_MAX_CHAIN; depth++)
    {
      KnOrgUnit *unit;

      if (unit_id == self->login_unit)
        return TRUE;
      unit = kn_store_lookup_unit (self, unit_id);
      unit_id = unit != NULL ? kn_org_unit_get_parent_id (unit) : 0;
    }
  return FALSE;
}

/* Is @employee_id's unit the operator's unit or one below it? */
static gboolean
in_login_units (KnStore *self,
                gint64   employee_id)
{
  KnEmployee *employee = kn_store_lookup_employee (self, employee_id);

  return employee != NULL && unit_in_login_units (self, kn_employee_get_unit_id (employee));
}

gboolean
kn_store_login_may (KnStore      *self,
                    KnStoreRight  right,
                    gint64        id)
{
  gint64 employee_id = id;

  KnEmployee *employee;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  read_login (self);
  if (!self->login_restricted || self->login_role == KN_SERVER_ROLE_ADMIN)
    return self->login_restricted ? self->login_employee != 0 : TRUE;
  if (self->login_employee == 0)
    return FALSE;

  switch (right)
    {
    case KN_STORE_RIGHT_KEEP_PEOPLE:
    case KN_STORE_RIGHT_REVIEW:
      return self->login_role == KN_SERVER_ROLE_OPERATOR;
    case KN_STORE_RIGHT_DECIDE:
      return self->login_role == KN_SERVER_ROLE_OPERATOR || self->login_role == KN_SERVER_ROLE_TIM;
    case KN_STORE_RIGHT_KEEP_UNIT:
      return self->login_role == KN_SERVER_ROLE_OPERATOR && unit_in_login_units (self, id);
    case KN_STORE_RIGHT_KEEP_PERSON:
      /* No person: a plan template, kept by operators too. */
      return self->login_role == KN_SERVER_ROLE_OPERATOR &&
             (employee_id == 0 || in_login_units (self, employee_id));
    case KN_STORE_RIGHT_RATE:
      if (self->login_role == KN_SERVER_ROLE_OPERATOR)
        return in_login_units (self, employee_id);
      if (self->login_role != KN_SERVER_ROLE_PENILAI)
        return FALSE;
      employee = kn_store_lookup_employee (self, employee_id);
      return employee != NULL && kn_employee_get_supervisor_id (employee) == self->login_employee;
    case KN_STORE_RIGHT_SETTINGS:
    case KN_STORE_RIGHT_PERIODS:   /* the province's, not one office's (README, roles) */
    default:
      return FALSE;
    }
}

char *
kn_store_describe_login (KnStore *self)
{
  const char *roles[] = { NC_("server role", "Admin"), NC_("server role", "Operator"),
                          NC_("server role", "Assessor"), NC_("server role", "Employee"),
                          NC_("server role", "Review Team") };
  KnEmployee *employee;
  const char *name;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  read_login (self);
  if (!self->login_restricted)
    return NULL;
  employee = kn_store_lookup_employee (self, self->login_employee);
  name = employee != NULL ? kn_employee_get_name (employee) : kn_store_who (self);
  /* TRANSLATORS: who is signed in to the server, then their role, e.g. "Budi (Penilai)" */
  return g_strdup_printf (C_("login", "%s (%s)"), name,
                          g_dpgettext2 (GETTEXT_PACKAGE, "server role", roles[self->login_role]));
}
