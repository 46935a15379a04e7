/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The side panel of Penilaian: the unit's counts per predikat, the pattern of its capaian
 * kinerja organisasi and every broken rule in a sentence, the distribution chart and the chosen
 * person's periods. What the charts draw is filled before drawing. */

#define G_LOG_DOMAIN "kn-distribution-panel"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kn-distribution-panel.h"
#include "kn-distribution-panel-private.h"
#include "kn-late-tooltips.h"

struct _KnDistributionPanel
{
  GtkWidget       parent_instance;

  guint           chart_counts[KN_PREDIKAT_N];
  KnOrgPredikat   chart_org;
  GArray         *chart_rules;     /* owned, nullable: KnDistributionRule */
  GPtrArray      *chart_points;    /* owned, nullable: KnPeriodPoint */
  char           *chart_employee;  /* owned, nullable */

  GtkScrolledWindow *scrolled;
  GtkLabel       *counts_label;
  GtkLabel       *pattern_label;
  GtkLabel       *violations_label;
  GtkDrawingArea *distribution_area;
  GtkDrawingArea *employee_area;

  /* Shown, the charts wait (issue 13: drawing them was 14 of the 33 ms of the frame that
   * opens Penilaian at 19,000 people): the distribution for the frame after the first, the
   * person's periods until no frame has come for QUIET_MS (the place's crossfade is over).
   * How many still wait (2: both, 1: the person's), and the frame clock looked at meanwhile. */
  guint           charts_held;
  KnAfterFrames   frames;          /* while charts_held */
  guint           quiet_id;
  guint           draws[2];        /* drawn: the distribution, the person's periods */
  /* Drawn once unseen, in a quiet turn before the panel is first shown: the fonts and glyphs
   * its texts need are loaded then, not in the frame that shows it. */
  guint           rehearse_id;
  guint           rehearsed;       /* bits: the distribution (1), the person's periods (2) */
};

G_DEFINE_FINAL_TYPE (KnDistributionPanel, kn_distribution_panel, GTK_TYPE_WIDGET)

/* A chart keeps its shape as the panel grows: its height follows its width, from the
 * content-height set in the .ui (its height at the panel's narrowest) up to this. */
#define CHART_MAX_HEIGHT 380
/* The chart's width in the panel at its narrowest (its width-request less its margins). */
#define CHART_REHEARSAL_WIDTH 276

static GtkSizeRequestMode
chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
chart_measure (GtkWidget      *widget,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural,
               int            *minimum_baseline,
               int            *natural_baseline)
{
  int least = gtk_drawing_area_get_content_height (GTK_DRAWING_AREA (widget));

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = gtk_drawing_area_get_content_width (GTK_DRAWING_AREA (widget));
  else
    *minimum = *natural = for_size < 0 ? least : CLAMP (for_size * 7 / 10, least, CHART_MAX_HEIGHT);
}

static void
chart_allocate (GtkWidget *widget,
                int        width,
                int        height,
                int        baseline)
{
}

static void
paint_distribution (KnDistributionPanel *self,
                    cairo_t             *cr,
                    int                  width,
                    int                  height)
{
  KnDistributionChart chart = { { 0, }, };

  memcpy (chart.counts, self->chart_counts, sizeof chart.counts);
  kn_distribution_chart_set_pattern (&chart, self->chart_org,
                                     (const KnDistributionRule *)self->chart_rules->data,
                                     self->chart_rules->len);
  chart.title = _("Distribution of the predikat");
  kn_chart_draw_distribution (cr, width, height, &chart);
}

static void
draw_distribution (GtkDrawingArea *area,
                   cairo_t        *cr,
                   int             width,
                   int             height,
                   gpointer        user_data)
{
  KnDistributionPanel *self = user_data;

  if (self->chart_rules == NULL || self->charts_held >= 2)
    return;
  self->draws[0]++;
  paint_distribution (self, cr, width, height);
}

static void
paint_employee (KnDistributionPanel *self,
                cairo_t             *cr,
                int                  width,
                int                  height)
{
  KnEmployeeChart chart = { 0, };
  g_autoptr(GArray) points = NULL;

  points = g_array_new (FALSE, FALSE, sizeof (KnPeriodPoint));
  for (guint i = 0; i < self->chart_points->len; i++)
    g_array_append_vals (points, g_ptr_array_index (self->chart_points, i), 1);
  chart.points = (const KnPeriodPoint *)points->data;
  chart.n_points = points->len;
  chart.title = self->chart_employee;
  kn_chart_draw_employee (cr, width, height, &chart);
}

