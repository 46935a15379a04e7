/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The cells of Penilaian's table, made in C.
 *
 * A unit's rows land in pieces, and choosing another unit drops every row widget at once: at
 * province scale, parsing a builder template for each cell and tearing down its expression
 * watches was most of those turns. And GTK 4.8 asks the X server where the pointer is each time
 * a visible widget's tooltip is set (a round trip, issue 13): the cells set theirs while hidden,
 * and only when the text changes. */

#define G_LOG_DOMAIN "kn-evaluation-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <adwaita.h>

#include "kn-evaluation-page-private.h"

/* Sets @widget's tooltip without the pointer query GTK makes for a visible widget; nothing when
 * the text is the same. */
void
_kn_evaluation_page_set_quiet_tooltip (GtkWidget  *widget,
                                       const char *text)
{
  gboolean visible;

  if (text != NULL && text[0] == '\0')
    text = NULL;
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0)
    return;
  visible = gtk_widget_get_visible (widget);
  if (visible)
    gtk_widget_set_visible (widget, FALSE);
  gtk_widget_set_tooltip_text (widget, text);
  if (visible)
    gtk_widget_set_visible (widget, TRUE);
}

/* Shows @text in @widget with @tooltip, @widget visible only when @shown. */
static void
show_part (GtkWidget  *widget,
           const char *text,
           const char *tooltip,
           gboolean    shown)
{
  if (GTK_IS_INSCRIPTION (widget))
    gtk_inscription_set_text (GTK_INSCRIPTION (widget), text);
  else
    gtk_label_set_label (GTK_LABEL (widget), text != NULL ? text : "");
  /* Hidden first, so that the tooltip is set on a hidden widget. */
  if (!shown)
    gtk_widget_set_visible (widget, FALSE);
  _kn_evaluation_page_set_quiet_tooltip (widget, tooltip);
  if (shown)
    gtk_widget_set_visible (widget, TRUE);
}

typedef enum
{
  CELL_NAME,
  CELL_RESULT,
  CELL_BEHAVIOUR,
  CELL_PREDIKAT,
} CellKind;

/* The name, the matter before the Tim Penilai Kinerja, and the note under them. */
static GtkWidget *
name_cell_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_inscription_new (NULL);
  GtkWidget *review = gtk_label_new (NULL);
  /* A label that wraps (the proposal's sentence was cut "Usulan berdasarkan 1 dari 4 periode
   * …"); its natural width kept small, so that it takes the column's width and never widens it. */
  GtkWidget *note = gtk_label_new (NULL);

  gtk_widget_set_hexpand (box, TRUE);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (name), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_set_name (review, "review-label");
  gtk_widget_add_css_class (review, "caption");
  gtk_widget_add_css_class (review, "accent");
  gtk_widget_set_visible (review, FALSE);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (note), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_label_set_width_chars (GTK_LABEL (note), 1);
  gtk_label_set_max_width_chars (GTK_LABEL (note), 1);
  gtk_widget_set_hexpand (note, TRUE);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_widget_add_css_class (note, "caption");
  gtk_widget_set_visible (note, FALSE);
  gtk_box_append (GTK_BOX (line), name);
  gtk_box_append (GTK_BOX (line), review);
  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), note);
  return box;
}

static void
name_cell_show (GtkWidget       *box,
                KnEvaluationRow *row)
{
  GtkWidget *line = gtk_widget_get_first_child (box);
  GtkWidget *name = gtk_widget_get_first_child (line);
  g_autofree char *note = NULL;
  const char *review = NULL;

  if (row != NULL)
    {
      note = kn_evaluation_row_dup_note (row);
      review = kn_evaluation_row_get_review_label (row);
    }
  gtk_inscription_set_text (GTK_INSCRIPTION (name), row != NULL ? kn_evaluation_row_get_name (row) : NULL);
  show_part (gtk_widget_get_next_sibling (name), review,
             row != NULL ? kn_evaluation_row_get_review_tooltip (row) : NULL, review != NULL);
  show_part (gtk_widget_get_next_sibling (line), note, note, note != NULL && note[0] != '\0');
}

/* The predikat, with a lock once final; before that, what the row's status is. One column for
 * both, so that the ratings have the room to be read whole. */
static GtkWidget *
predikat_cell_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text = gtk_inscription_new (NULL);
  GtkWidget *lock = gtk_image_new_from_icon_name ("changes-prevent-symbolic");

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (text), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_visible (lock, FALSE);
  gtk_widget_set_tooltip_text (lock, kn_evaluation_status_label (KN_EVALUATION_STATUS_FINAL));
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), lock);
  return box;
}

static void
predikat_cell_show (GtkWidget    *box,
                    KnEvaluation *evaluation)
{
  GtkWidget *text = gtk_widget_get_first_child (box);
  KnPredikat predikat = kn_evaluation_get_predikat (evaluation);
  g_autofree char *status = NULL;

  if (predikat != KN_PREDIKAT_NONE)
    gtk_inscription_set_text (GTK_INSCRIPTION (text), kn_predikat_label (predikat));
  else
    {
      g_object_get (evaluation, "status-label", &status, NULL);
      gtk_inscription_set_text (GTK_INSCRIPTION (text), status);
    }
  if (predikat == KN_PREDIKAT_NONE)
    gtk_widget_add_css_class (text, "dim-label");
  else
    gtk_widget_remove_css_class (text, "dim-label");
  gtk_widget_set_visible (gtk_widget_get_last_child (box),
                          kn_evaluation_get_status (evaluation) == KN_EVALUATION_STATUS_FINAL);
}

