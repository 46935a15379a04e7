/* SPDX-License-Identifier: GPL-3.0-or-later */
/* People over time: a person's dated status, transfers (mutasi), jabatan with TMT and acting
 * posts (Plt./Plh.), and what the store answers from them for a given day. */

#pragma once

#include <glib-object.h>

#include "kn-enums.h"
#include "kn-store.h"

G_BEGIN_DECLS

typedef enum
{
  KN_HISTORY_STATUS,    /* the person's status from a date */
  KN_HISTORY_MUTASI,    /* a move to another unit (and atasan) inside the instansi */
  KN_HISTORY_JABATAN,   /* a jabatan (and its kind) from its TMT */
  KN_HISTORY_PLT,       /* pelaksana tugas: acting in a post for a date range */
  KN_HISTORY_PLH,       /* pelaksana harian: standing in for an absent official */
  KN_HISTORY_PANGKAT,   /* a kenaikan pangkat: the pangkat/golongan from its TMT */
  KN_HISTORY_N
} KnHistoryKind;

typedef enum
{
  KN_PERSON_AKTIF,
  KN_PERSON_CUTI,             /* cuti (leave) — still counted as active */
  KN_PERSON_TUGAS_BELAJAR,    /* study leave */
  KN_PERSON_CLTN,             /* cuti di luar tanggungan negara */
  KN_PERSON_PENSIUN,
  KN_PERSON_MUTASI_KELUAR,    /* moved to another instansi */
  KN_PERSON_MENINGGAL,
  KN_PERSON_DIBERHENTIKAN,
  KN_PERSON_N
} KnPersonStatus;

/* Machine names: "status", "mutasi", "jabatan", "plt", "plh", "pangkat". */
const char *kn_history_kind_to_string   (KnHistoryKind   kind);
gboolean    kn_history_kind_from_string (const char     *text,
                                         KnHistoryKind  *kind);
/* "aktif", "cuti", "tugas-belajar", "cltn", "pensiun", "mutasi-keluar", "meninggal",
 * "diberhentikan"; from_string also takes the labels and spaces for dashes. */
const char *kn_person_status_to_string   (KnPersonStatus  status);
gboolean    kn_person_status_from_string (const char     *text,
                                          KnPersonStatus *status);
/* Translated: "Aktif", "Cuti di luar tanggungan negara", … */
const char *kn_person_status_label       (KnPersonStatus  status);
/* Whether a person of @status is evaluated and listed as working (aktif and cuti). */
gboolean    kn_person_status_is_active   (KnPersonStatus  status);

typedef struct
{
  gint64          id;
  gint64          employee_id;
  KnHistoryKind   kind;
  char           *start_date;         /* ISO 8601: TMT, or the first day acting */
  char           *end_date;           /* PLT/PLH: the last day; NULL otherwise (or open) */
  KnPersonStatus  status;             /* STATUS */
  gint64          unit_id;            /* MUTASI: the new unit; PLT/PLH: the unit whose head post
                                       * is acted in (0: not a unit head's post) */
  gint64          supervisor_id;      /* MUTASI: the new atasan (0: none) */
  gint64          prev_unit_id;       /* MUTASI: set by the store, the unit before */
  gint64          prev_supervisor_id; /* MUTASI: set by the store */
  char           *position;           /* JABATAN: the new jabatan; PLT/PLH: the post's name
                                       * ("Kepala Dinas Pendidikan") */
  KnPositionKind  position_kind;      /* JABATAN */
  char           *prev_position;      /* JABATAN: set by the store */
  KnPositionKind  prev_position_kind; /* JABATAN: set by the store */
  gint64          acting_for_id;      /* PLT/PLH: the official stood in for (0: vacant post) */
  char           *decree;             /* nomor SK, nullable */
  char           *rank;               /* PANGKAT: the new pangkat/golongan code ("III/c", "IX") */
  char           *prev_rank;          /* PANGKAT: set by the store, the rank before (nullable) */
} KnHistoryEntry;

KnHistoryEntry *kn_history_entry_new  (gint64                employee_id,
                                       KnHistoryKind         kind);
KnHistoryEntry *kn_history_entry_copy (const KnHistoryEntry *entry);
void            kn_history_entry_free (KnHistoryEntry       *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnHistoryEntry, kn_history_entry_free)

