/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the status and jenis jabatan enumerations and the PNS and PPPK rank tables. */

#include "config.h"

#include <glib.h>
#include <glib-object.h>

#include "kinerja/kn-enums.h"
#include "kinerja/kn-rank.h"

static const struct
{
  KnEmployeeStatus status;
  const char      *value_name;
  const char      *nick;
  const char      *label;
} statuses[] = {
  { KN_EMPLOYEE_STATUS_PNS, "KN_EMPLOYEE_STATUS_PNS", "pns", "PNS" },
  { KN_EMPLOYEE_STATUS_PPPK, "KN_EMPLOYEE_STATUS_PPPK", "pppk", "PPPK" },
  { KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU, "KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU",
    "pppk-paruh-waktu", "PPPK Paruh Waktu" },
};

static const struct
{
  KnPositionKind kind;
  const char    *value_name;
  const char    *nick;
  const char    *label;
  gboolean       jpt;
  gboolean       fungsional;
} positions[] = {
  { KN_POSITION_JPT_UTAMA, "KN_POSITION_JPT_UTAMA", "jpt-utama", "JPT Utama", TRUE, FALSE },
  { KN_POSITION_JPT_MADYA, "KN_POSITION_JPT_MADYA", "jpt-madya", "JPT Madya", TRUE, FALSE },
  { KN_POSITION_JPT_PRATAMA, "KN_POSITION_JPT_PRATAMA", "jpt-pratama", "JPT Pratama",
    TRUE, FALSE },
  { KN_POSITION_ADMINISTRATOR, "KN_POSITION_ADMINISTRATOR", "administrator", "Administrator",
    FALSE, FALSE },
  { KN_POSITION_PENGAWAS, "KN_POSITION_PENGAWAS", "pengawas", "Pengawas", FALSE, FALSE },
  { KN_POSITION_PELAKSANA, "KN_POSITION_PELAKSANA", "pelaksana", "Pelaksana", FALSE, FALSE },
  { KN_POSITION_AHLI_PERTAMA, "KN_POSITION_AHLI_PERTAMA", "ahli-pertama",
    "Fungsional Ahli Pertama", FALSE, TRUE },
  { KN_POSITION_AHLI_MUDA, "KN_POSITION_AHLI_MUDA", "ahli-muda", "Fungsional Ahli Muda",
    FALSE, TRUE },
  { KN_POSITION_AHLI_MADYA, "KN_POSITION_AHLI_MADYA", "ahli-madya", "Fungsional Ahli Madya",
    FALSE, TRUE },
  { KN_POSITION_AHLI_UTAMA, "KN_POSITION_AHLI_UTAMA", "ahli-utama", "Fungsional Ahli Utama",
    FALSE, TRUE },
  { KN_POSITION_PEMULA, "KN_POSITION_PEMULA", "pemula", "Fungsional Pemula", FALSE, TRUE },
  { KN_POSITION_TERAMPIL, "KN_POSITION_TERAMPIL", "terampil", "Fungsional Terampil",
    FALSE, TRUE },
  { KN_POSITION_MAHIR, "KN_POSITION_MAHIR", "mahir", "Fungsional Mahir", FALSE, TRUE },
  { KN_POSITION_PENYELIA, "KN_POSITION_PENYELIA", "penyelia", "Fungsional Penyelia",
    FALSE, TRUE },
};

static const char *const unknown_names[] = {
  "", "PNS", "Pns", "pppk_paruh_waktu", "pppk paruh waktu", "honorer", "jpt", "ahli",
  "KN_POSITION_AHLI_MUDA", "ahli-muda ", "fungsional",
};

static const struct
{
  const char *code;
  const char *name;
} pns_expected[] = {
  { "I/a", "Juru Muda" },
  { "I/b", "Juru Muda Tk. I" },
  { "I/c", "Juru" },
  { "I/d", "Juru Tk. I" },
  { "II/a", "Pengatur Muda" },
  { "II/b", "Pengatur Muda Tk. I" },
  { "II/c", "Pengatur" },
  { "II/d", "Pengatur Tk. I" },
  { "III/a", "Penata Muda" },
  { "III/b", "Penata Muda Tk. I" },
  { "III/c", "Penata" },
  { "III/d", "Penata Tk. I" },
  { "IV/a", "Pembina" },
  { "IV/b", "Pembina Tk. I" },
  { "IV/c", "Pembina Utama Muda" },
  { "IV/d", "Pembina Utama Madya" },
  { "IV/e", "Pembina Utama" },
};

