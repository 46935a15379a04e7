/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Sasaran Kinerja Pegawai with its Lampiran page. */

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
_kn_doc_compose_skp (Composer       *c,
                     const KnReport *report)
{
  static const double lampiran_weights[] = { 5, 95 };
  Columns cols;
  Band *band;

  _kn_doc_add_status_note (c, report->status);
  _kn_doc_add_paragraph (c,
                         _kn_doc_markup (c, KN_FORM_TITLE_SKP "\n%s\n%s",
                                         _kn_doc_approach_title (c, report),
                                         _kn_doc_group_title (report)),
                         FONT_TITLE, PANGO_ALIGN_CENTER);
  _kn_doc_add_space (c, 6);
  _kn_doc_add_agency (c, report);
  _kn_doc_add_paragraph (c, _kn_doc_markup (c, KN_FORM_PERIOD "%s", _kn_doc_safe (report->year_period)),
                         FONT_BODY, PANGO_ALIGN_CENTER);
  _kn_doc_add_space (c, 8);
  _kn_doc_add_person_blocks (c, &report->employee, &report->assessor);
  _kn_doc_add_space (c, 6);
  _kn_doc_add_result_table (c, report, FALSE);
  _kn_doc_add_space (c, 6);
  _kn_doc_add_behaviour_table (c, report, FALSE);
  _kn_doc_add_signatures (c, report->sign_date, KN_FORM_SIGN_EMPLOYEE, &report->employee,
                          KN_FORM_SIGN_ASSESSOR, &report->assessor);

  band =
    _kn_doc_add_paragraph (c, KN_FORM_TITLE_LAMPIRAN, FONT_TITLE, PANGO_ALIGN_CENTER);
  band->new_page = TRUE;
  _kn_doc_add_space (c, 6);
  _kn_doc_add_agency (c, report);
  _kn_doc_add_paragraph (c, _kn_doc_markup (c, KN_FORM_PERIOD "%s", _kn_doc_safe (report->year_period)),
                         FONT_BODY, PANGO_ALIGN_CENTER);
  _kn_doc_add_space (c, 8);

  _kn_doc_columns_init (&cols, c, lampiran_weights, G_N_ELEMENTS (lampiran_weights));
  for (guint s = 0; s < KN_ATTACHMENT_N; s++)
    {
      GPtrArray *lines = report->attachments[s];
      guint n = lines != NULL ? lines->len : 0;

      _kn_doc_add_table_title (c, kn_form_text_attachment (s));
      for (guint i = 0; i < MAX (n, 1); i++)
        {
          Cell cells[] = {
            { .col = 0, .markup = n > 0 ? _kn_doc_markup (c, "%u.", i + 1) : "", .font = FONT_TABLE,
              .align = PANGO_ALIGN_CENTER },
            { .col = 1, .markup = n > 0 ? _kn_doc_esc (c, g_ptr_array_index (lines, i)) : "",
              .font = FONT_TABLE },
          };

          _kn_doc_add_row (c, &cols, cells, G_N_ELEMENTS (cells));
        }
      _kn_doc_add_space (c, 6);
    }

  _kn_doc_add_signatures (c, report->sign_date, KN_FORM_SIGN_EMPLOYEE, &report->employee,
                          KN_FORM_SIGN_ASSESSOR, &report->assessor);
}
