/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The layout engine of the documents: bands of placed text, borders and fills, composed into a
 * flow of paragraphs and bordered tables whose rows split only between lines. */

#define G_LOG_DOMAIN "kn-document"

#include "config.h"

#include <string.h>

#include <glib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-document.h"
#include "kinerja/kn-period.h"
#include "kinerja/kn-plan-enums.h"
#include "kinerja/kn-rules.h"

#include "kn-document-private.h"

/* Items and bands */

GArray *
_kn_doc_items_new (void)
{
  return g_array_new (FALSE, TRUE, sizeof (Item));
}

/* Appends a copy of @item, moved down by @dy. */
void
_kn_doc_items_add (GArray     *items,
                   const Item *item,
                   double      dy)
{
  Item copy = *item;

  copy.y += dy;
  g_array_append_val (items, copy);
}

Page *
_kn_doc_items_take (GArray *items,
                    guint   room)
{
  Page *page = g_malloc (sizeof (Page) + (items->len + room) * sizeof (Item));

  page->n_items = items->len;
  if (items->len > 0)
    memcpy (page->items, items->data, items->len * sizeof (Item));
  g_array_set_size (items, 0);

  return page;
}

static Band *
band_new (void)
{
  Band *band = g_new0 (Band, 1);

  band->items = _kn_doc_items_new ();

  return band;
}

static void
group_split_clear (gpointer data)
{
  GroupSplit *split = data;

  g_array_unref (split->merged);
  g_array_unref (split->continued);
  g_array_unref (split->cells);
}

void
_kn_doc_band_free (gpointer data)
{
  Band *band = data;

  _kn_doc_band_drop_items (band);
  if (band->split != NULL)
    g_rc_box_release_full (band->split, group_split_clear);
  g_free (band);
}

void
_kn_doc_band_drop_items (Band *band)
{
  g_clear_pointer (&band->items, g_array_unref);
  g_clear_pointer (&band->packed, g_free);
}

void
_kn_doc_band_pack (Band *band)
{
  if (band->items == NULL)
    return;
  band->packed = _kn_doc_items_take (band->items, 0);
  g_clear_pointer (&band->items, g_array_unref);
}

void
_kn_doc_band_text (Band   *band,
                   double  x,
                   double  y,
                   Shaped *text)
{
  Item item = { .kind = ITEM_TEXT, .x = x, .y = y };

  item.shaped = text;
  item.first_line = 0;
  item.n_lines = _kn_doc_shaped_n_lines (text);
  _kn_doc_items_add (band->items, &item, 0);
}

void
_kn_doc_band_rect (Band  *band,
                   double x,
                   double y,
                   double w,
                   double h)
{
  Item item = { .kind = ITEM_RECT, .x = x, .y = y, .w = w, .h = h };

  item.width = BORDER_WIDTH;
  _kn_doc_items_add (band->items, &item, 0);
}

void
_kn_doc_band_fill (Band  *band,
                   double x,
                   double y,
                   double w,
                   double h,
                   double gray)
{
  Item item = { .kind = ITEM_FILL, .x = x, .y = y, .w = w, .h = h };

  item.gray = gray;
  _kn_doc_items_add (band->items, &item, 0);
}

void
_kn_doc_band_line (Band  *band,
                   double x,
                   double y,
                   double dx,
                   double dy,
                   double width)
{
  Item item = { .kind = ITEM_LINE, .x = x, .y = y, .w = dx, .h = dy };

  item.width = width;
  _kn_doc_items_add (band->items, &item, 0);
}

/* The top and bottom of each line drawn by a text item, from the item's top. */
static void
text_item_line_bounds (const Item *item,
                       double     *tops,
                       double     *bottoms)
{
  _kn_doc_shaped_line_bounds (item->shaped, item->first_line, item->n_lines, tops, bottoms);
}

/* The lowest place at or above @limit where the band can be cut without cutting a line of text;
 * 0 when there is none. */
