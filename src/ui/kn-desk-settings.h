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
/* The unit last chosen under @key (a place) on the database @database (its path or server
 * location), or 0 when none was on it. */
gint64    kn_desk_settings_get_unit   (const char  *key,
                                       const char  *database);
/* Keeps @unit_id as the unit chosen under @key on @database (a desk that cannot write its file
 * only forgets it). */
void      kn_desk_settings_keep_unit  (const char  *key,
                                       const char  *database,
                                       gint64       unit_id);
/* The desk's file: $XDG_CONFIG_HOME/kinerja/desk.ini. */
char     *kn_desk_settings_dup_path   (void);

G_END_DECLS
