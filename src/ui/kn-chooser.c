/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A searchable chooser: a button with the chosen item, a popover with a search entry over the
 * whole list, each item shown whole. */

#define G_LOG_DOMAIN "kn-chooser"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-chooser.h"

struct _KnChooser
{
  GtkWidget           parent_instance;

  GListModel         *model;        /* owned, nullable */
  GtkExpression      *expression;   /* owned */
  GtkStringFilter    *filter;       /* owned */
  GtkFilterListModel *matches;      /* owned */
  GtkSingleSelection *highlight;    /* owned: the match Enter chooses */
  guint               selected;
  char               *placeholder;  /* owned, nullable */

  GtkButton          *button;
  GtkLabel           *label;
  GtkPopover         *popover;
  GtkSearchEntry     *search_entry;
  GtkScrolledWindow  *scrolled;
  GtkListView        *list_view;
  GtkLabel           *empty_label;
};

enum {
  PROP_0,
  PROP_MODEL,
  PROP_EXPRESSION,
  PROP_SELECTED,
  PROP_SELECTED_ITEM,
  PROP_PLACEHOLDER,
  PROP_MAX_WIDTH_CHARS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KnChooser, kn_chooser, GTK_TYPE_WIDGET)

static char *
label_of (KnChooser *self,
          gpointer   item)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (item == NULL || !gtk_expression_evaluate (self->expression, item, &value))
    return NULL;
  return g_value_dup_string (&value);
}

static void
update_button (KnChooser *self)
{
  g_autofree char *text = kn_chooser_dup_label (self);

  if (text != NULL)
    {
      gtk_label_set_text (self->label, text);
      gtk_widget_remove_css_class (GTK_WIDGET (self->label), "dim-label");
    }
  else
    {
      gtk_label_set_text (self->label, self->placeholder != NULL ? self->placeholder
                                                                 : _("Choose…"));
      gtk_widget_add_css_class (GTK_WIDGET (self->label), "dim-label");
    }
  /* The button may have to cut a long name; its tooltip and the open list show it whole. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), text);
}

static void
update_empty (KnChooser *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->matches)) == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), empty);
  gtk_widget_set_visible (GTK_WIDGET (self->scrolled), !empty);
}

static void
scroll_to_highlight (KnChooser *self)
{
  guint position = gtk_single_selection_get_selected (self->highlight);

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
set_selected (KnChooser *self,
              guint      position,
              gboolean   notify_always)
{
  guint n = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;

  if (position >= n)
    position = GTK_INVALID_LIST_POSITION;
  if (self->selected == position && !notify_always)
    return;

  self->selected = position;
  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ITEM]);
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               KnChooser                *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_NONE);
  gtk_widget_set_margin_top (label, 3);
  gtk_widget_set_margin_bottom (label, 3);
  gtk_list_item_set_child (item, label);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              KnChooser                *self)
{
  g_autofree char *text = label_of (self, gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text != NULL ? text : "");
}

static void
on_matches_changed_cb (GListModel *model,
                       guint       position,
                       guint       removed,
                       guint       added,
                       KnChooser  *self)
{
  update_empty (self);
}

static void
on_search_changed_cb (GtkSearchEntry *entry,
                      KnChooser      *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  gtk_string_filter_set_search (self->filter, text[0] != '\0' ? text : NULL);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->matches)) > 0)
    gtk_single_selection_set_selected (self->highlight, 0);
  scroll_to_highlight (self);
}

static void
on_search_activated_cb (GtkSearchEntry *entry,
                        KnChooser      *self)
{
  guint position = gtk_single_selection_get_selected (self->highlight);

  if (position != GTK_INVALID_LIST_POSITION)
    kn_chooser_choose_match (self, position);
}

static void
on_stop_search_cb (GtkSearchEntry *entry,
                   KnChooser      *self)
{
  kn_chooser_popdown (self);
}

static void
on_list_activated_cb (GtkListView *view,
                      guint        position,
                      KnChooser   *self)
{
  kn_chooser_choose_match (self, position);
}

/* Up and Down in the search entry move through the matches, so the hands stay on the keys. */
static gboolean
on_search_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          KnChooser             *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->matches));
  guint position = gtk_single_selection_get_selected (self->highlight);
  int step;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      step = 1;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      step = -1;
      break;
    case GDK_KEY_Page_Down:
      step = 10;
      break;
    case GDK_KEY_Page_Up:
      step = -10;
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  if (n == 0)
    return GDK_EVENT_STOP;
  if (position == GTK_INVALID_LIST_POSITION)
    position = 0;
  else
    position = (guint)CLAMP ((int)position + step, 0, (int)n - 1);
  gtk_single_selection_set_selected (self->highlight, position);
  scroll_to_highlight (self);
  return GDK_EVENT_STOP;
}

