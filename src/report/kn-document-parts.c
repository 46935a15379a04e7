/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pieces of the official forms that several documents share: the options with what does
 * not apply struck through, people, signatures, the hasil kerja and behaviour tables. */

#define G_LOG_DOMAIN "kn-document"

#include "config.h"

#include <glib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-document.h"
#include "kinerja/kn-format.h"
#include "kinerja/kn-period.h"
#include "kinerja/kn-plan-enums.h"
#include "kinerja/kn-rules.h"

#include "kn-document-private.h"

/* "A/B/C" with every option but the chosen one struck through (none struck when nothing is
 * chosen), the options and their order from kn-form-text as the workbook writes them. */
static const char *
options_markup (Composer            *c,
                const KnFormOptions *options)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < options->n_options; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (options->options[i], -1);

      if (i > 0)
        g_string_append (text, KN_FORM_OPTION_SEPARATOR);
      if (options->chosen < 0)
        g_string_append (text, escaped);
      else if ((int) i == options->chosen)
        g_string_append_printf (text, "<b>%s</b>", escaped);
      else
        g_string_append_printf (text, "<s>%s</s>", escaped);
    }

  return _kn_doc_keep (c, g_string_free (text, FALSE));
}

const char *
_kn_doc_org_predikat_options (Composer     *c,
                              KnOrgPredikat chosen)
{
  KnFormOptions options;

  kn_form_text_org_predikat_options (chosen, &options);
  return options_markup (c, &options);
}

const char *
_kn_doc_predikat_options (Composer  *c,
                          KnPredikat chosen)
{
  KnFormOptions options;

  kn_form_text_predikat_options (chosen, &options);
  return options_markup (c, &options);
}

const char *
_kn_doc_rating_options (Composer *c,
                        KnRating  chosen)
{
  KnFormOptions options;

  kn_form_text_rating_options (chosen, &options);
  return options_markup (c, &options);
}

/* "TRIWULAN I/II/III/IV-AKHIR" with what does not apply struck through; a month by its name. */
const char *
_kn_doc_period_options (Composer       *c,
                        const KnPeriod *period)
{
  static const char * const numerals[] = { "I", "II", "III", "IV" };
  GString *text;

  if (!kn_report_period_is_valid (period))
    return KN_FORM_PERIOD_QUARTER " I/II/III/IV-" KN_FORM_PERIOD_ANNUAL;

  if (period->kind == KN_PERIOD_MONTH)
    {
      g_autofree char *label = kn_period_print_label (period);

      return _kn_doc_esc (c, label);
    }

  text = g_string_new (period->kind == KN_PERIOD_ANNUAL ? "<s>" KN_FORM_PERIOD_QUARTER "</s> "
                                                   : KN_FORM_PERIOD_QUARTER " ");
  for (guint i = 0; i < G_N_ELEMENTS (numerals); i++)
    {
      gboolean applies = period->kind == KN_PERIOD_QUARTER && period->index == i + 1;

      if (i > 0)
        g_string_append_c (text, '/');
      g_string_append_printf (text, applies ? "<b>%s</b>" : "<s>%s</s>", numerals[i]);
    }
  g_string_append (text, period->kind == KN_PERIOD_ANNUAL ? "-<b>" KN_FORM_PERIOD_ANNUAL "</b>"
                                                      : "-<s>" KN_FORM_PERIOD_ANNUAL "</s>");

  return _kn_doc_keep (c, g_string_free (text, FALSE));
}

/* "1 April s.d. 30 Juni 2026" */
const char *
_kn_doc_period_dates (Composer       *c,
                      const KnPeriod *period)
{
  if (!kn_report_period_is_valid (period))
    return "";

  return _kn_doc_keep (c, kn_format_doc_period_dates (period));
}

