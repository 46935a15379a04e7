/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The wording of the official forms that depends on a value (kn-form-text.h has the rest). */

#define G_LOG_DOMAIN "kn-form-text"

#include "config.h"

#include <glib.h>

#include "kinerja/kn-form-text.h"
#include "kinerja/kn-format.h"
#include "kinerja/kn-plan-enums.h"
#include "kinerja/kn-rules.h"

const char *
kn_form_text_person_label (guint field)
{
  static const char * const labels[KN_FORM_N_PERSON_LABELS] = {
    "NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA",
  };

  g_return_val_if_fail (field < KN_FORM_N_PERSON_LABELS, "");
  return labels[field];
}

char *
kn_form_text_approach (const char *approach)
{
  return g_strconcat ("PENDEKATAN HASIL KERJA ",
                      approach != NULL && approach[0] != '\0' ? approach : "KUANTITATIF", NULL);
}

const char *
kn_form_text_group (gboolean jpt)
{
  return jpt ? KN_FORM_GROUP_JPT : KN_FORM_GROUP_OTHER;
}

const char *
kn_form_text_rating (KnRating rating)
{
  switch (rating)
    {
    case KN_RATING_BELOW:
      return "DI BAWAH EKSPEKTASI";
    case KN_RATING_AS_EXPECTED:
      return "SESUAI EKSPEKTASI";
    case KN_RATING_ABOVE:
      return "DI ATAS EKSPEKTASI";
    case KN_RATING_NONE:
    default:
      return "";
    }
}

const char *
kn_form_text_org_predikat (KnOrgPredikat predikat)
{
  switch (predikat)
    {
    case KN_ORG_PREDIKAT_SANGAT_KURANG:
      return "SANGAT KURANG";
    case KN_ORG_PREDIKAT_KURANG:
      return "KURANG";
    case KN_ORG_PREDIKAT_BUTUH_PERBAIKAN:
      return "BUTUH PERBAIKAN";
    case KN_ORG_PREDIKAT_BAIK:
      return "BAIK";
    case KN_ORG_PREDIKAT_ISTIMEWA:
      return "ISTIMEWA";
    case KN_ORG_PREDIKAT_NONE:
    default:
      return "";
    }
}

const char *
kn_form_text_attachment (guint section)
{
  switch (section)
    {
    case KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA:
      return "DUKUNGAN SUMBER DAYA";
    case KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN:
      return "SKEMA PERTANGGUNGJAWABAN";
    case KN_ATTACHMENT_KONSEKUENSI:
      return "KONSEKUENSI";
    default:
      return "";
    }
}

void
kn_form_text_rating_options (KnRating       chosen,
                             KnFormOptions *options)
{
  static const KnRating order[] = { KN_RATING_ABOVE, KN_RATING_AS_EXPECTED, KN_RATING_BELOW };

  *options = (KnFormOptions) { .n_options = G_N_ELEMENTS (order), .chosen = -1 };
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      options->options[i] = kn_form_text_rating (order[i]);
      if (chosen == order[i])
        options->chosen = i;
    }
}

void
kn_form_text_org_predikat_options (KnOrgPredikat  chosen,
                                   KnFormOptions *options)
{
  static const KnOrgPredikat order[] = {
    KN_ORG_PREDIKAT_ISTIMEWA, KN_ORG_PREDIKAT_BAIK, KN_ORG_PREDIKAT_BUTUH_PERBAIKAN,
    KN_ORG_PREDIKAT_KURANG, KN_ORG_PREDIKAT_SANGAT_KURANG,
  };

  *options = (KnFormOptions) { .n_options = G_N_ELEMENTS (order), .chosen = -1 };
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      options->options[i] = kn_form_text_org_predikat (order[i]);
      if (chosen == order[i])
        options->chosen = i;
    }
}

void
kn_form_text_predikat_options (KnPredikat     chosen,
                               KnFormOptions *options)
{
  static const KnPredikat order[] = {
    KN_PREDIKAT_SANGAT_BAIK, KN_PREDIKAT_BAIK, KN_PREDIKAT_BUTUH_PERBAIKAN, KN_PREDIKAT_KURANG,
    KN_PREDIKAT_SANGAT_KURANG,
  };

  *options = (KnFormOptions) { .n_options = G_N_ELEMENTS (order), .chosen = -1 };
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      options->options[i] = kn_predikat_print_label (order[i]);
      if (chosen == order[i])
        options->chosen = i;
    }
}

