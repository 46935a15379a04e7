/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The official documents laid out into pages of placed text, borders and fills, then painted page
 * by page onto any cairo context. */

#define G_LOG_DOMAIN "kn-document"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <glib.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-document.h"
#include "kinerja/kn-period.h"
#include "kinerja/kn-plan-enums.h"
#include "kinerja/kn-rules.h"

#include "kn-document-private.h"

static const struct
{
  double   size;
  gboolean bold;
} font_styles[N_FONTS] = {
  [FONT_BODY] = { 9.0, FALSE },
  [FONT_BODY_BOLD] = { 9.0, TRUE },
  [FONT_TABLE] = { 8.0, FALSE },
  [FONT_TABLE_BOLD] = { 8.0, TRUE },
  [FONT_TITLE] = { 10.0, TRUE },
};

G_DEFINE_QUARK (kn-document-error-quark, kn_document_error)

/* The printed forms are Indonesian whatever the interface language. */
static const char * const month_names[] = {
  "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
  "Oktober", "November", "Desember",
};

static const char * const person_labels[] = {
  "NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA",
};

/* Items and bands */

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->layout);
  g_clear_pointer (&item->text.markup, g_ref_string_release);
}

GArray *
_kn_doc_items_new (void)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (Item));

  g_array_set_clear_func (items, item_clear);

  return items;
}

/* Appends a copy of @item, moved down by @dy, with its layout or (for a page) without. */
void
_kn_doc_items_add (GArray     *items,
                   const Item *item,
                   double      dy,
                   gboolean    with_layout)
{
  Item copy = *item;

  copy.y += dy;
  if (copy.text.markup != NULL)
    g_ref_string_acquire (copy.text.markup);
  if (copy.layout != NULL && with_layout)
    g_object_ref (copy.layout);
  else
    copy.layout = NULL;
  g_array_append_val (items, copy);
}

static Band *
band_new (void)
{
  Band *band = g_new0 (Band, 1);

  band->items = _kn_doc_items_new ();

  return band;
}

void
_kn_doc_band_free (gpointer data)
{
  Band *band = data;

  g_array_unref (band->items);
  g_free (band);
}

void
_kn_doc_band_text (Band        *band,
                   double       x,
                   double       y,
                   PangoLayout *layout)
{
  Item item = { ITEM_TEXT, x, y, 0, 0 };

  item.text = *(TextSpec *) g_object_get_data (G_OBJECT (layout), "kn-text-spec");
  item.layout = layout;
  item.first_line = 0;
  item.n_lines = pango_layout_get_line_count (layout);
  _kn_doc_items_add (band->items, &item, 0, TRUE);
}

void
_kn_doc_band_rect (Band  *band,
                   double x,
                   double y,
                   double w,
                   double h)
{
  Item item = { ITEM_RECT, x, y, w, h };

  item.width = BORDER_WIDTH;
  _kn_doc_items_add (band->items, &item, 0, TRUE);
}

void
_kn_doc_band_fill (Band  *band,
                   double x,
                   double y,
                   double w,
                   double h,
                   double gray)
{
  Item item = { ITEM_FILL, x, y, w, h };

  item.gray = gray;
  _kn_doc_items_add (band->items, &item, 0, TRUE);
}

void
_kn_doc_band_line (Band  *band,
                   double x,
                   double y,
                   double dx,
                   double dy,
                   double width)
{
  Item item = { ITEM_LINE, x, y, dx, dy };

  item.width = width;
  _kn_doc_items_add (band->items, &item, 0, TRUE);
}

