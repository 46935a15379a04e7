/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The choices the places offer — periods, years, units — built once (kn-period-choices.h). */

#define G_LOG_DOMAIN "kn-period-choices"

#include "config.h"

#include <adwaita.h>

#include "kinerja/kn-period.h"

#include "kn-period-choices.h"

void
kn_choice_fill (gpointer    choice,
                GListModel *model,
                guint       selected,
                gpointer    owner)
{
  g_return_if_fail (G_IS_OBJECT (choice));

  g_signal_handlers_block_matched (choice, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, owner);
  g_object_set (choice, "model", model, "selected", selected, NULL);
  g_signal_handlers_unblock_matched (choice, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, owner);
}

void
kn_choices_hold (gpointer owner,
                 gboolean hold,
                 gpointer first_choice,
                 ...)
{
  va_list args;

  va_start (args, first_choice);
  for (gpointer choice = first_choice; choice != NULL; choice = va_arg (args, gpointer))
    if (hold)
      g_signal_handlers_block_matched (choice, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, owner);
    else
      g_signal_handlers_unblock_matched (choice, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, owner);
  va_end (args);
}

/* An item of a choice shown whole: a wrapped label of its string, and in the open list a check
 * on the one chosen (as AdwComboRow's own items have). */
static void
whole_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  gboolean in_list = g_object_get_data (G_OBJECT (factory), "kn-in-list") != NULL;

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (data));
  gtk_box_append (GTK_BOX (box), label);
  if (in_list)
    {
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), check);
      g_object_bind_property (item, "selected", check, "visible", G_BINDING_SYNC_CREATE);
    }
  gtk_list_item_set_child (item, box);
}

static void
whole_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  data)
{
  GObject *object = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (item));

  gtk_label_set_label (GTK_LABEL (label),
                       GTK_IS_STRING_OBJECT (object) ?
                       gtk_string_object_get_string (GTK_STRING_OBJECT (object)) : "");
}

static GtkListItemFactory *
whole_factory_new (int      max_width_chars,
                   gboolean in_list)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  if (in_list)
    g_object_set_data (G_OBJECT (factory), "kn-in-list", GINT_TO_POINTER (TRUE));
  g_signal_connect (factory, "setup", G_CALLBACK (whole_setup_cb), GINT_TO_POINTER (max_width_chars));
  g_signal_connect (factory, "bind", G_CALLBACK (whole_bind_cb), NULL);
  return factory;
}

void
kn_choice_show_whole (gpointer combo_row,
                      int      max_width_chars)
{
  g_autoptr(GtkListItemFactory) shown = NULL;
  g_autoptr(GtkListItemFactory) listed = NULL;

  g_return_if_fail (ADW_IS_COMBO_ROW (combo_row));

  shown = whole_factory_new (max_width_chars, FALSE);
  listed = whole_factory_new (MAX (max_width_chars, 40), TRUE);
  adw_combo_row_set_factory (combo_row, shown);
  adw_combo_row_set_list_factory (combo_row, listed);
}

/* @default_year's quarter of today is chosen when @keep is not offered. */
static GtkStringList *
choices_new (KnStore     *store,
             const guint *years,
             guint        n_years,
             gboolean     whole_years,
             const char  *keep,
             guint        default_year,
             GPtrArray   *names,
             guint       *selected)
{
  GtkStringList *labels = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint quarter = (g_date_time_get_month (now) - 1) / 3 + 1;
  guint fallback = 0;
  gboolean kept = FALSE;

  g_ptr_array_set_size (names, 0);
  for (guint y = 0; y < n_years; y++)
    {
      g_autoptr(GArray) periods = NULL;

      if (whole_years)
        {
          char *name = g_strdup_printf ("%u", years[y]);

          if (years[y] == default_year)
            fallback = names->len;
          gtk_string_list_append (labels, name);
          g_ptr_array_add (names, name);
          continue;
        }

      periods = kn_period_list (years[y], kn_store_get_period_scheme (store, years[y]));
      for (guint i = 0; i < periods->len; i++)
        {
          KnPeriod *period = &g_array_index (periods, KnPeriod, i);
          g_autofree char *label = kn_period_label (period);
          char *name = kn_period_to_string (period);

          if (period->year == default_year && period->kind == KN_PERIOD_QUARTER &&
              period->index == quarter)
            fallback = names->len;
          gtk_string_list_append (labels, label);
          g_ptr_array_add (names, name);
        }
    }

  for (guint i = 0; keep != NULL && !kept && i < names->len; i++)
    if (g_str_equal (keep, g_ptr_array_index (names, i)))
      {
        *selected = i;
        kept = TRUE;
      }
  if (!kept)
    *selected = fallback;
  return labels;
}

