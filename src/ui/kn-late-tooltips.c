/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Work put off until a widget's first frame (any call, the tooltips of a template's buttons)
 * or spread over its frames. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-late-tooltips.h"

typedef struct
{
  GType                template_type;
  const KnLateTooltip *tooltips;
  guint                n_tooltips;
} Late;

typedef struct
{
  KnLateFunc func;
  GWeakRef   object;
} Call;

static const char late_key[] = "kn-late-tooltips";
static const char chosen_key[] = "kn-late-tooltip-chosen";

static void
call_clear (Call *call)
{
  g_weak_ref_clear (&call->object);
}

static void
call_release (gpointer  data,
              GClosure *closure)
{
  g_rc_box_release_full (data, (GDestroyNotify)call_clear);
}

static void
on_call_painted_cb (GdkFrameClock *clock,
                    Call          *call)
{
  g_autoptr(GObject) object = g_weak_ref_get (&call->object);

  /* Run once: the handler (and with it the call) goes first. */
  g_rc_box_acquire (call);
  g_signal_handlers_disconnect_by_func (clock, on_call_painted_cb, call);
  if (object != NULL)
    call->func (object);
  g_rc_box_release_full (call, (GDestroyNotify)call_clear);
}

static void
on_call_mapped_cb (GtkWidget *widget,
                   Call      *call)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  if (clock != NULL)
    g_signal_connect_data (clock, "after-paint", G_CALLBACK (on_call_painted_cb),
                           g_rc_box_acquire (call), call_release, 0);
  else
    {
      g_autoptr(GObject) object = g_weak_ref_get (&call->object);

      if (object != NULL)
        call->func (object);
    }
  g_signal_handlers_disconnect_by_func (widget, on_call_mapped_cb, call);
}

static void
apply (gpointer object)
{
  GtkWidget *widget = object;
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

void
kn_late_call (GtkWidget  *widget,
              KnLateFunc  func,
              gpointer    object)
{
  Call *call;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (func != NULL);
  g_return_if_fail (G_IS_OBJECT (object));

  call = g_rc_box_new0 (Call);
  call->func = func;
  g_weak_ref_init (&call->object, object);
  g_signal_connect_data (widget, "map", G_CALLBACK (on_call_mapped_cb), call, call_release, 0);
  if (gtk_widget_get_mapped (widget))
    on_call_mapped_cb (widget, call);
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
  kn_late_call (widget, apply, widget);
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

gboolean
kn_after_frames_start (KnAfterFrames *self,
                       GtkWidget     *widget,
                       KnLateFunc     func,
                       gpointer       data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  kn_after_frames_stop (self);
  if (clock == NULL)
    return FALSE;
  self->clock = g_object_ref (clock);
  self->handler = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (func), data);
  return TRUE;
}

void
kn_after_frames_stop (KnAfterFrames *self)
{
  if (self->clock != NULL)
    g_clear_signal_handler (&self->handler, self->clock);
  g_clear_object (&self->clock);
}
