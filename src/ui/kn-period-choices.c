/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The periods of a year as a choice in a dropdown (kn-period-choices.h). */

#define G_LOG_DOMAIN "kn-period-choices"

#include "config.h"

#include "kinerja/kn-period.h"

#include "kn-period-choices.h"

GtkStringList *
kn_period_choices_new (KnStore    *store,
                       guint       year,
                       const char *keep,
                       GPtrArray  *names,
                       guint      *selected)
{
  GtkStringList *labels = gtk_string_list_new (NULL);
  g_autoptr(GArray) periods = kn_period_list (year, kn_store_get_period_scheme (store, year));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint quarter = (g_date_time_get_month (now) - 1) / 3 + 1;

  *selected = 0;
  g_ptr_array_set_size (names, 0);
  for (guint i = 0; i < periods->len; i++)
    {
      KnPeriod *period = &g_array_index (periods, KnPeriod, i);
      g_autofree char *label = kn_period_label (period);
      char *name = kn_period_to_string (period);

      if (keep != NULL ? g_str_equal (keep, name)
                       : period->kind == KN_PERIOD_QUARTER && period->index == quarter)
        *selected = i;
      gtk_string_list_append (labels, label);
      g_ptr_array_add (names, name);
    }
  return labels;
}
