/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store: one database holding an office's data (a file, over an engine driver), and the
 * live models read from it. */

#pragma once

#include <gio/gio.h>

#include "kn-employee.h"
#include "kn-evaluation.h"
#include "kn-org-unit.h"
#include "kn-period.h"
#include "kn-plan.h"
#include "kn-rules.h"
#include "kn-training.h"

G_BEGIN_DECLS

#define KN_STORE_ERROR (kn_store_error_quark ())

typedef enum
{
  KN_STORE_ERROR_FAILED,      /* the database itself failed (disk full, corrupt, locked) */
  KN_STORE_ERROR_VERSION,     /* the file was written by a newer Kinerja */
  KN_STORE_ERROR_NOT_FOUND,   /* the unit or employee does not exist (any more) */
  KN_STORE_ERROR_INVALID,     /* a value is missing or wrong; the message names the field */
  KN_STORE_ERROR_DUPLICATE,   /* the NIP is already used by another employee */
  KN_STORE_ERROR_CYCLE,       /* the change would make someone their own superior, or a unit its own parent */
  KN_STORE_ERROR_IN_USE,      /* the unit still holds sub-units or employees; an RHK is supported */
  KN_STORE_ERROR_LOCKED,      /* the SKP is submitted or approved and cannot be edited */
  KN_STORE_ERROR_EXISTS,      /* the employee already has an SKP for that year */
  KN_STORE_ERROR_BUSY,        /* another program is writing and did not finish in time: retry */
  KN_STORE_ERROR_NO_DATABASE, /* opening without creating: there is no file at that path */
  KN_STORE_ERROR_PERMISSION,  /* the file or its folder may not be read (or written) */
  KN_STORE_ERROR_NOT_KINERJA, /* another program's file, an empty file, or not a database */
  KN_STORE_ERROR_DAMAGED,     /* the database is corrupt: restore a backup */
  KN_STORE_ERROR_DISK_FULL,   /* nothing could be written: the disk is full */
  KN_STORE_ERROR_READ_ONLY,   /* opened read-only, or the file is write-protected */
  KN_STORE_ERROR_CHANGED,     /* another desk saved the SKP or evaluation after it was read: reload */
} KnStoreError;

/* How kn_store_open_with_mode treats the file. */
typedef enum
{
  KN_STORE_OPEN_CREATE,     /* read-write; creates the file (0600) and its folder when missing,
                             * makes an empty file a database, migrates an older schema */
  KN_STORE_OPEN_EXISTING,   /* read-write; never creates a file or folder (an empty file is
                             * refused): for the window, which asks before creating one */
  KN_STORE_OPEN_READ_ONLY,  /* never creates, never changes the file, leaves no -wal/-shm beside
                             * it, never migrates: for commands that only read */
} KnStoreOpenMode;

typedef enum
{
  KN_STORE_CHECK_QUICK,     /* seconds at province scale: after the window's first frame */
  KN_STORE_CHECK_FULL,      /* every index against its table: for backups */
} KnStoreCheck;

/* What happens to the staff of an employee who is deleted. */
typedef enum
{
  KN_STAFF_ACTION_TO_SUPERIOR,  /* they report to the deleted person's own atasan */
  KN_STAFF_ACTION_CLEAR,        /* they are left without an atasan */
  KN_STAFF_ACTION_TO_EMPLOYEE,  /* they report to the employee given */
} KnStaffAction;

/* One changed field in the audit log. The log keeps one row per changed object and operation
 * of a write, its fields together; kn_store_list_audit gives each field as an entry of its own.
 * Entries of one row share its id, time and author, in the order the fields were changed. */
typedef struct
{
  gint64  id;          /* the audit row's */
  guint   field_index; /* the field's place in its row, from 0 */
  char   *at;          /* UTC, ISO 8601 */
  char   *entity;      /* "employee", "unit", "setting" */
  gint64  entity_id;
  char   *action;      /* "insert", "update", "delete" */
  char   *field;       /* nullable: the column that changed */
  char   *old_value;   /* nullable */
  char   *new_value;   /* nullable */
  char   *author;      /* nullable (older entries): the computer's user; on a server its login */
} KnAuditEntry;

void kn_audit_entry_free (KnAuditEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnAuditEntry, kn_audit_entry_free)

#define KN_TYPE_STORE (kn_store_get_type ())

G_DECLARE_FINAL_TYPE (KnStore, kn_store, KN, STORE, GObject)

/* The schema version this build writes (PRAGMA user_version). */
#define KN_STORE_SCHEMA_VERSION 13

GQuark       kn_store_error_quark          (void);
/* TRUE when @error says that the database cannot be used as it is: busy, missing, not
 * permitted, not a Kinerja database, damaged, on a full disk or read-only. */
gboolean     kn_store_error_is_unusable    (const GError   *error);

/* Opens @path, creating it (mode 0600) if it does not exist and migrating an older schema
 * forward after taking a backup copy beside it ("FILE.bak-vN"). The same as
 * kn_store_open_with_mode (@path, KN_STORE_OPEN_CREATE, @error). */
KnStore     *kn_store_open                 (const char     *path,
                                            GError        **error);
/* Opens @path as @mode says. Failures have their own codes, each with a message that says what
 * happened and what to do, and keeps the engine's reason: KN_STORE_ERROR_NO_DATABASE (nothing
 * there; EXISTING and READ_ONLY only), _PERMISSION, _BUSY, _NOT_KINERJA (another program's file,
 * an empty file outside CREATE, or not a database at all), _DAMAGED, _VERSION (newer; or older in
 * READ_ONLY, which cannot migrate), _DISK_FULL, and _FAILED for the rest (a folder, …).
 *
 * Commands that only read (lists, exports, documents, checks) open READ_ONLY; the window opens
 * EXISTING and, on KN_STORE_ERROR_NO_DATABASE, asks before opening CREATE. */
