/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The choices every place builds from one helper (kn-period-choices.c): the periods of several
 * years with what each place chooses when nothing is kept, the units, and filling a choice
 * without its owner taking it for the user's choice. */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "kn-chooser.h"
#include "kn-period-choices.h"

#include "kn-test-ui.h"

typedef struct
{
  char    *folder;
  KnStore *store;
  gint64   units[2];
  guint    this_year;
  guint    this_quarter;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) plan = NULL;
  gint64 person;

  fixture->store = kn_test_store_new ("kinerja-ui-choices-XXXXXX", &fixture->folder, NULL);
  fixture->units[0] = kn_test_add_unit (fixture->store, "Dinas Pendidikan", 0);
  fixture->units[1] = kn_test_add_unit (fixture->store, "Bidang SMA", fixture->units[0]);
  person = kn_test_add_person (fixture->store, "198001012005011003", "Drs. Ahmad Fauzi",
                               NULL, "Kepala Bidang", KN_POSITION_ADMINISTRATOR,
                               fixture->units[1], 0);
  fixture->this_year = g_date_time_get_year (now);
  fixture->this_quarter = (g_date_time_get_month (now) - 1) / 3 + 1;

  /* An SKP of an earlier year makes that year's periods offered too. */
  plan = kn_plan_new (person, 2020);
  g_assert_true (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_store_clear (&fixture->store, &fixture->folder, NULL);
}

static const char *
label_at (GtkStringList *labels,
          guint          position)
{
  return gtk_string_list_get_string (labels, position);
}

static void
test_years_offered (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GArray) years = kn_period_choices_years (fixture->store);

  g_assert_cmpuint (years->len, ==, 2);
  g_assert_cmpuint (g_array_index (years, guint, 0), ==, fixture->this_year);
  g_assert_cmpuint (g_array_index (years, guint, 1), ==, 2020);
}

/* Kompetensi looks back two years more: those first, newest first, then the SKP years. */
static void
test_years_back (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GArray) years = kn_period_choices_years_back (fixture->store, 2);

  g_assert_cmpuint (years->len, ==, 4);
  g_assert_cmpuint (g_array_index (years, guint, 0), ==, fixture->this_year);
  g_assert_cmpuint (g_array_index (years, guint, 1), ==, fixture->this_year - 1);
  g_assert_cmpuint (g_array_index (years, guint, 2), ==, fixture->this_year - 2);
  g_assert_cmpuint (g_array_index (years, guint, 3), ==, 2020);
}

static void
test_periods_of_years (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GArray) years = kn_period_choices_years (fixture->store);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *expected = g_strdup_printf ("%u-TW%u", fixture->this_year,
                                               fixture->this_quarter);
  g_autoptr(GtkStringList) labels = NULL;
  g_autoptr(GtkStringList) kept = NULL;
  g_autoptr(GtkStringList) whole = NULL;
  guint selected = G_MAXUINT;

  /* Nothing kept: this quarter of this year, not the same quarter of 2020. */
  labels = kn_period_choices_new_for_years (fixture->store, years, FALSE, NULL, names, &selected);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (labels)), ==, names->len);
  g_assert_cmpuint (names->len, >=, 8);
  g_assert_cmpstr (g_ptr_array_index (names, selected), ==, expected);

  /* A period kept is chosen again wherever it is in the list. */
  kept = kn_period_choices_new_for_years (fixture->store, years, FALSE, "2020-TW3", names,
                                          &selected);
  g_assert_cmpstr (g_ptr_array_index (names, selected), ==, "2020-TW3");
  g_assert_cmpstr (label_at (kept, selected), ==, "Triwulan III 2020");

  /* Whole years (an SKP is of a year): this year first and chosen. */
  whole = kn_period_choices_new_for_years (fixture->store, years, TRUE, NULL, names, &selected);
  g_assert_cmpuint (names->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (names, 1), ==, "2020");
  g_assert_cmpstr (label_at (whole, 1), ==, "2020");
  g_assert_cmpuint (selected, ==, 0);
}

static void
test_one_year_keeps_quarter (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *expected = g_strdup_printf ("2020-TW%u", fixture->this_quarter);
  guint selected = G_MAXUINT;
  g_autoptr(GtkStringList) labels = kn_period_choices_new (fixture->store, 2020, NULL, names,
                                                           &selected);

  /* One year shown (SKM, Tim Penilai): the same quarter of that year. */
  g_assert_cmpstr (g_ptr_array_index (names, selected), ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (labels)), ==, names->len);
}

static void
test_units_and_years (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (guint));
  guint selected = G_MAXUINT;
  g_autoptr(GtkStringList) units = kn_unit_choices_new (fixture->store, fixture->units[1], ids,
                                                        &selected);
  g_autoptr(GtkStringList) year_labels = NULL;

  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, selected), ==, fixture->units[1]);
  g_assert_nonnull (strstr (label_at (units, selected), "Bidang SMA"));
  g_clear_object (&units);

  units = kn_unit_choices_new (fixture->store, 999, ids, &selected);
  g_assert_cmpuint (selected, ==, 0);

  year_labels = kn_year_choices_new (2024, 2027, 2026, years, &selected);
  g_assert_cmpuint (years->len, ==, 4);
  g_assert_cmpuint (g_array_index (years, guint, selected), ==, 2026);
  g_assert_cmpstr (label_at (year_labels, selected), ==, "2026");
}

/* Unit choices given before are known to be current while the units, their paths and order are
 * the same (the places then keep them), and not once a unit is renamed or added. */
