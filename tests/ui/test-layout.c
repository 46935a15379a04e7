/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How the places share out the window from a 1024×600 laptop to a 1920×1080 screen: what grows
 * with the window, and what is never cut. */

#include "config.h"

#include <adwaita.h>

#include "kinerja/kn-chart.h"

#include "kn-dashboard-page.h"
#include "kn-distribution-panel.h"
#include "kn-employees-page.h"
#include "kn-evaluation-page.h"
#include "kn-evaluation-page-private.h"
#include "kn-reports-page.h"
#include "kn-reports-page-private.h"
#include "kn-training-page.h"
#include "kn-ui-test.h"

#include "kn-test-ui.h"

#define PERIOD "2026-TW1"

/* The page's room in the main window: folded at 1024×600, beside the sidebar at 1366×768 and
 * at 1920×1080. */
static const int sizes[][2] = { { 1024, 553 }, { 1140, 716 }, { 1695, 1028 } };

typedef struct
{
  char    *dir;
  KnStore *store;
  gint64   unit;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n_people = 0;
  gint64 head;

  fixture->store = kn_test_store_new ("kinerja-ui-layout-XXXXXX", &fixture->dir, NULL);
  fixture->unit = kn_test_add_unit (fixture->store, "Bidang Penilaian Kinerja Aparatur", 0);
  head = kn_test_add_staff (fixture->store, &n_people, "Dra. Hj. Siti Aminah", "Kepala Bidang",
                            KN_POSITION_ADMINISTRATOR, fixture->unit, 0);
  kn_test_add_staff (fixture->store, &n_people, "Dr. Agus Salim Nasution, S.IP., M.Si.",
                     "Analis", KN_POSITION_AHLI_MUDA, fixture->unit, head);
  kn_test_add_staff (fixture->store, &n_people, "Budi Santoso, S.Pd.", "Analis",
                     KN_POSITION_AHLI_MUDA, fixture->unit, head);
  g_assert_true (kn_store_set_org_predikat (fixture->store, fixture->unit, PERIOD,
                                            KN_ORG_PREDIKAT_BAIK, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_store_clear (&fixture->store, &fixture->dir, NULL);
}

/* Puts @page in @window at size @i: the window and the page's room. */
/* @page (its store set) in a window of its own at size @i, presented and drawn. The page asks
 * for the whole size, wider than the test's screen, so the window is not clamped to the
 * monitor. */
static GtkWindow *
show_page_at (GtkWidget *page,
              int        width,
              int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_widget_set_size_request (page, width, height);
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  kn_test_draw (window);
  return window;
}

static GtkWindow *
show_page (GtkWidget *page,
           guint      i)
{
  return show_page_at (page, sizes[i][0], sizes[i][1]);
}

static void
close_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  kn_test_spin ();
}

static gboolean
rows_ready (gpointer data)
{
  return !kn_evaluation_page_is_loading (data);
}

/* Penilaian of the fixture's unit in a window of its own, its page's room @width × @height,
 * its rows read and drawn. */
static GtkWindow *
show_penilaian (Fixture           *fixture,
                int                width,
                int                height,
                KnEvaluationPage **page_out)
{
  KnEvaluationPage *page = g_object_new (KN_TYPE_EVALUATION_PAGE, NULL);
  GtkWindow *window;

  kn_evaluation_page_set_store (page, fixture->store);
  window = show_page_at (GTK_WIDGET (page), width, height);
  g_assert_true (kn_evaluation_page_show (page, fixture->unit, PERIOD, 0));
  g_assert_true (kn_test_spin_until (rows_ready, page));
  kn_test_draw (window);
  *page_out = page;
  return window;
}

/* Penilaian at each size: the table keeps more room than the charts, but on a wide screen the
 * charts get a share of the width (not a fixed strip) and keep their shape as they grow. */
static void
test_penilaian_panel_grows (Fixture       *fixture,
                            gconstpointer  data)
{
  int panel_width[G_N_ELEMENTS (sizes)];
  int chart_height[G_N_ELEMENTS (sizes)];

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      KnEvaluationPage *page;
      GtkWindow *window = show_penilaian (fixture, sizes[i][0], sizes[i][1], &page);
      GtkWidget *table;
      GtkWidget *panel;
      GtkWidget *chart;

      table = gtk_widget_get_parent (kn_test_find_type (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
      panel = kn_test_find_type (GTK_WIDGET (page), KN_TYPE_DISTRIBUTION_PANEL);
      chart = kn_test_find_type (panel, GTK_TYPE_DRAWING_AREA);
      g_assert_cmpint (gtk_widget_get_width (table), >, gtk_widget_get_width (panel));
      panel_width[i] = gtk_widget_get_width (panel);
      chart_height[i] = gtk_widget_get_height (chart);
      g_test_message ("page %d: table %d, panel %d, chart %d", sizes[i][0],
                      gtk_widget_get_width (table), panel_width[i], chart_height[i]);
      close_window (window);
    }

  /* At least a quarter of the page on the widest screen; each step wider gives it more. */
  g_assert_cmpint (panel_width[0], >=, 300);
  g_assert_cmpint (panel_width[1], >=, panel_width[0]);
  g_assert_cmpint (panel_width[2], >, panel_width[1]);
  g_assert_cmpint (panel_width[2], >=, sizes[2][0] / 4);
  g_assert_cmpint (chart_height[2], >, chart_height[0]);
  g_assert_cmpint (chart_height[2] * 2, >=, panel_width[2]);
}

/* Penilaian's table shows its four columns whole, without scrolling sideways, in the window's
 * default size beside the sidebar (970 × 713: the window first opens so on a 1366 × 768 screen)
 * and at each size above: the lock of a final evaluation at the end of the Predikat column was
 * out of sight at the default size. */
static void
test_penilaian_table_fits (Fixture       *fixture,
                           gconstpointer  data)
{
  const int widths[][2] = { { 970, 713 }, { 1024, 553 }, { 1140, 716 }, { 1695, 1028 } };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      KnEvaluationPage *page;
      GtkWindow *window = show_penilaian (fixture, widths[i][0], widths[i][1], &page);
      GtkWidget *scrolled;
      GtkAdjustment *across;

      scrolled = gtk_widget_get_parent (kn_test_find_type (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
      g_assert_true (GTK_IS_SCROLLED_WINDOW (scrolled));
      across = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled));
      g_test_message ("page %d: table %.0f of %.0f", widths[i][0],
                      gtk_adjustment_get_page_size (across), gtk_adjustment_get_upper (across));
      g_assert_cmpfloat (gtk_adjustment_get_upper (across), <=,
                         gtk_adjustment_get_page_size (across));
      close_window (window);
    }
}

static gboolean
is_penilaian_hint (GtkWidget *widget,
                   gpointer   data)
{
  return GTK_IS_LABEL (widget) &&
         g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), "Pilih pegawai, lalu ketik");
}