KnStore     *kn_store_open_with_mode       (const char     *path,
                                            KnStoreOpenMode mode,
                                            GError        **error);
/* TRUE when opened KN_STORE_OPEN_READ_ONLY: every write fails with KN_STORE_ERROR_READ_ONLY. */
gboolean     kn_store_is_read_only         (KnStore        *self);
/* Checks the database for damage (SQLite: PRAGMA quick_check or integrity_check); FALSE with
 * KN_STORE_ERROR_DAMAGED naming the first problems. QUICK is meant for the window after its first
 * frame, FULL for backups. */
gboolean     kn_store_check_integrity      (KnStore        *self,
                                            KnStoreCheck    check,
                                            GError        **error);
/* The same off the main thread, on a connection of its own (read-only): for the window, which
 * must not block while a large database is checked. */
void         kn_store_check_integrity_async  (KnStore            *self,
                                              KnStoreCheck        check,
                                              GCancellable       *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer            user_data);
gboolean     kn_store_check_integrity_finish (KnStore            *self,
                                              GAsyncResult       *result,
                                              GError            **error);
/* How many connections of this program's own work in other threads (an integrity check, an
 * automatic backup, a window's reading) have the store's file open now: a restore waits until
 * there are none. The property "n-background" is told on the store's main context whenever it
 * changes. */
guint        kn_store_get_n_background       (KnStore            *self);
/* Counts a connection to the store's file about to be opened in another thread; on the main
 * thread. */
void         kn_store_begin_background       (KnStore            *self);
/* That connection is closed; from any thread, with a reference to @self held meanwhile (the
 * store is told on its main context, and holds itself until then). */
void         kn_store_end_background         (KnStore            *self);
/* Backups (kn-store-backup.c). Every backup is a whole copy made with the engine's online
 * backup, written 0600 under a temporary name, checked in full (PRAGMA integrity_check) and only
 * then renamed into place. Automatic ones go to the folder "cadangan" beside the database, named
 * STEM-YYYY-MM-DD-HHMMSS-REASON.db; the newest KN_STORE_BACKUPS_KEPT are kept. */
typedef enum
{
  KN_STORE_BACKUP_DAILY,     /* after the window or kinerja-cli opened it: at most one a day,
                             * none of an empty database: "harian" */
  KN_STORE_BACKUP_IMPORT,    /* before an import: "impor" */
  KN_STORE_BACKUP_FINALISE,  /* before a whole unit is finalised: "final" */
} KnStoreBackupReason;

#define KN_STORE_BACKUPS_KEPT 14

/* The folder "cadangan" beside @database. */
char        *kn_store_backup_folder        (const char     *database);
/* A new name for a backup made by hand: FOLDER/STEM-YYYY-MM-DD-HHMMSS.db. */
char        *kn_store_backup_default_path  (const char     *database);
/* A checked copy of the database at @path (a regular file or nothing; replaced whole). Not
 * inside kn_store_begin … commit. */
gboolean     kn_store_backup               (KnStore        *self,
                                            const char     *path,
                                            GError        **error);
/* An automatic backup; its path, or NULL: with @error set when it failed, without when none
 * was due (a daily one exists already, a read-only store, or inside a transaction). */
char        *kn_store_backup_auto          (KnStore             *self,
                                            KnStoreBackupReason  reason,
                                            GError             **error);
/* The same off the main thread, on a connection of its own: for the window's daily backup,
 * which must not hold up its start on a large database. The result is as above. */
