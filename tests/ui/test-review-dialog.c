/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Tim Penilai Kinerja driven in the window: a team formed for a year, members added with
 * one ketua at most, the team's decision recorded for an employee (a review asked for only with
 * a reason) and shown, all of it read back from the store and in a dialog opened again. */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "kinerja/kn-history.h"

#include "kn-review-dialog.h"
#include "kn-window.h"

#include "kn-test-ui.h"

typedef struct
{
  char          *folder;
  KnStore       *store;
  gint64         unit;
  gint64         head;
  gint64         secretary;
  gint64         staff;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  guint n_people = 0;

  fixture->store = kn_test_store_new ("kinerja-ui-review-XXXXXX", &fixture->folder, NULL);
  fixture->unit = kn_test_add_unit (fixture->store, "Badan Kepegawaian Daerah", 0);
  fixture->head = kn_test_add_staff (fixture->store, &n_people, "Siti Aminah", "Sekretaris",
                                     KN_POSITION_ADMINISTRATOR, fixture->unit, 0);
  fixture->secretary = kn_test_add_staff (fixture->store, &n_people, "Budi Santoso",
                                          "Kepala Subbagian Umum", KN_POSITION_PENGAWAS,
                                          fixture->unit, fixture->head);
  fixture->staff = kn_test_add_staff (fixture->store, &n_people, "Rina Marlina",
                                      "Analis SDM Aparatur", KN_POSITION_PELAKSANA, fixture->unit,
                                      fixture->head);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_store_clear (&fixture->store, &fixture->folder, NULL);
}

static AdwActionRow *
row_at (GtkListBox *list,
        int         index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_true (ADW_IS_ACTION_ROW (row));
  return ADW_ACTION_ROW (row);
}

static void
activate (KnReviewDialog *dialog,
          const char     *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), action, NULL));
  kn_test_spin ();
}