/* Penilaian's hint (a wrapped sentence above the table) is measured for its width once, not
 * again for every height its box asks it about: a wrapped label answers that by laying its
 * text out at widths halved in turn, and building the page took 36-50 ms of one frame at the
 * launch, 30 of them for the hint (issue 13). It still wraps in the width it is given, in as
 * many lines as it takes, at each size of the window. */
static void
test_penilaian_hint_measured_once (Fixture       *fixture,
                                   gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      KnEvaluationPage *page;
      GtkWindow *window = show_penilaian (fixture, sizes[i][0], sizes[i][1], &page);
      GtkWidget *hint;
      GtkWidget *frame;
      int free_min, free_nat, for_height_min, for_height_nat;

      hint = kn_test_find (GTK_WIDGET (page), is_penilaian_hint, NULL);
      g_assert_nonnull (hint);
      g_assert_true (gtk_widget_get_mapped (hint) && gtk_label_get_wrap (GTK_LABEL (hint)));
      frame = gtk_widget_get_parent (hint);
      gtk_widget_measure (frame, GTK_ORIENTATION_HORIZONTAL, -1, &free_min, &free_nat, NULL,
                          NULL);
      gtk_widget_measure (frame, GTK_ORIENTATION_HORIZONTAL, 2 * gtk_widget_get_height (hint),
                          &for_height_min, &for_height_nat, NULL, NULL);
      g_assert_cmpint (for_height_min, ==, free_min);
      g_assert_cmpint (for_height_nat, ==, free_nat);

      /* Wrapped in the whole width of its frame (its margins aside), in at most three lines. */
      g_assert_cmpint (gtk_widget_get_width (hint), ==, gtk_widget_get_width (frame) - 24);
      g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (hint))), <=, 3);
      close_window (window);
    }
}

static gboolean
is_shown_search (GtkWidget *widget,
                 gpointer   data)
{
  return GTK_IS_SEARCH_ENTRY (widget) && gtk_widget_get_mapped (widget);
}

