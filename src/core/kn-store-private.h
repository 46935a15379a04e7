/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the store's own files share: the instance struct and the SQL helpers. Never installed. */

#pragma once

#include "kinerja/kn-store.h"
#include "kinerja/kn-store-review.h"

#include "kn-db.h"

G_BEGIN_DECLS

/* "KNRJ": marks a file as ours, so that another program's SQLite file is never migrated. */
#define KN_APPLICATION_ID 0x4B4E524A

/* A bound on supervisor chains, far above any real hierarchy, so a damaged file cannot hang us. */
#define KN_STORE_MAX_CHAIN 10000

struct _KnStore
{
  GObject          parent_instance;

  char            *path;              /* owned */
  KnDb            *db;                /* owned */
  KnStoreOpenMode  mode;
  int              schema_version;
  guint            depth;             /* open transaction levels: the outermost, then savepoints */
  gint64           data_version;      /* what the engine said at the last look */
  guint            expecting;         /* commits of a second connection awaited (held looks:
                                       * kn_store_expect_commit) */

  GListStore      *units;             /* owned: KnOrgUnit in tree order */
  GHashTable      *units_by_id;       /* owned: gint64 → KnOrgUnit (ref) */
  GListStore      *employees;         /* owned: KnEmployee */
  GHashTable      *employees_by_id;   /* owned: gint64 → KnEmployee (ref) */
  GHashTable      *employees_by_nip;  /* owned keys: NIP → KnEmployee (borrowed) */
  gboolean         employees_loaded;  /* every employee read (kn_store_ensure_employees); until
                                       * then the two tables hold only those looked up */
  guint            employees_mark;    /* changes each time the employees are read anew or
                                       * dropped (load_all): kn_store_take_employees */

  char            *origin;            /* owned, nullable: kn_store_set_origin */
  char            *who;               /* owned, nullable: kn_store_who, read once */
  gint64           audit_second;      /* the second audit_second_text spells (Unix time) */
  char             audit_second_text[24]; /* "%Y-%m-%dT%H:%M:%S" of it, for the audit rows */
  GArray          *audit_groups;      /* owned, nullable: KnAuditGroup, one per object and
                                       * operation audited in the open write (kn-store-audit.c) */
  GArray          *audit_marks;       /* owned, nullable: guint, audit_groups' length at each
                                       * savepoint */
  GHashTable      *people_at;         /* owned, nullable: "id day" → GPtrArray of 5 nullable strings, the
                                       * person a final evaluation keeps (kn-store-eval.c),
                                       * read within the open transaction; dropped when one
                                       * begins, a level rolls back or a person, their history
                                       * or a unit changes (kn_store_forget_reads) */
  char            *period_text;       /* owned, nullable: the period kn_store_read_period read
                                       * last, as given */
  char            *period_name;       /* owned, nullable: its machine name */
  KnPeriod         period_parsed;     /* and what it is */
  GArray          *pending;           /* owned: KnStoreChange made in the open transaction */
  GArray          *marks;             /* owned: guint, pending's length at each savepoint */
  GQueue           committed;         /* KnStoreChanges (owned) waiting to be emitted */
  GMainContext    *context;           /* owned: where "changed" is emitted */
  guint            emit_source;       /* the idle that emits them */
  GSource         *watch;             /* owned, nullable: kn_store_watch_for_changes */

  guint            bulk;              /* inside kn_store_begin … commit */
  gboolean         units_dirty;       /* tree order to rebuild at commit */
  GPtrArray       *pending_employees; /* owned: added during a bulk, shown at commit */

  gboolean         login_read;        /* the fields below have been read (kn-store-server.c) */
  gboolean         login_restricted;  /* a person's login on a server, not the owner */
  KnServerRole     login_role;
  gint64           login_employee;    /* 0: none */
  gint64           login_unit;        /* an operator's unit; 0 otherwise */

  gint             n_background;      /* atomic: connections of its own open in other threads
                                       * (an integrity check, an automatic backup) */
  GPtrArray       *employees_read;    /* borrowed, nullable: read by load_all, taken by
                                       * kn_store_ensure_employees while the units are told */
  gboolean         restoring;         /* kn_store_restore_here_async is under way: reads go
                                       * on, writes are refused */
};

