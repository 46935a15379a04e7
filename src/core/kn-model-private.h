/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one pattern of the model objects' setters (KnEmployee, KnPlan, KnIndicator …): store the
 * value and notify its property on a real change only. Never installed. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Replaces the string *@field by a copy of @value; FALSE (nothing done) when they are equal. */
static inline gboolean
kn_model_replace_string (char       **field,
                         const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* @text, or NULL for an empty one: optional strings are kept as NULL, so that "" and NULL never
 * make two objects differ. */
static inline const char *
kn_model_nullable (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : NULL;
}

/* kn_model_replace_string, then notifies @pspec of @object when the string changed. */
static inline gboolean
kn_model_set_string (gpointer     object,
                     char       **field,
                     const char  *value,
                     GParamSpec  *pspec)
{
  if (!kn_model_replace_string (field, value))
    return FALSE;

  g_object_notify_by_pspec (G_OBJECT (object), pspec);
  return TRUE;
}

/* Sets the plain field @field (a number, an enum, a boolean) of @object to @value and notifies
 * @pspec when it changed. */
#define kn_model_set_value(object, field, value, pspec) \
  G_STMT_START \
  { \
    if ((field) != (value)) \
      { \
        (field) = (value); \
        g_object_notify_by_pspec (G_OBJECT (object), (pspec)); \
      } \
  } \
  G_STMT_END

G_END_DECLS
