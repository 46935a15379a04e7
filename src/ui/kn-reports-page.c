/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Laporan place: choose a document, see its pages, print it, save it as PDF or Excel —
 * for one employee or a whole unit, with progress and a way to stop. */

#define G_LOG_DOMAIN "kn-reports-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include <adwaita.h>

#include "kn-chooser.h"
#include "kn-reports-page.h"
#include "kn-store-follow.h"

struct _KnReportsPage
{
  GtkWidget         parent_instance;

  KnStore          *store;         /* owned, nullable */
  GArray           *unit_ids;      /* owned: gint64 per unit_chooser item */
  GArray           *employee_ids;  /* owned: gint64 per employee_chooser item; 0 = everyone */
  GPtrArray        *periods;       /* owned: char* per period_row item */
  KnDocument       *preview;       /* owned, nullable */
  guint             preview_page;
  int               zoom;          /* KN_REPORTS_ZOOM_FIT_PAGE, _FIT_WIDTH or a percentage */
  GCancellable     *cancellable;   /* owned, nullable: a batch is running */
  char             *status;        /* owned, nullable */
  char             *warning;       /* owned, nullable: who is missing to sign */
  char             *suggested;     /* owned, nullable: the previewed document's file name (PDF) */
  gboolean          loading;

  GtkPaned         *paned;
  KnChooser        *kind_chooser;
  KnChooser        *unit_chooser;
  AdwActionRow     *employee_row;
  KnChooser        *employee_chooser;
  AdwComboRow      *period_row;
  AdwComboRow      *paper_row;
  AdwComboRow      *split_row;
  GtkBox           *progress_box;
  GtkProgressBar   *progress_bar;
  GtkLabel         *status_label;
  GtkLabel         *warning_label;
  GtkLabel         *page_label;
  GtkLabel         *zoom_label;
  GtkScrolledWindow *preview_scroller;
  GtkDrawingArea   *preview_area;

  gboolean          batch_gathers;   /* the running batch reads its data in its worker */
};

G_DEFINE_FINAL_TYPE (KnReportsPage, kn_reports_page, GTK_TYPE_WIDGET)

typedef struct
{
  KnReportsPage *page;
  double         fraction;
  char          *text;
} Progress;

static void
set_status (KnReportsPage *self,
            const char    *text)
{
  g_free (self->status);
  self->status = g_strdup (text);
  gtk_label_set_text (self->status_label, text != NULL ? text : "");
}

/* Who is missing to sign @reports (KnReport), as kinerja-cli export says it; NULL when nobody
 * is. Any thread. */
static char *
signer_warning_text (const KnReport **reports,
                     guint            n_reports)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint shown = 0, more = 0;

  for (guint i = 0; i < n_reports; i++)
    {
      g_autofree char *warning = kn_report_dup_signer_warning (reports[i]);

      if (warning == NULL)
        continue;
      if (shown == 5)
        {
          more++;
          continue;
        }
      g_string_append_printf (text, "%s%s", shown > 0 ? "\n" : "", warning);
      shown++;
    }
  if (more > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "… and %u other employee.",
                                                 "… and %u other employees.", more), more);
    }

  return text->len > 0 ? g_strdup (text->str) : NULL;
}

static void
show_signer_warning (KnReportsPage *self,
                     char          *warning)
{
  g_free (self->warning);
  self->warning = warning;
  gtk_label_set_text (self->warning_label, self->warning != NULL ? self->warning : "");
  gtk_widget_set_visible (GTK_WIDGET (self->warning_label), self->warning != NULL);
}

/* Says who is missing to sign @reports before the documents are printed or saved; hides the
 * warning when nobody is. */
static void
set_signer_warning (KnReportsPage    *self,
                    const KnReport  **reports,
                    guint             n_reports)
{
  show_signer_warning (self, signer_warning_text (reports, n_reports));
}

static KnDocumentKind
chosen_kind (KnReportsPage *self)
{
  guint selected = kn_chooser_get_selected (self->kind_chooser);

  return selected <= KN_DOCUMENT_REKAP ? (KnDocumentKind)selected : KN_DOCUMENT_SKP;
}

static gint64
chosen_unit (KnReportsPage *self)
{
  guint selected = kn_chooser_get_selected (self->unit_chooser);

  return selected < self->unit_ids->len ? g_array_index (self->unit_ids, gint64, selected) : 0;
}

static gint64
chosen_employee (KnReportsPage *self)
{
  guint selected = kn_chooser_get_selected (self->employee_chooser);

  return selected < self->employee_ids->len ? g_array_index (self->employee_ids, gint64, selected) : 0;
}

static const char *
chosen_period (KnReportsPage *self)
{
  guint selected = adw_combo_row_get_selected (self->period_row);

  return selected < self->periods->len ? g_ptr_array_index (self->periods, selected) : NULL;
}

