/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One rule for every dialog — Enter saves, Ctrl+S saves, Escape cancels —, Tab that follows the
 * reading order and never drops typed text, dates typed day-month-year with a calendar, the
 * Delete key, and a shortcuts window that lists every shortcut there is. */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#include "kn-application.h"
#include "kn-demo.h"
#include "kn-employee-dialog.h"
#include "kn-history-dialog.h"
#include "kn-preferences-window.h"
#include "kn-progress-dialog.h"
#include "kn-training-dialog.h"
#include "kn-test-ui.h"
#include "kn-unit-dialog.h"
#include "kn-window.h"

typedef KnTestWindow Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  kn_test_window_open (fixture, "kinerja-ui-dialogs-XXXXXX",
                       "id.go.lampungprov.Kinerja.TestDialogs", TRUE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_window_close (fixture);
}

/* An employee of the demo with an SKP of the demo year whose first period is still open. */
static KnEmployee *
someone_with_plan (Fixture *fixture,
                   char   **period)
{
  GListModel *employees = kn_store_get_employees (fixture->store);

  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      g_autoptr(KnPlan) plan = kn_store_load_plan (fixture->store, kn_employee_get_id (employee),
                                                   KN_DEMO_YEAR, NULL);
      const char *periods[] = { "TW1", "TW2", "TW3", "TW4" };

      if (plan == NULL || g_list_model_get_n_items (G_LIST_MODEL (kn_plan_get_results (plan))) == 0)
        continue;
      for (guint p = 0; p < G_N_ELEMENTS (periods); p++)
        {
          g_autofree char *name = g_strdup_printf ("%u-%s", (guint) KN_DEMO_YEAR, periods[p]);
          g_autoptr(KnEvaluation) evaluation = kn_store_load_evaluation (fixture->store,
                                                                         kn_employee_get_id (employee),
                                                                         name, NULL);

          if (evaluation == NULL || kn_evaluation_get_status (evaluation) != KN_EVALUATION_STATUS_FINAL)
            {
              *period = g_steal_pointer (&name);
              return kn_store_lookup_employee (fixture->store, kn_employee_get_id (employee));
            }
        }
    }
  g_assert_not_reached ();
}

static gboolean
is_entry_row (GtkWidget *widget,
              gpointer   data)
{
  GtkWidget **except = data;

  if (!ADW_IS_ENTRY_ROW (widget) || adw_entry_row_get_activates_default (ADW_ENTRY_ROW (widget)))
    return FALSE;
  for (guint i = 0; except != NULL && except[i] != NULL; i++)
    if (widget == except[i])
      return FALSE;
  return TRUE;
}

/* Every entry of @dialog but those of @except (NULL-terminated) takes Enter as "save"; the
 * default is the Save button. */
static void
assert_enter_saves (GtkWindow  *dialog,
                    GtkWidget **except,
                    const char *save_action)
{
  GtkWidget *save = gtk_window_get_default_widget (dialog);
  GtkWidget *stray = kn_test_find (GTK_WIDGET (dialog), is_entry_row, except);

  g_assert_nonnull (save);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (save)), ==, save_action);
  if (stray != NULL)
    g_error ("The field “%s” does not save with Enter",
             adw_preferences_row_get_title (ADW_PREFERENCES_ROW (stray)));
}

static void
on_gone (gpointer  data,
         GObject  *where)
{
  *(gboolean *)data = TRUE;
}

/* Escape closes @dialog (pressed where the keyboard is) and nothing is saved. */
static void
assert_escape_cancels (GtkWindow *dialog)
{
  gboolean gone = FALSE;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (dialog));

  g_object_weak_ref (G_OBJECT (dialog), on_gone, &gone);
  g_assert_true (kn_test_press (focus != NULL ? focus : GTK_WIDGET (dialog), GDK_KEY_Escape, 0));
  kn_test_spin ();
  g_assert_true (gone || !gtk_widget_get_visible (GTK_WIDGET (dialog)));
  if (!gone)
    g_object_weak_unref (G_OBJECT (dialog), on_gone, &gone);
}

