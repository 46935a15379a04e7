/* SPDX-License-Identifier: GPL-3.0-or-later */
/* See kn-training-reading.h. */

#define G_LOG_DOMAIN "kn-training-reading"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kn-employees-cells.h"
#include "kn-training-reading.h"

KnTrainingYear *
kn_training_year_new (gint64 unit_id,
                      guint  year)
{
  KnTrainingYear *self = g_new0 (KnTrainingYear, 1);

  self->unit_id = unit_id;
  self->year = year;
  return self;
}

void
kn_training_year_free (KnTrainingYear *year)
{
  if (year == NULL)
    return;
  g_clear_pointer (&year->totals, g_hash_table_unref);
  g_clear_pointer (&year->inactive, g_hash_table_unref);
  g_clear_pointer (&year->members, g_array_unref);
  g_free (year);
}

gboolean
kn_training_year_read (KnStore       *store,
                       gpointer       data,
                       GCancellable  *cancellable,
                       GError       **error)
{
  KnTrainingYear *year = data;

  year->totals = kn_store_training_totals (store, year->year);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  year->inactive = kn_store_list_inactive_in_year (store, year->year);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  kn_report_count_training (store, year->unit_id, year->year, year->totals, &year->chart);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  year->members = kn_training_year_members (store, year->unit_id, year->totals, year->inactive);
  return TRUE;
}

GArray *
kn_training_year_members (KnStore    *store,
                          gint64      unit_id,
                          GHashTable *totals,
                          GHashTable *inactive)
{
  GArray *members = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) within = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GListModel *units;
  GListModel *employees;

  g_return_val_if_fail (KN_IS_STORE (store), members);

  if (unit_id == 0)
    return members;
  /* The units within it found once (1,021 in a province), not for each of 19,000 people. */
  units = kn_store_get_units (store);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (units, i);
      gint64 id = kn_org_unit_get_id (unit);

      if (kn_store_unit_is_within (store, id, unit_id))
        g_hash_table_add (within, g_memdup2 (&id, sizeof id));
    }
  employees = kn_store_get_employees (store);
  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      gint64 id = kn_employee_get_id (employee);
      double *hours = totals != NULL ? g_hash_table_lookup (totals, &id) : NULL;

      if (!g_hash_table_contains (within, &(gint64) { kn_employee_get_unit_id (employee) }))
        continue;
      /* Who was not active any day of the year (pensiun, CLTN, …) owes no JP: listed only with
       * some recorded. */
      if (inactive != NULL && g_hash_table_contains (inactive, &id) &&
          (hours == NULL || *hours <= 0))
        continue;
      g_array_append_val (members, id);
    }
  return members;
}

/* The people list */

/* A GtkListView keeps a row widget for each of the 200 items from its anchor on, shown or not
 * (GTK_LIST_VIEW_MAX_LIST_ITEMS, gtklistview.c): the pieces go past them, so that the last
 * splice binds no row. (Up to 120, the splice of the rest bound the other 85 in one turn.) */
#define LANDING_PIECE 10
#define LANDING_FIRST 210
/* A piece a frame, about: idle turns came several between two frames, whose layout then
 * measured 30-60 new rows (15-25 ms at 19,000 people). */
#define LANDING_PACE_MS 16

struct _KnTrainingPeople
{
  GListStore           *list;      /* owned: KnEmployee */
  GArray               *shown;     /* owned, nullable: the ids landed, or landing now */
  KnStore              *store;     /* owned, nullable: where the landing's people are */
  guint                 landed;    /* of shown, landed so far */
  guint                 position;  /* where the next piece lands in list */
  guint                 idle_id;   /* the next piece's timeout */
  KnTrainingLandedFunc  done;
  gpointer              data;
};

KnTrainingPeople *
kn_training_people_new (void)
{
  KnTrainingPeople *people = g_new0 (KnTrainingPeople, 1);

  people->list = g_list_store_new (KN_TYPE_EMPLOYEE);
  return people;
}

static void
stop_landing (KnTrainingPeople *people)
{
  g_clear_handle_id (&people->idle_id, g_source_remove);
  g_clear_object (&people->store);
}