static const char *const pppk_expected[] = {
  "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
  "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
};

static void
test_status_type (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (KN_TYPE_EMPLOYEE_STATUS);

  g_assert_true (G_TYPE_IS_ENUM (KN_TYPE_EMPLOYEE_STATUS));
  g_assert_cmpstr (g_type_name (KN_TYPE_EMPLOYEE_STATUS), ==, "KnEmployeeStatus");
  g_assert_cmpuint (klass->n_values, ==, G_N_ELEMENTS (statuses));
  g_assert_cmpuint (KN_EMPLOYEE_STATUS_N, ==, G_N_ELEMENTS (statuses));

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      GEnumValue *value = g_enum_get_value (klass, statuses[i].status);

      g_assert_nonnull (value);
      g_assert_cmpstr (value->value_name, ==, statuses[i].value_name);
      g_assert_cmpstr (value->value_nick, ==, statuses[i].nick);
    }
}

static void
test_status_round_trip (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      KnEmployeeStatus parsed = KN_EMPLOYEE_STATUS_N;
      const char *nick = kn_employee_status_to_string (statuses[i].status);

      g_assert_cmpstr (nick, ==, statuses[i].nick);
      g_assert_true (kn_employee_status_from_string (statuses[i].nick, &parsed));
      g_assert_cmpint (parsed, ==, statuses[i].status);
      g_assert_true (kn_employee_status_from_string (statuses[i].nick, NULL));
    }
}

static void
test_status_unknown (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (unknown_names); i++)
    {
      KnEmployeeStatus parsed = KN_EMPLOYEE_STATUS_PPPK;

      g_assert_false (kn_employee_status_from_string (unknown_names[i], &parsed));
      g_assert_cmpint (parsed, ==, KN_EMPLOYEE_STATUS_PPPK);
    }

  g_assert_false (kn_employee_status_from_string (NULL, NULL));
  g_assert_false (kn_employee_status_from_string ("ahli-muda", NULL));
}

static void
test_status_label (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    g_assert_cmpstr (kn_employee_status_label (statuses[i].status), ==, statuses[i].label);
}

static void
test_position_type (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (KN_TYPE_POSITION_KIND);

  g_assert_true (G_TYPE_IS_ENUM (KN_TYPE_POSITION_KIND));
  g_assert_cmpstr (g_type_name (KN_TYPE_POSITION_KIND), ==, "KnPositionKind");
  g_assert_cmpuint (klass->n_values, ==, G_N_ELEMENTS (positions));
  g_assert_cmpuint (KN_POSITION_N, ==, G_N_ELEMENTS (positions));

  for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
    {
      GEnumValue *value = g_enum_get_value (klass, positions[i].kind);

      g_assert_nonnull (value);
      g_assert_cmpstr (value->value_name, ==, positions[i].value_name);
      g_assert_cmpstr (value->value_nick, ==, positions[i].nick);
    }
}

static void
test_position_round_trip (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
    {
      KnPositionKind parsed = KN_POSITION_N;
      const char *nick = kn_position_kind_to_string (positions[i].kind);

      g_assert_cmpstr (nick, ==, positions[i].nick);
      g_assert_true (kn_position_kind_from_string (positions[i].nick, &parsed));
      g_assert_cmpint (parsed, ==, positions[i].kind);
    }
}

static void
test_position_unknown (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (unknown_names); i++)
    {
      KnPositionKind parsed = KN_POSITION_MAHIR;

      g_assert_false (kn_position_kind_from_string (unknown_names[i], &parsed));
      g_assert_cmpint (parsed, ==, KN_POSITION_MAHIR);
    }

  g_assert_false (kn_position_kind_from_string (NULL, NULL));
  g_assert_false (kn_position_kind_from_string ("pns", NULL));
}

static void
test_position_label (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
    g_assert_cmpstr (kn_position_kind_label (positions[i].kind), ==, positions[i].label);
}

static void
test_position_groups (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
    {
      g_assert_cmpint (kn_position_kind_is_jpt (positions[i].kind), ==, positions[i].jpt);
      g_assert_cmpint (kn_position_kind_is_fungsional (positions[i].kind), ==,
                       positions[i].fungsional);
    }
}

