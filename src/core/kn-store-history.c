/* SPDX-License-Identifier: GPL-3.0-or-later */
/* People over time in the store: dated status, mutasi, jabatan with TMT, Plt./Plh., and what held
 * on a given day. The employee row is the person today; these rows say since when. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-format.h"
#include "kinerja/kn-history.h"
#include "kinerja/kn-rank.h"
#include "kinerja/kn-store.h"

#include "kn-store-private.h"

#define HISTORY_COLUMNS \
  "id, employee_id, kind, start_date, end_date, status, unit_id, supervisor_id, prev_unit_id," \
  " prev_supervisor_id, position, position_kind, prev_position, prev_position_kind," \
  " acting_for_id, decree, rank, prev_rank"

static KnHistoryEntry *
entry_from_row (KnDbStmt *stmt)
{
  KnHistoryKind kind = KN_HISTORY_STATUS;
  KnHistoryEntry *entry;

  kn_history_kind_from_string (kn_db_column_text (stmt, 2), &kind);
  entry = kn_history_entry_new (kn_db_column_int64 (stmt, 1), kind);
  entry->id = kn_db_column_int64 (stmt, 0);
  entry->start_date = kn_db_column_dup (stmt, 3);
  entry->end_date = kn_db_column_dup (stmt, 4);
  if (!kn_db_column_is_null (stmt, 5))
    kn_person_status_from_string (kn_db_column_text (stmt, 5), &entry->status);
  entry->unit_id = kn_db_column_int64 (stmt, 6);
  entry->supervisor_id = kn_db_column_int64 (stmt, 7);
  entry->prev_unit_id = kn_db_column_int64 (stmt, 8);
  entry->prev_supervisor_id = kn_db_column_int64 (stmt, 9);
  entry->position = kn_db_column_dup (stmt, 10);
  if (!kn_db_column_is_null (stmt, 11))
    kn_position_kind_from_string (kn_db_column_text (stmt, 11), &entry->position_kind);
  entry->prev_position = kn_db_column_dup (stmt, 12);
  if (!kn_db_column_is_null (stmt, 13))
    kn_position_kind_from_string (kn_db_column_text (stmt, 13), &entry->prev_position_kind);
  entry->acting_for_id = kn_db_column_int64 (stmt, 14);
  entry->decree = kn_db_column_dup (stmt, 15);
  entry->rank = kn_db_column_dup (stmt, 16);
  entry->prev_rank = kn_db_column_dup (stmt, 17);
  return entry;
}

static KnHistoryEntry *
load_entry (KnStore *self,
            gint64   id)
{
  KnDbStmt *stmt = kn_store_stmt (self,
                                  "SELECT " HISTORY_COLUMNS " FROM employee_history WHERE id = ?",
                                  NULL);
  KnHistoryEntry *entry = NULL;

  if (stmt == NULL)
    return NULL;
  kn_db_bind_int64 (stmt, 1, id);
  if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    entry = entry_from_row (stmt);
  kn_db_reset (stmt);
  return entry;
}

GPtrArray *
kn_store_list_history (KnStore *self,
                       gint64   employee_id)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) kn_history_entry_free);
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), entries);

  stmt = kn_store_stmt (self,
                        "SELECT " HISTORY_COLUMNS " FROM employee_history WHERE employee_id = ?"
                        " ORDER BY start_date, kind, id",
                        NULL);
  if (stmt == NULL)
    return entries;
  kn_db_bind_int64 (stmt, 1, employee_id);
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    g_ptr_array_add (entries, entry_from_row (stmt));
  kn_db_reset (stmt);
  return entries;
}

/* The look-ups of a value on a day in the changes of one kind (bound: the person, the kind, the
 * day), after the columns read: the last change up to that day, and the first change after it
 * (whose prev_ columns say what it replaced). */
#define HISTORY_ON_OR_BEFORE \
  " FROM employee_history WHERE employee_id = ? AND kind = ? AND start_date <= ?" \
  " ORDER BY start_date DESC, id DESC LIMIT 1"
#define HISTORY_AFTER \
  " FROM employee_history WHERE employee_id = ? AND kind = ? AND start_date > ?" \
  " ORDER BY start_date, id LIMIT 1"

/* Runs @stmt (NULL when it could not be prepared), a HISTORY_ON_OR_BEFORE or HISTORY_AFTER
 * look-up, and returns it standing on that row for the caller to read and reset; NULL (the
 * statement reset) when there is no row or its first column is empty. */
