/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the official documents show, gathered from the store into plain data before anything
 * is drawn or written. */

#define G_LOG_DOMAIN "kn-report-data"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kn-form-text.h"
#include "kinerja/kn-format.h"
#include "kinerja/kn-history.h"
#include "kinerja/kn-nip.h"
#include "kinerja/kn-rank.h"
#include "kinerja/kn-report-data.h"

#include "kn-format-private.h"
#include "kn-report-data-private.h"

/* The official wording (SE MenPAN-RB 20/2021): the printed form is Indonesian whatever language
 * the window speaks. */
static const char * const official_guides[KN_CORE_VALUE_N][3] = {
  { "Memahami dan memenuhi kebutuhan masyarakat",
    "Ramah, cekatan, solutif, dan dapat diandalkan",
    "Melakukan perbaikan tiada henti" },
  { "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi",
    "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
    "Tidak menyalahgunakan kewenangan jabatan" },
  { "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
    "Membantu orang lain belajar",
    "Melaksanakan tugas dengan kualitas terbaik" },
  { "Menghargai setiap orang apa pun latar belakangnya",
    "Suka menolong orang lain",
    "Membangun lingkungan kerja yang kondusif" },
  { "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah",
    "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
    "Menjaga rahasia jabatan dan negara" },
  { "Cepat menyesuaikan diri menghadapi perubahan",
    "Terus berinovasi dan mengembangkan kreativitas",
    "Bertindak proaktif" },
  { "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
    "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
    "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama" },
};

static const char * const official_values[KN_CORE_VALUE_N] = {
  "Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif",
};

char *
kn_report_curve_title (KnOrgPredikat org)
{
  if (org <= KN_ORG_PREDIKAT_NONE || org >= KN_ORG_PREDIKAT_N)
    return g_strdup ("KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI");
  return g_strconcat ("KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA "
                      "ORGANISASI ", kn_form_text_org_predikat (org), NULL);
}

const char *
kn_report_curve_label (KnPredikat predikat)
{
  if (predikat == KN_PREDIKAT_KURANG)
    return "KURANG/MISCONDUCT";
  return kn_predikat_print_label (predikat);
}

gboolean
kn_report_period_is_valid (const KnPeriod *period)
{
  g_return_val_if_fail (period != NULL, FALSE);

  return period->year > 0 && kn_period_index_is_valid (period);
}

const char *
kn_report_person_field (const KnReportPerson *person,
                        guint                 field)
{
  const char *value;

  g_return_val_if_fail (person != NULL, "");

  switch (field)
    {
    case 0:
      value = person->name;
      break;
    case 1:
      value = person->nip;
      break;
    case 2:
      value = person->rank;
      break;
    case 3:
      value = person->position;
      break;
    case 4:
      value = person->unit;
      break;
    default:
      g_return_val_if_reached ("");
    }
  return value != NULL ? value : "";
}

/* "-" and the letters and digits of @text (nullable), each run of anything else one "-"; no "-"
 * ends @name. */
static void
append_name_words (GString    *name,
                   const char *text)
{
  g_string_append_c (name, '-');
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (name, c);
      else if (name->str[name->len - 1] != '-')
        g_string_append_c (name, '-');
    }
  while (name->len > 0 && name->str[name->len - 1] == '-')
    g_string_truncate (name, name->len - 1);
}

/* The one file-naming rule of kinerja-cli export and the Laporan place: the document, the year
 * (and the period of an evaluation), the NIP's digits and the name with titles, letters and
 * digits only: "SKP-2026-198609262015051001-Dewi-Anggraini-S-H.pdf",
 * "EVALUASI-2026-TW1-198609262015051001-Dewi-Anggraini-S-H.xlsx". */
char *
kn_report_file_name (const KnReport *report,
                     gboolean        xlsx)
{
  static const char * const kinds[] = {
    [KN_DOCUMENT_SKP] = "SKP", [KN_DOCUMENT_EVALUASI] = "EVALUASI",
    [KN_DOCUMENT_DOKUMEN] = "DOKUMEN", [KN_DOCUMENT_REKAP] = "REKAP",
  };
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *digits = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  digits = kn_nip_normalize (report->employee.nip);
  g_string_append (name, report->kind < G_N_ELEMENTS (kinds) ? kinds[report->kind] : "SKP");
  if (report->kind == KN_DOCUMENT_SKP || report->period.year == 0)
    g_string_append_printf (name, "-%u", report->year);
  else
    {
      g_autofree char *period = kn_period_to_string (&report->period);

      g_string_append_printf (name, "-%s", period);
    }
  if (digits != NULL && digits[0] != '\0')
    g_string_append_printf (name, "-%s", digits);
  append_name_words (name, report->employee.name);
  g_string_append (name, xlsx ? ".xlsx" : ".pdf");

  return g_string_free (g_steal_pointer (&name), FALSE);
}

