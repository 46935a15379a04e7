/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The help of every place as a short printed manual for socialisation sessions: a title page
 * "Panduan Kinerja", a table of contents, a chapter per place, "Halaman N dari M" on each page.
 * Laid out once, drawn with cairo onto any surface: the screen, a printer or a PDF file. */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "kn-help.h"
#include "kn-report-data.h"

G_BEGIN_DECLS

/* An opaque, paginated layout of the manual. */
typedef struct _KnManual KnManual;

/* Lays out @pages (KnHelpPage, in chapter order) on @paper (portrait). The pages are kept
 * (referenced) by the manual. */
KnManual    *kn_manual_new             (GPtrArray   *pages,
                                        KnPaper      paper);
/* The manual of all the help texts of the library (kn_help_load_all), NULL with @error when
 * one cannot be read. */
KnManual    *kn_manual_new_default     (KnPaper      paper,
                                        GError     **error);
void         kn_manual_free            (KnManual    *manual);

/* The page size in points (1/72 in). */
double       kn_manual_get_page_width  (KnManual    *manual);
double       kn_manual_get_page_height (KnManual    *manual);
guint        kn_manual_get_n_pages     (KnManual    *manual);
/* The page (from 0) where the chapter of the help page with id @topic_id ("pegawai") begins:
 * the number printed in the table of contents minus one; G_MAXUINT when there is none. */
guint        kn_manual_get_chapter_page (KnManual   *manual,
                                        const char  *topic_id);

/* Draws page @page (from 0) with its top left corner at (0, 0), in points, onto any cairo
 * context. It paints no background. On a PDF surface the table of contents links to the
 * chapters. */
void         kn_manual_draw_page       (KnManual    *manual,
                                        cairo_t     *cr,
                                        guint        page);

/* Writes the manual to a PDF file atomically (a temporary file in the same folder renamed over
 * @path once complete), with the chapters as bookmarks. An existing @path that is not a regular
 * file is refused; on failure no file is left behind. Errors are KN_DOCUMENT_ERROR. */
gboolean     kn_manual_write_pdf       (KnManual    *manual,
                                        const char  *path,
                                        GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnManual, kn_manual_free)

G_END_DECLS