static KnDbStmt *
history_row (KnStore    *self,
             KnDbStmt   *stmt,
             gint64      employee_id,
             const char *kind,
             const char *date)
{
  if (stmt == NULL)
    return NULL;
  kn_db_bind_int64 (stmt, 1, employee_id);
  kn_db_bind_text (stmt, 2, kind);
  kn_db_bind_text (stmt, 3, date);
  if (kn_store_next (self, stmt, NULL) == KN_DB_ROW && !kn_db_column_is_null (stmt, 0))
    return stmt;
  kn_db_reset (stmt);
  return NULL;
}

/* The row that says a value on @date, as history_row () returns it: that of @on_or_before, the
 * last change of @kind up to that day (its new values), else that of @after, the first change
 * after it (what it replaced). */
static KnDbStmt *
history_row_on (KnStore    *self,
                KnDbStmt   *on_or_before,
                KnDbStmt   *after,
                const char *kind,
                KnEmployee *employee,
                const char *date)
{
  gint64 id = kn_employee_get_id (employee);
  KnDbStmt *row = history_row (self, on_or_before, id, kind, date);

  return row != NULL ? row : history_row (self, after, id, kind, date);
}

/* Each value of a day below is the last change of its kind from that day or before, else what
 * the first later change replaced, else the person as recorded. */

/* The unit and atasan on @date (the mutasi). */
static void
placement_at (KnStore    *self,
              KnEmployee *employee,
              const char *date,
              gint64     *unit_id,
              gint64     *supervisor_id)
{
  KnDbStmt *row;

  row = history_row_on (self,
                        kn_store_stmt (self, "SELECT unit_id, supervisor_id"
                                       HISTORY_ON_OR_BEFORE, NULL),
                        kn_store_stmt (self, "SELECT prev_unit_id, prev_supervisor_id"
                                       HISTORY_AFTER, NULL),
                        "mutasi", employee, date);
  if (row == NULL)
    {
      *unit_id = kn_employee_get_unit_id (employee);
      *supervisor_id = kn_employee_get_supervisor_id (employee);
      return;
    }
  *unit_id = kn_db_column_int64 (row, 0);
  *supervisor_id = kn_db_column_int64 (row, 1);
  kn_db_reset (row);
}

/* The jabatan on @date. */
static char *
position_of (KnStore        *self,
             KnEmployee     *employee,
             const char     *date,
             KnPositionKind *kind)
{
  char *position;
  KnDbStmt *row;

  row = history_row_on (self,
                        kn_store_stmt (self, "SELECT position, position_kind"
                                       HISTORY_ON_OR_BEFORE, NULL),
                        kn_store_stmt (self, "SELECT prev_position, prev_position_kind"
                                       HISTORY_AFTER, NULL),
                        "jabatan", employee, date);
  *kind = kn_employee_get_position_kind (employee);
  if (row == NULL)
    return g_strdup (kn_employee_get_position (employee));
  position = kn_db_column_dup (row, 0);
  kn_position_kind_from_string (kn_db_column_text (row, 1), kind);
  kn_db_reset (row);
  return position;
}

