/* SPDX-License-Identifier: GPL-3.0-or-later */
/* NIP (PNS) and NI PPPK: parsing, validation, decoding and display grouping. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KN_NIP_ERROR (kn_nip_error_quark ())

typedef enum
{
  KN_NIP_ERROR_EMPTY,        /* nothing typed */
  KN_NIP_ERROR_CHARACTERS,   /* something other than digits, spaces, dots or dashes */
  KN_NIP_ERROR_LENGTH,       /* not 18 digits (nor 9 where legacy numbers are allowed) */
  KN_NIP_ERROR_BIRTH_DATE,   /* digits 1–8 are not a real calendar date, or lie in the future */
  KN_NIP_ERROR_TMT,          /* digits 9–14 (PNS) are not a valid year and month */
  KN_NIP_ERROR_TOO_YOUNG,    /* TMT CPNS / appointment before the 18th birthday */
  KN_NIP_ERROR_APPOINTMENT,  /* digits 9–12 (PPPK) are not a plausible appointment year */
  KN_NIP_ERROR_GENDER,       /* digit 15 is not 1 or 2 */
  KN_NIP_ERROR_SERIAL,       /* digits 16–18 are 000 */
  KN_NIP_ERROR_LEGACY,       /* a 9-digit pre-2009 NIP where it is not accepted */
} KnNipError;

typedef enum
{
  KN_NIP_KIND_PNS,      /* 18 digits, 9–14 are the TMT CPNS (YYYYMM) */
  KN_NIP_KIND_PPPK,     /* 18 digits, 9–12 appointment year, 13–14 a code that is never a month */
  KN_NIP_KIND_LEGACY,   /* 9 digits, before 2009: accepted only on import, flagged */
} KnNipKind;

typedef enum
{
  KN_GENDER_UNKNOWN = 0,
  KN_GENDER_MALE = 1,
  KN_GENDER_FEMALE = 2,
} KnGender;

typedef struct
{
  KnNipKind kind;
  char      digits[19];       /* the bare digits, NUL-terminated */
  GDateYear birth_year;       /* 0 for legacy */
  GDateMonth birth_month;
  GDateDay  birth_day;
  guint     tmt_year;         /* PNS: TMT CPNS; PPPK: appointment year */
  guint     tmt_month;        /* PNS only; 0 for PPPK */
  guint     pppk_code;        /* PPPK only: digits 13–14 (usually 21 or 24) */
  KnGender  gender;
  guint     serial;
} KnNipInfo;

typedef enum
{
  KN_NIP_FLAGS_NONE = 0,
  KN_NIP_FLAGS_ALLOW_LEGACY = 1 << 0,  /* accept 9-digit pre-2009 numbers (imports) */
} KnNipFlags;

GQuark      kn_nip_error_quark    (void);

gboolean    kn_nip_parse          (const char  *text,
                                   KnNipFlags   flags,
                                   KnNipInfo   *info,
                                   GError     **error);
gboolean    kn_nip_parse_at       (const char  *text,
                                   KnNipFlags   flags,
                                   GDate       *today,
                                   KnNipInfo   *info,
                                   GError     **error);
char       *kn_nip_normalize      (const char  *text);
char       *kn_nip_format         (const char  *digits);
char       *kn_nip_describe       (const KnNipInfo *info);

G_END_DECLS
