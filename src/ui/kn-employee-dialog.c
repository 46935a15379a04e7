/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The form that adds or edits one employee, checking every field as it is typed. */

#define G_LOG_DOMAIN "kn-employee-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kinerja/kn-cell-check.h"

#include "kn-chooser.h"
#include "kn-close-guard.h"
#include "kn-dialog.h"
#include "kn-employee-choices.h"
#include "kn-employee-dialog.h"
#include "kn-message-dialog.h"
#include "kn-person-history-dialog.h"

struct _KnEmployeeDialog
{
  AdwWindow        parent_instance;

  KnStore         *store;            /* owned */
  KnEmployee      *employee;         /* owned, nullable: NULL when adding */
  KnEmployee      *baseline;         /* owned, nullable: a copy of the employee as the form last
                                      * took it from the store; NULL when adding */
  GArray          *supervisor_ids;   /* owned: gint64 per supervisor_chooser item; 0 = none */
  GPtrArray       *rank_codes;       /* owned: char* per rank_row item; NULL = none */
  gboolean         nip_ok;

  AdwWindowTitle  *window_title;
  GtkButton       *save_button;
  GtkRevealer     *error_revealer;
  GtkLabel        *error_label;
  AdwEntryRow     *nip_row;
  GtkLabel        *nip_info_label;
  AdwEntryRow     *name_row;
  AdwComboRow     *status_row;
  AdwComboRow     *rank_row;
  AdwEntryRow     *rank_date_row;
  AdwEntryRow     *rank_decree_row;
  AdwEntryRow     *position_row;
  AdwComboRow     *kind_row;
  AdwActionRow    *unit_row;
  KnChooser       *unit_chooser;
  AdwActionRow    *supervisor_row;
  KnChooser       *supervisor_chooser;
  GtkWidget           *history_group;
};

/* The fields of the form that hold one of the employee's values, in the order they are filled
 * (the unit before the atasan offered in it, the status before its ranks). */
typedef enum {
  FIELD_NIP,
  FIELD_NAME,
  FIELD_STATUS,
  FIELD_RANK,
  FIELD_POSITION,
  FIELD_KIND,
  FIELD_UNIT,
  FIELD_SUPERVISOR,
  N_FIELDS
} Field;

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KnEmployeeDialog, kn_employee_dialog, ADW_TYPE_WINDOW)

static void
set_row_error (GtkWidget *row,
               gboolean   error)
{
  if (error)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static void
show_error (KnEmployeeDialog *self,
            const char       *message)
{
  kn_dialog_show_error (self->error_revealer, self->error_label, message);
}

/* On a server, a login that may not keep this person (not their admin or operator) reads the
 * form but is not offered to change it; the server would refuse. */
static void
offer_only_what_login_may (KnEmployeeDialog *self)
{
  GtkWidget *fields[] = {
    GTK_WIDGET (self->status_row), GTK_WIDGET (self->rank_row), GTK_WIDGET (self->kind_row),
    GTK_WIDGET (self->unit_chooser), GTK_WIDGET (self->supervisor_chooser),
  };

  if (self->employee == NULL ||
      kn_store_login_may (self->store, KN_STORE_RIGHT_KEEP_PERSON,
                          kn_employee_get_id (self->employee)))
    return;

  adw_window_title_set_title (self->window_title, _("Employee Details"));
  gtk_editable_set_editable (GTK_EDITABLE (self->nip_row), FALSE);
  gtk_editable_set_editable (GTK_EDITABLE (self->name_row), FALSE);
  gtk_editable_set_editable (GTK_EDITABLE (self->position_row), FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    gtk_widget_set_sensitive (fields[i], FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", FALSE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button),
                               _("Only an admin or the operator of this person's unit may change "
                                 "their data."));
}

static KnEmployeeStatus
selected_status (KnEmployeeDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->status_row);

  return selected < KN_EMPLOYEE_STATUS_N ? (KnEmployeeStatus)selected : KN_EMPLOYEE_STATUS_PNS;
}

static KnOrgUnit *
selected_unit (KnEmployeeDialog *self)
{
  return kn_chooser_get_selected_item (self->unit_chooser);
}

static const char *
selected_rank (KnEmployeeDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->rank_row);

  if (selected >= self->rank_codes->len)
    return NULL;
  return g_ptr_array_index (self->rank_codes, selected);
}

