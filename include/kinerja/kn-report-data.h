/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the official documents show, gathered from the store into plain data before anything
 * is drawn or written: the same data serves the printer, PDF files, workbooks and the screen. */

#pragma once

#include "kn-chart-data.h"
#include "kn-store.h"

G_BEGIN_DECLS

typedef enum
{
  KN_DOCUMENT_SKP,          /* Sasaran Kinerja Pegawai with its Lampiran page */
  KN_DOCUMENT_EVALUASI,     /* Evaluasi Kinerja Pegawai for a period */
  KN_DOCUMENT_DOKUMEN,      /* Dokumen Evaluasi Kinerja Pegawai (one page) */
  KN_DOCUMENT_REKAP,        /* Penetapan Predikat Kinerja: the unit's recap */
} KnDocumentKind;

typedef enum
{
  KN_PAPER_A4,              /* 210 × 297 mm */
  KN_PAPER_F4,              /* 215 × 330 mm (Folio) */
} KnPaper;

/* The pejabat penilai of a kepala OPD (JPT), outside the roster (the Sekretaris Daerah or the
 * Gubernur), as the office records it in the settings; printed on a JPT's forms when the SKP
 * names no assessor from the roster. The NIP is optional. */
#define KN_SETTING_JPT_ASSESSOR_NAME      "jpt-assessor-name"      /* with titles */
#define KN_SETTING_JPT_ASSESSOR_POSITION  "jpt-assessor-position"  /* "Sekretaris Daerah" */
#define KN_SETTING_JPT_ASSESSOR_RANK      "jpt-assessor-rank"      /* "Pembina Utama, IV/e" */
#define KN_SETTING_JPT_ASSESSOR_NIP       "jpt-assessor-nip"
/* And his atasan, the kepala OPD's atasan pejabat penilai (the Gubernur): printed on the JPT's
 * Dokumen Evaluasi. No pangkat; the NIP is optional (an elected Gubernur has none). */
#define KN_SETTING_JPT_SUPERIOR_NAME      "jpt-superior-name"      /* with titles */
#define KN_SETTING_JPT_SUPERIOR_POSITION  "jpt-superior-position"  /* "Gubernur Lampung" */
#define KN_SETTING_JPT_SUPERIOR_NIP       "jpt-superior-nip"

/* A person as printed (from the snapshot when the evaluation is final). Strings never NULL. */
typedef struct
{
  char *name;       /* with academic titles */
  char *nip;        /* grouped: "19860926 201505 1 001" */
  char *rank;       /* "Penata, III/c" */
  char *position;
  char *unit;
} KnReportPerson;

typedef struct
{
  char *category;     /* aspek ("Kuantitas") or, for a JPT, perspektif; "" when none */
  char *text;
  char *target;       /* "12 dokumen", or the target sentence */
  char *realization;  /* Evaluasi only: "9 dokumen" or words; "" when none */
  char *evidence;     /* Evaluasi only: bukti dukung; "" when none */
  char *capaian;      /* Evaluasi only: "75 %"; "" when it cannot be computed */
} KnReportIndicator;

typedef struct
{
  KnResultKind  kind;
  char         *text;
  char         *parent_text;  /* the superior RHK supported; "" when none */
  GPtrArray    *indicators;   /* KnReportIndicator */
  char         *feedback;     /* Evaluasi only: dated feedback lines; "" when none */
} KnReportResult;

typedef struct
{
  char *value;        /* "Berorientasi Pelayanan" */
  char *guides[3];
  char *expectation;  /* Ekspektasi Khusus Pimpinan; "" when none */
  char *feedback;     /* Evaluasi only; "" when none */
} KnReportBehaviour;

