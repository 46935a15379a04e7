/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo year's monitoring and evaluation (DOMAIN.md §4–5): realisasi with bukti dukung,
 * umpan balik berkelanjutan, capaian kinerja organisasi, and the evaluations of Triwulan I–IV
 * and Akhir, some final and some still drafts. */

#define G_LOG_DOMAIN "kn-demo"

#include "config.h"

#include <glib.h>

#include "kn-demo.h"
#include "kinerja/kn-employee.h"
#include "kinerja/kn-evaluation.h"
#include "kinerja/kn-indicator.h"
#include "kinerja/kn-org-unit.h"
#include "kinerja/kn-period.h"
#include "kinerja/kn-plan-enums.h"
#include "kinerja/kn-plan-result.h"
#include "kinerja/kn-plan.h"
#include "kinerja/kn-rules.h"
#include "kinerja/kn-store.h"

#include "kn-demo-private.h"

#include "kn-demo-eval-private.h"

static void
member_free (gpointer data)
{
  Member *member = data;

  g_clear_object (&member->plan);
  g_clear_pointer (&member->rand, g_rand_free);
  g_clear_pointer (&member->text_rand, g_rand_free);
  g_free (member);
}

static void
rated_free (gpointer data)
{
  Rated *rated = data;

  g_clear_pointer (&rated->members, g_array_unref);
  g_free (rated);
}

static void
demo_clear (Demo *demo)
{
  for (guint p = 0; p < N_PERIODS; p++)
    g_clear_pointer (&demo->periods[p], g_free);
  g_clear_pointer (&demo->members, g_ptr_array_unref);
  g_clear_pointer (&demo->rated, g_ptr_array_unref);
  g_clear_pointer (&demo->rules, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Demo, demo_clear)

Member *
_kn_demo_eval_member_at (Demo  *demo,
                         guint  index)
{
  return g_ptr_array_index (demo->members, index);
}

KnPredikat
_kn_demo_eval_predikat_of (Member *member,
                           guint   period)
{
  return kn_predikat_from_ratings (member->result[period], member->behaviour[period]);
}

Tone
_kn_demo_eval_tone_of (KnRating rating)
{
  switch (rating)
    {
    case KN_RATING_ABOVE:
      return TONE_ABOVE;
    case KN_RATING_BELOW:
      return TONE_BELOW;
    case KN_RATING_NONE:
    case KN_RATING_AS_EXPECTED:
    case KN_RATING_N:
    default:
      return TONE_AS_EXPECTED;
    }
}

/* Who takes part, and the rated units */

static guint
unit_depth (KnStore *store,
            gint64   unit_id)
{
  KnOrgUnit *unit = kn_store_lookup_unit (store, unit_id);
  guint depth = 0;

  while (unit != NULL && kn_org_unit_get_parent_id (unit) != 0)
    {
      unit = kn_store_lookup_unit (store, kn_org_unit_get_parent_id (unit));
      depth++;
    }

  return depth;
}

static KnOrgPredikat
org_predikat_for (KnOrgUnit *unit,
                  guint      period)
{
  const char *name = kn_org_unit_get_name (unit);

  if (g_str_equal (name, UNIT_ISTIMEWA))
    return KN_ORG_PREDIKAT_ISTIMEWA;
  if (g_str_equal (name, UNIT_STRUGGLES) && period == STRUGGLE_QUARTER)
    return KN_ORG_PREDIKAT_BUTUH_PERBAIKAN;

  return KN_ORG_PREDIKAT_BAIK;
}

/* Every OPD and the units right below it (bidang, sekretariat, schools), parents first. */
static void
collect_rated (Demo   *demo,
               GArray *employee_ids)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < employee_ids->len; i++)
    {
      KnEmployee *employee = kn_store_lookup_employee (demo->store,
                                                       g_array_index (employee_ids, gint64, i));
      gint64 unit_id = kn_employee_get_unit_id (employee);
      gint64 chain[2] = { 0, 0 };
      guint n_chain = 0;

      /* The unit or ancestor at depth 1, then the OPD. */
      while (unit_depth (demo->store, unit_id) > 1)
        unit_id = kn_org_unit_get_parent_id (kn_store_lookup_unit (demo->store, unit_id));
      while (unit_id != 0)
        {
          chain[n_chain++] = unit_id;
          unit_id = kn_org_unit_get_parent_id (kn_store_lookup_unit (demo->store, unit_id));
        }

      for (guint j = n_chain; j > 0; j--)
        {
          gint64 id = chain[j - 1];
          Rated *rated;

          if (g_hash_table_contains (seen, &id))
            continue;
          g_hash_table_add (seen, g_memdup2 (&id, sizeof id));

          rated = g_new0 (Rated, 1);
          rated->unit = kn_store_lookup_unit (demo->store, id);
          rated->members = g_array_new (FALSE, FALSE, sizeof (guint));
          for (guint p = 0; p < N_PERIODS; p++)
            rated->org[p] = org_predikat_for (rated->unit, p);
          rated->breaks[N_QUARTERS - 1] = g_str_equal (kn_org_unit_get_name (rated->unit),
                                                       UNIT_BREAKS_TW4);
          g_ptr_array_add (demo->rated, rated);
        }
    }
}

