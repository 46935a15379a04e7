/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the SKP model: its enumerations, the IKI, the RHK and the plan itself. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>
#include <gio/gio.h>

#include "kinerja/kn-indicator.h"
#include "kinerja/kn-plan-enums.h"
#include "kinerja/kn-plan-result.h"
#include "kinerja/kn-plan.h"

typedef const char *(*ToStringFunc)   (int         value);
typedef gboolean    (*FromStringFunc) (const char *text,
                                       int        *value);
typedef const char *(*LabelFunc)      (int         value);

typedef struct
{
  const char          *name;
  ToStringFunc         to_string;
  FromStringFunc       from_string;
  LabelFunc            label;
  int                  n_values;
  int                  none_value;   /* -1 when the enumeration has no NONE value */
  const char * const  *nicks;
  const char * const  *labels;
} EnumCase;

static const char * const status_nicks[] = { "draft", "diajukan", "disetujui", "dikembalikan" };
static const char * const status_labels[] = { "Draft", "Submitted", "Approved", "Returned" };
static const char * const approach_nicks[] = { "kuantitatif", "kualitatif" };
static const char * const approach_labels[] = { "Quantitative", "Qualitative" };
static const char * const kind_nicks[] = { "utama", "tambahan" };
static const char * const kind_labels[] = { "Main", "Additional" };
static const char * const aspect_nicks[] = { "", "kuantitas", "kualitas", "waktu", "biaya" };
static const char * const aspect_labels[] = { "", "Kuantitas", "Kualitas", "Waktu", "Biaya" };
static const char * const perspective_nicks[] = {
  "", "penerima-layanan", "proses-bisnis", "penguatan-internal", "anggaran",
};
static const char * const perspective_labels[] = {
  "", "Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran",
};
static const char * const direction_nicks[] = { "more", "less" };
static const char * const direction_labels[] = { "More is better", "Less is better" };
static const char * const core_value_nicks[] = {
  "berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif",
  "kolaboratif",
};
static const char * const core_value_labels[] = {
  "Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif",
  "Kolaboratif",
};
static const char * const attachment_nicks[] = {
  "dukungan-sumber-daya", "skema-pertanggungjawaban", "konsekuensi",
};
static const char * const attachment_labels[] = {
  "Dukungan Sumber Daya", "Skema Pertanggungjawaban", "Konsekuensi",
};

/* Each enumeration seen through int, so one table drives the tests of all of them. The
 * from_string wrapper passes the caller's value in, so an untouched output stays visible. */
#define ENUM_WRAPPERS(prefix, Type) \
  static const char * \
  prefix##_to_string_int (int value) \
  { \
    return prefix##_to_string ((Type) value); \
  } \
  static gboolean \
  prefix##_from_string_int (const char *text, \
                            int        *value) \
  { \
    Type parsed; \
    gboolean ok; \
    if (value == NULL) \
      return prefix##_from_string (text, NULL); \
    parsed = (Type) *value; \
    ok = prefix##_from_string (text, &parsed); \
    *value = (int) parsed; \
    return ok; \
  } \
  static const char * \
  prefix##_label_int (int value) \
  { \
    return prefix##_label ((Type) value); \
  }

ENUM_WRAPPERS (kn_plan_status, KnPlanStatus)
ENUM_WRAPPERS (kn_plan_approach, KnPlanApproach)
ENUM_WRAPPERS (kn_result_kind, KnResultKind)
ENUM_WRAPPERS (kn_aspect, KnAspect)
ENUM_WRAPPERS (kn_perspective, KnPerspective)
ENUM_WRAPPERS (kn_direction, KnDirection)
ENUM_WRAPPERS (kn_core_value, KnCoreValue)
ENUM_WRAPPERS (kn_attachment_section, KnAttachmentSection)

#define ENUM_CASE(name, prefix, n, none, nicks, labels) \
  { name, prefix##_to_string_int, prefix##_from_string_int, prefix##_label_int, \
    n, none, nicks, labels }

static const EnumCase enum_cases[] = {
  ENUM_CASE ("status", kn_plan_status, KN_PLAN_STATUS_N, -1, status_nicks, status_labels),
  ENUM_CASE ("approach", kn_plan_approach, KN_PLAN_APPROACH_N, -1,
             approach_nicks, approach_labels),
  ENUM_CASE ("kind", kn_result_kind, KN_RESULT_KIND_N, -1, kind_nicks, kind_labels),
  ENUM_CASE ("aspect", kn_aspect, KN_ASPECT_N, KN_ASPECT_NONE, aspect_nicks, aspect_labels),
  ENUM_CASE ("perspective", kn_perspective, KN_PERSPECTIVE_N, KN_PERSPECTIVE_NONE,
             perspective_nicks, perspective_labels),
  ENUM_CASE ("direction", kn_direction, KN_DIRECTION_N, -1, direction_nicks, direction_labels),
  ENUM_CASE ("core-value", kn_core_value, KN_CORE_VALUE_N, -1,
             core_value_nicks, core_value_labels),
  ENUM_CASE ("attachment", kn_attachment_section, KN_ATTACHMENT_N, -1,
             attachment_nicks, attachment_labels),
};

static const char * const unknown_names[] = {
  "none", "Draft", "DRAFT", "draft ", " draft", "submitted", "approved", "returned",
  "Kuantitas", "quantitative", "main", "penerima_layanan", "Penerima Layanan", "more-is-better",
  "Berorientasi Pelayanan", "berorientasi_pelayanan", "lampiran", "0", "1", "kn-aspect-waktu",
};

/* Records the names of the properties notified, to compare them sorted and joined by ','. */
static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              GPtrArray  *names)
{
  g_ptr_array_add (names, g_strdup (pspec->name));
}

static GPtrArray *
watch_notify (gpointer object)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  g_signal_connect (object, "notify", G_CALLBACK (on_notify_cb), names);
  return names;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
take_notified (GPtrArray *names)
{
  GString *joined = g_string_new (NULL);

  g_ptr_array_sort (names, compare_strings);
  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append_c (joined, ',');
      g_string_append (joined, g_ptr_array_index (names, i));
    }
  g_ptr_array_set_size (names, 0);

  return g_string_free (joined, FALSE);
}

#define assert_notified(names, expected) \
  G_STMT_START { \
    g_autofree char *_notified = take_notified (names); \
    g_assert_cmpstr (_notified, ==, expected); \
  } G_STMT_END