void
kn_training_people_free (KnTrainingPeople *people)
{
  if (people == NULL)
    return;
  stop_landing (people);
  g_clear_pointer (&people->shown, g_array_unref);
  g_object_unref (people->list);
  g_free (people);
}

GListModel *
kn_training_people_get_model (KnTrainingPeople *people)
{
  g_return_val_if_fail (people != NULL, NULL);

  return G_LIST_MODEL (people->list);
}

gboolean
kn_training_people_is_landing (KnTrainingPeople *people)
{
  g_return_val_if_fail (people != NULL, FALSE);

  return people->idle_id != 0;
}

void
kn_training_people_clear (KnTrainingPeople *people)
{
  g_return_if_fail (people != NULL);

  stop_landing (people);
  g_clear_pointer (&people->shown, g_array_unref);
  g_list_store_remove_all (people->list);
}

/* Lands shown[landed, @end) over what is listed from position on; the last piece also drops
 * what is left of the list before. A piece that would land the people already there is left
 * alone (their rows stay as they are). */
static void
land_piece (KnTrainingPeople *people,
            guint             end)
{
  g_autoptr(GPtrArray) piece = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_listed = g_list_model_get_n_items (G_LIST_MODEL (people->list));
  guint old;
  gboolean same;

  for (guint i = people->landed; i < end; i++)
    {
      KnEmployee *employee = kn_store_lookup_employee (people->store,
                                                       g_array_index (people->shown, gint64, i));

      /* Deleted since it was read: left out. */
      if (employee != NULL)
        g_ptr_array_add (piece, g_object_ref (employee));
    }
  old = n_listed - MIN (n_listed, people->position);
  if (end < people->shown->len)
    old = MIN (old, piece->len);
  same = old == piece->len;
  for (guint i = 0; same && i < piece->len; i++)
    {
      g_autoptr(KnEmployee) listed = g_list_model_get_item (G_LIST_MODEL (people->list),
                                                            people->position + i);

      same = listed == piece->pdata[i];
    }
  if (!same)
    g_list_store_splice (people->list, people->position, old, piece->pdata, piece->len);
  people->position += piece->len;
  people->landed = end;
}

static void
landing_done (KnTrainingPeople *people)
{
  g_clear_handle_id (&people->idle_id, g_source_remove);
  g_clear_object (&people->store);
  if (people->done != NULL)
    people->done (people->data);
}

static gboolean
land_cb (gpointer data)
{
  KnTrainingPeople *people = data;
  guint n = people->shown->len;

  land_piece (people, people->landed < LANDING_FIRST ? MIN (people->landed + LANDING_PIECE, n) : n);
  if (people->landed < n)
    return G_SOURCE_CONTINUE;
  people->idle_id = 0;
  landing_done (people);
  return G_SOURCE_REMOVE;
}

void
kn_training_people_finish (KnTrainingPeople *people)
{
  g_return_if_fail (people != NULL);

  if (people->idle_id == 0)
    return;
  land_piece (people, people->shown->len);
  landing_done (people);
}

gboolean
kn_training_people_land (KnTrainingPeople     *people,
                         KnStore              *store,
                         GArray               *ids,
                         KnTrainingLandedFunc  landed,
                         gpointer              data)
{
  g_return_val_if_fail (people != NULL, FALSE);
  g_return_val_if_fail (KN_IS_STORE (store), FALSE);
  g_return_val_if_fail (ids != NULL, FALSE);

  people->done = landed;
  people->data = data;
  /* (An empty GArray's data may be NULL, which memcmp must not be given.) */
  if (people->shown != NULL && people->shown->len == ids->len &&
      (ids->len == 0 || memcmp (people->shown->data, ids->data, ids->len * sizeof (gint64)) == 0))
    {
      g_array_unref (ids);
      return FALSE;
    }

  stop_landing (people);
  g_clear_pointer (&people->shown, g_array_unref);
  /* Every employee read at once (Pegawai has, in the window), not one query a person. */
  kn_store_get_employees (store);
  people->shown = ids;
  people->store = g_object_ref (store);
  people->landed = 0;
  people->position = 0;
  /* The first piece at once, the others a frame or so apart, after what waits. */
  if (land_cb (people) == G_SOURCE_CONTINUE)
    people->idle_id = g_timeout_add_full (G_PRIORITY_DEFAULT_IDLE, LANDING_PACE_MS, land_cb, people,
                                          NULL);
  return TRUE;
}

