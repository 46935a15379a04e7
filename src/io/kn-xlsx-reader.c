/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a sheet of an XLSX workbook, streamed: libarchive unzips, libxml2's reader parses. */

#define G_LOG_DOMAIN "kn-xlsx-reader"

#include "config.h"

#include <math.h>
#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib.h>
#include <glib/gi18n-lib.h>
#include <libxml/xmlreader.h>

#include "kn-table-reader-private.h"

/* The sheet's XML is pulled through the zip decompressor in small pieces and parsed as it comes,
 * so a sheet is never held whole in memory; only the shared strings (which every cell may refer
 * to) and one row at a time are. Limits on decompressed sizes keep a zip bomb from filling the
 * memory (the small parts) or running for ever (the sheet). */
#define MAX_PART_BYTES    ((guint64) 256 << 20)   /* workbook, rels, styles, shared strings */
#define MAX_SHEET_BYTES   ((guint64) 4 << 30)
#define MAX_ROW_NUMBER    1048576                 /* Excel's last row */
#define MAX_STYLES        (1 << 20)
#define MAX_STRINGS       (16 << 20)              /* shared strings: far past Excel's own use */

#define READER_OPTIONS    (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)

typedef struct
{
  struct archive *archive;
  guint64         total;
  guint64         limit;
  gboolean        over_limit;
  gboolean        failed;
} PartStream;

typedef struct
{
  const char       *path;          /* nullable: read from bytes */
  GBytes           *bytes;         /* owned, nullable */
  char             *display_name;  /* owned */
  char             *sheet_name;    /* owned */

  gboolean          date1904;
  GArray           *date_styles;   /* gboolean per cellXfs index */
  GPtrArray        *strings;       /* shared strings, pointing into string_chunk */
  GStringChunk     *string_chunk;

  PartStream       *sheet_stream;  /* owned */
  xmlTextReaderPtr  sheet;         /* owned */
  guint             last_row;
  gboolean          done;
  GString          *value;         /* owned: a cell's <v> or inline text */
  char             *xml_error;     /* owned, nullable: what libxml2 said, for the debug log */
} XlsxState;

typedef struct
{
  char *name;
  char *target;   /* the part's path in the zip, resolved */
  gboolean is_worksheet;
  gboolean hidden;
} SheetEntry;

static GOnce xml_init_once = G_ONCE_INIT;

static gpointer
init_libxml (gpointer data)
{
  xmlInitParser ();
  return NULL;
}

static void
sheet_entry_free (gpointer data)
{
  SheetEntry *entry = data;

  g_free (entry->name);
  g_free (entry->target);
  g_free (entry);
}

static void
part_stream_free (PartStream *stream)
{
  if (stream == NULL)
    return;
  archive_read_free (stream->archive);
  g_free (stream);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PartStream, part_stream_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextReader, xmlFreeTextReader)

static void
xlsx_state_free (gpointer data)
{
  XlsxState *state = data;

  g_clear_pointer (&state->sheet, xmlFreeTextReader);
  g_clear_pointer (&state->sheet_stream, part_stream_free);
  g_clear_pointer (&state->bytes, g_bytes_unref);
  g_clear_pointer (&state->date_styles, g_array_unref);
  g_clear_pointer (&state->strings, g_ptr_array_unref);
  g_clear_pointer (&state->string_chunk, g_string_chunk_free);
  if (state->value != NULL)
    g_string_free (state->value, TRUE);
  g_free (state->display_name);
  g_free (state->sheet_name);
  g_free (state->xml_error);
  g_free (state);
}

static void
set_damaged (XlsxState  *state,
             const char *part,
             GError    **error)
{
  g_debug ("%s: part %s is damaged: %s", state->display_name, part,
           state->xml_error != NULL ? state->xml_error : "(no detail)");
  g_set_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_SYNTAX,
               _("“%s” is a damaged Excel workbook (its part %s cannot be read). Open it in Excel "
                 "or LibreOffice and save it again as .xlsx."),
               state->display_name, part);
}

static gboolean
same_part_name (const char *entry_name,
                const char *wanted)
{
  while (*entry_name == '/')
    entry_name++;
  return g_ascii_strcasecmp (entry_name, wanted) == 0;
}

