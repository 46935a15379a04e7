/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The roster written back out: the columns of kinerja-cli employees --csv and of "Ekspor
 * Pegawai" (XLSX), which the employee import reads back unchanged. */

#pragma once

#include <glib.h>

#include "kn-store.h"

G_BEGIN_DECLS

/* The header row, in order: nip, nama, status, … (NULL-terminated, static). */
const char *const *kn_employee_export_columns  (void);
/* One row (a GStrv: the cells under those headers, "" when empty) per employee of @unit and
 * its sub-units, or of every unit when NULL. The unit is given by its name, or by its path
 * ("Badan Kepegawaian Daerah/Sekretariat") when several units share that name. */
GPtrArray         *kn_employee_export_rows     (KnStore     *store,
                                                KnOrgUnit   *unit);

/* Writes the employees of @unit and its sub-units (all when NULL) to one sheet at @path, with
 * the header row above; every cell is text, so the NIP stays 18 digits. Atomic; a new file is
 * private (0600). */
gboolean           kn_export_employees_xlsx    (KnStore     *store,
                                                KnOrgUnit   *unit,
                                                const char  *path,
                                                GError     **error);

G_END_DECLS
