/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The table reader: opens a CSV or an XLSX by its content and hands out its rows one at a time. */

#define G_LOG_DOMAIN "kn-table-reader"

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kn-table-reader-private.h"

struct _KnTableReader
{
  GObject               parent_instance;

  const KnTableBackend *backend;
  gpointer              state;           /* owned by the backend */
  char                 *display_name;    /* owned */
  char                 *sheet_name;      /* owned, nullable */
  GStrv                 sheet_names;     /* owned, nullable */
  KnTableFormat         format;
  KnTableNotice         notices;
  char                  separator;
  gboolean              failed;          /* a row failed: nothing more is read */

  KnRowBuilder          builder;
  KnTableRow            row;
};

G_DEFINE_FINAL_TYPE (KnTableReader, kn_table_reader, G_TYPE_OBJECT)

G_DEFINE_QUARK (kn-table-reader-error-quark, kn_table_reader_error)

#define ZIP_MAGIC "PK\003\004"
#define CFB_MAGIC "\320\317\021\340\241\261\032\341"   /* .xls, or an encrypted .xlsx */

void
kn_row_builder_init (KnRowBuilder *builder)
{
  builder->cells = g_array_new (FALSE, TRUE, sizeof (KnTableCell));
  builder->strings = g_string_chunk_new (4096);
}

void
kn_row_builder_clear (KnRowBuilder *builder)
{
  g_clear_pointer (&builder->cells, g_array_unref);
  g_clear_pointer (&builder->strings, g_string_chunk_free);
}

void
kn_row_builder_reset (KnRowBuilder *builder)
{
  g_array_set_size (builder->cells, 0);
  g_string_chunk_clear (builder->strings);
}

KnTableCell *
kn_row_builder_cell (KnRowBuilder *builder,
                     guint         column)
{
  g_assert (column < KN_TABLE_MAX_COLUMNS);

  while (builder->cells->len <= column)
    {
      KnTableCell empty = { .kind = KN_CELL_EMPTY, .column = builder->cells->len, .text = "" };

      g_array_append_val (builder->cells, empty);
    }

  return &g_array_index (builder->cells, KnTableCell, column);
}

void
kn_row_builder_set_text (KnRowBuilder *builder,
                         KnTableCell  *cell,
                         const char   *text,
                         gssize        len)
{
  cell->kind = KN_CELL_TEXT;
  cell->text = g_string_chunk_insert_len (builder->strings, text, len);
}

guint
kn_row_builder_n_cells (KnRowBuilder *builder)
{
  return builder->cells->len;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0xFEFF)
        return FALSE;
    }

  return TRUE;
}

/* Drops trailing empty cells and names the rest; FALSE when nothing is left. */
static gboolean
finish_row (KnTableReader *self,
            guint          number)
{
  GArray *cells = self->builder.cells;
  guint n = cells->len;

  while (n > 0)
    {
      KnTableCell *cell = &g_array_index (cells, KnTableCell, n - 1);

      if (cell->kind != KN_CELL_EMPTY && !(cell->kind == KN_CELL_TEXT && is_blank (cell->text)))
        break;
      n--;
    }

  g_array_set_size (cells, n);
  for (guint i = 0; i < n; i++)
    {
      KnTableCell *cell = &g_array_index (cells, KnTableCell, i);
      char name[8];

      kn_table_column_name (i, name);
      cell->column = i;
      g_snprintf (cell->ref, sizeof cell->ref, "%s%u", name, number);
    }

  self->row.number = number;
  self->row.n_cells = n;
  self->row.cells = (KnTableCell *) (gpointer) cells->data;

  return n > 0;
}

static KnTableReader *
reader_new (const char *display_name)
{
  KnTableReader *self = g_object_new (KN_TYPE_TABLE_READER, NULL);

  self->display_name = g_path_get_basename (display_name);
  return self;
}

