/* SPDX-License-Identifier: GPL-3.0-or-later */
/* GTypes, stable machine names and translated labels for employment status and jenis jabatan. */

#define G_LOG_DOMAIN "kn-enums"

#include "config.h"

#include <glib.h>
#include <glib-object.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-enums.h"

#include "kn-enum-table.h"

G_DEFINE_ENUM_TYPE (KnEmployeeStatus, kn_employee_status,
  G_DEFINE_ENUM_VALUE (KN_EMPLOYEE_STATUS_PNS, "pns"),
  G_DEFINE_ENUM_VALUE (KN_EMPLOYEE_STATUS_PPPK, "pppk"),
  G_DEFINE_ENUM_VALUE (KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU, "pppk-paruh-waktu"))

G_DEFINE_ENUM_TYPE (KnPositionKind, kn_position_kind,
  G_DEFINE_ENUM_VALUE (KN_POSITION_JPT_UTAMA, "jpt-utama"),
  G_DEFINE_ENUM_VALUE (KN_POSITION_JPT_MADYA, "jpt-madya"),
  G_DEFINE_ENUM_VALUE (KN_POSITION_JPT_PRATAMA, "jpt-pratama"),
  G_DEFINE_ENUM_VALUE (KN_POSITION_ADMINISTRATOR, "administrator"),
  G_DEFINE_ENUM_VALUE (KN_POSITION_PENGAWAS, "pengawas"),
  G_DEFINE_ENUM_VALUE (KN_POSITION_PELAKSANA, "pelaksana"),
  G_DEFINE_ENUM_VALUE (KN_POSITION_AHLI_PERTAMA, "ahli-pertama"),
  G_DEFINE_ENUM_VALUE (KN_POSITION_AHLI_MUDA, "ahli-muda"),
  G_DEFINE_ENUM_VALUE (KN_POSITION_AHLI_MADYA, "ahli-madya"),
  G_DEFINE_ENUM_VALUE (KN_POSITION_AHLI_UTAMA, "ahli-utama"),
  G_DEFINE_ENUM_VALUE (KN_POSITION_PEMULA, "pemula"),
  G_DEFINE_ENUM_VALUE (KN_POSITION_TERAMPIL, "terampil"),
  G_DEFINE_ENUM_VALUE (KN_POSITION_MAHIR, "mahir"),
  G_DEFINE_ENUM_VALUE (KN_POSITION_PENYELIA, "penyelia"))

static const KnEnumTable employee_status_table = {
  "employee status", KN_EMPLOYEE_STATUS_N, (const KnEnumEntry[]) {
    [KN_EMPLOYEE_STATUS_PNS] = { "pns", NC_("employee status", "PNS") },
    [KN_EMPLOYEE_STATUS_PPPK] = { "pppk", NC_("employee status", "PPPK") },
    [KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU] = { "pppk-paruh-waktu",
                                              NC_("employee status", "PPPK Paruh Waktu") },
  }
};

static const KnEnumTable position_kind_table = {
  "jenis jabatan", KN_POSITION_N, (const KnEnumEntry[]) {
    [KN_POSITION_JPT_UTAMA] = { "jpt-utama", NC_("jenis jabatan", "JPT Utama") },
    [KN_POSITION_JPT_MADYA] = { "jpt-madya", NC_("jenis jabatan", "JPT Madya") },
    [KN_POSITION_JPT_PRATAMA] = { "jpt-pratama", NC_("jenis jabatan", "JPT Pratama") },
    [KN_POSITION_ADMINISTRATOR] = { "administrator", NC_("jenis jabatan", "Administrator") },
    [KN_POSITION_PENGAWAS] = { "pengawas", NC_("jenis jabatan", "Pengawas") },
    [KN_POSITION_PELAKSANA] = { "pelaksana", NC_("jenis jabatan", "Pelaksana") },
    [KN_POSITION_AHLI_PERTAMA] = { "ahli-pertama",
                                   NC_("jenis jabatan", "Fungsional Ahli Pertama") },
    [KN_POSITION_AHLI_MUDA] = { "ahli-muda", NC_("jenis jabatan", "Fungsional Ahli Muda") },
    [KN_POSITION_AHLI_MADYA] = { "ahli-madya", NC_("jenis jabatan", "Fungsional Ahli Madya") },
    [KN_POSITION_AHLI_UTAMA] = { "ahli-utama", NC_("jenis jabatan", "Fungsional Ahli Utama") },
    [KN_POSITION_PEMULA] = { "pemula", NC_("jenis jabatan", "Fungsional Pemula") },
    [KN_POSITION_TERAMPIL] = { "terampil", NC_("jenis jabatan", "Fungsional Terampil") },
    [KN_POSITION_MAHIR] = { "mahir", NC_("jenis jabatan", "Fungsional Mahir") },
    [KN_POSITION_PENYELIA] = { "penyelia", NC_("jenis jabatan", "Fungsional Penyelia") },
  }
};

const char *
kn_employee_status_to_string (KnEmployeeStatus status)
{
  g_return_val_if_fail ((guint) status < KN_EMPLOYEE_STATUS_N, NULL);

  return kn_enum_table_to_string (&employee_status_table, status);
}

gboolean
kn_employee_status_from_string (const char       *text,
                                KnEmployeeStatus *status)
{
  return kn_enum_table_from_string (&employee_status_table, text, (int *) status);
}

const char *
kn_employee_status_label (KnEmployeeStatus status)
{
  g_return_val_if_fail ((guint) status < KN_EMPLOYEE_STATUS_N, NULL);

  return kn_enum_table_label (&employee_status_table, status);
}

const char *
kn_position_kind_to_string (KnPositionKind kind)
{
  g_return_val_if_fail ((guint) kind < KN_POSITION_N, NULL);

  return kn_enum_table_to_string (&position_kind_table, kind);
}

gboolean
kn_position_kind_from_string (const char     *text,
                              KnPositionKind *kind)
{
  return kn_enum_table_from_string (&position_kind_table, text, (int *) kind);
}

const char *
kn_position_kind_label (KnPositionKind kind)
{
  g_return_val_if_fail ((guint) kind < KN_POSITION_N, NULL);

  return kn_enum_table_label (&position_kind_table, kind);
}

gboolean
kn_position_kind_is_jpt (KnPositionKind kind)
{
  return kind == KN_POSITION_JPT_UTAMA ||
         kind == KN_POSITION_JPT_MADYA ||
         kind == KN_POSITION_JPT_PRATAMA;
}

gboolean
kn_position_kind_is_fungsional (KnPositionKind kind)
{
  return kind >= KN_POSITION_AHLI_PERTAMA && kind <= KN_POSITION_PENYELIA;
}
