/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The first-run guide (issue 14): for a clerk who opens Kinerja on an empty database, the steps
 * in the order they depend on each other, each one a button to the place where it is done. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <adwaita.h>

#include "kn-preferences-window.h"
#include "kn-start-guide.h"

struct _KnStartGuide
{
  GtkBox      parent_instance;

  KnStore    *store;      /* owned */
  GListModel *units;      /* owned: the store's live list */
  GListModel *employees;  /* owned: the store's live list */
  GtkWidget  *hide_button;
  GtkWidget  *steps;      /* the revealer of the intro and the step list */
  GtkWidget  *ticks[KN_START_STEP_N];
  GtkWidget  *buttons[KN_START_STEP_N];
  gboolean    done[KN_START_STEP_N];
};

G_DEFINE_FINAL_TYPE (KnStartGuide, kn_start_guide, GTK_TYPE_BOX)

typedef struct
{
  const char *title;
  const char *subtitle;
  const char *button;
  const char *action;
  const char *place;   /* the parameter of win.show-place, or NULL */
} Step;

static const Step steps[KN_START_STEP_N] = {
  { N_("Fill in the instansi and the letterhead in Preferences"),
    N_("They are printed on every document. The step is done once the letterhead is filled in."),
    N_("Open Preferences"), "win.preferences", NULL },
  { N_("Add the unit kerja"),
    N_("On the Pegawai place, the button “+” beside “Unit Kerja”: the office first, then its "
       "bidang and UPTD."),
    N_("Go to Pegawai"), "win.show-place", "pegawai" },
  { N_("Import or add the employees"),
    N_("On the Pegawai place, the button “Import…” beside “Add Employee” reads the roster from "
       "Excel or CSV."),
    N_("Go to Pegawai"), "win.show-place", "pegawai" },
  { N_("Prepare an SKP template for each jabatan"),
    N_("On the SKP place, draw up one good SKP of a jabatan and choose “Save as Template of the "
       "Jabatan” in its menu; then apply it to everyone with that jabatan."),
    N_("Go to SKP"), "win.show-place", "skp" },
  { N_("Draw up the SKP"),
    N_("Each employee's plan for the year, from the superior's."),
    N_("Go to SKP"), "win.show-place", "skp" },
  { N_("Rate the performance"),
    N_("Each period, the ratings of hasil kerja and perilaku."),
    N_("Go to Penilaian"), "win.show-place", "penilaian" },
};

void
kn_start_guide_update (KnStartGuide *self)
{
  g_autofree char *letterhead = NULL;
  g_auto(GStrv) templates = NULL;
  guint n_units, n_people;

  g_return_if_fail (KN_IS_START_GUIDE (self));

  /* A new database has a nama instansi already (the province's): the kop surat tells that the
   * office's own were filled in. */
  letterhead = kn_store_get_setting (self->store, KN_SETTING_LETTERHEAD_LINES);
  n_units = g_list_model_get_n_items (self->units);
  n_people = g_list_model_get_n_items (self->employees);

  self->done[KN_START_STEP_INSTANSI] = letterhead != NULL && *g_strstrip (letterhead) != '\0';
  self->done[KN_START_STEP_UNITS] = n_units > 0;
  self->done[KN_START_STEP_PEOPLE] = n_people > 0;
  templates = kn_store_list_templates (self->store);
  self->done[KN_START_STEP_TEMPLATES] = templates != NULL && templates[0] != NULL;

  for (guint i = 0; i < KN_START_STEP_N; i++)
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (self->ticks[i]),
                                    self->done[i] ? "object-select-symbolic"
                                                  : "radio-symbolic");
      gtk_widget_set_tooltip_text (self->ticks[i], self->done[i] ? _("Done") : _("Not yet"));
    }

  /* With units and people the places themselves guide the rest. */
  gtk_widget_set_visible (GTK_WIDGET (self), n_units == 0 || n_people == 0);
}

gboolean
kn_start_guide_step_is_done (KnStartGuide *self,
                             KnStartStep   step)
{
  g_return_val_if_fail (KN_IS_START_GUIDE (self), FALSE);
  g_return_val_if_fail (step < KN_START_STEP_N, FALSE);
  return self->done[step];
}

