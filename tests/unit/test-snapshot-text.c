/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An evaluation's snapshot as stored text (kn_evaluation_dup_snapshot_text) and back
 * (kn_evaluation_set_snapshot_text): every value comes back as it was, odd ones too, and the
 * text is the one GVariant prints, so rows written before read the same. */

#include "config.h"

#include <string.h>

#include "kinerja/kn-evaluation.h"

typedef struct
{
  const char *what;
  const char *pairs[12];   /* key, value, …, NULL */
} Case;

static const Case cases[] = {
  { "plain", { KN_SNAPSHOT_NAME, "Siti Rahmawati, S.Pd.", KN_SNAPSHOT_NIP, "198503122010012004",
               KN_SNAPSHOT_RANK, "Penata Muda, III/a", NULL } },
  { "quotes", { KN_SNAPSHOT_NAME, "Ma'ruf \"Amin\"", KN_SNAPSHOT_UNIT, "'", NULL } },
  { "backslash", { KN_SNAPSHOT_POSITION, "Analis\\Kebijakan \\n", NULL } },
  { "newlines", { KN_SNAPSHOT_NAME, "baris satu\nbaris dua\r\n\tdan tab", NULL } },
  { "non-ASCII", { KN_SNAPSHOT_NAME, "Ñoño Süß — Dinas › Bidang ✓ 😀", KN_SNAPSHOT_UNIT,
                   "Pendidikan · Kebudayaan", NULL } },
  { "empty value", { KN_SNAPSHOT_NAME, "", KN_SNAPSHOT_NIP, "", NULL } },
  { "odd key", { "kunci 'aneh'\n", "nilai", NULL } },
  { "control characters", { KN_SNAPSHOT_NAME, "a\001b\177c", NULL } },
};

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* What g_variant_print makes of @c's pairs, keys sorted. */
static char *
printed (const Case *c)
{
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  GVariantBuilder builder;

  for (guint i = 0; c->pairs[i] != NULL; i += 2)
    g_ptr_array_add (keys, (gpointer) c->pairs[i]);
  g_ptr_array_sort (keys, compare_strings);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  for (guint i = 0; i < keys->len; i++)
    for (guint j = 0; c->pairs[j] != NULL; j += 2)
      if (c->pairs[j] == g_ptr_array_index (keys, i))
        g_variant_builder_add (&builder, "{ss}", c->pairs[j], c->pairs[j + 1]);
  variant = g_variant_ref_sink (g_variant_builder_end (&builder));
  return g_variant_print (variant, FALSE);
}

static void
test_round_trip (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(KnEvaluation) written = kn_evaluation_new (7, "2026-TW1");
  g_autoptr(KnEvaluation) read = kn_evaluation_new (7, "2026-TW1");
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  g_autofree char *expected = NULL;

  for (guint i = 0; c->pairs[i] != NULL; i += 2)
    kn_evaluation_set_snapshot (written, c->pairs[i], c->pairs[i + 1]);

  text = kn_evaluation_dup_snapshot_text (written);
  g_assert_nonnull (text);
  expected = printed (c);
  g_assert_cmpstr (text, ==, expected);

  g_assert_true (kn_evaluation_set_snapshot_text (read, text));
  for (guint i = 0; c->pairs[i] != NULL; i += 2)
    g_assert_cmpstr (kn_evaluation_get_snapshot (read, c->pairs[i]), ==, c->pairs[i + 1]);
  g_assert_true (kn_evaluation_equal (written, read));

  /* Written again from what was read: the same text. */
  again = kn_evaluation_dup_snapshot_text (read);
  g_assert_cmpstr (again, ==, text);
}

static void
test_empty (void)
{
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (7, "2026-TW1");
  g_autoptr(KnEvaluation) read = kn_evaluation_new (7, "2026-TW1");
  g_autofree char *text = kn_evaluation_dup_snapshot_text (evaluation);

  g_assert_nonnull (text);
  g_assert_true (kn_evaluation_set_snapshot_text (read, text));
  g_assert_null (kn_evaluation_get_snapshot (read, KN_SNAPSHOT_NAME));
  g_assert_true (kn_evaluation_equal (evaluation, read));
  g_assert_true (kn_evaluation_set_snapshot_text (read, ""));
  g_assert_true (kn_evaluation_set_snapshot_text (read, NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/snapshot-text/round-trip/%s", cases[i].what);

      g_test_add_data_func (path, &cases[i], test_round_trip);
    }
  g_test_add_func ("/snapshot-text/empty", test_empty);

  return g_test_run ();
}
