/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The dialogs of a person as a kepala dinas uses them: the edit form opened over a mutasi
 * recorded from its Riwayat keeps the mutasi; Escape closes Riwayat and asks before dropping a
 * typed form; a mutasi's atasan is chosen, proposed or kept, never silently cleared. */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "kn-employee-dialog.h"
#include "kn-person-history-dialog.h"

#include "kn-test-ui.h"

#define NIP_KABID_A "197503121999032002"
#define NIP_KABID_B "198001012005011003"
#define NIP_STAFF   "198609262015051001"
#define NIP_NEW     "199503172020122004"

typedef struct
{
  char    *folder;
  char    *path;
  KnStore *store;
  gint64   dinas;
  gint64   bidang_a;
  gint64   bidang_b;
  gint64   kabid_a;
  gint64   kabid_b;
  gint64   staff;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = kn_test_store_new ("kinerja-ui-pegawai-dialogs-XXXXXX", &fixture->folder,
                                      &fixture->path);
  fixture->dinas = kn_test_add_unit (fixture->store, "Dinas Pendidikan", 0);
  fixture->bidang_a = kn_test_add_unit (fixture->store, "Bidang SMA", fixture->dinas);
  fixture->bidang_b = kn_test_add_unit (fixture->store, "Bidang SMK", fixture->dinas);
  fixture->kabid_a = kn_test_add_person (fixture->store, NIP_KABID_A, "Kabid SMA", NULL,
                                         "Kepala Bidang SMA", KN_POSITION_ADMINISTRATOR,
                                         fixture->bidang_a, 0);
  fixture->kabid_b = kn_test_add_person (fixture->store, NIP_KABID_B, "Kabid SMK", NULL,
                                         "Kepala Bidang SMK", KN_POSITION_ADMINISTRATOR,
                                         fixture->bidang_b, 0);
  fixture->staff = kn_test_add_person (fixture->store, NIP_STAFF, "Staf", NULL, "Analis",
                                       KN_POSITION_AHLI_PERTAMA, fixture->bidang_a,
                                       fixture->kabid_a);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_store_clear (&fixture->store, &fixture->folder, &fixture->path);
}

static void
on_gone (gpointer  data,
         GObject  *where)
{
  *(gboolean *)data = TRUE;
}

/* Shows @window, which sets *@gone once it is let go. */
static void
present_watched (GtkWindow *window,
                 gboolean  *gone)
{
  *gone = FALSE;
  g_object_weak_ref (G_OBJECT (window), on_gone, gone);
  gtk_window_present (window);
  kn_test_spin ();
}

/* Presses Escape where the keyboard is in @window. */
static void
press_escape (GtkWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_true (kn_test_press (focus != NULL ? focus : GTK_WIDGET (window), GDK_KEY_Escape, 0));
  kn_test_spin ();
}

/* The question asked over @window before it closes, NULL when none is. */
static AdwMessageDialog *
question_over (GtkWindow *window)
{
  GtkWindow *ask = kn_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  if (ask == NULL || gtk_window_get_transient_for (ask) != window)
    return NULL;
  return ADW_MESSAGE_DIALOG (ask);
}

static gint64
chosen_unit (KnEmployeeDialog *editor)
{
  KnOrgUnit *unit = kn_chooser_get_selected_item (kn_employee_dialog_get_chooser (editor, "unit"));

  return unit != NULL ? kn_org_unit_get_id (unit) : 0;
}

/* The reviewer's steps: Ubah Data Pegawai, a change typed, Riwayat…, a mutasi to Bidang SMK under
 * its Kabid, Riwayat closed, Simpan. The mutasi holds, and so does what was typed. */
