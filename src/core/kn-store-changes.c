/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's change notification: what each commit changed, who changed it, and noticing the
 * commits of another program. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <string.h>

#include "kinerja/kn-store.h"

#include "kn-store-private.h"

G_DEFINE_BOXED_TYPE (KnStoreChanges, kn_store_changes, kn_store_changes_copy, kn_store_changes_free)

static void
clear_change (gpointer data)
{
  KnStoreChange *change = data;

  g_clear_pointer (&change->entity, g_free);
}

static GArray *
new_change_array (void)
{
  GArray *items = g_array_new (FALSE, FALSE, sizeof (KnStoreChange));

  g_array_set_clear_func (items, clear_change);
  return items;
}

static KnStoreChanges *
changes_new (gboolean    external,
             const char *origin)
{
  KnStoreChanges *changes = g_new0 (KnStoreChanges, 1);

  changes->external = external;
  changes->origin = g_strdup (origin);
  changes->items = new_change_array ();
  return changes;
}

static guint
change_hash (gconstpointer data)
{
  const KnStoreChange *change = data;

  return g_str_hash (change->entity) ^ g_int64_hash (&change->id);
}

static gboolean
change_equal (gconstpointer a,
              gconstpointer b)
{
  const KnStoreChange *x = a;
  const KnStoreChange *y = b;

  return x->id == y->id && strcmp (x->entity, y->entity) == 0;
}

static void
append_change (GArray     *items,
               const char *entity,
               gint64      id)
{
  KnStoreChange change = { g_strdup (entity), id };

  g_array_append_val (items, change);
}

static gboolean
emit_committed_cb (gpointer data)
{
  KnStore *self = data;
  KnStoreChanges *changes;

  self->emit_source = 0;
  g_object_ref (self);
  while ((changes = g_queue_pop_head (&self->committed)) != NULL)
    {
      kn_store_emit_changed (self, changes);
      kn_store_changes_free (changes);
    }
  g_object_unref (self);

  return G_SOURCE_REMOVE;
}

/* Private API */

void
kn_store_changes_init (KnStore *self)
{
  self->pending = new_change_array ();
  self->marks = g_array_new (FALSE, FALSE, sizeof (guint));
  g_queue_init (&self->committed);
  self->context = g_main_context_ref_thread_default ();
}

void
kn_store_changes_finalize (KnStore *self)
{
  if (self->emit_source != 0)
    {
      GSource *source = g_main_context_find_source_by_id (self->context, self->emit_source);

      if (source != NULL)
        g_source_destroy (source);
      self->emit_source = 0;
    }
  g_queue_clear_full (&self->committed, (GDestroyNotify)kn_store_changes_free);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_pointer (&self->origin, g_free);
}

void
kn_store_note_change (KnStore    *self,
                      const char *entity,
                      gint64      id)
{
  KnStoreChange *last = self->pending->len > 0
                      ? &g_array_index (self->pending, KnStoreChange, self->pending->len - 1)
                      : NULL;

  g_assert (entity != NULL);

  /* A write audits each changed field: the object is noted once. */
  if (last == NULL || last->id != id || strcmp (last->entity, entity) != 0)
    append_change (self->pending, entity, id);

  /* Outside a transaction the statement has committed by itself. */
  if (self->depth == 0)
    kn_store_changes_committed (self);
}

void
kn_store_changes_begin (KnStore *self)
{
  g_array_set_size (self->pending, 0);
  g_array_set_size (self->marks, 0);
}

void
kn_store_changes_savepoint (KnStore *self)
{
  g_array_append_val (self->marks, self->pending->len);
}

void
kn_store_changes_release (KnStore *self)
{
  if (self->marks->len > 0)
    g_array_set_size (self->marks, self->marks->len - 1);
}

void
kn_store_changes_rollback_to (KnStore *self)
{
  guint mark;

  if (self->marks->len == 0)
    return;

  mark = g_array_index (self->marks, guint, self->marks->len - 1);
  g_array_set_size (self->marks, self->marks->len - 1);
  if (mark < self->pending->len)
    g_array_set_size (self->pending, mark);
}

void
kn_store_changes_rolled_back (KnStore *self)
{
  kn_store_changes_begin (self);
}

/* The transaction's changes become one "changed", emitted from the main loop once the caller
 * has brought the live models up to date. Nothing is kept when nobody listens. */
