/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the charts: each is drawn to PNG files and looked at pixel by pixel, to PDF and to
 * tiny surfaces. Set KINERJA_CHART_DIR to keep the PNG files there for a look. */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-chart-data.h"
#include "kinerja/kn-chart.h"
#include "kinerja/kn-rules.h"

#include "src/report/kn-chart-private.h"

#include "kn-test-util.h"

/* The unit the distribution charts are of. */
#define DINAS "Dinas Pendidikan dan Kebudayaan"

#define WIDTH  800
#define HEIGHT 500

typedef struct
{
  char *dir;
  gboolean keep;
} Fixture;

/* The colour the charts mark broken bounds with (#b2182b). */
static const guint8 broken_rgb[3] = { 0xb2, 0x18, 0x2b };

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  const char *keep = g_getenv ("KINERJA_CHART_DIR");

  if (keep != NULL && *keep != '\0')
    {
      g_assert_cmpint (g_mkdir_with_parents (keep, 0755), ==, 0);
      fixture->dir = g_strdup (keep);
      fixture->keep = TRUE;
    }
  else
    {
      fixture->dir = kn_test_make_folder ("kinerja-chart-XXXXXX");
    }
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  if (!fixture->keep)
    {
      g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

          g_assert_cmpint (g_unlink (path), ==, 0);
        }
      g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
    }

  g_free (fixture->dir);
}

/* Draws @chart to @name.png in the fixture's folder and reads the file back. */
static cairo_surface_t *
render (Fixture        *fixture,
        KnChartDrawFunc draw,
        gconstpointer   chart,
        const char     *name)
{
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, file, NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;

  g_assert_true (kn_chart_write_png (draw, chart, WIDTH, HEIGHT, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, WIDTH);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, HEIGHT);

  return surface;
}

static void
pixel_rgb (cairo_surface_t *surface,
           int              x,
           int              y,
           guint8           rgb[3])
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);

  /* Opaque images (the charts paint white first), so no unpremultiplying. */
  rgb[0] = (pixel >> 16) & 0xff;
  rgb[1] = (pixel >> 8) & 0xff;
  rgb[2] = pixel & 0xff;
}

/* Whether a pixel of colour @rgb is one a count looks for (@data: what the test needs). */
typedef gboolean (*PixelTest) (const guint8  rgb[3],
                               gconstpointer data);

/* The pixels of @surface in the rectangle from (@x0, @y0) to (@x1, @y1), not included, that
 * pass @test. */
static guint
count_pixels_in (cairo_surface_t *surface,
                 int              x0,
                 int              y0,
                 int              x1,
                 int              y1,
                 PixelTest        test,
                 gconstpointer    data)
{
  guint count = 0;

  cairo_surface_flush (surface);
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        guint8 rgb[3];

        pixel_rgb (surface, x, y, rgb);
        if (test (rgb, data))
          count++;
      }

  return count;
}

static gboolean
is_non_white (const guint8  rgb[3],
              gconstpointer data)
{
  return rgb[0] < 0xf8 || rgb[1] < 0xf8 || rgb[2] < 0xf8;
}

/* Dark: text, not the grey of grids and tracks. */
static gboolean
is_dark (const guint8  rgb[3],
         gconstpointer data)
{
  return rgb[0] < 0x80 && rgb[1] < 0x80 && rgb[2] < 0x80;
}

/* A colour and how far from it each channel may be. */
typedef struct
{
  const guint8 *colour;
  int           tolerance;
} Near;

static gboolean
is_near (const guint8  rgb[3],
         gconstpointer data)
{
  const Near *near = data;

  return ABS (rgb[0] - near->colour[0]) <= near->tolerance
         && ABS (rgb[1] - near->colour[1]) <= near->tolerance
         && ABS (rgb[2] - near->colour[2]) <= near->tolerance;
}

/* Non-white pixels in the rectangle, to see where something was drawn. */
static guint
count_non_white_in (cairo_surface_t *surface,
                    int              x0,
                    int              y0,
                    int              x1,
                    int              y1)
{
  return count_pixels_in (surface, x0, y0, x1, y1, is_non_white, NULL);
}

static guint
count_non_white (cairo_surface_t *surface)
{
  return count_non_white_in (surface, 0, 0, cairo_image_surface_get_width (surface),
                             cairo_image_surface_get_height (surface));
}

/* Pixels of about @colour between the columns @x0 and @x1. */
static guint
count_near_in_columns (cairo_surface_t *surface,
                       const guint8     colour[3],
                       int              tolerance,
                       int              x0,
                       int              x1)
{
  Near near = { colour, tolerance };

  return count_pixels_in (surface, x0, 0, x1, cairo_image_surface_get_height (surface), is_near,
                          &near);
}

