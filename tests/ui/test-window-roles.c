/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window on a server shows each login who it is and offers only what its role may do: a
 * pegawai neither adds, imports nor removes people, rates no one and finalises nothing; a
 * penilai rates their own staff and no one else; only an admin opens the Preferences. Runs
 * against the private PostgreSQL server of ./kinerja-dev test ($KINERJA_TEST_PG); skips
 * without one. */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "kn-desk-settings.h"
#include "kn-employee-dialog.h"
#include "kn-employees-page.h"
#include "kn-evaluation-page-private.h"
#include "kn-evaluation-page.h"
#include "kn-person-history-dialog.h"
#include "kn-plan-page.h"
#include "kn-preferences-window.h"
#include "kn-progress-dialog.h"
#include "kn-reports-page-private.h"
#include "kn-reports-page.h"
#include "kn-review-dialog.h"
#include "kn-skm-page.h"
#include "kn-training-page.h"

#include "kn-test-ui.h"

#define TEST_APP_ID "id.go.lampungprov.Kinerja.TestWindowRoles"
#define PERIOD "2026-TW1"

typedef struct
{
  char    *uri;
  char    *tag;
  KnStore *owner;
  gint64   unit;
  gint64   head;      /* the kepala: atasan of staff and other */
  gint64   staff;     /* atasan of clerk */
  gint64   other;
  gint64   clerk;
  gint64   indicator; /* the IKI of the clerk's SKP */
  guint    n_people;
} Fixture;

/* A login for @employee_id as @role; the store it opens. */
static KnStore *
open_as (Fixture      *fixture,
         const char   *what,
         gint64        employee_id,
         KnServerRole  role)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *login = g_strdup_printf ("w%s_%s", fixture->tag, what);
  g_autofree char *added = NULL;
  g_autofree char *uri = NULL;
  KnEmployee *employee = kn_store_lookup_employee (fixture->owner, employee_id);
  KnStore *store;

  added = kn_store_server_add_user (fixture->owner, kn_employee_get_nip (employee), role, 0, login,
                                    NULL, &error);
  g_assert_no_error (error);
  uri = kn_test_uri_as (fixture->uri, added);
  store = kn_store_open_with_mode (uri, KN_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  return store;
}

/* A window of the store open_as opens (into *@store), asserting that it says who is signed in
 * (@signed_in; NULL: not asserted). */
static KnWindow *
window_as (Fixture      *fixture,
           const char   *what,
           gint64        employee_id,
           KnServerRole  role,
           KnStore     **store,
           const char   *signed_in)
{
  KnWindow *window;

  *store = open_as (fixture, what, employee_id, role);
  window = kn_test_ui_open_window (TEST_APP_ID, *store, NULL);
  if (signed_in != NULL)
    g_assert_cmpstr (kn_window_get_login_subtitle (window), ==, signed_in);
  return window;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->owner = kn_test_server_owner_open (&fixture->uri, &fixture->tag);
  fixture->unit = kn_test_add_unit (fixture->owner, "Bidang Pembinaan SMA", 0);
  fixture->head = kn_test_add_staff (fixture->owner, &fixture->n_people, "Siti Aminah",
                                     "Kepala Bidang", KN_POSITION_ADMINISTRATOR, fixture->unit, 0);
  fixture->staff = kn_test_add_staff (fixture->owner, &fixture->n_people, "Budi Santoso",
                                      "Kepala Seksi", KN_POSITION_PENGAWAS, fixture->unit,
                                      fixture->head);
  fixture->other = kn_test_add_staff (fixture->owner, &fixture->n_people, "Citra Dewi",
                                      "Analis", KN_POSITION_AHLI_MUDA, fixture->unit,
                                      fixture->head);
  fixture->clerk = kn_test_add_staff (fixture->owner, &fixture->n_people, "Ahmad Fauzi",
                                      "Pengadministrasi", KN_POSITION_PELAKSANA, fixture->unit,
                                      fixture->staff);

  /* The clerk's learning activity of the year. */
  {
    g_autoptr(KnTraining) training = kn_training_new (fixture->clerk);

    training->date = g_strdup ("2026-03-12");
    training->title = g_strdup ("Bimtek Tata Naskah Dinas");
    training->form = KN_TRAINING_BIMTEK;
    training->hours = 16;
    g_assert_true (kn_store_save_training (fixture->owner, training, &error));
    g_assert_no_error (error);
  }

  /* The clerk's SKP, a draft with one IKI. */
  {
    g_autoptr(KnPlan) plan = kn_plan_new (fixture->clerk, 2026);
    KnPlanResult *result = kn_test_plan_add_result (plan, KN_RESULT_KIND_UTAMA,
                                                    "Tertatanya naskah dinas bidang", 0);
    KnIndicator *indicator =
      kn_test_result_add_indicator (result, KN_ASPECT_NONE, "Jumlah naskah dinas yang diarsipkan",
                                    120, "naskah");

    kn_indicator_set_aspect (indicator, KN_ASPECT_KUANTITAS);
    g_assert_true (kn_store_save_plan (fixture->owner, plan, &error));
    g_assert_no_error (error);
    fixture->indicator = kn_indicator_get_id (indicator);
  }
}