/* "1 NAMA …" for PEGAWAI YANG DINILAI and PEJABAT PENILAI KINERJA, side by side. */
void
_kn_doc_add_person_blocks (Composer             *c,
                           const KnReportPerson *employee,
                           const KnReportPerson *assessor)
{
  static const double weights[] = { 4.6, 18.6, 26.8, 4.6, 18.6, 26.8 };
  Columns cols;
  Cell head[] = {
    { .col = 0, .markup = KN_FORM_NO, .font = FONT_TABLE_BOLD, .align = PANGO_ALIGN_CENTER,
      .shaded = TRUE },
    { .col = 1, .span = 2, .markup = KN_FORM_EMPLOYEE, .font = FONT_TABLE_BOLD,
      .shaded = TRUE },
    { .col = 3, .markup = KN_FORM_NO, .font = FONT_TABLE_BOLD, .align = PANGO_ALIGN_CENTER,
      .shaded = TRUE },
    { .col = 4, .span = 2, .markup = KN_FORM_ASSESSOR, .font = FONT_TABLE_BOLD,
      .shaded = TRUE },
  };

  _kn_doc_columns_init (&cols, c, weights, G_N_ELEMENTS (weights));
  _kn_doc_add_row (c, &cols, head, G_N_ELEMENTS (head))->keep_with_next = TRUE;

  for (guint i = 0; i < KN_FORM_N_PERSON_LABELS; i++)
    {
      const char *number = _kn_doc_markup (c, "%u", i + 1);
      Cell cells[] = {
        { .col = 0, .markup = number, .font = FONT_TABLE, .align = PANGO_ALIGN_CENTER },
        { .col = 1, .markup = kn_form_text_person_label (i), .font = FONT_TABLE },
        { .col = 2,
          .markup = _kn_doc_esc (c, kn_report_person_field (employee, i)),
          .font = FONT_TABLE },
        { .col = 3, .markup = number, .font = FONT_TABLE, .align = PANGO_ALIGN_CENTER },
        { .col = 4, .markup = kn_form_text_person_label (i), .font = FONT_TABLE },
        { .col = 5,
          .markup = _kn_doc_esc (c, kn_report_person_field (assessor, i)),
          .font = FONT_TABLE },
      };

      _kn_doc_add_row (c, &cols, cells, G_N_ELEMENTS (cells))->keep_with_next =
        i + 1 < KN_FORM_N_PERSON_LABELS;
    }
}

/* One signature: the lines above the space for the signature and the person under it. */
static void
signature_into (Composer             *c,
                Band                 *band,
                double                x,
                double                width,
                const char           *above_markup,
                const KnReportPerson *person,
                double               *height)
{
  Shaped *above;
  Shaped *below;
  const char *position = _kn_doc_safe (person->position);
  const char *nip = _kn_doc_safe (person->nip);
  double above_height;

  /* Role and jabatan above the space to sign; name with titles, pangkat and NIP below — the
   * NIP line only when there is a NIP (never a bare "NIP."). */
  if (*position != '\0')
    above_markup = _kn_doc_keep (c, g_strconcat (above_markup, "\n", _kn_doc_esc (c, position),
                                                 NULL));
  above = _kn_doc_shape (c, above_markup, FONT_BODY, width, PANGO_ALIGN_CENTER);
  above_height = _kn_doc_shaped_height (above);
  below = _kn_doc_shape (
    c,
    *nip != '\0'
    ? _kn_doc_markup (c, "<b><u>%s</u></b>\n%s\nNIP. %s", _kn_doc_safe (person->name),
                      _kn_doc_safe (person->rank), nip)
    : _kn_doc_markup (c, "<b><u>%s</u></b>\n%s", _kn_doc_safe (person->name),
                      _kn_doc_safe (person->rank)),
    FONT_BODY, width, PANGO_ALIGN_CENTER);
  _kn_doc_band_text (band, x, 0, above);
  _kn_doc_band_text (band, x, above_height + 52, below);
  *height = MAX (*height, above_height + 52 + _kn_doc_shaped_height (below));
}

/* The signatures: the person rated on the left (when given), the signer on the right under the
 * place and date. */
