/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo office: Dinas Pendidikan dan Kebudayaan Provinsi Lampung and its BKD, with staff. */

#define G_LOG_DOMAIN "kn-demo"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "kn-demo.h"
#include "kinerja/kn-employee.h"
#include "kinerja/kn-enums.h"
#include "kinerja/kn-nip.h"
#include "kinerja/kn-org-unit.h"
#include "kinerja/kn-rank.h"
#include "kinerja/kn-store.h"

#include "kn-demo-private.h"

#define DEMO_SEED 2026
/* NIPs are generated as they would have been issued by the end of the year before the demo year. */
#define LATEST_TMT_YEAR (KN_DEMO_YEAR - 1)
#define YEARS_PER_RANK  4
#define EXTRA_SERVICE   3
#define MIN_PPPK_AGE    20
#define MAX_ENTRY_AGE   35
#define SQLITE_MAGIC    "SQLite format 3"

typedef struct
{
  const char *key;
  const char *parent;  /* key of the unit above; NULL for an OPD */
  const char *name;
} DemoUnit;

typedef struct
{
  const char       *key;         /* nullable: set for people others report to */
  const char       *supervisor;  /* key of the atasan langsung; NULL for a head of OPD */
  const char       *unit;        /* key of the unit */
  const char       *name;
  KnGender          gender;
  guint             born;        /* year of birth; the rest of the NIP is generated */
  KnEmployeeStatus  status;
  const char       *rank;
  KnPositionKind    kind;
  const char       *position;
} DemoPerson;

static const DemoUnit demo_units[] = {
  { "dinas", NULL, "Dinas Pendidikan dan Kebudayaan" },
  { "sekretariat", "dinas", "Sekretariat" },
  { "umpeg", "sekretariat", "Subbagian Umum dan Kepegawaian" },
  { "keuangan", "sekretariat", "Subbagian Keuangan dan Aset" },
  { "perencanaan", "sekretariat", "Subbagian Perencanaan" },
  { "sma", "dinas", "Bidang Pembinaan SMA" },
  { "sma-kurikulum", "sma", "Seksi Kurikulum dan Penilaian SMA" },
  { "sma-karakter", "sma", "Seksi Peserta Didik dan Pembangunan Karakter SMA" },
  { "smk", "dinas", "Bidang Pembinaan SMK" },
  { "smk-kurikulum", "smk", "Seksi Kurikulum dan Penilaian SMK" },
  { "smk-karakter", "smk", "Seksi Peserta Didik dan Pembangunan Karakter SMK" },
  { "pk", "dinas", "Bidang Pembinaan Pendidikan Khusus" },
  { "pk-kurikulum", "pk", "Seksi Kurikulum dan Peserta Didik Pendidikan Khusus" },
  { "budaya", "dinas", "Bidang Kebudayaan" },
  { "budaya-cagar", "budaya", "Seksi Cagar Budaya dan Permuseuman" },
  { "budaya-kesenian", "budaya", "Seksi Kesenian dan Tradisi" },
  { "sman2", "dinas", "SMA Negeri 2 Bandar Lampung" },
  { "smkn4", "dinas", "SMK Negeri 4 Bandar Lampung" },

  { "bkd", NULL, "Badan Kepegawaian Daerah" },
  { "bkd-sekretariat", "bkd", "Sekretariat" },
  { "bkd-kinerja", "bkd", "Bidang Penilaian Kinerja Aparatur dan Penghargaan" },
  { "bkd-mutasi", "bkd", "Bidang Mutasi dan Promosi" },
};