static void
test_edit_keeps_mutasi (Fixture       *fixture,
                        gconstpointer  data)
{
  KnEmployee *staff = kn_store_lookup_employee (fixture->store, fixture->staff);
  KnEmployeeDialog *editor = kn_employee_dialog_new (fixture->store, staff, 0);
  KnPersonHistoryDialog *history;
  KnEmployee *stored;
  gboolean editor_gone = FALSE;

  present_watched (GTK_WINDOW (editor), &editor_gone);
  gtk_editable_set_text (kn_employee_dialog_get_entry (editor, "position"),
                         "Analis SDM Aparatur Ahli Pertama");

  kn_test_click (kn_test_find_action (GTK_WIDGET (editor), "dialog.history"));
  history = KN_PERSON_HISTORY_DIALOG (kn_test_find_toplevel (KN_TYPE_PERSON_HISTORY_DIALOG));
  g_assert_nonnull (history);
  adw_combo_row_set_selected (ADW_COMBO_ROW (kn_person_history_dialog_get_field (history, "kind")),
                              KN_HISTORY_MUTASI);
  gtk_editable_set_text (GTK_EDITABLE (kn_person_history_dialog_get_field (history, "start")),
                         "2024-07-01");
  g_assert_true (kn_person_history_dialog_select_unit (history, fixture->bidang_b));
  g_assert_true (kn_person_history_dialog_select_supervisor (history, fixture->kabid_b));
  g_assert_true (kn_person_history_dialog_add (history));
  kn_test_spin ();
  gtk_window_close (GTK_WINDOW (history));
  kn_test_spin ();

  stored = kn_store_lookup_employee (fixture->store, fixture->staff);
  g_assert_cmpint (kn_employee_get_unit_id (stored), ==, fixture->bidang_b);
  /* The form behind shows where the person is now, and still what was typed. */
  g_assert_cmpint (chosen_unit (editor), ==, fixture->bidang_b);
  g_assert_cmpstr (gtk_editable_get_text (kn_employee_dialog_get_entry (editor, "position")), ==,
                   "Analis SDM Aparatur Ahli Pertama");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "dialog.save", NULL));
  kn_test_spin ();
  g_assert_true (editor_gone);

  stored = kn_store_lookup_employee (fixture->store, fixture->staff);
  g_assert_cmpint (kn_employee_get_unit_id (stored), ==, fixture->bidang_b);
  g_assert_cmpint (kn_employee_get_supervisor_id (stored), ==, fixture->kabid_b);
  g_assert_cmpstr (kn_employee_get_position (stored), ==, "Analis SDM Aparatur Ahli Pertama");
  g_assert_cmpint (kn_store_unit_at (fixture->store, fixture->staff, "2024-07-01"), ==,
                   fixture->bidang_b);
}

/* Escape closes Riwayat; in Pegawai Baru and Ubah it closes an untouched form at once and asks
 * before throwing typed work away (Batal keeps it, Buang drops it); nothing is stored. */
static void
test_escape (Fixture       *fixture,
             gconstpointer  data)
{
  KnEmployee *staff = kn_store_lookup_employee (fixture->store, fixture->staff);
  guint before = g_list_model_get_n_items (kn_store_get_employees (fixture->store));
  KnPersonHistoryDialog *history;
  KnEmployeeDialog *form;
  AdwMessageDialog *ask;
  gboolean gone = FALSE;

  history = kn_person_history_dialog_new (fixture->store, staff);
  present_watched (GTK_WINDOW (history), &gone);
  press_escape (GTK_WINDOW (history));
  g_assert_true (gone);

  /* An untouched Pegawai Baru closes at once. */
  form = kn_employee_dialog_new (fixture->store, NULL, fixture->bidang_a);
  present_watched (GTK_WINDOW (form), &gone);
  press_escape (GTK_WINDOW (form));
  g_assert_true (gone);

  /* A typed one asks; Batal keeps it as it was, Buang closes it. */
  form = kn_employee_dialog_new (fixture->store, NULL, fixture->bidang_a);
  present_watched (GTK_WINDOW (form), &gone);
  gtk_editable_set_text (kn_employee_dialog_get_entry (form, "nip"), NIP_NEW);
  gtk_editable_set_text (kn_employee_dialog_get_entry (form, "name"), "Rina Wati, S.Pd.");
  press_escape (GTK_WINDOW (form));
  g_assert_false (gone);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));
  ask = question_over (GTK_WINDOW (form));
  g_assert_nonnull (ask);
  adw_message_dialog_response (ask, "cancel");
  kn_test_spin ();
  g_assert_false (gone);
  g_assert_cmpstr (gtk_editable_get_text (kn_employee_dialog_get_entry (form, "name")), ==,
                   "Rina Wati, S.Pd.");
  press_escape (GTK_WINDOW (form));
  ask = question_over (GTK_WINDOW (form));
  g_assert_nonnull (ask);
  adw_message_dialog_response (ask, "discard");
  kn_test_spin ();
  g_assert_true (gone);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (fixture->store)), ==, before);
  g_assert_null (kn_store_find_employee_by_nip (fixture->store, NIP_NEW));

  /* Ubah: untouched closes at once; a change asks, and Simpan from the question saves it. */
  form = kn_employee_dialog_new (fixture->store, staff, 0);
  present_watched (GTK_WINDOW (form), &gone);
  press_escape (GTK_WINDOW (form));
  g_assert_true (gone);

  form = kn_employee_dialog_new (fixture->store, staff, 0);
  present_watched (GTK_WINDOW (form), &gone);
  gtk_editable_set_text (kn_employee_dialog_get_entry (form, "position"), "Analis Kebijakan");
  press_escape (GTK_WINDOW (form));
  g_assert_false (gone);
  ask = question_over (GTK_WINDOW (form));
  g_assert_nonnull (ask);
  adw_message_dialog_response (ask, "save");
  kn_test_spin ();
  g_assert_true (gone);
  g_assert_cmpstr (kn_employee_get_position (kn_store_lookup_employee (fixture->store,
                                                                       fixture->staff)),
                   ==, "Analis Kebijakan");
}

