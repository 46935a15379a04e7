/* SPDX-License-Identifier: GPL-3.0-or-later */
/* GTypes, stable machine names, translated labels and workflow rules of the SKP enumerations. */

#define G_LOG_DOMAIN "kn-plan-enums"

#include "config.h"

#include <glib.h>
#include <glib-object.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-plan-enums.h"

G_DEFINE_ENUM_TYPE (KnPlanStatus, kn_plan_status,
  G_DEFINE_ENUM_VALUE (KN_PLAN_STATUS_DRAFT, "draft"),
  G_DEFINE_ENUM_VALUE (KN_PLAN_STATUS_SUBMITTED, "diajukan"),
  G_DEFINE_ENUM_VALUE (KN_PLAN_STATUS_APPROVED, "disetujui"),
  G_DEFINE_ENUM_VALUE (KN_PLAN_STATUS_RETURNED, "dikembalikan"))

G_DEFINE_ENUM_TYPE (KnPlanApproach, kn_plan_approach,
  G_DEFINE_ENUM_VALUE (KN_PLAN_APPROACH_QUANTITATIVE, "kuantitatif"),
  G_DEFINE_ENUM_VALUE (KN_PLAN_APPROACH_QUALITATIVE, "kualitatif"))

G_DEFINE_ENUM_TYPE (KnResultKind, kn_result_kind,
  G_DEFINE_ENUM_VALUE (KN_RESULT_KIND_UTAMA, "utama"),
  G_DEFINE_ENUM_VALUE (KN_RESULT_KIND_TAMBAHAN, "tambahan"))

/* The GType nick of the NONE values is "none" so that GtkBuilder and debug output can name
 * them; their machine name in the database and CSV is the empty string. */
G_DEFINE_ENUM_TYPE (KnAspect, kn_aspect,
  G_DEFINE_ENUM_VALUE (KN_ASPECT_NONE, "none"),
  G_DEFINE_ENUM_VALUE (KN_ASPECT_KUANTITAS, "kuantitas"),
  G_DEFINE_ENUM_VALUE (KN_ASPECT_KUALITAS, "kualitas"),
  G_DEFINE_ENUM_VALUE (KN_ASPECT_WAKTU, "waktu"),
  G_DEFINE_ENUM_VALUE (KN_ASPECT_BIAYA, "biaya"))

G_DEFINE_ENUM_TYPE (KnPerspective, kn_perspective,
  G_DEFINE_ENUM_VALUE (KN_PERSPECTIVE_NONE, "none"),
  G_DEFINE_ENUM_VALUE (KN_PERSPECTIVE_PENERIMA_LAYANAN, "penerima-layanan"),
  G_DEFINE_ENUM_VALUE (KN_PERSPECTIVE_PROSES_BISNIS, "proses-bisnis"),
  G_DEFINE_ENUM_VALUE (KN_PERSPECTIVE_PENGUATAN_INTERNAL, "penguatan-internal"),
  G_DEFINE_ENUM_VALUE (KN_PERSPECTIVE_ANGGARAN, "anggaran"))

G_DEFINE_ENUM_TYPE (KnDirection, kn_direction,
  G_DEFINE_ENUM_VALUE (KN_DIRECTION_MORE_IS_BETTER, "more"),
  G_DEFINE_ENUM_VALUE (KN_DIRECTION_LESS_IS_BETTER, "less"))

G_DEFINE_ENUM_TYPE (KnCoreValue, kn_core_value,
  G_DEFINE_ENUM_VALUE (KN_CORE_VALUE_BERORIENTASI_PELAYANAN, "berorientasi-pelayanan"),
  G_DEFINE_ENUM_VALUE (KN_CORE_VALUE_AKUNTABEL, "akuntabel"),
  G_DEFINE_ENUM_VALUE (KN_CORE_VALUE_KOMPETEN, "kompeten"),
  G_DEFINE_ENUM_VALUE (KN_CORE_VALUE_HARMONIS, "harmonis"),
  G_DEFINE_ENUM_VALUE (KN_CORE_VALUE_LOYAL, "loyal"),
  G_DEFINE_ENUM_VALUE (KN_CORE_VALUE_ADAPTIF, "adaptif"),
  G_DEFINE_ENUM_VALUE (KN_CORE_VALUE_KOLABORATIF, "kolaboratif"))