static KnPaper
chosen_paper (KnReportsPage *self)
{
  return adw_combo_row_get_selected (self->paper_row) == 1 ? KN_PAPER_F4 : KN_PAPER_A4;
}

static KnReport *
build_report (KnReportsPage  *self,
              KnDocumentKind  kind,
              gint64          employee_id,
              const char     *period,
              GError        **error)
{
  if (kind == KN_DOCUMENT_SKP)
    {
      KnPeriod parsed;
      guint year = (guint)g_ascii_strtoull (period, NULL, 10);

      if (kn_period_parse (period, &parsed, NULL))
        year = parsed.year;
      return kn_report_build_skp (self->store, employee_id, year, error);
    }

  return kn_report_build_evaluation (self->store, kind, employee_id, period, error);
}

/* The employees the choice covers, in the order of the list. */
static GArray *
chosen_employees (KnReportsPage *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 employee = chosen_employee (self);

  if (employee != 0)
    {
      g_array_append_val (ids, employee);
      return ids;
    }

  for (guint i = 1; i < self->employee_ids->len; i++)
    g_array_append_val (ids, g_array_index (self->employee_ids, gint64, i));
  return ids;
}

/* The preview */

/* The percentages "Larger" and "Smaller" step through; 100 % is the paper's real size. */
static const int zoom_steps[] = { 50, 75, 100, 125, 150, 200 };

static void
update_zoom (KnReportsPage *self)
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
  if (self->preview != NULL && self->zoom > 0)
    {
      double scale = self->zoom / 100.0 * 96.0 / 72.0;

      width = (int) (kn_document_get_page_width (self->preview) * scale) + 24;
      height = (int) (kn_document_get_page_height (self->preview) * scale) + 24;
    }
  else if (self->preview != NULL && self->zoom == KN_REPORTS_ZOOM_FIT_WIDTH)
    {
      int room = gtk_widget_get_width (GTK_WIDGET (self->preview_area));

      if (room > 24)
        height = (int) ((room - 24) / kn_document_get_page_width (self->preview) *
                        kn_document_get_page_height (self->preview)) + 24;
    }
  gtk_drawing_area_set_content_width (self->preview_area, width);
  gtk_drawing_area_set_content_height (self->preview_area, height);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.zoom-in",
                                 self->zoom < zoom_steps[G_N_ELEMENTS (zoom_steps) - 1]);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.zoom-out",
                                 self->zoom <= 0 || self->zoom > zoom_steps[0]);
  gtk_widget_queue_draw (GTK_WIDGET (self->preview_area));
}

/* The scale a fitted page is drawn at, as a percentage of its real size. */
static int
fitted_percent (KnReportsPage *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->preview_scroller));
  int height = gtk_widget_get_height (GTK_WIDGET (self->preview_scroller));
  double page_width, page_height, scale;

  if (self->preview == NULL || width <= 24 || height <= 24)
    return 100;
  page_width = kn_document_get_page_width (self->preview);
  page_height = kn_document_get_page_height (self->preview);
  scale = (width - 24) / page_width;
  if (self->zoom == KN_REPORTS_ZOOM_FIT_PAGE)
    scale = MIN (scale, (height - 24) / page_height);
  return (int) (scale * 72.0 / 96.0 * 100.0);
}

void
kn_reports_page_set_zoom (KnReportsPage *self,
                          int            zoom)
{
  g_return_if_fail (KN_IS_REPORTS_PAGE (self));

  if (zoom > 0)
    zoom = CLAMP (zoom, zoom_steps[0], zoom_steps[G_N_ELEMENTS (zoom_steps) - 1]);
  else if (zoom != KN_REPORTS_ZOOM_FIT_WIDTH)
    zoom = KN_REPORTS_ZOOM_FIT_PAGE;
  self->zoom = zoom;
  update_zoom (self);
}

int
kn_reports_page_get_zoom (KnReportsPage *self)
{
  g_return_val_if_fail (KN_IS_REPORTS_PAGE (self), KN_REPORTS_ZOOM_FIT_PAGE);

  return self->zoom;
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KnReportsPage *self = KN_REPORTS_PAGE (widget);
  int current = self->zoom > 0 ? self->zoom : fitted_percent (self);
  int zoom = self->zoom;

  if (g_str_equal (action_name, "reports.zoom-in"))
    {
      zoom = zoom_steps[G_N_ELEMENTS (zoom_steps) - 1];
      for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
        if (zoom_steps[i] > current)
          {
            zoom = zoom_steps[i];
            break;
          }
    }
  else if (g_str_equal (action_name, "reports.zoom-out"))
    {
      zoom = zoom_steps[0];
      for (guint i = G_N_ELEMENTS (zoom_steps); i > 0; i--)
        if (zoom_steps[i - 1] < current)
          {
            zoom = zoom_steps[i - 1];
            break;
          }
    }
  else if (g_str_equal (action_name, "reports.zoom-fit-width"))
    zoom = KN_REPORTS_ZOOM_FIT_WIDTH;
  else
    zoom = KN_REPORTS_ZOOM_FIT_PAGE;

  kn_reports_page_set_zoom (self, zoom);
}

