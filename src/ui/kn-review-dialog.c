/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Tim Penilai Kinerja from the window: team, members, decisions. */

#define G_LOG_DOMAIN "kn-review-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-chooser.h"
#include "kn-dialog.h"
#include "kn-period-choices.h"
#include "kn-review-dialog.h"
#include "kn-review-units.h"

struct _KnReviewDialog
{
  AdwWindow        parent_instance;

  KnStore         *store;          /* owned */
  GArray          *years;          /* owned: guint per year_row item */
  GArray          *team_ids;       /* owned: gint64 per team_row item */
  GPtrArray       *periods;        /* owned: char* per period_row item */
  GArray          *employee_ids;   /* owned: gint64 per member_chooser item */
  GArray          *reached_ids;    /* owned: gint64 per employee_chooser item */
  GArray          *unit_ids;       /* owned: gint64 per unit_row item (0: the whole instansi) */
  char            *intro;          /* owned: the sentence at the top as the window opens */
  gboolean         no_team_shown;  /* the sentence at the top says there is no team */

  GtkLabel        *status_label;
  AdwComboRow     *year_row;
  AdwComboRow     *team_row;
  AdwExpanderRow  *new_team_row;
  AdwEntryRow     *name_row;
  AdwEntryRow     *decree_row;
  AdwComboRow     *unit_row;
  GtkWidget       *add_member_button;
  GtkWidget       *record_button;
  GtkListBox      *members_list;
  KnChooser       *member_chooser;
  GtkDropDown     *role_dropdown;
  AdwComboRow     *period_row;
  AdwComboRow     *decision_row;
  AdwEntryRow     *reason_row;
  KnChooser       *employee_chooser;
  GtkListBox      *decisions_list;
  KnReviewUnits   *units_group;
};

G_DEFINE_FINAL_TYPE (KnReviewDialog, kn_review_dialog, ADW_TYPE_WINDOW)

static guint
current_year (KnReviewDialog *self)
{
  guint index = adw_combo_row_get_selected (self->year_row);

  return index < self->years->len ? g_array_index (self->years, guint, index) : 0;
}

static const char *
current_period (KnReviewDialog *self)
{
  guint index = adw_combo_row_get_selected (self->period_row);

  return index < self->periods->len ? g_ptr_array_index (self->periods, index) : NULL;
}

/* The ids of @chooser's items. */
static GArray *
chooser_ids (KnReviewDialog *self,
             KnChooser      *chooser)
{
  return chooser == self->member_chooser ? self->employee_ids : self->reached_ids;
}

static gint64
chosen_employee (KnChooser      *chooser,
                 KnReviewDialog *self)
{
  GArray *ids = chooser_ids (self, chooser);
  guint index = kn_chooser_get_selected (chooser);

  return index < ids->len ? g_array_index (ids, gint64, index) : 0;
}

static void
set_status (KnReviewDialog *self,
            const char     *text,
            gboolean        error)
{
  gtk_label_set_text (self->status_label, text);
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static char *
employee_label (KnReviewDialog *self,
                gint64          employee_id)
{
  KnEmployee *employee = kn_store_lookup_employee (self->store, employee_id);
  g_autofree char *nip = NULL;

  if (employee == NULL)
    return g_strdup ("—");
  nip = kn_nip_format (kn_employee_get_nip (employee));
  return g_strdup_printf ("%s (%s)", kn_employee_get_name (employee), nip);
}

static GtkWidget *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle,
         const char *icon_name)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (icon_name != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon_name));
  gtk_list_box_append (list, row);
  return row;
}