typedef struct
{
  Fixture        *fixture;
  KnEmployee     *employee;
  KnTrainingPage *training;
  guint           count;
} Wait;

static gboolean
unit_renamed (gpointer data)
{
  return kn_store_find_unit (((Wait *)data)->fixture->store, "Bidang Kebudayaan Daerah") != NULL;
}

static gboolean
position_saved (gpointer data)
{
  return g_strcmp0 (kn_employee_get_position (((Wait *)data)->employee), "Analis Kebijakan Ahli Muda") == 0;
}

static gboolean
activity_added (gpointer data)
{
  Wait *wait = data;

  return kn_training_page_get_activities (wait->training)->len == wait->count;
}

/* Pegawai's forms and Kompetensi's: Enter in a field saves, Escape cancels. */
static void
test_enter_saves_escape_cancels (Fixture       *fixture,
                                 gconstpointer  data)
{
  KnOrgUnit *unit = kn_store_find_unit (fixture->store, "Bidang Kebudayaan");
  g_autoptr(KnEmployee) someone = g_list_model_get_item (kn_store_get_employees (fixture->store), 7);
  gboolean employee_gone = FALSE;
  KnTrainingPage *training = kn_window_get_training_page (fixture->window);
  GtkWindow *dialog;
  guint before;
  Wait wait = { fixture, someone, training, 0 };

  /* Unit: Enter in the name saves. */
  dialog = GTK_WINDOW (kn_unit_dialog_new (fixture->store, kn_org_unit_get_id (unit), 0));
  gtk_window_present (dialog);
  kn_test_spin ();
  assert_enter_saves (dialog, NULL, "dialog.save");
  gtk_editable_set_text (kn_unit_dialog_get_name (KN_UNIT_DIALOG (dialog)), "Bidang Kebudayaan Daerah");
  kn_test_enter (GTK_WIDGET (kn_unit_dialog_get_name (KN_UNIT_DIALOG (dialog))));
  /* Enter presses the Save button, which clicks once it has been seen pressed. */
  g_assert_true (kn_test_spin_until (unit_renamed, &wait));

  /* Employee: Enter in the position saves; Escape leaves a change unsaved. */
  dialog = GTK_WINDOW (kn_employee_dialog_new (fixture->store, someone, 0));
  gtk_window_present (dialog);
  kn_test_spin ();
  assert_enter_saves (dialog, NULL, "dialog.save");
  gtk_editable_set_text (kn_employee_dialog_get_entry (KN_EMPLOYEE_DIALOG (dialog), "position"),
                         "Analis Kebijakan Ahli Muda");
  kn_test_enter (GTK_WIDGET (kn_employee_dialog_get_entry (KN_EMPLOYEE_DIALOG (dialog), "position")));
  g_assert_true (kn_test_spin_until (position_saved, &wait));

  dialog = GTK_WINDOW (kn_employee_dialog_new (fixture->store, someone, 0));
  gtk_window_present (dialog);
  kn_test_spin ();
  gtk_editable_set_text (kn_employee_dialog_get_entry (KN_EMPLOYEE_DIALOG (dialog), "position"),
                         "Tidak disimpan");
  /* Escape over a change asks first (test-pegawai-dialogs.c); Buang then closes unsaved. */
  g_object_weak_ref (G_OBJECT (dialog), on_gone, &employee_gone);
  g_assert_true (kn_test_press (gtk_root_get_focus (GTK_ROOT (dialog)), GDK_KEY_Escape, 0));
  kn_test_spin ();
  g_assert_true (ADW_IS_MESSAGE_DIALOG (kn_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (kn_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)),
                               "discard");
  kn_test_spin ();
  g_assert_true (employee_gone);
  g_assert_cmpstr (kn_employee_get_position (someone), ==, "Analis Kebijakan Ahli Muda");

  /* Kegiatan: Enter saves, Ctrl+S saves, Escape cancels. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "kompetensi");
  kn_test_spin ();
  g_assert_true (kn_training_page_show (training, kn_org_unit_get_id (kn_store_find_unit (fixture->store, "Badan Kepegawaian Daerah")),
                                       KN_DEMO_YEAR));
  {
    g_autoptr(KnEmployee) first = g_list_model_get_item (kn_training_page_get_people (training), 0);

    g_assert_true (kn_training_page_select_employee (training, kn_employee_get_id (first)));
  }
  before = kn_training_page_get_activities (training)->len;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (training), "training.add", NULL));
  kn_test_spin ();
  dialog = kn_training_page_get_dialog (training);
  g_assert_true (KN_IS_TRAINING_DIALOG (dialog));
  assert_enter_saves (dialog, NULL, "dialog.save");
  gtk_editable_set_text (kn_training_dialog_get_entry (KN_TRAINING_DIALOG (dialog), "title"),
                         "Bimtek SIASN");
  gtk_editable_set_text (kn_training_dialog_get_entry (KN_TRAINING_DIALOG (dialog), "hours"), "8");
  kn_test_enter (GTK_WIDGET (kn_training_dialog_get_entry (KN_TRAINING_DIALOG (dialog), "hours")));
  wait.count = before + 1;
  g_assert_true (kn_test_spin_until (activity_added, &wait));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (training), "training.add", NULL));
  kn_test_spin ();
  dialog = kn_training_page_get_dialog (training);
  gtk_editable_set_text (kn_training_dialog_get_entry (KN_TRAINING_DIALOG (dialog), "title"),
                         "Seminar Manajemen ASN");
  gtk_editable_set_text (kn_training_dialog_get_entry (KN_TRAINING_DIALOG (dialog), "hours"), "4");
  g_assert_true (kn_test_press (gtk_root_get_focus (GTK_ROOT (dialog)), GDK_KEY_s, GDK_CONTROL_MASK));
  kn_test_spin ();
  g_assert_cmpuint (kn_training_page_get_activities (training)->len, ==, before + 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (training), "training.add", NULL));
  kn_test_spin ();
  dialog = kn_training_page_get_dialog (training);
  gtk_editable_set_text (kn_training_dialog_get_entry (KN_TRAINING_DIALOG (dialog), "title"),
                         "Tidak disimpan");
  assert_escape_cancels (dialog);
  g_assert_cmpuint (kn_training_page_get_activities (training)->len, ==, before + 2);
}

/* The realisation dialog: Enter saves from the IKI, the note of feedback is added by its own
 * Enter; Tab goes realisation → evidence → Attach; closing over typed text asks, and keeps it. */
static void
test_tab_keeps_typing (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *period = NULL;
  KnEmployee *employee = someone_with_plan (fixture, &period);
  g_autoptr(KnPlan) plan = kn_store_load_plan (fixture->store, kn_employee_get_id (employee),
                                               KN_DEMO_YEAR, NULL);
  g_autoptr(KnPlanResult) result = g_list_model_get_item (G_LIST_MODEL (kn_plan_get_results (plan)), 0);
  g_autoptr(KnIndicator) indicator = g_list_model_get_item (G_LIST_MODEL (kn_plan_result_get_indicators (result)), 0);
  g_autoptr(GPtrArray) saved = NULL;
  KnEmployeeDialog *form;
  KnProgressDialog *dialog;
  AdwMessageDialog *ask;
  GtkEditable *value;
  GtkEditable *evidence;
  GtkWidget *focus;

  /* From the NIP, Tab goes to the name (the decoded line between them only reads). */
  form = kn_employee_dialog_new (fixture->store, NULL, 0);
  gtk_window_present (GTK_WINDOW (form));
  kn_test_draw (GTK_WINDOW (form));
  gtk_widget_grab_focus (GTK_WIDGET (kn_employee_dialog_get_entry (form, "nip")));
  gtk_editable_set_text (kn_employee_dialog_get_entry (form, "nip"), "199503172020122004");
  focus = kn_test_tab (GTK_WINDOW (form), GTK_DIR_TAB_FORWARD);
  g_assert_true (GTK_IS_TEXT (focus));
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (kn_employee_dialog_get_entry (form, "name"))));
  gtk_window_destroy (GTK_WINDOW (form));

  dialog = kn_progress_dialog_new (fixture->store, kn_employee_get_id (employee), period);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (fixture->window));
  gtk_window_present (GTK_WINDOW (dialog));
  kn_test_draw (GTK_WINDOW (dialog));
  {
    /* The new feedback's own fields add it with Enter, as its button does. */
    GtkWidget *feedback[] = { GTK_WIDGET (kn_progress_dialog_get_feedback_text (dialog)),
                              GTK_WIDGET (kn_progress_dialog_get_feedback_date (dialog)), NULL };

    assert_enter_saves (GTK_WINDOW (dialog), feedback, "progress.save");
  }

  value = kn_progress_dialog_get_editable (dialog, kn_indicator_get_id (indicator), "value");
  evidence = kn_progress_dialog_get_editable (dialog, kn_indicator_get_id (indicator), "evidence");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_ancestor (GTK_WIDGET (value),
                                                                            ADW_TYPE_EXPANDER_ROW)),
                                 TRUE);
  kn_test_draw (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (value));
  gtk_editable_set_text (value, "3");
  focus = kn_test_tab (GTK_WINDOW (dialog), GTK_DIR_TAB_FORWARD);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (evidence)));
  gtk_editable_set_text (evidence, "Daftar hadir dan notula rapat");
  focus = kn_test_tab (GTK_WINDOW (dialog), GTK_DIR_TAB_FORWARD);
  g_assert_true (GTK_IS_BUTTON (focus));

  /* Escape: the dialog stays and asks; Save keeps what was typed. */
  g_assert_true (kn_test_press (focus, GDK_KEY_Escape, 0));
  kn_test_spin ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  ask = ADW_MESSAGE_DIALOG (kn_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (ask);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (ask)) == GTK_WINDOW (dialog));
  adw_message_dialog_response (ask, "save");
  kn_test_spin ();

  saved = kn_store_list_realizations (fixture->store, kn_plan_get_id (plan), period);
  g_assert_cmpuint (saved->len, >=, 1);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < saved->len; i++)
      {
        KnRealization *realization = g_ptr_array_index (saved, i);

        if (realization->indicator_id == kn_indicator_get_id (indicator))
          {
            g_assert_cmpstr (realization->evidence, ==, "Daftar hadir dan notula rapat");
            found = TRUE;
          }
      }
    g_assert_true (found);
  }
}

