/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Tim Penilai Kinerja part of the store: teams, members, the matters put before them and
 * their decisions. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-history.h"
#include "kinerja/kn-store-review.h"

#include "kn-enum-table.h"
#include "kn-store-private.h"

/* The labels are the Indonesian terms of the decree, in every language: not translated. */
static const KnEnumTable role_table = {
  NULL, KN_REVIEW_ROLE_N, (const KnEnumEntry[]) {
    [KN_REVIEW_ROLE_KETUA] = { "ketua", "Ketua" },
    [KN_REVIEW_ROLE_SEKRETARIS] = { "sekretaris", "Sekretaris" },
    [KN_REVIEW_ROLE_ANGGOTA] = { "anggota", "Anggota" },
  }
};

static const KnEnumTable decision_table = {
  NULL, KN_REVIEW_N, (const KnEnumEntry[]) {
    [KN_REVIEW_SETUJU] = { "setuju", "Setuju" },
    [KN_REVIEW_TINJAU_ULANG] = { "tinjau-ulang", "Mohon ditinjau ulang" },
    [KN_REVIEW_DIAJUKAN] = { "diajukan", "Diajukan, menunggu keputusan tim" },
  }
};

/* The columns read_entry reads, in its order. */
#define ENTRY_COLUMNS "id, team_id, employee_id, period, decision, reason, decided_at, submitted_at"
/* An open matter first, then the latest decision. */
#define ENTRY_ORDER "CASE WHEN decision = 'diajukan' THEN 0 ELSE 1 END, decided_at DESC, id DESC"

const char *
kn_review_role_to_string (KnReviewRole role)
{
  g_return_val_if_fail (role < KN_REVIEW_ROLE_N, "");
  return kn_enum_table_to_string (&role_table, role);
}

gboolean
kn_review_role_from_string (const char   *text,
                            KnReviewRole *role)
{
  return kn_enum_table_from_typed (&role_table, text, (int *) role);
}

const char *
kn_review_role_label (KnReviewRole role)
{
  g_return_val_if_fail (role < KN_REVIEW_ROLE_N, "");
  return role_table.entries[role].label;
}

const char *
kn_review_decision_to_string (KnReviewDecision decision)
{
  g_return_val_if_fail (decision < KN_REVIEW_N, "");
  return kn_enum_table_to_string (&decision_table, decision);
}

gboolean
kn_review_decision_from_string (const char       *text,
                                KnReviewDecision *decision)
{
  return kn_enum_table_from_typed (&decision_table, text, (int *) decision);
}

const char *
kn_review_decision_label (KnReviewDecision decision)
{
  g_return_val_if_fail (decision < KN_REVIEW_N, "");
  return decision_table.entries[decision].label;
}

void
kn_review_team_free (KnReviewTeam *team)
{
  if (team == NULL)
    return;
  g_free (team->name);
  g_free (team->decree);
  g_free (team);
}

void
kn_review_entry_free (KnReviewEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->period);
  g_free (entry->reason);
  g_free (entry->decided_at);
  g_free (entry->submitted_at);
  g_free (entry);
}

gboolean
kn_review_entry_is_open (const KnReviewEntry *entry)
{
  return entry != NULL && entry->decision == KN_REVIEW_DIAJUKAN;
}

static KnReviewEntry *
read_entry (KnDbStmt *stmt)
{
  KnReviewEntry *entry = g_new0 (KnReviewEntry, 1);

  entry->id = kn_db_column_int64 (stmt, 0);
  entry->team_id = kn_db_column_int64 (stmt, 1);
  entry->employee_id = kn_db_column_int64 (stmt, 2);
  entry->period = kn_db_column_dup (stmt, 3);
  if (!kn_review_decision_from_string (kn_db_column_text (stmt, 4), &entry->decision))
    entry->decision = KN_REVIEW_TINJAU_ULANG;
  entry->reason = kn_db_column_dup (stmt, 5);
  entry->decided_at = kn_db_column_dup (stmt, 6);
  entry->submitted_at = kn_db_column_dup (stmt, 7);
  return entry;
}

