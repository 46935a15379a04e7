/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Enumerations of the SKP: workflow status, approach, RHK kind, aspek, perspektif, core values. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* draft → diajukan → disetujui, or → dikembalikan (with a reason) and back to work. */
typedef enum
{
  KN_PLAN_STATUS_DRAFT,
  KN_PLAN_STATUS_SUBMITTED,   /* diajukan */
  KN_PLAN_STATUS_APPROVED,    /* disetujui */
  KN_PLAN_STATUS_RETURNED,    /* dikembalikan */
  KN_PLAN_STATUS_N
} KnPlanStatus;

typedef enum
{
  KN_PLAN_APPROACH_QUANTITATIVE,  /* kuantitatif: numeric targets */
  KN_PLAN_APPROACH_QUALITATIVE,   /* kualitatif: targets written as sentences */
  KN_PLAN_APPROACH_N
} KnPlanApproach;

typedef enum
{
  KN_RESULT_KIND_UTAMA,
  KN_RESULT_KIND_TAMBAHAN,
  KN_RESULT_KIND_N
} KnResultKind;

typedef enum
{
  KN_ASPECT_NONE,        /* JPT plans have no aspek */
  KN_ASPECT_KUANTITAS,
  KN_ASPECT_KUALITAS,
  KN_ASPECT_WAKTU,
  KN_ASPECT_BIAYA,
  KN_ASPECT_N
} KnAspect;

typedef enum
{
  KN_PERSPECTIVE_NONE,   /* only JPT plans have a perspektif */
  KN_PERSPECTIVE_PENERIMA_LAYANAN,
  KN_PERSPECTIVE_PROSES_BISNIS,
  KN_PERSPECTIVE_PENGUATAN_INTERNAL,
  KN_PERSPECTIVE_ANGGARAN,
  KN_PERSPECTIVE_N
} KnPerspective;

typedef enum
{
  KN_DIRECTION_MORE_IS_BETTER,   /* documents, percent */
  KN_DIRECTION_LESS_IS_BETTER,   /* days, cost */
  KN_DIRECTION_N
} KnDirection;

/* BerAKHLAK, always in this order. */
typedef enum
{
  KN_CORE_VALUE_BERORIENTASI_PELAYANAN,
  KN_CORE_VALUE_AKUNTABEL,
  KN_CORE_VALUE_KOMPETEN,
  KN_CORE_VALUE_HARMONIS,
  KN_CORE_VALUE_LOYAL,
  KN_CORE_VALUE_ADAPTIF,
  KN_CORE_VALUE_KOLABORATIF,
  KN_CORE_VALUE_N
} KnCoreValue;

/* The three lists of the Lampiran SKP. */
typedef enum
{
  KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA,
  KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN,
  KN_ATTACHMENT_KONSEKUENSI,
  KN_ATTACHMENT_N
} KnAttachmentSection;

#define KN_TYPE_PLAN_STATUS   (kn_plan_status_get_type ())
#define KN_TYPE_PLAN_APPROACH (kn_plan_approach_get_type ())
#define KN_TYPE_RESULT_KIND   (kn_result_kind_get_type ())
#define KN_TYPE_ASPECT        (kn_aspect_get_type ())
#define KN_TYPE_PERSPECTIVE   (kn_perspective_get_type ())
#define KN_TYPE_DIRECTION     (kn_direction_get_type ())
#define KN_TYPE_CORE_VALUE    (kn_core_value_get_type ())

GType        kn_plan_status_get_type   (void) G_GNUC_CONST;
GType        kn_plan_approach_get_type (void) G_GNUC_CONST;
GType        kn_result_kind_get_type   (void) G_GNUC_CONST;
GType        kn_aspect_get_type        (void) G_GNUC_CONST;
GType        kn_perspective_get_type   (void) G_GNUC_CONST;
GType        kn_direction_get_type     (void) G_GNUC_CONST;
GType        kn_core_value_get_type    (void) G_GNUC_CONST;

/* Stable machine names for the database and CSV: "draft", "diajukan", "disetujui",
 * "dikembalikan"; "kuantitatif", "kualitatif"; "utama", "tambahan"; "" (none), "kuantitas",
 * "kualitas", "waktu", "biaya"; "" (none), "penerima-layanan", "proses-bisnis",
 * "penguatan-internal", "anggaran"; "more", "less"; "berorientasi-pelayanan", "akuntabel",
 * "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"; "dukungan-sumber-daya",
 * "skema-pertanggungjawaban", "konsekuensi". from_string returns FALSE for anything else. */
const char  *kn_plan_status_to_string      (KnPlanStatus         status);
gboolean     kn_plan_status_from_string    (const char          *text,
                                            KnPlanStatus        *status);
const char  *kn_plan_approach_to_string    (KnPlanApproach       approach);
gboolean     kn_plan_approach_from_string  (const char          *text,
                                            KnPlanApproach      *approach);
const char  *kn_result_kind_to_string      (KnResultKind         kind);
gboolean     kn_result_kind_from_string    (const char          *text,
                                            KnResultKind        *kind);
const char  *kn_aspect_to_string           (KnAspect             aspect);
gboolean     kn_aspect_from_string         (const char          *text,
                                            KnAspect            *aspect);
const char  *kn_perspective_to_string      (KnPerspective        perspective);
gboolean     kn_perspective_from_string    (const char          *text,
                                            KnPerspective       *perspective);
const char  *kn_direction_to_string        (KnDirection          direction);
gboolean     kn_direction_from_string      (const char          *text,
                                            KnDirection         *direction);
const char  *kn_core_value_to_string       (KnCoreValue          value);
gboolean     kn_core_value_from_string     (const char          *text,
                                            KnCoreValue         *value);
const char  *kn_attachment_section_to_string   (KnAttachmentSection  section);
gboolean     kn_attachment_section_from_string (const char          *text,
                                                KnAttachmentSection *section);

/* Translated labels for people: "Draf", "Diajukan", "Disetujui", "Dikembalikan";
 * "Kuantitatif"/"Kualitatif"; "Utama"/"Tambahan"; "Kuantitas" …; "Penerima Layanan" …;
 * "Berorientasi Pelayanan" …; "Dukungan Sumber Daya" …; "" for the NONE values. */
const char  *kn_plan_status_label          (KnPlanStatus         status);
const char  *kn_plan_approach_label        (KnPlanApproach       approach);
const char  *kn_result_kind_label          (KnResultKind         kind);
const char  *kn_aspect_label               (KnAspect             aspect);
const char  *kn_perspective_label          (KnPerspective        perspective);
const char  *kn_direction_label            (KnDirection          direction);
const char  *kn_core_value_label           (KnCoreValue          value);
const char  *kn_attachment_section_label   (KnAttachmentSection  section);
/* The three fixed behaviour guides of a core value (DOMAIN.md §3), translated; @index 0–2. */
const char  *kn_core_value_guide           (KnCoreValue          value,
                                            guint                index);

/* TRUE when the workflow allows going from @from to @to: draft→diajukan, dikembalikan→diajukan,
 * diajukan→disetujui, diajukan→dikembalikan, disetujui→draft (reopen, with a reason),
 * diajukan→draft (taken back by the employee). */
gboolean     kn_plan_status_can_change     (KnPlanStatus         from,
                                            KnPlanStatus         to);
/* TRUE when a plan in @status may be edited (draft and dikembalikan). */
gboolean     kn_plan_status_is_editable    (KnPlanStatus         status);

G_END_DECLS
