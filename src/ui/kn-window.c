/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window: the sidebar of places and the page of the chosen place. */

#define G_LOG_DOMAIN "kn-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-backups.h"
#include "kn-close-guard.h"
#include "kn-help-window.h"
#include "kn-late-tooltips.h"
#include "kn-preferences-window.h"
#include "kn-review-dialog.h"
#include "kn-start-guide.h"
#include "kn-store-reading.h"
#include "kn-window.h"

struct _KnWindow
{
  AdwApplicationWindow  parent_instance;

  KnStore              *store;        /* owned */
  char                 *office_name;  /* owned */

  AdwLeaflet           *leaflet;
  GtkBox               *sidebar_box;
  GtkListBox           *places_list;
  GtkBox               *content_box;
  AdwWindowTitle       *page_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  KnEmployeesPage      *employees_page;
  /* The other places (lazy_places), each built into its frame in the stack when first shown or
   * asked for, or in a quiet turn after the first frame (build_places_cb). */
  KnPlanPage           *plan_page;        /* NULL until built */
  KnEvaluationPage     *evaluation_page;  /* NULL until built */
  KnReportsPage        *reports_page;     /* NULL until built */
  KnTrainingPage       *training_page;    /* NULL until built */
  KnDashboardPage      *dashboard_page;   /* NULL until built */
  KnSkmPage            *skm_page;         /* NULL until built */

  gboolean              read;          /* the store's employees were asked for */
  gboolean              filled;        /* Pegawai has the store */
  gboolean              guided;        /* the start guide is there */
  gboolean              launched;      /* every place is built and has the store */
  gboolean              watching;      /* asked the store to watch for other desks' changes */
  guint                 build_source;  /* idle that builds the other places after the first frame */
  GdkFrameClock        *piece_clock;   /* owned, nullable: waited on for the frame after a piece */
  gulong                piece_painted; /* its after-paint handler while waited on */
  guint                 stored_places; /* bit i: lazy_places[i] has the store */
  GCancellable         *employees_reading;  /* owned: the store's employees read in a worker */
  guint                 employees_mark;     /* the store's mark when that reading started */
  guint                 background_from;    /* from how many employees they are read there */

  GtkWindow            *backup_dialog;  /* the restore question or a failure, while shown */
  GtkNativeDialog      *chooser;        /* owned: the file chooser of Cadangkan/Pulihkan */
  char                 *last_message;   /* owned: what the last toast said */
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_OFFICE_NAME,
  PROP_LAUNCHED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KnWindow, kn_window, ADW_TYPE_APPLICATION_WINDOW)

static GtkListBoxRow *
find_place_row (KnWindow   *self,
                const char *place)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->places_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && g_strcmp0 (gtk_widget_get_name (child), place) == 0)
      return GTK_LIST_BOX_ROW (child);

  return NULL;
}

static void
update_title (KnWindow *self)
{
  GtkStackPage *page;
  const char *name = gtk_stack_get_visible_child_name (self->stack);

  if (name == NULL)
    return;

  page = gtk_stack_get_page (self->stack, gtk_stack_get_visible_child (self->stack));
  adw_window_title_set_title (self->page_title, gtk_stack_page_get_title (page));
}

/* The window's first frame shows Pegawai's frame and nothing else (issue 13): the
 * other places are built from their templates when first shown or asked for, or one at a quiet
 * turn of the main loop after the first frame; Pegawai reads the store's employees once the
 * first frame is drawn (its list fills in). */

static void kn_window_add_start_guide (KnWindow *self);
static void apply_place_rights        (KnWindow *self);

typedef void (*PlaceSetStore) (gpointer page,
                               KnStore *store);

/* The places built when first needed: the stack's child (an AdwBin frame) of that name holds
 * the page, a field of KnWindow points to it once built. */
typedef struct
{
  const char     *name;
  GType         (*get_type) (void);
  PlaceSetStore   set_store;
  gsize           page_offset;
} LazyPlace;