void         kn_store_backup_auto_async    (KnStore             *self,
                                            KnStoreBackupReason  reason,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
char        *kn_store_backup_auto_finish   (KnStore             *self,
                                            GAsyncResult        *result,
                                            GError             **error);
/* What imports and finalising call before they change anything: FALSE (and they change
 * nothing) when the backup failed. */
gboolean     kn_store_backup_before        (KnStore             *self,
                                            KnStoreBackupReason  reason,
                                            GError             **error);
/* Replaces the database at @database (created when missing) by the backup @backup, all or
 * nothing. The backup must be a whole, undamaged Kinerja database no newer than this build
 * (KN_STORE_ERROR_NOT_KINERJA, _VERSION, _DAMAGED); an older one is updated when next opened.
 * What it replaces is first copied to the backup folder (STEM-…-sebelum-pulih.db, never removed
 * automatically) and that copy's path returned in @kept_copy (NULL when there was nothing).
 * Refused with KN_STORE_ERROR_BUSY while any other connection, in any Kinerja window or
 * program, has the database open: close your own store first. */
gboolean     kn_store_restore              (const char     *database,
                                            const char     *backup,
                                            char          **kept_copy,
                                            GError        **error);
/* The newest backup of @database in its backup folder that is a whole, undamaged Kinerja
 * database this build reads (each is checked in full, newest first, so this may take a while on
 * a large database); NULL when there is none, and always for a server. For offering the last good
 * backup when the database is damaged. */
char        *kn_store_find_good_backup     (const char     *database);
/* kn_store_restore on the store's own database, for the window, in a thread: the store's
 * connection stays open for reading meanwhile (kn_store_is_restoring() is TRUE, writes fail
 * with KN_STORE_ERROR_BUSY, no backup is made), then the store opens the file again and emits
 * "changed" (external) so that every view reads it again, and only then does @callback come.
 * The window's own other connections (its readings) must have let go of the file first; another
 * program's refuse the restore (KN_STORE_ERROR_BUSY). Not read-only, not inside
 * kn_store_begin … commit. */
void         kn_store_restore_here_async   (KnStore             *self,
                                            const char          *backup,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
/* @kept_copy as kn_store_restore's. */
gboolean     kn_store_restore_here_finish  (KnStore             *self,
                                            GAsyncResult        *result,
                                            char               **kept_copy,
                                            GError             **error);
/* The property "restoring": told when a restore begins, and when it ends once the store has the
 * file open again. */
gboolean     kn_store_is_restoring         (KnStore             *self);
/* The default database: $XDG_DATA_HOME/kinerja/kinerja.db. */
char        *kn_store_default_path         (void);
const char  *kn_store_get_path             (KnStore        *self);
/* TRUE when @location names a database on a PostgreSQL server (a "postgresql://…" or
 * "postgres://…" URI) rather than a file. */
gboolean     kn_store_location_is_server   (const char     *location);

/* A server (kn-store-server.c). */

/* A table and its number of rows. */
typedef struct
{
  char   *table;
  gint64  n_rows;
} KnStoreTableCount;

void         kn_store_table_count_free     (KnStoreTableCount *count);
/* Sets up the database at @uri (a postgresql:// URI): creates it when it is missing and the
 * schema in one transaction; an up-to-date database is left as it is. Then makes the group
 * roles (kinerja_admin, _operator, _penilai, _pegawai) and grants each its privileges (which
 * needs CREATEROLE), afresh each time. */
gboolean     kn_store_server_init          (const char     *uri,
                                            GError        **error);
/* Moves the office's database @file into the empty server database @uri in one transaction,
 * and checks that every table has as many rows on the server as in the file. Returns the
 * tables and their rows (KnStoreTableCount), or NULL with nothing moved. @file is only read. */
GPtrArray   *kn_store_migrate_to_server    (const char     *file,
                                            const char     *uri,
                                            GError        **error);

/* Who a person is on a server: what their login may see and change (README, "Server"). */
typedef enum
{
  KN_SERVER_ROLE_ADMIN,     /* the BKD: everything */
  KN_SERVER_ROLE_OPERATOR,  /* an OPD's operator: the people, SKPs, evaluations of a unit's subtree */
  KN_SERVER_ROLE_PENILAI,   /* an atasan: reads their staff, rates them, approves their SKPs */
  KN_SERVER_ROLE_PEGAWAI,   /* an employee: reads their own, records their own realisation */
  KN_SERVER_ROLE_TIM,       /* a Tim Penilai Kinerja member: reads the units under review,
                             * records their team's decisions */
} KnServerRole;

/* "admin", "operator", "penilai", "pegawai", "tim"; FALSE for anything else. */
gboolean     kn_server_role_parse          (const char     *text,
                                            KnServerRole   *role);
const char  *kn_server_role_to_string      (KnServerRole    role);

/* A person's login on a server. */
typedef struct
{
  char         *login;
  char         *nip;
  char         *name;
  KnServerRole  role;
  gint64        unit_id;   /* an operator's unit; 0 for the other roles */
} KnServerLogin;

void         kn_server_login_free          (KnServerLogin *login);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnServerLogin, kn_server_login_free)

/* Gives the person with @nip a login on the server @self is open on (as the owner of its
 * database, with CREATEROLE): creates the login role @login (NULL: "kn" and the NIP's digits) or
 * updates it, makes it a member of the group role of @role only, and records whom it stands
 * for. @unit_id: the operator's unit (0: the person's own unit); 0 for the other roles.
 * @password: the login's password, sent to the server only hashed; NULL leaves a new login
 * without one (peer or certificate authentication) and an existing one's as it was. Also makes
 * the group roles and their privileges (as kn_store_server_init). Returns the login's name. */
char        *kn_store_server_add_user      (KnStore        *self,
                                            const char     *nip,
                                            KnServerRole    role,
                                            gint64          unit_id,
                                            const char     *login,
                                            const char     *password,
                                            GError        **error);
/* The logins of the server's database, by role then name. Element: KnServerLogin. */
GPtrArray   *kn_store_server_list_users    (KnStore        *self,
                                            GError        **error);
/* Takes away the login @login_or_nip (a login's name, or a NIP: every login of that person):
 * its record and the login role itself. Returns how many were removed (0 with @error set). */
guint        kn_store_server_remove_user   (KnStore        *self,
                                            const char     *login_or_nip,
                                            GError        **error);
int          kn_store_get_schema_version   (KnStore        *self);

/* What the login the store is open with may do, to show each role only what it may do (the
 * server enforces it all the same). On a file, and for the login that owns the server's
 * database (or a superuser), everything. */
typedef enum
{
  KN_STORE_RIGHT_KEEP_PEOPLE,   /* add, import, remove people and units (admin, operator) */
  KN_STORE_RIGHT_KEEP_PERSON,   /* change this person's records and SKP (their admin/operator; 0: a template) */
  KN_STORE_RIGHT_RATE,          /* rate this person and finalise their evaluation (their atasan, admin, operator) */
  KN_STORE_RIGHT_SETTINGS,      /* the office's settings and the distribution rules (admin) */
  KN_STORE_RIGHT_REVIEW,        /* the Tim Penilai Kinerja's teams and members (admin, operator) */
  KN_STORE_RIGHT_KEEP_UNIT,     /* a unit's org predikat, surveys, sub-units (admin, operator) */
  KN_STORE_RIGHT_PERIODS,       /* a year's periods, monthly or quarterly, province-wide (admin) */
  KN_STORE_RIGHT_DECIDE,        /* record the team's decisions (admin, operator, tim) */
} KnStoreRight;

/* TRUE when the store is open on a server with a person's login (not the database's owner):
 * only then is anything withheld. */
gboolean     kn_store_has_login            (KnStore        *self);
/* The login's role: KN_SERVER_ROLE_ADMIN on a file and for the owner. A login the server's
 * database does not map (it sees nothing) reads as KN_SERVER_ROLE_PEGAWAI without a person. */
KnServerRole kn_store_get_login_role       (KnStore        *self);
/* The person the login stands for (0: none, as on a file). */
gint64       kn_store_get_login_employee_id (KnStore       *self);
/* May the login do @right (to the person @id, for the rights about a person; to the unit @id
 * for KN_STORE_RIGHT_KEEP_UNIT; 0 for the others)? */
gboolean     kn_store_login_may            (KnStore        *self,
                                            KnStoreRight    right,
                                            gint64          id);
/* Reads the login's role, person and unit again (an admin may have changed them while the
 * window was open). When they changed, the store reads everything again (another role sees
 * other people) and "changed" says so, as after another program's change, then once more with
 * a change of the entity "login", so that what is offered follows. kn_store_check_for_changes
 * reads them again too. Returns TRUE when they changed; FALSE on a file. */
gboolean     kn_store_refresh_login        (KnStore        *self);
/* "Budi Santoso (Penilai)": who is signed in, for the window; NULL on a file and for the
 * owner. */
char        *kn_store_describe_login       (KnStore        *self);

/* Office settings (nama instansi, the town written beside signatures, …). */
char        *kn_store_get_setting          (KnStore        *self,
                                            const char     *key);
gboolean     kn_store_set_setting          (KnStore        *self,
                                            const char     *key,
                                            const char     *value,
                                            GError        **error);

/* Organisation units */

/* Every unit, in tree order (each unit followed by its sub-units, siblings by name). Live. */
GListModel  *kn_store_get_units            (KnStore        *self);
/* A snapshot of the direct sub-units of @parent_id (0: the OPDs), by name. */
GListModel  *kn_store_list_child_units     (KnStore        *self,
                                            gint64          parent_id);
KnOrgUnit   *kn_store_lookup_unit          (KnStore        *self,
                                            gint64          id);
/* Case-insensitive exact name match (the oldest unit if several share it); NULL if none.
 * The unit belongs to the store. */
KnOrgUnit   *kn_store_find_unit            (KnStore        *self,
                                            const char     *name);
/* The unit a person means by @text: its name, or its path with "/" or "›" between the levels
 * ("Badan Kepegawaian Daerah/Sekretariat"), case-insensitive. An ambiguous or unknown name is an
 * error that lists the candidates. */
KnOrgUnit   *kn_store_resolve_unit         (KnStore        *self,
                                            const char     *text,
                                            GError        **error);
/* TRUE when @unit_id is @ancestor_id or lies below it. */
gboolean     kn_store_unit_is_within       (KnStore        *self,
                                            gint64          unit_id,
                                            gint64          ancestor_id);
/* The id of the OPD @unit_id lies in (@unit_id itself when it is one), or 0 for an unknown
 * unit. */
gint64       kn_store_get_top_unit_id      (KnStore        *self,
                                            gint64          unit_id);
/* Adds a new unit; sets its id. */
gboolean     kn_store_add_unit             (KnStore        *self,
                                            KnOrgUnit      *unit,
                                            GError        **error);
/* Renames or moves the unit whose id @unit carries to @unit's name and parent. */
gboolean     kn_store_update_unit          (KnStore        *self,
                                            KnOrgUnit      *unit,
                                            GError        **error);
/* FALSE (KN_STORE_ERROR_IN_USE, saying how many and which) while the unit has sub-units or
 * employees. */
gboolean     kn_store_check_unit_deletable (KnStore        *self,
                                            gint64          unit_id,
                                            GError        **error);
/* Refused (KN_STORE_ERROR_IN_USE) while the unit has sub-units or employees. */
gboolean     kn_store_delete_unit          (KnStore        *self,
                                            gint64          unit_id,
                                            GError        **error);

/* Employees */

/* Every employee, in insertion order. Live. */
GListModel  *kn_store_get_employees        (KnStore        *self);
/* The employees read off the main thread (issue 13): a worker reads them from a store of its
 * own (kn_store_read_employees: new objects, in the employees model's order, without the names
 * shown beside them), and @self takes them (kn_store_take_employees) unless it has read its
 * employees already or anything reloaded them since kn_store_get_employees_mark() gave @mark
 * (then it returns FALSE and reads them itself when first asked). Its writes to employees read
 * them first, so a mark that still holds means nothing changed them through @self. */
gboolean     kn_store_has_employees        (KnStore        *self);
/* How many employees the file holds (one count, none read). */
guint        kn_store_count_employees      (KnStore        *self);
guint        kn_store_get_employees_mark   (KnStore        *self);
GPtrArray   *kn_store_read_employees       (KnStore        *self,
                                            GError        **error);
gboolean     kn_store_take_employees       (KnStore        *self,
                                            guint           mark,
                                            GPtrArray      *employees);
KnEmployee  *kn_store_lookup_employee      (KnStore        *self,
                                            gint64          id);
/* @nip in any typed form; NULL if no employee has it. */
KnEmployee  *kn_store_find_employee_by_nip (KnStore        *self,
                                            const char     *nip);
/* Checks every field of @employee as the store would on saving it (NIP valid and unique,
 * name, rank fitting the status, unit, superior without a cycle). */
gboolean     kn_store_validate_employee    (KnStore        *self,
                                            KnEmployee     *employee,
                                            GError        **error);
/* TRUE when making @supervisor_id the atasan of @employee_id would close a loop. */
gboolean     kn_store_would_create_cycle   (KnStore        *self,
                                            gint64          employee_id,
                                            gint64          supervisor_id);
/* The employees whose atasan is @employee_id (a snapshot). */
GPtrArray   *kn_store_list_staff           (KnStore        *self,
                                            gint64          employee_id);
/* The people of @unit_id and the units under it who are someone's atasan (a snapshot, in the
 * employees model's order), by one query over the unit's subtree. */
GPtrArray   *kn_store_list_unit_assessors  (KnStore        *self,
                                            gint64          unit_id);
gboolean     kn_store_add_employee         (KnStore        *self,
                                            KnEmployee     *employee,
                                            GError        **error);
/* Saves @employee (a copy edited by the caller) over the stored one with the same id. */
gboolean     kn_store_update_employee      (KnStore        *self,
                                            KnEmployee     *employee,
                                            GError        **error);
gboolean     kn_store_delete_employee      (KnStore        *self,
                                            gint64          employee_id,
                                            KnStaffAction   staff_action,
                                            gint64          new_supervisor_id,
                                            GError        **error);

/* SKP */

/* One line per SKP of a year, for lists and the cascade. */
typedef struct
{
  gint64        plan_id;
  gint64        employee_id;
  gint64        assessor_id;
  KnPlanStatus  status;
  guint         n_results;      /* RHK, utama and tambahan */
  guint         n_indicators;
  guint         n_unlinked;     /* main RHK that support no superior RHK (someone with an
                                 * atasan, not a JPT) */
} KnPlanSummary;

/* The status of someone's SKP of a year (kn_store_list_plan_statuses). */
typedef struct
{
  gint64        employee_id;
  KnPlanStatus  status;
} KnPlanStatusOf;

/* An RHK of someone else that supports a given RHK. */
typedef struct
{
  gint64  result_id;
  gint64  plan_id;
  gint64  employee_id;
  char   *text;
} KnSupportingResult;

void kn_supporting_result_free (KnSupportingResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnSupportingResult, kn_supporting_result_free)

/* The employee's SKP of @year, complete (results, indicators, expectations, attachments), with
 * each result's parent text filled in; NULL without an error when there is none. The plan is a
 * copy: edit it and give it to kn_store_save_plan. */
KnPlan      *kn_store_load_plan            (KnStore        *self,
                                            gint64          employee_id,
                                            guint           year,
                                            GError        **error);
KnPlan      *kn_store_load_plan_by_id      (KnStore        *self,
                                            gint64          plan_id,
                                            GError        **error);
/* Saves the whole plan in one transaction (a new one when its id is 0, always as a draft):
 * refused when it is not editable, when an RHK or IKI text is empty, when a superior RHK is not one of the assessor's
 * RHK of the same year, or when a removed RHK is still supported by someone's RHK. Sets the ids
 * of new results and indicators. Every change is audited. */
gboolean     kn_store_save_plan            (KnStore        *self,
                                            KnPlan         *plan,
                                            GError        **error);
/* Moves the workflow (kn_plan_status_can_change); a reason is required to return or reopen.
 * Submitting needs at least one RHK utama, and every RHK an IKI with a target. */
gboolean     kn_store_set_plan_status      (KnStore        *self,
                                            gint64          plan_id,
                                            KnPlanStatus    status,
                                            const char     *reason,
                                            GError        **error);
/* Refused when approved or when someone's RHK supports one of its RHK. */
gboolean     kn_store_delete_plan          (KnStore        *self,
                                            gint64          plan_id,
                                            GError        **error);
/* Every SKP of @year (element: KnPlanSummary, g_free). */
GPtrArray   *kn_store_list_plan_summaries  (KnStore        *self,
                                            guint           year);
/* The status of every SKP of @year, by one query that reads no RHK or IKI (element:
 * KnPlanStatusOf, ordered by employee id): what a list of people shows beside each name. */
GArray      *kn_store_list_plan_statuses   (KnStore        *self,
                                            guint           year);
/* The RHK of others that support @result_id (element: KnSupportingResult). */
GPtrArray   *kn_store_list_supporting_results (KnStore     *self,
                                            gint64          result_id);
/* Years that have at least one SKP, newest first (element: GUINT_TO_POINTER). */
GArray      *kn_store_list_plan_years      (KnStore        *self);
/* Copies the employee's SKP of @from_year into a new draft of @to_year; superior RHK are linked
 * again where the assessor's new plan has an RHK of the same text. */
KnPlan      *kn_store_copy_plan_to_year    (KnStore        *self,
                                            gint64          employee_id,
                                            guint           from_year,
                                            guint           to_year,
                                            GError        **error);

/* Indicator library: an RHK/IKI set per jabatan */

/* The jabatan that have a template, sorted. */
GStrv        kn_store_list_templates       (KnStore        *self);
/* Saves the RHK and IKI of @plan as the template of @position (replacing an older one). */
gboolean     kn_store_save_template        (KnStore        *self,
                                            const char     *position,
                                            KnPlan         *plan,
                                            GError        **error);
/* NULL without an error when there is none. Results carry the superior RHK text they
 * supported as parent text, and no parent id. */
KnPlan      *kn_store_load_template        (KnStore        *self,
                                            const char     *position,
                                            GError        **error);
gboolean     kn_store_delete_template      (KnStore        *self,
                                            const char     *position,
                                            GError        **error);

typedef enum
{
  KN_APPLY_SKIP_EXISTING,    /* employees who have an SKP for the year keep it */
  KN_APPLY_REPLACE_DRAFTS,   /* drafts and returned SKPs are replaced; others are kept */
} KnApplyMode;

/* Creates draft SKPs for @year from the template of @position: for @employee_id alone, or (when
 * 0) for everyone with that jabatan in @unit_id and its sub-units. All or nothing, in one
 * transaction. Superior RHK are linked where the assessor's plan has an RHK of the template's
 * text. The counts are optional. */
gboolean     kn_store_apply_template       (KnStore        *self,
                                            const char     *position,
                                            gint64          unit_id,
                                            gint64          employee_id,
                                            guint           year,
                                            KnApplyMode     mode,
                                            guint          *n_created,
                                            guint          *n_replaced,
                                            guint          *n_skipped,
                                            GError        **error);

/* Evaluation (penilaian) */

/* Quarters unless the year was switched to months. */
KnPeriodScheme kn_store_get_period_scheme  (KnStore        *self,
                                            guint           year);
/* Refused once an evaluation of that year exists. */
gboolean     kn_store_set_period_scheme    (KnStore        *self,
                                            guint           year,
                                            KnPeriodScheme  scheme,
                                            GError        **error);

/* The unit's capaian kinerja organisasi for a period; NONE when not set. */
KnOrgPredikat kn_store_get_org_predikat    (KnStore        *self,
                                            gint64          unit_id,
                                            const char     *period);
/* The one that applies: the unit's own, else the nearest unit's up the tree with one for the
 * period (@from_unit_id, nullable, receives that unit; 0 when none). */
KnOrgPredikat kn_store_get_applying_org_predikat (KnStore  *self,
                                            gint64          unit_id,
                                            const char     *period,
                                            gint64         *from_unit_id);
/* The one that applies to @employee_id's evaluation for @period: that of the unit they were in
 * on the period's last day (kn_store_unit_at), not the unit they are in now. Finalising and the
 * documents use it; the Penilaian check and kinerja-cli distribusi read the unit's own. */
KnOrgPredikat kn_store_get_evaluation_org_predikat (KnStore *self,
                                            gint64          employee_id,
                                            const char     *period,
                                            gint64         *from_unit_id);
/* Sets it (audited) and, through the mapping kept as data, the rating hasil kerja of the unit's
 * head(s) (whose atasan works outside the unit) in their draft evaluations. */
gboolean     kn_store_set_org_predikat     (KnStore        *self,
                                            gint64          unit_id,
                                            const char     *period,
                                            KnOrgPredikat   predikat,
                                            GError        **error);
/* The rating a head gets from the unit's predikat (the mapping table). */
KnRating     kn_store_rating_for_org_predikat (KnStore     *self,
                                            KnOrgPredikat   predikat);

/* NULL without an error when none is saved. */
KnEvaluation *kn_store_load_evaluation     (KnStore        *self,
                                            gint64          employee_id,
                                            const char     *period,
                                            GError        **error);
/* Every saved evaluation of an employee, oldest period first (element: KnEvaluation). */
GPtrArray   *kn_store_list_employee_evaluations (KnStore   *self,
                                            gint64          employee_id);
/* One evaluation per employee of @unit_id (sub-units included) for @period, saved or not (id
 * 0, assessor = atasan langsung); with @assessor_id not 0, only those whose atasan it is.
 * Who was active on no day of the period (pensiun, meninggal, diberhentikan, mutasi keluar,
 * CLTN, tugas belajar: kn_person_status_is_active) is left out, unless their evaluation of the
 * period was kept. Ordered like the employees model. Element: KnEvaluation. */
GPtrArray   *kn_store_list_unit_evaluations (KnStore       *self,
                                            gint64          unit_id,
                                            const char     *period,
                                            gint64          assessor_id);
/* One person of kn_store_list_unit_evaluations as a listing prints it, without objects: the
 * strings are the row's, valid during the call only. */
typedef struct
{
  gint64              employee_id;
  const char         *nip;
  const char         *name;
  gint64              evaluation_id;     /* 0: not rated yet */
  KnRating            rating_result;
  KnRating            rating_behaviour;
  KnEvaluationStatus  status;
} KnUnitRating;
typedef void (*KnUnitRatingFunc) (const KnUnitRating *rating,
                                  gpointer            user_data);
/* Calls @func for each person kn_store_list_unit_evaluations lists (@assessor_id 0), in the
 * same order, from one query: for listings of a large unit (kinerja-cli evaluasi), which need
 * neither the evaluations' objects nor the employees read. */
void         kn_store_foreach_unit_rating  (KnStore         *self,
                                            gint64           unit_id,
                                            const char      *period,
                                            KnUnitRatingFunc func,
                                            gpointer         user_data);
/* Inserts or updates (refused when final: KN_STORE_ERROR_LOCKED); the predikat is derived. */
gboolean     kn_store_save_evaluation      (KnStore        *self,
                                            KnEvaluation   *evaluation,
                                            GError        **error);
/* Takes the snapshot (names, NIP, ranks, positions, units of the employee, the assessor and
 * the assessor's superior; the unit's predikat) and locks. Needs both ratings. */
gboolean     kn_store_finalize_evaluation  (KnStore        *self,
                                            gint64          evaluation_id,
                                            GError        **error);
/* kn_store_save_evaluation, then kn_store_finalize_evaluation, with the checks of both: a new
 * evaluation is written once, final with its snapshot (the audit says what the two say). Sets
 * the id and row version of @evaluation, which stays as the caller made it otherwise. */
gboolean     kn_store_save_final_evaluation (KnStore       *self,
                                             KnEvaluation  *evaluation,
                                             GError       **error);
/* Finalises every rated draft of the unit (as listed by kn_store_list_unit_evaluations) in one
 * transaction; those without both ratings are left as they are and counted in @n_skipped. */
gboolean     kn_store_finalize_unit        (KnStore        *self,
                                            gint64          unit_id,
                                            const char     *period,
                                            gint64          assessor_id,
                                            guint          *n_final,
                                            guint          *n_skipped,
                                            GError        **error);
/* Back to draft; the reason is required and kept in the history. */
gboolean     kn_store_reopen_evaluation    (KnStore        *self,
                                            gint64          evaluation_id,
                                            const char     *reason,
                                            GError        **error);
/* The distribution pattern kept as data (element: KnDistributionRule). */
GArray      *kn_store_get_distribution_rules (KnStore      *self);
/* The unit's completion by one query over its subtree: its employees (sub-units included), how
 * many have their SKP of @year approved and their evaluation of @period (nullable: none) final. */
void         kn_store_count_unit_completion (KnStore       *self,
                                            gint64          unit_id,
                                            guint           year,
                                            const char     *period,
                                            guint          *employees,
                                            guint          *plans_approved,
                                            guint          *evaluations_final);
/* The unit's counts per predikat for @period (@counts indexed by KnPredikat) — the people whose
 * predikat its head sets, the head left out as in the recap — and the broken rules of the
 * capaian kinerja organisasi that applies (element: KnDistributionViolation). */
GPtrArray   *kn_store_check_distribution   (KnStore        *self,
                                            gint64          unit_id,
                                            const char     *period,
                                            guint           counts[KN_PREDIKAT_N]);

/* The angka kredit of a fungsional for @year from the annual predikat: @months ÷ 12 ×
 * conversion × coefficient, with the tables kept as data. The coefficient is that of the jenjang
 * held in @year (kn_store_position_at on each month's first day, averaged over the twelve
 * months), not today's. 0 without an annual predikat. */
double       kn_store_angka_kredit         (KnStore        *self,
                                            gint64          employee_id,
                                            guint           year,
                                            guint           months);

/* Realisasi and umpan balik */

typedef struct
{
  gint64    id;
  gint64    indicator_id;
  char     *period;
  gboolean  has_value;
  double    value;
  char     *text;            /* nullable: the realisation in words */
  char     *evidence;        /* nullable: bukti dukung, a note */
  char     *evidence_file;   /* nullable: a file copied into Kinerja's data folder */
} KnRealization;

KnRealization *kn_realization_new  (gint64          indicator_id,
                                    const char     *period);
void           kn_realization_free (KnRealization  *realization);
/* The realisation of @indicator_id among @realizations (KnRealization *: a period's, one per
 * indicator), or NULL. */
KnRealization *kn_realization_find (GPtrArray      *realizations,
                                    gint64          indicator_id);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnRealization, kn_realization_free)

