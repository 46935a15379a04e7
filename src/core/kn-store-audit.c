/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's audit log: one row per changed field, and reading it back. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kinerja/kn-store.h"

#include "kn-store-private.h"

/* Now in UTC with microseconds, as "%Y-%m-%dT%H:%M:%S.%fZ" of a GDateTime: the date and time
 * of day are worked out once a second (a bulk write audits thousands of fields a second). */
static void
audit_time (KnStore *self,
            char     at[32])
{
  gint64 now = g_get_real_time ();
  gint64 seconds = now / G_USEC_PER_SEC;

  if (seconds != self->audit_second)
    {
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (seconds);
      g_autofree char *text = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S");

      g_strlcpy (self->audit_second_text, text, sizeof self->audit_second_text);
      self->audit_second = seconds;
    }
  g_snprintf (at, 32, "%s.%06dZ", self->audit_second_text, (int)(now % G_USEC_PER_SEC));
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
  char at[32];
  KnDbStmt *stmt;

  /* Who: the computer's user; on a server, the server's login, which the server itself writes
   * (and the time) whatever a desk sends (schema/postgresql/9.sql). */
  const char *author = kn_store_who (self);

  stmt = kn_store_stmt (self,
                        "INSERT INTO audit (at, entity, entity_id, action, field, old_value,"
                        " new_value, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;

  audit_time (self, at);
  kn_db_bind_text (stmt, 1, at);
  kn_db_bind_text (stmt, 2, entity);
  kn_db_bind_int64 (stmt, 3, entity_id);
  kn_db_bind_text (stmt, 4, action);
  kn_store_bind_text (stmt, 5, field);
  kn_store_bind_text (stmt, 6, old_value);
  kn_store_bind_text (stmt, 7, new_value);
  kn_db_bind_text (stmt, 8, author);

  if (!kn_store_step (self, stmt, error))
    return FALSE;

  kn_store_note_change (self, entity, entity_id);
  return TRUE;
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
  g_free (entry->author);
  g_free (entry);
}

static char *
column_dup (KnDbStmt *stmt,
            int           column)
{
  return g_strdup (kn_db_column_text (stmt, column));
}

GPtrArray *
kn_store_list_audit (KnStore    *self,
                     const char *entity,
                     gint64      entity_id)
{
  GPtrArray *entries;
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_audit_entry_free);

  if (entity == NULL)
    stmt = kn_store_stmt (self,
                          "SELECT id, at, entity, entity_id, action, field, old_value, new_value,"
                          " author FROM audit ORDER BY id", NULL);
  else
    stmt = kn_store_stmt (self,
                          "SELECT id, at, entity, entity_id, action, field, old_value, new_value,"
                          " author FROM audit WHERE entity = ? AND entity_id = ? ORDER BY id", NULL);
  if (stmt == NULL)
    return entries;

  if (entity != NULL)
    {
      kn_db_bind_text (stmt, 1, entity);
      kn_db_bind_int64 (stmt, 2, entity_id);
    }

  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      KnAuditEntry *entry = g_new0 (KnAuditEntry, 1);

      entry->id = kn_db_column_int64 (stmt, 0);
      entry->at = column_dup (stmt, 1);
      entry->entity = column_dup (stmt, 2);
      entry->entity_id = kn_db_column_int64 (stmt, 3);
      entry->action = column_dup (stmt, 4);
      entry->field = column_dup (stmt, 5);
      entry->old_value = column_dup (stmt, 6);
      entry->new_value = column_dup (stmt, 7);
      entry->author = column_dup (stmt, 8);
      g_ptr_array_add (entries, entry);
    }
  kn_db_reset (stmt);

  return entries;
}

/* Row versions */

const char *
kn_store_who (KnStore *self)
{
  if (self->who != NULL)
    return self->who;

  if (kn_db_is_server_uri (self->path))
    {
      KnDbStmt *stmt = kn_store_stmt (self, "SELECT session_user", NULL);

      if (stmt != NULL && kn_store_next (self, stmt, NULL) == KN_DB_ROW)
        self->who = g_strdup (kn_db_column_text (stmt, 0));
      if (stmt != NULL)
        kn_db_reset (stmt);
    }
  if (self->who == NULL)
    {
      const char *real = g_get_real_name ();

      self->who = g_strdup (real != NULL && g_strcmp0 (real, "Unknown") != 0 && real[0] != '\0'
                            ? real : g_get_user_name ());
    }
  return self->who;
}

char *
kn_store_now_text (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

void
kn_store_set_changed_error (KnStore     *self,
                            const char  *table,
                            gint64       id,
                            GError     **error)
{
  g_autofree char *who = NULL;
  g_autofree char *when = NULL;
  gboolean is_plan = g_str_equal (table, "plan");
  KnDbStmt *stmt;

  if (is_plan)
    stmt = kn_store_stmt (self, "SELECT changed_by, changed_at FROM plan WHERE id = ?", NULL);
  else
    stmt = kn_store_stmt (self, "SELECT changed_by, changed_at FROM evaluation WHERE id = ?", NULL);
  if (stmt != NULL)
    {
      kn_db_bind_int64 (stmt, 1, id);
      if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
        {
          const char *at = kn_db_column_text (stmt, 1);
          g_autoptr(GDateTime) utc = at != NULL ? g_date_time_new_from_iso8601 (at, NULL) : NULL;

          who = g_strdup (kn_db_column_text (stmt, 0));
          if (utc != NULL)
            {
              g_autoptr(GDateTime) local = g_date_time_to_local (utc);

              when = g_date_time_format (local, "%d-%m-%Y %H:%M");
            }
        }
      kn_db_reset (stmt);
    }

  if (who == NULL || when == NULL)
    g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_CHANGED,
                         is_plan
                         ? _("This SKP was changed at another desk after you opened it. Reload it to see the change; your edits were not saved.")
                         : _("This evaluation was changed at another desk after you opened it. Reload it to see the change; your edits were not saved."));
  else
    g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_CHANGED,
                 is_plan
                 ? _("This SKP was changed by %s on %s, after you opened it. Reload it to see the change; your edits were not saved.")
                 : _("This evaluation was changed by %s on %s, after you opened it. Reload it to see the change; your edits were not saved."),
                 who, when);
}
