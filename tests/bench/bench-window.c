/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark: the real window at province scale under a virtual X server — launch to first frame
 * and memory beside a bare libadwaita window, and the main-thread stalls over 50 ms (stretches of
 * work between two polls of the main loop) while a user
 * types a search, chooses units, clicks Pegawai's column headers, opens each place and starts a
 * unit export. It prints; it never
 * asserts a time.
 *
 *   bench-window [SIZE…]   (default 1000 5000 19000; BENCH_REPEAT=N launches, default 3;
 *                           BENCH_OPS=TEXT[|TEXT…] only the operations whose name holds
 *                           one of the TEXTs; BENCH_TRACE=MS says on stderr each stretch of
 *                           the main thread over MS of CPU, and each frame over MS by
 *                           phase, in the interaction child)
 *
 * "Finalkan Semua" on the big OPD (2026-AKHIR) runs only when BENCH_OPS names it, after the
 * choice of the big OPD in 2026-AKHIR (BENCH_OPS='AKHIR|Finalkan'). Like the rating before it,
 * it writes into the interaction child's own copy of the cached province. So does Pulihkan…
 * (a backup of the whole province restored), also only when named (BENCH_OPS=Pulihkan).
 *
 * Needs a display: run it under dbus-run-session and xvfb-run (tests/bench/run-all does) with
 * GDK_BACKEND=x11 GDK_DEBUG=gl-disable GTK_A11Y=none GSETTINGS_BACKEND=memory. */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <glib/gstdio.h>

#include "bench-province.h"
#include "kn-application.h"
#include "kn-chooser.h"
#include "kn-test-util.h"
#include "kn-training-page.h"
#include "kn-window.h"

#define STALL_MS        50.0
#define PERIOD          "2026-TW4"
#define RATED_PERIOD    "2026-AKHIR"

/* The stall detector: the main context's poll function, wrapped. Everything the main thread does
 * between two polls is one stretch of work during which the window cannot answer; a stretch over
 * STALL_MS is a stall. (A high-priority timeout measuring its own lateness was tried first, but
 * it was not dispatched again until the operation's end after some long stretches.) */
typedef struct
{
  gint64  last;        /* µs, when the last poll returned */
  gint64  last_cpu;    /* µs of the main thread's CPU time then */
  double  max_ms;      /* the longest stretch of the current operation */
  double  max_cpu_ms;  /* the main thread's CPU time in that stretch */
  double  blocked_ms;  /* the sum of stretches over STALL_MS */
  double  blocked_cpu_ms;
  guint   n_stalls;
  gint64  last_stall;  /* µs, when the latest stall over STALL_MS ended */
  /* By the main thread's CPU (the machine is shared: a stretch's wall clock is mostly waiting
   * under load): the stretch with the most CPU, its wall clock, and those over STALL_MS of CPU. */
  double  max_by_cpu_ms;
  double  max_by_cpu_wall_ms;
  guint   n_cpu_stalls;
  double  cpu_stalls_ms;
} Detector;

static Detector  detector;
/* The launch after the window's first frame: the stretches that began once it was painted (the
 * pieces issue 13 builds after it, each with the frame after it), by the main thread's CPU. */
static gint64    first_painted;
static double    after_first_cpu_ms;
static double    after_first_wall_ms;
static guint     after_first_over;     /* of them, over STALL_MS of CPU */
static double    after_first_over_ms;
static double    after_first_max_ms;      /* its longest stall by the wall clock */
static double    after_first_max_cpu_ms;  /* the main thread's CPU in that one */
static GPollFunc default_poll;
static double    trace_ms;  /* BENCH_TRACE=MS: each stretch over MS of CPU (or a stall) said on stderr */

/* The main thread's CPU time: a stretch longer than it was spent waiting for a CPU (the machine
 * is shared), not working. */
static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * G_GINT64_CONSTANT (1000000) + ts.tv_nsec / 1000;
}

static gint
detector_poll (GPollFD *fds,
               guint    nfds,
               gint     timeout)
{
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_us ();
  double busy_ms = (now - detector.last) / 1000.0;
  double cpu_ms = (cpu - detector.last_cpu) / 1000.0;
  gint result;

  if (detector.last != 0)
    {
      if (busy_ms > detector.max_ms)
        {
          detector.max_ms = busy_ms;
          detector.max_cpu_ms = cpu_ms;
        }
      if (first_painted != 0 && detector.last >= first_painted && cpu_ms > after_first_cpu_ms)
        {
          after_first_cpu_ms = cpu_ms;
          after_first_wall_ms = busy_ms;
        }
      if (first_painted != 0 && detector.last >= first_painted && busy_ms > after_first_max_ms)
        {
          after_first_max_ms = busy_ms;
          after_first_max_cpu_ms = cpu_ms;
        }
      if (first_painted != 0 && detector.last >= first_painted && cpu_ms > STALL_MS)
        {
          after_first_over++;
          after_first_over_ms += cpu_ms;
        }
      if (cpu_ms > detector.max_by_cpu_ms)
        {
          detector.max_by_cpu_ms = cpu_ms;
          detector.max_by_cpu_wall_ms = busy_ms;
        }
      if (cpu_ms > STALL_MS)
        {
          detector.n_cpu_stalls++;
          detector.cpu_stalls_ms += cpu_ms;
        }
      if (trace_ms > 0 && (cpu_ms > trace_ms || busy_ms > STALL_MS))
        g_printerr ("T\t%.3f s\tstretch %.1f ms CPU (%.1f ms)\n", now / 1e6, cpu_ms, busy_ms);
      if (busy_ms > STALL_MS)
        {
          detector.n_stalls++;
          detector.blocked_ms += busy_ms;
          detector.blocked_cpu_ms += cpu_ms;
          detector.last_stall = now;
        }
    }
  result = default_poll (fds, nfds, timeout);
  detector.last = g_get_monotonic_time ();
  detector.last_cpu = thread_cpu_us ();
  return result;
}

