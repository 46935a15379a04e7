/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The printed manual: the help of every place laid out into pages with a title page and a table
 * of contents, then painted page by page onto any cairo context. */

#define G_LOG_DOMAIN "kn-manual"

#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-document.h"
#include "kinerja/kn-format.h"
#include "kinerja/kn-manual.h"
#include "kinerja/kn-numeric-locale.h"

#include "kn-print-private.h"

#define MM           (72.0 / 25.4)
#define MARGIN_X     (22 * MM)
#define MARGIN_TOP   (24 * MM)
#define MARGIN_BOTTOM (22 * MM)
#define STEP_INDENT  (7 * MM)
#define ITEM_INDENT  (5 * MM)
#define TOC_NUMBER_W (14 * MM)
#define TOC_INDENT   (6 * MM)
#define DOT_PITCH    4.0
/* The manual is Indonesian content whatever the interface language, like the help texts. */
#define MANUAL_TITLE "Panduan Kinerja"

typedef enum
{
  STYLE_BODY,
  STYLE_BODY_BOLD,
  STYLE_H1,
  STYLE_H2,
  STYLE_TOC_CHAPTER,
  STYLE_TOC_SECTION,
  STYLE_MARGINAL,
  STYLE_TITLE,
  STYLE_SUBTITLE,
  N_STYLES
} Style;

static const struct
{
  double   size;
  gboolean bold;
  double   spacing;   /* line spacing factor */
} styles[N_STYLES] = {
  [STYLE_BODY] = { 11.0, FALSE, 1.25 },
  [STYLE_BODY_BOLD] = { 11.0, TRUE, 1.25 },
  [STYLE_H1] = { 20.0, TRUE, 1.1 },
  [STYLE_H2] = { 13.0, TRUE, 1.15 },
  [STYLE_TOC_CHAPTER] = { 11.5, TRUE, 1.2 },
  [STYLE_TOC_SECTION] = { 10.5, FALSE, 1.2 },
  [STYLE_MARGINAL] = { 8.5, FALSE, 1.0 },
  [STYLE_TITLE] = { 32.0, TRUE, 1.0 },
  [STYLE_SUBTITLE] = { 14.0, FALSE, 1.3 },
};

/* The colours: text near black, headings a dark blue that prints as a dark grey. */
#define INK       0.10, 0.10, 0.10
#define HEADING   0.09, 0.23, 0.40
#define MARGINAL  0.40, 0.40, 0.40

typedef enum
{
  ITEM_TEXT,   /* lines of @layout; @y is the top of the first line drawn */
  ITEM_RULE,   /* a horizontal line from (@x, @y), @w long, @h thick */
  ITEM_DOTS,   /* leader dots on the baseline @y, from @x to @x + @w */
  ITEM_LINK,   /* a link area (@x, @y, @w, @h) to page @target (from 0) */
} ItemKind;

typedef struct
{
  ItemKind     kind;
  double       x;
  double       y;
  double       w;
  double       h;
  double       rgb[3];
  PangoLayout *layout;      /* TEXT; owned */
  int          first_line;  /* TEXT: the lines drawn */
  int          n_lines;
  guint        target;      /* LINK */
} Item;

/* A piece of the flow: a heading, a paragraph, a step or a list item. */
typedef struct
{
  PangoLayout *layout;          /* owned */
  PangoLayout *marker;          /* nullable, owned: the step number or the bullet */
  double       x;               /* the left edge of @layout */
  double       marker_x;
  double       space_before;
  gboolean     keep_with_next;
  gboolean     heading;
  double       rgb[3];
  int          section;         /* the heading's section in its chapter, or -1 */
} Chunk;

/* An entry of the table of contents. */
typedef struct
{
  guint   chapter;
  int     section;     /* -1 for the chapter itself */
  guint   page;        /* where the entry is printed */
  double  y;           /* the baseline of its last line */
  double  top;         /* the top of the entry */
  double  end_x;       /* where its last line of text ends */
  guint   target;      /* the page it points to */
} TocEntry;

typedef struct
{
  guint   start_page;
  guint  *section_pages;   /* owned; one per section of the chapter */
} Chapter;