static gint64
selected_supervisor (KnEmployeeDialog *self)
{
  guint selected = kn_chooser_get_selected (self->supervisor_chooser);

  if (selected >= self->supervisor_ids->len)
    return 0;
  return g_array_index (self->supervisor_ids, gint64, selected);
}

static void
fill_ranks (KnEmployeeDialog *self,
            const char       *keep)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  KnEmployeeStatus status = selected_status (self);
  const KnRank *ranks;
  guint n_ranks = 0;
  guint selected = 0;

  g_ptr_array_set_size (self->rank_codes, 0);
  gtk_string_list_append (labels, _("Choose the pangkat/golongan…"));
  g_ptr_array_add (self->rank_codes, NULL);

  ranks = kn_rank_list (status, &n_ranks);
  for (guint i = 0; i < n_ranks; i++)
    {
      g_autofree char *label = kn_rank_format (status, ranks[i].code);

      gtk_string_list_append (labels, label);
      g_ptr_array_add (self->rank_codes, g_strdup (ranks[i].code));
      if (keep != NULL && g_ascii_strcasecmp (keep, ranks[i].code) == 0)
        selected = i + 1;
    }

  adw_combo_row_set_model (self->rank_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->rank_row, selected);
}

static gint64
propose_supervisor (KnEmployeeDialog *self,
                    gint64            unit_id)
{
  return kn_employee_choices_propose_supervisor (self->store, unit_id);
}

static void
fill_supervisors (KnEmployeeDialog *self,
                  gint64            keep)
{
  KnOrgUnit *unit = selected_unit (self);
  gint64 employee_id = self->employee != NULL ? kn_employee_get_id (self->employee) : 0;

  kn_employee_choices_fill_supervisors (self->store, self->supervisor_chooser,
                                        self->supervisor_ids, employee_id,
                                        unit != NULL ? kn_org_unit_get_id (unit) : 0, keep);
}

static void
check_nip (KnEmployeeDialog *self)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->nip_row));
  KnNipFlags flags = KN_NIP_FLAGS_NONE;
  KnEmployee *other;
  KnNipInfo info;

  /* An old 9-digit NIP that came in by import may stay; a new one may not be typed. */
  if (self->employee != NULL && kn_employee_get_legacy_nip (self->employee))
    {
      g_autofree char *digits = kn_nip_normalize (text);

      if (g_strcmp0 (digits, kn_employee_get_nip (self->employee)) == 0)
        flags = KN_NIP_FLAGS_ALLOW_LEGACY;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->nip_info_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->nip_info_label), "success");

  if (text[0] == '\0')
    {
      self->nip_ok = FALSE;
      set_row_error (GTK_WIDGET (self->nip_row), FALSE);
      gtk_label_set_text (self->nip_info_label,
                                     _("Type the number with or without spaces; Kinerja reads the date of birth, TMT and gender from it."));
      return;
    }

  if (!kn_nip_parse (text, flags, &info, &error))
    {
      self->nip_ok = FALSE;
      set_row_error (GTK_WIDGET (self->nip_row), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->nip_info_label), "error");
      gtk_label_set_text (self->nip_info_label, error->message);
      return;
    }

  other = kn_store_find_employee_by_nip (self->store, info.digits);
  if (other != NULL && (self->employee == NULL ||
                        kn_employee_get_id (other) != kn_employee_get_id (self->employee)))
    {
      g_autofree char *message = NULL;

      /* A name ending in its degree's dot ends the sentence: one full stop (in English). */
      message = kn_format_tidy_stops (g_strdup_printf (_("This NIP is already used by %s."),
                                                       kn_employee_get_name (other)));
      self->nip_ok = FALSE;
      set_row_error (GTK_WIDGET (self->nip_row), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->nip_info_label), "error");
      gtk_label_set_text (self->nip_info_label, message);
      return;
    }

  {
    g_autofree char *description = kn_nip_describe (&info);

    self->nip_ok = TRUE;
    set_row_error (GTK_WIDGET (self->nip_row), FALSE);
    gtk_widget_add_css_class (GTK_WIDGET (self->nip_info_label), "success");
    gtk_label_set_text (self->nip_info_label, description);
  }

  /* The number tells PNS from PPPK: follow it, so nobody has to know the rule. */
  if (info.kind == KN_NIP_KIND_PPPK && selected_status (self) == KN_EMPLOYEE_STATUS_PNS)
    adw_combo_row_set_selected (self->status_row, KN_EMPLOYEE_STATUS_PPPK);
  else if (info.kind == KN_NIP_KIND_PNS && selected_status (self) != KN_EMPLOYEE_STATUS_PNS)
    adw_combo_row_set_selected (self->status_row, KN_EMPLOYEE_STATUS_PNS);
}