/* The SKP place on @employee_id's SKP. */
static KnPlanPage *
plan_page_of (KnWindow *window,
              gint64    employee_id)
{
  KnPlanPage *page = kn_window_get_plan_page (window);

  kn_window_show_place (window, "skp");
  kn_test_spin ();
  g_assert_true (kn_plan_page_select_employee (page, employee_id));
  kn_test_spin ();
  g_assert_nonnull (kn_plan_page_get_plan (page));
  return page;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_server_owner_close (&fixture->owner, &fixture->uri, &fixture->tag);
}

static void
test_no_server (void)
{
  g_test_skip ("no PostgreSQL server: $KINERJA_TEST_PG is unset (./kinerja-dev test starts one)");
}

static gboolean
offers (GtkWidget  *root,
        const char *action)
{
  GtkWidget *button = kn_test_find_action (root, action);

  g_assert_nonnull (button);
  return button != NULL && gtk_widget_is_sensitive (button);
}

static gboolean
rows_ready (gpointer data)
{
  return !kn_evaluation_page_is_loading (data);
}

/* The Penilaian place on the staff of @assessor, their first row chosen. */
static KnEvaluationPage *
evaluation_page_of (KnWindow *window,
                    Fixture  *fixture,
                    gint64    assessor)
{
  KnEvaluationPage *page = kn_window_get_evaluation_page (window);

  kn_window_show_place (window, "penilaian");
  /* Shown again, the place reads what changed meanwhile (in an idle). */
  kn_test_spin ();
  g_assert_true (kn_test_spin_until (rows_ready, page));
  g_assert_true (kn_evaluation_page_show (page, fixture->unit, PERIOD, assessor));
  g_assert_true (kn_test_spin_until (rows_ready, page));
  kn_test_spin ();
  g_assert_true (kn_test_spin_until (rows_ready, page));
  g_assert_cmpuint (g_list_model_get_n_items (kn_evaluation_page_get_rows (page)), >, 0);
  kn_evaluation_page_select_row (page, 0);
  kn_test_spin ();
  return page;
}

/* The employee dialog of @employee_id, opened by Pegawai's Ubah. */
static KnEmployeeDialog *
employee_dialog_of (KnWindow *window,
                    gint64    employee_id)
{
  KnEmployeesPage *page = kn_window_get_employees_page (window);
  GtkWidget *button, *content;
  const char *label;
  GtkWindow *dialog;

  kn_window_show_place (window, "pegawai");
  kn_test_spin ();
  g_assert_true (kn_employees_page_select_employee (page, employee_id));
  kn_test_spin ();
  button = kn_test_find_action (GTK_WIDGET (page), "employees.edit");
  g_assert_true (GTK_IS_BUTTON (button));
  content = gtk_button_get_child (GTK_BUTTON (button));
  g_assert_true (ADW_IS_BUTTON_CONTENT (content));
  label = adw_button_content_get_label (ADW_BUTTON_CONTENT (content));
  gtk_widget_activate_action (GTK_WIDGET (page), "employees.edit", NULL);
  kn_test_spin ();
  dialog = kn_employees_page_get_dialog (page);
  g_assert_true (KN_IS_EMPLOYEE_DIALOG (dialog));
  /* What the button said, for dialog_offers_changes to compare with what the dialog offers. */
  g_object_set_data_full (G_OBJECT (dialog), "edit-label", g_strdup (label), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "edit-tooltip",
                          g_strdup (gtk_widget_get_tooltip_text (button)), g_free);
  return KN_EMPLOYEE_DIALOG (dialog);
}

/* Does the employee dialog offer to change the person: Save, fields typed in, the history's
 * form, and Pegawai's button that opened it says "Ubah" (else "Lihat")? Closes the dialogs. */