double
_kn_doc_band_find_cut (const Composer *c,
                       const Band     *band,
                       double          limit)
{
  double cut = limit;
  gboolean moved = TRUE;

  while (moved && cut > 0)
    {
      moved = FALSE;

      for (guint i = 0; i < _kn_doc_band_n_items (band); i++)
        {
          const Item *item = &_kn_doc_band_items (band)[i];
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
_kn_doc_band_split (const Composer *c,
                    const Band     *band,
                    double          cut,
                    Band          **first,
                    Band          **rest)
{
  double delta = PAD_Y - cut;

  *first = band_new ();
  *rest = band_new ();
  (*first)->height = cut;
  (*first)->header = band->header;
  (*rest)->height = band->height + delta;
  (*rest)->header = band->header;
  (*rest)->keep_with_next = band->keep_with_next;

  for (guint i = 0; i < _kn_doc_band_n_items (band); i++)
    {
      const Item *item = &_kn_doc_band_items (band)[i];

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
              _kn_doc_items_add ((*first)->items, item, 0);
            else if (above == 0)
              _kn_doc_items_add ((*rest)->items, item, delta);
            else
              {
                Item top_part = *item;
                Item bottom_part = *item;

                top_part.n_lines = above;
                _kn_doc_items_add ((*first)->items, &top_part, 0);
                bottom_part.first_line = item->first_line + above;
                bottom_part.n_lines = item->n_lines - above;
                bottom_part.y = item->y + tops[above];
                _kn_doc_items_add ((*rest)->items, &bottom_part, delta);
              }
          }
          break;

        case ITEM_LINE:
          if (item->w != 0 || item->h == 0)
            {
              /* A horizontal or slanted line goes with its start. */
              if (item->y <= cut + EPSILON)
                _kn_doc_items_add ((*first)->items, item, 0);
              else
                _kn_doc_items_add ((*rest)->items, item, delta);
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
              _kn_doc_items_add ((*first)->items, item, 0);
            else if (y0 >= cut - EPSILON)
              _kn_doc_items_add ((*rest)->items, item, delta);
            else
              {
                Item top_part = *item;
                Item bottom_part = *item;

                top_part.y = y0;
                top_part.h = cut - y0;
                _kn_doc_items_add ((*first)->items, &top_part, 0);
                bottom_part.y = 0;
                bottom_part.h = y1 + delta;
                _kn_doc_items_add ((*rest)->items, &bottom_part, 0);
              }
          }
          break;
        }
    }
}

/* A column narrower than this holds a row's number: the "(lanjutan)" mark goes in a wider one. */
#define NUMBER_WIDTH 40.0

/* The lowest and highest y of a rectangle, a fill or a line. */
static void
item_extent (const Item *item,
             double     *y0,
             double     *y1)
{
  *y0 = MIN (item->y, item->y + item->h);
  *y1 = MAX (item->y, item->y + item->h);
}

/* The foot of the last line of the text @item, from the band's top. */
static double
text_item_foot (const Item *item)
{
  g_autofree double *tops = g_new (double, MAX (item->n_lines, 1));
  g_autofree double *bottoms = g_new (double, MAX (item->n_lines, 1));

  if (item->n_lines == 0)
    return item->y;
  text_item_line_bounds (item, tops, bottoms);
  return item->y + bottoms[item->n_lines - 1];
}

/* Moves what is at or below @at in @band down by @growth, and stretches what runs across it. */
static void
band_grow_at (Band   *band,
              double  at,
              double  growth)
{
  for (guint i = 0; i < band->items->len; i++)
    {
      Item *item = &g_array_index (band->items, Item, i);
      double y0, y1;

      if (item->kind == ITEM_TEXT || (item->kind == ITEM_LINE && (item->w != 0 || item->h == 0)))
        {
          if (item->y >= at - EPSILON)
            item->y += growth;
          continue;
        }
      item_extent (item, &y0, &y1);
      if (y0 >= at - EPSILON)
        item->y += growth;
      else if (y1 >= at - EPSILON)
        {
          item->y = y0;
          item->h = y1 - y0 + growth;
        }
    }
  band->height += growth;
}

/* A cell of a row cut in two whose text ended above the cut: written again below it. */
typedef struct
{
  const Item *cell;     /* its border */
  GArray     *texts;    /* Item, from the cell's top */
  double      need;     /* the height its texts take, padding included */
} Carried;

static void
carried_clear (gpointer data)
{
  Carried *carried = data;

  g_clear_pointer (&carried->texts, g_array_unref);
}

/* The merged cell at @x that a continuing part of the group shows; NULL for a row's cell. */
static const Cell *
continued_cell (const GroupSplit *split,
                double            x)
{
  for (guint i = 0; i < split->continued->len; i++)
    {
      const Cell *cell = &g_array_index (split->continued, Cell, i);

      if (ABS (split->cols.x[cell->col] - x) < EPSILON)
        return cell;
    }
  return NULL;
}

/* Whether the text of the cell at @x, ended above a cut, is written again below it: in a group
 * only the cells that say whose the row is — the merged cells its continuing parts show (the
 * number, the RHK; not the feedback, said once beside the group's first rows) and the row's
 * label (the IKI); its target, realisation and the rest go on empty, their text printed once.
 * In a row of another table, every cell. */
static gboolean
carried_column (const GroupSplit *split,
                double            x)
{
  const Cell *cell;

  if (split == NULL || ABS (split->cols.x[split->label_col] - x) < EPSILON)
    return TRUE;
  cell = continued_cell (split, x);
  return cell != NULL && cell->markup != NULL && cell->markup[0] != '\0';
}

/* After @band was cut at @cut (with @rest what is below): the cells the cut runs through whose
 * text ended above it and that say whose the row is (carried_column) are written again at the
 * top of their part in @rest, so that the row's part on the next page says whose it is, marked
 * "(lanjutan)": in a group the RHK's cell (never cut) shows the group's continuing RHK, as its
 * rows that go on do, else the mark goes in the first cell wider than a number. The row grows
 * when they need more room than its part has; cells taller than a third of a page are not
 * repeated. */
static void
band_carry_cells (Composer   *c,
                  const Band *band,
                  double      cut,
                  Band       *rest)
{
  const Item *items = _kn_doc_band_items (band);
  guint n = _kn_doc_band_n_items (band);
  double delta = PAD_Y - cut;
  double row_foot = G_MAXDOUBLE;
  double growth = 0;
  double whole_x = band->split != NULL ? band->split->cols.x[band->split->whole_col] : -1;
  Carried *marked = NULL;
  g_autoptr(GArray) cells = g_array_new (FALSE, TRUE, sizeof (Carried));

  g_array_set_clear_func (cells, carried_clear);
  for (guint r = 0; r < n; r++)
    {
      const Item *cell = &items[r];
      Carried carried = { cell, NULL, 0 };
      double y0, y1;
      gboolean goes_on = FALSE;

      if (cell->kind != ITEM_RECT)
        continue;
      item_extent (cell, &y0, &y1);
      if (y0 >= cut - EPSILON || y1 <= cut + EPSILON)
        continue;
      row_foot = MIN (row_foot, y1 + delta);
      if (!carried_column (band->split, cell->x))
        continue;

      carried.texts = g_array_new (FALSE, FALSE, sizeof (Item));
      for (guint t = 0; t < n && !goes_on; t++)
        {
          Item text = items[t];
          const char *plain;

          if (text.kind != ITEM_TEXT || text.n_lines == 0 || text.x < cell->x - EPSILON ||
              text.x >= cell->x + cell->w || text.y < y0 - EPSILON || text.y >= y1)
            continue;
          plain = _kn_doc_shaped_text (text.shaped);
          if (plain != NULL && plain[0] == '\0')
            continue;
          if (text_item_foot (&text) > cut + EPSILON)
            goes_on = TRUE;
          text.y -= y0;
          carried.need = MAX (carried.need, text_item_foot (&text) + PAD_Y);
          g_array_append_val (carried.texts, text);
        }
      if (goes_on || carried.texts->len == 0 || carried.need > (c->bottom - c->top) / 3)
        {
          g_array_unref (carried.texts);
          continue;
        }
      g_array_append_val (cells, carried);
    }

  for (guint i = 0; i < cells->len && marked == NULL; i++)
    {
      Carried *carried = &g_array_index (cells, Carried, i);
      const Cell *continued;
      Shaped *text;
      Item item = { .kind = ITEM_TEXT, .y = PAD_Y };

      /* The group's own continuing RHK, "… (lanjutan)", as on its rows that go on. */
      if (ABS (carried->cell->x - whole_x) >= EPSILON ||
          (continued = continued_cell (band->split, whole_x)) == NULL)
        continue;
      marked = carried;
      text = _kn_doc_shape (c, continued->markup, continued->font,
                            carried->cell->w - 2 * PAD_X, continued->align);
      item.x = carried->cell->x + PAD_X;
      item.n_lines = _kn_doc_shaped_n_lines (text);
      item.shaped = text;
      g_array_set_size (carried->texts, 0);
      g_array_append_val (carried->texts, item);
      carried->need = PAD_Y + _kn_doc_shaped_height (text) + PAD_Y;
    }
  for (guint i = 0; i < cells->len && marked == NULL; i++)
    {
      Carried *carried = &g_array_index (cells, Carried, i);

      if (carried->cell->w > NUMBER_WIDTH)
        {
          Shaped *mark = _kn_doc_shape (c, "<i>" KN_FORM_CONTINUED "</i>", FONT_TABLE,
                                        carried->cell->w - 2 * PAD_X, PANGO_ALIGN_LEFT);
          Item item = { .kind = ITEM_TEXT, .x = carried->cell->x + PAD_X,
                        .y = carried->need - PAD_Y };

          item.n_lines = _kn_doc_shaped_n_lines (mark);
          item.shaped = mark;
          g_array_append_val (carried->texts, item);
          carried->need += _kn_doc_shaped_height (mark);
          marked = carried;
        }
    }

  for (guint i = 0; i < cells->len; i++)
    {
      Carried *carried = &g_array_index (cells, Carried, i);
      double y0, y1;

      item_extent (carried->cell, &y0, &y1);
      growth = MAX (growth, carried->need - (y1 + delta));
    }
  if (growth > 0)
    band_grow_at (rest, row_foot, growth);
  for (guint i = 0; i < cells->len; i++)
    {
      Carried *carried = &g_array_index (cells, Carried, i);

      for (guint t = 0; t < carried->texts->len; t++)
        _kn_doc_items_add (rest->items, &g_array_index (carried->texts, Item, t), 0);
    }
}

/* _kn_doc_band_split, and the cells of the row cut in two written again on its part below
 * (band_carry_cells). */
void
_kn_doc_band_split_row (Composer    *c,
                        const Band  *band,
                        double       cut,
                        Band       **first,
                        Band       **rest)
{
  _kn_doc_band_split (c, band, cut, first, rest);
  band_carry_cells (c, band, cut, *rest);
  /* What is left of a group still knows its columns when it is cut again, but has no rows to
   * split. */
  if (band->split != NULL)
    {
      (*rest)->split = g_rc_box_acquire (band->split);
      (*rest)->split_from = band->split->n_rows;
    }
}

/* Composing */
/* Composing */

static void
text_spec_free (gpointer data)
{
  TextSpec *spec = data;

  if (spec->own_markup)
    g_free (spec->markup);
  g_free (spec);
}

static guint
text_spec_hash (gconstpointer data)
{
  const TextSpec *spec = data;
  guint hash = g_str_hash (spec->markup);

  hash = hash * 31 + (guint) spec->font;
  hash = hash * 31 + (guint) spec->align;
  hash = hash * 31 + (guint) spec->indent;
  hash = hash * 31 + (guint) spec->width;

  return hash;
}

static gboolean
text_spec_equal (gconstpointer a,
                 gconstpointer b)
{
  const TextSpec *x = a;
  const TextSpec *y = b;

  return x->font == y->font && x->align == y->align && x->indent == y->indent &&
         x->width == y->width && g_str_equal (x->markup, y->markup);
}

void
_kn_doc_composer_init (Composer   *c,
                       KnDocument *document)
{
  c->context = document->context;
  c->fonts = document->fonts;
  c->store = document->shaped;
  c->left = 20 * MM;
  c->right = document->width - 15 * MM;
  c->top = 15 * MM;
  c->bottom = document->height - 18 * MM;
  c->footer = document->height - 13 * MM;
  c->bands = g_ptr_array_new_with_free_func (_kn_doc_band_free);
  c->strings = g_ptr_array_new_with_free_func (g_free);
  c->shaped = g_hash_table_new_full (text_spec_hash, text_spec_equal, text_spec_free, NULL);
}

void
_kn_doc_composer_clear (Composer *c)
{
  g_clear_pointer (&c->bands, g_ptr_array_unref);
  g_clear_pointer (&c->strings, g_ptr_array_unref);
  g_clear_pointer (&c->shaped, g_hash_table_unref);
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

static Shaped *
shape_indented (Composer       *c,
                const char     *text_markup,
                Font            font,
                double          width,
                PangoAlignment  align,
                double          indent)
{
  TextSpec spec = {
    .markup = (char *) (text_markup != NULL ? text_markup : ""),
    .font = font,
    .align = align,
    /* Boxes equal to the Pango unit (columns summed in another order) shape the same. */
    .width = (int) (MAX (width, 1.0) * PANGO_SCALE),
    .indent = (int) (indent * PANGO_SCALE),
  };
  g_autoptr(PangoLayout) layout = NULL;
  const char *plain;
  Shaped *shaped;

  /* The same text in the same box is shaped once and shared (a rekap's ranks, positions and
   * ratings repeat on every row, a split row is composed again in parts); the layout goes as
   * soon as what it shaped is recorded. */
  shaped = g_hash_table_lookup (c->shaped, &spec);
  if (shaped != NULL)
    return shaped;

  layout = _kn_doc_layout_from_spec (c->context, c->fonts, &spec);
  shaped = _kn_doc_shaped_new (c->store, layout);
  plain = _kn_doc_shaped_text (shaped);
  /* Plain text (most of a rekap's) is its own markup: the key is the shaped text. */
  if (plain != NULL && g_str_equal (plain, spec.markup))
    spec.markup = (char *) plain;
  else
    {
      spec.markup = g_strdup (spec.markup);
      spec.own_markup = TRUE;
    }
  g_hash_table_insert (c->shaped, g_memdup2 (&spec, sizeof spec), shaped);

  return shaped;
}

Shaped *
_kn_doc_shape (Composer       *c,
               const char     *text_markup,
               Font            font,
               double          width,
               PangoAlignment  align)
{
  return shape_indented (c, text_markup, font, width, align, 0);
}

Band *
_kn_doc_compose_band (Composer *c)
{
  Band *band = band_new ();

  /* The band before is composed: its items take no more room than they need. */
  if (c->bands->len > 0)
    _kn_doc_band_pack (g_ptr_array_index (c->bands, c->bands->len - 1));
  g_ptr_array_add (c->bands, band);

  return band;
}

Band *
_kn_doc_last_band (Composer *c)
{
  for (guint i = c->bands->len; i > 0; i--)
    {
      Band *band = g_ptr_array_index (c->bands, i - 1);

      if (!band->space)
        return band;
    }
  g_return_val_if_reached (NULL);
}

/* Keeps the last band composed with the next one: a rating row with its table, the signatures
 * with what they sign. */
void
_kn_doc_keep_previous (Composer *c)
{
  if (c->bands->len > 0)
    _kn_doc_last_band (c)->keep_with_next = TRUE;
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
  Shaped *text =
    _kn_doc_shape (c, text_markup, font, _kn_doc_body_width (c), align);

  _kn_doc_band_text (band, c->left, 0, text);
  band->height = _kn_doc_shaped_height (text);

  return band;
}

/* "1. text" with the text wrapping under itself. */
Band *
_kn_doc_add_numbered (Composer   *c,
                      guint       number,
                      const char *text)
{
  Band *band = _kn_doc_compose_band (c);
  Shaped *number_shaped =
    _kn_doc_shape (c, _kn_doc_markup (c, "%u.", number), FONT_BODY, 14, PANGO_ALIGN_LEFT);
  Shaped *text_shaped = _kn_doc_shape (c, _kn_doc_esc (c, text), FONT_BODY,
                                                 _kn_doc_body_width (c) - 18, PANGO_ALIGN_LEFT);

  _kn_doc_band_text (band, c->left, 0, number_shaped);
  _kn_doc_band_text (band, c->left + 18, 0, text_shaped);
  band->height =
    MAX (_kn_doc_shaped_height (number_shaped), _kn_doc_shaped_height (text_shaped)) + 1.5;

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

static Shaped *
cell_text (Composer      *c,
             const Columns *cols,
             const Cell    *cell,
             double        *height)
{
  guint span = MAX (cell->span, 1);
  double width;
  Shaped *text;

  g_assert (cell->col + span <= cols->n);

  width = cols->x[cell->col + span] - cols->x[cell->col] - 2 * PAD_X;
  text = shape_indented (c, cell->markup, cell->font, width, cell->align, cell->hanging ? -7 : 0);
  *height = MAX (_kn_doc_shaped_height (text) + 2 * PAD_Y, cell->min_height);

  return text;
}

static void
place_cell (Band          *band,
            const Columns *cols,
            const Cell    *cell,
            Shaped        *text,
            double         y,
            double         height,
            gboolean       borders)
{
  guint span = MAX (cell->span, 1);
  double x = cols->x[cell->col];
  double w = cols->x[cell->col + span] - x;
  double text_y = y + PAD_Y;

  if (cell->middle)
    text_y = y + MAX ((height - _kn_doc_shaped_height (text)) / 2, PAD_Y);
  if (cell->shaded)
    _kn_doc_band_fill (band, x, y, w, height, SHADE);
  _kn_doc_band_text (band, x + PAD_X, text_y, text);
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
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
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

      g_ptr_array_add (texts, cell_text (c, cols, &merged[i], &h));
      merged_height = MAX (merged_height, h);
    }
  for (guint i = 0; i < n_cells; i++)
    {
      double h;

      g_ptr_array_add (texts, cell_text (c, cols, &cells[i], &h));
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
    place_cell (band, cols, &merged[i], g_ptr_array_index (texts, i), y, total, borders);
  for (guint i = 0; i < n_cells; i++)
    place_cell (band, cols, &cells[i], g_ptr_array_index (texts, n_merged + i),
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

static GArray *
cells_copy (const Cell *cells,
            guint       n)
{
  GArray *array = g_array_sized_new (FALSE, FALSE, sizeof (Cell), n);

  g_array_append_vals (array, cells, n);
  return array;
}

/* Rows @from to @to - 1 of @split as a band of their own (not in the flow), splittable again. */
static Band *
group_part_new (Composer   *c,
                GroupSplit *split,
                guint       from,
                guint       to)
{
  const GArray *merged = from > 0 ? split->continued : split->merged;
  g_autoptr(GArray) cells = g_array_new (FALSE, FALSE, sizeof (Cell));
  Band *band = band_new ();

  for (guint i = 0; i < split->cells->len; i++)
    {
      Cell cell = g_array_index (split->cells, Cell, i);

      if (cell.row < from || cell.row >= to)
        continue;
      cell.row -= from;
      g_array_append_val (cells, cell);
    }
  band->height = _kn_doc_group_into (c, band, &split->cols, 0, (const Cell *) merged->data,
                                     merged->len, (const Cell *) cells->data, cells->len, TRUE);
  band->split = g_rc_box_acquire (split);
  band->split_from = from;

  return band;
}

Band *
_kn_doc_add_split_group (Composer      *c,
                         const Columns *cols,
                         const Cell    *merged,
                         const Cell    *continued,
                         guint          n_merged,
                         const Cell    *cells,
                         guint          n_cells,
                         guint          whole_col,
                         guint          label_col)
{
  Band *band = _kn_doc_add_group (c, cols, merged, n_merged, cells, n_cells);
  GroupSplit *split = g_rc_box_new0 (GroupSplit);

  split->whole_col = whole_col;
  split->label_col = label_col;
  split->cols = *cols;
  split->merged = cells_copy (merged, n_merged);
  split->continued = cells_copy (continued, n_merged);
  split->cells = cells_copy (cells, n_cells);
  for (guint i = 0; i < n_cells; i++)
    split->n_rows = MAX (split->n_rows, cells[i].row + 1);
  band->split = split;

  return band;
}

gboolean
_kn_doc_band_split_rows (Composer    *c,
                         const Band  *band,
                         double       room,
                         Band       **first,
                         Band       **rest)
{
  GroupSplit *split = band->split;
  Band *fits = NULL;
  guint to;

  if (split == NULL || band->split_from >= split->n_rows)
    return FALSE;

  /* The most rows that fit, one to all but the last (a part grows with its rows). */
  for (to = band->split_from + 1; to < split->n_rows; to++)
    {
      Band *part = group_part_new (c, split, band->split_from, to);

      if (part->height > room + EPSILON)
        {
          _kn_doc_band_free (part);
          break;
        }
      g_clear_pointer (&fits, _kn_doc_band_free);
      fits = part;
    }
  if (fits == NULL)
    return FALSE;

  to--;
  fits->header = band->header;
  *first = fits;
  *rest = group_part_new (c, split, to, split->n_rows);
  (*rest)->header = band->header;
  (*rest)->keep_with_next = band->keep_with_next;

  return TRUE;
}

gboolean
_kn_doc_band_take_rows (Composer    *c,
                        const Band  *band,
                        guint        to,
                        Band       **part,
                        Band       **rest,
                        double      *min_cut)
{
  GroupSplit *split = band->split;
  guint from = band->split_from;
  const GArray *merged;

  if (split == NULL || to <= from || to > split->n_rows)
    return FALSE;

  merged = from > 0 ? split->continued : split->merged;
  *min_cut = 0;
  for (guint i = 0; i < merged->len; i++)
    {
      const Cell *cell = &g_array_index (merged, Cell, i);
      double height;

      if (cell->col != split->whole_col)
        continue;
      cell_text (c, &split->cols, cell, &height);
      *min_cut = MAX (*min_cut, height);
    }

  *part = group_part_new (c, split, from, to);
  (*part)->header = band->header;
  *rest = NULL;
  if (to < split->n_rows)
    {
      *rest = group_part_new (c, split, to, split->n_rows);
      (*rest)->header = band->header;
      (*rest)->keep_with_next = band->keep_with_next;
    }
  else
    (*part)->keep_with_next = band->keep_with_next;

  return TRUE;
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
