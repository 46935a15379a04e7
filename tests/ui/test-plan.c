/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SKP place driven through its actions: plan an SKP, submit, approve, return, cascade. */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#include "kinerja/kn-history.h"

#include "kn-cascade-window.h"
#include "kn-indicator-row.h"
#include "kn-plan-page.h"
#include "kn-result-row.h"

#include "kn-test-ui.h"

#define YEAR 2026

typedef struct
{
  char       *dir;
  KnStore    *store;
  GtkWindow  *window;
  KnPlanPage *page;
  gint64      head;        /* kepala dinas (JPT) with an approved SKP */
  gint64      staff;       /* kepala bidang without an SKP; atasan: head */
  gint64      head_result; /* the head's first RHK */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(KnOrgUnit) unit = kn_org_unit_new ("Dinas Pendidikan dan Kebudayaan", 0);
  g_autoptr(KnPlan) plan = NULL;
  KnPlanResult *result;
  KnIndicator *indicator;

  fixture->dir = kn_test_make_folder ("kinerja-ui-plan-XXXXXX");
  path = g_build_filename (fixture->dir, "kantor.db", NULL);
  fixture->store = kn_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (kn_store_add_unit (fixture->store, unit, &error));

  fixture->head = kn_test_add_person (fixture->store, "197503121999032002",
                                      "Dr. Hj. Siti Aminah, M.Pd.", "IV/c", "Kepala Dinas",
                                      KN_POSITION_JPT_PRATAMA, kn_org_unit_get_id (unit), 0);
  fixture->staff = kn_test_add_person (fixture->store, "198001012005011003",
                                       "Drs. Ahmad Fauzi, M.Pd.", "IV/a",
                                       "Kepala Bidang Pembinaan SMA", KN_POSITION_ADMINISTRATOR,
                                       kn_org_unit_get_id (unit), fixture->head);

  plan = kn_plan_new (fixture->head, YEAR);
  kn_plan_set_jpt (plan, TRUE);
  result = kn_test_plan_add_result (plan, KN_RESULT_KIND_UTAMA,
                                    "Meningkatnya mutu pendidikan menengah", 0);
  indicator = kn_test_result_add_indicator (result, KN_ASPECT_NONE, "Angka Partisipasi Kasar SMA",
                                            92.5, "%");
  kn_indicator_set_perspective (indicator, KN_PERSPECTIVE_PENERIMA_LAYANAN);
  g_assert_true (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);
  fixture->head_result = kn_plan_result_get_id (result);

  fixture->page = g_object_new (KN_TYPE_PLAN_PAGE, NULL);
  kn_plan_page_set_store (fixture->page, fixture->store);
  kn_plan_page_set_year (fixture->page, YEAR);
  fixture->window = kn_test_ui_show_page (GTK_WIDGET (fixture->page));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_ui_close (fixture->window, kn_plan_page_get_dialog (fixture->page));
  kn_test_store_clear (&fixture->store, &fixture->dir, NULL);
}

static KnIndicatorRow *
first_indicator_row (KnResultRow *row)
{
  GPtrArray *rows = kn_result_row_get_indicator_rows (row);

  g_assert_cmpuint (rows->len, >=, 1);
  return g_ptr_array_index (rows, rows->len - 1);
}

/* Fills RHK @index (screen order) with text, one IKI, a target and a link to the head's RHK. */
static void
fill_result (Fixture    *fixture,
             guint       index,
             const char *text,
             const char *iki,
             const char *target)
{
  GPtrArray *rows = kn_plan_page_get_result_rows (fixture->page);
  KnResultRow *row;
  KnIndicatorRow *indicator;

  g_assert_cmpuint (rows->len, >, index);
  row = g_ptr_array_index (rows, index);
  gtk_editable_set_text (kn_result_row_get_text_editable (row), text);
  g_assert_true (kn_result_row_select_parent (row, fixture->head_result));
  kn_result_row_add_indicator (row);
  kn_test_spin ();
  indicator = first_indicator_row (row);
  gtk_editable_set_text (kn_indicator_row_get_editable (indicator, "text"), iki);
  gtk_editable_set_text (kn_indicator_row_get_editable (indicator, "target"), target);
  gtk_editable_set_text (kn_indicator_row_get_editable (indicator, "unit"), "dokumen");
  kn_test_spin ();
}

static void
activate (Fixture    *fixture,
          const char *action,
          GVariant   *parameter)
{
  /* GTK leaves a floating parameter unconsumed when the action is disabled. */
  g_autoptr(GVariant) owned = parameter != NULL ? g_variant_ref_sink (parameter) : NULL;

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->page), action, owned));
  kn_test_spin ();
}

/* The question the page asks, asserting that it asks one. */
static AdwMessageDialog *
question (Fixture *fixture)
{
  GtkWindow *dialog = kn_plan_page_get_dialog (fixture->page);

  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  return ADW_MESSAGE_DIALOG (dialog);
}

/* The entry of the reason the page's question asks for. */
static GtkEditable *
reason_entry (Fixture *fixture)
{
  GtkWidget *extra = adw_message_dialog_get_extra_child (question (fixture));
  GtkWidget *entry = kn_test_find_type (extra, GTK_TYPE_ENTRY);

  g_assert_nonnull (entry);
  return GTK_EDITABLE (entry);
}