/* The SKP, the Evaluasi Kinerja Pegawai and the Dokumen Evaluasi share this. */
typedef struct
{
  KnDocumentKind     kind;
  char              *instansi;     /* "Pemerintah Provinsi Lampung" */
  char              *letterhead;   /* the kop surat's lines, "\n" between; "" none (settings) */
  char              *logo;         /* the kop's logo file (PNG); "" none */
  char              *opd;          /* the employee's OPD: "Dinas Pendidikan dan Kebudayaan" */
  char              *kota;         /* "Bandar Lampung" */
  gboolean           jpt;
  char              *approach;     /* "KUANTITATIF" / "KUALITATIF" */
  guint              year;
  char              *year_period;  /* "1 Januari s.d. 31 Desember 2026" */
  KnReportPerson     employee;
  KnReportPerson     assessor;
  KnReportPerson     superior;     /* atasan pejabat penilai (Evaluasi, Dokumen) */
  GPtrArray         *results;      /* KnReportResult, utama first */
  KnReportBehaviour  behaviour[KN_CORE_VALUE_N];
  GPtrArray         *attachments[KN_ATTACHMENT_N];   /* char* */
  char              *sign_date;    /* "Bandar Lampung, 31 Desember 2026" */
  char              *status;       /* as printed, in Indonesian: the SKP's ("Disetujui", "Draf")
                                    * on the SKP, the evaluation's ("Final", "Draf") on the
                                    * Evaluasi and the Dokumen, with "; SKP Diajukan" when the
                                    * SKP is not approved */
  char              *mark;         /* "DRAF" on every page while the evaluation is not final or
                                    * the SKP not approved; NULL on a final, approved one */
  /* Evaluasi and Dokumen */
  KnPeriod           period;
  KnOrgPredikat      org_predikat;
  KnRating           rating_result;
  KnRating           rating_behaviour;
  KnPredikat         predikat;
  char              *note;         /* catatan/rekomendasi; "" when none */
  char              *review;       /* the Tim Penilai Kinerja's decision on the evaluation
                                    * (kn_form_text_review); "" or NULL when none */
  gboolean           final;
  /* The curve: the distribution in the period of the group the person's predikat is counted
   * in (kn_store_check_distribution): their unit's, or for its head, whose predikat belongs to
   * the unit above, that unit's; its name, and the capaian whose pattern it keeps. */
  guint              counts[KN_PREDIKAT_N];
  char              *curve_unit;   /* "" or NULL when the person has no unit */
  KnOrgPredikat      curve_org_predikat;
} KnReport;

typedef struct
{
  KnReportPerson  person;
  KnRating        rating_result;
  KnRating        rating_behaviour;
  KnPredikat      predikat;
  gboolean        final;
  gint64          employee_id;
  char           *review;        /* the Tim Penilai Kinerja's decision on this person
                                  * (kn_form_text_review_decision); "" when none */
} KnRecapRow;

typedef struct
{
  char           *instansi;
  char           *letterhead;    /* as in KnReport */
  char           *logo;
  char           *kota;
  char           *unit;          /* the unit's path */
  KnPeriod        period;
  KnOrgPredikat   org_predikat;
  KnReportPerson  leader;        /* the unit's head, who signs */
  GPtrArray      *rows;          /* KnRecapRow, in the order of the employees */
  guint           counts[KN_PREDIKAT_N];
  GPtrArray      *pattern;       /* char*: the rules of the unit's pattern, as sentences */
  GPtrArray      *violations;    /* char*: the broken rules, as sentences */
  char           *sign_date;
  /* When a Tim Penilai Kinerja reviewed the period of people of the unit: who (its name, decree
   * and ketua, kn_form_text_review_team), and its ketua, who signs beside the head. "" and an
   * empty person (name "") when no team did. */
  char           *review_team;
  KnReportPerson  review_ketua;
  /* As on the Evaluasi: "Final" once every row's evaluation is, else "Draf" with the mark
   * "DRAF" on every page (NULL when final); a unit with nobody rated is a draft too. */
  char           *status;
  char           *mark;
} KnRecapReport;

/* Rekapitulasi pengembangan kompetensi: each employee's JP of a year against the target. */
typedef struct
{
  KnReportPerson  person;
  double          hours;
  GPtrArray      *activities;    /* KnTraining, by date */
} KnTrainingRecapRow;

typedef struct
{
  char           *instansi;
  char           *kota;
  char           *unit;          /* the unit's path */
  guint           year;
  double          target;        /* JP a year each is owed */
  KnReportPerson  leader;        /* the unit's head, who signs */
  GPtrArray      *rows;          /* KnTrainingRecapRow, in the order of the employees */
  guint           reached;       /* rows with hours >= target */
  char           *sign_date;
} KnTrainingRecap;

/* The kurva distribusi as the form prints it, in PDF and in the Excel chart alike: the title
 * "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BAIK" (without
 * the predikat when none is set), the axis titles and the label of each predikat under it
 * ("KURANG/MISCONDUCT" for Kurang). */
