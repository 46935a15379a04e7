/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the documents and the manual share to print: a text context measuring as paper does, the
 * lines of a layout drawn a page at a time, and a PDF file written through a temporary file. */

#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-output-file.h"

G_BEGIN_DECLS

#define KN_PRINT_FONT_FAMILY "Noto Sans"

/* A PDF file being written: cairo's stream goes to a temporary file, put in place at the end. */
typedef struct
{
  KnOutputFile *output;    /* owned */
  char         *display;   /* the target's name, for messages; owned */
  int           fd;
  int           error;     /* errno of the first failed write */
} KnPdfTarget;

PangoContext         *_kn_print_context_new     (void);
PangoFontDescription *_kn_print_font_new        (double        size,
                                                 gboolean      bold);
void                  _kn_print_show_lines      (cairo_t      *cr,
                                                 PangoLayout  *layout,
                                                 double        x,
                                                 double        y,
                                                 int           first_line,
                                                 int           n_lines);

gboolean              _kn_pdf_target_open       (KnPdfTarget  *target,
                                                 const char   *path,
                                                 GError      **error);
cairo_surface_t      *_kn_pdf_target_surface_new (KnPdfTarget *target,
                                                 double        width,
                                                 double        height,
                                                 const char   *title);
gboolean              _kn_pdf_target_finish     (KnPdfTarget      *target,
                                                 cairo_surface_t  *surface,
                                                 GError          **error);
void                  _kn_pdf_target_clear      (KnPdfTarget  *target);

G_END_DECLS
