/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A survey as the Survei Kepuasan place lists it: its figures written out once, when the list is
 * filled, so that the table's cells only bind to them. */

#pragma once

#include <glib-object.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

#define KN_TYPE_SKM_ITEM (kn_skm_item_get_type ())

G_DECLARE_FINAL_TYPE (KnSkmItem, kn_skm_item, KN, SKM_ITEM, GObject)

/* The figures of @survey (its IKM, mutu, sample and weakest unsur computed here). */
KnSkmItem  *kn_skm_item_new              (const KnSkmSurvey *survey);
gint64      kn_skm_item_get_id           (KnSkmItem         *self);
const char *kn_skm_item_get_service      (KnSkmItem         *self);
const char *kn_skm_item_get_respondents  (KnSkmItem         *self);
const char *kn_skm_item_get_ikm          (KnSkmItem         *self);
const char *kn_skm_item_get_mutu         (KnSkmItem         *self);
const char *kn_skm_item_get_sample       (KnSkmItem         *self);
const char *kn_skm_item_get_weakest      (KnSkmItem         *self);

/* "Enough (at least 10)", "Too few: 4 of 80", "People served not recorded": translated. */
char       *kn_skm_item_describe_sample  (guint              n_respondents,
                                          guint64            population);

G_END_DECLS