/* Answers the page's question with @response. */
static void
answer (Fixture    *fixture,
        const char *response)
{
  adw_message_dialog_response (question (fixture), response);
  kn_test_spin ();
}

/* Submitting and approving ask first; answers the question with @response. */
static void
confirm (Fixture    *fixture,
         const char *action,
         const char *response)
{
  activate (fixture, action, NULL);
  answer (fixture, response);
}

/* A new SKP for the staff member, opened in the page. */
static void
create_plan (Fixture *fixture)
{
  g_assert_true (kn_plan_page_select_employee (fixture->page, fixture->staff));
  kn_test_spin ();
  activate (fixture, "skp.create", NULL);
}

/* A new SKP for the staff member with one RHK utama, filled with @target as its IKI's target. */
static void
create_plan_with_result (Fixture    *fixture,
                         const char *target)
{
  create_plan (fixture);
  activate (fixture, "skp.add-result", g_variant_new_string ("utama"));
  fill_result (fixture, 0, "Tersusunnya kurikulum SMA", "Jumlah dokumen", target);
}

/* The staff member's SKP as stored: there, with @n_results RHK. */
static void
assert_stored_results (Fixture *fixture,
                       guint    n_results)
{
  g_autoptr(KnPlan) stored = kn_store_load_plan (fixture->store, fixture->staff, YEAR, NULL);

  g_assert_nonnull (stored);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kn_plan_get_results (stored))), ==,
                    n_results);
}

/* The staff member's SKP as stored has @status. */
static void
assert_stored_status (Fixture      *fixture,
                      KnPlanStatus  status)
{
  g_autoptr(KnPlan) stored = kn_store_load_plan (fixture->store, fixture->staff, YEAR, NULL);

  g_assert_cmpint (kn_plan_get_status (stored), ==, status);
}

static void
test_plan_submit_approve (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(KnPlan) stored = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *results;

  g_assert_true (kn_plan_page_select_employee (fixture->page, fixture->staff));
  kn_test_spin ();
  g_assert_cmpstr (kn_plan_page_get_view (fixture->page), ==, "none");

  activate (fixture, "skp.create", NULL);
  g_assert_cmpstr (kn_plan_page_get_view (fixture->page), ==, "plan");
  g_assert_true (kn_plan_page_get_editable (fixture->page));
  /* The assessor is the atasan langsung, proposed without asking. */
  g_assert_cmpint (kn_plan_get_assessor_id (kn_plan_page_get_plan (fixture->page)), ==,
                   fixture->head);

  activate (fixture, "skp.add-result", g_variant_new_string ("utama"));
  activate (fixture, "skp.add-result", g_variant_new_string ("utama"));
  g_assert_cmpuint (kn_plan_page_get_result_rows (fixture->page)->len, ==, 2);

  fill_result (fixture, 0, "Tersusunnya kurikulum SMA yang sesuai standar",
               "Jumlah dokumen kurikulum yang disahkan", "12,5");
  fill_result (fixture, 1, "Terlaksananya supervisi akademik SMA",
               "Jumlah laporan supervisi", "24");

  activate (fixture, "skp.save", NULL);
  stored = kn_store_load_plan (fixture->store, fixture->staff, YEAR, &error);
  g_assert_no_error (error);
  g_assert_nonnull (stored);
  results = G_LIST_MODEL (kn_plan_get_results (stored));
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 2);
  {
    g_autoptr(KnPlanResult) first = g_list_model_get_item (results, 0);
    g_autoptr(KnIndicator) indicator = g_list_model_get_item (G_LIST_MODEL (kn_plan_result_get_indicators (first)), 0);

    g_assert_cmpstr (kn_plan_result_get_text (first), ==, "Tersusunnya kurikulum SMA yang sesuai standar");
    g_assert_cmpint (kn_plan_result_get_parent_id (first), ==, fixture->head_result);
    /* "12,5" typed the Indonesian way is 12.5. */
    g_assert_true (kn_indicator_get_has_target_value (indicator));
    g_assert_cmpfloat (kn_indicator_get_target_value (indicator), ==, 12.5);
    g_assert_cmpstr (kn_indicator_get_target_unit (indicator), ==, "dokumen");
  }

  confirm (fixture, "skp.submit", "submit");
  g_assert_cmpint (kn_plan_get_status (kn_plan_page_get_plan (fixture->page)), ==,
                   KN_PLAN_STATUS_SUBMITTED);
  confirm (fixture, "skp.approve", "approve");
  g_clear_object (&stored);
  stored = kn_store_load_plan (fixture->store, fixture->staff, YEAR, &error);
  g_assert_cmpint (kn_plan_get_status (stored), ==, KN_PLAN_STATUS_APPROVED);

  /* Approved: read-only on screen, and nothing can be added or saved. */
  g_assert_false (kn_plan_page_get_editable (fixture->page));
  g_assert_false (gtk_editable_get_editable (kn_result_row_get_text_editable (g_ptr_array_index (kn_plan_page_get_result_rows (fixture->page), 0))));
  {
    g_autoptr(GVariant) utama = g_variant_ref_sink (g_variant_new_string ("utama"));

    gtk_widget_activate_action_variant (GTK_WIDGET (fixture->page), "skp.add-result", utama);
  }
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kn_plan_get_results (kn_plan_page_get_plan (fixture->page)))), ==, 2);
  g_assert_nonnull (kn_plan_page_get_message (fixture->page));
}

