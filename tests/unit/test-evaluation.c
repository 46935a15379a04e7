/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The evaluation model object: predikat from the ratings, change notification, the snapshot and
 * its text form, copies, equality and the status names. */

#include "config.h"

#include <string.h>

#include "kinerja/kinerja.h"

#include "kn-test-util.h"

static KnEvaluation *
evaluation_new_full (gint64      employee_id,
                     const char *period)
{
  KnEvaluation *evaluation = kn_evaluation_new (employee_id, period);

  kn_evaluation_set_id (evaluation, 12);
  kn_evaluation_set_assessor_id (evaluation, 7);
  kn_evaluation_set_rating_result (evaluation, KN_RATING_ABOVE);
  kn_evaluation_set_rating_behaviour (evaluation, KN_RATING_AS_EXPECTED);
  kn_evaluation_set_status (evaluation, KN_EVALUATION_STATUS_FINAL);
  kn_evaluation_set_note (evaluation, "Pertahankan kinerja.");
  kn_evaluation_set_reopen_reason (evaluation, "Salah ketik rating.");
  kn_evaluation_set_snapshot (evaluation, KN_SNAPSHOT_NAME, "Dr. Hj. Siti Aminah, M.Pd.");
  kn_evaluation_set_snapshot (evaluation, KN_SNAPSHOT_RANK, "Penata Muda, III/a");
  kn_evaluation_set_snapshot (evaluation, KN_SNAPSHOT_ASSESSOR_NIP, "197001011995031001");

  return evaluation;
}

static void
test_defaults (void)
{
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (41, "2026-TW1");
  g_autoptr(KnEvaluation) bare = g_object_new (KN_TYPE_EVALUATION, NULL);
  g_autofree char *period = NULL;
  gint64 employee_id = 0;

  g_assert_cmpint (kn_evaluation_get_id (evaluation), ==, 0);
  g_assert_cmpint (kn_evaluation_get_employee_id (evaluation), ==, 41);
  g_assert_cmpstr (kn_evaluation_get_period (evaluation), ==, "2026-TW1");
  g_assert_cmpint (kn_evaluation_get_assessor_id (evaluation), ==, 0);
  g_assert_cmpint (kn_evaluation_get_rating_result (evaluation), ==, KN_RATING_NONE);
  g_assert_cmpint (kn_evaluation_get_rating_behaviour (evaluation), ==, KN_RATING_NONE);
  g_assert_cmpint (kn_evaluation_get_predikat (evaluation), ==, KN_PREDIKAT_NONE);
  g_assert_cmpint (kn_evaluation_get_status (evaluation), ==, KN_EVALUATION_STATUS_DRAFT);
  g_assert_null (kn_evaluation_get_note (evaluation));
  g_assert_null (kn_evaluation_get_reopen_reason (evaluation));
  g_assert_null (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_NAME));

  g_object_get (evaluation, "employee-id", &employee_id, "period", &period, NULL);
  g_assert_cmpint (employee_id, ==, 41);
  g_assert_cmpstr (period, ==, "2026-TW1");

  g_assert_cmpstr (kn_evaluation_get_period (bare), ==, "");
  g_assert_true (kn_evaluation_equal (bare, bare));
  g_assert_false (kn_evaluation_equal (bare, evaluation));
}

static void
test_construct_only (void)
{
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (41, "2026-AKHIR");
  GParamSpec *pspec;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (evaluation), "employee-id");
  g_assert_nonnull (pspec);
  g_assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (evaluation), "period");
  g_assert_nonnull (pspec);
  g_assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (evaluation), "predikat");
  g_assert_nonnull (pspec);
  g_assert_false (pspec->flags & G_PARAM_WRITABLE);
  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == KN_TYPE_PREDIKAT);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (evaluation), "rating-result");
  g_assert_nonnull (pspec);
  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == KN_TYPE_RATING);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (evaluation), "status");
  g_assert_nonnull (pspec);
  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == KN_TYPE_EVALUATION_STATUS);
}

