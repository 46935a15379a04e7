/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's office settings (nama instansi, kota …), each change audited. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "kinerja/kn-nip.h"
#include "kinerja/kn-rank.h"
#include "kinerja/kn-store.h"

#include "kn-store-private.h"

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
