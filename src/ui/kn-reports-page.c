/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Laporan place: choose a document (an employee's, a unit's recap or its SKM report), see
 * its pages, print it; saving is in kn-reports-page-save.c, the preview in kn-reports-preview.c. */

#define G_LOG_DOMAIN "kn-reports-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include <adwaita.h>

#include "kn-period-choices.h"
#include "kn-reports-page-private.h"
#include "kn-store-follow.h"
#include "kn-store-reading.h"

G_DEFINE_FINAL_TYPE (KnReportsPage, kn_reports_page, GTK_TYPE_WIDGET)

void
_kn_reports_page_set_status (KnReportsPage *self,
                             const char    *text)
{
  g_free (self->status);
  self->status = g_strdup (text);
  gtk_label_set_text (self->status_label, text != NULL ? text : "");

  /* A new message is about something else than the file saved last. */
  g_clear_pointer (&self->saved, g_free);
  gtk_widget_set_visible (GTK_WIDGET (self->open_saved_button), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.open-saved", FALSE);
}

guint
_kn_reports_page_chosen_kind (KnReportsPage *self)
{
  guint selected = kn_chooser_get_selected (self->kind_chooser);

  return selected <= KN_REPORTS_KIND_SKM ? selected : KN_DOCUMENT_SKP;
}

gint64
_kn_reports_page_chosen_unit (KnReportsPage *self)
{
  return kn_choice_id_at (self->unit_ids, kn_chooser_get_selected (self->unit_chooser));
}

gint64
_kn_reports_page_chosen_employee (KnReportsPage *self)
{
  return kn_choice_id_at (self->employee_ids, kn_chooser_get_selected (self->employee_chooser));
}

const char *
_kn_reports_page_chosen_period (KnReportsPage *self)
{
  guint selected = adw_combo_row_get_selected (self->period_row);

  return selected < self->periods->len ? g_ptr_array_index (self->periods, selected) : NULL;
}

KnPaper
_kn_reports_page_chosen_paper (KnReportsPage *self)
{
  return adw_combo_row_get_selected (self->paper_row) == 1 ? KN_PAPER_F4 : KN_PAPER_A4;
}

GArray *
_kn_reports_page_chosen_employees (KnReportsPage *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 employee = _kn_reports_page_chosen_employee (self);

  if (employee != 0)
    {
      g_array_append_val (ids, employee);
      return ids;
    }

  for (guint i = 1; i < self->employee_ids->len; i++)
    g_array_append_val (ids, g_array_index (self->employee_ids, gint64, i));
  return ids;
}

gboolean
_kn_reports_page_chosen_split (KnReportsPage *self)
{
  guint kind = _kn_reports_page_chosen_kind (self);

  return kind != KN_DOCUMENT_REKAP && kind != KN_REPORTS_KIND_SKM &&
         _kn_reports_page_chosen_employee (self) == 0 &&
         adw_combo_row_get_selected (self->split_row) == 1;
}

/* An employee's document: the SKP of the period's year, or the evaluation of the period. Any
 * thread, on a store of its own. */
static KnReport *
build_report_in (KnStore        *store,
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
      return kn_report_build_skp (store, employee_id, year, error);
    }

  return kn_report_build_evaluation (store, kind, employee_id, period, error);
}

static KnReport *
build_report (KnReportsPage  *self,
              KnDocumentKind  kind,
              gint64          employee_id,
              const char     *period,
              GError        **error)
{
  return build_report_in (self->store, kind, employee_id, period, error);
}

KnSkmReport *
_kn_reports_page_build_skm (KnReportsPage  *self,
                            GError        **error)
{
  gint64 unit_id = _kn_reports_page_chosen_unit (self);
  const char *period = _kn_reports_page_chosen_period (self);
  g_autoptr(GPtrArray) surveys = NULL;
  KnOrgUnit *unit;
  KnPeriod parsed;

  if (self->store == NULL || unit_id == 0 || period == NULL ||
      (unit = kn_store_lookup_unit (self->store, unit_id)) == NULL)
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                           _("Choose a unit and a period first."));
      return NULL;
    }

  /* The library's message points to the command line; here the place that records surveys. */
  surveys = kn_store_list_surveys (self->store, unit_id, period);
  if (surveys->len == 0 && kn_period_parse (period, &parsed, NULL))
    {
      g_autofree char *label = kn_period_label (&parsed);

      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                   _("%s has no Survei Kepuasan Masyarakat for %s, so there is no report yet. "
                     "Record the survey on the place Survei Kepuasan Masyarakat first (Import "
                     "Survey… or Type In…)."),
                   kn_org_unit_get_name (unit), label);
      return NULL;
    }
  return kn_skm_report_new (self->store, unit_id, period, NULL, error);
}