static void
detector_reset (void)
{
  detector.max_ms = 0;
  detector.max_cpu_ms = 0;
  detector.blocked_ms = 0;
  detector.blocked_cpu_ms = 0;
  detector.n_stalls = 0;
  detector.max_by_cpu_ms = 0;
  detector.max_by_cpu_wall_ms = 0;
  detector.n_cpu_stalls = 0;
  detector.cpu_stalls_ms = 0;
  detector.last = g_get_monotonic_time ();
  detector.last_cpu = thread_cpu_us ();
  detector.last_stall = detector.last;
}

static double
vm_field_mib (const char *field)
{
  g_autofree char *status = NULL;
  const char *p;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || (p = strstr (status, field)) == NULL)
    return -1;
  return g_ascii_strtod (p + strlen (field), NULL) / 1024.0;
}

/* BENCH_TRACE: each frame of the window over the trace's threshold of CPU, by phase (the frame
 * clock's signals, each marked after its handlers: the tick callbacks and animations, GTK's
 * layout, the paint, what runs after it), to tell a frame from the work of an idle. */
static gint64 frame_marks[5];

static void
frame_phase_cb (GdkFrameClock *clock,
                gpointer       data)
{
  guint phase = GPOINTER_TO_UINT (data);
  double total_ms;

  /* A frame may skip a phase (no layout, no paint): it counts as nothing. */
  for (guint i = phase; i < G_N_ELEMENTS (frame_marks); i++)
    frame_marks[i] = thread_cpu_us ();
  if (phase < 4)
    return;
  total_ms = (frame_marks[4] - frame_marks[0]) / 1000.0;
  if (total_ms > trace_ms)
    g_printerr ("F\t%.3f s\tframe %.1f ms CPU: ticks %.1f, layout %.1f, paint %.1f, after %.1f\n",
                g_get_monotonic_time () / 1e6, total_ms,
                (frame_marks[1] - frame_marks[0]) / 1000.0, (frame_marks[2] - frame_marks[1]) / 1000.0,
                (frame_marks[3] - frame_marks[2]) / 1000.0, (frame_marks[4] - frame_marks[3]) / 1000.0);
}

static void
first_painted_cb (GdkFrameClock *clock,
                  gpointer       data)
{
  g_signal_handlers_disconnect_by_func (clock, first_painted_cb, data);
  first_painted = g_get_monotonic_time ();
}

static void
trace_frames (GtkWidget *window)
{
  static const char * const phases[] = { "before-paint", "update", "layout", "paint", "after-paint" };
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  for (guint i = 0; clock != NULL && i < G_N_ELEMENTS (phases); i++)
    g_signal_connect_after (clock, phases[i], G_CALLBACK (frame_phase_cb), GUINT_TO_POINTER (i));
}

/* Child: launch to first frame. */

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  g_print ("frame=%" G_GINT64_FORMAT " rss=%f\n", g_get_monotonic_time (), vm_field_mib ("VmRSS:"));
  fflush (stdout);
  _exit (0);
}

static void
window_realized_cb (GtkWidget *window,
                    gpointer   data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), NULL);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 gpointer        data)
{
  g_signal_connect_after (window, "realize", G_CALLBACK (window_realized_cb), NULL);
}

static void
bare_activate_cb (GtkApplication *app,
                  gpointer        data)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Kinerja"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_present (GTK_WINDOW (window));
}

static int
first_frame_child (const char *which,
                   const char *database)
{
  if (g_str_equal (which, "kinerja"))
    {
      g_autoptr(KnApplication) app = NULL;
      char *argv[] = { "kinerja", "--database", (char *)database, NULL };

      /* What main.c does, with the first frame reported. */
      kn_i18n_init ();
      g_set_application_name ("Kinerja");
      app = kn_application_new ("id.go.lampungprov.Kinerja.Bench", G_APPLICATION_NON_UNIQUE);
      g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);
      return g_application_run (G_APPLICATION (app), 3, argv);
    }
  else
    {
      g_autoptr(AdwApplication) app = adw_application_new ("id.go.lampungprov.Kinerja.Bare",
                                                           G_APPLICATION_NON_UNIQUE);

      g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);
      g_signal_connect (app, "activate", G_CALLBACK (bare_activate_cb), NULL);
      return g_application_run (G_APPLICATION (app), 0, NULL);
    }
}

/* Child: the interactions, each measured by the detector until the window is quiet again. */

typedef struct
{
  KnStore       *store;
  KnWindow      *window;
  BenchProvince *province;
  gint64         big_opd;
  gint64         small_unit;
  char          *big_opd_path;   /* as the dropdowns show it */
  char          *tmp;
} Session;

typedef gboolean (*DoneFunc) (Session *session);

static void
spin_until (gboolean (*until) (Session *session),
            Session   *session,
            double     min_seconds,
            double     max_seconds)
{
  double t0 = bench_now ();
  gboolean settled = FALSE;

  for (;;)
    {
      double elapsed = bench_now () - t0;
      gboolean quiet = (g_get_monotonic_time () - detector.last_stall) > 300000;

      if (elapsed >= max_seconds)
        return;
      /* A stretch is measured when the next poll starts: once the operation looks done, one more
       * turn of the loop counts the stretch that finished it (it may be the longest), and the
       * window must still be quiet after it. */
      if (elapsed >= min_seconds && quiet && (until == NULL || until (session)))
        {
          if (settled)
            return;
          settled = TRUE;
        }
      else
        settled = FALSE;
      g_main_context_iteration (NULL, FALSE);
      if (!g_main_context_pending (NULL))
        g_usleep (1000);
    }
}

