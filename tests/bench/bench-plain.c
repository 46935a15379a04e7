/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The plain baselines (see bench-plain.h). They use SQLite, libxlsxwriter, pango and cairo
 * directly: benchmarks are not the library, and these say what the same work costs without it. */

#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <xlsxwriter.h>

#include "bench-plain.h"
#include "bench-province.h"

#define SUBTREE \
  "WITH RECURSIVE sub (id) AS (SELECT ?1 UNION ALL" \
  " SELECT u.id FROM org_unit u JOIN sub ON u.parent_id = sub.id) "

gint64
plain_find_opd (sqlite3    *db,
                const char *name)
{
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;

  sqlite3_prepare_v2 (db, "SELECT id FROM org_unit WHERE name = ?1 AND parent_id IS NULL", -1,
                      &stmt, NULL);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

static void
csv_field (GString    *out,
           const char *text,
           gboolean    last)
{
  text = text != NULL ? text : "";
  if (strpbrk (text, ",\"\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, text);
  g_string_append_c (out, last ? '\n' : ',');
}

guint
plain_evaluasi (sqlite3    *db,
                gint64      unit_id,
                const char *period,
                GString    *out)
{
  sqlite3_stmt *stmt = NULL;
  guint rows = 0;

  if (sqlite3_prepare_v2 (db, SUBTREE
                          "SELECT e.nip, e.name, v.rating_result, v.rating_behaviour, v.predikat, v.status"
                          " FROM employee e JOIN sub ON e.unit_id = sub.id"
                          " LEFT JOIN evaluation v ON v.employee_id = e.id AND v.period = ?2"
                          " ORDER BY e.id", -1, &stmt, NULL) != SQLITE_OK)
    g_error ("plain evaluasi: %s", sqlite3_errmsg (db));
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_text (stmt, 2, period, -1, SQLITE_STATIC);
  g_string_append (out, "nip,nama,rating_hasil_kerja,rating_perilaku_kerja,predikat,status\n");
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < 6; c++)
        csv_field (out, (const char *)sqlite3_column_text (stmt, c), c == 5);
      rows++;
    }
  sqlite3_finalize (stmt);
  return rows;
}

guint
plain_distribusi (sqlite3    *db,
                  gint64      unit_id,
                  const char *period,
                  GString    *out)
{
  sqlite3_stmt *stmt = NULL;
  guint total = 0;

  if (sqlite3_prepare_v2 (db, SUBTREE
                          "SELECT coalesce (v.predikat, ''), count (*)"
                          " FROM employee e JOIN sub ON e.unit_id = sub.id"
                          " LEFT JOIN evaluation v ON v.employee_id = e.id AND v.period = ?2"
                          " GROUP BY 1", -1, &stmt, NULL) != SQLITE_OK)
    g_error ("plain distribusi: %s", sqlite3_errmsg (db));
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_text (stmt, 2, period, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_string_append_printf (out, "%-20s %6d\n", sqlite3_column_text (stmt, 0), sqlite3_column_int (stmt, 1));
      total += sqlite3_column_int (stmt, 1);
    }
  sqlite3_finalize (stmt);
  if (sqlite3_prepare_v2 (db, "SELECT predikat FROM org_rating WHERE unit_id = ?1 AND period = ?2",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, unit_id);
      sqlite3_bind_text (stmt, 2, period, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (out, "capaian: %s\n", sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);
  return total;
}

/* The dump: "D width height" starts a document, "R" a row of cells (width, bold, text),
 * "K" a distribution chart (five counts). Text is escaped with g_strescape. */

typedef struct
{
  GString *out;
  double   width;   /* usable width of the page */
} Dump;

static void
dump_row (Dump *dump,
          ...)
{
  va_list args;
  double fraction;

  g_string_append_c (dump->out, 'R');
  va_start (args, dump);
  while ((fraction = va_arg (args, double)) > 0)
    {
      gboolean bold = va_arg (args, gboolean);
      const char *text = va_arg (args, const char *);
      g_autofree char *escaped = g_strescape (text != NULL ? text : "", NULL);

      g_string_append_printf (dump->out, "\t%.1f\t%d\t%s", fraction * dump->width, bold, escaped);
    }
  va_end (args);
  g_string_append_c (dump->out, '\n');
}

static void
dump_person (Dump                 *dump,
             const KnReportPerson *a,
             const KnReportPerson *b)
{
  static const char * const labels[] = { "NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA" };
  const char *va[] = { a->name, a->nip, a->rank, a->position, a->unit };
  const char *vb[] = { b->name, b->nip, b->rank, b->position, b->unit };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      char no[4];

      g_snprintf (no, sizeof no, "%u", i + 1);
      dump_row (dump, 0.03, FALSE, no, 0.12, FALSE, labels[i], 0.35, FALSE, va[i],
                0.03, FALSE, no, 0.12, FALSE, labels[i], 0.35, FALSE, vb[i], 0.0);
    }
}

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

gboolean
plain_dump_reports (const KnReport *const *reports,
                    guint                  n,
                    const char            *path,
                    GError               **error)
{
  static const double w[10] = { 0.03, 0.12, 0.12, 0.06, 0.14, 0.08, 0.08, 0.06, 0.13, 0.18 };
  Dump dump = { g_string_new (NULL), 842 - 2 * 28 };

  for (guint d = 0; d < n; d++)
    {
      const KnReport *r = reports[d];
      guint no = 0;

      g_string_append_printf (dump.out, "D\t842\t595\n");
      dump_row (&dump, 1.0, TRUE, "EVALUASI KINERJA PEGAWAI", 0.0);
      dump_row (&dump, 1.0, TRUE, "PERIODE: TRIWULAN I/II/III/IV-AKHIR", 0.0);
      dump_row (&dump, 0.5, FALSE, or_empty (r->instansi), 0.5, FALSE, or_empty (r->year_period), 0.0);
      dump_row (&dump, 1.0, FALSE, or_empty (r->opd), 0.0);
      dump_row (&dump, 0.5, TRUE, "PEGAWAI YANG DINILAI", 0.5, TRUE, "PEJABAT PENILAI KINERJA", 0.0);
      dump_person (&dump, &r->employee, &r->assessor);
      dump_row (&dump, 0.3, TRUE, "CAPAIAN KINERJA ORGANISASI", 0.7, FALSE,
                "ISTIMEWA / BAIK / BUTUH PERBAIKAN / KURANG / SANGAT KURANG", 0.0);
      dump_row (&dump, 1.0, TRUE, "POLA DISTRIBUSI", 0.0);
      g_string_append_printf (dump.out, "K\t%u\t%u\t%u\t%u\t%u\n", r->counts[KN_PREDIKAT_SANGAT_KURANG],
                              r->counts[KN_PREDIKAT_KURANG], r->counts[KN_PREDIKAT_BUTUH_PERBAIKAN],
                              r->counts[KN_PREDIKAT_BAIK], r->counts[KN_PREDIKAT_SANGAT_BAIK]);
      dump_row (&dump, w[0], TRUE, "NO", w[1], TRUE, "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
                w[2], TRUE, "RENCANA HASIL KERJA", w[3], TRUE, "ASPEK", w[4], TRUE, "INDIKATOR KINERJA INDIVIDU",
                w[5], TRUE, "TARGET", w[6], TRUE, "REALISASI BERDASARKAN BUKTI DUKUNG", w[7], TRUE, "CAPAIAN",
                w[8], TRUE, "BUKTI DUKUNG", w[9], TRUE, "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG", 0.0);
      for (guint k = 0; k < 2; k++)
        {
          dump_row (&dump, 1.0, TRUE, k == 0 ? "A. UTAMA" : "B. TAMBAHAN", 0.0);
          for (guint i = 0; i < r->results->len; i++)
            {
              const KnReportResult *result = g_ptr_array_index (r->results, i);
              char number[8];

              if ((result->kind == KN_RESULT_KIND_UTAMA) != (k == 0))
                continue;
              g_snprintf (number, sizeof number, "%u", ++no);
              for (guint j = 0; j < result->indicators->len; j++)
                {
                  const KnReportIndicator *ind = g_ptr_array_index (result->indicators, j);

                  dump_row (&dump, w[0], FALSE, j == 0 ? number : "", w[1], FALSE, j == 0 ? result->parent_text : "",
                            w[2], FALSE, j == 0 ? result->text : "", w[3], FALSE, ind->category,
                            w[4], FALSE, ind->text, w[5], FALSE, ind->target, w[6], FALSE, ind->realization,
                            w[7], FALSE, ind->capaian, w[8], FALSE, ind->evidence,
                            w[9], FALSE, j == 0 ? result->feedback : "", 0.0);
                }
            }
        }
      dump_row (&dump, 0.7, TRUE, "RATING HASIL KERJA", 0.3, FALSE, kn_rating_label (r->rating_result), 0.0);
      dump_row (&dump, 1.0, TRUE, "PERILAKU KERJA", 0.0);
      for (guint v = 0; v < KN_CORE_VALUE_N; v++)
        {
          const KnReportBehaviour *b = &r->behaviour[v];
          g_autofree char *text = g_strdup_printf ("%s\n- %s\n- %s\n- %s", or_empty (b->value),
                                                   or_empty (b->guides[0]), or_empty (b->guides[1]),
                                                   or_empty (b->guides[2]));
          char number[4];

          g_snprintf (number, sizeof number, "%u", v + 1);
          dump_row (&dump, 0.03, FALSE, number, 0.42, FALSE, text, 0.25, FALSE, b->expectation,
                    0.30, FALSE, b->feedback, 0.0);
        }
      dump_row (&dump, 0.7, TRUE, "RATING PERILAKU KERJA", 0.3, FALSE, kn_rating_label (r->rating_behaviour), 0.0);
      dump_row (&dump, 0.7, TRUE, "PREDIKAT KINERJA PEGAWAI", 0.3, TRUE, kn_predikat_label (r->predikat), 0.0);
      {
        g_autofree char *left = g_strdup_printf ("\nPegawai yang Dinilai\n\n\n\n%s\nNIP. %s", r->employee.name, r->employee.nip);
        g_autofree char *right = g_strdup_printf ("%s\nPejabat Penilai Kinerja\n\n\n\n%s\nNIP. %s", or_empty (r->sign_date),
                                                  r->assessor.name, r->assessor.nip);

        dump_row (&dump, 0.5, FALSE, left, 0.5, FALSE, right, 0.0);
      }
    }
  {
    gboolean ok = g_file_set_contents (path, dump.out->str, (gssize)dump.out->len, error);

    g_string_free (dump.out, TRUE);
    return ok;
  }
}

gboolean
plain_dump_recap (const KnRecapReport *recap,
                  const char          *path,
                  GError             **error)
{
  /* Kinerja's seven columns and their weights. */
  static const double w[7] = { 0.035, 0.24, 0.14, 0.195, 0.13, 0.13, 0.13 };
  Dump dump = { g_string_new (NULL), 842 - 2 * 28 };
  gboolean ok;

  g_string_append_printf (dump.out, "D\t842\t595\n");
  dump_row (&dump, 1.0, TRUE, "PENETAPAN PREDIKAT KINERJA PEGAWAI", 0.0);
  dump_row (&dump, 0.5, FALSE, or_empty (recap->instansi), 0.5, FALSE, or_empty (recap->unit), 0.0);
  dump_row (&dump, w[0], TRUE, "NO", w[1], TRUE, "NAMA / NIP", w[2], TRUE, "PANGKAT/GOL",
            w[3], TRUE, "JABATAN", w[4], TRUE, "RATING HASIL KERJA", w[5], TRUE, "RATING PERILAKU KERJA",
            w[6], TRUE, "PREDIKAT", 0.0);
  for (guint i = 0; i < recap->rows->len; i++)
    {
      const KnRecapRow *row = g_ptr_array_index (recap->rows, i);
      g_autofree char *who = g_strdup_printf ("%s\nNIP. %s", row->person.name, row->person.nip);
      char number[8];

      g_snprintf (number, sizeof number, "%u", i + 1);
      dump_row (&dump, w[0], FALSE, number, w[1], FALSE, who, w[2], FALSE, row->person.rank,
                w[3], FALSE, row->person.position, w[4], FALSE, kn_rating_label (row->rating_result),
                w[5], FALSE, kn_rating_label (row->rating_behaviour), w[6], FALSE,
                kn_predikat_label (row->predikat), 0.0);
    }
  g_string_append_printf (dump.out, "K\t%u\t%u\t%u\t%u\t%u\n", recap->counts[KN_PREDIKAT_SANGAT_KURANG],
                          recap->counts[KN_PREDIKAT_KURANG], recap->counts[KN_PREDIKAT_BUTUH_PERBAIKAN],
                          recap->counts[KN_PREDIKAT_BAIK], recap->counts[KN_PREDIKAT_SANGAT_BAIK]);
  for (guint i = 0; recap->pattern != NULL && i < recap->pattern->len; i++)
    dump_row (&dump, 1.0, FALSE, (const char *)g_ptr_array_index (recap->pattern, i), 0.0);
  for (guint i = 0; recap->violations != NULL && i < recap->violations->len; i++)
    dump_row (&dump, 1.0, TRUE, (const char *)g_ptr_array_index (recap->violations, i), 0.0);
  {
    g_autofree char *sign = g_strdup_printf ("%s\n\n\n\n%s\nNIP. %s", or_empty (recap->sign_date),
                                             recap->leader.name, recap->leader.nip);

    dump_row (&dump, 0.5, FALSE, "", 0.5, FALSE, sign, 0.0);
  }
  ok = g_file_set_contents (path, dump.out->str, (gssize)dump.out->len, error);
  g_string_free (dump.out, TRUE);
  return ok;
}

/* Drawing the dump. */

typedef struct
{
  double  width;
  gboolean bold;
  char   *text;
} DumpCell;

typedef struct
{
  gboolean  page;       /* starts a document */
  double    page_width, page_height;
  gboolean  chart;
  guint     counts[5];
  GArray   *cells;      /* DumpCell */
} DumpLine;

static void
dump_line_clear (gpointer data)
{
  DumpLine *line = data;

  if (line->cells != NULL)
    {
      for (guint i = 0; i < line->cells->len; i++)
        g_free (g_array_index (line->cells, DumpCell, i).text);
      g_array_unref (line->cells);
    }
}

static GArray *
read_dump (const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GArray *out = g_array_new (FALSE, TRUE, sizeof (DumpLine));

  g_array_set_clear_func (out, dump_line_clear);
  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return out;
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], "\t", -1);
      DumpLine line = { 0, };

      if (f[0] == NULL)
        continue;
      if (g_str_equal (f[0], "D") && f[1] != NULL && f[2] != NULL)
        {
          line.page = TRUE;
          line.page_width = g_ascii_strtod (f[1], NULL);
          line.page_height = g_ascii_strtod (f[2], NULL);
        }
      else if (g_str_equal (f[0], "K"))
        {
          line.chart = TRUE;
          for (guint k = 0; k < 5 && f[k + 1] != NULL; k++)
            line.counts[k] = (guint)g_ascii_strtoull (f[k + 1], NULL, 10);
        }
      else if (g_str_equal (f[0], "R"))
        {
          line.cells = g_array_new (FALSE, TRUE, sizeof (DumpCell));
          for (guint k = 1; f[k] != NULL && f[k + 1] != NULL && f[k + 2] != NULL; k += 3)
            {
              DumpCell cell = { g_ascii_strtod (f[k], NULL), f[k + 1][0] == '1', g_strcompress (f[k + 2]) };

              g_array_append_val (line.cells, cell);
            }
        }
      else
        continue;
      g_array_append_val (out, line);
    }
  return out;
}