static gboolean
dialog_offers_changes (KnEmployeeDialog *dialog)
{
  GtkEditable *name = kn_employee_dialog_get_entry (dialog, "name");
  gboolean save = offers (GTK_WIDGET (dialog), "dialog.save");
  KnPersonHistoryDialog *history;
  GtkWidget *form;
  gboolean adds;

  /* All or nothing: the fields, Save, the history's form, the button's word. */
  g_assert_cmpstr (g_object_get_data (G_OBJECT (dialog), "edit-label"), ==,
                   save ? "_Ubah" : "_Lihat");
  g_assert_cmpstr (g_object_get_data (G_OBJECT (dialog), "edit-tooltip"), ==,
                   save ? "Ubah Data Pegawai yang Dipilih (Enter)"
                        : "Lihat Data Pegawai yang Dipilih (Enter)");
  g_assert_cmpint (gtk_editable_get_editable (name), ==, save);
  g_assert_cmpint (gtk_widget_get_sensitive (GTK_WIDGET (kn_employee_dialog_get_chooser (dialog,
                                                                                         "unit"))),
                   ==, save);
  if (!save)
    g_assert_nonnull (gtk_widget_get_tooltip_text (kn_test_find_action (GTK_WIDGET (dialog),
                                                                        "dialog.save")));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.history", NULL);
  kn_test_spin ();
  history = KN_PERSON_HISTORY_DIALOG (kn_test_find_toplevel (KN_TYPE_PERSON_HISTORY_DIALOG));
  g_assert_nonnull (history);
  form = gtk_widget_get_ancestor (kn_person_history_dialog_get_field (history, "kind"),
                                  ADW_TYPE_PREFERENCES_GROUP);
  adds = gtk_widget_get_visible (form);
  g_assert_cmpint (adds, ==, save);
  gtk_window_destroy (GTK_WINDOW (history));
  gtk_window_destroy (GTK_WINDOW (dialog));
  kn_test_spin ();
  return save;
}

static gboolean
match_icon (GtkWidget *widget,
            gpointer   data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)),
                                              data) == 0;
}

/* Kompetensi on @employee_id: does it offer to add, correct and delete their activities? */
static gboolean
training_offers_changes (KnWindow *window,
                         Fixture  *fixture,
                         gint64    employee_id)
{
  KnTrainingPage *page = kn_window_get_training_page (window);
  GtkWidget *edit, *remove;
  gboolean adds;

  kn_window_show_place (window, "kompetensi");
  kn_test_spin ();
  g_assert_true (kn_training_page_show (page, fixture->unit, 2026));
  g_assert_true (kn_training_page_select_employee (page, employee_id));
  kn_test_spin ();
  g_assert_cmpuint (kn_training_page_get_activities (page)->len, ==, 1);
  edit = kn_test_find (GTK_WIDGET (page), match_icon, (gpointer)"document-edit-symbolic");
  remove = kn_test_find (GTK_WIDGET (page), match_icon, (gpointer)"user-trash-symbolic");
  g_assert_nonnull (edit);
  g_assert_nonnull (remove);
  adds = offers (GTK_WIDGET (page), "training.add");
  g_assert_cmpint (gtk_widget_get_visible (edit), ==, adds);
  g_assert_cmpint (gtk_widget_get_visible (remove), ==, adds);
  if (!adds)
    g_assert_nonnull (gtk_widget_get_tooltip_text (kn_test_find_action (GTK_WIDGET (page),
                                                                        "training.add")));
  return adds;
}

/* Penilaian's capaian kinerja organisasi and the year's period scheme: offered? */
static gboolean
offers_org_predikat (KnEvaluationPage *page)
{
  return gtk_widget_is_sensitive (GTK_WIDGET (page->org_dropdown));
}

static gboolean
offers_period_scheme (KnEvaluationPage *page)
{
  return gtk_widget_is_sensitive (GTK_WIDGET (page->scheme_dropdown));
}

static KnRating
rating_of (Fixture *fixture,
           gint64   employee_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) evaluation = kn_store_load_evaluation (fixture->owner, employee_id,
                                                                 PERIOD, &error);

  g_assert_no_error (error);
  return evaluation != NULL ? kn_evaluation_get_rating_result (evaluation) : KN_RATING_NONE;
}

static gint64
selected_person (KnEvaluationPage *page)
{
  g_autoptr(KnEvaluation) evaluation =
    g_list_model_get_item (kn_evaluation_page_get_rows (page),
                           kn_evaluation_page_get_selected_row (page));

  return evaluation != NULL ? kn_evaluation_get_employee_id (evaluation) : 0;
}

/* Rates the chosen row "b" from the keyboard (eval.rate) and waits for the page to load again. */
static void
rate_chosen_row (KnEvaluationPage *page)
{
  gtk_widget_activate_action (GTK_WIDGET (page), "eval.rate", "s", "b");
  kn_test_spin_until (rows_ready, page);
  kn_test_spin ();
}

