/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Preferences window: opened with Ctrl+comma or from the main menu, it stores the
 * instansi, the city, the letterhead and its logo, the JP per year and the default paper, and
 * the window follows at once. */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#include "kn-application.h"
#include "kn-preferences-window.h"
#include "kn-test-ui.h"
#include "kn-window.h"

typedef KnTestWindow Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = kn_test_store_new ("kinerja-ui-prefs-XXXXXX", &fixture->dir, &fixture->path);
  kn_test_add_unit (fixture->store, "Badan Kepegawaian Daerah", 0);
  fixture->window = kn_test_ui_open_window ("id.go.lampungprov.Kinerja.TestPreferences",
                                             fixture->store, &fixture->app);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_window_close (fixture);
}

static KnPreferencesWindow *
open_preferences (Fixture *fixture)
{
  GtkWindow *preferences;

  /* Ctrl+comma, as the shortcuts window says. */
  g_assert_true (kn_test_press (GTK_WIDGET (fixture->window), GDK_KEY_comma, GDK_CONTROL_MASK));
  kn_test_spin ();
  preferences = kn_test_find_toplevel (KN_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (fixture->window));
  return KN_PREFERENCES_WINDOW (preferences);
}

static char *
setting (Fixture    *fixture,
         const char *key)
{
  return kn_store_get_setting (fixture->store, key);
}

/* The main menu has the Preferences, under the action that Ctrl+comma runs. */
static void
test_in_the_menu (Fixture       *fixture,
                  gconstpointer  data)
{
  GMenuModel *menu = kn_test_primary_menu (GTK_WIDGET (fixture->window));
  gboolean found = FALSE;

  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      GMenuModel *section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *action = NULL;
          g_autofree char *label = NULL;

          g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
          g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
          if (g_strcmp0 (action, "win.preferences") == 0)
            {
              found = TRUE;
              g_assert_cmpstr (label, ==, "_Preferensi");
            }
        }
      g_clear_object (&section);
    }
  g_assert_true (found);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.preferences", NULL));
  kn_test_spin ();
  g_assert_nonnull (kn_test_find_toplevel (KN_TYPE_PREFERENCES_WINDOW));
}

/* The instansi is no longer fixed: typed and applied, it is stored and the window shows it. */
static void
test_instansi_and_city (Fixture       *fixture,
                        gconstpointer  data)
{
  KnPreferencesWindow *preferences;
  GtkEditable *instansi;
  GtkEditable *kota;
  g_autofree char *stored = NULL;
  g_autofree char *city = NULL;
  g_autofree char *subtitle = NULL;

  /* A new database says the province's name until the office changes it. */
  stored = setting (fixture, "instansi");
  g_assert_cmpstr (stored, ==, "Pemerintah Provinsi Lampung");
  g_clear_pointer (&stored, g_free);

  preferences = open_preferences (fixture);
  instansi = kn_preferences_window_get_entry (preferences, "instansi");
  g_assert_cmpstr (gtk_editable_get_text (instansi), ==, "Pemerintah Provinsi Lampung");
  gtk_editable_set_text (instansi, "Pemerintah Kabupaten Lampung Selatan");
  kn_test_enter (GTK_WIDGET (instansi));
  kn_test_spin ();
  stored = setting (fixture, "instansi");
  g_assert_cmpstr (stored, ==, "Pemerintah Kabupaten Lampung Selatan");
  g_object_get (fixture->window, "office-name", &subtitle, NULL);
  g_assert_cmpstr (subtitle, ==, "Pemerintah Kabupaten Lampung Selatan");

  /* An empty name is refused with a message; the stored one stays. */
  gtk_editable_set_text (instansi, "   ");
  kn_test_enter (GTK_WIDGET (instansi));
  kn_test_spin ();
  g_assert_nonnull (kn_preferences_window_get_message (preferences));
  g_clear_pointer (&stored, g_free);
  stored = setting (fixture, "instansi");
  g_assert_cmpstr (stored, ==, "Pemerintah Kabupaten Lampung Selatan");

  /* Typed and not applied: kept when the window closes, never dropped. */
  kota = kn_preferences_window_get_entry (preferences, "kota");
  gtk_editable_set_text (kota, "Kalianda");
  gtk_window_close (GTK_WINDOW (preferences));
  kn_test_spin ();
  city = setting (fixture, "kota");
  g_assert_cmpstr (city, ==, "Kalianda");
}