typedef void (*StartFunc) (Session *session, gconstpointer data);

typedef struct
{
  StartFunc     start;
  gconstpointer data;
  Session      *session;
  gboolean      started;
} Pending;

static gboolean
start_cb (gpointer user_data)
{
  Pending *pending = user_data;

  pending->start (pending->session, pending->data);
  pending->started = TRUE;
  return G_SOURCE_REMOVE;
}

/* Starts @start from the main loop (so that whatever it blocks is seen as a gap), waits until it
 * is done and quiet, and prints the stalls. */
static void
operation (Session       *session,
           const char    *what,
           StartFunc      start,
           gconstpointer  data,
           DoneFunc       done,
           double         max_seconds)
{
  Pending pending = { start, data, session, FALSE };
  const char *only = g_getenv ("BENCH_OPS");
  gint64 cpu0;
  double t0;

  /* BENCH_OPS=TEXT[|TEXT…] runs only the operations whose name holds one of the TEXTs. */
  if (only != NULL && only[0] != '\0')
    {
      g_auto(GStrv) texts = g_strsplit (only, "|", -1);
      gboolean wanted = FALSE;

      for (guint i = 0; texts[i] != NULL && !wanted; i++)
        wanted = texts[i][0] != '\0' && strstr (what, texts[i]) != NULL;
      if (!wanted)
        return;
    }

  spin_until (NULL, session, 0.3, 5);
  detector_reset ();
  t0 = bench_now ();
  cpu0 = thread_cpu_us ();
  if (trace_ms > 0)
    g_printerr ("T\t%.3f\tstart: %s\n", t0, what);
  g_idle_add_full (G_PRIORITY_DEFAULT, start_cb, &pending, NULL);
  while (!pending.started)
    g_main_context_iteration (NULL, TRUE);
  spin_until (done, session, 0.3, max_seconds);
  if (trace_ms > 0)
    g_printerr ("T\t%.3f\tend: the main thread's CPU in all %.1f ms\n", bench_now (),
                (thread_cpu_us () - cpu0) / 1000.0);
  g_print ("R\t%s\t%.1f\t%.1f\t%u\t%.1f\t%.1f\t%.3f\n", what, detector.max_ms, detector.max_cpu_ms,
           detector.n_stalls, detector.blocked_ms, detector.blocked_cpu_ms, bench_now () - t0 - 0.3);
  fflush (stdout);
}

/* TRUE once every place is built in its frame of the window's stack. Looks only at the frames:
 * kn_window_get_*_page builds the place it is asked for (it cost ~438 ms inside the measured
 * launch when this asked them). */
static gboolean
places_settled (Session *session)
{
  static const char * const lazy[] = { "beranda", "skp", "penilaian", "laporan", "kompetensi", "skm" };
  GtkWidget *stack = GTK_WIDGET (session->window);

  /* The window's stack of places: the first GtkStack that has a "skp" child. */
  {
    GPtrArray *todo = g_ptr_array_new ();

    g_ptr_array_add (todo, stack);
    stack = NULL;
    while (todo->len > 0 && stack == NULL)
      {
        GtkWidget *widget = g_ptr_array_steal_index (todo, todo->len - 1);

        if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "skp") != NULL)
          stack = widget;
        for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
             child = gtk_widget_get_next_sibling (child))
          g_ptr_array_add (todo, child);
      }
    g_ptr_array_unref (todo);
  }
  if (stack == NULL)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (lazy); i++)
    {
      GtkWidget *frame = gtk_stack_get_child_by_name (GTK_STACK (stack), lazy[i]);

      if (frame != NULL && ADW_IS_BIN (frame) && adw_bin_get_child (ADW_BIN (frame)) == NULL)
        return FALSE;
    }
  return TRUE;
}

static void
show_place (Session *session, gconstpointer data)
{
  gtk_widget_activate_action (GTK_WIDGET (session->window), "win.show-place", "s", (const char *)data);
}

static gboolean search_typed;