static void
test_enum_round_trip (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (enum_cases); c++)
    {
      const EnumCase *ec = &enum_cases[c];

      for (int v = 0; v < ec->n_values; v++)
        {
          const char *nick = ec->to_string (v);
          int parsed = -1;

          g_test_message ("%s %d", ec->name, v);
          g_assert_cmpstr (nick, ==, ec->nicks[v]);
          g_assert_true (ec->from_string (nick, &parsed));
          g_assert_cmpint (parsed, ==, v);
          g_assert_true (ec->from_string (nick, NULL));
        }
    }
}

static void
test_enum_unknown (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (enum_cases); c++)
    {
      const EnumCase *ec = &enum_cases[c];
      int parsed = 12345;

      g_test_message ("%s", ec->name);
      g_assert_false (ec->from_string (NULL, &parsed));
      if (ec->none_value < 0)
        g_assert_false (ec->from_string ("", &parsed));
      for (guint i = 0; i < G_N_ELEMENTS (unknown_names); i++)
        g_assert_false (ec->from_string (unknown_names[i], &parsed));
      g_assert_cmpint (parsed, ==, 12345);
    }
}

static void
test_enum_gtype (void)
{
  static const struct
  {
    const char *type_name;
    guint       n_values;
  } types[] = {
    { "KnPlanStatus", KN_PLAN_STATUS_N },
    { "KnPlanApproach", KN_PLAN_APPROACH_N },
    { "KnResultKind", KN_RESULT_KIND_N },
    { "KnAspect", KN_ASPECT_N },
    { "KnPerspective", KN_PERSPECTIVE_N },
    { "KnDirection", KN_DIRECTION_N },
    { "KnCoreValue", KN_CORE_VALUE_N },
  };
  const GType gtypes[] = {
    KN_TYPE_PLAN_STATUS, KN_TYPE_PLAN_APPROACH, KN_TYPE_RESULT_KIND, KN_TYPE_ASPECT,
    KN_TYPE_PERSPECTIVE, KN_TYPE_DIRECTION, KN_TYPE_CORE_VALUE,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (types) == G_N_ELEMENTS (gtypes));

  for (guint i = 0; i < G_N_ELEMENTS (gtypes); i++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (gtypes[i]);

      g_assert_true (G_TYPE_IS_ENUM (gtypes[i]));
      g_assert_cmpstr (g_type_name (gtypes[i]), ==, types[i].type_name);
      g_assert_cmpuint (klass->n_values, ==, types[i].n_values);
    }
}

static void
test_enum_labels (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (enum_cases); c++)
    {
      const EnumCase *ec = &enum_cases[c];

      for (int v = 0; v < ec->n_values; v++)
        {
          const char *label = ec->label (v);

          g_test_message ("%s %d", ec->name, v);
          g_assert_nonnull (label);
          if (v == ec->none_value)
            g_assert_cmpstr (label, ==, "");
          else
            g_assert_cmpuint (strlen (label), >, 0);
          g_assert_cmpstr (label, ==, ec->labels[v]);
        }
    }
}

static void
test_enum_guides (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (int v = 0; v < KN_CORE_VALUE_N; v++)
    {
      for (guint i = 0; i < 3; i++)
        {
          const char *guide = kn_core_value_guide (v, i);

          g_assert_nonnull (guide);
          g_assert_cmpuint (strlen (guide), >, 0);
          g_assert_false (g_hash_table_contains (seen, guide));
          g_hash_table_add (seen, (gpointer) guide);
        }
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 21);

  g_assert_cmpstr (kn_core_value_guide (KN_CORE_VALUE_BERORIENTASI_PELAYANAN, 0), ==,
                   "Understands and meets the needs of the public");
  g_assert_cmpstr (kn_core_value_guide (KN_CORE_VALUE_BERORIENTASI_PELAYANAN, 1), ==,
                   "Is friendly, quick, solution-minded and dependable");
  g_assert_cmpstr (kn_core_value_guide (KN_CORE_VALUE_BERORIENTASI_PELAYANAN, 2), ==,
                   "Keeps improving without end");

  g_test_expect_message ("kn-plan-enums", G_LOG_LEVEL_CRITICAL, "*index*");
  g_assert_null (kn_core_value_guide (KN_CORE_VALUE_LOYAL, 3));
  g_test_assert_expected_messages ();
}

static void
test_status_can_change (void)
{
  /* Rows: from; columns: to; in the order draft, diajukan, disetujui, dikembalikan. */
  static const gboolean allowed[KN_PLAN_STATUS_N][KN_PLAN_STATUS_N] = {
    /* draft */        { FALSE, TRUE,  FALSE, FALSE },
    /* diajukan */     { TRUE,  FALSE, TRUE,  TRUE  },
    /* disetujui */    { TRUE,  FALSE, FALSE, FALSE },
    /* dikembalikan */ { FALSE, TRUE,  FALSE, FALSE },
  };

  for (int from = 0; from < KN_PLAN_STATUS_N; from++)
    {
      for (int to = 0; to < KN_PLAN_STATUS_N; to++)
        {
          g_test_message ("%s → %s",
                          kn_plan_status_to_string (from), kn_plan_status_to_string (to));
          g_assert_cmpint (kn_plan_status_can_change (from, to), ==, allowed[from][to]);
        }
    }
}

static void
test_status_is_editable (void)
{
  g_assert_true (kn_plan_status_is_editable (KN_PLAN_STATUS_DRAFT));
  g_assert_false (kn_plan_status_is_editable (KN_PLAN_STATUS_SUBMITTED));
  g_assert_false (kn_plan_status_is_editable (KN_PLAN_STATUS_APPROVED));
  g_assert_true (kn_plan_status_is_editable (KN_PLAN_STATUS_RETURNED));
}

static KnIndicator *
indicator_new_full (gint64      id,
                    const char *text,
                    double      value,
                    const char *unit)
{
  KnIndicator *indicator = kn_indicator_new ();

  kn_indicator_set_id (indicator, id);
  kn_indicator_set_aspect (indicator, KN_ASPECT_KUANTITAS);
  kn_indicator_set_text (indicator, text);
  kn_indicator_set_target_value (indicator, value);
  kn_indicator_set_target_unit (indicator, unit);

  return indicator;
}