/* Whether the form records a kenaikan pangkat: an employee already there, of the same kind
 * (PNS or PPPK), given another rank. A new kind of golongan is a correction, not a kenaikan. */
static gboolean
rank_is_raised (KnEmployeeDialog *self)
{
  return self->baseline != NULL && selected_rank (self) != NULL &&
         selected_status (self) == kn_employee_get_status (self->baseline) &&
         g_strcmp0 (selected_rank (self), kn_employee_get_rank (self->baseline)) != 0;
}

static void
update_rank_rows (KnEmployeeDialog *self)
{
  gboolean raised = rank_is_raised (self);

  gtk_widget_set_visible (GTK_WIDGET (self->rank_date_row), raised);
  gtk_widget_set_visible (GTK_WIDGET (self->rank_decree_row), raised);
}


static gboolean
same_rank (const char *a,
           const char *b)
{
  if (a == NULL || a[0] == '\0' || b == NULL || b[0] == '\0')
    return (a == NULL || a[0] == '\0') && (b == NULL || b[0] == '\0');
  return g_ascii_strcasecmp (a, b) == 0;
}

/* Whether @field of the form still shows what @employee holds there. */
static gboolean
field_shows (KnEmployeeDialog *self,
             Field             field,
             KnEmployee       *employee)
{
  KnOrgUnit *unit;

  switch (field)
    {
    case FIELD_NIP:
      {
        g_autofree char *shown = kn_employee_dup_nip_display (employee);

        return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->nip_row)), shown) == 0;
      }
    case FIELD_NAME:
      return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                        kn_employee_get_name (employee)) == 0;
    case FIELD_STATUS:
      return selected_status (self) == kn_employee_get_status (employee);
    case FIELD_RANK:
      return same_rank (selected_rank (self), kn_employee_get_rank (employee));
    case FIELD_POSITION:
      return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->position_row)),
                        kn_employee_get_position (employee)) == 0;
    case FIELD_KIND:
      return adw_combo_row_get_selected (self->kind_row) ==
             (guint)kn_employee_get_position_kind (employee);
    case FIELD_UNIT:
      unit = selected_unit (self);
      return (unit != NULL ? kn_org_unit_get_id (unit) : 0) == kn_employee_get_unit_id (employee);
    case FIELD_SUPERVISOR:
      return selected_supervisor (self) == kn_employee_get_supervisor_id (employee);
    case N_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

/* Shows in @field what @employee holds there. */
static void
show_field (KnEmployeeDialog *self,
            Field             field,
            KnEmployee       *employee)
{
  switch (field)
    {
    case FIELD_NIP:
      {
        g_autofree char *shown = kn_employee_dup_nip_display (employee);

        gtk_editable_set_text (GTK_EDITABLE (self->nip_row), shown);
      }
      break;
    case FIELD_NAME:
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), kn_employee_get_name (employee));
      break;
    case FIELD_STATUS:
      adw_combo_row_set_selected (self->status_row, kn_employee_get_status (employee));
      break;
    case FIELD_RANK:
      fill_ranks (self, kn_employee_get_rank (employee));
      break;
    case FIELD_POSITION:
      gtk_editable_set_text (GTK_EDITABLE (self->position_row),
                             kn_employee_get_position (employee));
      break;
    case FIELD_KIND:
      adw_combo_row_set_selected (self->kind_row, kn_employee_get_position_kind (employee));
      break;
    case FIELD_UNIT:
      kn_employee_dialog_select_unit (self, kn_employee_get_unit_id (employee));
      break;
    case FIELD_SUPERVISOR:
      fill_supervisors (self, kn_employee_get_supervisor_id (employee));
      break;
    case N_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

/* The employee changed in the store while the form is open (a mutasi recorded from Riwayat,
 * another desk): the fields the person has not edited take the new values, so that saving
 * never writes back what the form showed before. */
