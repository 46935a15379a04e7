/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's office settings (nama instansi, kota …), each change audited. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include "kinerja/kn-store.h"

#include "kn-store-private.h"

char *
kn_store_get_setting (KnStore    *self,
                      const char *key)
{
  KnDbStmt *stmt;
  char *value = NULL;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  stmt = kn_store_stmt (self, "SELECT value FROM setting WHERE key = ?", NULL);
  if (stmt == NULL)
    return NULL;

  kn_db_bind_text (stmt, 1, key);
  if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    value = g_strdup (kn_db_column_text (stmt, 0));
  kn_db_reset (stmt);

  return value;
}

gboolean
kn_store_set_setting (KnStore     *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  g_autofree char *old = NULL;
  KnDbStmt *stmt;

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

  kn_db_bind_text (stmt, 1, key);
  if (value != NULL)
    kn_db_bind_text (stmt, 2, value);

  if (!kn_store_step (self, stmt, error) ||
      !kn_store_audit (self, "setting", 0, "update", key, old, value, error))
    goto failed;

  return kn_store_savepoint_release (self, error);

failed:
  return kn_store_savepoint_end (self, FALSE, error);
}
