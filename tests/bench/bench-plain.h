/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The plain baselines the benchmarks stand beside: one SQL query, libxlsxwriter alone replaying
 * a workbook's cells, pango + cairo alone drawing a document's text. */

#pragma once

#include <sqlite3.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

/* Runs @sql on @db, aborting with SQLite's message when it fails. */
static inline void
plain_exec (sqlite3    *db,
            const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* The id of the top-level unit called @name, 0 if none. */
gint64   plain_find_opd        (sqlite3     *db,
                                const char  *name);
/* `evaluasi --csv` in one query: each employee of @unit_id (sub-units included) with their
 * evaluation of @period, written as CSV into @out. Returns the rows. */
guint    plain_evaluasi        (sqlite3     *db,
                                gint64       unit_id,
                                const char  *period,
                                GString     *out);
/* `distribusi` in one GROUP BY: people per predikat ("" for not rated), into @out as text. */
guint    plain_distribusi      (sqlite3     *db,
                                gint64       unit_id,
                                const char  *period,
                                GString     *out);

/* The text of documents as rows of cells, dumped by the Kinerja side so that the pango + cairo
 * baseline draws the same text without Kinerja's code or data in its process. */
gboolean plain_dump_reports    (const KnReport      *const *reports,
                                guint                 n,
                                const char           *path,
                                GError              **error);
gboolean plain_dump_recap      (const KnRecapReport  *recap,
                                const char           *path,
                                GError              **error);
/* Draws a dump into a PDF with pango + cairo, each cell shaped once. Returns the pages, 0 on
 * failure; @seconds receives the time spent laying out and writing (reading the dump excluded). */
guint    plain_draw_pdf        (const char  *dump_path,
                                const char  *pdf_path,
                                double      *seconds,
                                double      *cpu);

/* Replays a workbook described by @replay_path (written by tests/bench/xlsx-replay.py from the
 * workbook Kinerja wrote) with libxlsxwriter alone: the same cells, merges, row heights, column
 * widths and charts. @seconds and @cpu receive the writing time, wall and CPU (reading the
 * description excluded).
 * Returns FALSE on failure. */
gboolean plain_replay_xlsx     (const char  *replay_path,
                                const char  *xlsx_path,
                                double      *seconds,
                                double      *cpu,
                                guint       *n_cells,
                                guint       *n_merges,
                                guint       *n_charts);

G_END_DECLS