/* Opens the zip member @name; NULL with no error when it is not there. */
static PartStream *
part_stream_open (XlsxState   *state,
                  const char  *name,
                  guint64      limit,
                  GError     **error)
{
  g_autoptr(PartStream) stream = g_new0 (PartStream, 1);
  struct archive_entry *entry;
  int status;

  stream->archive = archive_read_new ();
  stream->limit = limit;
  archive_read_support_format_zip_seekable (stream->archive);

  if (state->path != NULL)
    status = archive_read_open_filename (stream->archive, state->path, 64 * 1024);
  else
    status = archive_read_open_memory (stream->archive, g_bytes_get_data (state->bytes, NULL),
                                       g_bytes_get_size (state->bytes));
  if (status != ARCHIVE_OK)
    {
      set_damaged (state, name, error);
      return NULL;
    }

  for (;;)
    {
      status = archive_read_next_header (stream->archive, &entry);
      if (status == ARCHIVE_EOF)
        return NULL;
      if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
        {
          g_debug ("%s: %s", state->display_name, archive_error_string (stream->archive));
          set_damaged (state, name, error);
          return NULL;
        }

      if (archive_entry_pathname (entry) != NULL
          && same_part_name (archive_entry_pathname (entry), name))
        return g_steal_pointer (&stream);
    }
}

static int
part_stream_read_cb (void *context,
                     char *buffer,
                     int   len)
{
  PartStream *stream = context;
  la_ssize_t n;

  if (stream->failed)
    return -1;

  n = archive_read_data (stream->archive, buffer, (size_t) len);
  if (n < 0)
    {
      stream->failed = TRUE;
      return -1;
    }

  stream->total += (guint64) n;
  if (stream->total > stream->limit)
    {
      stream->over_limit = TRUE;
      stream->failed = TRUE;
      return -1;
    }

  return (int) n;
}

static void
structured_error_cb (void        *data,
                     xmlErrorPtr  xml_error)
{
  XlsxState *state = data;

  if (state->xml_error == NULL && xml_error != NULL && xml_error->message != NULL)
    state->xml_error = g_strchomp (g_strdup (xml_error->message));
}

static xmlTextReaderPtr
xml_reader_new (XlsxState  *state,
                PartStream *stream,
                const char *name)
{
  xmlTextReaderPtr reader;

  reader = xmlReaderForIO (part_stream_read_cb, NULL, stream, name, NULL, READER_OPTIONS);
  if (reader != NULL)
    xmlTextReaderSetStructuredErrorHandler (reader, structured_error_cb, state);
  return reader;
}

static gboolean
stream_error (XlsxState   *state,
              PartStream  *stream,
              const char  *name,
              GError     **error)
{
  if (stream->over_limit)
    {
      g_set_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_TOO_LARGE,
                   _("“%s” is too large to read (its part %s unpacks to more than %u MiB)."),
                   state->display_name, name, (guint) (stream->limit >> 20));
      return FALSE;
    }

  set_damaged (state, name, error);
  return FALSE;
}

static const char *
local_name (xmlTextReaderPtr reader)
{
  const char *name = (const char *) xmlTextReaderConstLocalName (reader);

  return name != NULL ? name : "";
}

static gboolean
is_start (xmlTextReaderPtr reader,
          const char      *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT
         && g_str_equal (local_name (reader), name);
}

static gboolean
is_end (xmlTextReaderPtr reader,
        const char      *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT
         && g_str_equal (local_name (reader), name);
}

static gboolean
is_text (xmlTextReaderPtr reader)
{
  int type = xmlTextReaderNodeType (reader);

  return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA
         || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE;
}

/* The attribute of the current element whose local name is @name, whatever its namespace
 * (r:id is in one namespace in transitional and another in strict OOXML). */
static char *
get_attribute (xmlTextReaderPtr reader,
               const char      *name)
{
  char *value = NULL;

  if (xmlTextReaderMoveToFirstAttribute (reader) != 1)
    return NULL;

  do
    {
      if (g_str_equal (local_name (reader), name))
        {
          const char *v = (const char *) xmlTextReaderConstValue (reader);

          value = g_strdup (v != NULL ? v : "");
          break;
        }
    }
  while (xmlTextReaderMoveToNextAttribute (reader) == 1);

  xmlTextReaderMoveToElement (reader);
  return value;
}