static gboolean
counted (GHashTable *inactive,
         gint64      employee_id,
         double      hours)
{
  return hours > 0 || inactive == NULL || !g_hash_table_contains (inactive, &employee_id);
}

void
kn_training_count_move (KnTrainingChart *chart,
                        GHashTable      *totals,
                        GHashTable      *inactive,
                        gint64           employee_id,
                        double           hours)
{
  double *had;
  double before;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (totals != NULL);

  had = g_hash_table_lookup (totals, &employee_id);
  before = had != NULL ? *had : 0;
  if (had != NULL && before == hours)
    return;

  if (counted (inactive, employee_id, before) && chart->employees > 0)
    {
      KnTrainingBand band = kn_training_band (before, chart->target);

      chart->employees--;
      chart->total_hours -= before;
      if (chart->counts[band] > 0)
        chart->counts[band]--;
    }
  if (counted (inactive, employee_id, hours))
    {
      chart->employees++;
      chart->total_hours += hours;
      chart->counts[kn_training_band (hours, chart->target)]++;
    }

  if (had != NULL)
    *had = hours;
  else
    g_hash_table_insert (totals, g_memdup2 (&employee_id, sizeof employee_id),
                         g_memdup2 (&hours, sizeof hours));
}

/* The JP texts and bars */

char *
kn_training_jp_text (double hours,
                     double target)
{
  g_autofree char *done = kn_format_decimal (hours);
  g_autofree char *owed = kn_format_decimal (target);

  /* Translators: lesson hours (jam pelajaran) had this year, then those owed */
  return g_strdup_printf (_("%s JP (target %s JP)"), done, owed);
}

/* The colours of the unit's chart: amber below half the target, blue from half, green once
 * reached (style.css). GTK's default offsets would paint the same value in different colours. */
void
kn_training_jp_bar_init (GtkLevelBar *bar)
{
  gtk_level_bar_set_min_value (bar, 0);
  gtk_level_bar_set_max_value (bar, 1);
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_add_offset_value (bar, "jp-low", 0.4999);
  gtk_level_bar_add_offset_value (bar, "jp-partial", 0.9999);
  gtk_level_bar_add_offset_value (bar, "jp-reached", 1.0);
}

void
kn_training_jp_bar_set (GtkLevelBar *bar,
                        double       hours,
                        double       target)
{
  gtk_level_bar_set_value (bar, target > 0 ? MIN (hours / target, 1.0) : 1.0);
}

/* The rows */

typedef struct
{
  KnTrainingHoursFunc  hours;
  gpointer             data;
  GHashTable          *bound;   /* owned: GtkListItem * bound now */
} Rows;

#define ROWS_KEY "kn-training-rows"

static void
rows_free (Rows *rows)
{
  g_hash_table_unref (rows->bound);
  g_free (rows);
}

/* The tick's tooltip, asked for on hover: set at each fill, it cost a round trip to the X server
 * per row (GTK looks for the pointer), some 200 rows at a time. */
static gboolean
on_tick_query_tooltip_cb (GtkWidget  *icon,
                          int         x,
                          int         y,
                          gboolean    keyboard,
                          GtkTooltip *tooltip,
                          gpointer    data)
{
  if (gtk_widget_get_opacity (icon) == 0)
    return FALSE;
  gtk_tooltip_set_text (tooltip, _("Target reached"));
  return TRUE;
}

