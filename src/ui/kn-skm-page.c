/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Survei Kepuasan Masyarakat place: a unit's surveys of a period, importing one, and the
 * Laporan Hasil SKM. */

#define G_LOG_DOMAIN "kn-skm-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <adwaita.h>

#include "kn-chooser.h"
#include "kn-desk-settings.h"
#include "kn-message-dialog.h"
#include "kn-skm-entry-dialog.h"
#include "kn-skm-item.h"
#include "kn-period-choices.h"
#include "kn-skm-page.h"
#include "kn-store-follow.h"

/* The desk's key for the unit last chosen here (kn-desk-settings). */
#define UNIT_KEY "skm-unit"

struct _KnSkmPage
{
  GtkWidget           parent_instance;

  KnStore            *store;        /* owned, nullable */
  GArray             *unit_ids;     /* owned: gint64 per unit_chooser item */
  GArray             *years;        /* owned: guint per year_dropdown item */
  GPtrArray          *periods;      /* owned: char* per period_dropdown item */
  KnSkmReport        *report;       /* owned, nullable: what the chart draws */
  GtkNativeDialog    *chooser;      /* owned, nullable: the file chooser open */

  GtkScrolledWindow  *scroller;
  KnChooser          *unit_chooser;
  GtkDropDown        *year_dropdown;
  GtkDropDown        *period_dropdown;
  GtkLabel           *summary_label;
  GtkLabel           *detail_label;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  GListStore         *surveys;
  GtkDrawingArea     *chart_area;
};

G_DEFINE_FINAL_TYPE (KnSkmPage, kn_skm_page, GTK_TYPE_WIDGET)

static gint64
current_unit (KnSkmPage *self)
{
  return kn_choice_id_at (self->unit_ids, kn_chooser_get_selected (self->unit_chooser));
}

static const char *
current_period (KnSkmPage *self)
{
  guint index = gtk_drop_down_get_selected (self->period_dropdown);

  return index < self->periods->len ? g_ptr_array_index (self->periods, index) : NULL;
}

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  KnSkmPage *self = user_data;

  if (self->report == NULL)
    return;
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  kn_skm_chart_draw (self->report, cr, 0, 0, width, height);
}

static void
refresh (KnSkmPage *self)
{
  g_autoptr(GPtrArray) surveys = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *summary = NULL;
  g_autofree char *detail = NULL;
  const char *period = current_period (self);
  gint64 unit_id = current_unit (self);

  g_clear_pointer (&self->report, kn_skm_report_free);
  if (self->store == NULL || unit_id == 0 || period == NULL)
    {
      g_list_store_remove_all (self->surveys);
      return;
    }

  surveys = kn_store_list_surveys (self->store, unit_id, period);
  for (guint i = 0; i < surveys->len; i++)
    g_ptr_array_add (items, kn_skm_item_new (g_ptr_array_index (surveys, i)));
  g_list_store_splice (self->surveys, 0, g_list_model_get_n_items (G_LIST_MODEL (self->surveys)),
                       items->pdata, items->len);

  if (surveys->len > 0)
    self->report = kn_skm_report_new (self->store, unit_id, period, NULL, NULL);
  if (self->report == NULL)
    summary = g_strdup (_("No survey for this unit and period yet. Press Import Survey… to read "
                          "the answers from the file of the online form or spreadsheet."));
  else if (!self->report->has_ikm)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u respondent; an unsur has no answer, so there is "
                                            "no IKM yet.",
                                            "%u respondents; an unsur has no answer, so there is "
                                            "no IKM yet.",
                                            self->report->result.n_respondents),
                               self->report->result.n_respondents);
  else
    {
      g_autofree char *ikm = kn_skm_format_hundredths (self->report->result.ikm_hundredths);
      g_autofree char *sample = kn_skm_item_describe_sample (self->report->result.n_respondents,
                                                             self->report->population);

      /* Translators: every service of the unit together: respondents, IKM, mutu letter and
       * words, and whether the respondents are enough */
      summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "All services: %u respondent, IKM %s, mutu %s (%s). "
                                              "Sample: %s.",
                                              "All services: %u respondents, IKM %s, mutu %s (%s). "
                                              "Sample: %s.",
                                              self->report->result.n_respondents),
                                 self->report->result.n_respondents, ikm,
                                 kn_skm_mutu_letter (self->report->result.mutu),
                                 kn_skm_mutu_label (self->report->result.mutu), sample);
      detail = kn_skm_describe_weakest (&self->report->result);
    }
  gtk_label_set_text (self->summary_label, summary);
  gtk_label_set_text (self->detail_label, detail != NULL ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), detail != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->column_view), surveys->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->chart_area), self->report != NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart_area));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "skm.save-pdf", self->report != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "skm.save-xlsx", self->report != NULL);
  /* On a server, a unit's surveys are kept by its operator (and admins); the others read them. */
  {
    gboolean keeps = kn_store_login_may (self->store, KN_STORE_RIGHT_KEEP_UNIT, unit_id);

    gtk_widget_action_set_enabled (GTK_WIDGET (self), "skm.delete", surveys->len > 0 && keeps);
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "skm.import", keeps);
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "skm.type-in", keeps);
  }
}