/* A relationship target, relative to the folder of the part that names it, as a zip path. */
static char *
resolve_target (const char *base_part,
                const char *target)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) pieces = NULL;
  g_autofree char *joined = NULL;

  if (target[0] == '/')
    joined = g_strdup (target + 1);
  else
    {
      g_autofree char *dir = g_path_get_dirname (base_part);

      joined = g_str_equal (dir, ".") ? g_strdup (target) : g_strconcat (dir, "/", target, NULL);
    }

  pieces = g_strsplit (joined, "/", -1);
  for (guint i = 0; pieces[i] != NULL; i++)
    {
      if (pieces[i][0] == '\0' || g_str_equal (pieces[i], "."))
        continue;
      if (g_str_equal (pieces[i], ".."))
        {
          if (parts->len > 0)
            g_ptr_array_remove_index (parts, parts->len - 1);
          continue;
        }
      g_ptr_array_add (parts, g_strdup (pieces[i]));
    }
  g_ptr_array_add (parts, NULL);

  return g_strjoinv ("/", (char **) parts->pdata);
}

/* "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; the package itself ("") → "_rels/.rels". */
static char *
rels_part_for (const char *part)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;

  if (part[0] == '\0')
    return g_strdup ("_rels/.rels");

  dir = g_path_get_dirname (part);
  base = g_path_get_basename (part);
  if (g_str_equal (dir, "."))
    return g_strconcat ("_rels/", base, ".rels", NULL);
  return g_strconcat (dir, "/_rels/", base, ".rels", NULL);
}

/* Handed each node of a part in turn; returns 1 to go on, else what stops the reading as
 * xmlTextReaderRead () would: 0 (the end) or -1 (a failure). */
typedef int (*PartNodeFunc) (xmlTextReaderPtr  reader,
                             PartStream       *stream,
                             gpointer          user_data);

/* Reads the XML part @name, handing each node to @func. A part that is not there is no error
 * unless @required. */
