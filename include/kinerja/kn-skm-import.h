/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a survey's questionnaires from the CSV or XLSX that online forms and spreadsheets
 * export: one row per respondent, one column per unsur, all of it or nothing. */

#pragma once

#include <glib.h>

#include "kn-store-survey.h"
#include "kn-table-reader.h"

G_BEGIN_DECLS

#define KN_SKM_IMPORT_ERROR (kn_skm_import_error_quark ())

typedef enum
{
  KN_SKM_IMPORT_ERROR_HEADER,   /* no row names the nine unsur */
  KN_SKM_IMPORT_ERROR_ROWS,     /* answers that cannot be read; the message names each cell */
  KN_SKM_IMPORT_ERROR_EMPTY,    /* a header and no questionnaire under it */
} KnSkmImportError;

/* At most this many bad cells are named in one message; the rest are counted. */
#define KN_SKM_IMPORT_MAX_PROBLEMS 20

GQuark       kn_skm_import_error_quark  (void);

/* The unsur a column header names, or -1: "U1" … "U9", "Unsur 1", or the words of the unsur
 * as a header or a form's question carries them ("Persyaratan", "Bagaimana pendapat Saudara
 * tentang kewajaran biaya/tarif …"). A timestamp column ("Stempel waktu") names none. */
int          kn_skm_import_unsur_of_header (const char *header);

/* Reads every questionnaire of @reader: the header is the first row (of the first ten) whose
 * columns name all nine unsur, each row under it one respondent; answers as 1–4 or the option
 * words, an empty cell or "-" for an item left unanswered. Returns a survey of unit 0 with no
 * period or service (the caller sets them) and @n_rows questionnaires; NULL with one error that
 * names the file and every bad cell (row, cell, unsur and why) when anything cannot be read, so
 * that nothing is saved. */
KnSkmSurvey *kn_skm_import_read         (KnTableReader  *reader,
                                         GError        **error);

G_END_DECLS
