/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The fixed wording of the official forms (PermenPAN-RB 6/2022 and its lampiran): titles, column
 * headings, rule sentences and signature captions, in one place that the PDF composer
 * (src/report) and the Excel writer (src/io) both read, so that the two cannot drift. These are
 * the words of legal documents: Indonesian whatever the interface language, never translated. */

#pragma once

#include <glib.h>

#include "kn-rules.h"
#include "kn-store-review.h"

G_BEGIN_DECLS

/* Titles */
#define KN_FORM_TITLE_SKP             "SASARAN KINERJA PEGAWAI"
#define KN_FORM_TITLE_LAMPIRAN        "LAMPIRAN SASARAN KINERJA PEGAWAI"
#define KN_FORM_TITLE_EVALUASI        "EVALUASI KINERJA PEGAWAI"
#define KN_FORM_TITLE_DOKUMEN         "DOKUMEN EVALUASI KINERJA PEGAWAI"
#define KN_FORM_TITLE_REKAP           "PENETAPAN PREDIKAT KINERJA PEGAWAI"
#define KN_FORM_GROUP_JPT             "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
#define KN_FORM_GROUP_OTHER           "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL"

/* Period lines: "PERIODE: TRIWULAN I/II/III/IV-AKHIR", "PERIODE PENILAIAN: 1 Januari s.d. …" */
#define KN_FORM_PERIOD                "PERIODE: "
#define KN_FORM_PERIOD_DATES          "PERIODE PENILAIAN: "
#define KN_FORM_PERIOD_QUARTER        "TRIWULAN"
#define KN_FORM_PERIOD_ANNUAL         "AKHIR"

/* The identity blocks */
#define KN_FORM_NO                    "NO"
#define KN_FORM_INSTANSI              "NAMA INSTANSI"
#define KN_FORM_PERIODE_PENILAIAN     "PERIODE PENILAIAN"
#define KN_FORM_EMPLOYEE              "PEGAWAI YANG DINILAI"
#define KN_FORM_ASSESSOR              "PEJABAT PENILAI KINERJA"
#define KN_FORM_SUPERIOR              "ATASAN PEJABAT PENILAI KINERJA"
#define KN_FORM_N_PERSON_LABELS       5

/* The hasil kerja table */
#define KN_FORM_HASIL_KERJA           "HASIL KERJA"
#define KN_FORM_SECTION_UTAMA         "A. UTAMA"
#define KN_FORM_SECTION_TAMBAHAN      "B. TAMBAHAN"
#define KN_FORM_CONTINUED             "(lanjutan)"
#define KN_FORM_COL_INTERVENSI        "RENCANA HASIL KERJA PIMPINAN/ATASAN YANG DIINTERVENSI"
#define KN_FORM_COL_RHK               "RENCANA HASIL KERJA"
#define KN_FORM_COL_ASPEK             "ASPEK"
#define KN_FORM_COL_PERSPEKTIF        "PERSPEKTIF"
#define KN_FORM_COL_IKI               "INDIKATOR KINERJA INDIVIDU"
#define KN_FORM_COL_TARGET            "TARGET"
#define KN_FORM_COL_REALISASI         "REALISASI BERDASARKAN BUKTI DUKUNG"
#define KN_FORM_COL_FEEDBACK          "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"
/* Column (7) in three cells in Excel, so that the realisation and the capaian stay numbers. */
#define KN_FORM_COL_REALISASI_VALUE   "REALISASI"
#define KN_FORM_COL_CAPAIAN           "CAPAIAN"
#define KN_FORM_COL_BUKTI             "BUKTI DUKUNG"

/* Perilaku kerja */
#define KN_FORM_PERILAKU              "PERILAKU KERJA"
#define KN_FORM_EKSPEKTASI            "EKSPEKTASI KHUSUS PIMPINAN"

/* The evaluation: what the assessor sets is marked "*" and the note says so. */
#define KN_FORM_CAPAIAN_ORG           "CAPAIAN KINERJA ORGANISASI"
#define KN_FORM_POLA                  "POLA DISTRIBUSI"
#define KN_FORM_POLA_NOTE             "Kurva distribusi predikat kinerja pegawai pada unit kerja"
#define KN_FORM_RATING_RESULT         "RATING HASIL KERJA"
#define KN_FORM_RATING_BEHAVIOUR      "RATING PERILAKU KERJA"
#define KN_FORM_PREDIKAT              "PREDIKAT KINERJA PEGAWAI"
#define KN_FORM_SET_MARK              "*"
#define KN_FORM_SET_NOTE              "*) Ditetapkan oleh Pejabat Penilai Kinerja."
#define KN_FORM_EVALUASI_KINERJA      "EVALUASI KINERJA"
#define KN_FORM_CATATAN               "CATATAN/REKOMENDASI"

/* The Tim Penilai Kinerja's decision on the evaluation: a line under the predikat (Evaluasi), in
 * CATATAN/REKOMENDASI (Dokumen). */
#define KN_FORM_REVIEW                "Rekomendasi Tim Penilai Kinerja: "
/* On the Penetapan Predikat of a unit whose period a team reviewed: a section under the
 * distribution, and the team's ketua signs beside the unit's head. */