typedef struct
{
  gint64       id;
  gint64       plan_id;
  char        *period;
  gint64       result_id;    /* the RHK it is about, or 0 */
  KnCoreValue  core_value;   /* the core value it is about, or KN_CORE_VALUE_N */
  char        *date;         /* ISO 8601 date */
  char        *text;
} KnFeedback;

KnFeedback  *kn_feedback_new  (gint64          plan_id,
                               const char     *period);
void         kn_feedback_free (KnFeedback     *feedback);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnFeedback, kn_feedback_free)

/* The realisations of a plan's IKI in @period (element: KnRealization). */
GPtrArray   *kn_store_list_realizations    (KnStore        *self,
                                            gint64          plan_id,
                                            const char     *period);
/* Inserts or replaces the realisation of the IKI for the period; refused when the employee's
 * evaluation of that period is final. */
gboolean     kn_store_save_realization     (KnStore        *self,
                                            KnRealization  *realization,
                                            GError        **error);
/* Copies @source_path into the evidence folder beside the database ("bukti/"), under a name
 * that will not clash, and returns the copy's path (to put in evidence_file). */
char        *kn_store_import_evidence_file (KnStore        *self,
                                            const char     *source_path,
                                            GError        **error);
/* Dated feedback of a plan in @period, oldest first (element: KnFeedback). */
GPtrArray   *kn_store_list_feedback        (KnStore        *self,
                                            gint64          plan_id,
                                            const char     *period);
