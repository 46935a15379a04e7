/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Who may be a person's atasan, offered the same way wherever one is chosen
 * (kn-employee-choices.h). */

#define G_LOG_DOMAIN "kn-employee-choices"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-employee-choices.h"

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  KnEmployee *ea = *(KnEmployee **)a;
  KnEmployee *eb = *(KnEmployee **)b;
  int key_a = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (ea), "kn-candidate-rank"));
  int key_b = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (eb), "kn-candidate-rank"));

  if (key_a != key_b)
    return key_a - key_b;

  return g_utf8_collate (kn_employee_get_name (ea), kn_employee_get_name (eb));
}

gint64
kn_employee_choices_propose_supervisor (KnStore *store,
                                        gint64   unit_id)
{
  GListModel *employees;
  guint n;

  g_return_val_if_fail (KN_IS_STORE (store), 0);

  employees = kn_store_get_employees (store);
  n = g_list_model_get_n_items (employees);

  for (KnOrgUnit *unit = kn_store_lookup_unit (store, unit_id);
       unit != NULL;
       unit = kn_store_lookup_unit (store, kn_org_unit_get_parent_id (unit)))
    {
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KnEmployee) candidate = g_list_model_get_item (employees, i);
          KnEmployee *superior;

          if (kn_employee_get_unit_id (candidate) != kn_org_unit_get_id (unit))
            continue;

          superior = kn_store_lookup_employee (store, kn_employee_get_supervisor_id (candidate));
          if (superior == NULL ||
              kn_employee_get_unit_id (superior) != kn_org_unit_get_id (unit))
            return kn_employee_get_id (candidate);
        }
    }

  return 0;
}

void
kn_employee_choices_fill_supervisors (KnStore   *store,
                                      KnChooser *chooser,
                                      GArray    *ids,
                                      gint64     employee_id,
                                      gint64     unit_id,
                                      gint64     keep)
{
  g_autoptr(GtkStringList) labels = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  gint64 self_id = employee_id;
  GListModel *employees;
  gint64 top;
  guint selected = 0;
  guint n;

  g_return_if_fail (KN_IS_STORE (store));
  g_return_if_fail (KN_IS_CHOOSER (chooser));
  g_return_if_fail (ids != NULL);

  labels = gtk_string_list_new (NULL);
  candidates = g_ptr_array_new_with_free_func (g_object_unref);
  top = kn_store_get_top_unit_id (store, unit_id);
  employees = kn_store_get_employees (store);
  n = g_list_model_get_n_items (employees);
  g_array_set_size (ids, 0);
  gtk_string_list_append (labels, _("No direct superior (head of an OPD)"));
  g_array_append_vals (ids, &(gint64){ 0 }, 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnEmployee) candidate = g_list_model_get_item (employees, i);
      gint64 candidate_id = kn_employee_get_id (candidate);
      gint64 candidate_unit = kn_employee_get_unit_id (candidate);
      int rank = 1000;

      if (candidate_id == self_id ||
          (self_id != 0 && kn_store_would_create_cycle (store, self_id, candidate_id)))
        continue;
      if (top != 0 && !kn_store_unit_is_within (store, candidate_unit, top) &&
          candidate_id != keep)
        continue;

      if (unit_id != 0 && kn_store_unit_is_within (store, unit_id, candidate_unit))
        {
          KnOrgUnit *u = kn_store_lookup_unit (store, candidate_unit);

          rank = 100 - (int)(u != NULL ? kn_org_unit_get_depth (u) : 0);
        }

      g_object_set_data (G_OBJECT (candidate), "kn-candidate-rank", GINT_TO_POINTER (rank));
      g_ptr_array_add (candidates, g_steal_pointer (&candidate));
    }

  g_ptr_array_sort (candidates, compare_candidates);

  for (guint i = 0; i < candidates->len; i++)
    {
      KnEmployee *candidate = g_ptr_array_index (candidates, i);
      gint64 candidate_id = kn_employee_get_id (candidate);
      g_autofree char *label = NULL;

      if (kn_employee_get_position (candidate)[0] != '\0')
        label = g_strdup_printf ("%s — %s", kn_employee_get_name (candidate),
                                 kn_employee_get_position (candidate));
      else
        label = g_strdup (kn_employee_get_name (candidate));

      gtk_string_list_append (labels, label);
      g_array_append_vals (ids, &candidate_id, 1);
      if (candidate_id == keep)
        selected = ids->len - 1;
      g_object_set_data (G_OBJECT (candidate), "kn-candidate-rank", NULL);
    }

  kn_chooser_set_model (chooser, G_LIST_MODEL (labels));
  kn_chooser_set_selected (chooser, selected);
}