char *
kn_report_unit_file_name (const char *kind,
                          const char *period,
                          const char *unit_name,
                          gboolean    xlsx)
{
  g_autoptr(GString) name = NULL;

  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (period != NULL, NULL);

  name = g_string_new (kind);
  g_string_append_printf (name, "-%s", period);
  append_name_words (name, unit_name);
  g_string_append (name, xlsx ? ".xlsx" : ".pdf");

  return g_string_free (g_steal_pointer (&name), FALSE);
}

char *
kn_report_skm_file_name (const char *period,
                         const char *unit_name,
                         gboolean    xlsx)
{
  return kn_report_unit_file_name ("LAPORAN-SKM", period, unit_name, xlsx);
}

/* Who is missing to sign @report, as a warning naming the employee, or NULL when nobody is.
 * Only the Dokumen Evaluasi prints the atasan pejabat penilai. A JPT's pejabat penilai may come
 * from the settings (already filled in by the builders), and so does his atasan (the Gubernur),
 * printed on his Dokumen Evaluasi: when that is not recorded, the warning names the JPT (not his
 * NIP). */
char *
kn_report_dup_signer_warning (const KnReport *report)
{
  gboolean no_assessor, no_superior;

  g_return_val_if_fail (report != NULL, NULL);

  no_assessor = report->assessor.name == NULL || report->assessor.name[0] == '\0';
  no_superior = report->superior.name == NULL || report->superior.name[0] == '\0';
  if (report->jpt)
    {
      if (report->kind != KN_DOCUMENT_DOKUMEN || !no_superior)
        no_superior = FALSE;
      else if (no_assessor)
        return g_strdup_printf (_("%s has neither a pejabat penilai nor an atasan pejabat penilai: record the kepala OPD's assessor and his atasan in Preferences; the signature blocks stay empty."),
                                report->employee.name);
      else
        return g_strdup_printf (_("%s has no atasan pejabat penilai: record the kepala OPD's atasan (the Gubernur) in Preferences; that block of the Dokumen Evaluasi stays empty."),
                                report->employee.name);
    }
  /* Only the Dokumen Evaluasi has a block for the atasan pejabat penilai. */
  else if (report->kind != KN_DOCUMENT_DOKUMEN)
    no_superior = FALSE;
  if (no_assessor && no_superior)
    return g_strdup_printf (_("%s (NIP %s) has neither a pejabat penilai nor an atasan pejabat penilai; the signature blocks stay empty."),
                            report->employee.name, report->employee.nip);
  if (no_assessor && report->jpt)
    return g_strdup_printf (_("%s (NIP %s) has no pejabat penilai: record the kepala OPD's assessor in Preferences; the signature block stays empty."),
                            report->employee.name, report->employee.nip);
  if (no_assessor)
    return g_strdup_printf (_("%s (NIP %s) has no pejabat penilai; the signature block stays empty."),
                            report->employee.name, report->employee.nip);
  if (no_superior)
    return g_strdup_printf (_("%s (NIP %s) has no atasan pejabat penilai; that block stays empty."),
                            report->employee.name, report->employee.nip);
  return NULL;
}