/* The top and bottom of each line drawn by a text item, from the item's top. */
static void
text_item_line_bounds (const Item *item,
                       double     *tops,
                       double     *bottoms)
{
  PangoLayoutIter *iter = pango_layout_get_iter (item->layout);
  int origin = 0;
  int i = 0;

  do
    {
      if (i >= item->first_line && i < item->first_line + item->n_lines)
        {
          int y0, y1;

          pango_layout_iter_get_line_yrange (iter, &y0, &y1);
          if (i == item->first_line)
            origin = y0;
          tops[i - item->first_line] = (double) (y0 - origin) / PANGO_SCALE;
          bottoms[i - item->first_line] = (double) (y1 - origin) / PANGO_SCALE;
        }
      i++;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

/* The lowest place at or above @limit where the band can be cut without cutting a line of text;
 * 0 when there is none. */
double
_kn_doc_band_find_cut (const Band *band,
                       double      limit)
{
  double cut = limit;
  gboolean moved = TRUE;

  while (moved && cut > 0)
    {
      moved = FALSE;

      for (guint i = 0; i < band->items->len; i++)
        {
          const Item *item = &g_array_index (band->items, Item, i);
          g_autofree double *tops = NULL;
          g_autofree double *bottoms = NULL;

          if (item->kind != ITEM_TEXT || item->n_lines == 0)
            continue;

          tops = g_new (double, item->n_lines);
          bottoms = g_new (double, item->n_lines);
          text_item_line_bounds (item, tops, bottoms);

          for (int l = 0; l < item->n_lines; l++)
            {
              double top = item->y + tops[l];
              double bottom = item->y + bottoms[l];

              if (top < cut - EPSILON && bottom > cut + EPSILON)
                {
                  cut = top;
                  moved = TRUE;
                }
            }
        }
    }

  return MAX (cut, 0);
}

/* Splits @band at @cut (which cuts no line): @first keeps what is above, @rest what is below,
 * moved up and given a little room under the break. Cells cut in two are closed on both sides. */
void
_kn_doc_band_split (const Band *band,
                    double      cut,
                    Band      **first,
                    Band      **rest)
{
  double delta = PAD_Y - cut;

  *first = band_new ();
  *rest = band_new ();
  (*first)->height = cut;
  (*first)->header = band->header;
  (*rest)->height = band->height + delta;
  (*rest)->header = band->header;
  (*rest)->keep_with_next = band->keep_with_next;

  for (guint i = 0; i < band->items->len; i++)
    {
      const Item *item = &g_array_index (band->items, Item, i);

      switch (item->kind)
        {
        case ITEM_TEXT:
          {
            g_autofree double *tops = g_new (double, MAX (item->n_lines, 1));
            g_autofree double *bottoms = g_new (double, MAX (item->n_lines, 1));
            int above = 0;

            text_item_line_bounds (item, tops, bottoms);
            while (above < item->n_lines && item->y + bottoms[above] <= cut + EPSILON)
              above++;

            if (above == item->n_lines)
              _kn_doc_items_add ((*first)->items, item, 0, TRUE);
            else if (above == 0)
              _kn_doc_items_add ((*rest)->items, item, delta, TRUE);
            else
              {
                Item top_part = *item;
                Item bottom_part = *item;

                top_part.n_lines = above;
                _kn_doc_items_add ((*first)->items, &top_part, 0, TRUE);
                bottom_part.first_line = item->first_line + above;
                bottom_part.n_lines = item->n_lines - above;
                bottom_part.y = item->y + tops[above];
                _kn_doc_items_add ((*rest)->items, &bottom_part, delta, TRUE);
              }
          }
          break;

        case ITEM_LINE:
          if (item->w != 0 || item->h == 0)
            {
              /* A horizontal or slanted line goes with its start. */
              if (item->y <= cut + EPSILON)
                _kn_doc_items_add ((*first)->items, item, 0, TRUE);
              else
                _kn_doc_items_add ((*rest)->items, item, delta, TRUE);
              break;
            }
          G_GNUC_FALLTHROUGH;

        case ITEM_FILL:
        case ITEM_RECT:
        default:
          {
            double y0 = MIN (item->y, item->y + item->h);
            double y1 = MAX (item->y, item->y + item->h);

            if (y1 <= cut + EPSILON)
              _kn_doc_items_add ((*first)->items, item, 0, TRUE);
            else if (y0 >= cut - EPSILON)
              _kn_doc_items_add ((*rest)->items, item, delta, TRUE);
            else
              {
                Item top_part = *item;
                Item bottom_part = *item;

                top_part.y = y0;
                top_part.h = cut - y0;
                _kn_doc_items_add ((*first)->items, &top_part, 0, TRUE);
                bottom_part.y = 0;
                bottom_part.h = y1 + delta;
                _kn_doc_items_add ((*rest)->items, &bottom_part, 0, TRUE);
              }
          }
          break;
        }
    }
}

/* Composing */

void
_kn_doc_composer_init (Composer   *c,
                       KnDocument *document)
{
  c->context = document->context;
  c->fonts = document->fonts;
  c->left = 20 * MM;
  c->right = document->width - 15 * MM;
  c->top = 15 * MM;
  c->bottom = document->height - 18 * MM;
  c->footer = document->height - 13 * MM;
  c->bands = g_ptr_array_new_with_free_func (_kn_doc_band_free);
  c->strings = g_ptr_array_new_with_free_func (g_free);
}

void
_kn_doc_composer_clear (Composer *c)
{
  g_clear_pointer (&c->bands, g_ptr_array_unref);
  g_clear_pointer (&c->strings, g_ptr_array_unref);
}

double
_kn_doc_body_width (const Composer *c)
{
  return c->right - c->left;
}

/* Keeps @text alive until composing ends. */
const char *
_kn_doc_keep (Composer *c,
              char     *text)
{
  g_ptr_array_add (c->strings, text);
  return text;
}

const char *
_kn_doc_esc (Composer   *c,
             const char *text)
{
  return _kn_doc_keep (c, g_markup_escape_text (text != NULL ? text : "", -1));
}

const char *
_kn_doc_esc_upper (Composer   *c,
                   const char *text)
{
  g_autofree char *upper = g_utf8_strup (text != NULL ? text : "", -1);

  return _kn_doc_esc (c, upper);
}

const char * G_GNUC_PRINTF (2, 3)
_kn_doc_markup (Composer   *c,
                const char *format,
                ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = g_markup_vprintf_escaped (format, args);
  va_end (args);

  return _kn_doc_keep (c, text);
}

const char *
_kn_doc_safe (const char *text)
{
  return text != NULL ? text : "";
}

PangoLayout *
_kn_doc_layout_from_spec (PangoContext               *context,
                          PangoFontDescription * const *fonts,
                          const TextSpec             *spec)
{
  PangoLayout *layout = pango_layout_new (context);

  pango_layout_set_font_description (layout, fonts[spec->font]);
  pango_layout_set_width (layout, (int) (MAX (spec->width, 1.0) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, spec->align);
  pango_layout_set_indent (layout, spec->indent);
  pango_layout_set_markup (layout, spec->markup, -1);

  return layout;
}

static void
text_spec_free (gpointer data)
{
  TextSpec *spec = data;

  g_ref_string_release (spec->markup);
  g_free (spec);
}

static PangoLayout *
make_layout_indented (Composer       *c,
                      const char     *text_markup,
                      Font            font,
                      double          width,
                      PangoAlignment  align,
                      double          indent)
{
  TextSpec *spec = g_new0 (TextSpec, 1);
  PangoLayout *layout;

  spec->markup = g_ref_string_new (text_markup != NULL ? text_markup : "");
  spec->font = font;
  spec->align = align;
  spec->width = width;
  spec->indent = (int) (indent * PANGO_SCALE);
  layout = _kn_doc_layout_from_spec (c->context, c->fonts, spec);
  g_object_set_data_full (G_OBJECT (layout), "kn-text-spec", spec, text_spec_free);

  return layout;
}

PangoLayout *
_kn_doc_make_layout (Composer       *c,
                     const char     *text_markup,
                     Font            font,
                     double          width,
                     PangoAlignment  align)
{
  return make_layout_indented (c, text_markup, font, width, align, 0);
}

double
_kn_doc_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);

  return (double) logical.height / PANGO_SCALE;
}

Band *
_kn_doc_compose_band (Composer *c)
{
  Band *band = band_new ();

  g_ptr_array_add (c->bands, band);

  return band;
}

/* Keeps the last band composed with the next one: a rating row with its table, the signatures
 * with what they sign. */
void
_kn_doc_keep_previous (Composer *c)
{
  for (guint i = c->bands->len; i > 0; i--)
    {
      Band *band = g_ptr_array_index (c->bands, i - 1);

      if (!band->space)
        {
          band->keep_with_next = TRUE;
          return;
        }
    }
}

void
_kn_doc_add_space (Composer *c,
                   double    height)
{
  Band *band = _kn_doc_compose_band (c);

  band->space = TRUE;
  band->height = height;
}

Band *
_kn_doc_add_paragraph (Composer       *c,
                       const char     *text_markup,
                       Font            font,
                       PangoAlignment  align)
{
  Band *band = _kn_doc_compose_band (c);
  g_autoptr(PangoLayout) layout =
    _kn_doc_make_layout (c, text_markup, font, _kn_doc_body_width (c), align);

  _kn_doc_band_text (band, c->left, 0, layout);
  band->height = _kn_doc_layout_height (layout);

  return band;
}

/* "1. text" with the text wrapping under itself. */
Band *
_kn_doc_add_numbered (Composer   *c,
                      guint       number,
                      const char *text)
{
  Band *band = _kn_doc_compose_band (c);
  g_autoptr(PangoLayout) number_layout =
    _kn_doc_make_layout (c, _kn_doc_markup (c, "%u.", number), FONT_BODY, 14, PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) text_layout = _kn_doc_make_layout (c, _kn_doc_esc (c, text), FONT_BODY,
                                                     _kn_doc_body_width (c) - 18, PANGO_ALIGN_LEFT);

  _kn_doc_band_text (band, c->left, 0, number_layout);
  _kn_doc_band_text (band, c->left + 18, 0, text_layout);
  band->height =
    MAX (_kn_doc_layout_height (number_layout), _kn_doc_layout_height (text_layout)) + 1.5;

  return band;
}

void
_kn_doc_columns_init (Columns        *cols,
                      const Composer *c,
                      const double   *weights,
                      guint           n)
{
  double total = 0;
  double x = c->left;

  g_assert (n <= MAX_COLUMNS);

  for (guint i = 0; i < n; i++)
    total += weights[i];

  cols->n = n;
  for (guint i = 0; i < n; i++)
    {
      cols->x[i] = x;
      x += weights[i] / total * _kn_doc_body_width (c);
    }
  cols->x[n] = c->right;
}

static PangoLayout *
cell_layout (Composer      *c,
             const Columns *cols,
             const Cell    *cell,
             double        *height)
{
  guint span = MAX (cell->span, 1);
  double width;
  PangoLayout *layout;

  g_assert (cell->col + span <= cols->n);

  width = cols->x[cell->col + span] - cols->x[cell->col] - 2 * PAD_X;
  layout = make_layout_indented (c, cell->markup, cell->font, width, cell->align,
                                 cell->hanging ? -7 : 0);
  *height = MAX (_kn_doc_layout_height (layout) + 2 * PAD_Y, cell->min_height);

  return layout;
}

static void
place_cell (Band          *band,
            const Columns *cols,
            const Cell    *cell,
            PangoLayout   *layout,
            double         y,
            double         height,
            gboolean       borders)
{
  guint span = MAX (cell->span, 1);
  double x = cols->x[cell->col];
  double w = cols->x[cell->col + span] - x;
  double text_y = y + PAD_Y;

  if (cell->middle)
    text_y = y + MAX ((height - _kn_doc_layout_height (layout)) / 2, PAD_Y);
  if (cell->shaded)
    _kn_doc_band_fill (band, x, y, w, height, SHADE);
  _kn_doc_band_text (band, x + PAD_X, text_y, layout);
  if (borders)
    _kn_doc_band_rect (band, x, y, w, height);
}

/* Lays out a group of table rows at @y in @band: @merged cells run down the whole group, the
 * others sit in their sub-row (Cell.row). Returns the group's height. */
double
_kn_doc_group_into (Composer      *c,
                    Band          *band,
                    const Columns *cols,
                    double         y,
                    const Cell    *merged,
                    guint          n_merged,
                    const Cell    *cells,
                    guint          n_cells,
                    gboolean       borders)
{
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree double *row_height = NULL;
  g_autofree double *row_top = NULL;
  guint n_rows = 0;
  double merged_height = 0;
  double sum = 0;
  double total;

  for (guint i = 0; i < n_cells; i++)
    n_rows = MAX (n_rows, cells[i].row + 1);
  row_height = g_new0 (double, n_rows + 1);
  row_top = g_new0 (double, n_rows + 1);

  for (guint i = 0; i < n_merged; i++)
    {
      double h;

      g_ptr_array_add (layouts, cell_layout (c, cols, &merged[i], &h));
      merged_height = MAX (merged_height, h);
    }
  for (guint i = 0; i < n_cells; i++)
    {
      double h;

      g_ptr_array_add (layouts, cell_layout (c, cols, &cells[i], &h));
      row_height[cells[i].row] = MAX (row_height[cells[i].row], h);
    }

  for (guint r = 0; r < n_rows; r++)
    sum += row_height[r];
  total = MAX (merged_height, sum);
  /* Merged cells taller than their rows: the last row takes the difference. */
  if (n_rows > 0 && total > sum)
    row_height[n_rows - 1] += total - sum;
  for (guint r = 1; r <= n_rows; r++)
    row_top[r] = row_top[r - 1] + row_height[r - 1];

  for (guint i = 0; i < n_merged; i++)
    place_cell (band, cols, &merged[i], g_ptr_array_index (layouts, i), y, total, borders);
  for (guint i = 0; i < n_cells; i++)
    place_cell (band, cols, &cells[i], g_ptr_array_index (layouts, n_merged + i),
                y + row_top[cells[i].row], row_height[cells[i].row], borders);

  return total;
}

Band *
_kn_doc_add_group (Composer      *c,
                   const Columns *cols,
                   const Cell    *merged,
                   guint          n_merged,
                   const Cell    *cells,
                   guint          n_cells)
{
  Band *band = _kn_doc_compose_band (c);

  band->height = _kn_doc_group_into (c, band, cols, 0, merged, n_merged, cells, n_cells, TRUE);

  return band;
}

Band *
_kn_doc_add_row (Composer      *c,
                 const Columns *cols,
                 const Cell    *cells,
                 guint          n_cells)
{
  return _kn_doc_add_group (c, cols, NULL, 0, cells, n_cells);
}

/* A shaded full-width heading row of a table. */
Band *
_kn_doc_add_table_title (Composer   *c,
                         const char *title)
{
  static const double weights[] = { 1 };
  Columns cols;
  Cell cell = { .markup = title, .font = FONT_TABLE_BOLD, .shaded = TRUE };
  Band *band;

  _kn_doc_columns_init (&cols, c, weights, G_N_ELEMENTS (weights));
  band = _kn_doc_add_row (c, &cols, &cell, 1);
  band->keep_with_next = TRUE;

  return band;
}

/* Borderless "LABEL : value" lines. */
void
_kn_doc_add_key_values (Composer          *c,
                        const char * const *keys,
                        const char * const *values,
                        guint               n)
{
  static const double weights[] = { 26, 2, 72 };
  Columns cols;

  _kn_doc_columns_init (&cols, c, weights, G_N_ELEMENTS (weights));

  for (guint i = 0; i < n; i++)
    {
      Cell cells[] = {
        { .col = 0, .markup = keys[i], .font = FONT_BODY_BOLD },
        { .col = 1, .markup = ":", .font = FONT_BODY_BOLD },
        { .col = 2, .markup = values[i], .font = FONT_BODY },
      };
      Band *band = _kn_doc_compose_band (c);

      band->height =
        _kn_doc_group_into (c, band, &cols, 0, NULL, 0, cells, G_N_ELEMENTS (cells), FALSE) - PAD_Y;
      band->keep_with_next = i + 1 < n;
    }
}

/* "A/B/C" with every option but @chosen struck through (none struck when @chosen is -1). */
static const char *
options_markup (Composer          *c,
                const char * const *options,
                guint               n,
                int                 chosen)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (options[i], -1);

      if (i > 0)
        g_string_append_c (text, '/');
      if (chosen < 0)
        g_string_append (text, escaped);
      else if ((int) i == chosen)
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
  const char *options[] = {
    org_predikat_print_labels[KN_ORG_PREDIKAT_ISTIMEWA],
    org_predikat_print_labels[KN_ORG_PREDIKAT_BAIK],
    org_predikat_print_labels[KN_ORG_PREDIKAT_BUTUH_PERBAIKAN],
    org_predikat_print_labels[KN_ORG_PREDIKAT_KURANG],
    org_predikat_print_labels[KN_ORG_PREDIKAT_SANGAT_KURANG],
  };
  int index = -1;

  if (chosen > KN_ORG_PREDIKAT_NONE && chosen < KN_ORG_PREDIKAT_N)
    index = KN_ORG_PREDIKAT_ISTIMEWA - chosen;

  return options_markup (c, options, G_N_ELEMENTS (options), index);
}