/* In insertion order: everyone comes after their atasan. */
static const DemoPerson demo_people[] = {
  /* Dinas Pendidikan dan Kebudayaan: pimpinan and sekretariat */
  { "kadis", NULL, "dinas", "Dr. H. Syahrial Maulana, M.Pd.", KN_GENDER_MALE, 1969,
    KN_EMPLOYEE_STATUS_PNS, "IV/c", KN_POSITION_JPT_PRATAMA,
    "Kepala Dinas Pendidikan dan Kebudayaan" },
  { "sekdis", "kadis", "sekretariat", "Hj. Nurhayati, S.Sos., M.M.", KN_GENDER_FEMALE, 1971,
    KN_EMPLOYEE_STATUS_PNS, "IV/b", KN_POSITION_ADMINISTRATOR,
    "Sekretaris Dinas Pendidikan dan Kebudayaan" },
  { NULL, "sekdis", "sekretariat", "Yohana Sitompul, S.Sos., M.A.P.", KN_GENDER_FEMALE, 1982,
    KN_EMPLOYEE_STATUS_PNS, "III/d", KN_POSITION_AHLI_MUDA,
    "Analis Kebijakan Ahli Muda" },
  { "kasubbag-umpeg", "sekdis", "umpeg", "Rahmat Hidayat, S.H., M.H.", KN_GENDER_MALE, 1983,
    KN_EMPLOYEE_STATUS_PNS, "III/d", KN_POSITION_PENGAWAS,
    "Kepala Subbagian Umum dan Kepegawaian" },
  { NULL, "kasubbag-umpeg", "umpeg", "Dewi Kartika Sari, S.E.", KN_GENDER_FEMALE, 1993,
    KN_EMPLOYEE_STATUS_PNS, "III/b", KN_POSITION_PELAKSANA,
    "Analis Kepegawaian" },
  { NULL, "kasubbag-umpeg", "umpeg", "Agus Setiawan, A.Md.", KN_GENDER_MALE, 1997,
    KN_EMPLOYEE_STATUS_PNS, "II/c", KN_POSITION_PELAKSANA,
    "Pengadministrasi Umum" },
  { NULL, "kasubbag-umpeg", "umpeg", "Sri Wahyuni, A.Md.", KN_GENDER_FEMALE, 1992,
    KN_EMPLOYEE_STATUS_PNS, "II/d", KN_POSITION_TERAMPIL,
    "Arsiparis Terampil" },
  { NULL, "kasubbag-umpeg", "umpeg", "Fajar Nugroho, A.Md.Kom.", KN_GENDER_MALE, 1994,
    KN_EMPLOYEE_STATUS_PPPK, "VII", KN_POSITION_TERAMPIL,
    "Pranata Komputer Terampil" },
  { NULL, "kasubbag-umpeg", "umpeg", "Rudi Hermawan", KN_GENDER_MALE, 1990,
    KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU, "V", KN_POSITION_PELAKSANA,
    "Operator Layanan Operasional" },
  { "kasubbag-keuangan", "sekdis", "keuangan", "Lusiana Tambunan, S.E., M.Ak.",
    KN_GENDER_FEMALE, 1984,
    KN_EMPLOYEE_STATUS_PNS, "III/d", KN_POSITION_PENGAWAS,
    "Kepala Subbagian Keuangan dan Aset" },
  { NULL, "kasubbag-keuangan", "keuangan", "Ni Made Ayu Lestari, S.E.", KN_GENDER_FEMALE, 1997,
    KN_EMPLOYEE_STATUS_PNS, "III/a", KN_POSITION_PELAKSANA,
    "Pengelola Keuangan" },
  { NULL, "kasubbag-keuangan", "keuangan", "Irfan Maulana, S.Ak.", KN_GENDER_MALE, 1992,
    KN_EMPLOYEE_STATUS_PNS, "III/b", KN_POSITION_PELAKSANA,
    "Penyusun Laporan Keuangan" },
  { NULL, "kasubbag-keuangan", "keuangan", "Tri Wulandari, A.Md.Ak.", KN_GENDER_FEMALE, 1994,
    KN_EMPLOYEE_STATUS_PNS, "II/d", KN_POSITION_PELAKSANA,
    "Pengelola Barang Milik Daerah" },
  { "kasubbag-perencanaan", "sekdis", "perencanaan", "Ahmad Zulkarnain, S.E., M.Si.",
    KN_GENDER_MALE, 1986,
    KN_EMPLOYEE_STATUS_PNS, "III/c", KN_POSITION_PENGAWAS,
    "Kepala Subbagian Perencanaan" },
  { NULL, "kasubbag-perencanaan", "perencanaan", "Rina Marlina, S.Kom.", KN_GENDER_FEMALE, 1996,
    KN_EMPLOYEE_STATUS_PNS, "III/a", KN_POSITION_AHLI_PERTAMA,
    "Pranata Komputer Ahli Pertama" },
  { NULL, "kasubbag-perencanaan", "perencanaan", "Wahyu Pratama, S.E.", KN_GENDER_MALE, 1991,
    KN_EMPLOYEE_STATUS_PNS, "III/b", KN_POSITION_PELAKSANA,
    "Penyusun Program Anggaran dan Pelaporan" },

  /* Bidang Pembinaan SMA and SMA Negeri 2 Bandar Lampung */
  { "kabid-sma", "kadis", "sma", "Drs. Bambang Suprapto, M.Pd.", KN_GENDER_MALE, 1969,
    KN_EMPLOYEE_STATUS_PNS, "IV/b", KN_POSITION_ADMINISTRATOR,
    "Kepala Bidang Pembinaan SMA" },
  { NULL, "kabid-sma", "sma", "Drs. Sahat Marpaung, M.Pd.", KN_GENDER_MALE, 1968,
    KN_EMPLOYEE_STATUS_PNS, "IV/b", KN_POSITION_AHLI_MADYA,
    "Pengawas Sekolah Ahli Madya" },
  { "kasi-sma-kurikulum", "kabid-sma", "sma-kurikulum", "Eka Wulandari, S.Pd., M.Pd.",
    KN_GENDER_FEMALE, 1982,
    KN_EMPLOYEE_STATUS_PNS, "III/d", KN_POSITION_PENGAWAS,
    "Kepala Seksi Kurikulum dan Penilaian SMA" },
  { NULL, "kasi-sma-kurikulum", "sma-kurikulum", "Andi Saputra, S.Pd.", KN_GENDER_MALE, 1993,
    KN_EMPLOYEE_STATUS_PNS, "III/b", KN_POSITION_PELAKSANA,
    "Penelaah Teknis Kebijakan" },
  { NULL, "kasi-sma-kurikulum", "sma-kurikulum", "Siti Nurjanah, S.Pd.", KN_GENDER_FEMALE, 1997,
    KN_EMPLOYEE_STATUS_PNS, "III/a", KN_POSITION_PELAKSANA,
    "Pengolah Data dan Informasi" },
  { "kasi-sma-karakter", "kabid-sma", "sma-karakter", "Hendrik Saragih, S.Pd., M.Si.",
    KN_GENDER_MALE, 1986,
    KN_EMPLOYEE_STATUS_PNS, "III/c", KN_POSITION_PENGAWAS,
    "Kepala Seksi Peserta Didik dan Pembangunan Karakter SMA" },
  { NULL, "kasi-sma-karakter", "sma-karakter", "Putri Anggraini, S.Psi.", KN_GENDER_FEMALE, 1996,
    KN_EMPLOYEE_STATUS_PNS, "III/a", KN_POSITION_PELAKSANA,
    "Penata Layanan Operasional" },
  { NULL, "kasi-sma-karakter", "sma-karakter", "Muhammad Rizki Ramadhan, A.Md.",
    KN_GENDER_MALE, 1999,
    KN_EMPLOYEE_STATUS_PNS, "II/c", KN_POSITION_PELAKSANA,
    "Pengadministrasi Perkantoran" },
  { "kepsek-sman2", "kabid-sma", "sman2", "Drs. H. Ahmad Fauzi, M.Pd.", KN_GENDER_MALE, 1968,
    KN_EMPLOYEE_STATUS_PNS, "IV/b", KN_POSITION_AHLI_MADYA,
    "Kepala SMA Negeri 2 Bandar Lampung" },
  { NULL, "kepsek-sman2", "sman2", "Dr. Hj. Siti Aminah, S.Pd., M.Pd.", KN_GENDER_FEMALE, 1975,
    KN_EMPLOYEE_STATUS_PNS, "IV/a", KN_POSITION_AHLI_MADYA,
    "Guru Ahli Madya Bahasa Indonesia" },
  { NULL, "kepsek-sman2", "sman2", "Budi Santoso, S.Pd.", KN_GENDER_MALE, 1976,
    KN_EMPLOYEE_STATUS_PNS, "IV/a", KN_POSITION_AHLI_MADYA,
    "Guru Ahli Madya Sejarah" },
  { NULL, "kepsek-sman2", "sman2", "Sri Rahayu, S.Pd., M.Pd.", KN_GENDER_FEMALE, 1983,
    KN_EMPLOYEE_STATUS_PNS, "III/d", KN_POSITION_AHLI_MUDA,
    "Guru Ahli Muda Matematika" },
  { NULL, "kepsek-sman2", "sman2", "I Ketut Sudarsana, S.Pd.", KN_GENDER_MALE, 1986,
    KN_EMPLOYEE_STATUS_PNS, "III/c", KN_POSITION_AHLI_MUDA,
    "Guru Ahli Muda Fisika" },
  { NULL, "kepsek-sman2", "sman2", "Ratna Sari Dewi, S.Pd.", KN_GENDER_FEMALE, 1985,
    KN_EMPLOYEE_STATUS_PNS, "III/c", KN_POSITION_AHLI_MUDA,
    "Guru Ahli Muda Bahasa Inggris" },
  { NULL, "kepsek-sman2", "sman2", "Maria Magdalena Sinaga, S.Pd.", KN_GENDER_FEMALE, 1992,
    KN_EMPLOYEE_STATUS_PNS, "III/b", KN_POSITION_AHLI_PERTAMA,
    "Guru Ahli Pertama Kimia" },
  { NULL, "kepsek-sman2", "sman2", "Fitriani, S.Pd.", KN_GENDER_FEMALE, 1997,
    KN_EMPLOYEE_STATUS_PNS, "III/a", KN_POSITION_AHLI_PERTAMA,
    "Guru Ahli Pertama Biologi" },
  { NULL, "kepsek-sman2", "sman2", "Vivian Oktaviani Halim, S.Pd.", KN_GENDER_FEMALE, 1991,
    KN_EMPLOYEE_STATUS_PPPK, "IX", KN_POSITION_AHLI_PERTAMA,
    "Guru Ahli Pertama Ekonomi" },
  { NULL, "kepsek-sman2", "sman2", "Ujang Supriatna, S.Pd.", KN_GENDER_MALE, 1988,
    KN_EMPLOYEE_STATUS_PPPK, "IX", KN_POSITION_AHLI_PERTAMA,
    "Guru Ahli Pertama Pendidikan Jasmani, Olahraga dan Kesehatan" },
  { NULL, "kepsek-sman2", "sman2", "Nur Aisyah, S.Pd.I.", KN_GENDER_FEMALE, 1990,
    KN_EMPLOYEE_STATUS_PPPK, "IX", KN_POSITION_AHLI_PERTAMA,
    "Guru Ahli Pertama Pendidikan Agama Islam dan Budi Pekerti" },
  { NULL, "kepsek-sman2", "sman2", "Dedi Kurniawan, S.Kom.", KN_GENDER_MALE, 1994,
    KN_EMPLOYEE_STATUS_PPPK, "IX", KN_POSITION_AHLI_PERTAMA,
    "Guru Ahli Pertama Informatika" },
  { NULL, "kepsek-sman2", "sman2", "Sumarni", KN_GENDER_FEMALE, 1987,
    KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU, "V", KN_POSITION_PELAKSANA,
    "Operator Layanan Operasional" },

  /* Bidang Pembinaan SMK and SMK Negeri 4 Bandar Lampung */
  { "kabid-smk", "kadis", "smk", "Hendra Wijaya, S.T., M.T.", KN_GENDER_MALE, 1977,
    KN_EMPLOYEE_STATUS_PNS, "IV/a", KN_POSITION_ADMINISTRATOR,
    "Kepala Bidang Pembinaan SMK" },
  { "kasi-smk-kurikulum", "kabid-smk", "smk-kurikulum", "Lestari Handayani, S.Pd., M.Pd.",
    KN_GENDER_FEMALE, 1982,
    KN_EMPLOYEE_STATUS_PNS, "III/d", KN_POSITION_PENGAWAS,
    "Kepala Seksi Kurikulum dan Penilaian SMK" },
  { NULL, "kasi-smk-kurikulum", "smk-kurikulum", "Yusuf Effendi, S.Pd.", KN_GENDER_MALE, 1996,
    KN_EMPLOYEE_STATUS_PNS, "III/a", KN_POSITION_PELAKSANA,
    "Pengolah Data dan Informasi" },
  { "kasi-smk-karakter", "kabid-smk", "smk-karakter", "Zainal Abidin, S.Pd., M.M.",
    KN_GENDER_MALE, 1985,
    KN_EMPLOYEE_STATUS_PNS, "III/c", KN_POSITION_PENGAWAS,
    "Kepala Seksi Peserta Didik dan Pembangunan Karakter SMK" },
  { NULL, "kasi-smk-karakter", "smk-karakter", "Desi Ratnasari, A.Md.", KN_GENDER_FEMALE, 1998,
    KN_EMPLOYEE_STATUS_PNS, "II/c", KN_POSITION_PELAKSANA,
    "Pengadministrasi Perkantoran" },
  { "kepsek-smkn4", "kabid-smk", "smkn4", "Heru Prasetyo, S.Pd., M.T.", KN_GENDER_MALE, 1971,
    KN_EMPLOYEE_STATUS_PNS, "IV/b", KN_POSITION_AHLI_MADYA,
    "Kepala SMK Negeri 4 Bandar Lampung" },
  { NULL, "kepsek-smkn4", "smkn4", "Eko Prasetyo, S.Pd., M.Pd.", KN_GENDER_MALE, 1976,
    KN_EMPLOYEE_STATUS_PNS, "IV/a", KN_POSITION_AHLI_MADYA,
    "Guru Ahli Madya Pendidikan Pancasila" },
  { NULL, "kepsek-smkn4", "smkn4", "I Wayan Suardana, S.Pd.", KN_GENDER_MALE, 1981,
    KN_EMPLOYEE_STATUS_PNS, "III/d", KN_POSITION_AHLI_MUDA,
    "Guru Ahli Muda Teknik Kendaraan Ringan" },
  { NULL, "kepsek-smkn4", "smkn4", "Yohanes Simanjuntak, S.T.", KN_GENDER_MALE, 1986,
    KN_EMPLOYEE_STATUS_PNS, "III/c", KN_POSITION_AHLI_MUDA,
    "Guru Ahli Muda Teknik Pemesinan" },
  { NULL, "kepsek-smkn4", "smkn4", "Agustina Wulan Sari, S.Pd.", KN_GENDER_FEMALE, 1992,
    KN_EMPLOYEE_STATUS_PNS, "III/b", KN_POSITION_AHLI_PERTAMA,
    "Guru Ahli Pertama Akuntansi dan Keuangan Lembaga" },
  { NULL, "kepsek-smkn4", "smkn4", "Muhammad Iqbal Firdaus, S.Pd.", KN_GENDER_MALE, 1997,
    KN_EMPLOYEE_STATUS_PNS, "III/a", KN_POSITION_AHLI_PERTAMA,
    "Guru Ahli Pertama Matematika" },
  { NULL, "kepsek-smkn4", "smkn4", "Robert Tampubolon, S.Kom.", KN_GENDER_MALE, 1989,
    KN_EMPLOYEE_STATUS_PPPK, "IX", KN_POSITION_AHLI_PERTAMA,
    "Guru Ahli Pertama Teknik Komputer dan Jaringan" },
  { NULL, "kepsek-smkn4", "smkn4", "Nining Suryani, S.Pd.", KN_GENDER_FEMALE, 1990,
    KN_EMPLOYEE_STATUS_PPPK, "IX", KN_POSITION_AHLI_PERTAMA,
    "Guru Ahli Pertama Bahasa Inggris" },
  { NULL, "kepsek-smkn4", "smkn4", "Fransiska Natalia, S.Sn.", KN_GENDER_FEMALE, 1995,
    KN_EMPLOYEE_STATUS_PPPK, "IX", KN_POSITION_AHLI_PERTAMA,
    "Guru Ahli Pertama Desain Komunikasi Visual" },
  { NULL, "kepsek-smkn4", "smkn4", "Slamet Riyadi, A.Md.T.", KN_GENDER_MALE, 1988,
    KN_EMPLOYEE_STATUS_PPPK, "VII", KN_POSITION_TERAMPIL,
    "Pranata Laboratorium Pendidikan Terampil" },

  /* Bidang Pembinaan Pendidikan Khusus */
  { "kabid-pk", "kadis", "pk", "Hj. Rosmawati, S.Pd., M.Pd.", KN_GENDER_FEMALE, 1975,
    KN_EMPLOYEE_STATUS_PNS, "IV/a", KN_POSITION_ADMINISTRATOR,
    "Kepala Bidang Pembinaan Pendidikan Khusus" },
  { NULL, "kabid-pk", "pk", "Cahya Pertiwi, S.Pd.", KN_GENDER_FEMALE, 1995,
    KN_EMPLOYEE_STATUS_PNS, "III/b", KN_POSITION_AHLI_PERTAMA,
    "Pengembang Teknologi Pembelajaran Ahli Pertama" },
  { "kasi-pk", "kabid-pk", "pk-kurikulum", "Arief Budiman, S.Pd., M.Pd.", KN_GENDER_MALE, 1984,
    KN_EMPLOYEE_STATUS_PNS, "III/d", KN_POSITION_PENGAWAS,
    "Kepala Seksi Kurikulum dan Peserta Didik Pendidikan Khusus" },
  { NULL, "kasi-pk", "pk-kurikulum", "Nurul Hidayah, S.Pd.", KN_GENDER_FEMALE, 1993,
    KN_EMPLOYEE_STATUS_PNS, "III/b", KN_POSITION_PELAKSANA,
    "Penelaah Teknis Kebijakan" },

  /* Bidang Kebudayaan */
  { "kabid-budaya", "kadis", "budaya", "Dr. Hi. Firmansyah, M.Hum.", KN_GENDER_MALE, 1972,
    KN_EMPLOYEE_STATUS_PNS, "IV/b", KN_POSITION_ADMINISTRATOR,
    "Kepala Bidang Kebudayaan" },
  { "kasi-cagar", "kabid-budaya", "budaya-cagar", "Meiliana Hartanto, S.S., M.Hum.",
    KN_GENDER_FEMALE, 1983,
    KN_EMPLOYEE_STATUS_PNS, "III/d", KN_POSITION_PENGAWAS,
    "Kepala Seksi Cagar Budaya dan Permuseuman" },
  { NULL, "kasi-cagar", "budaya-cagar", "Rizal Effendi Pulungan, S.S.", KN_GENDER_MALE, 1993,
    KN_EMPLOYEE_STATUS_PNS, "III/b", KN_POSITION_AHLI_PERTAMA,
    "Pamong Budaya Ahli Pertama" },
  { NULL, "kasi-cagar", "budaya-cagar", "Dian Permatasari, S.Sos.", KN_GENDER_FEMALE, 1998,
    KN_EMPLOYEE_STATUS_PNS, "III/a", KN_POSITION_PELAKSANA,
    "Pengelola Koleksi Museum" },
  { "kasi-kesenian", "kabid-budaya", "budaya-kesenian", "Herman Suherman, S.Sn., M.Sn.",
    KN_GENDER_MALE, 1987,
    KN_EMPLOYEE_STATUS_PNS, "III/c", KN_POSITION_PENGAWAS,
    "Kepala Seksi Kesenian dan Tradisi" },
  { NULL, "kasi-kesenian", "budaya-kesenian", "Ria Novita Sembiring, S.Sn.", KN_GENDER_FEMALE, 1994,
    KN_EMPLOYEE_STATUS_PPPK, "IX", KN_POSITION_AHLI_PERTAMA,
    "Pamong Budaya Ahli Pertama" },
  { NULL, "kasi-kesenian", "budaya-kesenian", "Andika Pratama", KN_GENDER_MALE, 1996,
    KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU, "V", KN_POSITION_PELAKSANA,
    "Operator Layanan Operasional" },

  /* Badan Kepegawaian Daerah */
  { "kaban", NULL, "bkd", "Ir. Hj. Marlina Susanti, M.M.", KN_GENDER_FEMALE, 1968,
    KN_EMPLOYEE_STATUS_PNS, "IV/d", KN_POSITION_JPT_PRATAMA,
    "Kepala Badan Kepegawaian Daerah" },
  { "sekban", "kaban", "bkd-sekretariat", "Hi. Syahbudin, S.H., M.H.", KN_GENDER_MALE, 1971,
    KN_EMPLOYEE_STATUS_PNS, "IV/b", KN_POSITION_ADMINISTRATOR,
    "Sekretaris Badan Kepegawaian Daerah" },
  { NULL, "sekban", "bkd-sekretariat", "Yulia Rahmi, S.E.", KN_GENDER_FEMALE, 1992,
    KN_EMPLOYEE_STATUS_PNS, "III/b", KN_POSITION_PELAKSANA,
    "Pengelola Keuangan" },
  { NULL, "sekban", "bkd-sekretariat", "Andreas Setiadi, S.Kom.", KN_GENDER_MALE, 1996,
    KN_EMPLOYEE_STATUS_PNS, "III/a", KN_POSITION_AHLI_PERTAMA,
    "Pranata Komputer Ahli Pertama" },
  { NULL, "sekban", "bkd-sekretariat", "Lia Amalia, A.Md.", KN_GENDER_FEMALE, 1995,
    KN_EMPLOYEE_STATUS_PPPK, "VII", KN_POSITION_PELAKSANA,
    "Pengadministrasi Perkantoran" },
  { "kabid-kinerja", "kaban", "bkd-kinerja", "Dr. Agus Salim Nasution, S.IP., M.Si.",
    KN_GENDER_MALE, 1976,
    KN_EMPLOYEE_STATUS_PNS, "IV/a", KN_POSITION_ADMINISTRATOR,
    "Kepala Bidang Penilaian Kinerja Aparatur dan Penghargaan" },
  { NULL, "kabid-kinerja", "bkd-kinerja", "Wulan Septiani, S.Psi., M.Psi.", KN_GENDER_FEMALE, 1984,
    KN_EMPLOYEE_STATUS_PNS, "III/d", KN_POSITION_AHLI_MUDA,
    "Analis Sumber Daya Manusia Aparatur Ahli Muda" },
  { NULL, "kabid-kinerja", "bkd-kinerja", "Yoga Aditya Nugraha, S.Psi.", KN_GENDER_MALE, 1998,
    KN_EMPLOYEE_STATUS_PNS, "III/a", KN_POSITION_AHLI_PERTAMA,
    "Analis Sumber Daya Manusia Aparatur Ahli Pertama" },
  { NULL, "kabid-kinerja", "bkd-kinerja", "Syafrizal, A.Md.", KN_GENDER_MALE, 1990,
    KN_EMPLOYEE_STATUS_PNS, "II/d", KN_POSITION_PELAKSANA,
    "Pengolah Data dan Informasi" },
  { "kabid-mutasi", "kaban", "bkd-mutasi", "Erna Susilawati, S.Sos., M.M.", KN_GENDER_FEMALE, 1977,
    KN_EMPLOYEE_STATUS_PNS, "IV/a", KN_POSITION_ADMINISTRATOR,
    "Kepala Bidang Mutasi dan Promosi" },
  { NULL, "kabid-mutasi", "bkd-mutasi", "Bonifasius Manurung, S.H.", KN_GENDER_MALE, 1987,
    KN_EMPLOYEE_STATUS_PNS, "III/c", KN_POSITION_AHLI_MUDA,
    "Analis Sumber Daya Manusia Aparatur Ahli Muda" },
  { NULL, "kabid-mutasi", "bkd-mutasi", "Tiara Anindya Putri, S.H.", KN_GENDER_FEMALE, 1998,
    KN_EMPLOYEE_STATUS_PNS, "III/a", KN_POSITION_PELAKSANA,
    "Analis Kepegawaian" },
  { NULL, "kabid-mutasi", "bkd-mutasi", "Suparman, A.Md.", KN_GENDER_MALE, 1985,
    KN_EMPLOYEE_STATUS_PNS, "III/b", KN_POSITION_MAHIR,
    "Arsiparis Mahir" },
};

