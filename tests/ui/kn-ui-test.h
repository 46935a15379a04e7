/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers for the ui tests: spin the main loop (bounded), find widgets, press keys the way GTK
 * would route them. Header-only so that each test program stays one file. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Runs pending main-loop work, bounded so that a busy loop cannot hang the test. */
static inline void
kn_test_spin (void)
{
  for (guint i = 0; i < 2000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static inline gboolean
kn_test_wake (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Spins until @done says so, for 60 s at the most (timeouts included). A bound of time, not of
 * turns: a window's frames (a spinner) take turns while a worker, which gives way to every
 * thread of normal priority, waits for a CPU on a loaded machine (two test programs under the
 * sanitizers on two cores). */
static inline gboolean
kn_test_spin_until (gboolean (*done) (gpointer),
                    gpointer   data)
{
  gint64 give_up = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (100, kn_test_wake, NULL);

  while (!done (data) && g_get_monotonic_time () < give_up)
    {
      kn_test_spin ();
      if (!done (data))
        g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (wake);
  return done (data);
}

static inline gboolean
kn_test_count_frame (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       data)
{
  (*(guint *)data)++;
  return G_SOURCE_CONTINUE;
}

static inline gboolean
kn_test_give_up (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Waits until @window has been laid out and painted a few frames (at most two seconds of
 * frames: the frame clock ticks on its own timer, so pending work alone does not show it). */
static inline void
kn_test_draw (GtkWindow *window)
{
  guint frames = 0;
  gboolean late = FALSE;
  guint tick = gtk_widget_add_tick_callback (GTK_WIDGET (window), kn_test_count_frame, &frames,
                                             NULL);
  guint guard = g_timeout_add (2000, kn_test_give_up, &late);

  gtk_widget_queue_resize (GTK_WIDGET (window));
  while (frames < 4 && !late)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_remove_tick_callback (GTK_WIDGET (window), tick);
  if (!late)
    g_source_remove (guard);
  kn_test_spin ();
}

typedef gboolean (*KnTestMatch) (GtkWidget *widget,
                                 gpointer   data);

/* The first widget under @root (itself included, depth first) that @match accepts. */
static inline GtkWidget *
kn_test_find (GtkWidget   *root,
              KnTestMatch  match,
              gpointer     data)
{
  if (root == NULL)
    return NULL;
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kn_test_find (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static inline gboolean
kn_test_match_type (GtkWidget *widget,
                    gpointer   data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

static inline GtkWidget *
kn_test_find_type (GtkWidget *root,
                   GType      type)
{
  return kn_test_find (root, kn_test_match_type, GSIZE_TO_POINTER (type));
}

/* Adds to @cut the text of each mapped label under @widget drawn cut short with "…". */
static inline void
kn_test_find_ellipsized (GtkWidget *widget,
                         GPtrArray *cut)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget) &&
      gtk_label_get_ellipsize (GTK_LABEL (widget)) != PANGO_ELLIPSIZE_NONE &&
      pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))))
    g_ptr_array_add (cut, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    kn_test_find_ellipsized (child, cut);
}

static inline gboolean
kn_test_match_action (GtkWidget *widget,
                      gpointer   data)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

/* The button (or other actionable) under @root that runs @action. */
static inline GtkWidget *
kn_test_find_action (GtkWidget  *root,
                     const char *action)
{
  return kn_test_find (root, kn_test_match_action, (gpointer)action);
}

static inline gboolean
kn_test_match_primary_menu (GtkWidget *widget,
                            gpointer   data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

/* The menu of the primary menu button under @root: a window's main menu. */
static inline GMenuModel *
kn_test_primary_menu (GtkWidget *root)
{
  GtkWidget *button = kn_test_find (root, kn_test_match_primary_menu, NULL);

  return gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
}

/* How many children @widget has (the rows of a list box). */
static inline guint
kn_test_n_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/* The titles and subtitles of @list's action rows, one "title | subtitle" a line. */
static inline char *
kn_test_rows_text (GtkListBox *list)
{
  GString *text = g_string_new (NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row))
      g_string_append_printf (text, "%s | %s\n",
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                              adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
  return g_string_free (text, FALSE);
}

/* Every toplevel that is shown and is of @type, newest last. */
static inline GtkWindow *
kn_test_find_toplevel (GType type)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWindow *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

/* The shortcuts of @widget's own shortcut controllers, in their order (new references). */
static inline GPtrArray *
kn_test_shortcuts_of (GtkWidget *widget)
{
  GPtrArray *shortcuts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        g_ptr_array_add (shortcuts, g_list_model_get_item (G_LIST_MODEL (controller), j));
    }
  return shortcuts;
}

/* Presses @keyval with @mods on @widget as GTK routes a key: the shortcuts of the widget, then
 * of each parent up to the window, the first whose trigger matches runs. FALSE when none did. */
static inline gboolean
kn_test_press (GtkWidget       *widget,
               guint            keyval,
               GdkModifierType  mods)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, mods);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      g_autoptr(GPtrArray) shortcuts = kn_test_shortcuts_of (w);

      for (guint i = 0; i < shortcuts->len; i++)
        {
          GtkShortcut *shortcut = g_ptr_array_index (shortcuts, i);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted) &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                            GTK_SHORTCUT_ACTION_EXCLUSIVE, w,
                                            gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }
  return FALSE;
}

/* Clicks @widget: a button's "clicked" at once (activating a GtkButton clicks only after a
 * 250 ms press animation), any other widget activated. */
static inline void
kn_test_click (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    g_signal_emit_by_name (widget, "clicked");
  else
    gtk_widget_activate (widget);
  kn_test_spin ();
}

/* The GtkText inside an entry-like widget: where typed text goes. */
static inline GtkText *
kn_test_text_of (GtkWidget *editable)
{
  return GTK_TEXT (kn_test_find_type (editable, GTK_TYPE_TEXT));
}

/* Presses Enter in the entry @editable (its text activates, as the keyboard would). */
static inline void
kn_test_enter (GtkWidget *editable)
{
  g_signal_emit_by_name (kn_test_text_of (editable), "activate");
}

/* Moves the focus as Tab (or Shift+Tab) does from the widget that has it in @window. */
static inline GtkWidget *
kn_test_tab (GtkWindow        *window,
             GtkDirectionType  direction)
{
  gtk_widget_child_focus (GTK_WIDGET (window), direction);
  kn_test_spin ();
  return gtk_root_get_focus (GTK_ROOT (window));
}

G_END_DECLS