/* Every label shown under @widget reads whole: one line, no "…". */
static void
assert_labels_whole (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget))
    {
      PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (widget));

      g_test_message ("label “%s”: %d px, %d line(s)", gtk_label_get_text (GTK_LABEL (widget)),
                      gtk_widget_get_width (widget), pango_layout_get_line_count (layout));
      g_assert_false (pango_layout_is_ellipsized (layout));
      g_assert_cmpint (pango_layout_get_line_count (layout), ==, 1);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_labels_whole (child);
}

/* Kompetensi's toolbar from 1024×600 up: the unit's name, the buttons and the filter read
 * whole, and the search has room for a name. */
static void
test_kompetensi_toolbar (Fixture       *fixture,
                         gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      KnTrainingPage *page = g_object_new (KN_TYPE_TRAINING_PAGE, NULL);
      GtkWindow *window;
      GtkWidget *main_box;
      GtkWidget *row;

      kn_training_page_set_store (page, fixture->store);
      window = show_page (GTK_WIDGET (page), i);
      g_assert_true (kn_training_page_show (page, fixture->unit, 2026));
      kn_test_draw (window);

      main_box = kn_test_find_type (GTK_WIDGET (page), GTK_TYPE_BOX);
      g_assert_cmpint (gtk_widget_get_width (main_box), ==, sizes[i][0]);
      /* The rows above the summary sentence. */
      for (row = gtk_widget_get_first_child (main_box);
           row != NULL && GTK_IS_BOX (row);
           row = gtk_widget_get_next_sibling (row))
        assert_labels_whole (row);
      g_assert_cmpint (gtk_widget_get_width (kn_test_find (GTK_WIDGET (page), is_shown_search,
                                                           NULL)),
                       >=, 240);
      close_window (window);
    }
}

static gboolean
is_rank_cell (GtkWidget *widget,
              gpointer   data)
{
  return GTK_IS_INSCRIPTION (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), data) == 0;
}

/* Pegawai beside the sidebar at 1366×768 and on a 1920×1080 screen: the longest pangkat reads
 * whole in its column (at 1024×600 the columns share what there is). */
static void
test_pegawai_rank_whole (Fixture       *fixture,
                         gconstpointer  data)
{
  const char *rank = "Pembina Utama Madya, IV/d";
  g_autofree char *nip = kn_test_nip (3, NULL);

  kn_test_add_person (fixture->store, nip, "Dr. Ir. Hendra Wijaya, M.T.", "IV/d",
                      "Sekretaris Daerah", KN_POSITION_JPT_MADYA, fixture->unit, 0);

  for (guint i = 1; i < G_N_ELEMENTS (sizes); i++)
    {
      KnEmployeesPage *page = g_object_new (KN_TYPE_EMPLOYEES_PAGE, NULL);
      GtkWindow *window;
      GtkWidget *cell;
      g_autoptr(PangoLayout) layout = NULL;
      int text_width;

      kn_employees_page_set_store (page, fixture->store);
      window = show_page (GTK_WIDGET (page), i);

      cell = kn_test_find (GTK_WIDGET (page), is_rank_cell, (gpointer) rank);
      g_assert_nonnull (cell);
      layout = gtk_widget_create_pango_layout (cell, rank);
      pango_layout_get_pixel_size (layout, &text_width, NULL);
      g_test_message ("page %d: “%s” %d px in %d px", sizes[i][0], rank, text_width,
                      gtk_widget_get_width (cell));
      g_assert_cmpint (text_width, <=, gtk_widget_get_width (cell));
      close_window (window);
    }
}

/* Pegawai at each size: the unit tree takes a share of the width, so that on a wide screen the
 * units' names have room, while the table keeps most of it. */
static void
test_pegawai_tree_grows (Fixture       *fixture,
                         gconstpointer  data)
{
  int tree_width[G_N_ELEMENTS (sizes)];

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      KnEmployeesPage *page = g_object_new (KN_TYPE_EMPLOYEES_PAGE, NULL);
      GtkWindow *window;
      GtkWidget *tree;

      kn_employees_page_set_store (page, fixture->store);
      window = show_page (GTK_WIDGET (page), i);

      tree = gtk_paned_get_start_child (GTK_PANED (kn_test_find_type (GTK_WIDGET (page),
                                                                      GTK_TYPE_PANED)));
      tree_width[i] = gtk_widget_get_width (tree);
      g_test_message ("page %d: unit tree %d px", sizes[i][0], tree_width[i]);
      g_assert_cmpint (tree_width[i], >=, 220);
      g_assert_cmpint (tree_width[i], <=, sizes[i][0] / 3);
      close_window (window);
    }

  g_assert_cmpint (tree_width[1], >=, tree_width[0]);
  g_assert_cmpint (tree_width[2], >, tree_width[1]);
  g_assert_cmpint (tree_width[2], >=, sizes[2][0] / 5);
}