static void
on_preview_resized_cb (GtkDrawingArea *area,
                       int             width,
                       int             height,
                       KnReportsPage  *self)
{
  /* The height of a page fitted to the width follows the width. */
  if (self->zoom == KN_REPORTS_ZOOM_FIT_WIDTH)
    update_zoom (self);
}

static void
update_page_label (KnReportsPage *self)
{
  guint n = self->preview != NULL ? kn_document_get_n_pages (self->preview) : 0;
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("Nothing to show"));
  else
    text = g_strdup_printf (_("Page %u of %u"), self->preview_page + 1, n);
  gtk_label_set_text (self->page_label, text);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.previous-page", self->preview_page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.next-page", self->preview_page + 1 < n);
}

static void
rebuild_preview (KnReportsPage *self)
{
  g_autoptr(GError) error = NULL;
  KnDocumentKind kind = chosen_kind (self);
  const char *period = chosen_period (self);

  g_clear_pointer (&self->preview, kn_document_free);
  self->preview_page = 0;
  g_clear_pointer (&self->suggested, g_free);
  set_signer_warning (self, NULL, 0);

  if (self->store == NULL || period == NULL)
    goto out;

  if (kind == KN_DOCUMENT_REKAP)
    {
      g_autoptr(KnRecapReport) recap = kn_report_build_recap (self->store, chosen_unit (self), period,
                                                              &error);

      if (recap != NULL)
        self->preview = kn_document_new_recap (recap, chosen_paper (self));
    }
  else
    {
      g_autoptr(GArray) ids = chosen_employees (self);

      /* For a whole unit, the first person who has the document. */
      for (guint i = 0; i < ids->len && self->preview == NULL; i++)
        {
          g_autoptr(KnReport) report = NULL;

          g_clear_error (&error);
          report = build_report (self, kind, g_array_index (ids, gint64, i), period, &error);
          if (report != NULL)
            {
              self->preview = kn_document_new_report (report, chosen_paper (self));
              set_signer_warning (self, (const KnReport **)&report, 1);
              if (chosen_employee (self) != 0)
                self->suggested = kn_report_file_name (report, FALSE);
            }
        }
    }

  if (self->preview == NULL)
    set_status (self, error != NULL ? error->message : _("Nothing to show for this choice."));
  else if (self->cancellable == NULL)
    set_status (self, NULL);

out:
  update_page_label (self);
  update_zoom (self);
}

static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  KnReportsPage *self = user_data;
  double page_width, page_height, scale, x, y;

  if (self->preview == NULL)
    return;

  page_width = kn_document_get_page_width (self->preview);
  page_height = kn_document_get_page_height (self->preview);
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
  kn_document_draw_page (self->preview, cr, self->preview_page);
  cairo_restore (cr);
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KnReportsPage *self = KN_REPORTS_PAGE (widget);
  guint n = self->preview != NULL ? kn_document_get_n_pages (self->preview) : 0;

  if (g_str_equal (action_name, "reports.next-page") && self->preview_page + 1 < n)
    self->preview_page++;
  else if (g_str_equal (action_name, "reports.previous-page") && self->preview_page > 0)
    self->preview_page--;

  update_page_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->preview_area));
}

/* The choices */

static void
fill_periods (KnReportsPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GArray) stored = kn_store_list_plan_years (self->store);
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (guint));
  guint current = g_date_time_get_year (now);
  guint quarter = (g_date_time_get_month (now) - 1) / 3 + 1;
  guint selected = 0;
  gboolean skp = chosen_kind (self) == KN_DOCUMENT_SKP;

  g_array_append_val (years, current);
  for (guint i = 0; i < stored->len; i++)
    if (g_array_index (stored, guint, i) != current)
      g_array_append_val (years, g_array_index (stored, guint, i));

  g_ptr_array_set_size (self->periods, 0);
  for (guint y = 0; y < years->len; y++)
    {
      guint year = g_array_index (years, guint, y);

      if (skp)
        {
          g_autofree char *label = g_strdup_printf ("%u", year);

          gtk_string_list_append (labels, label);
          g_ptr_array_add (self->periods, g_steal_pointer (&label));
          continue;
        }

      {
        g_autoptr(GArray) periods = kn_period_list (year, kn_store_get_period_scheme (self->store, year));

        for (guint i = 0; i < periods->len; i++)
          {
            KnPeriod *period = &g_array_index (periods, KnPeriod, i);
            g_autofree char *label = kn_period_label (period);

            if (year == current && period->kind == KN_PERIOD_QUARTER && period->index == quarter)
              selected = self->periods->len;
            gtk_string_list_append (labels, label);
            g_ptr_array_add (self->periods, kn_period_to_string (period));
          }
      }
    }

  adw_combo_row_set_model (self->period_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->period_row, selected);
}

