/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What Penilaian costs the main thread at province scale (issue 13): the rows of the choice
 * before go after the choosing turn and are freed later, no tooltip is set again when its text
 * stays (GTK 4.8 asks the X server where the pointer is each time), and "Finalkan Semua" writes
 * in a worker. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>

#include "kn-evaluation-page.h"
#include "kn-evaluation-page-private.h"
#include "kn-ui-test.h"

#include "kn-test-ui.h"

#define PERIOD "2026-TW1"

typedef KnTestEvalOffice Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  kn_test_eval_office_set_up (fixture, "kinerja-ui-eval-cells-XXXXXX");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_eval_office_tear_down (fixture);
}

/* Choosing another period: the turn that chooses does not drop the rows shown (nor free them);
 * they go in a later turn, nothing acts on them meanwhile, and all are freed in the end. */
static void
test_rows_dropped_after_choice (Fixture       *fixture,
                                gconstpointer  data)
{
  GListModel *rows = G_LIST_MODEL (fixture->page->rows);
  gpointer old[3] = { NULL, };
  guint n = g_list_model_get_n_items (rows);

  g_assert_cmpuint (n, ==, G_N_ELEMENTS (old));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      old[i] = row;
      g_object_add_weak_pointer (row, &old[i]);
    }
  kn_evaluation_page_select_row (fixture->page, 0);
  g_assert_nonnull (_kn_evaluation_page_get_selected (fixture->page));

  g_assert_true (kn_evaluation_page_show (fixture->page, fixture->unit, "2026-TW2",
                                          fixture->head));
  /* Nothing of the period left in the page's rows; the view's go in a later turn. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->page->rows)), ==, 0);
  for (guint i = 0; i < n; i++)
    g_assert_nonnull (old[i]);
  g_assert_null (_kn_evaluation_page_get_selected (fixture->page));

  kn_test_evaluation_wait (fixture->page);
  for (guint i = 0; i < 50 && (old[0] != NULL || old[1] != NULL || old[2] != NULL); i++)
    g_main_context_iteration (NULL, FALSE);
  for (guint i = 0; i < n; i++)
    g_assert_null (old[i]);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->page->rows)), ==, n);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_single_selection_get_model (fixture->page->selection)),
                    ==, n);
}

static gboolean
match_note (GtkWidget *widget,
            gpointer   data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "dim-label") &&
         gtk_widget_has_css_class (widget, "caption") && gtk_widget_get_visible (widget);
}

/* A row's note keeps its tooltip while the evaluation changes around it: the tooltip is not set
 * again; nor are the dropdowns' tooltips at each selection. */
static void
test_tooltips_set_once (Fixture       *fixture,
                        gconstpointer  data)
{
  GListModel *rows = G_LIST_MODEL (fixture->page->rows);
  g_autofree char *note_text = NULL;
  GtkWidget *note;
  guint notes = 0, dropdowns = 0;

  kn_test_draw (fixture->window);
  note = kn_test_find (GTK_WIDGET (fixture->page->column_view), match_note, NULL);
  g_assert_nonnull (note);
  note_text = g_strdup (gtk_label_get_text (GTK_LABEL (note)));
  g_assert_nonnull (note_text);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (note), ==, note_text);

  g_signal_connect (note, "notify::tooltip-text", G_CALLBACK (kn_test_count_cb), &notes);
  g_signal_connect (fixture->page->org_dropdown, "notify::tooltip-text",
                    G_CALLBACK (kn_test_count_cb), &dropdowns);
  g_signal_connect (fixture->page->scheme_dropdown, "notify::tooltip-text",
                    G_CALLBACK (kn_test_count_cb), &dropdowns);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KnEvaluationRow) row = g_list_model_get_item (rows, i);

      g_object_notify (G_OBJECT (kn_evaluation_row_get_evaluation (row)), "status-label");
      kn_evaluation_page_select_row (fixture->page, i);
    }
  kn_test_spin ();

  g_assert_cmpuint (notes, ==, 0);
  g_assert_cmpuint (dropdowns, ==, 0);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (note), ==, note_text);
}

static gboolean
match_proposal_note (GtkWidget *widget,
                     gpointer   data)
{
  return match_note (widget, NULL) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), "Usulan berdasarkan") != NULL;
}