static const char *demo_settings[][2] = {
  { "instansi", "Pemerintah Provinsi Lampung" },
  { "kota", "Bandar Lampung" },
  { "demo", "1" },
};


/* Months in which CPNS are most often appointed. */
static const guint tmt_months[] = { 1, 1, 2, 3, 3, 4, 6, 12 };

static gint64 *
id_dup (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

/* How a PNS entered the service, read from the printed titles: with no degree at II/a from
 * about 19, with a diploma (D-III) at II/c from about 21, otherwise at III/a (S1) from about 22. */
static void
entry_for (const DemoPerson *person,
           guint            *rank_order,
           guint            *min_age)
{
  const char *code;

  g_assert (person != NULL);

  if (strchr (person->name, ',') == NULL)
    {
      code = "II/a";
      *min_age = 19;
    }
  else if (strstr (person->name, ", A.Md") != NULL)
    {
      code = "II/c";
      *min_age = 21;
    }
  else
    {
      code = "III/a";
      *min_age = 22;
    }

  *rank_order = kn_rank_lookup (KN_EMPLOYEE_STATUS_PNS, code)->order;
}

/* Years in which no CPNS took office (recruitment moratoria), avoided where the rank allows. */
static gboolean
had_cpns_intake (guint year)
{
  return year != 2016 && year != 2017 && year != 2023;
}

static guint
pick_tmt_year (GRand *rand,
               guint  earliest,
               guint  latest)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (guint));

  g_assert (earliest <= latest);

  for (guint year = earliest; year <= latest; year++)
    {
      if (had_cpns_intake (year))
        g_array_append_val (years, year);
    }

  if (years->len == 0)
    return earliest + (guint) g_rand_int_range (rand, 0, (gint32) (latest - earliest + 1));

  return g_array_index (years, guint, g_rand_int_range (rand, 0, (gint32) years->len));
}