static void
take_stored_values (KnEmployeeDialog *self)
{
  gboolean unedited[N_FIELDS];
  KnEmployee *stored;

  if (self->baseline == NULL)
    return;
  stored = kn_store_lookup_employee (self->store, kn_employee_get_id (self->baseline));
  if (stored == NULL)
    return;

  for (guint i = 0; i < N_FIELDS; i++)
    unedited[i] = field_shows (self, i, self->baseline);
  for (guint i = 0; i < N_FIELDS; i++)
    if (unedited[i] && !field_shows (self, i, stored))
      show_field (self, i, stored);

  g_clear_object (&self->baseline);
  self->baseline = kn_employee_copy (stored);
  adw_window_title_set_subtitle (self->window_title, kn_employee_get_name (stored));
  update_rank_rows (self);
}

/* Whether closing would throw away something the person typed or chose. */
static gboolean
has_changes (KnEmployeeDialog *self)
{
  if (!gtk_editable_get_editable (GTK_EDITABLE (self->nip_row)))
    return FALSE;
  if (self->baseline == NULL)
    return gtk_editable_get_text (GTK_EDITABLE (self->nip_row))[0] != '\0' ||
           gtk_editable_get_text (GTK_EDITABLE (self->name_row))[0] != '\0' ||
           gtk_editable_get_text (GTK_EDITABLE (self->position_row))[0] != '\0' ||
           selected_rank (self) != NULL;
  for (guint i = 0; i < N_FIELDS; i++)
    if (!field_shows (self, i, self->baseline))
      return TRUE;
  return FALSE;
}

static void
on_store_changed_cb (KnStore          *store,
                     KnStoreChanges   *changes,
                     KnEmployeeDialog *self)
{
  if (kn_store_changes_touches (changes, "employee") || kn_store_changes_touches (changes, "unit"))
    take_stored_values (self);
}

static void
on_nip_changed_cb (GtkEditable      *editable,
                   KnEmployeeDialog *self)
{
  check_nip (self);
  show_error (self, NULL);
}

static void
on_field_changed_cb (GObject          *object,
                     GParamSpec       *pspec,
                     KnEmployeeDialog *self)
{
  if (GTK_IS_WIDGET (object))
    set_row_error (GTK_WIDGET (object), FALSE);
  if (object == G_OBJECT (self->rank_row))
    update_rank_rows (self);
  show_error (self, NULL);
}

static void
on_entry_changed_cb (GtkEditable      *editable,
                     KnEmployeeDialog *self)
{
  set_row_error (GTK_WIDGET (editable), FALSE);
  show_error (self, NULL);
}

static void
on_status_changed_cb (AdwComboRow      *row,
                      GParamSpec       *pspec,
                      KnEmployeeDialog *self)
{
  g_autofree char *keep = g_strdup (selected_rank (self));

  fill_ranks (self, keep);
  update_rank_rows (self);
  show_error (self, NULL);
}

static void
on_unit_changed_cb (KnChooser        *chooser,
                    GParamSpec       *pspec,
                    KnEmployeeDialog *self)
{
  if (self->supervisor_ids == NULL)
    ;
  else if (self->employee == NULL)
    fill_supervisors (self, propose_supervisor (self, selected_unit (self) != NULL
                                                      ? kn_org_unit_get_id (selected_unit (self))
                                                      : 0));
  else
    fill_supervisors (self, selected_supervisor (self));
  set_row_error (GTK_WIDGET (self->unit_row), FALSE);
  show_error (self, NULL);
}

static gboolean
check_fields (KnEmployeeDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  GtkWidget *first_bad = NULL;
  const char *message = NULL;

  if (!self->nip_ok)
    {
      set_row_error (GTK_WIDGET (self->nip_row), TRUE);
      first_bad = GTK_WIDGET (self->nip_row);
      if (gtk_editable_get_text (GTK_EDITABLE (self->nip_row))[0] == '\0')
        message = _("Type the NIP (18 digits).");
      else
        message = gtk_label_get_text (self->nip_info_label);
    }
  if (name[0] == '\0')
    {
      set_row_error (GTK_WIDGET (self->name_row), TRUE);
      if (first_bad == NULL)
        {
          first_bad = GTK_WIDGET (self->name_row);
          message = _("Type the full name with academic titles.");
        }
    }
  if (selected_rank (self) == NULL)
    {
      set_row_error (GTK_WIDGET (self->rank_row), TRUE);
      if (first_bad == NULL)
        {
          first_bad = GTK_WIDGET (self->rank_row);
          message = _("Choose the pangkat/golongan.");
        }
    }
  if (rank_is_raised (self) && first_bad == NULL)
    {
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rank_date_row))));
      GDate date;

      g_date_clear (&date, 1);
      if (text[0] == '\0' || !kn_cell_parse_date_text (text, &date))
        {
          set_row_error (GTK_WIDGET (self->rank_date_row), TRUE);
          first_bad = GTK_WIDGET (self->rank_date_row);
          message = text[0] == '\0'
                    ? _("TMT of the new pangkat: write the day the kenaikan pangkat takes effect, "
                        "for example 2026-04-01.")
                    : _("TMT of the new pangkat: this is not a date; write it as 2026-04-01 or "
                        "01-04-2026.");
        }
    }
  if (selected_unit (self) == NULL)
    {
      set_row_error (GTK_WIDGET (self->unit_row), TRUE);
      if (first_bad == NULL)
        {
          first_bad = GTK_WIDGET (self->unit_chooser);
          message = _("Choose the unit where the employee works.");
        }
    }

  if (first_bad != NULL)
    {
      show_error (self, message);
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  return TRUE;
}