static void
test_unit_choices_current (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) empty = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint selected;
  g_autoptr(GtkStringList) units = kn_unit_choices_new (fixture->store, 0, ids, &selected);
  g_autoptr(KnOrgUnit) renamed = kn_org_unit_copy (kn_store_lookup_unit (fixture->store,
                                                                        fixture->units[1]));
  g_autoptr(GError) error = NULL;

  g_assert_true (kn_unit_choices_current (fixture->store, G_LIST_MODEL (units), ids));
  g_assert_false (kn_unit_choices_current (fixture->store, NULL, empty));
  g_assert_false (kn_unit_choices_current (fixture->store, G_LIST_MODEL (units), empty));

  kn_org_unit_set_name (renamed, "Bidang SMK");
  g_assert_true (kn_store_update_unit (fixture->store, renamed, &error));
  g_assert_no_error (error);
  g_assert_false (kn_unit_choices_current (fixture->store, G_LIST_MODEL (units), ids));
  g_clear_object (&units);
  units = kn_unit_choices_new (fixture->store, 0, ids, &selected);
  g_assert_true (kn_unit_choices_current (fixture->store, G_LIST_MODEL (units), ids));

  kn_test_add_unit (fixture->store, "Bidang SMP", fixture->units[0]);
  g_assert_false (kn_unit_choices_current (fixture->store, G_LIST_MODEL (units), ids));
}

static void
test_fill_is_not_choosing (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new ((const char *[]){ "a", "b", "c", NULL });
  GtkWidget *dropdown = g_object_ref_sink (gtk_drop_down_new (NULL, NULL));
  guint owner = 0;
  guint other = 0;

  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (kn_test_count_cb), &owner);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (kn_test_count_cb), &other);

  /* The owner fills: its handler waits, anyone else's still hears. */
  kn_choice_fill (dropdown, G_LIST_MODEL (labels), 2, &owner);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==, 2);
  g_assert_cmpuint (owner, ==, 0);
  g_assert_cmpuint (other, >, 0);

  /* The user chooses: the owner hears again. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 0);
  g_assert_cmpuint (owner, ==, 1);

  kn_choices_hold (&owner, TRUE, dropdown, NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1);
  kn_choices_hold (&owner, FALSE, dropdown, NULL);
  g_assert_cmpuint (owner, ==, 1);
  g_object_unref (dropdown);
}

/* A unit chooser filled by its owner shows the unit kept, by its path, without the owner taking
 * it for a choice; the id of what is chosen and the position of an id are read back from the
 * ids. */
static void
test_unit_chooser_filled (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *chosen = NULL;
  GtkWidget *units = g_object_ref_sink (GTK_WIDGET (kn_chooser_new ()));
  GtkWidget *periods = g_object_ref_sink (gtk_drop_down_new (NULL, NULL));
  guint owner = 0;

  g_signal_connect (units, "notify::selected", G_CALLBACK (kn_test_count_cb), &owner);
  g_signal_connect (periods, "notify::selected", G_CALLBACK (kn_test_count_cb), &owner);

  kn_unit_choices_fill (units, fixture->store, fixture->units[1], ids, &owner);
  kn_period_choices_fill (periods, fixture->store, 2020, "2020-TW3", names, &owner);
  g_assert_cmpuint (owner, ==, 0);

  chosen = kn_chooser_dup_label (KN_CHOOSER (units));
  g_assert_nonnull (strstr (chosen, "Bidang SMA"));
  g_assert_cmpint (kn_choice_id_at (ids, kn_chooser_get_selected (KN_CHOOSER (units))), ==,
                   fixture->units[1]);
  g_assert_cmpstr (g_ptr_array_index (names, gtk_drop_down_get_selected (GTK_DROP_DOWN (periods))),
                   ==, "2020-TW3");

  /* Nothing chosen, or a position past the end: no unit. */
  g_assert_cmpint (kn_choice_id_at (ids, GTK_INVALID_LIST_POSITION), ==, 0);
  g_assert_cmpint (kn_choice_id_at (ids, 2), ==, 0);
  g_assert_cmpint (kn_choice_id_at (ids, 0), ==, fixture->units[0]);
  g_assert_cmpuint (kn_choice_find_id (ids, fixture->units[0]), ==, 0);
  g_assert_cmpuint (kn_choice_find_id (ids, fixture->units[1]), ==, 1);
  g_assert_cmpuint (kn_choice_find_id (ids, 999), ==, GTK_INVALID_LIST_POSITION);

  /* Choosing by id: the unit offered is chosen, one not offered leaves the choice. */
  g_assert_true (kn_choice_select_id (units, ids, fixture->units[0]));
  g_assert_cmpuint (kn_chooser_get_selected (KN_CHOOSER (units)), ==, 0);
  g_assert_false (kn_choice_select_id (units, ids, 999));
  g_assert_cmpuint (kn_chooser_get_selected (KN_CHOOSER (units)), ==, 0);

  g_object_unref (units);
  g_object_unref (periods);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/choices/unit-choices-current", test_unit_choices_current);
  ADD ("/ui/choices/years-offered", test_years_offered);
  ADD ("/ui/choices/years-back", test_years_back);
  ADD ("/ui/choices/periods-of-years", test_periods_of_years);
  ADD ("/ui/choices/one-year-keeps-quarter", test_one_year_keeps_quarter);
  ADD ("/ui/choices/units-and-years", test_units_and_years);
  ADD ("/ui/choices/fill-is-not-choosing", test_fill_is_not_choosing);
  ADD ("/ui/choices/unit-chooser-filled", test_unit_chooser_filled);
#undef ADD

  return g_test_run ();
}