gboolean     kn_store_add_feedback         (KnStore        *self,
                                            KnFeedback     *feedback,
                                            GError        **error);
gboolean     kn_store_delete_feedback      (KnStore        *self,
                                            gint64          feedback_id,
                                            GError        **error);

/* TRUE when @employee_id heads @unit_id: works in it (or below) and their atasan works outside
 * it, or has no atasan but people of the unit report to them. The capaian kinerja organisasi
 * sets the heads' rating hasil kerja, and the head signs the unit's documents. */
gboolean     kn_store_is_unit_head         (KnStore        *self,
                                            gint64          employee_id,
                                            gint64          unit_id);
/* The head who signs @unit_id's documents: the first of its heads (kn_store_is_unit_head) in the
 * employees' order, found among the unit's own people; NULL when it has none. Borrowed. */
KnEmployee  *kn_store_find_unit_head       (KnStore        *self,
                                            gint64          unit_id);

/* Pengembangan kompetensi */

/* The JP a year each PNS is owed (setting "jp-per-year", default 20). */
double       kn_store_get_jp_per_year      (KnStore        *self);
/* The employee's activities of @year (by date, oldest first). Element: KnTraining. */
GPtrArray   *kn_store_list_trainings       (KnStore        *self,
                                            gint64          employee_id,
                                            guint           year);