/* Nothing refused in words ("tidak boleh"), and neither the unit's capaian kinerja organisasi nor
 * the year's periods offered. */
static void
assert_rates_nothing_of_the_unit (KnEvaluationPage *page)
{
  const char *message = kn_evaluation_page_get_message (page);

  g_assert_true (message == NULL || strstr (message, "tidak boleh") == NULL);
  g_assert_false (offers_org_predikat (page));
  g_assert_false (offers_period_scheme (page));
}

static void
test_pegawai (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(KnStore) store = NULL;
  KnWindow *window;
  GtkWidget *employees;
  KnEvaluationPage *page;

  /* Who is signed in, under the title. */
  window = window_as (fixture, "peg", fixture->clerk, KN_SERVER_ROLE_PEGAWAI, &store,
                      "Masuk sebagai Ahmad Fauzi (Pegawai)");

  /* The roster is read, not kept. */
  employees = GTK_WIDGET (kn_window_get_employees_page (window));
  g_assert_false (offers (employees, "employees.add"));
  g_assert_false (offers (employees, "employees.import"));
  g_assert_false (offers (employees, "employees.delete"));

  /* Nor training nor surveys brought in. */
  g_assert_false (offers (GTK_WIDGET (kn_window_get_training_page (window)), "training.import"));
  g_assert_false (offers (GTK_WIDGET (kn_window_get_skm_page (window)), "skm.import"));

  /* No Preferences: activating them opens nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
  kn_test_spin ();
  g_assert_null (kn_test_find_toplevel (KN_TYPE_PREFERENCES_WINDOW));

  /* Their SKP is read, not edited nor sent on (their operator keeps it). */
  {
    KnPlanPage *plan = plan_page_of (window, fixture->clerk);

    g_assert_false (kn_plan_page_get_editable (plan));
    g_assert_false (offers (GTK_WIDGET (plan), "skp.submit"));
  }

  /* Their own evaluation (as their atasan's staff): no rating, no Finalkan. */
  page = evaluation_page_of (window, fixture, fixture->staff);
  g_assert_cmpint (selected_person (page), ==, fixture->clerk);
  g_assert_false (offers (GTK_WIDGET (page), "eval.finalize-all"));
  rate_chosen_row (page);
  g_assert_cmpint (rating_of (fixture, fixture->clerk), ==, KN_RATING_NONE);
  /* Nor the unit's capaian kinerja organisasi, nor the year's periods. */
  assert_rates_nothing_of_the_unit (page);

  /* Their own data read, not changed (their operator keeps it); nor their training. */
  g_assert_false (dialog_offers_changes (employee_dialog_of (window, fixture->clerk)));
  g_assert_false (training_offers_changes (window, fixture, fixture->clerk));

  kn_test_ui_close (GTK_WINDOW (window), NULL);
}

static void
test_penilai (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(KnStore) store = NULL;
  KnWindow *window;
  GtkWidget *employees;
  KnEvaluationPage *page;

  window = window_as (fixture, "pen", fixture->head, KN_SERVER_ROLE_PENILAI, &store,
                      "Masuk sebagai Siti Aminah (Penilai)");
  employees = GTK_WIDGET (kn_window_get_employees_page (window));
  g_assert_false (offers (employees, "employees.add"));
  g_assert_false (offers (employees, "employees.import"));

  /* Their own staff: rated from the keyboard, saved on the server. */
  page = evaluation_page_of (window, fixture, fixture->head);
  g_assert_true (selected_person (page) == fixture->staff || selected_person (page) == fixture->other);
  rate_chosen_row (page);
  g_assert_cmpint (rating_of (fixture, fixture->staff) + rating_of (fixture, fixture->other), !=,
                   KN_RATING_NONE + KN_RATING_NONE);

  /* Their staff's staff are rated by their own atasan: not offered, and nothing refused. */
  page = evaluation_page_of (window, fixture, fixture->staff);
  g_assert_cmpint (selected_person (page), ==, fixture->clerk);
  rate_chosen_row (page);
  g_assert_cmpint (rating_of (fixture, fixture->clerk), ==, KN_RATING_NONE);
  assert_rates_nothing_of_the_unit (page);

  /* Their staff's data and training are read, kept by the operator. */
  g_assert_false (dialog_offers_changes (employee_dialog_of (window, fixture->staff)));
  g_assert_false (training_offers_changes (window, fixture, fixture->clerk));

  kn_test_ui_close (GTK_WINDOW (window), NULL);
}

/* The operator of the unit keeps its people: their data, history and training, the unit's
 * capaian kinerja organisasi, the periods; and what they change is saved on the server. */