static gboolean
read_part (XlsxState     *state,
           const char    *name,
           gboolean       required,
           PartNodeFunc   func,
           gpointer       user_data,
           GError       **error)
{
  g_autoptr(PartStream) stream = NULL;
  g_autoptr(xmlTextReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  int status;

  stream = part_stream_open (state, name, MAX_PART_BYTES, &local_error);
  if (stream == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (!required)
        return TRUE;
      else
        set_damaged (state, name, error);
      return FALSE;
    }

  reader = xml_reader_new (state, stream, name);
  if (reader == NULL)
    return stream_error (state, stream, name, error);

  while ((status = xmlTextReaderRead (reader)) == 1)
    if ((status = func (reader, stream, user_data)) != 1)
      break;

  if (status != 0)
    return stream_error (state, stream, name, error);
  return TRUE;
}

typedef struct
{
  const char *owner_part;
  GHashTable *targets;
  GHashTable *types;
} RelsData;

static int
read_relationship (xmlTextReaderPtr  reader,
                   PartStream       *stream,
                   gpointer          user_data)
{
  RelsData *data = user_data;
  g_autofree char *id = NULL;
  g_autofree char *target = NULL;
  g_autofree char *mode = NULL;

  if (!is_start (reader, "Relationship"))
    return 1;

  id = get_attribute (reader, "Id");
  target = get_attribute (reader, "Target");
  mode = get_attribute (reader, "TargetMode");
  if (id == NULL || target == NULL || g_strcmp0 (mode, "External") == 0)
    return 1;

  g_hash_table_replace (data->types, g_strdup (id), get_attribute (reader, "Type"));
  g_hash_table_replace (data->targets, g_steal_pointer (&id),
                        resolve_target (data->owner_part, target));
  return 1;
}

/* Reads a .rels part into id → resolved target and id → type; a missing part leaves them empty. */
static gboolean
read_rels (XlsxState   *state,
           const char  *owner_part,
           GHashTable  *targets,
           GHashTable  *types,
           GError     **error)
{
  g_autofree char *name = rels_part_for (owner_part);
  RelsData data = { owner_part, targets, types };

  return read_part (state, name, FALSE, read_relationship, &data, error);
}

static gboolean
type_is (const char *type,
         const char *suffix)
{
  return type != NULL && g_str_has_suffix (type, suffix);
}

/* The workbook part named by the package's relationships (xl/workbook.xml as Excel writes it). */
static char *
find_workbook_part (XlsxState  *state,
                    GError    **error)
{
  g_autoptr(GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;

  if (!read_rels (state, "", targets, types, error))
    return NULL;

  g_hash_table_iter_init (&iter, types);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (type_is (value, "/officeDocument"))
      return g_strdup (g_hash_table_lookup (targets, key));

  return g_strdup ("xl/workbook.xml");
}

typedef struct
{
  XlsxState  *state;
  GHashTable *targets;
  GHashTable *types;
  GPtrArray  *sheets;
} WorkbookData;

static int
read_workbook_node (xmlTextReaderPtr  reader,
                    PartStream       *stream,
                    gpointer          user_data)
{
  WorkbookData *data = user_data;

  if (is_start (reader, "workbookPr"))
    {
      g_autofree char *date1904 = get_attribute (reader, "date1904");

      data->state->date1904 = date1904 != NULL
                              && (g_str_equal (date1904, "1")
                                  || g_ascii_strcasecmp (date1904, "true") == 0);
    }
  else if (is_start (reader, "sheet"))
    {
      g_autofree char *name = get_attribute (reader, "name");
      g_autofree char *id = get_attribute (reader, "id");
      g_autofree char *visibility = get_attribute (reader, "state");
      SheetEntry *entry;

      if (name == NULL || id == NULL || !g_utf8_validate (name, -1, NULL))
        return 1;

      entry = g_new0 (SheetEntry, 1);
      entry->name = g_steal_pointer (&name);
      entry->target = g_strdup (g_hash_table_lookup (data->targets, id));
      entry->is_worksheet = entry->target != NULL
                            && type_is (g_hash_table_lookup (data->types, id), "/worksheet");
      entry->hidden = visibility != NULL && !g_str_equal (visibility, "visible");
      g_ptr_array_add (data->sheets, entry);
    }
  return 1;
}

static gboolean
read_workbook (XlsxState   *state,
               const char  *workbook_part,
               GHashTable  *targets,
               GHashTable  *types,
               GPtrArray   *sheets,
               GError     **error)
{
  WorkbookData data = { state, targets, types, sheets };

  return read_part (state, workbook_part, TRUE, read_workbook_node, &data, error);
}

/* Whether a number format code shows a date: it has a day or a year, or a month without hours
 * or seconds (so "mm:ss" is not one). Quoted text, escaped characters and [...] are skipped. */
static gboolean
format_code_is_date (const char *code)
{
  gboolean day_or_year = FALSE, month = FALSE, time = FALSE;

  for (const char *p = code; *p != '\0' && *p != ';'; p++)
    {
      switch (g_ascii_tolower (*p))
        {
        case '"':
          p = strchr (p + 1, '"');
          if (p == NULL)
            return day_or_year || (month && !time);
          break;
        case '\\':
        case '_':
        case '*':
          if (p[1] == '\0')
            return day_or_year || (month && !time);
          p++;
          break;
        case '[':
          if (strchr ("hHmMsS", p[1]) != NULL && p[1] != '\0')
            time = TRUE;
          p = strchr (p, ']');
          if (p == NULL)
            return day_or_year || (month && !time);
          break;
        case 'd':
        case 'y':
          day_or_year = TRUE;
          break;
        case 'm':
          month = TRUE;
          break;
        case 'h':
        case 's':
          time = TRUE;
          break;
        default:
          break;
        }
    }

  return day_or_year || (month && !time);
}

static gboolean
builtin_format_is_date (guint64 id)
{
  /* 14–22: Excel's dates and times; 27–36 and 50–58: the East Asian date formats. */
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

typedef struct
{
  XlsxState  *state;
  GHashTable *custom;       /* the custom number formats that show a date */
  gboolean    in_cell_xfs;
} StylesData;

static int
read_styles_node (xmlTextReaderPtr  reader,
                  PartStream       *stream,
                  gpointer          user_data)
{
  StylesData *data = user_data;

  if (is_start (reader, "numFmt"))
    {
      g_autofree char *id = get_attribute (reader, "numFmtId");
      g_autofree char *code = get_attribute (reader, "formatCode");

      if (id != NULL && code != NULL && format_code_is_date (code))
        {
          gint64 *key = g_new (gint64, 1);

          *key = (gint64) g_ascii_strtoull (id, NULL, 10);
          g_hash_table_add (data->custom, key);
        }
    }
  else if (is_start (reader, "cellXfs"))
    data->in_cell_xfs = !xmlTextReaderIsEmptyElement (reader);
  else if (is_end (reader, "cellXfs"))
    data->in_cell_xfs = FALSE;
  else if (data->in_cell_xfs && is_start (reader, "xf")
           && data->state->date_styles->len < MAX_STYLES)
    {
      g_autofree char *id = get_attribute (reader, "numFmtId");
      gint64 fmt = id != NULL ? (gint64) g_ascii_strtoull (id, NULL, 10) : 0;
      gboolean is_date = builtin_format_is_date ((guint64) fmt)
                         || g_hash_table_contains (data->custom, &fmt);

      g_array_append_val (data->state->date_styles, is_date);
    }
  return 1;
}

static gboolean
read_styles (XlsxState   *state,
             const char  *name,
             GError     **error)
{
  g_autoptr(GHashTable) custom = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  StylesData data = { state, custom, FALSE };

  return read_part (state, name, FALSE, read_styles_node, &data, error);
}

/* Appends the text of an <si> or <is> (its <t>, or its runs' <t>, but not the phonetic <rPh>)
 * until the end of @element. */
static int
read_rich_text (xmlTextReaderPtr reader,
                const char      *element,
                GString         *text)
{
  int depth_rph = -1;
  gboolean in_t = FALSE;
  int status;

  if (xmlTextReaderIsEmptyElement (reader))
    return 1;

  while ((status = xmlTextReaderRead (reader)) == 1)
    {
      if (is_end (reader, element))
        break;
      if (is_start (reader, "rPh") && !xmlTextReaderIsEmptyElement (reader))
        depth_rph = xmlTextReaderDepth (reader);
      else if (depth_rph >= 0 && is_end (reader, "rPh") && xmlTextReaderDepth (reader) == depth_rph)
        depth_rph = -1;
      else if (depth_rph < 0 && is_start (reader, "t"))
        in_t = !xmlTextReaderIsEmptyElement (reader);
      else if (is_end (reader, "t"))
        in_t = FALSE;
      else if (in_t && depth_rph < 0 && is_text (reader))
        {
          const char *value = (const char *) xmlTextReaderConstValue (reader);

          if (value != NULL)
            g_string_append (text, value);
          if (text->len > KN_TABLE_MAX_CELL_BYTES)
            return -1;
        }
    }

  return status;
}

typedef struct
{
  XlsxState *state;
  GString   *text;
} StringsData;

static int
read_shared_string (xmlTextReaderPtr  reader,
                    PartStream       *stream,
                    gpointer          user_data)
{
  StringsData *data = user_data;
  int status;

  if (!is_start (reader, "si"))
    return 1;

  if (data->state->strings->len >= MAX_STRINGS)
    {
      stream->over_limit = TRUE;
      return -1;
    }

  g_string_truncate (data->text, 0);
  status = read_rich_text (reader, "si", data->text);
  if (status == 1)
    g_ptr_array_add (data->state->strings,
                     g_string_chunk_insert_len (data->state->string_chunk, data->text->str,
                                                (gssize) data->text->len));
  return status;
}

static gboolean
read_shared_strings (XlsxState   *state,
                     const char  *name,
                     GError     **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  StringsData data = { state, text };

  return read_part (state, name, FALSE, read_shared_string, &data, error);
}

static gboolean
choose_sheet (XlsxState   *state,
              GPtrArray   *sheets,
              const char  *wanted,
              GStrv       *sheet_names,
              SheetEntry **chosen,
              GError     **error)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  *chosen = NULL;
  for (guint i = 0; i < sheets->len; i++)
    {
      SheetEntry *entry = g_ptr_array_index (sheets, i);

      g_strv_builder_add (names, entry->name);
      if (*chosen != NULL || !entry->is_worksheet)
        continue;
      /* The first sheet a person sees: hidden ones only when nothing else is there. */
      if (wanted != NULL ? g_str_equal (entry->name, wanted) : !entry->hidden)
        *chosen = entry;
    }

  for (guint i = 0; *chosen == NULL && wanted == NULL && i < sheets->len; i++)
    {
      SheetEntry *entry = g_ptr_array_index (sheets, i);

      if (entry->is_worksheet)
        *chosen = entry;
    }

  /* A name typed by a person may differ in case only. */
  for (guint i = 0; *chosen == NULL && wanted != NULL && i < sheets->len; i++)
    {
      SheetEntry *entry = g_ptr_array_index (sheets, i);
      g_autofree char *a = g_utf8_casefold (entry->name, -1);
      g_autofree char *b = g_utf8_casefold (wanted, -1);

      if (entry->is_worksheet && g_str_equal (a, b))
        *chosen = entry;
    }

  *sheet_names = g_strv_builder_end (names);

  if (*chosen != NULL)
    return TRUE;

  if (wanted == NULL)
    g_set_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_NO_SHEET,
                 _("“%s” has no worksheet to read."), state->display_name);
  else
    {
      g_autofree char *list = g_strjoinv (", ", *sheet_names);

      g_set_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_NO_SHEET,
                   _("“%s” has no sheet named “%s”. Its sheets are: %s."),
                   state->display_name, wanted, list);
    }
  return FALSE;
}