static void
fill_employees (KnReportsPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *employees = kn_store_get_employees (self->store);
  gint64 unit = chosen_unit (self);

  g_array_set_size (self->employee_ids, 0);
  gtk_string_list_append (labels, _("Everyone in the unit"));
  g_array_append_vals (self->employee_ids, &(gint64){ 0 }, 1);

  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      gint64 id = kn_employee_get_id (employee);

      if (!kn_store_unit_is_within (self->store, kn_employee_get_unit_id (employee), unit))
        continue;
      gtk_string_list_append (labels, kn_employee_get_name (employee));
      g_array_append_val (self->employee_ids, id);
    }

  kn_chooser_set_model (self->employee_chooser, G_LIST_MODEL (labels));
  kn_chooser_set_selected (self->employee_chooser, self->employee_ids->len > 1 ? 1 : 0);
}

static void
on_choice_changed_cb (GObject       *object,
                      GParamSpec    *pspec,
                      KnReportsPage *self)
{
  if (self->loading || self->store == NULL)
    return;

  if (object == G_OBJECT (self->kind_chooser))
    {
      self->loading = TRUE;
      fill_periods (self);
      self->loading = FALSE;
      gtk_widget_set_sensitive (GTK_WIDGET (self->employee_row), chosen_kind (self) != KN_DOCUMENT_REKAP);
    }

  rebuild_preview (self);
}

static void
on_unit_changed_cb (GObject       *chooser,
                    GParamSpec    *pspec,
                    KnReportsPage *self)
{
  if (self->loading || self->store == NULL)
    return;

  self->loading = TRUE;
  fill_employees (self);
  self->loading = FALSE;
  rebuild_preview (self);
}

/* Batches */

static gboolean
report_progress_cb (gpointer data)
{
  Progress *progress = data;

  gtk_progress_bar_set_fraction (progress->page->progress_bar, progress->fraction);
  gtk_progress_bar_set_text (progress->page->progress_bar, progress->text);
  g_object_unref (progress->page);
  g_free (progress->text);
  g_free (progress);
  return G_SOURCE_REMOVE;
}

/* Called on the batch's thread: the progress bar is moved on the main thread. The page is
 * alive until on_batch_done_cb, which holds it and runs after the worker has finished. */
static void
post_progress (gboolean gathering,
               guint    done,
               guint    total,
               gpointer user_data)
{
  Progress *progress = g_new0 (Progress, 1);

  progress->page = g_object_ref (KN_REPORTS_PAGE (user_data));
  progress->fraction = total > 0 ? (double)done / total : 1;
  if (gathering)
    {
      /* Gathering is the first half of a batch read in the worker, writing the second. */
      progress->fraction /= 2;
      progress->text = g_strdup_printf (_("Gathering the data: %u of %u"), done, total);
    }
  else
    {
      if (progress->page->batch_gathers)
        progress->fraction = 0.5 + progress->fraction / 2;
      progress->text = g_strdup_printf (_("%u of %u"), done, total);
    }
  g_main_context_invoke (NULL, report_progress_cb, progress);
}

/* What gathering found, for the main thread: who is missing to sign, who was left out. */
typedef struct
{
  KnReportsPage *page;
  char          *warning;   /* nullable */
  guint          skipped;
} Gathered;

static void
set_saving_status (KnReportsPage *self,
                   guint          skipped)
{
  g_autofree char *text = NULL;

  if (skipped == 0)
    {
      set_status (self, _("Saving…"));
      return;
    }
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Saving… (%u employee left out: no SKP for the year)",
                                       "Saving… (%u employees left out: no SKP for the year)",
                                       skipped),
                          skipped);
  set_status (self, text);
}

static gboolean
report_gathered_cb (gpointer data)
{
  Gathered *gathered = data;
  KnReportsPage *self = gathered->page;

  show_signer_warning (self, g_steal_pointer (&gathered->warning));
  if (self->cancellable != NULL)
    set_saving_status (self, gathered->skipped);
  g_object_unref (gathered->page);
  g_free (gathered);
  return G_SOURCE_REMOVE;
}

/* Called on the batch's thread once a unit's data is read there. */
static void
post_gathered (KnReportBatch *batch,
               gpointer       user_data)
{
  Gathered *gathered = g_new0 (Gathered, 1);

  gathered->page = g_object_ref (KN_REPORTS_PAGE (user_data));
  if (kn_report_batch_get_reports (batch) != NULL)
    gathered->warning = signer_warning_text ((const KnReport **)kn_report_batch_get_reports (batch),
                                             kn_report_batch_get_n_reports (batch));
  gathered->skipped = kn_report_batch_get_n_skipped (batch);
  g_main_context_invoke (NULL, report_gathered_cb, gathered);
}

