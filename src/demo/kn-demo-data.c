/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading the demo's data files (src/demo/data, compiled into the library as resources): the
 * names, positions, RHK and IKI wording, feedback and activities the generator draws from. */

#define G_LOG_DOMAIN "kn-demo"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib.h>
#include <glib-object.h>

#include "kn-demo-private.h"
#include "kn-demo-resources.h"

#define DATA_PATH "/id/go/lampungprov/Kinerja/demo/"

/* The files are part of the program: one that cannot be read is a broken build, not bad input. */
static GBytes *
load (const char *name)
{
  g_autofree char *path = g_strconcat (DATA_PATH, name, NULL);
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  bytes = g_resource_lookup_data (kn_demo_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                  &error);
  if (bytes == NULL)
    g_error ("The demo data file %s is missing: %s", name, error->message);

  return bytes;
}

GPtrArray *
kn_demo_data_rows (const char *name,
                   guint       n_fields)
{
  g_autoptr(GBytes) bytes = load (name);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char **fields;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) != n_fields)
        g_error ("The demo data file %s has %u fields on line %u, not %u", name,
                 g_strv_length (fields), i + 1, n_fields);
      g_ptr_array_add (rows, fields);
    }

  return rows;
}

GKeyFile *
kn_demo_data_key_file (const char *name)
{
  g_autoptr(GBytes) bytes = load (name);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  if (!g_key_file_load_from_bytes (key_file, bytes, G_KEY_FILE_NONE, &error))
    g_error ("The demo data file %s cannot be read: %s", name, error->message);

  return g_steal_pointer (&key_file);
}

const char *
kn_demo_data_text (const char *field)
{
  return field == NULL || field[0] == '\0' ? NULL : g_intern_string (field);
}

int
kn_demo_data_enum (GType       type,
                   const char *nick,
                   const char *name)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *value = g_enum_get_value_by_nick (klass, nick);
  int result;

  if (value == NULL)
    g_error ("The demo data file %s has “%s”, which is no %s", name, nick, g_type_name (type));

  result = value->value;
  g_type_class_unref (klass);
  return result;
}

guint
kn_demo_data_word (const char        *word,
                   const char *const *words,
                   guint              n_words,
                   const char        *name)
{
  for (guint i = 0; i < n_words; i++)
    if (g_strcmp0 (word, words[i]) == 0)
      return i;

  g_error ("The demo data file %s has “%s”, which it cannot have there", name, word);
}

double
kn_demo_data_number (const char *field,
                     const char *name)
{
  char *end = NULL;
  double value = g_ascii_strtod (field, &end);

  if (field[0] == '\0' || end == NULL || *end != '\0')
    g_error ("The demo data file %s has “%s” where a number belongs", name, field);

  return value;
}

gboolean
kn_demo_contains_casefold (const char *haystack,
                           const char *needle)
{
  g_autofree char *folded_haystack = g_utf8_casefold (haystack, -1);
  g_autofree char *folded_needle = g_utf8_casefold (needle, -1);

  return strstr (folded_haystack, folded_needle) != NULL;
}