struct _KnManual
{
  double                width;
  double                height;
  GPtrArray            *help;              /* KnHelpPage; owned */
  GPtrArray            *pages;             /* GArray of Item; owned */
  Chapter              *chapters;          /* owned, one per help page */
  PangoContext         *context;           /* owned */
  PangoFontDescription *fonts[N_STYLES];   /* owned */
};

typedef struct
{
  KnManual *manual;
  GArray   *page;     /* the page being filled */
  double    y;
  double    bottom;
  gboolean  fresh;    /* nothing placed on the page yet */
} Pager;

/* Items and layouts */

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->layout);
}

static GArray *
page_new (KnManual *manual)
{
  GArray *page = g_array_new (FALSE, TRUE, sizeof (Item));

  g_array_set_clear_func (page, item_clear);
  g_ptr_array_add (manual->pages, page);

  return page;
}

static void
set_rgb (double *rgb,
         double  r,
         double  g,
         double  b)
{
  rgb[0] = r;
  rgb[1] = g;
  rgb[2] = b;
}

static PangoLayout *
make_layout (KnManual       *manual,
             const char     *markup,
             Style           style,
             double          width,
             PangoAlignment  align)
{
  PangoLayout *layout = pango_layout_new (manual->context);

  pango_layout_set_font_description (layout, manual->fonts[style]);
  pango_layout_set_line_spacing (layout, (float) styles[style].spacing);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

static PangoLayout *
make_plain_layout (KnManual       *manual,
                   const char     *text,
                   Style           style,
                   double          width,
                   PangoAlignment  align)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return make_layout (manual, escaped, style, width, align);
}

/* The top and bottom of line @line of @layout, and its baseline, in points from the layout's
 * top. */
static void
line_metrics (PangoLayout *layout,
              int          line,
              double      *top,
              double      *bottom,
              double      *baseline)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int y0 = 0, y1 = 0;

  for (int i = 0; i < line; i++)
    pango_layout_iter_next_line (iter);
  pango_layout_iter_get_line_yrange (iter, &y0, &y1);
  if (top != NULL)
    *top = (double) y0 / PANGO_SCALE;
  if (bottom != NULL)
    *bottom = (double) y1 / PANGO_SCALE;
  if (baseline != NULL)
    *baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
  pango_layout_iter_free (iter);
}

/* The height of lines [@first, @first + @n) of @layout. */
static double
lines_height (PangoLayout *layout,
              int          first,
              int          n)
{
  double top, bottom;

  line_metrics (layout, first, &top, NULL, NULL);
  line_metrics (layout, first + n - 1, NULL, &bottom, NULL);

  return bottom - top;
}

static void
add_text (GArray       *page,
          PangoLayout  *layout,
          double        x,
          double        y,
          int           first_line,
          int           n_lines,
          const double *rgb)
{
  Item item = { ITEM_TEXT, x, y };

  item.layout = g_object_ref (layout);
  item.first_line = first_line;
  item.n_lines = n_lines;
  memcpy (item.rgb, rgb, sizeof item.rgb);
  g_array_append_val (page, item);
}

static void
add_rule (GArray *page,
          double  x,
          double  y,
          double  w,
          double  thickness,
          double  r,
          double  g,
          double  b)
{
  Item item = { ITEM_RULE, x, y, w, thickness };

  set_rgb (item.rgb, r, g, b);
  g_array_append_val (page, item);
}

/* Pagination */

static double
body_width (const KnManual *manual)
{
  return manual->width - 2 * MARGIN_X;
}

static void
pager_new_page (Pager *pager)
{
  pager->page = page_new (pager->manual);
  pager->y = MARGIN_TOP;
  pager->bottom = pager->manual->height - MARGIN_BOTTOM;
  pager->fresh = TRUE;
}

static void
place_lines (Pager       *pager,
             const Chunk *chunk,
             int          first,
             int          n)
{
  double height = lines_height (chunk->layout, first, n);

  add_text (pager->page, chunk->layout, chunk->x, pager->y, first, n, chunk->rgb);
  if (first == 0 && chunk->marker != NULL)
    add_text (pager->page, chunk->marker, chunk->marker_x, pager->y, 0, 1, chunk->rgb);
  pager->y += height;
  pager->fresh = FALSE;
}

