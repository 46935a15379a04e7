/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Finding an import file's columns by their headers, with the names offices give them. */

#define G_LOG_DOMAIN "kn-column-map"

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-column-map.h"

struct _KnColumnMap
{
  const KnColumnField *fields;
  guint                n_fields;
  int                 *columns;   /* owned: per field, its column or -1 */
  GPtrArray           *headers;   /* owned: char *, the header row as read */
  GPtrArray           *missing;   /* owned: const KnColumnField *, rebuilt on demand */
};

G_DEFINE_QUARK (kn-column-map-error-quark, kn_column_map_error)

/* Aliases are written as offices write them; they are compared through kn_column_key(). */
static const char * const nip_aliases[] = {
  "NIP", "NIP Baru", "NIP 18", "NIP/NI PPPK", "NI PPPK", "Nomor Induk Pegawai", NULL
};
static const char * const name_aliases[] = {
  "Nama", "Nama Lengkap", "Nama Pegawai", "Nama Lengkap dengan Gelar", NULL
};
static const char * const front_title_aliases[] = { "Gelar Depan", NULL };
static const char * const back_title_aliases[] = {
  "Gelar Belakang", "Gelar Blk", "Gelar Blkg", NULL
};
static const char * const rank_aliases[] = {
  "Pangkat/Golongan", "Gol. Ruang", "Golongan", "Gol", "Golongan Ruang", "Gol/Ruang",
  "Pangkat/Gol. Ruang", "Pangkat/Golongan Ruang", "Pangkat Gol", "Pangkat, Golongan",
  /* SIASN's download: GOL_AKHIR_NAMA ("III/a") */
  "Gol Akhir", "Gol Akhir Nama", "Gol Nama", "Golongan Akhir", "Golongan Terakhir", NULL
};
static const char * const rank_date_aliases[] = {
  "TMT Pangkat", "TMT Golongan", "TMT Pangkat/Golongan", "TMT Gol", "TMT Gol. Ruang",
  "TMT Golongan Ruang", "TMT Pangkat Terakhir", "Tanggal TMT Pangkat", "TMT Kenaikan Pangkat",
  NULL
};
static const char * const position_aliases[] = {
  "Jabatan", "Nama Jabatan", "Jabatan Nama", "Jabatan Terakhir", NULL
};
static const char * const position_kind_aliases[] = { "Jenis Jabatan", NULL };
static const char * const unit_aliases[] = {
  "Unit Kerja", "Unor", "Unit Organisasi", "Nama Unor", "Satuan Kerja", "Unor Nama",
  "Nama Unit Kerja", NULL
};
static const char * const supervisor_aliases[] = {
  "NIP Atasan", "NIP Atasan Langsung", "NIP Pejabat Penilai", "Atasan NIP", NULL
};
static const char * const status_aliases[] = {
  "Status", "Status Pegawai", "Status Kepegawaian", "Jenis Pegawai", NULL
};

static const KnColumnField employee_fields[] = {
  { "nip", N_("NIP"), nip_aliases, TRUE },
  { "name", N_("Name"), name_aliases, TRUE },
  { "front-title", N_("Front title"), front_title_aliases, FALSE },
  { "back-title", N_("Back title"), back_title_aliases, FALSE },
  { "rank", N_("Rank"), rank_aliases, FALSE },
  { "position", N_("Position"), position_aliases, FALSE },
  { "position-kind", N_("Position kind"), position_kind_aliases, FALSE },
  { "unit", N_("Unit"), unit_aliases, FALSE },
  { "supervisor-nip", N_("Supervisor’s NIP"), supervisor_aliases, FALSE },
  { "status", N_("Status"), status_aliases, FALSE },
  { "rank-date", N_("Rank TMT"), rank_date_aliases, FALSE },
};