static char *
dup_or_empty (const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

static void
person_clear (KnReportPerson *person)
{
  g_clear_pointer (&person->name, g_free);
  g_clear_pointer (&person->nip, g_free);
  g_clear_pointer (&person->rank, g_free);
  g_clear_pointer (&person->position, g_free);
  g_clear_pointer (&person->unit, g_free);
}

static void
person_empty (KnReportPerson *person)
{
  person->name = g_strdup ("");
  person->nip = g_strdup ("");
  person->rank = g_strdup ("");
  person->position = g_strdup ("");
  person->unit = g_strdup ("");
}

/* The unit kerja as printed: the path from the OPD down ("Dinas Pendidikan dan Kebudayaan ›
 * Bidang Pembinaan SMA"), so that a reader in the province knows whose office it is. */
void
kn_report_person_from_employee (KnStore        *store,
                                KnReportPerson *person,
                                KnEmployee     *employee)
{
  KnOrgUnit *unit;

  if (employee == NULL)
    {
      person_empty (person);
      return;
    }

  unit = kn_store_lookup_unit (store, kn_employee_get_unit_id (employee));
  person->name = g_strdup (kn_employee_get_name (employee));
  person->nip = kn_employee_dup_nip_display (employee);
  person->rank = kn_employee_dup_rank_label (employee);
  person->position = g_strdup (kn_employee_get_position (employee));
  person->unit = unit != NULL ? g_strdup (kn_org_unit_get_path (unit))
                              : dup_or_empty (kn_employee_get_unit_name (employee));
}

/* The person as recorded for @day (ISO): the unit of their mutasi, the jabatan of their TMT and
 * the pangkat of their kenaikan pangkat then, not today's. */
void
kn_report_person_on_day (KnStore        *store,
                         KnReportPerson *person,
                         KnEmployee     *employee,
                         const char     *day)
{
  g_autofree char *position = NULL;
  g_autofree char *rank = NULL;
  KnOrgUnit *unit;

  kn_report_person_from_employee (store, person, employee);
  if (employee == NULL)
    return;
  unit = kn_store_lookup_unit (store, kn_store_unit_at (store, kn_employee_get_id (employee), day));
  if (unit != NULL)
    {
      g_free (person->unit);
      person->unit = g_strdup (kn_org_unit_get_path (unit));
    }
  position = kn_store_position_at (store, kn_employee_get_id (employee), day, NULL);
  if (position != NULL)
    {
      g_free (person->position);
      person->position = g_steal_pointer (&position);
    }
  rank = kn_store_rank_at (store, kn_employee_get_id (employee), day);
  if (rank != NULL)
    {
      g_free (person->rank);
      person->rank = kn_rank_format (kn_employee_get_status (employee), rank);
    }
}

/* The last day of @period as ISO (11 bytes). */
void
kn_report_period_last_day (const KnPeriod *period,
                           char            day[11])
{
  GDate first, last;

  kn_period_get_dates (period, &first, &last);
  g_snprintf (day, 11, "%04u-%02u-%02u", g_date_get_year (&last), g_date_get_month (&last),
              g_date_get_day (&last));
}

/* An official outside the roster, from the settings @keys (name, NIP, pangkat, jabatan; NULL
 * for one not recorded): used when @person is empty. */
static void
person_from_settings (KnStore            *store,
                      KnReportPerson     *person,
                      const char * const  keys[4])
{
  char **targets[] = { &person->name, &person->nip, &person->rank, &person->position };

  if (person->name != NULL && person->name[0] != '\0')
    return;
  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autofree char *value = keys[i] != NULL ? kn_store_get_setting (store, keys[i]) : NULL;

      if (value == NULL)
        continue;
      g_free (*targets[i]);
      *targets[i] = i == 1 ? kn_nip_format (value) : g_strdup (value);
    }
  /* The official serves the whole government: the unit kerja is the instansi, not left blank. */
  if (person->name != NULL && person->name[0] != '\0' &&
      (person->unit == NULL || person->unit[0] == '\0'))
    {
      g_autofree char *instansi = kn_store_get_setting (store, "instansi");

      if (instansi != NULL)
        {
          g_free (person->unit);
          person->unit = g_steal_pointer (&instansi);
        }
    }
}

/* The pejabat penilai of a kepala OPD (JPT) is outside the roster — the Sekretaris Daerah or the
 * Gubernur — and is recorded once in the settings (Preferences): used when @person is empty. */
void
kn_report_person_external_assessor (KnStore        *store,
                                    KnReportPerson *person)
{
  static const char * const keys[] = {
    KN_SETTING_JPT_ASSESSOR_NAME, KN_SETTING_JPT_ASSESSOR_NIP, KN_SETTING_JPT_ASSESSOR_RANK,
    KN_SETTING_JPT_ASSESSOR_POSITION,
  };

  person_from_settings (store, person, keys);
}

/* And the atasan pejabat penilai of a kepala OPD: that official's own atasan (the Gubernur),
 * recorded in the settings too; used when @person is empty. */
void
kn_report_person_external_superior (KnStore        *store,
                                    KnReportPerson *person)
{
  static const char * const keys[] = {
    KN_SETTING_JPT_SUPERIOR_NAME, KN_SETTING_JPT_SUPERIOR_NIP, NULL,
    KN_SETTING_JPT_SUPERIOR_POSITION,
  };

  person_from_settings (store, person, keys);
}

/* The atasan pejabat penilai of @assessor on @day (ISO), as the Dokumen Evaluasi prints it and a
 * final evaluation keeps it: the assessor's own atasan then, or the Plt./Plh. acting for them;
 * above a kepala OPD (JPT), whose atasan is outside the roster, his pejabat penilai from the
 * settings (the Sekretaris Daerah). Empty without an assessor. Replaces what @person held. */
