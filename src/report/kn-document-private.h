/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Inside the documents: the layout engine's types and functions (kn-document-layout.c), the form
 * pieces the documents share (kn-document-parts.c) and one composer per document. */

#pragma once

#include <glib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-document.h"
#include "kinerja/kn-form-text.h"

#include "kn-print-private.h"

G_BEGIN_DECLS

#define MM            (72.0 / 25.4)
#define FONT_FAMILY   KN_PRINT_FONT_FAMILY
#define BORDER_WIDTH  0.6
#define PAD_X         3.0
#define PAD_Y         2.5
#define SHADE         0.88
#define MAX_COLUMNS   10
#define EPSILON       0.01
/* A piece of a split row smaller than this is not worth leaving at the foot of a page. */
#define MIN_PIECE     40.0

typedef enum
{
  FONT_BODY,
  FONT_BODY_BOLD,
  FONT_TABLE,
  FONT_TABLE_BOLD,
  FONT_TITLE,
  N_FONTS
} Font;
/* A text to shape: the composer shapes each distinct one once (kn-document-layout.c). */
typedef struct
{
  char           *markup;
  int             width;       /* Pango units */
  int             indent;      /* Pango units */
  Font            font : 8;
  PangoAlignment  align : 8;
  guint           own_markup : 1;  /* @markup is a copy, not the text it shaped (plain) */
} TextSpec;

typedef enum
{
  ITEM_FILL,   /* a filled rectangle in @gray */
  ITEM_TEXT,   /* lines of @shaped; @y is the top of the first line drawn */
  ITEM_RECT,   /* the border of a rectangle */
  ITEM_LINE,   /* a line from (@x, @y) to (@x + @w, @y + @h) */
  ITEM_IMAGE,  /* the document's logo scaled into the rectangle */
} ItemKind;

/* What shaping a text made, kept from composing to drawing in a compact form (its lines, and
 * its runs' fonts, glyphs and clusters: a few bytes a glyph where a PangoLayout takes
 * kilobytes), shared by equal texts (kn-document-shaped.c). It lives in its document's
 * ShapedStore, as long as the document. */
typedef struct _Shaped Shaped;
typedef struct _ShapedStore ShapedStore;

/* A text's field shares the room of a shape's (a rekap of thousands of rows holds as many
 * items as cells twice over): 48 bytes, so that a row's band and a page of rows take less than
 * half the memory of a plain struct. An item holds no ref: it is plain data. */
typedef struct
{
  ItemKind     kind : 3;
  int          first_line : 29;  /* TEXT: the lines drawn */
  int          n_lines;
  double       x;
  double       y;
  union
  {
    struct                  /* FILL, RECT, LINE, IMAGE */
    {
      double   w;
      double   h;
      union
      {
        double gray;        /* FILL */
        double width;       /* RECT and LINE */
      };
    };
    Shaped        *shaped;  /* TEXT: shared by equal texts; the document's */
  };
} Item;

G_STATIC_ASSERT (sizeof (Item) <= 48);

/* Items moved, once placed, into an allocation of their size: a page's (with room for its page
 * number) or a composed band's. A GArray grows by doubling: a rekap's row of 14 items would
 * take 1 KiB for 672 bytes, a page of rows 16 KiB for 12.5 KiB. */
typedef struct
{
  guint n_items;
  Item  items[];
} Page;

typedef struct
{
  guint  n;
  double x[MAX_COLUMNS + 1];   /* the column edges */
} Columns;

/* A horizontal strip of the flow: a paragraph, a table row, the signatures. Pagination places
 * bands one under the other and splits one only when it is taller than a page. */
typedef struct _Band Band;

/* How a table group of several sub-rows (Cell.row) is composed again in parts split between its
 * rows: the first part with @merged, a continuing one with @continued (the RHK marked
 * "(lanjutan)"). Shared by the parts, and by what is left of a part cut between its lines
 * (Band.split_from is then @n_rows: no rows to split); the markup strings live as long as the
 * composer. */
typedef struct
{
  Columns  cols;
  GArray  *merged;      /* Cell */
  GArray  *continued;   /* Cell */
  GArray  *cells;       /* Cell */
  guint    n_rows;
  guint    whole_col;   /* the merged cell of this column is never cut between pages */
  guint    label_col;   /* a row cut between its lines names itself on the next page with its
                         * cell of this column (the IKI) beside the group's merged cells */
} GroupSplit;