/* Days since the workbook's epoch to a date: in the 1900 system day 1 is 1 January 1900 and
 * day 60 is the 29 February 1900 that Lotus 1-2-3 invented and Excel kept (no date, then); in
 * the 1904 system day 0 is 1 January 1904. */
static gboolean
serial_to_date (double       serial,
                gboolean     date1904,
                KnTableCell *cell)
{
  GDate date;
  double days = floor (serial);

  if (!isfinite (serial) || days > 2958465.0)   /* 31 December 9999 */
    return FALSE;

  if (date1904)
    {
      if (days < 0)
        return FALSE;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, G_DATE_JANUARY, 1904);
    }
  else
    {
      if (days < 1 || days == 60)
        return FALSE;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, days < 60 ? 31 : 30, G_DATE_DECEMBER, 1899);
    }

  g_date_add_days (&date, (guint) days);
  if (!g_date_valid (&date))
    return FALSE;

  cell->day = g_date_get_day (&date);
  cell->month = g_date_get_month (&date);
  cell->year = g_date_get_year (&date);
  return TRUE;
}

/* "AB12" → column 27 (0-based) and row 12; FALSE when it is not a cell reference. */
static gboolean
parse_ref (const char *ref,
           guint      *column,
           guint      *row)
{
  guint col = 0, n_letters = 0;
  guint64 number = 0;
  const char *p = ref;

  for (; g_ascii_isalpha (*p) && n_letters < 4; p++, n_letters++)
    col = col * 26 + (guint) (g_ascii_toupper (*p) - 'A' + 1);
  if (n_letters == 0 || n_letters > 3)
    return FALSE;
  for (; g_ascii_isdigit (*p) && number <= MAX_ROW_NUMBER; p++)
    number = number * 10 + (guint64) (*p - '0');
  if (*p != '\0' || number == 0 || number > MAX_ROW_NUMBER)
    return FALSE;

  *column = col - 1;
  *row = (guint) number;
  return TRUE;
}

