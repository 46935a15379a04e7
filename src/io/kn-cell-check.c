/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading an import cell as a NIP, a date or a number, with a message naming the cell. */

#define G_LOG_DOMAIN "kn-cell-check"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-cell-check.h"

G_DEFINE_QUARK (kn-cell-check-error-quark, kn_cell_check_error)

typedef struct
{
  const char *name;
  GDateMonth  month;
} MonthName;

/* Indonesian and English names and the abbreviations Excel and people use. */
static const MonthName month_names[] = {
  { "januari", 1 }, { "january", 1 }, { "jan", 1 },
  { "februari", 2 }, { "pebruari", 2 }, { "february", 2 }, { "feb", 2 }, { "peb", 2 },
  { "maret", 3 }, { "march", 3 }, { "mar", 3 },
  { "april", 4 }, { "apr", 4 },
  { "mei", 5 }, { "may", 5 },
  { "juni", 6 }, { "june", 6 }, { "jun", 6 },
  { "juli", 7 }, { "july", 7 }, { "jul", 7 },
  { "agustus", 8 }, { "august", 8 }, { "agu", 8 }, { "agt", 8 }, { "ags", 8 }, { "aug", 8 },
  { "september", 9 }, { "sept", 9 }, { "sep", 9 },
  { "oktober", 10 }, { "october", 10 }, { "okt", 10 }, { "oct", 10 },
  { "november", 11 }, { "nopember", 11 }, { "nov", 11 }, { "nop", 11 },
  { "desember", 12 }, { "december", 12 }, { "des", 12 }, { "dec", 12 },
};

static void
cell_ref (const KnTableRow *row,
          guint             column,
          char              ref[24])
{
  char name[8];

  kn_table_column_name (column, name);
  g_snprintf (ref, 24, "%s%u", name, row->number);
}

static gboolean
check_not_empty (const KnTableRow  *row,
                 guint              column,
                 const char        *text,
                 GError           **error)
{
  char ref[24];

  if (text[0] != '\0')
    return TRUE;

  cell_ref (row, column, ref);
  g_set_error (error, KN_CELL_CHECK_ERROR, KN_CELL_CHECK_ERROR_EMPTY,
               _("Cell %s is empty."), ref);
  return FALSE;
}

static gboolean
nip_lost_digits (const KnTableRow  *row,
                 guint              column,
                 const char        *shown,
                 GError           **error)
{
  char ref[24];
  char name[8];

  cell_ref (row, column, ref);
  kn_table_column_name (column, name);
  g_set_error (error, KN_CELL_CHECK_ERROR, KN_CELL_CHECK_ERROR_NIP_AS_NUMBER,
               _("Cell %s holds the NIP as a number (%s), so Excel has dropped its last digits. "
                 "In Excel, format column %s as Text, type or paste the NIPs again, and save the "
                 "file."),
               ref, shown, name);
  return FALSE;
}

/* "1,98609E+17", "1.98609262015051E+17", "198609262015051000.0": how Excel shows, or a CSV
 * carries, a NIP that became a number. */
static gboolean
looks_like_float (const char *text)
{
  const char *p = text;
  guint digits = 0;

  while (g_ascii_isdigit (*p))
    p++, digits++;
  if (digits == 0)
    return FALSE;
  if (*p == '.' || *p == ',')
    {
      p++;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
      return *p == '\0';
    }

  /* Digits with a decimal part of zeros only: a number written out in full. */
  if (p > text + digits && *p == '\0')
    {
      for (const char *q = text + digits + 1; *q != '\0'; q++)
        if (*q != '0')
          return FALSE;
      return digits >= 9;
    }
  return FALSE;
}