/* The unit @team_id is formed for, in @unit_id (0: the whole instansi), and its year in @year
 * (nullable); FALSE with a message when the team is gone. */
static gboolean
team_row (KnStore  *self,
          gint64    team_id,
          gint64   *unit_id,
          guint    *year,
          GError  **error)
{
  KnDbStmt *stmt = kn_store_stmt (self, "SELECT unit_id, year FROM review_team WHERE id = ?",
                                  error);
  KnDbStep step;

  if (stmt == NULL)
    return FALSE;
  kn_db_bind_int64 (stmt, 1, team_id);
  step = kn_store_next (self, stmt, error);
  *unit_id = step == KN_DB_ROW ? kn_db_column_int64 (stmt, 0) : 0;
  if (year != NULL)
    *year = step == KN_DB_ROW ? (guint)kn_db_column_int64 (stmt, 1) : 0;
  kn_db_reset (stmt);
  if (step == KN_DB_DONE)
    g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                         _("This review team no longer exists; it may have been removed."));
  return step == KN_DB_ROW;
}

static gboolean
team_unit (KnStore  *self,
           gint64    team_id,
           gint64   *unit_id,
           GError  **error)
{
  return team_row (self, team_id, unit_id, NULL, error);
}

static gboolean
team_exists (KnStore  *self,
             gint64    team_id,
             GError  **error)
{
  gint64 unit_id;

  return team_unit (self, team_id, &unit_id, error);
}

/* Is @unit_id @top or a unit below it? */
static gboolean
unit_within (KnStore *self,
             gint64   unit_id,
             gint64   top)
{
  guint depth = 0;

  /* The depth bound guards against a damaged tree that loops. */
  for (KnOrgUnit *unit = kn_store_lookup_unit (self, unit_id);
       unit != NULL && depth < 64;
       unit = kn_store_lookup_unit (self, kn_org_unit_get_parent_id (unit)), depth++)
    if (kn_org_unit_get_id (unit) == top)
      return TRUE;
  return FALSE;
}

/* The unit whose team reviews @employee_id's evaluation of @period: the one they were in on the
 * period's last day, as for the review switch (kn_store_evaluation_review_from). */
static gint64
review_unit_of (KnStore    *self,
                gint64      employee_id,
                const char *period)
{
  char first_day[11], last_day[11];

  kn_store_period_days (period, first_day, last_day);
  return kn_store_unit_at (self, employee_id, last_day);
}

gint64
kn_store_get_review_team_unit (KnStore *self,
                               gint64   team_id)
{
  gint64 unit_id;

  g_return_val_if_fail (KN_IS_STORE (self), 0);
  return team_unit (self, team_id, &unit_id, NULL) ? unit_id : 0;
}

gboolean
kn_store_review_team_reaches (KnStore    *self,
                              gint64      team_id,
                              gint64      employee_id,
                              const char *period)
{
  KnPeriod parsed;
  gint64 top;
  guint year;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  if (period == NULL || !kn_period_parse (period, &parsed, NULL) ||
      !team_row (self, team_id, &top, &year, NULL) || parsed.year != year ||
      kn_store_lookup_employee (self, employee_id) == NULL)
    return FALSE;
  return top == 0 || unit_within (self, review_unit_of (self, employee_id, period), top);
}

