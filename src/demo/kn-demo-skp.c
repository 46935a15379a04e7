/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo office's SKP for the demo year: RHK and IKI by jabatan, cascaded from each head down. */

#define G_LOG_DOMAIN "kn-demo"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib.h>

#include "kn-demo.h"
#include "kinerja/kn-employee.h"
#include "kinerja/kn-enums.h"
#include "kinerja/kn-indicator.h"
#include "kinerja/kn-org-unit.h"
#include "kinerja/kn-plan-enums.h"
#include "kinerja/kn-plan-result.h"
#include "kinerja/kn-plan.h"
#include "kinerja/kn-store.h"

#include "kn-demo-private.h"

#define DEMO_SKP_SEED   0x534b50u
#define MAX_INDICATORS  3
#define MAX_RESULTS     5
#define MAX_RESOURCES   4
#define MAX_LINES       4
/* An IKI whose text, target and unit come from the teacher's subject. */
#define SUBJECT_PRACTICE "{praktik}"

typedef enum
{
  ONLY_ALL,
  ONLY_SMA,          /* people in a unit of the SMA (bidang, seksi, school) */
  ONLY_SMK,
  ONLY_VOCATIONAL,   /* teachers of a productive (kejuruan) subject */
  ONLY_GENERAL,      /* teachers of any other subject */
} DemoOnly;

typedef enum
{
  GROUP_JPT,
  GROUP_ADMINISTRATOR,
  GROUP_PENGAWAS,
  GROUP_KEPALA_SEKOLAH,
  GROUP_GURU,
  GROUP_FUNGSIONAL,
  GROUP_PELAKSANA,
  GROUP_N
} DemoGroup;

typedef struct
{
  KnAspect       aspect;       /* NONE in a JPT's SKP */
  KnPerspective  perspective;  /* only in a JPT's SKP */
  KnDirection    direction;
  const char    *text;
  double         target;
  double         spread;       /* a person's target is target, target + spread / 2 or + spread */
  const char    *unit;
} DemoIndicator;

typedef struct
{
  KnResultKind   kind;
  DemoOnly       only;
  const char    *text;
  const char    *supports;     /* words of the assessor's RHK it supports; NULL: their first */
  DemoIndicator  indicators[MAX_INDICATORS];
} DemoResult;

typedef struct
{
  const char  *position;       /* words of the jabatan */
  const char  *unit;           /* nullable: words of the unit's name */
  DemoResult   results[MAX_RESULTS];
  const char  *resources[MAX_RESOURCES];
} DemoRole;

typedef struct
{
  const char *subject;         /* as the jabatan ends: "Guru Ahli Muda Fisika" */
  gboolean    vocational;
  const char *practice;        /* the subject's own IKI (kuantitas) */
  double      practice_target;
  const char *practice_unit;
  const char *resource;
} DemoSubject;

/* What the texts of one person's SKP are filled in with. */
typedef struct
{
  KnEmployee        *employee;
  const char        *unit;     /* the unit's name */
  const char        *opd;
  const char        *jenjang;  /* "SMA", "SMK", "SLB" or "" */
  const char        *atasan;   /* the assessor's jabatan; nullable */
  const DemoSubject *subject;  /* teachers only */
  const char        *kelas;    /* teachers only */
  DemoGroup          group;
  GRand             *rand;
} Person;

typedef struct
{
  const char   *name;
  KnPlanStatus  status;
  const char   *reason;
} DemoPlanStatus;

static const char *const only_words[] = { "all", "sma", "smk", "vocational", "general" };
static const char *const group_words[GROUP_N] = {
  "jpt", "administrator", "pengawas", "kepala-sekolah", "guru", "fungsional", "pelaksana",
};

/* What each jabatan plans (data/roles.ini): the first role whose words match a person's jabatan
 * and unit is theirs, and the last matches everyone. */