gboolean
kn_cell_check_nip (const KnTableRow  *row,
                   guint              column,
                   KnNipFlags         flags,
                   KnNipInfo         *info,
                   GError           **error)
{
  const KnTableCell *cell;
  g_autofree char *text = NULL;
  g_autofree char *digits = NULL;
  g_autoptr(GError) local_error = NULL;
  char ref[24];

  g_return_val_if_fail (row != NULL, FALSE);
  g_return_val_if_fail (info != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  cell = kn_table_row_get_cell (row, column);
  if (cell != NULL && (cell->kind == KN_CELL_NUMBER || cell->kind == KN_CELL_DATE))
    {
      char shown[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (shown, sizeof shown, "%.6G", cell->number);
      return nip_lost_digits (row, column, shown, error);
    }

  text = kn_table_cell_dup_stripped (cell);
  if (!check_not_empty (row, column, text, error))
    return FALSE;

  if (looks_like_float (text))
    return nip_lost_digits (row, column, text, error);

  /* The apostrophe that forces text in Excel, typed into a CSV by hand. */
  if (text[0] == '\'')
    memmove (text, text + 1, strlen (text));

  digits = kn_nip_normalize (text);
  if (digits != NULL && strlen (digits) == 18 && g_str_has_suffix (digits, "000"))
    return nip_lost_digits (row, column, text, error);

  if (kn_nip_parse (text, flags, info, &local_error))
    return TRUE;

  cell_ref (row, column, ref);
  /* Translators: a cell reference such as C12, then why its NIP is wrong. */
  g_set_error (error, KN_CELL_CHECK_ERROR, KN_CELL_CHECK_ERROR_NIP, _("Cell %s: %s"), ref,
               local_error->message);
  return FALSE;
}

static GDateMonth
lookup_month (const char *word)
{
  g_autofree char *lower = g_ascii_strdown (word, -1);

  for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
    if (g_str_equal (lower, month_names[i].name))
      return month_names[i].month;
  return G_DATE_BAD_MONTH;
}

/* Reads 1 to @max digits at *@p. */
static gboolean
read_number (const char **p,
             guint        max,
             guint       *value,
             guint       *n_digits)
{
  *value = 0;
  *n_digits = 0;
  while (g_ascii_isdigit (**p) && *n_digits < max)
    {
      *value = *value * 10 + (guint) (**p - '0');
      (*p)++;
      (*n_digits)++;
    }
  return *n_digits > 0 && !g_ascii_isdigit (**p);
}

static gboolean
set_date (GDate *date,
          guint  day,
          guint  month,
          guint  year)
{
  if (year < 1900 || year > 9999
      || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/* After an ISO date: nothing, or a time ("T08:00:00", " 00:00"). */
static gboolean
only_time_follows (const char *p)
{
  if (*p == '\0')
    return TRUE;
  if (*p != 'T' && *p != ' ')
    return FALSE;
  for (p++; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && *p != ':' && *p != '.')
      return FALSE;
  return TRUE;
}

gboolean
kn_cell_parse_date_text (const char *text,
                         GDate      *date)
{
  g_autofree char *copy = NULL;
  const char *p;
  guint a, b, c, na, nb, nc;
  char sep;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  copy = g_strstrip (g_strdup (text));
  p = copy;

  if (!read_number (&p, 4, &a, &na))
    return FALSE;

  sep = *p;
  if (na == 4 && (sep == '-' || sep == '/'))
    {
      /* 2026-12-31 or 2026/12/31 */
      p++;
      if (!read_number (&p, 2, &b, &nb) || *p != sep)
        return FALSE;
      p++;
      if (!read_number (&p, 2, &c, &nc) || !only_time_follows (p))
        return FALSE;
      return set_date (date, c, b, a);
    }

  if (na > 2)
    return FALSE;

  if (sep == '/' || sep == '-' || sep == '.')
    {
      const char *word = ++p;

      if (g_ascii_isalpha (*p))
        {
          /* 31-Des-2026 */
          g_autofree char *month = NULL;
          GDateMonth m;

          while (g_ascii_isalpha (*p))
            p++;
          month = g_strndup (word, (gsize) (p - word));
          m = lookup_month (month);
          if (m == G_DATE_BAD_MONTH || *p != sep)
            return FALSE;
          p++;
          if (!read_number (&p, 4, &c, &nc) || nc != 4 || *p != '\0')
            return FALSE;
          return set_date (date, a, m, c);
        }

      /* 31/12/2026, 31-12-2026, 31.12.2026: day first, as in Indonesia. */
      if (!read_number (&p, 2, &b, &nb) || *p != sep)
        return FALSE;
      p++;
      if (!read_number (&p, 4, &c, &nc) || nc != 4 || *p != '\0')
        return FALSE;
      return set_date (date, a, b, c);
    }

  if (sep == ' ')
    {
      /* 31 Desember 2026, 31 Des 2026, 31 Des. 2026 */
      g_autofree char *month = NULL;
      const char *word;
      GDateMonth m;

      while (*p == ' ')
        p++;
      word = p;
      while (g_ascii_isalpha (*p))
        p++;
      month = g_strndup (word, (gsize) (p - word));
      m = lookup_month (month);
      if (m == G_DATE_BAD_MONTH)
        return FALSE;
      if (*p == '.')
        p++;
      while (*p == ' ')
        p++;
      if (!read_number (&p, 4, &c, &nc) || nc != 4 || *p != '\0')
        return FALSE;
      return set_date (date, a, m, c);
    }

  return FALSE;
}

gboolean
kn_cell_check_date (const KnTableRow  *row,
                    guint              column,
                    GDate             *date,
                    GError           **error)
{
  const KnTableCell *cell;
  g_autofree char *text = NULL;
  char ref[24];
  char name[8];

  g_return_val_if_fail (row != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  cell = kn_table_row_get_cell (row, column);
  if (cell != NULL && cell->kind == KN_CELL_DATE
      && g_date_valid_dmy (cell->day, cell->month, cell->year))
    {
      g_date_clear (date, 1);
      g_date_set_dmy (date, cell->day, cell->month, cell->year);
      return TRUE;
    }

  text = kn_table_cell_dup_stripped (cell);
  if (!check_not_empty (row, column, text, error))
    return FALSE;

  if (cell->kind == KN_CELL_TEXT && kn_cell_parse_date_text (text, date))
    return TRUE;

  cell_ref (row, column, ref);
  kn_table_column_name (column, name);
  if (cell->kind == KN_CELL_NUMBER)
    g_set_error (error, KN_CELL_CHECK_ERROR, KN_CELL_CHECK_ERROR_DATE,
                 _("Cell %s holds a number (%s), not a date. In Excel, format column %s as a "
                   "date, or type the date as 31/12/2026."),
                 ref, text, name);
  else
    g_set_error (error, KN_CELL_CHECK_ERROR, KN_CELL_CHECK_ERROR_DATE,
                 _("Cell %s: “%s” is not a date. Type it as 31/12/2026, 2026-12-31 or "
                   "31 Desember 2026."),
                 ref, text);
  return FALSE;
}

gboolean
kn_cell_check_number (const KnTableRow  *row,
                      guint              column,
                      double            *value,
                      GError           **error)
{
  const KnTableCell *cell;
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;
  char *end = NULL;
  char ref[24];

  g_return_val_if_fail (row != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  cell = kn_table_row_get_cell (row, column);
  if (cell != NULL && cell->kind == KN_CELL_NUMBER)
    {
      *value = cell->number;
      return TRUE;
    }

  text = kn_table_cell_dup_stripped (cell);
  if (!check_not_empty (row, column, text, error))
    return FALSE;
  shown = g_strdup (text);

  if (cell->kind == KN_CELL_TEXT && strchr (text, '.') == NULL)
    {
      char *comma = strchr (text, ',');

      /* "12,5" as typed under an Indonesian locale; one comma only. */
      if (comma != NULL && strchr (comma + 1, ',') == NULL)
        *comma = '.';
    }

  if (cell->kind == KN_CELL_TEXT && (g_ascii_isdigit (text[0]) || text[0] == '-'))
    {
      double number = g_ascii_strtod (text, &end);

      if (end != text && *end == '\0' && isfinite (number))
        {
          *value = number;
          return TRUE;
        }
    }

  cell_ref (row, column, ref);
  g_set_error (error, KN_CELL_CHECK_ERROR, KN_CELL_CHECK_ERROR_NUMBER,
               _("Cell %s: “%s” is not a number. Type it as 12 or 12,5."),
               ref, shown);
  return FALSE;
}