GtkWidget *
kn_start_guide_get_button (KnStartGuide *self,
                           KnStartStep   step)
{
  g_return_val_if_fail (KN_IS_START_GUIDE (self), NULL);
  g_return_val_if_fail (step < KN_START_STEP_N, NULL);
  return self->buttons[step];
}

GtkWidget *
kn_start_guide_get_hide_button (KnStartGuide *self)
{
  g_return_val_if_fail (KN_IS_START_GUIDE (self), NULL);
  return self->hide_button;
}

/* The steps fold away under the title line (the place below gets the room) and come back. */
static void
on_hide_clicked_cb (GtkButton    *button,
                    KnStartGuide *self)
{
  gboolean shown = !gtk_revealer_get_reveal_child (GTK_REVEALER (self->steps));

  gtk_revealer_set_reveal_child (GTK_REVEALER (self->steps), shown);
  gtk_button_set_label (button, shown ? _("_Hide the Steps") : _("_Show the Steps"));
}

static void
on_items_changed_cb (GListModel   *model,
                     guint         position,
                     guint         removed,
                     guint         added,
                     KnStartGuide *self)
{
  kn_start_guide_update (self);
}

static void
kn_start_guide_dispose (GObject *object)
{
  KnStartGuide *self = KN_START_GUIDE (object);

  if (self->units != NULL)
    g_signal_handlers_disconnect_by_data (self->units, self);
  if (self->employees != NULL)
    g_signal_handlers_disconnect_by_data (self->employees, self);
  g_clear_object (&self->units);
  g_clear_object (&self->employees);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kn_start_guide_parent_class)->dispose (object);
}

static void
kn_start_guide_class_init (KnStartGuideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kn_start_guide_dispose;
}

/* Compact enough for a 1024×600 screen: the title line with the intro and the hide button,
 * then the steps, which scroll beyond about three of them rather than push the place below
 * out of the window. */
#define STEPS_MAX_HEIGHT 200

static void
kn_start_guide_init (KnStartGuide *self)
{
  GtkWidget *header, *title, *intro, *body, *scrolled, *list;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 12);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (self), header);

  title = gtk_label_new (_("Getting Started"));
  gtk_widget_add_css_class (title, "title-4");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_valign (title, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), title);

  intro = gtk_label_new (_("This database is still empty. Do these steps in order; each button "
                           "opens the place where the step is done."));
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_widget_set_hexpand (intro, TRUE);
  gtk_widget_set_valign (intro, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (intro, "dim-label");
  gtk_box_append (GTK_BOX (header), intro);

  self->hide_button = gtk_button_new_with_mnemonic (_("_Hide the Steps"));
  gtk_widget_set_valign (self->hide_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->hide_button, "flat");
  g_signal_connect (self->hide_button, "clicked", G_CALLBACK (on_hide_clicked_cb), self);
  gtk_box_append (GTK_BOX (header), self->hide_button);

  self->steps = gtk_revealer_new ();
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->steps), TRUE);
  gtk_box_append (GTK_BOX (self), self->steps);
  body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_margin_top (body, 6);
  gtk_revealer_set_child (GTK_REVEALER (self->steps), body);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), STEPS_MAX_HEIGHT);
  gtk_box_append (GTK_BOX (body), scrolled);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);

  for (guint i = 0; i < KN_START_STEP_N; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *numbered = g_strdup_printf ("%u. %s", i + 1, _(steps[i].title));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), numbered);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(steps[i].subtitle));

      self->ticks[i] = gtk_image_new ();
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), self->ticks[i]);

      self->buttons[i] = gtk_button_new_with_label (_(steps[i].button));
      gtk_widget_set_valign (self->buttons[i], GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->buttons[i]), steps[i].action);
      if (steps[i].place != NULL)
        gtk_actionable_set_action_target (GTK_ACTIONABLE (self->buttons[i]), "s", steps[i].place);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->buttons[i]);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
}

GtkWidget *
kn_start_guide_new (KnStore *store)
{
  KnStartGuide *self;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);

  self = g_object_new (KN_TYPE_START_GUIDE, NULL);
  self->store = g_object_ref (store);
  self->units = g_object_ref (kn_store_get_units (store));
  self->employees = g_object_ref (kn_store_get_employees (store));
  g_signal_connect (self->units, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  g_signal_connect (self->employees, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  kn_start_guide_update (self);

  return GTK_WIDGET (self);
}
