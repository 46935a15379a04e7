/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The help of every place, read from text files compiled into the library and parsed into
 * sections of paragraphs, numbered steps and list items: for the window, the CLI and the
 * printed manual alike. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The places that have help, in the order of the manual. The ids are those of the window's
 * places ("beranda" … "kompetensi"), plus "mulai" (the first-run page), "skm" and
 * "tim-penilai" (the Survei Kepuasan place and the Tim Penilai window). */
typedef enum
{
  KN_HELP_TOPIC_MULAI,
  KN_HELP_TOPIC_BERANDA,
  KN_HELP_TOPIC_PEGAWAI,
  KN_HELP_TOPIC_SKP,
  KN_HELP_TOPIC_PENILAIAN,
  KN_HELP_TOPIC_LAPORAN,
  KN_HELP_TOPIC_KOMPETENSI,
  KN_HELP_TOPIC_SKM,
  KN_HELP_TOPIC_TIM_PENILAI,
  KN_HELP_N_TOPICS
} KnHelpTopic;

#define KN_TYPE_HELP_TOPIC (kn_help_topic_get_type ())
#define KN_TYPE_HELP_PAGE  (kn_help_page_get_type ())

GType        kn_help_topic_get_type   (void) G_GNUC_CONST;
GType        kn_help_page_get_type    (void) G_GNUC_CONST;

#define KN_HELP_ERROR (kn_help_error_quark ())

typedef enum
{
  KN_HELP_ERROR_SYNTAX,      /* the text breaks the help markup (line number in the message) */
  KN_HELP_ERROR_NOT_FOUND,   /* no help text for that topic */
} KnHelpError;

GQuark       kn_help_error_quark      (void);

typedef enum
{
  KN_HELP_BLOCK_PARAGRAPH,
  KN_HELP_BLOCK_STEP,        /* a numbered step of a procedure */
  KN_HELP_BLOCK_ITEM,        /* an item of a list without numbers */
} KnHelpBlockKind;

typedef struct
{
  KnHelpBlockKind  kind;
  guint            number;   /* STEP: 1, 2, 3 … within its list; 0 otherwise */
  char            *text;     /* the plain text, without the bold marks */
  char            *markup;   /* Pango markup: escaped, bold words as <b>…</b> */
} KnHelpBlock;

typedef struct
{
  char      *heading;   /* nullable: NULL for the introduction before the first heading */
  GPtrArray *blocks;    /* KnHelpBlock, at least one */
} KnHelpSection;

/* A place's help, immutable once parsed; reference counted. */
typedef struct
{
  char      *id;        /* the topic's id ("beranda"), or the name given to kn_help_parse */
  char      *title;     /* "Beranda", the line "# …" */
  GPtrArray *sections;  /* KnHelpSection, in order */
} KnHelpPage;

/* "mulai", "beranda", "pegawai", "skp", "penilaian", "laporan", "kompetensi", "skm",
 * "tim-penilai". from_id returns FALSE for anything else. */
const char  *kn_help_topic_id         (KnHelpTopic  topic);
gboolean     kn_help_topic_from_id    (const char  *id,
                                       KnHelpTopic *topic);

/* Parses help text in the help markup, one construct per line:
 *
 *   # Title            the page's title: the first line, once
 *   ## Heading         starts a section
 *   1. Step            a numbered step: a list starts at 1 and counts up by one
 *   - Item             an item of a list without numbers
 *     more text        (two or more spaces) continues the step or item above
 *   text               a paragraph; the lines up to a blank line or another construct join
 *   **words**          bold words inside any text
 *
 * Anything else that looks like markup (###, "* ", ">", "<", "`", "[[", a lone "*", an unclosed
 * "**", a step out of order, a tab, an empty section) is an error naming @name and the line, so
 * that the texts stay valid. The text is Indonesian source content, not translated. */
KnHelpPage  *kn_help_parse            (const char  *name,
                                       const char  *text,
                                       gssize       length,
                                       GError     **error);
/* The help of @topic, from the texts compiled into the library. */
KnHelpPage  *kn_help_load             (KnHelpTopic  topic,
                                       GError     **error);
/* Every topic's page, in topic order (the order of the manual). Element: KnHelpPage. */
GPtrArray   *kn_help_load_all         (GError     **error);

KnHelpPage  *kn_help_page_ref         (KnHelpPage  *page);
void         kn_help_page_unref       (KnHelpPage  *page);
/* The page as plain text for a terminal: the title and headings underlined, steps numbered,
 * items with "•", paragraphs wrapped at @width columns (0: not wrapped). */
char        *kn_help_page_to_text     (KnHelpPage  *page,
                                       guint        width);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnHelpPage, kn_help_page_unref)

G_END_DECLS