/* KnAttachmentSection has no GType, so its machine names live here. */
static const char * const attachment_names[KN_ATTACHMENT_N] = {
  [KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA] = "dukungan-sumber-daya",
  [KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN] = "skema-pertanggungjawaban",
  [KN_ATTACHMENT_KONSEKUENSI] = "konsekuensi",
};

/* The English source of the guides follows the official wording of SE Menteri PANRB
 * No. 20/2021; each comment gives that wording for the translator. */
static const char * const core_value_guides[KN_CORE_VALUE_N][3] = {
  [KN_CORE_VALUE_BERORIENTASI_PELAYANAN] = {
    /* Translators: official BerAKHLAK guide 1 of Berorientasi Pelayanan, officially
       "Memahami dan memenuhi kebutuhan masyarakat". */
    N_("Understands and meets the needs of the public"),
    /* Translators: official BerAKHLAK guide 2 of Berorientasi Pelayanan, officially
       "Ramah, cekatan, solutif, dan dapat diandalkan". */
    N_("Is friendly, quick, solution-minded and dependable"),
    /* Translators: official BerAKHLAK guide 3 of Berorientasi Pelayanan, officially
       "Melakukan perbaikan tiada henti". */
    N_("Keeps improving without end"),
  },
  [KN_CORE_VALUE_AKUNTABEL] = {
    /* Translators: official BerAKHLAK guide 1 of Akuntabel, officially "Melaksanakan tugas
       dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi". */
    N_("Carries out duties honestly, responsibly, carefully, with discipline and high integrity"),
    /* Translators: official BerAKHLAK guide 2 of Akuntabel, officially "Menggunakan kekayaan
       dan barang milik negara secara bertanggung jawab, efektif, dan efisien". */
    N_("Uses state money and property responsibly, effectively and efficiently"),
    /* Translators: official BerAKHLAK guide 3 of Akuntabel, officially
       "Tidak menyalahgunakan kewenangan jabatan". */
    N_("Does not abuse the authority of office"),
  },
  [KN_CORE_VALUE_KOMPETEN] = {
    /* Translators: official BerAKHLAK guide 1 of Kompeten, officially "Meningkatkan
       kompetensi diri untuk menjawab tantangan yang selalu berubah". */
    N_("Keeps raising own competence to meet ever-changing challenges"),
    /* Translators: official BerAKHLAK guide 2 of Kompeten, officially
       "Membantu orang lain belajar". */
    N_("Helps others learn"),
    /* Translators: official BerAKHLAK guide 3 of Kompeten, officially
       "Melaksanakan tugas dengan kualitas terbaik". */
    N_("Carries out tasks to the best quality"),
  },
  [KN_CORE_VALUE_HARMONIS] = {
    /* Translators: official BerAKHLAK guide 1 of Harmonis, officially
       "Menghargai setiap orang apapun latar belakangnya". */
    N_("Respects everyone whatever their background"),
    /* Translators: official BerAKHLAK guide 2 of Harmonis, officially
       "Suka menolong orang lain". */
    N_("Likes to help others"),
    /* Translators: official BerAKHLAK guide 3 of Harmonis, officially
       "Membangun lingkungan kerja yang kondusif". */
    N_("Builds a conducive working environment"),
  },
  [KN_CORE_VALUE_LOYAL] = {
    /* Translators: official BerAKHLAK guide 1 of Loyal, officially "Memegang teguh ideologi
       Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI
       serta pemerintahan yang sah". */
    N_("Upholds Pancasila and the 1945 Constitution, and is loyal to the Unitary State of "
       "the Republic of Indonesia and its lawful government"),
    /* Translators: official BerAKHLAK guide 2 of Loyal, officially "Menjaga nama baik
       sesama ASN, pimpinan, instansi, dan negara". */
    N_("Guards the good name of fellow civil servants, superiors, the agency and the state"),
    /* Translators: official BerAKHLAK guide 3 of Loyal, officially
       "Menjaga rahasia jabatan dan negara". */
    N_("Keeps the secrets of office and of the state"),
  },
  [KN_CORE_VALUE_ADAPTIF] = {
    /* Translators: official BerAKHLAK guide 1 of Adaptif, officially
       "Cepat menyesuaikan diri menghadapi perubahan". */
    N_("Adjusts quickly to change"),
    /* Translators: official BerAKHLAK guide 2 of Adaptif, officially
       "Terus berinovasi dan mengembangkan kreativitas". */
    N_("Keeps innovating and developing creativity"),
    /* Translators: official BerAKHLAK guide 3 of Adaptif, officially "Bertindak proaktif". */
    N_("Acts proactively"),
  },
  [KN_CORE_VALUE_KOLABORATIF] = {
    /* Translators: official BerAKHLAK guide 1 of Kolaboratif, officially "Memberi kesempatan
       kepada berbagai pihak untuk berkontribusi". */
    N_("Gives others the opportunity to contribute"),
    /* Translators: official BerAKHLAK guide 2 of Kolaboratif, officially "Terbuka dalam
       bekerja sama untuk menghasilkan nilai tambah". */
    N_("Is open to working together to create added value"),
    /* Translators: official BerAKHLAK guide 3 of Kolaboratif, officially "Menggerakkan
       pemanfaatan berbagai sumber daya untuk tujuan bersama". */
    N_("Mobilises resources for shared goals"),
  },
};