static void
test_operator (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  KnWindow *window;
  KnEmployeeDialog *dialog;
  KnEvaluationPage *page;
  GPtrArray *activities;

  gint64 other = kn_test_add_unit (fixture->owner, "Bidang Pembinaan SMK", 0);
  KnSkmPage *skm;

  window = window_as (fixture, "op", fixture->head, KN_SERVER_ROLE_OPERATOR, &store,
                      "Masuk sebagai Siti Aminah (Operator)");

  /* Units below their own are theirs to add; their own unit's name and place, and other
   * units, are the admin's. */
  {
    KnEmployeesPage *employees = kn_window_get_employees_page (window);

    kn_employees_page_select_unit (employees, fixture->unit);
    kn_test_spin ();
    g_assert_true (offers (GTK_WIDGET (employees), "units.add"));
    g_assert_false (offers (GTK_WIDGET (employees), "units.edit"));
    kn_employees_page_select_unit (employees, other);
    kn_test_spin ();
    g_assert_false (offers (GTK_WIDGET (employees), "units.add"));
    g_assert_false (offers (GTK_WIDGET (employees), "units.delete"));
    kn_employees_page_select_unit (employees, 0);
    kn_test_spin ();
  }

  g_assert_true (dialog_offers_changes (employee_dialog_of (window, fixture->clerk)));
  dialog = employee_dialog_of (window, fixture->clerk);
  gtk_editable_set_text (kn_employee_dialog_get_entry (dialog, "position"),
                         "Pengadministrasi Umum");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  kn_test_spin ();
  /* Saved: the dialog has closed (refused, it would stay open and say why). */
  g_assert_null (kn_employees_page_get_dialog (kn_window_get_employees_page (window)));
  kn_store_check_for_changes (fixture->owner);
  g_assert_cmpstr (kn_employee_get_position (kn_store_lookup_employee (fixture->owner,
                                                                       fixture->clerk)),
                   ==, "Pengadministrasi Umum");

  /* Training recorded as the activity dialog's Save does. */
  g_assert_true (training_offers_changes (window, fixture, fixture->clerk));
  g_assert_true (kn_training_page_submit (kn_window_get_training_page (window), 0,
                                          "Pelatihan Arsip Digital", "20-04-2026",
                                          KN_TRAINING_PELATIHAN, "8", NULL, NULL, &error));
  g_assert_no_error (error);
  activities = kn_store_list_trainings (fixture->owner, fixture->clerk, 2026);
  g_assert_cmpuint (activities->len, ==, 2);
  g_ptr_array_unref (activities);

  page = evaluation_page_of (window, fixture, fixture->head);
  g_assert_true (offers_org_predikat (page));
  /* The year's periods are the province's: the admin's (BKD), not one OPD's operator's. */
  g_assert_false (offers_period_scheme (page));
  /* Another unit's capaian, which the tree shows them, is not theirs. */
  g_assert_true (kn_evaluation_page_show (page, other, PERIOD, 0));
  g_assert_true (kn_test_spin_until (rows_ready, page));
  g_assert_false (offers_org_predikat (page));
  page = evaluation_page_of (window, fixture, fixture->head);
  gtk_drop_down_set_selected (page->org_dropdown, 1);
  kn_test_spin_until (rows_ready, page);
  g_assert_cmpint (kn_store_get_org_predikat (fixture->owner, fixture->unit, PERIOD), !=,
                   KN_ORG_PREDIKAT_NONE);

  /* Their unit's surveys, not another's. */
  skm = kn_window_get_skm_page (window);
  kn_window_show_place (window, "skm");
  kn_test_spin ();
  g_assert_true (kn_skm_page_show (skm, fixture->unit, PERIOD));
  kn_test_spin ();
  g_assert_true (offers (GTK_WIDGET (skm), "skm.import"));
  g_assert_true (kn_skm_page_show (skm, other, PERIOD));
  kn_test_spin ();
  g_assert_false (offers (GTK_WIDGET (skm), "skm.import"));

  kn_test_ui_close (GTK_WINDOW (window), NULL);
}

/* An admin changes a pegawai's role to operator with kinerja-cli while their window is open:
 * the change's notification, looked for when the window gets the focus, has the window offer
 * the operator's commands; and back. */