/* The activity form's KnTrainingSubmit, as the page's kn_training_page_submit() is. */
static KnTrainingSubmit refuse_submit;

static gboolean
refuse_submit (gpointer        data,
               gint64          training_id,
               const char     *title,
               const char     *date,
               KnTrainingForm  form,
               const char     *hours,
               const char     *organizer,
               const char     *evidence,
               GError        **error)
{
  g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID, "not saved in this test");
  return FALSE;
}

static gboolean
is_dmy (const char *text)
{
  return g_regex_match_simple ("^[0-3][0-9]-[01][0-9]-[0-9]{4}$", text, 0, 0);
}

/* A count's realisation is the total since January: the realisation dialog says so, and shows
 * the part of the year's target due by the end of the period beside the year's. */
static void
test_realisation_says_since_january (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autofree char *period = NULL;
  KnEmployee *employee = someone_with_plan (fixture, &period);
  g_autoptr(KnPlan) plan = kn_store_load_plan (fixture->store, kn_employee_get_id (employee),
                                               KN_DEMO_YEAR, NULL);
  g_autofree char *tw1 = g_strdup_printf ("%u-TW1", (guint) KN_DEMO_YEAR);
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (plan));
  KnIndicator *counted = NULL;
  KnProgressDialog *dialog;
  GtkWidget *value;
  GtkWidget *row;
  g_autofree char *quarter = NULL;
  char *point;

  for (guint i = 0; counted == NULL && i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);
      GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));

      for (guint j = 0; counted == NULL && j < g_list_model_get_n_items (indicators); j++)
        {
          g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, j);

          if (kn_indicator_get_has_target_value (indicator) &&
              kn_indicator_get_measure (indicator) == KN_MEASURE_CUMULATIVE)
            counted = g_steal_pointer (&indicator);
        }
    }
  g_assert_nonnull (counted);
  STOP_IF_FAILED ();

  /* A quarter of the year's target, written the Indonesian way ("6,5"; "3" for 12). */
  quarter = g_strdup_printf ("%.2f", kn_indicator_get_target_value (counted) / 4);
  while (g_str_has_suffix (quarter, "0"))
    quarter[strlen (quarter) - 1] = '\0';
  if (g_str_has_suffix (quarter, "."))
    quarter[strlen (quarter) - 1] = '\0';
  if ((point = strchr (quarter, '.')) != NULL)
    *point = ',';

  dialog = kn_progress_dialog_new (fixture->store, kn_employee_get_id (employee), tw1);
  gtk_window_present (GTK_WINDOW (dialog));
  kn_test_draw (GTK_WINDOW (dialog));
  value = GTK_WIDGET (kn_progress_dialog_get_editable (dialog, kn_indicator_get_id (counted),
                                                       "value"));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (value)),
                            "sejak Januari"));
  row = gtk_widget_get_ancestor (value, ADW_TYPE_EXPANDER_ROW);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), quarter));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)),
                            "sampai akhir periode ini"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (counted);
}