static const LazyPlace lazy_places[] = {
  { "beranda", kn_dashboard_page_get_type, (PlaceSetStore)kn_dashboard_page_set_store,
    G_STRUCT_OFFSET (KnWindow, dashboard_page) },
  { "skp", kn_plan_page_get_type, (PlaceSetStore)kn_plan_page_set_store,
    G_STRUCT_OFFSET (KnWindow, plan_page) },
  { "penilaian", kn_evaluation_page_get_type, (PlaceSetStore)kn_evaluation_page_set_store,
    G_STRUCT_OFFSET (KnWindow, evaluation_page) },
  { "laporan", kn_reports_page_get_type, (PlaceSetStore)kn_reports_page_set_store,
    G_STRUCT_OFFSET (KnWindow, reports_page) },
  { "kompetensi", kn_training_page_get_type, (PlaceSetStore)kn_training_page_set_store,
    G_STRUCT_OFFSET (KnWindow, training_page) },
  { "skm", kn_skm_page_get_type, (PlaceSetStore)kn_skm_page_set_store,
    G_STRUCT_OFFSET (KnWindow, skm_page) },
};

static const LazyPlace *
find_lazy_place (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (lazy_places); i++)
    if (g_str_equal (name, lazy_places[i].name))
      return &lazy_places[i];
  return NULL;
}

/* The place's page, built from its template into its frame when it was not yet (without the
 * store). */
static GtkWidget *
build_place (KnWindow        *self,
             const LazyPlace *place)
{
  GtkWidget **page = &G_STRUCT_MEMBER (GtkWidget *, self, place->page_offset);

  if (*page == NULL)
    {
      *page = g_object_new (place->get_type (), NULL);
      adw_bin_set_child (ADW_BIN (gtk_stack_get_child_by_name (self->stack, place->name)), *page);
    }
  return *page;
}

static gboolean
place_stored (KnWindow        *self,
              const LazyPlace *place)
{
  return (self->stored_places & (1u << (place - lazy_places))) != 0;
}

/* The place's page, built, given the store. */
static void
store_place (KnWindow        *self,
             const LazyPlace *place)
{
  GtkWidget *page = build_place (self, place);

  if (place_stored (self, place) || self->store == NULL)
    return;
  self->stored_places |= 1u << (place - lazy_places);
  place->set_store (page, self->store);
  apply_place_rights (self);
}

/* The place @name, built (with the store) when it was not yet. */
static GtkWidget *
ensure_place (KnWindow   *self,
              const char *name)
{
  const LazyPlace *place = find_lazy_place (name);

  if (place == NULL)
    return NULL;
  store_place (self, place);
  return build_place (self, place);
}

static gboolean
place_built (KnWindow        *self,
             const LazyPlace *place)
{
  return G_STRUCT_MEMBER (GtkWidget *, self, place->page_offset) != NULL;
}

/* Pegawai's list and the start guide: what the first frame leaves for after it. */
static void
fill_employees (KnWindow *self)
{
  if (self->filled || self->store == NULL)
    return;
  self->filled = TRUE;
  kn_employees_page_set_store (self->employees_page, self->store);
}

static void
add_guide (KnWindow *self)
{
  if (self->guided || self->store == NULL)
    return;
  self->guided = TRUE;
  kn_window_add_start_guide (self);
}

static void
fill (KnWindow *self)
{
  fill_employees (self);
  add_guide (self);
}

static gboolean build_places_cb (gpointer data);

static void
stop_waiting_for_frame (KnWindow *self)
{
  /* The clock drops its handlers when the window's surface goes. */
  if (self->piece_painted != 0 && g_signal_handler_is_connected (self->piece_clock,
                                                                  self->piece_painted))
    g_signal_handler_disconnect (self->piece_clock, self->piece_painted);
  self->piece_painted = 0;
  g_clear_object (&self->piece_clock);
}

static void
on_piece_painted_cb (GdkFrameClock *clock,
                     KnWindow      *self)
{
  stop_waiting_for_frame (self);
  if (self->build_source == 0)
    self->build_source = g_idle_add_full (G_PRIORITY_LOW, build_places_cb, self, NULL);
}

/* The next piece after the frame that lays out this one (issue 13): a quiet turn may come
 * before the frame is due, and two pieces laid out in one frame were one stretch of 35-45 ms. */