/* How much must fit under a heading: two lines of the paragraph after it, or the first two
 * steps or items of the list after it, so that no heading stands alone at the foot of a page. */
static double
head_of (const Chunk *next,
         guint        n_next)
{
  double height = 0;

  for (guint i = 0; i < n_next && i < 2 && !next[i].heading; i++)
    {
      int n = pango_layout_get_line_count (next[i].layout);

      height += next[i].space_before + lines_height (next[i].layout, 0, n <= 3 ? n : 2);
      if (next[i].marker == NULL)
        break;
    }

  return height;
}

/* Places @chunk, followed by the @n_next chunks @next, starting a page when it does not fit: a
 * paragraph of four lines or more is split with at least two lines on each page. */
static void
pager_place (Pager       *pager,
             const Chunk *chunk,
             const Chunk *next,
             guint        n_next)
{
  int n = pango_layout_get_line_count (chunk->layout);
  double space = pager->fresh ? 0 : chunk->space_before;
  double needed = space + lines_height (chunk->layout, 0, n);

  if (chunk->keep_with_next)
    needed += head_of (next, n_next);

  if (pager->y + needed <= pager->bottom || pager->fresh)
    {
      pager->y += space;
      place_lines (pager, chunk, 0, n);
      return;
    }

  if (!chunk->heading && n >= 4)
    {
      int fit = 0;

      while (fit < n && pager->y + space + lines_height (chunk->layout, 0, fit + 1)
                          <= pager->bottom)
        fit++;
      if (fit >= 2 && n - fit >= 2)
        {
          pager->y += space;
          place_lines (pager, chunk, 0, fit);
          pager_new_page (pager);
          place_lines (pager, chunk, fit, n - fit);
          return;
        }
      if (fit >= 3 && n - fit == 1)
        {
          pager->y += space;
          place_lines (pager, chunk, 0, fit - 1);
          pager_new_page (pager);
          place_lines (pager, chunk, fit - 1, n - fit + 1);
          return;
        }
    }

  pager_new_page (pager);
  place_lines (pager, chunk, 0, n);
}

static void
chunk_clear (gpointer data)
{
  Chunk *chunk = data;

  g_clear_object (&chunk->layout);
  g_clear_object (&chunk->marker);
}

/* Composing the chapters */

static void
add_chunk (GArray      *chunks,
           PangoLayout *layout,
           double       x,
           double       space_before)
{
  Chunk chunk = { layout, NULL, x, 0, space_before };

  chunk.section = -1;
  set_rgb (chunk.rgb, INK);
  g_array_append_val (chunks, chunk);
}