/* The rank on @date (the kenaikan pangkat). */
static char *
rank_of (KnStore    *self,
         KnEmployee *employee,
         const char *date)
{
  char *rank;
  KnDbStmt *row;

  row = history_row_on (self,
                        kn_store_stmt (self, "SELECT rank"
                                       HISTORY_ON_OR_BEFORE, NULL),
                        kn_store_stmt (self, "SELECT prev_rank"
                                       HISTORY_AFTER, NULL),
                        "pangkat", employee, date);
  if (row == NULL)
    return g_strdup (kn_employee_get_rank (employee));
  rank = kn_db_column_dup (row, 0);
  kn_db_reset (row);
  return rank;
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
check_entry (KnStore         *self,
             KnHistoryEntry  *entry,
             GError         **error)
{
  g_autofree char *start_label = NULL;
  gboolean acting = entry->kind == KN_HISTORY_PLT || entry->kind == KN_HISTORY_PLH;
  KnDbStmt *stmt;
  gboolean taken = FALSE;

  if (entry->kind >= KN_HISTORY_N)
    return invalid (error, _("Kind: choose a status, a transfer, a jabatan, an acting post or a "
                             "kenaikan pangkat."));
  if (kn_store_require_employee (self, entry->employee_id,
                                 _("This employee no longer exists; they may have been removed."),
                                 error) == NULL)
      return FALSE;
  start_label = entry->start_date != NULL ? kn_format_iso_date (entry->start_date) : NULL;
  if (start_label == NULL)
    return invalid (error, _("Date: write the day it takes effect (TMT) as a real date."));
  if (entry->end_date != NULL)
    {
      g_autofree char *end_label = kn_format_iso_date (entry->end_date);

      if (!acting)
        return invalid (error, _("End date: only an acting post (Plt./Plh.) has one."));
      if (end_label == NULL)
        return invalid (error, _("End date: write the last day as a real date."));
      if (strcmp (entry->end_date, entry->start_date) < 0)
        return invalid (error, _("End date: the last day comes before the first."));
    }

  switch (entry->kind)
    {
    case KN_HISTORY_STATUS:
      if (entry->status >= KN_PERSON_N)
        return invalid (error, _("Status: choose one of the statuses."));
      break;
    case KN_HISTORY_MUTASI:
      if (kn_store_lookup_unit (self, entry->unit_id) == NULL)
        return invalid (error, _("Unit: choose the unit the person moves to."));
      if (entry->supervisor_id == entry->employee_id)
        return invalid (error, _("Supervisor: a person cannot be their own atasan."));
      if (entry->supervisor_id != 0 && kn_store_lookup_employee (self, entry->supervisor_id) == NULL)
        return invalid (error, _("Supervisor: this employee no longer exists."));
      break;
    case KN_HISTORY_JABATAN:
      {
        g_autofree char *position = kn_store_strip_or_null (entry->position);

        if (position == NULL)
          return invalid (error, _("Position: write the name of the jabatan."));
        if (entry->position_kind >= KN_POSITION_N)
          return invalid (error, _("Position kind: choose the kind of jabatan."));
      }
      break;
    case KN_HISTORY_PLT:
    case KN_HISTORY_PLH:
      {
        g_autofree char *position = kn_store_strip_or_null (entry->position);

        if (position == NULL)
          return invalid (error, _("Post: write the post acted in, for example “Kepala Dinas "
                                   "Pendidikan”."));
        if (entry->acting_for_id == entry->employee_id)
          return invalid (error, _("Acting for: a person cannot act for themselves."));
        if (entry->acting_for_id != 0 &&
            kn_store_lookup_employee (self, entry->acting_for_id) == NULL)
          return invalid (error, _("Acting for: this employee no longer exists."));
        if (entry->acting_for_id == 0 && kn_store_lookup_unit (self, entry->unit_id) == NULL)
          return invalid (error, _("Acting for: choose the official, or the unit whose vacant "
                                   "head post is acted in."));
      }
      break;
    case KN_HISTORY_PANGKAT:
      {
        KnEmployeeStatus status =
          kn_employee_get_status (kn_store_lookup_employee (self, entry->employee_id));
        g_autofree char *rank = kn_store_strip_or_null (entry->rank);
        const KnRank *known = rank != NULL ? kn_rank_lookup (status, rank) : NULL;

        if (rank == NULL)
          return invalid (error, _("Pangkat/golongan: none is chosen. Choose one from the list."));
        if (known == NULL)
          {
            g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                         _("Pangkat/golongan: “%s” does not exist for %s. Choose one from the list."),
                         rank, kn_employee_status_label (status));
            return FALSE;
          }
        /* Kept as the list writes it: "III/c", not "iii/C". */
        g_free (entry->rank);
        entry->rank = g_strdup (known->code);
      }
      break;
    case KN_HISTORY_N:
    default:
      g_assert_not_reached ();
    }

  stmt = kn_store_stmt (self,
                        "SELECT 1 FROM employee_history WHERE employee_id = ? AND kind = ?"
                        " AND start_date = ?",
                        error);
  if (stmt == NULL)
    return FALSE;
  kn_db_bind_int64 (stmt, 1, entry->employee_id);
  kn_db_bind_text (stmt, 2, kn_history_kind_to_string (entry->kind));
  kn_db_bind_text (stmt, 3, entry->start_date);
  taken = kn_store_next (self, stmt, NULL) == KN_DB_ROW;
  kn_db_reset (stmt);
  if (taken)
    return invalid (error, _("Date: the person already has an entry of this kind on that day; "
                             "correct that one instead."));
  return TRUE;
}

/* Whether @entry is the latest of its kind for its person (ties: the newest row). */
static gboolean
is_latest (KnStore        *self,
           KnHistoryEntry *entry)
{
  KnDbStmt *stmt = kn_store_stmt (self,
                                  "SELECT 1 FROM employee_history WHERE employee_id = ?"
                                  " AND kind = ? AND start_date > ?",
                                  NULL);
  gboolean later;

  if (stmt == NULL)
    return FALSE;
  kn_db_bind_int64 (stmt, 1, entry->employee_id);
  kn_db_bind_text (stmt, 2, kn_history_kind_to_string (entry->kind));
  kn_db_bind_text (stmt, 3, entry->start_date);
  later = kn_store_next (self, stmt, NULL) == KN_DB_ROW;
  kn_db_reset (stmt);
  return !later;
}