const char *
_kn_doc_predikat_options (Composer  *c,
                          KnPredikat chosen)
{
  const char *options[] = {
    kn_predikat_print_label (KN_PREDIKAT_SANGAT_BAIK),
    kn_predikat_print_label (KN_PREDIKAT_BAIK),
    kn_predikat_print_label (KN_PREDIKAT_BUTUH_PERBAIKAN),
    kn_predikat_print_label (KN_PREDIKAT_KURANG),
    kn_predikat_print_label (KN_PREDIKAT_SANGAT_KURANG),
  };
  int index = -1;

  if (chosen > KN_PREDIKAT_NONE && chosen < KN_PREDIKAT_N)
    index = KN_PREDIKAT_SANGAT_BAIK - chosen;

  return options_markup (c, options, G_N_ELEMENTS (options), index);
}

const char *
_kn_doc_rating_options (Composer *c,
                        KnRating  chosen)
{
  const char *options[] = {
    rating_print_labels[KN_RATING_ABOVE],
    rating_print_labels[KN_RATING_AS_EXPECTED],
    rating_print_labels[KN_RATING_BELOW],
  };
  int index = -1;

  if (chosen > KN_RATING_NONE && chosen < KN_RATING_N)
    index = KN_RATING_ABOVE - chosen;

  return options_markup (c, options, G_N_ELEMENTS (options), index);
}

gboolean
_kn_doc_period_is_valid (const KnPeriod *period)
{
  switch (period->kind)
    {
    case KN_PERIOD_QUARTER:
      return period->year > 0 && period->index >= 1 && period->index <= 4;
    case KN_PERIOD_MONTH:
      return period->year > 0 && period->index >= 1 && period->index <= 12;
    case KN_PERIOD_ANNUAL:
      return period->year > 0;
    default:
      return FALSE;
    }
}

/* "TRIWULAN I/II/III/IV-AKHIR" with what does not apply struck through; a month by its name. */
const char *
_kn_doc_period_options (Composer       *c,
                        const KnPeriod *period)
{
  static const char * const numerals[] = { "I", "II", "III", "IV" };
  GString *text;

  if (!_kn_doc_period_is_valid (period))
    return "TRIWULAN I/II/III/IV-AKHIR";

  if (period->kind == KN_PERIOD_MONTH)
    {
      g_autofree char *label = kn_period_print_label (period);

      return _kn_doc_esc (c, label);
    }

  text = g_string_new (period->kind == KN_PERIOD_ANNUAL ? "<s>TRIWULAN</s> " : "TRIWULAN ");
  for (guint i = 0; i < G_N_ELEMENTS (numerals); i++)
    {
      gboolean applies = period->kind == KN_PERIOD_QUARTER && period->index == i + 1;

      if (i > 0)
        g_string_append_c (text, '/');
      g_string_append_printf (text, applies ? "<b>%s</b>" : "<s>%s</s>", numerals[i]);
    }
  g_string_append (text, period->kind == KN_PERIOD_ANNUAL ? "-<b>AKHIR</b>" : "-<s>AKHIR</s>");

  return _kn_doc_keep (c, g_string_free (text, FALSE));
}

/* "1 April s.d. 30 Juni 2026" */
const char *
_kn_doc_period_dates (Composer       *c,
                      const KnPeriod *period)
{
  GDate first;
  GDate last;

  if (!_kn_doc_period_is_valid (period))
    return "";

  kn_period_get_dates (period, &first, &last);

  return _kn_doc_markup (c, "%u %s s.d. %u %s %u",
                         g_date_get_day (&first), month_names[g_date_get_month (&first) - 1],
                         g_date_get_day (&last), month_names[g_date_get_month (&last) - 1],
                         g_date_get_year (&last));
}