static void
fill_members (KnReviewDialog *self)
{
  gint64 team = kn_review_dialog_get_team (self);
  g_autoptr(GArray) members = NULL;

  /* A team's members are the admin's and operator's to keep; a "tim" login only decides. */
  gboolean keeps = kn_store_login_may (self->store, KN_STORE_RIGHT_REVIEW, 0);

  /* The unit the team chosen reviews, under its name. */
  if (team != 0)
    {
      KnOrgUnit *unit = kn_store_lookup_unit (self->store,
                                              kn_store_get_review_team_unit (self->store, team));
      g_autofree char *reach = unit != NULL
                               ? g_strdup_printf (_("Reviews %s and the units below it"),
                                                  kn_org_unit_get_name (unit))
                               : g_strdup (_("Reviews every unit of the instansi"));

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->team_row), reach);
    }
  clear_list (self->members_list);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.add-member", team != 0 && keeps);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.remove-member", keeps);
  /* Why the button is off, where it is. */
  gtk_widget_set_tooltip_text (self->add_member_button,
                               !keeps ? _("The team's members are kept by an admin or the "
                                          "operator of the unit.")
                               : team == 0 ? _("There is no team to add to yet: form the team "
                                               "first (Form a new team, above).")
                               : _("Add the employee chosen beside it to the team, in the role "
                                   "chosen."));
  if (team == 0)
    {
      add_row (self->members_list, _("No team for this year yet"),
               keeps ? _("Form one above, as the decree names it.")
                     : _("An admin or the operator of the unit forms it."),
               "dialog-information-symbolic");
      return;
    }
  members = kn_store_list_review_members (self->store, team);
  if (members->len == 0)
    add_row (self->members_list, _("No member yet"),
             _("Choose an employee below, their role, and press Add Member."),
             "dialog-information-symbolic");
  for (guint i = 0; i < members->len; i++)
    {
      KnReviewMember *member = &g_array_index (members, KnReviewMember, i);
      g_autofree char *name = employee_label (self, member->employee_id);
      GtkWidget *row = add_row (self->members_list, name, kn_review_role_label (member->role),
                                "avatar-default-symbolic");
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *target = g_strdup_printf ("%" G_GINT64_FORMAT, member->employee_id);

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove from the team"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Remove from the team"), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "review.remove-member");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", member->employee_id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
    }
}

/* The decision's chooser offers the people the team chosen reviews for the period chosen
 * (where they were on its last day), nobody it would refuse; the one chosen stays chosen when
 * still offered. */
static void
fill_reached (KnReviewDialog *self,
              gint64          team,
              const char     *period)
{
  g_autoptr(GtkStringList) people = gtk_string_list_new (NULL);
  g_autoptr(GArray) reached = NULL;
  gint64 chosen = chosen_employee (self->employee_chooser, self);
  guint selected = GTK_INVALID_LIST_POSITION;

  if (team != 0 && period != NULL)
    reached = kn_store_list_review_team_people (self->store, team, period);
  g_array_set_size (self->reached_ids, 0);
  for (guint i = 0; reached != NULL && i < reached->len; i++)
    {
      gint64 id = g_array_index (reached, gint64, i);
      g_autofree char *label = employee_label (self, id);

      if (id == chosen)
        selected = i;
      gtk_string_list_append (people, label);
      g_array_append_val (self->reached_ids, id);
    }
  kn_chooser_set_model (self->employee_chooser, G_LIST_MODEL (people));
  kn_chooser_set_selected (self->employee_chooser, selected);
  kn_chooser_set_placeholder (self->employee_chooser,
                              reached == NULL || reached->len > 0
                              ? _("Choose an employee…")
                              : _("Nobody this team reviews in this period"));
}

static void
fill_decisions (KnReviewDialog *self)
{
  gint64 team = kn_review_dialog_get_team (self);
  const char *period = current_period (self);
  gboolean decides = kn_store_login_may (self->store, KN_STORE_RIGHT_DECIDE, 0);
  g_autoptr(GPtrArray) entries = NULL;

  clear_list (self->decisions_list);
  fill_reached (self, team, period);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.record",
                                 team != 0 && period != NULL && decides);
  gtk_widget_set_tooltip_text (self->record_button,
                               !decides ? _("The team's decisions are recorded by its members, "
                                            "an admin or the operator of the unit.")
                               : team == 0 ? _("There is no team for this year yet: its "
                                               "decisions are recorded once it is formed.")
                               : period == NULL ? _("Choose the period first.")
                               : _("Record the decision chosen above for the employee chosen "
                                   "beside it."));
  if (team == 0 || period == NULL)
    return;
  entries = kn_store_list_reviews (self->store, team, period);
  if (entries->len == 0)
    add_row (self->decisions_list, _("No decision recorded for this period yet"),
             _("Choose an employee, the decision and, to ask for a review, the reason."),
             "dialog-information-symbolic");
  for (guint i = 0; i < entries->len; i++)
    {
      KnReviewEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *name = employee_label (self, entry->employee_id);
      g_autofree char *subtitle = NULL;

      if (entry->reason != NULL)
        subtitle = g_strdup_printf ("%s: %s", kn_review_decision_label (entry->decision),
                                    entry->reason);
      else
        subtitle = g_strdup (kn_review_decision_label (entry->decision));
      add_row (self->decisions_list, name, subtitle,
               entry->decision == KN_REVIEW_SETUJU     ? "emblem-ok-symbolic"
               : entry->decision == KN_REVIEW_DIAJUKAN ? "document-open-recent-symbolic"
                                                       : "dialog-warning-symbolic");
    }
}

