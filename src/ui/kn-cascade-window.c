/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Matriks Peran Hasil of a unit: the RHK tree from the head down, with what is missing. */

#define G_LOG_DOMAIN "kn-cascade-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-cascade-window.h"
#include "kn-dialog.h"

struct _KnCascadeWindow
{
  AdwWindow           parent_instance;

  KnStore            *store;        /* owned */
  guint               year;
  GArray             *unit_ids;     /* owned: gint64 per unit_dropdown item */
  KnCascadeCounts     counts;
  GtkTreeListModel   *tree;         /* owned, nullable */

  AdwWindowTitle     *window_title;
  GtkDropDown        *unit_dropdown;
  GtkLabel           *summary_label;
  GtkListView        *tree_view;
};

G_DEFINE_FINAL_TYPE (KnCascadeWindow, kn_cascade_window, ADW_TYPE_WINDOW)

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  GListModel *children = kn_cascade_node_get_children (item);

  if (g_list_model_get_n_items (children) == 0)
    return NULL;
  return g_object_ref (children);
}

static void
show_unit (KnCascadeWindow *self,
           gint64           unit_id)
{
  g_autoptr(GString) summary = g_string_new (NULL);
  GtkSingleSelection *selection;
  GListModel *roots;

  roots = kn_cascade_build (self->store, unit_id, self->year, &self->counts);
  g_clear_object (&self->tree);
  self->tree = gtk_tree_list_model_new (roots, FALSE, TRUE, create_children_cb, NULL, NULL);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_list_view_set_model (self->tree_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  g_string_append_printf (summary,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u of %u employee has an SKP for %u, with %u RHK.",
                                       "%u of %u employees have an SKP for %u, with %u RHK.",
                                       self->counts.n_employees),
                          self->counts.n_with_plan, self->counts.n_employees, self->year,
                          self->counts.n_results);
  if (self->counts.n_unlinked + self->counts.n_unsupported + self->counts.n_without_plan == 0)
    g_string_append_printf (summary, " %s", _("The cascade is complete."));
  else
    {
      g_string_append_c (summary, ' ');
      g_string_append_printf (summary,
                              _("To look at: %u staff RHK that support nothing, %u superior RHK that nobody supports, %u employees without an SKP."),
                              self->counts.n_unlinked, self->counts.n_unsupported,
                              self->counts.n_without_plan);
    }
  gtk_label_set_text (self->summary_label, summary->str);
}

static void
on_unit_changed_cb (GtkDropDown     *dropdown,
                    GParamSpec      *pspec,
                    KnCascadeWindow *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected >= self->unit_ids->len)
    return;

  show_unit (self, g_array_index (self->unit_ids, gint64, selected));
}

static void
kn_cascade_window_dispose (GObject *object)
{
  KnCascadeWindow *self = (KnCascadeWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KN_TYPE_CASCADE_WINDOW);
  g_clear_object (&self->tree);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kn_cascade_window_parent_class)->dispose (object);
}

static void
kn_cascade_window_finalize (GObject *object)
{
  KnCascadeWindow *self = (KnCascadeWindow *)object;

  g_clear_pointer (&self->unit_ids, g_array_unref);

  G_OBJECT_CLASS (kn_cascade_window_parent_class)->finalize (object);
}

static void
kn_cascade_window_class_init (KnCascadeWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_cascade_window_dispose;
  object_class->finalize = kn_cascade_window_finalize;

  g_type_ensure (KN_TYPE_CASCADE_NODE);

  kn_dialog_class_set_template (widget_class, "kn-cascade-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KnCascadeWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KnCascadeWindow, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KnCascadeWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KnCascadeWindow, tree_view);
}

static void
kn_cascade_window_init (KnCascadeWindow *self)
{
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

KnCascadeWindow *
kn_cascade_window_new (KnStore *store,
                       gint64   unit_id,
                       guint    year)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *subtitle = NULL;
  KnCascadeWindow *self;
  GListModel *units;
  guint selected = 0;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);

  self = g_object_new (KN_TYPE_CASCADE_WINDOW, NULL);
  self->store = g_object_ref (store);
  self->year = year;

  subtitle = g_strdup_printf (_("Matriks Peran Hasil %u"), year);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  units = kn_store_get_units (store);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (units, i);
      gint64 id = kn_org_unit_get_id (unit);

      gtk_string_list_append (labels, kn_org_unit_get_path (unit));
      g_array_append_val (self->unit_ids, id);
      if (id == unit_id)
        selected = i;
    }

  gtk_drop_down_set_model (self->unit_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->unit_dropdown, selected);
  /* Connected once filled: showing the first unit is not choosing it. */
  g_signal_connect (self->unit_dropdown, "notify::selected", G_CALLBACK (on_unit_changed_cb), self);

  if (self->unit_ids->len > 0)
    show_unit (self, g_array_index (self->unit_ids, gint64, selected));

  return self;
}

KnCascadeCounts
kn_cascade_window_get_counts (KnCascadeWindow *self)
{
  KnCascadeCounts none = { 0, };

  g_return_val_if_fail (KN_IS_CASCADE_WINDOW (self), none);
  return self->counts;
}

GListModel *
kn_cascade_window_get_rows (KnCascadeWindow *self)
{
  g_return_val_if_fail (KN_IS_CASCADE_WINDOW (self), NULL);
  return self->tree != NULL ? G_LIST_MODEL (self->tree) : NULL;
}