/* Tells "restoring" after self->restoring changed. */
void           kn_store_notify_restoring   (KnStore       *self);
/* Reads the login's role, person and unit again (kn-store-server.c); when they changed, notes
 * a change of "login" and returns TRUE. Nothing on a file or inside a transaction. */
gboolean       kn_store_read_login_again   (KnStore       *self);
/* Closes the connection and opens the file again (after a restore), migrating it; the models
 * are read again and "changed" says everything changed. On failure the store keeps a
 * connection to the file as it is (read-only if need be). */
gboolean       kn_store_reopen             (KnStore       *self,
                                            GError       **error);
/* Turns an engine error (KN_DB_ERROR) into a sentence for people (KN_STORE_ERROR) that keeps the
 * engine's reason; other errors pass through. */
void           kn_store_propagate_db_error (KnStore       *self,
                                            GError        *db_error,
                                            GError       **error);
/* TRUE for a failure of the database itself (busy, damaged, disk full, read-only, …), which no
 * person or record caused. */
gboolean       kn_store_error_is_about_database (const GError *error);
gboolean       kn_store_exec               (KnStore       *self,
                                            const char    *sql,
                                            GError       **error);
/* A cached, reset statement for @sql (a string literal), valid while the store lives. */
KnDbStmt      *kn_store_stmt               (KnStore       *self,
                                            const char    *sql,
                                            GError       **error);
void           kn_store_bind_text          (KnDbStmt      *stmt,
                                            int            index,
                                            const char    *text);
/* Binds NULL for 0. */
void           kn_store_bind_id            (KnDbStmt      *stmt,
                                            int            index,
                                            gint64         id);
/* Steps once and resets; FALSE with @error unless the statement is done or gave a row. */
gboolean       kn_store_step               (KnStore       *self,
                                            KnDbStmt      *stmt,
                                            GError       **error);
/* Steps without resetting: KN_DB_ROW, KN_DB_DONE, or KN_DB_FAILED with @error set. */
KnDbStep       kn_store_next               (KnStore       *self,
                                            KnDbStmt      *stmt,
                                            GError       **error);
/* A write: outside any transaction it begins one that takes the write lock at once (and waits
 * its turn for it); inside one it is a savepoint. Release commits the outermost level. */
gboolean       kn_store_savepoint_begin    (KnStore       *self,
                                            GError       **error);
gboolean       kn_store_savepoint_release  (KnStore       *self,
                                            GError       **error);
void           kn_store_savepoint_rollback (KnStore       *self);
/* Ends the write kn_store_savepoint_begin opened, the tail of every write: when @ok, releases
 * it (FALSE with @error when that fails, the write then undone); otherwise undoes it, @error
 * already saying why. Returns whether the write stands. */
gboolean       kn_store_savepoint_end      (KnStore       *self,
                                            gboolean       ok,
                                            GError       **error);
/* A write of ONE changing statement (its audit rows and change notes collected after it):
 * outside a transaction it is kn_store_savepoint_begin's own transaction (*@own TRUE); inside
 * one it needs no savepoint of its own (a statement that fails changes nothing, and what it
 * audits goes to the open level), and only the older audit rows the level collected are
 * written (kn_store_audit_flush). */
gboolean       kn_store_write_begin        (KnStore       *self,
                                            gboolean      *own,
                                            GError       **error);
/* Ends it as kn_store_savepoint_end does when @own; otherwise returns @ok. */
gboolean       kn_store_write_end          (KnStore       *self,
                                            gboolean       own,
                                            gboolean       ok,
                                            GError       **error);
/* What a final evaluation keeps of person @id on @day (@n_values nullable strings), as read
 * in the open transaction: NULL when not read yet or outside one (KnStore.people_at). */
GPtrArray     *kn_store_recall_person      (KnStore       *self,
                                            gint64         id,
                                            const char    *day);