/* With no team for the year, the Team row and the sentence at the top say so and what to press
 * (for a login that may form one), or who forms it. */
static void
show_no_team (KnReviewDialog *self,
              gboolean        none)
{
  g_autofree char *sentence = NULL;

  if (!none)
    {
      /* The sentence gives way to the one the window opened with. */
      if (self->no_team_shown)
        set_status (self, self->intro, FALSE);
      self->no_team_shown = FALSE;
      return;
    }
  self->no_team_shown = TRUE;
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->team_row),
                               _("None formed for this year yet"));
  if (kn_store_login_may (self->store, KN_STORE_RIGHT_REVIEW, 0))
    sentence = g_strdup_printf (_("There is no Tim Penilai for %u yet. Form it under “Form a new "
                                  "team” below: its name and decree number, the unit it reviews, "
                                  "then press “Form the Team”; then add its members."),
                                current_year (self));
  else
    sentence = g_strdup_printf (_("There is no Tim Penilai for %u yet. An admin or the operator "
                                  "of the unit forms it and adds its members; its decisions can "
                                  "be recorded then."),
                                current_year (self));
  set_status (self, sentence, FALSE);
}

static gboolean
is_member (KnReviewDialog *self,
           gint64          team_id,
           gint64          employee_id)
{
  g_autoptr(GArray) members = kn_store_list_review_members (self->store, team_id);

  for (guint i = 0; i < members->len; i++)
    if (g_array_index (members, KnReviewMember, i).employee_id == employee_id)
      return TRUE;
  return FALSE;
}

/* The teams of the year shown, @keep chosen when it is there (a team of the member signed in,
 * else the last one, otherwise). */
static void
fill_teams (KnReviewDialog *self,
            gint64          keep)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) teams = kn_store_list_review_teams (self->store, current_year (self));
  guint selected = teams->len > 0 ? teams->len - 1 : GTK_INVALID_LIST_POSITION;
  gint64 me = kn_store_has_login (self->store) ? kn_store_get_login_employee_id (self->store) : 0;

  g_array_set_size (self->team_ids, 0);
  for (guint i = 0; i < teams->len; i++)
    {
      KnReviewTeam *team = g_ptr_array_index (teams, i);
      g_autofree char *label = team->decree != NULL && team->decree[0] != '\0'
                               ? g_strdup_printf ("%s (SK %s)", team->name, team->decree)
                               : g_strdup (team->name);

      /* A member signed in on a server: their own team, unless one is asked for. */
      if (team->id == keep || (keep == 0 && me != 0 && is_member (self, team->id, me)))
        selected = i;
      gtk_string_list_append (labels, label);
      g_array_append_val (self->team_ids, team->id);
    }
  kn_choice_fill (self->team_row, G_LIST_MODEL (labels), selected, self);
  adw_expander_row_set_expanded (self->new_team_row, teams->len == 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->team_row), teams->len > 0);
  show_no_team (self, teams->len == 0);
  fill_members (self);
  fill_decisions (self);
}

static void
fill_periods (KnReviewDialog *self,
              const char     *keep)
{
  guint selected;
  g_autoptr(GtkStringList) labels = kn_period_choices_new (self->store, current_year (self), keep,
                                                           self->periods, &selected);

  kn_choice_fill (self->period_row, G_LIST_MODEL (labels), selected, self);
}

static void
on_year_changed_cb (GObject        *object,
                    GParamSpec     *pspec,
                    KnReviewDialog *self)
{
  if (self->store == NULL)
    return;
  fill_periods (self, NULL);
  fill_teams (self, 0);
}

