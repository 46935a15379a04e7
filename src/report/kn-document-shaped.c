/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A document's texts as shaping made them, kept compact from composing to drawing: each text is
 * shaped once, and its pages are drawn from this as often as needed, text mapping kept. The
 * records live in a store of the document's, side by side in large blocks: they last as long as
 * the document, and the layouts made and dropped while composing leave no holes between them. */

#define G_LOG_DOMAIN "kn-document"

#include "config.h"

#include <string.h>

#include <glib.h>
#include <pango/pangocairo.h>

#include "kn-document-private.h"

/* A line, in Pango units from the top of the text. */
typedef struct
{
  int     top;
  int     bottom;
  int     baseline;
  int     x;         /* its logical left edge (alignment, indent) */
  guint16 n_runs;
} ShapedLine;

/* What drawing a run needs of its PangoItem. */
typedef struct
{
  PangoFont     *font;       /* its ref is the store's */
  PangoLanguage *language;
  guint16        offset;     /* its text in the record's, in bytes */
  guint16        length;
  guint16        num_chars;
  guint16        n_glyphs;
  guint8         level;
  guint8         gravity;
  guint8         flags;
  guint8         script;
  guint8         simple;     /* one glyph a byte, each its own cluster: no clusters kept */
} ShapedRun;

/* A glyph of Noto Sans in 4 bytes: its id (a font has fewer than 65,535 glyphs: the last id
 * stands for PANGO_GLYPH_EMPTY, a line's break) and its advance. A run that is not simple keeps
 * each glyph's cluster apart, in 2 bytes: the byte of the run's text it starts at, the glyph's
 * two visual attributes in the top bits. */
typedef struct
{
  guint16 glyph;
  gint16  width;
} ShapedGlyph;

#define GLYPH_EMPTY   G_MAXUINT16
#define CLUSTER_START (1 << 14)
#define CLUSTER_COLOR (1 << 15)
#define CLUSTER_MASK  (CLUSTER_START - 1)

/* One record: this header, then the runs, the lines, the glyphs, the clusters and the text. */
struct _Shaped
{
  int          height;     /* the logical height, Pango units */
  PangoLayout *layout;     /* nullable, the store's: a text this form cannot hold (a decoration,
                            * a glyph offset, an unknown glyph) keeps its layout */
  guint16      n_lines;
  guint16      n_runs;
  guint        n_glyphs;
  guint        n_clusters;
};

/* Records are allocated a block at a time: 16 KiB first (a form's texts), then twice the last,
 * up to 256 KiB (a rekap's; malloc maps a block this large apart). */
#define FIRST_BLOCK_SIZE (16 * 1024)
#define BLOCK_SIZE       (256 * 1024)

struct _ShapedStore
{
  GPtrArray  *blocks;      /* owned */
  char       *free;        /* the free part of the last block */
  gsize       n_free;
  GPtrArray  *layouts;     /* owned: the layouts kept */
  GHashTable *fonts;       /* PangoFont, a ref each: the runs' */
};

G_STATIC_ASSERT (sizeof (Shaped) % G_ALIGNOF (ShapedRun) == 0);
G_STATIC_ASSERT (sizeof (Shaped) % 8 == 0);
G_STATIC_ASSERT (sizeof (ShapedRun) % G_ALIGNOF (ShapedLine) == 0);
G_STATIC_ASSERT (sizeof (ShapedLine) % G_ALIGNOF (ShapedGlyph) == 0);

static guint n_shaped;
void (*_kn_doc_shaping_hook) (const TextSpec *spec);

static ShapedRun *
shaped_runs (const Shaped *self)
{
  return (ShapedRun *) (self + 1);
}

static ShapedLine *
shaped_lines (const Shaped *self)
{
  return (ShapedLine *) (shaped_runs (self) + self->n_runs);
}

static ShapedGlyph *
shaped_glyphs (const Shaped *self)
{
  return (ShapedGlyph *) (shaped_lines (self) + self->n_lines);
}

static guint16 *
shaped_clusters (const Shaped *self)
{
  return (guint16 *) (shaped_glyphs (self) + self->n_glyphs);
}

static char *
shaped_text (const Shaped *self)
{
  return (char *) (shaped_clusters (self) + self->n_clusters);
}