static void
fill_periods (KnSkmPage  *self,
              guint       year,
              const char *keep)
{
  kn_period_choices_fill (self->period_dropdown, self->store, year, keep, self->periods, self);
}

/* The unit list, @keep chosen when it is there (the first unit otherwise). */
static void
fill_units (KnSkmPage *self,
            gint64     keep)
{
  kn_unit_choices_fill (self->unit_chooser, self->store, keep, self->unit_ids, self);
}

static void
on_choice_changed_cb (GObject    *object,
                      GParamSpec *pspec,
                      KnSkmPage  *self)
{
  /* The unit the place opens on next time. */
  if (self->store != NULL && object == G_OBJECT (self->unit_chooser))
    kn_desk_settings_keep_unit (UNIT_KEY, kn_store_get_path (self->store), current_unit (self));
  refresh (self);
}

static void
on_year_changed_cb (GObject    *object,
                    GParamSpec *pspec,
                    KnSkmPage  *self)
{
  guint index = gtk_drop_down_get_selected (self->year_dropdown);

  if (self->store == NULL || index >= self->years->len)
    return;
  fill_periods (self, g_array_index (self->years, guint, index), NULL);
  refresh (self);
}

static void
follow_store_cb (gpointer page)
{
  KnSkmPage *self = KN_SKM_PAGE (page);

  fill_units (self, current_unit (self));
  refresh (self);
}

static void
on_imported_cb (KnSkmPage *self)
{
  refresh (self);
}

/* Opens the page's file chooser over its window for @filter's files; @chosen receives the
 * answer and takes the path with chooser_take_path(). */
static void
open_chooser (KnSkmPage            *self,
              const char           *title,
              GtkFileChooserAction  action,
              const char           *accept,
              GtkFileFilter        *filter,
              GCallback             chosen)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  self->chooser = GTK_NATIVE_DIALOG (gtk_file_chooser_native_new (title,
                                                                  GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                                  action, accept, _("_Cancel")));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_native_dialog_set_modal (self->chooser, TRUE);
  g_signal_connect (self->chooser, "response", chosen, self);
}

/* The path chosen (NULL when none was); the chooser goes. */
static char *
chooser_take_path (KnSkmPage *self,
                   int        response)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  return file != NULL ? g_file_get_path (file) : NULL;
}

static void
on_import_chosen_cb (GtkNativeDialog *chooser,
                     int              response,
                     KnSkmPage       *self)
{
  g_autofree char *path = chooser_take_path (self, response);

  if (path != NULL)
    kn_skm_page_import_file (self, path);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KnSkmPage *self = KN_SKM_PAGE (widget);
  g_autoptr(GtkFileFilter) tables = gtk_file_filter_new ();

  if (self->store == NULL || current_unit (self) == 0 || current_period (self) == NULL ||
      self->chooser != NULL)
    return;
  gtk_file_filter_set_name (tables, _("Excel workbooks and CSV files"));
  gtk_file_filter_add_suffix (tables, "xlsx");
  gtk_file_filter_add_suffix (tables, "csv");
  open_chooser (self, _("Import a Survey"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), tables,
                G_CALLBACK (on_import_chosen_cb));
  gtk_native_dialog_show (self->chooser);
}

static void
type_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  kn_skm_page_type_in (KN_SKM_PAGE (widget));
}

