/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Beranda: a unit at a glance — SKPs approved, evaluations final, and the predikat
 * distribution against the allowed pattern. */

#define G_LOG_DOMAIN "kn-dashboard-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kn-chooser.h"
#include "kn-dashboard-page.h"
#include "kn-desk-settings.h"
#include "kn-late-tooltips.h"
#include "kn-period-choices.h"
#include "kn-store-follow.h"
#include "kn-store-reading.h"

/* The desk's key for the unit last chosen here (kn-desk-settings). */
#define UNIT_KEY "beranda-unit"

struct _KnDashboardPage
{
  GtkWidget           parent_instance;

  KnStore            *store;        /* owned, nullable */
  GArray             *unit_ids;     /* owned: gint64 per unit_chooser item */
  GPtrArray          *periods;      /* owned: char* per period_dropdown item */

  /* What the charts draw, filled before drawing. */
  guint               employees;
  guint               approved;
  guint               final;
  char               *period_label; /* owned */
  char               *unit_name;    /* owned */
  guint               counts[KN_PREDIKAT_N];
  KnOrgPredikat       org;
  GArray             *rules;        /* owned: KnDistributionRule */
  KnTrainingChart     training;
  KnSkmChart          skm;
  GCancellable       *load;         /* owned, nullable: the figures being gathered */

  GtkScrolledWindow  *scroller;
  KnChooser          *unit_chooser;
  GtkDropDown        *period_dropdown;
  GtkLabel           *summary_label;
  GtkWidget          *loading_box;
  GtkDrawingArea     *completion_area;
  GtkDrawingArea     *distribution_area;
  GtkDrawingArea     *training_area;
  GtkDrawingArea     *skm_area;

  /* Opening the Beranda: the frame that shows it draws none of its charts, each frame after it
   * one more in reading order (issue 13: the four in one frame took 18-56 ms of the main
   * thread at 19,000 employees, the more when their pixels were memory not touched yet). */
  guint               charts_shown;   /* how many of them (in reading order) may draw */
  KnAfterFrames       frames;         /* while some are held */
  guint               draws[KN_DASHBOARD_N_CHARTS];
};

/* The charts in reading order. */
enum { CHART_COMPLETION, CHART_DISTRIBUTION, CHART_TRAINING, CHART_SKM };

G_DEFINE_FINAL_TYPE (KnDashboardPage, kn_dashboard_page, GTK_TYPE_WIDGET)

static gboolean
chart_may_draw (KnDashboardPage *self,
                guint            chart)
{
  if (chart >= self->charts_shown)
    return FALSE;
  self->draws[chart]++;
  return TRUE;
}

static void
draw_training (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  KnDashboardPage *self = user_data;

  if (!chart_may_draw (self, CHART_TRAINING))
    return;

  self->training.title = _("Lesson hours of competence development");
  kn_chart_draw_training (cr, width, height, &self->training);
}

static void
draw_skm (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  KnDashboardPage *self = user_data;

  if (!chart_may_draw (self, CHART_SKM))
    return;

  self->skm.title = _("Public satisfaction (Indeks Kepuasan Masyarakat)");
  kn_chart_draw_skm (cr, width, height, &self->skm);
}

static void
draw_completion (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  KnDashboardPage *self = user_data;
  KnCompletionChart chart = {
    .employees = self->employees,
    .plans_approved = self->approved,
    .evaluations_final = self->final,
    .period_label = self->period_label,
    .title = self->unit_name,
  };

  if (!chart_may_draw (self, CHART_COMPLETION))
    return;

  kn_chart_draw_completion (cr, width, height, &chart);
}

static void
draw_distribution (GtkDrawingArea *area,
                   cairo_t        *cr,
                   int             width,
                   int             height,
                   gpointer        user_data)
{
  KnDashboardPage *self = user_data;
  KnDistributionChart chart = { { 0, }, };

  if (!chart_may_draw (self, CHART_DISTRIBUTION))
    return;

  memcpy (chart.counts, self->counts, sizeof chart.counts);
  chart.org = self->org;
  if (self->rules != NULL)
    kn_distribution_chart_set_pattern (&chart, self->org,
                                       (const KnDistributionRule *)self->rules->data,
                                       self->rules->len);
  chart.title = _("Predikat against the allowed pattern");
  kn_chart_draw_distribution (cr, width, height, &chart);
}