static void
test_role_change (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(KnStore) store = NULL;
  g_autofree char *login = g_strdup_printf ("w%s_rc", fixture->tag);
  const char *nip = kn_employee_get_nip (kn_store_lookup_employee (fixture->owner,
                                                                   fixture->clerk));
  KnWindow *window;
  GtkWidget *employees;
  KnEvaluationPage *page;

  window = window_as (fixture, "rc", fixture->clerk, KN_SERVER_ROLE_PEGAWAI, &store,
                      "Masuk sebagai Ahmad Fauzi (Pegawai)");
  employees = GTK_WIDGET (kn_window_get_employees_page (window));
  g_assert_false (offers (employees, "employees.add"));
  page = evaluation_page_of (window, fixture, fixture->staff);
  g_assert_false (offers_org_predikat (page));

  for (guint round = 0; round < 2; round++)
    {
      const char *role = round == 0 ? "operator" : "pegawai";
      const char *argv[] = { g_getenv ("KINERJA_CLI"), "server", "user", "add", nip,
                             "--role", role, "--login", login, "--no-password",
                             "-d", fixture->uri, NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autoptr(GError) error = NULL;
      int status = -1;
      gboolean operator = round == 0;

      g_assert_nonnull (argv[0]);
      g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                    &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));

      /* What the window does when it gets the focus. */
      kn_store_check_for_changes (store);
      kn_store_refresh_login (store);
      kn_test_spin ();

      g_assert_cmpstr (kn_window_get_login_subtitle (window), ==,
                       operator ? "Masuk sebagai Ahmad Fauzi (Operator)"
                                : "Masuk sebagai Ahmad Fauzi (Pegawai)");
      g_assert_cmpint (offers (employees, "employees.add"), ==, operator);
      g_assert_cmpint (offers (GTK_WIDGET (kn_window_get_training_page (window)),
                               "training.import"), ==, operator);
      g_assert_cmpint (kn_plan_page_get_editable (plan_page_of (window, fixture->clerk)), ==,
                       operator);
      page = evaluation_page_of (window, fixture, fixture->staff);
      g_assert_cmpint (offers_org_predikat (page), ==, operator);
      g_assert_cmpint (dialog_offers_changes (employee_dialog_of (window, fixture->clerk)), ==,
                       operator);
    }

  kn_test_ui_close (GTK_WINDOW (window), NULL);
}

/* The realisation and feedback of the clerk's period: the clerk records their realisation and
 * gives no feedback; their atasan gives feedback and records no realisation. */
static KnProgressDialog *
progress_dialog_of (KnWindow *window,
                    Fixture  *fixture)
{
  KnEvaluationPage *page = evaluation_page_of (window, fixture, fixture->staff);
  GtkWindow *dialog;

  g_assert_cmpint (selected_person (page), ==, fixture->clerk);
  gtk_widget_activate_action (GTK_WIDGET (page), "eval.progress", NULL);
  kn_test_spin ();
  dialog = kn_evaluation_page_get_dialog (page);
  g_assert_true (KN_IS_PROGRESS_DIALOG (dialog));
  return KN_PROGRESS_DIALOG (dialog);
}

static GtkWidget *
feedback_text_of (KnProgressDialog *dialog)
{
  return GTK_WIDGET (kn_progress_dialog_get_feedback_text (dialog));
}

/* Types @text as the realisation of the clerk's IKI in @dialog and saves it: the dialog says so,
 * nothing refused. */
static void
save_realization (KnProgressDialog *dialog,
                  Fixture          *fixture,
                  const char       *text)
{
  GtkEditable *value = kn_progress_dialog_get_editable (dialog, fixture->indicator, "value");

  g_assert_true (gtk_editable_get_editable (value));
  gtk_editable_set_text (value, text);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "progress.save", NULL);
  kn_test_spin ();
  g_assert_cmpstr (kn_progress_dialog_get_message (dialog), !=, NULL);
  g_assert_null (strstr (kn_progress_dialog_get_message (dialog), "tidak boleh"));
}

/* The realisations of the clerk's SKP in the period, as the server keeps them. */
static GPtrArray *
clerk_realizations (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) plan = kn_store_load_plan (fixture->owner, fixture->clerk, 2026, &error);

  g_assert_no_error (error);
  return kn_store_list_realizations (fixture->owner, kn_plan_get_id (plan), PERIOD);
}

