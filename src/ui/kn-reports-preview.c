/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Laporan place's preview: a page of what is chosen, drawn as it prints, turned and zoomed. */

#define G_LOG_DOMAIN "kn-reports-preview"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-reports-preview.h"

struct _KnReportsPreview
{
  GtkWidget           parent_instance;

  KnReportsPrintable *printable;   /* owned, nullable */
  guint               page;
  int                 zoom;        /* KN_REPORTS_ZOOM_FIT_PAGE, _FIT_WIDTH or a percentage */

  GtkBox             *box;
  GtkLabel           *page_label;
  GtkLabel           *zoom_label;
  GtkScrolledWindow  *scroller;
  GtkDrawingArea     *area;
};

enum
{
  PROP_0,
  PROP_PAGE,
  PROP_N_PAGES,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KnReportsPreview, kn_reports_preview, GTK_TYPE_WIDGET)

/* The percentages "Larger" and "Smaller" step through; 100 % is the paper's real size. */
static const int zoom_steps[] = { KN_REPORTS_ZOOM_MIN, 75, 100, 125, 150, KN_REPORTS_ZOOM_MAX };

static void
update_zoom (KnReportsPreview *self)
{
  g_autofree char *text = NULL;
  int width = 0, height = 0;

  if (self->zoom == KN_REPORTS_ZOOM_FIT_PAGE)
    text = g_strdup (_("Whole page"));
  else if (self->zoom == KN_REPORTS_ZOOM_FIT_WIDTH)
    text = g_strdup (_("Page width"));
  else
    text = g_strdup_printf ("%d %%", self->zoom);
  gtk_label_set_text (self->zoom_label, text);

  /* A zoomed page is as large as it is drawn, and scrolls; a fitted one takes the room given. */
  if (self->printable != NULL && self->zoom > 0)
    {
      double scale = self->zoom / 100.0 * 96.0 / 72.0;
      double page_width, page_height;

      kn_reports_printable_get_page_size (self->printable, &page_width, &page_height);
      width = (int) (page_width * scale) + 24;
      height = (int) (page_height * scale) + 24;
    }
  else if (self->printable != NULL && self->zoom == KN_REPORTS_ZOOM_FIT_WIDTH)
    {
      int room = gtk_widget_get_width (GTK_WIDGET (self->area));
      double page_width, page_height;

      kn_reports_printable_get_page_size (self->printable, &page_width, &page_height);
      if (room > 24)
        height = (int) ((room - 24) / page_width * page_height) + 24;
    }
  gtk_drawing_area_set_content_width (self->area, width);
  gtk_drawing_area_set_content_height (self->area, height);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in",
                                 self->zoom < zoom_steps[G_N_ELEMENTS (zoom_steps) - 1]);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out",
                                 self->zoom <= 0 || self->zoom > zoom_steps[0]);
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

static void
update_page_label (KnReportsPreview *self)
{
  guint n = kn_reports_preview_get_n_pages (self);
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("Nothing to show"));
  else
    text = g_strdup_printf (_("Page %u of %u"), self->page + 1, n);
  gtk_label_set_text (self->page_label, text);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page", self->page + 1 < n);
}

/* The scale a fitted page is drawn at, as a percentage of its real size. */
static int
fitted_percent (KnReportsPreview *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->scroller));
  int height = gtk_widget_get_height (GTK_WIDGET (self->scroller));
  double page_width, page_height, scale;

  if (self->printable == NULL || width <= 24 || height <= 24)
    return 100;
  kn_reports_printable_get_page_size (self->printable, &page_width, &page_height);
  scale = (width - 24) / page_width;
  if (self->zoom == KN_REPORTS_ZOOM_FIT_PAGE)
    scale = MIN (scale, (height - 24) / page_height);
  return (int) (scale * 72.0 / 96.0 * 100.0);
}