static void
draw_employee (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  KnDistributionPanel *self = user_data;

  if (self->chart_points == NULL || self->charts_held >= 1)
    return;
  self->draws[1]++;
  paint_employee (self, cr, width, height);
}

/* Each chart with something to draw and not rehearsed yet, drawn where nobody sees it at the
 * size it will likely have. */
static gboolean
rehearse_cb (gpointer user_data)
{
  KnDistributionPanel *self = user_data;
  GtkDrawingArea *areas[] = { self->distribution_area, self->employee_area };
  gboolean ready[] = { self->chart_rules != NULL, self->chart_points != NULL };

  self->rehearse_id = 0;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    return G_SOURCE_REMOVE;
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      int width = gtk_widget_get_width (GTK_WIDGET (areas[i]));
      cairo_surface_t *surface;
      cairo_t *cr;
      int height;

      if (!ready[i] || (self->rehearsed & (1u << i)) != 0)
        continue;
      if (width <= 0)
        width = CHART_REHEARSAL_WIDTH;
      height = CLAMP (width * 7 / 10, gtk_drawing_area_get_content_height (areas[i]),
                      CHART_MAX_HEIGHT);
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      cr = cairo_create (surface);
      if (i == 0)
        paint_distribution (self, cr, width, height);
      else
        paint_employee (self, cr, width, height);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      self->rehearsed |= 1u << i;
    }
  return G_SOURCE_REMOVE;
}

static void
rehearse_unseen (KnDistributionPanel *self)
{
  if (self->rehearsed != 3 && self->rehearse_id == 0 &&
      !gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->rehearse_id = g_idle_add_full (G_PRIORITY_LOW, rehearse_cb, self, NULL);
}

#define QUIET_MS 50

static void
stop_holding (KnDistributionPanel *self)
{
  self->charts_held = 0;
  g_clear_handle_id (&self->quiet_id, g_source_remove);
  kn_after_frames_stop (&self->frames);
}

static gboolean
quiet_cb (gpointer user_data)
{
  KnDistributionPanel *self = user_data;

  self->quiet_id = 0;
  stop_holding (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->employee_area));
  return G_SOURCE_REMOVE;
}

/* A frame is painted: the distribution is drawn in the next one; the person's periods once
 * frames stop coming. */
static void
release_charts (gpointer data)
{
  KnDistributionPanel *self = data;

  if (self->charts_held == 2)
    {
      self->charts_held = 1;
      gtk_widget_queue_draw (GTK_WIDGET (self->distribution_area));
    }
  g_clear_handle_id (&self->quiet_id, g_source_remove);
  self->quiet_id = g_timeout_add (QUIET_MS, quiet_cb, self);
}

static void
kn_distribution_panel_map (GtkWidget *widget)
{
  KnDistributionPanel *self = KN_DISTRIBUTION_PANEL (widget);

  GTK_WIDGET_CLASS (kn_distribution_panel_parent_class)->map (widget);

  stop_holding (self);
  if (kn_after_frames_start (&self->frames, widget, release_charts, self))
    self->charts_held = 2;
}

static void
kn_distribution_panel_unmap (GtkWidget *widget)
{
  stop_holding (KN_DISTRIBUTION_PANEL (widget));

  GTK_WIDGET_CLASS (kn_distribution_panel_parent_class)->unmap (widget);
}

static void
kn_distribution_panel_dispose (GObject *object)
{
  KnDistributionPanel *self = KN_DISTRIBUTION_PANEL (object);

  stop_holding (self);
  g_clear_handle_id (&self->rehearse_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), KN_TYPE_DISTRIBUTION_PANEL);

  G_OBJECT_CLASS (kn_distribution_panel_parent_class)->dispose (object);
}

static void
kn_distribution_panel_finalize (GObject *object)
{
  KnDistributionPanel *self = KN_DISTRIBUTION_PANEL (object);

  g_clear_pointer (&self->chart_rules, g_array_unref);
  g_clear_pointer (&self->chart_points, g_ptr_array_unref);
  g_clear_pointer (&self->chart_employee, g_free);

  G_OBJECT_CLASS (kn_distribution_panel_parent_class)->finalize (object);
}

