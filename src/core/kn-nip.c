/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Parsing, validating and decoding the 18-digit NIP (PNS) and NI PPPK, and the old 9-digit NIP. */

#define G_LOG_DOMAIN "kn-nip"

#include "config.h"

#include <string.h>
#include <time.h>

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-format.h"
#include "kinerja/kn-nip.h"

#define NIP_LENGTH        18
#define LEGACY_LENGTH     9
#define FIRST_BIRTH_YEAR  1900
#define FIRST_PPPK_YEAR   2019
#define ADULT_AGE         18

G_DEFINE_QUARK (kn-nip-error-quark, kn_nip_error)

static inline gboolean
is_separator (char c)
{
  return g_ascii_isspace (c) || c == '.' || c == '-';
}

static guint
digits_value (const char *digits,
              guint       first,
              guint       len)
{
  guint value = 0;

  g_assert (digits != NULL);

  for (guint i = first; i < first + len; i++)
    {
      g_assert (g_ascii_isdigit (digits[i]));
      value = value * 10 + (guint) g_ascii_digit_value (digits[i]);
    }

  return value;
}

/* The first character that is neither a digit nor a separator, as a UTF-8 string. */
static char *
find_bad_character (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p) || is_separator (*p))
        continue;

      if (g_utf8_get_char_validated (p, -1) >= (gunichar) -2)
        return g_strdup ("?");

      return g_strndup (p, (gsize) (g_utf8_next_char (p) - p));
    }

  return NULL;
}

static gboolean
parse_birth_date (const char *digits,
                  GDate      *today,
                  KnNipInfo  *info,
                  GError    **error)
{
  guint year = digits_value (digits, 0, 4);
  guint month = digits_value (digits, 4, 2);
  guint day = digits_value (digits, 6, 2);
  g_autofree char *text = g_strndup (digits, 8);
  g_autoptr(GDate) birth = NULL;

  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, KN_NIP_ERROR, KN_NIP_ERROR_BIRTH_DATE,
                   /* Translators: %s is the 8 digits as typed, e.g. 19860231 */
                   _("Digits 1–8 (date of birth) “%s” are not a real date. "
                     "Check the date of birth, written as year, month and day."),
                   text);
      return FALSE;
    }

  if (year < FIRST_BIRTH_YEAR)
    {
      g_set_error (error, KN_NIP_ERROR, KN_NIP_ERROR_BIRTH_DATE,
                   _("Digits 1–8 (date of birth) “%s” give a year before 1900. "
                     "Check the date of birth."),
                   text);
      return FALSE;
    }

  birth = g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
  if (g_date_compare (birth, today) > 0)
    {
      g_autofree char *date = kn_format_date ((GDateYear) year, (GDateMonth) month,
                                              (GDateDay) day);

      g_set_error (error, KN_NIP_ERROR, KN_NIP_ERROR_BIRTH_DATE,
                   /* Translators: the first %s is the 8 digits, the second a date */
                   _("Digits 1–8 (date of birth) “%s” give %s, which is in the future. "
                     "Check the date of birth."),
                   text, date);
      return FALSE;
    }

  info->birth_year = (GDateYear) year;
  info->birth_month = (GDateMonth) month;
  info->birth_day = (GDateDay) day;

  return TRUE;
}

static gboolean
parse_pns_tmt (const char *digits,
               GDate      *today,
               KnNipInfo  *info,
               GError    **error)
{
  guint year = digits_value (digits, 8, 4);
  guint month = digits_value (digits, 12, 2);
  guint latest_year = g_date_get_year (today) + 1;
  g_autofree char *text = g_strndup (digits + 8, 6);

  g_assert (month >= 1 && month <= 12);

  if (year > latest_year)
    {
      g_set_error (error, KN_NIP_ERROR, KN_NIP_ERROR_TMT,
                   /* Translators: %s is 6 digits (year and month), %u a year */
                   _("Digits 9–14 (TMT CPNS) “%s” lie too far in the future; the TMT CPNS "
                     "cannot be later than %u. Check the year and month of the TMT CPNS."),
                   text, latest_year);
      return FALSE;
    }

  if (year * 12 + month < (info->birth_year + ADULT_AGE) * 12u + info->birth_month)
    {
      g_autofree char *tmt = kn_format_month_year ((GDateYear) year, (GDateMonth) month);
      g_autofree char *adult = kn_format_month_year (info->birth_year + ADULT_AGE,
                                                     info->birth_month);

      g_set_error (error, KN_NIP_ERROR, KN_NIP_ERROR_TOO_YOUNG,
                   /* Translators: both %s are a month and year, e.g. "May 2003" */
                   _("Digits 9–14 (TMT CPNS) give %s, but by the date of birth the person "
                     "turns 18 only in %s. Check the date of birth and the TMT CPNS."),
                   tmt, adult);
      return FALSE;
    }

  info->kind = KN_NIP_KIND_PNS;
  info->tmt_year = year;
  info->tmt_month = month;
  info->pppk_code = 0;

  return TRUE;
}

