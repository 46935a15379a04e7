/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One table per enumeration: its machine names and translated labels, and the one lookup that
 * every enumeration's to_string, from_string and label go through. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *name;   /* the machine name in the database and CSV ("" for a NONE value) */
  const char *label;  /* untranslated, marked NC_ () with the table's context ("" for NONE) */
} KnEnumEntry;

/* entries[v] names the value v, for every v below n_values. */
typedef struct
{
  const char        *context;
  guint              n_values;
  const KnEnumEntry *entries;
} KnEnumTable;

const char *kn_enum_table_to_string   (const KnEnumTable *table,
                                       int                value);
/* value: NULL, or an enumeration variable (GLib's enums are int-sized). */
gboolean    kn_enum_table_from_string (const KnEnumTable *table,
                                       const char        *text,
                                       int               *value);
/* The same for a name a person typed (a command-line option): ASCII case aside. */
gboolean    kn_enum_table_from_typed  (const KnEnumTable *table,
                                       const char        *text,
                                       int               *value);
const char *kn_enum_table_label       (const KnEnumTable *table,
                                       int                value);

G_END_DECLS