static const char *
opd_name (KnStore *store,
          gint64   unit_id)
{
  KnOrgUnit *unit = kn_store_lookup_unit (store, unit_id);

  while (unit != NULL && kn_org_unit_get_parent_id (unit) != 0)
    unit = kn_store_lookup_unit (store, kn_org_unit_get_parent_id (unit));

  return unit != NULL ? kn_org_unit_get_name (unit) : "";
}

/* Everyone whose SKP is approved; the others have nothing to be evaluated against yet. */
static gboolean
collect_members (Demo    *demo,
                 GArray  *employee_ids,
                 GError **error)
{
  for (guint i = 0; i < employee_ids->len; i++)
    {
      KnEmployee *employee = kn_store_lookup_employee (demo->store,
                                                       g_array_index (employee_ids, gint64, i));
      const char *name = kn_employee_get_name (employee);
      KnEmployee *supervisor = kn_store_lookup_employee (demo->store,
                                                         kn_employee_get_supervisor_id (employee));
      g_autoptr(KnPlan) plan = NULL;
      Member *member;
      int roll;

      plan = kn_store_load_plan (demo->store, kn_employee_get_id (employee), KN_DEMO_YEAR, error);
      if (plan == NULL)
        {
          if (error != NULL && *error != NULL)
            {
              g_prefix_error (error, "%s: ", name);
              return FALSE;
            }
          continue;
        }
      if (kn_plan_get_status (plan) != KN_PLAN_STATUS_APPROVED)
        continue;

      member = g_new0 (Member, 1);
      member->employee = employee;
      member->plan = g_steal_pointer (&plan);
      member->opd = opd_name (demo->store, kn_employee_get_unit_id (employee));
      member->rand = g_rand_new_with_seed (DEMO_RATING_SEED ^ g_str_hash (name));
      member->text_rand = g_rand_new_with_seed (DEMO_TEXT_SEED ^ g_str_hash (name));
      member->hash = g_str_hash (name);
      roll = g_rand_int_range (member->rand, 0, 100);
      member->tier = roll < 12 ? 1 : roll >= 94 ? -1 : 0;

      for (guint j = 0; j < demo->rated->len; j++)
        {
          Rated *rated = g_ptr_array_index (demo->rated, j);
          gint64 rated_id = kn_org_unit_get_id (rated->unit);
          guint index = demo->members->len;

          if (!kn_store_unit_is_within (demo->store, kn_employee_get_unit_id (employee), rated_id))
            continue;

          /* Heads as the store finds them: their atasan works outside the unit. The unit's
           * pattern counts the people whose predikat its head sets, so not the head. */
          if (supervisor == NULL ||
              !kn_store_unit_is_within (demo->store, kn_employee_get_unit_id (supervisor),
                                        rated_id))
            {
              member->head = TRUE;
              member->headed = j;
            }
          else
            g_array_append_val (rated->members, index);
          if (rated->breaks[N_QUARTERS - 1])
            member->in_breaking_unit = TRUE;
        }

      g_ptr_array_add (demo->members, member);
    }

  return TRUE;
}

/* Evaluations */

static char *
note_for (Demo   *demo,
          Member *member,
          guint   period)
{
  KnPredikat predikat = _kn_demo_eval_predikat_of (member, period);

  if (period == AKHIR)
    {
      gboolean changed = member->result[AKHIR] != member->proposed_result ||
                         member->behaviour[AKHIR] != member->proposed_behaviour;

      if (member->head)
        {
          Rated *rated = g_ptr_array_index (demo->rated, member->headed);

          return g_strdup_printf ("Rating hasil kerja mengikuti capaian kinerja organisasi "
                                  "(%s); rating perilaku kerja diusulkan dari Triwulan I–IV "
                                  "dan dikonfirmasi.", org_words[rated->org[AKHIR]]);
        }
      if (changed)
        return g_strdup_printf (
          "Usulan dari Triwulan I–IV: hasil kerja %s, perilaku kerja %s. "
          "Diubah oleh pejabat penilai setelah menimbang capaian Triwulan IV, "
          "umpan balik berkelanjutan dan pola distribusi unit.",
          rating_words[member->proposed_result], rating_words[member->proposed_behaviour]);
      return g_strdup ("Rating diusulkan dari evaluasi Triwulan I–IV dan dikonfirmasi oleh "
                       "pejabat penilai.");
    }

  switch (predikat)
    {
    case KN_PREDIKAT_SANGAT_BAIK:
      return g_strdup ("Kinerja melampaui ekspektasi; direkomendasikan mengikuti pengembangan "
                       "kompetensi lanjutan.");
    case KN_PREDIKAT_BUTUH_PERBAIKAN:
      return g_strdup ("Capaian beberapa IKI di bawah target; disepakati rencana perbaikan "
                       "dengan pemantauan setiap bulan.");
    case KN_PREDIKAT_NONE:
    case KN_PREDIKAT_SANGAT_KURANG:
    case KN_PREDIKAT_KURANG:
    case KN_PREDIKAT_BAIK:
    case KN_PREDIKAT_N:
    default:
      return NULL;
    }
}