/* The file of a unit's document of the chosen period: @kind "LAPORAN-SKM", "REKAP". */
static char *
unit_file_name (KnReportsPage *self,
                const char    *kind,
                gboolean       xlsx)
{
  KnOrgUnit *unit = self->store != NULL
                    ? kn_store_lookup_unit (self->store, _kn_reports_page_chosen_unit (self))
                    : NULL;

  return kn_report_unit_file_name (kind, _kn_reports_page_chosen_period (self),
                                   unit != NULL ? kn_org_unit_get_name (unit) : NULL, xlsx);
}

char *
_kn_reports_page_skm_file_name (KnReportsPage *self,
                                gboolean       xlsx)
{
  return unit_file_name (self, "LAPORAN-SKM", xlsx);
}

/* The preview */

/* A large unit's first document is read off the main thread (kn-store-reading.h), and laid out
 * here when it comes: at province scale
 * reading it took 28 ms of the main thread's time on top of filling the choices (issue 13). A
 * new choice cancels the reading under way, whose document is dropped. */
#define PREVIEW_IN_THREAD_FROM 2000

typedef struct
{
  KnDocumentKind  kind;
  GArray         *ids;      /* gint64 */
  char           *period;
  KnPaper         paper;
  KnReport       *report;   /* owned, nullable: the document read */
} PreviewLoad;