void
kn_store_changes_committed (KnStore *self)
{
  KnStoreChanges *changes;

  if (self->pending->len == 0)
    return;

  if (!g_signal_has_handler_pending (self, g_signal_lookup ("changed", KN_TYPE_STORE), 0, TRUE))
    {
      kn_store_changes_begin (self);
      return;
    }

  changes = changes_new (FALSE, self->origin);
  {
    /* Each object once, in the order first changed (a bulk write notes thousands). */
    g_autoptr(GHashTable) seen = g_hash_table_new (change_hash, change_equal);

    for (guint i = 0; i < self->pending->len; i++)
      {
        KnStoreChange *change = &g_array_index (self->pending, KnStoreChange, i);

        if (g_hash_table_add (seen, change))
          append_change (changes->items, change->entity, change->id);
      }
  }
  kn_store_changes_begin (self);

  g_queue_push_tail (&self->committed, changes);
  if (self->emit_source == 0)
    {
      GSource *source = g_idle_source_new ();

      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_set_callback (source, emit_committed_cb, self, NULL);
      g_source_set_static_name (source, "[kinerja] store changed");
      self->emit_source = g_source_attach (source, self->context);
      g_source_unref (source);
    }
}

/* Public API */

KnStoreChanges *
kn_store_changes_copy (const KnStoreChanges *changes)
{
  KnStoreChanges *copy;

  g_return_val_if_fail (changes != NULL, NULL);

  copy = changes_new (changes->external, changes->origin);
  for (guint i = 0; i < changes->items->len; i++)
    {
      KnStoreChange *change = &g_array_index (changes->items, KnStoreChange, i);

      append_change (copy->items, change->entity, change->id);
    }
  return copy;
}

void
kn_store_changes_free (KnStoreChanges *changes)
{
  if (changes == NULL)
    return;

  g_array_unref (changes->items);
  g_free (changes->origin);
  g_free (changes);
}

gboolean
kn_store_changes_is_external (const KnStoreChanges *changes)
{
  g_return_val_if_fail (changes != NULL, FALSE);
  return changes->external;
}

const char *
kn_store_changes_get_origin (const KnStoreChanges *changes)
{
  g_return_val_if_fail (changes != NULL, NULL);
  return changes->origin;
}

guint
kn_store_changes_get_n_items (const KnStoreChanges *changes)
{
  g_return_val_if_fail (changes != NULL, 0);
  return changes->items->len;
}

void
kn_store_changes_get_item (const KnStoreChanges  *changes,
                           guint                  index,
                           const char           **entity,
                           gint64                *id)
{
  KnStoreChange *change;

  g_return_if_fail (changes != NULL);
  g_return_if_fail (index < changes->items->len);

  change = &g_array_index (changes->items, KnStoreChange, index);
  if (entity != NULL)
    *entity = change->entity;
  if (id != NULL)
    *id = change->id;
}

gboolean
kn_store_changes_touches (const KnStoreChanges *changes,
                          const char           *entity)
{
  g_return_val_if_fail (changes != NULL, FALSE);
  g_return_val_if_fail (entity != NULL, FALSE);

  if (changes->external)
    return TRUE;

  for (guint i = 0; i < changes->items->len; i++)
    if (strcmp (g_array_index (changes->items, KnStoreChange, i).entity, entity) == 0)
      return TRUE;
  return FALSE;
}

void
kn_store_set_origin (KnStore    *self,
                     const char *origin)
{
  g_return_if_fail (KN_IS_STORE (self));

  g_free (self->origin);
  self->origin = g_strdup (origin);
}

gboolean
kn_store_check_for_changes (KnStore *self)
{
  g_autoptr(GError) error = NULL;
  gint64 version;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  if (self->depth > 0)
    return FALSE;

  version = kn_db_data_version (self->db);
  if (version == self->data_version)
    return FALSE;
  self->data_version = version;

  /* Another desk may have changed what this login may do too (kn_store_login_may). */
  kn_store_read_login_again (self);
  if (!kn_store_reload (self, &error))
    g_warning ("Reading the database again after another program changed it failed: %s",
               error->message);

  {
    g_autoptr(KnStoreChanges) changes = changes_new (TRUE, NULL);

    kn_store_emit_changed (self, changes);
  }
  return TRUE;
}