static void
test_predikat_matrix (void)
{
  /* One object moved through every case, so that stale state would show. */
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (1, "2026-TW1");

  for (guint i = 0; i < kn_test_predikat_matrix_n; i++)
    {
      const KnTestPredikatCell *cell = &kn_test_predikat_matrix[i];
      KnPredikat predikat = KN_PREDIKAT_N;

      g_test_message ("case %u", i);
      kn_evaluation_set_rating_result (evaluation, cell->result);
      kn_evaluation_set_rating_behaviour (evaluation, cell->behaviour);
      g_assert_cmpint (kn_evaluation_get_predikat (evaluation), ==, cell->predikat);

      g_object_get (evaluation, "predikat", &predikat, NULL);
      g_assert_cmpint (predikat, ==, cell->predikat);
    }
}

static void
test_predikat_notify (void)
{
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (1, "2026-TW1");
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_signal_connect (evaluation, "notify", G_CALLBACK (kn_test_count_notify), seen);

  /* One rating alone still gives no predikat. */
  kn_evaluation_set_rating_result (evaluation, KN_RATING_AS_EXPECTED);
  g_assert_cmpuint (kn_test_notify_count (seen, "rating-result"), ==, 1);
  g_assert_cmpuint (kn_test_notify_count (seen, "predikat"), ==, 0);

  kn_evaluation_set_rating_behaviour (evaluation, KN_RATING_AS_EXPECTED);
  g_assert_cmpuint (kn_test_notify_count (seen, "rating-behaviour"), ==, 1);
  g_assert_cmpuint (kn_test_notify_count (seen, "predikat"), ==, 1);
  g_assert_cmpint (kn_evaluation_get_predikat (evaluation), ==, KN_PREDIKAT_BAIK);

  /* Sesuai × Sesuai → Sesuai × Di Atas: still Baik. */
  kn_evaluation_set_rating_behaviour (evaluation, KN_RATING_ABOVE);
  g_assert_cmpuint (kn_test_notify_count (seen, "rating-behaviour"), ==, 2);
  g_assert_cmpuint (kn_test_notify_count (seen, "predikat"), ==, 1);
  g_assert_cmpint (kn_evaluation_get_predikat (evaluation), ==, KN_PREDIKAT_BAIK);

  kn_evaluation_set_rating_result (evaluation, KN_RATING_ABOVE);
  g_assert_cmpuint (kn_test_notify_count (seen, "rating-result"), ==, 2);
  g_assert_cmpuint (kn_test_notify_count (seen, "predikat"), ==, 2);
  g_assert_cmpint (kn_evaluation_get_predikat (evaluation), ==, KN_PREDIKAT_SANGAT_BAIK);

  /* The same rating again notifies nothing. */
  kn_evaluation_set_rating_result (evaluation, KN_RATING_ABOVE);
  g_assert_cmpuint (kn_test_notify_count (seen, "rating-result"), ==, 2);
  g_assert_cmpuint (kn_test_notify_count (seen, "predikat"), ==, 2);

  /* Through the property too. */
  g_object_set (evaluation, "rating-behaviour", KN_RATING_BELOW, NULL);
  g_assert_cmpuint (kn_test_notify_count (seen, "rating-behaviour"), ==, 3);
  g_assert_cmpuint (kn_test_notify_count (seen, "predikat"), ==, 3);
  g_assert_cmpint (kn_evaluation_get_predikat (evaluation), ==, KN_PREDIKAT_KURANG);

  kn_evaluation_set_rating_result (evaluation, KN_RATING_NONE);
  g_assert_cmpuint (kn_test_notify_count (seen, "predikat"), ==, 4);
  g_assert_cmpint (kn_evaluation_get_predikat (evaluation), ==, KN_PREDIKAT_NONE);
}