static void
test_cycle (Fixture       *fixture,
            gconstpointer  data)
{
  KnReviewDialog *dialog = kn_review_dialog_new (fixture->store, 2026, "2026-TW1");
  KnReviewDialog *again;
  g_autoptr(GPtrArray) teams = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GArray) members = NULL;
  KnReviewEntry *entry;
  GtkListBox *list;

  gtk_window_present (GTK_WINDOW (dialog));
  kn_test_spin ();
  g_assert_cmpint (kn_review_dialog_get_team (dialog), ==, 0);

  /* A team needs a name. */
  kn_review_dialog_fill_team (dialog, "  ", "800/123/BKD/2026");
  activate (dialog, "review.create-team");
  g_assert_cmpint (kn_review_dialog_get_team (dialog), ==, 0);
  teams = kn_store_list_review_teams (fixture->store, 0);
  g_assert_cmpuint (teams->len, ==, 0);
  g_clear_pointer (&teams, g_ptr_array_unref);

  kn_review_dialog_fill_team (dialog, "Tim Penilai Kinerja BKD 2026", "800/123/BKD/2026");
  activate (dialog, "review.create-team");
  g_assert_cmpint (kn_review_dialog_get_team (dialog), !=, 0);
  g_assert_nonnull (strstr (kn_review_dialog_get_status (dialog), "Tim Penilai Kinerja BKD 2026"));
  teams = kn_store_list_review_teams (fixture->store, 2026);
  g_assert_cmpuint (teams->len, ==, 1);
  g_assert_cmpstr (((KnReviewTeam *)g_ptr_array_index (teams, 0))->decree, ==, "800/123/BKD/2026");

  /* Members: one ketua, a second refused. */
  g_assert_true (kn_review_dialog_choose_member (dialog, fixture->head, KN_REVIEW_ROLE_KETUA));
  activate (dialog, "review.add-member");
  g_assert_true (kn_review_dialog_choose_member (dialog, fixture->secretary, KN_REVIEW_ROLE_KETUA));
  activate (dialog, "review.add-member");
  g_assert_nonnull (strstr (kn_review_dialog_get_status (dialog), "ketua"));
  members = kn_store_list_review_members (fixture->store, kn_review_dialog_get_team (dialog));
  g_assert_cmpuint (members->len, ==, 1);
  g_clear_pointer (&members, g_array_unref);
  g_assert_true (kn_review_dialog_choose_member (dialog, fixture->secretary,
                                                 KN_REVIEW_ROLE_SEKRETARIS));
  activate (dialog, "review.add-member");
  list = kn_review_dialog_get_members (dialog);
  g_assert_cmpuint (kn_test_n_children (GTK_WIDGET (list)), ==, 2);
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row_at (list, 0))),
                            "Siti Aminah"));
  g_assert_cmpstr (adw_action_row_get_subtitle (row_at (list, 0)), ==, "Ketua");
  g_assert_cmpstr (adw_action_row_get_subtitle (row_at (list, 1)), ==, "Sekretaris");

  /* A review asked for without a reason is refused; with one it is recorded and shown. */
  g_assert_true (kn_review_dialog_choose_decision (dialog, fixture->staff, KN_REVIEW_TINJAU_ULANG,
                                                   NULL));
  activate (dialog, "review.record");
  reviews = kn_store_list_reviews (fixture->store, kn_review_dialog_get_team (dialog), "2026-TW1");
  g_assert_cmpuint (reviews->len, ==, 0);
  g_clear_pointer (&reviews, g_ptr_array_unref);

  g_assert_true (kn_review_dialog_choose_decision (dialog, fixture->staff, KN_REVIEW_TINJAU_ULANG,
                                                   "Bukti dukung IKI 2 belum ada"));
  activate (dialog, "review.record");
  g_assert_true (kn_review_dialog_choose_decision (dialog, fixture->secretary, KN_REVIEW_SETUJU,
                                                   NULL));
  activate (dialog, "review.record");
  reviews = kn_store_list_reviews (fixture->store, kn_review_dialog_get_team (dialog), "2026-TW1");
  g_assert_cmpuint (reviews->len, ==, 2);
  list = kn_review_dialog_get_decisions (dialog);
  g_assert_cmpuint (kn_test_n_children (GTK_WIDGET (list)), ==, 2);
  for (guint i = 0; i < reviews->len; i++)
    {
      entry = g_ptr_array_index (reviews, i);
      if (entry->employee_id == fixture->staff)
        {
          g_assert_cmpint (entry->decision, ==, KN_REVIEW_TINJAU_ULANG);
          g_assert_cmpstr (entry->reason, ==, "Bukti dukung IKI 2 belum ada");
        }
      else
        g_assert_cmpint (entry->decision, ==, KN_REVIEW_SETUJU);
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
  kn_test_spin ();

  /* Opened again: the team of the year, its members and the period's decisions. */
  again = kn_review_dialog_new (fixture->store, 2026, "2026-TW1");
  gtk_window_present (GTK_WINDOW (again));
  kn_test_spin ();
  g_assert_cmpint (kn_review_dialog_get_team (again), ==, ((KnReviewTeam *)g_ptr_array_index (teams, 0))->id);
  g_assert_cmpuint (kn_test_n_children (GTK_WIDGET (kn_review_dialog_get_members (again))), ==,
                    2);
  list = kn_review_dialog_get_decisions (again);
  g_assert_cmpuint (kn_test_n_children (GTK_WIDGET (list)), ==, 2);
  {
    gboolean seen = FALSE;

    for (int i = 0; i < 2; i++)
      if (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row_at (list, i))),
                  "Rina Marlina") != NULL)
        {
          g_assert_cmpstr (adw_action_row_get_subtitle (row_at (list, i)), ==,
                           "Mohon ditinjau ulang: Bukti dukung IKI 2 belum ada");
          seen = TRUE;
        }
    g_assert_true (seen);
  }

  /* Put before the team again from the window, after the assessor's review: shown as waiting
   * (with what to look at), and the matter is open, holding back finalising. */
  g_assert_true (kn_review_dialog_choose_decision (again, fixture->staff, KN_REVIEW_DIAJUKAN,
                                                   "Rating diperbaiki"));
  activate (again, "review.record");
  list = kn_review_dialog_get_decisions (again);
  g_assert_cmpuint (kn_test_n_children (GTK_WIDGET (list)), ==, 2);
  {
    g_autoptr(KnReviewEntry) open = kn_store_get_review (fixture->store, fixture->staff,
                                                         "2026-TW1");
    gboolean seen = FALSE;

    g_assert_true (kn_review_entry_is_open (open));
    for (int i = 0; i < 2; i++)
      if (g_strcmp0 (adw_action_row_get_subtitle (row_at (list, i)),
                     "Diajukan, menunggu keputusan tim: Rating diperbaiki") == 0)
        seen = TRUE;
    g_assert_true (seen);
  }
  gtk_window_destroy (GTK_WINDOW (again));
  kn_test_spin ();
}

