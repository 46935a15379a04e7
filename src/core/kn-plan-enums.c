/* SPDX-License-Identifier: GPL-3.0-or-later */
/* GTypes, stable machine names, translated labels and workflow rules of the SKP enumerations. */

#define G_LOG_DOMAIN "kn-plan-enums"

#include "config.h"

#include <glib.h>
#include <glib-object.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-plan-enums.h"

#include "kn-enum-table.h"

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

/* The NONE values have the machine name "" (their GType nick "none" is not one) and the
 * label "". */
static const KnEnumTable plan_status_table = {
  "plan status", KN_PLAN_STATUS_N, (const KnEnumEntry[]) {
    [KN_PLAN_STATUS_DRAFT] = { "draft", NC_("plan status", "Draft") },
    [KN_PLAN_STATUS_SUBMITTED] = { "diajukan", NC_("plan status", "Submitted") },
    [KN_PLAN_STATUS_APPROVED] = { "disetujui", NC_("plan status", "Approved") },
    [KN_PLAN_STATUS_RETURNED] = { "dikembalikan", NC_("plan status", "Returned") },
  }
};

static const KnEnumTable plan_approach_table = {
  "plan approach", KN_PLAN_APPROACH_N, (const KnEnumEntry[]) {
    [KN_PLAN_APPROACH_QUANTITATIVE] = { "kuantitatif", NC_("plan approach", "Quantitative") },
    [KN_PLAN_APPROACH_QUALITATIVE] = { "kualitatif", NC_("plan approach", "Qualitative") },
  }
};

static const KnEnumTable result_kind_table = {
  "rhk kind", KN_RESULT_KIND_N, (const KnEnumEntry[]) {
    [KN_RESULT_KIND_UTAMA] = { "utama", NC_("rhk kind", "Main") },
    [KN_RESULT_KIND_TAMBAHAN] = { "tambahan", NC_("rhk kind", "Additional") },
  }
};

static const KnEnumTable aspect_table = {
  "aspek", KN_ASPECT_N, (const KnEnumEntry[]) {
    [KN_ASPECT_NONE] = { "", "" },
    [KN_ASPECT_KUANTITAS] = { "kuantitas", NC_("aspek", "Kuantitas") },
    [KN_ASPECT_KUALITAS] = { "kualitas", NC_("aspek", "Kualitas") },
    [KN_ASPECT_WAKTU] = { "waktu", NC_("aspek", "Waktu") },
    [KN_ASPECT_BIAYA] = { "biaya", NC_("aspek", "Biaya") },
  }
};

static const KnEnumTable perspective_table = {
  "perspektif", KN_PERSPECTIVE_N, (const KnEnumEntry[]) {
    [KN_PERSPECTIVE_NONE] = { "", "" },
    [KN_PERSPECTIVE_PENERIMA_LAYANAN] = { "penerima-layanan",
                                          NC_("perspektif", "Penerima Layanan") },
    [KN_PERSPECTIVE_PROSES_BISNIS] = { "proses-bisnis", NC_("perspektif", "Proses Bisnis") },
    [KN_PERSPECTIVE_PENGUATAN_INTERNAL] = { "penguatan-internal",
                                            NC_("perspektif", "Penguatan Internal") },
    [KN_PERSPECTIVE_ANGGARAN] = { "anggaran", NC_("perspektif", "Anggaran") },
  }
};

static const KnEnumTable direction_table = {
  "direction", KN_DIRECTION_N, (const KnEnumEntry[]) {
    [KN_DIRECTION_MORE_IS_BETTER] = { "more", NC_("direction", "More is better") },
    [KN_DIRECTION_LESS_IS_BETTER] = { "less", NC_("direction", "Less is better") },
  }
};

static const KnEnumTable core_value_table = {
  "core value", KN_CORE_VALUE_N, (const KnEnumEntry[]) {
    [KN_CORE_VALUE_BERORIENTASI_PELAYANAN] = { "berorientasi-pelayanan",
                                               NC_("core value", "Berorientasi Pelayanan") },
    [KN_CORE_VALUE_AKUNTABEL] = { "akuntabel", NC_("core value", "Akuntabel") },
    [KN_CORE_VALUE_KOMPETEN] = { "kompeten", NC_("core value", "Kompeten") },
    [KN_CORE_VALUE_HARMONIS] = { "harmonis", NC_("core value", "Harmonis") },
    [KN_CORE_VALUE_LOYAL] = { "loyal", NC_("core value", "Loyal") },
    [KN_CORE_VALUE_ADAPTIF] = { "adaptif", NC_("core value", "Adaptif") },
    [KN_CORE_VALUE_KOLABORATIF] = { "kolaboratif", NC_("core value", "Kolaboratif") },
  }
};

static const KnEnumTable attachment_section_table = {
  "lampiran", KN_ATTACHMENT_N, (const KnEnumEntry[]) {
    [KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA] = { "dukungan-sumber-daya",
                                             NC_("lampiran", "Dukungan Sumber Daya") },
    [KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN] = { "skema-pertanggungjawaban",
                                                 NC_("lampiran", "Skema Pertanggungjawaban") },
    [KN_ATTACHMENT_KONSEKUENSI] = { "konsekuensi", NC_("lampiran", "Konsekuensi") },
  }
};

