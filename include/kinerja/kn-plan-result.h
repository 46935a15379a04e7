/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An RHK (Rencana Hasil Kerja) of an SKP, with the superior's RHK it supports and its IKIs. */

#pragma once

#include <gio/gio.h>

#include "kn-indicator.h"
#include "kn-plan-enums.h"

G_BEGIN_DECLS

#define KN_TYPE_PLAN_RESULT (kn_plan_result_get_type ())

G_DECLARE_FINAL_TYPE (KnPlanResult, kn_plan_result, KN, PLAN_RESULT, GObject)

KnPlanResult *kn_plan_result_new              (void);
/* A deep copy: ids and the indicators (copied) included. */
KnPlanResult *kn_plan_result_copy             (KnPlanResult *self);

gint64        kn_plan_result_get_id           (KnPlanResult *self);
void          kn_plan_result_set_id           (KnPlanResult *self,
                                               gint64        id);
KnResultKind  kn_plan_result_get_kind         (KnPlanResult *self);
void          kn_plan_result_set_kind         (KnPlanResult *self,
                                               KnResultKind  kind);
/* "Tersusunnya dokumen kurikulum SMA yang sesuai standar" */
const char   *kn_plan_result_get_text         (KnPlanResult *self);
void          kn_plan_result_set_text         (KnPlanResult *self,
                                               const char   *text);
/* The superior's RHK this one supports (RHK atasan yang diintervensi); 0 when none. */
gint64        kn_plan_result_get_parent_id    (KnPlanResult *self);
void          kn_plan_result_set_parent_id    (KnPlanResult *self,
                                               gint64        parent_id);
/* Filled by the store for display: the text of the parent RHK; nullable. */
const char   *kn_plan_result_get_parent_text  (KnPlanResult *self);
void          kn_plan_result_set_parent_text  (KnPlanResult *self,
                                               const char   *text);
/* The IKIs in order (KnIndicator); the plan result owns the list, callers edit it in place. */
GListStore   *kn_plan_result_get_indicators   (KnPlanResult *self);
/* TRUE when every field and every indicator equals (ids included). */
gboolean      kn_plan_result_equal            (KnPlanResult *a,
                                               KnPlanResult *b);

G_END_DECLS