static const char * const activity_aliases[] = {
  "Nama Kegiatan", "Kegiatan", "Nama Pelatihan", "Nama Diklat", "Judul Kegiatan", NULL
};
static const char * const kind_aliases[] = {
  "Jenis", "Jenis Kegiatan", "Jenis Pengembangan Kompetensi", "Bentuk Kegiatan", NULL
};
static const char * const start_aliases[] = {
  "Tanggal Mulai", "Tgl Mulai", "Tgl. Mulai", "Mulai", "Tanggal Awal", NULL
};
static const char * const end_aliases[] = {
  "Tanggal Selesai", "Tgl Selesai", "Tgl. Selesai", "Selesai", "Tanggal Akhir", NULL
};
static const char * const hours_aliases[] = { "JP", "Jumlah JP", "Jam Pelajaran", NULL };
static const char * const organiser_aliases[] = { "Penyelenggara", "Lembaga Penyelenggara", NULL };
static const char * const certificate_aliases[] = {
  "Nomor Sertifikat", "No Sertifikat", "No. Sertifikat", "Nomor STTPP", "No. STTPP", NULL
};

static const KnColumnField training_fields[] = {
  { "nip", N_("NIP"), nip_aliases, TRUE },
  { "activity", N_("Activity"), activity_aliases, TRUE },
  { "kind", N_("Kind"), kind_aliases, FALSE },
  { "start-date", N_("Start date"), start_aliases, TRUE },
  { "end-date", N_("End date"), end_aliases, FALSE },
  { "hours", N_("JP"), hours_aliases, TRUE },
  { "organiser", N_("Organiser"), organiser_aliases, FALSE },
  { "certificate", N_("Certificate number"), certificate_aliases, FALSE },
};

static int
field_index (KnColumnMap *map,
             const char  *field_id)
{
  for (guint i = 0; i < map->n_fields; i++)
    if (g_str_equal (map->fields[i].id, field_id))
      return (int) i;
  return -1;
}