static void
test_indicator_defaults (void)
{
  g_autoptr(KnIndicator) indicator = kn_indicator_new ();
  g_autofree char *label = NULL;

  g_assert_cmpint (kn_indicator_get_id (indicator), ==, 0);
  g_assert_cmpint (kn_indicator_get_aspect (indicator), ==, KN_ASPECT_NONE);
  g_assert_cmpint (kn_indicator_get_perspective (indicator), ==, KN_PERSPECTIVE_NONE);
  g_assert_cmpstr (kn_indicator_get_text (indicator), ==, "");
  g_assert_false (kn_indicator_get_has_target_value (indicator));
  g_assert_cmpfloat (kn_indicator_get_target_value (indicator), ==, 0);
  g_assert_null (kn_indicator_get_target_unit (indicator));
  g_assert_null (kn_indicator_get_target_text (indicator));
  g_assert_cmpint (kn_indicator_get_direction (indicator), ==, KN_DIRECTION_MORE_IS_BETTER);
  label = kn_indicator_dup_target_label (indicator);
  g_assert_cmpstr (label, ==, "");
}

static void
assert_target_label (double      value,
                     const char *unit,
                     const char *expected)
{
  g_autoptr(KnIndicator) indicator = kn_indicator_new ();
  g_autofree char *label = NULL;
  g_autofree char *property = NULL;

  kn_indicator_set_target_value (indicator, value);
  kn_indicator_set_target_unit (indicator, unit);
  label = kn_indicator_dup_target_label (indicator);
  g_object_get (indicator, "target-label", &property, NULL);

  g_assert_cmpstr (label, ==, expected);
  g_assert_cmpstr (property, ==, expected);
}

static void
test_indicator_target_label (void)
{
  g_autoptr(KnIndicator) indicator = kn_indicator_new ();
  g_autofree char *sentence = NULL;
  g_autofree char *number = NULL;
  g_autofree char *cleared = NULL;

  /* The C locale groups no digits. */
  assert_target_label (12, "dokumen", "12 dokumen");
  assert_target_label (12.5, "%", "12.5 %");
  assert_target_label (1500000, "rupiah", "1500000 rupiah");
  assert_target_label (100, "%", "100 %");
  assert_target_label (3, NULL, "3");
  assert_target_label (3, "", "3");
  assert_target_label (0, "hari", "0 hari");
  assert_target_label (2.25, "jam", "2.25 jam");
  assert_target_label (10.10, "kali", "10.1 kali");
  assert_target_label (1.0 / 3.0, NULL, "0.33");
  assert_target_label (12.004, NULL, "12");
  assert_target_label (12.499, NULL, "12.5");
  assert_target_label (-0.001, NULL, "0");
  assert_target_label (-2.5, "%", "-2.5 %");

  kn_indicator_set_target_text (indicator, "Kurikulum disahkan tepat waktu");
  sentence = kn_indicator_dup_target_label (indicator);
  g_assert_cmpstr (sentence, ==, "Kurikulum disahkan tepat waktu");

  /* A numeric target wins over the sentence. */
  kn_indicator_set_target_value (indicator, 4);
  kn_indicator_set_target_unit (indicator, "laporan");
  number = kn_indicator_dup_target_label (indicator);
  g_assert_cmpstr (number, ==, "4 laporan");

  kn_indicator_clear_target_value (indicator);
  g_assert_false (kn_indicator_get_has_target_value (indicator));
  g_assert_cmpfloat (kn_indicator_get_target_value (indicator), ==, 0);
  cleared = kn_indicator_dup_target_label (indicator);
  g_assert_cmpstr (cleared, ==, "Kurikulum disahkan tepat waktu");
}

static char *
period_target_label (KnAspect    aspect,
                     double      value,
                     const char *unit,
                     const char *period_text)
{
  g_autoptr(KnIndicator) indicator = kn_indicator_new ();
  KnPeriod period;

  kn_indicator_set_aspect (indicator, aspect);
  kn_indicator_set_target_value (indicator, value);
  kn_indicator_set_target_unit (indicator, unit);
  g_assert_true (kn_period_parse (period_text, &period, NULL));
  return kn_indicator_dup_period_target_label (indicator, &period);
}

/* The part of a count's target due by the end of a period: what the realisation dialog shows
 * beside the target, and what the capaian is measured against. */