static GArray *
compose_chapter (KnManual         *manual,
                 const KnHelpPage *help)
{
  GArray *chunks = g_array_new (FALSE, TRUE, sizeof (Chunk));
  double width = body_width (manual);
  Chunk *last;

  g_array_set_clear_func (chunks, chunk_clear);

  add_chunk (chunks, make_plain_layout (manual, help->title, STYLE_H1, width, PANGO_ALIGN_LEFT),
             MARGIN_X, 0);
  last = &g_array_index (chunks, Chunk, chunks->len - 1);
  last->heading = TRUE;
  last->keep_with_next = TRUE;
  set_rgb (last->rgb, HEADING);

  for (guint s = 0; s < help->sections->len; s++)
    {
      const KnHelpSection *section = g_ptr_array_index (help->sections, s);

      if (section->heading != NULL)
        {
          add_chunk (chunks, make_plain_layout (manual, section->heading, STYLE_H2, width,
                                                PANGO_ALIGN_LEFT),
                     MARGIN_X, 16);
          last = &g_array_index (chunks, Chunk, chunks->len - 1);
          last->heading = TRUE;
          last->keep_with_next = TRUE;
          last->section = (int) s;
          set_rgb (last->rgb, HEADING);
        }

      for (guint b = 0; b < section->blocks->len; b++)
        {
          const KnHelpBlock *block = g_ptr_array_index (section->blocks, b);
          const KnHelpBlock *previous = b > 0 ? g_ptr_array_index (section->blocks, b - 1)
                                              : NULL;
          gboolean in_list = previous != NULL && previous->kind == block->kind
                             && block->kind != KN_HELP_BLOCK_PARAGRAPH;
          double space = b == 0 ? (section->heading != NULL ? 5 : 10) : in_list ? 4 : 8;
          g_autofree char *number = NULL;

          switch (block->kind)
            {
            case KN_HELP_BLOCK_STEP:
              add_chunk (chunks, make_layout (manual, block->markup, STYLE_BODY,
                                              width - STEP_INDENT, PANGO_ALIGN_LEFT),
                         MARGIN_X + STEP_INDENT, space);
              last = &g_array_index (chunks, Chunk, chunks->len - 1);
              number = g_strdup_printf ("%u.", block->number);
              last->marker = make_plain_layout (manual, number, STYLE_BODY_BOLD,
                                                STEP_INDENT - 2 * MM, PANGO_ALIGN_RIGHT);
              last->marker_x = MARGIN_X;
              break;
            case KN_HELP_BLOCK_ITEM:
              add_chunk (chunks, make_layout (manual, block->markup, STYLE_BODY,
                                              width - ITEM_INDENT, PANGO_ALIGN_LEFT),
                         MARGIN_X + ITEM_INDENT, space);
              last = &g_array_index (chunks, Chunk, chunks->len - 1);
              last->marker = make_plain_layout (manual, "•", STYLE_BODY_BOLD, 0,
                                                PANGO_ALIGN_LEFT);
              last->marker_x = MARGIN_X + 1 * MM;
              break;
            case KN_HELP_BLOCK_PARAGRAPH:
            default:
              add_chunk (chunks, make_layout (manual, block->markup, STYLE_BODY, width,
                                              PANGO_ALIGN_LEFT),
                         MARGIN_X, space);
              break;
            }
        }
    }

  return chunks;
}

static void
paginate_chapter (KnManual *manual,
                  guint     index,
                  GArray   *chunks)
{
  const KnHelpPage *help = g_ptr_array_index (manual->help, index);
  Chapter *chapter = &manual->chapters[index];
  Pager pager = { manual };

  pager_new_page (&pager);
  chapter->start_page = manual->pages->len - 1;
  chapter->section_pages = g_new0 (guint, help->sections->len);
  for (guint s = 0; s < help->sections->len; s++)
    chapter->section_pages[s] = chapter->start_page;

  for (guint i = 0; i < chunks->len; i++)
    {
      const Chunk *chunk = &g_array_index (chunks, Chunk, i);

      pager_place (&pager, chunk, chunk + 1, chunks->len - i - 1);
      if (chunk->section >= 0)
        chapter->section_pages[chunk->section] = manual->pages->len - 1;
      if (i == 0)
        {
          /* A rule under the chapter's title. */
          pager.y += 3;
          add_rule (pager.page, MARGIN_X, pager.y, body_width (manual), 1.2, HEADING);
          pager.y += 4;
        }
    }
}

/* The title page and the table of contents */

