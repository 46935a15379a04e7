/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the unit and ui tests share: temporary folders, people and units in a store, running
 * kinerja-cli, the Indonesian catalogue, and report data filled by hand. Display free: it stands
 * on the core alone (the ui tests' main-loop helpers are in tests/ui/kn-ui-test.h). */

#pragma once

#include <glib.h>

#include "kinerja/kn-chart-data.h"
#include "kinerja/kn-history.h"
#include "kinerja/kn-report-data.h"
#include "kinerja/kn-skm.h"
#include "kinerja/kn-store.h"
#include "kinerja/kn-training.h"

G_BEGIN_DECLS

/* Assertions are not fatal in the tests that start with kn_test_init, so that one failing test
 * does not hide the others; a test stops at these checkpoints rather than go on with objects that
 * are not there. */
#define STOP_IF_FAILED() \
  G_STMT_START { if (g_test_failed ()) return; } G_STMT_END
#define ASSERT_NO_ERROR(error) \
  G_STMT_START { g_assert_no_error (error); STOP_IF_FAILED (); } G_STMT_END

/* g_test_add of the test @func at @path with the including file's own Fixture type and its
 * fixture_set_up and fixture_tear_down (a file's main defines ADD as this). */
#define KN_TEST_ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

/* A fresh folder under the temporary folder; @prefix as for g_dir_make_tmp ("kinerja-XXXXXX"). */
char       *kn_test_make_folder      (const char        *prefix);
/* Removes @folder and everything in it, asserting that every file goes. */
void        kn_test_remove_tree      (const char        *folder);
/* How many times @part stands in @text (overlapping ones too). */
guint       kn_test_count_in         (const char        *text,
                                      const char        *part);
/* The names in @folder, sorted, separated by a space. */
char       *kn_test_folder_listing   (const char        *folder);
/* The permission bits (07777) of the file at @path itself (a link is not followed), asserting
 * that it is there. */
guint       kn_test_file_mode        (const char        *path);
/* Asserts that @folder holds the names @expected (kn_test_folder_listing's form: sorted,
 * separated by a space; "" for none), no more and no fewer. */
void        kn_test_assert_listing   (const char        *folder,
                                      const char        *expected);

/* The fixture of a test that writes into a folder of its own: g_test_add (…, KnTestFolder, NAME,
 * kn_test_folder_set_up, TEST, kn_test_folder_tear_down) gives a new temporary folder and the
 * path of the file NAME in it (not made; NULL when NAME is NULL). */
typedef struct
{
  char *dir;
  char *path;
} KnTestFolder;

void        kn_test_folder_set_up    (KnTestFolder      *fixture,
                                      gconstpointer      name);
/* Removes the folder and all in it (kn_test_remove_tree). */
void        kn_test_folder_tear_down (KnTestFolder      *fixture,
                                      gconstpointer      data);
/* g_test_add of the test @func at @path on a KnTestFolder without a file name. */
#define KN_TEST_FOLDER_ADD(path, func) \
  g_test_add (path, KnTestFolder, NULL, kn_test_folder_set_up, func, kn_test_folder_tear_down)

/* TRUE in the pg suite (KINERJA_TEST_ENGINE=postgresql): the test's stores are databases on the
 * private PostgreSQL server of $KINERJA_TEST_PG (./kinerja-dev test starts one). */
gboolean    kn_test_on_server        (void);
/* A fresh database on the test server made ready for logins (kn_store_server_init) and opened by
 * its owner; @uri receives its URI, @tag a random tag of 8 hex digits for the test's logins. */
KnStore    *kn_test_server_owner_open (char            **uri,
                                       char            **tag);
/* Undoes kn_test_server_owner_open: closes *@owner, frees the strings. */
void        kn_test_server_owner_close (KnStore        **owner,
                                        char           **uri,
                                        char           **tag);
/* Where a test's new database goes: @folder/@name, or in the pg suite a fresh database's URI
 * on the test server (created when first opened). */
char       *kn_test_database_location (const char       *folder,
                                       const char       *name);
/* A fresh database's URI on the test server ($KINERJA_TEST_PG with another database name). */
char       *kn_test_server_uri       (void);
/* Who a store at @location says saved a row: the URI's user on the test server, else the
 * computer's user (its real name where it has one). */
char       *kn_test_saver_name       (const char        *location);
/* Skips the current test in the pg suite (it reads or writes the file itself); TRUE then. */
gboolean    kn_test_skip_on_server   (const char        *why);

/* A new store in a new temporary folder (@prefix as for kn_test_make_folder); @folder and @path
 * (nullable) receive the folder and the database file. */
KnStore    *kn_test_store_new        (const char        *prefix,
                                      char             **folder,
                                      char             **path);
/* Opens the database at @path as @mode says, asserting that it opens. */
KnStore    *kn_test_store_open       (const char        *path,
                                      KnStoreOpenMode    mode);
/* Closes *@store and opens the database at @path again in its place. */
void        kn_test_store_reopen     (KnStore          **store,
                                      const char        *path);
/* Records @kind for @employee_id from @day (YYYY-MM-DD) with the unit, atasan and status it
 * sets (0 where the kind sets none), asserting that the store takes it. */
void        kn_test_add_history      (KnStore           *store,
                                      gint64             employee_id,
                                      KnHistoryKind      kind,
                                      const char        *day,
                                      gint64             unit_id,
                                      gint64             supervisor_id,
                                      KnPersonStatus     status);
/* Finalises evaluation @evaluation_id, asserting that the store takes it. */
void        kn_test_finalize         (KnStore           *store,
                                      gint64             evaluation_id);
/* Undoes kn_test_store_new: drops the store, removes the folder, frees the strings (each
 * nullable: a fixture that keeps no store passes NULL). */
void        kn_test_store_clear      (KnStore          **store,
                                      char             **folder,
                                      char             **path);

/* The store tests' fixture: a store in a new temporary folder, the unit a test file sets up in
 * it (0: none), and how many NIPs kn_test_fixture_add_person has handed out. A file's set-up
 * fills it (kn_test_store_new); kn_test_fixture_tear_down is its tear-down. */
typedef struct
{
  char    *folder;
  char    *path;
  KnStore *store;
  gint64   unit;
  guint    n_people;
} KnTestFixture;

void        kn_test_fixture_tear_down (KnTestFixture  *fixture,
                                       gconstpointer   data);
/* kn_test_add_staff into @fixture's store, the NIPs counted in @fixture. */
gint64      kn_test_fixture_add_person (KnTestFixture *fixture,
                                        const char    *name,
                                        const char    *position,
                                        KnPositionKind kind,
                                        gint64         unit_id,
                                        gint64         supervisor_id);

/* The store the backup tests start from: in a new temporary folder (the test's data @prefix, a
 * string, as for kn_test_make_folder), the unit "Dinas Pendidikan" with one PNS, Budi Rahayu
 * (KN_TEST_ONE_UNIT_NIP). Its tear-down is kn_test_fixture_tear_down. */
typedef KnTestFixture KnTestOneUnit;

#define KN_TEST_ONE_UNIT_NIP "198609262015051001"

void        kn_test_one_unit_set_up  (KnTestOneUnit     *fixture,
                                      gconstpointer      prefix);
/* g_test_add of the test @func at @path on a KnTestOneUnit whose folder is named after @prefix. */
#define KN_TEST_ONE_UNIT_ADD(path, prefix, func) \
  g_test_add (path, KnTestOneUnit, prefix, kn_test_one_unit_set_up, func, \
              kn_test_fixture_tear_down)

/* The employees of the unit @unit_id and of the units below it, in the store's order (new
 * references). */
GPtrArray  *kn_test_unit_members     (KnStore           *store,
                                      gint64             unit_id);
/* The same as their ids (gint64), as the CLI and the window take them. */
GArray     *kn_test_unit_member_ids  (KnStore           *store,
                                      gint64             unit_id);
/* Asserts that the employees in @employees (a model of KnEmployee) stand in the order of their
 * names as the lists sort them (kn_employee_dup_sort_name, collated). */
void        kn_test_assert_name_order (GListModel       *employees);
/* The name of the employee @id in @store, asserting that there is one ("" when not). */
const char *kn_test_person_name      (KnStore           *store,
                                      gint64             id);
/* The id of the RHK at @i in @plan, asserting that there is one (0 when not). */
gint64      kn_test_result_id_at     (KnPlan            *plan,
                                      guint              i);
/* Appends a new RHK to @plan and returns it, borrowed (the plan holds it). */
KnPlanResult *kn_test_plan_add_result (KnPlan          *plan,
                                       KnResultKind     kind,
                                       const char      *text,
                                       gint64           parent_id);
/* @uri (a server's) with @login as its user. */
char       *kn_test_uri_as           (const char        *uri,
                                      const char        *login);

gint64      kn_test_add_unit         (KnStore           *store,
                                      const char        *name,
                                      gint64             parent_id);
/* Adds a PNS; @rank NULL: IV/c for a JPT, III/c for anyone else. Returns the new id. */
gint64      kn_test_add_person       (KnStore           *store,
                                      const char        *nip,
                                      const char        *name,
                                      const char        *rank,
                                      const char        *position,
                                      KnPositionKind     kind,
                                      gint64             unit_id,
                                      gint64             supervisor_id);
/* Adds a PNS under the next number of kn_test_nip (@n_people counts them) with the rank of
 * kn_test_add_person. */
gint64      kn_test_add_staff        (KnStore           *store,
                                      guint             *n_people,
                                      const char        *name,
                                      const char        *position,
                                      KnPositionKind     kind,
                                      gint64             unit_id,
                                      gint64             supervisor_id);
/* Saves an activity of pengembangan kompetensi; @evidence nullable. Returns its id. */
gint64      kn_test_add_training     (KnStore           *store,
                                      gint64             employee_id,
                                      const char        *date,
                                      const char        *title,
                                      KnTrainingForm     form,
                                      double             hours,
                                      const char        *evidence);
/* The @n-th valid PNS number of a test: @known[n] while @known (NULL-terminated; NULL: five
 * common ones) lasts, then men born on successive days of January 1985 who became CPNS in
 * January 2010 (28 of them). */
char       *kn_test_nip              (guint              n,
                                      const char *const *known);

/* Runs $KINERJA_CLI with the arguments up to NULL in the C locale; returns the exit status (-1
 * when it did not exit). @out and @err (nullable) receive what it wrote. */
int         kn_test_run_cli          (char             **out,
                                      char             **err,
                                      const char        *first,
                                      ...) G_GNUC_NULL_TERMINATED;
/* The same with the arguments in a NULL-terminated array. */
int         kn_test_run_cliv         (char             **out,
                                      char             **err,
                                      const char *const *args);

/* The figure after @key ("VmHWM:", "VmRSS:"…) in this process's /proc/self/status, in KiB;
 * -1 where there is none. */
gint64      kn_test_proc_status_kib  (const char        *key);

/* TRUE when the sqlite3 command-line program is installed. */
gboolean    kn_test_have_sqlite3     (void);
/* The same, skipping the current test (and saying why) when it is not. */
gboolean    kn_test_require_sqlite3  (void);
/* Runs @sql on the database @db with the sqlite3 program (psql for a server's URI, printing as
 * sqlite3 does) and returns what it printed. */
char       *kn_test_run_sqlite       (const char        *db,
                                      const char        *sql);

/* Saves the two ratings (and nothing else) in the evaluation of @employee_id for @period in
 * @store, starting a draft with their atasan as assessor when there is none; returns its id. */
gint64      kn_test_save_ratings     (KnStore           *store,
                                      gint64             employee_id,
                                      const char        *period,
                                      KnRating           result,
                                      KnRating           behaviour);

/* Asserts that an import into the database file @db took a backup first (the only file in its
 * backup folder, named "…-impor.db") and that the backup's @table holds @n_rows rows, as before
 * the import. */
void        kn_test_assert_import_backup (const char    *db,
                                          const char    *table,
                                          guint          n_rows);

/* Damages the database file @db as a failing disk would: gives the page of the audit's index a
 * page type that does not exist (with the sqlite3 program). */
void        kn_test_damage_index     (const char        *db);

/* Row @i (from 1) of a generated roster of @n_heads dinas, for the large import tests and
 * bench-import: a unique, valid NIP (32 bytes; 13,440 people a year of birth, up to 40 years);
 * rows 1 to @n_heads head a dinas each (@bidang -1, @atasan empty); everyone else works in bidang
 * i % 5 of dinas (i − 1) % @n_heads and has its head's NIP as @atasan (32 bytes). */
void        kn_test_roster_row       (guint              i,
                                      guint              n_heads,
                                      char              *nip,
                                      guint             *dinas,
                                      int               *bidang,
                                      char              *atasan);
/* Row @i of that roster as a file holds it: its NIP and @atasan (32 bytes each), @name
 * "Pegawai Nomor I" followed by @title (96 bytes), and @unit "Dinas D", or for the staff
 * "Dinas D" @separator "Bidang B" (128 bytes). */
void        kn_test_roster_values    (guint              i,
                                      guint              n_heads,
                                      const char        *title,
                                      const char        *separator,
                                      char              *nip,
                                      char              *name,
                                      char              *unit,
                                      char              *atasan);

/* TRUE when pdftotext and pdfinfo are installed; else the test is skipped. */
gboolean    kn_test_have_poppler     (void);
/* Runs @argv (NULL-terminated, the program looked up on PATH) and returns what it printed;
 * stops the test with its error output when it fails. */
char       *kn_test_run_program      (const char * const *argv);
/* The same, except that when @skipped is not NULL, a program that exits with status 77 (its word
 * for "cannot check here", as a skipped test's) sets *@skipped and gives NULL. */
char       *kn_test_run_program_full (const char * const *argv,
                                      gboolean           *skipped);
/* The text of the PDF at @path by pdftotext with @mode ("-layout", "-raw"; NULL: "-layout"),
 * every page; NULL, the test skipped, when pdftotext is not installed. */
char       *kn_test_pdf_text         (const char        *path,
                                      const char        *mode);
/* TRUE when the file at @path is a whole PDF: it starts as one and ends with its trailer. */
gboolean    kn_test_is_complete_pdf  (const char        *path);
/* How full each page of the document PDF at @path is (a GArray of double): the foot of its
 * lowest line of text (the DRAF mark and the page number left out) as a share of the body's
 * height (15 mm from the top to 18 mm from the bottom, kn-document.c), read with
 * pdftotext -bbox. */
GArray     *kn_test_pdf_page_fills   (const char        *path);

/* g_test_init with isolated user folders and assertions that fail their own test only, so that
 * the other tests still run and report. In the pg suite without $KINERJA_TEST_PG the program
 * skips as a whole (TAP "1..0 # SKIP"), except under CI, where it fails. */
void        kn_test_init             (int               *argc,
                                      char            ***argv);

/* Runs the process in Indonesian (LANGUAGE, LANG and the id_ID.UTF-8 locale, as the users see
 * it), with the catalogue bound; aborts when the locale is missing. */
void        kn_test_use_indonesian   (void);

/* The folder of the built Indonesian catalogue ($KINERJA_LOCALEDIR), or NULL when it is not
 * built. */
char       *kn_test_find_locale_dir  (void);
/* The same, skipping the current test (and saying why) when it is not built. */
char       *kn_test_require_locale_dir (void);
/* For a test's child process: Indonesian first (LANGUAGE), the id_ID.UTF-8 locale (C.UTF-8 where
 * it is missing) and the catalogue in @dir bound, read as UTF-8. */
void        kn_test_bind_indonesian  (const char        *dir);
/* Runs @check in a child process of the test with Indonesian bound (kn_test_bind_indonesian), so
 * that switching the language does not leak into other tests, and fails when the child fails;
 * skips when the catalogue is not built. */
void        kn_test_in_indonesian    (void             (*check) (void));

/* Report data filled by hand, as the builders of kn-report-data.c would. kn_test_person_set
 * replaces what the person held (zeroed memory, or strings set before). */
void        kn_test_person_set       (KnReportPerson    *person,
                                      const char        *name,
                                      const char        *nip,
                                      const char        *rank,
                                      const char        *position,
                                      const char        *unit);
/* A result for KnReport.results (whose free function is kn_test_result_free). */
KnReportResult *kn_test_result_new   (KnResultKind       kind,
                                      const char        *text,
                                      const char        *parent_text,
                                      const char        *feedback);
void        kn_test_result_free      (gpointer           result);
/* Appends kn_test_result_new (@kind, @text, @parent_text, @feedback) to @report's results and
 * returns it, borrowed. */
KnReportResult *kn_test_report_add_result (KnReport     *report,
                                           KnResultKind  kind,
                                           const char   *text,
                                           const char   *parent_text,
                                           const char   *feedback);
void        kn_test_add_indicator    (KnReportResult    *result,
                                      const char        *category,
                                      const char        *text,
                                      const char        *target,
                                      const char        *realization,
                                      const char        *evidence,
                                      const char        *capaian);
/* Frees a KnRecapRow filled by hand (KnRecapReport.rows' free function). */
void        kn_test_recap_row_free   (gpointer           row);
/* A report of @kind as the documents' tests start one: of the Dinas Pendidikan dan Kebudayaan
 * of the Pemerintah Provinsi Lampung in Bandar Lampung, KUANTITATIF, the year 2026, no people
 * and an empty list of results (of kn_test_result_new). */
KnReport   *kn_test_report_new       (KnDocumentKind     kind);
/* Makes @report the final evaluation of @period: "Disetujui", the organisation Baik, hasil kerja
 * above expectations and perilaku as expected (predikat Baik), with the note @note, in a unit
 * whose predikat are distributed as @counts says (KN_PREDIKAT_N of them). */
void        kn_test_report_set_final (KnReport          *report,
                                      KnPeriod           period,
                                      const char        *note,
                                      const guint       *counts);
/* A recap of @unit for @period as the documents' tests start one: the Pemerintah Provinsi
 * Lampung in Bandar Lampung, the organisation Baik, no leader, and empty lists of rows (of
 * kn_test_recap_row_free), pattern rules and violations. */
KnRecapReport *kn_test_recap_new     (const char        *unit,
                                      KnPeriod           period);
/* The recap of the long documents' tests: kn_test_recap_new of the Dinas Pendidikan dan
 * Kebudayaan for the fourth quarter of 2026, signed by its head, Drs. H. Ahmad Fauzi, M.M. */
KnRecapReport *kn_test_recap_dinas   (void);
/* Appends to @report row @i (from 0), a teacher of SMA Negeri 2 Bandar Lampung, Penata Muda Tk. I,
 * III/b, named @name with the NIP @nip: a Guru Ahli Pertama Mata Pelajaran Bahasa Indonesia every
 * third row from the first, else a Guru Ahli Muda; every fourth from the first Sangat Baik (hasil
 * kerja above expectations), else Baik; final; counted in @report's counts. Returns the row,
 * borrowed. */
KnRecapRow *kn_test_recap_add_teacher (KnRecapReport    *report,
                                       guint             i,
                                       const char       *name,
                                       const char       *nip);

/* A distribution chart titled @title of @sk Sangat Kurang, @k Kurang, @bp Butuh Perbaikan, @b Baik
 * and @sb Sangat Baik, with the pattern the default rules set for a unit of predikat @org. */
KnDistributionChart kn_test_distribution_chart (const char    *title,
                                                KnOrgPredikat  org,
                                                guint          sk,
                                                guint          k,
                                                guint          bp,
                                                guint          b,
                                                guint          sb);

/* The predikat matrix of PermenPAN-RB 6/2022 written out by hand: every pair of ratings (hasil
 * kerja, perilaku) and its predikat, none where either rating is missing. */
typedef struct
{
  KnRating   result;
  KnRating   behaviour;
  KnPredikat predikat;
} KnTestPredikatCell;

extern const KnTestPredikatCell kn_test_predikat_matrix[];
extern const guint kn_test_predikat_matrix_n;

/* The four questionnaires of a service (those of test-skm-import), answers U1 to U9 (0: left
 * unanswered, as U5 in the second). By hand: IKM 80,32, mutu B (Baik). */
extern const guint8 kn_test_skm_rows[4][KN_SKM_N_UNSUR];

/* Fails when @found (a set of strings, one per finding) is not empty, after a test message
 * "@what: FINDING" for each, sorted. */
void kn_test_assert_none_found (GHashTable *found,
                                const char *what);

/* Appends to @result a new IKI of @aspect (KN_ASPECT_NONE: none, as a new one has) saying @text,
 * with the target @target (KN_TEST_NO_TARGET: no number) @unit (nullable), and returns it,
 * borrowed (the RHK holds it). */
#define KN_TEST_NO_TARGET (-G_MAXDOUBLE)

KnIndicator *kn_test_result_add_indicator (KnPlanResult *result,
                                           KnAspect      aspect,
                                           const char   *text,
                                           double        target,
                                           const char   *unit);

/* TRUE when @entries (KnAuditEntry, as kn_store_list_audit gives them) hold a row with these
 * values (NULL matches only NULL). */
gboolean     kn_test_audit_has           (GPtrArray    *entries,
                                          const char   *action,
                                          const char   *field,
                                          const char   *old_value,
                                          const char   *new_value);

/* Aborts, saying both, when @haystack (nullable) does not contain @needle. */
void         kn_test_assert_contains     (const char   *haystack,
                                          const char   *needle);

/* A "notify" handler that counts each property's notifications in @seen (a string hash table,
 * the property's name → how many times), and the count it holds for @name. */
void         kn_test_count_notify        (GObject      *object,
                                          GParamSpec   *pspec,
                                          GHashTable   *seen);
guint        kn_test_notify_count        (GHashTable   *seen,
                                          const char   *name);

/* Runs the main loop until nothing is pending: a bounded number of turns, never a sleep. */
void         kn_test_settle              (void);

/* Turns the main loop for @ms milliseconds whatever comes, for a test that something does not
 * happen within that time (a watch that must stay quiet). */
void         kn_test_run_for             (guint         ms);

/* A store's "changed" handler that keeps a copy of each KnStoreChanges in @seen (a GPtrArray
 * freeing them with kn_store_changes_free), and whether @changes holds @entity @id. */
void         kn_test_keep_changes        (KnStore        *store,
                                          KnStoreChanges *changes,
                                          GPtrArray      *seen);
gboolean     kn_test_changes_have        (KnStoreChanges *changes,
                                          const char     *entity,
                                          gint64          id);

/* A "notify::…" handler that adds one to the guint it is given. */
void         kn_test_count_cb            (GObject      *object,
                                          GParamSpec   *pspec,
                                          guint        *count);

/* The status of @employee's evaluation for @period as @store holds it; draft when there is none. */
KnEvaluationStatus kn_test_stored_status (KnStore      *store,
                                          gint64        employee,
                                          const char   *period);

/* The four questionnaires of kn_test_skm_rows as a form service's CSV export, answers in words
 * and numbers: NRR U1 3,50 · U2 3,25 · U3 2,75 · U4 4,00 · U5 2,67 (8/3, one left it
 * unanswered) · U6 3,25 · U7 3,75 · U8 2,50 · U9 3,25; Σ NRR = 28,9167; IKM = 28,9167 ÷ 9 × 25
 * = 80,3241 → 80,32, mutu B (Baik); the weakest unsur is U8 (2,50). */
extern const char kn_test_skm_csv[];

/* What one run of kinerja-cli wrote (each NULL before the first run), for a test that runs it
 * once or more: g_auto(KnTestCliRun) cli = { NULL }; kn_test_cli (&cli, ARGS…, NULL). */
typedef struct
{
  char *out;
  char *err;
} KnTestCliRun;

/* kn_test_run_cli into @run, in place of what the run before wrote; returns the exit status. */
int         kn_test_cli              (KnTestCliRun      *run,
                                      const char        *first,
                                      ...) G_GNUC_NULL_TERMINATED;
/* Frees what @run holds. */
void        kn_test_cli_run_clear    (KnTestCliRun      *run);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KnTestCliRun, kn_test_cli_run_clear)

/* Saves @plan into @store, then submits and approves it, asserting that each step is taken. */
void        kn_test_save_approved_plan (KnStore         *store,
                                        KnPlan          *plan);

G_END_DECLS
