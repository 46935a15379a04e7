/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An organisation unit (OPD, bidang/bagian, seksi/subbagian): one node of the unit tree. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KN_TYPE_ORG_UNIT (kn_org_unit_get_type ())

G_DECLARE_FINAL_TYPE (KnOrgUnit, kn_org_unit, KN, ORG_UNIT, GObject)

KnOrgUnit  *kn_org_unit_new            (const char *name,
                                        gint64      parent_id);
KnOrgUnit  *kn_org_unit_copy           (KnOrgUnit  *self);

gint64      kn_org_unit_get_id         (KnOrgUnit  *self);
void        kn_org_unit_set_id         (KnOrgUnit  *self,
                                        gint64      id);
const char *kn_org_unit_get_name       (KnOrgUnit  *self);
void        kn_org_unit_set_name       (KnOrgUnit  *self,
                                        const char *name);
/* 0 for a top-level unit (an OPD). */
gint64      kn_org_unit_get_parent_id  (KnOrgUnit  *self);
void        kn_org_unit_set_parent_id  (KnOrgUnit  *self,
                                        gint64      parent_id);
/* Filled by the store: 0 for an OPD, 1 for a bidang, … */
guint       kn_org_unit_get_depth      (KnOrgUnit  *self);
void        kn_org_unit_set_depth      (KnOrgUnit  *self,
                                        guint       depth);
/* Filled by the store: "Dinas Pendidikan dan Kebudayaan › Bidang SMA". */
const char *kn_org_unit_get_path       (KnOrgUnit  *self);
void        kn_org_unit_set_path       (KnOrgUnit  *self,
                                        const char *path);

G_END_DECLS