static void
compose_title_page (KnManual *manual)
{
  GArray *page = page_new (manual);
  double width = body_width (manual);
  double heading[3], ink[3], marginal[3];
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) subtitle = NULL;
  g_autoptr(PangoLayout) purpose = NULL;
  g_autoptr(PangoLayout) version = NULL;
  double y = manual->height * 0.30;
  int w, h;

  set_rgb (heading, HEADING);
  set_rgb (ink, INK);
  set_rgb (marginal, MARGINAL);

  add_rule (page, MARGIN_X, y - 10 * MM, width, 4.0, HEADING);

  title = make_plain_layout (manual, MANUAL_TITLE, STYLE_TITLE, width, PANGO_ALIGN_LEFT);
  add_text (page, title, MARGIN_X, y, 0, pango_layout_get_line_count (title), heading);
  pango_layout_get_size (title, &w, &h);
  y += (double) h / PANGO_SCALE + 6 * MM;

  subtitle = make_plain_layout (manual, "Mengelola kinerja pegawai ASN: SKP, penilaian, "
                                        "laporan, dan pengembangan kompetensi",
                                STYLE_SUBTITLE, width, PANGO_ALIGN_LEFT);
  add_text (page, subtitle, MARGIN_X, y, 0, pango_layout_get_line_count (subtitle), ink);
  pango_layout_get_size (subtitle, &w, &h);
  y += (double) h / PANGO_SCALE + 14 * MM;

  purpose = make_plain_layout (manual, "Bahan sosialisasi untuk pengguna baru: apa guna "
                                       "setiap halaman, langkah kerja yang biasa, dan arti "
                                       "setiap peringatan.",
                               STYLE_BODY, width * 0.8, PANGO_ALIGN_LEFT);
  add_text (page, purpose, MARGIN_X, y, 0, pango_layout_get_line_count (purpose), ink);

  version = make_plain_layout (manual, "Kinerja versi " PACKAGE_VERSION, STYLE_MARGINAL, width,
                               PANGO_ALIGN_LEFT);
  add_text (page, version, MARGIN_X, manual->height - MARGIN_BOTTOM - 10, 0, 1, marginal);
}

/* Lays the entries out on the pages after the title page, with their numbers still unknown;
 * returns the entries (TocEntry) with where each one is printed. */
static GArray *
compose_toc (KnManual *manual)
{
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (TocEntry));
  double width = body_width (manual) - TOC_NUMBER_W;
  g_autoptr(PangoLayout) heading = NULL;
  double rgb[3];
  Pager pager = { manual };

  pager_new_page (&pager);
  heading = make_plain_layout (manual, "Daftar Isi", STYLE_H1, 0, PANGO_ALIGN_LEFT);
  set_rgb (rgb, HEADING);
  add_text (pager.page, heading, MARGIN_X, pager.y, 0, 1, rgb);
  pager.y += lines_height (heading, 0, 1) + 3;
  add_rule (pager.page, MARGIN_X, pager.y, body_width (manual), 1.2, HEADING);
  pager.y += 10;
  pager.fresh = FALSE;

  for (guint c = 0; c < manual->help->len; c++)
    {
      const KnHelpPage *help = g_ptr_array_index (manual->help, c);
      g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GArray) sections = g_array_new (FALSE, FALSE, sizeof (int));
      double group = 0;

      /* The chapter's line and the lines of its sections, kept on one page when they fit. */
      for (int s = -1; s < (int) help->sections->len; s++)
        {
          const KnHelpSection *section = s >= 0 ? g_ptr_array_index (help->sections, s) : NULL;
          const char *text = section != NULL ? section->heading : help->title;
          double indent = s >= 0 ? TOC_INDENT : 0;
          PangoLayout *layout;

          if (text == NULL)
            continue;

          layout = make_plain_layout (manual, text,
                                      s >= 0 ? STYLE_TOC_SECTION : STYLE_TOC_CHAPTER,
                                      width - indent - 4 * MM, PANGO_ALIGN_LEFT);
          g_ptr_array_add (layouts, layout);
          g_array_append_val (sections, s);
          group += (s >= 0 ? 2 : 9)
                   + lines_height (layout, 0, pango_layout_get_line_count (layout));
        }

      if (pager.y + group > pager.bottom && group <= pager.bottom - MARGIN_TOP)
        pager_new_page (&pager);

      for (guint i = 0; i < layouts->len; i++)
        {
          PangoLayout *layout = g_ptr_array_index (layouts, i);
          int s = g_array_index (sections, int, i);
          double indent = s >= 0 ? TOC_INDENT : 0;
          double space = s >= 0 ? 2 : 9;
          int n = pango_layout_get_line_count (layout);
          TocEntry entry = { c, s };
          PangoRectangle logical;
          double baseline;

          if (pager.y + space + lines_height (layout, 0, n) > pager.bottom)
            pager_new_page (&pager);
          if (!pager.fresh)
            pager.y += space;

          set_rgb (rgb, INK);
          add_text (pager.page, layout, MARGIN_X + indent, pager.y, 0, n, rgb);
          line_metrics (layout, n - 1, NULL, NULL, &baseline);
          pango_layout_line_get_extents (pango_layout_get_line_readonly (layout, n - 1), NULL,
                                         &logical);
          entry.page = pager.manual->pages->len - 1;
          entry.top = pager.y;
          entry.y = pager.y + baseline;
          entry.end_x = MARGIN_X + indent + (double) (logical.x + logical.width) / PANGO_SCALE;
          g_array_append_val (entries, entry);

          pager.y += lines_height (layout, 0, n);
          pager.fresh = FALSE;
        }
    }

  return entries;
}