PangoLayout *
_kn_doc_layout_from_spec (PangoContext               *context,
                          PangoFontDescription * const *fonts,
                          const TextSpec             *spec)
{
  PangoLayout *layout = pango_layout_new (context);

  g_atomic_int_inc (&n_shaped);
  if (_kn_doc_shaping_hook != NULL)
    _kn_doc_shaping_hook (spec);

  pango_layout_set_font_description (layout, fonts[spec->font]);
  pango_layout_set_width (layout, spec->width);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, spec->align);
  pango_layout_set_indent (layout, spec->indent);
  pango_layout_set_markup (layout, spec->markup, -1);

  return layout;
}

guint
_kn_doc_shapings (void)
{
  return (guint) g_atomic_int_get (&n_shaped);
}

/* Whether the compact form draws @run as pango_cairo_show_layout_line() does: no attribute
 * beyond the font (underline, strikethrough, colour, rise), no offsets, ids and advances that
 * fit. */
static gboolean
run_fits (const PangoGlyphItem *run)
{
  const PangoGlyphString *glyphs = run->glyphs;
  const PangoItem *item = run->item;

  if (item->analysis.extra_attrs != NULL || run->y_offset != 0 || run->start_x_offset != 0 ||
      run->end_x_offset != 0 || (item->analysis.flags & PANGO_ANALYSIS_FLAG_CENTERED_BASELINE) ||
      item->offset + item->length > G_MAXUINT16 || item->length > CLUSTER_MASK ||
      glyphs->num_glyphs > G_MAXUINT16 || item->num_chars > G_MAXUINT16)
    return FALSE;

  for (int i = 0; i < glyphs->num_glyphs; i++)
    {
      const PangoGlyphInfo *info = &glyphs->glyphs[i];

      if ((info->glyph >= GLYPH_EMPTY && info->glyph != PANGO_GLYPH_EMPTY) ||
          info->geometry.x_offset != 0 ||
          info->geometry.y_offset != 0 || info->geometry.width < G_MININT16 ||
          info->geometry.width > G_MAXINT16)
        return FALSE;
    }

  return TRUE;
}

static gboolean
run_is_simple (const PangoGlyphItem *run)
{
  const PangoGlyphString *glyphs = run->glyphs;

  if (glyphs->num_glyphs != run->item->length)
    return FALSE;
  for (int i = 0; i < glyphs->num_glyphs; i++)
    if (glyphs->log_clusters[i] != i || !glyphs->glyphs[i].attr.is_cluster_start ||
        glyphs->glyphs[i].attr.is_color)
      return FALSE;

  return TRUE;
}

ShapedStore *
_kn_doc_shaped_store_new (void)
{
  ShapedStore *store = g_new0 (ShapedStore, 1);

  store->blocks = g_ptr_array_new_with_free_func (g_free);
  store->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  store->fonts = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);

  return store;
}

void
_kn_doc_shaped_store_free (ShapedStore *store)
{
  if (store == NULL)
    return;
  g_ptr_array_unref (store->blocks);
  g_ptr_array_unref (store->layouts);
  g_hash_table_unref (store->fonts);
  g_free (store);
}

/* @size zeroed bytes, 8-aligned, for as long as @store lasts. */
static gpointer
store_alloc (ShapedStore *store,
             gsize        size)
{
  gpointer memory;

  size = (size + 7) & ~(gsize) 7;
  if (size > store->n_free)
    {
      gsize block = MIN ((gsize) FIRST_BLOCK_SIZE << MIN (store->blocks->len, 8), BLOCK_SIZE);

      block = MAX (block, size);

      store->free = g_malloc0 (block);
      store->n_free = block;
      g_ptr_array_add (store->blocks, store->free);
    }
  memory = store->free;
  store->free += size;
  store->n_free -= size;

  return memory;
}

/* What @layout shaped, in @store: its lines always, its runs when they all fit the compact
 * form. */