static const char *
detect_format (const guint8 *head,
               gsize         len)
{
  if (len >= 4 && memcmp (head, ZIP_MAGIC, 4) == 0)
    return "xlsx";
  if (len >= 8 && memcmp (head, CFB_MAGIC, 8) == 0)
    return "cfb";
  if (len >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
    return "csv";   /* UTF-16 text, whose NUL bytes are no sign of a binary file */
  if (len > 0 && memchr (head, '\0', len) != NULL)
    return "binary";
  return "csv";
}

static gboolean
check_format (const char  *kind,
              const char  *display_name,
              GError     **error)
{
  if (g_str_equal (kind, "cfb"))
    {
      g_set_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_FORMAT,
                   _("“%s” is an old Excel 97–2003 workbook (.xls) or is protected with a "
                     "password. Open it in Excel, remove any password, and save it as an Excel "
                     "Workbook (.xlsx)."),
                   display_name);
      return FALSE;
    }
  if (g_str_equal (kind, "binary"))
    {
      g_set_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_FORMAT,
                   _("“%s” is neither an Excel workbook (.xlsx) nor a CSV file. "
                     "Save it from Excel as .xlsx or as CSV."),
                   display_name);
      return FALSE;
    }
  return TRUE;
}

/* @head is the start of the file; @bytes the whole file, or NULL for an XLSX read from @path. */
static KnTableReader *
open_file (const char    *path,
           GBytes        *bytes,
           const guint8  *head,
           gsize          head_len,
           const char    *display_name,
           const char    *sheet,
           GError       **error)
{
  g_autoptr(KnTableReader) self = reader_new (display_name);
  const char *kind;

  kind = detect_format (head, head_len);
  if (!check_format (kind, self->display_name, error))
    return NULL;

  if (g_str_equal (kind, "xlsx"))
    {
      self->format = KN_TABLE_FORMAT_XLSX;
      self->backend = &kn_xlsx_backend;
      self->state = kn_xlsx_backend_open (path, bytes, self->display_name, sheet,
                                          &self->sheet_name, &self->sheet_names, error);
    }
  else
    {
      g_autoptr(GBytes) contents = bytes != NULL ? g_bytes_ref (bytes) : NULL;

      if (contents == NULL)
        {
          g_autoptr(GError) local_error = NULL;
          char *data = NULL;
          gsize len = 0;

          if (!g_file_get_contents (path, &data, &len, &local_error))
            {
              g_set_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_OPEN,
                           _("Could not open “%s”: %s."), self->display_name, local_error->message);
              return NULL;
            }
          contents = g_bytes_new_take (data, len);
        }

      self->format = KN_TABLE_FORMAT_CSV;
      self->backend = &kn_csv_backend;
      self->state = kn_csv_backend_open (contents, self->display_name, &self->notices,
                                         &self->separator, error);
    }

  if (self->state == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

static void
kn_table_reader_finalize (GObject *object)
{
  KnTableReader *self = (KnTableReader *) object;

  if (self->state != NULL)
    self->backend->free (self->state);
  kn_row_builder_clear (&self->builder);
  g_free (self->display_name);
  g_free (self->sheet_name);
  g_strfreev (self->sheet_names);

  G_OBJECT_CLASS (kn_table_reader_parent_class)->finalize (object);
}

static void
kn_table_reader_class_init (KnTableReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kn_table_reader_finalize;
}

static void
kn_table_reader_init (KnTableReader *self)
{
  kn_row_builder_init (&self->builder);
}

KnTableReader *
kn_table_reader_new_for_path (const char  *path,
                              const char  *sheet,
                              GError     **error)
{
  g_autofree char *name = NULL;
  guint8 head[4096];
  gsize head_len;
  GStatBuf st;
  FILE *file;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_path_get_basename (path);
  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode) || (file = g_fopen (path, "rb")) == NULL)
    {
      g_set_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_OPEN,
                   _("Could not open “%s”: it is not a file that can be read. "
                     "Choose the file again."),
                   name);
      return NULL;
    }
  head_len = fread (head, 1, sizeof head, file);
  fclose (file);

  if (head_len >= 4 && memcmp (head, ZIP_MAGIC, 4) != 0 && st.st_size > KN_TABLE_MAX_CSV_BYTES)
    {
      g_set_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_TOO_LARGE,
                   _("“%s” is too large for a CSV file (more than %u MiB). "
                     "Split it into smaller files."),
                   name, KN_TABLE_MAX_CSV_BYTES >> 20);
      return NULL;
    }

  return open_file (path, NULL, head, head_len, path, sheet, error);
}

