/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pengembangan kompetensi part of the store: learning activities and the JP they add up to. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-format.h"
#include "kinerja/kn-store.h"

#include "kn-store-private.h"

/* Above this a single activity is surely a typing mistake (a year of full-time study is ~1500). */
#define MAX_HOURS 1000.0

double
kn_store_get_jp_per_year (KnStore *self)
{
  g_autofree char *value = NULL;
  double jp;
  char *end = NULL;

  g_return_val_if_fail (KN_IS_STORE (self), KN_TRAINING_DEFAULT_JP_PER_YEAR);

  value = kn_store_get_setting (self, "jp-per-year");
  if (value == NULL)
    return KN_TRAINING_DEFAULT_JP_PER_YEAR;
  jp = g_ascii_strtod (value, &end);
  if (end == value || *end != '\0' || !isfinite (jp) || jp <= 0)
    return KN_TRAINING_DEFAULT_JP_PER_YEAR;
  return jp;
}

/* Binds the first and the last day of @year as @stmt's parameters @index and @index + 1. */
static void
bind_year (KnDbStmt *stmt,
           int       index,
           guint     year)
{
  char first[11], last[11];

  kn_store_year_days (year, first, last);
  kn_db_bind_text (stmt, index, first);
  kn_db_bind_text (stmt, index + 1, last);
}

#define TRAINING_COLUMNS "id, employee_id, date, title, form, hours, organizer, evidence"

/* The activity on the current row of a statement selecting TRAINING_COLUMNS. */
static KnTraining *
training_from_row (KnDbStmt *stmt)
{
  KnTraining *training = kn_training_new (kn_db_column_int64 (stmt, 1));

  training->id = kn_db_column_int64 (stmt, 0);
  training->date = g_strdup (kn_db_column_text (stmt, 2));
  training->title = g_strdup (kn_db_column_text (stmt, 3));
  if (!kn_training_form_from_string (kn_db_column_text (stmt, 4),
                                     &training->form))
    training->form = KN_TRAINING_PELATIHAN;
  training->hours = kn_db_column_double (stmt, 5);
  training->organizer = g_strdup (kn_db_column_text (stmt, 6));
  training->evidence = g_strdup (kn_db_column_text (stmt, 7));
  return training;
}

GPtrArray *
kn_store_list_trainings (KnStore *self,
                         gint64   employee_id,
                         guint    year)
{
  GPtrArray *trainings = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_training_free);
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), trainings);

  stmt = kn_store_stmt (self,
                        "SELECT " TRAINING_COLUMNS " FROM training"
                        " WHERE employee_id = ? AND date BETWEEN ? AND ? ORDER BY date, id",
                        NULL);
  if (stmt == NULL)
    return trainings;
  kn_db_bind_int64 (stmt, 1, employee_id);
  bind_year (stmt, 2, year);
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    g_ptr_array_add (trainings, training_from_row (stmt));
  kn_db_reset (stmt);

  return trainings;
}

double
kn_store_training_hours (KnStore *self,
                         gint64   employee_id,
                         guint    year)
{
  KnDbStmt *stmt;
  double hours = 0;

  g_return_val_if_fail (KN_IS_STORE (self), 0);

  stmt = kn_store_stmt (self,
                        "SELECT coalesce (sum (hours), 0) FROM training"
                        " WHERE employee_id = ? AND date BETWEEN ? AND ?",
                        NULL);
  if (stmt == NULL)
    return 0;
  kn_db_bind_int64 (stmt, 1, employee_id);
  bind_year (stmt, 2, year);
  if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    hours = kn_db_column_double (stmt, 0);
  kn_db_reset (stmt);

  return hours;
}

GHashTable *
kn_store_training_totals (KnStore *self,
                          guint    year)
{
  GHashTable *totals = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), totals);

  stmt = kn_store_stmt (self,
                        "SELECT employee_id, coalesce (sum (hours), 0) FROM training"
                        " WHERE date BETWEEN ? AND ? GROUP BY employee_id",
                        NULL);
  if (stmt == NULL)
    return totals;
  bind_year (stmt, 1, year);
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      gint64 *id = g_new (gint64, 1);
      double *hours = g_new (double, 1);

      *id = kn_db_column_int64 (stmt, 0);
      *hours = kn_db_column_double (stmt, 1);
      g_hash_table_insert (totals, id, hours);
    }
  kn_db_reset (stmt);

  return totals;
}

/* The stored row of @id, or NULL. */
static KnTraining *
load_training (KnStore *self,
               gint64   id)
{
  KnTraining *training = NULL;
  KnDbStmt *stmt;

  stmt = kn_store_stmt (self, "SELECT " TRAINING_COLUMNS " FROM training WHERE id = ?", NULL);
  if (stmt == NULL)
    return NULL;
  kn_db_bind_int64 (stmt, 1, id);
  if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    training = training_from_row (stmt);
  kn_db_reset (stmt);

  return training;
}

