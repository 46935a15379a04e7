/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An IKI (Indikator Kinerja Individu): indicator text, aspek or perspektif, and its target. */

#pragma once

#include <glib-object.h>

#include "kn-plan-enums.h"
#include "kn-rules.h"

G_BEGIN_DECLS

#define KN_TYPE_INDICATOR (kn_indicator_get_type ())

G_DECLARE_FINAL_TYPE (KnIndicator, kn_indicator, KN, INDICATOR, GObject)

KnIndicator   *kn_indicator_new                 (void);
/* A deep copy, id included. */
KnIndicator   *kn_indicator_copy                (KnIndicator   *self);

gint64         kn_indicator_get_id              (KnIndicator   *self);
void           kn_indicator_set_id              (KnIndicator   *self,
                                                 gint64         id);
KnAspect       kn_indicator_get_aspect          (KnIndicator   *self);
void           kn_indicator_set_aspect          (KnIndicator   *self,
                                                 KnAspect       aspect);
KnPerspective  kn_indicator_get_perspective     (KnIndicator   *self);
void           kn_indicator_set_perspective     (KnIndicator   *self,
                                                 KnPerspective  perspective);
/* "Jumlah dokumen kurikulum yang tersusun" */
const char    *kn_indicator_get_text            (KnIndicator   *self);
void           kn_indicator_set_text            (KnIndicator   *self,
                                                 const char    *text);
/* The numeric target (quantitative approach). */
gboolean       kn_indicator_get_has_target_value (KnIndicator  *self);
double         kn_indicator_get_target_value    (KnIndicator   *self);
void           kn_indicator_set_target_value    (KnIndicator   *self,
                                                 double         value);
void           kn_indicator_clear_target_value  (KnIndicator   *self);
/* "dokumen", "%", "hari"; nullable. */
const char    *kn_indicator_get_target_unit     (KnIndicator   *self);
void           kn_indicator_set_target_unit     (KnIndicator   *self,
                                                 const char    *unit);
/* The target written as a sentence (qualitative approach); nullable. */
const char    *kn_indicator_get_target_text     (KnIndicator   *self);
void           kn_indicator_set_target_text     (KnIndicator   *self,
                                                 const char    *text);
KnDirection    kn_indicator_get_direction       (KnIndicator   *self);
void           kn_indicator_set_direction       (KnIndicator   *self,
                                                 KnDirection    direction);
/* For people, in the current language: "12 dokumen", "12,5 %", or the target sentence; "" if
 * none. Also the read-only property "target-label". */
char          *kn_indicator_dup_target_label    (KnIndicator   *self);
/* The part of the year's numeric target due by the end of @period, written the same way ("6,5
 * kegiatan" for 26 in TW1): the target the capaian of @period is measured against
 * (kn_indicator_capaian). NULL when that is the year's target itself (a level, a rate, the
 * year or its last quarter) or the target is in words. */
char          *kn_indicator_dup_period_target_label (KnIndicator    *self,
                                                     const KnPeriod *period);
/* How the IKI is measured through the year (kn_measure_for its aspek and unit). */
KnMeasure      kn_indicator_get_measure         (KnIndicator   *self);
/* Capaian of @realization (NAN: none recorded) in @period by the rule of kn-rules.h, with the
 * IKI's own measure, direction and target (a target in words gives no percentage). */
gboolean       kn_indicator_capaian             (KnIndicator   *self,
                                                 const KnPeriod *period,
                                                 double         realization,
                                                 double        *period_target,
                                                 double        *percent,
                                                 char         **reason);
/* The year's realisation derived from @periods (kn_realization_derive_year) for this IKI. */
KnYearRealization *kn_indicator_derive_year     (KnIndicator   *self,
                                                 guint          year,
                                                 const KnPeriodRealization *periods,
                                                 guint          n_periods);
/* TRUE when every field equals (ids included). */
gboolean       kn_indicator_equal               (KnIndicator   *a,
                                                 KnIndicator   *b);

G_END_DECLS