static void
kn_distribution_panel_class_init (KnDistributionPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_distribution_panel_dispose;
  object_class->finalize = kn_distribution_panel_finalize;
  widget_class->map = kn_distribution_panel_map;
  widget_class->unmap = kn_distribution_panel_unmap;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/id/go/lampungprov/Kinerja/kn-distribution-panel.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, KnDistributionPanel, scrolled);
  gtk_widget_class_bind_template_child (widget_class, KnDistributionPanel, counts_label);
  gtk_widget_class_bind_template_child (widget_class, KnDistributionPanel, pattern_label);
  gtk_widget_class_bind_template_child (widget_class, KnDistributionPanel, violations_label);
  gtk_widget_class_bind_template_child (widget_class, KnDistributionPanel, distribution_area);
  gtk_widget_class_bind_template_child (widget_class, KnDistributionPanel, employee_area);
}

static void
kn_distribution_panel_init (KnDistributionPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drawing_area_set_draw_func (self->distribution_area, draw_distribution, self, NULL);
  gtk_drawing_area_set_draw_func (self->employee_area, draw_employee, self, NULL);
  gtk_widget_set_layout_manager (GTK_WIDGET (self->distribution_area),
                                 gtk_custom_layout_new (chart_get_request_mode, chart_measure,
                                                        chart_allocate));
  gtk_widget_set_layout_manager (GTK_WIDGET (self->employee_area),
                                 gtk_custom_layout_new (chart_get_request_mode, chart_measure,
                                                        chart_allocate));
}

struct _KnDistributionReading
{
  guint          counts[KN_PREDIKAT_N];
  KnOrgPredikat  org;
  char          *org_from;    /* owned, nullable: the unit up the tree whose capaian applies,
                               * when the unit has none of its own */
  GPtrArray     *violations;  /* owned: KnDistributionViolation */
  GArray        *rules;       /* owned: KnDistributionRule */
};

KnDistributionReading *
kn_distribution_reading_new (KnStore    *store,
                             gint64      unit_id,
                             const char *period)
{
  KnDistributionReading *reading;
  gint64 from = 0;

  if (store == NULL || period == NULL || unit_id == 0)
    return NULL;

  reading = g_new0 (KnDistributionReading, 1);
  reading->violations = kn_store_check_distribution (store, unit_id, period, reading->counts);
  reading->org = kn_store_get_applying_org_predikat (store, unit_id, period, &from);
  if (from != 0 && from != unit_id)
    {
      KnOrgUnit *unit = kn_store_lookup_unit (store, from);

      reading->org_from = g_strdup (unit != NULL ? kn_org_unit_get_name (unit) : NULL);
    }
  reading->rules = kn_store_get_distribution_rules (store);
  return reading;
}

void
kn_distribution_reading_free (KnDistributionReading *reading)
{
  if (reading == NULL)
    return;
  g_clear_pointer (&reading->violations, g_ptr_array_unref);
  g_clear_pointer (&reading->rules, g_array_unref);
  g_free (reading->org_from);
  g_free (reading);
}

void
kn_distribution_panel_update (KnDistributionPanel *self,
                              KnStore             *store,
                              gint64               unit_id,
                              const char          *period)
{
  g_autoptr(KnDistributionReading) reading = NULL;

  g_return_if_fail (KN_IS_DISTRIBUTION_PANEL (self));

  reading = kn_distribution_reading_new (store, unit_id, period);
  kn_distribution_panel_show_reading (self, reading);
}