static void
test_indicator_period_target_label (void)
{
  g_autoptr(KnIndicator) words = kn_indicator_new ();
  KnPeriod period;
  struct {
    KnAspect aspect;
    double value;
    const char *unit;
    const char *period;
    const char *expected;
  } cases[] = {
    { KN_ASPECT_KUANTITAS, 26, "kegiatan", "2026-TW1", "6.5 kegiatan" },
    { KN_ASPECT_KUANTITAS, 26, "kegiatan", "2026-TW2", "13 kegiatan" },
    { KN_ASPECT_KUANTITAS, 24, "laporan", "2026-03", "6 laporan" },
    { KN_ASPECT_BIAYA, 1000, NULL, "2026-TW3", "750" },
    /* The whole year's target: nothing to add. */
    { KN_ASPECT_KUANTITAS, 26, "kegiatan", "2026-TW4", NULL },
    { KN_ASPECT_KUANTITAS, 26, "kegiatan", "2026-AKHIR", NULL },
    /* A level or a rate is due whole in every period. */
    { KN_ASPECT_KUALITAS, 90, "nilai", "2026-TW1", NULL },
    { KN_ASPECT_KUANTITAS, 100, "%", "2026-TW1", NULL },
    { KN_ASPECT_WAKTU, 12, "hari", "2026-TW2", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *label = period_target_label (cases[i].aspect, cases[i].value,
                                                    cases[i].unit, cases[i].period);

      g_test_message ("case %u: %s", i, cases[i].period);
      g_assert_cmpstr (label, ==, cases[i].expected);
    }

  kn_indicator_set_aspect (words, KN_ASPECT_KUANTITAS);
  kn_indicator_set_target_text (words, "Kurikulum disahkan");
  g_assert_true (kn_period_parse ("2026-TW1", &period, NULL));
  g_assert_null (kn_indicator_dup_period_target_label (words, &period));
}

static void
test_indicator_target_label_indonesian (void)
{
  g_autofree char *saved = NULL;
  gboolean available;

  if (g_test_subprocess ())
    {
      g_assert_nonnull (setlocale (LC_ALL, "id_ID.UTF-8"));

      assert_target_label (12, "dokumen", "12 dokumen");
      assert_target_label (12.5, "%", "12,5 %");
      assert_target_label (1500000, "rupiah", "1.500.000 rupiah");
      assert_target_label (1234.56, "rupiah", "1.234,56 rupiah");
      assert_target_label (1000, NULL, "1.000");
      assert_target_label (0.5, "hari", "0,5 hari");
      return;
    }

  saved = g_strdup (setlocale (LC_ALL, NULL));
  available = setlocale (LC_ALL, "id_ID.UTF-8") != NULL;
  setlocale (LC_ALL, saved);
  if (!available)
    {
      g_test_skip ("The id_ID.UTF-8 locale is not installed");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_indicator_properties (void)
{
  g_autoptr(KnIndicator) indicator = NULL;
  g_autofree char *text = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *label = NULL;
  gint64 id;
  KnAspect aspect;
  KnPerspective perspective;
  KnDirection direction;
  gboolean has_value;
  double value;

  indicator = g_object_new (KN_TYPE_INDICATOR,
                            "id", (gint64) 9,
                            "aspect", KN_ASPECT_WAKTU,
                            "perspective", KN_PERSPECTIVE_ANGGARAN,
                            "text", "Waktu penyusunan laporan",
                            "target-value", 3.0,
                            "target-unit", "hari",
                            "direction", KN_DIRECTION_LESS_IS_BETTER,
                            NULL);
  g_object_get (indicator,
                "id", &id,
                "aspect", &aspect,
                "perspective", &perspective,
                "text", &text,
                "has-target-value", &has_value,
                "target-value", &value,
                "target-unit", &unit,
                "direction", &direction,
                "target-label", &label,
                NULL);

  g_assert_cmpint (id, ==, 9);
  g_assert_cmpint (aspect, ==, KN_ASPECT_WAKTU);
  g_assert_cmpint (perspective, ==, KN_PERSPECTIVE_ANGGARAN);
  g_assert_cmpstr (text, ==, "Waktu penyusunan laporan");
  g_assert_true (has_value);
  g_assert_cmpfloat (value, ==, 3.0);
  g_assert_cmpstr (unit, ==, "hari");
  g_assert_cmpint (direction, ==, KN_DIRECTION_LESS_IS_BETTER);
  g_assert_cmpstr (label, ==, "3 hari");
}

static void
test_indicator_notify (void)
{
  g_autoptr(KnIndicator) indicator = kn_indicator_new ();
  g_autoptr(GPtrArray) names = watch_notify (indicator);

  kn_indicator_set_id (indicator, 0);
  kn_indicator_set_aspect (indicator, KN_ASPECT_NONE);
  kn_indicator_set_perspective (indicator, KN_PERSPECTIVE_NONE);
  kn_indicator_set_text (indicator, "");
  kn_indicator_set_text (indicator, NULL);
  kn_indicator_set_target_unit (indicator, NULL);
  kn_indicator_set_target_unit (indicator, "");
  kn_indicator_set_target_text (indicator, NULL);
  kn_indicator_set_direction (indicator, KN_DIRECTION_MORE_IS_BETTER);
  kn_indicator_clear_target_value (indicator);
  assert_notified (names, "");

  kn_indicator_set_id (indicator, 5);
  assert_notified (names, "id");
  kn_indicator_set_aspect (indicator, KN_ASPECT_KUALITAS);
  assert_notified (names, "aspect");
  kn_indicator_set_perspective (indicator, KN_PERSPECTIVE_PROSES_BISNIS);
  assert_notified (names, "perspective");
  kn_indicator_set_text (indicator, "Persentase");
  assert_notified (names, "text");
  kn_indicator_set_direction (indicator, KN_DIRECTION_LESS_IS_BETTER);
  assert_notified (names, "direction");

  kn_indicator_set_target_text (indicator, "Tepat waktu");
  assert_notified (names, "target-label,target-text");
  kn_indicator_set_target_text (indicator, "Tepat waktu");
  assert_notified (names, "");

  /* 0 is a real target: the value stays 0 but now counts. */
  kn_indicator_set_target_value (indicator, 0);
  assert_notified (names, "has-target-value,target-label");
  kn_indicator_set_target_value (indicator, 0);
  assert_notified (names, "");
  kn_indicator_set_target_value (indicator, 12);
  assert_notified (names, "target-label,target-value");
  kn_indicator_set_target_value (indicator, 12);
  assert_notified (names, "");

  kn_indicator_set_target_unit (indicator, "dokumen");
  assert_notified (names, "target-label,target-unit");
  kn_indicator_set_target_unit (indicator, "dokumen");
  assert_notified (names, "");

  /* The sentence is hidden behind the number, so the label does not change. */
  kn_indicator_set_target_text (indicator, "Tepat waktu dan lengkap");
  assert_notified (names, "target-text");

  kn_indicator_clear_target_value (indicator);
  assert_notified (names, "has-target-value,target-label,target-value");
  kn_indicator_clear_target_value (indicator);
  assert_notified (names, "");

  /* Through the property too. */
  g_object_set (indicator, "target-value", 7.5, NULL);
  assert_notified (names, "has-target-value,target-label,target-value");
  g_object_set (indicator, "text", "Persentase", "id", (gint64) 5, NULL);
  assert_notified (names, "");
}

static void
test_indicator_copy_equal (void)
{
  g_autoptr(KnIndicator) indicator = indicator_new_full (3, "Jumlah dokumen", 12, "dokumen");
  g_autoptr(KnIndicator) copy = NULL;

  kn_indicator_set_target_text (indicator, "Dua belas dokumen");
  kn_indicator_set_perspective (indicator, KN_PERSPECTIVE_ANGGARAN);
  kn_indicator_set_direction (indicator, KN_DIRECTION_LESS_IS_BETTER);

  copy = kn_indicator_copy (indicator);
  g_assert_true (copy != indicator);
  g_assert_true (kn_indicator_equal (indicator, copy));
  g_assert_cmpint (kn_indicator_get_id (copy), ==, 3);
  g_assert_cmpint (kn_indicator_get_aspect (copy), ==, KN_ASPECT_KUANTITAS);
  g_assert_cmpint (kn_indicator_get_perspective (copy), ==, KN_PERSPECTIVE_ANGGARAN);
  g_assert_cmpstr (kn_indicator_get_text (copy), ==, "Jumlah dokumen");
  g_assert_true (kn_indicator_get_has_target_value (copy));
  g_assert_cmpfloat (kn_indicator_get_target_value (copy), ==, 12);
  g_assert_cmpstr (kn_indicator_get_target_unit (copy), ==, "dokumen");
  g_assert_cmpstr (kn_indicator_get_target_text (copy), ==, "Dua belas dokumen");
  g_assert_cmpint (kn_indicator_get_direction (copy), ==, KN_DIRECTION_LESS_IS_BETTER);

  kn_indicator_set_text (copy, "Jumlah dokumen kurikulum");
  g_assert_cmpstr (kn_indicator_get_text (indicator), ==, "Jumlah dokumen");
}

static void
test_indicator_equal_fields (void)
{
  g_autoptr(KnIndicator) indicator = indicator_new_full (3, "Jumlah dokumen", 12, "dokumen");
  g_autoptr(KnIndicator) zero = kn_indicator_new ();
  g_autoptr(KnIndicator) none = kn_indicator_new ();
  guint field = 0;

  for (gboolean done = FALSE; !done; field++)
    {
      g_autoptr(KnIndicator) copy = kn_indicator_copy (indicator);

      g_test_message ("field %u", field);
      g_assert_true (kn_indicator_equal (copy, indicator));
      switch (field)
        {
        case 0:
          kn_indicator_set_id (copy, 4);
          break;
        case 1:
          kn_indicator_set_aspect (copy, KN_ASPECT_BIAYA);
          break;
        case 2:
          kn_indicator_set_perspective (copy, KN_PERSPECTIVE_PROSES_BISNIS);
          break;
        case 3:
          kn_indicator_set_text (copy, "Jumlah dokumen ");
          break;
        case 4:
          kn_indicator_set_target_value (copy, 12.000001);
          break;
        case 5:
          kn_indicator_clear_target_value (copy);
          break;
        case 6:
          kn_indicator_set_target_unit (copy, "Dokumen");
          break;
        case 7:
          kn_indicator_set_target_unit (copy, NULL);
          break;
        case 8:
          kn_indicator_set_target_text (copy, "Dua belas dokumen");
          break;
        case 9:
          kn_indicator_set_direction (copy, KN_DIRECTION_LESS_IS_BETTER);
          done = TRUE;
          break;
        default:
          g_assert_not_reached ();
        }
      g_assert_false (kn_indicator_equal (copy, indicator));
      g_assert_false (kn_indicator_equal (indicator, copy));
    }

  g_assert_cmpuint (field, ==, 10);

  /* A target of 0 is not the same as no target. */
  kn_indicator_set_target_value (zero, 0);
  g_assert_false (kn_indicator_equal (zero, none));
  kn_indicator_clear_target_value (zero);
  g_assert_true (kn_indicator_equal (zero, none));
}

static KnPlanResult *
result_new_full (gint64      id,
                 const char *text,
                 guint       n_indicators)
{
  KnPlanResult *result = kn_plan_result_new ();
  GListStore *indicators = kn_plan_result_get_indicators (result);

  kn_plan_result_set_id (result, id);
  kn_plan_result_set_text (result, text);
  kn_plan_result_set_parent_id (result, 100 + id);
  kn_plan_result_set_parent_text (result, "Meningkatnya mutu pendidikan");

  for (guint i = 0; i < n_indicators; i++)
    {
      g_autofree char *indicator_text = g_strdup_printf ("Indikator %u", i + 1);
      g_autoptr(KnIndicator) indicator =
        indicator_new_full (id * 10 + i, indicator_text, i + 1, "dokumen");

      g_list_store_append (indicators, indicator);
    }

  return result;
}

static KnIndicator *
result_get_indicator (KnPlanResult *result,
                      guint         position)
{
  g_autoptr(KnIndicator) indicator =
    g_list_model_get_item (G_LIST_MODEL (kn_plan_result_get_indicators (result)), position);

  /* The store keeps its reference. */
  return indicator;
}

static void
test_result_defaults (void)
{
  g_autoptr(KnPlanResult) result = kn_plan_result_new ();
  GListStore *indicators = kn_plan_result_get_indicators (result);

  g_assert_cmpint (kn_plan_result_get_id (result), ==, 0);
  g_assert_cmpint (kn_plan_result_get_kind (result), ==, KN_RESULT_KIND_UTAMA);
  g_assert_cmpstr (kn_plan_result_get_text (result), ==, "");
  g_assert_cmpint (kn_plan_result_get_parent_id (result), ==, 0);
  g_assert_null (kn_plan_result_get_parent_text (result));
  g_assert_nonnull (indicators);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (indicators)) == KN_TYPE_INDICATOR);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (indicators)), ==, 0);
  g_assert_true (kn_plan_result_get_indicators (result) == indicators);
}