const char *
_kn_doc_person_field (const KnReportPerson *person,
                      guint                 field)
{
  switch (field)
    {
    case 0:
      return _kn_doc_safe (person->name);
    case 1:
      return _kn_doc_safe (person->nip);
    case 2:
      return _kn_doc_safe (person->rank);
    case 3:
      return _kn_doc_safe (person->position);
    case 4:
    default:
      return _kn_doc_safe (person->unit);
    }
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
    { .col = 0, .markup = "NO", .font = FONT_TABLE_BOLD, .align = PANGO_ALIGN_CENTER,
      .shaded = TRUE },
    { .col = 1, .span = 2, .markup = "PEGAWAI YANG DINILAI", .font = FONT_TABLE_BOLD,
      .shaded = TRUE },
    { .col = 3, .markup = "NO", .font = FONT_TABLE_BOLD, .align = PANGO_ALIGN_CENTER,
      .shaded = TRUE },
    { .col = 4, .span = 2, .markup = "PEJABAT PENILAI KINERJA", .font = FONT_TABLE_BOLD,
      .shaded = TRUE },
  };

  _kn_doc_columns_init (&cols, c, weights, G_N_ELEMENTS (weights));
  _kn_doc_add_row (c, &cols, head, G_N_ELEMENTS (head))->keep_with_next = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (person_labels); i++)
    {
      const char *number = _kn_doc_markup (c, "%u", i + 1);
      Cell cells[] = {
        { .col = 0, .markup = number, .font = FONT_TABLE, .align = PANGO_ALIGN_CENTER },
        { .col = 1, .markup = person_labels[i], .font = FONT_TABLE },
        { .col = 2,
          .markup = _kn_doc_esc (c, _kn_doc_person_field (employee, i)),
          .font = FONT_TABLE },
        { .col = 3, .markup = number, .font = FONT_TABLE, .align = PANGO_ALIGN_CENTER },
        { .col = 4, .markup = person_labels[i], .font = FONT_TABLE },
        { .col = 5,
          .markup = _kn_doc_esc (c, _kn_doc_person_field (assessor, i)),
          .font = FONT_TABLE },
      };

      _kn_doc_add_row (c, &cols, cells, G_N_ELEMENTS (cells))->keep_with_next =
        i + 1 < G_N_ELEMENTS (person_labels);
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
  g_autoptr(PangoLayout) above = _kn_doc_make_layout (c, above_markup, FONT_BODY, width,
                                               PANGO_ALIGN_CENTER);
  g_autoptr(PangoLayout) below = NULL;
  double above_height = _kn_doc_layout_height (above);

  below = _kn_doc_make_layout (
    c,
    _kn_doc_markup (c, "<b><u>%s</u></b>\n%s\nNIP. %s", _kn_doc_safe (person->name),
                    _kn_doc_safe (person->rank), _kn_doc_safe (person->nip)),
    FONT_BODY, width, PANGO_ALIGN_CENTER);
  _kn_doc_band_text (band, x, 0, above);
  _kn_doc_band_text (band, x, above_height + 52, below);
  *height = MAX (*height, above_height + 52 + _kn_doc_layout_height (below));
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

/* A bar chart of the unit's predikat from Sangat Kurang to Sangat Baik with a line through the
 * bars: the "kurva distribusi" of the evaluation form. */
void
_kn_doc_chart_into (Composer    *c,
                    Band        *band,
                    double       x,
                    double       y,
                    double       width,
                    double       height,
                    const guint  counts[KN_PREDIKAT_N])
{
  static const char * const labels[] = {
    "SANGAT KURANG", "KURANG", "BUTUH PERBAIKAN", "BAIK", "SANGAT BAIK",
  };
  const guint n = G_N_ELEMENTS (labels);
  double slot = (width - 8) / n;
  double x0 = x + 4;
  double label_height = 0;
  double top = y + 6;
  double base;
  double prev_x = 0;
  double prev_y = 0;
  guint max = 1;
  PangoLayout *layouts[G_N_ELEMENTS (labels)];

  for (guint i = 0; i < n; i++)
    {
      guint count = counts[KN_PREDIKAT_SANGAT_KURANG + i];

      max = MAX (max, count);
      layouts[i] = _kn_doc_make_layout (c, _kn_doc_markup (c, "%s\n(%u)", labels[i], count),
                                        FONT_TABLE, slot - 2, PANGO_ALIGN_CENTER);
      label_height = MAX (label_height, _kn_doc_layout_height (layouts[i]));
    }

  base = y + height - label_height - 4;
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

      _kn_doc_band_text (band, x0 + slot * i + 1, base + 3, layouts[i]);
      g_object_unref (layouts[i]);
    }
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

  band = _kn_doc_add_group (c, &table->cols, (Cell *) merged->data, merged->len,
                            (Cell *) cells->data, cells->len);
  band->header = header;
}

void
_kn_doc_add_result_table (Composer       *c,
                          const KnReport *report,
                          gboolean        evaluation)
{
  static const char * const titles[N_RESULT_COLUMNS] = {
    [COL_NO] = "NO",
    [COL_PARENT] = "RENCANA HASIL KERJA PIMPINAN/ATASAN YANG DIINTERVENSI",
    [COL_RHK] = "RENCANA HASIL KERJA",
    [COL_CATEGORY] = "ASPEK",
    [COL_IKI] = "INDIKATOR KINERJA INDIVIDU",
    [COL_TARGET] = "TARGET",
    [COL_REALIZATION] = "REALISASI BERDASARKAN BUKTI DUKUNG",
    [COL_FEEDBACK] = "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
  };
  static const KnResultKind kinds[] = { KN_RESULT_KIND_UTAMA, KN_RESULT_KIND_TAMBAHAN };
  static const char * const sections[] = { "A. UTAMA", "B. TAMBAHAN" };
  ResultTable table;
  Cell head[2 * MAX_COLUMNS];
  guint n_head = 0;
  Band *header;

  result_table_init (&table, c, report, evaluation);
  _kn_doc_add_table_title (c, "HASIL KERJA");

  for (guint i = 0; i < N_RESULT_COLUMNS; i++)
    {
      int col = table.index[i];
      const char *title = titles[i];

      if (col < 0)
        continue;
      if (i == COL_CATEGORY && report->jpt)
        title = "PERSPEKTIF";
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
    { .col = 0, .markup = "NO", .font = FONT_TABLE_BOLD, .align = PANGO_ALIGN_CENTER,
      .middle = TRUE, .shaded = TRUE },
    { .col = 1, .markup = "PERILAKU KERJA", .font = FONT_TABLE_BOLD, .align = PANGO_ALIGN_CENTER,
      .middle = TRUE, .shaded = TRUE },
    { .col = 2, .markup = "EKSPEKTASI KHUSUS PIMPINAN", .font = FONT_TABLE_BOLD,
      .align = PANGO_ALIGN_CENTER, .middle = TRUE, .shaded = TRUE },
    { .col = 3, .markup = "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
      .font = FONT_TABLE_BOLD, .align = PANGO_ALIGN_CENTER, .middle = TRUE, .shaded = TRUE },
  };

  if (evaluation)
    _kn_doc_columns_init (&cols, c, eval_weights, G_N_ELEMENTS (eval_weights));
  else
    _kn_doc_columns_init (&cols, c, skp_weights, G_N_ELEMENTS (skp_weights));

  _kn_doc_add_table_title (c, "PERILAKU KERJA");
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
                              const guint    counts[KN_PREDIKAT_N])
{
  static const double weights[] = { 28, 72 };
  Columns cols;
  Band *band = _kn_doc_compose_band (c);
  Cell label = { .col = 0,
                 .markup = "<b>POLA DISTRIBUSI</b>\nKurva distribusi predikat kinerja pegawai "
                           "pada unit kerja",
                 .font = FONT_TABLE, .shaded = TRUE };
  double chart_width;
  double height = 120;

  _kn_doc_columns_init (&cols, c, weights, G_N_ELEMENTS (weights));
  chart_width = MIN (330, cols.x[2] - cols.x[1] - 2 * PAD_X);
  _kn_doc_group_into (c, band, &cols, 0, &label, 1, NULL, 0, FALSE);
  _kn_doc_band_fill (band, cols.x[0], 0, cols.x[1] - cols.x[0], height, SHADE);
  /* The label's own fill was only as tall as its text; the one above covers the row. */
  _kn_doc_band_rect (band, cols.x[0], 0, cols.x[1] - cols.x[0], height);
  _kn_doc_band_rect (band, cols.x[1], 0, cols.x[2] - cols.x[1], height);
  _kn_doc_chart_into (c, band, cols.x[1] + PAD_X, PAD_Y, chart_width, height - 2 * PAD_Y, counts);
  band->height = height;
  band->solid = TRUE;
}

const char *
_kn_doc_approach_title (Composer       *c,
                        const KnReport *report)
{
  const char *approach = _kn_doc_safe (report->approach);

  return _kn_doc_markup (c, "PENDEKATAN HASIL KERJA %s",
                         *approach != '\0' ? approach : "KUANTITATIF");
}