void
kn_report_person_superior_on_day (KnStore        *store,
                                  KnReportPerson *person,
                                  KnEmployee     *assessor,
                                  const char     *day)
{
  g_autoptr(KnHistoryEntry) acting = NULL;
  gint64 superior_id;

  person_clear (person);
  if (assessor == NULL)
    {
      person_empty (person);
      return;
    }
  superior_id = kn_store_supervisor_at (store, kn_employee_get_id (assessor), day, &acting);
  kn_report_person_on_day (store, person, kn_store_lookup_employee (store, superior_id), day);
  if (acting != NULL)
    {
      g_free (person->position);
      person->position = kn_history_acting_title (acting);
    }
  if (kn_position_kind_is_jpt (kn_employee_get_position_kind (assessor)))
    kn_report_person_external_assessor (store, person);
}

/* From an evaluation's snapshot: @prefix NULL for the employee, "assessor" or "superior". */
void
kn_report_person_from_snapshot (KnReportPerson *person,
                                KnEvaluation   *evaluation,
                                const char     *prefix)
{
  static const char * const fields[] = { "name", "nip", "rank", "position", "unit" };
  char **targets[] = { &person->name, &person->nip, &person->rank, &person->position, &person->unit };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *key = prefix != NULL ? g_strconcat (prefix, ".", fields[i], NULL)
                                            : g_strdup (fields[i]);
      const char *value = kn_evaluation_get_snapshot (evaluation, key);

      *targets[i] = i == 1 && value != NULL ? kn_nip_format (value) : dup_or_empty (value);
    }
}

static void
indicator_free (gpointer data)
{
  KnReportIndicator *indicator = data;

  g_free (indicator->category);
  g_free (indicator->text);
  g_free (indicator->target);
  g_free (indicator->realization);
  g_free (indicator->evidence);
  g_free (indicator->capaian);
  g_free (indicator);
}

static void
result_free (gpointer data)
{
  KnReportResult *result = data;

  g_free (result->text);
  g_free (result->parent_text);
  g_clear_pointer (&result->indicators, g_ptr_array_unref);
  g_free (result->feedback);
  g_free (result);
}

void
kn_report_free (KnReport *report)
{
  if (report == NULL)
    return;

  g_free (report->instansi);
  g_free (report->letterhead);
  g_free (report->logo);
  g_free (report->opd);
  g_free (report->kota);
  g_free (report->approach);
  g_free (report->year_period);
  person_clear (&report->employee);
  person_clear (&report->assessor);
  person_clear (&report->superior);
  g_clear_pointer (&report->results, g_ptr_array_unref);
  for (guint i = 0; i < KN_CORE_VALUE_N; i++)
    {
      g_free (report->behaviour[i].value);
      for (guint g = 0; g < 3; g++)
        g_free (report->behaviour[i].guides[g]);
      g_free (report->behaviour[i].expectation);
      g_free (report->behaviour[i].feedback);
    }
  for (guint i = 0; i < KN_ATTACHMENT_N; i++)
    g_clear_pointer (&report->attachments[i], g_ptr_array_unref);
  g_free (report->sign_date);
  g_free (report->status);
  g_free (report->mark);
  g_free (report->note);
  g_free (report->review);
  g_free (report->curve_unit);
  g_free (report);
}

static void
recap_row_free (gpointer data)
{
  KnRecapRow *row = data;

  person_clear (&row->person);
  g_free (row->review);
  g_free (row);
}

void
kn_recap_report_free (KnRecapReport *report)
{
  if (report == NULL)
    return;

  g_free (report->instansi);
  g_free (report->letterhead);
  g_free (report->logo);
  g_free (report->kota);
  g_free (report->unit);
  person_clear (&report->leader);
  g_clear_pointer (&report->rows, g_ptr_array_unref);
  g_clear_pointer (&report->pattern, g_ptr_array_unref);
  g_clear_pointer (&report->violations, g_ptr_array_unref);
  g_free (report->review_team);
  person_clear (&report->review_ketua);
  g_free (report->sign_date);
  g_free (report->status);
  g_free (report->mark);
  g_free (report);
}

/* A setting the documents print as it is kept, "" when unset: the instansi, the kota, the kop
 * surat ("letterhead-lines", "letterhead-logo"). */
static char *
setting_or_empty (KnStore    *store,
                  const char *key)
{
  char *value = kn_store_get_setting (store, key);

  return value != NULL ? value : g_strdup ("");
}

/* "Bandar Lampung, 31 Desember 2026", in Indonesian whatever the language. */
static char *
sign_date (const char *kota,
           GDate      *date)
{
  return kn_format_doc_place_date (kota, date);
}

/* The target as printed: "12 dokumen", "Rp1.500.000.000", or the target in words. */
static char *
target_label (KnIndicator *indicator)
{
  if (!kn_indicator_get_has_target_value (indicator))
    return dup_or_empty (kn_indicator_get_target_text (indicator));
  return kn_format_doc_quantity (kn_indicator_get_target_value (indicator),
                                 kn_indicator_get_target_unit (indicator));
}