static gboolean
type_next_cb (gpointer data)
{
  Session *session = data;
  static guint typed;
  const char *text = session->province->search_text;
  g_autofree char *prefix = NULL;

  typed = typed % (guint)strlen (text) + 1;
  prefix = g_strndup (text, typed);
  kn_employees_page_set_search_text (kn_window_get_employees_page (session->window), prefix);
  if (typed == strlen (text))
    {
      search_typed = TRUE;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
type_search (Session *session, gconstpointer data)
{
  /* A keystroke every 150 ms, as a person types. */
  search_typed = FALSE;
  type_next_cb (session);
  g_timeout_add (150, type_next_cb, session);
}

static gboolean
search_done (Session *session)
{
  return search_typed;
}

static void
clear_search (Session *session, gconstpointer data)
{
  kn_employees_page_set_search_text (kn_window_get_employees_page (session->window), "");
}

static void
pegawai_unit (Session *session, gconstpointer data)
{
  kn_employees_page_select_unit (kn_window_get_employees_page (session->window), *(const gint64 *)data);
}

/* A column header clicked on Pegawai: the column (its position among the table's columns) and
 * the direction. */
typedef struct
{
  guint       column;
  GtkSortType order;
} HeaderSort;

static GtkColumnView *
find_column_view (GtkWidget *widget)
{
  if (GTK_IS_COLUMN_VIEW (widget))
    return GTK_COLUMN_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkColumnView *found = find_column_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
pegawai_sort (Session *session, gconstpointer data)
{
  const HeaderSort *sort = data;
  GtkColumnView *view = find_column_view (GTK_WIDGET (kn_window_get_employees_page (session->window)));
  g_autoptr(GtkColumnViewColumn) column = NULL;

  if (view == NULL || sort->column >= g_list_model_get_n_items (gtk_column_view_get_columns (view)))
    {
      g_printerr ("bench-window: Pegawai's table or its column %u was not found\n", sort->column);
      return;
    }
  column = g_list_model_get_item (gtk_column_view_get_columns (view), sort->column);
  gtk_column_view_sort_by_column (view, column, sort->order);
}

static gboolean
pegawai_sorted (Session *session)
{
  return !kn_employees_page_is_sorting (kn_window_get_employees_page (session->window));
}

/* Whether the big OPD's rows had all landed at the previous look. */
static gboolean penilaian_landed;

/* Shows the big OPD for the period @data (NULL: PERIOD). */
static void
penilaian_big_opd (Session *session, gconstpointer data)
{
  const char *period = data != NULL ? data : PERIOD;

  penilaian_landed = FALSE;
  if (!kn_evaluation_page_show (kn_window_get_evaluation_page (session->window), session->big_opd, period, 0))
    g_printerr ("bench-window: the Penilaian place did not show the big OPD for %s\n", period);
}

/* Done once the last row has landed (the rows land in pieces, over idle turns) — and one look
 * later: a stretch is counted when the next poll begins, so stopping at the first look that sees
 * the rows whole would leave the stretch that landed the last of them uncounted. */
static gboolean
penilaian_done (Session *session)
{
  KnEvaluationPage *page = kn_window_get_evaluation_page (session->window);
  GListModel *rows = kn_evaluation_page_get_rows (page);
  gboolean landed = rows != NULL && !kn_evaluation_page_is_loading (page) &&
                    g_list_model_get_n_items (rows) >= session->province->big_opd_employees;
  gboolean done = landed && penilaian_landed;

  penilaian_landed = landed;
  return done;
}

/* The big OPD's counts before the rating. */
static char *rating_counts_before;

/* Rates the first person of the big OPD still open from the keyboard, two keys (the work
 * results, then the behaviour), to a predikat other than the one the person has: the
 * distribution changes. */
static void
penilaian_rate (Session *session, gconstpointer data)
{
  KnEvaluationPage *page = kn_window_get_evaluation_page (session->window);
  GListModel *rows = kn_evaluation_page_get_rows (page);
  guint n = g_list_model_get_n_items (rows);
  const char *key = "a";
  guint open;

  for (open = 0; open < n; open++)
    {
      g_autoptr(KnEvaluation) evaluation = g_list_model_get_item (rows, open);

      if (kn_evaluation_get_status (evaluation) != KN_EVALUATION_STATUS_FINAL)
        {
          if (kn_evaluation_get_predikat (evaluation) == KN_PREDIKAT_SANGAT_BAIK)
            key = "s";
          break;
        }
    }
  if (open == n)
    g_printerr ("bench-window: every evaluation of the big OPD is final\n");

  g_free (rating_counts_before);
  rating_counts_before = g_strdup (kn_evaluation_page_get_counts_text (page));
  kn_evaluation_page_select_row (page, open);
  for (guint i = 0; i < 2 && open < n; i++)
    if (!gtk_widget_activate_action (GTK_WIDGET (page), "eval.rate", "s", key))
      g_printerr ("bench-window: Penilaian did not rate an open person of the big OPD\n");
}

/* Done once the panel counts the rating (read on the main thread or in a worker). */
static gboolean
penilaian_rated (Session *session)
{
  KnEvaluationPage *page = kn_window_get_evaluation_page (session->window);

  return !kn_evaluation_page_is_loading (page) &&
         g_strcmp0 (kn_evaluation_page_get_counts_text (page), rating_counts_before) != 0;
}

/* "Finalkan Semua" on the big OPD: the question (activated; done once the dialog asks), then
 * the answer (done once the write has ended and the rows read again have all landed). */
static void
finalise_ask (Session *session, gconstpointer data)
{
  KnEvaluationPage *page = kn_window_get_evaluation_page (session->window);

  if (!gtk_widget_activate_action (GTK_WIDGET (page), "eval.finalize-all", NULL))
    g_printerr ("bench-window: Penilaian did not offer Finalkan Semua\n");
}

static gboolean
finalise_asked (Session *session)
{
  return kn_evaluation_page_get_dialog (kn_window_get_evaluation_page (session->window)) != NULL;
}

static void
finalise_answer (Session *session, gconstpointer data)
{
  GtkWindow *dialog = kn_evaluation_page_get_dialog (kn_window_get_evaluation_page (session->window));

  penilaian_landed = FALSE;
  if (!ADW_IS_MESSAGE_DIALOG (dialog))
    g_printerr ("bench-window: Finalkan Semua did not ask\n");
  else
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "finalize");
}

/* Pulihkan…: the backup made beforehand (path in @data) is asked for and the question answered
 * at once; done once the window has said how it went. The database is replaced in a thread. */
static void
restore_answer (Session *session, gconstpointer data)
{
  GtkWindow *dialog;

  kn_window_ask_restore (session->window, data);
  dialog = kn_window_get_backup_dialog (session->window);
  if (!ADW_IS_MESSAGE_DIALOG (dialog))
    g_printerr ("bench-window: Pulihkan did not ask\n");
  else
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
}

/* The question is gone once answered: what comes after it is the toast or a failure. */
static gboolean
restore_done (Session *session)
{
  return !kn_store_is_restoring (session->store) &&
         (kn_window_get_last_message (session->window) != NULL ||
          kn_window_get_backup_dialog (session->window) != NULL);
}

/* The string list @widget offers when it is a drop-down or a KnChooser; NULL for any other. */
static GListModel *
offered (GtkWidget *widget)
{
  if (GTK_IS_DROP_DOWN (widget))
    return gtk_drop_down_get_model (GTK_DROP_DOWN (widget));
  if (KN_IS_CHOOSER (widget))
    return kn_chooser_get_model (KN_CHOOSER (widget));
  return NULL;
}

/* The first drop-down or KnChooser under @widget whose string list holds @text; its position in
 * @index. */
static GtkWidget *
find_offering (GtkWidget  *widget,
               const char *text,
               guint      *index)
{
  GListModel *model = offered (widget);

  for (guint i = 0; GTK_IS_STRING_LIST (model) && i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), text) == 0)
      {
        *index = i;
        return widget;
      }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_offering (child, text, index);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean beranda_found = TRUE;

/* The Beranda's unit is a KnChooser (a GtkDropDown before). */
static void
beranda_big_opd (Session *session, gconstpointer data)
{
  guint index = 0;
  GtkWidget *page = GTK_WIDGET (kn_window_get_dashboard_page (session->window));
  GtkWidget *unit = find_offering (page, session->big_opd_path, &index);

  beranda_found = unit != NULL;
  if (GTK_IS_DROP_DOWN (unit))
    gtk_drop_down_set_selected (GTK_DROP_DOWN (unit), index);
  else if (unit != NULL)
    kn_chooser_set_selected (KN_CHOOSER (unit), index);
}

/* The Beranda gathers a unit's figures off the main thread: done when they are shown. */
static gboolean
beranda_done (Session *session)
{
  return !kn_dashboard_page_is_loading (kn_window_get_dashboard_page (session->window));
}

static void
laporan_choose (Session *session, gconstpointer data)
{
  kn_reports_page_select (kn_window_get_reports_page (session->window), KN_DOCUMENT_EVALUASI,
                          session->big_opd, 0, PERIOD, KN_PAPER_A4);
}

/* A large unit's preview is read off the main thread: done when it is shown. */
static gboolean
laporan_previewed (Session *session)
{
  return !kn_reports_page_is_previewing (kn_window_get_reports_page (session->window));
}

static void
laporan_export (Session *session, gconstpointer data)
{
  g_autofree char *path = g_build_filename (session->tmp, "evaluasi.pdf", NULL);

  kn_reports_page_save_to (kn_window_get_reports_page (session->window), path, FALSE);
}

static gboolean
laporan_idle (Session *session)
{
  return !kn_reports_page_get_busy (kn_window_get_reports_page (session->window));
}

/* Kompetensi reads the year's lesson hours in a worker: done when they are shown. */
static gboolean
kompetensi_done (Session *session)
{
  return !kn_training_page_is_loading (kn_window_get_training_page (session->window));
}

/* Kompetensi on a unit (0: the big OPD) in a year. */
typedef struct
{
  gboolean small;
  guint    year;
} TrainingChoice;

static void
kompetensi_show (Session *session, gconstpointer data)
{
  const TrainingChoice *choice = data;
  gint64 unit = choice->small ? session->small_unit : session->big_opd;

  if (!kn_training_page_show (kn_window_get_training_page (session->window), unit, choice->year))
    g_printerr ("bench-window: the Kompetensi place did not show unit %" G_GINT64_FORMAT " in %u\n",
                unit, choice->year);
}

static int
interact_child (guint size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BenchProvince) province = bench_province_get (size, bench_cache_dir (), &error);
  g_autoptr(KnApplication) app = NULL;
  static const char * const places[] = { "beranda", "pegawai", "skp", "penilaian", "laporan", "kompetensi" };
  Session session = { 0, };
  KnOrgUnit *unit;
  gint64 all = 0;

  if (province == NULL)
    {
      g_printerr ("bench-window: %s\n", error->message);
      return 1;
    }
  session.province = province;
  session.tmp = g_dir_make_tmp ("kinerja-bench-XXXXXX", NULL);
  /* The operations write (a rating, Finalkan Semua): on a copy, never into the cached province
   * the other benches and later runs read. */
  {
    g_autoptr(GFile) cached = g_file_new_for_path (province->path);
    g_autofree char *copy_path = g_build_filename (session.tmp, "province.db", NULL);
    g_autoptr(GFile) copy = g_file_new_for_path (copy_path);

    if (!g_file_copy (cached, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error))
      {
        g_printerr ("bench-window: %s\n", error->message);
        return 1;
      }
    session.store = kn_store_open (copy_path, &error);
  }
  if (session.store == NULL)
    return 1;
  unit = kn_store_resolve_unit (session.store, province->big_opd, NULL);
  session.big_opd = kn_org_unit_get_id (unit);
  session.big_opd_path = g_strdup (kn_org_unit_get_path (unit));
  unit = kn_store_resolve_unit (session.store, province->small_unit, NULL);
  session.small_unit = unit != NULL ? kn_org_unit_get_id (unit) : 0;

  app = kn_application_new ("id.go.lampungprov.Kinerja.Bench", G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    return 1;
  kn_application_set_store (app, session.store);
  default_poll = g_main_context_get_poll_func (NULL);
  g_main_context_set_poll_func (NULL, detector_poll);
  if (g_getenv ("BENCH_TRACE") != NULL)
    trace_ms = g_ascii_strtod (g_getenv ("BENCH_TRACE"), NULL);
  detector_reset ();
  {
    double t0 = bench_now ();

    /* As `kinerja --database FILE` opens it: the window, the integrity check after its first
     * frame and the day's backup after the launch (kn-application.c). */
    g_application_activate (G_APPLICATION (app));
    session.window = KN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
    g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (session.window)), "after-paint",
                      G_CALLBACK (first_painted_cb), NULL);
    if (trace_ms > 0)
      trace_frames (GTK_WIDGET (session.window));
    /* The launch: the first frame, Pegawai's list, then the other places built one a turn. */
    spin_until (places_settled, &session, 2.0, 120);
    g_print ("R\t%s\t%.1f\t%.1f\t%u\t%.1f\t%.1f\t%.3f\n", "launch, until every place is built",
             detector.max_ms, detector.max_cpu_ms, detector.n_stalls, detector.blocked_ms,
             detector.blocked_cpu_ms, bench_now () - t0 - 0.3);
    /* The same launch by the main thread's CPU: its longest stretch of work (wall clock), the
     * stretches over STALL_MS of CPU and their CPU. */
    g_print ("R\t%s\t%.1f\t%.1f\t%u\t%.1f\t%.1f\t%.3f\n", "launch, by CPU: the longest stretch",
             detector.max_by_cpu_wall_ms, detector.max_by_cpu_ms, detector.n_cpu_stalls,
             detector.cpu_stalls_ms, detector.cpu_stalls_ms, bench_now () - t0 - 0.3);
    /* The same after the first frame (the launch to it is the first table's). */
    g_print ("R\t%s\t%.1f\t%.1f\t%u\t%.1f\t%.1f\t%.3f\n",
             "launch after the first frame, by CPU: the longest stretch", after_first_wall_ms,
             after_first_cpu_ms, after_first_over, after_first_over_ms, after_first_over_ms,
             bench_now () - t0 - 0.3);
    /* After the first frame by the wall clock: what a person waits for while the data fills in
     * (before it there is no window to wait on; its time is the first table's). */
    g_print ("R\t%s\t%.1f\t%.1f\t%u\t%.1f\t%.1f\t%.3f\n",
             "launch after the first frame: the longest stall", after_first_max_ms,
             after_first_max_cpu_ms, after_first_max_ms > STALL_MS, 0.0, 0.0,
             bench_now () - t0 - 0.3);
    fflush (stdout);
  }

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_autofree char *what = g_strdup_printf ("opening %s", places[i]);

      operation (&session, what, show_place, places[i],
                 g_str_equal (places[i], "kompetensi") ? kompetensi_done : NULL, 120);
    }

  show_place (&session, "pegawai");
  operation (&session, "Pegawai: typing a search (a key every 150 ms)", type_search, NULL, search_done, 120);
  operation (&session, "Pegawai: clearing the search", clear_search, NULL, NULL, 120);
  operation (&session, "Pegawai: choosing the big OPD", pegawai_unit, &session.big_opd, NULL, 120);
  operation (&session, "Pegawai: choosing a small unit", pegawai_unit, &session.small_unit, NULL, 120);
  operation (&session, "Pegawai: back to every unit", pegawai_unit, &all, NULL, 120);
  {
    static const HeaderSort sorts[] = {
      { 1, GTK_SORT_ASCENDING }, { 2, GTK_SORT_ASCENDING }, { 3, GTK_SORT_ASCENDING },
      { 0, GTK_SORT_DESCENDING }, { 0, GTK_SORT_ASCENDING },
    };
    static const char * const names[] = {
      "Pegawai: sorting by the Jabatan header", "Pegawai: sorting by the Pangkat header",
      "Pegawai: sorting by the Unit header", "Pegawai: sorting by the Nama header, descending",
      "Pegawai: sorting by the Nama header again",
    };

    for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
      operation (&session, names[i], pegawai_sort, &sorts[i], pegawai_sorted, 120);
  }

  show_place (&session, "penilaian");
  operation (&session, "Penilaian: choosing the big OPD, " PERIOD, penilaian_big_opd, NULL, penilaian_done, 300);
  /* TW1–TW4 are final in the province built; the year's Akhir is open to rating. */
  operation (&session, "Penilaian: choosing the big OPD, " RATED_PERIOD, penilaian_big_opd,
             RATED_PERIOD, penilaian_done, 300);
  operation (&session, "Penilaian: rating a person of the big OPD (two keys)", penilaian_rate, NULL,
             penilaian_rated, 120);
  g_clear_pointer (&rating_counts_before, g_free);
  /* It writes into the province: only when asked by name. */
  if (g_getenv ("BENCH_OPS") != NULL && strstr (g_getenv ("BENCH_OPS"), "Finalkan") != NULL)
    {
      operation (&session, "Penilaian: Finalkan Semua, the question (big OPD, " RATED_PERIOD ")",
                 finalise_ask, NULL, finalise_asked, 120);
      operation (&session, "Penilaian: Finalkan Semua, the answer until the rows are read again",
                 finalise_answer, NULL, penilaian_done, 900);
      {
        GListModel *rows = kn_evaluation_page_get_rows (kn_window_get_evaluation_page (session.window));
        guint n_final = 0;

        for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
          {
            g_autoptr(KnEvaluation) evaluation = g_list_model_get_item (rows, i);

            n_final += kn_evaluation_get_status (evaluation) == KN_EVALUATION_STATUS_FINAL;
          }
        g_print ("bench-window: after Finalkan Semua, %u of %u rows final\n", n_final,
                 g_list_model_get_n_items (rows));
      }
    }

  /* Pulihkan… of a backup of the whole province: only when asked by name (it writes two more
   * copies of the province, ~0.7 GB, beside the interaction child's own). */
  if (g_getenv ("BENCH_OPS") != NULL && strstr (g_getenv ("BENCH_OPS"), "Pulihkan") != NULL)
    {
      g_autofree char *backup = g_build_filename (session.tmp, "cadangan-tangan.db", NULL);

      if (!kn_store_backup (session.store, backup, &error))
        g_printerr ("bench-window: %s\n", error->message);
      else
        operation (&session, "Pulihkan: restoring a backup of the province, the answer until it is said",
                   restore_answer, backup, restore_done, 600);
      g_clear_error (&error);
      if (kn_window_get_last_message (session.window) == NULL)
        g_printerr ("bench-window: the restore failed\n");
    }

  show_place (&session, "beranda");
  operation (&session, "Beranda: choosing the big OPD", beranda_big_opd, NULL, beranda_done, 300);
  if (!beranda_found)
    g_printerr ("bench-window: the Beranda's unit dropdown was not found\n");

  show_place (&session, "laporan");
  operation (&session, "Laporan: choosing the big OPD's evaluasi", laporan_choose, NULL,
             laporan_previewed, 300);
  /* The first 10 s of the export (then it is stopped): what starting it costs the window. */
  operation (&session, "Laporan: starting the big OPD's evaluasi export (first 10 s)", laporan_export, NULL,
             laporan_idle, 10);
  kn_reports_page_cancel (kn_window_get_reports_page (session.window));
  spin_until (laporan_idle, &session, 0, 600);

  show_place (&session, "kompetensi");
  {
    static const TrainingChoice choices[] = { { FALSE, 2026 }, { TRUE, 2026 }, { FALSE, 2025 } };
    static const char * const names[] = {
      "Kompetensi: choosing the big OPD, 2026", "Kompetensi: choosing a small unit, 2026",
      "Kompetensi: the big OPD in 2025",
    };

    for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
      operation (&session, names[i], kompetensi_show, &choices[i], kompetensi_done, 120);
  }

  g_print ("M\t%f\n", vm_field_mib ("VmHWM:"));
  gtk_window_destroy (GTK_WINDOW (session.window));
  /* The copy and what the window wrote beside it (the day's backup in cadangan/). */
  kn_test_remove_tree (session.tmp);
  _exit (0);
}