/* The next entry of the kind after @entry replaced, until now, what came before @entry: it now
 * replaces what @entry sets. */
/* After the columns set: the first change of a kind after a day (bound after the values set: the
 * person, the kind, the day). */
#define HISTORY_NEXT \
  " WHERE id = (SELECT id FROM employee_history WHERE employee_id = ? AND kind = ?" \
  " AND start_date > ? ORDER BY start_date, id LIMIT 1)"

static gboolean
relink_next (KnStore         *self,
             KnHistoryEntry  *entry,
             GError         **error)
{
  KnDbStmt *stmt;
  int n_set = 2;

  switch (entry->kind)
    {
    case KN_HISTORY_MUTASI:
      stmt = kn_store_stmt (self, "UPDATE employee_history"
                            " SET prev_unit_id = ?, prev_supervisor_id = ?" HISTORY_NEXT, error);
      if (stmt == NULL)
        return FALSE;
      kn_store_bind_id (stmt, 1, entry->unit_id);
      kn_store_bind_id (stmt, 2, entry->supervisor_id);
      break;
    case KN_HISTORY_JABATAN:
      stmt = kn_store_stmt (self, "UPDATE employee_history"
                            " SET prev_position = ?, prev_position_kind = ?" HISTORY_NEXT, error);
      if (stmt == NULL)
        return FALSE;
      kn_db_bind_text (stmt, 1, entry->position);
      kn_db_bind_text (stmt, 2, kn_position_kind_to_string (entry->position_kind));
      break;
    case KN_HISTORY_PANGKAT:
      stmt = kn_store_stmt (self, "UPDATE employee_history SET prev_rank = ?" HISTORY_NEXT,
                            error);
      if (stmt == NULL)
        return FALSE;
      kn_store_bind_text (stmt, 1, entry->rank);
      n_set = 1;
      break;
    case KN_HISTORY_STATUS:
    case KN_HISTORY_PLT:
    case KN_HISTORY_PLH:
    case KN_HISTORY_N:
    default:
      return TRUE;
    }
  kn_db_bind_int64 (stmt, n_set + 1, entry->employee_id);
  kn_db_bind_text (stmt, n_set + 2, kn_history_kind_to_string (entry->kind));
  kn_db_bind_text (stmt, n_set + 3, entry->start_date);
  return kn_store_step (self, stmt, error);
}