static void
test_progress (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(KnStore) own = NULL;
  g_autoptr(KnStore) atasan = NULL;
  g_autoptr(GPtrArray) realizations = NULL;
  KnProgressDialog *dialog;
  GtkEditable *value;
  KnWindow *window;

  window = window_as (fixture, "prg", fixture->clerk, KN_SERVER_ROLE_PEGAWAI, &own, NULL);
  dialog = progress_dialog_of (window, fixture);
  g_assert_false (gtk_widget_is_sensitive (feedback_text_of (dialog)));
  save_realization (dialog, fixture, "30");
  kn_test_ui_close (GTK_WINDOW (window), GTK_WINDOW (dialog));

  realizations = clerk_realizations (fixture);
  g_assert_cmpuint (realizations->len, ==, 1);

  window = window_as (fixture, "prga", fixture->staff, KN_SERVER_ROLE_PENILAI, &atasan, NULL);
  dialog = progress_dialog_of (window, fixture);
  value = kn_progress_dialog_get_editable (dialog, fixture->indicator, "value");
  g_assert_false (gtk_editable_get_editable (value));
  g_assert_false (offers (GTK_WIDGET (dialog), "progress.save"));
  g_assert_true (gtk_widget_is_sensitive (feedback_text_of (dialog)));
  g_assert_true (kn_progress_dialog_add_feedback (dialog, "2026-02-10", 0,
                                                  "Pengarsipan sudah tertib, lanjutkan."));
  kn_test_ui_close (GTK_WINDOW (window), GTK_WINDOW (dialog));
}

/* A member of the Tim Penilai Kinerja signed in as "tim": the window opens the Tim Penilai window,
 * which offers their team's decisions only (no new team, no member added or removed), and what
 * they decide is saved on the server; nothing else is kept, rated or imported. */