static void
on_save_chosen_cb (GtkNativeDialog *chooser,
                   int              response,
                   KnSkmPage       *self)
{
  g_autofree char *path = chooser_take_path (self, response);
  g_autoptr(GError) error = NULL;

  if (path != NULL && !kn_skm_page_save_report (self, path, &error))
    kn_page_message_present (GTK_WIDGET (self), _("The Report Was Not Saved"), error->message,
                             NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KnSkmPage *self = KN_SKM_PAGE (widget);
  gboolean xlsx = g_str_equal (action_name, "skm.save-xlsx");
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->report == NULL || self->chooser != NULL)
    return;
  name = kn_skm_page_dup_suggested_name (self, xlsx);
  gtk_file_filter_set_name (filter, xlsx ? _("Excel workbooks") : _("PDF documents"));
  gtk_file_filter_add_suffix (filter, xlsx ? "xlsx" : "pdf");
  open_chooser (self, _("Save the Survey Report"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), filter,
                G_CALLBACK (on_save_chosen_cb));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_show (self->chooser);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       KnSkmPage        *self)
{
  KnSkmItem *item = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete") || item == NULL)
    return;
  if (!kn_store_delete_survey (self->store, kn_skm_item_get_id (item), &error))
    kn_page_message_present (GTK_WIDGET (self), _("The Survey Was Not Deleted"), error->message,
                             NULL);
  refresh (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KnSkmPage *self = KN_SKM_PAGE (widget);
  KnSkmItem *item = gtk_single_selection_get_selected_item (self->selection);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (item == NULL)
    return;
  body = g_strdup_printf (_("The answers of the %s respondents of “%s” are removed for this unit "
                            "and period. A backup keeps them only if you made one."),
                          kn_skm_item_get_respondents (item), kn_skm_item_get_service (item));
  dialog = kn_question_dialog_new (widget, _("Delete This Survey?"), body, "delete", _("_Delete"),
                                   ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  kn_page_dialog_present (widget, GTK_WINDOW (dialog), NULL);
}

static void
kn_skm_page_dispose (GObject *object)
{
  KnSkmPage *self = KN_SKM_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), KN_TYPE_SKM_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kn_skm_page_parent_class)->dispose (object);
}

static void
kn_skm_page_finalize (GObject *object)
{
  KnSkmPage *self = KN_SKM_PAGE (object);

  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->periods, g_ptr_array_unref);
  g_clear_pointer (&self->report, kn_skm_report_free);

  G_OBJECT_CLASS (kn_skm_page_parent_class)->finalize (object);
}

static void
kn_skm_page_class_init (KnSkmPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_skm_page_dispose;
  object_class->finalize = kn_skm_page_finalize;

  g_type_ensure (KN_TYPE_CHOOSER);
  g_type_ensure (KN_TYPE_SKM_ITEM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/id/go/lampungprov/Kinerja/kn-skm-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, KnSkmPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, KnSkmPage, unit_chooser);
  gtk_widget_class_bind_template_child (widget_class, KnSkmPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KnSkmPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KnSkmPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KnSkmPage, detail_label);
  gtk_widget_class_bind_template_child (widget_class, KnSkmPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, KnSkmPage, selection);
  gtk_widget_class_bind_template_child (widget_class, KnSkmPage, surveys);
  gtk_widget_class_bind_template_child (widget_class, KnSkmPage, chart_area);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_year_changed_cb);

  gtk_widget_class_install_action (widget_class, "skm.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "skm.type-in", NULL, type_in_action);
  gtk_widget_class_install_action (widget_class, "skm.save-pdf", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "skm.save-xlsx", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "skm.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "skm.import",
                                       NULL);
}

static void
kn_skm_page_init (KnSkmPage *self)
{
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->years = g_array_new (FALSE, FALSE, sizeof (guint));
  self->periods = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->chart_area, draw_chart, self, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "skm.save-pdf", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "skm.save-xlsx", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "skm.delete", FALSE);
}

static void
fill_years (KnSkmPage *self,
            guint      year)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint this_year = (guint)g_date_time_get_year (now);
  guint selected;
  g_autoptr(GtkStringList) labels = kn_year_choices_new (MIN (year, this_year) - 2,
                                                         MAX (year, this_year) + 1, year,
                                                         self->years, &selected);

  kn_choice_fill (self->year_dropdown, G_LIST_MODEL (labels), selected, self);
}

void
kn_skm_page_set_store (KnSkmPage *self,
                       KnStore   *store)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint year = (guint)g_date_time_get_year (now);

  g_return_if_fail (KN_IS_SKM_PAGE (self));

  g_set_object (&self->store, store);
  kn_store_follow (GTK_WIDGET (self), store, NULL, follow_store_cb);
  if (store == NULL)
    return;

  fill_units (self, kn_desk_settings_get_unit (UNIT_KEY, kn_store_get_path (store)));
  fill_years (self, year);
  fill_periods (self, year, NULL);
  refresh (self);
}