/* Records @entry (its id is set). Refused with a message naming the field for a date that is not
 * real, an end before the start, an unknown unit, atasan or official, a person acting for
 * themselves, a PANGKAT that is not a golongan of the person's kind (PNS or PPPK), or a second
 * entry of the same kind on the same day. A MUTASI, JABATAN or PANGKAT takes the person's
 * unit/atasan, jabatan or rank on its day into prev_*; when it is the latest of its kind and its
 * day has come, the person's current record follows it. Audited. */
gboolean        kn_store_add_history     (KnStore         *store,
                                          KnHistoryEntry  *entry,
                                          GError         **error);
gboolean        kn_store_delete_history  (KnStore         *store,
                                          gint64           history_id,
                                          GError         **error);
/* The person's entries, by start date then kind. Element: KnHistoryEntry. */
GPtrArray      *kn_store_list_history    (KnStore         *store,
                                          gint64           employee_id);

/* What held on @date (ISO 8601) by the dated entries; without any, the person as recorded. */
KnPersonStatus  kn_store_status_at       (KnStore         *store,
                                          gint64           employee_id,
                                          const char      *date);
gint64          kn_store_unit_at         (KnStore         *store,
                                          gint64           employee_id,
                                          const char      *date);
/* The position on @date; @kind (nullable) receives its kind. */
char           *kn_store_position_at     (KnStore         *store,
                                          gint64           employee_id,
                                          const char      *date,
                                          KnPositionKind  *kind);
/* The pangkat/golongan code held on @date: the latest PANGKAT from that day or before; before
 * the first, the rank that one replaced; without any, the person's rank as recorded. NULL when
 * none is known. */
char           *kn_store_rank_at         (KnStore         *store,
                                          gint64           employee_id,
                                          const char      *date);
/* Who assesses and signs for the person on @date: their atasan then, or the Plt./Plh. acting
 * for that atasan (or in the vacant head post of the person's unit). @acting (nullable)
 * receives the acting post that applies (to be freed), or NULL when the atasan signs
 * themselves. 0 when there is nobody. */
gint64          kn_store_supervisor_at   (KnStore         *store,
                                          gint64           employee_id,
                                          const char      *date,
                                          KnHistoryEntry **acting);
/* The active people in @unit_id (not its sub-units) on some day from @first to @last (ISO),
 * by the mutasi and statuses of that range. Element: gint64 ids in an array. */
GArray         *kn_store_people_in_unit  (KnStore         *store,
                                          gint64           unit_id,
                                          const char      *first,
                                          const char      *last);
/* The people active on no day from @first to @last (ISO) by their dated statuses (pensiun,
 * meninggal, CLTN, …; see kn_person_status_is_active), by one query: a set of gint64 * ids
 * (g_hash_table_contains). The lists of who is rated or owed JP leave them out. */
GHashTable     *kn_store_list_inactive   (KnStore         *store,
                                          const char      *first,
                                          const char      *last);
/* The people active on no day of @year (kn_store_list_inactive from 1 January to 31 December):
 * who owes no JP that year and is left out of the Kompetensi reading. */
GHashTable     *kn_store_list_inactive_in_year (KnStore   *store,
                                                guint      year);
/* Whether the person's SKP of @year waits for re-approval after a mutasi in that year (after
 * 1 January) gave them a new atasan: the latest such mutasi's atasan is not the SKP's pejabat
 * penilai, or has not approved it yet (not disetujui). FALSE without an SKP, without such a
 * mutasi, or once the new atasan has approved it. @new_assessor and @date (nullable) receive the
 * new atasan and the mutasi's day (ISO, to be freed). One query. */
gboolean        kn_store_plan_needs_reapproval (KnStore   *store,
                                                gint64     employee_id,
                                                guint      year,
                                                gint64    *new_assessor,
                                                char     **date);
/* One line on what @entry records, as a person reads it: "Transfer: Dinas A → Dinas B (atasan:
 * …)", with the units and people named as @store holds them ("—" for none). The same in the
 * window and on the command line. */
char           *kn_store_describe_history (KnStore              *store,
                                           const KnHistoryEntry *entry);
/* "Plt. Kepala Dinas Pendidikan": how a signature names an acting post. */
char           *kn_history_acting_title  (const KnHistoryEntry *acting);

G_END_DECLS