void
_kn_doc_add_signatures (Composer             *c,
                        const char           *sign_date,
                        const char           *left_role,
                        const KnReportPerson *left,
                        const char           *right_role,
                        const KnReportPerson *right)
{
  Band *band;
  double width = _kn_doc_body_width (c) * 0.44;
  double height = 0;

  _kn_doc_keep_previous (c);
  _kn_doc_add_space (c, 14);
  band = _kn_doc_compose_band (c);
  band->solid = TRUE;

  if (left != NULL)
    signature_into (c, band, c->left, width, _kn_doc_markup (c, "\n%s", left_role), left, &height);
  signature_into (c, band, c->right - width, width,
                  _kn_doc_markup (c, "%s\n%s", _kn_doc_safe (sign_date), right_role), right,
                  &height);
  band->height = height;
}

void
_kn_doc_keep_closing (Composer *c,
                      guint     from)
{
  double need = 0;

  g_return_if_fail (from < c->bands->len);

  for (guint i = from; i < c->bands->len; i++)
    need += ((Band *) g_ptr_array_index (c->bands, i))->height;
  /* Too long for one page (a long review): each part keeps as it was composed. */
  if (need > c->bottom - c->top)
    return;
  for (guint i = from; i + 1 < c->bands->len; i++)
    {
      Band *band = g_ptr_array_index (c->bands, i);

      if (!band->space)
        band->keep_with_next = TRUE;
    }
}

/* A bar chart of the unit's predikat from Sangat Kurang to Sangat Baik with a line through the
 * bars: the "kurva distribusi" of the evaluation form. */
void
_kn_doc_chart_into (Composer      *c,
                    Band          *band,
                    double         x,
                    double         y,
                    double         width,
                    double         height,
                    KnOrgPredikat  org,
                    const guint    counts[KN_PREDIKAT_N])
{
  const guint n = KN_PREDIKAT_N - KN_PREDIKAT_SANGAT_KURANG;
  g_autofree char *title_text = kn_report_curve_title (org);
  Shaped *title;
  Shaped *y_title;
  Shaped *x_title;
  double slot = (width - 8) / n;
  double x0 = x + 4;
  double label_height = 0;
  double top;
  double base;
  double prev_x = 0;
  double prev_y = 0;
  guint max = 1;
  Shaped *labels[KN_PREDIKAT_N - KN_PREDIKAT_SANGAT_KURANG];

  /* The title over the curve, the y axis's title over the axis, the x axis's under the labels
   * (the wording: kn_report_curve_title and the KN_REPORT_CURVE_ titles). */
  title = _kn_doc_shape (c, _kn_doc_markup (c, "<b>%s</b>", title_text), FONT_TABLE, width,
                         PANGO_ALIGN_CENTER);
  y_title = _kn_doc_shape (c, _kn_doc_esc (c, KN_REPORT_CURVE_Y_TITLE), FONT_TABLE, width,
                           PANGO_ALIGN_LEFT);
  x_title = _kn_doc_shape (c, _kn_doc_esc (c, KN_REPORT_CURVE_X_TITLE), FONT_TABLE, width,
                           PANGO_ALIGN_CENTER);
  _kn_doc_band_text (band, x, y, title);
  y += _kn_doc_shaped_height (title) + 1;
  _kn_doc_band_text (band, x, y, y_title);
  y += _kn_doc_shaped_height (y_title);
  height -= _kn_doc_shaped_height (title) + 1 + _kn_doc_shaped_height (y_title);
  top = y + 4;

  for (guint i = 0; i < n; i++)
    {
      guint count = counts[KN_PREDIKAT_SANGAT_KURANG + i];
      const char *label = kn_report_curve_label (KN_PREDIKAT_SANGAT_KURANG + i);

      max = MAX (max, count);
      labels[i] = _kn_doc_shape (c, _kn_doc_markup (c, "%s\n(%u)", label, count), FONT_TABLE,
                                 slot - 2, PANGO_ALIGN_CENTER);
      label_height = MAX (label_height, _kn_doc_shaped_height (labels[i]));
    }

  base = y + height - label_height - _kn_doc_shaped_height (x_title) - 4;
  _kn_doc_band_text (band, x, base + 3 + label_height + 1, x_title);
  _kn_doc_band_line (band, x0, base, width - 8, 0, BORDER_WIDTH);
  _kn_doc_band_line (band, x0, top, 0, base - top, BORDER_WIDTH);

  for (guint i = 0; i < n; i++)
    {
      guint count = counts[KN_PREDIKAT_SANGAT_KURANG + i];
      double bar_width = slot * 0.46;
      double bar_height = (base - top - 4) * count / max;
      double bar_x = x0 + slot * i + (slot - bar_width) / 2;
      double mid_x = x0 + slot * i + slot / 2;
      double mid_y = base - bar_height;

      if (bar_height > 0)
        {
          _kn_doc_band_fill (band, bar_x, mid_y, bar_width, bar_height, 0.80);
          _kn_doc_band_rect (band, bar_x, mid_y, bar_width, bar_height);
        }
      if (i > 0)
        _kn_doc_band_line (band, prev_x, prev_y, mid_x - prev_x, mid_y - prev_y, 1.2);
      _kn_doc_band_fill (band, mid_x - 1.8, mid_y - 1.8, 3.6, 3.6, 0.0);
      prev_x = mid_x;
      prev_y = mid_y;

      _kn_doc_band_text (band, x0 + slot * i + 1, base + 3, labels[i]);
    }
}