/* The JP the employee completed in @year. */
double       kn_store_training_hours       (KnStore        *self,
                                            gint64          employee_id,
                                            guint           year);
/* JP per employee in @year, for everyone who has any: gint64 * id → double * hours. */
GHashTable  *kn_store_training_totals      (KnStore        *self,
                                            guint           year);
/* Inserts (id 0) or updates; refused with a message naming the field when the title is empty,
 * the date is not a real date, or the JP is not more than 0 (or above 1000). Audited. */
gboolean     kn_store_save_training        (KnStore        *self,
                                            KnTraining     *training,
                                            GError        **error);
gboolean     kn_store_delete_training      (KnStore        *self,
                                            gint64          training_id,
                                            GError        **error);

/* Audit log of one entity (NULL @entity: everything), oldest first. Element: KnAuditEntry. */
GPtrArray   *kn_store_list_audit           (KnStore        *self,
                                            const char     *entity,
                                            gint64          entity_id);

/* Bulk work (demo, imports): everything between begin and commit is one transaction, and
 * rolled back whole by kn_store_rollback (a failed commit has rolled back already, and a
 * rollback then does nothing). Models update once at commit. */
gboolean     kn_store_begin                (KnStore        *self,
                                            GError        **error);
gboolean     kn_store_commit               (KnStore        *self,
                                            GError        **error);