gboolean
kn_store_add_history (KnStore         *self,
                      KnHistoryEntry  *entry,
                      GError         **error)
{
  g_autofree char *now = today ();
  g_autofree char *position = NULL;
  g_autofree char *decree = NULL;
  g_autoptr(KnEmployee) follow = NULL;
  KnEmployee *employee;
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  if (entry->kind == KN_HISTORY_STATUS || entry->kind == KN_HISTORY_JABATAN ||
      entry->kind == KN_HISTORY_PANGKAT)
    entry->unit_id = 0;
  if (!check_entry (self, entry, error))
    return FALSE;
  employee = kn_store_lookup_employee (self, entry->employee_id);
  position = kn_store_strip_or_null (entry->position);
  decree = kn_store_strip_or_null (entry->decree);

  if (entry->kind == KN_HISTORY_MUTASI)
    placement_at (self, employee, entry->start_date, &entry->prev_unit_id,
                  &entry->prev_supervisor_id);
  else if (entry->kind == KN_HISTORY_JABATAN)
    {
      g_free (entry->prev_position);
      entry->prev_position = position_of (self, employee, entry->start_date,
                                          &entry->prev_position_kind);
    }
  else if (entry->kind == KN_HISTORY_PANGKAT)
    {
      g_free (entry->prev_rank);
      entry->prev_rank = rank_of (self, employee, entry->start_date);
    }

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;
  stmt = kn_store_stmt (self,
                        "INSERT INTO employee_history (employee_id, kind, start_date, end_date,"
                        " status, unit_id, supervisor_id, prev_unit_id, prev_supervisor_id,"
                        " position, position_kind, prev_position, prev_position_kind,"
                        " acting_for_id, decree, rank, prev_rank) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        " ?, ?, ?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_int64 (stmt, 1, entry->employee_id);
  kn_db_bind_text (stmt, 2, kn_history_kind_to_string (entry->kind));
  kn_db_bind_text (stmt, 3, entry->start_date);
  kn_store_bind_text (stmt, 4, entry->end_date);
  kn_store_bind_text (stmt, 5, entry->kind == KN_HISTORY_STATUS
                               ? kn_person_status_to_string (entry->status) : NULL);
  kn_store_bind_id (stmt, 6, entry->unit_id);
  kn_store_bind_id (stmt, 7, entry->kind == KN_HISTORY_MUTASI ? entry->supervisor_id : 0);
  kn_store_bind_id (stmt, 8, entry->kind == KN_HISTORY_MUTASI ? entry->prev_unit_id : 0);
  kn_store_bind_id (stmt, 9, entry->kind == KN_HISTORY_MUTASI ? entry->prev_supervisor_id : 0);
  kn_store_bind_text (stmt, 10, entry->kind == KN_HISTORY_STATUS || entry->kind == KN_HISTORY_MUTASI
                                || entry->kind == KN_HISTORY_PANGKAT ? NULL : position);
  kn_store_bind_text (stmt, 11, entry->kind == KN_HISTORY_JABATAN
                                ? kn_position_kind_to_string (entry->position_kind) : NULL);
  kn_store_bind_text (stmt, 12, entry->kind == KN_HISTORY_JABATAN ? entry->prev_position : NULL);
  kn_store_bind_text (stmt, 13, entry->kind == KN_HISTORY_JABATAN
                                ? kn_position_kind_to_string (entry->prev_position_kind) : NULL);
  kn_store_bind_id (stmt, 14, entry->kind == KN_HISTORY_PLT || entry->kind == KN_HISTORY_PLH
                              ? entry->acting_for_id : 0);
  kn_store_bind_text (stmt, 15, decree);
  kn_store_bind_text (stmt, 16, entry->kind == KN_HISTORY_PANGKAT ? entry->rank : NULL);
  kn_store_bind_text (stmt, 17, entry->kind == KN_HISTORY_PANGKAT ? entry->prev_rank : NULL);
  if (!kn_store_step (self, stmt, error))
    goto failed;
  entry->id = kn_db_last_insert_id (self->db);
  if (!kn_store_audit (self, "employee_history", entry->id, "insert", "kind", NULL,
                       kn_history_kind_to_string (entry->kind), error) ||
      !kn_store_audit (self, "employee_history", entry->id, "insert", "start_date", NULL,
                       entry->start_date, error))
    goto failed;
  if (entry->kind == KN_HISTORY_PANGKAT &&
      !kn_store_audit (self, "employee_history", entry->id, "insert", "rank", entry->prev_rank,
                       entry->rank, error))
    goto failed;
  if (!relink_next (self, entry, error))
    goto failed;

  /* The person today follows the latest transfer, jabatan or rank once its day has come. */
  if ((entry->kind == KN_HISTORY_MUTASI || entry->kind == KN_HISTORY_JABATAN ||
       entry->kind == KN_HISTORY_PANGKAT) &&
      strcmp (entry->start_date, now) <= 0 && is_latest (self, entry))
    {
      follow = kn_employee_copy (employee);
      if (entry->kind == KN_HISTORY_MUTASI)
        {
          kn_employee_set_unit_id (follow, entry->unit_id);
          kn_employee_set_supervisor_id (follow, entry->supervisor_id);
        }
      else if (entry->kind == KN_HISTORY_PANGKAT)
        kn_employee_set_rank (follow, entry->rank);
      else
        {
          kn_employee_set_position (follow, position);
          kn_employee_set_position_kind (follow, entry->position_kind);
        }
      if (!kn_store_update_employee (self, follow, error))
        goto failed;
    }
  kn_store_note_change (self, "employee", entry->employee_id);
  g_free (entry->position);
  entry->position = g_steal_pointer (&position);
  g_free (entry->decree);
  entry->decree = g_steal_pointer (&decree);
  return kn_store_savepoint_release (self, error);

failed:
  entry->id = 0;
  return kn_store_savepoint_end (self, FALSE, error);
}

gboolean
kn_store_delete_history (KnStore  *self,
                         gint64    history_id,
                         GError  **error)
{
  g_autoptr(KnHistoryEntry) old = NULL;
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  old = load_entry (self, history_id);
  if (old == NULL)
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                           _("This entry of the history no longer exists; it may have been "
                             "deleted."));
      return FALSE;
    }

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;
  stmt = kn_store_stmt (self, "DELETE FROM employee_history WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_int64 (stmt, 1, history_id);
  if (!kn_store_step (self, stmt, error))
    goto failed;
  /* The next entry of the kind now replaces what this one replaced. */
  if (old->kind == KN_HISTORY_MUTASI || old->kind == KN_HISTORY_JABATAN ||
      old->kind == KN_HISTORY_PANGKAT)
    {
      g_autoptr(KnHistoryEntry) before = kn_history_entry_copy (old);

      before->unit_id = old->prev_unit_id;
      before->supervisor_id = old->prev_supervisor_id;
      g_free (before->position);
      before->position = g_strdup (old->prev_position);
      before->position_kind = old->prev_position_kind;
      g_free (before->rank);
      before->rank = g_strdup (old->prev_rank);
      if (!relink_next (self, before, error))
        goto failed;
    }
  if (!kn_store_audit (self, "employee_history", history_id, "delete", "kind",
                       kn_history_kind_to_string (old->kind), NULL, error))
    goto failed;
  kn_store_note_change (self, "employee", old->employee_id);
  return kn_store_savepoint_release (self, error);

failed:
  return kn_store_savepoint_end (self, FALSE, error);
}