/* The class is kept for the life of the process, so its nicks can be returned as static strings. */
static GEnumClass *
enum_class (GType type)
{
  GEnumClass *klass = g_type_class_peek (type);

  if (klass == NULL)
    klass = g_type_class_ref (type);

  return klass;
}

static const char *
enum_to_nick (GType type,
              int   value)
{
  GEnumValue *enum_value = g_enum_get_value (enum_class (type), value);

  return enum_value != NULL ? enum_value->value_nick : NULL;
}

static gboolean
enum_from_nick (GType       type,
                const char *text,
                int        *value)
{
  GEnumValue *enum_value;

  g_assert (value != NULL);

  if (text == NULL)
    return FALSE;

  enum_value = g_enum_get_value_by_nick (enum_class (type), text);
  if (enum_value == NULL)
    return FALSE;

  *value = enum_value->value;

  return TRUE;
}

const char *
kn_plan_status_to_string (KnPlanStatus status)
{
  g_return_val_if_fail ((guint) status < KN_PLAN_STATUS_N, NULL);

  return enum_to_nick (KN_TYPE_PLAN_STATUS, status);
}

gboolean
kn_plan_status_from_string (const char   *text,
                            KnPlanStatus *status)
{
  int value;

  if (!enum_from_nick (KN_TYPE_PLAN_STATUS, text, &value))
    return FALSE;

  if (status != NULL)
    *status = (KnPlanStatus) value;

  return TRUE;
}

const char *
kn_plan_approach_to_string (KnPlanApproach approach)
{
  g_return_val_if_fail ((guint) approach < KN_PLAN_APPROACH_N, NULL);

  return enum_to_nick (KN_TYPE_PLAN_APPROACH, approach);
}

gboolean
kn_plan_approach_from_string (const char     *text,
                              KnPlanApproach *approach)
{
  int value;

  if (!enum_from_nick (KN_TYPE_PLAN_APPROACH, text, &value))
    return FALSE;

  if (approach != NULL)
    *approach = (KnPlanApproach) value;

  return TRUE;
}

const char *
kn_result_kind_to_string (KnResultKind kind)
{
  g_return_val_if_fail ((guint) kind < KN_RESULT_KIND_N, NULL);

  return enum_to_nick (KN_TYPE_RESULT_KIND, kind);
}

gboolean
kn_result_kind_from_string (const char   *text,
                            KnResultKind *kind)
{
  int value;

  if (!enum_from_nick (KN_TYPE_RESULT_KIND, text, &value))
    return FALSE;

  if (kind != NULL)
    *kind = (KnResultKind) value;

  return TRUE;
}

const char *
kn_aspect_to_string (KnAspect aspect)
{
  g_return_val_if_fail ((guint) aspect < KN_ASPECT_N, NULL);

  if (aspect == KN_ASPECT_NONE)
    return "";

  return enum_to_nick (KN_TYPE_ASPECT, aspect);
}