/* Saves the form; FALSE (having said why) when it cannot. Of an employee already there, only
 * the fields the person changed are written over what the store holds now. */
static gboolean
save (KnEmployeeDialog *self)
{
  g_autoptr(KnEmployee) edited = NULL;
  KnEmployee *stored = NULL;
  g_autoptr(KnHistoryEntry) raise = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!check_fields (self))
    return FALSE;

  /* A changed rank is a kenaikan pangkat from its TMT: recorded in the history, and the
   * person's rank follows it once the day has come (kn_store_add_history). */
  if (rank_is_raised (self))
    {
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rank_date_row))));
      GDate date;

      g_date_clear (&date, 1);
      kn_cell_parse_date_text (text, &date);
      raise = kn_history_entry_new (kn_employee_get_id (self->employee), KN_HISTORY_PANGKAT);
      raise->start_date = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date),
                                           g_date_get_month (&date), g_date_get_day (&date));
      raise->rank = g_strdup (selected_rank (self));
      raise->decree = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rank_decree_row)));
    }

  if (self->baseline != NULL)
    stored = kn_store_lookup_employee (self->store, kn_employee_get_id (self->baseline));
  if (stored == NULL)
    stored = self->baseline;
  edited = stored != NULL ? kn_employee_copy (stored) : kn_employee_new ();
#define CHANGED(field) (self->baseline == NULL || !field_shows (self, field, self->baseline))
  if (CHANGED (FIELD_NIP))
    kn_employee_set_nip (edited, gtk_editable_get_text (GTK_EDITABLE (self->nip_row)));
  if (CHANGED (FIELD_NAME))
    kn_employee_set_name (edited, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  if (CHANGED (FIELD_STATUS) || CHANGED (FIELD_RANK))
    {
      kn_employee_set_status (edited, selected_status (self));
      kn_employee_set_rank (edited, selected_rank (self));
    }
  if (CHANGED (FIELD_POSITION))
    {
      g_autofree char *position = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->position_row))));

      kn_employee_set_position (edited, position);
    }
  if (CHANGED (FIELD_KIND))
    kn_employee_set_position_kind (edited, adw_combo_row_get_selected (self->kind_row));
  if (CHANGED (FIELD_UNIT))
    kn_employee_set_unit_id (edited, kn_org_unit_get_id (selected_unit (self)));
  if (CHANGED (FIELD_SUPERVISOR))
    kn_employee_set_supervisor_id (edited, selected_supervisor (self));
#undef CHANGED

  if (raise != NULL)
    {
      /* One transaction: the kenaikan pangkat, then the other fields with the rank it left. */
      ok = kn_store_begin (self->store, &error) &&
           kn_store_add_history (self->store, raise, &error);
      if (ok)
        {
          KnEmployee *raised = kn_store_lookup_employee (self->store,
                                                         kn_employee_get_id (self->employee));

          kn_employee_set_rank (edited, kn_employee_get_rank (raised));
          ok = kn_store_update_employee (self->store, edited, &error) &&
               kn_store_commit (self->store, &error);
        }
      if (!ok)
        kn_store_rollback (self->store);
    }
  else if (self->employee != NULL)
    ok = kn_store_update_employee (self->store, edited, &error);
  else
    ok = kn_store_add_employee (self->store, edited, &error);

  if (!ok)
    {
      show_error (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, kn_employee_get_id (edited));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  if (save (KN_EMPLOYEE_DIALOG (widget)))
    gtk_window_destroy (GTK_WINDOW (widget));
}

