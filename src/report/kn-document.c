/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The official documents: composed (kn-document-*.c) into bands, paginated into pages of placed
 * text, borders and fills, then painted page by page onto any cairo context or into PDF files. */

#define G_LOG_DOMAIN "kn-document"

#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-document.h"
#include "kinerja/kn-format.h"
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

/* Pagination */

/* What the first piece of a band kept with a heading must hold: more than the smallest piece
 * pagination splits off (two MIN_PIECE of room), so the heading is never left alone. */
#define FEW_ROWS (3 * MIN_PIECE)
/* A group of table rows that would leave the page less full than this when moved whole to the
 * next page is split between its rows instead, its continuing part marked "(lanjutan)". */
#define FULL_PAGE 0.8

typedef struct
{
  KnDocument     *document;
  Composer       *c;
  GArray         *page;       /* the current page's items (refs), owned, moved to a Page */
  double          y;
  gboolean        has_body;   /* more than a repeated header is on the page */
} Pager;

/* The page made so far, moved into an allocation of its size with room for its page number
 * (a page grown again for its number would leave its old place as a hole). */
static void
pager_end_page (Pager *pager)
{
  g_ptr_array_add (pager->document->pages, _kn_doc_items_take (pager->page, 1));
}

static void
pager_place (Pager      *pager,
             const Band *band)
{
  for (guint i = 0; i < _kn_doc_band_n_items (band); i++)
    _kn_doc_items_add (pager->page, &_kn_doc_band_items (band)[i], pager->y);
  pager->y += band->height;
}

static void
pager_new_page (Pager      *pager,
                const Band *header)
{
  if (pager->page != NULL)
    pager_end_page (pager);
  else
    pager->page = _kn_doc_items_new ();
  pager->y = pager->c->top;
  pager->has_body = FALSE;
  if (header != NULL)
    pager_place (pager, header);
}

/* Whether @band is a group of table rows pagination may split between its rows. */
static gboolean
splits (const Band *band)
{
  return band->split != NULL && band->split->n_rows > band->split_from + 1;
}

/* The room band @i needs at the foot of a page: itself, the bands it keeps with, and a first
 * piece of the band that follows them — the whole of it when it is small or never split, else
 * a few lines (FEW_ROWS), so that a heading never ends a page and a table starts where a few
 * of its rows fit. */
static double
keep_height (const Composer *c,
             guint           i)
{
  GPtrArray *bands = c->bands;
  double need = 0;
  guint j = i;

  while (j < bands->len)
    {
      const Band *band = g_ptr_array_index (bands, j);

      /* A group of rows after a heading needs only its first rows: it splits between them. */
      if (j > i && splits (band))
        break;
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

      need += (next->solid || next->height <= FEW_ROWS) && !splits (next) ? next->height
                                                                          : MIN (FEW_ROWS, next->height);
    }

  return need;
}

/* Fills the foot of the page with the rows of the group @band that fit; when the page is still
 * under FULL_PAGE, with the lines that fit of the rows after them too (never cutting the RHK):
 * what is left of the group — the rest of the row cut and the rows after it — goes on the next
 * page as one part, beside one number and one RHK "(lanjutan)" (cut between its lines again
 * when it is taller than a page). Returns what is left to place, a part of @band on a new
 * page, for the caller to free; NULL when nothing was placed. */
static Band *
fill_with_rows (Pager      *pager,
                const Band *band)
{
  Composer *c = pager->c;
  double body = c->bottom - c->top;
  double room = c->bottom - pager->y;
  Band *first = NULL, *second = NULL, *whole, *after;
  double fitted = 0, min_cut;

  if (_kn_doc_band_split_rows (c, band, room, &first, &second))
    fitted = first->height;

  /* Still under FULL_PAGE: the rows that fit and the lines after them. */
  if (pager->y + fitted - c->top < FULL_PAGE * body && room - fitted >= MIN_PIECE &&
      _kn_doc_band_take_rows (c, band, band->split->n_rows, &whole, &after, &min_cut))
    {
      double cut = _kn_doc_band_find_cut (c, whole, MIN (room, whole->height - MIN_PIECE));
      Band *top = NULL, *bottom = NULL;

      /* Every row to the end was taken: nothing comes after. */
      g_warn_if_fail (after == NULL);
      g_clear_pointer (&after, _kn_doc_band_free);
      /* The part below the cut carries the row's number, RHK and IKI (marked "(lanjutan)"). */
      if (cut >= MAX (fitted + MIN_PIECE, min_cut))
        _kn_doc_band_split_row (c, whole, cut, &top, &bottom);
      _kn_doc_band_free (whole);
      if (bottom != NULL)
        {
          g_clear_pointer (&first, _kn_doc_band_free);
          g_clear_pointer (&second, _kn_doc_band_free);
          pager_place (pager, top);
          _kn_doc_band_free (top);
          pager_new_page (pager, band->header);
          return bottom;
        }
    }

  if (first == NULL)
    return NULL;
  pager_place (pager, first);
  _kn_doc_band_free (first);
  pager_new_page (pager, band->header);
  return second;
}