struct _Band
{
  GArray   *items;           /* nullable: Item, y from the band's top, while composed */
  Page     *packed;          /* nullable: the items once composed (_kn_doc_band_pack) */
  double    height;
  gboolean  keep_with_next;  /* never the last thing on a page */
  gboolean  keep_loosely;    /* keep_with_next, unless that leaves the page under FULL_PAGE:
                              * then it stays at the foot and what follows goes on */
  gboolean  solid;           /* never split, even when taller than a page */
  gboolean  new_page;        /* starts on a new page */
  gboolean  space;           /* blank space, dropped at the top of a page */
  Band     *header;          /* nullable, not owned: the table header repeated on a new page */
  GroupSplit *split;         /* nullable, a ref: a group that splits between its rows */
  guint     split_from;      /* the first of its rows this band holds */
};

typedef struct
{
  PangoContext         *context;             /* the document's */
  PangoFontDescription **fonts;              /* the document's */
  ShapedStore          *store;               /* the document's */
  double                left;                /* the body, in points */
  double                right;
  double                top;
  double                bottom;
  double                footer;              /* the top of the page number */
  GPtrArray            *bands;               /* Band, in order; owned */
  GPtrArray            *strings;             /* markup kept alive while composing; owned */
  GHashTable           *shaped;              /* TextSpec → Shaped: each text shaped once */
} Composer;

typedef struct
{
  guint           row;         /* the sub-row of a group; 0 for a merged cell */
  guint           col;
  guint           span;        /* 0 means 1 */
  const char     *markup;      /* nullable */
  Font            font;
  PangoAlignment  align;
  gboolean        middle;      /* centred vertically */
  gboolean        shaded;
  gboolean        hanging;     /* list lines ("- …") wrap under their text */
  double          min_height;
} Cell;
struct _KnDocument
{
  double                width;
  double                height;
  gboolean              landscape;
  char                 *title;             /* owned; the PDF's title */
  char                 *mark;              /* owned, nullable: "DRAF" across every page */
  cairo_surface_t      *logo;              /* owned, nullable: the letterhead's logo */
  GPtrArray            *pages;             /* Page; owned */
  PangoContext         *context;           /* owned */
  ShapedStore          *shaped;            /* owned: every text as shaped */
  PangoFontDescription *fonts[N_FONTS];    /* owned */
};

void _kn_doc_add_agency (Composer       *c,
                         const KnReport *report);

void _kn_doc_add_behaviour_table (Composer       *c,
                                  const KnReport *report,
                                  gboolean        evaluation);

/* The kop surat at the top of the form: @logo (nullable) on the left, the letterhead's lines
 * (separated by "\n"; the first in bold) centred, a double rule under them. Nothing when both
 * are empty. */
void _kn_doc_add_letterhead (Composer        *c,
                             const char      *lines,
                             cairo_surface_t *logo);

/* "POLA DISTRIBUSI" and the curve of @unit (named when not NULL), titled with @org. */
void _kn_doc_add_distribution_row (Composer      *c,
                                   KnOrgPredikat  org,
                                   const char    *unit,
                                   const guint    counts[KN_PREDIKAT_N]);

Band *_kn_doc_add_group (Composer      *c,
                         const Columns *cols,
                         const Cell    *merged,
                         guint          n_merged,
                         const Cell    *cells,
                         guint          n_cells);

void _kn_doc_add_key_values (Composer          *c,
                             const char * const *keys,
                             const char * const *values,
                             guint               n);

Band *_kn_doc_add_labelled_row (Composer   *c,
                                const char *label,
                                const char *value_markup,
                                gboolean    keep_with_previous);

Band *_kn_doc_add_numbered (Composer   *c,
                            guint       number,
                            const char *text);

Band *_kn_doc_add_paragraph (Composer       *c,
                             const char     *text_markup,
                             Font            font,
                             PangoAlignment  align);

void _kn_doc_add_person_blocks (Composer             *c,
                                const KnReportPerson *employee,
                                const KnReportPerson *assessor);

void _kn_doc_add_result_table (Composer       *c,
                               const KnReport *report,
                               gboolean        evaluation);

/* A group as _kn_doc_add_group that pagination may split between its rows, the continuing part
 * showing @continued in place of @merged. A row cut between its lines goes on beside the
 * merged cells @continued does not leave blank (the number, the RHK "(lanjutan)") and its own
 * cell in @label_col (the IKI); its other cells go on empty where their text ended above the
 * cut. */
