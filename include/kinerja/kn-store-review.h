/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's Tim Penilai Kinerja: an office's independent review teams, their members with a
 * role, and the matter of each employee's evaluation of a period before the team: put before
 * it ("diajukan"), then decided ("setuju" or "mohon ditinjau ulang" with a reason). While a
 * matter waits for the team, that evaluation cannot be finalised. Audited. */

#pragma once

#include "kn-store.h"

G_BEGIN_DECLS

typedef enum
{
  KN_REVIEW_ROLE_KETUA,
  KN_REVIEW_ROLE_SEKRETARIS,
  KN_REVIEW_ROLE_ANGGOTA,
  KN_REVIEW_ROLE_N
} KnReviewRole;

typedef enum
{
  KN_REVIEW_SETUJU,          /* the team agrees with the evaluation */
  KN_REVIEW_TINJAU_ULANG,    /* the team asks the assessor to review it, with a reason */
  KN_REVIEW_DIAJUKAN,        /* put before the team, not decided yet: holds back finalising */
  KN_REVIEW_N
} KnReviewDecision;

/* "ketua", "sekretaris", "anggota" (stored, and typed on the command line) */
const char  *kn_review_role_to_string      (KnReviewRole      role);
gboolean     kn_review_role_from_string    (const char       *text,
                                            KnReviewRole     *role);
/* "Ketua", "Sekretaris", "Anggota": Indonesian, as the decree writes them. */
const char  *kn_review_role_label          (KnReviewRole      role);
/* "setuju", "tinjau-ulang", "diajukan" */
const char  *kn_review_decision_to_string  (KnReviewDecision  decision);
gboolean     kn_review_decision_from_string (const char      *text,
                                            KnReviewDecision *decision);
/* "Setuju", "Mohon ditinjau ulang", "Diajukan, menunggu keputusan tim" */
const char  *kn_review_decision_label      (KnReviewDecision  decision);

typedef struct
{
  gint64  id;
  char   *name;     /* owned: "Tim Penilai Kinerja Dinas Pendidikan 2026" */
  char   *decree;   /* owned, nullable: the nomor of the surat keputusan */
  guint   year;     /* the year it serves */
  gint64  unit_id;  /* the unit it is formed for, reviewing it and the units below it; 0: the
                     * whole instansi (teams formed before schema 12) */
} KnReviewTeam;

typedef struct
{
  gint64        employee_id;
  KnReviewRole  role;
} KnReviewMember;

typedef struct
{
  gint64            id;
  gint64            team_id;
  gint64            employee_id;
  char             *period;       /* owned: "2026-TW1" */
  KnReviewDecision  decision;
  char             *reason;       /* owned, nullable (never for TINJAU_ULANG); for DIAJUKAN,
                                   * what the team is asked to look at */
  char             *decided_at;   /* owned, nullable: UTC, ISO 8601; NULL while DIAJUKAN */
  char             *submitted_at; /* owned, nullable: when it was put before the team */
} KnReviewEntry;

/* Whether the matter still waits for the team (KN_REVIEW_DIAJUKAN). */
gboolean     kn_review_entry_is_open       (const KnReviewEntry *entry);

void         kn_review_team_free           (KnReviewTeam     *team);
void         kn_review_entry_free          (KnReviewEntry    *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnReviewTeam, kn_review_team_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnReviewEntry, kn_review_entry_free)

/* Forms a team for the whole instansi (every unit); its id, or 0 with a message naming the
 * field (the name empty, the year not four digits). */
gint64       kn_store_add_review_team      (KnStore          *self,
                                            const char       *name,
                                            const char       *decree,
                                            guint             year,
                                            GError          **error);
/* Forms a team for @unit_id (an OPD, or the instansi's top unit): it reviews the people of that
 * unit and of the units below it, nobody else. @unit_id 0: the whole instansi
 * (kn_store_add_review_team). 0 with a message when the unit does not exist. */
gint64       kn_store_add_unit_review_team (KnStore          *self,
                                            const char       *name,
                                            const char       *decree,
                                            guint             year,
                                            gint64            unit_id,
                                            GError          **error);
/* The unit @team_id is formed for; 0 for the whole instansi (or no such team). */
gint64       kn_store_get_review_team_unit (KnStore          *self,
                                            gint64            team_id);
/* Whether @team_id reviews @employee_id's evaluation of @period: a period of the team's year,
 * and the person was in the team's unit or a unit below it on the period's last day
 * (kn_store_unit_at), or the team serves the whole instansi. */
gboolean     kn_store_review_team_reaches  (KnStore          *self,
                                            gint64            team_id,
                                            gint64            employee_id,
                                            const char       *period);
/* The people @team_id reviews for @period (kn_store_review_team_reaches) among those on the
 * file the login sees, in the employees model's order, by one query; none for a period of
 * another year than the team's. Element: gint64. */
GArray      *kn_store_list_review_team_people (KnStore       *self,
                                               gint64         team_id,
                                               const char    *period);
/* The teams serving @year (0: all), oldest first. Element: KnReviewTeam. */
GPtrArray   *kn_store_list_review_teams    (KnStore          *self,
                                            guint             year);