guint
plain_draw_pdf (const char *dump_path,
                const char *pdf_path,
                double     *seconds,
                double     *cpu)
{
  g_autoptr(GArray) lines = read_dump (dump_path);
  const double margin = 28, pad_x = 3, pad_y = 2.5;
  PangoFontDescription *fonts[2];
  cairo_surface_t *surface = NULL;
  PangoContext *context = NULL;
  cairo_t *cr = NULL;
  double y = 0, bottom = 0, t0 = bench_now (), c0 = bench_cpu ();
  guint pages = 0;

  fonts[0] = pango_font_description_from_string ("Noto Sans 8");
  fonts[1] = pango_font_description_from_string ("Noto Sans Bold 8");
  for (guint i = 0; i < lines->len; i++)
    {
      DumpLine *line = &g_array_index (lines, DumpLine, i);

      if (line->page)
        {
          if (surface == NULL)
            {
              surface = cairo_pdf_surface_create (pdf_path, line->page_width, line->page_height);
              cr = cairo_create (surface);
              context = pango_cairo_create_context (cr);
              cairo_set_line_width (cr, 0.6);
            }
          else
            {
              cairo_show_page (cr);
              cairo_pdf_surface_set_size (surface, line->page_width, line->page_height);
            }
          pages++;
          y = margin;
          bottom = line->page_height - margin - 14;
          continue;
        }
      if (cr == NULL)
        continue;
      if (line->chart)
        {
          const double height = 110, bar = 60;
          guint max = 1;

          if (y + height > bottom)
            {
              cairo_show_page (cr);
              pages++;
              y = margin;
            }
          for (guint k = 0; k < 5; k++)
            max = MAX (max, line->counts[k]);
          for (guint k = 0; k < 5; k++)
            {
              double h = (height - 20) * line->counts[k] / max;

              cairo_rectangle (cr, margin + 40 + k * (bar + 20), y + height - 10 - h, bar, h);
              cairo_fill (cr);
            }
          y += height;
          continue;
        }
      {
        PangoLayout *layouts[16];
        guint n = MIN (line->cells->len, G_N_ELEMENTS (layouts));
        double row_height = 0, x = margin;

        /* Each cell shaped once: measured, then drawn from the same layout. */
        for (guint c = 0; c < n; c++)
          {
            DumpCell *cell = &g_array_index (line->cells, DumpCell, c);
            int width, height;

            layouts[c] = pango_layout_new (context);
            pango_layout_set_font_description (layouts[c], fonts[cell->bold]);
            pango_layout_set_wrap (layouts[c], PANGO_WRAP_WORD_CHAR);
            pango_layout_set_width (layouts[c], (int)((cell->width - 2 * pad_x) * PANGO_SCALE));
            pango_layout_set_text (layouts[c], cell->text, -1);
            pango_layout_get_size (layouts[c], &width, &height);
            row_height = MAX (row_height, height / (double)PANGO_SCALE + 2 * pad_y);
          }
        if (y + row_height > bottom)
          {
            cairo_show_page (cr);
            pages++;
            y = margin;
          }
        for (guint c = 0; c < n; c++)
          {
            DumpCell *cell = &g_array_index (line->cells, DumpCell, c);

            cairo_rectangle (cr, x, y, cell->width, row_height);
            cairo_stroke (cr);
            cairo_move_to (cr, x + pad_x, y + pad_y);
            pango_cairo_show_layout (cr, layouts[c]);
            x += cell->width;
            g_object_unref (layouts[c]);
          }
        y += row_height;
      }
    }
  if (cr != NULL)
    {
      cairo_show_page (cr);
      g_object_unref (context);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
        pages = 0;
      cairo_surface_destroy (surface);
    }
  pango_font_description_free (fonts[0]);
  pango_font_description_free (fonts[1]);
  *seconds = bench_now () - t0;
  *cpu = bench_cpu () - c0;
  return pages;
}