static void
test_notify_on_change (void)
{
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (1, "2026-TW1");
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *note = NULL;

  g_signal_connect (evaluation, "notify", G_CALLBACK (kn_test_count_notify), seen);

  for (guint round = 0; round < 2; round++)
    {
      kn_evaluation_set_id (evaluation, 5);
      kn_evaluation_set_assessor_id (evaluation, 9);
      kn_evaluation_set_status (evaluation, KN_EVALUATION_STATUS_FINAL);
      kn_evaluation_set_note (evaluation, "Tingkatkan ketelitian.");
      kn_evaluation_set_reopen_reason (evaluation, "Keberatan pegawai.");
    }

  g_assert_cmpuint (kn_test_notify_count (seen, "id"), ==, 1);
  g_assert_cmpuint (kn_test_notify_count (seen, "assessor-id"), ==, 1);
  g_assert_cmpuint (kn_test_notify_count (seen, "status"), ==, 1);
  g_assert_cmpuint (kn_test_notify_count (seen, "note"), ==, 1);
  g_assert_cmpuint (kn_test_notify_count (seen, "reopen-reason"), ==, 1);
  /* The status label for people follows the id (nothing saved reads "not rated") and status. */
  g_assert_cmpuint (kn_test_notify_count (seen, "status-label"), >=, 1);
  g_assert_cmpuint (g_hash_table_size (seen), ==, 6);

  /* Empty strings are no text at all, so "" after NULL changes nothing. */
  kn_evaluation_set_note (evaluation, "");
  g_assert_null (kn_evaluation_get_note (evaluation));
  g_assert_cmpuint (kn_test_notify_count (seen, "note"), ==, 2);
  kn_evaluation_set_note (evaluation, NULL);
  g_assert_cmpuint (kn_test_notify_count (seen, "note"), ==, 2);

  g_object_set (evaluation, "reopen-reason", "", NULL);
  g_assert_null (kn_evaluation_get_reopen_reason (evaluation));
  g_assert_cmpuint (kn_test_notify_count (seen, "reopen-reason"), ==, 2);
  kn_evaluation_set_reopen_reason (evaluation, "");
  g_assert_cmpuint (kn_test_notify_count (seen, "reopen-reason"), ==, 2);

  g_object_set (evaluation, "note", "Catatan", "status", KN_EVALUATION_STATUS_DRAFT, NULL);
  g_assert_cmpuint (kn_test_notify_count (seen, "note"), ==, 3);
  g_assert_cmpuint (kn_test_notify_count (seen, "status"), ==, 2);
  g_object_get (evaluation, "note", &note, NULL);
  g_assert_cmpstr (note, ==, "Catatan");
}

static void
test_snapshot_values (void)
{
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (1, "2026-TW1");

  g_assert_null (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_NIP));

  kn_evaluation_set_snapshot (evaluation, KN_SNAPSHOT_NIP, "198609262015051001");
  kn_evaluation_set_snapshot (evaluation, KN_SNAPSHOT_UNIT, "");
  g_assert_cmpstr (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_NIP), ==,
                   "198609262015051001");
  g_assert_cmpstr (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_UNIT), ==, "");
  g_assert_null (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_NAME));

  kn_evaluation_set_snapshot (evaluation, KN_SNAPSHOT_NIP, "199001012020121001");
  g_assert_cmpstr (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_NIP), ==,
                   "199001012020121001");

  kn_evaluation_set_snapshot (evaluation, KN_SNAPSHOT_NIP, NULL);
  g_assert_null (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_NIP));
  g_assert_cmpstr (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_UNIT), ==, "");

  kn_evaluation_clear_snapshot (evaluation);
  g_assert_null (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_UNIT));
}

static void
test_snapshot_text_round_trip (void)
{
  static const struct {
    const char *key;
    const char *value;
  } values[] = {
    { KN_SNAPSHOT_NAME, "Dr. Hj. Siti Aminah, M.Pd." },
    { KN_SNAPSHOT_RANK, "Penata Muda, III/a" },
    { KN_SNAPSHOT_POSITION, "\u201cx\u201d\n" },
    { KN_SNAPSHOT_UNIT, "SMA Negeri 1 Bandar Lampung — Bidang 'Kurikulum' \"A\"\t\\" },
    { KN_SNAPSHOT_ASSESSOR_NAME, "" },
    { KN_SNAPSHOT_ORG_PREDIKAT, "baik" },
    { KN_SNAPSHOT_FINALISED_AT, "2026-04-05T03:00:00Z" },
  };
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (1, "2026-TW1");
  g_autoptr(KnEvaluation) loaded = kn_evaluation_new (1, "2026-TW1");
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  const char *name;
  const char *org;

  /* Inserted out of order: the text must not depend on it. */
  for (guint i = G_N_ELEMENTS (values); i > 0; i--)
    kn_evaluation_set_snapshot (evaluation, values[i - 1].key, values[i - 1].value);

  text = kn_evaluation_dup_snapshot_text (evaluation);
  g_test_message ("%s", text);
  g_assert_nonnull (text);

  /* Keys sorted: assessor.name < finalised-at < name < org-predikat < position < rank < unit. */
  name = strstr (text, "'name'");
  org = strstr (text, "'org-predikat'");
  g_assert_nonnull (name);
  g_assert_nonnull (org);
  g_assert_true (strstr (text, "'assessor.name'") < strstr (text, "'finalised-at'"));
  g_assert_true (strstr (text, "'finalised-at'") < name);
  g_assert_true (name < org);
  g_assert_true (org < strstr (text, "'position'"));
  g_assert_true (strstr (text, "'position'") < strstr (text, "'rank'"));
  g_assert_true (strstr (text, "'rank'") < strstr (text, "'unit'"));

  /* A stale key in the target must go: the text replaces the whole snapshot. */
  kn_evaluation_set_snapshot (loaded, KN_SNAPSHOT_SUPERIOR_NAME, "Stale");
  g_assert_true (kn_evaluation_set_snapshot_text (loaded, text));
  g_assert_null (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_SUPERIOR_NAME));
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, values[i].key), ==, values[i].value);
  g_assert_true (kn_evaluation_equal (loaded, evaluation));

  again = kn_evaluation_dup_snapshot_text (loaded);
  g_assert_cmpstr (again, ==, text);
}