static const DemoRole *demo_roles;
static guint n_demo_roles;
/* The teachers' subjects (data/subjects.tsv), and the one for any other subject. */
static const DemoSubject *demo_subjects;
static guint n_demo_subjects;
static DemoSubject other_subject;
/* Ekspektasi Khusus Pimpinan by group, in BerAKHLAK order (data/expectations.tsv); a second text
 * (nullable) is the alternative some people get. */
static const char *demo_expectations[GROUP_N][KN_CORE_VALUE_N][2];
/* Plans that are not approved in the demo (data/plan-status.tsv). */
static const DemoPlanStatus *demo_plan_status;
static guint n_demo_plan_status;

static const char *
key_text (GKeyFile   *file,
          const char *group,
          const char *key,
          gboolean    required)
{
  g_autofree char *value = g_key_file_get_string (file, group, key, NULL);

  if (value == NULL && required)
    g_error ("The demo data file roles.ini has no %s in [%s]", key, group);

  return kn_demo_data_text (value);
}

static double
key_number (GKeyFile   *file,
            const char *group,
            const char *key)
{
  g_autoptr(GError) error = NULL;
  double value = g_key_file_get_double (file, group, key, &error);

  if (error != NULL)
    g_error ("The demo data file roles.ini has no number %s in [%s]", key, group);

  return value;
}

static void
load_indicator (GKeyFile      *file,
                const char    *group,
                DemoIndicator *indicator)
{
  g_autofree char *aspect = g_key_file_get_string (file, group, "aspect", NULL);
  g_autofree char *perspective = g_key_file_get_string (file, group, "perspective", NULL);
  g_autofree char *direction = g_key_file_get_string (file, group, "direction", NULL);

  indicator->aspect = kn_demo_data_enum (KN_TYPE_ASPECT, aspect, "roles.ini");
  indicator->perspective = kn_demo_data_enum (KN_TYPE_PERSPECTIVE, perspective, "roles.ini");
  indicator->direction = kn_demo_data_enum (KN_TYPE_DIRECTION, direction, "roles.ini");
  indicator->text = key_text (file, group, "text", TRUE);
  indicator->target = key_number (file, group, "target");
  indicator->spread = key_number (file, group, "spread");
  indicator->unit = key_text (file, group, "unit", FALSE);
}

/* [Role N], [Role N RHK M] and [Role N RHK M IKI K], in that order. */
static void
load_roles (void)
{
  g_autoptr(GKeyFile) file = kn_demo_data_key_file ("roles.ini");
  g_auto(GStrv) groups = g_key_file_get_groups (file, NULL);
  GArray *roles = g_array_new (FALSE, TRUE, sizeof (DemoRole));
  DemoRole *role = NULL;
  DemoResult *result = NULL;
  guint n_results = 0;
  guint n_indicators = 0;

  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (groups[i], " ", -1);
      guint depth = g_strv_length (words);

      if (depth == 2)
        {
          g_auto(GStrv) resources = g_key_file_get_string_list (file, groups[i], "resources",
                                                                 NULL, NULL);

          g_array_set_size (roles, roles->len + 1);
          role = &g_array_index (roles, DemoRole, roles->len - 1);
          role->position = key_text (file, groups[i], "position", TRUE);
          role->unit = key_text (file, groups[i], "unit", FALSE);
          for (guint r = 0; resources != NULL && resources[r] != NULL; r++)
            {
              if (r == MAX_RESOURCES)
                g_error ("[%s] of roles.ini has more than %u resources", groups[i], MAX_RESOURCES);
              role->resources[r] = kn_demo_data_text (resources[r]);
            }
          result = NULL;
          n_results = 0;
        }
      else if (depth == 4 && role != NULL && n_results < MAX_RESULTS)
        {
          g_autofree char *kind = g_key_file_get_string (file, groups[i], "kind", NULL);
          g_autofree char *only = g_key_file_get_string (file, groups[i], "only", NULL);

          result = &role->results[n_results++];
          result->kind = kn_demo_data_enum (KN_TYPE_RESULT_KIND, kind, "roles.ini");
          result->only = kn_demo_data_word (only, only_words, G_N_ELEMENTS (only_words),
                                            "roles.ini");
          result->text = key_text (file, groups[i], "text", TRUE);
          result->supports = key_text (file, groups[i], "supports", FALSE);
          n_indicators = 0;
        }
      else if (depth == 6 && result != NULL && n_indicators < MAX_INDICATORS)
        load_indicator (file, groups[i], &result->indicators[n_indicators++]);
      else
        g_error ("[%s] of roles.ini is out of place or one too many", groups[i]);
    }

  if (roles->len == 0)
    g_error ("The demo data file roles.ini has no role");

  n_demo_roles = roles->len;
  demo_roles = (const DemoRole *) (gpointer) g_array_free (roles, FALSE);
}

