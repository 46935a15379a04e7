/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The C numeric locale on this thread, for the writers that print or read numbers with the C
 * library (kn-numeric-locale.h). */

#include "config.h"

#include "kinerja/kn-numeric-locale.h"

gboolean
kn_numeric_locale_begin (KnNumericLocale *guard)
{
  locale_t base;

  g_return_val_if_fail (guard != NULL, FALSE);

  guard->previous = (locale_t) 0;
  guard->numeric = (locale_t) 0;
  base = duplocale (uselocale ((locale_t) 0));
  if (base == (locale_t) 0)
    return FALSE;
  guard->numeric = newlocale (LC_NUMERIC_MASK, "C", base);
  if (guard->numeric == (locale_t) 0)
    {
      freelocale (base);
      return FALSE;
    }
  guard->previous = uselocale (guard->numeric);
  return TRUE;
}

void
kn_numeric_locale_end (KnNumericLocale *guard)
{
  g_return_if_fail (guard != NULL);

  if (guard->numeric == (locale_t) 0)
    return;
  uselocale (guard->previous);
  freelocale (guard->numeric);
  guard->numeric = (locale_t) 0;
}