/* While a batch writes, printing or saving another one would be refused: the buttons say so. */
static void
set_output_enabled (KnReportsPage *self,
                    gboolean       enabled)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.print", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.save-pdf", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.save-xlsx", enabled);
}

static void
on_batch_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(KnReportsPage) self = KN_REPORTS_PAGE (user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gssize written;

  written = kn_report_batch_write_finish (result, &error);
  g_clear_object (&self->cancellable);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_box), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.cancel", FALSE);
  set_output_enabled (self, TRUE);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    text = g_strdup (_("Stopped. Only complete files were kept."));
  else if (error != NULL)
    text = g_strdup (error->message);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%zd document saved.",
                                         "%zd documents saved.", written),
                            written);
  set_status (self, text);
}

void
kn_reports_page_save_to (KnReportsPage *self,
                         const char    *path,
                         gboolean       xlsx)
{
  g_autoptr(KnReportBatch) batch = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  const char *db_path;
  KnDocumentKind kind;
  const char *period;
  gboolean split;

  g_return_if_fail (KN_IS_REPORTS_PAGE (self));
  g_return_if_fail (path != NULL);

  if (self->store == NULL || self->cancellable != NULL || (period = chosen_period (self)) == NULL)
    return;

  kind = chosen_kind (self);
  split = kind != KN_DOCUMENT_REKAP && chosen_employee (self) == 0 &&
          adw_combo_row_get_selected (self->split_row) == 1;
  if (kind == KN_DOCUMENT_REKAP)
    {
      gint64 unit_id = chosen_unit (self);

      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_val (ids, unit_id);
    }
  else
    ids = chosen_employees (self);

  /* One batch writer, the one kinerja-cli export uses. A store on a file: the worker reads the
   * data on a read-only store of its own, so that a province's unit never blocks the window.
   * Without a file there is no second connection: the data is read here. */
  batch = kn_report_batch_new (kind, chosen_paper (self));
  db_path = kn_store_get_path (self->store);
  if (db_path == NULL)
    {
      if (!kn_report_batch_gather (batch, self->store, (const gint64 *)ids->data, ids->len,
                                   period, FALSE, &error))
        {
          set_status (self, error->message);
          return;
        }
      if (kind != KN_DOCUMENT_REKAP)
        set_signer_warning (self, (const KnReport **)kn_report_batch_get_reports (batch),
                            kn_report_batch_get_n_reports (batch));
    }

  if (split && g_mkdir_with_parents (path, 0700) != 0)
    {
      g_autofree char *text = g_strdup_printf (_("The folder “%s” could not be created."), path);

      set_status (self, text);
      return;
    }

  self->cancellable = g_cancellable_new ();
  gtk_widget_set_visible (GTK_WIDGET (self->progress_box), TRUE);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_progress_bar_set_text (self->progress_bar, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.cancel", TRUE);
  set_output_enabled (self, FALSE);
  set_saving_status (self, kn_report_batch_get_n_skipped (batch));
  self->batch_gathers = db_path != NULL;

  kn_report_batch_write_async (g_steal_pointer (&batch), db_path, (const gint64 *)ids->data,
                               ids->len, period,
                               xlsx ? kn_export_report_writer () : kn_document_report_writer (),
                               path, split, self->cancellable, post_progress,
                               db_path != NULL && kind != KN_DOCUMENT_REKAP ? post_gathered : NULL,
                               self, on_batch_done_cb, g_object_ref (self));
}

static void
on_save_chosen_cb (GtkNativeDialog *chooser,
                   int              response,
                   KnReportsPage   *self)
{
  gboolean xlsx = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "xlsx"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        {
          gboolean folder = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "folder"));
          g_autofree char *parent = folder ? g_strdup (path) : g_path_get_dirname (path);

          if (self->store != NULL)
            kn_store_set_setting (self->store, "reports-last-folder", parent, NULL);
          kn_reports_page_save_to (self, path, xlsx);
        }
    }
  g_object_unref (chooser);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KnReportsPage *self = KN_REPORTS_PAGE (widget);
  gboolean xlsx = g_str_equal (action_name, "reports.save-xlsx");
  gboolean folder = chosen_kind (self) != KN_DOCUMENT_REKAP && chosen_employee (self) == 0 &&
                    adw_combo_row_get_selected (self->split_row) == 1;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (folder ? _("Choose a Folder for the Files")
                                                : xlsx ? _("Export to Excel") : _("Save as PDF"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                                : GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  if (!folder)
    {
      g_autofree char *name = kn_reports_page_dup_suggested_name (self, xlsx);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  /* The folder used last time (remembered in the settings). */
  {
    g_autofree char *last = self->store != NULL ? kn_store_get_setting (self->store, "reports-last-folder")
                                                : NULL;

    if (last != NULL && g_file_test (last, G_FILE_TEST_IS_DIR))
      {
        g_autoptr(GFile) last_file = g_file_new_for_path (last);

        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), last_file, NULL);
      }
  }
  g_object_set_data (G_OBJECT (chooser), "xlsx", GINT_TO_POINTER (xlsx));
  g_object_set_data (G_OBJECT (chooser), "folder", GINT_TO_POINTER (folder));
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  kn_reports_page_cancel (KN_REPORTS_PAGE (widget));
}

