/* SPDX-License-Identifier: GPL-3.0-or-later */
/* GTypes, stable machine names and translated labels for employment status and jenis jabatan. */

#define G_LOG_DOMAIN "kn-enums"

#include "config.h"

#include <glib.h>
#include <glib-object.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-enums.h"

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

/* The class is kept for the life of the process, so its nicks can be returned as static strings. */
static GEnumClass *
enum_class (GType type)
{
  GEnumClass *klass = g_type_class_peek (type);

  if (klass == NULL)
    klass = g_type_class_ref (type);

  return klass;
}

static const char *
enum_to_nick (GType type,
              int   value)
{
  GEnumValue *enum_value = g_enum_get_value (enum_class (type), value);

  return enum_value != NULL ? enum_value->value_nick : NULL;
}

static gboolean
enum_from_nick (GType       type,
                const char *text,
                int        *value)
{
  GEnumValue *enum_value;

  g_assert (value != NULL);

  if (text == NULL)
    return FALSE;

  enum_value = g_enum_get_value_by_nick (enum_class (type), text);
  if (enum_value == NULL)
    return FALSE;

  *value = enum_value->value;

  return TRUE;
}

const char *
kn_employee_status_to_string (KnEmployeeStatus status)
{
  g_return_val_if_fail ((guint) status < KN_EMPLOYEE_STATUS_N, NULL);

  return enum_to_nick (KN_TYPE_EMPLOYEE_STATUS, status);
}

gboolean
kn_employee_status_from_string (const char       *text,
                                KnEmployeeStatus *status)
{
  int value;

  if (!enum_from_nick (KN_TYPE_EMPLOYEE_STATUS, text, &value))
    return FALSE;

  if (status != NULL)
    *status = (KnEmployeeStatus) value;

  return TRUE;
}

const char *
kn_employee_status_label (KnEmployeeStatus status)
{
  switch (status)
    {
    case KN_EMPLOYEE_STATUS_PNS:
      return C_("employee status", "PNS");
    case KN_EMPLOYEE_STATUS_PPPK:
      return C_("employee status", "PPPK");
    case KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU:
      return C_("employee status", "PPPK Paruh Waktu");
    case KN_EMPLOYEE_STATUS_N:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
kn_position_kind_to_string (KnPositionKind kind)
{
  g_return_val_if_fail ((guint) kind < KN_POSITION_N, NULL);

  return enum_to_nick (KN_TYPE_POSITION_KIND, kind);
}

gboolean
kn_position_kind_from_string (const char     *text,
                              KnPositionKind *kind)
{
  int value;

  if (!enum_from_nick (KN_TYPE_POSITION_KIND, text, &value))
    return FALSE;

  if (kind != NULL)
    *kind = (KnPositionKind) value;

  return TRUE;
}

const char *
kn_position_kind_label (KnPositionKind kind)
{
  switch (kind)
    {
    case KN_POSITION_JPT_UTAMA:
      return C_("jenis jabatan", "JPT Utama");
    case KN_POSITION_JPT_MADYA:
      return C_("jenis jabatan", "JPT Madya");
    case KN_POSITION_JPT_PRATAMA:
      return C_("jenis jabatan", "JPT Pratama");
    case KN_POSITION_ADMINISTRATOR:
      return C_("jenis jabatan", "Administrator");
    case KN_POSITION_PENGAWAS:
      return C_("jenis jabatan", "Pengawas");
    case KN_POSITION_PELAKSANA:
      return C_("jenis jabatan", "Pelaksana");
    case KN_POSITION_AHLI_PERTAMA:
      return C_("jenis jabatan", "Fungsional Ahli Pertama");
    case KN_POSITION_AHLI_MUDA:
      return C_("jenis jabatan", "Fungsional Ahli Muda");
    case KN_POSITION_AHLI_MADYA:
      return C_("jenis jabatan", "Fungsional Ahli Madya");
    case KN_POSITION_AHLI_UTAMA:
      return C_("jenis jabatan", "Fungsional Ahli Utama");
    case KN_POSITION_PEMULA:
      return C_("jenis jabatan", "Fungsional Pemula");
    case KN_POSITION_TERAMPIL:
      return C_("jenis jabatan", "Fungsional Terampil");
    case KN_POSITION_MAHIR:
      return C_("jenis jabatan", "Fungsional Mahir");
    case KN_POSITION_PENYELIA:
      return C_("jenis jabatan", "Fungsional Penyelia");
    case KN_POSITION_N:
    default:
      g_return_val_if_reached (NULL);
    }
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