const char *
_kn_doc_group_title (const KnReport *report)
{
  return report->jpt ? "BAGI PEJABAT PIMPINAN TINGGI"
                     : "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL";
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

void
_kn_doc_compose_skp (Composer       *c,
                     const KnReport *report)
{
  static const char * const attachment_titles[KN_ATTACHMENT_N] = {
    "DUKUNGAN SUMBER DAYA", "SKEMA PERTANGGUNGJAWABAN", "KONSEKUENSI",
  };
  static const double lampiran_weights[] = { 5, 95 };
  Columns cols;
  Band *band;

  _kn_doc_add_status_note (c, report->status);
  _kn_doc_add_paragraph (c,
                         _kn_doc_markup (c, "SASARAN KINERJA PEGAWAI\n%s\n%s",
                                         _kn_doc_approach_title (c, report),
                                         _kn_doc_group_title (report)),
                         FONT_TITLE, PANGO_ALIGN_CENTER);
  _kn_doc_add_space (c, 6);
  _kn_doc_add_agency (c, report);
  _kn_doc_add_paragraph (c, _kn_doc_markup (c, "PERIODE: %s", _kn_doc_safe (report->year_period)),
                         FONT_BODY, PANGO_ALIGN_CENTER);
  _kn_doc_add_space (c, 8);
  _kn_doc_add_person_blocks (c, &report->employee, &report->assessor);
  _kn_doc_add_space (c, 6);
  _kn_doc_add_result_table (c, report, FALSE);
  _kn_doc_add_space (c, 6);
  _kn_doc_add_behaviour_table (c, report, FALSE);
  _kn_doc_add_signatures (c, report->sign_date, "Pegawai yang Dinilai,", &report->employee,
                          "Pejabat Penilai Kinerja,", &report->assessor);

  band =
    _kn_doc_add_paragraph (c, "LAMPIRAN SASARAN KINERJA PEGAWAI", FONT_TITLE, PANGO_ALIGN_CENTER);
  band->new_page = TRUE;
  _kn_doc_add_space (c, 6);
  _kn_doc_add_agency (c, report);
  _kn_doc_add_paragraph (c, _kn_doc_markup (c, "PERIODE: %s", _kn_doc_safe (report->year_period)),
                         FONT_BODY, PANGO_ALIGN_CENTER);
  _kn_doc_add_space (c, 8);

  _kn_doc_columns_init (&cols, c, lampiran_weights, G_N_ELEMENTS (lampiran_weights));
  for (guint s = 0; s < KN_ATTACHMENT_N; s++)
    {
      GPtrArray *lines = report->attachments[s];
      guint n = lines != NULL ? lines->len : 0;

      _kn_doc_add_table_title (c, attachment_titles[s]);
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

  _kn_doc_add_signatures (c, report->sign_date, "Pegawai yang Dinilai,", &report->employee,
                          "Pejabat Penilai Kinerja,", &report->assessor);
}

void
_kn_doc_compose_evaluation (Composer       *c,
                            const KnReport *report)
{
  _kn_doc_add_status_note (c, report->status);
  _kn_doc_add_paragraph (c,
                         _kn_doc_markup (c, "EVALUASI KINERJA PEGAWAI\n%s\n%s",
                                         _kn_doc_approach_title (c, report),
                                         _kn_doc_group_title (report)),
                         FONT_TITLE, PANGO_ALIGN_CENTER);
  _kn_doc_add_paragraph (
    c,
    _kn_doc_keep (c, g_strconcat ("PERIODE: ", _kn_doc_period_options (c, &report->period), NULL)),
    FONT_TITLE, PANGO_ALIGN_CENTER);
  _kn_doc_add_space (c, 6);
  _kn_doc_add_agency (c, report);
  _kn_doc_add_paragraph (
    c, _kn_doc_markup (c, "PERIODE PENILAIAN: %s", _kn_doc_period_dates (c, &report->period)),
    FONT_BODY, PANGO_ALIGN_CENTER);
  _kn_doc_add_space (c, 8);
  _kn_doc_add_person_blocks (c, &report->employee, &report->assessor);
  _kn_doc_add_space (c, 6);
  _kn_doc_add_labelled_row (c, "CAPAIAN KINERJA ORGANISASI",
                            _kn_doc_org_predikat_options (c, report->org_predikat), FALSE)
    ->keep_with_next = TRUE;
  _kn_doc_add_distribution_row (c, report->counts);
  _kn_doc_add_space (c, 6);
  _kn_doc_add_result_table (c, report, TRUE);
  _kn_doc_add_labelled_row (c, "RATING HASIL KERJA",
                            _kn_doc_rating_options (c, report->rating_result), TRUE);
  _kn_doc_add_space (c, 6);
  _kn_doc_add_behaviour_table (c, report, TRUE);
  _kn_doc_add_labelled_row (c, "RATING PERILAKU KERJA",
                            _kn_doc_rating_options (c, report->rating_behaviour), TRUE);
  _kn_doc_add_space (c, 6);
  _kn_doc_add_labelled_row (c, "PREDIKAT KINERJA PEGAWAI",
                            _kn_doc_predikat_options (c, report->predikat), FALSE);
  _kn_doc_add_signatures (c, report->sign_date, "Pegawai yang Dinilai,", &report->employee,
                          "Pejabat Penilai Kinerja,", &report->assessor);
}

void
_kn_doc_compose_dokumen (Composer       *c,
                         const KnReport *report)
{
  static const double weights[] = { 5, 31, 64 };
  static const char * const dokumen_labels[] = {
    "NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA",
  };
  const KnReportPerson *people[] = { &report->employee, &report->assessor, &report->superior };
  const char * const people_titles[] = {
    "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA", "ATASAN PEJABAT PENILAI KINERJA",
  };
  const char *keys[] = { "NAMA INSTANSI", "PERIODE PENILAIAN" };
  const char *values[] = { _kn_doc_esc_upper (c, report->instansi),
                           _kn_doc_period_dates (c, &report->period) };
  Columns cols;

  _kn_doc_add_status_note (c, report->status);
  _kn_doc_add_paragraph (c, "DOKUMEN EVALUASI KINERJA PEGAWAI", FONT_TITLE, PANGO_ALIGN_CENTER);
  _kn_doc_add_paragraph (
    c,
    _kn_doc_keep (c, g_strconcat ("PERIODE: ", _kn_doc_period_options (c, &report->period), NULL)),
    FONT_TITLE, PANGO_ALIGN_CENTER);
  _kn_doc_add_space (c, 10);
  _kn_doc_add_key_values (c, keys, values, G_N_ELEMENTS (keys));
  _kn_doc_add_space (c, 6);

  _kn_doc_columns_init (&cols, c, weights, G_N_ELEMENTS (weights));
  for (guint p = 0; p < G_N_ELEMENTS (people); p++)
    {
      Cell number = { .col = 0, .markup = _kn_doc_markup (c, "%u", p + 1), .font = FONT_TABLE_BOLD,
                      .align = PANGO_ALIGN_CENTER };
      Cell cells[1 + 2 * G_N_ELEMENTS (dokumen_labels)];
      guint n = 0;

      cells[n++] = (Cell) { .row = 0, .col = 1, .span = 2, .markup = people_titles[p],
                            .font = FONT_TABLE_BOLD, .shaded = TRUE };
      for (guint i = 0; i < G_N_ELEMENTS (dokumen_labels); i++)
        {
          cells[n++] = (Cell) { .row = i + 1, .col = 1, .markup = dokumen_labels[i],
                                .font = FONT_TABLE };
          cells[n++] = (Cell) { .row = i + 1, .col = 2,
                                .markup = _kn_doc_esc (c, _kn_doc_person_field (people[p], i)),
                                .font = FONT_TABLE };
        }
      _kn_doc_add_group (c, &cols, &number, 1, cells, n);
    }

  {
    Cell number = { .col = 0, .markup = "4", .font = FONT_TABLE_BOLD,
                    .align = PANGO_ALIGN_CENTER };
    Cell cells[] = {
      { .row = 0, .col = 1, .span = 2, .markup = "EVALUASI KINERJA", .font = FONT_TABLE_BOLD,
        .shaded = TRUE },
      { .row = 1, .col = 1, .markup = "CAPAIAN KINERJA ORGANISASI", .font = FONT_TABLE },
      { .row = 1, .col = 2, .markup = _kn_doc_org_predikat_options (c, report->org_predikat),
        .font = FONT_TABLE },
      { .row = 2, .col = 1, .markup = "PREDIKAT KINERJA PEGAWAI", .font = FONT_TABLE },
      { .row = 2, .col = 2, .markup = _kn_doc_predikat_options (c, report->predikat),
        .font = FONT_TABLE },
    };

    _kn_doc_add_group (c, &cols, &number, 1, cells, G_N_ELEMENTS (cells));
  }

  {
    Cell number = { .col = 0, .markup = "5", .font = FONT_TABLE_BOLD,
                    .align = PANGO_ALIGN_CENTER };
    Cell cells[] = {
      { .row = 0, .col = 1, .span = 2, .markup = "CATATAN/REKOMENDASI", .font = FONT_TABLE_BOLD,
        .shaded = TRUE },
      { .row = 1, .col = 1, .span = 2, .markup = _kn_doc_esc (c, report->note), .font = FONT_TABLE,
        .min_height = 60 },
    };

    _kn_doc_add_group (c, &cols, &number, 1, cells, G_N_ELEMENTS (cells));
  }

  _kn_doc_add_signatures (c, report->sign_date, NULL, NULL, "Pejabat Penilai Kinerja,",
                          &report->assessor);
}

static const char *
format_share (Composer *c,
              guint     count,
              guint     total)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *comma;

  if (total == 0)
    return "";

  g_ascii_formatd (buffer, sizeof buffer, "%.1f", 100.0 * count / total);
  /* Indonesian writes a decimal comma on every printed form. */
  comma = strchr (buffer, '.');
  if (comma != NULL)
    *comma = ',';

  return _kn_doc_markup (c, "%s %%", buffer);
}

/* The counts and shares beside the curve. */
static void
add_recap_distribution (Composer            *c,
                        const KnRecapReport *report)
{
  Band *band = _kn_doc_compose_band (c);
  Columns cols = { 3 };
  double table_width = _kn_doc_body_width (c) * 0.42;
  double y = 0;
  guint total = 0;
  guint unrated = report->counts[KN_PREDIKAT_NONE];

  cols.x[0] = c->left;
  cols.x[1] = c->left + table_width * 0.5;
  cols.x[2] = c->left + table_width * 0.73;
  cols.x[3] = c->left + table_width;

  for (guint p = KN_PREDIKAT_SANGAT_KURANG; p < KN_PREDIKAT_N; p++)
    total += report->counts[p];

  {
    Cell cells[] = {
      { .col = 0, .markup = "PREDIKAT KINERJA", .font = FONT_TABLE_BOLD, .shaded = TRUE,
        .middle = TRUE },
      { .col = 1, .markup = "JUMLAH", .font = FONT_TABLE_BOLD, .shaded = TRUE,
        .align = PANGO_ALIGN_CENTER, .middle = TRUE },
      { .col = 2, .markup = "PERSENTASE", .font = FONT_TABLE_BOLD, .shaded = TRUE,
        .align = PANGO_ALIGN_CENTER, .middle = TRUE },
    };

    y += _kn_doc_group_into (c, band, &cols, y, NULL, 0, cells, G_N_ELEMENTS (cells), TRUE);
  }

  for (guint p = KN_PREDIKAT_SANGAT_BAIK; p > KN_PREDIKAT_NONE; p--)
    {
      Cell cells[] = {
        { .col = 0, .markup = kn_predikat_print_label (p), .font = FONT_TABLE },
        { .col = 1, .markup = _kn_doc_markup (c, "%u", report->counts[p]), .font = FONT_TABLE,
          .align = PANGO_ALIGN_CENTER },
        { .col = 2, .markup = format_share (c, report->counts[p], total), .font = FONT_TABLE,
          .align = PANGO_ALIGN_CENTER },
      };

      y += _kn_doc_group_into (c, band, &cols, y, NULL, 0, cells, G_N_ELEMENTS (cells), TRUE);
    }

  {
    Cell cells[] = {
      { .col = 0, .markup = "JUMLAH", .font = FONT_TABLE_BOLD },
      { .col = 1, .markup = _kn_doc_markup (c, "%u", total), .font = FONT_TABLE_BOLD,
        .align = PANGO_ALIGN_CENTER },
      { .col = 2, .markup = total > 0 ? "100 %" : "", .font = FONT_TABLE_BOLD,
        .align = PANGO_ALIGN_CENTER },
    };

    y += _kn_doc_group_into (c, band, &cols, y, NULL, 0, cells, G_N_ELEMENTS (cells), TRUE);
  }

  if (unrated > 0)
    {
      Cell cells[] = {
        { .col = 0, .markup = "Belum ditetapkan", .font = FONT_TABLE },
        { .col = 1, .markup = _kn_doc_markup (c, "%u", unrated), .font = FONT_TABLE,
          .align = PANGO_ALIGN_CENTER },
        { .col = 2, .markup = "", .font = FONT_TABLE },
      };

      y += _kn_doc_group_into (c, band, &cols, y, NULL, 0, cells, G_N_ELEMENTS (cells), TRUE);
    }

  band->height = MAX (y, 130);
  _kn_doc_chart_into (c, band, c->left + table_width + 24, 0,
                      MIN (360, _kn_doc_body_width (c) - table_width - 24), band->height,
                      report->counts);
  band->solid = TRUE;
}

void
_kn_doc_compose_recap (Composer            *c,
                       const KnRecapReport *report)
{
  static const double weights[] = { 3.5, 24, 14, 19.5, 13, 13, 13 };
  static const char * const titles[] = {
    "NO", "NAMA / NIP", "PANGKAT/GOL", "JABATAN", "RATING HASIL KERJA", "RATING PERILAKU KERJA",
    "PREDIKAT",
  };
  const char *period = "";
  const char *keys[] = { "UNIT KERJA", "PERIODE", "CAPAIAN KINERJA ORGANISASI" };
  const char *values[3];
  Cell head[2 * G_N_ELEMENTS (titles)];
  Columns cols;
  Band *header;
  const char *org = org_predikat_print_labels[CLAMP (report->org_predikat, KN_ORG_PREDIKAT_NONE,
                                                     KN_ORG_PREDIKAT_ISTIMEWA)];

  if (_kn_doc_period_is_valid (&report->period))
    {
      g_autofree char *label = kn_period_print_label (&report->period);

      if (report->period.kind == KN_PERIOD_MONTH)
        period = _kn_doc_markup (c, "%s %u (%s)", label, report->period.year,
                                 _kn_doc_period_dates (c, &report->period));
      else
        period = _kn_doc_markup (c, "%s TAHUN %u (%s)", label, report->period.year,
                                 _kn_doc_period_dates (c, &report->period));
    }
  values[0] = _kn_doc_esc (c, report->unit);
  values[1] = period;
  values[2] = _kn_doc_esc (c, org);

  _kn_doc_add_paragraph (c, "PENETAPAN PREDIKAT KINERJA PEGAWAI", FONT_TITLE, PANGO_ALIGN_CENTER);
  _kn_doc_add_paragraph (c, _kn_doc_esc_upper (c, report->instansi), FONT_BODY_BOLD,
                         PANGO_ALIGN_CENTER);
  _kn_doc_add_space (c, 10);
  _kn_doc_add_key_values (c, keys, values, G_N_ELEMENTS (keys));
  _kn_doc_add_space (c, 8);

  _kn_doc_columns_init (&cols, c, weights, G_N_ELEMENTS (weights));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      head[2 * i] = (Cell) { .row = 0, .col = i, .markup = titles[i], .font = FONT_TABLE_BOLD,
                             .align = PANGO_ALIGN_CENTER, .middle = TRUE, .shaded = TRUE };
      head[2 * i + 1] = (Cell) { .row = 1, .col = i, .markup = _kn_doc_markup (c, "(%u)", i + 1),
                                 .font = FONT_TABLE, .align = PANGO_ALIGN_CENTER,
                                 .shaded = TRUE };
    }
  header = _kn_doc_add_row (c, &cols, head, G_N_ELEMENTS (head));
  header->keep_with_next = TRUE;

  for (guint i = 0; report->rows != NULL && i < report->rows->len; i++)
    {
      const KnRecapRow *row = g_ptr_array_index (report->rows, i);
      KnRating result = CLAMP (row->rating_result, KN_RATING_NONE, KN_RATING_ABOVE);
      KnRating behaviour = CLAMP (row->rating_behaviour, KN_RATING_NONE, KN_RATING_ABOVE);
      KnPredikat predikat = CLAMP (row->predikat, KN_PREDIKAT_NONE, KN_PREDIKAT_SANGAT_BAIK);
      const char *predikat_markup = _kn_doc_esc (c, kn_predikat_print_label (predikat));
      Cell cells[G_N_ELEMENTS (titles)];

      if (!row->final)
        predikat_markup = _kn_doc_markup (c, "%s\n<i>(belum final)</i>",
                                          kn_predikat_print_label (predikat));

      cells[0] = (Cell) { .col = 0, .markup = _kn_doc_markup (c, "%u", i + 1), .font = FONT_TABLE,
                          .align = PANGO_ALIGN_CENTER };
      cells[1] =
        (Cell){ .col = 1,
                .markup = _kn_doc_markup (c, "%s\nNIP. %s", _kn_doc_safe (row->person.name),
                                          _kn_doc_safe (row->person.nip)),
                .font = FONT_TABLE };
      cells[2] =
        (Cell){ .col = 2, .markup = _kn_doc_esc (c, row->person.rank), .font = FONT_TABLE };
      cells[3] =
        (Cell){ .col = 3, .markup = _kn_doc_esc (c, row->person.position), .font = FONT_TABLE };
      cells[4] = (Cell) { .col = 4, .markup = rating_print_labels[result], .font = FONT_TABLE,
                          .align = PANGO_ALIGN_CENTER };
      cells[5] = (Cell) { .col = 5, .markup = rating_print_labels[behaviour],
                          .font = FONT_TABLE, .align = PANGO_ALIGN_CENTER };
      cells[6] = (Cell) { .col = 6, .markup = predikat_markup, .font = FONT_TABLE_BOLD,
                          .align = PANGO_ALIGN_CENTER };
      _kn_doc_add_row (c, &cols, cells, G_N_ELEMENTS (cells))->header = header;
    }

  _kn_doc_add_space (c, 12);
  _kn_doc_add_paragraph (c, "DISTRIBUSI PREDIKAT KINERJA PEGAWAI", FONT_BODY_BOLD,
                         PANGO_ALIGN_LEFT)->keep_with_next = TRUE;
  _kn_doc_add_space (c, 4);
  add_recap_distribution (c, report);
  _kn_doc_add_space (c, 10);

  _kn_doc_add_paragraph (
    c, _kn_doc_markup (c, "POLA DISTRIBUSI UNTUK CAPAIAN KINERJA ORGANISASI %s:", org),
    FONT_BODY_BOLD, PANGO_ALIGN_LEFT)
    ->keep_with_next = TRUE;
  for (guint i = 0; report->pattern != NULL && i < report->pattern->len; i++)
    _kn_doc_add_numbered (c, i + 1, g_ptr_array_index (report->pattern, i));
  _kn_doc_add_space (c, 6);

  _kn_doc_add_paragraph (c, "KESESUAIAN DENGAN POLA DISTRIBUSI:", FONT_BODY_BOLD,
                         PANGO_ALIGN_LEFT)->keep_with_next = TRUE;
  if (report->violations == NULL || report->violations->len == 0)
    _kn_doc_add_paragraph (c, "Distribusi predikat kinerja pegawai sesuai dengan pola distribusi.",
                           FONT_BODY, PANGO_ALIGN_LEFT);
  for (guint i = 0; report->violations != NULL && i < report->violations->len; i++)
    _kn_doc_add_numbered (c, i + 1, g_ptr_array_index (report->violations, i));

  {
    const char *position = _kn_doc_safe (report->leader.position);

    _kn_doc_add_signatures (c, report->sign_date, NULL, NULL,
                            *position != '\0' ? _kn_doc_markup (c, "%s,", position)
                                              : "Pimpinan Unit Kerja,",
                            &report->leader);
  }
}