/* Dates are typed day-month-year everywhere, with a calendar to pick from. */
static void
test_dates_day_month_year (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *period = NULL;
  KnEmployee *employee = someone_with_plan (fixture, &period);
  g_autoptr(KnPlan) plan = kn_store_load_plan (fixture->store, kn_employee_get_id (employee),
                                               KN_DEMO_YEAR, NULL);
  g_autoptr(GPtrArray) feedback = NULL;
  g_autoptr(GDateTime) day = g_date_time_new_local (KN_DEMO_YEAR, 8, 14, 12, 0, 0);
  g_autofree char *picked = g_strdup_printf ("14-08-%u", (guint) KN_DEMO_YEAR);
  g_autofree char *typed = NULL;
  g_autofree char *stored = NULL;
  KnProgressDialog *dialog;
  KnTrainingDialog *activity;
  KnDateRow *date;
  KnPeriod parsed;
  GDate first, last;

  dialog = kn_progress_dialog_new (fixture->store, kn_employee_get_id (employee), period);
  gtk_window_present (GTK_WINDOW (dialog));
  kn_test_draw (GTK_WINDOW (dialog));
  date = kn_progress_dialog_get_feedback_date (dialog);
  g_assert_true (KN_IS_DATE_ROW (date));
  g_assert_true (is_dmy (gtk_editable_get_text (GTK_EDITABLE (date))));

  /* A day of the period typed the Indonesian way is stored as that day. */
  g_assert_true (kn_period_parse (period, &parsed, NULL));
  kn_period_get_dates (&parsed, &first, &last);
  typed = g_strdup_printf ("%02u-%02u-%04u", g_date_get_day (&first), g_date_get_month (&first),
                           g_date_get_year (&first));
  stored = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&first), g_date_get_month (&first),
                            g_date_get_day (&first));
  gtk_editable_set_text (GTK_EDITABLE (date), typed);
  gtk_editable_set_text (kn_progress_dialog_get_feedback_text (dialog), "Rapat koordinasi berjalan baik.");
  kn_test_enter (GTK_WIDGET (kn_progress_dialog_get_feedback_text (dialog)));
  kn_test_spin ();
  feedback = kn_store_list_feedback (fixture->store, kn_plan_get_id (plan), period);
  g_assert_cmpuint (feedback->len, >=, 1);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < feedback->len; i++)
      {
        KnFeedback *each = g_ptr_array_index (feedback, i);

        if (g_strcmp0 (each->text, "Rapat koordinasi berjalan baik.") == 0)
          {
            g_assert_cmpstr (each->date, ==, stored);
            found = TRUE;
          }
      }
    g_assert_true (found);
  }
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The Kegiatan form: the same row, and the calendar writes what it picks. */
  activity = kn_training_dialog_new (employee, NULL, "2026-12-31", refuse_submit, NULL);
  gtk_window_present (GTK_WINDOW (activity));
  kn_test_draw (GTK_WINDOW (activity));
  date = kn_training_dialog_get_date (activity);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, "31-12-2026");
  kn_date_row_popup (date);
  kn_test_draw (GTK_WINDOW (activity));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (kn_date_row_get_calendar (date))));
  gtk_calendar_select_day (kn_date_row_get_calendar (date), day);
  g_signal_emit_by_name (kn_date_row_get_calendar (date), "day-selected");
  kn_test_spin ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, picked);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (kn_date_row_get_calendar (date))));
  gtk_window_destroy (GTK_WINDOW (activity));
}