static void
load_subjects (void)
{
  g_autoptr(GPtrArray) rows = kn_demo_data_rows ("subjects.tsv", 6);
  static const char *const kinds[] = { "general", "vocational" };
  DemoSubject *subjects = g_new0 (DemoSubject, rows->len);
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      DemoSubject *subject = row[0][0] != '\0' ? &subjects[n++] : &other_subject;

      subject->subject = row[0][0] != '\0' ? kn_demo_data_text (row[0]) : "";
      subject->vocational = kn_demo_data_word (row[1], kinds, G_N_ELEMENTS (kinds),
                                               "subjects.tsv");
      subject->practice = kn_demo_data_text (row[2]);
      subject->practice_target = kn_demo_data_number (row[3], "subjects.tsv");
      subject->practice_unit = kn_demo_data_text (row[4]);
      subject->resource = kn_demo_data_text (row[5]);
    }

  if (other_subject.practice == NULL)
    g_error ("The demo data file subjects.tsv has no row for any other subject");

  demo_subjects = subjects;
  n_demo_subjects = n;
}

static void
load_expectations (void)
{
  g_autoptr(GPtrArray) rows = kn_demo_data_rows ("expectations.tsv", 4);

  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      guint group = kn_demo_data_word (row[0], group_words, GROUP_N, "expectations.tsv");
      KnCoreValue value = kn_demo_data_enum (KN_TYPE_CORE_VALUE, row[1], "expectations.tsv");

      demo_expectations[group][value][0] = kn_demo_data_text (row[2]);
      demo_expectations[group][value][1] = kn_demo_data_text (row[3]);
    }
}

static void
load_plan_status (void)
{
  g_autoptr(GPtrArray) rows = kn_demo_data_rows ("plan-status.tsv", 3);
  DemoPlanStatus *table = g_new0 (DemoPlanStatus, rows->len);

  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      table[i].name = kn_demo_data_text (row[0]);
      table[i].status = kn_demo_data_enum (KN_TYPE_PLAN_STATUS, row[1], "plan-status.tsv");
      table[i].reason = kn_demo_data_text (row[2]);
    }

  demo_plan_status = table;
  n_demo_plan_status = rows->len;
}

static void
load_tables (void)
{
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
      load_roles ();
      load_subjects ();
      load_expectations ();
      load_plan_status ();
      g_once_init_leave (&loaded, 1);
    }
}

/* The indicator library of the demo: the jabatan whose first holder's plan becomes a template. */
static const char *const demo_templates[] = {
  "Guru Ahli Pertama Matematika",
  "Guru Ahli Muda Matematika",
  "Analis Kepegawaian",
};

static const char *const kelas_umum[] = { "X dan XI", "XI dan XII", "X, XI dan XII" };