/* Laporan at size @i as show_page shows it; @window receives its window. */
static KnReportsPage *
show_reports_page (Fixture    *fixture,
                   guint       i,
                   GtkWindow **window)
{
  KnReportsPage *page = g_object_new (KN_TYPE_REPORTS_PAGE, NULL);

  kn_reports_page_set_store (page, fixture->store);
  *window = show_page (GTK_WIDGET (page), i);
  return page;
}

/* Closes the window of show_reports_page once the page's background work is done. */
static void
close_reports_page (GtkWindow     *window,
                    KnReportsPage *page)
{
  kn_test_reports_page_wait (page);
  close_window (window);
}

/* Laporan at each size: the preview's whole toolbar, up to its last button, lies inside the
 * page (the preview gives way to the form only down to the toolbar's width). */
static void
test_laporan_toolbar_inside (Fixture       *fixture,
                             gconstpointer  data)
{
  const char *actions[] = { "preview.previous-page", "preview.zoom-fit-page",
                            "preview.zoom-fit-width" };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      GtkWindow *window;
      KnReportsPage *page = show_reports_page (fixture, i, &window);

      for (guint j = 0; j < G_N_ELEMENTS (actions); j++)
        {
          GtkWidget *button = kn_test_find_action (GTK_WIDGET (page), actions[j]);
          graphene_rect_t bounds;

          g_assert_nonnull (button);
          g_assert_true (gtk_widget_compute_bounds (button, GTK_WIDGET (page), &bounds));
          g_test_message ("page %d: %s at %.0f–%.0f", sizes[i][0], actions[j],
                          bounds.origin.x, bounds.origin.x + bounds.size.width);
          g_assert_cmpfloat (bounds.origin.x, >=, 0);
          g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, sizes[i][0]);
        }
      close_reports_page (window, page);
    }
}

/* The label under @widget that shows @text; NULL when none does. */
static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether @label shows its text whole on one line. */
static gboolean
label_one_line (GtkLabel *label)
{
  PangoLayout *layout = gtk_label_get_layout (label);

  return pango_layout_get_line_count (layout) == 1 && !pango_layout_is_ellipsized (layout);
}

/* Laporan at each size: the rows' titles ("Dokumen", "Unit Kerja", "Pegawai") never wrap, and
 * every kind of document reads whole in its chooser (on two lines at most, never cut). */
static void
test_laporan_titles_whole (Fixture       *fixture,
                           gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      GtkWindow *window;
      KnReportsPage *page = show_reports_page (fixture, i, &window);
      KnChooser *choosers[] = { page->kind_chooser, page->unit_chooser, page->employee_chooser };
      GListModel *kinds;

      for (guint c = 0; c < G_N_ELEMENTS (choosers); c++)
        {
          AdwPreferencesRow *row =
            ADW_PREFERENCES_ROW (gtk_widget_get_ancestor (GTK_WIDGET (choosers[c]),
                                                          ADW_TYPE_PREFERENCES_ROW));
          const char *title = adw_preferences_row_get_title (row);
          GtkLabel *label = find_label (GTK_WIDGET (row), title);

          g_assert_nonnull (label);
          g_test_message ("page %d: “%s” %d px wide beside a chooser of %d px in a row of %d px,"
                          " %d lines", sizes[i][0], title,
                          gtk_widget_get_width (GTK_WIDGET (label)),
                          gtk_widget_get_width (GTK_WIDGET (choosers[c])),
                          gtk_widget_get_width (GTK_WIDGET (row)),
                          pango_layout_get_line_count (gtk_label_get_layout (label)));
          g_assert_true (label_one_line (label));
        }

      kinds = kn_chooser_get_model (page->kind_chooser);
      for (guint k = 0; k < g_list_model_get_n_items (kinds); k++)
        {
          g_autofree char *name = NULL;
          GtkLabel *label;
          PangoLayout *layout;

          kn_chooser_set_selected (page->kind_chooser, k);
          kn_test_draw (window);
          name = kn_chooser_dup_label (page->kind_chooser);
          label = find_label (GTK_WIDGET (page->kind_chooser), name);
          g_assert_nonnull (label);
          layout = gtk_label_get_layout (label);
          g_test_message ("page %d: “%s” on %d lines", sizes[i][0], name,
                          pango_layout_get_line_count (layout));
          g_assert_false (pango_layout_is_ellipsized (layout));
          g_assert_cmpint (pango_layout_get_line_count (layout), <=, 2);
        }
      close_reports_page (window, page);
    }
}

