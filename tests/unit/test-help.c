/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the help: the markup parser and its errors, and the help texts themselves — every
 * one parses, and every bold word names something the Indonesian interface really shows. */

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib-object.h>

#include "kinerja/kn-help.h"

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack ? haystack : "(null)", needle);
}

static const KnHelpBlock *
block_at (const KnHelpPage *page,
          guint             section,
          guint             block)
{
  const KnHelpSection *s;

  g_assert_cmpuint (section, <, page->sections->len);
  s = g_ptr_array_index (page->sections, section);
  g_assert_cmpuint (block, <, s->blocks->len);

  return g_ptr_array_index (s->blocks, block);
}

/* Topics */

static void
test_topics (void)
{
  static const char * const ids[KN_HELP_N_TOPICS] = {
    "mulai", "beranda", "pegawai", "skp", "penilaian", "laporan", "kompetensi", "skm",
    "tim-penilai",
  };

  for (guint i = 0; i < KN_HELP_N_TOPICS; i++)
    {
      KnHelpTopic topic = KN_HELP_N_TOPICS;

      g_assert_cmpstr (kn_help_topic_id (i), ==, ids[i]);
      g_assert_true (kn_help_topic_from_id (ids[i], &topic));
      g_assert_cmpint (topic, ==, i);
    }

  {
    KnHelpTopic topic = KN_HELP_TOPIC_SKP;

    g_assert_false (kn_help_topic_from_id ("Beranda", &topic));
    g_assert_false (kn_help_topic_from_id ("", &topic));
    g_assert_false (kn_help_topic_from_id (NULL, &topic));
    g_assert_cmpint (topic, ==, KN_HELP_TOPIC_SKP);
  }
}

/* The markup */

static const char sample[] =
  "# Contoh\n"
  "\n"
  "Pembuka yang\n"
  "berlanjut di baris kedua & punya **kata tebal**.\n"
  "\n"
  "## Langkah\n"
  "\n"
  "1. Tekan **Simpan**.\n"
  "2. Langkah kedua yang panjang\n"
  "   dan berlanjut.\n"
  "\n"
  "3. Langkah ketiga sesudah baris kosong.\n"
  "Paragraf sesudah langkah.\n"
  "1. Daftar baru mulai dari satu.\n"
  "\n"
  "## Daftar\n"
  "- Butir **satu** dan **dua**\n"
  "  berlanjut.\n"
  "- Butir kedua.\n";

static void
test_parse_structure (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnHelpPage) page = kn_help_parse ("contoh.txt", sample, -1, &error);
  const KnHelpSection *intro, *steps, *list;
  const KnHelpBlock *b;

  g_assert_no_error (error);
  g_assert_nonnull (page);
  g_assert_cmpstr (page->id, ==, "contoh.txt");
  g_assert_cmpstr (page->title, ==, "Contoh");
  g_assert_cmpuint (page->sections->len, ==, 3);

  intro = g_ptr_array_index (page->sections, 0);
  g_assert_null (intro->heading);
  g_assert_cmpuint (intro->blocks->len, ==, 1);
  b = block_at (page, 0, 0);
  g_assert_cmpint (b->kind, ==, KN_HELP_BLOCK_PARAGRAPH);
  g_assert_cmpuint (b->number, ==, 0);
  g_assert_cmpstr (b->text, ==,
                   "Pembuka yang berlanjut di baris kedua & punya kata tebal.");
  g_assert_cmpstr (b->markup, ==,
                   "Pembuka yang berlanjut di baris kedua &amp; punya <b>kata tebal</b>.");

  steps = g_ptr_array_index (page->sections, 1);
  g_assert_cmpstr (steps->heading, ==, "Langkah");
  g_assert_cmpuint (steps->blocks->len, ==, 5);
  b = block_at (page, 1, 0);
  g_assert_cmpint (b->kind, ==, KN_HELP_BLOCK_STEP);
  g_assert_cmpuint (b->number, ==, 1);
  g_assert_cmpstr (b->markup, ==, "Tekan <b>Simpan</b>.");
  b = block_at (page, 1, 1);
  g_assert_cmpuint (b->number, ==, 2);
  g_assert_cmpstr (b->text, ==, "Langkah kedua yang panjang dan berlanjut.");
  b = block_at (page, 1, 2);
  g_assert_cmpuint (b->number, ==, 3);
  b = block_at (page, 1, 3);
  g_assert_cmpint (b->kind, ==, KN_HELP_BLOCK_PARAGRAPH);
  g_assert_cmpstr (b->text, ==, "Paragraf sesudah langkah.");
  b = block_at (page, 1, 4);
  g_assert_cmpint (b->kind, ==, KN_HELP_BLOCK_STEP);
  g_assert_cmpuint (b->number, ==, 1);

  list = g_ptr_array_index (page->sections, 2);
  g_assert_cmpstr (list->heading, ==, "Daftar");
  g_assert_cmpuint (list->blocks->len, ==, 2);
  b = block_at (page, 2, 0);
  g_assert_cmpint (b->kind, ==, KN_HELP_BLOCK_ITEM);
  g_assert_cmpstr (b->text, ==, "Butir satu dan dua berlanjut.");
  g_assert_cmpstr (b->markup, ==, "Butir <b>satu</b> dan <b>dua</b> berlanjut.");
}

