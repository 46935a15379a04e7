/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading CSV files as Excel writes them: comma or semicolon, UTF-8 or Windows-1252, quotes. */

#define G_LOG_DOMAIN "kn-csv-reader"

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "kn-table-reader-private.h"

/* A small state machine rather than libcsv (Debian's libcsv-dev, last released in 2013): a row
 * must know the line it starts on when its quoted fields span lines, spaces must be kept as
 * read (libcsv trims them unless told otherwise), and the encoding and separator are decided
 * from the whole file and its first line before parsing anyway. It is fuzzed in test-fuzz. */

typedef struct
{
  GBytes     *bytes;         /* owned: the file as given */
  char       *converted;     /* owned, nullable: the file converted to UTF-8 */
  const char *data;          /* the UTF-8 text, without a byte-order mark */
  gsize       len;
  gsize       pos;
  guint       line;          /* the line at pos, 1-based */
  char        separator;
  char       *display_name;  /* owned */
  GString    *field;         /* owned */
} CsvState;

static void
csv_state_free (gpointer data)
{
  CsvState *state = data;

  g_bytes_unref (state->bytes);
  g_free (state->converted);
  g_free (state->display_name);
  g_string_free (state->field, TRUE);
  g_free (state);
}

static gboolean
is_line_end (char c)
{
  return c == '\n' || c == '\r';
}

/* Steps over a line end at @pos (CRLF, LF or a lone CR) and counts it. */
static void
skip_line_end (CsvState *state)
{
  g_assert (state->pos < state->len);

  if (state->data[state->pos] == '\r')
    {
      state->pos++;
      if (state->pos < state->len && state->data[state->pos] == '\n')
        state->pos++;
    }
  else
    {
      g_assert (state->data[state->pos] == '\n');
      state->pos++;
    }
  state->line++;
}

/* Excel reads (and some tools write) a first line "sep=;" naming the separator. */
static gboolean
read_separator_hint (CsvState *state)
{
  const char *p = state->data + state->pos;
  gsize left = state->len - state->pos;

  if (left >= 5 && g_ascii_strncasecmp (p, "sep=", 4) == 0
      && (left == 5 || is_line_end (p[5]))
      && (p[4] == ',' || p[4] == ';' || p[4] == '\t' || p[4] == '|'))
    {
      state->separator = p[4];
      state->pos += 5;
      if (state->pos < state->len)
        skip_line_end (state);
      return TRUE;
    }

  return FALSE;
}

/* Records looked at for the separator: title rows an office puts above the header. */
#define SEPARATOR_SEARCH_RECORDS 20

static char
record_separator (guint  commas,
                  guint  semicolons,
                  guint  tabs)
{
  if (semicolons > commas && semicolons >= tabs)
    return ';';
  if (tabs > commas && tabs > semicolons)
    return '\t';
  return ',';
}

/* The separator that occurs most, outside quotes, in the record that has the most of one of
 * them among the first few: ',' when none does. The first record alone is not enough: a title
 * row above the header ("Rekap Pegawai BKD", or one with a comma in it) has none or few. */
static char
detect_separator (const char *data,
                  gsize       len)
{
  guint commas = 0, semicolons = 0, tabs = 0;
  guint best = 0, records = 0;
  char separator = ',';
  gboolean quoted = FALSE;

  for (gsize i = 0; i <= len && records < SEPARATOR_SEARCH_RECORDS; i++)
    {
      char c = i < len ? data[i] : '\n';

      if (c == '"')
        quoted = !quoted;
      else if (quoted && i < len)
        continue;
      else if (c == '\r' && i + 1 < len && data[i + 1] == '\n')
        continue;  /* CRLF ends one record */
      else if (is_line_end (c))
        {
          guint most = MAX (commas, MAX (semicolons, tabs));

          if (most > best)
            {
              best = most;
              separator = record_separator (commas, semicolons, tabs);
            }
          commas = semicolons = tabs = 0;
          records++;
        }
      else if (c == ',')
        commas++;
      else if (c == ';')
        semicolons++;
      else if (c == '\t')
        tabs++;
    }

  return separator;
}

static gboolean
decode (CsvState       *state,
        KnTableNotice  *notices,
        GError        **error)
{
  gsize len;
  const char *data = g_bytes_get_data (state->bytes, &len);

  if (len == 0)
    {
      state->data = "";
      state->len = 0;
      return TRUE;
    }

  if (len >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE)
                   || ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      /* Excel's "Unicode Text": UTF-16 with a byte-order mark, which g_convert reads. */
      state->converted = g_convert (data, (gssize) len, "UTF-8", "UTF-16", NULL, &len, NULL);
      if (state->converted == NULL)
        goto bad_encoding;
      data = state->converted;
    }
  else if (!g_utf8_validate_len (data, len, NULL))
    {
      if (memchr (data, '\0', len) != NULL)
        goto bad_encoding;
      state->converted = g_convert (data, (gssize) len, "UTF-8", "WINDOWS-1252", NULL, &len, NULL);
      if (state->converted == NULL)
        goto bad_encoding;
      *notices |= KN_TABLE_NOTICE_WINDOWS_1252;
      data = state->converted;
    }

  if (memchr (data, '\0', len) != NULL)
    goto bad_encoding;

  if (len >= 3 && memcmp (data, "\357\273\277", 3) == 0)
    {
      if (state->converted == NULL)
        *notices |= KN_TABLE_NOTICE_BOM;
      data += 3;
      len -= 3;
    }

  state->data = data;
  state->len = len;
  return TRUE;