/* Gathering the figures
 *
 * At province scale a unit's figures (its people, their SKP, evaluations, predikat and lesson
 * hours) take a few hundred milliseconds to read, so they are gathered off the main thread
 * (kn-store-reading.h), the figures shown before staying until the new ones replace them. Choosing again cancels the gathering under way: its
 * figures are dropped. A store without a file (none in the window) is read on the main thread. */

typedef struct
{
  gint64           unit_id;
  char            *unit_name;
  char            *period;
  KnPeriod         parsed;

  guint            employees;
  guint            approved;
  guint            final;
  guint            counts[KN_PREDIKAT_N];
  guint            n_violations;
  KnOrgPredikat    org;
  GArray          *rules;         /* KnDistributionRule */
  KnTrainingChart  training;
  KnSkmChart       skm;
} Glance;

static void
glance_free (Glance *glance)
{
  g_free (glance->unit_name);
  g_free (glance->period);
  g_clear_pointer (&glance->rules, g_array_unref);
  g_free (glance);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Glance, glance_free)

static gboolean
gather (KnStore       *store,
        gpointer       data,
        GCancellable  *cancellable,
        GError       **error)
{
  Glance *glance = data;
  g_autoptr(GPtrArray) violations = NULL;

  kn_store_count_unit_completion (store, glance->unit_id, glance->parsed.year, glance->period,
                                  &glance->employees, &glance->approved, &glance->final);
  violations = kn_store_check_distribution (store, glance->unit_id, glance->period,
                                            glance->counts);
  glance->n_violations = violations->len;
  glance->org = kn_store_get_applying_org_predikat (store, glance->unit_id, glance->period, NULL);
  glance->rules = kn_store_get_distribution_rules (store);
  glance->training.target = KN_TRAINING_DEFAULT_JP_PER_YEAR;
  /* Pengembangan kompetensi: who has had the JP they are owed this year. */
  kn_report_count_training (store, glance->unit_id, glance->parsed.year, NULL, &glance->training);
  /* Survei Kepuasan Masyarakat: shown once the unit has a survey in the year. */
  kn_skm_chart_fill (store, glance->unit_id, glance->period, &glance->skm);
  return TRUE;
}

static void
show (KnDashboardPage *self,
      Glance          *glance)
{
  g_autofree char *first = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *target = NULL;
  gboolean any = FALSE;

  self->employees = glance->employees;
  self->approved = glance->approved;
  self->final = glance->final;
  memcpy (self->counts, glance->counts, sizeof self->counts);
  self->org = glance->org;
  g_clear_pointer (&self->rules, g_array_unref);
  self->rules = g_steal_pointer (&glance->rules);
  self->training = glance->training;
  self->skm = glance->skm;
  g_free (self->period_label);
  self->period_label = kn_period_label (&glance->parsed);
  g_free (self->unit_name);
  self->unit_name = g_strdup (glance->unit_name);

  first = g_strdup_printf (_("%s: %u employees, %u SKP of %u approved, %u evaluations of %s final, %u rules of the pattern broken."),
                           self->unit_name, self->employees, self->approved, glance->parsed.year,
                           self->final, self->period_label, glance->n_violations);
  target = kn_format_decimal (self->training.target);
  /* Translators: the Beranda summary goes on: "48 of 76 have had their 20 JP of competence development in 2026." */
  summary = g_strdup_printf (_("%s %u of %u have had their %s JP of competence development in %u."),
                             first, self->training.counts[KN_TRAINING_BAND_REACHED],
                             self->training.employees, target, glance->parsed.year);
  gtk_label_set_text (self->summary_label, summary);

  for (guint i = 0; i < self->skm.n_points; i++)
    any = any || self->skm.points[i].has_ikm;
  gtk_widget_set_visible (GTK_WIDGET (self->skm_area), any);
  gtk_widget_queue_draw (GTK_WIDGET (self->skm_area));
  gtk_widget_queue_draw (GTK_WIDGET (self->completion_area));
  gtk_widget_queue_draw (GTK_WIDGET (self->distribution_area));
  gtk_widget_queue_draw (GTK_WIDGET (self->training_area));
}