static void
preview_load_free (PreviewLoad *load)
{
  g_array_unref (load->ids);
  g_free (load->period);
  g_clear_pointer (&load->report, kn_report_free);
  g_free (load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PreviewLoad, preview_load_free)

/* The first person who has the document (none: no report, and no error when no one failed). */
static gboolean
read_preview (KnStore       *store,
              gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  PreviewLoad *load = data;
  g_autoptr(GError) local_error = NULL;

  for (guint i = 0; i < load->ids->len && load->report == NULL; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      g_clear_error (&local_error);
      load->report = build_report_in (store, load->kind, g_array_index (load->ids, gint64, i),
                                      load->period, &local_error);
    }
  if (load->report == NULL && local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static void
on_preview_read_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(KnReportsPage) self = user_data;
  g_autoptr(KnReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PreviewLoad) load = kn_store_reading_finish (result, &self->preview_load, &error);
  KnReportsPrintable *printable;

  if (load == NULL && error == NULL)
    return;

  if (load != NULL)
    report = g_steal_pointer (&load->report);
  if (report == NULL)
    {
      _kn_reports_page_set_status (self, error != NULL ? error->message
                                                       : _("Nothing to show for this choice."));
      return;
    }
  printable = kn_reports_printable_new_document (kn_document_new_report (report, load->paper));
  _kn_reports_page_set_signer_warning (self, (const KnReport **)&report, 1);
  if (self->cancellable == NULL)
    _kn_reports_page_set_status (self, NULL);
  kn_reports_preview_set_printable (self->preview, printable);
}

static void
read_preview_in_thread (KnReportsPage *self,
                        guint          kind,
                        GArray        *ids,
                        const char    *period,
                        KnPaper        paper)
{
  PreviewLoad *load = g_new0 (PreviewLoad, 1);

  load->kind = (KnDocumentKind)kind;
  load->ids = g_array_ref (ids);
  load->period = g_strdup (period);
  load->paper = paper;
  if (self->cancellable == NULL)
    _kn_reports_page_set_status (self, _("Loading the unit…"));
  kn_reports_preview_set_printable (self->preview, NULL);
  kn_store_reading_start (self->store, &self->preview_load, read_preview, load,
                          (GDestroyNotify)preview_load_free, on_preview_read_cb,
                          g_object_ref (self));
}

static void
rebuild_preview (KnReportsPage *self)
{
  g_autoptr(GError) error = NULL;
  guint kind = _kn_reports_page_chosen_kind (self);
  const char *period = _kn_reports_page_chosen_period (self);
  KnPaper paper = _kn_reports_page_chosen_paper (self);
  KnReportsPrintable *printable = NULL;

  kn_store_reading_cancel (&self->preview_load);
  g_clear_pointer (&self->suggested, g_free);
  _kn_reports_page_set_signer_warning (self, NULL, 0);

  if (self->store == NULL || period == NULL)
    goto out;

  if (kind == KN_REPORTS_KIND_SKM)
    {
      KnSkmReport *skm = _kn_reports_page_build_skm (self, &error);

      if (skm != NULL)
        {
          printable = kn_reports_printable_new_skm (skm, paper);
          self->suggested = _kn_reports_page_skm_file_name (self, FALSE);
        }
    }
  else if (kind == KN_DOCUMENT_REKAP)
    {
      g_autoptr(KnRecapReport) recap = kn_report_build_recap (self->store,
                                                              _kn_reports_page_chosen_unit (self),
                                                              period, &error);

      if (recap != NULL)
        {
          printable = kn_reports_printable_new_document (kn_document_new_recap (recap, paper));
          self->suggested = unit_file_name (self, "REKAP", FALSE);
        }
    }
  else
    {
      g_autoptr(GArray) ids = _kn_reports_page_chosen_employees (self);

      if (_kn_reports_page_chosen_employee (self) == 0 &&
          ids->len >= self->preview_in_thread_from && kn_store_get_path (self->store) != NULL)
        {
          read_preview_in_thread (self, kind, ids, period, paper);
          return;
        }

      /* For a whole unit, the first person who has the document. */
      for (guint i = 0; i < ids->len && printable == NULL; i++)
        {
          g_autoptr(KnReport) report = NULL;

          g_clear_error (&error);
          report = build_report (self, kind, g_array_index (ids, gint64, i), period, &error);
          if (report != NULL)
            {
              printable = kn_reports_printable_new_document (kn_document_new_report (report, paper));
              _kn_reports_page_set_signer_warning (self, (const KnReport **)&report, 1);
              if (_kn_reports_page_chosen_employee (self) != 0)
                self->suggested = kn_report_file_name (report, FALSE);
            }
        }
    }

  if (printable == NULL)
    _kn_reports_page_set_status (self, error != NULL ? error->message
                                                     : _("Nothing to show for this choice."));
  else if (self->cancellable == NULL)
    _kn_reports_page_set_status (self, NULL);

out:
  kn_reports_preview_set_printable (self->preview, printable);
}

/* The page's own actions and keys turn the preview's pages and zoom, enabled as the preview's. */
static void
sync_preview_actions (KnReportsPage *self)
{
  guint page = kn_reports_preview_get_page (self->preview);
  guint n = kn_reports_preview_get_n_pages (self->preview);
  int zoom = kn_reports_preview_get_zoom (self->preview);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.previous-page", page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.next-page", page + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.zoom-in", zoom < KN_REPORTS_ZOOM_MAX);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.zoom-out",
                                 zoom <= 0 || zoom > KN_REPORTS_ZOOM_MIN);
}

static void
on_preview_changed_cb (KnReportsPage *self)
{
  if (self->preview != NULL)
    sync_preview_actions (self);
}

static void
preview_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KnReportsPage *self = KN_REPORTS_PAGE (widget);
  g_autofree char *name = g_strconcat ("preview.", action_name + strlen ("reports."), NULL);

  gtk_widget_activate_action (GTK_WIDGET (self->preview), name, NULL);
}

/* Printing */