static const DemoRole *
find_role (const char *position,
           const char *unit)
{
  for (guint i = 0; i < n_demo_roles; i++)
    {
      const DemoRole *role = &demo_roles[i];

      if (strstr (position, role->position) != NULL &&
          (role->unit == NULL || strstr (unit, role->unit) != NULL))
        return role;
    }

  /* The last role matches everyone. */
  return &demo_roles[n_demo_roles - 1];
}

static DemoGroup
group_for (KnEmployee *employee)
{
  const char *position = kn_employee_get_position (employee);

  switch (kn_employee_get_position_kind (employee))
    {
    case KN_POSITION_JPT_UTAMA:
    case KN_POSITION_JPT_MADYA:
    case KN_POSITION_JPT_PRATAMA:
      return GROUP_JPT;
    case KN_POSITION_ADMINISTRATOR:
      return GROUP_ADMINISTRATOR;
    case KN_POSITION_PENGAWAS:
      return GROUP_PENGAWAS;
    case KN_POSITION_PELAKSANA:
      return GROUP_PELAKSANA;
    case KN_POSITION_AHLI_PERTAMA:
    case KN_POSITION_AHLI_MUDA:
    case KN_POSITION_AHLI_MADYA:
    case KN_POSITION_AHLI_UTAMA:
    case KN_POSITION_PEMULA:
    case KN_POSITION_TERAMPIL:
    case KN_POSITION_MAHIR:
    case KN_POSITION_PENYELIA:
    case KN_POSITION_N:
    default:
      break;
    }

  if (g_str_has_prefix (position, "Kepala SM"))
    return GROUP_KEPALA_SEKOLAH;
  if (g_str_has_prefix (position, "Guru "))
    return GROUP_GURU;
  return GROUP_FUNGSIONAL;
}

/* "Guru Ahli Pertama Kimia" → the entry for "Kimia". */
static const DemoSubject *
subject_for (const char *position)
{
  const char *subject;

  if (!g_str_has_prefix (position, "Guru Ahli "))
    return NULL;

  subject = strchr (position + strlen ("Guru Ahli "), ' ');
  if (subject == NULL)
    return &other_subject;
  subject++;

  for (guint i = 0; i < n_demo_subjects; i++)
    {
      if (g_str_equal (demo_subjects[i].subject, subject))
        return &demo_subjects[i];
    }

  return &other_subject;
}

static const char *
value_for (const Person *person,
           const char   *key)
{
  if (g_str_equal (key, "unit"))
    return person->unit;
  if (g_str_equal (key, "opd"))
    return person->opd;
  if (g_str_equal (key, "jenjang"))
    return person->jenjang;
  if (g_str_equal (key, "jabatan"))
    return kn_employee_get_position (person->employee);
  if (g_str_equal (key, "atasan"))
    return person->atasan != NULL ? person->atasan : "Gubernur Lampung";
  if (g_str_equal (key, "mapel") && person->subject != NULL)
    return person->subject->subject[0] != '\0' ? person->subject->subject : "mata pelajaran";
  if (g_str_equal (key, "sumber_belajar") && person->subject != NULL)
    return person->subject->resource;
  if (g_str_equal (key, "kelas") && person->kelas != NULL)
    return person->kelas;
  if (g_str_equal (key, "tahun"))
    return G_STRINGIFY (KN_DEMO_YEAR);
  return NULL;
}

/* Fills in the {words} of a text. */
static char *
expand (const Person *person,
        const char   *text)
{
  GString *out = g_string_new (NULL);
  const char *cursor = text;

  g_assert (person != NULL);
  g_assert (text != NULL);

  while (*cursor != '\0')
    {
      const char *open = strchr (cursor, '{');
      const char *close;
      g_autofree char *key = NULL;
      const char *value;

      if (open == NULL)
        {
          g_string_append (out, cursor);
          break;
        }

      close = strchr (open, '}');
      g_assert (close != NULL);
      g_string_append_len (out, cursor, open - cursor);
      key = g_strndup (open + 1, close - open - 1);

      if (g_str_equal (key, "tahun_lalu"))
        g_string_append_printf (out, "%u", KN_DEMO_YEAR - 1);
      else if (g_str_equal (key, "tahun_depan"))
        g_string_append_printf (out, "%u", KN_DEMO_YEAR + 1);
      else if (g_str_equal (key, "bidang"))
        g_string_append_printf (out, "Bidang Pembinaan %s", person->jenjang);
      else
        {
          value = value_for (person, key);
          g_assert (value != NULL);
          g_string_append (out, value);
        }

      cursor = close + 1;
    }

  return g_string_free (out, FALSE);
}