static void
test_plan_bad_target_saves_nothing (Fixture       *fixture,
                                    gconstpointer  data)
{
  create_plan_with_result (fixture, "dua belas");

  activate (fixture, "skp.save", NULL);
  g_assert_nonnull (kn_plan_page_get_message (fixture->page));
  g_assert_nonnull (strstr (kn_plan_page_get_message (fixture->page), "dua belas"));

  /* The SKP was created empty; the RHK with its wrong target never reached the database. */
  assert_stored_results (fixture, 0);
}

/* Choosing another year with unsaved edits asks first: Cancel keeps the edits and the year,
 * Save stores them and moves on. */
static void
test_plan_year_switch_asks (Fixture       *fixture,
                            gconstpointer  data)
{
  create_plan_with_result (fixture, "4");
  g_assert_true (kn_plan_page_has_unsaved_changes (fixture->page));

  g_assert_true (kn_plan_page_choose_year (fixture->page, YEAR + 1));
  kn_test_spin ();
  answer (fixture, "cancel");
  g_assert_cmpuint (kn_plan_page_get_year (fixture->page), ==, YEAR);
  g_assert_true (kn_plan_page_has_unsaved_changes (fixture->page));

  g_assert_true (kn_plan_page_choose_year (fixture->page, YEAR + 1));
  kn_test_spin ();
  answer (fixture, "save");
  g_assert_cmpuint (kn_plan_page_get_year (fixture->page), ==, YEAR + 1);
  g_assert_false (kn_plan_page_has_unsaved_changes (fixture->page));

  assert_stored_results (fixture, 1);
}

static void
test_plan_return_with_reason (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(KnPlan) stored = NULL;

  create_plan_with_result (fixture, "4");
  confirm (fixture, "skp.submit", "submit");

  activate (fixture, "skp.return", NULL);
  gtk_editable_set_text (reason_entry (fixture), "Target kualitas belum terukur");
  answer (fixture, "return");

  stored = kn_store_load_plan (fixture->store, fixture->staff, YEAR, NULL);
  g_assert_cmpint (kn_plan_get_status (stored), ==, KN_PLAN_STATUS_RETURNED);
  g_assert_cmpstr (kn_plan_get_status_reason (stored), ==, "Target kualitas belum terukur");
  /* The employee sees why, and may edit again. */
  g_assert_true (kn_plan_page_get_editable (fixture->page));
  g_assert_nonnull (strstr (kn_plan_page_get_message (fixture->page), "Target kualitas belum terukur"));
}

/* Kembalikan with no reason: the question stays open, says what is missing, and cannot be
 * answered (neither by its button nor by Enter); with a reason it returns the SKP. */
static void
test_plan_return_needs_reason (Fixture       *fixture,
                               gconstpointer  data)
{
  AdwMessageDialog *dialog;
  GtkWidget *missing;
  GtkEditable *entry;

  create_plan_with_result (fixture, "4");
  confirm (fixture, "skp.submit", "submit");

  activate (fixture, "skp.return", NULL);
  dialog = question (fixture);
  entry = reason_entry (fixture);
  gtk_editable_set_text (entry, "   ");
  kn_test_spin ();
  g_assert_false (gtk_widget_is_sensitive (gtk_window_get_default_widget (GTK_WINDOW (dialog))));
  kn_test_enter (GTK_WIDGET (entry));
  kn_test_spin ();
  g_assert_true (GTK_WINDOW (dialog) == kn_plan_page_get_dialog (fixture->page));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  missing = gtk_widget_get_last_child (adw_message_dialog_get_extra_child (dialog));
  g_assert_true (GTK_IS_LABEL (missing));
  g_assert_true (gtk_widget_get_visible (missing));
  kn_test_assert_contains (gtk_label_get_text (GTK_LABEL (missing)), "Alasan");
  assert_stored_status (fixture, KN_PLAN_STATUS_SUBMITTED);

  gtk_editable_set_text (entry, "Satuan target belum jelas");
  kn_test_spin ();
  g_assert_false (gtk_widget_get_visible (missing));
  g_assert_true (gtk_widget_is_sensitive (gtk_window_get_default_widget (GTK_WINDOW (dialog))));
  answer (fixture, "return");
  assert_stored_status (fixture, KN_PLAN_STATUS_RETURNED);
}