static void
on_gathered_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(KnDashboardPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(Glance) glance = kn_store_reading_finish (result, &self->load, &error);

  /* Chosen again meanwhile: these figures are another choice's. */
  if (glance == NULL && error == NULL)
    return;
  gtk_widget_set_visible (self->loading_box, FALSE);
  if (glance == NULL)
    {
      gtk_label_set_text (self->summary_label, error->message);
      return;
    }
  show (self, glance);
}

static void
refresh (KnDashboardPage *self)
{
  gint64 unit_id = kn_choice_id_at (self->unit_ids, kn_chooser_get_selected (self->unit_chooser));
  guint period_index = gtk_drop_down_get_selected (self->period_dropdown);
  g_autoptr(Glance) glance = NULL;
  const char *period;
  KnOrgUnit *unit;

  kn_store_reading_cancel (&self->load);
  gtk_widget_set_visible (self->loading_box, FALSE);

  if (self->store == NULL || unit_id == 0 || period_index >= self->periods->len)
    return;

  glance = g_new0 (Glance, 1);
  glance->unit_id = unit_id;
  period = g_ptr_array_index (self->periods, period_index);
  unit = kn_store_lookup_unit (self->store, glance->unit_id);
  if (unit == NULL || !kn_period_parse (period, &glance->parsed, NULL))
    return;
  glance->unit_name = g_strdup (kn_org_unit_get_name (unit));
  glance->period = g_strdup (period);

  if (kn_store_get_path (self->store) == NULL)
    {
      gather (self->store, glance, NULL, NULL);
      show (self, glance);
      return;
    }

  gtk_widget_set_visible (self->loading_box, TRUE);
  kn_store_reading_start (self->store, &self->load, gather, g_steal_pointer (&glance),
                          (GDestroyNotify)glance_free, on_gathered_cb, g_object_ref (self));
}

static void
on_choice_changed_cb (GObject         *dropdown,
                      GParamSpec      *pspec,
                      KnDashboardPage *self)
{
  /* The unit the place opens on next time. */
  if (self->store != NULL && dropdown == G_OBJECT (self->unit_chooser))
    kn_desk_settings_keep_unit (UNIT_KEY, kn_store_get_path (self->store),
                                kn_choice_id_at (self->unit_ids,
                                                 kn_chooser_get_selected (self->unit_chooser)));
  refresh (self);
}

static void
stop_holding_charts (KnDashboardPage *self)
{
  self->charts_shown = KN_DASHBOARD_N_CHARTS;
  kn_after_frames_stop (&self->frames);
}

/* A frame is painted: the next chart shown (a hidden one is passed over) is drawn in the next. */
static void
show_next_chart (gpointer data)
{
  KnDashboardPage *self = data;
  GtkWidget *areas[] = { GTK_WIDGET (self->completion_area), GTK_WIDGET (self->distribution_area),
                         GTK_WIDGET (self->training_area), GTK_WIDGET (self->skm_area) };

  while (self->charts_shown < KN_DASHBOARD_N_CHARTS &&
         !gtk_widget_get_visible (areas[self->charts_shown]))
    self->charts_shown++;
  if (self->charts_shown < KN_DASHBOARD_N_CHARTS)
    gtk_widget_queue_draw (areas[self->charts_shown++]);
  if (self->charts_shown == KN_DASHBOARD_N_CHARTS)
    stop_holding_charts (self);
}

static void
kn_dashboard_page_map (GtkWidget *widget)
{
  KnDashboardPage *self = KN_DASHBOARD_PAGE (widget);

  GTK_WIDGET_CLASS (kn_dashboard_page_parent_class)->map (widget);

  stop_holding_charts (self);
  if (kn_after_frames_start (&self->frames, widget, show_next_chart, self))
    self->charts_shown = 0;
}

static void
kn_dashboard_page_unmap (GtkWidget *widget)
{
  stop_holding_charts (KN_DASHBOARD_PAGE (widget));

  GTK_WIDGET_CLASS (kn_dashboard_page_parent_class)->unmap (widget);
}

static void
kn_dashboard_page_dispose (GObject *object)
{
  KnDashboardPage *self = (KnDashboardPage *)object;

  stop_holding_charts (self);
  kn_store_reading_cancel (&self->load);
  gtk_widget_dispose_template (GTK_WIDGET (self), KN_TYPE_DASHBOARD_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kn_dashboard_page_parent_class)->dispose (object);
}