GArray *
kn_store_list_review_team_people (KnStore    *self,
                                  gint64      team_id,
                                  const char *period)
{
  GArray *people = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) reached = NULL;
  GListModel *employees;
  char first_day[11], last_day[11];
  KnPeriod parsed;
  KnDbStmt *stmt = NULL;
  gint64 top;
  guint year;

  g_return_val_if_fail (KN_IS_STORE (self), people);

  if (period == NULL || !kn_period_parse (period, &parsed, NULL) ||
      !team_row (self, team_id, &top, &year, NULL) || parsed.year != year)
    return people;
  /* One query for a team formed for a unit: the people of its subtree on the period's last day
   * (kn_store_unit_at for each). */
  if (top != 0)
    {
      kn_store_period_days (period, first_day, last_day);
      stmt = kn_store_stmt (self,
                            KN_STORE_SUBTREE_CTE
                            ", span (first_day, last_day) AS"
                            " (SELECT CAST (?2 AS TEXT), CAST (?3 AS TEXT))"
                            KN_STORE_PLACED_CTE
                            "SELECT placed.id FROM placed JOIN subtree"
                            " ON placed.unit_id = subtree.id",
                            NULL);
      if (stmt == NULL)
        return people;
      reached = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      kn_db_bind_int64 (stmt, 1, top);
      kn_db_bind_text (stmt, 2, first_day);
      kn_db_bind_text (stmt, 3, last_day);
      while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
        {
          gint64 *id = g_new (gint64, 1);

          *id = kn_db_column_int64 (stmt, 0);
          g_hash_table_add (reached, id);
        }
      kn_db_reset (stmt);
    }
  employees = kn_store_get_employees (self);
  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      gint64 id = kn_employee_get_id (employee);

      if (reached == NULL || g_hash_table_contains (reached, &id))
        g_array_append_val (people, id);
    }
  return people;
}

/* FALSE with a message naming the person, the team's unit and the period when @team_id is
 * formed for a unit @employee_id was not in on the last day of @period (parsed: @parsed), or
 * naming the years when the team is formed for another year than the period's. */
static gboolean
check_team_reaches (KnStore         *self,
                    gint64           team_id,
                    gint64           employee_id,
                    const char      *period,
                    const KnPeriod  *parsed,
                    GError         **error)
{
  KnEmployee *employee = kn_store_lookup_employee (self, employee_id);
  KnOrgUnit *unit;
  gint64 top;
  guint year;

  if (!team_row (self, team_id, &top, &year, error))
    return FALSE;
  if (parsed->year != year)
    {
      g_autofree char *label = kn_period_label (parsed);

      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("%s is a period of %u, and this team is formed for %u: it decides on the "
                     "periods of %u only. Choose a period of %u, or the team formed for %u."),
                   label, parsed->year, year, year, year, parsed->year);
      return FALSE;
    }
  if (top == 0 || unit_within (self, review_unit_of (self, employee_id, period), top))
    return TRUE;
  unit = kn_store_lookup_unit (self, top);
  g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
               _("%s was not in %s or a unit below it in %s, and this team is formed for that "
                 "unit only: their evaluation is for the Tim Penilai Kinerja of their own unit."),
               employee != NULL ? kn_employee_get_name (employee) : "?",
               unit != NULL ? kn_org_unit_get_name (unit) : "?", period);
  return FALSE;
}

static gboolean
employee_exists (KnStore  *self,
                 gint64    employee_id,
                 GError  **error)
{
  const char *message;

  if (kn_store_lookup_employee (self, employee_id) != NULL)
    return TRUE;
  /* On a server, a person the login may not see is not there for it: say why in the words of
   * its role (an admin sees everyone). */
  if (!kn_store_has_login (self))
    message = _("This employee no longer exists; they may have been removed.");
  else
    switch (kn_store_get_login_role (self))
      {
      case KN_SERVER_ROLE_TIM:
        message = _("This employee is not among the people your login may see: not in the "
                    "units your team reviews, or removed.");
        break;
      case KN_SERVER_ROLE_OPERATOR:
        message = _("This employee is not among the people your login may see: not in the "
                    "units your login keeps, or removed.");
        break;
      case KN_SERVER_ROLE_PENILAI:
        message = _("This employee is not among the people your login may see: not one of the "
                    "staff you rate, or removed.");
        break;
      case KN_SERVER_ROLE_PEGAWAI:
        message = _("This employee is not among the people your login may see: a pegawai login "
                    "sees only its own records.");
        break;
      case KN_SERVER_ROLE_ADMIN:
      default:
        message = _("This employee no longer exists; they may have been removed.");
        break;
      }
  g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND, message);
  return FALSE;
}

gint64
kn_store_add_review_team (KnStore     *self,
                          const char  *name,
                          const char  *decree,
                          guint        year,
                          GError     **error)
{
  return kn_store_add_unit_review_team (self, name, decree, year, 0, error);
}