static void
test_plan_reorder (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(KnPlan) stored = NULL;
  g_autoptr(KnPlanResult) first = NULL;
  KnResultRow *row;
  GPtrArray *indicator_rows;

  create_plan (fixture);
  activate (fixture, "skp.add-result", g_variant_new_string ("utama"));
  activate (fixture, "skp.add-result", g_variant_new_string ("utama"));
  fill_result (fixture, 0, "Tersusunnya kurikulum SMA", "Jumlah dokumen kurikulum", "4");
  fill_result (fixture, 1, "Terlaksananya supervisi akademik", "Jumlah laporan supervisi", "8");

  /* The second RHK moves to the top, through its menu's action. */
  row = g_ptr_array_index (kn_plan_page_get_result_rows (fixture->page), 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "rhk.move-up", NULL));
  kn_test_spin ();

  /* In the (new) first RHK, a second IKI moves above the first. */
  row = g_ptr_array_index (kn_plan_page_get_result_rows (fixture->page), 0);
  g_assert_cmpstr (kn_plan_result_get_text (kn_result_row_get_result (row)), ==,
                   "Terlaksananya supervisi akademik");
  kn_result_row_add_indicator (row);
  kn_test_spin ();
  indicator_rows = kn_result_row_get_indicator_rows (row);
  g_assert_cmpuint (indicator_rows->len, ==, 2);
  gtk_editable_set_text (kn_indicator_row_get_editable (g_ptr_array_index (indicator_rows, 1), "text"),
                         "Persentase sekolah yang disupervisi");
  gtk_editable_set_text (kn_indicator_row_get_editable (g_ptr_array_index (indicator_rows, 1), "target"),
                         "100");
  g_signal_emit_by_name (g_ptr_array_index (indicator_rows, 1), "move-up");
  kn_test_spin ();

  activate (fixture, "skp.save", NULL);
  stored = kn_store_load_plan (fixture->store, fixture->staff, YEAR, NULL);
  first = g_list_model_get_item (G_LIST_MODEL (kn_plan_get_results (stored)), 0);
  g_assert_cmpstr (kn_plan_result_get_text (first), ==, "Terlaksananya supervisi akademik");
  {
    g_autoptr(KnIndicator) top = g_list_model_get_item (G_LIST_MODEL (kn_plan_result_get_indicators (first)), 0);

    g_assert_cmpstr (kn_indicator_get_text (top), ==, "Persentase sekolah yang disupervisi");
    g_assert_cmpfloat (kn_indicator_get_target_value (top), ==, 100);
  }
}

static void
test_cascade_window (Fixture       *fixture,
                     gconstpointer  data)
{
  KnCascadeWindow *window;
  KnCascadeCounts counts;

  window = kn_cascade_window_new (fixture->store, 0, YEAR);
  counts = kn_cascade_window_get_counts (window);
  g_assert_cmpuint (counts.n_employees, ==, 2);
  g_assert_cmpuint (counts.n_with_plan, ==, 1);
  g_assert_cmpuint (counts.n_without_plan, ==, 1);
  /* The head's root row, and the heading of those without an SKP. */
  g_assert_cmpuint (g_list_model_get_n_items (kn_cascade_window_get_rows (window)), >=, 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ajukan and Setujui ask first, say whose SKP and what follows, and Batal changes nothing. */
static void
test_plan_submit_asks_first (Fixture       *fixture,
                             gconstpointer  data)
{
  const char *heading;

  create_plan_with_result (fixture, "4");
  activate (fixture, "skp.save", NULL);

  activate (fixture, "skp.submit", NULL);
  heading = adw_message_dialog_get_heading (question (fixture));
  g_assert_nonnull (strstr (heading, "Ajukan SKP"));
  g_assert_nonnull (strstr (heading,
                            kn_employee_get_name (kn_store_lookup_employee (fixture->store,
                                                                            fixture->staff))));
  /* Nothing happens before the answer. */
  assert_stored_status (fixture, KN_PLAN_STATUS_DRAFT);
  answer (fixture, "cancel");
  assert_stored_status (fixture, KN_PLAN_STATUS_DRAFT);

  confirm (fixture, "skp.submit", "submit");
  activate (fixture, "skp.approve", NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (question (fixture)), "Setujui SKP"));
  answer (fixture, "cancel");
  assert_stored_status (fixture, KN_PLAN_STATUS_SUBMITTED);
}

/* Moves the fixture's staff member on 1 July to a new Sekretariat under @name, its sekretaris,
 * whose id is returned. */
static gint64
move_staff_to_sekretariat (Fixture    *fixture,
                           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnOrgUnit) unit = kn_org_unit_new ("Sekretariat", 0);
  g_autoptr(KnHistoryEntry) move = kn_history_entry_new (fixture->staff, KN_HISTORY_MUTASI);
  gint64 sekretaris;

  g_assert_true (kn_store_add_unit (fixture->store, unit, &error));
  g_assert_no_error (error);
  sekretaris = kn_test_add_person (fixture->store, "197001011995031001", name, "IV/b",
                                   "Sekretaris", KN_POSITION_ADMINISTRATOR,
                                   kn_org_unit_get_id (unit), 0);
  move->start_date = g_strdup ("2026-07-01");
  move->unit_id = kn_org_unit_get_id (unit);
  move->supervisor_id = sekretaris;
  g_assert_true (kn_store_add_history (fixture->store, move, &error));
  g_assert_no_error (error);
  return sekretaris;
}

/* After a transfer in July to a unit with another atasan, the SKP the old atasan approved shows
 * that the new one must approve it. */