gboolean
kn_aspect_from_string (const char *text,
                       KnAspect   *aspect)
{
  int value;

  if (text != NULL && text[0] == '\0')
    value = KN_ASPECT_NONE;
  else if (!enum_from_nick (KN_TYPE_ASPECT, text, &value) || value == KN_ASPECT_NONE)
    return FALSE;

  if (aspect != NULL)
    *aspect = (KnAspect) value;

  return TRUE;
}

const char *
kn_perspective_to_string (KnPerspective perspective)
{
  g_return_val_if_fail ((guint) perspective < KN_PERSPECTIVE_N, NULL);

  if (perspective == KN_PERSPECTIVE_NONE)
    return "";

  return enum_to_nick (KN_TYPE_PERSPECTIVE, perspective);
}

gboolean
kn_perspective_from_string (const char    *text,
                            KnPerspective *perspective)
{
  int value;

  if (text != NULL && text[0] == '\0')
    value = KN_PERSPECTIVE_NONE;
  else if (!enum_from_nick (KN_TYPE_PERSPECTIVE, text, &value) || value == KN_PERSPECTIVE_NONE)
    return FALSE;

  if (perspective != NULL)
    *perspective = (KnPerspective) value;

  return TRUE;
}

const char *
kn_direction_to_string (KnDirection direction)
{
  g_return_val_if_fail ((guint) direction < KN_DIRECTION_N, NULL);

  return enum_to_nick (KN_TYPE_DIRECTION, direction);
}

gboolean
kn_direction_from_string (const char  *text,
                          KnDirection *direction)
{
  int value;

  if (!enum_from_nick (KN_TYPE_DIRECTION, text, &value))
    return FALSE;

  if (direction != NULL)
    *direction = (KnDirection) value;

  return TRUE;
}

const char *
kn_core_value_to_string (KnCoreValue value)
{
  g_return_val_if_fail ((guint) value < KN_CORE_VALUE_N, NULL);

  return enum_to_nick (KN_TYPE_CORE_VALUE, value);
}

gboolean
kn_core_value_from_string (const char  *text,
                           KnCoreValue *value)
{
  int parsed;

  if (!enum_from_nick (KN_TYPE_CORE_VALUE, text, &parsed))
    return FALSE;

  if (value != NULL)
    *value = (KnCoreValue) parsed;

  return TRUE;
}

const char *
kn_attachment_section_to_string (KnAttachmentSection section)
{
  g_return_val_if_fail ((guint) section < KN_ATTACHMENT_N, NULL);

  return attachment_names[section];
}