static GtkPrintOperation *
prepare_print (KnReportsPage  *self,
               GError        **error)
{
  g_autoptr(GPtrArray) printables = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_reports_printable_free);
  guint kind = _kn_reports_page_chosen_kind (self);
  const char *period = _kn_reports_page_chosen_period (self);
  KnPaper paper = _kn_reports_page_chosen_paper (self);

  if (kind == KN_REPORTS_KIND_SKM)
    {
      KnSkmReport *skm = _kn_reports_page_build_skm (self, error);

      if (skm == NULL)
        return NULL;
      g_ptr_array_add (printables, kn_reports_printable_new_skm (skm, paper));
    }
  else if (kind == KN_DOCUMENT_REKAP)
    {
      g_autoptr(KnRecapReport) recap = kn_report_build_recap (self->store,
                                                              _kn_reports_page_chosen_unit (self),
                                                              period, error);

      if (recap != NULL)
        g_ptr_array_add (printables,
                         kn_reports_printable_new_document (kn_document_new_recap (recap, paper)));
    }
  else
    {
      g_autoptr(GArray) ids = _kn_reports_page_chosen_employees (self);
      g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_report_free);

      for (guint i = 0; i < ids->len; i++)
        {
          KnReport *report = build_report (self, kind, g_array_index (ids, gint64, i), period, NULL);

          if (report != NULL)
            {
              g_ptr_array_add (printables,
                               kn_reports_printable_new_document (kn_document_new_report (report,
                                                                                          paper)));
              g_ptr_array_add (reports, report);
            }
        }
      _kn_reports_page_set_signer_warning (self, (const KnReport **)reports->pdata, reports->len);
    }

  if (printables->len == 0)
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("Nothing to print for this choice."));
      return NULL;
    }

  return kn_reports_print_operation_new (g_steal_pointer (&printables), paper);
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
      _kn_reports_page_set_status (self, error->message);
      return;
    }

  /* The dialog offers the printers, "Print to File" and a preview. */
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    _kn_reports_page_set_status (self, error->message);
}

/* The choices */

/* The choices' handlers wait while the page fills or sets them itself: showing is not choosing. */
static void
hold_choices (KnReportsPage *self,
              gboolean       hold)
{
  kn_choices_hold (self, hold, self->kind_chooser, self->unit_chooser, self->employee_chooser,
                   self->period_row, self->paper_row, self->split_row, NULL);
}

/* Each period of this year and the years with an SKP (each year alone for an SKP), this quarter
 * chosen. */
static void
fill_periods (KnReportsPage *self)
{
  g_autoptr(GArray) years = kn_period_choices_years (self->store);
  guint selected;
  g_autoptr(GtkStringList) labels =
    kn_period_choices_new_for_years (self->store, years,
                                     _kn_reports_page_chosen_kind (self) == KN_DOCUMENT_SKP, NULL,
                                     self->periods, &selected);

  adw_combo_row_set_model (self->period_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->period_row, selected);
}

