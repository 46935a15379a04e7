/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the one lookup of enumeration names and labels (src/core/kn-enum-table.c), and that
 * every enumeration's table names the values its GType names. */

#include "config.h"

#include <glib.h>
#include <glib-object.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-enums.h"
#include "kinerja/kn-evaluation.h"
#include "kinerja/kn-history.h"
#include "kinerja/kn-plan-enums.h"
#include "kinerja/kn-rules.h"
#include "kinerja/kn-store.h"
#include "kinerja/kn-store-review.h"
#include "src/core/kn-enum-table.h"

#include "kn-test-util.h"

typedef enum
{
  SAMPLE_NONE,
  SAMPLE_SUBMITTED,
  SAMPLE_APPROVED,
  SAMPLE_N,
} Sample;

/* The labels are the SKP statuses', so that the catalogue translates them. */
static const KnEnumTable sample_table = {
  "plan status", SAMPLE_N, (const KnEnumEntry[]) {
    [SAMPLE_NONE] = { "", "" },
    [SAMPLE_SUBMITTED] = { "diajukan", NC_("plan status", "Submitted") },
    [SAMPLE_APPROVED] = { "disetujui", NC_("plan status", "Approved") },
  }
};

static void
test_names (void)
{
  Sample value = SAMPLE_N;

  g_assert_cmpstr (kn_enum_table_to_string (&sample_table, SAMPLE_NONE), ==, "");
  g_assert_cmpstr (kn_enum_table_to_string (&sample_table, SAMPLE_APPROVED), ==, "disetujui");

  g_assert_true (kn_enum_table_from_string (&sample_table, "diajukan", (int *) &value));
  g_assert_cmpint (value, ==, SAMPLE_SUBMITTED);
  g_assert_true (kn_enum_table_from_string (&sample_table, "", (int *) &value));
  g_assert_cmpint (value, ==, SAMPLE_NONE);
  g_assert_true (kn_enum_table_from_string (&sample_table, "disetujui", NULL));
}

/* An unknown name, a name in other case, the GType nick of NONE and NULL are refused and leave
 * the value as it was. */
static void
test_unknown_refused (void)
{
  const char *refused[] = { "ditolak", "Diajukan", "diajukan ", "none", NULL };
  Sample value = SAMPLE_APPROVED;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_false (kn_enum_table_from_string (&sample_table, refused[i], (int *) &value));
      g_assert_cmpint (value, ==, SAMPLE_APPROVED);
    }
}

/* A name a person typed is read in any ASCII case; anything else is refused as above. */
static void
test_typed (void)
{
  const char *refused[] = { "ditolak", "diajukan ", "none", NULL };
  Sample value = SAMPLE_N;

  g_assert_true (kn_enum_table_from_typed (&sample_table, "DIAJUKAN", (int *) &value));
  g_assert_cmpint (value, ==, SAMPLE_SUBMITTED);
  g_assert_true (kn_enum_table_from_typed (&sample_table, "Disetujui", (int *) &value));
  g_assert_cmpint (value, ==, SAMPLE_APPROVED);
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_false (kn_enum_table_from_typed (&sample_table, refused[i], (int *) &value));
      g_assert_cmpint (value, ==, SAMPLE_APPROVED);
    }
}

static void
test_out_of_range (void)
{
  g_test_expect_message ("kn-enum-table", G_LOG_LEVEL_CRITICAL, "*value*n_values*");
  g_assert_null (kn_enum_table_to_string (&sample_table, SAMPLE_N));
  g_test_assert_expected_messages ();

  g_test_expect_message ("kn-enum-table", G_LOG_LEVEL_CRITICAL, "*value*n_values*");
  g_assert_null (kn_enum_table_label (&sample_table, -1));
  g_test_assert_expected_messages ();
}

/* Labels are translated in the table's context ("Draft" is "Draf" as an SKP status); the NONE
 * label stays "", not the catalogue's header. */
static void
test_labels_translated (void)
{
  kn_test_use_indonesian ();

  g_assert_cmpstr (kn_enum_table_label (&sample_table, SAMPLE_SUBMITTED), ==, "Diajukan");
  g_assert_cmpstr (kn_enum_table_label (&sample_table, SAMPLE_NONE), ==, "");
  g_assert_cmpstr (kn_plan_status_label (KN_PLAN_STATUS_DRAFT), ==, "Draf");
  g_assert_cmpstr (kn_position_kind_label (KN_POSITION_AHLI_MUDA), ==,
                   "Fungsional Ahli Muda");
  g_assert_cmpstr (kn_rating_label (KN_RATING_NONE), ==, "");
}

typedef const char *(*ToString)   (int         value);
typedef gboolean    (*FromString) (const char *text,
                                   int        *value);