gint64
kn_store_add_unit_review_team (KnStore     *self,
                               const char  *name,
                               const char  *decree,
                               guint        year,
                               gint64       unit_id,
                               GError     **error)
{
  g_autofree char *clean_name = NULL;
  g_autofree char *clean_decree = NULL;
  g_autofree char *unit_text = NULL;
  KnDbStmt *stmt;
  gint64 id;

  g_return_val_if_fail (KN_IS_STORE (self), 0);

  clean_name = kn_store_strip_or_null (name);
  if (clean_name == NULL)
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                           _("Name of the team: write it as the decree does, for example “Tim "
                             "Penilai Kinerja Dinas Pendidikan”."));
      return 0;
    }
  if (!kn_store_check_year (year, error))
    return 0;
  if (unit_id != 0 &&
      kn_store_require_unit (self, unit_id,
                             _("Unit of the team: this unit no longer exists; it may have been "
                               "removed. Choose the unit the decree forms the team for."),
                             error) == NULL)
    return 0;
  clean_decree = kn_store_strip_or_null (decree);

  if (!kn_store_savepoint_begin (self, error))
    return 0;
  stmt = kn_store_stmt (self,
                        "INSERT INTO review_team (name, decree, year, unit_id) VALUES (?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_text (stmt, 1, clean_name);
  kn_store_bind_text (stmt, 2, clean_decree);
  kn_db_bind_int64 (stmt, 3, year);
  if (unit_id != 0)
    kn_db_bind_int64 (stmt, 4, unit_id);
  else
    kn_db_bind_null (stmt, 4);
  if (!kn_store_step (self, stmt, error))
    goto failed;
  id = kn_db_last_insert_id (self->db);
  unit_text = unit_id != 0 ? kn_store_id_to_string (unit_id) : NULL;
  if (!kn_store_savepoint_end (self,
                               kn_store_audit (self, "review_team", id, "insert", "name", NULL,
                                               clean_name, error) &&
                               (unit_text == NULL ||
                                kn_store_audit (self, "review_team", id, "insert", "unit", NULL,
                                                unit_text, error)),
                               error))
    return 0;
  return id;

failed:
  kn_store_savepoint_end (self, FALSE, error);
  return 0;
}

GPtrArray *
kn_store_list_review_teams (KnStore *self,
                            guint    year)
{
  GPtrArray *teams = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_review_team_free);
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), teams);

  if (year == 0)
    stmt = kn_store_stmt (self,
                          "SELECT id, name, decree, year, unit_id FROM review_team ORDER BY id",
                          NULL);
  else
    stmt = kn_store_stmt (self,
                          "SELECT id, name, decree, year, unit_id FROM review_team WHERE year = ?"
                          " ORDER BY id",
                          NULL);
  if (stmt == NULL)
    return teams;
  if (year != 0)
    kn_db_bind_int64 (stmt, 1, year);
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      KnReviewTeam *team = g_new0 (KnReviewTeam, 1);

      team->id = kn_db_column_int64 (stmt, 0);
      team->name = kn_db_column_dup (stmt, 1);
      team->decree = kn_db_column_dup (stmt, 2);
      team->year = (guint)kn_db_column_int64 (stmt, 3);
      team->unit_id = kn_db_column_int64 (stmt, 4);
      g_ptr_array_add (teams, team);
    }
  kn_db_reset (stmt);
  return teams;
}

GArray *
kn_store_list_review_members (KnStore *self,
                              gint64   team_id)
{
  GArray *members = g_array_new (FALSE, FALSE, sizeof (KnReviewMember));
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), members);

  stmt = kn_store_stmt (self,
                        "SELECT employee_id, role FROM review_member WHERE team_id = ?"
                        " ORDER BY employee_id",
                        NULL);
  if (stmt == NULL)
    return members;
  kn_db_bind_int64 (stmt, 1, team_id);
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      KnReviewMember member = { kn_db_column_int64 (stmt, 0), KN_REVIEW_ROLE_ANGGOTA };

      kn_review_role_from_string (kn_db_column_text (stmt, 1), &member.role);
      g_array_append_val (members, member);
    }
  kn_db_reset (stmt);

  /* The ketua first, then sekretaris, then anggota; by id within a role. */
  for (guint i = 1; i < members->len; i++)
    for (guint j = i; j > 0; j--)
      {
        KnReviewMember *a = &g_array_index (members, KnReviewMember, j - 1);
        KnReviewMember *b = &g_array_index (members, KnReviewMember, j);

        if (a->role > b->role)
          {
            KnReviewMember swap = *a;

            *a = *b;
            *b = swap;
          }
      }
  return members;
}