/* " (3 Desember 2026)": the day of @iso (UTC, ISO 8601) here; "" when there is none. */
static char *
review_day (const char *iso)
{
  g_autoptr(GDateTime) at = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *day = NULL;
  g_autofree char *date = NULL;

  at = iso != NULL ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;
  local = at != NULL ? g_date_time_to_local (at) : NULL;
  day = local != NULL ? g_date_time_format (local, "%Y-%m-%d") : NULL;
  date = day != NULL ? kn_format_doc_iso_date (day) : NULL;
  return date != NULL ? g_strdup_printf (" (%s)", date) : g_strdup ("");
}

char *
kn_form_text_review (const KnReviewEntry *review)
{
  g_autofree char *when = NULL;

  if (review == NULL || kn_review_entry_is_open (review) || review->decision >= KN_REVIEW_N)
    return NULL;

  when = review_day (review->decided_at);
  if (review->reason != NULL && review->reason[0] != '\0')
    return g_strdup_printf (KN_FORM_REVIEW "%s — %s%s", kn_review_decision_label (review->decision),
                            review->reason, when);
  return g_strdup_printf (KN_FORM_REVIEW "%s%s", kn_review_decision_label (review->decision), when);
}

char *
kn_form_text_review_decision (const KnReviewEntry *review,
                              gboolean             answered)
{
  g_autofree char *when = NULL;
  gboolean has_reason;

  if (review == NULL || review->decision >= KN_REVIEW_N)
    return NULL;

  has_reason = review->reason != NULL && review->reason[0] != '\0';
  switch (review->decision)
    {
    case KN_REVIEW_DIAJUKAN:
      when = review_day (review->submitted_at);
      if (answered)
        return g_strdup_printf ("Diajukan kembali setelah ditanggapi Pejabat Penilai Kinerja%s%s%s,"
                                " menunggu keputusan tim",
                                when, has_reason ? ": " : "", has_reason ? review->reason : "");
      return g_strdup_printf ("Diajukan%s%s%s, menunggu keputusan tim", when,
                              has_reason ? ": " : "", has_reason ? review->reason : "");
    case KN_REVIEW_TINJAU_ULANG:
      when = review_day (review->decided_at);
      return g_strdup_printf ("Mohon ditinjau ulang — %s%s; belum ditanggapi Pejabat Penilai Kinerja",
                              has_reason ? review->reason : "", when);
    case KN_REVIEW_SETUJU:
    case KN_REVIEW_N:
    default:
      when = review_day (review->decided_at);
      return g_strdup_printf ("Setuju%s%s%s%s", when, has_reason ? " — " : "",
                              has_reason ? review->reason : "",
                              answered ? ", setelah ditinjau ulang dan ditanggapi Pejabat Penilai"
                                         " Kinerja" : "");
    }
}

char *
kn_form_text_review_team (const char *team,
                          const char *decree,
                          const char *ketua)
{
  GString *text = g_string_new ("Predikat kinerja pegawai pada penetapan ini telah ditinjau oleh ");

  g_string_append (text, team != NULL && team[0] != '\0' ? team : "Tim Penilai Kinerja");
  if (decree != NULL && decree[0] != '\0')
    g_string_append_printf (text, " (Surat Keputusan Nomor %s)", decree);
  if (ketua != NULL && ketua[0] != '\0')
    g_string_append_printf (text, ", diketuai oleh %s", ketua);
  /* One full stop, also after a name ending in a title ("M.M."). */
  if (!g_str_has_suffix (text->str, "."))
    g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

char *
kn_form_text_catatan (const char *note,
                      const char *review)
{
  gboolean has_note = note != NULL && note[0] != '\0';
  gboolean has_review = review != NULL && review[0] != '\0';

  return g_strconcat (has_note ? note : "", has_note && has_review ? "\n" : "",
                      has_review ? review : "", NULL);
}