/* The kop surat */

void
_kn_doc_add_letterhead (Composer        *c,
                        const char      *lines,
                        cairo_surface_t *logo)
{
  g_auto(GStrv) split = NULL;
  GString *markup = g_string_new (NULL);
  Shaped *text = NULL;
  double logo_height = 62;
  double logo_width = 0;
  double text_height = 0;
  double height;
  Band *band;

  split = g_strsplit (_kn_doc_safe (lines), "\n", -1);
  for (guint i = 0; split[i] != NULL; i++)
    {
      g_autofree char *line = g_markup_escape_text (g_strstrip (split[i]), -1);

      if (line[0] == '\0')
        continue;
      if (markup->len > 0)
        g_string_append_c (markup, '\n');
      if (markup->len == 0)
        g_string_append_printf (markup, "<b><big>%s</big></b>", line);
      else
        g_string_append_printf (markup, "<b>%s</b>", line);
    }
  if (markup->len == 0 && logo == NULL)
    {
      g_string_free (markup, TRUE);
      return;
    }

  band = _kn_doc_compose_band (c);
  band->solid = TRUE;
  if (logo != NULL)
    {
      double w = cairo_image_surface_get_width (logo);
      double h = cairo_image_surface_get_height (logo);
      Item item = { .kind = ITEM_IMAGE, .x = c->left, .y = 0, .w = 0, .h = logo_height };

      logo_width = h > 0 ? logo_height * w / h : logo_height;
      item.w = logo_width;
      _kn_doc_items_add (band->items, &item, 0);
    }
  if (markup->len > 0)
    {
      /* Centred on the page, clear of the logo. */
      double margin = logo_width > 0 ? logo_width + 6 : 0;

      text = _kn_doc_shape (c, _kn_doc_keep (c, g_string_free (markup, FALSE)), FONT_BODY,
                            _kn_doc_body_width (c) - 2 * margin, PANGO_ALIGN_CENTER);
      text_height = _kn_doc_shaped_height (text);
      _kn_doc_band_text (band, c->left + margin,
                         logo != NULL ? MAX (0, (logo_height - text_height) / 2) : 0, text);
    }
  else
    g_string_free (markup, TRUE);

  height = MAX (text_height, logo != NULL ? logo_height : 0) + 4;
  _kn_doc_band_line (band, c->left, height, _kn_doc_body_width (c), 0, 2.0);
  _kn_doc_band_line (band, c->left, height + 2.6, _kn_doc_body_width (c), 0, 0.6);
  band->height = height + 8;
}

/* The hasil kerja table */

typedef enum
{
  COL_NO,
  COL_PARENT,
  COL_RHK,
  COL_CATEGORY,
  COL_IKI,
  COL_TARGET,
  COL_REALIZATION,
  COL_FEEDBACK,
  N_RESULT_COLUMNS
} ResultColumn;