/* A rating cell is a button that shows the rating and offers the three to click: the keys A, S
 * and B are not the only way. Its menu is made when first opened, not with every row. */
static void
rating_popup_cb (GtkMenuButton *button,
                 gpointer       data)
{
  GtkListItem *item = data;
  CellKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (item), "kn-cell-kind"));
  const char *action = kind == CELL_RESULT ? "eval.rate-result" : "eval.rate-behaviour";
  const struct { KnRating rating; const char *key; } choices[] = {
    { KN_RATING_ABOVE, "a" }, { KN_RATING_AS_EXPECTED, "s" }, { KN_RATING_BELOW, "b" },
  };
  g_autoptr(GMenu) menu = g_menu_new ();

  /* The row clicked is the row rated. */
  gtk_widget_activate_action (GTK_WIDGET (button), "eval.select-row", "u",
                              gtk_list_item_get_position (item));
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      g_autoptr(GMenuItem) choice = NULL;
      /* TRANSLATORS: a rating and the key that gives it: "Di Atas Ekspektasi (A)". */
      g_autofree char *label = g_strdup_printf (_("%s (%c)"), kn_rating_label (choices[i].rating),
                                                g_ascii_toupper (choices[i].key[0]));

      choice = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (choice, action,
                                               g_variant_new_string (choices[i].key));
      g_menu_append_item (menu, choice);
    }
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static PangoAttrList *
normal_weight (void)
{
  static PangoAttrList *attributes;

  if (attributes == NULL)
    {
      attributes = pango_attr_list_new ();
      pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_NORMAL));
    }
  return attributes;
}

static GtkWidget *
rating_cell_new (GtkListItem *item)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *text = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (text),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_set_hexpand (text, TRUE);
  /* Flat and without an arrow, the rating reads as in a table (from the left, not bold as a
   * button's label); the pointer over it shows it is a button, and an unrated cell says what to
   * do. */
  gtk_inscription_set_xalign (GTK_INSCRIPTION (text), 0.0);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (text), 20);
  gtk_inscription_set_attributes (GTK_INSCRIPTION (text), normal_weight ());
  gtk_menu_button_set_child (GTK_MENU_BUTTON (button), text);
  gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (button), FALSE);
  /* Its padding kept to the table's (style.css), so that the rating is read whole. */
  gtk_widget_add_css_class (button, "rating-cell");
  gtk_widget_set_tooltip_text (button, _("Click to choose the rating (or type A, S or B)"));
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_halign (button, GTK_ALIGN_FILL);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), rating_popup_cb, item, NULL);
  return button;
}

static void
cell_show (GtkListItem *item)
{
  KnEvaluationRow *row = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  CellKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (item), "kn-cell-kind"));
  g_autofree char *text = NULL;

  if (row == NULL || child == NULL)
    return;
  switch (kind)
    {
    case CELL_NAME:
      name_cell_show (child, row);
      break;
    case CELL_RESULT:
    case CELL_BEHAVIOUR:
      g_object_get (kn_evaluation_row_get_evaluation (row),
                    kind == CELL_RESULT ? "rating-result-label" : "rating-behaviour-label", &text,
                    NULL);
      {
        GtkWidget *inscription = gtk_menu_button_get_child (GTK_MENU_BUTTON (child));
        gboolean unrated = text == NULL || text[0] == '\0';

        /* A final row's menu says, when a rating is chosen, that it must be reopened first. */
        gtk_inscription_set_text (GTK_INSCRIPTION (inscription), unrated ? _("Choose…") : text);
        if (unrated)
          gtk_widget_add_css_class (inscription, "dim-label");
        else
          gtk_widget_remove_css_class (inscription, "dim-label");
      }
      break;
    case CELL_PREDIKAT:
    default:
      predikat_cell_show (child, kn_evaluation_row_get_evaluation (row));
      break;
    }
}

/* A rating changes the evaluation in place: the row shown follows (its note and its matter are
 * worked out from the evaluation as it is). */
static void
on_evaluation_notify_cb (KnEvaluation *evaluation,
                         GParamSpec   *pspec,
                         GtkListItem  *item)
{
  cell_show (item);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  CellKind kind = GPOINTER_TO_UINT (user_data);
  GtkWidget *child;

  if (kind == CELL_NAME)
    child = name_cell_new ();
  else if (kind == CELL_PREDIKAT)
    child = predikat_cell_new ();
  else
    child = rating_cell_new (item);
  g_object_set_data (G_OBJECT (item), "kn-cell-kind", user_data);
  gtk_list_item_set_child (item, child);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  KnEvaluationRow *row = gtk_list_item_get_item (item);

  cell_show (item);
  g_signal_connect_object (kn_evaluation_row_get_evaluation (row), "notify",
                           G_CALLBACK (on_evaluation_notify_cb), item, 0);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  KnEvaluationRow *row = gtk_list_item_get_item (item);

  if (row != NULL)
    g_signal_handlers_disconnect_by_func (kn_evaluation_row_get_evaluation (row),
                                          on_evaluation_notify_cb, item);
}

static void
set_factory (GtkColumnViewColumn *column,
             CellKind             kind)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GUINT_TO_POINTER (kind));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), GUINT_TO_POINTER (kind));
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), GUINT_TO_POINTER (kind));
  gtk_column_view_column_set_factory (column, factory);
  g_object_unref (factory);
}

void
_kn_evaluation_page_cells_init (KnEvaluationPage *self)
{
  set_factory (self->name_column, CELL_NAME);
  set_factory (self->result_column, CELL_RESULT);
  set_factory (self->behaviour_column, CELL_BEHAVIOUR);
  set_factory (self->predikat_column, CELL_PREDIKAT);
}