static gboolean
has_class (GtkWidget *widget,
           gpointer   name)
{
  return gtk_widget_has_css_class (widget, name);
}

/* The Delete key listed in the shortcuts window works where it says: Pegawai and Kompetensi. */
static void
test_delete_key (Fixture       *fixture,
                 gconstpointer  data)
{
  KnTrainingPage *training = kn_window_get_training_page (fixture->window);
  KnEmployeesPage *employees = kn_window_get_employees_page (fixture->window);
  g_autoptr(KnEmployee) first = g_list_model_get_item (kn_employees_page_get_visible (employees), 0);
  GtkWidget *row = NULL;
  GtkWindow *dialog;
  GtkWidget *list;

  /* Pegawai: the table has the keyboard. */
  g_assert_true (kn_employees_page_select_employee (employees, kn_employee_get_id (first)));
  kn_test_draw (GTK_WINDOW (fixture->window));
  gtk_widget_grab_focus (kn_test_find_type (GTK_WIDGET (employees), GTK_TYPE_COLUMN_VIEW));
  g_assert_true (kn_test_press (gtk_root_get_focus (GTK_ROOT (fixture->window)), GDK_KEY_Delete, 0));
  kn_test_spin ();
  dialog = kn_employees_page_get_dialog (employees);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  kn_test_spin ();

  /* Kompetensi: an activity row has the keyboard. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "kompetensi");
  /* Its people and their hours are read off the main thread (slowly under the sanitizers). */
  kn_test_training_wait (training);
  kn_test_draw (GTK_WINDOW (fixture->window));
  for (guint i = 0; row == NULL && i < g_list_model_get_n_items (kn_training_page_get_people (training)); i++)
    {
      g_autoptr(KnEmployee) person = g_list_model_get_item (kn_training_page_get_people (training), i);

      kn_training_page_select_employee (training, kn_employee_get_id (person));
      kn_test_training_wait (training);
      kn_test_draw (GTK_WINDOW (fixture->window));
      if (kn_training_page_get_activities (training)->len > 0)
        {
          list = kn_test_find (GTK_WIDGET (training), has_class, (gpointer)"boxed-list");
          row = gtk_widget_get_first_child (list);
        }
    }
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_grab_focus (row));
  g_assert_true (kn_test_press (gtk_root_get_focus (GTK_ROOT (fixture->window)), GDK_KEY_Delete, 0));
  kn_test_spin ();
  dialog = kn_training_page_get_dialog (training);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "delete"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
}

