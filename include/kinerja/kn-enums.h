/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Enumerations shared across libkinerja: employment status and kind of position (jenis jabatan). */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  KN_EMPLOYEE_STATUS_PNS,
  KN_EMPLOYEE_STATUS_PPPK,
  KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU,
  KN_EMPLOYEE_STATUS_N
} KnEmployeeStatus;

/* Jenis jabatan, with the level where the level matters later (angka kredit coefficients). */
typedef enum
{
  KN_POSITION_JPT_UTAMA,
  KN_POSITION_JPT_MADYA,
  KN_POSITION_JPT_PRATAMA,
  KN_POSITION_ADMINISTRATOR,
  KN_POSITION_PENGAWAS,
  KN_POSITION_PELAKSANA,
  KN_POSITION_AHLI_PERTAMA,
  KN_POSITION_AHLI_MUDA,
  KN_POSITION_AHLI_MADYA,
  KN_POSITION_AHLI_UTAMA,
  KN_POSITION_PEMULA,
  KN_POSITION_TERAMPIL,
  KN_POSITION_MAHIR,
  KN_POSITION_PENYELIA,
  KN_POSITION_N
} KnPositionKind;

#define KN_TYPE_EMPLOYEE_STATUS (kn_employee_status_get_type ())
#define KN_TYPE_POSITION_KIND   (kn_position_kind_get_type ())

GType              kn_employee_status_get_type  (void) G_GNUC_CONST;
GType              kn_position_kind_get_type    (void) G_GNUC_CONST;

/* Stable machine names used in the database and CSV ("pns", "pppk", "ahli-muda", …). */
const char        *kn_employee_status_to_string (KnEmployeeStatus status);
gboolean           kn_employee_status_from_string (const char       *text,
                                                   KnEmployeeStatus *status);
/* Translated names for people ("PNS", "PPPK", "PPPK Paruh Waktu"). */
const char        *kn_employee_status_label     (KnEmployeeStatus status);

const char        *kn_position_kind_to_string   (KnPositionKind kind);
gboolean           kn_position_kind_from_string (const char     *text,
                                                 KnPositionKind *kind);
/* "JPT Pratama", "Fungsional Ahli Muda", "Pelaksana", … */
const char        *kn_position_kind_label       (KnPositionKind kind);
gboolean           kn_position_kind_is_jpt      (KnPositionKind kind);
gboolean           kn_position_kind_is_fungsional (KnPositionKind kind);

G_END_DECLS