/* The page numbers, leader dots and links of the entries, once the chapters are placed. */
static void
finish_toc (KnManual *manual,
            GArray   *entries)
{
  double number_right = manual->width - MARGIN_X;

  for (guint i = 0; i < entries->len; i++)
    {
      TocEntry *entry = &g_array_index (entries, TocEntry, i);
      const Chapter *chapter = &manual->chapters[entry->chapter];
      GArray *page = g_ptr_array_index (manual->pages, entry->page);
      g_autoptr(PangoLayout) number = NULL;
      g_autofree char *text = NULL;
      double baseline, rgb[3];
      Item dots = { ITEM_DOTS };
      Item link = { ITEM_LINK };

      entry->target = entry->section >= 0 ? chapter->section_pages[entry->section]
                                          : chapter->start_page;
      text = g_strdup_printf ("%u", entry->target + 1);
      number = make_plain_layout (manual, text,
                                  entry->section >= 0 ? STYLE_TOC_SECTION : STYLE_TOC_CHAPTER,
                                  TOC_NUMBER_W, PANGO_ALIGN_RIGHT);
      line_metrics (number, 0, NULL, NULL, &baseline);
      set_rgb (rgb, INK);
      add_text (page, number, number_right - TOC_NUMBER_W, entry->y - baseline, 0, 1, rgb);

      /* Dots on a common grid, so that they line up from one entry to the next. */
      dots.x = (double) ((int) ((entry->end_x + 4) / DOT_PITCH) + 1) * DOT_PITCH;
      dots.w = number_right - 9 * MM - dots.x;
      dots.y = entry->y;
      set_rgb (dots.rgb, MARGINAL);
      if (dots.w > DOT_PITCH)
        g_array_append_val (page, dots);

      link.x = MARGIN_X;
      link.y = entry->top;
      link.w = number_right - MARGIN_X;
      link.h = entry->y - entry->top + 3;
      link.target = entry->target;
      g_array_append_val (page, link);
    }
}

static void
add_marginals (KnManual *manual)
{
  guint n = manual->pages->len;
  double width = body_width (manual);
  double rgb[3];
  guint chapter = 0;

  set_rgb (rgb, MARGINAL);

  /* The title page has no number, but counts. */
  for (guint i = 1; i < n; i++)
    {
      GArray *page = g_ptr_array_index (manual->pages, i);
      g_autofree char *text = kn_format_doc_page (i + 1, n);
      g_autoptr(PangoLayout) footer = make_plain_layout (manual, text, STYLE_MARGINAL, width,
                                                         PANGO_ALIGN_CENTER);
      double footer_y = manual->height - MARGIN_BOTTOM + 8 * MM;

      add_text (page, footer, MARGIN_X, footer_y, 0, 1, rgb);

      while (chapter + 1 < manual->help->len && manual->chapters[chapter + 1].start_page <= i)
        chapter++;

      /* On a chapter's continuation pages: the manual and the chapter, above a thin rule. */
      if (manual->help->len > 0 && i > manual->chapters[chapter].start_page)
        {
          const KnHelpPage *help = g_ptr_array_index (manual->help, chapter);
          g_autoptr(PangoLayout) left = make_plain_layout (manual, MANUAL_TITLE, STYLE_MARGINAL,
                                                           width / 2, PANGO_ALIGN_LEFT);
          g_autoptr(PangoLayout) right = make_plain_layout (manual, help->title,
                                                            STYLE_MARGINAL, width / 2,
                                                            PANGO_ALIGN_RIGHT);
          double header_y = MARGIN_TOP - 11 * MM;

          add_text (page, left, MARGIN_X, header_y, 0, 1, rgb);
          add_text (page, right, MARGIN_X + width / 2, header_y, 0, 1, rgb);
          add_rule (page, MARGIN_X, header_y + lines_height (left, 0, 1) + 1.5, width, 0.5,
                    MARGINAL);
        }
    }
}