/* What a keyboard shortcut is: its key and modifiers. */
static guint64
shortcut_key (guint           keyval,
              GdkModifierType mods)
{
  mods &= GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK | GDK_SUPER_MASK;
  return ((guint64)gdk_keyval_to_lower (keyval) << 32) | mods;
}

static void
add_accelerator (GHashTable *set,
                 const char *accelerator)
{
  guint keyval = 0;
  GdkModifierType mods = 0;

  g_assert_true (gtk_accelerator_parse (accelerator, &keyval, &mods));
  g_hash_table_add (set, g_memdup2 (&(guint64){ shortcut_key (keyval, mods) }, sizeof (guint64)));
}

/* "<Alt>1...7", as GtkShortcutLabel shows a range: each key from the first to the last, with
 * the first's modifiers. */
static void
add_accelerator_range (GHashTable *set,
                       const char *range)
{
  g_auto(GStrv) ends = g_strsplit (range, "...", 2);
  guint first = 0, last = 0;
  GdkModifierType mods = 0, last_mods = 0;

  g_assert_true (gtk_accelerator_parse (ends[0], &first, &mods));
  g_assert_true (gtk_accelerator_parse (ends[1], &last, &last_mods));
  g_assert_cmpuint (first, <, last);
  for (guint keyval = first; keyval <= last; keyval++)
    g_hash_table_add (set, g_memdup2 (&(guint64){ shortcut_key (keyval, mods) }, sizeof (guint64)));
}

