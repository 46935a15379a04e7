/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The history of one employee's evaluations, period by period: when each change was made, by
 * whom, and what changed, with the names a person uses ("Rating hasil kerja: Sesuai → Di
 * Bawah"), never the codes the database keeps. */

#define G_LOG_DOMAIN "kn-history-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-dialog.h"
#include "kn-history-dialog.h"

struct _KnHistoryDialog
{
  AdwWindow            parent_instance;

  KnStore             *store;   /* owned */
  GString             *text;    /* owned: what is shown, for kn_history_dialog_dup_text */

  AdwWindowTitle      *window_title;
  GtkStack            *stack;
  AdwPreferencesPage  *page;
};

G_DEFINE_FINAL_TYPE (KnHistoryDialog, kn_history_dialog, ADW_TYPE_WINDOW)

/* The value of @field as a person reads it; "—" for none. */
static char *
value_label (KnHistoryDialog *self,
             const char      *field,
             const char      *value)
{
  KnRating rating;
  KnPredikat predikat;
  KnEvaluationStatus status;
  KnPeriod period;

  if (value == NULL || value[0] == '\0')
    return g_strdup ("—");

  if ((g_str_equal (field, "rating_result") || g_str_equal (field, "rating_behaviour")) &&
      kn_rating_from_string (value, &rating))
    return g_strdup (rating != KN_RATING_NONE ? kn_rating_label (rating) : "—");
  if (g_str_equal (field, "predikat") && kn_predikat_from_string (value, &predikat))
    return g_strdup (predikat != KN_PREDIKAT_NONE ? kn_predikat_label (predikat) : "—");
  if (g_str_equal (field, "status") && kn_evaluation_status_from_string (value, &status))
    return g_strdup (kn_evaluation_status_label (status));
  if (g_str_equal (field, "period") && kn_period_parse (value, &period, NULL))
    return kn_period_label (&period);
  if (g_str_equal (field, "assessor_id"))
    {
      KnEmployee *assessor = kn_store_lookup_employee (self->store, g_ascii_strtoll (value, NULL, 10));

      return g_strdup (assessor != NULL ? kn_employee_get_name (assessor) : "—");
    }

  return g_strdup (value);
}

static const char *
field_label (const char *field)
{
  static const struct
  {
    const char *field;
    const char *label;
  } labels[] = {
    { "rating_result", N_("Rating of the work results") },
    { "rating_behaviour", N_("Rating of the behaviour") },
    { "predikat", N_("Performance predikat") },
    { "assessor_id", N_("Assessor") },
    { "note", N_("Note") },
    { "status", N_("Status") },
    { "period", N_("Period") },
    { "reopen_reason", N_("Reason for reopening") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (field, labels[i].field))
      return _(labels[i].label);
  return field;
}

/* One change in words: "Rating hasil kerja: Sesuai Ekspektasi → Di Bawah Ekspektasi". */
static char *
describe (KnHistoryDialog    *self,
          const KnAuditEntry *entry)
{
  const char *field = entry->field != NULL ? entry->field : "";
  g_autofree char *old_value = value_label (self, field, entry->old_value);
  g_autofree char *new_value = value_label (self, field, entry->new_value);

  if (g_str_equal (entry->action, "insert") && g_str_equal (field, "period"))
    return g_strdup (_("Evaluation started"));
  if (g_str_equal (field, "status") && g_strcmp0 (entry->new_value, "final") == 0)
    return g_strdup (_("Finalised: locked, with a snapshot of the people involved"));
  if (g_str_equal (field, "status") && g_strcmp0 (entry->new_value, "draft") == 0)
    return g_strdup (_("Back to draft"));
  if (g_str_equal (field, "reopen_reason"))
    /* Translators: the reason typed when a final evaluation was reopened */
    return g_strdup_printf (_("Reopened, because: %s"), new_value);
  if (entry->old_value == NULL || entry->old_value[0] == '\0')
    /* Translators: a field given its first value: "Rating perilaku kerja: Sesuai Ekspektasi" */
    return g_strdup_printf (_("%s: %s"), field_label (field), new_value);
  /* Translators: a field changed from one value to another */
  return g_strdup_printf (_("%s: %s → %s"), field_label (field), old_value, new_value);
}

/* "27 November 2026, 14.05" in local time, from the UTC time of the audit. */
static char *
when_label (const char *at)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) parsed = g_date_time_new_from_iso8601 (at, utc);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *day = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (parsed == NULL)
    return g_strdup (at);
  local = g_date_time_to_local (parsed);
  day = g_date_time_format (local, "%Y-%m-%d");
  date = kn_format_iso_date (day);
  time = g_date_time_format (local, "%H.%M");
  /* Translators: a date, then a time of day: "27 November 2026, 14.05" */
  return g_strdup_printf (_("%s, %s"), date != NULL ? date : day, time);
}