static void
test_plan_mutasi_note (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) plan = kn_plan_new (fixture->staff, YEAR);
  KnPlanResult *result = kn_test_plan_add_result (plan, KN_RESULT_KIND_UTAMA,
                                                  "Pembinaan SMA terlaksana", 0);
  const char *note;

  kn_plan_set_assessor_id (plan, fixture->head);
  kn_test_result_add_indicator (result, KN_ASPECT_NONE, "Sekolah dibina", 40, "sekolah");
  kn_test_save_approved_plan (fixture->store, plan);

  g_assert_true (kn_plan_page_select_employee (fixture->page, fixture->staff));
  kn_test_spin ();
  g_assert_null (kn_plan_page_get_reapproval_note (fixture->page));

  move_staff_to_sekretariat (fixture, "Ir. Bambang Sutrisno");

  /* Shown when the SKP is opened again. */
  kn_plan_page_set_year (fixture->page, YEAR + 1);
  kn_test_spin ();
  g_assert_null (kn_plan_page_get_reapproval_note (fixture->page));
  kn_plan_page_set_year (fixture->page, YEAR);
  kn_test_spin ();
  kn_plan_page_select_employee (fixture->page, fixture->staff);
  kn_test_spin ();
  note = kn_plan_page_get_reapproval_note (fixture->page);
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (note, "1 Juli 2026"));
  g_assert_nonnull (strstr (note, "disetujui ulang oleh atasan baru, Ir. Bambang Sutrisno"));
  /* Approved: it must be reopened before another pejabat penilai is chosen. */
  g_assert_false (gtk_widget_get_visible (kn_test_find_action (GTK_WIDGET (fixture->page),
                                                               "skp.take-new-assessor")));
}

/* A draft whose person moved to another atasan: one click makes the new atasan its pejabat
 * penilai (the chooser showed the old one beside a note saying to choose the new one), saved
 * with Simpan. */
static void
test_plan_mutasi_takes_new_assessor (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) plan = kn_plan_new (fixture->staff, YEAR);
  KnPlanResult *result = kn_test_plan_add_result (plan, KN_RESULT_KIND_UTAMA,
                                                  "Pembinaan SMA terlaksana", 0);
  g_autoptr(KnPlan) stored = NULL;
  GtkWidget *button;
  gint64 sekretaris;

  kn_plan_set_assessor_id (plan, fixture->head);
  kn_test_result_add_indicator (result, KN_ASPECT_NONE, "Sekolah dibina", 40, "sekolah");
  g_assert_true (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);
  sekretaris = move_staff_to_sekretariat (fixture, "Ir. Bambang Sutrisno, M.T.");

  g_assert_true (kn_plan_page_select_employee (fixture->page, fixture->staff));
  kn_test_spin ();
  g_assert_nonnull (kn_plan_page_get_reapproval_note (fixture->page));
  /* The name ends in its degree's dot and the sentence goes on after one full stop. */
  g_assert_nonnull (strstr (kn_plan_page_get_reapproval_note (fixture->page),
                            "Ir. Bambang Sutrisno, M.T. Buka"));
  button = kn_test_find_action (GTK_WIDGET (fixture->page), "skp.take-new-assessor");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));

  kn_test_click (button);
  kn_test_spin ();
  g_assert_cmpint (kn_plan_get_assessor_id (kn_plan_page_get_plan (fixture->page)), ==, sekretaris);
  g_assert_false (gtk_widget_get_visible (button));
  activate (fixture, "skp.save", NULL);
  stored = kn_store_load_plan (fixture->store, fixture->staff, YEAR, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kn_plan_get_assessor_id (stored), ==, sekretaris);
}

/* Issue 10, point 6: Tab from an IKI goes on to its target, in reading order, not to the buttons
 * beside it; what was typed stays in the IKI. */
static void
test_plan_tab_from_iki (Fixture       *fixture,
                        gconstpointer  data)
{
  KnResultRow *row;
  KnIndicatorRow *indicator;
  GtkWidget *focus;

  create_plan (fixture);
  activate (fixture, "skp.add-result", g_variant_new_string ("utama"));
  row = g_ptr_array_index (kn_plan_page_get_result_rows (fixture->page), 0);
  kn_result_row_add_indicator (row);
  kn_result_row_add_indicator (row);
  kn_test_draw (fixture->window);
  indicator = first_indicator_row (row);

  gtk_widget_grab_focus (GTK_WIDGET (kn_indicator_row_get_editable (indicator, "text")));
  gtk_editable_set_text (kn_indicator_row_get_editable (indicator, "text"),
                         "Jumlah laporan supervisi");
  focus = kn_test_tab (fixture->window, GTK_DIR_TAB_FORWARD);
  g_assert_true (GTK_IS_TEXT (focus));
  g_assert_true (gtk_widget_is_ancestor (focus,
                                         GTK_WIDGET (kn_indicator_row_get_editable (indicator, "target"))));
  g_assert_cmpstr (kn_indicator_get_text (kn_indicator_row_get_indicator (indicator)), ==,
                   "Jumlah laporan supervisi");

  /* The row is bound to its IKI: a change made to the IKI shows in the row. */
  kn_indicator_set_target_unit (kn_indicator_row_get_indicator (indicator), "laporan");
  g_assert_cmpstr (gtk_editable_get_text (kn_indicator_row_get_editable (indicator, "unit")), ==,
                   "laporan");
  gtk_editable_set_text (kn_indicator_row_get_editable (indicator, "unit"), "");
  g_assert_null (kn_indicator_get_target_unit (kn_indicator_row_get_indicator (indicator)));
}