static void
fill_employees (KnReportsPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *employees = kn_store_get_employees (self->store);
  gint64 unit = _kn_reports_page_chosen_unit (self);

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

/* A unit's recap and SKM report are nobody's in particular, and one file each. */
static void
update_employee_row (KnReportsPage *self)
{
  guint kind = _kn_reports_page_chosen_kind (self);
  gboolean a_person = kind != KN_DOCUMENT_REKAP && kind != KN_REPORTS_KIND_SKM;

  gtk_widget_set_sensitive (GTK_WIDGET (self->employee_row), a_person);
  gtk_widget_set_sensitive (GTK_WIDGET (self->split_row), kind != KN_REPORTS_KIND_SKM);
}

static void
on_choice_changed_cb (GObject       *object,
                      GParamSpec    *pspec,
                      KnReportsPage *self)
{
  if (self->store == NULL)
    return;

  if (object == G_OBJECT (self->kind_chooser))
    {
      hold_choices (self, TRUE);
      fill_periods (self);
      hold_choices (self, FALSE);
      update_employee_row (self);
    }

  rebuild_preview (self);
}

static void
on_unit_changed_cb (GObject       *chooser,
                    GParamSpec    *pspec,
                    KnReportsPage *self)
{
  if (self->store == NULL)
    return;

  hold_choices (self, TRUE);
  fill_employees (self);
  hold_choices (self, FALSE);
  rebuild_preview (self);
}

/* GObject */

static void
kn_reports_page_dispose (GObject *object)
{
  KnReportsPage *self = (KnReportsPage *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  kn_store_reading_cancel (&self->preview_load);

  gtk_widget_dispose_template (GTK_WIDGET (self), KN_TYPE_REPORTS_PAGE);
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
  g_clear_pointer (&self->saving, g_free);
  g_clear_pointer (&self->saved, g_free);
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
  g_type_ensure (KN_TYPE_REPORTS_PREVIEW);
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
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, open_saved_button);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, warning_label);
  gtk_widget_class_bind_template_child (widget_class, KnReportsPage, preview);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_preview_changed_cb);

  gtk_widget_class_install_action (widget_class, "reports.print", NULL, print_action);
  _kn_reports_page_class_save_init (widget_class);
  gtk_widget_class_install_action (widget_class, "reports.previous-page", NULL, preview_action);
  gtk_widget_class_install_action (widget_class, "reports.next-page", NULL, preview_action);
  gtk_widget_class_install_action (widget_class, "reports.zoom-in", NULL, preview_action);
  gtk_widget_class_install_action (widget_class, "reports.zoom-out", NULL, preview_action);
  gtk_widget_class_install_action (widget_class, "reports.zoom-fit-page", NULL, preview_action);
  gtk_widget_class_install_action (widget_class, "reports.zoom-fit-width", NULL, preview_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "reports.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "reports.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "reports.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "reports.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "reports.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "reports.zoom-fit-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "reports.zoom-fit-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "reports.print", NULL);
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
  self->preview_in_thread_from = PREVIEW_IN_THREAD_FROM;
  self->periods = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.open-saved", FALSE);

  gtk_string_list_append (kinds, _("SKP (Sasaran Kinerja Pegawai)"));
  gtk_string_list_append (kinds, _("Evaluasi Kinerja Pegawai"));
  gtk_string_list_append (kinds, _("Dokumen Evaluasi Kinerja Pegawai"));
  gtk_string_list_append (kinds, _("Penetapan Predikat Kinerja (unit recap)"));
  gtk_string_list_append (kinds, _("Laporan Hasil Survei Kepuasan Masyarakat"));
  gtk_string_list_append (papers, _("A4"));
  gtk_string_list_append (papers, _("F4 / Folio (215 × 330 mm)"));
  gtk_string_list_append (splits, _("One file with everyone"));
  gtk_string_list_append (splits, _("One file per employee, in a folder"));

  hold_choices (self, TRUE);
  kn_chooser_set_model (self->kind_chooser, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->paper_row, G_LIST_MODEL (papers));
  adw_combo_row_set_model (self->split_row, G_LIST_MODEL (splits));
  kn_choice_show_whole (self->split_row, 24);
  hold_choices (self, FALSE);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.cancel", FALSE);
  sync_preview_actions (self);
}

static void fill_choices (KnReportsPage *self);

void
kn_reports_page_set_store (KnReportsPage *self,
                           KnStore       *store)
{
  g_return_if_fail (KN_IS_REPORTS_PAGE (self));

  g_set_object (&self->store, store);
  kn_store_follow (GTK_WIDGET (self), store, NULL, (KnStoreFollowFunc)kn_reports_page_refresh);
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
  kn_choice_fill (self->paper_row, adw_combo_row_get_model (self->paper_row),
                  g_strcmp0 (paper, "f4") == 0 ? 1 : 0, self);
  rebuild_preview (self);
}

void
kn_reports_page_refresh (KnReportsPage *self)
{
  guint kind;
  KnPaper paper;
  gint64 unit;
  gint64 employee;
  g_autofree char *period = NULL;
  guint index;

  g_return_if_fail (KN_IS_REPORTS_PAGE (self));

  if (self->store == NULL || kn_reports_page_get_busy (self))
    return;

  kind = _kn_reports_page_chosen_kind (self);
  paper = _kn_reports_page_chosen_paper (self);
  unit = _kn_reports_page_chosen_unit (self);
  employee = _kn_reports_page_chosen_employee (self);
  index = adw_combo_row_get_selected (self->period_row);
  if (index < self->periods->len)
    period = g_strdup (g_ptr_array_index (self->periods, index));

  /* One preview: selecting draws it (whatever of the choice is still there). */
  fill_choices (self);
  if (unit != 0 && period != NULL)
    kn_reports_page_select (self, (KnDocumentKind)kind, unit, employee, period, paper);
  else
    rebuild_preview (self);
}