static void
test_result_notify (void)
{
  g_autoptr(KnPlanResult) result = kn_plan_result_new ();
  g_autoptr(GPtrArray) names = watch_notify (result);
  g_autofree char *text = NULL;
  gint64 parent_id;
  KnResultKind kind;

  kn_plan_result_set_id (result, 0);
  kn_plan_result_set_kind (result, KN_RESULT_KIND_UTAMA);
  kn_plan_result_set_text (result, NULL);
  kn_plan_result_set_parent_id (result, 0);
  kn_plan_result_set_parent_text (result, NULL);
  kn_plan_result_set_parent_text (result, "");
  assert_notified (names, "");

  kn_plan_result_set_id (result, 1);
  assert_notified (names, "id");
  kn_plan_result_set_kind (result, KN_RESULT_KIND_TAMBAHAN);
  assert_notified (names, "kind");
  kn_plan_result_set_text (result, "Tersusunnya dokumen kurikulum");
  assert_notified (names, "text");
  kn_plan_result_set_parent_id (result, 8);
  assert_notified (names, "parent-id");
  kn_plan_result_set_parent_text (result, "Meningkatnya mutu pendidikan");
  assert_notified (names, "parent-text");

  g_object_set (result,
                "id", (gint64) 1,
                "kind", KN_RESULT_KIND_TAMBAHAN,
                "text", "Tersusunnya dokumen kurikulum",
                "parent-id", (gint64) 8,
                "parent-text", "Meningkatnya mutu pendidikan",
                NULL);
  assert_notified (names, "");

  g_object_get (result, "kind", &kind, "text", &text, "parent-id", &parent_id, NULL);
  g_assert_cmpint (kind, ==, KN_RESULT_KIND_TAMBAHAN);
  g_assert_cmpstr (text, ==, "Tersusunnya dokumen kurikulum");
  g_assert_cmpint (parent_id, ==, 8);
}