/* Pagination */

typedef struct
{
  KnDocument     *document;
  const Composer *c;
  GArray         *page;       /* the current page's items, not owned */
  double          y;
  gboolean        has_body;   /* more than a repeated header is on the page */
} Pager;

static void
pager_place (Pager      *pager,
             const Band *band)
{
  for (guint i = 0; i < band->items->len; i++)
    _kn_doc_items_add (pager->page, &g_array_index (band->items, Item, i), pager->y, FALSE);
  pager->y += band->height;
}

static void
pager_new_page (Pager      *pager,
                const Band *header)
{
  pager->page = _kn_doc_items_new ();
  g_ptr_array_add (pager->document->pages, pager->page);
  pager->y = pager->c->top;
  pager->has_body = FALSE;
  if (header != NULL)
    pager_place (pager, header);
}

/* The room band @i needs at the foot of a page: itself, the bands it keeps with, and a first
 * piece of the band that follows them. */
static double
keep_height (const Composer *c,
             guint           i)
{
  GPtrArray *bands = c->bands;
  double body = c->bottom - c->top;
  double need = 0;
  guint j = i;

  while (j < bands->len)
    {
      const Band *band = g_ptr_array_index (bands, j);

      if (!band->keep_with_next && !(band->space && j > i))
        break;
      need += band->height;
      j++;
    }

  if (j == i)
    return ((Band *) g_ptr_array_index (bands, i))->height;
  if (j < bands->len)
    {
      const Band *next = g_ptr_array_index (bands, j);

      need += next->height <= body / 3 ? next->height : MIN_PIECE;
    }

  return need;
}

