/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A desk's own settings, in a key file beside server.ini: what the office's database (on a
 * server, shared by every desk) must not hold for everyone. */

#define G_LOG_DOMAIN "kn-desk-settings"

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kn-desk-settings.h"

#define DESK_GROUP "Desk"

char *
kn_desk_settings_dup_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "kinerja", "desk.ini", NULL);
}

static GKeyFile *
load (const char *path)
{
  GKeyFile *settings = g_key_file_new ();

  /* A missing or unreadable file is a desk that remembers nothing yet. */
  g_key_file_load_from_file (settings, path, G_KEY_FILE_KEEP_COMMENTS, NULL);
  return settings;
}

char *
kn_desk_settings_dup_string (const char *key)
{
  g_autofree char *path = kn_desk_settings_dup_path ();
  g_autoptr(GKeyFile) settings = load (path);

  g_return_val_if_fail (key != NULL, NULL);

  return g_key_file_get_string (settings, DESK_GROUP, key, NULL);
}

gboolean
kn_desk_settings_set_string (const char  *key,
                             const char  *value,
                             GError     **error)
{
  g_autofree char *path = kn_desk_settings_dup_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GKeyFile) settings = load (path);
  g_autofree char *data = NULL;

  g_return_val_if_fail (key != NULL, FALSE);

  if (value != NULL)
    g_key_file_set_string (settings, DESK_GROUP, key, value);
  else
    g_key_file_remove_key (settings, DESK_GROUP, key, NULL);
  data = g_key_file_to_data (settings, NULL, NULL);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("The folder “%s” for this computer’s settings could not be created: %s."),
                   folder, g_strerror (saved));
      return FALSE;
    }
  /* It may hold the names of folders with people's documents: its owner's only. */
  return g_file_set_contents_full (path, data, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

gint64
kn_desk_settings_get_unit (const char *key,
                           const char *database)
{
  g_autofree char *value = NULL;
  g_autofree char *digest = NULL;
  char *end = NULL;
  gint64 id;

  g_return_val_if_fail (key != NULL, 0);

  value = kn_desk_settings_dup_string (key);
  if (value == NULL || database == NULL)
    return 0;
  /* The database by a digest of its location: a server's may name its user and host. */
  digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, database, -1);
  id = g_ascii_strtoll (value, &end, 10);
  if (end == value || *end != ' ' || g_strcmp0 (end + 1, digest) != 0 || id <= 0)
    return 0;
  return id;
}

void
kn_desk_settings_keep_unit (const char *key,
                            const char *database,
                            gint64      unit_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  g_autofree char *digest = NULL;

  g_return_if_fail (key != NULL);

  if (database == NULL || unit_id <= 0 || kn_desk_settings_get_unit (key, database) == unit_id)
    return;
  digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, database, -1);
  value = g_strdup_printf ("%" G_GINT64_FORMAT " %s", unit_id, digest);
  if (!kn_desk_settings_set_string (key, value, &error))
    g_debug ("The unit chosen is not kept: %s", error->message);
}