/* The workbook replay. */

typedef struct
{
  char    op;
  guint   a, b, c, d;
  guint   style;
  char    kind;
  char   *text;
  double  number;
  char   *ref_sheet;
  guint   cat[4];
  guint   val[4];
} ReplayOp;

static void
replay_op_clear (gpointer data)
{
  ReplayOp *op = data;

  g_free (op->text);
  g_free (op->ref_sheet);
}

static char *
unescape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          g_string_append_c (out, *p == 'n' ? '\n' : *p == 't' ? '\t' : *p == 'r' ? '\r' : *p);
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

gboolean
plain_replay_xlsx (const char *replay_path,
                   const char *xlsx_path,
                   double     *seconds,
                   double     *cpu,
                   guint      *n_cells,
                   guint      *n_merges,
                   guint      *n_charts)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GArray) ops = g_array_new (FALSE, TRUE, sizeof (ReplayOp));
  g_autoptr(GHashTable) formats = g_hash_table_new (NULL, NULL);
  lxw_workbook *workbook;
  lxw_worksheet *sheet = NULL;
  lxw_error status;
  double t0, c0;

  *n_cells = *n_merges = *n_charts = 0;
  g_array_set_clear_func (ops, replay_op_clear);
  if (!g_file_get_contents (replay_path, &contents, NULL, NULL))
    return FALSE;
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], "\t", -1);
      guint n = g_strv_length (f);
      ReplayOp op = { 0, };

      if (n == 0)
        continue;
      op.op = f[0][0];
      switch (op.op)
        {
        case 'S':
          if (n < 4) continue;
          op.text = unescape (f[1]);
          op.a = f[2][0] == '1';
          op.b = (guint)g_ascii_strtoull (f[3], NULL, 10);
          break;
        case 'W':
        case 'H':
          if (n < 3) continue;
          op.a = (guint)g_ascii_strtoull (f[1], NULL, 10);
          op.number = g_ascii_strtod (f[2], NULL);
          break;
        case 'C':
          if (n < 6) continue;
          op.a = (guint)g_ascii_strtoull (f[1], NULL, 10);
          op.b = (guint)g_ascii_strtoull (f[2], NULL, 10);
          op.style = (guint)g_ascii_strtoull (f[3], NULL, 10);
          op.kind = f[4][0];
          if (op.kind == 'n')
            op.number = g_ascii_strtod (f[5], NULL);
          else
            op.text = unescape (f[5]);
          (*n_cells)++;
          break;
        case 'M':
          if (n < 7) continue;
          op.a = (guint)g_ascii_strtoull (f[1], NULL, 10);
          op.b = (guint)g_ascii_strtoull (f[2], NULL, 10);
          op.c = (guint)g_ascii_strtoull (f[3], NULL, 10);
          op.d = (guint)g_ascii_strtoull (f[4], NULL, 10);
          op.style = (guint)g_ascii_strtoull (f[5], NULL, 10);
          op.text = unescape (f[6]);
          (*n_merges)++;
          break;
        case 'G':
          if (n < 7) continue;
          op.a = (guint)g_ascii_strtoull (f[1], NULL, 10);
          op.b = (guint)g_ascii_strtoull (f[2], NULL, 10);
          op.kind = f[3][0];
          op.ref_sheet = unescape (f[4]);
          if (sscanf (f[5], "%u %u %u %u", &op.cat[0], &op.cat[1], &op.cat[2], &op.cat[3]) != 4 ||
              sscanf (f[6], "%u %u %u %u", &op.val[0], &op.val[1], &op.val[2], &op.val[3]) != 4)
            continue;
          (*n_charts)++;
          break;
        default:
          continue;
        }
      g_array_append_val (ops, op);
    }

  t0 = bench_now ();
  c0 = bench_cpu ();
  workbook = workbook_new (xlsx_path);
  if (workbook == NULL)
    return FALSE;
  for (guint i = 0; i < ops->len; i++)
    {
      ReplayOp *op = &g_array_index (ops, ReplayOp, i);
      lxw_format *format = NULL;

      if (op->op == 'C' || op->op == 'M')
        {
          format = g_hash_table_lookup (formats, GUINT_TO_POINTER (op->style + 1));
          if (format == NULL)
            {
              /* One format per style the workbook uses, as many as Kinerja made. */
              format = workbook_add_format (workbook);
              format_set_font_name (format, "Arial");
              format_set_font_size (format, 10);
              format_set_text_wrap (format);
              format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
              format_set_border (format, op->style % 2 ? LXW_BORDER_THIN : LXW_BORDER_NONE);
              if (op->style % 3 == 0)
                format_set_bold (format);
              g_hash_table_insert (formats, GUINT_TO_POINTER (op->style + 1), format);
            }
        }
      switch (op->op)
        {
        case 'S':
          sheet = workbook_add_worksheet (workbook, op->text);
          if (sheet == NULL)
            return FALSE;
          if (op->a)
            worksheet_set_landscape (sheet);
          worksheet_set_paper (sheet, (uint8_t)op->b);
          worksheet_set_margins (sheet, 0.5, 0.4, 0.6, 0.7);
          worksheet_fit_to_pages (sheet, 1, 0);
          worksheet_set_footer (sheet, "&CHalaman &P dari &N");
          break;
        case 'W':
          worksheet_set_column (sheet, (lxw_col_t)op->a, (lxw_col_t)op->a, op->number, NULL);
          break;
        case 'H':
          worksheet_set_row (sheet, op->a, op->number, NULL);
          break;
        case 'C':
          if (op->kind == 'n')
            worksheet_write_number (sheet, op->a, (lxw_col_t)op->b, op->number, format);
          else if (op->kind == 's')
            worksheet_write_string (sheet, op->a, (lxw_col_t)op->b, op->text, format);
          else
            worksheet_write_blank (sheet, op->a, (lxw_col_t)op->b, format);
          break;
        case 'M':
          worksheet_merge_range (sheet, op->a, (lxw_col_t)op->b, op->c, (lxw_col_t)op->d, op->text, format);
          break;
        case 'G':
          {
            lxw_chart *chart = workbook_add_chart (workbook, op->kind == 'l' ? LXW_CHART_LINE : LXW_CHART_COLUMN);
            lxw_chart_series *series = chart_add_series (chart, NULL, NULL);

            chart_series_set_categories (series, op->ref_sheet, op->cat[0], (lxw_col_t)op->cat[1],
                                         op->cat[2], (lxw_col_t)op->cat[3]);
            chart_series_set_values (series, op->ref_sheet, op->val[0], (lxw_col_t)op->val[1],
                                     op->val[2], (lxw_col_t)op->val[3]);
            chart_title_set_name (chart, "Kurva Distribusi Predikat Kinerja Pegawai");
            chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
            worksheet_insert_chart (sheet, op->a, (lxw_col_t)op->b, chart);
          }
          break;
        default:
          break;
        }
    }
  status = workbook_close (workbook);
  *seconds = bench_now () - t0;
  *cpu = bench_cpu () - c0;
  return status == LXW_NO_ERROR;
}