gboolean
kn_store_set_review_member (KnStore       *self,
                            gint64         team_id,
                            gint64         employee_id,
                            KnReviewRole   role,
                            GError       **error)
{
  g_autoptr(GArray) members = NULL;
  g_autofree char *member_id = NULL;
  const char *old_role = NULL;
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (role < KN_REVIEW_ROLE_N, FALSE);

  if (!team_exists (self, team_id, error) || !employee_exists (self, employee_id, error))
    return FALSE;
  members = kn_store_list_review_members (self, team_id);
  for (guint i = 0; i < members->len; i++)
    {
      KnReviewMember *member = &g_array_index (members, KnReviewMember, i);

      if (member->employee_id == employee_id)
        old_role = kn_review_role_to_string (member->role);
      else if (role == KN_REVIEW_ROLE_KETUA && member->role == KN_REVIEW_ROLE_KETUA)
        {
          KnEmployee *ketua = kn_store_lookup_employee (self, member->employee_id);

          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                       _("The team already has a ketua, %s: make them an anggota first."),
                       ketua != NULL ? kn_employee_get_name (ketua) : "?");
          return FALSE;
        }
    }

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;
  if (old_role == NULL)
    stmt = kn_store_stmt (self,
                          "INSERT INTO review_member (role, team_id, employee_id) VALUES (?, ?, ?)",
                          error);
  else
    stmt = kn_store_stmt (self,
                          "UPDATE review_member SET role = ? WHERE team_id = ? AND employee_id = ?",
                          error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_text (stmt, 1, kn_review_role_to_string (role));
  kn_db_bind_int64 (stmt, 2, team_id);
  kn_db_bind_int64 (stmt, 3, employee_id);
  if (!kn_store_step (self, stmt, error))
    goto failed;
  member_id = kn_store_id_to_string (employee_id);
  if (!kn_store_audit_change (self, "review_team", team_id, member_id, old_role,
                              kn_review_role_to_string (role), error) ||
      !kn_store_savepoint_release (self, error))
    goto failed;
  return TRUE;

failed:
  return kn_store_savepoint_end (self, FALSE, error);
}