GtkStringList *
kn_period_choices_new (KnStore    *store,
                       guint       year,
                       const char *keep,
                       GPtrArray  *names,
                       guint      *selected)
{
  return choices_new (store, &year, 1, FALSE, keep, year, names, selected);
}

GArray *
kn_period_choices_years (KnStore *store)
{
  return kn_period_choices_years_back (store, 0);
}

GArray *
kn_period_choices_years_back (KnStore *store,
                              guint    back)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GArray) stored = kn_store_list_plan_years (store);
  GArray *years = g_array_new (FALSE, FALSE, sizeof (guint));
  guint current = g_date_time_get_year (now);

  for (guint year = current; year + back >= current && year > 0; year--)
    g_array_append_val (years, year);
  for (guint i = 0; i < stored->len; i++)
    {
      guint year = g_array_index (stored, guint, i);

      if (year > current || year + back < current)
        g_array_append_val (years, year);
    }
  return years;
}

GtkStringList *
kn_period_choices_new_for_years (KnStore    *store,
                                 GArray     *years,
                                 gboolean    whole_years,
                                 const char *keep,
                                 GPtrArray  *names,
                                 guint      *selected)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return choices_new (store, (const guint *)years->data, years->len, whole_years, keep,
                      g_date_time_get_year (now), names, selected);
}

GtkStringList *
kn_year_choices_new (guint   first,
                     guint   last,
                     guint   keep,
                     GArray *years,
                     guint  *selected)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  *selected = 0;
  g_array_set_size (years, 0);
  for (guint y = first; y <= last; y++)
    {
      g_autofree char *label = g_strdup_printf ("%u", y);

      if (y == keep)
        *selected = years->len;
      gtk_string_list_append (labels, label);
      g_array_append_val (years, y);
    }
  return labels;
}

GtkStringList *
kn_unit_choices_new (KnStore *store,
                     gint64   keep,
                     GArray  *ids,
                     guint   *selected)
{
  GtkStringList *labels = gtk_string_list_new (NULL);
  GListModel *units = kn_store_get_units (store);

  *selected = 0;
  g_array_set_size (ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (units, i);
      gint64 id = kn_org_unit_get_id (unit);

      if (id == keep)
        *selected = ids->len;
      gtk_string_list_append (labels, kn_org_unit_get_path (unit));
      g_array_append_val (ids, id);
    }
  return labels;
}

gboolean
kn_unit_choices_current (KnStore    *store,
                         GListModel *labels,
                         GArray     *ids)
{
  GListModel *units;
  guint n;

  g_return_val_if_fail (KN_IS_STORE (store), FALSE);

  units = kn_store_get_units (store);
  n = g_list_model_get_n_items (units);
  if (!GTK_IS_STRING_LIST (labels) || g_list_model_get_n_items (labels) != n || ids->len != n)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (units, i);

      if (kn_org_unit_get_id (unit) != g_array_index (ids, gint64, i) ||
          g_strcmp0 (kn_org_unit_get_path (unit),
                     gtk_string_list_get_string (GTK_STRING_LIST (labels), i)) != 0)
        return FALSE;
    }
  return TRUE;
}

void
kn_unit_choices_fill (gpointer  choice,
                      KnStore  *store,
                      gint64    keep,
                      GArray   *ids,
                      gpointer  owner)
{
  guint selected;
  g_autoptr(GtkStringList) labels = kn_unit_choices_new (store, keep, ids, &selected);

  kn_choice_fill (choice, G_LIST_MODEL (labels), selected, owner);
}

void
kn_period_choices_fill (gpointer    choice,
                        KnStore    *store,
                        guint       year,
                        const char *keep,
                        GPtrArray  *names,
                        gpointer    owner)
{
  guint selected;
  g_autoptr(GtkStringList) labels = kn_period_choices_new (store, year, keep, names, &selected);

  kn_choice_fill (choice, G_LIST_MODEL (labels), selected, owner);
}

gint64
kn_choice_id_at (GArray *ids,
                 guint   position)
{
  return position < ids->len ? g_array_index (ids, gint64, position) : 0;
}

guint
kn_choice_find_id (GArray *ids,
                   gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

gboolean
kn_choice_select_id (gpointer  choice,
                     GArray   *ids,
                     gint64    id)
{
  guint position = kn_choice_find_id (ids, id);

  g_return_val_if_fail (G_IS_OBJECT (choice), FALSE);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  g_object_set (choice, "selected", position, NULL);
  return TRUE;
}