static void
kn_dashboard_page_finalize (GObject *object)
{
  KnDashboardPage *self = (KnDashboardPage *)object;

  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->periods, g_ptr_array_unref);
  g_clear_pointer (&self->rules, g_array_unref);
  g_clear_pointer (&self->period_label, g_free);
  g_clear_pointer (&self->unit_name, g_free);

  G_OBJECT_CLASS (kn_dashboard_page_parent_class)->finalize (object);
}

static void
kn_dashboard_page_class_init (KnDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_dashboard_page_dispose;
  object_class->finalize = kn_dashboard_page_finalize;
  widget_class->map = kn_dashboard_page_map;
  widget_class->unmap = kn_dashboard_page_unmap;

  g_type_ensure (KN_TYPE_CHOOSER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/id/go/lampungprov/Kinerja/kn-dashboard-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, KnDashboardPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, KnDashboardPage, unit_chooser);
  gtk_widget_class_bind_template_child (widget_class, KnDashboardPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KnDashboardPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KnDashboardPage, loading_box);
  gtk_widget_class_bind_template_child (widget_class, KnDashboardPage, completion_area);
  gtk_widget_class_bind_template_child (widget_class, KnDashboardPage, distribution_area);
  gtk_widget_class_bind_template_child (widget_class, KnDashboardPage, training_area);
  gtk_widget_class_bind_template_child (widget_class, KnDashboardPage, skm_area);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);
}

static void
kn_dashboard_page_init (KnDashboardPage *self)
{
  self->charts_shown = KN_DASHBOARD_N_CHARTS;
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->periods = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->completion_area, draw_completion, self, NULL);
  gtk_drawing_area_set_draw_func (self->distribution_area, draw_distribution, self, NULL);
  gtk_drawing_area_set_draw_func (self->training_area, draw_training, self, NULL);
  gtk_drawing_area_set_draw_func (self->skm_area, draw_skm, self, NULL);
  self->training.target = KN_TRAINING_DEFAULT_JP_PER_YEAR;
}

void
kn_dashboard_page_set_store (KnDashboardPage *self,
                             KnStore         *store)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_if_fail (KN_IS_DASHBOARD_PAGE (self));

  g_set_object (&self->store, store);
  kn_store_follow (GTK_WIDGET (self), store, NULL, (KnStoreFollowFunc)kn_dashboard_page_refresh);
  if (store == NULL)
    return;

  kn_unit_choices_fill (self->unit_chooser, store,
                        kn_desk_settings_get_unit (UNIT_KEY, kn_store_get_path (store)),
                        self->unit_ids, self);
  kn_period_choices_fill (self->period_dropdown, store, g_date_time_get_year (now), NULL,
                          self->periods, self);
  refresh (self);
}

const KnSkmChart *
kn_dashboard_page_get_skm_chart (KnDashboardPage *self)
{
  g_return_val_if_fail (KN_IS_DASHBOARD_PAGE (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->skm_area)) ? &self->skm : NULL;
}

gboolean
kn_dashboard_page_is_loading (KnDashboardPage *self)
{
  g_return_val_if_fail (KN_IS_DASHBOARD_PAGE (self), FALSE);
  return self->load != NULL;
}

void
kn_dashboard_page_get_chart_draws (KnDashboardPage *self,
                                   guint            draws[KN_DASHBOARD_N_CHARTS])
{
  g_return_if_fail (KN_IS_DASHBOARD_PAGE (self));
  memcpy (draws, self->draws, sizeof self->draws);
}

const char *
kn_dashboard_page_get_summary (KnDashboardPage *self)
{
  g_return_val_if_fail (KN_IS_DASHBOARD_PAGE (self), NULL);
  return gtk_label_get_text (self->summary_label);
}

void
kn_dashboard_page_refresh (KnDashboardPage *self)
{
  gint64 shown;

  g_return_if_fail (KN_IS_DASHBOARD_PAGE (self));

  if (self->store == NULL)
    return;

  /* Units added or renamed meanwhile; the one shown stays chosen. */
  shown = kn_choice_id_at (self->unit_ids, kn_chooser_get_selected (self->unit_chooser));
  kn_unit_choices_fill (self->unit_chooser, self->store, shown, self->unit_ids, self);
  refresh (self);
}