/* The snapshot's text is what GVariant prints for it (old files and PostgreSQL rows hold that
 * text), whether the values are plain ASCII (written directly) or not. */
static void
test_snapshot_text_as_gvariant (void)
{
  static const char * const values[] = {
    "Agus Setiawan, S.Pd.", "Dinas Pendidikan dan Kebudayaan/Cabang Dinas Wilayah I", "",
    "Ma'ruf Amin", "C:\\dokumen", "Siti \"Ani\"", "Bidang \u2014 Umum", "baris\nbaru", "~ { } [ ] : ,",
    "Dinas Pendidikan \u203a Cabang Dinas \u203a SMA Negeri 1", "Andr\u00e9", "nol\u200blebar", "\U0001F600",
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (1, "2026-TW1");
      g_autoptr(GVariant) variant = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *text = NULL;
      GVariantBuilder builder;

      kn_evaluation_set_snapshot (evaluation, KN_SNAPSHOT_UNIT, values[i]);
      kn_evaluation_set_snapshot (evaluation, KN_SNAPSHOT_NAME, "Rahmat Hidayat");
      g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
      g_variant_builder_add (&builder, "{ss}", KN_SNAPSHOT_NAME, "Rahmat Hidayat");
      g_variant_builder_add (&builder, "{ss}", KN_SNAPSHOT_UNIT, values[i]);
      variant = g_variant_ref_sink (g_variant_builder_end (&builder));
      g_assert_cmpint (strcmp (KN_SNAPSHOT_NAME, KN_SNAPSHOT_UNIT), <, 0);
      expected = g_variant_print (variant, FALSE);

      text = kn_evaluation_dup_snapshot_text (evaluation);
      g_assert_cmpstr (text, ==, expected);
    }
}

static void
test_snapshot_text_empty (void)
{
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (1, "2026-TW1");
  g_autoptr(KnEvaluation) other = kn_evaluation_new (1, "2026-TW1");
  g_autofree char *text = NULL;

  text = kn_evaluation_dup_snapshot_text (evaluation);
  g_assert_nonnull (text);
  kn_evaluation_set_snapshot (other, KN_SNAPSHOT_NAME, "Agus Setiawan");
  g_assert_true (kn_evaluation_set_snapshot_text (other, text));
  g_assert_null (kn_evaluation_get_snapshot (other, KN_SNAPSHOT_NAME));
  g_assert_true (kn_evaluation_equal (other, evaluation));

  kn_evaluation_set_snapshot (other, KN_SNAPSHOT_NAME, "Agus Setiawan");
  g_assert_true (kn_evaluation_set_snapshot_text (other, ""));
  g_assert_null (kn_evaluation_get_snapshot (other, KN_SNAPSHOT_NAME));

  kn_evaluation_set_snapshot (other, KN_SNAPSHOT_NAME, "Agus Setiawan");
  g_assert_true (kn_evaluation_set_snapshot_text (other, NULL));
  g_assert_null (kn_evaluation_get_snapshot (other, KN_SNAPSHOT_NAME));
}