void
kn_report_fill_common (KnReport   *report,
                       KnStore    *store,
                       gint64      unit_id,
                       guint       year)
{
  KnOrgUnit *opd = kn_store_lookup_unit (store, kn_store_get_top_unit_id (store, unit_id));

  report->instansi = setting_or_empty (store, "instansi");
  report->letterhead = setting_or_empty (store, "letterhead-lines");
  report->logo = setting_or_empty (store, "letterhead-logo");
  report->kota = setting_or_empty (store, "kota");
  report->opd = g_strdup (opd != NULL ? kn_org_unit_get_name (opd) : "");
  report->year = year;
  for (guint i = 0; i < KN_ATTACHMENT_N; i++)
    report->attachments[i] = g_ptr_array_new_with_free_func (g_free);
  report->results = g_ptr_array_new_with_free_func (result_free);
  report->note = g_strdup ("");
  report->review = g_strdup ("");
}

void
kn_report_fill_plan (KnReport *report,
                     KnPlan   *plan)
{
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (plan));
  KnPeriod year = { kn_plan_get_year (plan), KN_PERIOD_ANNUAL, 0 };
  g_autofree char *period = kn_format_doc_period_dates (&year);

  report->jpt = kn_plan_get_jpt (plan);
  report->approach = g_strdup (kn_plan_get_approach (plan) == KN_PLAN_APPROACH_QUALITATIVE
                               ? "KUALITATIF" : "KUANTITATIF");
  report->year_period = g_steal_pointer (&period);
  report->status = g_strdup (kn_format_doc_plan_status (kn_plan_get_status (plan)));
  report->mark = g_strdup (kn_format_doc_plan_mark (kn_plan_get_status (plan)));

  /* Utama first, then tambahan, each in the plan's order. */
  for (guint kind = 0; kind < KN_RESULT_KIND_N; kind++)
    for (guint i = 0; i < g_list_model_get_n_items (results); i++)
      {
        g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);
        GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));
        KnReportResult *row;

        if (kn_plan_result_get_kind (result) != kind)
          continue;

        row = g_new0 (KnReportResult, 1);
        row->kind = kind;
        row->text = g_strdup (kn_plan_result_get_text (result));
        row->parent_text = dup_or_empty (report->jpt ? NULL : kn_plan_result_get_parent_text (result));
        row->indicators = g_ptr_array_new_with_free_func (indicator_free);
        row->feedback = g_strdup ("");

        for (guint j = 0; j < g_list_model_get_n_items (indicators); j++)
          {
            g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, j);
            KnReportIndicator *cell = g_new0 (KnReportIndicator, 1);

            cell->category = g_strdup (report->jpt
                                       ? kn_perspective_label (kn_indicator_get_perspective (indicator))
                                       : kn_aspect_label (kn_indicator_get_aspect (indicator)));
            cell->text = g_strdup (kn_indicator_get_text (indicator));
            cell->target = target_label (indicator);
            cell->realization = g_strdup ("");
            cell->evidence = g_strdup ("");
            cell->capaian = g_strdup ("");
            g_object_set_data (G_OBJECT (indicator), "kn-report-cell", cell);
            g_ptr_array_add (row->indicators, cell);
          }

        g_ptr_array_add (report->results, row);
      }

  for (guint value = 0; value < KN_CORE_VALUE_N; value++)
    {
      report->behaviour[value].value = g_strdup (official_values[value]);
      for (guint g = 0; g < 3; g++)
        report->behaviour[value].guides[g] = g_strdup (official_guides[value][g]);
      report->behaviour[value].expectation = g_strdup (kn_plan_get_expectation (plan, value));
      report->behaviour[value].feedback = g_strdup ("");
    }

  for (guint section = 0; section < KN_ATTACHMENT_N; section++)
    {
      const char * const *items = kn_plan_get_attachments (plan, section);

      for (guint i = 0; items != NULL && items[i] != NULL; i++)
        g_ptr_array_add (report->attachments[section], g_strdup (items[i]));
    }
}

KnEmployee *
kn_report_require_employee (KnStore  *store,
                            gint64    employee_id,
                            GError  **error)
{
  KnEmployee *employee = kn_store_lookup_employee (store, employee_id);

  if (employee == NULL)
    g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                         _("This employee no longer exists; they may have been deleted."));
  return employee;
}

KnOrgUnit *
kn_report_require_unit (KnStore  *store,
                        gint64    unit_id,
                        GError  **error)
{
  KnOrgUnit *unit = kn_store_lookup_unit (store, unit_id);

  if (unit == NULL)
    g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                         _("This unit no longer exists; it may have been deleted."));
  return unit;
}