static void
test_parse_line_endings (void)
{
  static const char crlf[] = "# Judul\r\n\r\nSatu\r\nbaris.\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(KnHelpPage) page = kn_help_parse ("crlf.txt", crlf, -1, &error);
  g_autoptr(KnHelpPage) cut = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (page->title, ==, "Judul");
  g_assert_cmpstr (block_at (page, 0, 0)->text, ==, "Satu baris.");

  /* The length is honoured: the text stops before "baris." */
  cut = kn_help_parse ("cut.txt", crlf, 15, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (block_at (cut, 0, 0)->text, ==, "Satu");
}

static void
test_parse_errors (void)
{
  static const struct
  {
    const char *text;
    const char *message;   /* a part of the message, the line number included */
  } cases[] = {
    { "", "line 1: the first line must be the title" },
    { "Tanpa judul\n", "line 1: the first line must be the title" },
    { "#Judul\n", "line 1: the first line must be the title" },
    { "# Judul\n", "line 1: there is no text after the title" },
    { "# Judul\n\nTeks.\n# Judul lagi\n", "line 4: a second title" },
    { "# Judul\n\n### Terlalu dalam\n", "line 3: unknown markup" },
    { "# Judul\n\n* butir markdown\n", "line 3: unknown markup" },
    { "# Judul\n\n+ butir\n", "line 3: unknown markup" },
    { "# Judul\n\n> kutipan\n", "line 3: unknown markup" },
    { "# Judul\n\n| a | b |\n", "line 3: unknown markup" },
    { "# Judul\n\n1) langkah\n", "line 3: unknown markup" },
    { "# Judul\n\n1.langkah\n", "line 3: unknown markup" },
    { "# Judul\n\na. langkah\n", "line 3: unknown markup" },
    { "# Judul\n\nTeks dengan `kode`.\n", "line 3: unknown markup “`”" },
    { "# Judul\n\nTeks <b>html</b>.\n", "line 3: unknown markup “<”" },
    { "# Judul\n\nTeks dengan [[tautan]].\n", "line 3: unknown markup “[[”" },
    { "# Judul\n\nTeks _miring_.\n", "line 3: unknown markup “_”" },
    { "# Judul\n\nSatu *bintang*.\n", "line 3: a single “*”" },
    { "# Judul\n\nTebal **tak tertutup.\n", "line 3: “**” is not closed" },
    { "# Judul\n\nBaris satu **tebal\nbaris dua.\n", "line 3: “**” is not closed" },
    { "# Judul\n\nKosong ****.\n", "line 3: empty bold text" },
    { "# Judul\n\nSalah ** tebal**.\n", "line 3: bold text starts with a space" },
    { "# Judul\n\nSalah **tebal **.\n", "line 3: bold text ends with a space" },
    { "# Judul\n\n2. Langkah kedua dulu.\n", "line 3: step 2 does not follow a step" },
    { "# Judul\n\n1. Satu.\n3. Tiga.\n", "line 4: step 3 follows step 1" },
    { "# Judul\n\n1. Satu.\nParagraf.\n2. Dua.\n", "line 5: step 2 does not follow a step" },
    { "# Judul\n\n## Bagian\n\n1. Satu.\n## Lain\n2. Dua.\n",
      "line 7: step 2 does not follow a step" },
    { "# Judul\n\nTeks.\n## Kosong\n## Isi\nTeks.\n", "line 4: the section “Kosong” has no text" },
    { "# Judul\n\nTeks.\n## Kosong\n", "line 4: the section “Kosong” has no text" },
    { "# Judul\n\n## \n", "line 3: a heading must be plain text" },
    { "# Judul\n\n## Judul **tebal**\nTeks.\n", "line 3: a heading must be plain text" },
    { "# Judul\n\nTeks.\n  menjorok\n", "line 4: an indented line that continues no step" },
    { "# Judul\n\n  menjorok\n", "line 3: an indented line that continues no step" },
    { "# Judul\n\n- Butir.\n\n  menjorok sesudah baris kosong\n",
      "line 5: an indented line that continues no step" },
    { "# Judul\n\n Satu spasi.\n", "line 3: a line that starts with one space" },
    { "# Judul\n\nTeks\tdengan tab.\n", "line 3: a tab" },
    { "# Judul\n\nTeks \xff.\n", "line 1: the text is not UTF-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KnHelpPage) page = kn_help_parse ("rusak.txt", cases[i].text, -1, &error);

      if (page != NULL)
        g_error ("case %u was accepted: %s", i, cases[i].text);
      g_assert_error (error, KN_HELP_ERROR, KN_HELP_ERROR_SYNTAX);
      assert_contains (error->message, "rusak.txt, ");
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not contain “%s”", i, error->message, cases[i].message);
    }
}

static void
test_to_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnHelpPage) page = kn_help_parse ("contoh.txt", sample, -1, &error);
  g_autofree char *text = NULL;
  g_autofree char *narrow = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_no_error (error);
  text = kn_help_page_to_text (page, 0);
  g_assert_true (g_str_has_prefix (text, "Contoh\n======\n\n"));
  assert_contains (text, "Pembuka yang berlanjut di baris kedua & punya kata tebal.\n");
  assert_contains (text, "\nLangkah\n-------\n1. Tekan Simpan.\n2. Langkah kedua yang panjang "
                         "dan berlanjut.\n3. ");
  assert_contains (text, "\n• Butir satu dan dua berlanjut.\n• Butir kedua.\n");
  g_assert_null (strstr (text, "**"));

  narrow = kn_help_page_to_text (page, 20);
  lines = g_strsplit (narrow, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_cmpint (g_utf8_strlen (lines[i], -1), <=, 20);
  /* A wrapped step continues under its text, not under its number. */
  assert_contains (narrow, "2. Langkah kedua\n   yang panjang dan\n   berlanjut.\n");
}

static void
test_page_boxed (void)
{
  g_autoptr(GError) error = NULL;
  KnHelpPage *page = kn_help_load (KN_HELP_TOPIC_BERANDA, &error);
  KnHelpPage *copy;

  g_assert_no_error (error);
  copy = g_boxed_copy (KN_TYPE_HELP_PAGE, page);
  g_assert_true (copy == page);
  kn_help_page_unref (page);
  g_assert_cmpstr (copy->title, ==, "Beranda");
  g_boxed_free (KN_TYPE_HELP_PAGE, copy);
}

/* The texts */

static void
test_texts_load (void)
{
  static const char * const titles[KN_HELP_N_TOPICS] = {
    "Mulai di sini", "Beranda", "Pegawai", "SKP", "Penilaian", "Laporan",
    "Pengembangan Kompetensi", "Survei Kepuasan Masyarakat", "Tim Penilai Kinerja",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = kn_help_load_all (&error);

  g_assert_no_error (error);
  g_assert_nonnull (pages);
  g_assert_cmpuint (pages->len, ==, KN_HELP_N_TOPICS);

  for (guint i = 0; i < KN_HELP_N_TOPICS; i++)
    {
      const KnHelpPage *page = g_ptr_array_index (pages, i);
      const KnHelpSection *intro = g_ptr_array_index (page->sections, 0);
      gboolean has_steps = FALSE;

      g_assert_cmpstr (page->title, ==, titles[i]);
      g_assert_cmpstr (page->id, ==, kn_help_topic_id (i));
      /* What the place is for comes first, then at least the usual steps and one more. */
      g_assert_null (intro->heading);
      g_assert_cmpuint (page->sections->len, >=, 3);

      for (guint s = 0; s < page->sections->len; s++)
        {
          const KnHelpSection *section = g_ptr_array_index (page->sections, s);

          for (guint b = 0; b < section->blocks->len; b++)
            has_steps |= ((KnHelpBlock *) g_ptr_array_index (section->blocks, b))->kind
                         == KN_HELP_BLOCK_STEP;
        }
      if (!has_steps)
        g_error ("the help of %s has no numbered steps", page->id);
    }
}

static gboolean
page_contains (const KnHelpPage *page,
               const char       *needle)
{
  for (guint s = 0; s < page->sections->len; s++)
    {
      const KnHelpSection *section = g_ptr_array_index (page->sections, s);

      if (section->heading != NULL && strstr (section->heading, needle) != NULL)
        return TRUE;
      for (guint b = 0; b < section->blocks->len; b++)
        if (strstr (((KnHelpBlock *) g_ptr_array_index (section->blocks, b))->text, needle))
          return TRUE;
    }

  return FALSE;
}

static void
test_texts_warnings (void)
{
  /* Each place of the window explains its warnings, in a section of its own. */
  static const KnHelpTopic places[] = {
    KN_HELP_TOPIC_BERANDA, KN_HELP_TOPIC_PEGAWAI, KN_HELP_TOPIC_SKP, KN_HELP_TOPIC_PENILAIAN,
    KN_HELP_TOPIC_LAPORAN, KN_HELP_TOPIC_KOMPETENSI, KN_HELP_TOPIC_SKM,
  };
  static const struct
  {
    KnHelpTopic  topic;
    const char  *sentence;
  } known[] = {
    { KN_HELP_TOPIC_MULAI, "Urutan kerja pertama kali" },
    { KN_HELP_TOPIC_PEGAWAI, "Tambah Pegawai" },
    { KN_HELP_TOPIC_PEGAWAI, "Belum Ada Pegawai" },
    { KN_HELP_TOPIC_SKP, "Kembalikan…" },
    { KN_HELP_TOPIC_PENILAIAN, "Finalkan Semua yang Sudah Dinilai" },
    { KN_HELP_TOPIC_LAPORAN, "Simpan sebagai PDF…" },
    { KN_HELP_TOPIC_KOMPETENSI, "Tambah Kegiatan" },
    { KN_HELP_TOPIC_SKM, "IKM = jumlah (NRR setiap unsur × 1/9) × 25" },
    { KN_HELP_TOPIC_SKM, "B (Baik) 76,61 sampai 88,30" },
    { KN_HELP_TOPIC_TIM_PENILAI, "mohon ditinjau ulang" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KnHelpPage) page = kn_help_load (places[i], &error);
      gboolean found = FALSE;

      g_assert_no_error (error);
      for (guint s = 0; s < page->sections->len; s++)
        {
          const KnHelpSection *section = g_ptr_array_index (page->sections, s);

          found |= g_strcmp0 (section->heading, "Arti peringatan") == 0
                   || g_strcmp0 (section->heading, "Arti pesan") == 0;
        }
      if (!found)
        g_error ("the help of %s does not explain its warnings", page->id);
    }

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      g_autoptr(KnHelpPage) page = kn_help_load (known[i].topic, NULL);

      if (!page_contains (page, known[i].sentence))
        g_error ("the help of %s does not say “%s”", page->id, known[i].sentence);
    }
}

/* The Indonesian texts of the interface: every msgstr of po/id.po, mnemonic underscores
 * removed. */
static GPtrArray *
interface_texts (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "po", "id.po", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  GString *current = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *quote = NULL;

      if (g_str_has_prefix (line, "msgstr"))
        {
          if (current != NULL)
            g_ptr_array_add (texts, g_string_free (current, FALSE));
          current = g_string_new (NULL);
          quote = strchr (line, '"');
        }
      else if (current != NULL && line[0] == '"')
        quote = line;
      else if (current != NULL)
        {
          g_ptr_array_add (texts, g_string_free (current, FALSE));
          current = NULL;
        }

      if (quote != NULL)
        {
          g_autofree char *inner = g_strndup (quote + 1, strlen (quote) - 2);
          g_autofree char *text = g_strcompress (inner);

          for (const char *c = text; *c != '\0'; c++)
            if (*c != '_')
              g_string_append_c (current, *c);
        }
    }
  if (current != NULL)
    g_ptr_array_add (texts, g_string_free (current, FALSE));

  g_assert_cmpuint (texts->len, >, 100);

  return texts;
}

