/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the documents and the manual share to print (kn-print-private.h). */

#define G_LOG_DOMAIN "kn-document"

#include "config.h"

#include <errno.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <glib.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-document.h"

#include "kn-print-private.h"

/* A context whose text breaks the same on paper, in a PDF and on screen: unhinted metrics at
 * 72 dpi, Indonesian text. */
PangoContext *
_kn_print_context_new (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string ("id"));
  return context;
}

PangoFontDescription *
_kn_print_font_new (double   size,
                    gboolean bold)
{
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family (desc, KN_PRINT_FONT_FAMILY);
  pango_font_description_set_size (desc, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  return desc;
}

/* Draws @n_lines lines of @layout from @first_line, the top of the first at (@x, @y): a
 * paragraph split over pages draws its part on each. */
void
_kn_print_show_lines (cairo_t     *cr,
                      PangoLayout *layout,
                      double       x,
                      double       y,
                      int          first_line,
                      int          n_lines)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int origin = 0;
  int i = 0;

  do
    {
      if (i >= first_line && i < first_line + n_lines)
        {
          PangoRectangle logical;
          int y0, y1;

          pango_layout_iter_get_line_yrange (iter, &y0, &y1);
          if (i == first_line)
            origin = y0;
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE,
                         y + (double) (pango_layout_iter_get_baseline (iter) - origin)
                             / PANGO_SCALE);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      i++;
    }
  while (i < first_line + n_lines && pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

static cairo_status_t
target_write_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  KnPdfTarget *target = closure;

  while (length > 0)
    {
      ssize_t written = write (target->fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          target->error = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += written;
      length -= (unsigned int) written;
    }

  return CAIRO_STATUS_SUCCESS;
}

/* Opens the temporary file beside @path; @target is cleared with _kn_pdf_target_clear() whether
 * this succeeds or not. */
gboolean
_kn_pdf_target_open (KnPdfTarget  *target,
                     const char   *path,
                     GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  *target = (KnPdfTarget) { NULL, NULL, -1, 0 };
  /* Renaming over a device, a pipe or a folder would replace it: only files are written. */
  target->output = kn_output_file_new (path, &local_error);
  if (target->output == NULL)
    {
      g_set_error_literal (error, KN_DOCUMENT_ERROR, KN_DOCUMENT_ERROR_FOLDER,
                           local_error->message);
      return FALSE;
    }
  target->display = g_filename_display_name (path);
  target->fd = kn_output_file_get_fd (target->output);
  return TRUE;
}

cairo_surface_t *
_kn_pdf_target_surface_new (KnPdfTarget *target,
                            double       width,
                            double       height,
                            const char  *title)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (target_write_cb, target,
                                                                  width, height);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Kinerja");
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  return surface;
}

/* Finishes and destroys @surface, then puts the file in place: a crash leaves the old file or
 * the whole new one. */
gboolean
_kn_pdf_target_finish (KnPdfTarget      *target,
                       cairo_surface_t  *surface,
                       GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  cairo_status_t status;

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (target->error != 0 || status != CAIRO_STATUS_SUCCESS)
    {
      const char *reason = target->error != 0 ? g_strerror (target->error)
                                              : cairo_status_to_string (status);

      g_set_error (error, KN_DOCUMENT_ERROR, KN_DOCUMENT_ERROR_WRITE,
                   _("Could not save “%s”: %s. Free some space or choose another place, then "
                     "try again."),
                   target->display, reason);
      return FALSE;
    }

  /* Synced, then renamed over the target. */
  if (!kn_output_file_commit (target->output, &local_error))
    {
      g_set_error_literal (error, KN_DOCUMENT_ERROR,
                           local_error->code == KN_OUTPUT_FILE_ERROR_NOT_REGULAR
                             ? KN_DOCUMENT_ERROR_FOLDER : KN_DOCUMENT_ERROR_WRITE,
                           local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Not committed: the temporary file goes. */
void
_kn_pdf_target_clear (KnPdfTarget *target)
{
  g_clear_pointer (&target->output, kn_output_file_free);
  g_clear_pointer (&target->display, g_free);
}
