/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the parts of the demo share: kn-demo.c makes the office, kn-demo-skp.c the SKPs,
 * kn-demo-eval.c the year's realisation, feedback and evaluations. */

#pragma once

#include "kinerja/kn-store.h"

G_BEGIN_DECLS

/* Every employee's SKP for the demo year; @employee_ids in chain order, heads first. */
gboolean kn_demo_add_plans (KnStore  *store,
                            GArray   *employee_ids,
                            GError  **error);

/* Realisation, feedback, capaian kinerja organisasi and the evaluations of every period of the
 * demo year, for everyone whose SKP is approved; called after kn_demo_add_plans. */
gboolean kn_demo_add_evaluations (KnStore  *store,
                                  GArray   *employee_ids,
                                  GError  **error);

/* The Survei Kepuasan Masyarakat of the units that serve the public (data/surveys.tsv), each
 * quarter of the demo year; @unit_ids maps the keys of units.tsv to the units' ids. Called before
 * kn_demo_add_evaluations, so that an IKI measured by IKM takes the survey's IKM. */
gboolean kn_demo_add_surveys (KnStore     *store,
                              GHashTable  *unit_ids,
                              GError     **error);

gboolean kn_demo_add_trainings (KnStore  *store,
                                GArray   *employee_ids,
                                GError  **error);

/* The data files of the demo (kn-demo-data.c). A file that is missing or malformed is a broken
 * build: these abort with its name. */

/* The rows of a tab-separated file, without comment (#) and empty lines; each a GStrv of
 * @n_fields fields. */
GPtrArray  *kn_demo_data_rows     (const char        *name,
                                   guint              n_fields);
GKeyFile   *kn_demo_data_key_file (const char        *name);
/* @field interned for the life of the process; NULL for an empty field. */
const char *kn_demo_data_text     (const char        *field);
/* The value of the enum @type whose nick is @nick. */
int         kn_demo_data_enum     (GType              type,
                                   const char        *nick,
                                   const char        *name);
/* The index of @word in @words. */
guint       kn_demo_data_word     (const char        *word,
                                   const char *const *words,
                                   guint              n_words,
                                   const char        *name);
double      kn_demo_data_number   (const char        *field,
                                   const char        *name);
/* TRUE when @needle stands in @haystack, case aside. */
gboolean    kn_demo_contains_casefold (const char    *haystack,
                                       const char    *needle);

G_END_DECLS