static gboolean
next_piece_after_frame (KnWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return G_SOURCE_CONTINUE;
  stop_waiting_for_frame (self);
  self->piece_clock = g_object_ref (clock);
  self->piece_painted = g_signal_connect (clock, "after-paint", G_CALLBACK (on_piece_painted_cb),
                                          self);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
  self->build_source = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
resume_building_cb (gpointer data)
{
  KnWindow *self = data;

  self->build_source = g_idle_add_full (G_PRIORITY_LOW, build_places_cb, self, NULL);
  return G_SOURCE_REMOVE;
}

/* The store's employees, read in a worker from a store of its own (issue 13: ~30 ms at 19,000,
 * and more under load, on the main thread); the window's store takes the objects. */
typedef struct
{
  GPtrArray *employees;  /* owned, nullable */
} EmployeesRead;

static void
employees_read_free (EmployeesRead *read)
{
  g_clear_pointer (&read->employees, g_ptr_array_unref);
  g_free (read);
}

static gboolean
read_employees (KnStore       *store,
                gpointer       data,
                GCancellable  *cancellable,
                GError       **error)
{
  EmployeesRead *read = data;

  read->employees = kn_store_read_employees (store, error);
  return read->employees != NULL;
}

static void
on_employees_read_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(KnWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  EmployeesRead *read = kn_store_reading_finish (result, &self->employees_reading, &error);

  if (read == NULL && error == NULL)
    return;  /* dropped: the window is going */
  /* Not taken (the store read or reloaded its employees meanwhile) or not read: the store
   * reads them itself when Pegawai asks. */
  if (read != NULL)
    kn_store_take_employees (self->store, self->employees_mark, read->employees);
  else
    g_debug ("Reading the employees in a worker failed: %s", error->message);
  g_clear_pointer (&read, employees_read_free);
  if (self->build_source == 0)
    self->build_source = g_idle_add_full (G_PRIORITY_LOW, build_places_cb, self, NULL);
}

/* Starts reading the store's employees in a worker; FALSE when there is nothing to wait for
 * (read already, a small office, or a store the worker cannot open: then Pegawai's fill reads
 * them). */
static gboolean
start_reading_employees (KnWindow *self)
{
  if (kn_store_has_employees (self->store) || kn_store_get_path (self->store) == NULL ||
      kn_store_count_employees (self->store) < self->background_from)
    return FALSE;
  self->employees_mark = kn_store_get_employees_mark (self->store);
  kn_store_reading_start (self->store, &self->employees_reading, read_employees,
                          g_new0 (EmployeesRead, 1), (GDestroyNotify)employees_read_free,
                          on_employees_read_cb, g_object_ref (self));
  return TRUE;
}

/* After the first frame, one piece a quiet turn of the main loop and a frame (issue 13): the
 * store's employees, Pegawai's list, the start guide, then each other place. A place waits
 * while Pegawai's list or unit tree, or SKP's list, is still coming in, so that no frame lays
 * out both. */
static gboolean
build_places_cb (gpointer data)
{
  KnWindow *self = data;
  const LazyPlace *visible;

  if (!self->read && self->store != NULL)
    {
      /* The store's employees read in a worker, before Pegawai takes them: building goes on
       * when they are in (on_employees_read_cb). */
      self->read = TRUE;
      if (start_reading_employees (self))
        {
          self->build_source = 0;
          return G_SOURCE_REMOVE;
        }
    }
  visible = find_lazy_place (gtk_stack_get_visible_child_name (self->stack));
  if (visible != NULL && !place_stored (self, visible) && self->store != NULL)
    {
      /* The place the window reopened on (kn-window-memory.c), before all else. */
      store_place (self, visible);
      return next_piece_after_frame (self);
    }
  if (!self->filled)
    {
      /* The start guide (2-3 ms) in the next turn, before the frame: an empty office's first
       * frames show it. */
      fill_employees (self);
      return G_SOURCE_CONTINUE;
    }
  if (!self->guided)
    {
      add_guide (self);
      return next_piece_after_frame (self);
    }
  if (kn_employees_page_is_settling (self->employees_page) ||
      (self->plan_page != NULL && kn_plan_page_is_sorting (self->plan_page)))
    {
      /* Looked at again a little later, rather than every turn while a worker sorts. */
      self->build_source = g_timeout_add_full (G_PRIORITY_LOW, 30, resume_building_cb, self, NULL);
      return G_SOURCE_REMOVE;
    }
  /* Each place in two turns: its template (SKP's ~15 ms at 19,000), then the store. */
  for (guint i = 0; i < G_N_ELEMENTS (lazy_places); i++)
    if (!place_built (self, &lazy_places[i]))
      {
        build_place (self, &lazy_places[i]);
        return next_piece_after_frame (self);
      }
    else if (!place_stored (self, &lazy_places[i]) && self->store != NULL)
      {
        store_place (self, &lazy_places[i]);
        return next_piece_after_frame (self);
      }
  self->build_source = 0;
  self->launched = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAUNCHED]);
  return G_SOURCE_REMOVE;
}