static void
test_snapshot_text_bad (void)
{
  static const char * const bad[] = {
    "not a variant",
    "{'name': 'Agus'",
    "{'name': 42}",
    "['name', 'Agus']",
    "{'name': 'Agus'} extra",
    "<{'name': 'Agus'}>",
    "{'name': 'unterminated}",
    "{1: 'Agus'}",
  };
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (1, "2026-TW1");
  g_autofree char *before = NULL;

  kn_evaluation_set_snapshot (evaluation, KN_SNAPSHOT_NAME, "Dr. Hj. Siti Aminah, M.Pd.");
  kn_evaluation_set_snapshot (evaluation, KN_SNAPSHOT_RANK, "Penata Muda, III/a");
  before = kn_evaluation_dup_snapshot_text (evaluation);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *after = NULL;

      g_test_message ("%s", bad[i]);
      g_assert_false (kn_evaluation_set_snapshot_text (evaluation, bad[i]));
      after = kn_evaluation_dup_snapshot_text (evaluation);
      g_assert_cmpstr (after, ==, before);
    }

  g_assert_cmpstr (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_NAME), ==,
                   "Dr. Hj. Siti Aminah, M.Pd.");
}

static void
test_copy_deep (void)
{
  g_autoptr(KnEvaluation) evaluation = evaluation_new_full (41, "2026-TW2");
  g_autoptr(KnEvaluation) copy = kn_evaluation_copy (evaluation);

  g_assert_true (copy != evaluation);
  g_assert_true (kn_evaluation_equal (copy, evaluation));
  g_assert_cmpint (kn_evaluation_get_employee_id (copy), ==, 41);
  g_assert_cmpstr (kn_evaluation_get_period (copy), ==, "2026-TW2");
  g_assert_cmpint (kn_evaluation_get_predikat (copy), ==, KN_PREDIKAT_BAIK);
  g_assert_cmpstr (kn_evaluation_get_note (copy), ==, "Pertahankan kinerja.");
  g_assert_cmpstr (kn_evaluation_get_snapshot (copy, KN_SNAPSHOT_NAME), ==,
                   "Dr. Hj. Siti Aminah, M.Pd.");

  kn_evaluation_set_snapshot (copy, KN_SNAPSHOT_NAME, "Agus Setiawan");
  kn_evaluation_set_snapshot (copy, KN_SNAPSHOT_RANK, NULL);
  kn_evaluation_set_note (copy, "Lain");
  g_assert_cmpstr (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_NAME), ==,
                   "Dr. Hj. Siti Aminah, M.Pd.");
  g_assert_cmpstr (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_RANK), ==,
                   "Penata Muda, III/a");
  g_assert_cmpstr (kn_evaluation_get_note (evaluation), ==, "Pertahankan kinerja.");

  kn_evaluation_clear_snapshot (evaluation);
  g_assert_cmpstr (kn_evaluation_get_snapshot (copy, KN_SNAPSHOT_ASSESSOR_NIP), ==,
                   "197001011995031001");
}

static void
test_equal_fields (void)
{
  g_autoptr(KnEvaluation) evaluation = evaluation_new_full (41, "2026-TW2");
  guint field = 0;

  for (gboolean done = FALSE; !done; field++)
    {
      g_autoptr(KnEvaluation) copy = NULL;

      g_test_message ("field %u", field);
      switch (field)
        {
        case 0:
          copy = evaluation_new_full (42, "2026-TW2");
          break;
        case 1:
          copy = evaluation_new_full (41, "2026-TW3");
          break;
        default:
          copy = kn_evaluation_copy (evaluation);
          break;
        }

      if (field >= 2)
        g_assert_true (kn_evaluation_equal (copy, evaluation));

      switch (field)
        {
        case 0:
        case 1:
          break;
        case 2:
          kn_evaluation_set_id (copy, 13);
          break;
        case 3:
          kn_evaluation_set_assessor_id (copy, 0);
          break;
        case 4:
          /* Di Atas → Sesuai keeps Baik: the rating itself must count. */
          kn_evaluation_set_rating_result (copy, KN_RATING_AS_EXPECTED);
          g_assert_cmpint (kn_evaluation_get_predikat (copy), ==,
                           kn_evaluation_get_predikat (evaluation));
          break;
        case 5:
          kn_evaluation_set_rating_behaviour (copy, KN_RATING_ABOVE);
          break;
        case 6:
          kn_evaluation_set_status (copy, KN_EVALUATION_STATUS_DRAFT);
          break;
        case 7:
          kn_evaluation_set_note (copy, NULL);
          break;
        case 8:
          kn_evaluation_set_note (copy, "Pertahankan kinerja!");
          break;
        case 9:
          kn_evaluation_set_reopen_reason (copy, NULL);
          break;
        case 10:
          kn_evaluation_set_snapshot (copy, KN_SNAPSHOT_NAME, "Dr. Hj. Siti Aminah, M.Pd");
          break;
        case 11:
          kn_evaluation_set_snapshot (copy, KN_SNAPSHOT_RANK, NULL);
          break;
        case 12:
          kn_evaluation_set_snapshot (copy, KN_SNAPSHOT_UNIT, "");
          break;
        case 13:
          /* Same size, different key. */
          kn_evaluation_set_snapshot (copy, KN_SNAPSHOT_RANK, NULL);
          kn_evaluation_set_snapshot (copy, KN_SNAPSHOT_SUPERIOR_RANK, "Penata Muda, III/a");
          break;
        case 14:
          kn_evaluation_clear_snapshot (copy);
          done = TRUE;
          break;
        default:
          g_assert_not_reached ();
        }

      g_assert_false (kn_evaluation_equal (copy, evaluation));
      g_assert_false (kn_evaluation_equal (evaluation, copy));
    }

  g_assert_cmpuint (field, ==, 15);
}