Band *_kn_doc_add_split_group (Composer      *c,
                               const Columns *cols,
                               const Cell    *merged,
                               const Cell    *continued,
                               guint          n_merged,
                               const Cell    *cells,
                               guint          n_cells,
                               guint          whole_col,
                               guint          label_col);

Band *_kn_doc_add_row (Composer      *c,
                       const Columns *cols,
                       const Cell    *cells,
                       guint          n_cells);

void _kn_doc_add_signatures (Composer             *c,
                             const char           *sign_date,
                             const char           *left_role,
                             const KnReportPerson *left,
                             const char           *right_role,
                             const KnReportPerson *right);

void _kn_doc_add_space (Composer *c,
                        double    height);

void _kn_doc_add_status_note (Composer   *c,
                              const char *status);

Band *_kn_doc_add_table_title (Composer   *c,
                               const char *title);

const char *_kn_doc_approach_title (Composer       *c,
                                    const KnReport *report);

void _kn_doc_band_fill (Band  *band,
                        double x,
                        double y,
                        double w,
                        double h,
                        double gray);

double _kn_doc_band_find_cut (const Composer *c,
                              const Band     *band,
                              double          limit);

void _kn_doc_band_free (gpointer data);

/* A band's items, composed or packed. */
static inline guint
_kn_doc_band_n_items (const Band *band)
{
  return band->packed != NULL ? band->packed->n_items : band->items != NULL ? band->items->len : 0;
}

static inline const Item *
_kn_doc_band_items (const Band *band)
{
  return band->packed != NULL ? band->packed->items
                              : band->items != NULL ? (const Item *) band->items->data : NULL;
}

/* Lets go of a band's items (placed on a page, not needed again). */
void _kn_doc_band_drop_items (Band *band);

/* Moves a composed band's items into an allocation of their size; nothing is added after. */
void _kn_doc_band_pack (Band *band);

void _kn_doc_band_line (Band  *band,
                        double x,
                        double y,
                        double dx,
                        double dy,
                        double width);

void _kn_doc_band_rect (Band  *band,
                        double x,
                        double y,
                        double w,
                        double h);

/* Splits the group @band between its rows so that the first part is the tallest that fits in
 * @room: FALSE when even its first row does not (or it has a single row left). */
gboolean _kn_doc_band_split_rows (Composer    *c,
                                  const Band  *band,
                                  double       room,
                                  Band       **first,
                                  Band       **rest);

/* The rows of the group @band up to @to - 1 as a band of their own, and the rows from @to on
 * (NULL when there are none, and then @part keeps with what @band kept with). FALSE when @band is
 * no group. @min_cut: the foot of the merged cell that is never cut (the RHK), the highest place
 * @part may be cut at. */
gboolean _kn_doc_band_take_rows (Composer    *c,
                                 const Band  *band,
                                 guint        to,
                                 Band       **part,
                                 Band       **rest,
                                 double      *min_cut);

void _kn_doc_band_split (const Composer *c,
                         const Band     *band,
                         double          cut,
                         Band          **first,
                         Band          **rest);
/* The same for a table row cut between its lines: the cells of the row that say whose it is
 * (its number, the RHK, the IKI), whose text ended above @cut, are written again at the top of
 * @rest, marked "(lanjutan)"; in a group (Band.split) no other cell is. */
void _kn_doc_band_split_row (Composer    *c,
                             const Band  *band,
                             double       cut,
                             Band       **first,
                             Band       **rest);

void _kn_doc_band_text (Band   *band,
                        double  x,
                        double  y,
                        Shaped *text);

double _kn_doc_body_width (const Composer *c);

/* The kurva distribusi with its title and axis titles (kn_report_curve_title). */
void _kn_doc_chart_into (Composer      *c,
                         Band          *band,
                         double         x,
                         double         y,
                         double         width,
                         double         height,
                         KnOrgPredikat  org,
                         const guint    counts[KN_PREDIKAT_N]);

void _kn_doc_columns_init (Columns        *cols,
                           const Composer *c,
                           const double   *weights,
                           guint           n);

Band *_kn_doc_compose_band (Composer *c);

void _kn_doc_compose_dokumen (Composer       *c,
                              const KnReport *report);