/* The key shortcuts of @widget's own controllers (its class's bindings). */
static GHashTable *
shortcuts_of (GtkWidget *widget)
{
  GHashTable *set = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) shortcuts = kn_test_shortcuts_of (widget);

  for (guint i = 0; i < shortcuts->len; i++)
    {
      GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (g_ptr_array_index (shortcuts, i));

      if (GTK_IS_KEYVAL_TRIGGER (trigger))
        {
          GtkKeyvalTrigger *keys = GTK_KEYVAL_TRIGGER (trigger);
          guint64 key = shortcut_key (gtk_keyval_trigger_get_keyval (keys),
                                      gtk_keyval_trigger_get_modifiers (keys));

          g_hash_table_add (set, g_memdup2 (&key, sizeof key));
        }
    }
  return set;
}

static void
assert_listed (GHashTable *listed,
               GtkWidget  *widget,
               GtkWidget  *plain)
{
  g_autoptr(GHashTable) own = shortcuts_of (widget);
  g_autoptr(GHashTable) inherited = shortcuts_of (plain);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, own);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (inherited, key) && !g_hash_table_contains (listed, key))
      {
        guint64 k = *(guint64 *)key;
        g_autofree char *name = gtk_accelerator_name ((guint)(k >> 32), (GdkModifierType)(k & 0xffffffff));

        g_error ("%s has the shortcut %s, which the shortcuts window does not list",
                 G_OBJECT_TYPE_NAME (widget), name);
      }
}