gboolean
kn_skm_page_show (KnSkmPage  *self,
                  gint64      unit_id,
                  const char *period)
{
  KnPeriod parsed;
  g_autofree char *name = NULL;
  guint unit_index;

  g_return_val_if_fail (KN_IS_SKM_PAGE (self), FALSE);

  if (self->store == NULL || period == NULL || !kn_period_parse (period, &parsed, NULL))
    return FALSE;
  unit_index = kn_choice_find_id (self->unit_ids, unit_id);
  if (unit_index == GTK_INVALID_LIST_POSITION)
    return FALSE;

  name = kn_period_to_string (&parsed);
  fill_years (self, parsed.year);
  fill_periods (self, parsed.year, name);
  if (g_strcmp0 (current_period (self), name) != 0)
    return FALSE;
  g_signal_handlers_block_by_func (self->unit_chooser, on_choice_changed_cb, self);
  kn_chooser_set_selected (self->unit_chooser, unit_index);
  g_signal_handlers_unblock_by_func (self->unit_chooser, on_choice_changed_cb, self);
  refresh (self);
  return TRUE;
}

GListModel *
kn_skm_page_get_surveys (KnSkmPage *self)
{
  g_return_val_if_fail (KN_IS_SKM_PAGE (self), NULL);
  return G_LIST_MODEL (self->surveys);
}

const char *
kn_skm_page_get_summary (KnSkmPage *self)
{
  g_return_val_if_fail (KN_IS_SKM_PAGE (self), NULL);
  return gtk_label_get_text (self->summary_label);
}

KnSkmImportDialog *
kn_skm_page_import_file (KnSkmPage  *self,
                         const char *path)
{
  KnSkmImportDialog *dialog;

  g_return_val_if_fail (KN_IS_SKM_PAGE (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (self->store == NULL || current_unit (self) == 0 || current_period (self) == NULL)
    return NULL;
  dialog = kn_skm_import_dialog_new (self->store, current_unit (self), current_period (self));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported_cb), self,
                           G_CONNECT_SWAPPED);
  kn_skm_import_dialog_load_file (dialog, path);
  kn_page_dialog_present (GTK_WIDGET (self), GTK_WINDOW (dialog), NULL);
  return dialog;
}

GtkWindow *
kn_skm_page_type_in (KnSkmPage *self)
{
  KnSkmEntryDialog *dialog;

  g_return_val_if_fail (KN_IS_SKM_PAGE (self), NULL);

  if (self->store == NULL || current_unit (self) == 0 || current_period (self) == NULL)
    return NULL;
  dialog = kn_skm_entry_dialog_new (self->store, current_unit (self), current_period (self));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported_cb), self,
                           G_CONNECT_SWAPPED);
  kn_page_dialog_present (GTK_WIDGET (self), GTK_WINDOW (dialog), NULL);
  return GTK_WINDOW (dialog);
}

gboolean
kn_skm_page_save_report (KnSkmPage   *self,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(KnSkmReport) report = NULL;

  g_return_val_if_fail (KN_IS_SKM_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->store == NULL || current_unit (self) == 0 || current_period (self) == NULL)
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                           _("Choose a unit and a period first."));
      return FALSE;
    }
  report = kn_skm_report_new (self->store, current_unit (self), current_period (self), NULL, error);
  if (report == NULL)
    return FALSE;
  if (g_str_has_suffix (path, ".xlsx") || g_str_has_suffix (path, ".XLSX"))
    return kn_skm_export_xlsx (report, KN_PAPER_A4, path, error);
  return kn_skm_document_write_pdf (report, KN_PAPER_A4, path, error);
}

char *
kn_skm_page_dup_suggested_name (KnSkmPage *self,
                                gboolean   xlsx)
{
  KnOrgUnit *unit;

  g_return_val_if_fail (KN_IS_SKM_PAGE (self), NULL);

  if (current_period (self) == NULL)
    return NULL;
  unit = kn_store_lookup_unit (self->store, current_unit (self));
  /* The name Laporan gives the same report (kn-reports-page.c). */
  return kn_report_skm_file_name (current_period (self),
                                  unit != NULL ? kn_org_unit_get_name (unit) : NULL, xlsx);
}
