/* SPDX-License-Identifier: GPL-3.0-or-later */
/* People over time: the kinds of dated entry, the statuses, and an entry's life. */

#define G_LOG_DOMAIN "kn-history"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kn-history.h"

#include "kn-enum-table.h"

static const KnEnumTable kind_table = {
  "history kind", KN_HISTORY_N, (const KnEnumEntry[]) {
    [KN_HISTORY_STATUS] = { "status", NULL },
    [KN_HISTORY_MUTASI] = { "mutasi", NULL },
    [KN_HISTORY_JABATAN] = { "jabatan", NULL },
    [KN_HISTORY_PLT] = { "plt", NULL },
    [KN_HISTORY_PLH] = { "plh", NULL },
    [KN_HISTORY_PANGKAT] = { "pangkat", NULL },
  }
};

static const char * const status_names[KN_PERSON_N] = {
  "aktif", "cuti", "tugas-belajar", "cltn", "pensiun", "mutasi-keluar", "meninggal",
  "diberhentikan",
};

const char *
kn_history_kind_to_string (KnHistoryKind kind)
{
  return kn_enum_table_to_string (&kind_table, kind);
}

gboolean
kn_history_kind_from_string (const char    *text,
                             KnHistoryKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  return kn_enum_table_from_typed (&kind_table, text, (int *) kind);
}

const char *
kn_person_status_to_string (KnPersonStatus status)
{
  g_return_val_if_fail (status < KN_PERSON_N, NULL);
  return status_names[status];
}

gboolean
kn_person_status_from_string (const char     *text,
                              KnPersonStatus *status)
{
  g_autofree char *copy = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (status != NULL, FALSE);
  if (text == NULL)
    return FALSE;

  copy = g_strdup (text);
  name = g_ascii_strdown (g_strstrip (copy), -1);
  g_strdelimit (name, " _", '-');
  for (int i = 0; i < KN_PERSON_N; i++)
    {
      g_autofree char *label = g_ascii_strdown (kn_person_status_label (i), -1);

      g_strdelimit (label, " _", '-');
      if (g_str_equal (name, status_names[i]) || g_str_equal (name, label))
        {
          *status = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
kn_person_status_label (KnPersonStatus status)
{
  switch (status)
    {
    case KN_PERSON_AKTIF: return C_("person status", "Active");
    case KN_PERSON_CUTI: return C_("person status", "On leave");
    case KN_PERSON_TUGAS_BELAJAR: return C_("person status", "Study leave");
    case KN_PERSON_CLTN: return C_("person status", "Unpaid leave (CLTN)");
    case KN_PERSON_PENSIUN: return C_("person status", "Retired");
    case KN_PERSON_MUTASI_KELUAR: return C_("person status", "Transferred out");
    case KN_PERSON_MENINGGAL: return C_("person status", "Deceased");
    case KN_PERSON_DIBERHENTIKAN: return C_("person status", "Dismissed");
    case KN_PERSON_N:
    default:
      break;
    }
  g_return_val_if_reached (NULL);
}

gboolean
kn_person_status_is_active (KnPersonStatus status)
{
  return status == KN_PERSON_AKTIF || status == KN_PERSON_CUTI;
}

KnHistoryEntry *
kn_history_entry_new (gint64        employee_id,
                      KnHistoryKind kind)
{
  KnHistoryEntry *entry = g_new0 (KnHistoryEntry, 1);

  entry->employee_id = employee_id;
  entry->kind = kind;
  entry->status = KN_PERSON_AKTIF;
  entry->position_kind = KN_POSITION_PELAKSANA;
  entry->prev_position_kind = KN_POSITION_PELAKSANA;
  return entry;
}

KnHistoryEntry *
kn_history_entry_copy (const KnHistoryEntry *entry)
{
  KnHistoryEntry *copy;

  g_return_val_if_fail (entry != NULL, NULL);

  copy = g_memdup2 (entry, sizeof *entry);
  copy->start_date = g_strdup (entry->start_date);
  copy->end_date = g_strdup (entry->end_date);
  copy->position = g_strdup (entry->position);
  copy->prev_position = g_strdup (entry->prev_position);
  copy->decree = g_strdup (entry->decree);
  copy->rank = g_strdup (entry->rank);
  copy->prev_rank = g_strdup (entry->prev_rank);
  return copy;
}

void
kn_history_entry_free (KnHistoryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->start_date);
  g_free (entry->end_date);
  g_free (entry->position);
  g_free (entry->prev_position);
  g_free (entry->decree);
  g_free (entry->rank);
  g_free (entry->prev_rank);
  g_free (entry);
}

char *
kn_history_acting_title (const KnHistoryEntry *acting)
{
  g_return_val_if_fail (acting != NULL, NULL);

  if (acting->kind == KN_HISTORY_PLH)
    /* Translators: pelaksana harian, before the post: "Plh. Kepala Dinas …" */
    return g_strdup_printf (_("Plh. %s"), acting->position != NULL ? acting->position : "");
  /* Translators: pelaksana tugas, before the post: "Plt. Kepala Dinas …" */
  return g_strdup_printf (_("Plt. %s"), acting->position != NULL ? acting->position : "");
}