void           kn_store_remember_person    (KnStore       *self,
                                            gint64         id,
                                            const char    *day,
                                            char         **values,
                                            guint          n_values);
/* Drops what the open transaction remembered of its own reads (KnStore.people_at). */
void           kn_store_forget_reads       (KnStore       *self);
/* Change notification (kn-store-changes.c) */

typedef struct
{
  char   *entity;   /* owned */
  gint64  id;
} KnStoreChange;

struct _KnStoreChanges
{
  gboolean  external;
  char     *origin;   /* owned, nullable */
  GArray   *items;    /* owned: KnStoreChange, each entity and id once */
};

void           kn_store_changes_init       (KnStore       *self);
void           kn_store_changes_finalize   (KnStore       *self);
/* Notes that the open transaction (or the statement just run outside one) changed @entity @id. */
void           kn_store_note_change        (KnStore       *self,
                                            const char    *entity,
                                            gint64         id);
/* The transaction levels: what they did is kept, forgotten, or handed on for "changed". */
void           kn_store_changes_begin      (KnStore       *self);
void           kn_store_changes_savepoint  (KnStore       *self);
void           kn_store_changes_release    (KnStore       *self);
void           kn_store_changes_rollback_to (KnStore      *self);
void           kn_store_changes_committed  (KnStore       *self);
void           kn_store_changes_rolled_back (KnStore      *self);
/* Emits "changed" now (kn-store.c owns the signal). */
void           kn_store_emit_changed       (KnStore        *self,
                                            KnStoreChanges *changes);
/* Reads units and employees again into the live models. */
gboolean       kn_store_reload             (KnStore       *self,
                                            GError       **error);

/* For tests: how long a write waits for another program's write (5 s unless set). */
void           kn_store_set_busy_timeout   (KnStore       *self,
                                            int            milliseconds);
/* Audits one changed field of @entity @entity_id. The fields of one object and operation within
 * a write are collected and written as ONE audit row when the write's savepoint is released
 * (kn_store_audit_release), or at once outside a transaction; a rolled-back savepoint drops
 * what it collected. */
gboolean       kn_store_audit              (KnStore       *self,
                                            const char    *entity,
                                            gint64         entity_id,
                                            const char    *action,
                                            const char    *field,
                                            const char    *old_value,
                                            const char    *new_value,
                                            GError       **error);
/* Who saves, for row versions: the server's session user, or the computer's user. */
const char    *kn_store_who                (KnStore       *self);
/* Now, as stored in changed_at (UTC, ISO 8601). */
char          *kn_store_now_text           (void);
/* A save of @table's row @id found a newer version than the one read: KN_STORE_ERROR_CHANGED
 * saying who saved it and when (@table: "plan" or "evaluation"). */
void           kn_store_set_changed_error  (KnStore       *self,
                                            const char    *table,
                                            gint64         id,
                                            GError       **error);
/* The audit rows collected at the innermost level: kn_store_audit_savepoint when a savepoint
 * opens (a fresh start at the outermost level), kn_store_audit_release writes the level's rows
 * before it is released or committed (FALSE with @error set: roll the level back),
 * kn_store_audit_rollback_to forgets them when it is rolled back. */
void           kn_store_audit_savepoint    (KnStore       *self);
gboolean       kn_store_audit_release      (KnStore       *self,
                                            GError       **error);
void           kn_store_audit_rollback_to  (KnStore       *self);
/* A write that opens no savepoint of its own inside an open transaction (its audit rows go to
 * the open level, written when that level ends) calls this before it writes: the older rows a
 * level collected are written now, inside the level, so that a bulk's stay few in memory. */
gboolean       kn_store_audit_flush        (KnStore       *self,
                                            GError       **error);
void           kn_store_audit_finalize     (KnStore       *self);
/* Writes an "update" row only when the values differ. */
gboolean       kn_store_audit_change       (KnStore       *self,
                                            const char    *entity,
                                            gint64         entity_id,
                                            const char    *field,
                                            const char    *old_value,
                                            const char    *new_value,
                                            GError       **error);