static gboolean
applies_to (const DemoResult *def,
            const Person     *person)
{
  switch (def->only)
    {
    case ONLY_SMA:
      return g_str_equal (person->jenjang, "SMA");
    case ONLY_SMK:
      return g_str_equal (person->jenjang, "SMK");
    case ONLY_VOCATIONAL:
      return person->subject != NULL && person->subject->vocational;
    case ONLY_GENERAL:
      return person->subject == NULL || !person->subject->vocational;
    case ONLY_ALL:
    default:
      return TRUE;
    }
}

/* The RHK of the assessor's plan that @words points to; NULL words: their first RHK. */
static gint64
find_parent (KnPlan     *assessor_plan,
             const char *words)
{
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (assessor_plan));

  g_assert (g_list_model_get_n_items (results) > 0);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);

      if (words == NULL || kn_demo_contains_casefold (kn_plan_result_get_text (result), words))
        return kn_plan_result_get_id (result);
    }

  g_error ("No RHK of the demo assessor mentions “%s”", words);
}

static KnIndicator *
make_indicator (const DemoIndicator *def,
                const Person        *person,
                gboolean             jpt)
{
  KnIndicator *indicator = kn_indicator_new ();
  g_autofree char *text = NULL;
  const char *unit = def->unit;
  double target = def->target;

  if (g_str_equal (def->text, SUBJECT_PRACTICE))
    {
      const DemoSubject *subject = person->subject != NULL ? person->subject : &other_subject;

      text = g_strdup (subject->practice);
      target = subject->practice_target;
      unit = subject->practice_unit;
    }
  else
    text = expand (person, def->text);

  /* Half steps only where the unit allows fractions. */
  target += def->spread * g_rand_int_range (person->rand, 0, 3) / 2.0;
  if (def->target == floor (def->target))
    target = floor (target);
  if (g_strcmp0 (unit, "%") == 0)
    target = MIN (target, 100);

  if (jpt)
    {
      kn_indicator_set_aspect (indicator, KN_ASPECT_NONE);
      kn_indicator_set_perspective (indicator, def->perspective != KN_PERSPECTIVE_NONE
                                               ? def->perspective
                                               : KN_PERSPECTIVE_PROSES_BISNIS);
    }
  else
    {
      kn_indicator_set_aspect (indicator, def->aspect != KN_ASPECT_NONE ? def->aspect
                                                                        : KN_ASPECT_KUANTITAS);
      kn_indicator_set_perspective (indicator, KN_PERSPECTIVE_NONE);
    }

  kn_indicator_set_text (indicator, text);
  kn_indicator_set_target_value (indicator, target);
  kn_indicator_set_target_unit (indicator, unit);
  kn_indicator_set_direction (indicator, def->direction);

  return indicator;
}