/* Pegawai at each size: the search has room for a name or a NIP (at 1024×600 it was squeezed
 * by the buttons beside it), and the commands read whole. */
static void
test_pegawai_search_room (Fixture       *fixture,
                          gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      KnEmployeesPage *page = g_object_new (KN_TYPE_EMPLOYEES_PAGE, NULL);
      GtkWindow *window;
      GtkWidget *search;
      GtkWidget *add;

      kn_employees_page_set_store (page, fixture->store);
      window = show_page (GTK_WIDGET (page), i);

      search = kn_test_find (GTK_WIDGET (page), is_shown_search, NULL);
      g_assert_nonnull (search);
      g_test_message ("page %d: search %d px", sizes[i][0], gtk_widget_get_width (search));
      g_assert_cmpint (gtk_widget_get_width (search), >=, 360);
      add = kn_test_find_action (GTK_WIDGET (page), "employees.add");
      g_assert_nonnull (add);
      assert_labels_whole (gtk_widget_get_parent (add));
      close_window (window);
    }
}

/* The size, in pixels, of the text of @widget's labels. */
static double
body_text_size (GtkWidget *widget)
{
  const PangoFontDescription *font =
    pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  double size = (double) pango_font_description_get_size (font) / PANGO_SCALE;

  return pango_font_description_get_size_is_absolute (font) ? size : size * 96.0 / 72.0;
}

static void
collect_charts (GtkWidget *widget,
                GPtrArray *charts)
{
  if (GTK_IS_DRAWING_AREA (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (charts, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_charts (child, charts);
}

/* Beranda and Kompetensi at each size: the charts' text is not smaller than the text of the
 * page around them (it was 8 px beside 13 px labels at 1024×600). */
static void
test_chart_text_size (Fixture       *fixture,
                      gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    for (guint kind = 0; kind < 2; kind++)
      {
        GtkWindow *window;
        GtkWidget *page;
        g_autoptr(GPtrArray) charts = g_ptr_array_new ();

        if (kind == 0)
          {
            page = g_object_new (KN_TYPE_DASHBOARD_PAGE, NULL);
            kn_dashboard_page_set_store (KN_DASHBOARD_PAGE (page), fixture->store);
          }
        else
          {
            page = g_object_new (KN_TYPE_TRAINING_PAGE, NULL);
            kn_training_page_set_store (KN_TRAINING_PAGE (page), fixture->store);
          }
        window = show_page (page, i);
        if (kind == 1)
          g_assert_true (kn_training_page_show (KN_TRAINING_PAGE (page), fixture->unit, 2026));
        kn_test_draw (window);

        collect_charts (page, charts);
        g_assert_cmpuint (charts->len, >, 0);
        for (guint c = 0; c < charts->len; c++)
          {
            GtkWidget *chart = g_ptr_array_index (charts, c);
            double size = kn_chart_text_size (gtk_widget_get_width (chart),
                                              gtk_widget_get_height (chart));

            g_test_message ("page %d: chart %d × %d: text %.1f px beside %.1f px",
                            sizes[i][0], gtk_widget_get_width (chart),
                            gtk_widget_get_height (chart), size, body_text_size (chart));
            g_assert_cmpfloat (size, >=, body_text_size (chart) - 0.01);
          }
        close_window (window);
      }
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/layout/penilaian-panel-grows", test_penilaian_panel_grows);
  ADD ("/ui/layout/penilaian-hint-measured-once", test_penilaian_hint_measured_once);
  ADD ("/ui/layout/penilaian-table-fits", test_penilaian_table_fits);
  ADD ("/ui/layout/kompetensi-toolbar", test_kompetensi_toolbar);
  ADD ("/ui/layout/pegawai-rank-whole", test_pegawai_rank_whole);
  ADD ("/ui/layout/pegawai-tree-grows", test_pegawai_tree_grows);
  ADD ("/ui/layout/laporan-toolbar-inside", test_laporan_toolbar_inside);
  ADD ("/ui/layout/laporan-titles-whole", test_laporan_titles_whole);
  ADD ("/ui/layout/pegawai-search-room", test_pegawai_search_room);
  ADD ("/ui/layout/chart-text-size", test_chart_text_size);
#undef ADD

  return g_test_run ();
}