/* NULL for 0. */
char          *kn_store_id_to_string       (gint64         id);
/* A number for the audit log, as it was typed: "77.8", not "77.799999999999997". */
char          *kn_store_number_to_string   (double         value);
/* @text without surrounding space; NULL when nothing is left (or @text is NULL). */
char          *kn_store_strip_or_null      (const char    *text);
/* Every employee (references), those added in an open bulk transaction included, in the order
 * the employees model shows them (new ones last). */
GPtrArray     *kn_store_all_employees      (KnStore       *self);
/* The SQL of the units under ?1, ?1 included, as a common table expression `subtree (id)`: one
 * recursive query over the indexed parent column (UNION, so a damaged cycle ends). */
#define KN_STORE_SUBTREE_CTE \
  "WITH RECURSIVE subtree (id) AS (SELECT id FROM org_unit WHERE id = ?1 UNION" \
  " SELECT org_unit.id FROM org_unit JOIN subtree ON org_unit.parent_id = subtree.id) "
/* An SQL condition: the row's `employee` was active (aktif or cuti, as kn_person_status_is_active
 * says) on some day of the common table expression `span (first_day, last_day)` (ISO dates) by
 * their dated statuses — active on its first day, or made active again inside it. Two probes of
 * the history index per person, so a list keeps its one query. */
#define KN_STORE_ACTIVE_IN_SPAN \
  "(coalesce ((SELECT h.status FROM employee_history AS h WHERE h.employee_id = employee.id" \
  " AND h.kind = 'status' AND h.start_date <= (SELECT first_day FROM span)" \
  " ORDER BY h.start_date DESC, h.id DESC LIMIT 1), 'aktif') IN ('aktif', 'cuti')" \
  " OR EXISTS (SELECT 1 FROM employee_history AS h WHERE h.employee_id = employee.id" \
  " AND h.kind = 'status' AND h.start_date > (SELECT first_day FROM span)" \
  " AND h.start_date <= (SELECT last_day FROM span) AND h.status IN ('aktif', 'cuti')))"
/* The pieces of KN_STORE_PLACED_CTE and KN_STORE_MOVED_CTE below: who has a mutasi, with the
 * mutasi before and after the span's last day, and where that places them. */
#define KN_STORE_MOVED_ONLY_CTE \
  ", moved (id, before_id, after_id) AS (SELECT m.employee_id," \
  " (SELECT h.id FROM employee_history AS h WHERE h.employee_id = m.employee_id" \
  " AND h.kind = 'mutasi' AND h.start_date <= (SELECT last_day FROM span)" \
  " ORDER BY h.start_date DESC, h.id DESC LIMIT 1)," \
  " (SELECT h.id FROM employee_history AS h WHERE h.employee_id = m.employee_id" \
  " AND h.kind = 'mutasi' AND h.start_date > (SELECT last_day FROM span)" \
  " ORDER BY h.start_date, h.id LIMIT 1)" \
  " FROM (SELECT DISTINCT employee_id FROM employee_history WHERE kind = 'mutasi') AS m)"
#define KN_STORE_MOVED_PLACEMENT \
  "SELECT moved.id," \
  " CASE WHEN b.id IS NOT NULL THEN b.unit_id WHEN a.id IS NOT NULL THEN a.prev_unit_id" \
  " ELSE e.unit_id END," \
  " CASE WHEN b.id IS NOT NULL THEN b.supervisor_id WHEN a.id IS NOT NULL" \
  " THEN a.prev_supervisor_id ELSE e.supervisor_id END" \
  " FROM moved JOIN employee AS e ON e.id = moved.id" \
  " LEFT JOIN employee_history AS b ON b.id = moved.before_id" \
  " LEFT JOIN employee_history AS a ON a.id = moved.after_id"
/* After KN_STORE_SUBTREE_CTE and `span`: the common table expressions `moved` and
 * `placed (id, unit_id, supervisor_id)`, everyone's unit and atasan on the span's last day by
 * their mutasi (as kn_store_unit_at says) — people never moved as recorded, read through the unit
 * index; join `placed` to `subtree` on its unit_id for the people of the unit then. */