/* Adds @employee_id to the team or changes their role. A team has one ketua at most: naming a
 * second is refused. */
gboolean     kn_store_set_review_member    (KnStore          *self,
                                            gint64            team_id,
                                            gint64            employee_id,
                                            KnReviewRole      role,
                                            GError          **error);
gboolean     kn_store_remove_review_member (KnStore          *self,
                                            gint64            team_id,
                                            gint64            employee_id,
                                            GError          **error);
/* The members, the ketua first, then sekretaris, then anggota. Element: KnReviewMember. */
GArray      *kn_store_list_review_members  (KnStore          *self,
                                            gint64            team_id);
/* Records (or replaces) the team's decision on @employee_id's evaluation of @period, or with
 * KN_REVIEW_DIAJUKAN puts it before the team (again), @reason then saying what to look at
 * (optional). "Mohon ditinjau ulang" needs a reason. The employee must exist, the period be
 * one, and the team reach the person (kn_store_review_team_reaches). */
gboolean     kn_store_record_review        (KnStore          *self,
                                            gint64            team_id,
                                            gint64            employee_id,
                                            const char       *period,
                                            KnReviewDecision  decision,
                                            const char       *reason,
                                            GError          **error);
/* The team's decisions of @period, by employee id. Element: KnReviewEntry. */
GPtrArray   *kn_store_list_reviews         (KnStore          *self,
                                            gint64            team_id,
                                            const char       *period);
/* The matter of @employee_id's evaluation of @period before any team: an open one (DIAJUKAN)
 * first, else the latest decision; NULL when there is none. */
KnReviewEntry *kn_store_get_review         (KnStore          *self,
                                            gint64            employee_id,
                                            const char       *period);
/* kn_store_get_review of everyone in @period in one query, by employee id: at most one entry
 * per employee. Element: KnReviewEntry. */
GPtrArray   *kn_store_list_period_reviews  (KnStore          *self,
                                            const char       *period);
/* The office's switch "review on" for @unit_id and its sub-units: while on, an evaluation of a
 * person of those units is finalised only after the team has agreed ("setuju") for that person
 * and period. Kept in the settings (on a server only an admin may change them); audited. */
gboolean     kn_store_set_unit_review      (KnStore          *self,
                                            gint64            unit_id,
                                            gboolean          on,
                                            GError          **error);
/* Whether @unit_id's own switch is on (not its parents'). */
gboolean     kn_store_get_unit_review      (KnStore          *self,
                                            gint64            unit_id);
/* The unit whose switch puts @unit_id under review: itself or the nearest parent with the
 * switch on; 0 when none. */
gint64       kn_store_unit_review_from     (KnStore          *self,
                                            gint64            unit_id);
/* The unit whose switch puts @employee_id's evaluation of @period under review: the unit the
 * person was in on the period's last day (kn_store_unit_at), not the one they are in now, or its
 * nearest parent with the switch on; 0 when none. */
gint64       kn_store_evaluation_review_from (KnStore        *self,
                                              gint64          employee_id,
                                              const char     *period);
/* The units whose own switch is on, by id. */
GArray      *kn_store_list_review_units    (KnStore          *self);
/* Whether @employee_id's evaluation of @period may be finalised as far as the team goes: no
 * matter open before it and, when their unit of the period is under review
 * (kn_store_evaluation_review_from), the team's latest decision is
 * "setuju". FALSE with a KN_STORE_ERROR_LOCKED message naming the person and what is missing. */
gboolean     kn_store_check_review_done    (KnStore          *self,
                                            gint64            employee_id,
                                            const char       *period,
                                            GError          **error);
/* kn_store_finalize_unit that also says who it held back: the drafts rated but with a matter
 * open before the team (kn_review_entry_is_open), or of a unit under review without the team's
 * "setuju", are not finalised; their matters are in @held (nullable; element: KnReviewEntry),
 * in the order of the employees; for a person the team has not seen yet, an entry with id 0,
 * team_id 0 and decision KN_REVIEW_N. */
gboolean     kn_store_finalize_unit_held   (KnStore          *self,
                                            gint64            unit_id,
                                            const char       *period,
                                            gint64            assessor_id,
                                            guint            *n_final,
                                            guint            *n_skipped,
                                            GPtrArray       **held,
                                            GError          **error);
/* Told, from the thread writing, how many of the @total evaluations listed a long write has
 * gone through (finalised, skipped or held back); @total with @done when it ends, before the
 * commit. */
typedef void (*KnStoreFinalizeProgress) (guint    done,
                                         guint    total,
                                         gpointer user_data);
/* kn_store_finalize_unit_held, calling @progress (nullable) every @every evaluations listed. */
gboolean     kn_store_finalize_unit_progress (KnStore                 *self,
                                              gint64                   unit_id,
                                              const char              *period,
                                              gint64                   assessor_id,
                                              guint                   *n_final,
                                              guint                   *n_skipped,
                                              GPtrArray              **held,
                                              guint                    every,
                                              KnStoreFinalizeProgress  progress,
                                              gpointer                 user_data,
                                              GError                 **error);

G_END_DECLS
