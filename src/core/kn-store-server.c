/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store on a server: setting a server's database up, and moving an office's file into it
 * in one transaction with every table's rows counted on both sides. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <glib/gi18n-lib.h>

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
  return store != NULL;
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