void
kn_distribution_panel_show_reading (KnDistributionPanel   *self,
                                    KnDistributionReading *reading)
{
  g_autoptr(GString) counts_text = g_string_new (NULL);
  g_autoptr(GString) pattern_text = g_string_new (NULL);
  g_autoptr(GString) violations_text = g_string_new (NULL);
  GPtrArray *violations;
  GArray *rules;
  KnOrgPredikat org;
  guint total;

  g_return_if_fail (KN_IS_DISTRIBUTION_PANEL (self));

  if (reading == NULL)
    {
      gtk_label_set_text (self->counts_label, "");
      gtk_label_set_text (self->pattern_label, "");
      gtk_label_set_text (self->violations_label, "");
      g_clear_pointer (&self->chart_rules, g_array_unref);
      gtk_widget_queue_draw (GTK_WIDGET (self->distribution_area));
      return;
    }

  violations = reading->violations;
  rules = reading->rules;
  org = reading->org;
  total = kn_distribution_count_predikats (reading->counts, KN_PREDIKAT_MASK_RATED);

  /* One predikat a line: a narrow panel wraps between them, never inside a name. */
  for (guint p = KN_PREDIKAT_SANGAT_BAIK; p > KN_PREDIKAT_NONE; p--)
    {
      guint count = reading->counts[p];
      g_autofree char *share = kn_format_percent (total > 0 ? 100.0 * count / total : 0);

      g_string_append_printf (counts_text, "%s: %u (%s)\n", kn_predikat_label (p), count, share);
    }
  g_string_append_printf (counts_text, "%s: %u", _("Not rated yet"),
                          reading->counts[KN_PREDIKAT_NONE]);

  if (org == KN_ORG_PREDIKAT_NONE)
    g_string_append (pattern_text,
                     _("Set the capaian kinerja organisasi to check the distribution against its pattern."));
  else
    {
      if (reading->org_from != NULL)
        /* TRANSLATORS: the capaian ("Baik") and the unit up the tree it is set for ("Bidang
         * Kebudayaan"), when the unit shown has none of its own. */
        g_string_append_printf (pattern_text, _("Pattern for %s, the capaian kinerja organisasi of %s (this unit has none of its own):"),
                                kn_org_predikat_label (org), reading->org_from);
      else
        g_string_append_printf (pattern_text, _("Pattern for %s:"), kn_org_predikat_label (org));
      for (guint i = 0; i < rules->len; i++)
        {
          KnDistributionRule *rule = &g_array_index (rules, KnDistributionRule, i);
          g_autofree char *description = NULL;

          if (rule->org != org)
            continue;
          description = kn_distribution_rule_describe (rule);
          g_string_append_printf (pattern_text, "\n• %s", description);
        }
    }

  for (guint i = 0; i < violations->len; i++)
    {
      KnDistributionViolation *violation = g_ptr_array_index (violations, i);

      g_string_append_printf (violations_text, "%s⚠ %s", i > 0 ? "\n" : "", violation->message);
    }

  gtk_label_set_text (self->counts_label, counts_text->str);
  gtk_label_set_text (self->pattern_label, pattern_text->str);
  gtk_label_set_text (self->violations_label, violations_text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->violations_label), violations_text->len > 0);

  memcpy (self->chart_counts, reading->counts, sizeof reading->counts);
  self->chart_org = org;
  g_clear_pointer (&self->chart_rules, g_array_unref);
  self->chart_rules = g_array_ref (rules);
  gtk_widget_queue_draw (GTK_WIDGET (self->distribution_area));
  rehearse_unseen (self);
}

void
kn_distribution_panel_show_employee (KnDistributionPanel *self,
                                     KnStore             *store,
                                     gint64               employee_id,
                                     guint                year)
{
  g_return_if_fail (KN_IS_DISTRIBUTION_PANEL (self));

  g_clear_pointer (&self->chart_points, g_ptr_array_unref);
  g_clear_pointer (&self->chart_employee, g_free);

  if (store != NULL && employee_id != 0 && year != 0)
    {
      KnEmployee *employee = kn_store_lookup_employee (store, employee_id);

      self->chart_points = kn_report_build_employee_periods (store, employee_id, year);
      self->chart_employee = g_strdup (employee != NULL ? kn_employee_get_name (employee) : NULL);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->employee_area), self->chart_points != NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self->employee_area));
  rehearse_unseen (self);
}

const char *
kn_distribution_panel_get_counts_text (KnDistributionPanel *self)
{
  g_return_val_if_fail (KN_IS_DISTRIBUTION_PANEL (self), NULL);
  return gtk_label_get_text (self->counts_label);
}

const char *
kn_distribution_panel_get_pattern_text (KnDistributionPanel *self)
{
  g_return_val_if_fail (KN_IS_DISTRIBUTION_PANEL (self), NULL);
  return gtk_label_get_text (self->pattern_label);
}

const char *
kn_distribution_panel_get_violations_text (KnDistributionPanel *self)
{
  g_return_val_if_fail (KN_IS_DISTRIBUTION_PANEL (self), NULL);
  return gtk_label_get_text (self->violations_label);
}

void
_kn_distribution_panel_get_draws (KnDistributionPanel *self,
                                  guint               *distribution,
                                  guint               *employee)
{
  g_return_if_fail (KN_IS_DISTRIBUTION_PANEL (self));

  *distribution = self->draws[0];
  *employee = self->draws[1];
}
