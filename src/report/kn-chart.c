/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Charts drawn with cairo and pango from plain data (one file per chart, kn-chart-*.c): written
 * here to PNG files. */

#define G_LOG_DOMAIN "kn-chart"

#include "config.h"

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-chart.h"
#include "kinerja/kn-format.h"

#include "kn-chart-private.h"

G_DEFINE_QUARK (kn-chart-error-quark, kn_chart_error)

gboolean
kn_chart_write_png (KnChartDrawFunc   draw,
                    gconstpointer     chart,
                    int               width,
                    int               height,
                    const char       *path,
                    GError          **error)
{
  g_autofree char *display_name = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (draw != NULL, FALSE);
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* cairo's image surfaces are limited to 32767 pixels a side. */
  if (width <= 0 || height <= 0 || width > 32767 || height > 32767)
    {
      g_set_error (error, KN_CHART_ERROR, KN_CHART_ERROR_SIZE,
                   _("A chart of %d × %d pixels cannot be made. Choose a width and a height "
                     "between 1 and 32767."),
                   width, height);
      return FALSE;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  _kn_chart_set_colour (cr, &white, 1.0);
  cairo_paint (cr);
  draw (cr, width, height, chart);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      display_name = g_filename_display_name (path);
      g_set_error (error, KN_CHART_ERROR, KN_CHART_ERROR_WRITE,
                   _("Could not save the chart as “%s”: %s. Choose a folder you can write to "
                     "and try again."),
                   display_name, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}