static void
on_popover_shown_cb (GtkPopover *popover,
                     KnChooser  *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  gpointer chosen = kn_chooser_get_selected_item (self);

  /* Wide enough for a unit's path or a name with its titles on two lines at most. */
  gtk_widget_set_size_request (GTK_WIDGET (self->scrolled), CLAMP (width, 360, 600), -1);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_string_filter_set_search (self->filter, NULL);

  gtk_single_selection_set_selected (self->highlight, 0);
  for (guint i = 0; chosen != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->matches)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->matches), i);

      if (item == chosen)
        {
          gtk_single_selection_set_selected (self->highlight, i);
          break;
        }
    }
  update_empty (self);
  scroll_to_highlight (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_button_clicked_cb (GtkButton *button,
                      KnChooser *self)
{
  kn_chooser_popup (self);
}

static void
activate_cb (KnChooser *self)
{
  kn_chooser_popup (self);
}

static void
kn_chooser_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (KN_CHOOSER (widget)->button), orientation, for_size, minimum,
                      natural, minimum_baseline, natural_baseline);
}

/* The button's label wraps: its height depends on the width it gets, so the row around it
 * grows with the lines (a widget without a layout manager is of constant size otherwise). */
static GtkSizeRequestMode
kn_chooser_get_request_mode (GtkWidget *widget)
{
  return gtk_widget_get_request_mode (GTK_WIDGET (KN_CHOOSER (widget)->button));
}

static void
kn_chooser_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  KnChooser *self = KN_CHOOSER (widget);

  gtk_widget_allocate (GTK_WIDGET (self->button), width, height, baseline, NULL);
  gtk_popover_present (self->popover);
}

static gboolean
kn_chooser_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (KN_CHOOSER (widget)->button));
}

static gboolean
kn_chooser_mnemonic_activate (GtkWidget *widget,
                              gboolean   group_cycling)
{
  kn_chooser_popup (KN_CHOOSER (widget));
  return TRUE;
}

static void
kn_chooser_dispose (GObject *object)
{
  KnChooser *self = KN_CHOOSER (object);

  if (self->matches != NULL)
    g_signal_handlers_disconnect_by_data (self->matches, self);
  if (self->popover != NULL)
    {
      gtk_popover_popdown (self->popover);
      gtk_widget_unparent (GTK_WIDGET (self->popover));
    }
  self->popover = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), KN_TYPE_CHOOSER);
  g_clear_object (&self->highlight);
  g_clear_object (&self->matches);
  g_clear_object (&self->filter);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (kn_chooser_parent_class)->dispose (object);
}

static void
kn_chooser_finalize (GObject *object)
{
  KnChooser *self = KN_CHOOSER (object);

  g_clear_pointer (&self->expression, gtk_expression_unref);
  g_clear_pointer (&self->placeholder, g_free);

  G_OBJECT_CLASS (kn_chooser_parent_class)->finalize (object);
}

