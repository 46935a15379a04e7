/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A place that follows its store: it reads what it shows again when the store says something
 * changed, whoever changed it (another place, a dialog, another program). */

#pragma once

#include <gtk/gtk.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

/* A page's own refresh function fits (cast to KnStoreFollowFunc). */
typedef void (*KnStoreFollowFunc) (gpointer page);

/* Calls @refresh (@page) once after each burst of the store's "changed" signals (coalesced in
 * an idle), while @page is mapped; a page not on screen refreshes when it is next mapped.
 * Changes whose origin is @own_origin (nullable: none), made by the page itself, which has
 * shown them already, are left out. Replaces an earlier follow of the same page; @store NULL
 * stops. */
void kn_store_follow (GtkWidget         *page,
                      KnStore           *store,
                      const char        *own_origin,
                      KnStoreFollowFunc  refresh);

G_END_DECLS