static gboolean
parse_iso_date (const char  *text,
                KnTableCell *cell)
{
  guint year, month, day;

  if (sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3
      || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  cell->year = (GDateYear) year;
  cell->month = (GDateMonth) month;
  cell->day = (GDateDay) day;
  return TRUE;
}

static gboolean
cell_error (XlsxState   *state,
            const char  *ref,
            GError     **error)
{
  g_set_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_SYNTAX,
               _("“%s”, sheet “%s”, cell %s: the workbook is damaged here. Open it in Excel or "
                 "LibreOffice and save it again as .xlsx."),
               state->display_name, state->sheet_name, ref);
  return FALSE;
}

/* Sets @cell from its type, style and value as read. */
static gboolean
set_cell_value (XlsxState     *state,
                KnRowBuilder  *builder,
                KnTableCell   *cell,
                const char    *type,
                const char    *style,
                gboolean       inline_text)
{
  const char *value = state->value->str;
  char *end = NULL;

  if (inline_text || g_strcmp0 (type, "str") == 0 || g_strcmp0 (type, "e") == 0)
    {
      if (state->value->len > 0)
        kn_row_builder_set_text (builder, cell, value, (gssize) state->value->len);
      return TRUE;
    }

  if (state->value->len == 0)
    return TRUE;

  if (g_strcmp0 (type, "s") == 0)
    {
      guint64 index = g_ascii_strtoull (value, &end, 10);

      if (end == value || *end != '\0' || index >= state->strings->len)
        return FALSE;
      value = g_ptr_array_index (state->strings, (guint) index);
      if (*value != '\0')
        kn_row_builder_set_text (builder, cell, value, -1);
      return TRUE;
    }

  if (g_strcmp0 (type, "b") == 0)
    {
      cell->kind = KN_CELL_BOOLEAN;
      cell->boolean = g_str_equal (value, "1") || g_ascii_strcasecmp (value, "true") == 0;
      return TRUE;
    }

  if (g_strcmp0 (type, "d") == 0)
    {
      if (parse_iso_date (value, cell))
        cell->kind = KN_CELL_DATE;
      else
        kn_row_builder_set_text (builder, cell, value, -1);
      return TRUE;
    }

  cell->number = g_ascii_strtod (value, &end);
  if (end == value || *end != '\0' || !isfinite (cell->number))
    return FALSE;
  cell->kind = KN_CELL_NUMBER;

  if (style != NULL)
    {
      guint64 index = g_ascii_strtoull (style, NULL, 10);

      if (index < state->date_styles->len
          && g_array_index (state->date_styles, gboolean, (guint) index)
          && serial_to_date (cell->number, state->date1904, cell))
        cell->kind = KN_CELL_DATE;
    }

  return TRUE;
}