typedef struct
{
  Columns cols;
  int     index[N_RESULT_COLUMNS];   /* the column of each, -1 when absent */
} ResultTable;

static void
result_table_init (ResultTable    *table,
                   Composer       *c,
                   const KnReport *report,
                   gboolean        evaluation)
{
  static const ResultColumn plain[] = {
    COL_NO, COL_PARENT, COL_RHK, COL_CATEGORY, COL_IKI, COL_TARGET, COL_REALIZATION, COL_FEEDBACK,
  };
  /* A JPT has no atasan column, and the perspektif follows the target. */
  static const ResultColumn jpt[] = {
    COL_NO, COL_RHK, COL_IKI, COL_TARGET, COL_CATEGORY, COL_REALIZATION, COL_FEEDBACK,
  };
  static const double plain_skp[] = { 4.5, 21, 23, 10.5, 28, 13 };
  static const double plain_eval[] = { 2.7, 12.8, 14, 6.8, 16.2, 8.3, 19.6, 19.6 };
  static const double jpt_skp[] = { 4.5, 30, 34, 15.5, 16 };
  static const double jpt_eval[] = { 2.7, 19, 21, 9.3, 10, 19, 19 };
  const ResultColumn *order = report->jpt ? jpt : plain;
  const double *weights;
  guint n;

  if (report->jpt)
    {
      weights = evaluation ? jpt_eval : jpt_skp;
      n = evaluation ? G_N_ELEMENTS (jpt_eval) : G_N_ELEMENTS (jpt_skp);
    }
  else
    {
      weights = evaluation ? plain_eval : plain_skp;
      n = evaluation ? G_N_ELEMENTS (plain_eval) : G_N_ELEMENTS (plain_skp);
    }

  for (guint i = 0; i < N_RESULT_COLUMNS; i++)
    table->index[i] = -1;
  for (guint i = 0; i < n; i++)
    table->index[order[i]] = (int) i;
  _kn_doc_columns_init (&table->cols, c, weights, n);
}

static const char *
realization_markup (Composer                *c,
                    const KnReportIndicator *indicator)
{
  GString *text = g_string_new (NULL);
  g_autofree char *realization = g_markup_escape_text (_kn_doc_safe (indicator->realization), -1);

  g_string_append (text, realization);
  if (indicator->capaian != NULL && *indicator->capaian != '\0')
    {
      g_autofree char *capaian = g_markup_escape_text (indicator->capaian, -1);

      g_string_append_printf (text, "%sCapaian: %s", text->len > 0 ? "\n" : "", capaian);
    }
  if (indicator->evidence != NULL && *indicator->evidence != '\0')
    {
      g_autofree char *evidence = g_markup_escape_text (indicator->evidence, -1);

      g_string_append_printf (text, "%s<i>Bukti dukung:</i> %s", text->len > 0 ? "\n" : "",
                              evidence);
    }

  return _kn_doc_keep (c, g_string_free (text, FALSE));
}