KnPersonStatus
kn_store_status_at (KnStore    *self,
                    gint64      employee_id,
                    const char *date)
{
  KnPersonStatus status = KN_PERSON_AKTIF;
  KnDbStmt *row;

  g_return_val_if_fail (KN_IS_STORE (self), KN_PERSON_AKTIF);
  g_return_val_if_fail (date != NULL, KN_PERSON_AKTIF);

  row = history_row (self, kn_store_stmt (self, "SELECT status"
                                       HISTORY_ON_OR_BEFORE, NULL),
                     employee_id, "status", date);
  if (row == NULL)
    return status;
  kn_person_status_from_string (kn_db_column_text (row, 0), &status);
  kn_db_reset (row);
  return status;
}

gint64
kn_store_unit_at (KnStore    *self,
                  gint64      employee_id,
                  const char *date)
{
  KnEmployee *employee;
  gint64 unit_id, supervisor_id;

  g_return_val_if_fail (KN_IS_STORE (self), 0);
  g_return_val_if_fail (date != NULL, 0);

  employee = kn_store_lookup_employee (self, employee_id);
  if (employee == NULL)
    return 0;
  placement_at (self, employee, date, &unit_id, &supervisor_id);
  return unit_id;
}

char *
kn_store_position_at (KnStore        *self,
                      gint64          employee_id,
                      const char     *date,
                      KnPositionKind *kind)
{
  KnPositionKind local_kind;
  KnEmployee *employee;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  employee = kn_store_lookup_employee (self, employee_id);
  if (employee == NULL)
    return NULL;
  return position_of (self, employee, date, kind != NULL ? kind : &local_kind);
}

char *
kn_store_rank_at (KnStore    *self,
                  gint64      employee_id,
                  const char *date)
{
  KnEmployee *employee;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  employee = kn_store_lookup_employee (self, employee_id);
  if (employee == NULL)
    return NULL;
  return rank_of (self, employee, date);
}

/* The acting post covering @date for the official @official_id, or (0) for the vacant head post
 * of @unit_id. */
static KnHistoryEntry *
acting_on (KnStore    *self,
           gint64      official_id,
           gint64      unit_id,
           const char *date)
{
  KnHistoryEntry *acting = NULL;
  KnDbStmt *stmt;

  if (official_id != 0)
    {
      stmt = kn_store_stmt (self,
                            "SELECT " HISTORY_COLUMNS " FROM employee_history"
                            " WHERE kind IN ('plt', 'plh') AND acting_for_id = ?"
                            " AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)"
                            " ORDER BY start_date DESC, id DESC LIMIT 1",
                            NULL);
      if (stmt == NULL)
        return NULL;
      kn_db_bind_int64 (stmt, 1, official_id);
    }
  else
    {
      stmt = kn_store_stmt (self,
                            "SELECT " HISTORY_COLUMNS " FROM employee_history"
                            " WHERE kind IN ('plt', 'plh') AND acting_for_id IS NULL"
                            " AND unit_id = ? AND start_date <= ?"
                            " AND (end_date IS NULL OR end_date >= ?)"
                            " ORDER BY start_date DESC, id DESC LIMIT 1",
                            NULL);
      if (stmt == NULL)
        return NULL;
      kn_db_bind_int64 (stmt, 1, unit_id);
    }
  kn_db_bind_text (stmt, 2, date);
  kn_db_bind_text (stmt, 3, date);
  if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    acting = entry_from_row (stmt);
  kn_db_reset (stmt);
  return acting;
}

gint64
kn_store_supervisor_at (KnStore         *self,
                        gint64           employee_id,
                        const char      *date,
                        KnHistoryEntry **acting)
{
  g_autoptr(KnHistoryEntry) post = NULL;
  KnEmployee *employee;
  gint64 unit_id, supervisor_id;

  g_return_val_if_fail (KN_IS_STORE (self), 0);
  g_return_val_if_fail (date != NULL, 0);

  if (acting != NULL)
    *acting = NULL;
  employee = kn_store_lookup_employee (self, employee_id);
  if (employee == NULL)
    return 0;
  placement_at (self, employee, date, &unit_id, &supervisor_id);

  post = acting_on (self, supervisor_id, unit_id, date);
  if (post == NULL || post->employee_id == employee_id)
    return supervisor_id;
  supervisor_id = post->employee_id;
  if (acting != NULL)
    *acting = g_steal_pointer (&post);
  return supervisor_id;
}

