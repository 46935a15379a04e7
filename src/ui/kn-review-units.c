/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Tim Penilai window's "review per unit" group (kn-review-units.h). */

#define G_LOG_DOMAIN "kn-review-units"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kinerja/kn-format.h"
#include "kinerja/kn-store-review.h"

#include "kn-chooser.h"
#include "kn-review-units.h"

struct _KnReviewUnits
{
  AdwPreferencesGroup  parent_instance;

  KnStore             *store;      /* owned, nullable */
  GArray              *unit_ids;   /* owned: gint64 per chooser item */
  KnChooser           *chooser;
  AdwActionRow        *switch_row;
  GtkSwitch           *active;
  AdwActionRow        *list_row;
  gulong               active_handler;
};

G_DEFINE_FINAL_TYPE (KnReviewUnits, kn_review_units, ADW_TYPE_PREFERENCES_GROUP)

static gint64
chosen_unit (KnReviewUnits *self)
{
  guint index = kn_chooser_get_selected (self->chooser);

  return index < self->unit_ids->len ? g_array_index (self->unit_ids, gint64, index) : 0;
}

static void
show_list (KnReviewUnits *self)
{
  g_autoptr(GArray) on = kn_store_list_review_units (self->store);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *text = NULL;

  for (guint i = 0; i < on->len; i++)
    {
      KnOrgUnit *unit = kn_store_lookup_unit (self->store, g_array_index (on, gint64, i));

      if (unit != NULL)
        g_string_append_printf (names, "%s%s", names->len > 0 ? "; " : "",
                                kn_org_unit_get_path (unit));
    }
  if (names->len == 0)
    text = g_strdup (_("No unit is under review yet: evaluations are finalised without the team, unless a matter is before it."));
  else
    /* TRANSLATORS: the units whose review is on, separated by "; " */
    text = kn_format_tidy_stops (g_strdup_printf (_("Under review (with their sub-units): %s."),
                                                  names->str));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->list_row), text);
}

/* The switch and its sentence for the unit chosen. */
static void
show_state (KnReviewUnits *self)
{
  gint64 unit_id = chosen_unit (self);
  gint64 from = unit_id != 0 ? kn_store_unit_review_from (self->store, unit_id) : 0;
  gboolean own = unit_id != 0 && kn_store_get_unit_review (self->store, unit_id);
  g_autofree char *subtitle = NULL;

  g_signal_handler_block (self->active, self->active_handler);
  gtk_switch_set_active (self->active, own);
  g_signal_handler_unblock (self->active, self->active_handler);
  gtk_widget_set_sensitive (GTK_WIDGET (self->active),
                            unit_id != 0 &&
                            kn_store_login_may (self->store, KN_STORE_RIGHT_SETTINGS, 0));

  if (unit_id == 0)
    subtitle = g_strdup (_("Choose the unit first."));
  else if (own)
    subtitle = g_strdup (_("On: the evaluations of this unit and its sub-units are finalised only after the team has agreed."));
  else if (from != 0)
    {
      KnOrgUnit *parent = kn_store_lookup_unit (self->store, from);

      /* TRANSLATORS: the unit whose switch is on */
      subtitle = g_strdup_printf (_("On through %s: the evaluations of this unit are finalised only after the team has agreed."),
                                  parent != NULL ? kn_org_unit_get_path (parent) : "");
    }
  else
    subtitle = g_strdup (_("Off: the evaluations are finalised without waiting for the team."));
  if (!kn_store_login_may (self->store, KN_STORE_RIGHT_SETTINGS, 0))
    {
      g_autofree char *limited = g_strdup_printf ("%s %s", subtitle,
                                                  _("Only an administrator may change it."));

      g_free (subtitle);
      subtitle = g_steal_pointer (&limited);
    }
  adw_action_row_set_subtitle (self->switch_row, subtitle);
  show_list (self);
}

static void
on_unit_changed_cb (GObject       *object,
                    GParamSpec    *pspec,
                    KnReviewUnits *self)
{
  if (self->store != NULL)
    show_state (self);
}

static void
on_active_changed_cb (GObject       *object,
                      GParamSpec    *pspec,
                      KnReviewUnits *self)
{
  g_autoptr(GError) error = NULL;
  gint64 unit_id = chosen_unit (self);

  if (self->store == NULL || unit_id == 0)
    return;
  if (!kn_store_set_unit_review (self->store, unit_id, gtk_switch_get_active (self->active),
                                 &error))
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), error->message);
  show_state (self);
}

