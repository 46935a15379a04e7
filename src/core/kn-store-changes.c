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

/* Another desk's commits, looked for by themselves (kn_store_watch_for_changes). */

/* A file: PRAGMA data_version is a cheap look, taken every two seconds. */
#define WATCH_FILE_INTERVAL_MS 2000
/* A server's connection was lost: connecting again is tried after 15 s, then twice as long
 * after each failure up to 5 min. Whether the server answers is found first on a second
 * connection made step by step from the main loop (a probe), which never blocks it: only a
 * server that answered is connected to again, which then takes a moment. A probe that has not
 * finished after 20 s counts as failed. */
#define WATCH_RETRY_INTERVAL_MS 15000
#define WATCH_RETRY_LONGEST_MS 300000
#define WATCH_PROBE_LONGEST_MS 20000
/* A transaction is open: looked at again this soon after. */
#define WATCH_BUSY_INTERVAL_MS 250

typedef struct
{
  GSource   source;
  KnStore  *store;    /* unowned: the store destroys the source before it goes */
  gboolean  server;   /* the server tells of commits; a file is looked at now and then */
  int       fd;       /* the connection watched, -1 none */
  gpointer  tag;      /* of fd */
  gboolean  waiting;  /* for a ready time (a retry, a transaction's end) only */
  guint     users;    /* who asked (two windows of one store), each undoing it once */
  int       retry_ms; /* the wait before the next try to connect again */
  KnDbProbe *probe;   /* owned, nullable: whether the server answers again, being found */
  int       probe_fd;
  gpointer  probe_tag; /* of probe_fd */
  gint64    probe_end; /* monotonic time the probe counts as failed */
} WatchSource;

static gboolean take_changes (KnStore *self,
                              gint64   version);
static void     queue_changes (KnStore        *self,
                               KnStoreChanges *changes);

static void
watch_after (WatchSource *watch,
             int          milliseconds)
{
  g_source_set_ready_time (&watch->source,
                           g_get_monotonic_time () + milliseconds * G_TIME_SPAN_MILLISECOND);
}

/* Watches @fd (-1: nothing) instead of what was watched. */
static void
watch_arm (WatchSource *watch,
           int          fd)
{
  if (watch->tag != NULL && fd == watch->fd)
    return;
  if (watch->tag != NULL)
    g_source_remove_unix_fd (&watch->source, watch->tag);
  watch->tag = NULL;
  watch->fd = fd;
  if (fd >= 0)
    watch->tag = g_source_add_unix_fd (&watch->source, fd, G_IO_IN | G_IO_HUP | G_IO_ERR);
}

static void
probe_stop (WatchSource *watch)
{
  if (watch->probe_tag != NULL)
    g_source_remove_unix_fd (&watch->source, watch->probe_tag);
  watch->probe_tag = NULL;
  watch->probe_fd = -1;
  g_clear_pointer (&watch->probe, kn_db_probe_free);
}

/* Waits for the probe's descriptor as its last step asked, or for its end. */
static void
probe_wait (WatchSource    *watch,
            KnDbProbeState  state,
            int             fd)
{
  GIOCondition condition = (state == KN_DB_PROBE_WRITE ? G_IO_OUT : G_IO_IN) | G_IO_HUP | G_IO_ERR;

  if (watch->probe_tag != NULL && fd == watch->probe_fd)
    g_source_modify_unix_fd (&watch->source, watch->probe_tag, condition);
  else
    {
      if (watch->probe_tag != NULL)
        g_source_remove_unix_fd (&watch->source, watch->probe_tag);
      watch->probe_fd = fd;
      watch->probe_tag = g_source_add_unix_fd (&watch->source, fd, condition);
    }
  g_source_set_ready_time (&watch->source, watch->probe_end);
}

/* The connection is lost, and the retry is due: a probe is started, or taken a step further.
 * TRUE when the server answered (connecting again will not wait for it). */