/* The days in (@first, @last] on which the person's mutasi or status changed. */
static GPtrArray *
change_days (KnStore    *self,
             gint64      employee_id,
             const char *first,
             const char *last)
{
  GPtrArray *days = g_ptr_array_new_with_free_func (g_free);
  KnDbStmt *stmt = kn_store_stmt (self,
                                  "SELECT start_date FROM employee_history WHERE employee_id = ?"
                                  " AND kind IN ('mutasi', 'status') AND start_date > ?"
                                  " AND start_date <= ? ORDER BY start_date",
                                  NULL);

  g_ptr_array_add (days, g_strdup (first));
  if (stmt == NULL)
    return days;
  kn_db_bind_int64 (stmt, 1, employee_id);
  kn_db_bind_text (stmt, 2, first);
  kn_db_bind_text (stmt, 3, last);
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    g_ptr_array_add (days, kn_db_column_dup (stmt, 0));
  kn_db_reset (stmt);
  return days;
}

GArray *
kn_store_people_in_unit (KnStore    *self,
                         gint64      unit_id,
                         const char *first,
                         const char *last)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) dated = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) dated_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) everyone = NULL;
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), ids);
  g_return_val_if_fail (first != NULL && last != NULL, ids);

  stmt = kn_store_stmt (self,
                        "SELECT DISTINCT employee_id FROM employee_history"
                        " WHERE kind IN ('mutasi', 'status')",
                        NULL);
  if (stmt == NULL)
    return ids;
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      gint64 id = kn_db_column_int64 (stmt, 0);

      g_array_append_val (dated_ids, id);
    }
  kn_db_reset (stmt);
  for (guint i = 0; i < dated_ids->len; i++)
    g_hash_table_add (dated, &g_array_index (dated_ids, gint64, i));

  everyone = kn_store_all_employees (self);
  for (guint i = 0; i < everyone->len; i++)
    {
      KnEmployee *employee = everyone->pdata[i];
      gint64 id = kn_employee_get_id (employee);
      gboolean in = FALSE;

      if (!g_hash_table_contains (dated, &id))
        in = kn_employee_get_unit_id (employee) == unit_id;
      else
        {
          g_autoptr(GPtrArray) days = change_days (self, id, first, last);

          for (guint d = 0; d < days->len && !in; d++)
            {
              gint64 at_unit, at_supervisor;

              placement_at (self, employee, days->pdata[d], &at_unit, &at_supervisor);
              in = at_unit == unit_id &&
                   kn_person_status_is_active (kn_store_status_at (self, id, days->pdata[d]));
            }
        }
      if (in)
        g_array_append_val (ids, id);
    }
  return ids;
}

GHashTable *
kn_store_list_inactive (KnStore    *self,
                        const char *first,
                        const char *last)
{
  GHashTable *ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), ids);
  g_return_val_if_fail (first != NULL && last != NULL, ids);

  /* Only who has a dated status can be other than active. */
  stmt = kn_store_stmt (self,
                        "WITH span (first_day, last_day) AS"
                        " (SELECT CAST (?1 AS TEXT), CAST (?2 AS TEXT))"
                        " SELECT employee.id FROM employee WHERE employee.id IN"
                        " (SELECT employee_id FROM employee_history WHERE kind = 'status')"
                        " AND NOT " KN_STORE_ACTIVE_IN_SPAN,
                        NULL);
  if (stmt == NULL)
    return ids;
  kn_db_bind_text (stmt, 1, first);
  kn_db_bind_text (stmt, 2, last);
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    g_hash_table_add (ids, kn_store_id_key (kn_db_column_int64 (stmt, 0)));
  kn_db_reset (stmt);
  return ids;
}

GHashTable *
kn_store_list_inactive_in_year (KnStore *self,
                                guint    year)
{
  char first[11], last[11];

  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  g_return_val_if_fail (year >= 1 && year <= 9999, NULL);

  kn_store_year_days (year, first, last);
  return kn_store_list_inactive (self, first, last);
}