#define KN_STORE_PLACED_CTE \
  KN_STORE_MOVED_ONLY_CTE \
  ", placed (id, unit_id, supervisor_id) AS (" \
  "SELECT employee.id, employee.unit_id, employee.supervisor_id FROM employee" \
  " JOIN subtree ON employee.unit_id = subtree.id WHERE employee.id NOT IN (SELECT id FROM moved)" \
  " UNION ALL " KN_STORE_MOVED_PLACEMENT ") "
/* The same people without a table of everyone placed built first (issue 13: it cost a fifth of
 * a unit's list). After KN_STORE_SUBTREE_CTE and `span`: the common table expressions `moved`
 * (as above) and `moved_placed (id, unit_id, supervisor_id)`, the unit and atasan on the span's
 * last day of the people with a mutasi only. The unit's people are then two branches of a
 * UNION ALL: those never moved, KN_STORE_STAYED_FROM … KN_STORE_STAYED_WHERE, straight
 * through the unit index, their unit and atasan those of `employee`; and the people moved,
 * KN_STORE_MOVED_FROM, theirs those of `moved_placed`. */
#define KN_STORE_MOVED_CTE \
  KN_STORE_MOVED_ONLY_CTE \
  ", moved_placed (id, unit_id, supervisor_id) AS (" KN_STORE_MOVED_PLACEMENT ") "
#define KN_STORE_STAYED_FROM \
  " FROM subtree JOIN employee ON employee.unit_id = subtree.id"
#define KN_STORE_STAYED_WHERE \
  " WHERE employee.id NOT IN (SELECT id FROM moved)"
#define KN_STORE_MOVED_FROM \
  " FROM moved_placed JOIN subtree ON moved_placed.unit_id = subtree.id" \
  " JOIN employee ON employee.id = moved_placed.id"
/* The first and the last day of @year, ISO, into buffers of 11 bytes. */
void           kn_store_year_days          (guint          year,
                                            char          *first,
                                            char          *last);
/* The first and last day of @period (ISO, 11 bytes each); the widest range when it does not
 * parse, so that nobody is left out by it. */
void           kn_store_period_days        (const char    *period,
                                            char          *first,
                                            char          *last);
/* The employees of @unit_id and the units under it (references), in the employees model's
 * order, by one query. */
GPtrArray     *kn_store_unit_members       (KnStore       *self,
                                            gint64         unit_id);
/* The heads of @unit_id (kn_store_is_unit_head), among the unit's own people (references). */
GPtrArray     *kn_store_unit_heads         (KnStore       *self,
                                            gint64         unit_id);
/* A newly allocated key for the gint64-keyed tables. */
gint64        *kn_store_id_key             (gint64         id);
/* Sorts the units into tree order (paths and depths); the model follows at once, or at commit
 * inside a bulk transaction. */
void           kn_store_rebuild_unit_order (KnStore       *self);
/* Sets the unit and supervisor names an employee shows. */
void           kn_store_fill_display_names (KnStore       *self,
                                            KnEmployee    *employee);
/* An employee from a row of "SELECT id, nip, name, status, rank, position, position_kind,
 * unit_id, supervisor_id". */
KnEmployee    *kn_store_employee_from_row  (KnDbStmt      *stmt);
/* The columns kn_store_employee_row_at reads, of the table `employee`. */
#define KN_STORE_EMPLOYEE_COLUMNS \
  "employee.id, employee.nip, employee.name, employee.status, employee.rank, employee.position," \
  " employee.position_kind, employee.unit_id, employee.supervisor_id"
/* The employee whose KN_STORE_EMPLOYEE_COLUMNS @stmt gives from column @first: the store's own
 * object — read from the row into the store when the employees are not all read yet; NULL when
 * they are and it is not among them. */
KnEmployee    *kn_store_employee_row_at    (KnStore       *self,
                                            KnDbStmt      *stmt,
                                            int            first);
/* Reads every employee into the live model and tables, once: the store opens without them
 * (a command about one unit reads only that unit's people), and whatever needs them all (the
 * model, a NIP, a walk over everyone, a write) reads them first. */