/* A mutasi's atasan: before a unit is chosen, the one the person has; with the new unit, its
 * head, proposed and said so; to a unit without anyone above, the one the person has, kept.
 * Leaving the atasan untouched never clears it. */
static void
test_mutasi_atasan (Fixture       *fixture,
                    gconstpointer  data)
{
  KnEmployee *staff = kn_store_lookup_employee (fixture->store, fixture->staff);
  KnPersonHistoryDialog *history = kn_person_history_dialog_new (fixture->store, staff);
  KnChooser *supervisor;
  gint64 badan;
  g_autofree char *shown = NULL;

  gtk_window_present (GTK_WINDOW (history));
  kn_test_spin ();
  g_assert_true (KN_IS_CHOOSER (kn_person_history_dialog_get_field (history, "unit")));
  supervisor = KN_CHOOSER (kn_person_history_dialog_get_field (history, "supervisor"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (kn_person_history_dialog_get_field (history, "kind")),
                              KN_HISTORY_MUTASI);
  kn_test_spin ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (supervisor)));
  shown = kn_chooser_dup_label (supervisor);
  kn_test_assert_contains (shown, "Kabid SMA");
  g_clear_pointer (&shown, g_free);
  kn_test_assert_contains (kn_person_history_dialog_get_supervisor_note (history),
                           "atasan yang sekarang");

  g_assert_true (kn_person_history_dialog_select_unit (history, fixture->bidang_b));
  kn_test_spin ();
  shown = kn_chooser_dup_label (supervisor);
  kn_test_assert_contains (shown, "Kabid SMK");
  kn_test_assert_contains (kn_person_history_dialog_get_supervisor_note (history),
                           "kepala unit baru");
  /* No atasan only when chosen, and then said. */
  g_assert_true (kn_person_history_dialog_select_supervisor (history, 0));
  kn_test_assert_contains (kn_person_history_dialog_get_supervisor_note (history),
                           "tidak akan mempunyai atasan");
  g_assert_true (kn_person_history_dialog_select_supervisor (history, fixture->kabid_b));
  kn_test_assert_contains (kn_person_history_dialog_get_supervisor_note (history),
                           "kepala unit baru");
  gtk_editable_set_text (GTK_EDITABLE (kn_person_history_dialog_get_field (history, "start")),
                         "2024-07-01");
  g_assert_true (kn_person_history_dialog_add (history));
  g_assert_cmpint (kn_store_supervisor_at (fixture->store, fixture->staff, "2024-07-01", NULL),
                   ==, fixture->kabid_b);

  /* A unit with nobody in it or above it: the atasan stays. */
  badan = kn_test_add_unit (fixture->store, "Badan Baru", 0);
  kn_test_spin ();
  adw_combo_row_set_selected (ADW_COMBO_ROW (kn_person_history_dialog_get_field (history, "kind")),
                              KN_HISTORY_MUTASI);
  g_assert_true (kn_person_history_dialog_select_unit (history, badan));
  kn_test_spin ();
  kn_test_assert_contains (kn_person_history_dialog_get_supervisor_note (history),
                           "atasan yang sekarang");
  gtk_editable_set_text (GTK_EDITABLE (kn_person_history_dialog_get_field (history, "start")),
                         "2025-01-01");
  g_assert_true (kn_person_history_dialog_add (history));
  g_assert_cmpint (kn_store_unit_at (fixture->store, fixture->staff, "2025-01-01"), ==, badan);
  g_assert_cmpint (kn_store_supervisor_at (fixture->store, fixture->staff, "2025-01-01", NULL),
                   ==, fixture->kabid_b);

  gtk_window_destroy (GTK_WINDOW (history));
  kn_test_spin ();
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

  KN_TEST_ADD ("/pegawai-dialogs/edit-keeps-mutasi", test_edit_keeps_mutasi);
  KN_TEST_ADD ("/pegawai-dialogs/escape", test_escape);
  KN_TEST_ADD ("/pegawai-dialogs/mutasi-atasan", test_mutasi_atasan);

  return g_test_run ();
}
