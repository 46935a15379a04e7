/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Pegawai table's rows (kn-employee-rows.h). */

#define G_LOG_DOMAIN "kn-employees-page"

#include "config.h"

#include <gio/gio.h>

#include "kn-employee-rows.h"

G_DEFINE_FINAL_TYPE (KnEmployeeSlot, kn_employee_slot, G_TYPE_OBJECT)

static GParamSpec *slot_employee_pspec;

static void
kn_employee_slot_finalize (GObject *object)
{
  g_clear_object (&KN_EMPLOYEE_SLOT (object)->employee);
  G_OBJECT_CLASS (kn_employee_slot_parent_class)->finalize (object);
}

static void
kn_employee_slot_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  if (prop_id == 1)
    g_value_set_object (value, KN_EMPLOYEE_SLOT (object)->employee);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
kn_employee_slot_class_init (KnEmployeeSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kn_employee_slot_finalize;
  object_class->get_property = kn_employee_slot_get_property;
  slot_employee_pspec = g_param_spec_object ("employee", NULL, NULL, KN_TYPE_EMPLOYEE,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_property (object_class, 1, slot_employee_pspec);
}

static void
kn_employee_slot_init (KnEmployeeSlot *self)
{
}

void
kn_employee_slot_set_employee (KnEmployeeSlot *self,
                               KnEmployee     *employee)
{
  if (g_set_object (&self->employee, employee))
    g_object_notify_by_pspec (G_OBJECT (self), slot_employee_pspec);
}


static GType
kn_row_list_get_item_type (GListModel *model)
{
  return KN_ROW_LIST (model)->item_type;
}

static guint
kn_row_list_get_n_items (GListModel *model)
{
  return KN_ROW_LIST (model)->n_shown;
}

static gpointer
kn_row_list_get_item (GListModel *model,
                      guint       position)
{
  KnRowList *self = KN_ROW_LIST (model);

  return position < self->n_shown ? g_object_ref (g_ptr_array_index (self->items, position)) : NULL;
}

static void
kn_row_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kn_row_list_get_item_type;
  iface->get_n_items = kn_row_list_get_n_items;
  iface->get_item = kn_row_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (KnRowList, kn_row_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, kn_row_list_model_init))

static void
kn_row_list_finalize (GObject *object)
{
  g_ptr_array_unref (KN_ROW_LIST (object)->items);
  G_OBJECT_CLASS (kn_row_list_parent_class)->finalize (object);
}

static void
kn_row_list_class_init (KnRowListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kn_row_list_finalize;
}

static void
kn_row_list_init (KnRowList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

KnRowList *
kn_row_list_new (GType item_type)
{
  KnRowList *self = g_object_new (KN_TYPE_ROW_LIST, NULL);

  self->item_type = item_type;
  return self;
}

/* Shows the first @n_shown items (at most as many as it holds). */
void
kn_row_list_set_n_shown (KnRowList *self,
                         guint      n_shown)
{
  guint old = self->n_shown;

  n_shown = MIN (n_shown, self->items->len);
  if (n_shown == old)
    return;
  self->n_shown = n_shown;
  if (n_shown > old)
    g_list_model_items_changed (G_LIST_MODEL (self), old, 0, n_shown - old);
  else
    g_list_model_items_changed (G_LIST_MODEL (self), n_shown, old - n_shown, 0);
}

/* Holds and shows @items (refs, taken) instead. */
void
kn_row_list_take (KnRowList *self,
                  GPtrArray *items)
{
  guint old = self->n_shown;

  g_ptr_array_unref (self->items);
  self->items = items;
  self->n_shown = items->len;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old, items->len);
}