void           kn_store_ensure_employees   (KnStore       *self);
void           kn_store_index_employee     (KnStore       *self,
                                            KnEmployee    *employee);

/* A write's look-up of what it writes about: the store's own object (borrowed) of @id, or NULL
 * with KN_STORE_ERROR_NOT_FOUND and @message (NULL: "This unit/employee no longer exists; it
 * may have been deleted."). */
KnOrgUnit     *kn_store_require_unit       (KnStore       *self,
                                            gint64         id,
                                            const char    *message,
                                            GError       **error);
KnEmployee    *kn_store_require_employee   (KnStore       *self,
                                            gint64         id,
                                            const char    *message,
                                            GError       **error);

/* SKP: shared by the plan, plan-writing and template rooms */

/* Where a result or indicator was written, so that ids are set only once the save has landed. */
typedef struct
{
  GObject *object;   /* KnPlanResult or KnIndicator, borrowed */
  gint64   id;
} KnStoreNewId;

void           kn_store_set_plan_locked_error (GError             **error,
                                               KnPlanStatus         status);
gboolean       kn_store_text_is_blank      (const char    *text);
char          *kn_store_strip_dup          (const char    *text);
char          *kn_store_double_to_string   (gboolean       has_value,
                                            double         value);
char          *kn_store_attachments_joined (KnPlan              *plan,
                                            KnAttachmentSection  section);
gint64         kn_store_find_plan_id       (KnStore       *self,
                                            gint64         employee_id,
                                            guint          year,
                                            GError       **error);
char          *kn_store_short_text         (const char    *text);
gboolean       kn_store_validate_plan      (KnStore       *self,
                                            KnPlan        *plan,
                                            gboolean       is_template,
                                            GError       **error);
/* A sentence that names who supports @result_id, or NULL when nobody does. */
char          *kn_store_describe_supporters (KnStore      *self,
                                             gint64        result_id,
                                             gint64        except_plan_id);
/* Writes @plan (new when its id is 0) inside an open savepoint. */
gboolean       kn_store_write_plan         (KnStore       *self,
                                            KnPlan        *plan,
                                            KnPlan        *before,
                                            const char    *template_position,
                                            GArray        *new_ids,
                                            gint64        *plan_id_out,
                                            GError       **error);
/* A year an SKP can be for: four digits. Anything else would break the period lists. */
gboolean       kn_store_check_year         (guint          year,
                                            GError       **error);

/* Evaluation: shared by the evaluation and realisation rooms */

gboolean       kn_store_check_period       (const char    *period,
                                            KnPeriod      *parsed,
                                            GError       **error);
/* The machine name of @period ("2026-tw1" becomes "2026-TW1"), or a copy when it is not one. */
char          *kn_store_canonical_period   (const char    *period);
/* kn_store_check_period, then the machine name of @period, owned by the store and valid until
 * the next call (NULL with @error when it is not a period): the last one read is remembered, a
 * bulk write reads thousands of rows of one period. */
const char    *kn_store_read_period        (KnStore       *self,
                                            const char    *period,
                                            KnPeriod      *parsed,
                                            GError       **error);

/* Surveys (kn-store-survey.c): the IKM an IKI measured by it takes as its realisation when none
 * is recorded for @period; appended to @realizations (element: KnRealization). */
void           kn_store_add_survey_realizations (KnStore    *self,
                                                 gint64      plan_id,
                                                 const char *period,
                                                 GPtrArray  *realizations);

/* The Tim Penilai Kinerja's hold on finalising (kn-store-review.c): NULL when the evaluation
 * of @employee_id may be finalised; else the matter naming it, from @by_employee (employee id →
 * KnReviewEntry of @reviews) or a new entry added to @reviews. @reviewed_units caches
 * kn_store_unit_review_from per unit of the period's last day (gint64 * keys, freed by the
 * table). */
KnReviewEntry *kn_store_review_holds       (KnStore       *self,
                                            GHashTable    *by_employee,
                                            GHashTable    *reviewed_units,
                                            GPtrArray     *reviews,
                                            gint64         employee_id,
                                            const char    *period);

G_END_DECLS
