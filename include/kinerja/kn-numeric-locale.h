/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The C numeric locale on this thread for the span of a write: libxlsxwriter prints numbers and
 * cairo reads a link's attributes with the C library, which under id_ID writes and reads "72,5"
 * (TESTING.md trap 2). The other categories stay, so that messages are still translated. */

#pragma once

#include <locale.h>

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  locale_t previous;
  locale_t numeric;   /* (locale_t) 0 when begin failed */
} KnNumericLocale;

/* Switches this thread to the C numeric locale; FALSE (nothing changed) when the locale cannot
 * be made. kn_numeric_locale_end() is to be called either way. */
gboolean kn_numeric_locale_begin (KnNumericLocale *guard);
void     kn_numeric_locale_end   (KnNumericLocale *guard);

G_END_DECLS
