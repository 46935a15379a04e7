/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A person's history from the employee dialog: the Riwayat button opens it, a transfer typed in
 * the form is stored and listed, a wrong entry is refused with the field named, and deleting an
 * entry takes it out of the store. */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "kn-employee-dialog.h"
#include "kn-person-history-dialog.h"

#include "kn-test-ui.h"

#define NIP_KABID_A "197503121999032002"
#define NIP_KABID_B "198001012005011003"
#define NIP_STAFF   "198609262015051001"

typedef struct
{
  char    *folder;
  char    *path;
  KnStore *store;
  gint64   bidang_a;
  gint64   bidang_b;
  gint64   kabid_b;
  gint64   staff;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 dinas, kabid_a;

  fixture->store = kn_test_store_new ("kinerja-ui-person-history-XXXXXX", &fixture->folder,
                                      &fixture->path);
  dinas = kn_test_add_unit (fixture->store, "Dinas Pendidikan", 0);
  fixture->bidang_a = kn_test_add_unit (fixture->store, "Bidang SMA", dinas);
  fixture->bidang_b = kn_test_add_unit (fixture->store, "Bidang SMK", dinas);
  kabid_a = kn_test_add_person (fixture->store, NIP_KABID_A, "Kabid SMA", NULL,
                                "Kepala Bidang SMA", KN_POSITION_ADMINISTRATOR,
                                fixture->bidang_a, 0);
  fixture->kabid_b = kn_test_add_person (fixture->store, NIP_KABID_B, "Kabid SMK", NULL,
                                         "Kepala Bidang SMK", KN_POSITION_ADMINISTRATOR,
                                         fixture->bidang_b, 0);
  fixture->staff = kn_test_add_person (fixture->store, NIP_STAFF, "Staf", NULL, "Analis",
                                       KN_POSITION_AHLI_PERTAMA, fixture->bidang_a, kabid_a);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_store_clear (&fixture->store, &fixture->folder, &fixture->path);
}

static void
set_text (KnPersonHistoryDialog *dialog,
          const char            *field,
          const char            *text)
{
  gtk_editable_set_text (GTK_EDITABLE (kn_person_history_dialog_get_field (dialog, field)), text);
}

/* Asserts that the dialog's list of entries shows a row reading @text. */
static void
assert_lists (KnPersonHistoryDialog *dialog,
              const char            *text)
{
  g_autofree char *rows = kn_test_rows_text (kn_person_history_dialog_get_list (dialog));

  kn_test_assert_contains (rows, text);
}

/* Chooses the kind @kind of the entry to add, as the user does in its combo row. */
static void
choose_kind (KnPersonHistoryDialog *dialog,
             KnHistoryKind          kind)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (kn_person_history_dialog_get_field (dialog, "kind")),
                              kind);
}

static void
test_history (Fixture       *fixture,
              gconstpointer  data)
{
  KnEmployee *staff = kn_store_lookup_employee (fixture->store, fixture->staff);
  KnEmployeeDialog *editor = kn_employee_dialog_new (fixture->store, staff, 0);
  KnPersonHistoryDialog *dialog;
  g_autoptr(GPtrArray) history = NULL;
  GtkWidget *button;

  gtk_window_present (GTK_WINDOW (editor));
  kn_test_spin ();
  button = kn_test_find_action (GTK_WIDGET (editor), "dialog.history");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_visible (button));
  kn_test_click (button);
  dialog = KN_PERSON_HISTORY_DIALOG (kn_test_find_toplevel (KN_TYPE_PERSON_HISTORY_DIALOG));
  g_assert_nonnull (dialog);

  /* A transfer to Bidang SMK under its Kabid from 1 July. */
  choose_kind (dialog, KN_HISTORY_MUTASI);
  set_text (dialog, "start", "01-07-2026");
  g_assert_true (kn_person_history_dialog_select_unit (dialog, fixture->bidang_b));
  g_assert_true (kn_person_history_dialog_select_supervisor (dialog, fixture->kabid_b));
  set_text (dialog, "decree", "800/45/2026");
  g_assert_true (kn_person_history_dialog_add (dialog));
  kn_test_spin ();
  g_assert_cmpint (kn_store_unit_at (fixture->store, fixture->staff, "2026-06-30"), ==,
                   fixture->bidang_a);
  g_assert_cmpint (kn_store_unit_at (fixture->store, fixture->staff, "2026-07-01"), ==,
                   fixture->bidang_b);
  g_assert_cmpint (kn_store_supervisor_at (fixture->store, fixture->staff, "2026-07-01", NULL),
                   ==, fixture->kabid_b);
  /* In Indonesian. */
  assert_lists (dialog, "1 Juli 2026 | Mutasi: Bidang SMA → Bidang SMK (atasan: Kabid SMK) — "
                        "800/45/2026");

  /* A Plt. acting for nobody: refused, the field named, nothing stored. */
  choose_kind (dialog, KN_HISTORY_PLT);
  set_text (dialog, "start", "2026-08-01");
  set_text (dialog, "person", "");
  set_text (dialog, "position", "Kepala Bidang SMK");
  g_assert_false (kn_person_history_dialog_add (dialog));
  g_assert_nonnull (strstr (kn_person_history_dialog_get_error (dialog), "Pelaksana untuk"));
  history = kn_store_list_history (fixture->store, fixture->staff);
  g_assert_cmpuint (history->len, ==, 1);
  g_clear_pointer (&history, g_ptr_array_unref);

  /* Deleting the transfer. */
  g_assert_true (kn_person_history_dialog_delete (dialog, 0));
  history = kn_store_list_history (fixture->store, fixture->staff);
  g_assert_cmpuint (history->len, ==, 0);
  g_assert_cmpint (kn_store_unit_at (fixture->store, fixture->staff, "2026-07-01"), ==,
                   kn_employee_get_unit_id (kn_store_lookup_employee (fixture->store,
                                                                      fixture->staff)));

  gtk_window_destroy (GTK_WINDOW (dialog));
  kn_test_ui_close (GTK_WINDOW (editor), NULL);
}