gboolean
kn_store_save_training (KnStore     *self,
                        KnTraining  *training,
                        GError     **error)
{
  g_autofree char *title = NULL;
  g_autofree char *organizer = NULL;
  g_autofree char *evidence = NULL;
  g_autofree char *date_label = NULL;
  g_autofree char *hours = NULL;
  g_autoptr(KnTraining) old = NULL;
  const char *form;
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (training != NULL, FALSE);

  title = kn_store_strip_or_null (training->title);
  if (title == NULL)
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                           _("Name of the activity: write what was learnt, for example "
                             "“Bimtek Penyusunan SKP”."));
      return FALSE;
    }
  date_label = training->date != NULL ? kn_format_iso_date (training->date) : NULL;
  if (date_label == NULL)
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                           _("Date: choose the day the activity ended."));
      return FALSE;
    }
  if (!isfinite (training->hours) || training->hours <= 0 || training->hours > MAX_HOURS)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("Hours (JP): write a number above 0 and at most %d."), (int)MAX_HOURS);
      return FALSE;
    }
  if (training->form >= KN_TRAINING_N)
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                           _("Form: choose how the competence was developed."));
      return FALSE;
    }
  if (kn_store_require_employee (self, training->employee_id,
                                 _("This employee no longer exists; they may have been removed."),
                                 error) == NULL)
      return FALSE;
  if (training->id != 0)
    {
      old = load_training (self, training->id);
      if (old == NULL)
        {
          g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                               _("This activity no longer exists; it may have been deleted."));
          return FALSE;
        }
    }

  organizer = kn_store_strip_or_null (training->organizer);
  evidence = kn_store_strip_or_null (training->evidence);
  hours = kn_store_number_to_string (training->hours);
  form = kn_training_form_to_string (training->form);

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;
  if (old == NULL)
    stmt = kn_store_stmt (self,
                          "INSERT INTO training (employee_id, date, title, form, hours, organizer,"
                          " evidence) VALUES (?, ?, ?, ?, ?, ?, ?)",
                          error);
  else
    stmt = kn_store_stmt (self,
                          "UPDATE training SET employee_id = ?, date = ?, title = ?, form = ?,"
                          " hours = ?, organizer = ?, evidence = ? WHERE id = ?",
                          error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_int64 (stmt, 1, training->employee_id);
  kn_db_bind_text (stmt, 2, training->date);
  kn_db_bind_text (stmt, 3, title);
  kn_db_bind_text (stmt, 4, form);
  kn_db_bind_double (stmt, 5, training->hours);
  kn_store_bind_text (stmt, 6, organizer);
  kn_store_bind_text (stmt, 7, evidence);
  if (old != NULL)
    kn_db_bind_int64 (stmt, 8, training->id);
  if (!kn_store_step (self, stmt, error))
    goto failed;

  if (old == NULL)
    {
      training->id = kn_db_last_insert_id (self->db);
      if (!kn_store_audit (self, "training", training->id, "insert", "title", NULL, title, error) ||
          !kn_store_audit (self, "training", training->id, "insert", "hours", NULL, hours, error))
        goto failed;
    }
  else
    {
      g_autofree char *old_hours = kn_store_number_to_string (old->hours);

      if (!kn_store_audit_change (self, "training", training->id, "date", old->date,
                                  training->date, error) ||
          !kn_store_audit_change (self, "training", training->id, "title", old->title, title,
                                  error) ||
          !kn_store_audit_change (self, "training", training->id, "form",
                                  kn_training_form_to_string (old->form), form, error) ||
          !kn_store_audit_change (self, "training", training->id, "hours", old_hours, hours,
                                  error) ||
          !kn_store_audit_change (self, "training", training->id, "organizer", old->organizer,
                                  organizer, error) ||
          !kn_store_audit_change (self, "training", training->id, "evidence", old->evidence,
                                  evidence, error))
        goto failed;
    }

  if (!kn_store_savepoint_release (self, error))
    goto failed_released;
  g_free (training->title);
  training->title = g_steal_pointer (&title);
  g_free (training->organizer);
  training->organizer = g_steal_pointer (&organizer);
  g_free (training->evidence);
  training->evidence = g_steal_pointer (&evidence);
  return TRUE;

failed:
  kn_store_savepoint_end (self, FALSE, error);
failed_released:
  if (old == NULL)
    training->id = 0;
  return FALSE;
}

gboolean
kn_store_delete_training (KnStore  *self,
                          gint64    training_id,
                          GError  **error)
{
  g_autoptr(KnTraining) old = NULL;
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  old = load_training (self, training_id);
  if (old == NULL)
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                           _("This activity no longer exists; it may have been deleted."));
      return FALSE;
    }

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;
  stmt = kn_store_stmt (self, "DELETE FROM training WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_int64 (stmt, 1, training_id);
  if (!kn_store_step (self, stmt, error) ||
      !kn_store_audit (self, "training", training_id, "delete", "title", old->title, NULL, error))
    goto failed;
  return kn_store_savepoint_release (self, error);

failed:
  return kn_store_savepoint_end (self, FALSE, error);
}
