/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Pegawai's unit tree: each unit's children, as the tree opens it. */

#define G_LOG_DOMAIN "kn-employees-page"

#include "config.h"

#include "kn-employees-page-private.h"

/* A unit opened once the top level is whole gets its children a few rows a frame (issue 13): the
 * tree opens each child too, and opening a province's Dinas Pendidikan made 326 rows at once,
 * ~40 ms, then ~110 ms laying out their cells in the next frame. */
#define FILL_ROWS 12

typedef struct
{
  GListStore *store;  /* owned: the children as the tree has them */
  GPtrArray  *kids;   /* owned: all of them */
  guint       next;
} UnitFill;

static void
unit_fill_free (gpointer data)
{
  UnitFill *fill = data;

  g_object_unref (fill->store);
  g_ptr_array_unref (fill->kids);
  g_free (fill);
}

/* Adds up to @n more children to the units opened (G_MAXUINT: all, their children's too); FALSE
 * once all are in. A child added may queue its own (the tree opens it). */
static gboolean
fill_units (KnEmployeesPage *self,
            guint            n)
{
  while (n > 0 && !g_queue_is_empty (&self->unit_fills))
    {
      UnitFill *fill = g_queue_peek_head (&self->unit_fills);
      guint from = fill->next, k = MIN (n, fill->kids->len - from);

      /* Closed again meanwhile: the tree let go of the children. */
      if (G_OBJECT (fill->store)->ref_count == 1)
        {
          unit_fill_free (g_queue_pop_head (&self->unit_fills));
          continue;
        }
      n -= k;
      fill->next += k;
      if (fill->next == fill->kids->len)
        g_queue_pop_head (&self->unit_fills);
      g_list_store_splice (fill->store, from, 0, fill->kids->pdata + from, k);
      if (fill->next == fill->kids->len)
        unit_fill_free (fill);
    }
  return !g_queue_is_empty (&self->unit_fills);
}

static gboolean
fill_units_cb (GtkWidget     *view,
               GdkFrameClock *clock,
               gpointer       data)
{
  KnEmployeesPage *self = data;

  if (fill_units (self, FILL_ROWS))
    return G_SOURCE_CONTINUE;
  self->fill_tick = 0;
  return G_SOURCE_REMOVE;
}

void
kn_employees_page_finish_unit_fills (KnEmployeesPage *self,
                   gboolean         drop)
{
  if (self->fill_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->units_view), self->fill_tick);
  self->fill_tick = 0;
  if (drop)
    {
      g_queue_clear_full (&self->unit_fills, unit_fill_free);
      return;
    }
  self->filling_all = TRUE;
  fill_units (self, G_MAXUINT);
  self->filling_all = FALSE;
}

GListModel *
kn_employees_page_create_unit_children (gpointer item,
                                        gpointer user_data)
{
  KnEmployeesPage *self = user_data;
  gint64 id = item != NULL ? kn_org_unit_get_id (item) : 0, top = 0;
  GPtrArray *kids = self->unit_children != NULL ? g_hash_table_lookup (self->unit_children, &id)
                                                : NULL;
  GPtrArray *tops = self->unit_children != NULL ? g_hash_table_lookup (self->unit_children, &top)
                                                : NULL;
  GListStore *children;
  UnitFill *fill;

  /* The top level is a list even when empty; a unit without children has none. */
  if (kids == NULL && item != NULL)
    return NULL;

  children = g_list_store_new (KN_TYPE_ORG_UNIT);
  if (kids == NULL)
    return G_LIST_MODEL (children);
  if (self->filling_all || self->unit_roots == NULL || tops == NULL ||
      g_list_model_get_n_items (G_LIST_MODEL (self->unit_roots)) < tops->len)
    {
      g_list_store_splice (children, 0, 0, kids->pdata, kids->len);
      return G_LIST_MODEL (children);
    }
  fill = g_new0 (UnitFill, 1);
  fill->store = g_object_ref (children);
  fill->kids = g_ptr_array_ref (kids);
  g_queue_push_tail (&self->unit_fills, fill);
  if (self->fill_tick == 0)
    self->fill_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->units_view), fill_units_cb,
                                                    self, NULL);
  return G_LIST_MODEL (children);
}
