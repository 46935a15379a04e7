/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The lookup shared by every enumeration's machine names and labels (kn-enum-table.h). */

#define G_LOG_DOMAIN "kn-enum-table"

#include "config.h"

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "kn-enum-table.h"

const char *
kn_enum_table_to_string (const KnEnumTable *table,
                         int                value)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (value >= 0 && (guint) value < table->n_values, NULL);

  return table->entries[value].name;
}

static gboolean
find_name (const KnEnumTable *table,
           const char        *text,
           gboolean           any_case,
           int               *value)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < table->n_values; i++)
    {
      const char *name = table->entries[i].name;

      if (name != NULL && (any_case ? g_ascii_strcasecmp (name, text) == 0
                                    : g_str_equal (name, text)))
        {
          if (value != NULL)
            *value = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
kn_enum_table_from_string (const KnEnumTable *table,
                           const char        *text,
                           int               *value)
{
  g_return_val_if_fail (table != NULL, FALSE);

  return find_name (table, text, FALSE, value);
}

gboolean
kn_enum_table_from_typed (const KnEnumTable *table,
                          const char        *text,
                          int               *value)
{
  g_return_val_if_fail (table != NULL, FALSE);

  return find_name (table, text, TRUE, value);
}

/* A NONE value's label is a plain "": gettext ("") would return the catalogue header. */
const char *
kn_enum_table_label (const KnEnumTable *table,
                     int                value)
{
  const char *label;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (value >= 0 && (guint) value < table->n_values, NULL);

  label = table->entries[value].label;
  if (label == NULL || label[0] == '\0')
    return label;

  return g_dpgettext2 (GETTEXT_PACKAGE, table->context, label);
}