static guint
count_near (cairo_surface_t *surface,
            const guint8     colour[3],
            int              tolerance)
{
  return count_near_in_columns (surface, colour, tolerance, 0,
                                cairo_image_surface_get_width (surface));
}

static guint
count_different (cairo_surface_t *a,
                 cairo_surface_t *b)
{
  guint count = 0;

  g_assert_cmpint (cairo_image_surface_get_width (a), ==, cairo_image_surface_get_width (b));
  g_assert_cmpint (cairo_image_surface_get_height (a), ==, cairo_image_surface_get_height (b));

  for (int y = 0; y < cairo_image_surface_get_height (a); y++)
    for (int x = 0; x < cairo_image_surface_get_width (a); x++)
      {
        guint8 pa[3], pb[3];

        pixel_rgb (a, x, y, pa);
        pixel_rgb (b, x, y, pb);
        if (memcmp (pa, pb, 3) != 0)
          count++;
      }

  return count;
}

/* Dark pixels in the middle of the image, where the charts write "No data". */
static guint
count_dark_in_middle (cairo_surface_t *surface)
{
  return count_pixels_in (surface, WIDTH * 40 / 100, HEIGHT * 42 / 100, WIDTH * 60 / 100,
                          HEIGHT * 62 / 100, is_dark, NULL);
}

/* render of the distribution chart @chart. */
static cairo_surface_t *
render_distribution (Fixture                   *fixture,
                     const KnDistributionChart *chart,
                     const char                *name)
{
  return render (fixture, (KnChartDrawFunc) kn_chart_draw_distribution, chart, name);
}

/* render_distribution of the chart kn_test_distribution_chart (DINAS, @org, @sk, @k, @bp, @b,
                                                                * @sb). */ static cairo_surface_t * render_counts (Fixture       *fixture,
                                                                const char    *name,
                                                                KnOrgPredikat  org,
                                                                guint          sk, guint          k,
                                                                guint          bp, guint          b,
                                                                guint          sb) { KnDistributionChart chart = kn_test_distribution_chart (DINAS, org, sk, k, bp, b, sb);

  return render_distribution (fixture, &chart, name);
}

static const KnPeriodPoint employee_points[] = {
  { "Triwulan I", KN_PREDIKAT_BUTUH_PERBAIKAN, TRUE, 82.0 },
  { "Triwulan II", KN_PREDIKAT_BAIK, TRUE, 97.5 },
  { "Triwulan III", KN_PREDIKAT_NONE, FALSE, 0.0 },
  { "Triwulan IV", KN_PREDIKAT_SANGAT_BAIK, TRUE, 131.0 },
  { "Akhir", KN_PREDIKAT_BAIK, TRUE, 104.0 },
};

static void
test_distribution_png (Fixture      *fixture,
                       gconstpointer data)
{
  cairo_surface_t *drawn = render_counts (fixture, "distribution", KN_ORG_PREDIKAT_BAIK,
                                          1, 2, 3, 10, 4);
  cairo_surface_t *blank = render_counts (fixture, "distribution-empty", KN_ORG_PREDIKAT_BAIK,
                                          0, 0, 0, 0, 0);
  cairo_surface_t *moved = render_counts (fixture, "distribution-other", KN_ORG_PREDIKAT_BAIK,
                                          4, 3, 3, 8, 2);
  guint drawn_pixels = count_non_white (drawn);
  guint blank_pixels = count_non_white (blank);

  /* Bars, curve, bands and text cover a good part; the empty chart still has its axes. */
  g_assert_cmpuint (drawn_pixels, >, WIDTH * HEIGHT / 10);
  g_assert_cmpuint (blank_pixels, >, 2000);
  g_assert_cmpuint (blank_pixels, <, drawn_pixels);
  g_assert_cmpuint (count_dark_in_middle (blank), >, 40);
  g_assert_cmpuint (count_different (drawn, blank), >, WIDTH * HEIGHT / 20);
  g_assert_cmpuint (count_different (drawn, moved), >, 1000);

  /* Nothing outside the pattern here: no broken marks anywhere. */
  g_assert_cmpuint (count_near (drawn, broken_rgb, 24), ==, 0);
  g_assert_cmpuint (count_near (blank, broken_rgb, 24), ==, 0);

  cairo_surface_destroy (drawn);
  cairo_surface_destroy (blank);
  cairo_surface_destroy (moved);
}