/* When, and who made the change where the audit knows it: "27 November 2026, 14.05 · oleh Budi". */
static char *
when_who_label (const KnAuditEntry *entry)
{
  g_autofree char *when = when_label (entry->at);

  if (entry->author == NULL || entry->author[0] == '\0')
    return g_steal_pointer (&when);
  /* Translators: when a change was made, then who made it: "27 November 2026, 14.05 · oleh Budi" */
  return g_strdup_printf (_("%s · by %s"), when, entry->author);
}

static void
add_change_row (KnHistoryDialog     *self,
                AdwPreferencesGroup *group,
                const char          *when,
                const char          *what)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped_what = g_markup_escape_text (what, -1);
  g_autofree char *escaped_when = g_markup_escape_text (when, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_what);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_when);
  gtk_widget_set_focusable (row, FALSE);
  adw_preferences_group_add (group, row);
  g_string_append_printf (self->text, "%s · %s\n", when, what);
}

/* One row per change, oldest first: what changed, when, and who changed it. */
static void
add_evaluation (KnHistoryDialog *self,
                KnEvaluation    *evaluation)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  g_autoptr(GPtrArray) entries = kn_store_list_audit (self->store, "evaluation",
                                                      kn_evaluation_get_id (evaluation));
  g_autofree char *period_label = NULL;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  KnPeriod period;

  period_label = kn_period_parse (kn_evaluation_get_period (evaluation), &period, NULL)
               ? kn_period_label (&period) : g_strdup (kn_evaluation_get_period (evaluation));
  /* Translators: a period, its predikat and the evaluation's status: "Triwulan I 2026 — Baik (Final)" */
  title = g_strdup_printf (_("%s — %s (%s)"), period_label,
                           kn_evaluation_get_predikat (evaluation) != KN_PREDIKAT_NONE
                           ? kn_predikat_label (kn_evaluation_get_predikat (evaluation)) : "—",
                           kn_evaluation_status_label (kn_evaluation_get_status (evaluation)));
  escaped = g_markup_escape_text (title, -1);
  adw_preferences_group_set_title (group, escaped);
  g_string_append_printf (self->text, "%s\n", title);

  for (guint i = 0; i < entries->len; i++)
    {
      KnAuditEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *when = NULL;
      g_autofree char *what = NULL;

      /* The first save lists empty fields; an empty value given nothing says nothing. */
      if (g_strcmp0 (entry->old_value, entry->new_value) == 0 ||
          (entry->old_value == NULL && (entry->new_value == NULL || entry->new_value[0] == '\0')))
        continue;
      when = when_who_label (entry);
      what = describe (self, entry);
      add_change_row (self, group, when, what);
    }

  adw_preferences_page_add (self->page, group);
}

static void
kn_history_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KN_TYPE_HISTORY_DIALOG);

  G_OBJECT_CLASS (kn_history_dialog_parent_class)->dispose (object);
}

static void
kn_history_dialog_finalize (GObject *object)
{
  KnHistoryDialog *self = KN_HISTORY_DIALOG (object);

  g_clear_object (&self->store);
  g_string_free (self->text, TRUE);

  G_OBJECT_CLASS (kn_history_dialog_parent_class)->finalize (object);
}

static void
kn_history_dialog_class_init (KnHistoryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_history_dialog_dispose;
  object_class->finalize = kn_history_dialog_finalize;

  kn_dialog_class_set_template (widget_class, "kn-history-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KnHistoryDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, KnHistoryDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, KnHistoryDialog, page);

}

static void
kn_history_dialog_init (KnHistoryDialog *self)
{
  self->text = g_string_new (NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

KnHistoryDialog *
kn_history_dialog_new (KnStore *store,
                       gint64   employee_id)
{
  KnHistoryDialog *self;
  KnEmployee *employee;
  g_autoptr(GPtrArray) evaluations = NULL;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);

  self = g_object_new (KN_TYPE_HISTORY_DIALOG, NULL);
  self->store = g_object_ref (store);

  employee = kn_store_lookup_employee (store, employee_id);
  if (employee != NULL)
    adw_window_title_set_subtitle (self->window_title, kn_employee_get_name (employee));

  evaluations = kn_store_list_employee_evaluations (store, employee_id);
  for (guint i = 0; i < evaluations->len; i++)
    add_evaluation (self, g_ptr_array_index (evaluations, i));

  gtk_stack_set_visible_child_name (self->stack, evaluations->len > 0 ? "history" : "empty");
  if (evaluations->len == 0)
    g_string_append_printf (self->text, "%s\n", _("Nothing has been evaluated yet."));
  return self;
}

char *
kn_history_dialog_dup_text (KnHistoryDialog *self)
{
  g_return_val_if_fail (KN_IS_HISTORY_DIALOG (self), NULL);
  return g_strdup (self->text->str);
}