static void
add_result_group (Composer             *c,
                  const ResultTable    *table,
                  Band                 *header,
                  guint                 number,
                  const KnReportResult *result,
                  gboolean              evaluation)
{
  g_autoptr(GArray) merged = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_autoptr(GArray) cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  guint n_indicators = result->indicators != NULL ? result->indicators->len : 0;
  Cell cell = { .font = FONT_TABLE };
  Band *band;

  cell.col = table->index[COL_NO];
  cell.markup = _kn_doc_markup (c, "%u", number);
  cell.align = PANGO_ALIGN_CENTER;
  g_array_append_val (merged, cell);
  cell.align = PANGO_ALIGN_LEFT;
  if (table->index[COL_PARENT] >= 0)
    {
      cell.col = table->index[COL_PARENT];
      cell.markup = _kn_doc_esc (c, result->parent_text);
      g_array_append_val (merged, cell);
    }
  cell.col = table->index[COL_RHK];
  cell.markup = _kn_doc_esc (c, result->text);
  g_array_append_val (merged, cell);
  if (evaluation)
    {
      cell.col = table->index[COL_FEEDBACK];
      cell.markup = _kn_doc_esc (c, result->feedback);
      g_array_append_val (merged, cell);
    }

  /* An RHK without an indicator still shows its row. */
  for (guint i = 0; i < MAX (n_indicators, 1); i++)
    {
      const KnReportIndicator *indicator = NULL;
      static const KnReportIndicator none = { NULL };

      indicator = i < n_indicators ? g_ptr_array_index (result->indicators, i) : &none;
      cell.row = i;
      cell.col = table->index[COL_CATEGORY];
      cell.markup = _kn_doc_esc (c, indicator->category);
      g_array_append_val (cells, cell);
      cell.col = table->index[COL_IKI];
      cell.markup = _kn_doc_esc (c, indicator->text);
      g_array_append_val (cells, cell);
      cell.col = table->index[COL_TARGET];
      cell.markup = _kn_doc_esc (c, indicator->target);
      g_array_append_val (cells, cell);
      if (evaluation)
        {
          cell.col = table->index[COL_REALIZATION];
          cell.markup = realization_markup (c, indicator);
          g_array_append_val (cells, cell);
        }
    }

  /* On a page it continues on, the RHK is marked "(lanjutan)" and the feedback stays with the
   * first rows, as in the workbook. */
  {
    g_autoptr(GArray) continued = g_array_copy (merged);

    for (guint i = 0; i < continued->len; i++)
      {
        Cell *part = &g_array_index (continued, Cell, i);

        if ((int) part->col == table->index[COL_RHK])
          part->markup = _kn_doc_markup (c, "%s " KN_FORM_CONTINUED,
                                         _kn_doc_safe (result->text));
        else if ((int) part->col == table->index[COL_FEEDBACK])
          part->markup = "";
      }
    band = _kn_doc_add_split_group (c, &table->cols, (Cell *) merged->data,
                                    (Cell *) continued->data, merged->len, (Cell *) cells->data,
                                    cells->len, table->index[COL_RHK], table->index[COL_IKI]);
  }
  band->header = header;
}

void
_kn_doc_add_result_table (Composer       *c,
                          const KnReport *report,
                          gboolean        evaluation)
{
  static const char * const titles[N_RESULT_COLUMNS] = {
    [COL_NO] = "NO",
    [COL_PARENT] = KN_FORM_COL_INTERVENSI,
    [COL_RHK] = KN_FORM_COL_RHK,
    [COL_CATEGORY] = KN_FORM_COL_ASPEK,
    [COL_IKI] = KN_FORM_COL_IKI,
    [COL_TARGET] = KN_FORM_COL_TARGET,
    [COL_REALIZATION] = KN_FORM_COL_REALISASI,
    [COL_FEEDBACK] = KN_FORM_COL_FEEDBACK,
  };
  static const KnResultKind kinds[] = { KN_RESULT_KIND_UTAMA, KN_RESULT_KIND_TAMBAHAN };
  static const char * const sections[] = { KN_FORM_SECTION_UTAMA, KN_FORM_SECTION_TAMBAHAN };
  ResultTable table;
  Cell head[2 * MAX_COLUMNS];
  guint n_head = 0;
  Band *header;

  result_table_init (&table, c, report, evaluation);
  _kn_doc_add_table_title (c, KN_FORM_HASIL_KERJA);

  for (guint i = 0; i < N_RESULT_COLUMNS; i++)
    {
      int col = table.index[i];
      const char *title = titles[i];

      if (col < 0)
        continue;
      if (i == COL_CATEGORY && report->jpt)
        title = KN_FORM_COL_PERSPEKTIF;
      head[n_head++] = (Cell) { .row = 0, .col = col, .markup = title, .font = FONT_TABLE_BOLD,
                                .align = PANGO_ALIGN_CENTER, .middle = TRUE, .shaded = TRUE };
      head[n_head++] = (Cell) { .row = 1, .col = col, .markup = _kn_doc_markup (c, "(%d)", col + 1),
                                .font = FONT_TABLE, .align = PANGO_ALIGN_CENTER,
                                .shaded = TRUE };
    }
  header = _kn_doc_add_row (c, &table.cols, head, n_head);
  header->keep_with_next = TRUE;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      Cell section = { .col = 0, .span = table.cols.n, .markup = sections[k],
                       .font = FONT_TABLE_BOLD };
      Band *band = _kn_doc_add_row (c, &table.cols, &section, 1);
      guint number = 0;

      band->keep_with_next = TRUE;
      band->header = header;

      for (guint i = 0; report->results != NULL && i < report->results->len; i++)
        {
          const KnReportResult *result = g_ptr_array_index (report->results, i);

          if (result->kind != kinds[k])
            continue;
          add_result_group (c, &table, header, ++number, result, evaluation);
        }

      if (number == 0)
        {
          Cell empty[MAX_COLUMNS];

          for (guint i = 0; i < table.cols.n; i++)
            empty[i] = (Cell) { .col = i, .font = FONT_TABLE };
          _kn_doc_add_row (c, &table.cols, empty, table.cols.n)->header = header;
        }
    }
}

