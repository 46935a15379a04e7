/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Matriks Peran Hasil: how a unit's RHK cascade from the head down to each staff member. */

#pragma once

#include <gio/gio.h>

#include "kn-store.h"

G_BEGIN_DECLS

typedef enum
{
  KN_CASCADE_NODE_EMPLOYEE,   /* a head of the unit; children: their RHK */
  KN_CASCADE_NODE_RESULT,     /* an RHK; children: the staff RHK that support it */
  KN_CASCADE_NODE_NOTICE,     /* a heading (flags say which: unlinked RHK, people without an
                               * SKP) whose children are those; or one person without an SKP */
} KnCascadeNodeKind;

typedef enum
{
  KN_CASCADE_FLAG_NONE        = 0,
  KN_CASCADE_FLAG_UNLINKED    = 1 << 0,  /* a staff main RHK that supports no superior RHK */
  KN_CASCADE_FLAG_UNSUPPORTED = 1 << 1,  /* a superior RHK that none of the staff supports */
  KN_CASCADE_FLAG_NO_PLAN     = 1 << 2,  /* a staff member without an SKP for the year */
} KnCascadeFlags;

typedef struct
{
  guint n_employees;
  guint n_with_plan;
  guint n_results;
  guint n_unlinked;
  guint n_unsupported;
  guint n_without_plan;
} KnCascadeCounts;

#define KN_TYPE_CASCADE_NODE (kn_cascade_node_get_type ())

G_DECLARE_FINAL_TYPE (KnCascadeNode, kn_cascade_node, KN, CASCADE_NODE, GObject)

KnCascadeNodeKind  kn_cascade_node_get_kind        (KnCascadeNode *self);
/* The RHK text, or the person's name. */
const char        *kn_cascade_node_get_title       (KnCascadeNode *self);
/* Who holds the RHK, or the person's jabatan; nullable. */
const char        *kn_cascade_node_get_subtitle    (KnCascadeNode *self);
KnCascadeFlags     kn_cascade_node_get_flags       (KnCascadeNode *self);
gint64             kn_cascade_node_get_employee_id (KnCascadeNode *self);
gint64             kn_cascade_node_get_result_id   (KnCascadeNode *self);
/* The child nodes (KnCascadeNode); empty, never NULL. */
GListModel        *kn_cascade_node_get_children    (KnCascadeNode *self);

/* Builds the cascade of @unit_id (sub-units included) for @year: one root per head (someone
 * whose atasan works outside the unit) with the tree of RHK below, then, when there are any, a
 * heading with the staff RHK that support nothing and one with the people who have no SKP.
 * @counts is optional. */
GListModel        *kn_cascade_build                (KnStore         *store,
                                                    gint64           unit_id,
                                                    guint            year,
                                                    KnCascadeCounts *counts);

G_END_DECLS
