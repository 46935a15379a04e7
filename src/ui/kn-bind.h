/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Transforms for g_object_bind_property_full() that the bound rows and editors share. Never
 * installed. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* An enum property to a choice's "selected" position: the choices list the enum's values in
 * order from GINT_TO_POINTER (first) given as the binding's user data (NULL: from 0); a value
 * before the first shows the first choice. */
gboolean kn_bind_enum_to_position (GBinding     *binding,
                                   const GValue *from,
                                   GValue       *to,
                                   gpointer      user_data);

/* A choice's "selected" position back to the enum of @to (the user data as above); nothing when
 * no value has it (no selection, GTK_INVALID_LIST_POSITION). */
gboolean kn_bind_position_to_enum (GBinding     *binding,
                                   const GValue *from,
                                   GValue       *to,
                                   gpointer      user_data);

G_END_DECLS