/* The shortcuts window lists every shortcut there is: the places', the forms', the app's. */
static void
test_shortcuts_all_listed (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (KN_HELP_OVERLAY_RESOURCE);
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (fixture->app));
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  GtkWidget *plain_widget = g_object_ref_sink (gtk_label_new (NULL));
  GtkWindow *plain_window = GTK_WINDOW (adw_window_new ());
  GtkWindow *plain_app_window = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (fixture->app)));
  GtkWindow *plain_preferences = GTK_WINDOW (adw_preferences_window_new ());
  GtkWidget *pages[] = {
    GTK_WIDGET (kn_window_get_employees_page (fixture->window)),
    GTK_WIDGET (kn_window_get_plan_page (fixture->window)),
    GTK_WIDGET (kn_window_get_evaluation_page (fixture->window)),
    GTK_WIDGET (kn_window_get_reports_page (fixture->window)),
    GTK_WIDGET (kn_window_get_training_page (fixture->window)),
  };
  GType dialogs[] = { KN_TYPE_EMPLOYEE_DIALOG, KN_TYPE_UNIT_DIALOG, KN_TYPE_TRAINING_DIALOG,
                      KN_TYPE_PROGRESS_DIALOG, KN_TYPE_HISTORY_DIALOG };

  /* What the window lists, by accelerator or by action. */
  {
    GSList *objects = gtk_builder_get_objects (builder);

    for (GSList *l = objects; l != NULL; l = l->next)
      {
        g_autofree char *accelerator = NULL;
        g_autofree char *action = NULL;

        if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
          continue;
        g_object_get (l->data, "accelerator", &accelerator, "action-name", &action, NULL);
        if (accelerator != NULL)
          {
            g_auto(GStrv) each = g_strsplit (accelerator, " ", -1);

            for (guint i = 0; each[i] != NULL; i++)
              if (strstr (each[i], "...") != NULL)
                add_accelerator_range (listed, each[i]);
              else if (each[i][0] != '\0')
                add_accelerator (listed, each[i]);
          }
        if (action != NULL)
          {
            g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app),
                                                                          action);

            g_assert_nonnull (accels[0]);
            for (guint i = 0; accels[i] != NULL; i++)
              add_accelerator (listed, accels[i]);
          }
      }
    g_slist_free (objects);
  }

  /* The application's own shortcuts. */
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app),
                                                                    actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint keyval = 0;
          GdkModifierType mods = 0;
          guint64 key;

          gtk_accelerator_parse (accels[j], &keyval, &mods);
          key = shortcut_key (keyval, mods);
          if (!g_hash_table_contains (listed, &key))
            g_error ("The action %s has the shortcut %s, which the shortcuts window does not list",
                     actions[i], accels[j]);
        }
    }

  /* Each place's and each form's. */
  assert_listed (listed, GTK_WIDGET (fixture->window), GTK_WIDGET (plain_app_window));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    assert_listed (listed, pages[i], plain_widget);
  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    {
      GtkWidget *dialog = g_object_new (dialogs[i], NULL);

      assert_listed (listed, dialog, GTK_WIDGET (plain_window));
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  {
    GtkWidget *preferences = GTK_WIDGET (kn_preferences_window_new (fixture->store));

    assert_listed (listed, preferences, GTK_WIDGET (plain_preferences));
    gtk_window_destroy (GTK_WINDOW (preferences));
  }

  /* The rating keys, print and export are among them. */
  {
    const char *wanted[] = { "a", "s", "b", "p", "<Control>p", "<Control><Shift>s",
                             "<Control><Shift>e", "Delete", "Escape", "Return", "<Control>comma" };

    for (guint i = 0; i < G_N_ELEMENTS (wanted); i++)
      {
        guint keyval = 0;
        GdkModifierType mods = 0;
        guint64 key;

        g_assert_true (gtk_accelerator_parse (wanted[i], &keyval, &mods));
        key = shortcut_key (keyval, mods);
        if (!g_hash_table_contains (listed, &key))
          g_error ("The shortcuts window does not list %s", wanted[i]);
      }
  }

  gtk_window_destroy (GTK_WINDOW (overlay));
  gtk_window_destroy (plain_window);
  gtk_window_destroy (plain_app_window);
  gtk_window_destroy (plain_preferences);
  g_object_unref (plain_widget);
}

/* The shortcuts window fits the smallest screen the office has, 1024×600 (it once asked 1844
 * pixels: the seven Alt keys side by side and five columns in a row). */
static void
test_shortcuts_fit_small_screen (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (KN_HELP_OVERLAY_RESOURCE);
  GtkWindow *overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  int minimum = 0, natural_width = 0, natural_height = 0;

  gtk_window_set_transient_for (overlay, GTK_WINDOW (fixture->window));
  gtk_window_present (overlay);
  kn_test_draw (overlay);

  gtk_widget_measure (GTK_WIDGET (overlay), GTK_ORIENTATION_HORIZONTAL, -1, &minimum,
                      &natural_width, NULL, NULL);
  g_test_message ("shortcuts window: %d px wide", natural_width);
  g_assert_cmpint (natural_width, <=, 1024);
  gtk_widget_measure (GTK_WIDGET (overlay), GTK_ORIENTATION_VERTICAL, natural_width, &minimum,
                      &natural_height, NULL, NULL);
  g_test_message ("shortcuts window: %d px high", natural_height);
  g_assert_cmpint (natural_height, <=, 600);
  gtk_window_destroy (overlay);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/dialogs/enter-saves-escape-cancels", test_enter_saves_escape_cancels);
  ADD ("/ui/dialogs/tab-keeps-typing", test_tab_keeps_typing);
  ADD ("/ui/dialogs/dates-day-month-year", test_dates_day_month_year);
  ADD ("/ui/dialogs/realisation-says-since-january", test_realisation_says_since_january);
  ADD ("/ui/dialogs/delete-key", test_delete_key);
  ADD ("/ui/dialogs/shortcuts-all-listed", test_shortcuts_all_listed);
  ADD ("/ui/dialogs/shortcuts-fit-small-screen", test_shortcuts_fit_small_screen);
#undef ADD

  return g_test_run ();
}