static void
test_distribution_broken (Fixture      *fixture,
                          gconstpointer data)
{
  cairo_surface_t *a = render_counts (fixture, "distribution-fine", KN_ORG_PREDIKAT_BAIK,
                                      0, 1, 2, 5, 2);
  /* Same org, same size: 9 Baik (more than the 7 allowed) and no Butuh Perbaikan or Kurang. */
  cairo_surface_t *b = render_counts (fixture, "distribution-broken", KN_ORG_PREDIKAT_BAIK,
                                      0, 0, 0, 9, 1);
  /* Kurang: at least 60 % Kurang, at least 10 % Butuh Perbaikan; here none of them. */
  cairo_surface_t *c = render_counts (fixture, "distribution-too-few", KN_ORG_PREDIKAT_KURANG,
                                      1, 0, 0, 4, 0);

  g_assert_cmpuint (count_near (a, broken_rgb, 24), ==, 0);
  g_assert_cmpuint (count_near (b, broken_rgb, 24), >, 400);
  g_assert_cmpuint (count_near (c, broken_rgb, 24), >, 200);

  /* The excess of Baik over its bound (9 > 7) is marked on its bar, the fourth of five; the
   * bar of Sangat Kurang, empty and unbounded, has no mark. */
  g_assert_cmpuint (count_near_in_columns (b, broken_rgb, 24, WIDTH * 66 / 100, WIDTH * 74 / 100),
                    >, 200);
  g_assert_cmpuint (count_near_in_columns (b, broken_rgb, 24, WIDTH * 6 / 100, WIDTH * 20 / 100),
                    ==, 0);

  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  cairo_surface_destroy (c);
}