#define KN_FORM_REVIEW_TITLE          "TINJAUAN TIM PENILAI KINERJA"
#define KN_FORM_SIGN_REVIEW           "Ketua Tim Penilai Kinerja,"

/* The Penetapan Predikat */
#define KN_FORM_UNIT_KERJA            "UNIT KERJA"
#define KN_FORM_DISTRIBUSI            "DISTRIBUSI PREDIKAT KINERJA PEGAWAI"
#define KN_FORM_JUMLAH                "JUMLAH"
#define KN_FORM_PERSENTASE            "PERSENTASE"
#define KN_FORM_POLA_FOR              "POLA DISTRIBUSI UNTUK CAPAIAN KINERJA ORGANISASI"
#define KN_FORM_KESESUAIAN            "KESESUAIAN DENGAN POLA DISTRIBUSI"
#define KN_FORM_SESUAI_POLA           "Distribusi predikat kinerja pegawai sesuai dengan pola distribusi."
#define KN_FORM_BELUM_DITETAPKAN      "BELUM DITETAPKAN"

/* Signature captions */
#define KN_FORM_SIGN_EMPLOYEE         "Pegawai yang Dinilai,"
#define KN_FORM_SIGN_ASSESSOR         "Pejabat Penilai Kinerja,"
#define KN_FORM_SIGN_LEADER           "Pimpinan Unit Kerja,"

/* "NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA" for @field 0–4. */
const char *kn_form_text_person_label (guint          field);
/* "PENDEKATAN HASIL KERJA KUANTITATIF" (or @approach, "KUANTITATIF" when empty). */
char       *kn_form_text_approach     (const char    *approach);
/* KN_FORM_GROUP_JPT or KN_FORM_GROUP_OTHER. */
const char *kn_form_text_group        (gboolean       jpt);
/* "DI ATAS EKSPEKTASI" …; "" for none or out of range. */
const char *kn_form_text_rating       (KnRating       rating);
/* "ISTIMEWA", "BAIK", "BUTUH PERBAIKAN", "KURANG", "SANGAT KURANG"; "" for none. */
const char *kn_form_text_org_predikat (KnOrgPredikat  predikat);
/* "Rekomendasi Tim Penilai Kinerja: Setuju (3 Desember 2026)", or "…: Mohon ditinjau ulang —
 * the reason (date)", the day the team decided as it was here; NULL when @review is NULL or
 * not decided yet (kn_review_entry_is_open). */
char       *kn_form_text_review       (const KnReviewEntry *review);
/* The team's decision alone, as the Penetapan Predikat lists it per person: "Setuju
 * (3 Desember 2026)", "Mohon ditinjau ulang — the reason (date); belum ditanggapi Pejabat
 * Penilai Kinerja", "Diajukan, menunggu keputusan tim (sejak date)"; @answered (the assessor
 * put the matter before the team again after a "mohon ditinjau ulang") adds that it was
 * answered. NULL when @review is NULL. */
char       *kn_form_text_review_decision (const KnReviewEntry *review,
                                          gboolean             answered);
/* "Predikat kinerja pegawai pada penetapan ini telah ditinjau oleh @team (Surat Keputusan
 * Nomor @decree), diketuai oleh @ketua." — @decree and @ketua optional (NULL or ""). */
char       *kn_form_text_review_team  (const char    *team,
                                       const char    *decree,
                                       const char    *ketua);
/* CATATAN/REKOMENDASI: the assessor's @note, then @review on a line of its own; either NULL or
 * empty. */
char       *kn_form_text_catatan      (const char    *note,
                                       const char    *review);
/* The Lampiran's sections: "DUKUNGAN SUMBER DAYA", "SKEMA PERTANGGUNGJAWABAN", "KONSEKUENSI". */
const char *kn_form_text_attachment   (guint          section);

/* A choice the form prints as every option in its order, "/" between them, with all but the
 * chosen one struck through (the PDF and the workbook both write it from here). */
#define KN_FORM_OPTION_SEPARATOR      "/"
#define KN_FORM_MAX_OPTIONS           5

typedef struct
{
  const char *options[KN_FORM_MAX_OPTIONS];
  guint       n_options;
  int         chosen;   /* index into options; -1 when nothing is chosen (none struck) */
} KnFormOptions;

/* DI ATAS/SESUAI/DI BAWAH EKSPEKTASI (RATING HASIL KERJA, RATING PERILAKU KERJA). */
void        kn_form_text_rating_options       (KnRating       chosen,
                                               KnFormOptions *options);
/* ISTIMEWA/BAIK/BUTUH PERBAIKAN/KURANG/SANGAT KURANG (CAPAIAN KINERJA ORGANISASI). */
void        kn_form_text_org_predikat_options (KnOrgPredikat  chosen,
                                               KnFormOptions *options);
/* SANGAT BAIK/BAIK/BUTUH PERBAIKAN/KURANG/SANGAT KURANG (PREDIKAT KINERJA PEGAWAI). */
void        kn_form_text_predikat_options     (KnPredikat     chosen,
                                               KnFormOptions *options);

G_END_DECLS
