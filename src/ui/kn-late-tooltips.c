/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tooltips of a template's buttons set after the widget's first frame. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-late-tooltips.h"

typedef struct
{
  GType                template_type;
  const KnLateTooltip *tooltips;
  guint                n_tooltips;
} Late;

static const char late_key[] = "kn-late-tooltips";
static const char chosen_key[] = "kn-late-tooltip-chosen";

static void
apply (GtkWidget *widget)
{
  Late *late = g_object_steal_data (G_OBJECT (widget), late_key);

  if (late == NULL)
    return;
  for (guint i = 0; i < late->n_tooltips; i++)
    {
      GObject *child = gtk_widget_get_template_child (widget, late->template_type,
                                                      late->tooltips[i].child);

      const char *chosen;

      if (!GTK_IS_WIDGET (child))
        continue;
      chosen = g_object_get_data (child, chosen_key);
      gtk_widget_set_tooltip_text (GTK_WIDGET (child),
                                   chosen != NULL ? chosen : _(late->tooltips[i].text));
      g_object_set_data (child, chosen_key, NULL);
    }
  g_free (late);
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GtkWidget     *widget)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, widget);
  apply (widget);
}

static void
on_map_cb (GtkWidget *widget,
           gpointer   user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_handlers_disconnect_by_func (widget, on_map_cb, user_data);
  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_after_paint_cb), widget, 0);
  else
    apply (widget);
}

void
kn_late_tooltips_set (GtkWidget           *widget,
                      GType                template_type,
                      const KnLateTooltip *tooltips,
                      guint                n_tooltips)
{
  Late *late = g_new0 (Late, 1);

  late->template_type = template_type;
  late->tooltips = tooltips;
  late->n_tooltips = n_tooltips;
  g_object_set_data_full (G_OBJECT (widget), late_key, late, g_free);

  if (gtk_widget_get_mapped (widget))
    on_map_cb (widget, NULL);
  else
    g_signal_connect (widget, "map", G_CALLBACK (on_map_cb), NULL);
}

void
kn_late_tooltips_set_text (GtkWidget  *child,
                           const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (child));

  if (gtk_widget_get_tooltip_text (child) != NULL)
    gtk_widget_set_tooltip_text (child, text);
  else
    g_object_set_data_full (G_OBJECT (child), chosen_key, g_strdup (text), g_free);
}
