/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the Penetapan Predikat says of the Tim Penilai Kinerja: which team reviewed the unit's
 * period (its name, decree and ketua, who signs) and, per person, the team's decision and whether
 * the assessor answered a "mohon ditinjau ulang". The same data the Evaluasi and the Dokumen
 * print their line from (kn_store_get_review), read for the whole period at once. */

#define G_LOG_DOMAIN "kn-report"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "kinerja/kn-form-text.h"
#include "kinerja/kn-period.h"
#include "kinerja/kn-store-review.h"

#include "kn-report-data-private.h"

/* Whether the assessor answered a "mohon ditinjau ulang" on @employee_id's @period: the audit
 * holds the matter put before the team again after the team had asked for a review. */
static gboolean
review_answered (KnStore    *store,
                 gint64      employee_id,
                 const char *period)
{
  g_autoptr(GPtrArray) audit = kn_store_list_audit (store, "employee", employee_id);
  g_autofree char *field = g_strdup_printf ("review %s", period);

  for (guint i = 0; i < audit->len; i++)
    {
      KnAuditEntry *entry = g_ptr_array_index (audit, i);

      if (g_strcmp0 (entry->field, field) == 0 &&
          g_strcmp0 (entry->old_value, kn_review_decision_to_string (KN_REVIEW_TINJAU_ULANG)) == 0 &&
          g_strcmp0 (entry->new_value, kn_review_decision_to_string (KN_REVIEW_DIAJUKAN)) == 0)
        return TRUE;
    }
  return FALSE;
}

static KnReviewTeam *
find_team (GPtrArray *teams,
           gint64     team_id)
{
  for (guint i = 0; i < teams->len; i++)
    {
      KnReviewTeam *team = g_ptr_array_index (teams, i);

      if (team->id == team_id)
        return team;
    }
  return NULL;
}

void
kn_report_recap_add_reviews (KnRecapReport *report,
                             KnStore       *store)
{
  g_autofree char *period = kn_period_to_string (&report->period);
  g_autoptr(GPtrArray) entries = kn_store_list_period_reviews (store, period);
  g_autoptr(GHashTable) by_employee = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64 team_id = 0;

  for (guint i = 0; i < entries->len; i++)
    {
      KnReviewEntry *entry = g_ptr_array_index (entries, i);

      g_hash_table_insert (by_employee, &entry->employee_id, entry);
    }

  for (guint i = 0; report->rows != NULL && i < report->rows->len; i++)
    {
      KnRecapRow *row = g_ptr_array_index (report->rows, i);
      KnReviewEntry *entry = g_hash_table_lookup (by_employee, &row->employee_id);
      gboolean answered;

      g_free (row->review);
      row->review = NULL;
      if (entry != NULL)
        {
          answered = entry->decision != KN_REVIEW_TINJAU_ULANG &&
                     review_answered (store, row->employee_id, period);
          row->review = kn_form_text_review_decision (entry, answered);
          if (team_id == 0)
            team_id = entry->team_id;
        }
      if (row->review == NULL)
        row->review = g_strdup ("");
    }

  g_free (report->review_team);
  report->review_team = NULL;
  if (team_id != 0)
    {
      g_autoptr(GPtrArray) teams = kn_store_list_review_teams (store, 0);
      g_autoptr(GArray) members = kn_store_list_review_members (store, team_id);
      KnReviewTeam *team = find_team (teams, team_id);
      KnEmployee *ketua = NULL;

      for (guint i = 0; i < members->len && ketua == NULL; i++)
        {
          KnReviewMember *member = &g_array_index (members, KnReviewMember, i);

          if (member->role == KN_REVIEW_ROLE_KETUA)
            ketua = kn_store_lookup_employee (store, member->employee_id);
        }
      kn_report_person_from_employee (store, &report->review_ketua, ketua);
      report->review_team = kn_form_text_review_team (team != NULL ? team->name : NULL,
                                                      team != NULL ? team->decree : NULL,
                                                      report->review_ketua.name);
    }
  else
    {
      kn_report_person_from_employee (store, &report->review_ketua, NULL);
      report->review_team = g_strdup ("");
    }
}
