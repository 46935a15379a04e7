/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Transforms for g_object_bind_property_full() that the bound rows and editors share
 * (kn-bind.h). */

#define G_LOG_DOMAIN "kn-bind"

#include "config.h"

#include "kn-bind.h"

gboolean
kn_bind_enum_to_position (GBinding     *binding,
                          const GValue *from,
                          GValue       *to,
                          gpointer      user_data)
{
  int first = GPOINTER_TO_INT (user_data);
  int value = g_value_get_enum (from);

  g_value_set_uint (to, value > first ? (guint)(value - first) : 0);
  return TRUE;
}

gboolean
kn_bind_position_to_enum (GBinding     *binding,
                          const GValue *from,
                          GValue       *to,
                          gpointer      user_data)
{
  int first = GPOINTER_TO_INT (user_data);
  guint position = g_value_get_uint (from);
  g_autoptr(GEnumClass) klass = g_type_class_ref (G_VALUE_TYPE (to));

  if (position > (guint)(G_MAXINT - first) || g_enum_get_value (klass, first + (int)position) == NULL)
    return FALSE;
  g_value_set_enum (to, first + (int)position);
  return TRUE;
}