static KnManual *
manual_new (KnPaper paper)
{
  KnManual *manual = g_new0 (KnManual, 1);

  manual->width = paper == KN_PAPER_F4 ? 215 * MM : 210 * MM;
  manual->height = paper == KN_PAPER_F4 ? 330 * MM : 297 * MM;
  manual->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  manual->context = _kn_print_context_new ();
  for (guint i = 0; i < N_STYLES; i++)
    manual->fonts[i] = _kn_print_font_new (styles[i].size, styles[i].bold);

  return manual;
}

/* Drawing */

static void
draw_text (cairo_t    *cr,
           const Item *item)
{
  _kn_print_show_lines (cr, item->layout, item->x, item->y, item->first_line, item->n_lines);
}

/* cairo reads the numbers of a link's attributes ("rect=[72.00 …]") with the C library's strtod,
 * which follows LC_NUMERIC: under id_ID "72.00" does not parse and the PDF fails. The manual is
 * written with the numbers of the C locale, on this thread only, whatever the program's locale. */
static void
draw_link (cairo_t    *cr,
           const Item *item)
{
  char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];
  char w[G_ASCII_DTOSTR_BUF_SIZE], h[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *attributes = NULL;
  double ux = item->x, uy = item->y;
  KnNumericLocale numeric;

  /* Link areas are in the user space of the page, whatever transformation @cr carries. */
  attributes = g_strdup_printf ("rect=[%s %s %s %s] page=%u",
                                g_ascii_formatd (x, sizeof x, "%.2f", ux),
                                g_ascii_formatd (y, sizeof y, "%.2f", uy),
                                g_ascii_formatd (w, sizeof w, "%.2f", item->w),
                                g_ascii_formatd (h, sizeof h, "%.2f", item->h), item->target + 1);
  kn_numeric_locale_begin (&numeric);
  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
  kn_numeric_locale_end (&numeric);
}

/* Writing PDF files */

static void
add_outline (KnManual        *manual,
             cairo_surface_t *surface)
{
  g_autofree char *toc = g_strdup_printf ("page=%u", 2);

  cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, "Daftar Isi", toc, 0);

  for (guint c = 0; c < manual->help->len; c++)
    {
      const KnHelpPage *help = g_ptr_array_index (manual->help, c);
      const Chapter *chapter = &manual->chapters[c];
      g_autofree char *link = g_strdup_printf ("page=%u", chapter->start_page + 1);
      int id = cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, help->title, link,
                                              0);

      for (guint s = 0; s < help->sections->len; s++)
        {
          const KnHelpSection *section = g_ptr_array_index (help->sections, s);
          g_autofree char *section_link = NULL;

          if (section->heading == NULL)
            continue;
          section_link = g_strdup_printf ("page=%u", chapter->section_pages[s] + 1);
          cairo_pdf_surface_add_outline (surface, id, section->heading, section_link, 0);
        }
    }
}

/* Public API */

KnManual *
kn_manual_new (GPtrArray *pages,
               KnPaper    paper)
{
  KnManual *manual;
  g_autoptr(GArray) toc = NULL;

  g_return_val_if_fail (pages != NULL, NULL);
  g_return_val_if_fail (paper == KN_PAPER_A4 || paper == KN_PAPER_F4, NULL);

  manual = manual_new (paper);
  manual->help = g_ptr_array_new_with_free_func ((GDestroyNotify) kn_help_page_unref);
  for (guint i = 0; i < pages->len; i++)
    g_ptr_array_add (manual->help, kn_help_page_ref (g_ptr_array_index (pages, i)));
  manual->chapters = g_new0 (Chapter, MAX (pages->len, 1));

  compose_title_page (manual);
  toc = compose_toc (manual);

  for (guint i = 0; i < manual->help->len; i++)
    {
      g_autoptr(GArray) chunks = compose_chapter (manual, g_ptr_array_index (manual->help, i));

      paginate_chapter (manual, i, chunks);
    }

  finish_toc (manual, toc);
  add_marginals (manual);

  return manual;
}