void
_kn_doc_add_behaviour_table (Composer       *c,
                             const KnReport *report,
                             gboolean        evaluation)
{
  static const double skp_weights[] = { 4.5, 55.5, 40 };
  static const double eval_weights[] = { 2.7, 45, 26, 26.3 };
  Columns cols;
  Band *header;
  Cell head[] = {
    { .col = 0, .markup = KN_FORM_NO, .font = FONT_TABLE_BOLD, .align = PANGO_ALIGN_CENTER,
      .middle = TRUE, .shaded = TRUE },
    { .col = 1, .markup = KN_FORM_PERILAKU, .font = FONT_TABLE_BOLD, .align = PANGO_ALIGN_CENTER,
      .middle = TRUE, .shaded = TRUE },
    { .col = 2, .markup = KN_FORM_EKSPEKTASI, .font = FONT_TABLE_BOLD,
      .align = PANGO_ALIGN_CENTER, .middle = TRUE, .shaded = TRUE },
    { .col = 3, .markup = KN_FORM_COL_FEEDBACK,
      .font = FONT_TABLE_BOLD, .align = PANGO_ALIGN_CENTER, .middle = TRUE, .shaded = TRUE },
  };

  if (evaluation)
    _kn_doc_columns_init (&cols, c, eval_weights, G_N_ELEMENTS (eval_weights));
  else
    _kn_doc_columns_init (&cols, c, skp_weights, G_N_ELEMENTS (skp_weights));

  _kn_doc_add_table_title (c, KN_FORM_PERILAKU);
  header = _kn_doc_add_row (c, &cols, head, cols.n);
  header->keep_with_next = TRUE;

  for (guint i = 0; i < KN_CORE_VALUE_N; i++)
    {
      const KnReportBehaviour *behaviour = &report->behaviour[i];
      const char *value = _kn_doc_safe (behaviour->value);
      GString *text = g_string_new (NULL);
      g_autofree char *name = g_markup_escape_text (*value != '\0' ? value
                                                    : kn_core_value_label (i), -1);

      g_string_append_printf (text, "<b>%s</b>", name);
      for (guint g = 0; g < G_N_ELEMENTS (behaviour->guides); g++)
        {
          g_autofree char *guide = g_markup_escape_text (_kn_doc_safe (behaviour->guides[g]), -1);

          if (*guide != '\0')
            g_string_append_printf (text, "\n- %s", guide);
        }

      {
        Cell cells[] = {
          { .col = 0, .markup = _kn_doc_markup (c, "%u", i + 1), .font = FONT_TABLE,
            .align = PANGO_ALIGN_CENTER },
          { .col = 1, .markup = _kn_doc_keep (c, g_string_free (text, FALSE)), .font = FONT_TABLE,
            .hanging = TRUE },
          { .col = 2, .markup = _kn_doc_esc (c, behaviour->expectation), .font = FONT_TABLE },
          { .col = 3, .markup = _kn_doc_esc (c, behaviour->feedback), .font = FONT_TABLE },
        };

        _kn_doc_add_row (c, &cols, cells, cols.n)->header = header;
      }
    }
}