gboolean
kn_attachment_section_from_string (const char          *text,
                                   KnAttachmentSection *section)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < KN_ATTACHMENT_N; i++)
    {
      if (g_str_equal (text, attachment_names[i]))
        {
          if (section != NULL)
            *section = (KnAttachmentSection) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
kn_plan_status_label (KnPlanStatus status)
{
  switch (status)
    {
    case KN_PLAN_STATUS_DRAFT:
      return C_("plan status", "Draft");
    case KN_PLAN_STATUS_SUBMITTED:
      return C_("plan status", "Submitted");
    case KN_PLAN_STATUS_APPROVED:
      return C_("plan status", "Approved");
    case KN_PLAN_STATUS_RETURNED:
      return C_("plan status", "Returned");
    case KN_PLAN_STATUS_N:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
kn_plan_approach_label (KnPlanApproach approach)
{
  switch (approach)
    {
    case KN_PLAN_APPROACH_QUANTITATIVE:
      return C_("plan approach", "Quantitative");
    case KN_PLAN_APPROACH_QUALITATIVE:
      return C_("plan approach", "Qualitative");
    case KN_PLAN_APPROACH_N:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
kn_result_kind_label (KnResultKind kind)
{
  switch (kind)
    {
    case KN_RESULT_KIND_UTAMA:
      return C_("rhk kind", "Main");
    case KN_RESULT_KIND_TAMBAHAN:
      return C_("rhk kind", "Additional");
    case KN_RESULT_KIND_N:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The NONE values return a plain "": gettext ("") would return the catalogue header. */
const char *
kn_aspect_label (KnAspect aspect)
{
  switch (aspect)
    {
    case KN_ASPECT_NONE:
      return "";
    case KN_ASPECT_KUANTITAS:
      return C_("aspek", "Kuantitas");
    case KN_ASPECT_KUALITAS:
      return C_("aspek", "Kualitas");
    case KN_ASPECT_WAKTU:
      return C_("aspek", "Waktu");
    case KN_ASPECT_BIAYA:
      return C_("aspek", "Biaya");
    case KN_ASPECT_N:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
kn_perspective_label (KnPerspective perspective)
{
  switch (perspective)
    {
    case KN_PERSPECTIVE_NONE:
      return "";
    case KN_PERSPECTIVE_PENERIMA_LAYANAN:
      return C_("perspektif", "Penerima Layanan");
    case KN_PERSPECTIVE_PROSES_BISNIS:
      return C_("perspektif", "Proses Bisnis");
    case KN_PERSPECTIVE_PENGUATAN_INTERNAL:
      return C_("perspektif", "Penguatan Internal");
    case KN_PERSPECTIVE_ANGGARAN:
      return C_("perspektif", "Anggaran");
    case KN_PERSPECTIVE_N:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
kn_direction_label (KnDirection direction)
{
  switch (direction)
    {
    case KN_DIRECTION_MORE_IS_BETTER:
      return C_("direction", "More is better");
    case KN_DIRECTION_LESS_IS_BETTER:
      return C_("direction", "Less is better");
    case KN_DIRECTION_N:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
kn_core_value_label (KnCoreValue value)
{
  switch (value)
    {
    case KN_CORE_VALUE_BERORIENTASI_PELAYANAN:
      return C_("core value", "Berorientasi Pelayanan");
    case KN_CORE_VALUE_AKUNTABEL:
      return C_("core value", "Akuntabel");
    case KN_CORE_VALUE_KOMPETEN:
      return C_("core value", "Kompeten");
    case KN_CORE_VALUE_HARMONIS:
      return C_("core value", "Harmonis");
    case KN_CORE_VALUE_LOYAL:
      return C_("core value", "Loyal");
    case KN_CORE_VALUE_ADAPTIF:
      return C_("core value", "Adaptif");
    case KN_CORE_VALUE_KOLABORATIF:
      return C_("core value", "Kolaboratif");
    case KN_CORE_VALUE_N:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
kn_attachment_section_label (KnAttachmentSection section)
{
  switch (section)
    {
    case KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA:
      return C_("lampiran", "Dukungan Sumber Daya");
    case KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN:
      return C_("lampiran", "Skema Pertanggungjawaban");
    case KN_ATTACHMENT_KONSEKUENSI:
      return C_("lampiran", "Konsekuensi");
    case KN_ATTACHMENT_N:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
kn_core_value_guide (KnCoreValue value,
                     guint       index)
{
  g_return_val_if_fail ((guint) value < KN_CORE_VALUE_N, NULL);
  g_return_val_if_fail (index < G_N_ELEMENTS (core_value_guides[0]), NULL);

  return _(core_value_guides[value][index]);
}

gboolean
kn_plan_status_can_change (KnPlanStatus from,
                           KnPlanStatus to)
{
  g_return_val_if_fail ((guint) from < KN_PLAN_STATUS_N, FALSE);
  g_return_val_if_fail ((guint) to < KN_PLAN_STATUS_N, FALSE);

  switch (from)
    {
    case KN_PLAN_STATUS_DRAFT:
    case KN_PLAN_STATUS_RETURNED:
      return to == KN_PLAN_STATUS_SUBMITTED;
    case KN_PLAN_STATUS_SUBMITTED:
      return to == KN_PLAN_STATUS_APPROVED ||
             to == KN_PLAN_STATUS_RETURNED ||
             to == KN_PLAN_STATUS_DRAFT;
    case KN_PLAN_STATUS_APPROVED:
      return to == KN_PLAN_STATUS_DRAFT;
    case KN_PLAN_STATUS_N:
    default:
      g_return_val_if_reached (FALSE);
    }
}

gboolean
kn_plan_status_is_editable (KnPlanStatus status)
{
  g_return_val_if_fail ((guint) status < KN_PLAN_STATUS_N, FALSE);

  return status == KN_PLAN_STATUS_DRAFT || status == KN_PLAN_STATUS_RETURNED;
}