static void
test_invalid_value (void)
{
  g_test_expect_message ("kn-enums", G_LOG_LEVEL_CRITICAL, "*status*");
  g_assert_null (kn_employee_status_to_string (KN_EMPLOYEE_STATUS_N));
  g_test_assert_expected_messages ();

  g_test_expect_message ("kn-enums", G_LOG_LEVEL_CRITICAL, "*kind*");
  g_assert_null (kn_position_kind_to_string ((KnPositionKind) 99));
  g_test_assert_expected_messages ();
}

static void
test_rank_pns_list (void)
{
  guint n_ranks = 0;
  const KnRank *ranks = kn_rank_list (KN_EMPLOYEE_STATUS_PNS, &n_ranks);

  g_assert_nonnull (ranks);
  g_assert_cmpuint (n_ranks, ==, 17);
  g_assert_cmpuint (n_ranks, ==, G_N_ELEMENTS (pns_expected));

  for (guint i = 0; i < n_ranks; i++)
    {
      g_assert_cmpstr (ranks[i].code, ==, pns_expected[i].code);
      g_assert_cmpstr (ranks[i].name, ==, pns_expected[i].name);
      g_assert_cmpuint (ranks[i].order, ==, i + 1);
    }
}

static void
test_rank_pppk_list (void)
{
  KnEmployeeStatus pppk_statuses[] = {
    KN_EMPLOYEE_STATUS_PPPK,
    KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU,
  };

  for (guint s = 0; s < G_N_ELEMENTS (pppk_statuses); s++)
    {
      guint n_ranks = 0;
      const KnRank *ranks = kn_rank_list (pppk_statuses[s], &n_ranks);

      g_assert_nonnull (ranks);
      g_assert_cmpuint (n_ranks, ==, 17);
      g_assert_cmpuint (n_ranks, ==, G_N_ELEMENTS (pppk_expected));

      for (guint i = 0; i < n_ranks; i++)
        {
          g_assert_cmpstr (ranks[i].code, ==, pppk_expected[i]);
          g_assert_null (ranks[i].name);
          g_assert_cmpuint (ranks[i].order, ==, i + 1);
        }
    }

  g_assert_nonnull (kn_rank_list (KN_EMPLOYEE_STATUS_PPPK, NULL));
}

static void
test_rank_list_invalid_status (void)
{
  guint n_ranks = 42;

  g_test_expect_message ("kn-rank", G_LOG_LEVEL_CRITICAL, "*status*");
  g_assert_null (kn_rank_list (KN_EMPLOYEE_STATUS_N, &n_ranks));
  g_test_assert_expected_messages ();
  g_assert_cmpuint (n_ranks, ==, 0);
}