/* Printing */

typedef struct
{
  GPtrArray *documents;   /* owned: KnDocument */
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_pointer (&job->documents, g_ptr_array_unref);
  g_free (job);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  guint pages = 0;

  for (guint i = 0; i < job->documents->len; i++)
    pages += kn_document_get_n_pages (g_ptr_array_index (job->documents, i));
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

  for (guint i = 0; i < job->documents->len; i++)
    {
      KnDocument *document = g_ptr_array_index (job->documents, i);
      guint n = kn_document_get_n_pages (document);

      if (page < n)
        {
          /* The context's origin is the printable area; our pages draw in points from the edge. */
          double scale = gtk_print_context_get_width (context) /
                         (kn_document_get_page_width (document) -
                          gtk_page_setup_get_left_margin (gtk_print_context_get_page_setup (context), GTK_UNIT_POINTS) -
                          gtk_page_setup_get_right_margin (gtk_print_context_get_page_setup (context), GTK_UNIT_POINTS));

          cairo_save (cr);
          cairo_scale (cr, scale, scale);
          cairo_translate (cr,
                           -gtk_page_setup_get_left_margin (gtk_print_context_get_page_setup (context), GTK_UNIT_POINTS),
                           -gtk_page_setup_get_top_margin (gtk_print_context_get_page_setup (context), GTK_UNIT_POINTS));
          kn_document_draw_page (document, cr, page);
          cairo_restore (cr);
          return;
        }
      page -= n;
    }
}

static GtkPrintOperation *
prepare_print (KnReportsPage  *self,
               GError        **error)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = NULL;
  PrintJob *job = g_new0 (PrintJob, 1);
  GtkPrintOperation *operation;
  KnDocumentKind kind = chosen_kind (self);
  const char *period = chosen_period (self);
  KnDocument *first;

  job->documents = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_document_free);
  if (kind == KN_DOCUMENT_REKAP)
    {
      g_autoptr(KnRecapReport) recap = kn_report_build_recap (self->store, chosen_unit (self), period, error);

      if (recap != NULL)
        g_ptr_array_add (job->documents, kn_document_new_recap (recap, chosen_paper (self)));
    }
  else
    {
      g_autoptr(GArray) ids = chosen_employees (self);
      g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_report_free);

      for (guint i = 0; i < ids->len; i++)
        {
          KnReport *report = build_report (self, kind, g_array_index (ids, gint64, i), period, NULL);

          if (report != NULL)
            {
              KnDocument *document = kn_document_new_report (report, chosen_paper (self));

              /* Many documents are held until printed: each keeps only what it says. */
              if (ids->len > 1)
                kn_document_release_layouts (document);
              g_ptr_array_add (job->documents, document);
              g_ptr_array_add (reports, report);
            }
        }
      set_signer_warning (self, (const KnReport **)reports->pdata, reports->len);
    }

  if (job->documents->len == 0)
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("Nothing to print for this choice."));
      print_job_free (job);
      return NULL;
    }

  /* The paper and orientation follow the document: A4 or F4 (Folio, 215 × 330 mm). */
  first = g_ptr_array_index (job->documents, 0);
  if (chosen_paper (self) == KN_PAPER_F4)
    paper = gtk_paper_size_new_custom ("om_folio_215x330mm", "F4 (215 × 330 mm)", 215, 330, GTK_UNIT_MM);
  else
    paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_page_setup_set_orientation (setup, kn_document_get_landscape (first)
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

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KnReportsPage *self = KN_REPORTS_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  operation = prepare_print (self, &error);
  if (operation == NULL)
    {
      set_status (self, error->message);
      return;
    }

  /* The dialog offers the printers, "Print to File" and a preview. */
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    set_status (self, error->message);
}

/* GObject */

static void
kn_reports_page_dispose (GObject *object)
{
  KnReportsPage *self = (KnReportsPage *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), KN_TYPE_REPORTS_PAGE);
  g_clear_pointer (&self->preview, kn_document_free);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kn_reports_page_parent_class)->dispose (object);
}

