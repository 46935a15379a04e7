/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's periods: a period's text checked and named (the last one read remembered), its
 * first and last day, and whether a year is evaluated by quarter or by month. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kn-store.h"

#include "kn-store-private.h"

gboolean
kn_store_check_period (const char  *period,
                       KnPeriod    *parsed,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (period == NULL || !kn_period_parse (period, parsed, &local_error))
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                           local_error != NULL ? local_error->message : _("No period is chosen."));
      return FALSE;
    }
  return TRUE;
}

/* The machine name of @period ("2026-tw1" becomes "2026-TW1"), or a copy when it is not one. */
char *
kn_store_canonical_period (const char *period)
{
  KnPeriod parsed;

  if (period != NULL && kn_period_parse (period, &parsed, NULL))
    return kn_period_to_string (&parsed);
  return g_strdup (period);
}

const char *
kn_store_read_period (KnStore     *self,
                      const char  *period,
                      KnPeriod    *parsed,
                      GError     **error)
{
  if (period == NULL || self->period_text == NULL || strcmp (period, self->period_text) != 0)
    {
      KnPeriod read;
      char *text;

      if (!kn_store_check_period (period, &read, error))
        return NULL;
      /* @period may be the name given out before: copied before that is freed. */
      text = g_strdup (period);
      g_free (self->period_text);
      g_free (self->period_name);
      self->period_text = text;
      self->period_name = kn_period_to_string (&read);
      self->period_parsed = read;
    }
  *parsed = self->period_parsed;
  return self->period_name;
}

void
kn_store_year_days (guint  year,
                    char  *first,
                    char  *last)
{
  g_snprintf (first, 11, "%04u-01-01", year);
  g_snprintf (last, 11, "%04u-12-31", year);
}

void
kn_store_period_days (const char *period,
                      char       *first,
                      char       *last)
{
  KnPeriod parsed;
  GDate first_day, last_day;

  if (period == NULL || !kn_period_parse (period, &parsed, NULL))
    {
      g_strlcpy (first, "0000-01-01", 11);
      g_strlcpy (last, "9999-12-31", 11);
      return;
    }
  kn_period_get_dates (&parsed, &first_day, &last_day);
  g_date_strftime (first, 11, "%Y-%m-%d", &first_day);
  g_date_strftime (last, 11, "%Y-%m-%d", &last_day);
}

/* Periods */

KnPeriodScheme
kn_store_get_period_scheme (KnStore *self,
                            guint    year)
{
  KnDbStmt *stmt;
  KnPeriodScheme scheme = KN_PERIOD_SCHEME_QUARTERS;

  g_return_val_if_fail (KN_IS_STORE (self), KN_PERIOD_SCHEME_QUARTERS);

  stmt = kn_store_stmt (self, "SELECT scheme FROM period_scheme WHERE year = ?", NULL);
  if (stmt == NULL)
    return scheme;
  kn_db_bind_int64 (stmt, 1, year);
  if (kn_store_next (self, stmt, NULL) == KN_DB_ROW &&
      g_strcmp0 (kn_db_column_text (stmt, 0), "bulanan") == 0)
    scheme = KN_PERIOD_SCHEME_MONTHS;
  kn_db_reset (stmt);

  return scheme;
}

gboolean
kn_store_set_period_scheme (KnStore         *self,
                            guint            year,
                            KnPeriodScheme   scheme,
                            GError         **error)
{
  g_autofree char *pattern = g_strdup_printf ("%u-%%", year);
  const char *name = scheme == KN_PERIOD_SCHEME_MONTHS ? "bulanan" : "triwulan";
  KnPeriodScheme old;
  KnDbStmt *stmt;
  int n = 0;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  old = kn_store_get_period_scheme (self, year);
  if (old == scheme)
    return TRUE;

  /* Realisation, feedback and predikat organisasi are recorded per period too: they would be
   * lost from sight under the other scheme. */
  stmt = kn_store_stmt (self,
                        "SELECT (SELECT count (*) FROM evaluation WHERE period LIKE ?)"
                        " + (SELECT count (*) FROM realization WHERE period LIKE ?)"
                        " + (SELECT count (*) FROM feedback WHERE period LIKE ?)"
                        " + (SELECT count (*) FROM org_rating WHERE period LIKE ?)",
                        error);
  if (stmt == NULL)
    return FALSE;
  for (int i = 1; i <= 4; i++)
    kn_db_bind_text (stmt, i, pattern);
  if (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    n = kn_db_column_int (stmt, 0);
  kn_db_reset (stmt);

  if (n > 0)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The periods of %u cannot change: %d evaluation, realisation, feedback or predikat organisasi of that year is recorded already.",
                                "The periods of %u cannot change: %d evaluations, realisations, feedback or predikat organisasi of that year are recorded already.",
                                n),
                   year, n);
      return FALSE;
    }

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;
  stmt = kn_store_stmt (self,
                        "INSERT INTO period_scheme (year, scheme) VALUES (?, ?)"
                        " ON CONFLICT (year) DO UPDATE SET scheme = excluded.scheme",
                        error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_int64 (stmt, 1, year);
  kn_db_bind_text (stmt, 2, name);
  if (!kn_store_step (self, stmt, error) ||
      !kn_store_audit (self, "period_scheme", year, "update", "scheme",
                       old == KN_PERIOD_SCHEME_MONTHS ? "bulanan" : "triwulan", name, error))
    goto failed;
  return kn_store_savepoint_release (self, error);

failed:
  return kn_store_savepoint_end (self, FALSE, error);
}