/* The button of @dialog that runs @action, found as a user finds it. */
static GtkWidget *
button_for (GtkWidget  *widget,
            const char *action)
{
  GtkWidget *button = kn_test_find_action (widget, action);

  g_assert_true (button == NULL || GTK_IS_BUTTON (button));
  return button;
}

/* No team for the year: the window says so in a sentence naming the year and what to press,
 * and the buttons that are off say why; forming the team (for the unit chosen) turns them on
 * and the sentence gives way. */
static void
test_no_team (Fixture       *fixture,
              gconstpointer  data)
{
  KnReviewDialog *dialog;
  GtkWidget *add_member;
  GtkWidget *record;
  g_autoptr(GPtrArray) teams = NULL;
  gint64 other = kn_test_add_unit (fixture->store, "Dinas Pendidikan", 0);

  dialog = kn_review_dialog_new (fixture->store, 2026, "2026-TW1");
  gtk_window_present (GTK_WINDOW (dialog));
  kn_test_spin ();
  add_member = button_for (GTK_WIDGET (dialog), "review.add-member");
  record = button_for (GTK_WIDGET (dialog), "review.record");
  g_assert_nonnull (add_member);
  g_assert_nonnull (record);

  g_assert_cmpint (kn_review_dialog_get_team (dialog), ==, 0);
  g_assert_nonnull (strstr (kn_review_dialog_get_status (dialog),
                            "Belum ada Tim Penilai untuk tahun 2026."));
  g_assert_nonnull (strstr (kn_review_dialog_get_status (dialog), "tekan “Bentuk Tim”"));
  g_assert_false (gtk_widget_is_sensitive (add_member));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (add_member),
                            "bentuk tim terlebih dahulu"));
  g_assert_false (gtk_widget_is_sensitive (record));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (record), "Belum ada tim"));

  /* Formed for Dinas Pendidikan: the team is there with its unit, the buttons on. */
  kn_review_dialog_fill_team (dialog, "Tim Penilai Kinerja Dinas Pendidikan", "800/7/2026");
  g_assert_true (kn_review_dialog_choose_team_unit (dialog, other));
  activate (dialog, "review.create-team");
  g_assert_cmpint (kn_review_dialog_get_team (dialog), !=, 0);
  g_assert_null (strstr (kn_review_dialog_get_status (dialog), "Belum ada Tim Penilai"));
  g_assert_true (gtk_widget_is_sensitive (add_member));
  g_assert_null (strstr (gtk_widget_get_tooltip_text (add_member), "terlebih dahulu"));
  g_assert_true (gtk_widget_is_sensitive (record));
  teams = kn_store_list_review_teams (fixture->store, 2026);
  g_assert_cmpuint (teams->len, ==, 1);
  if (teams->len == 1)
    g_assert_cmpint (((KnReviewTeam *)g_ptr_array_index (teams, 0))->unit_id, ==, other);

  gtk_window_destroy (GTK_WINDOW (dialog));
  kn_test_spin ();
}

/* The decision's chooser offers the people the team chosen reviews for the period chosen, where
 * they were on its last day — not everyone on the file (the members' chooser still does): a
 * teacher of another OPD is not offered, someone who left the BKD on 1 May is for the first
 * quarter and not for the second, and the one offered is recorded. */