/* A two-column bordered row: "RATING HASIL KERJA | options". */
Band *
_kn_doc_add_labelled_row (Composer   *c,
                          const char *label,
                          const char *value_markup,
                          gboolean    keep_with_previous)
{
  static const double weights[] = { 28, 72 };
  Columns cols;
  Cell cells[] = {
    { .col = 0, .markup = label, .font = FONT_TABLE_BOLD, .shaded = TRUE },
    { .col = 1, .markup = value_markup, .font = FONT_TABLE },
  };

  _kn_doc_columns_init (&cols, c, weights, G_N_ELEMENTS (weights));
  if (keep_with_previous)
    _kn_doc_keep_previous (c);

  return _kn_doc_add_row (c, &cols, cells, G_N_ELEMENTS (cells));
}

/* "POLA DISTRIBUSI | the curve" */
void
_kn_doc_add_distribution_row (Composer      *c,
                              KnOrgPredikat  org,
                              const char    *unit,
                              const guint    counts[KN_PREDIKAT_N])
{
  static const double weights[] = { 28, 72 };
  Columns cols;
  Band *band = _kn_doc_compose_band (c);
  Cell label = { .col = 0,
                 .markup = unit != NULL && unit[0] != '\0'
                           ? _kn_doc_markup (c, "<b>%s</b>\n%s %s", KN_FORM_POLA,
                                             KN_FORM_POLA_NOTE, _kn_doc_esc (c, unit))
                           : "<b>" KN_FORM_POLA "</b>\n" KN_FORM_POLA_NOTE,
                 .font = FONT_TABLE, .shaded = TRUE };
  double chart_width;
  double height = 168;

  _kn_doc_columns_init (&cols, c, weights, G_N_ELEMENTS (weights));
  chart_width = MIN (330, cols.x[2] - cols.x[1] - 2 * PAD_X);
  _kn_doc_group_into (c, band, &cols, 0, &label, 1, NULL, 0, FALSE);
  _kn_doc_band_fill (band, cols.x[0], 0, cols.x[1] - cols.x[0], height, SHADE);
  /* The label's own fill was only as tall as its text; the one above covers the row. */
  _kn_doc_band_rect (band, cols.x[0], 0, cols.x[1] - cols.x[0], height);
  _kn_doc_band_rect (band, cols.x[1], 0, cols.x[2] - cols.x[1], height);
  _kn_doc_chart_into (c, band, cols.x[1] + PAD_X, PAD_Y, chart_width, height - 2 * PAD_Y, org,
                      counts);
  band->height = height;
  band->solid = TRUE;
}

const char *
_kn_doc_approach_title (Composer       *c,
                        const KnReport *report)
{
  return _kn_doc_keep (c, kn_form_text_approach (report->approach));
}

const char *
_kn_doc_group_title (const KnReport *report)
{
  return kn_form_text_group (report->jpt);
}

void
_kn_doc_add_status_note (Composer   *c,
                         const char *status)
{
  if (status != NULL && *status != '\0')
    _kn_doc_add_paragraph (c, _kn_doc_markup (c, "Status: %s", status), FONT_TABLE,
                           PANGO_ALIGN_RIGHT);
}

/* The agency and the unit, centred under the title. */
void
_kn_doc_add_agency (Composer       *c,
                    const KnReport *report)
{
  const char *instansi = _kn_doc_esc_upper (c, report->instansi);
  const char *opd = _kn_doc_esc_upper (c, report->opd);

  if (*opd != '\0')
    _kn_doc_add_paragraph (c, _kn_doc_keep (c, g_strdup_printf ("%s\n%s", instansi, opd)),
                           FONT_BODY_BOLD, PANGO_ALIGN_CENTER);
  else
    _kn_doc_add_paragraph (c, instansi, FONT_BODY_BOLD, PANGO_ALIGN_CENTER);
}