static gboolean
has_one_match (gpointer chooser)
{
  return g_list_model_get_n_items (kn_chooser_get_matches (chooser)) == 1;
}

/* Chooses in @chooser the one match of @search, as a user types it and presses Enter. */
static void
choose_by_search (KnChooser  *chooser,
                  const char *search)
{
  GtkEditable *entry = kn_chooser_get_search_entry (chooser);

  kn_chooser_popup (chooser);
  kn_test_spin ();
  gtk_editable_set_text (entry, search);
  g_assert_true (kn_test_spin_until (has_one_match, chooser));
  kn_test_enter (GTK_WIDGET (entry));
  kn_test_spin ();
}

/* Issue 10, point 5: the assessor and the superior's RHK are searchable choices that show the
 * whole text, usable among hundreds of teachers; opening an SKP writes nothing back. */
static void
test_plan_searchable_choices (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *assessor = NULL;
  g_autofree char *parent = NULL;
  g_autoptr(KnOrgUnit) unit = g_list_model_get_item (kn_store_get_units (fixture->store), 0);
  gint64 teacher = 0;
  KnResultRow *row;

  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *name = g_strdup_printf ("Guru Nomor %03u, S.Pd., Gr.", i);
      g_autofree char *nip = g_strdup_printf ("198501012010011%03u", i + 1);
      gint64 id = kn_test_add_person (fixture->store, nip, name, "III/a",
                                      "Guru Ahli Pertama Mata Pelajaran Bahasa Indonesia pada SMA",
                                      KN_POSITION_AHLI_PERTAMA, kn_org_unit_get_id (unit),
                                      fixture->head);

      if (i == 317)
        teacher = id;
    }

  create_plan (fixture);
  activate (fixture, "skp.save", NULL);
  g_assert_false (kn_plan_page_has_unsaved_changes (fixture->page));

  /* Opened again: the choices are filled, and filling them is not an edit. */
  g_assert_true (kn_plan_page_select_employee (fixture->page, fixture->head));
  kn_test_spin ();
  g_assert_true (kn_plan_page_select_employee (fixture->page, fixture->staff));
  kn_test_spin ();
  g_assert_false (kn_plan_page_has_unsaved_changes (fixture->page));

  assessor = kn_chooser_dup_label (kn_plan_page_get_assessor_chooser (fixture->page));
  g_assert_cmpstr (assessor, ==, "Dr. Hj. Siti Aminah, M.Pd. — Kepala Dinas");
  choose_by_search (kn_plan_page_get_assessor_chooser (fixture->page), "nomor 317");
  g_assert_cmpint (kn_plan_get_assessor_id (kn_plan_page_get_plan (fixture->page)), ==, teacher);
  g_assert_true (kn_plan_page_has_unsaved_changes (fixture->page));
  choose_by_search (kn_plan_page_get_assessor_chooser (fixture->page), "siti aminah");
  g_assert_cmpint (kn_plan_get_assessor_id (kn_plan_page_get_plan (fixture->page)), ==,
                   fixture->head);

  activate (fixture, "skp.add-result", g_variant_new_string ("utama"));
  row = g_ptr_array_index (kn_plan_page_get_result_rows (fixture->page), 0);
  choose_by_search (kn_result_row_get_parent_chooser (row), "mutu pendidikan");
  parent = kn_chooser_dup_label (kn_result_row_get_parent_chooser (row));
  g_assert_cmpstr (parent, ==, "Meningkatnya mutu pendidikan menengah");
  g_assert_cmpint (kn_plan_result_get_parent_id (kn_result_row_get_result (row)), ==,
                   fixture->head_result);
  g_assert_cmpstr (kn_plan_result_get_parent_text (kn_result_row_get_result (row)), ==,
                   "Meningkatnya mutu pendidikan menengah");
  g_assert_no_error (error);
}

static gboolean
match_text (GtkWidget *widget,
            gpointer   text)
{
  return ADW_IS_ENTRY_ROW (widget) &&
         g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text) == 0;
}

static gboolean
match_approach (GtkWidget *widget,
                gpointer   data)
{
  return ADW_IS_COMBO_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), "Pendekatan") == 0;
}

/* The editor is bound to the plan: a change made to the plan (by the editor, a template, a
 * batch) shows in the editor at once, and the unsaved state follows the plan, not the widgets. */
