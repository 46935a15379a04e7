/* SPDX-License-Identifier: GPL-3.0-or-later */
/* See kn-window-memory.h. */

#define G_LOG_DOMAIN "kn-window-memory"

#include "config.h"

#include <stdio.h>

#include "kn-desk-settings.h"
#include "kn-window-memory.h"

#define SIZE_KEY      "window-size"
#define MAXIMIZED_KEY "window-maximized"
#define PLACE_KEY     "place"

/* Smaller than this was not a size a person chose to work in. */
#define MIN_WIDTH  360
#define MIN_HEIGHT 300

static const char * const places[] = {
  "beranda", "pegawai", "skp", "penilaian", "laporan", "kompetensi", "skm",
};

static gboolean
is_place (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    if (g_strcmp0 (name, places[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
on_close_request_cb (GtkWindow *window,
                     gpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *size = NULL;
  int width = 0, height = 0;
  const char *place = kn_window_get_place (KN_WINDOW (window));

  /* The size it has when not maximised. */
  gtk_window_get_default_size (window, &width, &height);
  if (width >= MIN_WIDTH && height >= MIN_HEIGHT)
    size = g_strdup_printf ("%dx%d", width, height);
  /* Kept as far as it can be: a desk whose configuration cannot be written opens as new. */
  if ((size == NULL || kn_desk_settings_set_string (SIZE_KEY, size, &error)) &&
      kn_desk_settings_set_string (MAXIMIZED_KEY,
                                   gtk_window_is_maximized (window) ? "true" : "false",
                                   &error) &&
      is_place (place))
    kn_desk_settings_set_string (PLACE_KEY, place, &error);
  if (error != NULL)
    g_debug ("The window's size and place are not kept: %s", error->message);
  return FALSE;
}

void
kn_window_memory_follow (KnWindow *window)
{
  g_autofree char *size = kn_desk_settings_dup_string (SIZE_KEY);
  g_autofree char *maximized = kn_desk_settings_dup_string (MAXIMIZED_KEY);
  g_autofree char *place = kn_desk_settings_dup_string (PLACE_KEY);
  int width, height;

  g_return_if_fail (KN_IS_WINDOW (window));

  if (size != NULL && sscanf (size, "%dx%d", &width, &height) == 2 &&
      width >= MIN_WIDTH && height >= MIN_HEIGHT)
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  if (g_strcmp0 (maximized, "true") == 0)
    gtk_window_maximize (GTK_WINDOW (window));
  if (is_place (place))
    kn_window_show_place (window, place);

  g_signal_connect (window, "close-request", G_CALLBACK (on_close_request_cb), NULL);
}