const char *
kn_plan_status_to_string (KnPlanStatus status)
{
  g_return_val_if_fail ((guint) status < KN_PLAN_STATUS_N, NULL);

  return kn_enum_table_to_string (&plan_status_table, status);
}

gboolean
kn_plan_status_from_string (const char   *text,
                            KnPlanStatus *status)
{
  return kn_enum_table_from_string (&plan_status_table, text, (int *) status);
}

const char *
kn_plan_status_label (KnPlanStatus status)
{
  g_return_val_if_fail ((guint) status < KN_PLAN_STATUS_N, NULL);

  return kn_enum_table_label (&plan_status_table, status);
}

const char *
kn_plan_approach_to_string (KnPlanApproach approach)
{
  g_return_val_if_fail ((guint) approach < KN_PLAN_APPROACH_N, NULL);

  return kn_enum_table_to_string (&plan_approach_table, approach);
}

gboolean
kn_plan_approach_from_string (const char     *text,
                              KnPlanApproach *approach)
{
  return kn_enum_table_from_string (&plan_approach_table, text, (int *) approach);
}

const char *
kn_plan_approach_label (KnPlanApproach approach)
{
  g_return_val_if_fail ((guint) approach < KN_PLAN_APPROACH_N, NULL);

  return kn_enum_table_label (&plan_approach_table, approach);
}

const char *
kn_result_kind_to_string (KnResultKind kind)
{
  g_return_val_if_fail ((guint) kind < KN_RESULT_KIND_N, NULL);

  return kn_enum_table_to_string (&result_kind_table, kind);
}

gboolean
kn_result_kind_from_string (const char   *text,
                            KnResultKind *kind)
{
  return kn_enum_table_from_string (&result_kind_table, text, (int *) kind);
}

const char *
kn_result_kind_label (KnResultKind kind)
{
  g_return_val_if_fail ((guint) kind < KN_RESULT_KIND_N, NULL);

  return kn_enum_table_label (&result_kind_table, kind);
}

const char *
kn_aspect_to_string (KnAspect aspect)
{
  g_return_val_if_fail ((guint) aspect < KN_ASPECT_N, NULL);

  return kn_enum_table_to_string (&aspect_table, aspect);
}

gboolean
kn_aspect_from_string (const char *text,
                       KnAspect   *aspect)
{
  return kn_enum_table_from_string (&aspect_table, text, (int *) aspect);
}

const char *
kn_aspect_label (KnAspect aspect)
{
  g_return_val_if_fail ((guint) aspect < KN_ASPECT_N, NULL);

  return kn_enum_table_label (&aspect_table, aspect);
}

const char *
kn_perspective_to_string (KnPerspective perspective)
{
  g_return_val_if_fail ((guint) perspective < KN_PERSPECTIVE_N, NULL);

  return kn_enum_table_to_string (&perspective_table, perspective);
}

gboolean
kn_perspective_from_string (const char    *text,
                            KnPerspective *perspective)
{
  return kn_enum_table_from_string (&perspective_table, text, (int *) perspective);
}

const char *
kn_perspective_label (KnPerspective perspective)
{
  g_return_val_if_fail ((guint) perspective < KN_PERSPECTIVE_N, NULL);

  return kn_enum_table_label (&perspective_table, perspective);
}

const char *
kn_direction_to_string (KnDirection direction)
{
  g_return_val_if_fail ((guint) direction < KN_DIRECTION_N, NULL);

  return kn_enum_table_to_string (&direction_table, direction);
}

gboolean
kn_direction_from_string (const char  *text,
                          KnDirection *direction)
{
  return kn_enum_table_from_string (&direction_table, text, (int *) direction);
}

const char *
kn_direction_label (KnDirection direction)
{
  g_return_val_if_fail ((guint) direction < KN_DIRECTION_N, NULL);

  return kn_enum_table_label (&direction_table, direction);
}

const char *
kn_core_value_to_string (KnCoreValue value)
{
  g_return_val_if_fail ((guint) value < KN_CORE_VALUE_N, NULL);

  return kn_enum_table_to_string (&core_value_table, value);
}

gboolean
kn_core_value_from_string (const char  *text,
                           KnCoreValue *value)
{
  return kn_enum_table_from_string (&core_value_table, text, (int *) value);
}

const char *
kn_core_value_label (KnCoreValue value)
{
  g_return_val_if_fail ((guint) value < KN_CORE_VALUE_N, NULL);

  return kn_enum_table_label (&core_value_table, value);
}

const char *
kn_attachment_section_to_string (KnAttachmentSection section)
{
  g_return_val_if_fail ((guint) section < KN_ATTACHMENT_N, NULL);

  return kn_enum_table_to_string (&attachment_section_table, section);
}

gboolean
kn_attachment_section_from_string (const char          *text,
                                   KnAttachmentSection *section)
{
  return kn_enum_table_from_string (&attachment_section_table, text, (int *) section);
}

const char *
kn_attachment_section_label (KnAttachmentSection section)
{
  g_return_val_if_fail ((guint) section < KN_ATTACHMENT_N, NULL);

  return kn_enum_table_label (&attachment_section_table, section);
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