KnReport *
kn_report_build_skp (KnStore  *store,
                     gint64    employee_id,
                     guint     year,
                     GError  **error)
{
  g_autoptr(KnReport) report = NULL;
  g_autoptr(KnPlan) plan = NULL;
  KnEmployee *employee;
  GDate last;
  char day[11];

  g_return_val_if_fail (KN_IS_STORE (store), NULL);

  employee = kn_report_require_employee (store, employee_id, error);
  if (employee == NULL)
    return NULL;

  plan = kn_store_load_plan (store, employee_id, year, error);
  if (plan == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                     _("%s has no SKP for %u."), kn_employee_get_name (employee), year);
      return NULL;
    }

  /* The unit and jabatan of the SKP's year: today's in the running year, those of its last day
   * for a year gone by. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

    g_snprintf (day, sizeof day, "%04u-12-31", year);
    if (strcmp (today, day) < 0)
      g_strlcpy (day, today, sizeof day);
  }

  report = g_new0 (KnReport, 1);
  report->kind = KN_DOCUMENT_SKP;
  kn_report_fill_common (report, store, kn_store_unit_at (store, employee_id, day), year);
  kn_report_fill_plan (report, plan);
  kn_report_person_on_day (store, &report->employee, employee, day);
  kn_report_person_on_day (store, &report->assessor,
                           kn_store_lookup_employee (store, kn_plan_get_assessor_id (plan)), day);
  if (report->jpt)
    kn_report_person_external_assessor (store, &report->assessor);
  person_empty (&report->superior);

  /* An SKP is signed at the start of its year. */
  g_date_clear (&last, 1);
  g_date_set_dmy (&last, 2, G_DATE_JANUARY, year);
  report->sign_date = sign_date (report->kota, &last);

  return g_steal_pointer (&report);
}

KnRecapReport *
kn_report_build_recap (KnStore     *store,
                       gint64       unit_id,
                       const char  *period_name,
                       GError     **error)
{
  g_autoptr(KnRecapReport) report = NULL;
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autoptr(GPtrArray) violations = NULL;
  g_autoptr(GArray) rules = NULL;
  KnOrgUnit *unit;
  KnEmployee *leader = NULL;
  GDate first, last;
  char day[11];

  g_return_val_if_fail (KN_IS_STORE (store), NULL);

  unit = kn_report_require_unit (store, unit_id, error);
  if (unit == NULL)
    return NULL;

  report = g_new0 (KnRecapReport, 1);
  if (period_name == NULL || !kn_period_parse (period_name, &report->period, error))
    return NULL;
  kn_report_period_last_day (&report->period, day);

  report->instansi = setting_or_empty (store, "instansi");
  report->letterhead = setting_or_empty (store, "letterhead-lines");
  report->logo = setting_or_empty (store, "letterhead-logo");
  report->kota = setting_or_empty (store, "kota");
  report->unit = g_strdup (kn_org_unit_get_path (unit));
  report->org_predikat = kn_store_get_applying_org_predikat (store, unit_id, period_name, NULL);
  report->rows = g_ptr_array_new_with_free_func (recap_row_free);
  report->pattern = g_ptr_array_new_with_free_func (g_free);
  report->violations = g_ptr_array_new_with_free_func (g_free);

  /* The people whose predikat the unit's head sets: everyone of the unit and its sub-units but
   * the head, who signs; the head's own predikat belongs to the recap of the unit above. */
  evaluations = kn_store_list_unit_evaluations (store, unit_id, period_name, 0);
  /* Each evaluation (its snapshot, parsed) goes once its row is made: a big OPD's rows and all
   * its evaluations are not held at once. */
  g_ptr_array_set_free_func (evaluations, NULL);
  for (guint i = 0; i < evaluations->len; i++)
    {
      g_autoptr(KnEvaluation) evaluation = g_steal_pointer (&g_ptr_array_index (evaluations, i));
      KnEmployee *employee = kn_store_lookup_employee (store, kn_evaluation_get_employee_id (evaluation));
      KnRecapRow *row;

      if (employee != NULL && kn_store_is_unit_head (store, kn_employee_get_id (employee), unit_id))
        {
          if (leader == NULL)
            leader = employee;
          continue;
        }

      row = g_new0 (KnRecapRow, 1);

      if (kn_evaluation_get_status (evaluation) == KN_EVALUATION_STATUS_FINAL)
        kn_report_person_from_snapshot (&row->person, evaluation, NULL);
      else
        kn_report_person_on_day (store, &row->person, employee, day);
      row->rating_result = kn_evaluation_get_rating_result (evaluation);
      row->rating_behaviour = kn_evaluation_get_rating_behaviour (evaluation);
      row->predikat = kn_evaluation_get_predikat (evaluation);
      row->final = kn_evaluation_get_status (evaluation) == KN_EVALUATION_STATUS_FINAL;
      row->employee_id = kn_evaluation_get_employee_id (evaluation);
      report->counts[row->predikat]++;
      g_ptr_array_add (report->rows, row);
    }

  /* Signed by the head all the same, it is a draft until every predikat in it is final. */
  {
    KnEvaluationStatus state = report->rows->len > 0 ? KN_EVALUATION_STATUS_FINAL
                                                     : KN_EVALUATION_STATUS_DRAFT;

    for (guint i = 0; i < report->rows->len; i++)
      if (!((KnRecapRow *) g_ptr_array_index (report->rows, i))->final)
        state = KN_EVALUATION_STATUS_DRAFT;
    report->status = g_strdup (kn_format_doc_evaluation_status (state));
    report->mark = g_strdup (kn_format_doc_evaluation_mark (state));
  }

  /* The head signs even without an evaluation of the period. */
  if (leader == NULL)
    leader = kn_store_find_unit_head (store, unit_id);
  kn_report_person_on_day (store, &report->leader, leader, day);

  rules = kn_store_get_distribution_rules (store);
  violations = kn_distribution_check (report->org_predikat, report->counts,
                                      (const KnDistributionRule *) (void *) rules->data, rules->len);
  for (guint i = 0; i < violations->len; i++)
    g_ptr_array_add (report->violations,
                     g_strdup (((KnDistributionViolation *)g_ptr_array_index (violations, i))->print_message));

  for (guint i = 0; i < rules->len; i++)
    {
      KnDistributionRule *rule = &g_array_index (rules, KnDistributionRule, i);

      if (rule->org == report->org_predikat && rule->org != KN_ORG_PREDIKAT_NONE)
        g_ptr_array_add (report->pattern, kn_distribution_rule_print (rule));
    }

  kn_period_get_dates (&report->period, &first, &last);
  report->sign_date = sign_date (report->kota, &last);
  kn_report_recap_add_reviews (report, store);

  return g_steal_pointer (&report);
}