static void
on_team_changed_cb (GObject        *object,
                    GParamSpec     *pspec,
                    KnReviewDialog *self)
{
  if (self->store == NULL)
    return;
  fill_members (self);
  fill_decisions (self);
}

static void
on_period_changed_cb (GObject        *object,
                      GParamSpec     *pspec,
                      KnReviewDialog *self)
{
  if (self->store == NULL)
    return;
  fill_decisions (self);
}

static void
create_team_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KnReviewDialog *self = KN_REVIEW_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  guint unit_index = adw_combo_row_get_selected (self->unit_row);
  gint64 unit_id = unit_index < self->unit_ids->len
                   ? g_array_index (self->unit_ids, gint64, unit_index) : 0;
  gint64 id;

  id = kn_store_add_unit_review_team (self->store, name,
                                      gtk_editable_get_text (GTK_EDITABLE (self->decree_row)),
                                      current_year (self), unit_id, &error);
  if (id == 0)
    {
      set_status (self, error->message, TRUE);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->decree_row), "");
  fill_teams (self, id);
  done = g_strdup_printf (_("“%s” is formed. Add its members next."), name);
  set_status (self, done, FALSE);
}

static void
add_member_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KnReviewDialog *self = KN_REVIEW_DIALOG (widget);
  gint64 team = kn_review_dialog_get_team (self);
  gint64 employee = chosen_employee (self->member_chooser, self);
  guint role = gtk_drop_down_get_selected (self->role_dropdown);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *done = NULL;

  if (team == 0)
    return;
  if (employee == 0 || role >= KN_REVIEW_ROLE_N)
    {
      set_status (self, _("Choose the employee to add, and their role."), TRUE);
      return;
    }
  if (!kn_store_set_review_member (self->store, team, employee, role, &error))
    {
      set_status (self, error->message, TRUE);
      return;
    }
  fill_members (self);
  name = employee_label (self, employee);
  /* Translators: the employee, then the role ("Ketua") */
  done = g_strdup_printf (_("%s is in the team as %s."), name, kn_review_role_label (role));
  set_status (self, done, FALSE);
}

static void
remove_member_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KnReviewDialog *self = KN_REVIEW_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!kn_store_remove_review_member (self->store, kn_review_dialog_get_team (self),
                                      g_variant_get_int64 (parameter), &error))
    set_status (self, error->message, TRUE);
  fill_members (self);
}

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KnReviewDialog *self = KN_REVIEW_DIALOG (widget);
  gint64 team = kn_review_dialog_get_team (self);
  gint64 employee = chosen_employee (self->employee_chooser, self);
  guint decision = adw_combo_row_get_selected (self->decision_row);
  const char *reason = gtk_editable_get_text (GTK_EDITABLE (self->reason_row));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *done = NULL;

  if (team == 0 || current_period (self) == NULL)
    return;
  if (employee == 0 || decision >= KN_REVIEW_N)
    {
      set_status (self, _("Choose the employee and the team's decision."), TRUE);
      return;
    }
  if (!kn_store_record_review (self->store, team, employee, current_period (self), decision,
                               reason[0] != '\0' ? reason : NULL, &error))
    {
      g_autofree char *typed = g_strstrip (g_strdup (reason));

      set_status (self, error->message, TRUE);
      /* A review asked for without its reason: the field to fill is where the keyboard goes. */
      if (decision == KN_REVIEW_TINJAU_ULANG && typed[0] == '\0')
        gtk_widget_grab_focus (GTK_WIDGET (self->reason_row));
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), "");
  fill_decisions (self);
  name = employee_label (self, employee);
  /* Translators: the employee, then the decision ("Setuju") */
  done = g_strdup_printf (_("Recorded for %s: %s."), name, kn_review_decision_label (decision));
  set_status (self, done, FALSE);
}

static void
kn_review_dialog_dispose (GObject *object)
{
  KnReviewDialog *self = KN_REVIEW_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KN_TYPE_REVIEW_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kn_review_dialog_parent_class)->dispose (object);
}

static void
kn_review_dialog_finalize (GObject *object)
{
  KnReviewDialog *self = KN_REVIEW_DIALOG (object);

  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->team_ids, g_array_unref);
  g_clear_pointer (&self->periods, g_ptr_array_unref);
  g_clear_pointer (&self->employee_ids, g_array_unref);
  g_clear_pointer (&self->reached_ids, g_array_unref);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_free (self->intro);

  G_OBJECT_CLASS (kn_review_dialog_parent_class)->finalize (object);
}