void         kn_store_rollback             (KnStore        *self);

/* Change notification
 *
 * The store emits "changed" (KnStore *store, KnStoreChanges *changes) once for each commit that
 * changed something: from the main loop of the thread that opened the store, soon after the
 * commit, when the live models already show the change. @changes says what changed (each entity
 * kind and id, as in the audit log: "unit", "employee", "plan", "plan_result", "indicator",
 * "evaluation", "feedback", "training", "setting", "template", "period_scheme"; a realisation is
 * an "indicator" change) and who changed it (the origin set with kn_store_set_origin, e.g. a
 * dialog, so that it can tell its own changes). Commits made by another program are noticed by
 * kn_store_check_for_changes (or, while asked, kn_store_watch_for_changes), which emits the
 * same signal, marked external, with no entities. */

typedef struct _KnStoreChanges KnStoreChanges;

#define KN_TYPE_STORE_CHANGES (kn_store_changes_get_type ())

GType           kn_store_changes_get_type     (void) G_GNUC_CONST;
KnStoreChanges *kn_store_changes_copy         (const KnStoreChanges *changes);
void            kn_store_changes_free         (KnStoreChanges       *changes);
/* TRUE when another program (or another connection) made the change: what changed is unknown. */
gboolean        kn_store_changes_is_external  (const KnStoreChanges *changes);
/* The origin current when the change was committed; NULL when none was set. */
const char     *kn_store_changes_get_origin   (const KnStoreChanges *changes);
guint           kn_store_changes_get_n_items  (const KnStoreChanges *changes);
/* The @index-th change, in the order they were made (each entity and id once). */
void            kn_store_changes_get_item     (const KnStoreChanges *changes,
                                               guint                 index,
                                               const char          **entity,
                                               gint64               *id);