static void
kn_reports_page_finalize (GObject *object)
{
  KnReportsPage *self = (KnReportsPage *)object;

  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->employee_ids, g_array_unref);
  g_clear_pointer (&self->periods, g_ptr_array_unref);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->warning, g_free);
  g_clear_pointer (&self->suggested, g_free);

  G_OBJECT_CLASS (kn_reports_page_parent_class)->finalize (object);
}

static void
kn_reports_page_class_init (KnReportsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_reports_page_dispose;
  object_class->finalize = kn_reports_page_finalize;

  g_type_ensure (KN_TYPE_CHOOSER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/id/go/lampungprov/Kinerja/kn-reports-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, paned);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, kind_chooser);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, unit_chooser);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, employee_row);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, employee_chooser);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, period_row);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, paper_row);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, split_row);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, progress_box);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, warning_label);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, page_label);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, preview_area);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, preview_scroller);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, zoom_label);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_changed_cb);

  gtk_widget_class_install_action (widget_class, "reports.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "reports.save-pdf", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "reports.save-xlsx", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "reports.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "reports.previous-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "reports.next-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "reports.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "reports.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "reports.zoom-fit-page", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "reports.zoom-fit-width", NULL, zoom_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "reports.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "reports.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "reports.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "reports.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "reports.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "reports.zoom-fit-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "reports.zoom-fit-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "reports.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "reports.save-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "reports.save-xlsx", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "reports.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "reports.previous-page", NULL);
}

static void
kn_reports_page_init (KnReportsPage *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) papers = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) splits = gtk_string_list_new (NULL);

  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->employee_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->periods = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (kinds, _("SKP (Sasaran Kinerja Pegawai)"));
  gtk_string_list_append (kinds, _("Evaluasi Kinerja Pegawai"));
  gtk_string_list_append (kinds, _("Dokumen Evaluasi Kinerja Pegawai"));
  gtk_string_list_append (kinds, _("Penetapan Predikat Kinerja (unit recap)"));
  gtk_string_list_append (papers, _("A4"));
  gtk_string_list_append (papers, _("F4 / Folio (215 × 330 mm)"));
  gtk_string_list_append (splits, _("One file with everyone"));
  gtk_string_list_append (splits, _("One file per employee, in a folder"));

  self->loading = TRUE;
  kn_chooser_set_model (self->kind_chooser, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->paper_row, G_LIST_MODEL (papers));
  adw_combo_row_set_model (self->split_row, G_LIST_MODEL (splits));
  self->loading = FALSE;

  gtk_drawing_area_set_draw_func (self->preview_area, draw_preview, self, NULL);
  g_signal_connect (self->preview_area, "resize", G_CALLBACK (on_preview_resized_cb), self);
  self->zoom = KN_REPORTS_ZOOM_FIT_PAGE;
  update_zoom (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.cancel", FALSE);
  update_page_label (self);
}

static void fill_choices (KnReportsPage *self);

static void
follow_store_cb (GtkWidget *page)
{
  kn_reports_page_refresh (KN_REPORTS_PAGE (page));
}

void
kn_reports_page_set_store (KnReportsPage *self,
                           KnStore       *store)
{
  g_return_if_fail (KN_IS_REPORTS_PAGE (self));

  g_set_object (&self->store, store);
  kn_store_follow (GTK_WIDGET (self), store, NULL, follow_store_cb);
  if (store == NULL)
    return;

  fill_choices (self);
  kn_reports_page_use_default_paper (self);
}

void
kn_reports_page_use_default_paper (KnReportsPage *self)
{
  g_autofree char *paper = NULL;

  g_return_if_fail (KN_IS_REPORTS_PAGE (self));

  if (self->store == NULL)
    return;

  /* The office's paper (Preferences); "a4" when none is set. */
  paper = kn_store_get_setting (self->store, "default-paper");
  self->loading = TRUE;
  adw_combo_row_set_selected (self->paper_row, g_strcmp0 (paper, "f4") == 0 ? 1 : 0);
  self->loading = FALSE;
  rebuild_preview (self);
}

void
kn_reports_page_refresh (KnReportsPage *self)
{
  KnDocumentKind kind;
  KnPaper paper;
  gint64 unit;
  gint64 employee;
  g_autofree char *period = NULL;
  guint index;

  g_return_if_fail (KN_IS_REPORTS_PAGE (self));

  if (self->store == NULL || kn_reports_page_get_busy (self))
    return;

  kind = chosen_kind (self);
  paper = chosen_paper (self);
  unit = chosen_unit (self);
  employee = chosen_employee (self);
  index = adw_combo_row_get_selected (self->period_row);
  if (index < self->periods->len)
    period = g_strdup (g_ptr_array_index (self->periods, index));

  /* One preview: selecting draws it (whatever of the choice is still there). */
  fill_choices (self);
  if (unit != 0 && period != NULL)
    kn_reports_page_select (self, kind, unit, employee, period, paper);
  else
    rebuild_preview (self);
}