static void
on_first_paint_cb (GdkFrameClock *clock,
                   KnWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint_cb, self);
  if (self->build_source == 0)
    self->build_source = g_idle_add_full (G_PRIORITY_LOW, build_places_cb, self, NULL);
}

static void
on_map_cb (KnWindow *self,
           gpointer  user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  g_signal_handlers_disconnect_by_func (self, on_map_cb, user_data);
  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_first_paint_cb), self, 0);
  else
    fill (self);
}

/* What a place carries to the next: the person chosen on Pegawai to SKP (unless SKP has unsaved
 * changes for someone else); Penilaian's unit, period and chosen person to Laporan. */
static void
carry (KnWindow   *self,
       const char *from,
       const char *to)
{
  KnEmployee *employee = kn_employees_page_get_selected_employee (self->employees_page);
  const char *period;
  gint64 unit_id, employee_id;

  if (g_str_equal (to, "skp") && employee != NULL && self->plan_page != NULL &&
      !kn_plan_page_has_unsaved_changes (self->plan_page))
    kn_plan_page_select_employee (self->plan_page, kn_employee_get_id (employee));
  else if (g_strcmp0 (from, "penilaian") == 0 && g_str_equal (to, "laporan") &&
           self->reports_page != NULL && self->evaluation_page != NULL &&
           kn_evaluation_page_get_shown (self->evaluation_page, &unit_id, &period, &employee_id))
    kn_reports_page_carry (self->reports_page, unit_id, employee_id, period);
}

static void update_office_name (KnWindow *self);
static void apply_login (KnWindow *self);

/* Another program (kinerja-cli, a second window) wrote to the file: the store has reloaded its
 * live lists. Each place follows the store itself (kn-store-follow.h); the window shows the
 * office's name again, and offers what the login may do now (an admin may have changed it). */
static void
on_store_changed_cb (KnStore        *store,
                     KnStoreChanges *changes,
                     KnWindow       *self)
{
  if (kn_store_changes_is_external (changes))
    update_office_name (self);
  if (kn_store_changes_touches (changes, "login"))
    apply_login (self);
}

/* Coming back to the window looks for changes made elsewhere at once (cheap when there are
 * none; the store also watches for them by itself) and for a change of the login's rights. */
static void
on_active_changed_cb (KnWindow   *self,
                      GParamSpec *pspec,
                      gpointer    user_data)
{
  if (self->store != NULL && gtk_window_is_active (GTK_WINDOW (self)))
    {
      kn_store_check_for_changes (self->store);
      kn_store_refresh_login (self->store);
    }
}

static void
on_place_selected_cb (GtkListBox    *list,
                      GtkListBoxRow *row,
                      KnWindow      *self)
{
  g_autofree char *from = NULL;
  const char *name;

  if (row == NULL)
    return;
  from = g_strdup (kn_window_get_place (self));
  name = gtk_widget_get_name (GTK_WIDGET (row));

  /* A place is built and reads the store when first shown; afterwards it follows its changes.
   * Shown before the window (reopened where it was closed), its frame is, empty, until the
   * first frame is drawn (build_places_cb): it comes as soon as Pegawai's would. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) || self->launched)
    ensure_place (self, name);
  gtk_stack_set_visible_child_name (self->stack, name);
  update_title (self);
  if (self->store != NULL)
    carry (self, from, name);
}

static void
on_place_activated_cb (GtkListBox    *list,
                       GtkListBoxRow *row,
                       KnWindow      *self)
{
  /* Folded, the list is all there is: choosing a place (by mouse or Enter) opens it. */
  if (gtk_list_box_get_selected_row (list) != row)
    gtk_list_box_select_row (list, row);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_box));
}

static void
show_places_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KnWindow *self = KN_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->sidebar_box));
}

