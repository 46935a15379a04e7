/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Setting up gettext for the program, installed or run from the build folder. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets the locale from the environment and binds the text domain to the installed catalogue,
 * or to the build folder's when Kinerja runs uninstalled ($KINERJA_LOCALEDIR overrides both). */
void        kn_i18n_init            (void);
const char *kn_i18n_get_localedir   (void);

G_END_DECLS