static void
kn_review_units_dispose (GObject *object)
{
  KnReviewUnits *self = KN_REVIEW_UNITS (object);

  g_clear_object (&self->store);
  G_OBJECT_CLASS (kn_review_units_parent_class)->dispose (object);
}

static void
kn_review_units_finalize (GObject *object)
{
  KnReviewUnits *self = KN_REVIEW_UNITS (object);

  g_clear_pointer (&self->unit_ids, g_array_unref);
  G_OBJECT_CLASS (kn_review_units_parent_class)->finalize (object);
}

static void
kn_review_units_class_init (KnReviewUnitsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kn_review_units_dispose;
  object_class->finalize = kn_review_units_finalize;
}

static void
kn_review_units_init (KnReviewUnits *self)
{
  GtkWidget *unit_row = adw_action_row_new ();
  GtkWidget *list_row;

  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("4. Review per Unit"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("When review is on for a unit, its evaluations and those of its sub-units are finalised only after the team has agreed; a “review again” is answered by the assessor on the Penilaian place."));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (unit_row), _("Unit"));
  self->chooser = kn_chooser_new ();
  gtk_widget_set_hexpand (GTK_WIDGET (self->chooser), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->chooser), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->chooser), _("The unit to turn review on or off for"));
  kn_chooser_set_placeholder (self->chooser, _("Choose a unit…"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (unit_row), GTK_WIDGET (self->chooser));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), unit_row);
  g_signal_connect_object (self->chooser, "notify::selected", G_CALLBACK (on_unit_changed_cb),
                           self, 0);

  self->switch_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->switch_row),
                                 _("Reviewed by the Tim Penilai Kinerja"));
  self->active = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->active), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->active), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reviewed by the Tim Penilai Kinerja"), -1);
  adw_action_row_add_suffix (self->switch_row, GTK_WIDGET (self->active));
  adw_action_row_set_activatable_widget (self->switch_row, GTK_WIDGET (self->active));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->switch_row));
  self->active_handler = g_signal_connect_object (self->active, "notify::active",
                                                  G_CALLBACK (on_active_changed_cb), self, 0);

  /* What is on, in the group's own rows (a plain label would sit outside its card). */
  list_row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (list_row), FALSE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (list_row),
                             gtk_image_new_from_icon_name ("dialog-information-symbolic"));
  self->list_row = ADW_ACTION_ROW (list_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), list_row);
}

void
kn_review_units_set_store (KnReviewUnits *self,
                           KnStore       *store)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *units;

  g_return_if_fail (KN_IS_REVIEW_UNITS (self));
  g_return_if_fail (KN_IS_STORE (store));

  g_set_object (&self->store, store);
  units = kn_store_get_units (store);
  g_array_set_size (self->unit_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (units, i);
      gint64 id = kn_org_unit_get_id (unit);

      gtk_string_list_append (labels, kn_org_unit_get_path (unit));
      g_array_append_val (self->unit_ids, id);
    }
  kn_chooser_set_model (self->chooser, G_LIST_MODEL (labels));
  kn_chooser_set_selected (self->chooser, GTK_INVALID_LIST_POSITION);
  show_state (self);
}

gboolean
kn_review_units_choose_unit (KnReviewUnits *self,
                             gint64         unit_id)
{
  g_return_val_if_fail (KN_IS_REVIEW_UNITS (self), FALSE);
  return kn_chooser_select_id (self->chooser, self->unit_ids, unit_id);
}

GtkSwitch *
kn_review_units_get_switch (KnReviewUnits *self)
{
  g_return_val_if_fail (KN_IS_REVIEW_UNITS (self), NULL);
  return self->active;
}

const char *
kn_review_units_get_state (KnReviewUnits *self)
{
  g_return_val_if_fail (KN_IS_REVIEW_UNITS (self), NULL);
  return adw_action_row_get_subtitle (self->switch_row);
}

const char *
kn_review_units_get_list (KnReviewUnits *self)
{
  g_return_val_if_fail (KN_IS_REVIEW_UNITS (self), NULL);
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->list_row));
}
