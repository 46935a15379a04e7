/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's audit log: one row per changed object and operation within a write, holding its
 * changed fields as JSON [[field, old, new], …], and reading it back one entry per field. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <string.h>

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
  /* "%s.%06dZ", spelled out: printf was a fifth of what auditing a field cost. */
  {
    gsize n = strlen (self->audit_second_text);
    int micro = (int)(now % G_USEC_PER_SEC);

    memcpy (at, self->audit_second_text, n);
    at[n] = '.';
    for (int i = 6; i > 0; i--, micro /= 10)
      at[n + i] = (char)('0' + micro % 10);
    at[n + 7] = 'Z';
    at[n + 8] = '\0';
  }
}

/* The fields of one object and operation collected within the open write. */
typedef struct
{
  char    *entity;
  gint64   entity_id;
  char    *action;
  char     at[32];   /* when its first field was audited */
  GString *fields;   /* JSON: [["field", "old", "new"], …] */
} KnAuditGroup;

/* How far back a write looks for its object's row among the ones it collected: a write touches
 * few objects; a bulk without savepoints of its own may write a second row for an object. */
#define AUDIT_LOOK_BACK 64

static void
audit_group_clear (gpointer data)
{
  KnAuditGroup *group = data;

  g_free (group->entity);
  g_free (group->action);
  g_string_free (group->fields, TRUE);
}

static void
json_append_text (GString    *json,
                  const char *text)
{
  if (text == NULL)
    {
      g_string_append (json, "null");
      return;
    }

  g_string_append_c (json, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (json, '\\');
          g_string_append_c (json, (char) c);
        }
      else if (c < 0x20)
        g_string_append_printf (json, "\\u%04x", c);
      else
        g_string_append_c (json, (char) c);
    }
  g_string_append_c (json, '"');
}

/* Where this level's groups begin. */
static guint
level_start (KnStore *self)
{
  if (self->audit_marks == NULL || self->audit_marks->len == 0)
    return 0;
  return g_array_index (self->audit_marks, guint, self->audit_marks->len - 1);
}

static KnAuditGroup *
find_group (KnStore    *self,
            const char *entity,
            gint64      entity_id,
            const char *action)
{
  guint start = level_start (self);
  guint n = self->audit_groups->len;

  for (guint i = n; i > start && n - i < AUDIT_LOOK_BACK; i--)
    {
      KnAuditGroup *group = &g_array_index (self->audit_groups, KnAuditGroup, i - 1);

      if (group->entity_id == entity_id && strcmp (group->action, action) == 0 &&
          strcmp (group->entity, entity) == 0)
        return group;
    }
  return NULL;
}

/* Forgets the groups from @start on. */
static void
truncate_groups (KnStore *self,
                 guint    start)
{
  if (self->audit_groups != NULL && self->audit_groups->len > start)
    g_array_set_size (self->audit_groups, start);
}