static void
test_result_copy_deep (void)
{
  g_autoptr(KnPlanResult) result = result_new_full (2, "Tersusunnya dokumen kurikulum", 2);
  g_autoptr(KnPlanResult) copy = NULL;
  KnIndicator *original_indicator;
  KnIndicator *copied_indicator;

  kn_plan_result_set_kind (result, KN_RESULT_KIND_TAMBAHAN);
  copy = kn_plan_result_copy (result);

  g_assert_true (kn_plan_result_equal (result, copy));
  g_assert_cmpint (kn_plan_result_get_id (copy), ==, 2);
  g_assert_cmpint (kn_plan_result_get_kind (copy), ==, KN_RESULT_KIND_TAMBAHAN);
  g_assert_cmpstr (kn_plan_result_get_text (copy), ==, "Tersusunnya dokumen kurikulum");
  g_assert_cmpint (kn_plan_result_get_parent_id (copy), ==, 102);
  g_assert_cmpstr (kn_plan_result_get_parent_text (copy), ==, "Meningkatnya mutu pendidikan");
  g_assert_true (kn_plan_result_get_indicators (copy) != kn_plan_result_get_indicators (result));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kn_plan_result_get_indicators (copy))),
                    ==, 2);

  original_indicator = result_get_indicator (result, 1);
  copied_indicator = result_get_indicator (copy, 1);
  g_assert_true (original_indicator != copied_indicator);
  g_assert_true (kn_indicator_equal (original_indicator, copied_indicator));

  kn_indicator_set_target_value (copied_indicator, 20);
  g_assert_cmpfloat (kn_indicator_get_target_value (original_indicator), ==, 2);
  g_assert_false (kn_plan_result_equal (result, copy));

  g_list_store_remove (kn_plan_result_get_indicators (copy), 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kn_plan_result_get_indicators (result))),
                    ==, 2);
}

static void
test_result_equal_fields (void)
{
  g_autoptr(KnPlanResult) result = result_new_full (2, "Tersusunnya dokumen kurikulum", 2);

  guint field = 0;

  for (gboolean done = FALSE; !done; field++)
    {
      g_autoptr(KnPlanResult) copy = kn_plan_result_copy (result);
      GListStore *indicators = kn_plan_result_get_indicators (copy);

      g_test_message ("field %u", field);
      g_assert_true (kn_plan_result_equal (copy, result));
      switch (field)
        {
        case 0:
          kn_plan_result_set_id (copy, 3);
          break;
        case 1:
          kn_plan_result_set_kind (copy, KN_RESULT_KIND_TAMBAHAN);
          break;
        case 2:
          kn_plan_result_set_text (copy, "Tersusunnya dokumen");
          break;
        case 3:
          kn_plan_result_set_parent_id (copy, 0);
          break;
        case 4:
          g_list_store_remove (indicators, 1);
          break;
        case 5:
          {
            g_autoptr(KnIndicator) extra = kn_indicator_new ();

            g_list_store_append (indicators, extra);
          }
          break;
        case 6:
          {
            g_autoptr(KnIndicator) first = g_list_model_get_item (G_LIST_MODEL (indicators), 0);

            /* The same indicators in another order. */
            g_list_store_remove (indicators, 0);
            g_list_store_append (indicators, first);
          }
          break;
        case 7:
          kn_indicator_set_aspect (result_get_indicator (copy, 0), KN_ASPECT_WAKTU);
          done = TRUE;
          break;
        default:
          g_assert_not_reached ();
        }
      g_assert_false (kn_plan_result_equal (copy, result));
      g_assert_false (kn_plan_result_equal (result, copy));
    }

  g_assert_cmpuint (field, ==, 8);
}

static void
test_result_equal_ignores_parent_text (void)
{
  g_autoptr(KnPlanResult) result = result_new_full (2, "Tersusunnya dokumen kurikulum", 1);
  g_autoptr(KnPlanResult) copy = kn_plan_result_copy (result);

  kn_plan_result_set_parent_text (copy, "Teks lain");
  g_assert_true (kn_plan_result_equal (copy, result));
  kn_plan_result_set_parent_text (copy, NULL);
  g_assert_true (kn_plan_result_equal (copy, result));
}

static KnPlan *
plan_new_full (void)
{
  static const char * const resources[] = { "Anggaran DPA", "", "Tim kurikulum", NULL };
  static const char * const consequences[] = { "Teguran lisan", NULL };
  KnPlan *plan = kn_plan_new (42, 2026);
  GListStore *results = kn_plan_get_results (plan);
  g_autoptr(KnPlanResult) first = result_new_full (1, "Tersusunnya dokumen kurikulum", 2);
  g_autoptr(KnPlanResult) second = result_new_full (2, "Meningkatnya nilai rapor", 1);

  kn_plan_set_id (plan, 7);
  kn_plan_set_approach (plan, KN_PLAN_APPROACH_QUALITATIVE);
  kn_plan_set_assessor_id (plan, 11);
  kn_plan_set_status (plan, KN_PLAN_STATUS_RETURNED);
  kn_plan_set_status_reason (plan, "Target belum terukur");
  kn_plan_set_jpt (plan, TRUE);
  kn_plan_result_set_kind (second, KN_RESULT_KIND_TAMBAHAN);
  g_list_store_append (results, first);
  g_list_store_append (results, second);
  kn_plan_set_expectation (plan, KN_CORE_VALUE_KOMPETEN, "Mengikuti diklat kurikulum");
  kn_plan_set_expectation (plan, KN_CORE_VALUE_KOLABORATIF, "Bekerja sama dengan MGMP");
  kn_plan_set_attachments (plan, KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA, resources);
  kn_plan_set_attachments (plan, KN_ATTACHMENT_KONSEKUENSI, consequences);

  return plan;
}

static void
test_plan_defaults (void)
{
  g_autoptr(KnPlan) plan = kn_plan_new (42, 2026);
  GListStore *results = kn_plan_get_results (plan);

  g_assert_cmpint (kn_plan_get_id (plan), ==, 0);
  g_assert_cmpint (kn_plan_get_employee_id (plan), ==, 42);
  g_assert_cmpuint (kn_plan_get_year (plan), ==, 2026);
  g_assert_cmpint (kn_plan_get_approach (plan), ==, KN_PLAN_APPROACH_QUANTITATIVE);
  g_assert_cmpint (kn_plan_get_assessor_id (plan), ==, 0);
  g_assert_cmpint (kn_plan_get_status (plan), ==, KN_PLAN_STATUS_DRAFT);
  g_assert_null (kn_plan_get_status_reason (plan));
  g_assert_false (kn_plan_get_jpt (plan));
  g_assert_nonnull (results);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (results)) == KN_TYPE_PLAN_RESULT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (results)), ==, 0);

  for (int v = 0; v < KN_CORE_VALUE_N; v++)
    g_assert_cmpstr (kn_plan_get_expectation (plan, v), ==, "");

  for (int s = 0; s < KN_ATTACHMENT_N; s++)
    {
      const char * const *items = kn_plan_get_attachments (plan, s);

      g_assert_nonnull (items);
      g_assert_null (items[0]);
    }
}

