/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the Laporan place previews and prints, behind one set of calls: a laid-out document
 * (KnDocument) or the one page of a Laporan Hasil Survei Kepuasan Masyarakat; and the print
 * operation that sends several of them to a printer. */

#pragma once

#include <gtk/gtk.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

typedef struct _KnReportsPrintable KnReportsPrintable;

/* Each takes what it is given. */
KnReportsPrintable *kn_reports_printable_new_document    (KnDocument          *document);
KnReportsPrintable *kn_reports_printable_new_skm         (KnSkmReport         *report,
                                                          KnPaper              paper);
void                kn_reports_printable_free            (KnReportsPrintable  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnReportsPrintable, kn_reports_printable_free)

/* The page size in points, already turned for landscape. */
void                kn_reports_printable_get_page_size   (KnReportsPrintable  *self,
                                                          double              *width,
                                                          double              *height);
gboolean            kn_reports_printable_get_landscape   (KnReportsPrintable  *self);
guint               kn_reports_printable_get_n_pages     (KnReportsPrintable  *self);
/* Draws page @page (from 0) in points from the top left corner; paints no background. */
void                kn_reports_printable_draw_page       (KnReportsPrintable  *self,
                                                          cairo_t             *cr,
                                                          guint                page);

/* A print operation for @printables (KnReportsPrintable, taken; one at least), one after the
 * other, on @paper (A4 or F4, the margins the documents' own) turned as the first one is. */
GtkPrintOperation  *kn_reports_print_operation_new       (GPtrArray           *printables,
                                                          KnPaper              paper);

G_END_DECLS