bad_encoding:
  g_set_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_ENCODING,
               _("“%s” is not a text file in a known encoding. Save it from Excel as "
                 "“CSV UTF-8 (Comma delimited)”."),
               state->display_name);
  return FALSE;
}

static gboolean
field_too_large (CsvState  *state,
                 guint      line,
                 GError   **error)
{
  if (state->field->len <= KN_TABLE_MAX_CELL_BYTES)
    return FALSE;

  g_set_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_TOO_LARGE,
               _("“%s”, line %u: a field is longer than %u KiB. Check that every quote is closed."),
               state->display_name, line, KN_TABLE_MAX_CELL_BYTES >> 10);
  return TRUE;
}

/* Reads one field at pos into state->field. */
static gboolean
read_field (CsvState  *state,
            GError   **error)
{
  const char *data = state->data;
  gsize start;

  g_string_truncate (state->field, 0);

  if (state->pos < state->len && data[state->pos] == '"')
    {
      guint quote_line = state->line;

      state->pos++;
      for (;;)
        {
          char c;

          if (state->pos >= state->len)
            {
              g_set_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_SYNTAX,
                           _("“%s”, line %u: a quoted field is never closed. Add the missing "
                             "quote (\") or remove the stray one."),
                           state->display_name, quote_line);
              return FALSE;
            }

          c = data[state->pos];
          if (c == '"')
            {
              if (state->pos + 1 < state->len && data[state->pos + 1] == '"')
                {
                  g_string_append_c (state->field, '"');
                  state->pos += 2;
                  continue;
                }
              state->pos++;
              break;
            }
          if (is_line_end (c))
            {
              /* A line break inside quotes is kept as "\n" whatever the file's line ends. */
              g_string_append_c (state->field, '\n');
              skip_line_end (state);
              continue;
            }

          g_string_append_c (state->field, c);
          state->pos++;
          if (field_too_large (state, quote_line, error))
            return FALSE;
        }
    }

  /* Unquoted text, or text after a closing quote ("a"b), kept as it is, as Excel does. */
  start = state->pos;
  while (state->pos < state->len && data[state->pos] != state->separator
         && !is_line_end (data[state->pos]))
    state->pos++;
  g_string_append_len (state->field, data + start, (gssize) (state->pos - start));

  return !field_too_large (state, state->line, error);
}

static gboolean
csv_next_row (gpointer      data,
              KnRowBuilder *builder,
              guint        *number,
              GError      **error)
{
  CsvState *state = data;
  guint column = 0;

  if (state->pos >= state->len)
    return FALSE;

  *number = state->line;

  for (;;)
    {
      if (column >= KN_TABLE_MAX_COLUMNS)
        {
          g_set_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_TOO_LARGE,
                       _("“%s”, line %u: more than %u columns. Check the separator."),
                       state->display_name, *number, KN_TABLE_MAX_COLUMNS);
          return FALSE;
        }

      if (!read_field (state, error))
        return FALSE;

      if (state->field->len > 0)
        kn_row_builder_set_text (builder, kn_row_builder_cell (builder, column),
                                 state->field->str, (gssize) state->field->len);
      column++;

      if (state->pos < state->len && state->data[state->pos] == state->separator)
        {
          state->pos++;
          continue;
        }

      if (state->pos < state->len)
        skip_line_end (state);
      return TRUE;
    }
}

gpointer
kn_csv_backend_open (GBytes         *bytes,
                     const char     *display_name,
                     KnTableNotice  *notices,
                     char           *separator,
                     GError        **error)
{
  CsvState *state;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (g_bytes_get_size (bytes) > KN_TABLE_MAX_CSV_BYTES)
    {
      g_set_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_TOO_LARGE,
                   _("“%s” is too large for a CSV file (more than %u MiB). "
                     "Split it into smaller files."),
                   display_name, KN_TABLE_MAX_CSV_BYTES >> 20);
      return NULL;
    }

  state = g_new0 (CsvState, 1);
  state->bytes = g_bytes_ref (bytes);
  state->display_name = g_strdup (display_name);
  state->field = g_string_new (NULL);
  state->line = 1;

  if (!decode (state, notices, error))
    {
      csv_state_free (state);
      return NULL;
    }

  if (!read_separator_hint (state))
    state->separator = detect_separator (state->data, state->len);
  *separator = state->separator;

  return state;
}

const KnTableBackend kn_csv_backend = {
  .next_row = csv_next_row,
  .free = csv_state_free,
};