static gboolean
save_before_close (GtkWindow *window)
{
  return save (KN_EMPLOYEE_DIALOG (window));
}

/* The person's dated history, in its own dialog (kn-person-history-dialog.c). */
static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KnEmployeeDialog *self = KN_EMPLOYEE_DIALOG (widget);
  KnPersonHistoryDialog *dialog;

  if (self->employee == NULL)
    return;
  dialog = kn_person_history_dialog_new (self->store, self->employee);
  kn_page_dialog_present (widget, GTK_WINDOW (dialog), NULL);
}

/* Closing (Escape, the Close button) never drops what was typed without asking. */
static gboolean
kn_employee_dialog_close_request (GtkWindow *window)
{
  KnEmployeeDialog *self = KN_EMPLOYEE_DIALOG (window);

  if (!kn_close_guard_may_close (window, has_changes (self),
                                 self->baseline != NULL ? _("Save the Changes?")
                                                        : _("Save the New Employee?"),
                                 _("What was typed in this form is not saved yet."),
                                 save_before_close))
    return TRUE;
  return GTK_WINDOW_CLASS (kn_employee_dialog_parent_class)->close_request (window);
}

static void
kn_employee_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KN_TYPE_EMPLOYEE_DIALOG);

  G_OBJECT_CLASS (kn_employee_dialog_parent_class)->dispose (object);
}

static void
kn_employee_dialog_finalize (GObject *object)
{
  KnEmployeeDialog *self = (KnEmployeeDialog *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->employee);
  g_clear_object (&self->baseline);
  g_clear_pointer (&self->supervisor_ids, g_array_unref);
  g_clear_pointer (&self->rank_codes, g_ptr_array_unref);

  G_OBJECT_CLASS (kn_employee_dialog_parent_class)->finalize (object);
}

static void
kn_employee_dialog_class_init (KnEmployeeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_employee_dialog_dispose;
  object_class->finalize = kn_employee_dialog_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = kn_employee_dialog_close_request;

  /* Emitted with the employee's id after a successful save, just before the form closes. */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (KN_TYPE_CHOOSER);
  kn_dialog_class_set_template (widget_class, "kn-employee-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KnEmployeeDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeeDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeeDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeeDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeeDialog, nip_row);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeeDialog, nip_info_label);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeeDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeeDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeeDialog, rank_row);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeeDialog, rank_date_row);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeeDialog, rank_decree_row);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeeDialog, position_row);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeeDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeeDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeeDialog, unit_chooser);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeeDialog, supervisor_row);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeeDialog, supervisor_chooser);
  gtk_widget_class_bind_template_callback (widget_class, on_nip_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_changed_cb);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeeDialog, history_group);

  kn_dialog_class_add_save (widget_class, "dialog.save", save_action);
  gtk_widget_class_install_action (widget_class, "dialog.history", NULL, history_action);
}

