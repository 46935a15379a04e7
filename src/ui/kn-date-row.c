/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A date typed day-month-year, with a button that opens a calendar on the typed date; picking a
 * day writes it in the row the same way. */

#define G_LOG_DOMAIN "kn-date-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kinerja/kinerja.h"
#include "kn-date-row.h"

struct _KnDateRow
{
  AdwEntryRow     parent_instance;

  GtkMenuButton  *button;
  GtkCalendar    *calendar;
};

G_DEFINE_FINAL_TYPE (KnDateRow, kn_date_row, ADW_TYPE_ENTRY_ROW)

static void
on_day_selected_cb (GtkCalendar *calendar,
                    KnDateRow   *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%d-%m-%Y");

  gtk_editable_set_text (GTK_EDITABLE (self), text);
  gtk_editable_set_position (GTK_EDITABLE (self), -1);
  gtk_menu_button_popdown (self->button);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

/* The calendar opens on the date typed, or on today. */
static void
on_popover_shown_cb (GtkPopover *popover,
                     KnDateRow  *self)
{
  g_autofree char *iso = kn_parse_date (gtk_editable_get_text (GTK_EDITABLE (self)), NULL);
  g_autoptr(GDateTime) date = NULL;

  if (iso != NULL)
    {
      g_autoptr(GTimeZone) local = g_time_zone_new_local ();
      g_autofree char *noon = g_strdup_printf ("%sT12:00:00", iso);

      date = g_date_time_new_from_iso8601 (noon, local);
    }
  if (date == NULL)
    date = g_date_time_new_now_local ();

  g_signal_handlers_block_by_func (self->calendar, on_day_selected_cb, self);
  gtk_calendar_select_day (self->calendar, date);
  g_signal_handlers_unblock_by_func (self->calendar, on_day_selected_cb, self);
  gtk_widget_grab_focus (GTK_WIDGET (self->calendar));
}

static void
kn_date_row_class_init (KnDateRowClass *klass)
{
}

static void
kn_date_row_init (KnDateRow *self)
{
  GtkWidget *popover = gtk_popover_new ();

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_signal_connect (self->calendar, "day-selected", G_CALLBACK (on_day_selected_cb), self);
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  g_signal_connect (popover, "show", G_CALLBACK (on_popover_shown_cb), self);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (self->button, popover);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Pick the date on a calendar"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Pick the date on a calendar"), -1);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), GTK_WIDGET (self->button));

  gtk_editable_set_width_chars (GTK_EDITABLE (self), 10);
}

GtkWidget *
kn_date_row_new (void)
{
  return g_object_new (KN_TYPE_DATE_ROW, NULL);
}

char *
kn_date_row_dup_iso (KnDateRow  *self,
                     GError    **error)
{
  g_return_val_if_fail (KN_IS_DATE_ROW (self), NULL);
  return kn_parse_date (gtk_editable_get_text (GTK_EDITABLE (self)), error);
}

void
kn_date_row_set_iso (KnDateRow  *self,
                     const char *iso)
{
  g_autofree char *shown = NULL;

  g_return_if_fail (KN_IS_DATE_ROW (self));

  shown = iso != NULL ? kn_format_iso_date_numeric (iso) : NULL;
  gtk_editable_set_text (GTK_EDITABLE (self), shown != NULL ? shown : (iso != NULL ? iso : ""));
}

GtkCalendar *
kn_date_row_get_calendar (KnDateRow *self)
{
  g_return_val_if_fail (KN_IS_DATE_ROW (self), NULL);
  return self->calendar;
}

void
kn_date_row_popup (KnDateRow *self)
{
  g_return_if_fail (KN_IS_DATE_ROW (self));
  gtk_menu_button_popup (self->button);
}