/* The letterhead's lines and logo (PNG or SVG; anything else refused, naming the file). */
static void
test_letterhead (Fixture       *fixture,
                 gconstpointer  data)
{
  static const guchar png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
                                0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6,
                                0, 0, 0, 0x1f, 0x15, 0xc4, 0x89 };
  g_autofree char *logo = g_build_filename (fixture->dir, "logo-lampung.png", NULL);
  g_autofree char *text = g_build_filename (fixture->dir, "logo.txt", NULL);
  KnPreferencesWindow *preferences = open_preferences (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *lines = NULL;
  g_autofree char *stored = NULL;

  gtk_editable_set_text (kn_preferences_window_get_entry (preferences, "letterhead-1"),
                         "PEMERINTAH PROVINSI LAMPUNG");
  gtk_editable_set_text (kn_preferences_window_get_entry (preferences, "letterhead-2"),
                         "BADAN KEPEGAWAIAN DAERAH");
  kn_test_enter (GTK_WIDGET (kn_preferences_window_get_entry (preferences, "letterhead-2")));
  kn_test_spin ();
  lines = setting (fixture, "letterhead-lines");
  g_assert_cmpstr (lines, ==, "PEMERINTAH PROVINSI LAMPUNG\nBADAN KEPEGAWAIAN DAERAH");

  g_assert_true (g_file_set_contents (logo, (const char *)png, sizeof png, NULL));
  g_assert_true (g_file_set_contents (text, "bukan gambar", -1, NULL));
  g_assert_false (kn_preferences_window_set_logo_file (preferences, text, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "logo.txt"));
  stored = setting (fixture, "letterhead-logo");
  g_assert_null (stored);

  g_assert_true (kn_preferences_window_set_logo_file (preferences, logo, NULL));
  stored = setting (fixture, "letterhead-logo");
  g_assert_cmpstr (stored, ==, logo);
}

/* An SVG logo is drawn into a PNG when it is chosen, so that every form can draw it; the
 * setting names the PNG. */