static void
test_plan_editor_bound (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GtkSwitch *jpt;
  AdwComboRow *approach;
  GtkWidget *save;
  KnPlan *plan;

  create_plan (fixture);
  plan = kn_plan_page_get_plan (fixture->page);
  jpt = GTK_SWITCH (kn_test_find_type (page, GTK_TYPE_SWITCH));
  approach = ADW_COMBO_ROW (kn_test_find (page, match_approach, NULL));
  save = kn_test_find_action (page, "skp.save");
  g_assert_nonnull (plan);
  g_assert_nonnull (jpt);
  g_assert_nonnull (approach);
  g_assert_nonnull (save);
  STOP_IF_FAILED ();
  g_assert_false (kn_plan_page_has_unsaved_changes (fixture->page));
  g_assert_false (gtk_widget_get_sensitive (save));

  /* The plan changes: the editor shows it and offers to save. */
  kn_plan_set_jpt (plan, TRUE);
  kn_plan_set_approach (plan, KN_PLAN_APPROACH_QUALITATIVE);
  kn_plan_set_expectation (plan, 0, "Melayani sepenuh hati di setiap sekolah");
  kn_plan_set_attachments (plan, 0, (const char *[]){ "Renstra Dinas Pendidikan 2025-2029", NULL });
  kn_test_spin ();
  g_assert_true (gtk_switch_get_active (jpt));
  g_assert_cmpuint (adw_combo_row_get_selected (approach), ==, KN_PLAN_APPROACH_QUALITATIVE);
  g_assert_nonnull (kn_test_find (page, match_text,
                                  (gpointer)"Melayani sepenuh hati di setiap sekolah"));
  g_assert_nonnull (kn_test_find (page, match_text, (gpointer)"Renstra Dinas Pendidikan 2025-2029"));
  g_assert_true (kn_plan_page_has_unsaved_changes (fixture->page));
  g_assert_true (gtk_widget_get_sensitive (save));

  /* Put back as saved: nothing left to save. */
  kn_plan_set_jpt (plan, FALSE);
  kn_plan_set_approach (plan, KN_PLAN_APPROACH_QUANTITATIVE);
  kn_plan_set_expectation (plan, 0, "");
  kn_plan_set_attachments (plan, 0, NULL);
  kn_test_spin ();
  g_assert_null (kn_test_find (page, match_text, (gpointer)"Renstra Dinas Pendidikan 2025-2029"));
  g_assert_false (gtk_switch_get_active (jpt));
  g_assert_false (kn_plan_page_has_unsaved_changes (fixture->page));
  g_assert_false (gtk_widget_get_sensitive (save));

  /* The user's edit goes to the plan. */
  gtk_switch_set_active (jpt, TRUE);
  adw_combo_row_set_selected (approach, KN_PLAN_APPROACH_QUALITATIVE);
  kn_test_spin ();
  g_assert_true (kn_plan_get_jpt (plan));
  g_assert_cmpint (kn_plan_get_approach (plan), ==, KN_PLAN_APPROACH_QUALITATIVE);
  g_assert_true (gtk_widget_get_sensitive (save));
}

static const char *
shown (GtkWidget  *row,
       const char *dropdown)
{
  GObject *child = gtk_widget_get_template_child (row, KN_TYPE_INDICATOR_ROW, dropdown);

  return gtk_string_object_get_string (gtk_drop_down_get_selected_item (GTK_DROP_DOWN (child)));
}

static void
choose_position (GtkWidget  *row,
                 const char *dropdown,
                 guint       position)
{
  GObject *child = gtk_widget_get_template_child (row, KN_TYPE_INDICATOR_ROW, dropdown);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (child), position);
}

/* An IKI's aspek (perspektif for a JPT) and direction show in the row's choices, and what is
 * chosen there is the IKI's: the aspek list starts at Kuantitas (no "none"), the direction list
 * at its first value. */
static void
test_plan_indicator_choices (void)
{
  g_autoptr(KnIndicator) indicator = kn_indicator_new ();
  g_autoptr(KnIndicator) jpt_indicator = kn_indicator_new ();
  g_autoptr(GtkWidget) row = NULL;
  g_autoptr(GtkWidget) jpt_row = NULL;

  kn_indicator_set_aspect (indicator, KN_ASPECT_WAKTU);
  kn_indicator_set_direction (indicator, KN_DIRECTION_LESS_IS_BETTER);
  row = g_object_ref_sink (kn_indicator_row_new (indicator, 1, FALSE, FALSE, TRUE));
  g_assert_cmpstr (shown (row, "category_dropdown"), ==, kn_aspect_label (KN_ASPECT_WAKTU));
  g_assert_cmpstr (shown (row, "direction_dropdown"), ==,
                   kn_direction_label (KN_DIRECTION_LESS_IS_BETTER));

  choose_position (row, "category_dropdown", 0);
  g_assert_cmpint (kn_indicator_get_aspect (indicator), ==, KN_ASPECT_KUANTITAS);
  choose_position (row, "category_dropdown", KN_ASPECT_BIAYA - 1);
  g_assert_cmpint (kn_indicator_get_aspect (indicator), ==, KN_ASPECT_BIAYA);
  choose_position (row, "direction_dropdown", 0);
  g_assert_cmpint (kn_indicator_get_direction (indicator), ==, KN_DIRECTION_MORE_IS_BETTER);
  /* Nothing chosen is no aspek: the IKI keeps the one it has. */
  choose_position (row, "category_dropdown", GTK_INVALID_LIST_POSITION);
  g_assert_cmpint (kn_indicator_get_aspect (indicator), ==, KN_ASPECT_BIAYA);

  kn_indicator_set_perspective (jpt_indicator, KN_PERSPECTIVE_ANGGARAN);
  jpt_row = g_object_ref_sink (kn_indicator_row_new (jpt_indicator, 1, TRUE, FALSE, TRUE));
  g_assert_cmpstr (shown (jpt_row, "category_dropdown"), ==,
                   kn_perspective_label (KN_PERSPECTIVE_ANGGARAN));
  choose_position (jpt_row, "category_dropdown", 0);
  g_assert_cmpint (kn_indicator_get_perspective (jpt_indicator), ==,
                   KN_PERSPECTIVE_PENERIMA_LAYANAN);
}

