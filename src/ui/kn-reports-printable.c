/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the Laporan place previews and prints: a document or the SKM report, and printing them. */

#define G_LOG_DOMAIN "kn-reports-page"

#include "config.h"

#include "kn-reports-printable.h"

struct _KnReportsPrintable
{
  KnDocument  *document;   /* owned, nullable */
  KnSkmReport *skm;        /* owned, nullable: when there is no document */
  KnPaper      paper;
};

KnReportsPrintable *
kn_reports_printable_new_document (KnDocument *document)
{
  KnReportsPrintable *self;

  g_return_val_if_fail (document != NULL, NULL);

  self = g_new0 (KnReportsPrintable, 1);
  self->document = document;
  return self;
}

KnReportsPrintable *
kn_reports_printable_new_skm (KnSkmReport *report,
                              KnPaper      paper)
{
  KnReportsPrintable *self;

  g_return_val_if_fail (report != NULL, NULL);

  self = g_new0 (KnReportsPrintable, 1);
  self->skm = report;
  self->paper = paper;
  return self;
}

void
kn_reports_printable_free (KnReportsPrintable *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->document, kn_document_free);
  g_clear_pointer (&self->skm, kn_skm_report_free);
  g_free (self);
}

void
kn_reports_printable_get_page_size (KnReportsPrintable *self,
                                    double             *width,
                                    double             *height)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (width != NULL && height != NULL);

  if (self->document == NULL)
    {
      kn_skm_document_page_size (self->paper, width, height);
      return;
    }
  *width = kn_document_get_page_width (self->document);
  *height = kn_document_get_page_height (self->document);
}

gboolean
kn_reports_printable_get_landscape (KnReportsPrintable *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->document != NULL && kn_document_get_landscape (self->document);
}

guint
kn_reports_printable_get_n_pages (KnReportsPrintable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->document != NULL ? kn_document_get_n_pages (self->document) : 1;
}

void
kn_reports_printable_draw_page (KnReportsPrintable *self,
                                cairo_t            *cr,
                                guint               page)
{
  double width, height;

  g_return_if_fail (self != NULL);

  kn_reports_printable_get_page_size (self, &width, &height);
  if (self->document != NULL)
    kn_document_draw_page (self->document, cr, page);
  else if (page == 0)
    kn_skm_document_draw (self->skm, cr, width, height);
}

/* Printing */

typedef struct
{
  GPtrArray *printables;   /* owned: KnReportsPrintable */
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_pointer (&job->printables, g_ptr_array_unref);
  g_free (job);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  guint pages = 0;

  for (guint i = 0; i < job->printables->len; i++)
    pages += kn_reports_printable_get_n_pages (g_ptr_array_index (job->printables, i));
  gtk_print_operation_set_n_pages (operation, MAX (pages, 1));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  guint page = page_nr;

  for (guint i = 0; i < job->printables->len; i++)
    {
      KnReportsPrintable *printable = g_ptr_array_index (job->printables, i);
      guint n = kn_reports_printable_get_n_pages (printable);
      double width, height;

      kn_reports_printable_get_page_size (printable, &width, &height);
      if (page < n)
        {
          /* The context's origin is the printable area; our pages draw in points from the edge. */
          double scale = gtk_print_context_get_width (context) /
                         (width -
                          gtk_page_setup_get_left_margin (gtk_print_context_get_page_setup (context), GTK_UNIT_POINTS) -
                          gtk_page_setup_get_right_margin (gtk_print_context_get_page_setup (context), GTK_UNIT_POINTS));

          cairo_save (cr);
          cairo_scale (cr, scale, scale);
          cairo_translate (cr,
                           -gtk_page_setup_get_left_margin (gtk_print_context_get_page_setup (context), GTK_UNIT_POINTS),
                           -gtk_page_setup_get_top_margin (gtk_print_context_get_page_setup (context), GTK_UNIT_POINTS));
          kn_reports_printable_draw_page (printable, cr, page);
          cairo_restore (cr);
          return;
        }
      page -= n;
    }
}

GtkPrintOperation *
kn_reports_print_operation_new (GPtrArray *printables,
                                KnPaper    paper)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) size = NULL;
  PrintJob *job;
  GtkPrintOperation *operation;
  KnReportsPrintable *first;

  g_return_val_if_fail (printables != NULL && printables->len > 0, NULL);

  job = g_new0 (PrintJob, 1);
  job->printables = printables;

  /* The paper and orientation follow the document: A4 or F4 (Folio, 215 × 330 mm). */
  first = g_ptr_array_index (job->printables, 0);
  if (paper == KN_PAPER_F4)
    size = gtk_paper_size_new_custom ("om_folio_215x330mm", "F4 (215 × 330 mm)", 215, 330, GTK_UNIT_MM);
  else
    size = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, size);
  gtk_page_setup_set_orientation (setup, kn_reports_printable_get_landscape (first)
                                         ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_page_setup_set_top_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_bottom_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_left_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_right_margin (setup, 0, GTK_UNIT_POINTS);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, "Kinerja");
  g_object_set_data_full (G_OBJECT (operation), "kn-print-job", job, print_job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job);

  return operation;
}