static void
fill_choices (KnReportsPage *self)
{
  guint selected;
  g_autoptr(GtkStringList) units = kn_unit_choices_new (self->store, 0, self->unit_ids, &selected);

  hold_choices (self, TRUE);
  kn_chooser_set_model (self->unit_chooser, G_LIST_MODEL (units));
  fill_employees (self);
  fill_periods (self);
  hold_choices (self, FALSE);
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
  guint index;

  g_return_val_if_fail (KN_IS_REPORTS_PAGE (self), FALSE);

  hold_choices (self, TRUE);
  kn_chooser_set_selected (self->kind_chooser, kind);
  update_employee_row (self);
  fill_periods (self);
  if (!kn_choice_select_id (self->unit_chooser, self->unit_ids, unit_id))
    found = FALSE;
  fill_employees (self);
  if (!kn_choice_select_id (self->employee_chooser, self->employee_ids, employee_id))
    found = FALSE;

  index = GTK_INVALID_LIST_POSITION;
  for (guint i = 0; i < self->periods->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->periods, i), period) == 0)
      index = i;
  if (index == GTK_INVALID_LIST_POSITION)
    found = FALSE;
  else
    adw_combo_row_set_selected (self->period_row, index);

  adw_combo_row_set_selected (self->paper_row, paper == KN_PAPER_F4 ? 1 : 0);
  hold_choices (self, FALSE);

  rebuild_preview (self);
  return found;
}

gboolean
kn_reports_page_carry (KnReportsPage *self,
                       gint64         unit_id,
                       gint64         employee_id,
                       const char    *period)
{
  gboolean found;

  g_return_val_if_fail (KN_IS_REPORTS_PAGE (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);

  if (self->store == NULL)
    return FALSE;

  hold_choices (self, TRUE);
  found = kn_choice_select_id (self->unit_chooser, self->unit_ids, unit_id);
  if (found)
    {
      /* A period's document: the SKP (of the year) becomes the period's Evaluasi. */
      if (_kn_reports_page_chosen_kind (self) == KN_DOCUMENT_SKP)
        {
          kn_chooser_set_selected (self->kind_chooser, KN_DOCUMENT_EVALUASI);
          update_employee_row (self);
          fill_periods (self);
        }
      fill_employees (self);
      if (employee_id != 0)
        kn_choice_select_id (self->employee_chooser, self->employee_ids, employee_id);
      for (guint i = 0; i < self->periods->len; i++)
        if (g_strcmp0 (g_ptr_array_index (self->periods, i), period) == 0)
          adw_combo_row_set_selected (self->period_row, i);
    }
  hold_choices (self, FALSE);

  if (found)
    rebuild_preview (self);
  return found;
}

gboolean
kn_reports_page_is_previewing (KnReportsPage *self)
{
  g_return_val_if_fail (KN_IS_REPORTS_PAGE (self), FALSE);
  return self->preview_load != NULL;
}

void
_kn_reports_page_set_preview_in_thread_from (KnReportsPage *self,
                                             guint          n_employees)
{
  self->preview_in_thread_from = n_employees;
}

guint
kn_reports_page_get_n_pages (KnReportsPage *self)
{
  g_return_val_if_fail (KN_IS_REPORTS_PAGE (self), 0);
  return kn_reports_preview_get_n_pages (self->preview);
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

const char *
kn_reports_page_get_status (KnReportsPage *self)
{
  g_return_val_if_fail (KN_IS_REPORTS_PAGE (self), NULL);
  return self->status;
}


gboolean
kn_reports_page_select_skm (KnReportsPage *self,
                            gint64         unit_id,
                            const char    *period,
                            KnPaper        paper)
{
  g_return_val_if_fail (KN_IS_REPORTS_PAGE (self), FALSE);

  return kn_reports_page_select (self, (KnDocumentKind)KN_REPORTS_KIND_SKM, unit_id, 0, period,
                                 paper);
}

void
kn_reports_page_set_zoom (KnReportsPage *self,
                          int            zoom)
{
  g_return_if_fail (KN_IS_REPORTS_PAGE (self));
  kn_reports_preview_set_zoom (self->preview, zoom);
}

int
kn_reports_page_get_zoom (KnReportsPage *self)
{
  g_return_val_if_fail (KN_IS_REPORTS_PAGE (self), KN_REPORTS_ZOOM_FIT_PAGE);
  return kn_reports_preview_get_zoom (self->preview);
}