gboolean
kn_store_remove_review_member (KnStore  *self,
                               gint64    team_id,
                               gint64    employee_id,
                               GError  **error)
{
  g_autofree char *member_id = NULL;
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  if (!team_exists (self, team_id, error))
    return FALSE;
  if (!kn_store_savepoint_begin (self, error))
    return FALSE;
  stmt = kn_store_stmt (self, "DELETE FROM review_member WHERE team_id = ? AND employee_id = ?",
                        error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_int64 (stmt, 1, team_id);
  kn_db_bind_int64 (stmt, 2, employee_id);
  member_id = kn_store_id_to_string (employee_id);
  if (!kn_store_step (self, stmt, error) ||
      !kn_store_audit (self, "review_team", team_id, "delete", member_id, NULL, NULL, error) ||
      !kn_store_savepoint_release (self, error))
    goto failed;
  return TRUE;

failed:
  return kn_store_savepoint_end (self, FALSE, error);
}

gboolean
kn_store_record_review (KnStore           *self,
                        gint64             team_id,
                        gint64             employee_id,
                        const char        *period,
                        KnReviewDecision   decision,
                        const char        *reason,
                        GError           **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *clean_reason = NULL;
  g_autofree char *canonical = NULL;
  g_autofree char *old_decision = NULL;
  g_autofree char *field = NULL;
  KnPeriod parsed;
  KnDbStmt *stmt;
  KnDbStep step;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (decision < KN_REVIEW_N, FALSE);

  if (!team_exists (self, team_id, error) || !employee_exists (self, employee_id, error) ||
      !kn_store_check_period (period, &parsed, error))
    return FALSE;
  canonical = kn_period_to_string (&parsed);
  if (!check_team_reaches (self, team_id, employee_id, canonical, &parsed, error))
    return FALSE;
  clean_reason = kn_store_strip_or_null (reason);
  if (decision == KN_REVIEW_TINJAU_ULANG && clean_reason == NULL)
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                           _("Reason: say what the assessor should look at again."));
      return FALSE;
    }

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;
  stmt = kn_store_stmt (self,
                        "SELECT decision FROM review_decision"
                        " WHERE team_id = ? AND employee_id = ? AND period = ?",
                        error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_int64 (stmt, 1, team_id);
  kn_db_bind_int64 (stmt, 2, employee_id);
  kn_db_bind_text (stmt, 3, canonical);
  step = kn_store_next (self, stmt, error);
  if (step == KN_DB_ROW)
    old_decision = kn_db_column_dup (stmt, 0);
  kn_db_reset (stmt);
  if (step == KN_DB_FAILED)
    goto failed;

  /* Put before the team: no decision date until it decides. Decided: the date it was put
   * before the team stays. */
  if (old_decision == NULL)
    stmt = kn_store_stmt (self,
                          "INSERT INTO review_decision (decision, reason, decided_at, submitted_at,"
                          " team_id, employee_id, period) VALUES (?, ?, ?, ?, ?, ?, ?)",
                          error);
  else
    stmt = kn_store_stmt (self,
                          "UPDATE review_decision SET decision = ?, reason = ?, decided_at = ?,"
                          " submitted_at = COALESCE (?, submitted_at)"
                          " WHERE team_id = ? AND employee_id = ? AND period = ?",
                          error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_text (stmt, 1, kn_review_decision_to_string (decision));
  kn_store_bind_text (stmt, 2, clean_reason);
  kn_store_bind_text (stmt, 3, decision == KN_REVIEW_DIAJUKAN ? NULL : at);
  kn_store_bind_text (stmt, 4, decision == KN_REVIEW_DIAJUKAN ? at : NULL);
  kn_db_bind_int64 (stmt, 5, team_id);
  kn_db_bind_int64 (stmt, 6, employee_id);
  kn_db_bind_text (stmt, 7, canonical);
  if (!kn_store_step (self, stmt, error))
    goto failed;

  field = g_strdup_printf ("review %s", canonical);
  if (!kn_store_audit (self, "employee", employee_id, old_decision == NULL ? "insert" : "update",
                       field, old_decision, kn_review_decision_to_string (decision), error) ||
      (clean_reason != NULL &&
       !kn_store_audit (self, "employee", employee_id, "update", "review reason", NULL,
                        clean_reason, error)) ||
      !kn_store_savepoint_release (self, error))
    goto failed;
  return TRUE;

failed:
  return kn_store_savepoint_end (self, FALSE, error);
}

/* Binds @period (the last parameter of @stmt, after @id where @id is not 0) and adds the
 * entries @stmt reads to @entries: all of them, or with @first_each only each employee's first
 * (ENTRY_ORDER). */
static void
add_entries (KnStore    *self,
             KnDbStmt   *stmt,
             gint64      id,
             const char *period,
             gboolean    first_each,
             GPtrArray  *entries)
{
  g_autofree char *canonical = kn_store_canonical_period (period);
  gint64 last = 0;

  if (stmt == NULL || canonical == NULL)
    return;
  if (id != 0)
    kn_db_bind_int64 (stmt, 1, id);
  kn_db_bind_text (stmt, id != 0 ? 2 : 1, canonical);
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      if (first_each && kn_db_column_int64 (stmt, 2) == last)
        continue;
      last = kn_db_column_int64 (stmt, 2);
      g_ptr_array_add (entries, read_entry (stmt));
    }
  kn_db_reset (stmt);
}

static GPtrArray *
entry_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)kn_review_entry_free);
}