gboolean
kn_store_plan_needs_reapproval (KnStore   *self,
                                gint64     employee_id,
                                guint      year,
                                gint64    *new_assessor,
                                char     **date)
{
  char first[11], last[11];
  gboolean needed = FALSE;
  KnDbStmt *stmt;

  if (new_assessor != NULL)
    *new_assessor = 0;
  if (date != NULL)
    *date = NULL;
  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  /* The year's last mutasi after its first day, with the SKP of the year. */
  stmt = kn_store_stmt (self,
                        "SELECT h.supervisor_id, h.start_date, plan.assessor_id, plan.status"
                        " FROM employee_history AS h"
                        " JOIN plan ON plan.employee_id = h.employee_id AND plan.year = ?2"
                        " WHERE h.employee_id = ?1 AND h.kind = 'mutasi'"
                        " AND h.start_date > ?3 AND h.start_date <= ?4"
                        " ORDER BY h.start_date DESC, h.id DESC LIMIT 1",
                        NULL);
  if (stmt == NULL)
    return FALSE;
  kn_store_year_days (year, first, last);
  kn_db_bind_int64 (stmt, 1, employee_id);
  kn_db_bind_int64 (stmt, 2, year);
  kn_db_bind_text (stmt, 3, first);
  kn_db_bind_text (stmt, 4, last);
  if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      gint64 supervisor = kn_db_column_int64 (stmt, 0);

      needed = supervisor != 0 &&
               (kn_db_column_int64 (stmt, 2) != supervisor ||
                g_strcmp0 (kn_db_column_text (stmt, 3),
                           kn_plan_status_to_string (KN_PLAN_STATUS_APPROVED)) != 0);
      if (needed && new_assessor != NULL)
        *new_assessor = supervisor;
      if (needed && date != NULL)
        *date = g_strdup (kn_db_column_text (stmt, 1));
    }
  kn_db_reset (stmt);
  return needed;
}

/* The names a description shows: "—" for none. */
static const char *
unit_name (KnStore *store,
           gint64   unit_id)
{
  KnOrgUnit *unit = unit_id != 0 ? kn_store_lookup_unit (store, unit_id) : NULL;

  return unit != NULL ? kn_org_unit_get_name (unit) : "—";
}

static const char *
person_name (KnStore *store,
             gint64   id)
{
  KnEmployee *employee = id != 0 ? kn_store_lookup_employee (store, id) : NULL;

  return employee != NULL ? kn_employee_get_name (employee) : "—";
}

char *
kn_store_describe_history (KnStore              *store,
                           const KnHistoryEntry *entry)
{
  g_return_val_if_fail (KN_IS_STORE (store), NULL);
  g_return_val_if_fail (entry != NULL, NULL);

  switch (entry->kind)
    {
    case KN_HISTORY_STATUS:
      return g_strdup_printf (_("Status: %s"), kn_person_status_label (entry->status));
    case KN_HISTORY_MUTASI:
      /* Translators: a transfer: the old unit → the new unit, then the new atasan */
      return g_strdup_printf (_("Transfer: %s → %s (atasan: %s)"),
                              unit_name (store, entry->prev_unit_id),
                              unit_name (store, entry->unit_id),
                              person_name (store, entry->supervisor_id));
    case KN_HISTORY_JABATAN:
      return g_strdup_printf (_("Position: %s → %s (%s)"),
                              entry->prev_position != NULL ? entry->prev_position : "—",
                              entry->position, kn_position_kind_label (entry->position_kind));
    case KN_HISTORY_PLT:
    case KN_HISTORY_PLH:
      {
        g_autofree char *title = kn_history_acting_title (entry);
        g_autofree char *until = entry->end_date != NULL ? kn_format_iso_date (entry->end_date)
                                                         : g_strdup ("…");

        if (entry->acting_for_id != 0)
          /* Translators: an acting post: "Plt. Kepala …", the last day, the official */
          return g_strdup_printf (_("%s until %s, for %s"), title, until,
                                  person_name (store, entry->acting_for_id));
        return g_strdup_printf (_("%s until %s (vacant post)"), title, until);
      }
    case KN_HISTORY_PANGKAT:
      {
        KnEmployee *employee = kn_store_lookup_employee (store, entry->employee_id);
        KnEmployeeStatus status = employee != NULL ? kn_employee_get_status (employee)
                                                   : KN_EMPLOYEE_STATUS_PNS;
        g_autofree char *before = entry->prev_rank != NULL
                                  ? kn_rank_format (status, entry->prev_rank) : g_strdup ("—");
        g_autofree char *after = kn_rank_format (status, entry->rank);

        /* Translators: a kenaikan pangkat: the rank before → the rank from the TMT */
        return g_strdup_printf (_("Pangkat: %s → %s"), before, after);
      }
    case KN_HISTORY_N:
    default:
      break;
    }
  g_return_val_if_reached (NULL);
}