static void
paginate (KnDocument *document,
          Composer   *c)
{
  Pager pager = { document, c };
  double body = c->bottom - c->top;
  gboolean kept = FALSE;   /* the band placed last keeps with the next one (a heading) */
  g_autoptr(GHashTable) headers = g_hash_table_new (NULL, NULL);

  /* A band placed is not needed again, unless it is a header repeated on later pages: its
   * items (and their texts' refs) go at once, so the bands and the pages are not both held. */
  for (guint i = 0; i < c->bands->len; i++)
    {
      const Band *band = g_ptr_array_index (c->bands, i);

      if (band->header != NULL)
        g_hash_table_add (headers, band->header);
    }

  if (c->bands->len > 0)
    _kn_doc_band_pack (g_ptr_array_index (c->bands, c->bands->len - 1));
  pager_new_page (&pager, NULL);

  for (guint i = 0; i < c->bands->len; i++)
    {
      const Band *band = g_ptr_array_index (c->bands, i);
      double header_height = band->header != NULL ? band->header->height : 0;
      double need;
      const Band *rest = band;
      Band *owned = NULL;
      Band *first;
      Band *second;

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
      /* A loose keep gives way when what it keeps with does not fit and the page is not full
       * yet: the band stays, the rest (the signatures with their own rows) goes on. */
      if (band->keep_loosely && pager.has_body && pager.y + need > c->bottom + EPSILON &&
          pager.y - c->top < FULL_PAGE * body && pager.y + band->height <= c->bottom + EPSILON)
        need = band->height;
      if (pager.has_body && pager.y + need > c->bottom + EPSILON &&
          need <= body - header_height)
        {
          /* A group of rows that fits the next page moves there whole, unless that leaves this
           * page under FULL_PAGE or a heading alone at its foot: then the rows that fit stay. */
          gboolean underfull = pager.y - c->top < FULL_PAGE * body || kept;

          if (underfull && band->split != NULL)
            owned = fill_with_rows (&pager, band);
          if (owned != NULL)
            rest = owned;
          else if (!kept || band->split == NULL)
            pager_new_page (&pager, band->header);
        }

      /* Taller than a page: split between rows of a group (and, on a page not yet full, the
       * lines of the row that does not fit), else at a line boundary. */
      while (pager.y + rest->height > c->bottom + EPSILON)
        {
          double room = c->bottom - pager.y;
          double cut;
          Band *part = rest->split != NULL ? fill_with_rows (&pager, rest) : NULL;

          if (part != NULL)
            {
              g_clear_pointer (&owned, _kn_doc_band_free);
              rest = owned = part;
              continue;
            }

          cut = rest->solid ? 0 : _kn_doc_band_find_cut (c, rest, room);
          if (cut < MIN_PIECE || (pager.has_body && room < 2 * MIN_PIECE))
            {
              if (!pager.has_body)
                break;   /* no line fits even an empty page: let it run over */
              pager_new_page (&pager, rest->header);
              continue;
            }

          _kn_doc_band_split_row (c, rest, cut, &first, &second);
          pager_place (&pager, first);
          _kn_doc_band_free (first);
          pager_new_page (&pager, rest->header);
          g_clear_pointer (&owned, _kn_doc_band_free);
          rest = owned = second;
        }

      pager_place (&pager, rest);
      pager.has_body = TRUE;
      kept = band->keep_with_next;
      g_clear_pointer (&owned, _kn_doc_band_free);
      if (!g_hash_table_contains (headers, band))
        {
          Band *placed = g_ptr_array_index (c->bands, i);

          _kn_doc_band_drop_items (placed);
        }
    }

  pager_end_page (&pager);
  g_array_unref (pager.page);
}