/* The first 15 digits: birth date, TMT CPNS or appointment year and code, gender. Each person
 * has a generator of their own, so that adding someone leaves everyone else's NIP unchanged. */
static gboolean
make_nip_prefix (const DemoPerson  *person,
                 char             **prefix,
                 GError           **error)
{
  g_autoptr(GRand) rand = NULL;
  GDateMonth birth_month;
  GDateDay birth_day;
  guint year;
  guint code;  /* digits 13–14: the month of the TMT CPNS, or the PPPK code */

  g_assert (person != NULL);
  g_assert (prefix != NULL);

  rand = g_rand_new_with_seed (DEMO_SEED ^ g_str_hash (person->name));
  birth_month = (GDateMonth) g_rand_int_range (rand, 1, 13);
  birth_day = (GDateDay) g_rand_int_range (rand, 1,
                                           g_date_get_days_in_month (birth_month,
                                                                     person->born) + 1);

  if (person->status == KN_EMPLOYEE_STATUS_PNS)
    {
      const KnRank *rank = kn_rank_lookup (person->status, person->rank);
      guint entry_order;
      guint min_age;
      guint min_service;
      guint earliest;
      guint latest;

      entry_for (person, &entry_order, &min_age);
      min_service = YEARS_PER_RANK * (rank->order - MIN (entry_order, rank->order));
      earliest = MAX (person->born + min_age, LATEST_TMT_YEAR - min_service - EXTRA_SERVICE);
      latest = MIN (person->born + MAX_ENTRY_AGE, LATEST_TMT_YEAR - min_service);

      if (earliest > latest)
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                       /* Translators: %u is a year, %s a pangkat/golongan such as "III/c" */
                       _("No TMT CPNS fits both the year of birth %u and the rank %s."),
                       person->born, person->rank);
          return FALSE;
        }

      year = pick_tmt_year (rand, earliest, latest);
      code = tmt_months[g_rand_int_range (rand, 0, (gint32) G_N_ELEMENTS (tmt_months))];
    }
  else
    {
      /* PPPK were appointed from 2021; the part-time (paruh waktu) scheme began in 2025. */
      if (person->status == KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU)
        {
          year = 2025;
          code = 24;
        }
      else
        {
          year = (guint) g_rand_int_range (rand, 2021, LATEST_TMT_YEAR + 1);
          code = 21;
        }

      if (year < person->born + MIN_PPPK_AGE)
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                       /* Translators: %u is a year */
                       _("No appointment year fits the year of birth %u."), person->born);
          return FALSE;
        }
    }

  *prefix = g_strdup_printf ("%04u%02u%02u%04u%02u%u", person->born, (guint) birth_month,
                             (guint) birth_day, year, code, (guint) person->gender);
  return TRUE;
}