static void
add_lampiran (KnPlan         *plan,
              const Person   *person,
              const DemoRole *role)
{
  KnEmployee *employee = person->employee;
  KnPositionKind kind = kn_employee_get_position_kind (employee);
  KnEmployeeStatus status = kn_employee_get_status (employee);
  g_autoptr(GPtrArray) resources = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) schemes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) consequences = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < MAX_RESOURCES && role->resources[i] != NULL; i++)
    g_ptr_array_add (resources, expand (person, role->resources[i]));

  switch (person->group)
    {
    case GROUP_JPT:
      g_ptr_array_add (schemes, g_strdup ("Laporan capaian kinerja triwulanan kepada Gubernur "
                                          "melalui Sekretaris Daerah"));
      g_ptr_array_add (schemes, expand (person, "Laporan Kinerja Instansi Pemerintah (LKjIP) "
                                                "{opd} Tahun {tahun}"));
      break;
    case GROUP_ADMINISTRATOR:
    case GROUP_PENGAWAS:
      g_ptr_array_add (schemes, expand (person, "Laporan kinerja triwulanan kepada {atasan}"));
      g_ptr_array_add (schemes, expand (person, "Paparan capaian kinerja {unit} dalam rapat "
                                                "pimpinan setiap bulan"));
      break;
    case GROUP_KEPALA_SEKOLAH:
      g_ptr_array_add (schemes, expand (person, "Laporan kinerja triwulanan kepada {atasan}"));
      g_ptr_array_add (schemes, g_strdup ("Laporan penggunaan dana BOSP setiap tahap penyaluran"));
      break;
    case GROUP_GURU:
      g_ptr_array_add (schemes, expand (person, "Laporan kinerja triwulanan kepada {atasan}"));
      g_ptr_array_add (schemes, g_strdup ("Perangkat ajar dan hasil asesmen diunggah setiap akhir "
                                          "semester"));
      break;
    case GROUP_FUNGSIONAL:
    case GROUP_PELAKSANA:
    case GROUP_N:
    default:
      g_ptr_array_add (schemes, expand (person, "Laporan kinerja triwulanan kepada {atasan}"));
      g_ptr_array_add (schemes, g_strdup ("Bukti dukung realisasi IKI diunggah setiap bulan"));
      break;
    }

  if (status != KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU)
    g_ptr_array_add (consequences, g_strdup ("Predikat kinerja memengaruhi pemberian TPP sesuai "
                                             "Pergub"));
  if (person->group == GROUP_GURU)
    g_ptr_array_add (consequences, g_strdup ("Predikat kinerja minimal Baik menjadi syarat "
                                             "pembayaran tunjangan profesi guru"));
  if (kind >= KN_POSITION_AHLI_PERTAMA)
    g_ptr_array_add (consequences, g_strdup ("Predikat kinerja dikonversi menjadi angka kredit "
                                             "jabatan fungsional"));
  if (person->group == GROUP_JPT || person->group == GROUP_ADMINISTRATOR ||
      person->group == GROUP_PENGAWAS || person->group == GROUP_KEPALA_SEKOLAH)
    g_ptr_array_add (consequences, g_strdup ("Predikat kinerja menjadi pertimbangan pengembangan "
                                             "karier dan promosi jabatan"));
  if (status != KN_EMPLOYEE_STATUS_PNS)
    g_ptr_array_add (consequences, g_strdup ("Predikat kinerja menjadi dasar perpanjangan "
                                             "perjanjian kerja PPPK"));
  if (person->group != GROUP_JPT)
    g_ptr_array_add (consequences, expand (person, "Kinerja di bawah ekspektasi ditindaklanjuti "
                                                   "dengan pembinaan oleh {atasan}"));

  g_ptr_array_add (resources, NULL);
  g_ptr_array_add (schemes, NULL);
  g_ptr_array_add (consequences, NULL);
  kn_plan_set_attachments (plan, KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA,
                           (const char * const *) resources->pdata);
  kn_plan_set_attachments (plan, KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN,
                           (const char * const *) schemes->pdata);
  kn_plan_set_attachments (plan, KN_ATTACHMENT_KONSEKUENSI,
                           (const char * const *) consequences->pdata);
}