/* The parent: runs the children for each size and prints the tables. */

typedef struct
{
  char   *what;
  double  max_ms[BENCH_MAX_SIZES];
  double  max_cpu_ms[BENCH_MAX_SIZES];
  double  blocked_ms[BENCH_MAX_SIZES];
  double  blocked_cpu_ms[BENCH_MAX_SIZES];
  guint   n_stalls[BENCH_MAX_SIZES];
} Op;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
median (double *v,
        guint   n)
{
  if (n == 0)
    return -1;
  qsort (v, n, sizeof (double), compare_doubles);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static gboolean
launch (const char *self,
        const char *which,
        const char *database,
        double     *seconds,
        double     *cpu,
        double     *rss)
{
  char *argv[] = { (char *)self, "--child", "first-frame", (char *)which, (char *)database, NULL };
  g_autofree char *out = NULL;
  double t0 = bench_now (), c0 = bench_cpu ();
  gint64 frame;

  if (bench_run_child (argv, FALSE, &out) < 0 ||
      sscanf (out, "frame=%" G_GINT64_FORMAT " rss=%lf", &frame, rss) != 2)
    return FALSE;
  *seconds = frame / 1e6 - t0;
  *cpu = bench_cpu () - c0;   /* the child's CPU until it exited at its first frame */
  return TRUE;
}

/* The launch of a desk whose window was last closed on Penilaian, which it reopens on
 * (kn-window-memory.c): the median of @repeats first frames, in a configuration folder made
 * for it. */
static gboolean
launch_reopened (const char *self,
                 const char *database,
                 guint       repeats,
                 double     *seconds,
                 double     *cpu)
{
  g_autofree char *config = kn_test_make_folder ("bench-desk-XXXXXX");
  g_autofree char *folder = g_build_filename (config, "kinerja", NULL);
  g_autofree char *desk = g_build_filename (folder, "desk.ini", NULL);
  g_autofree char *saved = g_strdup (g_getenv ("XDG_CONFIG_HOME"));
  double t[16], c[16], r;
  guint n = 0;

  if (g_mkdir_with_parents (folder, 0700) != 0 ||
      !g_file_set_contents (desk, "[Desk]\nplace=penilaian\n", -1, NULL))
    return FALSE;
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  for (guint i = 0; i < MIN (repeats, G_N_ELEMENTS (t)); i++)
    if (launch (self, "kinerja", database, &t[n], &c[n], &r))
      n++;
  if (saved != NULL)
    g_setenv ("XDG_CONFIG_HOME", saved, TRUE);
  else
    g_unsetenv ("XDG_CONFIG_HOME");
  kn_test_remove_tree (config);
  *seconds = median (t, n);
  *cpu = median (c, n);
  return n > 0;
}

int
main (int    argc,
      char **argv)
{
  guint sizes[BENCH_MAX_SIZES], n_sizes = 0, repeats = 3;
  g_autoptr(GPtrArray) ops = g_ptr_array_new ();
  double first_frame[BENCH_MAX_SIZES], first_cpu[BENCH_MAX_SIZES], first_rss[BENCH_MAX_SIZES];
  double bare_frame = -1, bare_cpu = -1, bare_rss = -1;

  setlocale (LC_ALL, "");
  if (argc == 5 && g_str_equal (argv[1], "--child") && g_str_equal (argv[2], "first-frame"))
    return first_frame_child (argv[3], argv[4]);
  if (argc == 4 && g_str_equal (argv[1], "--child") && g_str_equal (argv[2], "interact"))
    {
      gtk_init ();
      adw_init ();
      return interact_child ((guint)g_ascii_strtoull (argv[3], NULL, 10));
    }

  n_sizes = bench_read_sizes (argc, argv, sizes, &repeats);

  g_print ("## bench-window: the window under Xvfb (stalls: main-thread gaps over %.0f ms)\n", STALL_MS);

  /* The bare window once: it does not depend on the province. */
  {
    double t[16], c[16], r[16];
    guint n = 0;

    for (guint i = 0; i < repeats; i++)
      if (launch (argv[0], "bare", "-", &t[n], &c[n], &r[n]))
        n++;
    bare_frame = median (t, n);
    bare_cpu = median (c, n);
    bare_rss = median (r, n);
  }

  for (guint s = 0; s < n_sizes; s++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BenchProvince) province = bench_province_get (sizes[s], bench_cache_dir (), &error);
      g_autofree char *size_arg = g_strdup_printf ("%u", sizes[s]);
      char *child[] = { argv[0], "--child", "interact", size_arg, NULL };
      g_autofree char *out = NULL;
      g_auto(GStrv) lines = NULL;
      double t[16], c[16], r[16], hwm = -1;
      guint n = 0;

      if (province == NULL)
        g_error ("bench-window: %s", error->message);
      for (guint i = 0; i < repeats; i++)
        if (launch (argv[0], "kinerja", province->path, &t[n], &c[n], &r[n]))
          n++;
      first_frame[s] = median (t, n);
      first_cpu[s] = median (c, n);
      first_rss[s] = median (r, n);

      g_print ("\n### %u employees\n\n| What | Kinerja | Bare libadwaita window | Ratio |\n|---|---|---|---|\n",
               province->n_employees);
      g_print ("| launch to first frame | %.0f ms (CPU %.0f ms) | %.0f ms (CPU %.0f ms) | %.1f× (CPU %.1f×) |\n",
               first_frame[s] * 1000, first_cpu[s] * 1000, bare_frame * 1000, bare_cpu * 1000,
               first_frame[s] / bare_frame, first_cpu[s] / bare_cpu);
      g_print ("| RSS at first frame | %.0f MiB | %.0f MiB | %.1f× |\n", first_rss[s], bare_rss,
               first_rss[s] / bare_rss);
      if (launch_reopened (argv[0], province->path, repeats, &t[0], &c[0]))
        g_print ("| launch to first frame, reopened on Penilaian | %.0f ms (CPU %.0f ms) | %.0f ms (CPU %.0f ms) | %.1f× (CPU %.1f×) |\n",
                 t[0] * 1000, c[0] * 1000, bare_frame * 1000, bare_cpu * 1000,
                 t[0] / bare_frame, c[0] / bare_cpu);
      g_print ("\n");
      fflush (stdout);

      if (bench_run_child (child, FALSE, &out) < 0)
        g_printerr ("bench-window: the interactions failed at %u\n", sizes[s]);
      g_print ("| Operation | Longest stall (main thread's CPU in it) | Stalls > %.0f ms | Blocked in all (CPU) | Until quiet |\n"
               "|---|---|---|---|---|\n", STALL_MS);
      lines = g_strsplit (out != NULL ? out : "", "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_auto(GStrv) f = g_strsplit (lines[i], "\t", -1);
          Op *op = NULL;

          if (g_strv_length (f) == 2 && g_str_equal (f[0], "M"))
            hwm = g_ascii_strtod (f[1], NULL);
          if (g_strv_length (f) != 8 || !g_str_equal (f[0], "R"))
            continue;
          for (guint k = 0; k < ops->len && op == NULL; k++)
            if (g_str_equal (((Op *)g_ptr_array_index (ops, k))->what, f[1]))
              op = g_ptr_array_index (ops, k);
          if (op == NULL)
            {
              op = g_new0 (Op, 1);
              op->what = g_strdup (f[1]);
              for (guint k = 0; k < BENCH_MAX_SIZES; k++)
                op->max_ms[k] = -1;
              g_ptr_array_add (ops, op);
            }
          op->max_ms[s] = g_ascii_strtod (f[2], NULL);
          op->max_cpu_ms[s] = g_ascii_strtod (f[3], NULL);
          op->n_stalls[s] = (guint)g_ascii_strtoull (f[4], NULL, 10);
          op->blocked_ms[s] = g_ascii_strtod (f[5], NULL);
          op->blocked_cpu_ms[s] = g_ascii_strtod (f[6], NULL);
          g_print ("| %s | %.0f ms (%.0f ms) | %u | %.0f ms (%.0f ms) | %.2f s |\n", f[1], op->max_ms[s],
                   op->max_cpu_ms[s], op->n_stalls[s], op->blocked_ms[s], op->blocked_cpu_ms[s],
                   g_ascii_strtod (f[7], NULL));
        }
      g_print ("\nPeak memory of the window through these operations: %.0f MiB.\n", hwm);
      fflush (stdout);
    }

  if (n_sizes > 1)
    {
      g_print ("\n### Scaling of the window: the longest stall, wall (main thread's CPU in it)\n\n| What |");
      for (guint s = 0; s < n_sizes; s++)
        g_print (" %u |", sizes[s]);
      g_print ("\n|---|");
      for (guint s = 0; s < n_sizes; s++)
        g_print ("---|");
      g_print ("\n| launch to first frame (bare window %.0f ms, CPU %.0f ms) |", bare_frame * 1000, bare_cpu * 1000);
      for (guint s = 0; s < n_sizes; s++)
        g_print (" %.0f ms (%.0f ms) |", first_frame[s] * 1000, first_cpu[s] * 1000);
      g_print ("\n| RSS at first frame (bare window %.0f MiB) |", bare_rss);
      for (guint s = 0; s < n_sizes; s++)
        g_print (" %.0f MiB |", first_rss[s]);
      g_print ("\n");
      for (guint i = 0; i < ops->len; i++)
        {
          Op *op = g_ptr_array_index (ops, i);

          g_print ("| %s |", op->what);
          for (guint s = 0; s < n_sizes; s++)
            if (op->max_ms[s] >= 0)
              g_print (" %.0f ms (%.0f ms) |", op->max_ms[s], op->max_cpu_ms[s]);
            else
              g_print (" — |");
          g_print ("\n");
        }
    }
  return 0;
}