/* TRUE when an entity of kind @entity changed, or when the change is external. */
gboolean        kn_store_changes_touches      (const KnStoreChanges *changes,
                                               const char           *entity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnStoreChanges, kn_store_changes_free)

/* Names whoever makes the next changes ("employee-dialog", "import"); NULL when done. */
void         kn_store_set_origin           (KnStore        *self,
                                            const char     *origin);
/* Asks the engine whether another program committed since the last look (SQLite: PRAGMA
 * data_version; cheap). If so, reloads the live models, emits "changed" (external) and returns
 * TRUE. Meant for when the window gets the focus. Does nothing inside a transaction. */
gboolean     kn_store_check_for_changes    (KnStore        *self);
/* A second connection of this program (a worker's own store on the same file or server) is
 * about to commit, holding the write lock: when @expect, the store takes what was committed
 * elsewhere until now (as kn_store_check_for_changes does), then neither its watch nor
 * kn_store_check_for_changes looks again until kn_store_take_commit, so that the commit is not
 * read as another program's. FALSE undoes a TRUE when nothing was committed after all. */
void         kn_store_expect_commit        (KnStore              *self,
                                            gboolean              expect);
/* Takes a commit made by another connection of this program as the store's own, @changes being
 * what that store's "changed" said of it, and ends one kn_store_expect_commit: the store notes
 * the engine's version as seen and emits "changed" with those changes and their origin, not
 * marked external, so that nothing is read again but what they touch. When they touch what
 * the store keeps in memory (units, people, a setting, the login: anything but the records
 * "evaluation", "indicator", "plan", "plan_result", "training", "feedback"), or are external,
 * it does what kn_store_check_for_changes does instead. Call it from the thread that opened the
 * store as soon as the other connection has committed, after kn_store_expect_commit: another
 * program's commit between that connection's and this call would pass for part of it. Returns
 * TRUE when it took a commit; nothing inside a transaction. */
gboolean     kn_store_take_commit          (KnStore              *self,
                                            const KnStoreChanges *changes);
/* While @watch (off until asked), looks for other desks' commits by itself, as
 * kn_store_check_for_changes does, from the main loop of the thread that opened the store: on a
 * server as soon as the server tells of one (never for the store's own commits, which notify
 * already), on a file every two seconds (PRAGMA data_version). Inside a transaction it waits
 * for the end. A lost server connection is tried again 15 seconds after the loss, then less
 * often (up to every five minutes); each try first asks the server on a second connection made
 * step by step from the main loop, never blocking it, and connects again once it answers. For a
 * window left open; a program that runs and ends (kinerja-cli) has no need of it. Each TRUE is
 * undone by one FALSE (two windows of one store may each ask). */
void         kn_store_watch_for_changes    (KnStore        *self,
                                            gboolean        watch);

/* For migration tests: creates @path with the schema of @version (0 < @version ≤ current). */
gboolean     kn_store_create_at_version    (const char     *path,
                                            int             version,
                                            GError        **error);

G_END_DECLS