static void
test_decision_list (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnHistoryEntry) move = NULL;
  g_autoptr(KnReviewEntry) review = NULL;
  guint n_people = 10;
  gint64 other = kn_test_add_unit (fixture->store, "Dinas Pendidikan", 0);
  gint64 teacher = kn_test_add_staff (fixture->store, &n_people, "Dedi Kurnia", "Guru Ahli Muda",
                                      KN_POSITION_AHLI_MUDA, other, 0);
  gint64 team = kn_store_add_unit_review_team (fixture->store, "Tim Penilai Kinerja BKD", NULL,
                                               2026, fixture->unit, &error);
  KnReviewDialog *dialog;

  g_assert_no_error (error);
  move = kn_history_entry_new (fixture->secretary, KN_HISTORY_MUTASI);
  move->start_date = g_strdup ("2026-05-01");
  move->unit_id = other;
  g_assert_true (kn_store_add_history (fixture->store, move, &error));
  g_assert_no_error (error);

  dialog = kn_review_dialog_new (fixture->store, 2026, "2026-TW1");
  gtk_window_present (GTK_WINDOW (dialog));
  kn_test_spin ();
  g_assert_cmpint (kn_review_dialog_get_team (dialog), ==, team);
  g_assert_true (kn_review_dialog_choose_member (dialog, teacher, KN_REVIEW_ROLE_ANGGOTA));
  g_assert_false (kn_review_dialog_choose_decision (dialog, teacher, KN_REVIEW_SETUJU, NULL));
  g_assert_true (kn_review_dialog_choose_decision (dialog, fixture->staff, KN_REVIEW_SETUJU,
                                                   NULL));
  g_assert_true (kn_review_dialog_choose_decision (dialog, fixture->secretary, KN_REVIEW_SETUJU,
                                                   NULL));
  activate (dialog, "review.record");
  review = kn_store_get_review (fixture->store, fixture->secretary, "2026-TW1");
  g_assert_nonnull (review);
  gtk_window_destroy (GTK_WINDOW (dialog));
  kn_test_spin ();

  dialog = kn_review_dialog_new (fixture->store, 2026, "2026-TW2");
  gtk_window_present (GTK_WINDOW (dialog));
  kn_test_spin ();
  g_assert_false (kn_review_dialog_choose_decision (dialog, fixture->secretary, KN_REVIEW_SETUJU,
                                                    NULL));
  g_assert_false (kn_review_dialog_choose_decision (dialog, teacher, KN_REVIEW_SETUJU, NULL));
  g_assert_true (kn_review_dialog_choose_decision (dialog, fixture->staff, KN_REVIEW_SETUJU,
                                                   NULL));
  gtk_window_destroy (GTK_WINDOW (dialog));
  kn_test_spin ();
}

/* The window's "Tim Penilai…" (Penilaian, main menu) opens the dialog over it. */
static void
test_window_opens (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnApplication) app = kn_application_new ("id.go.lampungprov.Kinerja.TestReview",
                                                     G_APPLICATION_NON_UNIQUE);
  KnWindow *window;
  GtkWindow *found = NULL;
  GList *toplevels;

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  kn_application_set_store (app, fixture->store);
  window = kn_window_new (app, fixture->store);
  gtk_window_present (GTK_WINDOW (window));
  kn_test_spin ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.review-team", NULL));
  kn_test_spin ();

  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (KN_IS_REVIEW_DIALOG (l->data))
      found = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (found);
  g_assert_true (gtk_window_get_transient_for (found) == GTK_WINDOW (window));
  gtk_window_destroy (found);
  gtk_window_destroy (GTK_WINDOW (window));
  kn_test_spin ();
}

/* The visible label under @widget showing exactly @text, or NULL. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A refusal of Catat Keputusan is seen where the person is: pressed at the bottom of the
 * dialog on a 1024×600 screen, its words stay in view (they were at the top of the scrolled
 * part, out of sight), and the missing reason's field has the keyboard. */
