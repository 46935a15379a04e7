/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Laporan Hasil Survei Kepuasan Masyarakat as a document like the forms (kn-document.h: the
 * same fonts, "Halaman N dari M" and signature block): the survey's identity, the NRR of each
 * unsur, the IKM and its mutu, a bar chart of the NRR, the weakest unsur and the signature of the
 * unit's head with pangkat and NIP. Indonesian whatever the locale. */

#pragma once

#if defined (KN_CORE_COMPILATION) || defined (KN_IO_COMPILATION)
#error "kn-skm-document.h is the report library's: the core and io cannot include it (README, Layout)"
#endif

#include <cairo.h>
#include <glib.h>

#include "kn-document.h"
#include "kn-report-data.h"
#include "kn-skm-report.h"

G_BEGIN_DECLS

/* The page size of @paper in points. */
void         kn_skm_document_page_size (KnPaper             paper,
                                        double             *width,
                                        double             *height);
/* The report as a document of @paper (free with kn_document_free). */
KnDocument  *kn_skm_document_new       (const KnSkmReport  *report,
                                        KnPaper             paper);
/* Draws the report's first page onto @cr, a page of @width × @height points (A4 or F4); paints
 * no background. */
void         kn_skm_document_draw      (const KnSkmReport  *report,
                                        cairo_t            *cr,
                                        double              width,
                                        double              height);
/* The bar chart of the NRR of each unsur (0–4, a line at the IKM's NRR) into the rectangle. */
void         kn_skm_chart_draw         (const KnSkmReport  *report,
                                        cairo_t            *cr,
                                        double              x,
                                        double              y,
                                        double              width,
                                        double              height);
/* Writes the report as a one-page PDF, atomically (a temporary file renamed over @path once
 * complete; an existing @path that is not a regular file is refused). Errors are
 * KN_DOCUMENT_ERROR. */
gboolean     kn_skm_document_write_pdf (const KnSkmReport  *report,
                                        KnPaper             paper,
                                        const char         *path,
                                        GError            **error);

G_END_DECLS