KnManual *
kn_manual_new_default (KnPaper   paper,
                       GError  **error)
{
  g_autoptr(GPtrArray) pages = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  pages = kn_help_load_all (error);
  if (pages == NULL)
    return NULL;

  return kn_manual_new (pages, paper);
}

void
kn_manual_free (KnManual *manual)
{
  if (manual == NULL)
    return;

  g_ptr_array_unref (manual->pages);
  for (guint i = 0; i < manual->help->len; i++)
    g_free (manual->chapters[i].section_pages);
  g_free (manual->chapters);
  g_ptr_array_unref (manual->help);
  for (guint i = 0; i < N_STYLES; i++)
    pango_font_description_free (manual->fonts[i]);
  g_object_unref (manual->context);
  g_free (manual);
}

double
kn_manual_get_page_width (KnManual *manual)
{
  g_return_val_if_fail (manual != NULL, 0);

  return manual->width;
}

double
kn_manual_get_page_height (KnManual *manual)
{
  g_return_val_if_fail (manual != NULL, 0);

  return manual->height;
}

guint
kn_manual_get_n_pages (KnManual *manual)
{
  g_return_val_if_fail (manual != NULL, 0);

  return manual->pages->len;
}

guint
kn_manual_get_chapter_page (KnManual   *manual,
                            const char *topic_id)
{
  g_return_val_if_fail (manual != NULL, G_MAXUINT);
  g_return_val_if_fail (topic_id != NULL, G_MAXUINT);

  for (guint i = 0; i < manual->help->len; i++)
    {
      const KnHelpPage *help = g_ptr_array_index (manual->help, i);

      if (g_strcmp0 (help->id, topic_id) == 0)
        return manual->chapters[i].start_page;
    }

  return G_MAXUINT;
}

void
kn_manual_draw_page (KnManual *manual,
                     cairo_t  *cr,
                     guint     page)
{
  GArray *items;

  g_return_if_fail (manual != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < manual->pages->len);

  items = g_ptr_array_index (manual->pages, page);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);

      cairo_set_source_rgb (cr, item->rgb[0], item->rgb[1], item->rgb[2]);

      switch (item->kind)
        {
        case ITEM_TEXT:
          draw_text (cr, item);
          break;
        case ITEM_RULE:
          cairo_set_line_width (cr, item->h);
          cairo_move_to (cr, item->x, item->y);
          cairo_rel_line_to (cr, item->w, 0);
          cairo_stroke (cr);
          break;
        case ITEM_DOTS:
          for (double x = item->x; x <= item->x + item->w; x += DOT_PITCH)
            cairo_rectangle (cr, x, item->y - 0.8, 0.8, 0.8);
          cairo_fill (cr);
          break;
        case ITEM_LINK:
        default:
          draw_link (cr, item);
          break;
        }
    }

  cairo_restore (cr);
}

gboolean
kn_manual_write_pdf (KnManual    *manual,
                     const char  *path,
                     GError     **error)
{
  KnPdfTarget target;
  cairo_surface_t *surface;
  cairo_t *cr;
  KnNumericLocale numeric;
  gboolean saved;

  g_return_val_if_fail (manual != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kn_pdf_target_open (&target, path, error))
    {
      _kn_pdf_target_clear (&target);
      return FALSE;
    }

  /* The links and the outline may be read when the surface finishes, too. */
  kn_numeric_locale_begin (&numeric);
  surface = _kn_pdf_target_surface_new (&target, manual->width, manual->height, MANUAL_TITLE);
  cr = cairo_create (surface);

  for (guint p = 0; p < manual->pages->len; p++)
    {
      kn_manual_draw_page (manual, cr, p);
      cairo_show_page (cr);
    }
  add_outline (manual, surface);

  cairo_destroy (cr);
  saved = _kn_pdf_target_finish (&target, surface, error);
  kn_numeric_locale_end (&numeric);
  _kn_pdf_target_clear (&target);
  return saved;
}