/* The subtitle of the sidebar: the instansi, or that this is the demo. */
static void
update_office_name (KnWindow *self)
{
  g_autofree char *demo = kn_store_get_setting (self->store, "demo");
  g_autofree char *office = kn_store_get_setting (self->store, KN_SETTING_INSTANSI);

  g_free (self->office_name);
  if (g_strcmp0 (demo, "1") == 0)
    self->office_name = g_strdup (_("Demo data"));
  else
    self->office_name = g_strdup (office != NULL ? office : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFICE_NAME]);
}

static void
on_setting_changed_cb (KnPreferencesWindow *preferences,
                       const char          *key,
                       KnWindow            *self)
{
  /* A place not built yet reads the settings when it is. */
  if (g_str_equal (key, KN_SETTING_INSTANSI))
    update_office_name (self);
  else if (g_str_equal (key, KN_SETTING_JP_PER_YEAR) && self->training_page != NULL)
    kn_training_page_reload (self->training_page);
  else if (g_str_equal (key, KN_SETTING_DEFAULT_PAPER) && self->reports_page != NULL)
    kn_reports_page_use_default_paper (self->reports_page);
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KnWindow *self = KN_WINDOW (widget);
  KnPreferencesWindow *preferences;

  if (self->store == NULL)
    return;

  preferences = kn_preferences_window_new (self->store);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), GTK_WINDOW (self));
  g_signal_connect_object (preferences, "setting-changed", G_CALLBACK (on_setting_changed_cb),
                           self, 0);
  gtk_window_present (GTK_WINDOW (preferences));
}

/* Cadangkan… and Pulihkan…: a backup where the person says, and restoring one. */

static void
show_failure (KnWindow   *self,
              const char *heading,
              const char *message)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                                                         message));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  g_set_weak_pointer (&self->backup_dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
say (KnWindow   *self,
     const char *message)
{
  g_free (self->last_message);
  self->last_message = g_strdup (message);
  kn_window_add_toast (self, message);
}

gboolean
kn_window_backup_to (KnWindow   *self,
                     const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (KN_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!kn_store_backup (self->store, path, &error))
    {
      show_failure (self, _("No Backup Was Made"), error->message);
      return FALSE;
    }
  message = g_strdup_printf (_("Backup saved in %s"), path);
  say (self, message);
  return TRUE;
}

static void
on_restored_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(KnWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *message = NULL;

  /* A window closed meanwhile lives on, unseen, until this has run: the restore is still done. */
  if (!kn_restore_finish (KN_STORE (source), result, &kept, &error))
    {
      show_failure (self, _("The Backup Was Not Restored"), error->message);
      return;
    }
  update_office_name (self);
  if (kept != NULL)
    message = g_strdup_printf (_("Backup restored. What it replaced is kept in %s"), kept);
  else
    message = g_strdup (_("Backup restored"));
  say (self, message);
}

/* The window's own readings may still hold the file a moment: the restore waits for them. */
#define RESTORE_WAIT_SECONDS 60

static void
on_restore_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        KnWindow         *self)
{
  if (g_str_equal (response, "restore"))
    kn_restore_async (self->store, GTK_WINDOW (self), g_object_get_data (G_OBJECT (dialog), "backup"),
                      RESTORE_WAIT_SECONDS, on_restored_cb, g_object_ref (self));
}

void
kn_window_ask_restore (KnWindow   *self,
                       const char *backup)
{
  g_autofree char *folder = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (KN_IS_WINDOW (self));
  g_return_if_fail (backup != NULL);

  folder = kn_store_backup_folder (kn_store_get_path (self->store));
  body = g_strdup_printf (_("Everything in “%s” will be replaced by what the backup “%s” holds. "
                            "What the database holds now is kept first as a copy in the folder “%s”."),
                          kn_store_get_path (self->store), backup, folder);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Restore This Backup?"), body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "restore", _("_Restore"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "backup", g_strdup (backup), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response_cb), self, 0);
  g_set_weak_pointer (&self->backup_dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        KnWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  gboolean saving = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);

  if (path == NULL)
    return;
  if (saving)
    kn_window_backup_to (self, path);
  else
    kn_window_ask_restore (self, path);
}