static void
add_page_numbers (KnDocument *document,
                  Composer   *c)
{
  guint n = document->pages->len;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = kn_format_doc_page (i + 1, n);
      Shaped *shaped = _kn_doc_shape (c, _kn_doc_esc (c, text), FONT_TABLE, _kn_doc_body_width (c),
                                      PANGO_ALIGN_CENTER);
      Page *page = g_ptr_array_index (document->pages, i);
      Item *item = &page->items[page->n_items++];   /* the room left for it */

      *item = (Item) { .kind = ITEM_TEXT, .x = c->left, .y = c->footer };
      item->n_lines = _kn_doc_shaped_n_lines (shaped);
      item->shaped = shaped;
    }
}

static KnDocument *
document_new (KnPaper  paper,
              gboolean landscape)
{
  KnDocument *document = g_new0 (KnDocument, 1);
  double width = paper == KN_PAPER_F4 ? 215 * MM : 210 * MM;
  double height = paper == KN_PAPER_F4 ? 330 * MM : 297 * MM;

  document->landscape = landscape;
  document->width = landscape ? height : width;
  document->height = landscape ? width : height;
  document->pages = g_ptr_array_new_with_free_func (g_free);
  document->shaped = _kn_doc_shaped_store_new ();

  document->context = _kn_print_context_new ();
  for (guint i = 0; i < N_FONTS; i++)
    document->fonts[i] = _kn_print_font_new (font_styles[i].size, font_styles[i].bold);

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
draw_image (KnDocument *document,
            cairo_t    *cr,
            const Item *item)
{
  double w, h;

  if (document->logo == NULL)
    return;
  w = cairo_image_surface_get_width (document->logo);
  h = cairo_image_surface_get_height (document->logo);
  if (w <= 0 || h <= 0)
    return;
  cairo_save (cr);
  cairo_translate (cr, item->x, item->y);
  cairo_scale (cr, item->w / w, item->h / h);
  cairo_set_source_surface (cr, document->logo, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

static void
draw_items (KnDocument *document,
            cairo_t    *cr,
            const Page *page,
            ItemKind    kind)
{
  for (guint i = 0; i < page->n_items; i++)
    {
      const Item *item = &page->items[i];

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
          _kn_doc_shaped_draw (item->shaped, cr, item->x, item->y, item->first_line,
                               item->n_lines);
          break;
        case ITEM_IMAGE:
          draw_image (document, cr, item);
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

/* The mark of a document that is not final ("DRAF"), large and light across the page, under
 * everything else so that the form stays readable. */
static void
draw_mark (KnDocument *document,
           cairo_t    *cr)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (document->context);
  PangoFontDescription *desc = pango_font_description_copy (document->fonts[FONT_TITLE]);
  double diagonal = sqrt (document->width * document->width + document->height * document->height);
  PangoRectangle logical;

  pango_font_description_set_absolute_size (desc, diagonal / 6 * PANGO_SCALE);
  pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (layout, document->mark, -1);
  pango_layout_get_extents (layout, NULL, &logical);

  cairo_save (cr);
  cairo_translate (cr, document->width / 2, document->height / 2);
  /* At most 35°, so that text readers (pdftotext, search) still read one word. */
  cairo_rotate (cr, -atan2 (MIN (document->height, document->width),
                            MAX (document->height, document->width)));
  cairo_set_source_rgb (cr, 0.85, 0.85, 0.85);
  cairo_move_to (cr, -(double) logical.width / PANGO_SCALE / 2,
                 -(double) logical.height / PANGO_SCALE / 2);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* Writing PDF files */

struct _KnPdfWriter
{
  KnPdfTarget      target;
  cairo_surface_t *surface;    /* made with the first document, which gives its title */
  cairo_t         *cr;
};

KnPdfWriter *
kn_pdf_writer_new (const char  *path,
                   GError     **error)
{
  KnPdfWriter *writer;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  writer = g_new0 (KnPdfWriter, 1);
  if (!_kn_pdf_target_open (&writer->target, path, error))
    {
      kn_pdf_writer_free (writer);
      return NULL;
    }
  return writer;
}

void
kn_pdf_writer_add (KnPdfWriter *writer,
                   KnDocument  *document)
{
  g_return_if_fail (writer != NULL);
  g_return_if_fail (document != NULL);

  if (writer->surface == NULL)
    {
      writer->surface = _kn_pdf_target_surface_new (&writer->target, document->width,
                                                    document->height, document->title);
      writer->cr = cairo_create (writer->surface);
    }

  for (guint p = 0; p < document->pages->len; p++)
    {
      cairo_pdf_surface_set_size (writer->surface, document->width, document->height);
      kn_document_draw_page (document, writer->cr, p);
      cairo_show_page (writer->cr);
    }
}

gboolean
kn_pdf_writer_finish (KnPdfWriter  *writer,
                      GError      **error)
{
  g_return_val_if_fail (writer != NULL, FALSE);
  g_return_val_if_fail (writer->surface != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_clear_pointer (&writer->cr, cairo_destroy);
  return _kn_pdf_target_finish (&writer->target, g_steal_pointer (&writer->surface), error);
}

void
kn_pdf_writer_free (KnPdfWriter *writer)
{
  if (writer == NULL)
    return;

  g_clear_pointer (&writer->cr, cairo_destroy);
  if (writer->surface != NULL)
    {
      cairo_surface_finish (writer->surface);
      cairo_surface_destroy (writer->surface);
    }
  _kn_pdf_target_clear (&writer->target);
  g_free (writer);
}

static gboolean
write_pdf (KnDocument **documents,
           guint        n,
           const char  *path,
           GError     **error)
{
  g_autoptr(KnPdfWriter) writer = kn_pdf_writer_new (path, error);

  if (writer == NULL)
    return FALSE;
  for (guint d = 0; d < n; d++)
    kn_pdf_writer_add (writer, documents[d]);

  return kn_pdf_writer_finish (writer, error);
}

/* Public API */

/* The letterhead's logo: a PNG (an SVG needs a renderer the report library does not have, and
 * is left out like a file that cannot be read: the kop's lines are printed all the same). */
static cairo_surface_t *
load_logo (const char *path)
{
  cairo_surface_t *surface;

  if (path == NULL || path[0] == '\0' ||
      (!g_str_has_suffix (path, ".png") && !g_str_has_suffix (path, ".PNG")))
    return NULL;
  surface = cairo_image_surface_create_from_png (path);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  return surface;
}

/* A new document with @c composing into it, its kop surat (@letterhead, @logo) on top. */
static KnDocument *
document_begin (Composer   *c,
                KnPaper     paper,
                gboolean    landscape,
                const char *letterhead,
                const char *logo)
{
  KnDocument *document = document_new (paper, landscape);

  _kn_doc_composer_init (c, document);
  document->logo = load_logo (logo);
  _kn_doc_add_letterhead (c, letterhead, document->logo);
  return document;
}

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

  document = document_begin (&c, paper, report->kind == KN_DOCUMENT_EVALUASI, report->letterhead,
                             report->logo);

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

  document->mark = report->mark != NULL && report->mark[0] != '\0' ? g_strdup (report->mark) : NULL;
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

  document = document_begin (&c, paper, TRUE, report->letterhead, report->logo);
  document->title = g_strdup_printf ("Penetapan Predikat Kinerja Pegawai – %s",
                                     _kn_doc_safe (report->unit));
  _kn_doc_compose_recap (&c, report);
  document->mark = report->mark != NULL && report->mark[0] != '\0' ? g_strdup (report->mark) : NULL;
  document_finish (document, &c);

  return document;
}

KnDocument *
_kn_document_new_composed (KnPaper       paper,
                           const char   *title,
                           ComposeFunc   compose,
                           gconstpointer data)
{
  KnDocument *document;
  Composer c = { NULL };

  document = document_begin (&c, paper, FALSE, NULL, NULL);
  document->title = g_strdup (title);
  compose (&c, data);
  document_finish (document, &c);

  return document;
}

void
kn_document_free (KnDocument *document)
{
  if (document == NULL)
    return;

  g_ptr_array_unref (document->pages);
  _kn_doc_shaped_store_free (document->shaped);
  for (guint i = 0; i < N_FONTS; i++)
    pango_font_description_free (document->fonts[i]);
  g_object_unref (document->context);
  g_free (document->title);
  g_free (document->mark);
  g_clear_pointer (&document->logo, cairo_surface_destroy);
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
  const Page *items;

  g_return_if_fail (document != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < document->pages->len);

  items = g_ptr_array_index (document->pages, page);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  if (document->mark != NULL)
    draw_mark (document, cr);
  draw_items (document, cr, items, ITEM_FILL);
  draw_items (document, cr, items, ITEM_IMAGE);
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