/* The chart paints the verdicts it is given and decides none itself. */
static void
test_distribution_given_verdicts (Fixture      *fixture,
                                  gconstpointer data)
{
  KnDistributionChart fine = kn_test_distribution_chart (DINAS, KN_ORG_PREDIKAT_BAIK,
                                                         0, 1, 2, 5, 2);
  KnDistributionChart broken = kn_test_distribution_chart (DINAS, KN_ORG_PREDIKAT_BAIK,
                                                           0, 0, 0, 9, 1);
  guint n_broken = 0;
  cairo_surface_t *a, *b;

  g_assert_cmpuint (fine.n_limits, >, 0);
  for (guint i = 0; i < fine.n_limits; i++)
    {
      g_assert_false (fine.limits[i].broken);
      if (fine.limits[i].kind == KN_BOUND_AT_MOST)
        fine.limits[i].broken = TRUE;
    }
  for (guint i = 0; i < broken.n_limits; i++)
    {
      n_broken += broken.limits[i].broken;
      broken.limits[i].broken = FALSE;
    }
  g_assert_cmpuint (n_broken, >, 0);

  a = render_distribution (fixture, &fine, "distribution-told-broken");
  b = render_distribution (fixture, &broken, "distribution-told-fine");

  g_assert_cmpuint (count_near (a, broken_rgb, 24), >, 200);
  g_assert_cmpuint (count_near (b, broken_rgb, 24), ==, 0);

  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

static void
test_distribution_no_pattern (Fixture      *fixture,
                              gconstpointer data)
{
  KnDistributionChart none = kn_test_distribution_chart (DINAS, KN_ORG_PREDIKAT_NONE,
                                                         0, 0, 0, 9, 1);
  KnDistributionChart no_rules = kn_test_distribution_chart (DINAS, KN_ORG_PREDIKAT_BAIK,
                                                             0, 0, 0, 9, 1);
  KnDistributionChart with = kn_test_distribution_chart (DINAS, KN_ORG_PREDIKAT_BAIK,
                                                         0, 0, 0, 9, 1);
  cairo_surface_t *a, *b, *c;

  no_rules.n_limits = 0;
  a = render_distribution (fixture, &none, "distribution-none");
  b = render_distribution (fixture, &no_rules, "distribution-no-rules");
  c = render_distribution (fixture, &with, "distribution-with");

  /* Without a pattern nothing is broken, but the bars are there. */
  g_assert_cmpuint (count_near (a, broken_rgb, 24), ==, 0);
  g_assert_cmpuint (count_near (b, broken_rgb, 24), ==, 0);
  g_assert_cmpuint (count_non_white (a), >, WIDTH * HEIGHT / 20);
  g_assert_cmpuint (count_different (b, c), >, 1000);

  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  cairo_surface_destroy (c);
}

static void
test_employee_png (Fixture      *fixture,
                   gconstpointer data)
{
  KnEmployeeChart chart = { employee_points, G_N_ELEMENTS (employee_points),
                            "Siti Rahmawati, S.Kom. — 2026" };
  KnEmployeeChart empty = { NULL, 0, "Siti Rahmawati, S.Kom. — 2026" };
  KnPeriodPoint unrated[G_N_ELEMENTS (employee_points)];
  KnEmployeeChart gaps = { unrated, G_N_ELEMENTS (unrated), "Siti Rahmawati, S.Kom. — 2026" };
  cairo_surface_t *drawn, *blank, *none;
  guint blank_pixels;

  for (guint i = 0; i < G_N_ELEMENTS (unrated); i++)
    unrated[i] = (KnPeriodPoint) { employee_points[i].label, KN_PREDIKAT_NONE, FALSE, 0.0 };

  drawn = render (fixture, (KnChartDrawFunc) kn_chart_draw_employee, &chart, "employee");
  blank = render (fixture, (KnChartDrawFunc) kn_chart_draw_employee, &empty, "employee-empty");
  none = render (fixture, (KnChartDrawFunc) kn_chart_draw_employee, &gaps, "employee-unrated");

  blank_pixels = count_non_white (blank);
  g_assert_cmpuint (count_non_white (drawn), >, WIDTH * HEIGHT / 12);
  g_assert_cmpuint (blank_pixels, >, 2000);
  g_assert_cmpuint (count_dark_in_middle (blank), >, 40);
  g_assert_cmpuint (count_different (drawn, blank), >, WIDTH * HEIGHT / 20);
  /* Unrated periods: their labels, but no bars and no line. */
  g_assert_cmpuint (count_non_white (none), >, blank_pixels);
  g_assert_cmpuint (count_different (drawn, none), >, WIDTH * HEIGHT / 20);

  cairo_surface_destroy (drawn);
  cairo_surface_destroy (blank);
  cairo_surface_destroy (none);
}

static void
test_employee_gap (Fixture      *fixture,
                   gconstpointer data)
{
  KnPeriodPoint points[3] = {
    { "A", KN_PREDIKAT_NONE, TRUE, 100.0 },
    { "B", KN_PREDIKAT_NONE, FALSE, 0.0 },
    { "C", KN_PREDIKAT_NONE, TRUE, 100.0 },
  };
  KnEmployeeChart chart = { points, G_N_ELEMENTS (points), NULL };
  cairo_surface_t *gap, *joined;
  guint gap_pixels, joined_pixels;

  gap = render (fixture, (KnChartDrawFunc) kn_chart_draw_employee, &chart, "employee-gap");
  points[1].has_capaian = TRUE;
  points[1].capaian = 100.0;
  joined = render (fixture, (KnChartDrawFunc) kn_chart_draw_employee, &chart, "employee-joined");

  /* Between A and C the line is missing when B has no capaian: fewer dark pixels there than
   * when the line runs through (the 100 % line under it is dashed, the capaian line solid). */
  gap_pixels = count_non_white_in (gap, WIDTH * 35 / 100, 0, WIDTH * 47 / 100, HEIGHT);
  joined_pixels = count_non_white_in (joined, WIDTH * 35 / 100, 0, WIDTH * 47 / 100, HEIGHT);
  g_assert_cmpuint (joined_pixels, >, gap_pixels + 60);

  cairo_surface_destroy (gap);
  cairo_surface_destroy (joined);
}

static void
test_completion_png (Fixture      *fixture,
                     gconstpointer data)
{
  KnCompletionChart chart = { 20, 15, 8, "Triwulan I 2026", "Bidang Pembinaan SMA" };
  KnCompletionChart empty = { 0, 0, 0, "Triwulan I 2026", "Bidang Pembinaan SMA" };
  KnCompletionChart half = { 20, 10, 8, "Triwulan I 2026", "Bidang Pembinaan SMA" };
  cairo_surface_t *drawn, *blank, *other;
  guint blank_pixels;

  drawn = render (fixture, (KnChartDrawFunc) kn_chart_draw_completion, &chart, "completion");
  blank = render (fixture, (KnChartDrawFunc) kn_chart_draw_completion, &empty,
                  "completion-empty");
  other = render (fixture, (KnChartDrawFunc) kn_chart_draw_completion, &half, "completion-half");

  blank_pixels = count_non_white (blank);
  g_assert_cmpuint (count_non_white (drawn), >, WIDTH * HEIGHT / 8);
  g_assert_cmpuint (blank_pixels, >, 2000);
  g_assert_cmpuint (count_dark_in_middle (blank), >, 40);
  g_assert_cmpuint (count_different (drawn, blank), >, WIDTH * HEIGHT / 10);
  g_assert_cmpuint (count_different (drawn, other), >, 1000);

  cairo_surface_destroy (drawn);
  cairo_surface_destroy (blank);
  cairo_surface_destroy (other);
}

/* Pengembangan kompetensi: the bands are drawn, nothing is drawn as bars for an empty unit but
 * the chart says so, and a unit where everyone reached the target differs from one where no one
 * did. */
static void
test_training_png (Fixture      *fixture,
                   gconstpointer data)
{
  KnTrainingChart chart = { 40, { 3, 7, 10, 20 }, 20, 690, 2026, "Badan Kepegawaian Daerah" };
  KnTrainingChart empty = { 0, { 0, 0, 0, 0 }, 20, 0, 2026, "Badan Kepegawaian Daerah" };
  KnTrainingChart all = { 40, { 0, 0, 0, 40 }, 20, 1000, 2026, "Badan Kepegawaian Daerah" };
  KnTrainingChart none = { 40, { 40, 0, 0, 0 }, 20, 0, 2026, "Badan Kepegawaian Daerah" };
  cairo_surface_t *drawn, *blank, *reached, *nothing;

  drawn = render (fixture, (KnChartDrawFunc) kn_chart_draw_training, &chart, "training");
  blank = render (fixture, (KnChartDrawFunc) kn_chart_draw_training, &empty, "training-empty");
  reached = render (fixture, (KnChartDrawFunc) kn_chart_draw_training, &all, "training-all");
  nothing = render (fixture, (KnChartDrawFunc) kn_chart_draw_training, &none, "training-none");

  g_assert_cmpuint (count_non_white (drawn), >, WIDTH * HEIGHT / 10);
  g_assert_cmpuint (count_dark_in_middle (blank), >, 40);
  g_assert_cmpuint (count_different (drawn, blank), >, WIDTH * HEIGHT / 10);
  g_assert_cmpuint (count_different (reached, nothing), >, WIDTH * HEIGHT / 10);

  cairo_surface_destroy (drawn);
  cairo_surface_destroy (blank);
  cairo_surface_destroy (reached);
  cairo_surface_destroy (nothing);
}

/* Long names, odd values and many periods: drawn, and nothing spills outside the image. */
static void
test_long_and_odd (Fixture      *fixture,
                   gconstpointer data)
{
  g_autofree char *title = g_strnfill (400, 'W');
  KnDistributionChart chart = kn_test_distribution_chart (DINAS, KN_ORG_PREDIKAT_ISTIMEWA,
                                                          0, 0, 0, 1, 4000000);
  KnCompletionChart completion = { 3, 7, G_MAXUINT, title, title };
  KnPeriodPoint points[12];
  KnEmployeeChart employee = { points, G_N_ELEMENTS (points), title };
  cairo_surface_t *surface;

  chart.title = title;
  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    points[i] = (KnPeriodPoint) { "Periode penilaian yang sangat panjang sekali namanya",
                                  (KnPredikat) (i % KN_PREDIKAT_N), i % 3 != 0,
                                  i == 4 ? 1e9 : (i == 5 ? -20.0 : 40.0 * i) };
  /* Not numbers: drawn as periods without capaian. */
  points[7].capaian = NAN;
  points[8].capaian = INFINITY;

  surface = render_distribution (fixture, &chart, "distribution-long");
  g_assert_cmpuint (count_non_white (surface), >, WIDTH * HEIGHT / 20);
  cairo_surface_destroy (surface);

  surface = render (fixture, (KnChartDrawFunc) kn_chart_draw_employee, &employee,
                    "employee-long");
  g_assert_cmpuint (count_non_white (surface), >, WIDTH * HEIGHT / 20);
  cairo_surface_destroy (surface);

  surface = render (fixture, (KnChartDrawFunc) kn_chart_draw_completion, &completion,
                    "completion-long");
  g_assert_cmpuint (count_non_white (surface), >, WIDTH * HEIGHT / 20);
  cairo_surface_destroy (surface);
}

typedef struct
{
  KnChartDrawFunc draw;
  gconstpointer   chart;
} Case;

typedef void (*CaseFunc) (const Case *c,
                          gpointer    user_data);

static void
cases_for_all (CaseFunc func,
               gpointer user_data)
{
  static KnDistributionChart distribution_charts[2];
  static KnEmployeeChart employee_charts[2] = {
    { employee_points, G_N_ELEMENTS (employee_points), "Pegawai" },
    { NULL, 0, NULL },
  };
  static KnCompletionChart completion_charts[2] = {
    { 20, 15, 8, "Triwulan I 2026", "Unit" },
    { 0, 0, 0, NULL, NULL },
  };
  Case cases[6];

  distribution_charts[0] = kn_test_distribution_chart (DINAS, KN_ORG_PREDIKAT_BUTUH_PERBAIKAN,
                                                       1, 2, 3, 10, 4);
  distribution_charts[1] = kn_test_distribution_chart (DINAS, KN_ORG_PREDIKAT_NONE, 0, 0, 0, 0, 0);
  distribution_charts[1].title = NULL;

  for (guint i = 0; i < 2; i++)
    {
      cases[i] = (Case) { (KnChartDrawFunc) kn_chart_draw_distribution, &distribution_charts[i] };
      cases[2 + i] = (Case) { (KnChartDrawFunc) kn_chart_draw_employee, &employee_charts[i] };
      cases[4 + i] = (Case) { (KnChartDrawFunc) kn_chart_draw_completion, &completion_charts[i] };
    }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    func (&cases[i], user_data);
}

static void
draw_to_pdf (const Case *c,
             gpointer    user_data)
{
  const char *path = user_data;
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);
  GStatBuf buf;

  /* Placed on an A4 page as a document would, at a size in points. */
  cairo_translate (cr, 56, 100);
  c->draw (cr, 483, 300, c->chart);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_size, >, 1000);
}