static void
open_chooser (KnWindow             *self,
              GtkFileChooserAction  action)
{
  if (self->chooser != NULL)
    return;

  self->chooser = kn_backup_chooser_new (GTK_WINDOW (self), self->store, action);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           0);
  gtk_native_dialog_show (self->chooser);
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_chooser (KN_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SAVE);
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  open_chooser (KN_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

GtkWindow *
kn_window_get_backup_dialog (KnWindow *self)
{
  g_return_val_if_fail (KN_IS_WINDOW (self), NULL);
  return self->backup_dialog;
}

GtkNativeDialog *
kn_window_get_chooser (KnWindow *self)
{
  g_return_val_if_fail (KN_IS_WINDOW (self), NULL);
  return self->chooser;
}

const char *
kn_window_get_last_message (KnWindow *self)
{
  g_return_val_if_fail (KN_IS_WINDOW (self), NULL);
  return self->last_message;
}

/* F1 or the help button: the help of the place shown. */
static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KnHelpTopic topic = KN_HELP_TOPIC_MULAI;
  KnHelpWindow *help;

  kn_help_topic_from_id (kn_window_get_place (KN_WINDOW (widget)), &topic);
  help = kn_help_window_new (topic);
  gtk_window_set_transient_for (GTK_WINDOW (help), GTK_WINDOW (widget));
  gtk_window_present (GTK_WINDOW (help));
}

/* Tim Penilai Kinerja… (main menu, Penilaian): the teams of this year. */
static void
review_team_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KnWindow *self = KN_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  KnReviewDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = kn_review_dialog_new (self->store, (guint)g_date_time_get_year (now), NULL);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_place_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  kn_window_show_place (KN_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
kn_window_dispose (GObject *object)
{
  KnWindow *self = KN_WINDOW (object);

  g_clear_handle_id (&self->build_source, g_source_remove);
  stop_waiting_for_frame (self);
  kn_store_reading_cancel (&self->employees_reading);
  if (self->watching)
    kn_store_watch_for_changes (self->store, FALSE);
  self->watching = FALSE;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (object), KN_TYPE_WINDOW);
  /* The places went with their frames. */
  for (guint i = 0; i < G_N_ELEMENTS (lazy_places); i++)
    G_STRUCT_MEMBER (GtkWidget *, self, lazy_places[i].page_offset) = NULL;

  G_OBJECT_CLASS (kn_window_parent_class)->dispose (object);
}

static void
kn_window_finalize (GObject *object)
{
  KnWindow *self = (KnWindow *)object;

  g_clear_object (&self->store);
  g_clear_pointer (&self->office_name, g_free);
  g_clear_pointer (&self->last_message, g_free);

  G_OBJECT_CLASS (kn_window_parent_class)->finalize (object);
}

static void
kn_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KnWindow *self = KN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_OFFICE_NAME:
      g_value_set_string (value, self->office_name);
      break;
    case PROP_LAUNCHED:
      g_value_set_boolean (value, self->launched);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KnWindow *self = KN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The Panduan Memulai of an empty database, under the header bar; it hides itself. It reads the
 * settings again when the window comes back (from Preferensi). */
static void
kn_window_add_start_guide (KnWindow *self)
{
  GtkWidget *guide = kn_start_guide_new (self->store);

  gtk_box_insert_child_after (self->content_box, guide,
                              gtk_widget_get_first_child (GTK_WIDGET (self->content_box)));
  g_signal_connect_object (self, "notify::is-active", G_CALLBACK (kn_start_guide_update), guide,
                           G_CONNECT_SWAPPED);
}

/* On a server, who is signed in (the header's subtitle) and only what their role may do; on a
 * file, everything. The pages offer their own actions by the same rights (kn_store_login_may). */
static void
apply_login (KnWindow *self)
{
  g_autofree char *login = kn_store_describe_login (self->store);

  if (login != NULL)
    {
      /* TRANSLATORS: the header's subtitle on a server: who is signed in and their role */
      g_autofree char *subtitle = g_strdup_printf (_("Signed in as %s"), login);

      adw_window_title_set_subtitle (self->page_title, subtitle);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.preferences",
                                 kn_store_login_may (self->store, KN_STORE_RIGHT_SETTINGS, 0));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore",
                                 kn_store_login_may (self->store, KN_STORE_RIGHT_SETTINGS, 0));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.review-team",
                                 kn_store_login_may (self->store, KN_STORE_RIGHT_REVIEW, 0) ||
                                 kn_store_login_may (self->store, KN_STORE_RIGHT_DECIDE, 0));
  apply_place_rights (self);
}