static void
kn_employee_dialog_init (KnEmployeeDialog *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  self->rank_codes = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < KN_EMPLOYEE_STATUS_N; i++)
    gtk_string_list_append (statuses, kn_employee_status_label (i));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  for (guint i = 0; i < KN_POSITION_N; i++)
    gtk_string_list_append (kinds, kn_position_kind_label (i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (self->kind_row, KN_POSITION_PELAKSANA);

  fill_ranks (self, NULL);
}

KnEmployeeDialog *
kn_employee_dialog_new (KnStore    *store,
                        KnEmployee *employee,
                        gint64      default_unit_id)
{
  KnEmployeeDialog *self;
  GListModel *units;
  gint64 unit_id;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);
  g_return_val_if_fail (employee == NULL || KN_IS_EMPLOYEE (employee), NULL);

  self = g_object_new (KN_TYPE_EMPLOYEE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->employee = employee != NULL ? g_object_ref (employee) : NULL;
  /* The store's copy, as fresh as it is: @employee may be a snapshot taken earlier. */
  if (employee != NULL && kn_store_lookup_employee (store, kn_employee_get_id (employee)) != NULL)
    employee = kn_store_lookup_employee (store, kn_employee_get_id (employee));
  self->baseline = employee != NULL ? kn_employee_copy (employee) : NULL;

  units = kn_store_get_units (store);
  {
    g_autoptr(GtkExpression) path = gtk_property_expression_new (KN_TYPE_ORG_UNIT, NULL, "path");

    kn_chooser_set_expression (self->unit_chooser, path);
  }
  kn_chooser_set_model (self->unit_chooser, units);

  if (employee != NULL)
    {
      g_autofree char *shown = kn_employee_dup_nip_display (employee);
      g_autofree char *title = NULL;

      adw_window_title_set_title (self->window_title, _("Edit Employee"));
      gtk_widget_set_visible (self->history_group, TRUE);
      adw_window_title_set_subtitle (self->window_title, kn_employee_get_name (employee));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), kn_employee_get_name (employee));
      adw_combo_row_set_selected (self->status_row, kn_employee_get_status (employee));
      fill_ranks (self, kn_employee_get_rank (employee));
      gtk_editable_set_text (GTK_EDITABLE (self->position_row), kn_employee_get_position (employee));
      adw_combo_row_set_selected (self->kind_row, kn_employee_get_position_kind (employee));
      gtk_editable_set_text (GTK_EDITABLE (self->nip_row), shown);
      unit_id = kn_employee_get_unit_id (employee);
    }
  else
    {
      adw_window_title_set_title (self->window_title, _("New Employee"));
      unit_id = default_unit_id;
    }

  self->supervisor_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  if (unit_id == 0 || !kn_employee_dialog_select_unit (self, unit_id))
    kn_chooser_set_selected (self->unit_chooser, employee == NULL ? GTK_INVALID_LIST_POSITION : 0);
  if (employee != NULL)
    fill_supervisors (self, kn_employee_get_supervisor_id (employee));
  else
    fill_supervisors (self, propose_supervisor (self, unit_id));

  show_error (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->nip_row));
  offer_only_what_login_may (self);
  if (employee != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);

  return self;
}

GtkEditable *
kn_employee_dialog_get_entry (KnEmployeeDialog *self,
                              const char       *field)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE_DIALOG (self), NULL);
  return GTK_EDITABLE (kn_dialog_get_field (GTK_WIDGET (self), KN_TYPE_EMPLOYEE_DIALOG, field,
                                            "row"));
}

KnChooser *
kn_employee_dialog_get_chooser (KnEmployeeDialog *self,
                                const char       *field)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE_DIALOG (self), NULL);
  return KN_CHOOSER (kn_dialog_get_field (GTK_WIDGET (self), KN_TYPE_EMPLOYEE_DIALOG, field,
                                          "chooser"));
}

AdwComboRow *
kn_employee_dialog_get_combo (KnEmployeeDialog *self,
                              const char       *field)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE_DIALOG (self), NULL);
  return ADW_COMBO_ROW (kn_dialog_get_field (GTK_WIDGET (self), KN_TYPE_EMPLOYEE_DIALOG, field,
                                             "row"));
}

const char *
kn_employee_dialog_get_error (KnEmployeeDialog *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE_DIALOG (self), NULL);
  return kn_dialog_get_error (self->error_revealer, self->error_label);
}

const char *
kn_employee_dialog_get_nip_info (KnEmployeeDialog *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE_DIALOG (self), NULL);
  return gtk_label_get_text (self->nip_info_label);
}

gboolean
kn_employee_dialog_select_rank (KnEmployeeDialog *self,
                                const char       *code)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE_DIALOG (self), FALSE);

  for (guint i = 1; i < self->rank_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->rank_codes, i), code) == 0)
      {
        adw_combo_row_set_selected (self->rank_row, i);
        return TRUE;
      }

  return FALSE;
}

gboolean
kn_employee_dialog_select_supervisor (KnEmployeeDialog *self,
                                      gint64            supervisor_id)
{
  g_return_val_if_fail (KN_IS_EMPLOYEE_DIALOG (self), FALSE);
  return kn_chooser_select_id (self->supervisor_chooser, self->supervisor_ids, supervisor_id);
}

gboolean
kn_employee_dialog_select_unit (KnEmployeeDialog *self,
                                gint64            unit_id)
{
  GListModel *units;
  guint n;

  g_return_val_if_fail (KN_IS_EMPLOYEE_DIALOG (self), FALSE);

  units = kn_store_get_units (self->store);
  n = g_list_model_get_n_items (units);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (units, i);

      if (kn_org_unit_get_id (unit) == unit_id)
        {
          kn_chooser_set_selected (self->unit_chooser, i);
          return TRUE;
        }
    }

  return FALSE;
}
