/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What one desk remembers for itself, whatever database it works on: a key file in the user's
 * configuration folder (kinerja/desk.ini, readable by its owner only), so that the desks that
 * share a server each keep their own. Never installed. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The desk's value of @key, or NULL when it has none. */
char     *kn_desk_settings_dup_string (const char  *key);
/* Keeps @value (NULL: forgets @key) in the desk's file; FALSE with @error when it cannot be
 * written (nothing else changes then). */
gboolean  kn_desk_settings_set_string (const char  *key,
                                       const char  *value,
                                       GError     **error);
/* The desk's file: $XDG_CONFIG_HOME/kinerja/desk.ini. */
char     *kn_desk_settings_dup_path   (void);

G_END_DECLS