/* The year's proposal under a name is read whole at 1024×600, wrapped in the name's column
 * (it was cut: "Usulan berdasarkan 1 dari 4 periode …"). */
static void
test_note_whole (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *note;
  int needed;

  kn_evaluation_page_select_row (fixture->page, 1);
  kn_test_eval_press (fixture->page, "s");
  kn_test_evaluation_wait (fixture->page);
  kn_test_eval_press (fixture->page, "s");
  kn_test_evaluation_wait (fixture->page);
  g_assert_true (kn_evaluation_page_show (fixture->page, fixture->unit, "2026-AKHIR", fixture->head));
  kn_test_evaluation_wait (fixture->page);
  gtk_window_set_default_size (fixture->window, 1024 - 220, 600);
  kn_test_draw (fixture->window);
  kn_test_draw (fixture->window);

  note = kn_test_find (GTK_WIDGET (fixture->page->column_view), match_proposal_note, NULL);
  g_assert_nonnull (note);
  if (note == NULL)
    return;
  g_test_message ("note: %s", gtk_label_get_text (GTK_LABEL (note)));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (note)), "Usulan berdasarkan 1 dari"));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (note))));
  gtk_widget_measure (note, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (note), &needed, NULL,
                      NULL, NULL);
  g_assert_cmpint (needed, <=, gtk_widget_get_height (note));
  g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (note))), >, 1);
}

/* "Finalkan Semua" writes off the main thread: when the question is answered the page is
 * insensitive and still loading, nothing is final yet; then the three are final, the page says
 * so and can be used again. */
static void
test_finalise_all_in_worker (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWindow *dialog;

  kn_evaluation_page_select_row (fixture->page, 0);
  for (guint i = 0; i < 2 * G_N_ELEMENTS (fixture->staff); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "eval.rate", "s", "s"));
      kn_test_evaluation_wait (fixture->page);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "eval.finalize-all", NULL));
  kn_test_evaluation_wait (fixture->page);
  dialog = kn_evaluation_page_get_dialog (fixture->page);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "finalize");
  g_assert_true (kn_evaluation_page_is_loading (fixture->page));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (fixture->page->main_box)));
  g_assert_true (gtk_widget_get_visible (fixture->page->loading_box));
  for (guint i = 0; i < G_N_ELEMENTS (fixture->staff); i++)
    g_assert_cmpint (kn_test_stored_status (fixture->store, fixture->staff[i], PERIOD), !=,
                     KN_EVALUATION_STATUS_FINAL);

  kn_test_evaluation_wait (fixture->page);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->staff); i++)
    g_assert_cmpint (kn_test_stored_status (fixture->store, fixture->staff[i], PERIOD), ==,
                     KN_EVALUATION_STATUS_FINAL);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (fixture->page->main_box)));
  g_assert_false (gtk_widget_get_visible (fixture->page->loading_box));
  g_assert_true (g_str_has_prefix (kn_evaluation_page_get_message (fixture->page),
                                   "3 penilaian difinalkan"));
}

static gboolean
match_rating_button (GtkWidget *widget,
                     gpointer   data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget);
}

/* A rating is given with the mouse too: the cell is a button whose menu offers the three, for
 * the row clicked, and what is chosen is saved. */
static void
test_rate_by_mouse (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(KnEvaluationRow) first = g_list_model_get_item (G_LIST_MODEL (fixture->page->rows), 0);
  KnEvaluation *evaluation = kn_evaluation_row_get_evaluation (first);
  g_autoptr(KnEvaluation) saved = NULL;
  g_autofree char *label = NULL;
  GtkWidget *button;
  GMenuModel *menu;

  g_assert_cmpint (kn_evaluation_get_status (evaluation), !=, KN_EVALUATION_STATUS_FINAL);
  kn_evaluation_page_select_row (fixture->page, 1);
  kn_test_draw (fixture->window);
  button = kn_test_find (GTK_WIDGET (fixture->page->column_view), match_rating_button, NULL);
  g_assert_nonnull (button);
  STOP_IF_FAILED ();
  g_assert_true (gtk_widget_get_sensitive (button));

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  kn_test_spin ();
  /* The row clicked is chosen, and its menu offers the three ratings. */
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->page->selection), ==, 0);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_assert_nonnull (menu);
  STOP_IF_FAILED ();
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 3);
  g_assert_true (g_menu_model_get_item_attribute (menu, 2, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "Di Bawah Ekspektasi (B)");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  /* Chosen as the menu item does: the work results of that row, saved. */
  g_assert_true (gtk_widget_activate_action (button, "eval.rate-result", "s", "b"));
  kn_test_spin ();
  g_assert_cmpint (kn_evaluation_get_rating_result (evaluation), ==, KN_RATING_BELOW);
  saved = kn_store_load_evaluation (fixture->store, kn_evaluation_get_employee_id (evaluation),
                                    PERIOD, NULL);
  g_assert_nonnull (saved);
  STOP_IF_FAILED ();
  g_assert_cmpint (kn_evaluation_get_rating_result (saved), ==, KN_RATING_BELOW);
}