/* The period's capaian kinerja organisasi first (the store gives the heads their rating hasil
 * kerja from it), then everyone's ratings, finalised where the assessor has finished. */
static gboolean
save_period (Demo    *demo,
             guint    period,
             GError **error)
{
  const char *name = demo->periods[period];

  for (guint i = 0; i < demo->rated->len; i++)
    {
      Rated *rated = g_ptr_array_index (demo->rated, i);

      if (!kn_store_set_org_predikat (demo->store, kn_org_unit_get_id (rated->unit), name,
                                      rated->org[period], error))
        {
          g_prefix_error (error, "%s, %s: ", kn_org_unit_get_name (rated->unit), name);
          return FALSE;
        }
    }

  for (guint i = 0; i < demo->members->len; i++)
    {
      Member *member = _kn_demo_eval_member_at (demo, i);
      gint64 id = kn_employee_get_id (member->employee);
      g_autoptr(KnEvaluation) evaluation = NULL;
      g_autofree char *note = note_for (demo, member, period);
      GError *local_error = NULL;

      evaluation = kn_store_load_evaluation (demo->store, id, name, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          g_prefix_error (error, "%s, %s: ", kn_employee_get_name (member->employee), name);
          return FALSE;
        }
      if (evaluation == NULL)
        {
          evaluation = kn_evaluation_new (id, name);
          kn_evaluation_set_assessor_id (evaluation,
                                         kn_employee_get_supervisor_id (member->employee));
        }

      kn_evaluation_set_rating_result (evaluation, member->result[period]);
      kn_evaluation_set_rating_behaviour (evaluation, member->behaviour[period]);
      kn_evaluation_set_note (evaluation, note);

      /* A final one in one write (a stored draft is saved, then finalised, by the store). */
      if (!(member->final[period]
            ? kn_store_save_final_evaluation (demo->store, evaluation, error)
            : kn_store_save_evaluation (demo->store, evaluation, error)))
        {
          g_prefix_error (error, "%s, %s: ", kn_employee_get_name (member->employee), name);
          return FALSE;
        }
    }

  return TRUE;
}

/* For everyone whose SKP of the demo year is approved: the realisation of every IKI in each
 * quarter, with bukti dukung; one or two dated feedback notes a quarter; the capaian kinerja
 * organisasi of each OPD and the units right below it; and the evaluations of Triwulan I–IV and
 * Akhir. Triwulan I–III are final; Triwulan IV is final for about 70 % and Akhir for about half.
 * Ratings keep to the distribution pattern in every rated unit, except in UNIT_BREAKS_TW4 in
 * Triwulan IV. Deterministic: every draw comes from generators seeded by the employee's name.
 * @employee_ids as for kn_demo_add_plans; the store's models only fill at commit. */
gboolean
kn_demo_add_evaluations (KnStore  *store,
                         GArray   *employee_ids,
                         GError  **error)
{
  g_auto(Demo) demo = { 0, };

  g_return_val_if_fail (KN_IS_STORE (store), FALSE);
  g_return_val_if_fail (employee_ids != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _kn_demo_eval_load_tables ();

  demo.store = store;
  for (guint q = 0; q < N_QUARTERS; q++)
    demo.periods[q] = g_strdup_printf ("%u-TW%u", (guint) KN_DEMO_YEAR, q + 1);
  demo.periods[AKHIR] = g_strdup_printf ("%u-AKHIR", (guint) KN_DEMO_YEAR);
  demo.members = g_ptr_array_new_with_free_func (member_free);
  demo.rated = g_ptr_array_new_with_free_func (rated_free);
  demo.rules = kn_store_get_distribution_rules (store);

  collect_rated (&demo, employee_ids);
  if (!collect_members (&demo, employee_ids, error))
    return FALSE;

  _kn_demo_eval_make_quarters (&demo);
  _kn_demo_eval_make_annual (&demo);
  _kn_demo_eval_choose_final (&demo);

  /* Realisation and feedback come first: a final evaluation locks its period's. */
  for (guint i = 0; i < demo.members->len; i++)
    {
      Member *member = _kn_demo_eval_member_at (&demo, i);

      if (!_kn_demo_eval_add_realizations (&demo, member, error))
        return FALSE;
      for (guint q = 0; q < N_QUARTERS; q++)
        {
          if (!_kn_demo_eval_add_feedback (&demo, member, q, error))
            return FALSE;
        }
    }

  for (guint p = 0; p < N_PERIODS; p++)
    {
      if (!save_period (&demo, p, error))
        return FALSE;
    }

  return TRUE;
}