static void
test_pdf (Fixture      *fixture,
          gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "chart.pdf", NULL);

  cases_for_all (draw_to_pdf, path);
}

static void
draw_tiny (const Case *c,
           gpointer    user_data)
{
  static const int sizes[][2] = { { 40, 30 }, { 1, 1 }, { 300, 8 }, { 8, 300 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sizes[i][0],
                                                             sizes[i][1]);
      cairo_t *cr = cairo_create (surface);

      c->draw (cr, sizes[i][0], sizes[i][1], c->chart);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      /* The context is handed back as it was given. */
      g_assert_cmpfloat (cairo_get_line_width (cr), ==, 2.0);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  /* Zero and negative sizes draw nothing. */
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
    cairo_t *cr = cairo_create (surface);

    c->draw (cr, 0, 0, c->chart);
    c->draw (cr, -5, 20, c->chart);
    c->draw (cr, NAN, 20, c->chart);
    g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    cairo_destroy (cr);
    cairo_surface_flush (surface);
    g_assert_cmpint (*(guint32 *) cairo_image_surface_get_data (surface), ==, 0);
    cairo_surface_destroy (surface);
  }
}

static void
test_tiny (void)
{
  cases_for_all (draw_tiny, NULL);
}

/* Drawn at an offset, a chart stays inside its own rectangle. */
static void
test_clipped (void)
{
  KnDistributionChart chart = kn_test_distribution_chart (DINAS, KN_ORG_PREDIKAT_BAIK,
                                                          1, 2, 3, 10, 4);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 400);
  cairo_t *cr = cairo_create (surface);
  const guint8 *data;
  int stride;

  cairo_translate (cr, 100, 100);
  kn_chart_draw_distribution (cr, 300, 200, &chart);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < 400; y++)
    for (int x = 0; x < 600; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);
        gboolean inside = x >= 100 && x < 400 && y >= 100 && y < 300;

        if (inside)
          g_assert_cmpuint (pixel >> 24, ==, 0xff);
        else if (pixel != 0)
          g_error ("pixel %d,%d outside the chart is drawn (%08x)", x, y, pixel);
      }

  cairo_surface_destroy (surface);
}