static const char *
text_of (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  if (GTK_IS_INSCRIPTION (widget))
    return gtk_inscription_get_text (GTK_INSCRIPTION (widget));
  return NULL;
}

static gboolean
match_rating_text (GtkWidget *widget,
                   gpointer   data)
{
  return gtk_widget_get_mapped (widget) && g_strcmp0 (text_of (widget), data) == 0 &&
         GTK_IS_MENU_BUTTON (gtk_widget_get_ancestor (widget, GTK_TYPE_MENU_BUTTON));
}

/* TRUE when @widget (a label or an inscription) shows all of its text. */
static gboolean
shows_whole (GtkWidget *widget)
{
  int needed;

  if (GTK_IS_INSCRIPTION (widget))
    {
      /* An inscription of one line cuts what is wider than it. */
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text_of (widget));
      int width;

      pango_layout_set_attributes (layout, gtk_inscription_get_attributes (GTK_INSCRIPTION (widget)));
      pango_layout_get_pixel_size (layout, &width, NULL);
      g_test_message ("%s: %d px in %d px", text_of (widget), width, gtk_widget_get_width (widget));
      return width <= gtk_widget_get_width (widget);
    }
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (widget), &needed,
                      NULL, NULL, NULL);
  g_test_message ("%s: %d × %d px, %d lines", text_of (widget), gtk_widget_get_width (widget),
                  gtk_widget_get_height (widget),
                  pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (widget))));
  return !pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))) &&
         needed <= gtk_widget_get_height (widget);
}

/* The longest ratings are read whole in their columns in the window as it opens on a 1366×768
 * screen (1200 px, the places' sidebar beside Penilaian): the click's button padding cut them
 * "Di Atas Ekspekt…". */
static void
test_ratings_whole (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char * const longest[] = { "Di Atas Ekspektasi", "Di Bawah Ekspektasi" };
  static const char * const keys[] = { "a", "b" };
  g_autoptr(GtkCssProvider) style = gtk_css_provider_new ();

  /* The application's style, as AdwApplication loads it from its resources. */
  gtk_css_provider_load_from_resource (style, "/id/go/lampungprov/Kinerja/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (style),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_window_set_default_size (fixture->window, 1200 - 226, 700);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      kn_evaluation_page_select_row (fixture->page, i);
      kn_test_eval_press (fixture->page, keys[i]);
      kn_test_evaluation_wait (fixture->page);
    }
  kn_test_draw (fixture->window);
  kn_test_draw (fixture->window);

  for (guint i = 0; i < G_N_ELEMENTS (longest); i++)
    {
      GtkWidget *cell = kn_test_find (GTK_WIDGET (fixture->page->column_view), match_rating_text,
                                      (gpointer) longest[i]);

      g_assert_nonnull (cell);
      if (cell != NULL)
        g_assert_true (shows_whole (cell));
    }
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (style));
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/evaluation/rows-dropped-after-choice", test_rows_dropped_after_choice);
  ADD ("/ui/evaluation/tooltips-set-once", test_tooltips_set_once);
  ADD ("/ui/evaluation/note-whole", test_note_whole);
  ADD ("/ui/evaluation/finalise-all-in-worker", test_finalise_all_in_worker);
  ADD ("/ui/evaluation/rate-by-mouse", test_rate_by_mouse);
  ADD ("/ui/evaluation/ratings-whole", test_ratings_whole);
#undef ADD

  return g_test_run ();
}