static void
paginate (KnDocument     *document,
          const Composer *c)
{
  Pager pager = { document, c };
  double body = c->bottom - c->top;

  pager_new_page (&pager, NULL);

  for (guint i = 0; i < c->bands->len; i++)
    {
      const Band *band = g_ptr_array_index (c->bands, i);
      double header_height = band->header != NULL ? band->header->height : 0;
      double need;
      const Band *rest = band;
      Band *owned = NULL;

      if (band->space)
        {
          if (pager.has_body && pager.y + band->height <= c->bottom)
            pager.y += band->height;
          continue;
        }

      if (band->new_page && pager.has_body)
        pager_new_page (&pager, NULL);

      need = keep_height (c, i);
      if (need > body - header_height)
        need = band->height;
      if (pager.has_body && pager.y + need > c->bottom + EPSILON &&
          need <= body - header_height)
        pager_new_page (&pager, band->header);

      /* Taller than a page: split at a line boundary. */
      while (pager.y + rest->height > c->bottom + EPSILON)
        {
          double room = c->bottom - pager.y;
          double cut = rest->solid ? 0 : _kn_doc_band_find_cut (rest, room);
          Band *first;
          Band *second;

          if (cut < MIN_PIECE || (pager.has_body && room < 2 * MIN_PIECE))
            {
              if (!pager.has_body)
                break;   /* no line fits even an empty page: let it run over */
              pager_new_page (&pager, rest->header);
              continue;
            }

          _kn_doc_band_split (rest, cut, &first, &second);
          pager_place (&pager, first);
          _kn_doc_band_free (first);
          pager_new_page (&pager, rest->header);
          g_clear_pointer (&owned, _kn_doc_band_free);
          rest = owned = second;
        }

      pager_place (&pager, rest);
      pager.has_body = TRUE;
      g_clear_pointer (&owned, _kn_doc_band_free);
    }
}

static void
add_page_numbers (KnDocument *document,
                  Composer   *c)
{
  guint n = document->pages->len;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf (_("Page %u of %u"), i + 1, n);
      g_autoptr(PangoLayout) layout = _kn_doc_make_layout (c, _kn_doc_esc (c, text), FONT_TABLE,
                                                    _kn_doc_body_width (c), PANGO_ALIGN_CENTER);
      Item item = { ITEM_TEXT, c->left, c->footer };

      item.text = *(TextSpec *) g_object_get_data (G_OBJECT (layout), "kn-text-spec");
      item.n_lines = pango_layout_get_line_count (layout);
      _kn_doc_items_add (g_ptr_array_index (document->pages, i), &item, 0, FALSE);
    }
}