static KnPlan *
make_plan (const Person *person,
           KnPlan       *assessor_plan)
{
  KnEmployee *employee = person->employee;
  const DemoRole *role = find_role (kn_employee_get_position (employee), person->unit);
  gboolean jpt = person->group == GROUP_JPT;
  KnPlan *plan = kn_plan_new (kn_employee_get_id (employee), KN_DEMO_YEAR);

  /* Only a head of OPD has no atasan in the demo, and only they plan without a superior RHK. */
  g_assert (jpt == (assessor_plan == NULL));

  kn_plan_set_assessor_id (plan, kn_employee_get_supervisor_id (employee));
  kn_plan_set_jpt (plan, jpt);

  for (guint i = 0; i < MAX_RESULTS && role->results[i].text != NULL; i++)
    {
      const DemoResult *def = &role->results[i];
      g_autoptr(KnPlanResult) result = NULL;
      g_autofree char *text = NULL;

      if (!applies_to (def, person))
        continue;

      text = expand (person, def->text);
      result = kn_plan_result_new ();
      kn_plan_result_set_kind (result, def->kind);
      kn_plan_result_set_text (result, text);
      if (assessor_plan != NULL)
        kn_plan_result_set_parent_id (result, find_parent (assessor_plan, def->supports));

      for (guint j = 0; j < MAX_INDICATORS && def->indicators[j].text != NULL; j++)
        {
          g_autoptr(KnIndicator) indicator = make_indicator (&def->indicators[j], person, jpt);

          g_list_store_append (kn_plan_result_get_indicators (result), indicator);
        }

      g_list_store_append (kn_plan_get_results (plan), result);
    }

  for (guint value = 0; value < KN_CORE_VALUE_N; value++)
    {
      const char *const *choices = demo_expectations[person->group][value];
      guint pick = choices[1] != NULL ? (guint) g_rand_int_range (person->rand, 0, 2) : 0;
      g_autofree char *text = expand (person, choices[pick]);

      kn_plan_set_expectation (plan, value, text);
    }

  add_lampiran (plan, person, role);
  return plan;
}

static const char *
jenjang_of (KnStore *store,
            gint64   unit_id)
{
  static const char *const levels[][2] = {
    { "SMA", "SMA" },
    { "SMK", "SMK" },
    { "Pendidikan Khusus", "SLB" },
  };

  for (guint steps = 0; unit_id != 0 && steps < 16; steps++)
    {
      KnOrgUnit *unit = kn_store_lookup_unit (store, unit_id);

      if (unit == NULL)
        break;
      for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
        {
          if (strstr (kn_org_unit_get_name (unit), levels[i][0]) != NULL)
            return levels[i][1];
        }
      unit_id = kn_org_unit_get_parent_id (unit);
    }

  return "";
}

static const char *
opd_of (KnStore *store,
        gint64   unit_id)
{
  KnOrgUnit *unit = kn_store_lookup_unit (store, unit_id);

  for (guint steps = 0; unit != NULL && steps < 16; steps++)
    {
      KnOrgUnit *parent = kn_store_lookup_unit (store, kn_org_unit_get_parent_id (unit));

      if (parent == NULL)
        return kn_org_unit_get_name (unit);
      unit = parent;
    }

  return "";
}

static gboolean
move_plan (KnStore     *store,
           KnEmployee  *employee,
           KnPlan      *plan,
           GError     **error)
{
  const char *name = kn_employee_get_name (employee);
  KnPlanStatus wanted = KN_PLAN_STATUS_APPROVED;
  const char *reason = NULL;

  for (guint i = 0; i < n_demo_plan_status; i++)
    {
      if (g_str_equal (demo_plan_status[i].name, name))
        {
          wanted = demo_plan_status[i].status;
          reason = demo_plan_status[i].reason;
        }
    }

  if (wanted == KN_PLAN_STATUS_DRAFT)
    return TRUE;

  if (!kn_store_set_plan_status (store, kn_plan_get_id (plan), KN_PLAN_STATUS_SUBMITTED, NULL,
                                 error) ||
      !kn_store_set_plan_status (store, kn_plan_get_id (plan), wanted, reason, error))
    return FALSE;

  kn_plan_set_status (plan, wanted);
  kn_plan_set_status_reason (plan, reason);
  return TRUE;
}

