/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Sambungkan ke Server…": host, port, database, user and password of a PostgreSQL server, tried
 * off the main thread; the password in the GNOME keyring, the rest remembered for next time. */

#pragma once

#include <adwaita.h>

#include "kinerja/kinerja.h"
#include "kinerja/kn-server-location.h"

G_BEGIN_DECLS

#define KN_TYPE_CONNECT_DIALOG (kn_connect_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KnConnectDialog, kn_connect_dialog, KN, CONNECT_DIALOG, AdwWindow)

/* A dialog filled with the server remembered from last time, if any. It emits "connected" with
 * the open store once a connection succeeded, then closes. */
KnConnectDialog  *kn_connect_dialog_new               (GtkWindow       *parent);
/* Offers "Gunakan Berkas Lokal" (app.use-local-file): while the window works on a server. */
void              kn_connect_dialog_set_local_offered (KnConnectDialog *self,
                                                       gboolean         offered);
/* TRUE when a Secret Service answered: the password can be kept in the keyring. */
gboolean          kn_connect_dialog_get_keyring_available (KnConnectDialog *self);

/* The server remembered from the last successful connection (no password), or NULL.
 * @at_start: TRUE when Kinerja was last working on it (not back on the file). */
KnServerLocation *kn_connect_dialog_remembered_server (gboolean        *at_start);
/* Remembers whether the next start should offer the server first. */
void              kn_connect_dialog_set_start_on_server (gboolean       on_server);

/* Connects to the remembered server @location in the background, with the password the keyring
 * keeps for it (when a Secret Service runs) or none (~/.pgpass, peer authentication). */
void              kn_connect_dialog_reconnect_async  (const KnServerLocation *location,
                                                      GCancellable           *cancellable,
                                                      GAsyncReadyCallback     callback,
                                                      gpointer                user_data);
/* The open store, or NULL with the error of kn_store_open_with_mode (kn_server_problem_describe
 * says it in plain words). */
KnStore          *kn_connect_dialog_reconnect_finish (GAsyncResult           *result,
                                                      GError                **error);

G_END_DECLS
