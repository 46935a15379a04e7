/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The form that adds a unit, or renames and moves one. */

#define G_LOG_DOMAIN "kn-unit-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-chooser.h"
#include "kn-dialog.h"
#include "kn-unit-dialog.h"

struct _KnUnitDialog
{
  AdwWindow       parent_instance;

  KnStore        *store;        /* owned */
  gint64          unit_id;      /* 0 when adding */
  GArray         *parent_ids;   /* owned: gint64 per parent_chooser item; 0 = top level */

  AdwWindowTitle *window_title;
  GtkRevealer    *error_revealer;
  GtkLabel       *error_label;
  AdwEntryRow    *name_row;
  KnChooser      *parent_chooser;
};

G_DEFINE_FINAL_TYPE (KnUnitDialog, kn_unit_dialog, ADW_TYPE_WINDOW)

static void
show_error (KnUnitDialog *self,
            const char   *message)
{
  kn_dialog_show_error (self->error_revealer, self->error_label, message);
}

static void
fill_parents (KnUnitDialog *self,
              gint64        keep)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *units = kn_store_get_units (self->store);
  guint n = g_list_model_get_n_items (units);
  guint selected = 0;

  g_array_set_size (self->parent_ids, 0);
  gtk_string_list_append (labels, _("Nothing: this is an OPD (top level)"));
  g_array_append_vals (self->parent_ids, &(gint64){ 0 }, 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (units, i);
      gint64 id = kn_org_unit_get_id (unit);

      /* A unit cannot move under itself or anything below it. */
      if (self->unit_id != 0 && kn_store_unit_is_within (self->store, id, self->unit_id))
        continue;

      gtk_string_list_append (labels, kn_org_unit_get_path (unit));
      g_array_append_vals (self->parent_ids, &id, 1);
      if (id == keep)
        selected = self->parent_ids->len - 1;
    }

  kn_chooser_set_model (self->parent_chooser, G_LIST_MODEL (labels));
  kn_chooser_set_selected (self->parent_chooser, selected);
}

static void
on_name_changed_cb (GtkEditable  *editable,
                    KnUnitDialog *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  show_error (self, NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KnUnitDialog *self = KN_UNIT_DIALOG (widget);
  g_autoptr(KnOrgUnit) unit = NULL;
  g_autoptr(GError) error = NULL;
  guint selected = kn_chooser_get_selected (self->parent_chooser);
  gint64 parent_id = selected < self->parent_ids->len
                   ? g_array_index (self->parent_ids, gint64, selected) : 0;
  gboolean ok;

  unit = kn_org_unit_new (gtk_editable_get_text (GTK_EDITABLE (self->name_row)), parent_id);
  if (self->unit_id != 0)
    {
      kn_org_unit_set_id (unit, self->unit_id);
      ok = kn_store_update_unit (self->store, unit, &error);
    }
  else
    ok = kn_store_add_unit (self->store, unit, &error);

  if (!ok)
    {
      if (g_error_matches (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID) ||
          g_error_matches (error, KN_STORE_ERROR, KN_STORE_ERROR_DUPLICATE))
        gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      show_error (self, error->message);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
kn_unit_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KN_TYPE_UNIT_DIALOG);

  G_OBJECT_CLASS (kn_unit_dialog_parent_class)->dispose (object);
}

static void
kn_unit_dialog_finalize (GObject *object)
{
  KnUnitDialog *self = (KnUnitDialog *)object;

  g_clear_object (&self->store);
  g_clear_pointer (&self->parent_ids, g_array_unref);

  G_OBJECT_CLASS (kn_unit_dialog_parent_class)->finalize (object);
}

static void
kn_unit_dialog_class_init (KnUnitDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_unit_dialog_dispose;
  object_class->finalize = kn_unit_dialog_finalize;

  g_type_ensure (KN_TYPE_CHOOSER);
  kn_dialog_class_set_template (widget_class, "kn-unit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KnUnitDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, KnUnitDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, KnUnitDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, KnUnitDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, KnUnitDialog, parent_chooser);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);

  kn_dialog_class_add_save (widget_class, "dialog.save", save_action);
}

static void
kn_unit_dialog_init (KnUnitDialog *self)
{
  self->parent_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

KnUnitDialog *
kn_unit_dialog_new (KnStore *store,
                    gint64   unit_id,
                    gint64   default_parent_id)
{
  KnUnitDialog *self;
  KnOrgUnit *unit;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);

  self = g_object_new (KN_TYPE_UNIT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->unit_id = unit_id;

  unit = unit_id != 0 ? kn_store_lookup_unit (store, unit_id) : NULL;
  if (unit != NULL)
    {
      adw_window_title_set_title (self->window_title, _("Rename or Move Unit"));
      adw_window_title_set_subtitle (self->window_title, kn_org_unit_get_name (unit));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), kn_org_unit_get_name (unit));
      fill_parents (self, kn_org_unit_get_parent_id (unit));
    }
  else
    {
      self->unit_id = 0;
      adw_window_title_set_title (self->window_title, _("New Unit"));
      fill_parents (self, default_parent_id);
    }

  show_error (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return self;
}

GtkEditable *
kn_unit_dialog_get_name (KnUnitDialog *self)
{
  g_return_val_if_fail (KN_IS_UNIT_DIALOG (self), NULL);
  return GTK_EDITABLE (self->name_row);
}

gboolean
kn_unit_dialog_select_parent (KnUnitDialog *self,
                              gint64        parent_id)
{
  g_return_val_if_fail (KN_IS_UNIT_DIALOG (self), FALSE);
  return kn_chooser_select_id (self->parent_chooser, self->parent_ids, parent_id);
}

const char *
kn_unit_dialog_get_error (KnUnitDialog *self)
{
  g_return_val_if_fail (KN_IS_UNIT_DIALOG (self), NULL);
  return kn_dialog_get_error (self->error_revealer, self->error_label);
}