static gboolean
match_employee_list (GtkWidget *widget,
                     gpointer   data)
{
  GtkSelectionModel *model = GTK_IS_LIST_VIEW (widget)
                             ? gtk_list_view_get_model (GTK_LIST_VIEW (widget)) : NULL;
  g_autoptr(GObject) first = model != NULL ? g_list_model_get_item (G_LIST_MODEL (model), 0) : NULL;

  /* The one list that shows people (the fixture's are in it). */
  return first != NULL && KN_IS_EMPLOYEE (first);
}

/* The list's search entry (not the one in the year dropdown's popover). */
static gboolean
match_list_search (GtkWidget *widget,
                   gpointer   data)
{
  return GTK_IS_SEARCH_ENTRY (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_POPOVER) == NULL;
}

static gboolean
plan_list_sorted (gpointer data)
{
  return !kn_plan_page_is_sorting (data);
}

/* A large office's SKP list is sorted by name in a worker, with Pegawai's keys and order (names
 * without their titles, by collation): the list is empty until the worker lands (the main thread
 * sorted nothing), then holds everyone in that order; the search still finds. */
static void
test_plan_sorted_in_background (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(KnOrgUnit) unit = g_list_model_get_item (kn_store_get_units (fixture->store), 0);
  static const char * const names[] = {
    "Zainal Arifin, S.T.", "budi santoso", "Élia Putri, S.Kom.", "Dr. Abdul Malik, M.Si.",
    "Citra Dewi",
  };
  GtkListView *view;
  GtkWidget *entry;
  GListModel *model;
  guint total;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *nip = g_strdup_printf ("19900101201501100%u", i + 1);

      kn_test_add_person (fixture->store, nip, names[i], "III/a", "Analis",
                          KN_POSITION_AHLI_PERTAMA, kn_org_unit_get_id (unit), fixture->head);
    }
  total = g_list_model_get_n_items (kn_store_get_employees (fixture->store));

  view = GTK_LIST_VIEW (kn_test_find (GTK_WIDGET (fixture->page), match_employee_list, NULL));
  model = G_LIST_MODEL (gtk_list_view_get_model (view));
  kn_plan_page_set_store (fixture->page, NULL);
  kn_plan_page_set_background_from (fixture->page, 0);
  kn_plan_page_set_store (fixture->page, fixture->store);
  g_assert_true (kn_plan_page_is_sorting (fixture->page));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  g_assert_true (kn_test_spin_until (plan_list_sorted, fixture->page));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, total);
  kn_test_assert_name_order (model);
  {
    g_autoptr(KnEmployee) first = g_list_model_get_item (model, 0);

    /* "Dr. Abdul Malik" sorts as Abdul, before Ahmad Fauzi. */
    g_assert_cmpstr (kn_employee_get_name (first), ==, "Dr. Abdul Malik, M.Si.");
  }

  /* The search (a filter only while there is one) on the sorted list. */
  entry = kn_test_find (GTK_WIDGET (fixture->page), match_list_search, NULL);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "putri");
  g_signal_emit_by_name (entry, "search-changed");
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_signal_emit_by_name (entry, "search-changed");
  kn_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, total);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/plan/editor-bound", test_plan_editor_bound);
  g_test_add_func ("/ui/plan/indicator-choices", test_plan_indicator_choices);
  ADD ("/ui/plan/submit-approve", test_plan_submit_approve);
  ADD ("/ui/plan/submit-asks-first", test_plan_submit_asks_first);
  ADD ("/ui/plan/year-switch-asks", test_plan_year_switch_asks);
  ADD ("/ui/plan/bad-target", test_plan_bad_target_saves_nothing);
  ADD ("/ui/plan/return-with-reason", test_plan_return_with_reason);
  ADD ("/ui/plan/return-needs-reason", test_plan_return_needs_reason);
  ADD ("/ui/plan/reorder", test_plan_reorder);
  ADD ("/ui/plan/cascade-window", test_cascade_window);
  ADD ("/ui/plan/mutasi-note", test_plan_mutasi_note);
  ADD ("/ui/plan/mutasi-takes-new-assessor", test_plan_mutasi_takes_new_assessor);

  ADD ("/ui/plan/searchable-choices", test_plan_searchable_choices);

  ADD ("/ui/plan/tab-from-iki", test_plan_tab_from_iki);
  ADD ("/ui/plan/sorted-in-background", test_plan_sorted_in_background);
#undef ADD

  return g_test_run ();
}