/* A grid rather than a box holding a box: a wrapping label in a vertical box in a horizontal
 * one was laid out some 40 times per name when the list was shown. The name wraps, never cut,
 * and is at least 12 characters wide, so that it never stands one letter a line.
 *
 * New hours (another year, a change) ask for no new size: the JP line is an inscription, whose
 * size does not follow its text, and the tick keeps its place, shown by its opacity. A list view
 * keeps some 200 rows, each of which was measured again in the frame after the hours came. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              Rows                     *rows)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *name = kn_employees_cells_name_label_new ();
  GtkWidget *detail = gtk_inscription_new (NULL);
  GtkWidget *bar = gtk_level_bar_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_widget_set_margin_top (grid, 6);
  gtk_widget_set_margin_bottom (grid, 6);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (detail), 24);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (detail),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_set_size_request (bar, 90, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  kn_training_jp_bar_init (GTK_LEVEL_BAR (bar));
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (icon, "success");
  gtk_widget_set_opacity (icon, 0);
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_set_has_tooltip (icon, TRUE);
  g_signal_connect (icon, "query-tooltip", G_CALLBACK (on_tick_query_tooltip_cb), NULL);
  gtk_grid_attach (GTK_GRID (grid), name, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), detail, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), bar, 1, 0, 1, 2);
  gtk_grid_attach (GTK_GRID (grid), icon, 2, 0, 1, 2);
  gtk_list_item_set_child (item, grid);
}

static void
fill_row (Rows        *rows,
          GtkListItem *item)
{
  KnEmployee *employee = gtk_list_item_get_item (item);
  GtkGrid *grid = GTK_GRID (gtk_list_item_get_child (item));
  double target = 0;
  double hours = rows->hours (rows->data, kn_employee_get_id (employee), &target);
  g_autofree char *detail = kn_training_jp_text (hours, target);
  gboolean reached = kn_training_band (hours, target) == KN_TRAINING_BAND_REACHED;
  GtkLabel *name = GTK_LABEL (gtk_grid_get_child_at (grid, 0, 0));
  GtkInscription *line = GTK_INSCRIPTION (gtk_grid_get_child_at (grid, 0, 1));

  /* The same person with the same hours (the hours read again): the row is left as it is. */
  if (g_strcmp0 (gtk_inscription_get_text (line), detail) == 0 &&
      g_strcmp0 (gtk_label_get_text (name), kn_employee_get_name (employee)) == 0)
    return;
  gtk_label_set_text (name, kn_employee_get_name (employee));
  gtk_inscription_set_text (line, detail);
  kn_training_jp_bar_set (GTK_LEVEL_BAR (gtk_grid_get_child_at (grid, 1, 0)), hours, target);
  gtk_widget_set_opacity (gtk_grid_get_child_at (grid, 2, 0), reached ? 1 : 0);
  /* A tick that is not shown is not read out either. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (gtk_grid_get_child_at (grid, 2, 0)),
                               GTK_ACCESSIBLE_STATE_HIDDEN, !reached, -1);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             Rows                     *rows)
{
  g_hash_table_add (rows->bound, item);
  fill_row (rows, item);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               Rows                     *rows)
{
  g_hash_table_remove (rows->bound, item);
}

GtkListItemFactory *
kn_training_rows_new (KnTrainingHoursFunc hours,
                      gpointer            data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  Rows *rows = g_new0 (Rows, 1);

  g_return_val_if_fail (hours != NULL, factory);

  rows->hours = hours;
  rows->data = data;
  rows->bound = g_hash_table_new (NULL, NULL);
  g_object_set_data_full (G_OBJECT (factory), ROWS_KEY, rows, (GDestroyNotify)rows_free);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), rows);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), rows);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), rows);
  g_signal_connect (factory, "teardown", G_CALLBACK (unbind_row_cb), rows);
  return factory;
}

void
kn_training_rows_refresh (GtkListItemFactory *factory)
{
  Rows *rows;
  GHashTableIter iter;
  gpointer item;

  g_return_if_fail (GTK_IS_SIGNAL_LIST_ITEM_FACTORY (factory));

  rows = g_object_get_data (G_OBJECT (factory), ROWS_KEY);
  g_return_if_fail (rows != NULL);
  g_hash_table_iter_init (&iter, rows->bound);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    fill_row (rows, item);
}
