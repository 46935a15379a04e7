/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo office: a realistic Dinas Pendidikan dan Kebudayaan Provinsi Lampung and a second OPD. */

#pragma once

#include "kinerja/kn-store.h"

G_BEGIN_DECLS

#define KN_DEMO_YEAR 2026

/* Fills an empty store with the demo office, in one transaction. Deterministic. */
gboolean  kn_demo_populate     (KnStore     *store,
                                GError     **error);
/* Creates a fresh demo database at @path, replacing an earlier demo file there.
 * Refuses to replace a file that is not a Kinerja demo database. */
KnStore  *kn_demo_create       (const char  *path,
                                GError     **error);
/* $XDG_DATA_HOME/kinerja/demo.db */
char     *kn_demo_default_path (void);

G_END_DECLS