static void
fill_choices (KnReportsPage *self)
{
  g_autoptr(GtkStringList) units = gtk_string_list_new (NULL);
  GListModel *model;

  g_array_set_size (self->unit_ids, 0);
  model = kn_store_get_units (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (model, i);
      gint64 id = kn_org_unit_get_id (unit);

      gtk_string_list_append (units, kn_org_unit_get_path (unit));
      g_array_append_val (self->unit_ids, id);
    }

  self->loading = TRUE;
  kn_chooser_set_model (self->unit_chooser, G_LIST_MODEL (units));
  fill_employees (self);
  fill_periods (self);
  self->loading = FALSE;
}

gboolean
kn_reports_page_select (KnReportsPage  *self,
                        KnDocumentKind  kind,
                        gint64          unit_id,
                        gint64          employee_id,
                        const char     *period,
                        KnPaper         paper)
{
  gboolean found = TRUE;
  guint index = GTK_INVALID_LIST_POSITION;

  g_return_val_if_fail (KN_IS_REPORTS_PAGE (self), FALSE);

  self->loading = TRUE;
  kn_chooser_set_selected (self->kind_chooser, kind);
  fill_periods (self);
  for (guint i = 0; i < self->unit_ids->len; i++)
    if (g_array_index (self->unit_ids, gint64, i) == unit_id)
      index = i;
  if (index == GTK_INVALID_LIST_POSITION)
    found = FALSE;
  else
    kn_chooser_set_selected (self->unit_chooser, index);
  fill_employees (self);

  index = GTK_INVALID_LIST_POSITION;
  for (guint i = 0; i < self->employee_ids->len; i++)
    if (g_array_index (self->employee_ids, gint64, i) == employee_id)
      index = i;
  if (index == GTK_INVALID_LIST_POSITION)
    found = FALSE;
  else
    kn_chooser_set_selected (self->employee_chooser, index);

  index = GTK_INVALID_LIST_POSITION;
  for (guint i = 0; i < self->periods->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->periods, i), period) == 0)
      index = i;
  if (index == GTK_INVALID_LIST_POSITION)
    found = FALSE;
  else
    adw_combo_row_set_selected (self->period_row, index);

  adw_combo_row_set_selected (self->paper_row, paper == KN_PAPER_F4 ? 1 : 0);
  self->loading = FALSE;

  rebuild_preview (self);
  return found;
}

guint
kn_reports_page_get_n_pages (KnReportsPage *self)
{
  g_return_val_if_fail (KN_IS_REPORTS_PAGE (self), 0);
  return self->preview != NULL ? kn_document_get_n_pages (self->preview) : 0;
}

gboolean
kn_reports_page_print_to_file (KnReportsPage  *self,
                               const char     *path,
                               GError        **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (KN_IS_REPORTS_PAGE (self), FALSE);

  operation = prepare_print (self, error);
  if (operation == NULL)
    return FALSE;

  gtk_print_operation_set_export_filename (operation, path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error) !=
         GTK_PRINT_OPERATION_RESULT_ERROR;
}

gboolean
kn_reports_page_get_busy (KnReportsPage *self)
{
  g_return_val_if_fail (KN_IS_REPORTS_PAGE (self), FALSE);
  return self->cancellable != NULL;
}

void
kn_reports_page_cancel (KnReportsPage *self)
{
  g_return_if_fail (KN_IS_REPORTS_PAGE (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

/* The file name the save dialog suggests: the previewed employee's document by the one naming
 * rule (kn_report_file_name), "kinerja.pdf" for a unit or the recap. */
char *
kn_reports_page_dup_suggested_name (KnReportsPage *self,
                                    gboolean       xlsx)
{
  g_return_val_if_fail (KN_IS_REPORTS_PAGE (self), NULL);

  if (self->suggested == NULL)
    return g_strdup (xlsx ? "kinerja.xlsx" : "kinerja.pdf");
  if (!xlsx)
    return g_strdup (self->suggested);
  {
    g_autofree char *stem = g_strndup (self->suggested, strlen (self->suggested) - strlen (".pdf"));

    return g_strconcat (stem, ".xlsx", NULL);
  }
}

/* Who is missing to sign the chosen documents, one line each; NULL when nobody is. */
const char *
kn_reports_page_get_warning (KnReportsPage *self)
{
  g_return_val_if_fail (KN_IS_REPORTS_PAGE (self), NULL);

  return self->warning;
}

const char *
kn_reports_page_get_status (KnReportsPage *self)
{
  g_return_val_if_fail (KN_IS_REPORTS_PAGE (self), NULL);
  return self->status;
}

void
kn_reports_page_set_split (KnReportsPage *self,
                           gboolean       split)
{
  g_return_if_fail (KN_IS_REPORTS_PAGE (self));
  adw_combo_row_set_selected (self->split_row, split ? 1 : 0);
}