/* Reads one <c> element (the reader is on its start tag) into the row. */
static gboolean
read_cell (XlsxState     *state,
           KnRowBuilder  *builder,
           guint          row_number,
           guint         *next_column,
           GError       **error)
{
  xmlTextReaderPtr reader = state->sheet;
  g_autofree char *ref = get_attribute (reader, "r");
  g_autofree char *type = get_attribute (reader, "t");
  g_autofree char *style = get_attribute (reader, "s");
  gboolean inline_text = g_strcmp0 (type, "inlineStr") == 0;
  char name[8];
  char ref_text[24];
  guint column = *next_column, ref_row;
  int status = 1;

  if (ref != NULL && !parse_ref (ref, &column, &ref_row))
    column = *next_column;
  if (column >= KN_TABLE_MAX_COLUMNS)
    column = KN_TABLE_MAX_COLUMNS;
  kn_table_column_name (MIN (column, KN_TABLE_MAX_COLUMNS - 1), name);
  g_snprintf (ref_text, sizeof ref_text, "%s%u", name, row_number);
  if (column >= KN_TABLE_MAX_COLUMNS)
    return cell_error (state, ref_text, error);

  g_string_truncate (state->value, 0);
  if (!xmlTextReaderIsEmptyElement (reader))
    {
      gboolean in_v = FALSE;

      while ((status = xmlTextReaderRead (reader)) == 1)
        {
          if (is_end (reader, "c"))
            break;
          if (is_start (reader, "is"))
            {
              inline_text = TRUE;
              g_string_truncate (state->value, 0);
              status = read_rich_text (reader, "is", state->value);
              if (status != 1)
                break;
            }
          else if (is_start (reader, "v"))
            in_v = !xmlTextReaderIsEmptyElement (reader) && !inline_text;
          else if (is_end (reader, "v"))
            in_v = FALSE;
          else if (in_v && is_text (reader))
            {
              const char *value = (const char *) xmlTextReaderConstValue (reader);

              if (value != NULL)
                g_string_append (state->value, value);
              if (state->value->len > KN_TABLE_MAX_CELL_BYTES)
                return cell_error (state, ref_text, error);
            }
        }
    }

  if (status != 1)
    return FALSE;   /* the caller reports the damaged part */

  if (!set_cell_value (state, builder, kn_row_builder_cell (builder, column), type, style,
                       inline_text))
    return cell_error (state, ref_text, error);

  *next_column = column + 1;
  return TRUE;
}