/* The text of Pango markup made by g_markup_escape_text. */
static char *
unescape (const char *markup)
{
  static const struct
  {
    const char *entity;
    char        c;
  } entities[] = {
    { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' }, { "&#39;", '\'' },
  };
  GString *out = g_string_new (NULL);

  for (const char *c = markup; *c != '\0';)
    {
      gboolean done = FALSE;

      for (guint i = 0; *c == '&' && i < G_N_ELEMENTS (entities); i++)
        if (g_str_has_prefix (c, entities[i].entity))
          {
            g_string_append_c (out, entities[i].c);
            c += strlen (entities[i].entity);
            done = TRUE;
            break;
          }
      if (!done)
        g_string_append_c (out, *c++);
    }

  return g_string_free (out, FALSE);
}

static gboolean
shown_by_interface (GPtrArray  *texts,
                    const char *words)
{
  for (guint i = 0; i < texts->len; i++)
    if (strstr (g_ptr_array_index (texts, i), words) != NULL)
      return TRUE;

  return FALSE;
}

static void
test_texts_bold_words (void)
{
  g_autoptr(GPtrArray) texts = interface_texts ();
  g_autoptr(GPtrArray) pages = kn_help_load_all (NULL);
  g_autoptr(GRegex) bold = g_regex_new ("<b>(.*?)</b>", 0, 0, NULL);
  guint checked = 0;

  /* Bold marks what the interface shows: a place, a button, a field, a message. Each must be
   * a text of the Indonesian interface, so that a reader finds it on the screen. */
  g_assert_false (shown_by_interface (texts, "Tombol Yang Tidak Ada"));

  for (guint p = 0; p < pages->len; p++)
    {
      const KnHelpPage *page = g_ptr_array_index (pages, p);

      for (guint s = 0; s < page->sections->len; s++)
        {
          const KnHelpSection *section = g_ptr_array_index (page->sections, s);

          for (guint b = 0; b < section->blocks->len; b++)
            {
              const KnHelpBlock *block = g_ptr_array_index (section->blocks, b);
              g_autoptr(GMatchInfo) match = NULL;

              g_regex_match (bold, block->markup, 0, &match);
              while (g_match_info_matches (match))
                {
                  g_autofree char *escaped = g_match_info_fetch (match, 1);
                  g_autofree char *words = unescape (escaped);

                  if (!shown_by_interface (texts, words))
                    g_error ("%s: “%s” is bold but the Indonesian interface does not show it",
                             page->id, words);
                  checked++;
                  g_match_info_next (match, NULL);
                }
            }
        }
    }

  g_assert_cmpuint (checked, >, 100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/help/topics", test_topics);
  g_test_add_func ("/help/parse/structure", test_parse_structure);
  g_test_add_func ("/help/parse/line-endings", test_parse_line_endings);
  g_test_add_func ("/help/parse/errors", test_parse_errors);
  g_test_add_func ("/help/to-text", test_to_text);
  g_test_add_func ("/help/page-boxed", test_page_boxed);
  g_test_add_func ("/help/texts/load", test_texts_load);
  g_test_add_func ("/help/texts/warnings", test_texts_warnings);
  g_test_add_func ("/help/texts/bold-words", test_texts_bold_words);

  return g_test_run ();
}
