/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a survey's questionnaires from a CSV or XLSX table, all of it or nothing. */

#define G_LOG_DOMAIN "kn-skm-import"

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-column-map.h"
#include "kinerja/kn-skm-import.h"
#include "kn-import-common-private.h"

/* Title rows above the header that offices put there. */
#define MAX_HEADER_ROWS 10

G_DEFINE_QUARK (kn-skm-import-error-quark, kn_skm_import_error)

/* The words that name each unsur in a header or a form's question, as column keys (lower case,
 * letters and digits only). */
static const char * const unsur_words[KN_SKM_N_UNSUR][4] = {
  { "persyaratan", NULL },
  { "prosedur", "mekanisme", NULL },
  { "waktu", "kecepatan", NULL },
  { "biaya", "tarif", NULL },
  { "produk", "spesifikasi", NULL },
  { "kompetensi", "kemampuan", NULL },
  { "perilaku", "kesopanan", "keramahan", NULL },
  { "pengaduan", "masukan", NULL },
  { "sarana", "prasarana", NULL },
};

int
kn_skm_import_unsur_of_header (const char *header)
{
  g_autofree char *key = NULL;
  const char *digits = NULL;

  g_return_val_if_fail (header != NULL, -1);

  key = kn_column_key (header);
  if (key[0] == '\0' || strstr (key, "stempel") != NULL || strstr (key, "timestamp") != NULL)
    return -1;

  if (key[0] == 'u' && g_ascii_isdigit (key[1]))
    digits = key + 1;
  else if (g_str_has_prefix (key, "unsur") && g_ascii_isdigit (key[5]))
    digits = key + 5;
  if (digits != NULL && digits[0] >= '1' && digits[0] <= '9' && !g_ascii_isdigit (digits[1]))
    return digits[0] - '1';

  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    for (guint w = 0; unsur_words[u][w] != NULL; w++)
      if (strstr (key, unsur_words[u][w]) != NULL)
        return (int)u;
  return -1;
}

/* Reading the questionnaires under the header. */
typedef struct
{
  KnSkmSurvey *survey;
  const int   *columns;      /* KN_SKM_N_UNSUR: the column of each unsur */
  GString     *problems;     /* a line for each bad cell named, each after a newline */
  guint        n_problems;
} Reading;

/* Maps the columns of @row to unsur (each unsur takes its first column); the number mapped. */
static guint
map_header (const KnTableRow *row,
            int               columns[KN_SKM_N_UNSUR])
{
  guint n = 0;

  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    columns[u] = -1;
  for (guint c = 0; c < row->n_cells; c++)
    {
      g_autofree char *text = kn_table_cell_dup_stripped (&row->cells[c]);
      int unsur = kn_skm_import_unsur_of_header (text);

      if (unsur >= 0 && columns[unsur] < 0)
        {
          columns[unsur] = (int)c;
          n++;
        }
    }
  return n;
}

static void
read_row (const KnTableRow *row,
          gpointer          user_data)
{
  Reading *reading = user_data;
  guint8 scores[KN_SKM_N_UNSUR];

  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    {
      const KnTableCell *cell = kn_table_row_get_cell (row, (guint)reading->columns[u]);
      g_autofree char *text = kn_table_cell_dup_stripped (cell);
      g_autoptr(GError) answer_error = NULL;
      guint score = 0;

      if (!kn_skm_parse_answer (u, text, &score, &answer_error))
        {
          char ref[KN_IMPORT_CELL_REF_SIZE];

          reading->n_problems++;
          if (reading->n_problems > KN_SKM_IMPORT_MAX_PROBLEMS)
            continue;
          kn_import_cell_ref (row, reading->columns[u], ref);
          g_string_append_c (reading->problems, '\n');
          /* Translators: the row's number, the cell ("C5"), then why. */
          g_string_append_printf (reading->problems, _("Row %u, cell %s: %s"), row->number, ref,
                                  answer_error->message);
        }
      scores[u] = (guint8)score;
    }
  kn_skm_survey_add_row (reading->survey, scores);
}

KnSkmSurvey *
kn_skm_import_read (KnTableReader  *reader,
                    GError        **error)
{
  g_autoptr(KnSkmSurvey) survey = kn_skm_survey_new (0, NULL, NULL);
  g_autoptr(GString) problems = g_string_new (NULL);
  int columns[KN_SKM_N_UNSUR];
  int best_columns[KN_SKM_N_UNSUR];
  guint best = 0;
  gboolean found = FALSE;
  Reading reading;
  const char *name;
  const KnTableRow *row;
  GError *local_error = NULL;

  g_return_val_if_fail (KN_IS_TABLE_READER (reader), NULL);

  name = kn_table_reader_get_display_name (reader);
  for (guint i = 0; i < MAX_HEADER_ROWS; i++)
    {
      guint n;

      row = kn_table_reader_next_row (reader, &local_error);
      if (row == NULL)
        break;
      n = map_header (row, columns);
      if (n > best || i == 0)
        {
          best = n;
          memcpy (best_columns, columns, sizeof columns);
        }
      if (n == KN_SKM_N_UNSUR)
        {
          found = TRUE;
          break;
        }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (!found)
    {
      g_autoptr(GString) missing = g_string_new (NULL);

      for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
        if (best_columns[u] < 0)
          g_string_append_printf (missing, "%s%s (%s)", missing->len > 0 ? ", " : "",
                                  kn_skm_unsur_code (u), kn_skm_unsur_name (u));
      g_set_error (error, KN_SKM_IMPORT_ERROR, KN_SKM_IMPORT_ERROR_HEADER,
                   /* Translators: the file, then the unsur without a column ("U4 (Biaya/Tarif),
                      …"). */
                   _("“%s”: no column was found for %s. Name the columns U1 … U9 or after the "
                     "unsur, in one header row above the answers."),
                   name, missing->str);
      return NULL;
    }

  reading = (Reading) { survey, columns, problems, 0 };
  if (!kn_import_read_rows (reader, NULL, read_row, &reading, error))
    return NULL;

  if (reading.n_problems > 0)
    {
      guint n_problems = reading.n_problems;

      if (n_problems > KN_SKM_IMPORT_MAX_PROBLEMS)
        {
          g_string_append_c (problems, '\n');
          g_string_append_printf (problems,
                                  g_dngettext (GETTEXT_PACKAGE, "… and %u more answer.",
                                               "… and %u more answers.",
                                               n_problems - KN_SKM_IMPORT_MAX_PROBLEMS),
                                  n_problems - KN_SKM_IMPORT_MAX_PROBLEMS);
        }
      g_set_error (error, KN_SKM_IMPORT_ERROR, KN_SKM_IMPORT_ERROR_ROWS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s”: %u answer cannot be read; nothing was imported.%s",
                                "“%s”: %u answers cannot be read; nothing was imported.%s",
                                n_problems),
                   name, n_problems, problems->str);
      return NULL;
    }
  if (survey->n_rows == 0)
    {
      g_set_error (error, KN_SKM_IMPORT_ERROR, KN_SKM_IMPORT_ERROR_EMPTY,
                   _("“%s” has no questionnaire under its header row."), name);
      return NULL;
    }
  return g_steal_pointer (&survey);
}