/* The places' commands that no selection turns back on: importing training and surveys,
 * typing a survey in, removing training (kept by admins and operators); for each place built. */
static void
apply_place_rights (KnWindow *self)
{
  gboolean keeps = kn_store_login_may (self->store, KN_STORE_RIGHT_KEEP_PEOPLE, 0);

  if (self->training_page != NULL)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self->training_page), "training.import", keeps);
      gtk_widget_action_set_enabled (GTK_WIDGET (self->training_page), "training.delete-focused",
                                     keeps);
    }
  if (self->skm_page != NULL)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self->skm_page), "skm.import", keeps);
      gtk_widget_action_set_enabled (GTK_WIDGET (self->skm_page), "skm.type-in", keeps);
    }
}

static void
kn_window_constructed (GObject *object)
{
  KnWindow *self = KN_WINDOW (object);

  G_OBJECT_CLASS (kn_window_parent_class)->constructed (object);

  if (self->store != NULL)
    {
      update_office_name (self);
      apply_login (self);
      g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
      /* Other desks' changes (kinerja-cli beside it, a colleague on the server) show by
       * themselves, also while the window is left open without the focus. */
      kn_store_watch_for_changes (self->store, TRUE);
      self->watching = TRUE;
    }
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_active_changed_cb), NULL);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);

  kn_window_show_place (self, "pegawai");
}

static gboolean
save_before_close (GtkWindow *window)
{
  KnWindow *self = KN_WINDOW (window);

  if (kn_plan_page_save_changes (self->plan_page))
    return TRUE;
  /* The SKP place says what is wrong; the window stays. */
  kn_window_show_place (self, "skp");
  return FALSE;
}

/* Closing (the window's button, Ctrl+Q) with an SKP edited but not saved asks first. */
static gboolean
kn_window_close_request (GtkWindow *window)
{
  KnWindow *self = KN_WINDOW (window);

  if (!kn_close_guard_may_close (window,
                                 self->plan_page != NULL &&
                                 kn_plan_page_has_unsaved_changes (self->plan_page),
                                 _("Save the Changes to This SKP?"),
                                 _("The SKP you were editing has changes that are not saved yet. Kinerja closes once you choose."),
                                 save_before_close))
    return TRUE;
  return GTK_WINDOW_CLASS (kn_window_parent_class)->close_request (window);
}

/* Set after the first frame (kn-late-tooltips.h). */
static const KnLateTooltip window_tooltips[] = {
  { "main_menu_button", N_("Main Menu") },
  { "back_button", N_("Back to the Places") },
  { "help_button", N_("Help for This Place (F1)") },
};