static void
test_rank_lookup (void)
{
  const KnRank *rank;

  rank = kn_rank_lookup (KN_EMPLOYEE_STATUS_PNS, "III/a");
  g_assert_nonnull (rank);
  g_assert_cmpstr (rank->code, ==, "III/a");
  g_assert_cmpstr (rank->name, ==, "Penata Muda");
  g_assert_cmpuint (rank->order, ==, 9);

  rank = kn_rank_lookup (KN_EMPLOYEE_STATUS_PNS, "IV/e");
  g_assert_nonnull (rank);
  g_assert_cmpstr (rank->name, ==, "Pembina Utama");
  g_assert_cmpuint (rank->order, ==, 17);

  rank = kn_rank_lookup (KN_EMPLOYEE_STATUS_PNS, "I/a");
  g_assert_nonnull (rank);
  g_assert_cmpstr (rank->name, ==, "Juru Muda");
  g_assert_cmpuint (rank->order, ==, 1);

  /* Case-insensitive, but always the canonical entry. */
  rank = kn_rank_lookup (KN_EMPLOYEE_STATUS_PNS, "iii/A");
  g_assert_nonnull (rank);
  g_assert_cmpstr (rank->code, ==, "III/a");
  rank = kn_rank_lookup (KN_EMPLOYEE_STATUS_PNS, "II/D");
  g_assert_nonnull (rank);
  g_assert_cmpstr (rank->code, ==, "II/d");
  g_assert_cmpstr (rank->name, ==, "Pengatur Tk. I");

  rank = kn_rank_lookup (KN_EMPLOYEE_STATUS_PPPK, "IX");
  g_assert_nonnull (rank);
  g_assert_cmpstr (rank->code, ==, "IX");
  g_assert_null (rank->name);
  g_assert_cmpuint (rank->order, ==, 9);

  rank = kn_rank_lookup (KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU, "xvii");
  g_assert_nonnull (rank);
  g_assert_cmpstr (rank->code, ==, "XVII");
  g_assert_cmpuint (rank->order, ==, 17);

  rank = kn_rank_lookup (KN_EMPLOYEE_STATUS_PPPK, "I");
  g_assert_nonnull (rank);
  g_assert_cmpuint (rank->order, ==, 1);

  g_assert_null (kn_rank_lookup (KN_EMPLOYEE_STATUS_PNS, "IX"));
  g_assert_null (kn_rank_lookup (KN_EMPLOYEE_STATUS_PNS, "I"));
  g_assert_null (kn_rank_lookup (KN_EMPLOYEE_STATUS_PPPK, "III/a"));
  g_assert_null (kn_rank_lookup (KN_EMPLOYEE_STATUS_PNS, "III/f"));
  g_assert_null (kn_rank_lookup (KN_EMPLOYEE_STATUS_PNS, "V/a"));
  g_assert_null (kn_rank_lookup (KN_EMPLOYEE_STATUS_PNS, "III/a "));
  g_assert_null (kn_rank_lookup (KN_EMPLOYEE_STATUS_PPPK, "XVIII"));
  g_assert_null (kn_rank_lookup (KN_EMPLOYEE_STATUS_PPPK, "9"));
  g_assert_null (kn_rank_lookup (KN_EMPLOYEE_STATUS_PNS, ""));
  g_assert_null (kn_rank_lookup (KN_EMPLOYEE_STATUS_PNS, NULL));
}

static void
test_rank_format (void)
{
  static const struct
  {
    KnEmployeeStatus status;
    const char      *code;
    const char      *expected;
  } cases[] = {
    { KN_EMPLOYEE_STATUS_PNS, "III/a", "Penata Muda, III/a" },
    { KN_EMPLOYEE_STATUS_PNS, "I/b", "Juru Muda Tk. I, I/b" },
    { KN_EMPLOYEE_STATUS_PNS, "IV/e", "Pembina Utama, IV/e" },
    { KN_EMPLOYEE_STATUS_PNS, "iv/c", "Pembina Utama Muda, IV/c" },
    { KN_EMPLOYEE_STATUS_PPPK, "IX", "Golongan IX" },
    { KN_EMPLOYEE_STATUS_PPPK, "v", "Golongan V" },
    { KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU, "XVII", "Golongan XVII" },
    { KN_EMPLOYEE_STATUS_PNS, "III/z", "III/z" },
    { KN_EMPLOYEE_STATUS_PNS, "IX", "IX" },
    { KN_EMPLOYEE_STATUS_PPPK, "III/a", "III/a" },
    { KN_EMPLOYEE_STATUS_PPPK, "", "" },
    { KN_EMPLOYEE_STATUS_PNS, NULL, "" },
    { KN_EMPLOYEE_STATUS_PPPK, NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = kn_rank_format (cases[i].status, cases[i].code);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/enums/employee-status/type", test_status_type);
  g_test_add_func ("/enums/employee-status/round-trip", test_status_round_trip);
  g_test_add_func ("/enums/employee-status/unknown", test_status_unknown);
  g_test_add_func ("/enums/employee-status/label", test_status_label);
  g_test_add_func ("/enums/position-kind/type", test_position_type);
  g_test_add_func ("/enums/position-kind/round-trip", test_position_round_trip);
  g_test_add_func ("/enums/position-kind/unknown", test_position_unknown);
  g_test_add_func ("/enums/position-kind/label", test_position_label);
  g_test_add_func ("/enums/position-kind/groups", test_position_groups);
  g_test_add_func ("/enums/invalid-value", test_invalid_value);
  g_test_add_func ("/rank/pns/list", test_rank_pns_list);
  g_test_add_func ("/rank/pppk/list", test_rank_pppk_list);
  g_test_add_func ("/rank/list/invalid-status", test_rank_list_invalid_status);
  g_test_add_func ("/rank/lookup", test_rank_lookup);
  g_test_add_func ("/rank/format", test_rank_format);

  return g_test_run ();
}