static void
test_plan_notify (void)
{
  g_autoptr(KnPlan) plan = kn_plan_new (42, 2026);
  g_autoptr(GPtrArray) names = watch_notify (plan);
  gint64 employee_id;
  guint year;
  KnPlanStatus status;
  gboolean jpt;

  kn_plan_set_id (plan, 0);
  kn_plan_set_employee_id (plan, 42);
  kn_plan_set_year (plan, 2026);
  kn_plan_set_approach (plan, KN_PLAN_APPROACH_QUANTITATIVE);
  kn_plan_set_assessor_id (plan, 0);
  kn_plan_set_status (plan, KN_PLAN_STATUS_DRAFT);
  kn_plan_set_status_reason (plan, NULL);
  kn_plan_set_status_reason (plan, "");
  kn_plan_set_jpt (plan, FALSE);
  assert_notified (names, "");

  kn_plan_set_id (plan, 3);
  assert_notified (names, "id");
  kn_plan_set_employee_id (plan, 43);
  assert_notified (names, "employee-id");
  kn_plan_set_year (plan, 2027);
  assert_notified (names, "year");
  kn_plan_set_approach (plan, KN_PLAN_APPROACH_QUALITATIVE);
  assert_notified (names, "approach");
  kn_plan_set_assessor_id (plan, 5);
  assert_notified (names, "assessor-id");
  kn_plan_set_status (plan, KN_PLAN_STATUS_SUBMITTED);
  assert_notified (names, "status");
  kn_plan_set_status_reason (plan, "Perlu revisi");
  assert_notified (names, "status-reason");
  kn_plan_set_jpt (plan, TRUE);
  assert_notified (names, "jpt");
  kn_plan_set_jpt (plan, 2);
  assert_notified (names, "");

  g_object_set (plan,
                "id", (gint64) 3,
                "employee-id", (gint64) 43,
                "year", 2027,
                "approach", KN_PLAN_APPROACH_QUALITATIVE,
                "assessor-id", (gint64) 5,
                "status", KN_PLAN_STATUS_SUBMITTED,
                "status-reason", "Perlu revisi",
                "jpt", TRUE,
                NULL);
  assert_notified (names, "");

  g_object_get (plan,
                "employee-id", &employee_id,
                "year", &year,
                "status", &status,
                "jpt", &jpt,
                NULL);
  g_assert_cmpint (employee_id, ==, 43);
  g_assert_cmpuint (year, ==, 2027);
  g_assert_cmpint (status, ==, KN_PLAN_STATUS_SUBMITTED);
  g_assert_true (jpt);
}

static void
test_plan_expectations (void)
{
  g_autoptr(KnPlan) plan = kn_plan_new (1, 2026);

  for (int v = 0; v < KN_CORE_VALUE_N; v++)
    {
      g_autofree char *text = g_strdup_printf ("Harapan %s", kn_core_value_to_string (v));

      kn_plan_set_expectation (plan, v, text);
    }

  for (int v = 0; v < KN_CORE_VALUE_N; v++)
    {
      g_autofree char *expected = g_strdup_printf ("Harapan %s", kn_core_value_to_string (v));

      g_assert_cmpstr (kn_plan_get_expectation (plan, v), ==, expected);
    }

  kn_plan_set_expectation (plan, KN_CORE_VALUE_LOYAL, NULL);
  g_assert_cmpstr (kn_plan_get_expectation (plan, KN_CORE_VALUE_LOYAL), ==, "");
  kn_plan_set_expectation (plan, KN_CORE_VALUE_ADAPTIF, "");
  g_assert_cmpstr (kn_plan_get_expectation (plan, KN_CORE_VALUE_ADAPTIF), ==, "");
  g_assert_cmpstr (kn_plan_get_expectation (plan, KN_CORE_VALUE_HARMONIS), ==,
                   "Harapan harmonis");
}

static void
test_plan_attachments (void)
{
  g_autoptr(KnPlan) plan = kn_plan_new (1, 2026);
  g_auto(GStrv) items = g_strsplit ("Anggaran DPA||Tim kurikulum", "|", -1);
  const char * const *stored;
  g_auto(GStrv) again = NULL;

  kn_plan_set_attachments (plan, KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN,
                           (const char * const *) items);

  /* The plan keeps its own copies. */
  g_free (items[0]);
  items[0] = g_strdup ("Diubah");

  stored = kn_plan_get_attachments (plan, KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN);
  g_assert_cmpuint (g_strv_length ((char **) stored), ==, 3);
  g_assert_cmpstr (stored[0], ==, "Anggaran DPA");
  g_assert_cmpstr (stored[1], ==, "");
  g_assert_cmpstr (stored[2], ==, "Tim kurikulum");
  g_assert_null (stored[3]);
  g_assert_null (kn_plan_get_attachments (plan, KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA)[0]);
  g_assert_null (kn_plan_get_attachments (plan, KN_ATTACHMENT_KONSEKUENSI)[0]);

  /* Setting a list from itself. */
  kn_plan_set_attachments (plan, KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN, stored);
  stored = kn_plan_get_attachments (plan, KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN);
  again = g_strdupv ((char **) stored);
  g_assert_cmpuint (g_strv_length (again), ==, 3);
  g_assert_cmpstr (again[2], ==, "Tim kurikulum");

  kn_plan_set_attachments (plan, KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN, NULL);
  stored = kn_plan_get_attachments (plan, KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN);
  g_assert_nonnull (stored);
  g_assert_null (stored[0]);
}

static void
test_plan_copy_deep (void)
{
  g_autoptr(KnPlan) plan = plan_new_full ();
  g_autoptr(KnPlan) copy = kn_plan_copy (plan);
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (copy));
  g_autoptr(KnPlanResult) original_result = NULL;
  g_autoptr(KnPlanResult) copied_result = NULL;
  const char * const *items;

  g_assert_true (kn_plan_equal (plan, copy));
  g_assert_cmpint (kn_plan_get_id (copy), ==, 7);
  g_assert_cmpint (kn_plan_get_employee_id (copy), ==, 42);
  g_assert_cmpuint (kn_plan_get_year (copy), ==, 2026);
  g_assert_cmpint (kn_plan_get_approach (copy), ==, KN_PLAN_APPROACH_QUALITATIVE);
  g_assert_cmpint (kn_plan_get_assessor_id (copy), ==, 11);
  g_assert_cmpint (kn_plan_get_status (copy), ==, KN_PLAN_STATUS_RETURNED);
  g_assert_cmpstr (kn_plan_get_status_reason (copy), ==, "Target belum terukur");
  g_assert_true (kn_plan_get_jpt (copy));
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 2);
  g_assert_cmpstr (kn_plan_get_expectation (copy, KN_CORE_VALUE_KOMPETEN), ==,
                   "Mengikuti diklat kurikulum");
  items = kn_plan_get_attachments (copy, KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA);
  g_assert_cmpuint (g_strv_length ((char **) items), ==, 3);
  g_assert_true (items != kn_plan_get_attachments (plan, KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA));

  original_result = g_list_model_get_item (G_LIST_MODEL (kn_plan_get_results (plan)), 0);
  copied_result = g_list_model_get_item (results, 0);
  g_assert_true (original_result != copied_result);

  /* Editing an IKI of the copy leaves the original alone. */
  kn_indicator_set_text (result_get_indicator (copied_result, 1), "Diubah");
  g_assert_cmpstr (kn_indicator_get_text (result_get_indicator (original_result, 1)), ==,
                   "Indikator 2");
  g_assert_false (kn_plan_equal (plan, copy));
}