static void
kn_chooser_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KnChooser *self = KN_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, kn_chooser_get_model (self));
      break;
    case PROP_EXPRESSION:
      gtk_value_set_expression (value, kn_chooser_get_expression (self));
      break;
    case PROP_SELECTED:
      g_value_set_uint (value, kn_chooser_get_selected (self));
      break;
    case PROP_SELECTED_ITEM:
      g_value_set_object (value, kn_chooser_get_selected_item (self));
      break;
    case PROP_PLACEHOLDER:
      g_value_set_string (value, kn_chooser_get_placeholder (self));
      break;
    case PROP_MAX_WIDTH_CHARS:
      g_value_set_int (value, gtk_label_get_max_width_chars (self->label));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_chooser_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  KnChooser *self = KN_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      kn_chooser_set_model (self, g_value_get_object (value));
      break;
    case PROP_EXPRESSION:
      kn_chooser_set_expression (self, gtk_value_get_expression (value));
      break;
    case PROP_SELECTED:
      kn_chooser_set_selected (self, g_value_get_uint (value));
      break;
    case PROP_PLACEHOLDER:
      kn_chooser_set_placeholder (self, g_value_get_string (value));
      break;
    case PROP_MAX_WIDTH_CHARS:
      kn_chooser_set_max_width_chars (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_chooser_class_init (KnChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_chooser_dispose;
  object_class->finalize = kn_chooser_finalize;
  object_class->get_property = kn_chooser_get_property;
  object_class->set_property = kn_chooser_set_property;
  widget_class->grab_focus = kn_chooser_grab_focus;
  widget_class->get_request_mode = kn_chooser_get_request_mode;
  widget_class->measure = kn_chooser_measure;
  widget_class->size_allocate = kn_chooser_size_allocate;
  widget_class->mnemonic_activate = kn_chooser_mnemonic_activate;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPRESSION] =
    gtk_param_spec_expression ("expression", NULL, NULL,
                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_uint ("selected", NULL, NULL, 0, G_MAXUINT, GTK_INVALID_LIST_POSITION,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ITEM] =
    g_param_spec_object ("selected-item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACEHOLDER] =
    g_param_spec_string ("placeholder", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* How wide the button asks to be, in characters of its label (48 by default); a longer name
   * takes a second line. A row with a title beside the chooser asks less, so that the title
   * keeps its width. */
  properties[PROP_MAX_WIDTH_CHARS] =
    g_param_spec_int ("max-width-chars", NULL, NULL, 12, G_MAXINT, 48,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Opens the list: what activating the widget (or the row holding it) does. */
  signals[SIGNAL_ACTIVATE] =
    g_signal_new_class_handler ("activate", G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION, G_CALLBACK (activate_cb),
                                NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[SIGNAL_ACTIVATE]);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/id/go/lampungprov/Kinerja/kn-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, KnChooser, button);
  gtk_widget_class_bind_template_child (widget_class, KnChooser, label);
  gtk_widget_class_bind_template_child (widget_class, KnChooser, popover);
  gtk_widget_class_bind_template_child (widget_class, KnChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KnChooser, scrolled);
  gtk_widget_class_bind_template_child (widget_class, KnChooser, list_view);
  gtk_widget_class_bind_template_child (widget_class, KnChooser, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, on_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activated_cb);
}

static void
kn_chooser_init (KnChooser *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->selected = GTK_INVALID_LIST_POSITION;
  self->expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (self));

  self->filter = gtk_string_filter_new (gtk_expression_ref (self->expression));
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->filter, TRUE);
  self->matches = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->highlight = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->matches)));
  g_signal_connect (self->matches, "items-changed", G_CALLBACK (on_matches_changed_cb), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->highlight));

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  update_button (self);
}

KnChooser *
kn_chooser_new (void)
{
  return g_object_new (KN_TYPE_CHOOSER, NULL);
}

GListModel *
kn_chooser_get_model (KnChooser *self)
{
  g_return_val_if_fail (KN_IS_CHOOSER (self), NULL);
  return self->model;
}

void
kn_chooser_set_model (KnChooser  *self,
                      GListModel *model)
{
  guint keep;

  g_return_if_fail (KN_IS_CHOOSER (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  keep = self->selected;
  if (g_set_object (&self->model, model))
    {
      gtk_filter_list_model_set_model (self->matches, model);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
    }
  self->selected = GTK_INVALID_LIST_POSITION;
  set_selected (self, model != NULL && keep < g_list_model_get_n_items (model) ? keep : 0, TRUE);
}

GtkExpression *
kn_chooser_get_expression (KnChooser *self)
{
  g_return_val_if_fail (KN_IS_CHOOSER (self), NULL);
  return self->expression;
}

void
kn_chooser_set_expression (KnChooser     *self,
                           GtkExpression *expression)
{
  g_return_if_fail (KN_IS_CHOOSER (self));
  g_return_if_fail (expression != NULL);

  if (self->expression == expression)
    return;

  gtk_expression_unref (self->expression);
  self->expression = gtk_expression_ref (expression);
  gtk_string_filter_set_expression (self->filter, expression);
  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPRESSION]);
}