/* Paints the distribution chart's legend (Indonesian, all three items) across a chart
 * @width wide and returns how many dark pixels (text and icons) it drew. */
static guint
legend_ink (int width)
{
  static const LegendItem items[] = {
    { LEGEND_CURVE, "Pegawai per predikat" },
    { LEGEND_ALLOWED, "Yang diperbolehkan untuk Butuh Perbaikan" },
    { LEGEND_BROKEN, "Di luar pola" },
  };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, 243);
  cairo_t *cr = cairo_create (surface);
  Painter p = { 0 };
  guint count = 0;

  _kn_chart_painter_begin (&p, cr, width, 243);
  _kn_chart_paint_legend (&p, items, G_N_ELEMENTS (items), p.pad);
  _kn_chart_painter_end (&p);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (int y = 0; y < 243; y++)
    for (int x = 0; x < width; x++)
      {
        guint8 rgb[3];

        pixel_rgb (surface, x, y, rgb);
        if (rgb[0] < 0x80 && rgb[1] < 0x80 && rgb[2] < 0x80)
          count++;
      }
  cairo_surface_destroy (surface);
  return count;
}

/* Penilaian's distribution chart at 1366×768 is 348 × 243 pixels (the panel's share of the
 * place, measured in the demo). There the legend's three items do not fit one row: each is
 * still drawn whole (in rows), as much ink as on a chart wide enough for one row, rather than
 * cut short with "…". */
static void
test_distribution_legend_whole (void)
{
  guint wide = legend_ink (2000);
  guint narrow = legend_ink (348);

  g_assert_cmpfloat (kn_chart_text_size (348, 243), ==, kn_chart_text_size (2000, 243));
  g_assert_cmpuint (wide, >, 500);
  if (narrow < wide * 95 / 100)
    g_error ("the legend at 348 pixels shows %u dark pixels of the %u it has whole", narrow, wide);
}