static void
training_recap_row_free (gpointer data)
{
  KnTrainingRecapRow *row = data;

  person_clear (&row->person);
  g_clear_pointer (&row->activities, g_ptr_array_unref);
  g_free (row);
}

void
kn_training_recap_free (KnTrainingRecap *recap)
{
  if (recap == NULL)
    return;

  g_free (recap->instansi);
  g_free (recap->kota);
  g_free (recap->unit);
  person_clear (&recap->leader);
  g_clear_pointer (&recap->rows, g_ptr_array_unref);
  g_free (recap->sign_date);
  g_free (recap);
}

KnTrainingRecap *
kn_report_build_training_recap (KnStore  *store,
                                gint64    unit_id,
                                guint     year,
                                GError  **error)
{
  g_autoptr(KnTrainingRecap) recap = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GHashTable) inactive = NULL;
  GListModel *employees;
  KnEmployee *leader = NULL;
  KnOrgUnit *unit;
  GDate date;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);

  unit = kn_report_require_unit (store, unit_id, error);
  if (unit == NULL)
    return NULL;

  recap = g_new0 (KnTrainingRecap, 1);
  recap->instansi = setting_or_empty (store, "instansi");
  recap->kota = setting_or_empty (store, "kota");
  recap->unit = g_strdup (kn_org_unit_get_path (unit));
  recap->year = year;
  recap->target = kn_store_get_jp_per_year (store);
  recap->rows = g_ptr_array_new_with_free_func (training_recap_row_free);
  inactive = kn_store_list_inactive_in_year (store, year);

  employees = kn_store_get_employees (store);
  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      g_autoptr(GPtrArray) activities = NULL;
      gint64 id = kn_employee_get_id (employee);
      KnTrainingRecapRow *row;

      if (!kn_store_unit_is_within (store, kn_employee_get_unit_id (employee), unit_id))
        continue;
      activities = kn_store_list_trainings (store, id, year);
      /* Who was active no day of the year owes no JP: listed only with some recorded. */
      if (activities->len == 0 && g_hash_table_contains (inactive, &id))
        continue;

      row = g_new0 (KnTrainingRecapRow, 1);
      kn_report_person_from_employee (store, &row->person, employee);
      row->activities = g_steal_pointer (&activities);
      for (guint j = 0; j < row->activities->len; j++)
        row->hours += ((KnTraining *)g_ptr_array_index (row->activities, j))->hours;
      if (row->hours >= recap->target)
        recap->reached++;
      g_ptr_array_add (recap->rows, row);

      /* The leader who signs: the unit's head. */
      if (leader == NULL && kn_store_is_unit_head (store, kn_employee_get_id (employee), unit_id))
        leader = kn_store_lookup_employee (store, kn_employee_get_id (employee));
    }
  kn_report_person_from_employee (store, &recap->leader, leader);

  g_date_clear (&date, 1);
  if ((guint) g_date_time_get_year (now) <= year)
    g_date_set_dmy (&date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                    g_date_time_get_year (now));
  else
    g_date_set_dmy (&date, 31, G_DATE_DECEMBER, year);
  recap->sign_date = sign_date (recap->kota, &date);

  return g_steal_pointer (&recap);
}