static void
test_letterhead_svg (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char svg[] =
    "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='48' viewBox='0 0 40 48'>"
    "<rect x='2' y='2' width='36' height='44' fill='#1a5e20'/></svg>";
  g_autofree char *logo = g_build_filename (fixture->dir, "logo-lampung.svg", NULL);
  KnPreferencesWindow *preferences = open_preferences (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_set_contents (logo, svg, -1, NULL));
  g_assert_true (kn_preferences_window_set_logo_file (preferences, logo, &error));
  g_assert_no_error (error);
  stored = setting (fixture, "letterhead-logo");
  g_assert_nonnull (stored);
  g_assert_true (g_str_has_suffix (stored, ".png"));
  g_assert_true (g_file_get_contents (stored, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpint (memcmp (contents, "\x89PNG", 4), ==, 0);
  pixbuf = gdk_pixbuf_new_from_file (stored, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 256);
  g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 213);
}

/* The JP owed each year and the default paper; Kompetensi and Laporan follow. */
static void
test_jp_and_paper (Fixture       *fixture,
                   gconstpointer  data)
{
  KnPreferencesWindow *preferences = open_preferences (fixture);
  g_autofree char *jp = setting (fixture, "jp-per-year");
  g_autofree char *paper = setting (fixture, "default-paper");

  /* Showing the defaults stores nothing: only a choice made in the window does. */
  g_assert_null (jp);
  g_assert_null (paper);
  g_assert_cmpfloat (gtk_spin_button_get_value (kn_preferences_window_get_jp (preferences)), ==, 20);
  gtk_spin_button_set_value (kn_preferences_window_get_jp (preferences), 24);
  kn_test_spin ();
  jp = setting (fixture, "jp-per-year");
  g_assert_cmpstr (jp, ==, "24");
  g_assert_cmpfloat (kn_store_get_jp_per_year (fixture->store), ==, 24);

  adw_combo_row_set_selected (kn_preferences_window_get_paper (preferences), 1);
  kn_test_spin ();
  paper = setting (fixture, "default-paper");
  g_assert_cmpstr (paper, ==, "f4");
}

/* Types @values into the entries of @keys one by one (each starts empty and is stored as
 * applied), empties @nip_key (its setting goes), then opens the window again and finds
 * @values[@shown] in the entry of @keys[@shown]. */
static void
check_person_entries (Fixture           *fixture,
                      const char *const *keys,
                      const char *const *values,
                      guint              n_keys,
                      const char        *nip_key,
                      guint              shown)
{
  KnPreferencesWindow *preferences = open_preferences (fixture);

  for (guint i = 0; i < n_keys; i++)
    {
      GtkEditable *entry = kn_preferences_window_get_entry (preferences, keys[i]);
      g_autofree char *stored = NULL;

      g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
      gtk_editable_set_text (entry, values[i]);
      kn_test_enter (GTK_WIDGET (entry));
      kn_test_spin ();
      stored = setting (fixture, keys[i]);
      g_assert_cmpstr (stored, ==, values[i]);
    }

  {
    GtkEditable *nip = kn_preferences_window_get_entry (preferences, nip_key);
    g_autofree char *stored = NULL;

    gtk_editable_set_text (nip, "");
    kn_test_enter (GTK_WIDGET (nip));
    kn_test_spin ();
    stored = setting (fixture, nip_key);
    g_assert_null (stored);
  }

  gtk_window_close (GTK_WINDOW (preferences));
  kn_test_spin ();
  preferences = open_preferences (fixture);
  g_assert_cmpstr (gtk_editable_get_text (kn_preferences_window_get_entry (preferences,
                                                                           keys[shown])),
                   ==, values[shown]);
}

/* The pejabat penilai of a kepala OPD, outside the roster, is recorded here: each line applied
 * is stored, an emptied one removed, and the window shows them when opened again. */
static void
test_jpt_assessor (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char * const keys[] = {
    KN_SETTING_JPT_ASSESSOR_NAME, KN_SETTING_JPT_ASSESSOR_POSITION, KN_SETTING_JPT_ASSESSOR_RANK,
    KN_SETTING_JPT_ASSESSOR_NIP,
  };
  static const char * const values[] = {
    "Dr. H. Ahmad Saputra, M.Si.", "Sekretaris Daerah Provinsi Lampung",
    "Pembina Utama Madya, IV/d", "196805121994031004",
  };

  check_person_entries (fixture, keys, values, G_N_ELEMENTS (keys), KN_SETTING_JPT_ASSESSOR_NIP,
                        0);
}

/* The atasan pejabat penilai of a kepala OPD (the Gubernur) likewise: name, jabatan and an
 * optional NIP, stored as applied and shown again. */
static void
test_jpt_superior (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char * const keys[] = {
    KN_SETTING_JPT_SUPERIOR_NAME, KN_SETTING_JPT_SUPERIOR_POSITION, KN_SETTING_JPT_SUPERIOR_NIP,
  };
  static const char * const values[] = {
    "Ir. H. Bambang Wirawan, M.M.", "Gubernur Lampung", "196805121994031004",
  };

  check_person_entries (fixture, keys, values, G_N_ELEMENTS (keys), KN_SETTING_JPT_SUPERIOR_NIP,
                        1);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/preferences/in-the-menu", test_in_the_menu);
  ADD ("/ui/preferences/instansi-and-city", test_instansi_and_city);
  ADD ("/ui/preferences/jpt-assessor", test_jpt_assessor);
  ADD ("/ui/preferences/jpt-superior", test_jpt_superior);
  ADD ("/ui/preferences/letterhead", test_letterhead);
  ADD ("/ui/preferences/letterhead-svg", test_letterhead_svg);
  ADD ("/ui/preferences/jp-and-paper", test_jp_and_paper);
#undef ADD

  return g_test_run ();
}