/* The functions take their own enumeration, int-sized as every GLib enum. */
typedef struct
{
  GType     type;
  GCallback to_string;
  GCallback from_string;
} TypedEnum;

/* Every value of each GType has a machine name that reads back to it: the GType's nick, but ""
 * for a NONE value (nick "none"). */
static void
test_types_agree (void)
{
  const TypedEnum enums[] = {
#define E(type, prefix) \
  { type, G_CALLBACK (prefix##_to_string), G_CALLBACK (prefix##_from_string) }
    E (KN_TYPE_EMPLOYEE_STATUS, kn_employee_status),
    E (KN_TYPE_POSITION_KIND, kn_position_kind),
    E (KN_TYPE_PLAN_STATUS, kn_plan_status),
    E (KN_TYPE_PLAN_APPROACH, kn_plan_approach),
    E (KN_TYPE_RESULT_KIND, kn_result_kind),
    E (KN_TYPE_ASPECT, kn_aspect),
    E (KN_TYPE_PERSPECTIVE, kn_perspective),
    E (KN_TYPE_DIRECTION, kn_direction),
    E (KN_TYPE_CORE_VALUE, kn_core_value),
    E (KN_TYPE_RATING, kn_rating),
    E (KN_TYPE_PREDIKAT, kn_predikat),
    E (KN_TYPE_ORG_PREDIKAT, kn_org_predikat),
    E (KN_TYPE_EVALUATION_STATUS, kn_evaluation_status),
#undef E
  };

  for (guint i = 0; i < G_N_ELEMENTS (enums); i++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (enums[i].type);

      for (guint v = 0; v < klass->n_values; v++)
        {
          const GEnumValue *gvalue = &klass->values[v];
          const char *name = ((ToString) enums[i].to_string) (gvalue->value);
          int back = -1;

          g_test_message ("%s %s", g_type_name (enums[i].type), gvalue->value_nick);
          g_assert_cmpstr (name, ==, g_str_equal (gvalue->value_nick, "none") ? ""
                                                                                : gvalue->value_nick);
          g_assert_true (((FromString) enums[i].from_string) (name, &back));
          g_assert_cmpint (back, ==, gvalue->value);
        }
    }
}

/* The enumerations whose names are typed on the command line read them in any case (the
 * history kinds, the review decisions); the server roles, read from the server, only as written. */
static void
test_typed_and_exact (void)
{
  KnHistoryKind kind = KN_HISTORY_STATUS;
  KnReviewDecision decision = KN_REVIEW_SETUJU;
  KnServerRole role = KN_SERVER_ROLE_ADMIN;

  g_assert_true (kn_history_kind_from_string ("MUTASI", &kind));
  g_assert_cmpint (kind, ==, KN_HISTORY_MUTASI);
  g_assert_cmpstr (kn_history_kind_to_string (KN_HISTORY_PANGKAT), ==, "pangkat");
  g_assert_false (kn_history_kind_from_string ("promosi", &kind));
  g_assert_cmpint (kind, ==, KN_HISTORY_MUTASI);

  g_assert_true (kn_review_decision_from_string ("Tinjau-Ulang", &decision));
  g_assert_cmpint (decision, ==, KN_REVIEW_TINJAU_ULANG);
  g_assert_cmpstr (kn_review_decision_label (KN_REVIEW_DIAJUKAN), ==,
                   "Diajukan, menunggu keputusan tim");

  for (KnServerRole r = KN_SERVER_ROLE_ADMIN; r <= KN_SERVER_ROLE_TIM; r++)
    {
      g_assert_true (kn_server_role_parse (kn_server_role_to_string (r), &role));
      g_assert_cmpint (role, ==, r);
    }
  g_assert_cmpstr (kn_server_role_to_string (KN_SERVER_ROLE_PENILAI), ==, "penilai");
  g_assert_false (kn_server_role_parse ("Admin", &role));
  g_assert_false (kn_server_role_parse (NULL, &role));
  g_assert_cmpint (role, ==, KN_SERVER_ROLE_TIM);
}

int
main (int   argc,
      char *argv[])
{
  kn_test_init (&argc, &argv);

  g_test_add_func ("/enum-table/names", test_names);
  g_test_add_func ("/enum-table/unknown-refused", test_unknown_refused);
  g_test_add_func ("/enum-table/typed", test_typed);
  g_test_add_func ("/enum-table/typed-and-exact", test_typed_and_exact);
  g_test_add_func ("/enum-table/out-of-range", test_out_of_range);
  g_test_add_func ("/enum-table/types-agree", test_types_agree);
  g_test_add_func ("/enum-table/labels-translated", test_labels_translated);

  return g_test_run ();
}
