/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Evaluasi Kinerja Pegawai of a period. */

#define G_LOG_DOMAIN "kn-document"

#include "config.h"

#include <glib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-document.h"
#include "kinerja/kn-period.h"
#include "kinerja/kn-plan-enums.h"
#include "kinerja/kn-rules.h"

#include "kn-document-private.h"

void
_kn_doc_compose_evaluation (Composer       *c,
                            const KnReport *report)
{
  _kn_doc_add_status_note (c, report->status);
  _kn_doc_add_paragraph (c,
                         _kn_doc_markup (c, KN_FORM_TITLE_EVALUASI "\n%s\n%s",
                                         _kn_doc_approach_title (c, report),
                                         _kn_doc_group_title (report)),
                         FONT_TITLE, PANGO_ALIGN_CENTER);
  _kn_doc_add_paragraph (
    c,
    _kn_doc_keep (c, g_strconcat (KN_FORM_PERIOD, _kn_doc_period_options (c, &report->period), NULL)),
    FONT_TITLE, PANGO_ALIGN_CENTER);
  _kn_doc_add_space (c, 6);
  _kn_doc_add_agency (c, report);
  _kn_doc_add_paragraph (
    c, _kn_doc_markup (c, KN_FORM_PERIOD_DATES "%s", _kn_doc_period_dates (c, &report->period)),
    FONT_BODY, PANGO_ALIGN_CENTER);
  _kn_doc_add_space (c, 8);
  _kn_doc_add_person_blocks (c, &report->employee, &report->assessor);
  _kn_doc_add_space (c, 6);
  _kn_doc_add_labelled_row (c, KN_FORM_CAPAIAN_ORG KN_FORM_SET_MARK,
                            _kn_doc_org_predikat_options (c, report->org_predikat), FALSE)
    ->keep_with_next = TRUE;
  _kn_doc_add_distribution_row (c, report->curve_org_predikat, report->curve_unit,
                                report->counts);
  _kn_doc_add_space (c, 6);
  _kn_doc_add_result_table (c, report, TRUE);
  _kn_doc_add_labelled_row (c, KN_FORM_RATING_RESULT KN_FORM_SET_MARK,
                            _kn_doc_rating_options (c, report->rating_result), TRUE);
  _kn_doc_add_space (c, 6);
  _kn_doc_add_behaviour_table (c, report, TRUE);
  /* The last perilaku row stays at the foot of a page not yet full rather than going on with
   * the block below: the signatures keep their two rows, the rating and the predikat. */
  _kn_doc_last_band (c)->keep_loosely = TRUE;
  _kn_doc_add_labelled_row (c, KN_FORM_RATING_BEHAVIOUR KN_FORM_SET_MARK,
                            _kn_doc_rating_options (c, report->rating_behaviour), TRUE);
  _kn_doc_add_space (c, 6);
  /* The predikat, the rating above it and the last row of the table go with the signatures. */
  _kn_doc_add_labelled_row (c, KN_FORM_PREDIKAT KN_FORM_SET_MARK,
                            _kn_doc_predikat_options (c, report->predikat), TRUE);
  /* The Tim Penilai Kinerja's decision, under the predikat it looked at. */
  if (report->review != NULL && report->review[0] != '\0')
    {
      _kn_doc_keep_previous (c);
      _kn_doc_add_space (c, 4);
      _kn_doc_keep_previous (c);
      _kn_doc_add_paragraph (c, _kn_doc_esc (c, report->review), FONT_TABLE, PANGO_ALIGN_LEFT);
    }
  _kn_doc_add_signatures (c, report->sign_date, KN_FORM_SIGN_EMPLOYEE, &report->employee,
                          KN_FORM_SIGN_ASSESSOR, &report->assessor);
  /* What the "*" above means, on the page of the signatures. */
  _kn_doc_keep_previous (c);
  _kn_doc_add_space (c, 8);
  _kn_doc_keep_previous (c);
  _kn_doc_add_paragraph (c, "<i>" KN_FORM_SET_NOTE "</i>", FONT_TABLE, PANGO_ALIGN_LEFT);
}