GPtrArray *
kn_store_list_reviews (KnStore    *self,
                       gint64      team_id,
                       const char *period)
{
  GPtrArray *entries = entry_array_new ();

  g_return_val_if_fail (KN_IS_STORE (self), entries);

  add_entries (self,
               kn_store_stmt (self,
                              "SELECT " ENTRY_COLUMNS
                              " FROM review_decision WHERE team_id = ? AND period = ?"
                              " ORDER BY employee_id",
                              NULL),
               team_id, period, FALSE, entries);
  return entries;
}

KnReviewEntry *
kn_store_get_review (KnStore    *self,
                     gint64      employee_id,
                     const char *period)
{
  g_autoptr(GPtrArray) entries = entry_array_new ();

  g_return_val_if_fail (KN_IS_STORE (self), NULL);

  add_entries (self,
               kn_store_stmt (self,
                              "SELECT " ENTRY_COLUMNS " FROM review_decision"
                              " WHERE employee_id = ? AND period = ? ORDER BY " ENTRY_ORDER,
                              NULL),
               employee_id, period, TRUE, entries);
  return entries->len > 0 ? g_ptr_array_steal_index (entries, 0) : NULL;
}

GPtrArray *
kn_store_list_period_reviews (KnStore    *self,
                              const char *period)
{
  GPtrArray *entries = entry_array_new ();

  g_return_val_if_fail (KN_IS_STORE (self), entries);

  add_entries (self,
               kn_store_stmt (self,
                              "SELECT " ENTRY_COLUMNS " FROM review_decision"
                              " WHERE period = ? ORDER BY employee_id, " ENTRY_ORDER,
                              NULL),
               0, period, TRUE, entries);
  return entries;
}

/* The per-unit switch: a setting "review-unit-ID" = "on", so that on a server only an admin
 * may change it (the setting table is the admins'). */
#define REVIEW_UNIT_PREFIX "review-unit-"

static char *
review_unit_key (gint64 unit_id)
{
  return g_strdup_printf (REVIEW_UNIT_PREFIX "%" G_GINT64_FORMAT, unit_id);
}

gboolean
kn_store_get_unit_review (KnStore *self,
                          gint64   unit_id)
{
  g_autofree char *key = NULL;
  g_autofree char *value = NULL;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  if (unit_id <= 0)
    return FALSE;
  key = review_unit_key (unit_id);
  value = kn_store_get_setting (self, key);
  return g_strcmp0 (value, "on") == 0;
}

gint64
kn_store_unit_review_from (KnStore *self,
                           gint64   unit_id)
{
  guint depth = 0;

  g_return_val_if_fail (KN_IS_STORE (self), 0);

  /* The depth bound guards against a damaged tree that loops. */
  for (KnOrgUnit *unit = kn_store_lookup_unit (self, unit_id);
       unit != NULL && depth < 64;
       unit = kn_store_lookup_unit (self, kn_org_unit_get_parent_id (unit)), depth++)
    if (kn_store_get_unit_review (self, kn_org_unit_get_id (unit)))
      return kn_org_unit_get_id (unit);
  return 0;
}

gint64
kn_store_evaluation_review_from (KnStore    *self,
                                 gint64      employee_id,
                                 const char *period)
{
  char first_day[11], last_day[11];

  g_return_val_if_fail (KN_IS_STORE (self), 0);

  kn_store_period_days (period, first_day, last_day);
  return kn_store_unit_review_from (self, kn_store_unit_at (self, employee_id, last_day));
}

GArray *
kn_store_list_review_units (KnStore *self)
{
  GArray *units = g_array_new (FALSE, FALSE, sizeof (gint64));
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), units);

  /* REVIEW_UNIT_PREFIX written out, for the SQL checks. */
  stmt = kn_store_stmt (self,
                        "SELECT key FROM setting WHERE key LIKE 'review-unit-%'"
                        " AND value = 'on' ORDER BY key",
                        NULL);
  if (stmt == NULL)
    return units;
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      const char *key = kn_db_column_text (stmt, 0);
      gint64 id = g_ascii_strtoll (key + strlen (REVIEW_UNIT_PREFIX), NULL, 10);

      if (id > 0)
        g_array_append_val (units, id);
    }
  kn_db_reset (stmt);
  return units;
}