static void
test_refusal_in_view (Fixture       *fixture,
                      gconstpointer  data)
{
  KnReviewDialog *dialog = kn_review_dialog_new (fixture->store, 2026, "2026-TW1");
  GtkScrolledWindow *scrolled;
  GtkAdjustment *adjustment;
  GtkWidget *label, *focus;
  graphene_rect_t bounds;

  gtk_window_set_default_size (GTK_WINDOW (dialog), 760, 560);
  gtk_window_present (GTK_WINDOW (dialog));
  kn_test_spin ();
  kn_review_dialog_fill_team (dialog, "Tim Penilai Kinerja BKD 2026", "800/123/BKD/2026");
  activate (dialog, "review.create-team");
  g_assert_cmpint (kn_review_dialog_get_team (dialog), !=, 0);
  g_assert_true (kn_review_dialog_choose_member (dialog, fixture->head, KN_REVIEW_ROLE_KETUA));
  activate (dialog, "review.add-member");
  g_assert_true (kn_review_dialog_choose_member (dialog, fixture->secretary,
                                                 KN_REVIEW_ROLE_SEKRETARIS));
  activate (dialog, "review.add-member");
  kn_test_draw (GTK_WINDOW (dialog));

  /* Scrolled down to the Catat Keputusan button, as the person who presses it is. */
  scrolled = GTK_SCROLLED_WINDOW (kn_test_find_type (GTK_WIDGET (dialog), GTK_TYPE_SCROLLED_WINDOW));
  g_assert_nonnull (scrolled);
  adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment),
                     >, 0);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  kn_test_draw (GTK_WINDOW (dialog));

  g_assert_true (kn_review_dialog_choose_decision (dialog, fixture->staff, KN_REVIEW_TINJAU_ULANG,
                                                   NULL));
  activate (dialog, "review.record");
  kn_test_draw (GTK_WINDOW (dialog));

  label = find_label (GTK_WIDGET (dialog), kn_review_dialog_get_status (dialog));
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (label, "error"));
  g_assert_true (gtk_widget_compute_bounds (label, GTK_WIDGET (dialog), &bounds));
  g_test_message ("refusal at y %g..%g of %d", bounds.origin.y,
                  bounds.origin.y + bounds.size.height, gtk_widget_get_height (GTK_WIDGET (dialog)));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=,
                     gtk_widget_get_height (GTK_WIDGET (dialog)));
  /* Not hidden behind the header bar's part of the scrolled window either. */
  if (gtk_widget_is_ancestor (label, GTK_WIDGET (scrolled)))
    {
      graphene_rect_t view;

      g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (scrolled), GTK_WIDGET (dialog), &view));
      g_assert_cmpfloat (bounds.origin.y, >=, view.origin.y);
    }

  focus = gtk_window_get_focus (GTK_WINDOW (dialog));
  g_assert_nonnull (focus);
  focus = gtk_widget_get_ancestor (focus, ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (focus);
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (focus)), "Alasan"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  kn_test_spin ();
}

static gboolean
match_combo_titled (GtkWidget *widget,
                    gpointer   data)
{
  return ADW_IS_COMBO_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

/* The team's name and the decisions are read whole, in their rows and in the lists they open
 * (they were cut: "Tim Penilai Kinerja BKD …", "Diajukan, menunggu ke…"). */
static void
test_choices_whole (Fixture       *fixture,
                    gconstpointer  data)
{
  KnReviewDialog *dialog = kn_review_dialog_new (fixture->store, 2026, "2026-TW1");
  g_autoptr(GPtrArray) cut = g_ptr_array_new_with_free_func (g_free);
  const char *titles[] = { "Tim", "Keputusan" };

  gtk_window_set_default_size (GTK_WINDOW (dialog), 760, 560);
  gtk_window_present (GTK_WINDOW (dialog));
  kn_test_spin ();
  kn_review_dialog_fill_team (dialog, "Tim Penilai Kinerja Badan Kepegawaian Daerah Provinsi 2026",
                              "800/123/BKD/2026");
  activate (dialog, "review.create-team");
  g_assert_cmpint (kn_review_dialog_get_team (dialog), !=, 0);
  g_assert_true (kn_review_dialog_choose_decision (dialog, fixture->staff, KN_REVIEW_DIAJUKAN,
                                                   NULL));
  kn_test_draw (GTK_WINDOW (dialog));
  kn_test_find_ellipsized (GTK_WIDGET (dialog), cut);

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkWidget *row = kn_test_find (GTK_WIDGET (dialog), match_combo_titled, (gpointer)titles[i]);
      GtkWidget *popover;

      g_assert_nonnull (row);
      g_assert_true (gtk_widget_activate (row));
      kn_test_draw (GTK_WINDOW (dialog));
      kn_test_find_ellipsized (GTK_WIDGET (dialog), cut);
      popover = kn_test_find_type (row, GTK_TYPE_POPOVER);
      if (popover != NULL)
        gtk_popover_popdown (GTK_POPOVER (popover));
      kn_test_spin ();
    }
  for (guint i = 0; i < cut->len; i++)
    g_test_message ("cut: %s", (char *)g_ptr_array_index (cut, i));
  g_assert_cmpuint (cut->len, ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  kn_test_spin ();
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

  KN_TEST_ADD ("/ui/review/cycle", test_cycle);
  KN_TEST_ADD ("/ui/review/no-team", test_no_team);
  KN_TEST_ADD ("/ui/review/decision-list", test_decision_list);
  KN_TEST_ADD ("/ui/review/window-opens", test_window_opens);
  KN_TEST_ADD ("/ui/review/refusal-in-view", test_refusal_in_view);
  KN_TEST_ADD ("/ui/review/choices-whole", test_choices_whole);

  return g_test_run ();
}