static KnDocument *
document_new (KnPaper  paper,
              gboolean landscape)
{
  KnDocument *document = g_new0 (KnDocument, 1);
  cairo_font_options_t *options;
  double width = paper == KN_PAPER_F4 ? 215 * MM : 210 * MM;
  double height = paper == KN_PAPER_F4 ? 330 * MM : 297 * MM;

  document->landscape = landscape;
  document->width = landscape ? height : width;
  document->height = landscape ? width : height;
  document->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  /* Unhinted metrics: the text breaks the same on paper, in a PDF and on screen. */
  document->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (document->context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (document->context, 72.0);
  pango_context_set_round_glyph_positions (document->context, FALSE);
  pango_context_set_language (document->context, pango_language_from_string ("id"));

  for (guint i = 0; i < N_FONTS; i++)
    {
      PangoFontDescription *desc = pango_font_description_new ();

      pango_font_description_set_family (desc, FONT_FAMILY);
      pango_font_description_set_size (desc, (int) (font_styles[i].size * PANGO_SCALE));
      pango_font_description_set_weight (desc, font_styles[i].bold ? PANGO_WEIGHT_BOLD
                                                             : PANGO_WEIGHT_NORMAL);
      document->fonts[i] = desc;
    }

  return document;
}

static void
document_finish (KnDocument *document,
                 Composer   *c)
{
  paginate (document, c);
  add_page_numbers (document, c);
  _kn_doc_composer_clear (c);
}

/* Drawing */

static void
draw_text (KnDocument *document,
           cairo_t    *cr,
           const Item *item)
{
  g_autoptr(PangoLayout) layout = _kn_doc_layout_from_spec (document->context, document->fonts,
                                                            &item->text);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int origin = 0;
  int i = 0;

  do
    {
      if (i >= item->first_line && i < item->first_line + item->n_lines)
        {
          PangoRectangle logical;
          int y0, y1;

          pango_layout_iter_get_line_yrange (iter, &y0, &y1);
          if (i == item->first_line)
            origin = y0;
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, item->x + (double) logical.x / PANGO_SCALE,
                         item->y + (double) (pango_layout_iter_get_baseline (iter) - origin)
                                   / PANGO_SCALE);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      i++;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

static void
draw_items (KnDocument *document,
            cairo_t    *cr,
            GArray     *items,
            ItemKind    kind)
{
  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);

      if (item->kind != kind)
        continue;

      switch (item->kind)
        {
        case ITEM_FILL:
          cairo_set_source_rgb (cr, item->gray, item->gray, item->gray);
          cairo_rectangle (cr, item->x, item->y, item->w, item->h);
          cairo_fill (cr);
          break;
        case ITEM_TEXT:
          cairo_set_source_rgb (cr, 0, 0, 0);
          draw_text (document, cr, item);
          break;
        case ITEM_RECT:
          cairo_set_source_rgb (cr, 0, 0, 0);
          cairo_set_line_width (cr, item->width);
          cairo_rectangle (cr, item->x, item->y, item->w, item->h);
          cairo_stroke (cr);
          break;
        case ITEM_LINE:
        default:
          cairo_set_source_rgb (cr, 0, 0, 0);
          cairo_set_line_width (cr, item->width);
          cairo_move_to (cr, item->x, item->y);
          cairo_rel_line_to (cr, item->w, item->h);
          cairo_stroke (cr);
          break;
        }
    }
}

/* Writing PDF files */

typedef struct
{
  int fd;
  int error;   /* errno of the first failed write */
} Sink;

static cairo_status_t
sink_write_cb (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0)
    {
      ssize_t written = write (sink->fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          sink->error = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += written;
      length -= (unsigned int) written;
    }

  return CAIRO_STATUS_SUCCESS;
}

static gboolean
write_pdf (KnDocument **documents,
           guint        n,
           const char  *path,
           GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *temp = g_strdup_printf ("%s%c.%s.XXXXXX", folder, G_DIR_SEPARATOR, base);
  g_autofree char *display = g_filename_display_name (path);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  Sink sink = { -1, 0 };

  sink.fd = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC, 0666);
  if (sink.fd < 0)
    {
      int saved = errno;

      g_set_error (error, KN_DOCUMENT_ERROR, KN_DOCUMENT_ERROR_FOLDER,
                   _("Could not save “%s”: %s. Choose a folder that exists and that you may "
                     "write to."),
                   display, g_strerror (saved));
      return FALSE;
    }

  surface = cairo_pdf_surface_create_for_stream (sink_write_cb, &sink, documents[0]->width,
                                                 documents[0]->height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Kinerja");
  if (documents[0]->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, documents[0]->title);
  cr = cairo_create (surface);

  for (guint d = 0; d < n; d++)
    for (guint p = 0; p < documents[d]->pages->len; p++)
      {
        cairo_pdf_surface_set_size (surface, documents[d]->width, documents[d]->height);
        kn_document_draw_page (documents[d], cr, p);
        cairo_show_page (cr);
      }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error == 0 && status == CAIRO_STATUS_SUCCESS && fsync (sink.fd) != 0)
    sink.error = errno;
  if (close (sink.fd) != 0 && sink.error == 0 && status == CAIRO_STATUS_SUCCESS)
    sink.error = errno;
  if (sink.error == 0 && status == CAIRO_STATUS_SUCCESS && g_rename (temp, path) != 0)
    sink.error = errno;

  if (sink.error != 0 || status != CAIRO_STATUS_SUCCESS)
    {
      const char *reason = sink.error != 0 ? g_strerror (sink.error)
                                           : cairo_status_to_string (status);

      g_unlink (temp);
      g_set_error (error, KN_DOCUMENT_ERROR, KN_DOCUMENT_ERROR_WRITE,
                   _("Could not save “%s”: %s. Free some space or choose another place, then "
                     "try again."),
                   display, reason);
      return FALSE;
    }

  return TRUE;
}

/* Public API */

KnDocument *
kn_document_new_report (const KnReport *report,
                        KnPaper         paper)
{
  KnDocument *document;
  Composer c = { NULL };

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (paper == KN_PAPER_A4 || paper == KN_PAPER_F4, NULL);
  g_return_val_if_fail (report->kind == KN_DOCUMENT_SKP || report->kind == KN_DOCUMENT_EVALUASI ||
                        report->kind == KN_DOCUMENT_DOKUMEN, NULL);

  document = document_new (paper, report->kind == KN_DOCUMENT_EVALUASI);
  _kn_doc_composer_init (&c, document);

  switch (report->kind)
    {
    case KN_DOCUMENT_SKP:
      document->title = g_strdup_printf ("Sasaran Kinerja Pegawai %u – %s", report->year,
                                         _kn_doc_safe (report->employee.name));
      _kn_doc_compose_skp (&c, report);
      break;
    case KN_DOCUMENT_EVALUASI:
      document->title = g_strdup_printf ("Evaluasi Kinerja Pegawai – %s",
                                         _kn_doc_safe (report->employee.name));
      _kn_doc_compose_evaluation (&c, report);
      break;
    case KN_DOCUMENT_DOKUMEN:
    case KN_DOCUMENT_REKAP:
    default:
      document->title = g_strdup_printf ("Dokumen Evaluasi Kinerja Pegawai – %s",
                                         _kn_doc_safe (report->employee.name));
      _kn_doc_compose_dokumen (&c, report);
      break;
    }

  document_finish (document, &c);

  return document;
}

KnDocument *
kn_document_new_recap (const KnRecapReport *report,
                       KnPaper              paper)
{
  KnDocument *document;
  Composer c = { NULL };

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (paper == KN_PAPER_A4 || paper == KN_PAPER_F4, NULL);

  document = document_new (paper, TRUE);
  document->title = g_strdup_printf ("Penetapan Predikat Kinerja Pegawai – %s",
                                     _kn_doc_safe (report->unit));
  _kn_doc_composer_init (&c, document);
  _kn_doc_compose_recap (&c, report);
  document_finish (document, &c);

  return document;
}

void
kn_document_free (KnDocument *document)
{
  if (document == NULL)
    return;

  g_ptr_array_unref (document->pages);
  for (guint i = 0; i < N_FONTS; i++)
    pango_font_description_free (document->fonts[i]);
  g_object_unref (document->context);
  g_free (document->title);
  g_free (document);
}

double
kn_document_get_page_width (KnDocument *document)
{
  g_return_val_if_fail (document != NULL, 0);

  return document->width;
}

double
kn_document_get_page_height (KnDocument *document)
{
  g_return_val_if_fail (document != NULL, 0);

  return document->height;
}

gboolean
kn_document_get_landscape (KnDocument *document)
{
  g_return_val_if_fail (document != NULL, FALSE);

  return document->landscape;
}

guint
kn_document_get_n_pages (KnDocument *document)
{
  g_return_val_if_fail (document != NULL, 0);

  return document->pages->len;
}

void
kn_document_draw_page (KnDocument *document,
                       cairo_t    *cr,
                       guint       page)
{
  GArray *items;

  g_return_if_fail (document != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < document->pages->len);

  items = g_ptr_array_index (document->pages, page);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  draw_items (document, cr, items, ITEM_FILL);
  draw_items (document, cr, items, ITEM_TEXT);
  draw_items (document, cr, items, ITEM_RECT);
  draw_items (document, cr, items, ITEM_LINE);
  cairo_restore (cr);
}

gboolean
kn_document_write_pdf (KnDocument  *document,
                       const char  *path,
                       GError     **error)
{
  g_return_val_if_fail (document != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_pdf (&document, 1, path, error);
}

gboolean
kn_document_write_pdf_many (KnDocument **documents,
                            guint        n,
                            const char  *path,
                            GError     **error)
{
  g_return_val_if_fail (documents != NULL, FALSE);
  g_return_val_if_fail (n > 0, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < n; i++)
    g_return_val_if_fail (documents[i] != NULL, FALSE);

  return write_pdf (documents, n, path, error);
}