static void
kn_window_class_init (KnWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const char *places[] = { "beranda", "pegawai", "skp", "penilaian", "laporan", "kompetensi",
                           "skm" };

  object_class->dispose = kn_window_dispose;
  object_class->finalize = kn_window_finalize;
  object_class->get_property = kn_window_get_property;
  object_class->set_property = kn_window_set_property;
  object_class->constructed = kn_window_constructed;
  GTK_WINDOW_CLASS (klass)->close_request = kn_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, KN_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OFFICE_NAME] =
    g_param_spec_string ("office-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAUNCHED] =
    g_param_spec_boolean ("launched", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KN_TYPE_EMPLOYEES_PAGE);
  for (guint i = 0; i < G_N_ELEMENTS (lazy_places); i++)
    g_type_ensure (lazy_places[i].get_type ());

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/id/go/lampungprov/Kinerja/kn-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KnWindow, leaflet);
  for (guint i = 0; i < G_N_ELEMENTS (window_tooltips); i++)
    gtk_widget_class_bind_template_child_full (widget_class, window_tooltips[i].child, FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, KnWindow, sidebar_box);
  gtk_widget_class_bind_template_child (widget_class, KnWindow, places_list);
  gtk_widget_class_bind_template_child (widget_class, KnWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, KnWindow, page_title);
  gtk_widget_class_bind_template_child (widget_class, KnWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KnWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KnWindow, employees_page);
  gtk_widget_class_bind_template_callback (widget_class, on_place_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_place_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.show-places", NULL, show_places_action);
  gtk_widget_class_install_action (widget_class, "win.show-place", "s", show_place_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "win.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "win.restore", NULL, restore_action);
  gtk_widget_class_install_action (widget_class, "win.help", NULL, help_action);
  gtk_widget_class_install_action (widget_class, "win.review-team", NULL, review_team_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "win.help", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK,
                                       "win.preferences", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-place", "s", places[i]);
}

static void
kn_window_init (KnWindow *self)
{
  self->background_from = 2000;
  gtk_widget_init_template (GTK_WIDGET (self));
  kn_late_tooltips_set (GTK_WIDGET (self), KN_TYPE_WINDOW, window_tooltips,
                        G_N_ELEMENTS (window_tooltips));

#ifdef DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

void
kn_window_set_background_from (KnWindow *self,
                               guint     n_employees)
{
  g_return_if_fail (KN_IS_WINDOW (self));
  self->background_from = n_employees;
}

KnWindow *
kn_window_new (KnApplication *application,
               KnStore       *store)
{
  g_return_val_if_fail (KN_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (KN_IS_STORE (store), NULL);

  return g_object_new (KN_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

gboolean
kn_window_is_launched (KnWindow *self)
{
  g_return_val_if_fail (KN_IS_WINDOW (self), FALSE);
  return self->launched;
}

KnStore *
kn_window_get_store (KnWindow *self)
{
  g_return_val_if_fail (KN_IS_WINDOW (self), NULL);
  return self->store;
}

KnDashboardPage *
kn_window_get_dashboard_page (KnWindow *self)
{
  g_return_val_if_fail (KN_IS_WINDOW (self), NULL);
  ensure_place (self, "beranda");
  return self->dashboard_page;
}

KnSkmPage *
kn_window_get_skm_page (KnWindow *self)
{
  g_return_val_if_fail (KN_IS_WINDOW (self), NULL);
  ensure_place (self, "skm");
  return self->skm_page;
}

KnReportsPage *
kn_window_get_reports_page (KnWindow *self)
{
  g_return_val_if_fail (KN_IS_WINDOW (self), NULL);
  ensure_place (self, "laporan");
  return self->reports_page;
}

KnTrainingPage *
kn_window_get_training_page (KnWindow *self)
{
  g_return_val_if_fail (KN_IS_WINDOW (self), NULL);
  ensure_place (self, "kompetensi");
  return self->training_page;
}

KnEvaluationPage *
kn_window_get_evaluation_page (KnWindow *self)
{
  g_return_val_if_fail (KN_IS_WINDOW (self), NULL);
  ensure_place (self, "penilaian");
  return self->evaluation_page;
}

KnPlanPage *
kn_window_get_plan_page (KnWindow *self)
{
  g_return_val_if_fail (KN_IS_WINDOW (self), NULL);
  ensure_place (self, "skp");
  return self->plan_page;
}

KnEmployeesPage *
kn_window_get_employees_page (KnWindow *self)
{
  g_return_val_if_fail (KN_IS_WINDOW (self), NULL);
  fill (self);
  return self->employees_page;
}

void
kn_window_show_place (KnWindow   *self,
                      const char *place)
{
  GtkListBoxRow *row;

  g_return_if_fail (KN_IS_WINDOW (self));

  row = find_place_row (self, place);
  if (row == NULL)
    {
      g_warning ("Unknown place “%s”", place);
      return;
    }

  gtk_list_box_select_row (self->places_list, row);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_box));
}

const char *
kn_window_get_place (KnWindow *self)
{
  g_return_val_if_fail (KN_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
kn_window_get_page_title (KnWindow *self)
{
  g_return_val_if_fail (KN_IS_WINDOW (self), NULL);
  return adw_window_title_get_title (self->page_title);
}

const char *
kn_window_get_login_subtitle (KnWindow *self)
{
  const char *subtitle;

  g_return_val_if_fail (KN_IS_WINDOW (self), NULL);
  subtitle = adw_window_title_get_subtitle (self->page_title);
  return subtitle != NULL && subtitle[0] != '\0' ? subtitle : NULL;
}

void
kn_window_add_toast (KnWindow   *self,
                     const char *message)
{
  g_return_if_fail (KN_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}