void
kn_report_count_training (KnStore         *store,
                          gint64           unit_id,
                          guint            year,
                          GHashTable      *totals,
                          KnTrainingChart *chart)
{
  g_autoptr(GHashTable) read = NULL;
  g_autoptr(GHashTable) inactive = NULL;
  GListModel *employees;

  g_return_if_fail (KN_IS_STORE (store));
  g_return_if_fail (chart != NULL);

  chart->employees = 0;
  memset (chart->counts, 0, sizeof chart->counts);
  chart->target = kn_store_get_jp_per_year (store);
  chart->total_hours = 0;
  chart->year = year;

  if (totals == NULL)
    totals = read = kn_store_training_totals (store, year);
  inactive = kn_store_list_inactive_in_year (store, year);
  employees = kn_store_get_employees (store);
  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      gint64 id = kn_employee_get_id (employee);
      double *hours;

      if (!kn_store_unit_is_within (store, kn_employee_get_unit_id (employee), unit_id))
        continue;
      hours = g_hash_table_lookup (totals, &id);
      /* Who was active no day of the year owes no JP. */
      if ((hours == NULL || *hours <= 0) && g_hash_table_contains (inactive, &id))
        continue;
      chart->employees++;
      chart->total_hours += hours != NULL ? *hours : 0;
      chart->counts[kn_training_band (hours != NULL ? *hours : 0, chart->target)]++;
    }
}

static void
period_point_free (gpointer data)
{
  KnPeriodPoint *point = data;

  g_free ((char *)point->label);
  g_free (point);
}

GPtrArray *
kn_report_build_employee_periods (KnStore *store,
                                  gint64   employee_id,
                                  guint    year)
{
  GPtrArray *points = g_ptr_array_new_with_free_func (period_point_free);
  g_autoptr(GArray) periods = NULL;
  g_autoptr(KnPlan) plan = NULL;

  g_return_val_if_fail (KN_IS_STORE (store), points);

  plan = kn_store_load_plan (store, employee_id, year, NULL);
  periods = kn_period_list (year, kn_store_get_period_scheme (store, year));

  for (guint i = 0; i < periods->len; i++)
    {
      KnPeriod *period = &g_array_index (periods, KnPeriod, i);
      g_autofree char *name = kn_period_to_string (period);
      g_autoptr(KnEvaluation) evaluation = NULL;
      KnPeriodPoint *point;
      double sum = 0;
      guint n = 0;

      if (period->kind == KN_PERIOD_ANNUAL)
        continue;

      point = g_new0 (KnPeriodPoint, 1);
      point->label = period->kind == KN_PERIOD_QUARTER
                   ? g_strdup_printf ("TW %s", (const char *[]){ "I", "II", "III", "IV" }[period->index - 1])
                   : g_strdup (kn_format_month_name (period->index));
      evaluation = kn_store_load_evaluation (store, employee_id, name, NULL);
      point->predikat = evaluation != NULL ? kn_evaluation_get_predikat (evaluation) : KN_PREDIKAT_NONE;

      if (plan != NULL)
        {
          g_autoptr(GPtrArray) realizations = kn_store_list_realizations (store, kn_plan_get_id (plan), name);
          GListModel *results = G_LIST_MODEL (kn_plan_get_results (plan));

          for (guint r = 0; r < g_list_model_get_n_items (results); r++)
            {
              g_autoptr(KnPlanResult) result = g_list_model_get_item (results, r);
              GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));

              for (guint j = 0; j < g_list_model_get_n_items (indicators); j++)
                {
                  g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, j);
                  KnRealization *realization =
                    kn_realization_find (realizations, kn_indicator_get_id (indicator));
                  double percent;

                  if (realization == NULL || !realization->has_value ||
                      !kn_indicator_get_has_target_value (indicator))
                    continue;
                  if (kn_indicator_capaian (indicator, period, realization->value,
                                            NULL, &percent, NULL))
                    {
                      sum += percent;
                      n++;
                    }
                }
            }
        }

      point->has_capaian = n > 0;
      point->capaian = n > 0 ? sum / n : 0;
      g_ptr_array_add (points, point);
    }

  return points;
}