static void
test_tim (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(KnReviewEntry) review = NULL;
  KnReviewDialog *dialog = NULL;
  KnEvaluationPage *page;
  KnWindow *window;
  GList *toplevels;
  gint64 team;

  team = kn_store_add_review_team (fixture->owner, "Tim Penilai Kinerja", NULL, 2026, &error);
  g_assert_no_error (error);
  g_assert_true (kn_store_set_review_member (fixture->owner, team, fixture->other,
                                            KN_REVIEW_ROLE_KETUA, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_set_unit_review (fixture->owner, fixture->unit, TRUE, &error));
  g_assert_no_error (error);

  window = window_as (fixture, "tim", fixture->other, KN_SERVER_ROLE_TIM, &store,
                      "Masuk sebagai Citra Dewi (Tim Penilai)");
  g_assert_false (offers (GTK_WIDGET (kn_window_get_employees_page (window)), "employees.add"));
  g_assert_false (offers (GTK_WIDGET (kn_window_get_training_page (window)), "training.import"));
  page = evaluation_page_of (window, fixture, fixture->staff);
  g_assert_cmpint (selected_person (page), ==, fixture->clerk);
  g_assert_false (offers (GTK_WIDGET (page), "eval.finalize-all"));
  rate_chosen_row (page);
  g_assert_cmpint (rating_of (fixture, fixture->clerk), ==, KN_RATING_NONE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.review-team", NULL));
  kn_test_spin ();
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (KN_IS_REVIEW_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);
  /* The window's period is today's; the team decides the fixture's. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  dialog = kn_review_dialog_new (store, 2026, PERIOD);
  gtk_window_present (GTK_WINDOW (dialog));
  kn_test_spin ();
  g_assert_cmpint (kn_review_dialog_get_team (dialog), ==, team);
  g_assert_false (offers (GTK_WIDGET (dialog), "review.create-team"));
  g_assert_false (offers (GTK_WIDGET (dialog), "review.add-member"));
  g_assert_true (offers (GTK_WIDGET (dialog), "review.record"));

  g_assert_true (kn_review_dialog_choose_decision (dialog, fixture->clerk, KN_REVIEW_SETUJU,
                                                   NULL));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "review.record", NULL);
  kn_test_spin ();
  kn_test_store_reopen (&fixture->owner, fixture->uri);
  review = kn_store_get_review (fixture->owner, fixture->clerk, PERIOD);
  g_assert_nonnull (review);
  g_assert_cmpint (review->decision, ==, KN_REVIEW_SETUJU);

  kn_test_ui_close (GTK_WINDOW (window), GTK_WINDOW (dialog));
}

/* A member of the Tim Penilai is a pegawai too: signed in as "tim", the clerk (on the team)
 * records their own realisation in the same window, and the server keeps it. */
static void
test_tim_own_realization (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GPtrArray) realizations = NULL;
  KnProgressDialog *dialog;
  KnWindow *window;
  gint64 team;

  team = kn_store_add_unit_review_team (fixture->owner, "Tim Penilai Kinerja", NULL, 2026,
                                        fixture->unit, &error);
  g_assert_no_error (error);
  g_assert_true (kn_store_set_review_member (fixture->owner, team, fixture->clerk,
                                            KN_REVIEW_ROLE_ANGGOTA, &error));
  g_assert_no_error (error);

  window = window_as (fixture, "timown", fixture->clerk, KN_SERVER_ROLE_TIM, &store,
                      "Masuk sebagai Ahmad Fauzi (Tim Penilai)");
  dialog = progress_dialog_of (window, fixture);
  save_realization (dialog, fixture, "45");
  kn_test_ui_close (GTK_WINDOW (window), GTK_WINDOW (dialog));

  realizations = clerk_realizations (fixture);
  g_assert_cmpuint (realizations->len, ==, 1);
  if (realizations->len == 1)
    g_assert_cmpfloat (((KnRealization *)g_ptr_array_index (realizations, 0))->value, ==, 45);
}

/* Laporan's last folder is each desk's own: what one desk chose is kept on that computer
 * (desk.ini, 0600), whatever the login may change on the server, and never in the server's
 * shared settings, where another desk's folder is not where this one starts. */
static void
test_last_folder (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = open_as (fixture, "lf", fixture->staff, KN_SERVER_ROLE_PENILAI);
  g_autofree char *mine = kn_test_make_folder ("kinerja-desk-XXXXXX");
  g_autofree char *theirs = kn_test_make_folder ("kinerja-desk-XXXXXX");
  g_autofree char *path = kn_desk_settings_dup_path ();
  g_autofree char *last = NULL;
  g_autofree char *shared = NULL;
  KnReportsPage *page;
  GtkWindow *window;
  GStatBuf info;

  window = GTK_WINDOW (gtk_window_new ());
  page = g_object_new (KN_TYPE_REPORTS_PAGE, NULL);
  gtk_window_set_child (window, GTK_WIDGET (page));
  kn_reports_page_set_store (page, store);

  /* Another desk's folder in the server's settings (as Kinerja kept it before). */
  g_assert_true (kn_store_set_setting (fixture->owner, "reports-last-folder", theirs, &error));
  g_assert_no_error (error);
  kn_store_check_for_changes (store);
  g_unlink (path);
  last = _kn_reports_page_dup_last_folder (page);
  g_assert_null (last);

  /* This desk's choice: kept here, for a login that may change no setting on the server. */
  _kn_reports_page_remember_folder (page, mine);
  last = _kn_reports_page_dup_last_folder (page);
  g_assert_cmpstr (last, ==, mine);
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  kn_test_store_reopen (&fixture->owner, fixture->uri);
  shared = kn_store_get_setting (fixture->owner, "reports-last-folder");
  g_assert_cmpstr (shared, ==, theirs);

  gtk_window_destroy (window);
  kn_test_spin ();
  kn_test_remove_tree (mine);
  kn_test_remove_tree (theirs);
}

/* The owner of the database (and a file) keeps everything, with no login shown. */
static void
test_owner (Fixture       *fixture,
            gconstpointer  data)
{
  KnWindow *window;
  GtkWidget *employees;

  window = kn_test_ui_open_window (TEST_APP_ID, fixture->owner, NULL);
  g_assert_null (kn_window_get_login_subtitle (window));
  employees = GTK_WIDGET (kn_window_get_employees_page (window));
  g_assert_true (offers (employees, "employees.add"));
  g_assert_true (offers (employees, "employees.import"));
  g_assert_true (offers (GTK_WIDGET (kn_window_get_training_page (window)), "training.import"));
  g_assert_true (offers (GTK_WIDGET (kn_window_get_skm_page (window)), "skm.import"));
  g_assert_true (kn_plan_page_get_editable (plan_page_of (window, fixture->clerk)));
  g_assert_true (offers (GTK_WIDGET (kn_window_get_plan_page (window)), "skp.submit"));
  g_assert_true (offers_org_predikat (evaluation_page_of (window, fixture, fixture->head)));
  g_assert_true (offers_period_scheme (evaluation_page_of (window, fixture, fixture->head)));
  g_assert_true (dialog_offers_changes (employee_dialog_of (window, fixture->clerk)));
  g_assert_true (training_offers_changes (window, fixture, fixture->clerk));
  kn_test_ui_close (GTK_WINDOW (window), NULL);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

  if (g_getenv ("KINERJA_TEST_PG") == NULL)
    {
      g_test_add_func ("/ui/window-roles/no-server", test_no_server);
      return g_test_run ();
    }

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/window-roles/pegawai", test_pegawai);
  ADD ("/ui/window-roles/penilai", test_penilai);
  ADD ("/ui/window-roles/operator", test_operator);
  ADD ("/ui/window-roles/role-change", test_role_change);
  ADD ("/ui/window-roles/progress", test_progress);
  ADD ("/ui/window-roles/owner", test_owner);
  ADD ("/ui/window-roles/tim", test_tim);
  ADD ("/ui/window-roles/tim-own-realization", test_tim_own_realization);
  ADD ("/ui/window-roles/last-folder", test_last_folder);
#undef ADD
  return g_test_run ();
}