/* Writes the groups from @start to @end (excluded) and forgets them. */
static gboolean
write_groups_range (KnStore  *self,
                    guint     start,
                    guint     end,
                    GError  **error)
{
  /* Who: the computer's user; on a server, the server's login, which the server itself writes
   * (and the time) whatever a desk sends (schema/postgresql/9.sql). */
  const char *author;
  KnDbStmt *stmt;

  if (self->audit_groups == NULL || end <= start)
    return TRUE;

  author = kn_store_who (self);
  stmt = kn_store_stmt (self,
                        "INSERT INTO audit (at, entity, entity_id, action, fields, author)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = start; i < end; i++)
    {
      KnAuditGroup *group = &g_array_index (self->audit_groups, KnAuditGroup, i);

      g_string_append_c (group->fields, ']');
      kn_db_bind_text_borrowed (stmt, 1, group->at);
      kn_db_bind_text_borrowed (stmt, 2, group->entity);
      kn_db_bind_int64 (stmt, 3, group->entity_id);
      kn_db_bind_text_borrowed (stmt, 4, group->action);
      kn_db_bind_text_borrowed (stmt, 5, group->fields->str);
      kn_db_bind_text_borrowed (stmt, 6, author);
      if (!kn_store_step (self, stmt, error))
        {
          /* Those written stay written: never twice; this one stays open. */
          g_string_truncate (group->fields, group->fields->len - 1);
          g_array_remove_range (self->audit_groups, start, i - start);
          return FALSE;
        }
    }
  g_array_remove_range (self->audit_groups, start, end - start);
  return TRUE;
}

static gboolean
write_groups (KnStore  *self,
              guint     start,
              GError  **error)
{
  if (self->audit_groups == NULL)
    return TRUE;
  return write_groups_range (self, start, self->audit_groups->len, error);
}

/* When the open level has collected many groups, writes the older ones (the last
 * AUDIT_LOOK_BACK stay open for more fields). */
#define AUDIT_FLUSH_AT (4 * AUDIT_LOOK_BACK)

gboolean
kn_store_audit_flush (KnStore  *self,
                      GError  **error)
{
  guint start = level_start (self);
  guint n = self->audit_groups != NULL ? self->audit_groups->len : 0;

  if (self->depth == 0 || n < start + AUDIT_FLUSH_AT)
    return TRUE;
  return write_groups_range (self, start, n - AUDIT_LOOK_BACK, error);
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
  KnAuditGroup *group;

  if (self->audit_groups == NULL)
    {
      self->audit_groups = g_array_new (FALSE, FALSE, sizeof (KnAuditGroup));
      g_array_set_clear_func (self->audit_groups, audit_group_clear);
    }

  group = find_group (self, entity, entity_id, action);
  if (group == NULL)
    {
      KnAuditGroup added = { g_strdup (entity), entity_id, g_strdup (action), "",
                             g_string_sized_new (128) };

      audit_time (self, added.at);
      g_string_append_c (added.fields, '[');
      g_array_append_val (self->audit_groups, added);
      group = &g_array_index (self->audit_groups, KnAuditGroup, self->audit_groups->len - 1);
    }
  else
    g_string_append_c (group->fields, ',');

  g_string_append_c (group->fields, '[');
  json_append_text (group->fields, field);
  g_string_append_c (group->fields, ',');
  json_append_text (group->fields, old_value);
  g_string_append_c (group->fields, ',');
  json_append_text (group->fields, new_value);
  g_string_append_c (group->fields, ']');

  /* Outside a transaction the statement just run is the write: its row goes now. */
  if (self->depth == 0 && !write_groups (self, 0, error))
    {
      truncate_groups (self, 0);
      return FALSE;
    }

  kn_store_note_change (self, entity, entity_id);
  return TRUE;
}

void
kn_store_audit_savepoint (KnStore *self)
{
  guint mark;

  if (self->depth == 0)
    {
      truncate_groups (self, 0);
      if (self->audit_marks != NULL)
        g_array_set_size (self->audit_marks, 0);
      return;
    }

  if (self->audit_marks == NULL)
    self->audit_marks = g_array_new (FALSE, FALSE, sizeof (guint));
  mark = self->audit_groups != NULL ? self->audit_groups->len : 0;
  g_array_append_val (self->audit_marks, mark);
}

static void
pop_mark (KnStore *self)
{
  if (self->audit_marks != NULL && self->audit_marks->len > 0)
    g_array_set_size (self->audit_marks, self->audit_marks->len - 1);
}

gboolean
kn_store_audit_release (KnStore  *self,
                        GError  **error)
{
  if (!write_groups (self, level_start (self), error))
    return FALSE;
  pop_mark (self);
  return TRUE;
}

void
kn_store_audit_rollback_to (KnStore *self)
{
  truncate_groups (self, level_start (self));
  pop_mark (self);
}

void
kn_store_audit_finalize (KnStore *self)
{
  g_clear_pointer (&self->audit_groups, g_array_unref);
  g_clear_pointer (&self->audit_marks, g_array_unref);
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

static const char *
json_skip_space (const char *p)
{
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;
  return p;
}

static guint
json_hex4 (const char *p,
           gboolean   *ok)
{
  guint value = 0;

  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        {
          *ok = FALSE;
          return 0;
        }
      value = value * 16 + (guint) digit;
    }
  return value;
}

/* One JSON value of a field triple at @p: a string (unescaped), null (NULL), or any other scalar
 * as written. Returns where it ends, or NULL when it is not JSON. */
static const char *
json_scalar (const char  *p,
             char       **value)
{
  *value = NULL;
  if (strncmp (p, "null", 4) == 0)
    return p + 4;

  if (*p == '"')
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (p++; *p != '"'; p++)
        {
          if (*p == '\0')
            return NULL;
          if (*p != '\\')
            {
              g_string_append_c (text, *p);
              continue;
            }
          p++;
          switch (*p)
            {
            case '"': case '\\': case '/': g_string_append_c (text, *p); break;
            case 'b': g_string_append_c (text, '\b'); break;
            case 'f': g_string_append_c (text, '\f'); break;
            case 'n': g_string_append_c (text, '\n'); break;
            case 'r': g_string_append_c (text, '\r'); break;
            case 't': g_string_append_c (text, '\t'); break;
            case 'u':
              {
                gboolean ok = TRUE;
                gunichar c = json_hex4 (p + 1, &ok);

                if (!ok)
                  return NULL;
                p += 4;
                if (c >= 0xD800 && c < 0xDC00 && p[1] == '\\' && p[2] == 'u')
                  {
                    gunichar low = json_hex4 (p + 3, &ok);

                    if (ok && low >= 0xDC00 && low < 0xE000)
                      {
                        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                        p += 6;
                      }
                  }
                g_string_append_unichar (text, c);
                break;
              }
            default:
              return NULL;
            }
        }
      *value = g_string_free (g_steal_pointer (&text), FALSE);
      return p + 1;
    }

  {
    const char *end = p;

    while (*end != '\0' && *end != ',' && *end != ']' && !g_ascii_isspace (*end))
      end++;
    if (end == p)
      return NULL;
    *value = g_strndup (p, (gsize) (end - p));
    return end;
  }
}