#define KN_REPORT_CURVE_Y_TITLE "Frekuensi Pegawai"
#define KN_REPORT_CURVE_X_TITLE "Predikat Kinerja Pegawai"
char           *kn_report_curve_title (KnOrgPredikat   org);
const char     *kn_report_curve_label (KnPredikat      predikat);
char           *kn_report_dup_signer_warning (const KnReport *report);
/* TRUE when a document has @period to print: a year, and an index that fits its kind (a quarter
 * 1–4, a month 1–12, AKHIR 0); FALSE for the SKP's, which has none. */
gboolean        kn_report_period_is_valid (const KnPeriod *period);
/* Line @field (0–4) of @person's block on the forms: the name, the NIP, the rank, the position,
 * the unit, as the labels of kn-form-text list them; "" for a line not set. */
const char     *kn_report_person_field (const KnReportPerson *person,
                                        guint                 field);
char           *kn_report_file_name   (const KnReport *report,
                                       gboolean        xlsx);
/* A unit's document by the same rule: @kind, the period ("2026-TW4", "2026"), the unit's name
 * in letters and digits: "REKAP-2026-TW4-Badan-Kepegawaian-Daerah.pdf". */
char           *kn_report_unit_file_name (const char  *kind,
                                          const char  *period,
                                          const char  *unit_name,
                                          gboolean     xlsx);
/* The Laporan Hasil SKM's: "LAPORAN-SKM-2026-TW1-Bidang-Pembinaan-SMA.pdf". */
char           *kn_report_skm_file_name (const char   *period,
                                         const char   *unit_name,
                                         gboolean      xlsx);

void            kn_report_free        (KnReport       *report);
void            kn_recap_report_free  (KnRecapReport  *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnReport, kn_report_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnRecapReport, kn_recap_report_free)
void            kn_training_recap_free (KnTrainingRecap *recap);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnTrainingRecap, kn_training_recap_free)

/* The SKP of @employee_id for @year; NULL with an error when there is none. */
KnReport       *kn_report_build_skp        (KnStore     *store,
                                            gint64       employee_id,
                                            guint        year,
                                            GError     **error);
/* The Evaluasi Kinerja Pegawai (@kind KN_DOCUMENT_EVALUASI) or the Dokumen Evaluasi
 * (KN_DOCUMENT_DOKUMEN) of @employee_id for @period ("2026-TW1"); a final evaluation prints its
 * snapshot. NULL with an error when the employee has no SKP for the year. */
KnReport       *kn_report_build_evaluation (KnStore     *store,
                                            KnDocumentKind kind,
                                            gint64       employee_id,
                                            const char  *period,
                                            GError     **error);
/* The unit's recap for @period (its sub-units included). */
KnRecapReport  *kn_report_build_recap      (KnStore     *store,
                                            gint64       unit_id,
                                            const char  *period,
                                            GError     **error);

/* The unit's pengembangan kompetensi of @year (its sub-units included), signed at the end of the
 * year or today, whichever comes first. Who was active no day of the year and recorded no
 * activity is not listed. */
KnTrainingRecap *kn_report_build_training_recap (KnStore  *store,
                                                 gint64    unit_id,
                                                 guint     year,
                                                 GError  **error);

/* The unit's pengembangan kompetensi of @year (sub-units included) for the chart and the
 * summaries: employees, how many in each band, the target and the JP had in all; who was active
 * no day of the year (kn_store_list_inactive) and recorded no JP is not counted. @totals is
 * kn_store_training_totals() of @year when the caller has it already, else NULL. @chart's title
 * is left as it is. */
void             kn_report_count_training       (KnStore         *store,
                                                 gint64           unit_id,
                                                 guint            year,
                                                 GHashTable      *totals,
                                                 KnTrainingChart *chart);

/* An employee's year for the chart of periods: one point per periodic evaluation (TW1–TW4 or
 * the months), with the predikat and the average capaian of the IKI realised in that period.
 * Element: KnPeriodPoint (kn-chart-data.h) whose label the array owns. */
GPtrArray      *kn_report_build_employee_periods (KnStore *store,
                                                  gint64   employee_id,
                                                  guint    year);

G_END_DECLS