static gboolean
add_units (KnStore    *store,
           GHashTable *unit_ids,
           GError    **error)
{
  g_assert (KN_IS_STORE (store));

  for (guint i = 0; i < G_N_ELEMENTS (demo_units); i++)
    {
      const DemoUnit *def = &demo_units[i];
      g_autoptr(KnOrgUnit) unit = NULL;
      gint64 parent_id = 0;

      if (def->parent != NULL)
        {
          gint64 *found = g_hash_table_lookup (unit_ids, def->parent);

          g_assert (found != NULL);
          parent_id = *found;
        }

      unit = kn_org_unit_new (def->name, parent_id);
      if (!kn_store_add_unit (store, unit, error))
        {
          /* Translators: %s is a unit name; the reason follows */
          g_prefix_error (error, _("Could not add the demo unit “%s”: "), def->name);
          return FALSE;
        }

      g_hash_table_insert (unit_ids, (gpointer) def->key, id_dup (kn_org_unit_get_id (unit)));
    }

  return TRUE;
}

/* Adds the demo people; @employee_ids receives their ids in insertion order. */
static gboolean
add_people (KnStore    *store,
            GHashTable *unit_ids,
            GArray     *employee_ids,
            GError    **error)
{
  g_autoptr(GHashTable) person_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) serials = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert (KN_IS_STORE (store));

  for (guint i = 0; i < G_N_ELEMENTS (demo_people); i++)
    {
      const DemoPerson *def = &demo_people[i];
      g_autoptr(KnEmployee) employee = NULL;
      g_autofree char *prefix = NULL;
      g_autofree char *nip = NULL;
      gint64 *unit_id;
      gint64 supervisor_id = 0;
      guint serial;

      unit_id = g_hash_table_lookup (unit_ids, def->unit);
      g_assert (unit_id != NULL);

      if (def->supervisor != NULL)
        {
          gint64 *found = g_hash_table_lookup (person_ids, def->supervisor);

          g_assert (found != NULL);
          supervisor_id = *found;
        }

      if (!make_nip_prefix (def, &prefix, error))
        {
          /* Translators: %s is a person's name; the reason follows */
          g_prefix_error (error, _("Could not add the demo employee “%s”: "), def->name);
          return FALSE;
        }

      /* The serial tells apart people who share birth date, TMT and gender. */
      serial = GPOINTER_TO_UINT (g_hash_table_lookup (serials, prefix)) + 1;
      nip = g_strdup_printf ("%s%03u", prefix, serial);
      g_hash_table_insert (serials, g_steal_pointer (&prefix), GUINT_TO_POINTER (serial));

      employee = kn_employee_new ();
      kn_employee_set_nip (employee, nip);
      kn_employee_set_name (employee, def->name);
      kn_employee_set_status (employee, def->status);
      kn_employee_set_rank (employee, def->rank);
      kn_employee_set_position (employee, def->position);
      kn_employee_set_position_kind (employee, def->kind);
      kn_employee_set_unit_id (employee, *unit_id);
      kn_employee_set_supervisor_id (employee, supervisor_id);

      if (!kn_store_add_employee (store, employee, error))
        {
          /* Translators: %s is a person's name; the reason follows */
          g_prefix_error (error, _("Could not add the demo employee “%s”: "), def->name);
          return FALSE;
        }

      if (def->key != NULL)
        g_hash_table_insert (person_ids, (gpointer) def->key,
                             id_dup (kn_employee_get_id (employee)));
      g_array_append_val (employee_ids, (gint64){ kn_employee_get_id (employee) });
    }

  return TRUE;
}

