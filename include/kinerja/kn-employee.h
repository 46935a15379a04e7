/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An employee (pegawai): PNS or PPPK, with rank, position, unit and direct superior. */

#pragma once

#include <glib-object.h>

#include "kn-enums.h"

G_BEGIN_DECLS

#define KN_TYPE_EMPLOYEE (kn_employee_get_type ())

G_DECLARE_FINAL_TYPE (KnEmployee, kn_employee, KN, EMPLOYEE, GObject)

KnEmployee       *kn_employee_new                  (void);
KnEmployee       *kn_employee_copy                 (KnEmployee       *self);

gint64            kn_employee_get_id               (KnEmployee       *self);
void              kn_employee_set_id               (KnEmployee       *self,
                                                    gint64            id);
/* The bare digits as stored. */
const char       *kn_employee_get_nip              (KnEmployee       *self);
void              kn_employee_set_nip              (KnEmployee       *self,
                                                    const char       *nip);
/* "19860926 201505 1 001" */
char             *kn_employee_dup_nip_display      (KnEmployee       *self);
/* The full printed name with academic titles: "Dr. Hj. Siti Aminah, S.Pd., M.Pd." */
const char       *kn_employee_get_name             (KnEmployee       *self);
void              kn_employee_set_name             (KnEmployee       *self,
                                                    const char       *name);
/* The name without academic titles, case-folded, for sorting: "siti aminah". */
char             *kn_employee_dup_sort_name        (KnEmployee       *self);
/* The same for a name (a pure function of the text: safe in any thread). */
char             *kn_employee_sort_name_for        (const char       *name);
KnEmployeeStatus  kn_employee_get_status           (KnEmployee       *self);
void              kn_employee_set_status           (KnEmployee       *self,
                                                    KnEmployeeStatus  status);
/* Pangkat/golongan code: "III/a" (PNS) or "IX" (PPPK); NULL when not set. */
const char       *kn_employee_get_rank             (KnEmployee       *self);
void              kn_employee_set_rank             (KnEmployee       *self,
                                                    const char       *rank);
/* "Penata Muda, III/a" */
char             *kn_employee_dup_rank_label       (KnEmployee       *self);
/* For sorting by rank: PPPK golongan first, then PNS pangkat, each by seniority; 0 if unset. */
guint             kn_employee_get_rank_order       (KnEmployee       *self);
/* Jabatan: "Guru Ahli Muda", "Kepala Seksi Kurikulum SMA". */
const char       *kn_employee_get_position         (KnEmployee       *self);
void              kn_employee_set_position         (KnEmployee       *self,
                                                    const char       *position);
KnPositionKind    kn_employee_get_position_kind    (KnEmployee       *self);
void              kn_employee_set_position_kind    (KnEmployee       *self,
                                                    KnPositionKind    kind);
gint64            kn_employee_get_unit_id          (KnEmployee       *self);
void              kn_employee_set_unit_id          (KnEmployee       *self,
                                                    gint64            unit_id);
/* 0 when the employee has no atasan langsung in this database (a head of OPD). */
gint64            kn_employee_get_supervisor_id    (KnEmployee       *self);
void              kn_employee_set_supervisor_id    (KnEmployee       *self,
                                                    gint64            supervisor_id);
/* Filled by the store from the unit and the superior, for display and sorting. */
const char       *kn_employee_get_unit_name        (KnEmployee       *self);
void              kn_employee_set_unit_name        (KnEmployee       *self,
                                                    const char       *unit_name);
const char       *kn_employee_get_supervisor_name  (KnEmployee       *self);
void              kn_employee_set_supervisor_name  (KnEmployee       *self,
                                                    const char       *supervisor_name);
/* TRUE when the NIP is a 9-digit pre-2009 number accepted on import. */
gboolean          kn_employee_get_legacy_nip       (KnEmployee       *self);

G_END_DECLS