Shaped *
_kn_doc_shaped_new (ShapedStore *store,
                    PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  gsize text_size = strlen (text) + 1;
  int n_lines = pango_layout_get_line_count (layout);
  guint n_runs = 0, n_glyphs = 0, n_clusters = 0;
  gboolean fits = n_lines <= G_MAXUINT16 && text_size <= G_MAXUINT16;
  PangoLayoutIter *iter;
  PangoRectangle logical;
  ShapedRun *run;
  ShapedGlyph *glyph;
  guint16 *cluster;
  Shaped *self;
  int l = 0;

  for (GSList *lines = pango_layout_get_lines_readonly (layout); lines != NULL && fits;
       lines = lines->next)
    for (GSList *r = ((PangoLayoutLine *) lines->data)->runs; r != NULL && fits; r = r->next)
      {
        const PangoGlyphItem *item = r->data;

        fits = run_fits (item);
        n_runs++;
        n_glyphs += item->glyphs->num_glyphs;
        if (!run_is_simple (item))
          n_clusters += item->glyphs->num_glyphs;
      }
  if (!fits || n_runs > G_MAXUINT16)
    {
      n_runs = n_glyphs = n_clusters = 0;
      text_size = 0;
      fits = FALSE;
    }

  self = store_alloc (store, sizeof (Shaped) + n_runs * sizeof (ShapedRun) +
                              n_lines * sizeof (ShapedLine) + n_glyphs * sizeof (ShapedGlyph) +
                              n_clusters * sizeof (guint16) + text_size);
  self->n_lines = (guint16) MIN (n_lines, G_MAXUINT16);
  self->n_runs = (guint16) n_runs;
  self->n_glyphs = n_glyphs;
  self->n_clusters = n_clusters;
  pango_layout_get_extents (layout, NULL, &logical);
  self->height = logical.height;
  if (!fits)
    {
      self->layout = layout;
      g_ptr_array_add (store->layouts, g_object_ref (layout));
    }
  else
    memcpy (shaped_text (self), text, text_size);

  run = shaped_runs (self);
  glyph = shaped_glyphs (self);
  cluster = shaped_clusters (self);
  iter = pango_layout_get_iter (layout);
  do
    {
      ShapedLine *line = &shaped_lines (self)[l];
      PangoLayoutLine *layout_line = pango_layout_iter_get_line_readonly (iter);

      if (l >= self->n_lines)
        break;
      pango_layout_iter_get_line_yrange (iter, &line->top, &line->bottom);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line->x = logical.x;
      line->baseline = pango_layout_iter_get_baseline (iter);
      l++;
      if (!fits)
        continue;

      for (GSList *r = layout_line->runs; r != NULL; r = r->next, run++)
        {
          const PangoGlyphItem *item = r->data;
          const PangoGlyphString *glyphs = item->glyphs;

          line->n_runs++;
          run->font = item->item->analysis.font;
          if (!g_hash_table_contains (store->fonts, run->font))
            g_hash_table_add (store->fonts, g_object_ref (run->font));
          run->language = item->item->analysis.language;
          run->offset = (guint16) item->item->offset;
          run->length = (guint16) item->item->length;
          run->num_chars = (guint16) item->item->num_chars;
          run->n_glyphs = (guint16) glyphs->num_glyphs;
          run->level = item->item->analysis.level;
          run->gravity = item->item->analysis.gravity;
          run->flags = item->item->analysis.flags;
          run->script = item->item->analysis.script;
          run->simple = run_is_simple (item);
          for (int i = 0; i < glyphs->num_glyphs; i++, glyph++)
            {
              const PangoGlyphInfo *info = &glyphs->glyphs[i];

              glyph->glyph = info->glyph == PANGO_GLYPH_EMPTY ? GLYPH_EMPTY : (guint16) info->glyph;
              glyph->width = (gint16) info->geometry.width;
              if (!run->simple)
                *cluster++ = (guint16) glyphs->log_clusters[i] |
                             (info->attr.is_cluster_start ? CLUSTER_START : 0) |
                             (info->attr.is_color ? CLUSTER_COLOR : 0);
            }
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return self;
}

int
_kn_doc_shaped_n_lines (const Shaped *self)
{
  return self->n_lines;
}

double
_kn_doc_shaped_height (const Shaped *self)
{
  return (double) self->height / PANGO_SCALE;
}

const char *
_kn_doc_shaped_text (const Shaped *self)
{
  return self->layout == NULL ? shaped_text (self) : NULL;
}

gboolean
_kn_doc_shaped_has_layout (const Shaped *self)
{
  return self->layout != NULL;
}

void
_kn_doc_shaped_line_bounds (const Shaped *self,
                            int           first_line,
                            int           n_lines,
                            double       *tops,
                            double       *bottoms)
{
  const ShapedLine *lines = shaped_lines (self);
  int origin;

  g_assert (first_line >= 0 && first_line + n_lines <= self->n_lines);
  if (n_lines == 0)
    return;
  origin = lines[first_line].top;
  for (int i = 0; i < n_lines; i++)
    {
      tops[i] = (double) (lines[first_line + i].top - origin) / PANGO_SCALE;
      bottoms[i] = (double) (lines[first_line + i].bottom - origin) / PANGO_SCALE;
    }
}

/* Draws the runs of @line from the current point as pango_renderer_draw_layout_line() does: each
 * at the line's start moved on by the runs before it (in Pango units, folded into the glyphs'
 * offsets so that the sums are the renderer's), with its text and clusters for text readers. */
static void
draw_line (const Shaped     *self,
           cairo_t          *cr,
           const ShapedLine *line,
           const ShapedRun  *run,
           const ShapedGlyph *glyph,
           const guint16     *cluster)
{
  const char *text = shaped_text (self);
  PangoGlyphInfo stack_infos[64];
  int stack_clusters[G_N_ELEMENTS (stack_infos)];
  int x_off = 0;

  for (guint r = 0; r < line->n_runs; r++, run++)
    {
      PangoItem item = {
        .offset = run->offset,
        .length = run->length,
        .num_chars = run->num_chars,
        .analysis = {
          .font = run->font,
          .level = run->level,
          .gravity = run->gravity,
          .flags = run->flags,
          .script = run->script,
          .language = run->language,
        },
      };
      PangoGlyphString glyphs = { .num_glyphs = run->n_glyphs };
      PangoGlyphItem glyph_item = { .item = &item, .glyphs = &glyphs };
      g_autofree PangoGlyphInfo *heap_infos = NULL;
      g_autofree int *heap_clusters = NULL;
      int width = 0;

      if (run->n_glyphs > G_N_ELEMENTS (stack_infos))
        {
          glyphs.glyphs = heap_infos = g_new (PangoGlyphInfo, run->n_glyphs);
          glyphs.log_clusters = heap_clusters = g_new (int, run->n_glyphs);
        }
      else
        {
          glyphs.glyphs = stack_infos;
          glyphs.log_clusters = stack_clusters;
        }

      for (guint i = 0; i < run->n_glyphs; i++, glyph++)
        {
          guint16 at = run->simple ? (guint16) i | CLUSTER_START : *cluster++;

          glyphs.glyphs[i] = (PangoGlyphInfo) {
            .glyph = glyph->glyph == GLYPH_EMPTY ? PANGO_GLYPH_EMPTY : glyph->glyph,
            .geometry = { .width = glyph->width, .x_offset = x_off },
            .attr = {
              .is_cluster_start = (at & CLUSTER_START) != 0,
              .is_color = (at & CLUSTER_COLOR) != 0,
            },
          };
          glyphs.log_clusters[i] = at & CLUSTER_MASK;
          width += glyph->width;
        }

      pango_cairo_show_glyph_item (cr, text, &glyph_item);
      x_off += width;
    }
}

/* Draws @n_lines lines from @first_line, the top of the first at (@x, @y), as
 * _kn_print_show_lines() draws them from the layout. */
void
_kn_doc_shaped_draw (const Shaped *self,
                     cairo_t      *cr,
                     double        x,
                     double        y,
                     int           first_line,
                     int           n_lines)
{
  const ShapedLine *lines = shaped_lines (self);
  const ShapedRun *run = shaped_runs (self);
  const ShapedGlyph *glyph = shaped_glyphs (self);
  const guint16 *cluster = shaped_clusters (self);
  int origin;

  g_assert (first_line >= 0 && first_line + n_lines <= self->n_lines);

  if (self->layout != NULL)
    {
      _kn_print_show_lines (cr, self->layout, x, y, first_line, n_lines);
      return;
    }
  if (n_lines == 0)
    return;

  origin = lines[first_line].top;
  for (int l = 0; l < first_line + n_lines; l++)
    {
      const ShapedLine *line = &lines[l];

      if (l >= first_line)
        {
          cairo_move_to (cr, x + (double) line->x / PANGO_SCALE,
                         y + (double) (line->baseline - origin) / PANGO_SCALE);
          draw_line (self, cr, line, run, glyph, cluster);
        }
      for (guint r = 0; r < line->n_runs; r++, run++)
        {
          glyph += run->n_glyphs;
          if (!run->simple)
            cluster += run->n_glyphs;
        }
    }
}
