/* SPDX-License-Identifier: GPL-3.0-or-later */
/* See kn-store-follow.h. */

#define G_LOG_DOMAIN "kn-store-follow"

#include "config.h"

#include "kn-store-follow.h"

typedef struct
{
  GtkWidget         *page;        /* unowned: the follow lives as long as the page */
  KnStore           *store;       /* owned */
  char              *own_origin;  /* owned, nullable */
  KnStoreFollowFunc  refresh;
  gulong             changed_id;
  guint              idle_id;
  gboolean           stale;       /* a change came while the page was not on screen */
} Follow;

#define FOLLOW_KEY "kn-store-follow"

static void
follow_free (gpointer data)
{
  Follow *follow = data;

  g_clear_handle_id (&follow->idle_id, g_source_remove);
  g_clear_signal_handler (&follow->changed_id, follow->store);
  g_clear_object (&follow->store);
  g_free (follow->own_origin);
  g_free (follow);
}

static gboolean
refresh_cb (gpointer data)
{
  Follow *follow = data;

  follow->idle_id = 0;
  if (!gtk_widget_get_mapped (follow->page))
    {
      follow->stale = TRUE;
      return G_SOURCE_REMOVE;
    }
  follow->stale = FALSE;
  follow->refresh (follow->page);
  return G_SOURCE_REMOVE;
}

static void
on_changed_cb (KnStore        *store,
               KnStoreChanges *changes,
               Follow         *follow)
{
  if (follow->own_origin != NULL &&
      g_strcmp0 (kn_store_changes_get_origin (changes), follow->own_origin) == 0)
    return;

  if (!gtk_widget_get_mapped (follow->page))
    follow->stale = TRUE;
  else if (follow->idle_id == 0)
    follow->idle_id = g_idle_add (refresh_cb, follow);
}

static void
on_map_cb (GtkWidget *page,
           gpointer   user_data)
{
  Follow *follow = g_object_get_data (G_OBJECT (page), FOLLOW_KEY);

  if (follow != NULL && follow->stale && follow->idle_id == 0)
    follow->idle_id = g_idle_add (refresh_cb, follow);
}

void
kn_store_follow (GtkWidget         *page,
                 KnStore           *store,
                 const char        *own_origin,
                 KnStoreFollowFunc  refresh)
{
  Follow *follow;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (store == NULL || KN_IS_STORE (store));

  g_object_set_data (G_OBJECT (page), FOLLOW_KEY, NULL);
  if (store == NULL)
    return;

  follow = g_new0 (Follow, 1);
  follow->page = page;
  follow->store = g_object_ref (store);
  follow->own_origin = g_strdup (own_origin);
  follow->refresh = refresh;
  follow->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_changed_cb), follow);
  if (g_object_get_data (G_OBJECT (page), FOLLOW_KEY "-map") == NULL)
    {
      g_signal_connect (page, "map", G_CALLBACK (on_map_cb), NULL);
      g_object_set_data (G_OBJECT (page), FOLLOW_KEY "-map", GINT_TO_POINTER (TRUE));
    }
  g_object_set_data_full (G_OBJECT (page), FOLLOW_KEY, follow, follow_free);
}