static void
kn_review_dialog_class_init (KnReviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_review_dialog_dispose;
  object_class->finalize = kn_review_dialog_finalize;

  g_type_ensure (KN_TYPE_CHOOSER);
  g_type_ensure (KN_TYPE_REVIEW_UNITS);
  kn_dialog_class_set_template (widget_class, "kn-review-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KnReviewDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, KnReviewDialog, year_row);
  gtk_widget_class_bind_template_child (widget_class, KnReviewDialog, team_row);
  gtk_widget_class_bind_template_child (widget_class, KnReviewDialog, new_team_row);
  gtk_widget_class_bind_template_child (widget_class, KnReviewDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, KnReviewDialog, decree_row);
  gtk_widget_class_bind_template_child (widget_class, KnReviewDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, KnReviewDialog, add_member_button);
  gtk_widget_class_bind_template_child (widget_class, KnReviewDialog, record_button);
  gtk_widget_class_bind_template_child (widget_class, KnReviewDialog, members_list);
  gtk_widget_class_bind_template_child (widget_class, KnReviewDialog, member_chooser);
  gtk_widget_class_bind_template_child (widget_class, KnReviewDialog, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KnReviewDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, KnReviewDialog, decision_row);
  gtk_widget_class_bind_template_child (widget_class, KnReviewDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, KnReviewDialog, employee_chooser);
  gtk_widget_class_bind_template_child (widget_class, KnReviewDialog, decisions_list);
  gtk_widget_class_bind_template_child (widget_class, KnReviewDialog, units_group);
  gtk_widget_class_bind_template_callback (widget_class, on_year_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_team_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed_cb);

  gtk_widget_class_install_action (widget_class, "review.create-team", NULL, create_team_action);
  gtk_widget_class_install_action (widget_class, "review.add-member", NULL, add_member_action);
  gtk_widget_class_install_action (widget_class, "review.remove-member", "x",
                                   remove_member_action);
  gtk_widget_class_install_action (widget_class, "review.record", NULL, record_action);
}

static void
kn_review_dialog_init (KnReviewDialog *self)
{
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) decisions = gtk_string_list_new (NULL);

  self->years = g_array_new (FALSE, FALSE, sizeof (guint));
  self->team_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->periods = g_ptr_array_new_with_free_func (g_free);
  self->employee_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->reached_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  self->intro = g_strdup (gtk_label_get_text (self->status_label));

  for (guint r = 0; r < KN_REVIEW_ROLE_N; r++)
    gtk_string_list_append (roles, kn_review_role_label (r));
  gtk_drop_down_set_model (self->role_dropdown, G_LIST_MODEL (roles));
  gtk_drop_down_set_selected (self->role_dropdown, KN_REVIEW_ROLE_ANGGOTA);
  for (guint d = 0; d < KN_REVIEW_N; d++)
    gtk_string_list_append (decisions, kn_review_decision_label (d));
  adw_combo_row_set_model (self->decision_row, G_LIST_MODEL (decisions));
  /* The team's name and "Diajukan, menunggu keputusan tim" whole, not cut with "…". */
  kn_choice_show_whole (self->decision_row, 24);
  kn_choice_show_whole (self->team_row, 28);
  kn_chooser_set_placeholder (self->member_chooser, _("Choose an employee…"));
  kn_chooser_set_placeholder (self->employee_chooser, _("Choose an employee…"));
}