void _kn_doc_compose_evaluation (Composer       *c,
                                 const KnReport *report);

void _kn_doc_compose_recap (Composer            *c,
                            const KnRecapReport *report);

void _kn_doc_compose_skp (Composer       *c,
                          const KnReport *report);

typedef void (*ComposeFunc) (Composer      *c,
                             gconstpointer  data);

/* A document composed by @compose from @data, with the fonts, pagination and "Halaman N dari M"
 * of every document (kn-document.c): for a composer outside that file (the SKM report). */
KnDocument *_kn_document_new_composed (KnPaper       paper,
                                       const char   *title,
                                       ComposeFunc   compose,
                                       gconstpointer data);

void _kn_doc_composer_clear (Composer *c);

void _kn_doc_composer_init (Composer   *c,
                            KnDocument *document);

const char *_kn_doc_esc (Composer   *c,
                         const char *text);

const char *_kn_doc_esc_upper (Composer   *c,
                               const char *text);

double _kn_doc_group_into (Composer      *c,
                           Band          *band,
                           const Columns *cols,
                           double         y,
                           const Cell    *merged,
                           guint          n_merged,
                           const Cell    *cells,
                           guint          n_cells,
                           gboolean       borders);

const char *_kn_doc_group_title (const KnReport *report);

void _kn_doc_items_add (GArray     *items,
                        const Item *item,
                        double      dy);

GArray *_kn_doc_items_new (void);

/* The items of @items, moved into a Page with room for @room more; @items is left empty. */
Page *_kn_doc_items_take (GArray *items,
                          guint   room);

const char *_kn_doc_keep (Composer *c,
                          char     *text);

/* Keeps the bands composed from @from on with the last one (the signatures) when they fit a
 * page together: the signatures stand beside what they sign (the rekap's distribution table),
 * not on a page of their own under a sentence. */
void _kn_doc_keep_closing (Composer *c,
                           guint     from);

void _kn_doc_keep_previous (Composer *c);
/* The last band composed that is not blank space. */
Band *_kn_doc_last_band (Composer *c);

PangoLayout *_kn_doc_layout_from_spec (PangoContext               *context,
                                       PangoFontDescription * const *fonts,
                                       const TextSpec             *spec);

/* @text_markup shaped in a box @width wide: made once for each distinct text, then shared. */
Shaped *_kn_doc_shape (Composer       *c,
                       const char     *text_markup,
                       Font            font,
                       double          width,
                       PangoAlignment  align);

const char * G_GNUC_PRINTF (2, 3)
_kn_doc_markup (Composer   *c,
                const char *format,
                ...);

const char *_kn_doc_org_predikat_options (Composer     *c,
                                          KnOrgPredikat chosen);

const char *_kn_doc_period_dates (Composer       *c,
                                  const KnPeriod *period);

const char *_kn_doc_period_options (Composer       *c,
                                    const KnPeriod *period);

const char *_kn_doc_predikat_options (Composer  *c,
                                      KnPredikat chosen);

const char *_kn_doc_rating_options (Composer *c,
                                    KnRating  chosen);

const char *_kn_doc_safe (const char *text);

void _kn_doc_shaped_draw (const Shaped *self,
                          cairo_t      *cr,
                          double        x,
                          double        y,
                          int           first_line,
                          int           n_lines);

gboolean _kn_doc_shaped_has_layout (const Shaped *self);

double _kn_doc_shaped_height (const Shaped *self);

/* The top and bottom of @n_lines lines from @first_line, in points from the first's top. */
void _kn_doc_shaped_line_bounds (const Shaped *self,
                                 int           first_line,
                                 int           n_lines,
                                 double       *tops,
                                 double       *bottoms);

int _kn_doc_shaped_n_lines (const Shaped *self);

/* The text drawn (without its markup); NULL when a layout is kept. */
const char *_kn_doc_shaped_text (const Shaped *self);

Shaped *_kn_doc_shaped_new (ShapedStore *store,
                            PangoLayout *layout);

void _kn_doc_shaped_store_free (ShapedStore *store);

ShapedStore *_kn_doc_shaped_store_new (void);

/* For tests: how many texts have been shaped (PangoLayouts made from a TextSpec) in the
 * process, and a function told of each one as it is shaped (nullable). */
guint _kn_doc_shapings (void);

extern void (*_kn_doc_shaping_hook) (const TextSpec *spec);

G_END_DECLS
