/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The printed documents (DOMAIN.md §6) laid out into pages, drawn with cairo onto any surface:
 * the screen, a printer, PNG or PDF files. */

#pragma once

#if defined (KN_CORE_COMPILATION) || defined (KN_IO_COMPILATION)
#error "kn-document.h is the report library's: the core and io cannot include it (README, Layout)"
#endif

#include <cairo.h>
#include <glib.h>

#include "kn-report-batch.h"
#include "kn-report-data.h"

G_BEGIN_DECLS

#define KN_DOCUMENT_ERROR (kn_document_error_quark ())

typedef enum
{
  KN_DOCUMENT_ERROR_FOLDER,   /* the folder is missing or cannot be written to */
  KN_DOCUMENT_ERROR_WRITE,    /* writing the file failed (disk full, input/output error) */
} KnDocumentError;

GQuark       kn_document_error_quark     (void);

/* An opaque, paginated layout. It copies what it needs: the report may be freed afterwards. */
typedef struct _KnDocument KnDocument;

/* The SKP, the Evaluasi Kinerja Pegawai or the Dokumen Evaluasi, by @report->kind. The SKP and
 * the Dokumen are portrait; the Evaluasi, with its eight columns, is landscape. */
KnDocument  *kn_document_new_report      (const KnReport       *report,
                                          KnPaper               paper);
/* The Penetapan Predikat Kinerja of a unit, landscape. */
KnDocument  *kn_document_new_recap       (const KnRecapReport  *report,
                                          KnPaper               paper);
void         kn_document_free            (KnDocument           *document);

/* The page size in points (1/72 in), already turned for landscape. */
double       kn_document_get_page_width  (KnDocument           *document);
double       kn_document_get_page_height (KnDocument           *document);
gboolean     kn_document_get_landscape   (KnDocument           *document);
guint        kn_document_get_n_pages     (KnDocument           *document);

/* Draws page @page (from 0) with its top left corner at (0, 0), in points, onto any cairo
 * context. It paints no background. Every drawing, in any order and as often as needed (a
 * preview), uses the text as shaped when the document was made: nothing is shaped again. */
void         kn_document_draw_page       (KnDocument           *document,
                                          cairo_t              *cr,
                                          guint                 page);


/* Writes every page to a PDF file atomically: a temporary file in the same folder, renamed over
 * @path once complete. On failure no file is left behind. */
gboolean     kn_document_write_pdf       (KnDocument           *document,
                                          const char           *path,
                                          GError              **error);
/* Several documents (a whole unit) into one PDF file, in order, each numbering its own pages. */
gboolean     kn_document_write_pdf_many  (KnDocument          **documents,
                                          guint                 n,
                                          const char           *path,
                                          GError              **error);

/* One PDF file written a document at a time, so that a whole unit's documents need not be held
 * together: kn_pdf_writer_add() draws the document's pages into the file at once (free the
 * document after). The file appears, complete and atomically, at kn_pdf_writer_finish();
 * freeing the writer without finishing leaves nothing behind. */
typedef struct _KnPdfWriter KnPdfWriter;

KnPdfWriter *kn_pdf_writer_new           (const char           *path,
                                          GError              **error);
void         kn_pdf_writer_add           (KnPdfWriter          *writer,
                                          KnDocument           *document);
/* Needs one document added at least. */
gboolean     kn_pdf_writer_finish        (KnPdfWriter          *writer,
                                          GError              **error);
void         kn_pdf_writer_free          (KnPdfWriter          *writer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnDocument, kn_document_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnPdfWriter, kn_pdf_writer_free)

/* The batch's PDF writer: several reports into one PDF, each numbering its own pages. */
const KnReportWriter *kn_document_report_writer (void);

G_END_DECLS