/* A kenaikan pangkat in the employee dialog: a changed rank asks for its TMT instead of
 * overwriting the rank; with it, the rank before is kept for the days before, and Riwayat lists
 * it; Riwayat's own form records one, and refuses a golongan of PPPK for a PNS. */
static void
test_kenaikan_pangkat (Fixture       *fixture,
                       gconstpointer  data)
{
  KnEmployee *staff = kn_store_lookup_employee (fixture->store, fixture->staff);
  KnEmployeeDialog *editor = kn_employee_dialog_new (fixture->store, staff, 0);
  KnPersonHistoryDialog *dialog;
  GtkEditable *tmt;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *later = NULL;
  gpointer alive = editor;

  g_object_add_weak_pointer (G_OBJECT (editor), &alive);
  gtk_window_present (GTK_WINDOW (editor));
  kn_test_spin ();
  tmt = kn_employee_dialog_get_entry (editor, "rank-date");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (tmt)));
  g_assert_true (kn_employee_dialog_select_rank (editor, "III/d"));
  kn_test_spin ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (tmt)));

  /* Without its TMT: refused, nothing changed. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "dialog.save", NULL);
  kn_test_spin ();
  g_assert_nonnull (alive);
  g_assert_nonnull (kn_employee_dialog_get_error (editor));
  g_assert_nonnull (strstr (kn_employee_dialog_get_error (editor), "TMT"));
  g_assert_cmpstr (kn_employee_get_rank (kn_store_lookup_employee (fixture->store,
                                                                   fixture->staff)),
                   ==, "III/c");

  gtk_editable_set_text (tmt, "01-04-2026");
  gtk_editable_set_text (kn_employee_dialog_get_entry (editor, "rank-decree"), "823/12/2026");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "dialog.save", NULL));
  kn_test_spin ();
  g_assert_null (alive);

  before = kn_store_rank_at (fixture->store, fixture->staff, "2026-03-31");
  after = kn_store_rank_at (fixture->store, fixture->staff, "2026-04-01");
  g_assert_cmpstr (before, ==, "III/c");
  g_assert_cmpstr (after, ==, "III/d");
  g_assert_cmpstr (kn_employee_get_rank (kn_store_lookup_employee (fixture->store,
                                                                   fixture->staff)),
                   ==, "III/d");
  history = kn_store_list_history (fixture->store, fixture->staff);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpstr (((KnHistoryEntry *) history->pdata[0])->decree, ==, "823/12/2026");
  g_clear_pointer (&history, g_ptr_array_unref);

  dialog = kn_person_history_dialog_new (fixture->store,
                                         kn_store_lookup_employee (fixture->store, fixture->staff));
  gtk_window_present (GTK_WINDOW (dialog));
  kn_test_spin ();
  assert_lists (dialog, "1 April 2026 | Pangkat: Penata, III/c → Penata Tk. I, III/d — "
                        "823/12/2026");

  /* Riwayat's form: a golongan of PPPK is refused naming the field; IV/a from 2027 is taken. */
  choose_kind (dialog, KN_HISTORY_PANGKAT);
  set_text (dialog, "start", "2027-04-01");
  set_text (dialog, "rank", "IX");
  g_assert_false (kn_person_history_dialog_add (dialog));
  g_assert_nonnull (strstr (kn_person_history_dialog_get_error (dialog), "Pangkat/golongan"));
  g_assert_nonnull (strstr (kn_person_history_dialog_get_error (dialog), "“IX”"));
  set_text (dialog, "rank", "IV/a");
  g_assert_true (kn_person_history_dialog_add (dialog));
  later = kn_store_rank_at (fixture->store, fixture->staff, "2027-04-01");
  g_assert_cmpstr (later, ==, "IV/a");
  history = kn_store_list_history (fixture->store, fixture->staff);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpstr (((KnHistoryEntry *) history->pdata[1])->prev_rank, ==, "III/d");

  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

  KN_TEST_ADD ("/person-history/add-refuse-delete", test_history);
  KN_TEST_ADD ("/person-history/kenaikan-pangkat", test_kenaikan_pangkat);

  return g_test_run ();
}