/* The field triples of an audit row's JSON, each as a fresh entry copied from @row; FALSE when
 * the text is not such JSON (what was read before stays in @entries). */
static gboolean
add_field_entries (GPtrArray          *entries,
                   const KnAuditEntry *row,
                   const char         *json)
{
  const char *p = json_skip_space (json);
  guint index = 0;

  if (*p++ != '[')
    return FALSE;
  p = json_skip_space (p);
  if (*p == ']')
    return TRUE;

  for (;;)
    {
      char *values[3] = { NULL, NULL, NULL };
      KnAuditEntry *entry;

      p = json_skip_space (p);
      if (*p++ != '[')
        return FALSE;
      for (int i = 0; i < 3; i++)
        {
          p = json_skip_space (p);
          if (i > 0)
            {
              if (*p++ != ',')
                p = NULL;
              else
                p = json_skip_space (p);
            }
          if (p != NULL)
            p = json_scalar (p, &values[i]);
          if (p == NULL)
            {
              for (int k = 0; k < 3; k++)
                g_free (values[k]);
              return FALSE;
            }
        }
      p = json_skip_space (p);

      entry = g_new0 (KnAuditEntry, 1);
      entry->id = row->id;
      entry->field_index = index++;
      entry->at = g_strdup (row->at);
      entry->entity = g_strdup (row->entity);
      entry->entity_id = row->entity_id;
      entry->action = g_strdup (row->action);
      entry->author = g_strdup (row->author);
      entry->field = values[0];
      entry->old_value = values[1];
      entry->new_value = values[2];
      g_ptr_array_add (entries, entry);

      if (*p++ != ']')
        return FALSE;
      p = json_skip_space (p);
      if (*p == ']')
        return TRUE;
      if (*p++ != ',')
        return FALSE;
    }
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
                          "SELECT id, at, entity, entity_id, action, fields, author FROM audit"
                          " ORDER BY id", NULL);
  else
    stmt = kn_store_stmt (self,
                          "SELECT id, at, entity, entity_id, action, fields, author FROM audit"
                          " WHERE entity = ? AND entity_id = ? ORDER BY id", NULL);
  if (stmt == NULL)
    return entries;

  if (entity != NULL)
    {
      kn_db_bind_text (stmt, 1, entity);
      kn_db_bind_int64 (stmt, 2, entity_id);
    }

  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      g_autoptr(KnAuditEntry) row = g_new0 (KnAuditEntry, 1);
      const char *fields = kn_db_column_text (stmt, 5);
      guint before = entries->len;

      row->id = kn_db_column_int64 (stmt, 0);
      row->at = column_dup (stmt, 1);
      row->entity = column_dup (stmt, 2);
      row->entity_id = kn_db_column_int64 (stmt, 3);
      row->action = column_dup (stmt, 4);
      row->author = column_dup (stmt, 6);

      /* A row without fields (or not readable as such) still says who did what when. */
      if (fields == NULL || !add_field_entries (entries, row, fields) || entries->len == before)
        {
          g_ptr_array_set_size (entries, before);
          g_ptr_array_add (entries, g_steal_pointer (&row));
        }
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