/* The header without anything in brackets: "NIP (18 digit)" → "NIP ". */
static char *
drop_brackets (const char *header)
{
  GString *out = g_string_new (NULL);
  int depth = 0;

  for (const char *p = header; *p != '\0'; p++)
    {
      if (*p == '(' || *p == '[')
        depth++;
      else if ((*p == ')' || *p == ']') && depth > 0)
        depth--;
      else if (depth == 0)
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static gboolean
field_matches (const KnColumnField *field,
               const char          *key)
{
  if (key[0] == '\0')
    return FALSE;

  for (guint i = 0; field->aliases[i] != NULL; i++)
    {
      g_autofree char *alias = kn_column_key (field->aliases[i]);

      if (g_str_equal (alias, key))
        return TRUE;
    }

  return FALSE;
}

const KnColumnField *
kn_column_fields_employee (guint *n_fields)
{
  g_return_val_if_fail (n_fields != NULL, NULL);

  *n_fields = G_N_ELEMENTS (employee_fields);
  return employee_fields;
}

const KnColumnField *
kn_column_fields_training (guint *n_fields)
{
  g_return_val_if_fail (n_fields != NULL, NULL);

  *n_fields = G_N_ELEMENTS (training_fields);
  return training_fields;
}

char *
kn_column_key (const char *header)
{
  g_autofree char *lower = NULL;
  GString *key;

  g_return_val_if_fail (header != NULL, NULL);

  if (!g_utf8_validate (header, -1, NULL))
    return g_strdup ("");

  lower = g_utf8_strdown (header, -1);
  key = g_string_new (NULL);
  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (key, c);
    }

  return g_string_free (key, FALSE);
}

KnColumnMap *
kn_column_map_new (const KnColumnField *fields,
                   guint                n_fields)
{
  KnColumnMap *map;

  g_return_val_if_fail (fields != NULL || n_fields == 0, NULL);

  map = g_new0 (KnColumnMap, 1);
  map->fields = fields;
  map->n_fields = n_fields;
  map->columns = g_new (int, MAX (n_fields, 1));
  for (guint i = 0; i < n_fields; i++)
    map->columns[i] = -1;
  map->headers = g_ptr_array_new_with_free_func (g_free);
  map->missing = g_ptr_array_new ();

  return map;
}

void
kn_column_map_free (KnColumnMap *map)
{
  if (map == NULL)
    return;

  g_free (map->columns);
  g_ptr_array_unref (map->headers);
  g_ptr_array_unref (map->missing);
  g_free (map);
}

void
kn_column_map_match (KnColumnMap        *map,
                     const char * const *headers,
                     guint               n_headers)
{
  g_return_if_fail (map != NULL);
  g_return_if_fail (headers != NULL || n_headers == 0);

  g_ptr_array_set_size (map->headers, 0);
  for (guint i = 0; i < map->n_fields; i++)
    map->columns[i] = -1;

  for (guint column = 0; column < n_headers; column++)
    g_ptr_array_add (map->headers, g_strdup (headers[column] != NULL ? headers[column] : ""));

  /* Two passes: whole headers first, so that "NIP" is not taken by "NIP (lama)" before the
   * column really named "NIP" is seen. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint column = 0; column < n_headers; column++)
      {
        g_autofree char *bare = pass == 0 ? NULL : drop_brackets (map->headers->pdata[column]);
        g_autofree char *key = kn_column_key (pass == 0 ? map->headers->pdata[column] : bare);

        if (kn_column_map_get_field_at (map, column) != NULL)
          continue;

        for (guint i = 0; i < map->n_fields; i++)
          if (map->columns[i] < 0 && field_matches (&map->fields[i], key))
            {
              map->columns[i] = (int) column;
              break;
            }
      }
}

void
kn_column_map_match_row (KnColumnMap      *map,
                         const KnTableRow *header)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (map != NULL);
  g_return_if_fail (header != NULL);

  for (guint i = 0; i < header->n_cells; i++)
    g_ptr_array_add (texts, kn_table_cell_dup_stripped (&header->cells[i]));

  kn_column_map_match (map, (const char * const *) texts->pdata, texts->len);
}

static guint
count_matched (KnColumnMap *map)
{
  guint n = 0;

  for (guint i = 0; i < map->n_fields; i++)
    n += map->columns[i] >= 0;
  return n;
}

gboolean
kn_column_map_find_header (KnColumnMap    *map,
                           KnTableReader  *reader,
                           guint           max_rows,
                           GError        **error)
{
  g_autoptr(GPtrArray) best = g_ptr_array_new_with_free_func (g_free);
  guint best_count = 0;

  g_return_val_if_fail (map != NULL, FALSE);
  g_return_val_if_fail (KN_IS_TABLE_READER (reader), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint n = 0; n < max_rows; n++)
    {
      g_autoptr(GError) local_error = NULL;
      const KnTableRow *row = kn_table_reader_next_row (reader, &local_error);

      if (row == NULL)
        {
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          break;
        }

      kn_column_map_match_row (map, row);
      if (kn_column_map_get_missing (map)->len == 0)
        return TRUE;

      if (count_matched (map) > best_count || best->len == 0)
        {
          best_count = count_matched (map);
          g_ptr_array_set_size (best, 0);
          for (guint i = 0; i < map->headers->len; i++)
            g_ptr_array_add (best, g_strdup (map->headers->pdata[i]));
        }
    }

  /* Say what the most header-like row lacks. */
  kn_column_map_match (map, (const char * const *) best->pdata, best->len);
  return kn_column_map_check (map, error);
}

int
kn_column_map_get_column (KnColumnMap *map,
                          const char  *field_id)
{
  int index;

  g_return_val_if_fail (map != NULL, -1);
  g_return_val_if_fail (field_id != NULL, -1);

  index = field_index (map, field_id);
  return index < 0 ? -1 : map->columns[index];
}

gboolean
kn_column_map_set_column (KnColumnMap *map,
                          const char  *field_id,
                          int          column)
{
  int index;

  g_return_val_if_fail (map != NULL, FALSE);
  g_return_val_if_fail (field_id != NULL, FALSE);
  g_return_val_if_fail (column >= -1, FALSE);

  index = field_index (map, field_id);
  if (index < 0)
    return FALSE;

  if (column >= 0)
    for (guint i = 0; i < map->n_fields; i++)
      if (map->columns[i] == column)
        map->columns[i] = -1;

  map->columns[index] = column;
  return TRUE;
}

const KnColumnField *
kn_column_map_get_field_at (KnColumnMap *map,
                            guint        column)
{
  g_return_val_if_fail (map != NULL, NULL);

  for (guint i = 0; i < map->n_fields; i++)
    if (map->columns[i] == (int) column)
      return &map->fields[i];
  return NULL;
}

const char *
kn_column_map_get_header (KnColumnMap *map,
                          guint        column)
{
  g_return_val_if_fail (map != NULL, NULL);

  return column < map->headers->len ? map->headers->pdata[column] : "";
}

guint
kn_column_map_get_n_headers (KnColumnMap *map)
{
  g_return_val_if_fail (map != NULL, 0);

  return map->headers->len;
}

GPtrArray *
kn_column_map_get_missing (KnColumnMap *map)
{
  g_return_val_if_fail (map != NULL, NULL);

  g_ptr_array_set_size (map->missing, 0);
  for (guint i = 0; i < map->n_fields; i++)
    if (map->fields[i].required && map->columns[i] < 0)
      g_ptr_array_add (map->missing, (gpointer) &map->fields[i]);

  return map->missing;
}

gboolean
kn_column_map_check (KnColumnMap  *map,
                     GError      **error)
{
  GPtrArray *missing;
  g_autoptr(GString) names = g_string_new (NULL);

  g_return_val_if_fail (map != NULL, FALSE);

  missing = kn_column_map_get_missing (map);
  if (missing->len == 0)
    return TRUE;

  for (guint i = 0; i < missing->len; i++)
    {
      const KnColumnField *field = missing->pdata[i];

      if (i > 0)
        g_string_append (names, ", ");
      g_string_append (names, _(field->label));
    }

  g_set_error (error, KN_COLUMN_MAP_ERROR, KN_COLUMN_MAP_ERROR_MISSING,
               _("No column was found for: %s. Name the columns in the first row of the file "
                 "(for example “NIP” and “Nama”), or choose them."),
               names->str);
  return FALSE;
}

char *
kn_column_map_describe (KnColumnMap *map)
{
  GString *out;
  gboolean any_left_out = FALSE;

  g_return_val_if_fail (map != NULL, NULL);

  out = g_string_new (NULL);
  for (guint i = 0; i < map->n_fields; i++)
    {
      int column = map->columns[i];
      char name[8];

      if (column < 0)
        {
          /* Translators: a field of an import that no column of the file fills. */
          g_string_append_printf (out, _("%s ← (none)"), _(map->fields[i].label));
          g_string_append_c (out, '\n');
          continue;
        }

      kn_table_column_name ((guint) column, name);
      /* Translators: a field of an import ← the column letter and its header in the file. */
      g_string_append_printf (out, _("%s ← column %s “%s”"), _(map->fields[i].label), name,
                              kn_column_map_get_header (map, (guint) column));
      g_string_append_c (out, '\n');
    }

  for (guint column = 0; column < map->headers->len; column++)
    {
      const char *header = map->headers->pdata[column];
      char name[8];

      if (kn_column_map_get_field_at (map, column) != NULL || header[0] == '\0')
        continue;

      if (!any_left_out)
        {
          g_string_append (out, _("Columns left out:"));
          any_left_out = TRUE;
        }
      kn_table_column_name (column, name);
      g_string_append_printf (out, " %s “%s”", name, header);
    }
  if (any_left_out)
    g_string_append_c (out, '\n');

  return g_string_free (out, FALSE);
}