static gboolean
populate_in_transaction (KnStore  *store,
                         GError  **error)
{
  g_autoptr(GHashTable) unit_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GArray) employee_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert (KN_IS_STORE (store));

  for (guint i = 0; i < G_N_ELEMENTS (demo_settings); i++)
    {
      if (!kn_store_set_setting (store, demo_settings[i][0], demo_settings[i][1], error))
        {
          /* Translators: %s is the name of a setting; the reason follows */
          g_prefix_error (error, _("Could not save the demo setting “%s”: "),
                          demo_settings[i][0]);
          return FALSE;
        }
    }

  return add_units (store, unit_ids, error) &&
         add_people (store, unit_ids, employee_ids, error) &&
         kn_demo_add_plans (store, employee_ids, error) &&
         kn_demo_add_evaluations (store, employee_ids, error) &&
         kn_demo_add_trainings (store, employee_ids, error);
}

static gboolean
remove_if_exists (const char  *path,
                  GError     **error)
{
  g_assert (path != NULL);

  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: the first %s is a file name, the second the system's reason */
                   _("Could not delete the old demo file “%s”: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* The journal files SQLite keeps beside a database. */
static gboolean
remove_journals (const char  *path,
                 GError     **error)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

  g_assert (path != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (!remove_if_exists (file, error))
        return FALSE;
    }

  return TRUE;
}

/* The database file and its journal files. */
static gboolean
remove_database (const char  *path,
                 GError     **error)
{
  return remove_if_exists (path, error) && remove_journals (path, error);
}

static gboolean
rename_into_place (const char  *partial,
                   const char  *path,
                   GError     **error)
{
  if (g_rename (partial, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: the first %s is a file name, the second the system's reason */
                   _("Could not put the new demo database in place at “%s”: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static void
remove_scratch_folder (const char *folder)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert (folder != NULL);

  dir = g_dir_open (folder, 0, NULL);
  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *file = g_build_filename (folder, name, NULL);

          if (g_unlink (file) != 0)
            g_debug ("Could not delete %s: %s", file, g_strerror (errno));
        }
    }

  if (g_rmdir (folder) != 0)
    g_debug ("Could not delete %s: %s", folder, g_strerror (errno));
}

static gboolean
has_sqlite_header (const char  *path,
                   gboolean    *is_sqlite,
                   GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  char header[sizeof SQLITE_MAGIC] = { 0 };
  gsize n_read = 0;

  g_assert (is_sqlite != NULL);

  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return FALSE;

  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), header, sizeof header, &n_read, NULL,
                                error))
    return FALSE;

  *is_sqlite = n_read == sizeof header && memcmp (header, SQLITE_MAGIC, sizeof header) == 0;
  return TRUE;
}