KnReviewDialog *
kn_review_dialog_new (KnStore    *store,
                      guint       year,
                      const char *period)
{
  KnReviewDialog *self;
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) people = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) units = NULL;
  GListModel *employees;
  guint selected = 0;
  guint unit_selected = 0;
  gint64 whole = 0;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);

  self = g_object_new (KN_TYPE_REVIEW_DIALOG, NULL);
  self->store = g_object_ref (store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.create-team",
                                 kn_store_login_may (store, KN_STORE_RIGHT_REVIEW, 0));
  gtk_widget_set_visible (GTK_WIDGET (self->new_team_row),
                          kn_store_login_may (store, KN_STORE_RIGHT_REVIEW, 0));

  for (guint y = year - 2; y <= year + 1; y++)
    {
      g_autofree char *label = g_strdup_printf ("%u", y);

      if (y == year)
        selected = self->years->len;
      gtk_string_list_append (years, label);
      g_array_append_val (self->years, y);
    }
  kn_choice_fill (self->year_row, G_LIST_MODEL (years), selected, self);

  /* The unit a new team reviews: each unit (the first chosen), then the whole instansi. */
  units = kn_unit_choices_new (store, 0, self->unit_ids, &unit_selected);
  gtk_string_list_append (units, _("The whole instansi (every unit)"));
  g_array_append_val (self->unit_ids, whole);
  adw_combo_row_set_model (self->unit_row, G_LIST_MODEL (units));
  adw_combo_row_set_selected (self->unit_row, unit_selected);

  employees = kn_store_get_employees (store);
  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      gint64 id = kn_employee_get_id (employee);
      g_autofree char *label = employee_label (self, id);

      gtk_string_list_append (people, label);
      g_array_append_val (self->employee_ids, id);
    }
  kn_chooser_set_model (self->member_chooser, G_LIST_MODEL (people));
  kn_chooser_set_selected (self->member_chooser, GTK_INVALID_LIST_POSITION);

  fill_periods (self, period);
  fill_teams (self, 0);
  kn_review_units_set_store (self->units_group, store);
  return self;
}

void
kn_review_dialog_fill_team (KnReviewDialog *self,
                            const char     *name,
                            const char     *decree)
{
  g_return_if_fail (KN_IS_REVIEW_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->decree_row), decree != NULL ? decree : "");
}

static gboolean
choose (KnReviewDialog *self,
        KnChooser      *chooser,
        gint64          employee_id)
{
  return kn_chooser_select_id (chooser, chooser_ids (self, chooser), employee_id);
}

gboolean
kn_review_dialog_choose_team_unit (KnReviewDialog *self,
                                   gint64          unit_id)
{
  guint position;

  g_return_val_if_fail (KN_IS_REVIEW_DIALOG (self), FALSE);
  position = kn_id_position (self->unit_ids, unit_id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  adw_combo_row_set_selected (self->unit_row, position);
  return TRUE;
}

gboolean
kn_review_dialog_choose_member (KnReviewDialog *self,
                                gint64          employee_id,
                                KnReviewRole    role)
{
  g_return_val_if_fail (KN_IS_REVIEW_DIALOG (self), FALSE);
  gtk_drop_down_set_selected (self->role_dropdown, role);
  return choose (self, self->member_chooser, employee_id);
}

gboolean
kn_review_dialog_choose_decision (KnReviewDialog   *self,
                                  gint64            employee_id,
                                  KnReviewDecision  decision,
                                  const char       *reason)
{
  g_return_val_if_fail (KN_IS_REVIEW_DIALOG (self), FALSE);
  adw_combo_row_set_selected (self->decision_row, decision);
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), reason != NULL ? reason : "");
  return choose (self, self->employee_chooser, employee_id);
}

gint64
kn_review_dialog_get_team (KnReviewDialog *self)
{
  guint index;

  g_return_val_if_fail (KN_IS_REVIEW_DIALOG (self), 0);
  index = adw_combo_row_get_selected (self->team_row);
  return index < self->team_ids->len ? g_array_index (self->team_ids, gint64, index) : 0;
}

const char *
kn_review_dialog_get_status (KnReviewDialog *self)
{
  g_return_val_if_fail (KN_IS_REVIEW_DIALOG (self), NULL);
  return gtk_label_get_text (self->status_label);
}

GtkListBox *
kn_review_dialog_get_members (KnReviewDialog *self)
{
  g_return_val_if_fail (KN_IS_REVIEW_DIALOG (self), NULL);
  return self->members_list;
}

GtkListBox *
kn_review_dialog_get_decisions (KnReviewDialog *self)
{
  g_return_val_if_fail (KN_IS_REVIEW_DIALOG (self), NULL);
  return self->decisions_list;
}

KnReviewUnits *
kn_review_dialog_get_units (KnReviewDialog *self)
{
  g_return_val_if_fail (KN_IS_REVIEW_DIALOG (self), NULL);
  return self->units_group;
}