gboolean
kn_store_set_unit_review (KnStore   *self,
                          gint64     unit_id,
                          gboolean   on,
                          GError   **error)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  if (kn_store_require_unit (self, unit_id,
                             _("This unit no longer exists; it may have been removed."),
                             error) == NULL)
    return FALSE;
  if (kn_store_get_unit_review (self, unit_id) == !!on)
    return TRUE;

  key = review_unit_key (unit_id);
  if (!kn_store_savepoint_begin (self, error))
    return FALSE;
  /* The setting is audited as such; the unit's history says it in its own words. */
  return kn_store_savepoint_end (self,
                                 kn_store_set_setting (self, key, on ? "on" : NULL, error) &&
                                 kn_store_audit (self, "unit", unit_id, "update", "review",
                                                 on ? NULL : "on", on ? "on" : NULL, error),
                                 error);
}

/* Whether @review (the person's matter, nullable) lets their evaluation be finalised, the unit
 * being under review when @reviewed. FALSE with the message naming @name. */
static gboolean
review_allows (const KnReviewEntry  *review,
               gboolean              reviewed,
               const char           *name,
               GError              **error)
{
  if (kn_review_entry_is_open (review))
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED,
                   _("The evaluation of %s is before the Tim Penilai Kinerja: it can be "
                     "finalised once the team has decided."),
                   name);
      return FALSE;
    }
  if (!reviewed || (review != NULL && review->decision == KN_REVIEW_SETUJU))
    return TRUE;
  if (review == NULL)
    g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED,
                 _("The evaluation of %s waits for the Tim Penilai Kinerja: review is on for "
                   "this unit, and the team has not agreed to it yet."),
                 name);
  else
    g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED,
                 _("The evaluation of %s waits for the Tim Penilai Kinerja: the team asked "
                   "for it to be reviewed again (%s); the assessor answers, then the team has "
                   "to agree."),
                 name, review->reason != NULL ? review->reason : "");
  return FALSE;
}

gboolean
kn_store_check_review_done (KnStore     *self,
                            gint64       employee_id,
                            const char  *period,
                            GError     **error)
{
  KnEmployee *employee;
  g_autoptr(KnReviewEntry) review = NULL;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  employee = kn_store_lookup_employee (self, employee_id);
  if (employee == NULL)
    return employee_exists (self, employee_id, error);
  review = kn_store_get_review (self, employee_id, period);
  return review_allows (review, kn_store_evaluation_review_from (self, employee_id, period) != 0,
                        kn_employee_get_name (employee), error);
}

/* For kn_store_finalize_unit_held: whether the person's evaluation waits for the team, and if
 * so the entry to name it by (owned by @reviews, or a new one added to it). */
KnReviewEntry *
kn_store_review_holds (KnStore    *self,
                       GHashTable *by_employee,
                       GHashTable *reviewed_units,
                       GPtrArray  *reviews,
                       gint64      employee_id,
                       const char *period)
{
  KnReviewEntry *review = g_hash_table_lookup (by_employee, &employee_id);
  char first_day[11], last_day[11];
  gint64 unit_id;
  gpointer cached;
  gboolean reviewed;

  /* The unit of the period's last day decides, not the one the person is in now. */
  kn_store_period_days (period, first_day, last_day);
  unit_id = kn_store_unit_at (self, employee_id, last_day);
  if (!g_hash_table_lookup_extended (reviewed_units, &unit_id, NULL, &cached))
    {
      gint64 *key = g_new (gint64, 1);

      *key = unit_id;
      cached = GINT_TO_POINTER (kn_store_unit_review_from (self, unit_id) != 0);
      g_hash_table_insert (reviewed_units, key, cached);
    }
  reviewed = GPOINTER_TO_INT (cached);
  if (review_allows (review, reviewed, "", NULL))
    return NULL;
  if (review == NULL)
    {
      review = g_new0 (KnReviewEntry, 1);
      review->employee_id = employee_id;
      review->period = g_strdup (period);
      review->decision = KN_REVIEW_N;
      g_ptr_array_add (reviews, review);
    }
  return review;
}
