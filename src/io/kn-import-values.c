/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading the values of an import's cells as offices write them: unit paths, status, pangkat/
 * golongan, jenis jabatan, names with titles. */

#define G_LOG_DOMAIN "kn-import-values"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "kinerja/kn-column-map.h"
#include "kinerja/kn-rank.h"
#include "kn-import-values-private.h"

/* The parts of a unit path ("Dinas X / Bidang Y", "Dinas X > Bidang Y", "Dinas X › Bidang Y"). */
GPtrArray *
kn_import_split_unit_path (const char *text)
{
  g_autoptr(GString) normal = g_string_new (NULL);
  g_auto(GStrv) parts = NULL;
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '>' || c == 0x203A)
        g_string_append_c (normal, '\x1f');
      else
        g_string_append_unichar (normal, c);
    }

  parts = g_strsplit (normal->str, "\x1f", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *part = g_strstrip (g_strdup (parts[i]));

      if (part[0] == '\0')
        g_free (part);
      else
        g_ptr_array_add (result, part);
    }

  return result;
}

gboolean
kn_import_parse_status (const char       *text,
                        KnEmployeeStatus *status)
{
  g_autofree char *key = kn_column_key (text);

  if (g_str_equal (key, "pns") || g_str_equal (key, "cpns"))
    *status = KN_EMPLOYEE_STATUS_PNS;
  else if (g_str_equal (key, "pppk"))
    *status = KN_EMPLOYEE_STATUS_PPPK;
  else if (g_str_equal (key, "pppkparuhwaktu"))
    *status = KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU;
  else
    return kn_employee_status_from_string (text, status);
  return TRUE;
}

/* The keys a jenis jabatan is known by: its label ("Fungsional Ahli Muda"), its machine name
 * ("ahli-muda"), and "Fungsional" + its name; computed once per import. */
void
kn_kind_keys_init (KnKindKeys *keys)
{
  for (guint k = 0; k < KN_POSITION_N; k++)
    {
      g_autofree char *name = kn_column_key (kn_position_kind_to_string (k));

      keys->keys[k][0] = kn_column_key (kn_position_kind_label (k));
      keys->keys[k][1] = g_strdup (name);
      keys->keys[k][2] = g_strconcat ("fungsional", name, NULL);
    }
}

void
kn_kind_keys_clear (KnKindKeys *keys)
{
  for (guint k = 0; k < KN_POSITION_N; k++)
    for (guint j = 0; j < 3; j++)
      g_clear_pointer (&keys->keys[k][j], g_free);
}

gboolean
kn_import_parse_kind (const KnKindKeys *keys,
                      const char       *text,
                      KnPositionKind   *kind)
{
  g_autofree char *key = kn_column_key (text);

  if (kn_position_kind_from_string (text, kind))
    return TRUE;

  for (guint k = 0; k < KN_POSITION_N; k++)
    for (guint j = 0; j < 3; j++)
      if (g_str_equal (key, keys->keys[k][j]))
        {
          *kind = (KnPositionKind) k;
          return TRUE;
        }

  return FALSE;
}

/* "III/a", "Penata Muda, III/a", "III-a", "IIIa" for PNS; "IX", "Golongan IX" for PPPK. */
char *
kn_import_parse_rank (const char       *text,
                      KnEmployeeStatus  status)
{
  static const char * const pns_pattern =
    "(?<![IVXivx])(IV|III|II|I)\\s*[/.-]?\\s*([a-eA-E])(?![A-Za-z])";
  static const char * const pppk_pattern =
    "(?<![A-Za-z])(XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![A-Za-z/])";
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;

  if (kn_rank_lookup (status, text) != NULL)
    return g_strdup (kn_rank_lookup (status, text)->code);

  regex = g_regex_new (status == KN_EMPLOYEE_STATUS_PNS ? pns_pattern : pppk_pattern, 0, 0, NULL);
  g_assert (regex != NULL);

  if (g_regex_match (regex, text, 0, &match))
    {
      g_autofree char *roman = g_match_info_fetch (match, 1);
      g_autofree char *upper = g_ascii_strup (roman, -1);
      g_autofree char *code = NULL;

      if (status == KN_EMPLOYEE_STATUS_PNS)
        {
          g_autofree char *letter = g_match_info_fetch (match, 2);
          g_autofree char *lower = g_ascii_strdown (letter, -1);

          code = g_strconcat (upper, "/", lower, NULL);
        }
      else
        code = g_strdup (upper);

      if (kn_rank_lookup (status, code) != NULL)
        return g_steal_pointer (&code);
    }

  return NULL;
}

char *
kn_import_rank_codes (KnEmployeeStatus status)
{
  guint n = 0;
  const KnRank *ranks = kn_rank_list (status, &n);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", ranks[i].code);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
kn_import_kind_labels (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint k = 0; k < KN_POSITION_N; k++)
    g_string_append_printf (out, "%s%s", k > 0 ? ", " : "", kn_position_kind_label (k));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The full printed name from "Nama" and, where given, "Gelar Depan" and "Gelar Belakang". */
char *
kn_import_compose_name (const char *front,
                        const char *name,
                        const char *back)
{
  GString *out = g_string_new (NULL);

  if (front != NULL && front[0] != '\0')
    g_string_append_printf (out, "%s ", front);
  g_string_append (out, name);
  if (back != NULL && back[0] != '\0')
    g_string_append_printf (out, ", %s", back);
  return g_string_free (out, FALSE);
}