KnTableReader *
kn_table_reader_new_for_bytes (GBytes      *bytes,
                               const char  *display_name,
                               const char  *sheet,
                               GError     **error)
{
  const guint8 *data;
  gsize len;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  return open_file (NULL, bytes, data, MIN (len, 4096), display_name, sheet, error);
}

KnTableFormat
kn_table_reader_get_format (KnTableReader *self)
{
  g_return_val_if_fail (KN_IS_TABLE_READER (self), KN_TABLE_FORMAT_CSV);
  return self->format;
}

KnTableNotice
kn_table_reader_get_notices (KnTableReader *self)
{
  g_return_val_if_fail (KN_IS_TABLE_READER (self), KN_TABLE_NOTICE_NONE);
  return self->notices;
}

const char *
kn_table_reader_get_display_name (KnTableReader *self)
{
  g_return_val_if_fail (KN_IS_TABLE_READER (self), NULL);
  return self->display_name;
}

const char *
kn_table_reader_get_sheet_name (KnTableReader *self)
{
  g_return_val_if_fail (KN_IS_TABLE_READER (self), NULL);
  return self->sheet_name;
}

const char * const *
kn_table_reader_get_sheet_names (KnTableReader *self)
{
  g_return_val_if_fail (KN_IS_TABLE_READER (self), NULL);
  return (const char * const *) self->sheet_names;
}

char
kn_table_reader_get_separator (KnTableReader *self)
{
  g_return_val_if_fail (KN_IS_TABLE_READER (self), 0);
  return self->separator;
}

const KnTableRow *
kn_table_reader_next_row (KnTableReader  *self,
                          GError        **error)
{
  g_return_val_if_fail (KN_IS_TABLE_READER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->failed)
    {
      g_set_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_SYNTAX,
                   _("“%s” could not be read to the end."), self->display_name);
      return NULL;
    }

  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      guint number = 0;

      kn_row_builder_reset (&self->builder);
      if (!self->backend->next_row (self->state, &self->builder, &number, &local_error))
        {
          if (local_error != NULL)
            {
              self->failed = TRUE;
              g_propagate_error (error, g_steal_pointer (&local_error));
            }
          return NULL;
        }

      if (finish_row (self, number))
        return &self->row;
    }
}

const KnTableCell *
kn_table_row_get_cell (const KnTableRow *row,
                       guint             column)
{
  g_return_val_if_fail (row != NULL, NULL);

  return column < row->n_cells ? &row->cells[column] : NULL;
}

void
kn_table_column_name (guint column,
                      char  buf[8])
{
  char tmp[8];
  guint n = 0;
  guint value = column + 1;

  while (value > 0 && n < sizeof tmp - 1)
    {
      guint rest = (value - 1) % 26;

      tmp[n++] = (char) ('A' + rest);
      value = (value - 1) / 26;
    }

  for (guint i = 0; i < n; i++)
    buf[i] = tmp[n - 1 - i];
  buf[n] = '\0';
}

char *
kn_table_cell_dup_stripped (const KnTableCell *cell)
{
  const char *start;
  const char *end;

  if (cell == NULL)
    return g_strdup ("");

  switch (cell->kind)
    {
    case KN_CELL_EMPTY:
      return g_strdup ("");
    case KN_CELL_NUMBER:
      {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];

        if (cell->number == (double) (gint64) cell->number && ABS (cell->number) < 1e15)
          return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) cell->number);
        return g_strdup (g_ascii_dtostr (buf, sizeof buf, cell->number));
      }
    case KN_CELL_DATE:
      return g_strdup_printf ("%04u-%02u-%02u", (guint) cell->year, (guint) cell->month,
                              (guint) cell->day);
    case KN_CELL_BOOLEAN:
      return g_strdup (cell->boolean ? "TRUE" : "FALSE");
    case KN_CELL_TEXT:
    default:
      break;
    }

  start = cell->text;
  while (*start != '\0')
    {
      gunichar c = g_utf8_get_char (start);

      if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0xFEFF)
        break;
      start = g_utf8_next_char (start);
    }

  end = start + strlen (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (prev);

      if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0xFEFF)
        break;
      end = prev;
    }

  return g_strndup (start, (gsize) (end - start));
}