static gboolean
probe_step (WatchSource *watch,
            KnStore     *self)
{
  KnDbProbeState state = KN_DB_PROBE_WRITE;
  int fd = -1;

  if (watch->probe == NULL)
    {
      watch->probe = kn_db_probe_start (self->db, &fd);
      /* No way to probe: connecting again tells, as it did before probes. */
      if (watch->probe == NULL)
        return TRUE;
      watch->probe_end = g_get_monotonic_time () + WATCH_PROBE_LONGEST_MS * G_TIME_SPAN_MILLISECOND;
    }
  else if (g_get_monotonic_time () >= watch->probe_end)
    state = KN_DB_PROBE_FAILED;
  else
    state = kn_db_probe_poll (watch->probe, &fd);

  if ((state == KN_DB_PROBE_READ || state == KN_DB_PROBE_WRITE) && fd < 0)
    state = KN_DB_PROBE_FAILED;
  switch (state)
    {
    case KN_DB_PROBE_READ:
    case KN_DB_PROBE_WRITE:
      probe_wait (watch, state, fd);
      return FALSE;
    case KN_DB_PROBE_ANSWERED:
      probe_stop (watch);
      return TRUE;
    case KN_DB_PROBE_FAILED:
    default:
      probe_stop (watch);
      g_debug ("the database server does not answer yet; trying again in %d s",
               MIN (watch->retry_ms * 2, WATCH_RETRY_LONGEST_MS) / 1000);
      watch->retry_ms = MIN (watch->retry_ms * 2, WATCH_RETRY_LONGEST_MS);
      watch->waiting = TRUE;
      watch_after (watch, watch->retry_ms);
      return FALSE;
    }
}

static gboolean
watch_prepare (GSource *source,
               int     *timeout)
{
  WatchSource *watch = (WatchSource *)source;
  KnDb *db = watch->store->db;

  *timeout = -1;
  /* The desk's own next action connected again (during the wait or a probe): the new
   * connection is watched at once, not at the next try. */
  if (watch->server && watch->fd < 0 && watch->store->depth == 0 && kn_db_watch_fd (db) >= 0)
    return TRUE;
  if (!watch->server || watch->waiting || watch->probe != NULL)
    return FALSE;
  /* The store connected again (a new socket) or read a notification with the results of its
   * own statements (libpq keeps it; the socket has nothing more to say): both cost no I/O. */
  return kn_db_watch_fd (db) != watch->fd ||
         kn_db_arrived_version (db, FALSE) != watch->store->data_version;
}

static gboolean
watch_dispatch (GSource     *source,
                GSourceFunc  callback,
                gpointer     user_data)
{
  WatchSource *watch = (WatchSource *)source;
  g_autoptr(KnStore) self = g_object_ref (watch->store);
  GIOCondition got = watch->tag != NULL ? g_source_query_unix_fd (source, watch->tag) : 0;
  gboolean was_watching = watch->fd >= 0;
  gboolean lost;
  int fd;

  g_source_set_ready_time (source, -1);
  watch->waiting = FALSE;

  if (!watch->server)
    {
      kn_store_check_for_changes (self);
      watch_after (watch, WATCH_FILE_INTERVAL_MS);
      return G_SOURCE_CONTINUE;
    }

  fd = kn_db_watch_fd (self->db);
  if (fd != watch->fd)
    got = 0;  /* the store connected again meanwhile: what the old socket said is past */
  else if (got & G_IO_IN)
    {
      /* What arrived is read, so that the socket is quiet again; reading may find it closed. */
      kn_db_arrived_version (self->db, TRUE);
      fd = kn_db_watch_fd (self->db);
    }
  /* A dead socket is readable forever: it is not watched again until the retry. */
  lost = (got & (G_IO_HUP | G_IO_ERR | G_IO_NVAL)) != 0;
  watch_arm (watch, lost ? -1 : fd);

  if (self->depth > 0 || self->expecting > 0)
    {
      probe_stop (watch);
      watch->waiting = TRUE;
      watch_after (watch, lost || fd < 0 ? watch->retry_ms : WATCH_BUSY_INTERVAL_MS);
      return G_SOURCE_CONTINUE;
    }
  if (!lost && fd >= 0 && was_watching)
    {
      take_changes (self, kn_db_arrived_version (self->db, FALSE));
      return G_SOURCE_CONTINUE;
    }
  if (was_watching)
    {
      /* Just lost: the next action connects again, or the retry. */
      g_debug ("the database server's connection failed; trying again in %d s",
               watch->retry_ms / 1000);
      watch->waiting = TRUE;
      watch_after (watch, watch->retry_ms);
      return G_SOURCE_CONTINUE;
    }

  /* The retry: once the server answers a probe, a round trip, which connects again (what was
   * committed meanwhile then counts as a change). Meanwhile the desk's own next action may have
   * connected again already. */
  if (kn_db_watch_fd (self->db) < 0 && !probe_step (watch, self))
    return G_SOURCE_CONTINUE;
  probe_stop (watch);
  kn_store_check_for_changes (self);
  fd = kn_db_watch_fd (self->db);
  watch_arm (watch, fd);
  if (fd >= 0)
    watch->retry_ms = WATCH_RETRY_INTERVAL_MS;
  else
    {
      watch->retry_ms = MIN (watch->retry_ms * 2, WATCH_RETRY_LONGEST_MS);
      watch->waiting = TRUE;
      watch_after (watch, watch->retry_ms);
    }
  return G_SOURCE_CONTINUE;
}