guint
kn_chooser_get_selected (KnChooser *self)
{
  g_return_val_if_fail (KN_IS_CHOOSER (self), GTK_INVALID_LIST_POSITION);
  return self->selected;
}

void
kn_chooser_set_selected (KnChooser *self,
                         guint      position)
{
  g_return_if_fail (KN_IS_CHOOSER (self));
  set_selected (self, position, FALSE);
}

gboolean
kn_chooser_select_id (KnChooser *self,
                      GArray    *ids,
                      gint64     id)
{
  guint position;

  g_return_val_if_fail (KN_IS_CHOOSER (self), FALSE);
  g_return_val_if_fail (ids != NULL, FALSE);

  position = kn_id_position (ids, id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  set_selected (self, position, FALSE);
  return TRUE;
}

gpointer
kn_chooser_get_selected_item (KnChooser *self)
{
  g_autoptr(GObject) item = NULL;

  g_return_val_if_fail (KN_IS_CHOOSER (self), NULL);

  if (self->model == NULL || self->selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  /* The model keeps the item alive; callers get it unowned, as from GtkDropDown. */
  item = g_list_model_get_item (self->model, self->selected);
  return item;
}

const char *
kn_chooser_get_placeholder (KnChooser *self)
{
  g_return_val_if_fail (KN_IS_CHOOSER (self), NULL);
  return self->placeholder;
}

void
kn_chooser_set_placeholder (KnChooser  *self,
                            const char *placeholder)
{
  g_return_if_fail (KN_IS_CHOOSER (self));

  if (g_strcmp0 (self->placeholder, placeholder) == 0)
    return;
  g_free (self->placeholder);
  self->placeholder = g_strdup (placeholder);
  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACEHOLDER]);
}

char *
kn_chooser_dup_label (KnChooser *self)
{
  g_return_val_if_fail (KN_IS_CHOOSER (self), NULL);
  return label_of (self, kn_chooser_get_selected_item (self));
}

void
kn_chooser_popup (KnChooser *self)
{
  g_return_if_fail (KN_IS_CHOOSER (self));
  gtk_popover_popup (self->popover);
}

void
kn_chooser_popdown (KnChooser *self)
{
  g_return_if_fail (KN_IS_CHOOSER (self));
  gtk_popover_popdown (self->popover);
}

GtkEditable *
kn_chooser_get_search_entry (KnChooser *self)
{
  g_return_val_if_fail (KN_IS_CHOOSER (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

GListModel *
kn_chooser_get_matches (KnChooser *self)
{
  g_return_val_if_fail (KN_IS_CHOOSER (self), NULL);
  return G_LIST_MODEL (self->matches);
}

void
kn_chooser_choose_match (KnChooser *self,
                         guint      position)
{
  g_autoptr(GObject) item = NULL;

  g_return_if_fail (KN_IS_CHOOSER (self));

  item = g_list_model_get_item (G_LIST_MODEL (self->matches), position);
  if (item == NULL || self->model == NULL)
    return;

  kn_chooser_popdown (self);
  for (guint i = 0; i < g_list_model_get_n_items (self->model); i++)
    {
      g_autoptr(GObject) each = g_list_model_get_item (self->model, i);

      if (each == item)
        {
          set_selected (self, i, FALSE);
          break;
        }
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->button));
}

void
kn_chooser_set_max_width_chars (KnChooser *self,
                                int        n_chars)
{
  g_return_if_fail (KN_IS_CHOOSER (self));

  if (gtk_label_get_max_width_chars (self->label) == n_chars)
    return;
  gtk_label_set_max_width_chars (self->label, n_chars);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_WIDTH_CHARS]);
}

guint
kn_id_position (GArray *ids,
                gint64  id)
{
  g_return_val_if_fail (ids != NULL, GTK_INVALID_LIST_POSITION);

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return GTK_INVALID_LIST_POSITION;
}