static gboolean
parse_pppk_appointment (const char *digits,
                        GDate      *today,
                        KnNipInfo  *info,
                        GError    **error)
{
  guint year = digits_value (digits, 8, 4);
  guint code = digits_value (digits, 12, 2);
  guint latest_year = g_date_get_year (today) + 1;

  g_assert (code > 12);

  if (year < FIRST_PPPK_YEAR || year > latest_year)
    {
      /* A PNS NIP with a mistyped TMT month also lands here, so name both readings. */
      g_set_error (error, KN_NIP_ERROR, KN_NIP_ERROR_APPOINTMENT,
                   /* Translators: the first %u is a year, %02u two digits, the last %u a year */
                   _("Digits 13–14 are %02u, which is not a month, so this would be an NI PPPK; "
                     "but its appointment year (digits 9–12) %u is not between 2019 and %u. "
                     "For a PNS, digits 13–14 are the month of the TMT CPNS, 01 to 12."),
                   code, year, latest_year);
      return FALSE;
    }

  if (year < (guint) info->birth_year + ADULT_AGE)
    {
      g_set_error (error, KN_NIP_ERROR, KN_NIP_ERROR_TOO_YOUNG,
                   /* Translators: both %u are years */
                   _("Digits 9–12 (appointment year) are %u, but by the date of birth the person "
                     "turns 18 only in %u. Check the date of birth and the appointment year."),
                   year, (guint) info->birth_year + ADULT_AGE);
      return FALSE;
    }

  info->kind = KN_NIP_KIND_PPPK;
  info->tmt_year = year;
  info->tmt_month = 0;
  info->pppk_code = code;

  return TRUE;
}

gboolean
kn_nip_parse (const char  *text,
              KnNipFlags   flags,
              KnNipInfo   *info,
              GError     **error)
{
  g_autoptr(GDate) today = g_date_new ();

  g_date_set_time_t (today, time (NULL));

  return kn_nip_parse_at (text, flags, today, info, error);
}

gboolean
kn_nip_parse_at (const char  *text,
                 KnNipFlags   flags,
                 GDate       *today,
                 KnNipInfo   *info,
                 GError     **error)
{
  g_autofree char *digits = NULL;
  KnNipInfo result = { 0 };
  gsize len;
  guint month_code;
  guint gender;

  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL)
    text = "";

  digits = kn_nip_normalize (text);
  if (digits == NULL)
    {
      g_autofree char *bad = find_bad_character (text);

      g_set_error (error, KN_NIP_ERROR, KN_NIP_ERROR_CHARACTERS,
                   /* Translators: %s is the character that is not allowed, e.g. “O” */
                   _("The NIP contains “%s”, which is not a digit. Type only the digits; "
                     "spaces, dots and dashes between them are allowed."),
                   bad);
      return FALSE;
    }

  len = strlen (digits);

  if (len == 0)
    {
      g_set_error_literal (error, KN_NIP_ERROR, KN_NIP_ERROR_EMPTY,
                           _("No NIP was entered. Type the 18 digits of the NIP."));
      return FALSE;
    }

  if (len == LEGACY_LENGTH)
    {
      if ((flags & KN_NIP_FLAGS_ALLOW_LEGACY) == 0)
        {
          g_set_error_literal (error, KN_NIP_ERROR, KN_NIP_ERROR_LEGACY,
                               _("The NIP has 9 digits: this is an old NIP from before 2009. "
                                 "Old 9-digit NIPs are only accepted when importing data; "
                                 "type the new 18-digit NIP."));
          return FALSE;
        }

      result.kind = KN_NIP_KIND_LEGACY;
      memcpy (result.digits, digits, len + 1);
      result.gender = KN_GENDER_UNKNOWN;

      if (info != NULL)
        *info = result;

      return TRUE;
    }

  if (len != NIP_LENGTH)
    {
      g_set_error (error, KN_NIP_ERROR, KN_NIP_ERROR_LENGTH,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The NIP has %u digit; it must have 18.",
                                "The NIP has %u digits; it must have 18.",
                                (gulong) len),
                   (guint) len);
      return FALSE;
    }

  memcpy (result.digits, digits, NIP_LENGTH + 1);

  if (!parse_birth_date (digits, today, &result, error))
    return FALSE;

  month_code = digits_value (digits, 12, 2);
  if (month_code == 0)
    {
      g_set_error_literal (error, KN_NIP_ERROR, KN_NIP_ERROR_TMT,
                           _("Digits 13–14 (month of the TMT CPNS) are 00; "
                             "the month must be 01 to 12."));
      return FALSE;
    }
  else if (month_code <= 12)
    {
      if (!parse_pns_tmt (digits, today, &result, error))
        return FALSE;
    }
  else
    {
      if (!parse_pppk_appointment (digits, today, &result, error))
        return FALSE;
    }

  gender = digits_value (digits, 14, 1);
  if (gender != KN_GENDER_MALE && gender != KN_GENDER_FEMALE)
    {
      g_set_error (error, KN_NIP_ERROR, KN_NIP_ERROR_GENDER,
                   _("The gender digit (15th) is %u; it must be 1 (male) or 2 (female)."),
                   gender);
      return FALSE;
    }
  result.gender = (KnGender) gender;

  result.serial = digits_value (digits, 15, 3);
  if (result.serial == 0)
    {
      g_set_error_literal (error, KN_NIP_ERROR, KN_NIP_ERROR_SERIAL,
                           _("The serial number (digits 16–18) is 000; it starts at 001."));
      return FALSE;
    }

  if (info != NULL)
    *info = result;

  return TRUE;
}