static void
draw_page (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        user_data)
{
  KnReportsPreview *self = user_data;
  double page_width, page_height, scale, x, y;

  if (self->printable == NULL)
    return;

  kn_reports_printable_get_page_size (self->printable, &page_width, &page_height);
  if (self->zoom > 0)
    scale = self->zoom / 100.0 * 96.0 / 72.0;
  else if (self->zoom == KN_REPORTS_ZOOM_FIT_WIDTH)
    scale = (width - 24) / page_width;
  else
    scale = MIN ((width - 24) / page_width, (height - 24) / page_height);
  if (scale <= 0)
    return;
  x = MAX (12, (width - page_width * scale) / 2);
  y = self->zoom == KN_REPORTS_ZOOM_FIT_PAGE ? (height - page_height * scale) / 2 : 12;

  /* A sheet of paper with a soft edge, then the page as it prints. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.15);
  cairo_rectangle (cr, x + 2, y + 3, page_width * scale, page_height * scale);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, page_width * scale, page_height * scale);
  cairo_fill (cr);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, page_width, page_height);
  cairo_clip (cr);
  kn_reports_printable_draw_page (self->printable, cr, self->page);
  cairo_restore (cr);
}

static void
on_area_resized_cb (GtkDrawingArea   *area,
                    int               width,
                    int               height,
                    KnReportsPreview *self)
{
  /* The height of a page fitted to the width follows the width. */
  if (self->zoom == KN_REPORTS_ZOOM_FIT_WIDTH)
    update_zoom (self);
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KnReportsPreview *self = KN_REPORTS_PREVIEW (widget);
  guint n = kn_reports_preview_get_n_pages (self);
  guint page = self->page;

  if (g_str_equal (action_name, "preview.next-page") && self->page + 1 < n)
    self->page++;
  else if (g_str_equal (action_name, "preview.previous-page") && self->page > 0)
    self->page--;

  update_page_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
  if (page != self->page)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KnReportsPreview *self = KN_REPORTS_PREVIEW (widget);
  int current = self->zoom > 0 ? self->zoom : fitted_percent (self);
  int zoom = self->zoom;

  if (g_str_equal (action_name, "preview.zoom-in"))
    {
      zoom = zoom_steps[G_N_ELEMENTS (zoom_steps) - 1];
      for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
        if (zoom_steps[i] > current)
          {
            zoom = zoom_steps[i];
            break;
          }
    }
  else if (g_str_equal (action_name, "preview.zoom-out"))
    {
      zoom = zoom_steps[0];
      for (guint i = G_N_ELEMENTS (zoom_steps); i > 0; i--)
        if (zoom_steps[i - 1] < current)
          {
            zoom = zoom_steps[i - 1];
            break;
          }
    }
  else if (g_str_equal (action_name, "preview.zoom-fit-width"))
    zoom = KN_REPORTS_ZOOM_FIT_WIDTH;
  else
    zoom = KN_REPORTS_ZOOM_FIT_PAGE;

  kn_reports_preview_set_zoom (self, zoom);
}

static void
kn_reports_preview_dispose (GObject *object)
{
  KnReportsPreview *self = KN_REPORTS_PREVIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KN_TYPE_REPORTS_PREVIEW);
  g_clear_pointer (&self->printable, kn_reports_printable_free);

  G_OBJECT_CLASS (kn_reports_preview_parent_class)->dispose (object);
}

static void
kn_reports_preview_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KnReportsPreview *self = KN_REPORTS_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_uint (value, kn_reports_preview_get_page (self));
      break;
    case PROP_N_PAGES:
      g_value_set_uint (value, kn_reports_preview_get_n_pages (self));
      break;
    case PROP_ZOOM:
      g_value_set_int (value, kn_reports_preview_get_zoom (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_reports_preview_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KnReportsPreview *self = KN_REPORTS_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      kn_reports_preview_set_zoom (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_reports_preview_class_init (KnReportsPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_reports_preview_dispose;
  object_class->get_property = kn_reports_preview_get_property;
  object_class->set_property = kn_reports_preview_set_property;

  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ZOOM] =
    g_param_spec_int ("zoom", NULL, NULL, KN_REPORTS_ZOOM_FIT_WIDTH, KN_REPORTS_ZOOM_MAX,
                      KN_REPORTS_ZOOM_FIT_PAGE,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/id/go/lampungprov/Kinerja/kn-reports-preview.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPreview, box);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPreview, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPreview, scroller);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPreview, area);
  gtk_widget_class_bind_template_callback (widget_class, on_area_resized_cb);

  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-fit-page", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-fit-width", NULL, zoom_action);
}

static void
kn_reports_preview_init (KnReportsPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drawing_area_set_draw_func (self->area, draw_page, self, NULL);
  self->zoom = KN_REPORTS_ZOOM_FIT_PAGE;
  update_zoom (self);
  update_page_label (self);
}

void
kn_reports_preview_set_printable (KnReportsPreview   *self,
                                  KnReportsPrintable *printable)
{
  g_return_if_fail (KN_IS_REPORTS_PREVIEW (self));

  g_clear_pointer (&self->printable, kn_reports_printable_free);
  self->printable = printable;
  self->page = 0;
  update_page_label (self);
  update_zoom (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

KnReportsPrintable *
kn_reports_preview_get_printable (KnReportsPreview *self)
{
  g_return_val_if_fail (KN_IS_REPORTS_PREVIEW (self), NULL);
  return self->printable;
}

guint
kn_reports_preview_get_n_pages (KnReportsPreview *self)
{
  g_return_val_if_fail (KN_IS_REPORTS_PREVIEW (self), 0);
  return self->printable != NULL ? kn_reports_printable_get_n_pages (self->printable) : 0;
}

guint
kn_reports_preview_get_page (KnReportsPreview *self)
{
  g_return_val_if_fail (KN_IS_REPORTS_PREVIEW (self), 0);
  return self->page;
}

void
kn_reports_preview_set_zoom (KnReportsPreview *self,
                             int               zoom)
{
  g_return_if_fail (KN_IS_REPORTS_PREVIEW (self));

  if (zoom > 0)
    zoom = CLAMP (zoom, zoom_steps[0], zoom_steps[G_N_ELEMENTS (zoom_steps) - 1]);
  else if (zoom != KN_REPORTS_ZOOM_FIT_WIDTH)
    zoom = KN_REPORTS_ZOOM_FIT_PAGE;
  if (zoom == self->zoom)
    return;
  self->zoom = zoom;
  update_zoom (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

int
kn_reports_preview_get_zoom (KnReportsPreview *self)
{
  g_return_val_if_fail (KN_IS_REPORTS_PREVIEW (self), KN_REPORTS_ZOOM_FIT_PAGE);
  return self->zoom;
}