/* Penilaian's distribution chart in its panel: 348 pixels wide at 1366×768, 287 at 1024×600,
 * at least 330 tall. In Indonesian (the longest names and rules), no text of it is cut short
 * with "…" or has a word broken across lines (as the painter counts what it shows), and every
 * predikat name and rule over the bars is read back whole from the PDF by pdftotext — for the
 * demo's BKD (Baik) and for a unit outside the pattern. */
static void
test_distribution_labels_whole (Fixture      *fixture,
                                gconstpointer data)
{
  g_autofree char *dir = NULL;

  if (!kn_test_have_poppler () || (dir = kn_test_require_locale_dir ()) == NULL)
    return;

  if (g_test_subprocess ())
    {
      static const struct
      {
        guint       counts[KN_PREDIKAT_N];
        const char *rules[2];
      } units[] = {
        { { 0, 0, 0, 3, 6, 1 }, { "bersama-sama paling sedikit 1, kini 3", "kelompok terbesar" } },
        { { 0, 0, 0, 0, 9, 1 }, { "bersama-sama paling sedikit 1, kini 0", "kelompok terbesar" } },
      };
      static const int widths[] = { 348, 287 };
      const KnDistributionRule *rules;
      guint n_rules = 0;

      kn_test_bind_indonesian (dir);
      rules = kn_distribution_default_rules (&n_rules);

      for (guint u = 0; u < G_N_ELEMENTS (units); u++)
        for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
          {
            KnDistributionChart chart = { .title = "Sebaran predikat" };
            guint n_cut = _kn_chart_get_n_cut_texts ();
            g_autofree char *name = g_strdup_printf ("labels-%u-%d.pdf", u, widths[w]);
            g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
            g_autofree char *text = NULL;
            g_auto(GStrv) words = NULL;
            g_autofree char *joined = NULL;
            cairo_surface_t *surface = cairo_pdf_surface_create (path, widths[w], 330);
            cairo_t *cr = cairo_create (surface);

            memcpy (chart.counts, units[u].counts, sizeof chart.counts);
            kn_distribution_chart_set_pattern (&chart, KN_ORG_PREDIKAT_BAIK, rules, n_rules);
            kn_chart_draw_distribution (cr, widths[w], 330, &chart);
            if (_kn_chart_get_n_cut_texts () != n_cut)
              g_error ("%u texts of the chart are cut at %d pixels",
                       _kn_chart_get_n_cut_texts () - n_cut, widths[w]);
            cairo_destroy (cr);
            cairo_surface_finish (surface);
            g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
            cairo_surface_destroy (surface);

            /* The lines of the PDF's text as one line of words. */
            text = kn_test_pdf_text (path, "-raw");
            words = g_strsplit_set (text, " \n\f", -1);
            joined = g_strjoinv (" ", words);
            if (strstr (joined, "…") != NULL || strstr (joined, "- ") != NULL)
              g_error ("a label is cut at %d pixels: %s", widths[w], joined);
            for (guint i = KN_PREDIKAT_NONE + 1; i < KN_PREDIKAT_N; i++)
              {
                g_autofree char *label = g_strdup (kn_predikat_label ((KnPredikat) i));

                /* "Kurang/Misconduct" wraps after its "/". */
                if (strstr (joined, label) == NULL &&
                    !(i == KN_PREDIKAT_KURANG && strstr (joined, "Kurang/ Misconduct") != NULL))
                  g_error ("“%s” is not whole at %d pixels: %s", label, widths[w], joined);
              }
            for (guint r = 0; r < G_N_ELEMENTS (units[u].rules); r++)
              if (strstr (joined, units[u].rules[r]) == NULL)
                g_error ("“%s” is not whole at %d pixels: %s", units[u].rules[r], widths[w],
                         joined);
          }
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* The person's chart in Penilaian's panel (287 pixels wide at 1024×600, 348 at 1366×768, about
 * 250 tall), in Indonesian, with three quarters not rated yet: no text cut short or with a word
 * broken, as the painter counts what it shows (it showed "Sangat …" on the left scale and
 * "belu-m d…" in the gaps). */
static void
test_employee_labels_whole (void)
{
  g_autofree char *dir = NULL;

  if ((dir = kn_test_require_locale_dir ()) == NULL)
    return;

  if (g_test_subprocess ())
    {
      static const int widths[] = { 287, 348 };
      static const int heights[] = { 230, 260 };
      KnPeriodPoint points[4] = {
        { "TW I", KN_PREDIKAT_NONE, FALSE, 0.0 },
        { "TW II", KN_PREDIKAT_NONE, FALSE, 0.0 },
        { "TW III", KN_PREDIKAT_NONE, FALSE, 0.0 },
        { "TW IV", KN_PREDIKAT_BAIK, TRUE, 27.0 },
      };
      KnEmployeeChart chart = { points, G_N_ELEMENTS (points), "Andika Pratama" };

      kn_test_bind_indonesian (dir);
      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        for (guint h = 0; h < G_N_ELEMENTS (heights); h++)
          {
            cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, widths[w],
                                                                   heights[h]);
            cairo_t *cr = cairo_create (surface);
            guint n_cut = _kn_chart_get_n_cut_texts ();

            kn_chart_draw_employee (cr, widths[w], heights[h], &chart);
            if (_kn_chart_get_n_cut_texts () != n_cut)
              g_error ("%u texts of the person's chart are cut at %d×%d pixels",
                       _kn_chart_get_n_cut_texts () - n_cut, widths[w], heights[h]);
            cairo_destroy (cr);
            cairo_surface_destroy (surface);
          }
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Penilaian's two charts drawn at every width a window gives them (from a small laptop's panel
 * to a wide screen's, as when the window is resized) ask Pango for few text sizes: each new size
 * is a font Pango matches in two threads of its own while the window waits (Pango 1.50), and
 * these made the launch's frames late. Without the size grid they asked for 14, with it 9. */
static void
test_few_font_sizes (void)
{
  if (g_test_subprocess ())
    {
      KnEmployeeChart employee = { employee_points, G_N_ELEMENTS (employee_points),
                                   "Siti Rahmawati, S.Kom. — 2026" };
      KnDistributionChart distribution = { .counts = { 0, 0, 0, 3, 6, 1 },
                                           .title = "Sebaran predikat" };
      const KnDistributionRule *rules;
      guint n_rules = 0;

      rules = kn_distribution_default_rules (&n_rules);
      kn_distribution_chart_set_pattern (&distribution, KN_ORG_PREDIKAT_BAIK, rules, n_rules);
      g_assert_cmpuint (_kn_chart_get_n_font_sizes (), ==, 0);
      for (int width = 200; width < 1400; width++)
        {
          int height = CLAMP (width * 7 / 10, 240, 520);
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 8, 8);
          cairo_t *cr = cairo_create (surface);

          kn_chart_draw_distribution (cr, width, height, &distribution);
          kn_chart_draw_employee (cr, width, height, &employee);
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
        }
      g_test_message ("%u text sizes", _kn_chart_get_n_font_sizes ());
      g_assert_cmpuint (_kn_chart_get_n_font_sizes (), >, 5);
      g_assert_cmpuint (_kn_chart_get_n_font_sizes (), <=, 10);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_write_errors (Fixture      *fixture,
                   gconstpointer data)
{
  KnCompletionChart chart = { 20, 15, 8, NULL, NULL };
  g_autofree char *missing = g_build_filename (fixture->dir, "no", "such", "folder", "c.png",
                                               NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "c.png", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (kn_chart_write_png ((KnChartDrawFunc) kn_chart_draw_completion, &chart, 100, 100,
                                      missing, &error));
  g_assert_error (error, KN_CHART_ERROR, KN_CHART_ERROR_WRITE);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (kn_chart_write_png ((KnChartDrawFunc) kn_chart_draw_completion, &chart, 0, 100,
                                      path, &error));
  g_assert_error (error, KN_CHART_ERROR, KN_CHART_ERROR_SIZE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (kn_chart_write_png ((KnChartDrawFunc) kn_chart_draw_completion, &chart, 100,
                                      -1, path, &error));
  g_assert_error (error, KN_CHART_ERROR, KN_CHART_ERROR_SIZE);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/chart/distribution/png", test_distribution_png);
  ADD ("/chart/distribution/broken", test_distribution_broken);
  ADD ("/chart/distribution/no-pattern", test_distribution_no_pattern);
  ADD ("/chart/distribution/given-verdicts", test_distribution_given_verdicts);
  ADD ("/chart/employee/png", test_employee_png);
  ADD ("/chart/employee/gap", test_employee_gap);
  ADD ("/chart/completion/png", test_completion_png);
  ADD ("/chart/training/png", test_training_png);
  ADD ("/chart/long-and-odd", test_long_and_odd);
  ADD ("/chart/pdf", test_pdf);
  ADD ("/chart/write-errors", test_write_errors);
  g_test_add_func ("/chart/distribution/legend-whole", test_distribution_legend_whole);
  g_test_add_func ("/chart/few-font-sizes", test_few_font_sizes);
  ADD ("/chart/distribution/labels-whole", test_distribution_labels_whole);
  g_test_add_func ("/chart/tiny", test_tiny);
  g_test_add_func ("/chart/employee/labels-whole", test_employee_labels_whole);
  g_test_add_func ("/chart/clipped", test_clipped);

#undef ADD

  return g_test_run ();
}