static void
watch_finalize (GSource *source)
{
  WatchSource *watch = (WatchSource *)source;

  g_clear_pointer (&watch->probe, kn_db_probe_free);
}

static GSourceFuncs watch_funcs = {
  .prepare = watch_prepare,
  .dispatch = watch_dispatch,
  .finalize = watch_finalize,
};

/* The records of people's work: what the store keeps in memory (units, people, the login) and
 * what a final evaluation keeps of a person are not read from them. */
static gboolean
is_record (const char *entity)
{
  static const char * const records[] = {
    "evaluation", "indicator", "plan", "plan_result", "training", "feedback",
  };

  for (guint i = 0; i < G_N_ELEMENTS (records); i++)
    if (strcmp (entity, records[i]) == 0)
      return TRUE;
  return FALSE;
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
  if (self->watch != NULL)
    g_source_destroy (self->watch);
  g_clear_pointer (&self->watch, g_source_unref);
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

  /* What a final evaluation keeps of a person is read again after a person, their history or
   * a unit changed (anything but the records below, which it does not read). */
  if (self->people_at != NULL && g_hash_table_size (self->people_at) > 0 &&
      !is_record (entity))
    kn_store_forget_reads (self);

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
  kn_store_forget_reads (self);
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

  kn_store_forget_reads (self);

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
  queue_changes (self, changes);
}

/* Emits @changes (taken) from the main loop, after those queued before. */
static void
queue_changes (KnStore        *self,
               KnStoreChanges *changes)
{
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

/* When the engine's @version is news, reads everything again and says so (external). */
static gboolean
take_changes (KnStore *self,
              gint64   version)
{
  g_autoptr(GError) error = NULL;

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

gboolean
kn_store_take_commit (KnStore              *self,
                      const KnStoreChanges *changes)
{
  KnStoreChanges *own;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (changes != NULL, FALSE);

  if (self->expecting > 0)
    self->expecting--;
  if (self->depth > 0)
    return FALSE;
  for (guint i = 0; i < changes->items->len && !changes->external; i++)
    if (!is_record (g_array_index (changes->items, KnStoreChange, i).entity))
      return kn_store_check_for_changes (self);
  if (changes->external || changes->items->len == 0)
    return kn_store_check_for_changes (self);

  /* The commit is news to the engine's version only: nothing kept in memory is read again. */
  self->data_version = kn_db_data_version (self->db);
  if (!g_signal_has_handler_pending (self, g_signal_lookup ("changed", KN_TYPE_STORE), 0, TRUE))
    return TRUE;
  own = kn_store_changes_copy (changes);
  own->external = FALSE;
  queue_changes (self, own);
  return TRUE;
}

void
kn_store_expect_commit (KnStore  *self,
                        gboolean  expect)
{
  g_return_if_fail (KN_IS_STORE (self));

  if (!expect)
    {
      if (self->expecting > 0)
        self->expecting--;
      return;
    }
  /* What was committed elsewhere until now is another program's. */
  kn_store_check_for_changes (self);
  self->expecting++;
}

gboolean
kn_store_check_for_changes (KnStore *self)
{
  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  if (self->depth > 0 || self->expecting > 0)
    return FALSE;
  return take_changes (self, kn_db_data_version (self->db));
}

void
kn_store_watch_for_changes (KnStore  *self,
                            gboolean  watch)
{
  WatchSource *source;

  g_return_if_fail (KN_IS_STORE (self));

  source = (WatchSource *)self->watch;
  if (!watch)
    {
      if (source != NULL && --source->users == 0)
        {
          g_source_destroy (self->watch);
          g_clear_pointer (&self->watch, g_source_unref);
        }
      return;
    }
  if (source != NULL)
    {
      source->users++;
      return;
    }

  self->watch = g_source_new (&watch_funcs, sizeof (WatchSource));
  source = (WatchSource *)self->watch;
  source->store = self;
  source->users = 1;
  source->fd = -1;
  source->probe_fd = -1;
  source->retry_ms = WATCH_RETRY_INTERVAL_MS;
  source->server = kn_db_is_server_uri (self->path);
  g_source_set_static_name (self->watch, "[kinerja] other desks' changes");
  if (source->server)
    watch_arm (source, kn_db_watch_fd (self->db));
  if (!source->server || source->fd < 0)
    {
      source->waiting = TRUE;
      watch_after (source, source->server ? WATCH_RETRY_INTERVAL_MS : WATCH_FILE_INTERVAL_MS);
    }
  g_source_attach (self->watch, self->context);
}