static void
test_plan_equal_fields (void)
{
  static const char * const other_items[] = { "Anggaran DPA", "", NULL };
  static const char * const reordered_items[] = { "Tim kurikulum", "", "Anggaran DPA", NULL };
  g_autoptr(KnPlan) plan = plan_new_full ();
  guint field = 0;

  for (gboolean done = FALSE; !done; field++)
    {
      g_autoptr(KnPlan) copy = kn_plan_copy (plan);
      GListStore *results = kn_plan_get_results (copy);

      g_test_message ("field %u", field);
      g_assert_true (kn_plan_equal (copy, plan));
      switch (field)
        {
        case 0:
          kn_plan_set_id (copy, 8);
          break;
        case 1:
          kn_plan_set_employee_id (copy, 41);
          break;
        case 2:
          kn_plan_set_year (copy, 2025);
          break;
        case 3:
          kn_plan_set_approach (copy, KN_PLAN_APPROACH_QUANTITATIVE);
          break;
        case 4:
          kn_plan_set_assessor_id (copy, 0);
          break;
        case 5:
          kn_plan_set_status (copy, KN_PLAN_STATUS_SUBMITTED);
          break;
        case 6:
          kn_plan_set_status_reason (copy, NULL);
          break;
        case 7:
          kn_plan_set_jpt (copy, FALSE);
          break;
        case 8:
          g_list_store_remove (results, 1);
          break;
        case 9:
          {
            g_autoptr(KnPlanResult) first = g_list_model_get_item (G_LIST_MODEL (results), 0);

            g_list_store_remove (results, 0);
            g_list_store_append (results, first);
          }
          break;
        case 10:
          {
            g_autoptr(KnPlanResult) second = g_list_model_get_item (G_LIST_MODEL (results), 1);

            kn_plan_result_set_kind (second, KN_RESULT_KIND_UTAMA);
          }
          break;
        case 11:
          {
            g_autoptr(KnPlanResult) second = g_list_model_get_item (G_LIST_MODEL (results), 1);

            kn_indicator_set_target_unit (result_get_indicator (second, 0), "laporan");
          }
          break;
        case 12:
          kn_plan_set_expectation (copy, KN_CORE_VALUE_KOMPETEN, "");
          break;
        case 13:
          kn_plan_set_expectation (copy, KN_CORE_VALUE_BERORIENTASI_PELAYANAN, "Ramah");
          break;
        case 14:
          kn_plan_set_attachments (copy, KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA, other_items);
          break;
        case 15:
          kn_plan_set_attachments (copy, KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA, reordered_items);
          break;
        case 16:
          kn_plan_set_attachments (copy, KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN, other_items);
          break;
        case 17:
          kn_plan_set_attachments (copy, KN_ATTACHMENT_KONSEKUENSI, NULL);
          done = TRUE;
          break;
        default:
          g_assert_not_reached ();
        }
      g_assert_false (kn_plan_equal (copy, plan));
      g_assert_false (kn_plan_equal (plan, copy));
    }

  g_assert_cmpuint (field, ==, 18);
}

static void
test_plan_period_label (void)
{
  g_autoptr(KnPlan) plan = kn_plan_new (1, 2026);
  g_autofree char *label = kn_plan_dup_period_label (plan);
  g_autofree char *other = NULL;

  g_assert_cmpstr (label, ==, "1 January to 31 December 2026");

  kn_plan_set_year (plan, 2024);
  other = kn_plan_dup_period_label (plan);
  g_assert_cmpstr (other, ==, "1 January to 31 December 2024");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-model/enums/round-trip", test_enum_round_trip);
  g_test_add_func ("/plan-model/enums/unknown", test_enum_unknown);
  g_test_add_func ("/plan-model/enums/gtype", test_enum_gtype);
  g_test_add_func ("/plan-model/enums/labels", test_enum_labels);
  g_test_add_func ("/plan-model/enums/guides", test_enum_guides);
  g_test_add_func ("/plan-model/status/can-change", test_status_can_change);
  g_test_add_func ("/plan-model/status/is-editable", test_status_is_editable);
  g_test_add_func ("/plan-model/indicator/defaults", test_indicator_defaults);
  g_test_add_func ("/plan-model/indicator/target-label", test_indicator_target_label);
  g_test_add_func ("/plan-model/indicator/target-label-indonesian",
                   test_indicator_target_label_indonesian);
  g_test_add_func ("/plan-model/indicator/period-target-label",
                   test_indicator_period_target_label);
  g_test_add_func ("/plan-model/indicator/properties", test_indicator_properties);
  g_test_add_func ("/plan-model/indicator/notify", test_indicator_notify);
  g_test_add_func ("/plan-model/indicator/copy-equal", test_indicator_copy_equal);
  g_test_add_func ("/plan-model/indicator/equal-fields", test_indicator_equal_fields);
  g_test_add_func ("/plan-model/result/defaults", test_result_defaults);
  g_test_add_func ("/plan-model/result/notify", test_result_notify);
  g_test_add_func ("/plan-model/result/copy-deep", test_result_copy_deep);
  g_test_add_func ("/plan-model/result/equal-fields", test_result_equal_fields);
  g_test_add_func ("/plan-model/result/equal-ignores-parent-text",
                   test_result_equal_ignores_parent_text);
  g_test_add_func ("/plan-model/plan/defaults", test_plan_defaults);
  g_test_add_func ("/plan-model/plan/notify", test_plan_notify);
  g_test_add_func ("/plan-model/plan/expectations", test_plan_expectations);
  g_test_add_func ("/plan-model/plan/attachments", test_plan_attachments);
  g_test_add_func ("/plan-model/plan/copy-deep", test_plan_copy_deep);
  g_test_add_func ("/plan-model/plan/equal-fields", test_plan_equal_fields);
  g_test_add_func ("/plan-model/plan/period-label", test_plan_period_label);

  return g_test_run ();
}