static void
test_status_strings (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (KN_TYPE_EVALUATION_STATUS);
  KnEvaluationStatus status = KN_EVALUATION_STATUS_N;

  g_assert_cmpstr (kn_evaluation_status_to_string (KN_EVALUATION_STATUS_DRAFT), ==, "draft");
  g_assert_cmpstr (kn_evaluation_status_to_string (KN_EVALUATION_STATUS_FINAL), ==, "final");

  g_assert_true (kn_evaluation_status_from_string ("final", &status));
  g_assert_cmpint (status, ==, KN_EVALUATION_STATUS_FINAL);
  g_assert_true (kn_evaluation_status_from_string ("draft", &status));
  g_assert_cmpint (status, ==, KN_EVALUATION_STATUS_DRAFT);
  g_assert_true (kn_evaluation_status_from_string ("final", NULL));

  status = KN_EVALUATION_STATUS_FINAL;
  g_assert_false (kn_evaluation_status_from_string ("Final", &status));
  g_assert_false (kn_evaluation_status_from_string ("", &status));
  g_assert_false (kn_evaluation_status_from_string ("diajukan", &status));
  g_assert_false (kn_evaluation_status_from_string (NULL, &status));
  g_assert_cmpint (status, ==, KN_EVALUATION_STATUS_FINAL);

  g_assert_cmpuint (klass->n_values, ==, KN_EVALUATION_STATUS_N);
  g_assert_cmpstr (g_enum_get_value (klass, KN_EVALUATION_STATUS_FINAL)->value_nick, ==, "final");

  g_assert_cmpstr (kn_evaluation_status_label (KN_EVALUATION_STATUS_DRAFT), ==, "Draft");
  g_assert_cmpstr (kn_evaluation_status_label (KN_EVALUATION_STATUS_FINAL), ==, "Final");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/evaluation/defaults", test_defaults);
  g_test_add_func ("/evaluation/properties", test_construct_only);
  g_test_add_func ("/evaluation/predikat/matrix", test_predikat_matrix);
  g_test_add_func ("/evaluation/predikat/notify", test_predikat_notify);
  g_test_add_func ("/evaluation/notify-on-change", test_notify_on_change);
  g_test_add_func ("/evaluation/snapshot/values", test_snapshot_values);
  g_test_add_func ("/evaluation/snapshot/text-round-trip", test_snapshot_text_round_trip);
  g_test_add_func ("/evaluation/snapshot/text-as-gvariant", test_snapshot_text_as_gvariant);
  g_test_add_func ("/evaluation/snapshot/text-empty", test_snapshot_text_empty);
  g_test_add_func ("/evaluation/snapshot/text-bad", test_snapshot_text_bad);
  g_test_add_func ("/evaluation/copy-deep", test_copy_deep);
  g_test_add_func ("/evaluation/equal-fields", test_equal_fields);
  g_test_add_func ("/evaluation/status/strings", test_status_strings);

  return g_test_run ();
}