static gboolean
save_templates (KnStore    *store,
                GArray     *employee_ids,
                GHashTable *plans,
                GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_templates); i++)
    {
      for (guint j = 0; j < employee_ids->len; j++)
        {
          gint64 id = g_array_index (employee_ids, gint64, j);
          KnEmployee *employee = kn_store_lookup_employee (store, id);
          KnPlan *plan;

          if (!g_str_equal (kn_employee_get_position (employee), demo_templates[i]))
            continue;

          plan = g_hash_table_lookup (plans, &id);
          g_assert (plan != NULL);
          if (!kn_store_save_template (store, demo_templates[i], plan, error))
            {
              g_prefix_error (error, "%s: ", demo_templates[i]);
              return FALSE;
            }
          break;
        }
    }

  return TRUE;
}

/* Gives each employee of @employee_ids an SKP for the demo year, then moves it through the
 * workflow, and keeps a few plans as templates. @employee_ids is in chain order (everyone after
 * their atasan), so that a staff RHK can support an RHK saved before it. The ids come from the
 * caller because the store's employee model fills only at commit. */
gboolean
kn_demo_add_plans (KnStore  *store,
                   GArray   *employee_ids,
                   GError  **error)
{
  g_autoptr(GHashTable) plans = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       g_object_unref);

  g_return_val_if_fail (KN_IS_STORE (store), FALSE);
  g_return_val_if_fail (employee_ids != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  load_tables ();
  for (guint i = 0; i < employee_ids->len; i++)
    {
      gint64 id = g_array_index (employee_ids, gint64, i);
      KnEmployee *employee = kn_store_lookup_employee (store, id);
      g_autoptr(GRand) rand = NULL;
      g_autoptr(KnPlan) plan = NULL;
      gint64 supervisor_id;
      KnEmployee *supervisor;
      KnOrgUnit *unit;
      KnPlan *assessor_plan = NULL;
      Person person = { 0, };

      g_assert (employee != NULL);
      supervisor_id = kn_employee_get_supervisor_id (employee);
      supervisor = kn_store_lookup_employee (store, supervisor_id);
      unit = kn_store_lookup_unit (store, kn_employee_get_unit_id (employee));
      g_assert (unit != NULL);
      if (supervisor != NULL)
        {
          assessor_plan = g_hash_table_lookup (plans, &supervisor_id);
          g_assert (assessor_plan != NULL);
        }

      rand = g_rand_new_with_seed (DEMO_SKP_SEED ^ g_str_hash (kn_employee_get_name (employee)));
      person.employee = employee;
      person.unit = kn_org_unit_get_name (unit);
      person.opd = opd_of (store, kn_org_unit_get_id (unit));
      person.jenjang = jenjang_of (store, kn_org_unit_get_id (unit));
      person.atasan = supervisor != NULL ? kn_employee_get_position (supervisor) : NULL;
      person.subject = subject_for (kn_employee_get_position (employee));
      person.group = group_for (employee);
      person.rand = rand;
      if (person.subject != NULL)
        person.kelas = person.subject->vocational
                       ? "XI dan XII"
                       : kelas_umum[g_rand_int_range (rand, 0, (gint32) G_N_ELEMENTS (kelas_umum))];

      plan = make_plan (&person, assessor_plan);
      if (!kn_store_save_plan (store, plan, error) ||
          !move_plan (store, employee, plan, error))
        {
          g_prefix_error (error, "%s: ", kn_employee_get_name (employee));
          return FALSE;
        }

      g_hash_table_insert (plans, g_memdup2 (&id, sizeof id), g_steal_pointer (&plan));
    }

  return save_templates (store, employee_ids, plans, error);
}