char *
kn_nip_normalize (const char *text)
{
  GString *digits;

  g_return_val_if_fail (text != NULL, NULL);

  digits = g_string_sized_new (NIP_LENGTH + 1);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (!is_separator (*p))
        {
          g_string_free (digits, TRUE);
          return NULL;
        }
    }

  return g_string_free (digits, FALSE);
}

char *
kn_nip_format (const char *digits)
{
  g_autofree char *bare = NULL;

  if (digits == NULL)
    return g_strdup ("");

  bare = kn_nip_normalize (digits);
  if (bare == NULL || strlen (bare) != NIP_LENGTH)
    return g_strdup (digits);

  return g_strdup_printf ("%.8s %.6s %.1s %.3s", bare, bare + 8, bare + 14, bare + 15);
}

char *
kn_nip_describe (const KnNipInfo *info)
{
  g_autofree char *born = NULL;
  const char *gender;

  g_return_val_if_fail (info != NULL, NULL);

  if (info->kind == KN_NIP_KIND_LEGACY)
    return g_strdup (_("Old 9-digit NIP (before 2009)"));

  g_return_val_if_fail (g_date_valid_dmy (info->birth_day, info->birth_month, info->birth_year),
                        NULL);

  born = kn_format_date (info->birth_year, info->birth_month, info->birth_day);

  switch (info->gender)
    {
    case KN_GENDER_MALE:
      gender = C_("gender", "male");
      break;
    case KN_GENDER_FEMALE:
      gender = C_("gender", "female");
      break;
    case KN_GENDER_UNKNOWN:
    default:
      gender = C_("gender", "gender unknown");
      break;
    }

  if (info->kind == KN_NIP_KIND_PPPK)
    {
      /* Translators: a one-line summary of an NI PPPK: date of birth, appointment year,
       * the code from digits 13–14, gender ("male"/"female") and serial number */
      return g_strdup_printf (_("PPPK · born %s · appointed %u (code %02u) · %s · serial %03u"),
                              born, info->tmt_year, info->pppk_code, gender, info->serial);
    }
  else
    {
      g_autofree char *tmt = NULL;

      g_return_val_if_fail (info->tmt_month >= 1 && info->tmt_month <= 12, NULL);

      tmt = kn_format_month_year ((GDateYear) info->tmt_year, (GDateMonth) info->tmt_month);

      /* Translators: a one-line summary of a PNS NIP: date of birth, month and year of the
       * TMT CPNS, gender ("male"/"female") and serial number */
      return g_strdup_printf (_("PNS · born %s · TMT CPNS %s · %s · serial %03u"),
                              born, tmt, gender, info->serial);
    }
}