static gboolean
xlsx_next_row (gpointer      data,
               KnRowBuilder *builder,
               guint        *number,
               GError      **error)
{
  XlsxState *state = data;
  xmlTextReaderPtr reader = state->sheet;
  int status;

  if (state->done)
    return FALSE;

  while ((status = xmlTextReaderRead (reader)) == 1)
    {
      g_autofree char *r = NULL;
      guint next_column = 0;
      guint64 row_number;

      if (is_end (reader, "sheetData"))
        {
          state->done = TRUE;
          return FALSE;
        }
      if (!is_start (reader, "row"))
        continue;

      r = get_attribute (reader, "r");
      row_number = r != NULL ? g_ascii_strtoull (r, NULL, 10) : 0;
      if (row_number == 0 || row_number > MAX_ROW_NUMBER)
        row_number = MIN ((guint64) state->last_row + 1, MAX_ROW_NUMBER);
      state->last_row = (guint) row_number;
      *number = (guint) row_number;

      if (xmlTextReaderIsEmptyElement (reader))
        return TRUE;

      while ((status = xmlTextReaderRead (reader)) == 1)
        {
          if (is_end (reader, "row"))
            return TRUE;
          if (is_start (reader, "c"))
            {
              g_autoptr(GError) local_error = NULL;

              if (!read_cell (state, builder, *number, &next_column, &local_error))
                {
                  state->done = TRUE;
                  if (local_error != NULL)
                    {
                      g_propagate_error (error, g_steal_pointer (&local_error));
                      return FALSE;
                    }
                  status = -1;
                  break;
                }
            }
        }
      break;
    }

  state->done = TRUE;
  if (status == 0)
    return FALSE;

  if (state->sheet_stream->over_limit)
    return stream_error (state, state->sheet_stream, state->sheet_name, error);

  g_debug ("%s, sheet %s: %s", state->display_name, state->sheet_name,
           state->xml_error != NULL ? state->xml_error : "(no detail)");
  g_set_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_SYNTAX,
               _("“%s”, sheet “%s”: the workbook is damaged near row %u. Open it in Excel or "
                 "LibreOffice and save it again as .xlsx."),
               state->display_name, state->sheet_name, state->last_row);
  return FALSE;
}

gpointer
kn_xlsx_backend_open (const char     *path,
                      GBytes         *bytes,
                      const char     *display_name,
                      const char     *sheet,
                      char          **sheet_name,
                      GStrv          *sheet_names,
                      GError        **error)
{
  XlsxState *state;
  g_autoptr(GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func (sheet_entry_free);
  g_autofree char *workbook_part = NULL;
  g_autoptr(GError) local_error = NULL;
  SheetEntry *chosen = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (path != NULL || bytes != NULL, NULL);

  g_once (&xml_init_once, init_libxml, NULL);

  state = g_new0 (XlsxState, 1);
  state->path = path;
  state->bytes = bytes != NULL ? g_bytes_ref (bytes) : NULL;
  state->display_name = g_strdup (display_name);
  state->date_styles = g_array_new (FALSE, FALSE, sizeof (gboolean));
  state->strings = g_ptr_array_new ();
  state->string_chunk = g_string_chunk_new (64 * 1024);
  state->value = g_string_new (NULL);

  workbook_part = find_workbook_part (state, &local_error);
  if (workbook_part == NULL
      || !read_rels (state, workbook_part, targets, types, &local_error)
      || !read_workbook (state, workbook_part, targets, types, sheets, &local_error)
      || !choose_sheet (state, sheets, sheet, sheet_names, &chosen, &local_error))
    goto failed;

  state->sheet_name = g_strdup (chosen->name);

  g_hash_table_iter_init (&iter, types);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *target = g_hash_table_lookup (targets, key);

      if (type_is (value, "/styles") && !read_styles (state, target, &local_error))
        goto failed;
      if (type_is (value, "/sharedStrings") && !read_shared_strings (state, target, &local_error))
        goto failed;
    }

  state->sheet_stream = part_stream_open (state, chosen->target, MAX_SHEET_BYTES, &local_error);
  if (state->sheet_stream == NULL)
    {
      if (local_error == NULL)
        set_damaged (state, chosen->target, &local_error);
      goto failed;
    }
  state->sheet = xml_reader_new (state, state->sheet_stream, chosen->target);
  if (state->sheet == NULL)
    {
      stream_error (state, state->sheet_stream, chosen->target, &local_error);
      goto failed;
    }

  /* Every part is open by now; the caller's path need not outlive this call. */
  state->path = NULL;

  *sheet_name = g_strdup (state->sheet_name);
  return state;

failed:
  g_propagate_error (error, g_steal_pointer (&local_error));
  xlsx_state_free (state);
  return NULL;
}

const KnTableBackend kn_xlsx_backend = {
  .next_row = xlsx_next_row,
  .free = xlsx_state_free,
};