/* Decides whether @path holds a Kinerja demo database. The check opens a copy: opening the file
 * itself could migrate or checkpoint it, and a file that is not ours must stay byte-identical. */
static gboolean
is_demo_database (const char  *path,
                  gboolean    *is_demo,
                  GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *copy_path = NULL;
  g_autofree char *wal_path = NULL;
  g_autofree char *value = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) open_error = NULL;
  gboolean is_sqlite = FALSE;

  g_assert (path != NULL);
  g_assert (is_demo != NULL);

  *is_demo = FALSE;

  if (!has_sqlite_header (path, &is_sqlite, error))
    return FALSE;

  if (!is_sqlite)
    return TRUE;

  folder = g_dir_make_tmp ("kinerja-demo-check-XXXXXX", error);
  if (folder == NULL)
    return FALSE;

  copy_path = g_build_filename (folder, "check.db", NULL);
  source = g_file_new_for_path (path);
  copy = g_file_new_for_path (copy_path);

  if (!g_file_copy (source, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    {
      remove_scratch_folder (folder);
      return FALSE;
    }

  /* Changes not yet checkpointed live in the write-ahead log. */
  wal_path = g_strconcat (path, "-wal", NULL);
  if (g_file_test (wal_path, G_FILE_TEST_IS_REGULAR))
    {
      g_autoptr(GFile) wal = g_file_new_for_path (wal_path);
      g_autofree char *wal_copy_path = g_strconcat (copy_path, "-wal", NULL);
      g_autoptr(GFile) wal_copy = g_file_new_for_path (wal_copy_path);

      if (!g_file_copy (wal, wal_copy, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
        {
          remove_scratch_folder (folder);
          return FALSE;
        }
    }

  /* A file the store cannot open (damaged, or from a newer Kinerja) is not one to replace. */
  store = kn_store_open (copy_path, &open_error);
  if (store != NULL)
    {
      value = kn_store_get_setting (store, "demo");
      *is_demo = g_strcmp0 (value, "1") == 0;
      g_clear_object (&store);
    }
  else
    g_debug ("Could not open a copy of %s: %s", path, open_error->message);

  remove_scratch_folder (folder);
  return TRUE;
}

gboolean
kn_demo_populate (KnStore  *store,
                  GError  **error)
{
  g_return_val_if_fail (KN_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_list_model_get_n_items (kn_store_get_units (store)) > 0 ||
      g_list_model_get_n_items (kn_store_get_employees (store)) > 0)
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                           _("This database already holds units or employees. The demo office "
                             "can only be added to an empty database; create a new one for it."));
      return FALSE;
    }

  if (!kn_store_begin (store, error))
    return FALSE;

  if (!populate_in_transaction (store, error))
    {
      kn_store_rollback (store);
      return FALSE;
    }

  /* A failed commit has already rolled the transaction back. */
  return kn_store_commit (store, error);
}

KnStore *
kn_demo_create (const char  *path,
                GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *partial = NULL;
  g_autoptr(KnStore) store = NULL;
  GStatBuf info;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: the first %s is a folder, the second the system's reason */
                   _("Could not create the folder “%s” for the demo database: %s"),
                   folder, g_strerror (saved_errno));
      return NULL;
    }

  /* Only a regular file can be a demo to replace: renaming over a link, a FIFO or a device
   * would replace it (TESTING.md trap 17), and reading a FIFO would block. */
  if (g_lstat (path, &info) == 0)
    {
      gboolean is_demo = FALSE;

      if (S_ISREG (info.st_mode) && !is_demo_database (path, &is_demo, error))
        {
          /* Translators: %s is a file name; the reason follows */
          g_prefix_error (error, _("Could not check the existing file “%s”: "), path);
          return NULL;
        }

      if (!is_demo)
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                       /* Translators: %s is a file name */
                       _("“%s” is not a Kinerja demo database; it was left untouched. "
                         "Choose another file for the demo."),
                       path);
          return NULL;
        }
    }

  /* The demo is built beside the target and renamed into place only when it is whole, so an
   * interrupted build (killed, power cut) leaves the previous demo or nothing, never a partial
   * database that the next run would refuse. What an interrupted build left is ours to remove. */
  partial = g_strconcat (path, ".partial", NULL);
  if (!remove_database (partial, error))
    return NULL;

  store = kn_store_open (partial, error);
  if (store == NULL)
    return NULL;

  if (!kn_demo_populate (store, error))
    {
      g_clear_object (&store);
      remove_database (partial, NULL);
      return NULL;
    }

  /* Closing checkpoints the write-ahead log into the file and removes it. */
  g_clear_object (&store);

  /* The old demo's journal files would be taken for the new one's. */
  if (!remove_journals (path, error) || !rename_into_place (partial, path, error))
    {
      remove_database (partial, NULL);
      return NULL;
    }

  return kn_store_open (path, error);
}

char *
kn_demo_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "kinerja", "demo.db", NULL);
}
