/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo office's SKP for the demo year: RHK and IKI by jabatan, cascaded from each head down. */

#define G_LOG_DOMAIN "kn-demo"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib.h>

#include "kn-demo.h"
#include "kinerja/kn-employee.h"
#include "kinerja/kn-enums.h"
#include "kinerja/kn-indicator.h"
#include "kinerja/kn-org-unit.h"
#include "kinerja/kn-plan-enums.h"
#include "kinerja/kn-plan-result.h"
#include "kinerja/kn-plan.h"
#include "kinerja/kn-store.h"

#include "kn-demo-private.h"

#define DEMO_SKP_SEED   0x534b50u
#define MAX_INDICATORS  3
#define MAX_RESULTS     5
#define MAX_RESOURCES   4
#define MAX_LINES       4
/* An IKI whose text, target and unit come from the teacher's subject. */
#define SUBJECT_PRACTICE "{praktik}"

typedef enum
{
  ONLY_ALL,
  ONLY_SMA,          /* people in a unit of the SMA (bidang, seksi, school) */
  ONLY_SMK,
  ONLY_VOCATIONAL,   /* teachers of a productive (kejuruan) subject */
  ONLY_GENERAL,      /* teachers of any other subject */
} DemoOnly;

typedef enum
{
  GROUP_JPT,
  GROUP_ADMINISTRATOR,
  GROUP_PENGAWAS,
  GROUP_KEPALA_SEKOLAH,
  GROUP_GURU,
  GROUP_FUNGSIONAL,
  GROUP_PELAKSANA,
  GROUP_N
} DemoGroup;

typedef struct
{
  KnAspect       aspect;       /* NONE in a JPT's SKP */
  KnPerspective  perspective;  /* only in a JPT's SKP */
  KnDirection    direction;
  const char    *text;
  double         target;
  double         spread;       /* a person's target is target, target + spread / 2 or + spread */
  const char    *unit;
} DemoIndicator;

typedef struct
{
  KnResultKind   kind;
  DemoOnly       only;
  const char    *text;
  const char    *supports;     /* words of the assessor's RHK it supports; NULL: their first */
  DemoIndicator  indicators[MAX_INDICATORS];
} DemoResult;

typedef struct
{
  const char  *position;       /* words of the jabatan */
  const char  *unit;           /* nullable: words of the unit's name */
  DemoResult   results[MAX_RESULTS];
  const char  *resources[MAX_RESOURCES];
} DemoRole;

typedef struct
{
  const char *subject;         /* as the jabatan ends: "Guru Ahli Muda Fisika" */
  gboolean    vocational;
  const char *practice;        /* the subject's own IKI (kuantitas) */
  double      practice_target;
  const char *practice_unit;
  const char *resource;
} DemoSubject;

/* What the texts of one person's SKP are filled in with. */
typedef struct
{
  KnEmployee        *employee;
  const char        *unit;     /* the unit's name */
  const char        *opd;
  const char        *jenjang;  /* "SMA", "SMK", "SLB" or "" */
  const char        *atasan;   /* the assessor's jabatan; nullable */
  const DemoSubject *subject;  /* teachers only */
  const char        *kelas;    /* teachers only */
  DemoGroup          group;
  GRand             *rand;
} Person;

#define IKI(aspect, text, target, spread, unit) \
  { KN_ASPECT_##aspect, KN_PERSPECTIVE_NONE, KN_DIRECTION_MORE_IS_BETTER, \
    text, target, spread, unit }
#define IKI_LESS(aspect, text, target, spread, unit) \
  { KN_ASPECT_##aspect, KN_PERSPECTIVE_NONE, KN_DIRECTION_LESS_IS_BETTER, \
    text, target, spread, unit }
#define IKU(perspective, text, target, unit) \
  { KN_ASPECT_NONE, KN_PERSPECTIVE_##perspective, KN_DIRECTION_MORE_IS_BETTER, \
    text, target, 0, unit }
#define PRACTICE \
  { KN_ASPECT_KUANTITAS, KN_PERSPECTIVE_NONE, KN_DIRECTION_MORE_IS_BETTER, \
    SUBJECT_PRACTICE, 0, 0, NULL }

#define UTAMA(text, supports, ...) \
  { KN_RESULT_KIND_UTAMA, ONLY_ALL, text, supports, { __VA_ARGS__ } }
#define UTAMA_ONLY(only, text, supports, ...) \
  { KN_RESULT_KIND_UTAMA, ONLY_##only, text, supports, { __VA_ARGS__ } }
#define TAMBAHAN(text, supports, ...) \
  { KN_RESULT_KIND_TAMBAHAN, ONLY_ALL, text, supports, { __VA_ARGS__ } }
#define TAMBAHAN_ONLY(only, text, supports, ...) \
  { KN_RESULT_KIND_TAMBAHAN, ONLY_##only, text, supports, { __VA_ARGS__ } }

/* What every teacher plans, whatever their level. */
#define GURU_PEMBELAJARAN \
  UTAMA ("Terlaksananya pembelajaran {mapel} yang berpusat pada peserta didik di kelas {kelas}", \
         "pembelajaran", \
         IKI (KUANTITAS, "Jumlah perangkat ajar (modul ajar) {mapel} yang disusun", \
              12, 4, "dokumen"), \
         IKI (KUANTITAS, "Jumlah jam tatap muka per minggu", 24, 0, "jam"), \
         IKI (WAKTU, "Persentase modul ajar yang tersusun sebelum semester dimulai", 100, 0, "%"))
#define GURU_HASIL_BELAJAR \
  UTAMA ("Meningkatnya hasil pembelajaran {mapel} peserta didik kelas {kelas}", "hasil belajar", \
         IKI (KUALITAS, "Persentase peserta didik yang mencapai KKTP", 85, 5, "%"), \
         PRACTICE, \
         IKI_LESS (WAKTU, "Waktu pengolahan nilai asesmen sumatif hingga tercatat di e-Rapor", \
                   7, 0, "hari"))
#define GURU_KARAKTER \
  UTAMA_ONLY (GENERAL, "Terlaksananya pembelajaran berbasis projek untuk penguatan karakter " \
              "peserta didik", "karakter", \
              IKI (KUANTITAS, "Jumlah projek penguatan karakter yang difasilitasi", \
                   2, 1, "projek"), \
              IKI (KUALITAS, "Persentase peserta didik yang menuntaskan projek dengan predikat " \
                             "baik", 90, 0, "%"))
#define GURU_PKL \
  UTAMA_ONLY (VOCATIONAL, "Terlaksananya pembelajaran di dunia kerja melalui Praktik Kerja " \
              "Lapangan peserta didik {mapel}", "lulusan", \
              IKI (KUANTITAS, "Jumlah peserta didik PKL yang dibimbing dan dimonitor", \
                   18, 6, "orang"), \
              IKI (KUALITAS, "Persentase peserta didik PKL dengan nilai baik dari pembimbing " \
                             "industri", 85, 5, "%"))
#define GURU_SUMBER \
  { "Buku teks dan perangkat ajar {mapel}", "{sumber_belajar}", "Aplikasi e-Rapor {jenjang}", \
    "Platform Ruang GTK" }

static const DemoRole demo_roles[] = {
  /* Heads of OPD (JPT Pratama): perspektif, no superior RHK */
  { "Kepala Dinas Pendidikan", NULL,
    { UTAMA ("Meningkatnya mutu dan relevansi pendidikan menengah di Provinsi Lampung", NULL,
             IKU (PENERIMA_LAYANAN, "Angka Partisipasi Kasar SMA/SMK", 92.5, "%"),
             IKU (PROSES_BISNIS, "Persentase SMA/SMK negeri terakreditasi minimal B", 95, "%"),
             IKU (PENERIMA_LAYANAN, "Persentase lulusan SMK yang bekerja, berwirausaha atau "
                                    "melanjutkan studi", 68, "%")),
      UTAMA ("Meningkatnya akses dan mutu layanan pendidikan khusus yang inklusif", NULL,
             IKU (PENERIMA_LAYANAN, "Persentase anak berkebutuhan khusus usia sekolah yang "
                                    "memperoleh layanan pendidikan", 78, "%"),
             IKU (PROSES_BISNIS, "Jumlah sekolah penyelenggara pendidikan inklusif yang dibina",
                  45, "sekolah")),
      UTAMA ("Meningkatnya pelestarian dan pemajuan kebudayaan daerah", NULL,
             IKU (PENERIMA_LAYANAN, "Indeks Pembangunan Kebudayaan Provinsi Lampung",
                  58.5, "indeks"),
             IKU (PROSES_BISNIS, "Jumlah objek cagar budaya yang ditetapkan dan dilestarikan",
                  12, "objek")),
      UTAMA ("Terwujudnya tata kelola perangkat daerah yang akuntabel", NULL,
             IKU (PENGUATAN_INTERNAL, "Nilai SAKIP Dinas", 80, "nilai"),
             IKU (PENERIMA_LAYANAN, "Indeks Kepuasan Masyarakat atas layanan Dinas", 85, "indeks"),
             IKU (ANGGARAN, "Persentase realisasi anggaran", 95, "%")) },
    { "Anggaran DPA {opd} Tahun {tahun}", "Rencana Strategis {opd} 2025–2029",
      "Aplikasi Dapodik dan Rapor Pendidikan", "Aplikasi SIPD-RI" } },
  { "Kepala Badan Kepegawaian", NULL,
    { UTAMA ("Meningkatnya profesionalitas dan kinerja ASN Pemerintah Provinsi Lampung", NULL,
             IKU (PENERIMA_LAYANAN, "Indeks Profesionalitas ASN Pemerintah Provinsi Lampung",
                  75, "indeks"),
             IKU (PROSES_BISNIS, "Persentase ASN yang SKP-nya disetujui tepat waktu", 95, "%")),
      UTAMA ("Terwujudnya manajemen karier ASN berbasis sistem merit", NULL,
             IKU (PROSES_BISNIS, "Nilai Indeks Sistem Merit", 325, "nilai"),
             IKU (PENERIMA_LAYANAN, "Persentase layanan kenaikan pangkat yang selesai tepat waktu",
                  98, "%")),
      UTAMA ("Terwujudnya tata kelola Badan Kepegawaian Daerah yang akuntabel", NULL,
             IKU (PENGUATAN_INTERNAL, "Nilai SAKIP Badan Kepegawaian Daerah", 78, "nilai"),
             IKU (PENERIMA_LAYANAN, "Indeks Kepuasan Masyarakat atas layanan kepegawaian",
                  86, "indeks"),
             IKU (ANGGARAN, "Persentase realisasi anggaran", 96, "%")) },
    { "Anggaran DPA {opd} Tahun {tahun}", "Rencana Strategis {opd} 2025–2029",
      "Aplikasi SIASN BKN", "Aplikasi SIPD-RI" } },

  /* Sekretariat */
  { "Sekretaris", NULL,
    { UTAMA ("Terwujudnya perencanaan dan pelaporan kinerja {opd} yang berkualitas", "tata kelola",
             IKI (KUANTITAS, "Jumlah dokumen perencanaan dan pelaporan kinerja yang tersusun",
                  6, 0, "dokumen"),
             IKI (KUALITAS, "Persentase indikator kinerja utama {opd} yang tercapai", 90, 5, "%"),
             IKI_LESS (WAKTU, "Waktu penyampaian laporan kinerja triwulanan setelah triwulan "
                              "berakhir", 10, 0, "hari")),
      UTAMA ("Meningkatnya kualitas pengelolaan keuangan dan aset {opd}", "tata kelola",
             IKI (KUALITAS, "Persentase rekomendasi hasil pemeriksaan keuangan yang "
                            "ditindaklanjuti", 100, 0, "%"),
             IKI (KUANTITAS, "Jumlah laporan keuangan dan laporan barang milik daerah yang disusun",
                  4, 0, "laporan"),
             IKI_LESS (BIAYA, "Biaya penyediaan jasa penunjang urusan pemerintahan daerah",
                       1500000000, 500000000, "rupiah")),
      UTAMA ("Meningkatnya kualitas layanan administrasi umum dan kepegawaian {opd}",
             "tata kelola",
             IKI (KUALITAS, "Indeks kepuasan pegawai terhadap layanan kesekretariatan",
                  85, 4, "indeks"),
             IKI_LESS (WAKTU, "Waktu penyelesaian usulan layanan kepegawaian", 3, 0, "hari")) },
    { "Anggaran DPA Sekretariat {opd} Tahun {tahun}", "Aplikasi SIPD-RI dan SIASN",
      "Pegawai pada Sekretariat {opd}" } },
  { "Analis Kebijakan", NULL,
    { UTAMA ("Tersusunnya rekomendasi kebijakan pendidikan menengah dan kebudayaan berbasis data",
             "perencanaan",
             IKI (KUANTITAS, "Jumlah policy brief dan telaahan staf yang disusun", 6, 2, "dokumen"),
             IKI (KUALITAS, "Persentase rekomendasi kebijakan yang ditindaklanjuti pimpinan",
                  70, 10, "%"),
             IKI_LESS (WAKTU, "Waktu penyelesaian telaahan staf sejak disposisi diterima",
                       5, 0, "hari")),
      UTAMA ("Tersusunnya evaluasi capaian Renstra {opd} 2025–2029", "pelaporan",
             IKI (KUANTITAS, "Jumlah dokumen evaluasi Renstra yang disusun", 1, 0, "dokumen"),
             IKI (KUALITAS, "Persentase indikator Renstra yang dianalisis capaiannya",
                  100, 0, "%")) },
    { "Data Dapodik, Rapor Pendidikan dan statistik kebudayaan",
      "Rencana Strategis {opd} 2025–2029",
      "Akses jurnal dan publikasi kebijakan pendidikan" } },
  { "Kepala Subbagian Umum dan Kepegawaian", NULL,
    { UTAMA ("Terlaksananya layanan administrasi kepegawaian {opd} yang tertib dan tepat waktu",
             "kepegawaian",
             IKI (KUANTITAS, "Jumlah usulan layanan kepegawaian (kenaikan pangkat, gaji berkala, "
                             "cuti, pensiun) yang diproses", 240, 40, "usulan"),
             IKI (KUALITAS, "Persentase usulan kepegawaian yang diterima BKD tanpa perbaikan",
                  95, 0, "%"),
             IKI_LESS (WAKTU, "Waktu penyelesaian usulan kenaikan gaji berkala", 3, 0, "hari")),
      UTAMA ("Terselenggaranya layanan umum, persuratan dan kearsipan {opd} yang tertib",
             "administrasi umum",
             IKI (KUANTITAS, "Jumlah naskah dinas yang diagendakan dan didistribusikan",
                  3600, 400, "naskah"),
             IKI (KUALITAS, "Persentase arsip aktif yang tertata sesuai klasifikasi arsip",
                  90, 5, "%")),
      TAMBAHAN ("Terlaksananya pengelolaan kinerja pegawai {opd} melalui aplikasi Kinerja",
                "kepegawaian",
                IKI (KUALITAS, "Persentase pegawai yang SKP {tahun}-nya disetujui sebelum akhir "
                               "Januari", 100, 0, "%")) },
    { "Anggaran DPA Sekretariat Tahun {tahun}", "Aplikasi SIASN BKN dan aplikasi Kinerja",
      "Ruang arsip dan sarana kearsipan" } },
  { "Analis Kepegawaian", "Mutasi",
    { UTAMA ("Terverifikasinya usulan kenaikan pangkat dan pemindahan ASN secara tepat waktu",
             "kenaikan pangkat",
             IKI (KUANTITAS, "Jumlah usulan kenaikan pangkat yang diverifikasi pada SIASN",
                  1200, 200, "usulan"),
             IKI (KUALITAS, "Persentase usulan yang disetujui BKN tanpa perbaikan", 95, 0, "%"),
             IKI_LESS (WAKTU, "Waktu verifikasi berkas usulan kenaikan pangkat", 2, 0, "hari")),
      UTAMA ("Tersusunnya rancangan keputusan pemindahan ASN antarperangkat daerah",
             "mutasi dan promosi",
             IKI (KUANTITAS, "Jumlah rancangan keputusan pemindahan yang disusun",
                  250, 50, "rancangan"),
             IKI (KUALITAS, "Persentase rancangan keputusan yang ditandatangani tanpa perbaikan",
                  95, 0, "%")) },
    { "Aplikasi SIASN BKN", "Peta jabatan dan formasi perangkat daerah",
      "Arsip keputusan kepegawaian" } },
  { "Analis Kepegawaian", NULL,
    { UTAMA ("Tersusunnya usulan kenaikan pangkat dan kenaikan gaji berkala pegawai yang lengkap "
             "dan tepat waktu", "administrasi kepegawaian",
             IKI (KUANTITAS, "Jumlah usulan kenaikan pangkat dan kenaikan gaji berkala yang "
                             "disusun", 120, 20, "usulan"),
             IKI (KUALITAS, "Persentase usulan yang lengkap tanpa pengembalian berkas", 95, 0, "%"),
             IKI_LESS (WAKTU, "Waktu penyusunan berkas usulan sejak data pegawai lengkap",
                       2, 0, "hari")),
      UTAMA ("Termutakhirnya data kepegawaian pegawai {opd} pada SIASN", "administrasi kepegawaian",
             IKI (KUANTITAS, "Jumlah data pegawai yang dimutakhirkan pada SIASN", 250, 50, "data"),
             IKI (KUALITAS, "Persentase kesesuaian data SIASN dengan dokumen kepegawaian",
                  98, 0, "%")),
      UTAMA ("Tersusunnya rekapitulasi SKP dan evaluasi kinerja pegawai {opd}",
             "pengelolaan kinerja",
             IKI (KUANTITAS, "Jumlah rekapitulasi evaluasi kinerja triwulanan dan tahunan yang "
                             "disusun", 5, 0, "laporan"),
             IKI (KUALITAS, "Persentase pegawai yang tercatat lengkap dalam rekapitulasi",
                  100, 0, "%")) },
    { "Aplikasi SIASN BKN", "Aplikasi Kinerja", "Arsip dokumen kepegawaian (DRH, SK, SKP)" } },
  { "Pengadministrasi Umum", NULL,
    { UTAMA ("Tertatanya administrasi persuratan masuk dan keluar {opd}", "persuratan",
             IKI (KUANTITAS, "Jumlah surat masuk dan keluar yang diagendakan", 3000, 300, "surat"),
             IKI (KUALITAS, "Persentase surat yang tercatat pada aplikasi tata naskah dinas "
                            "elektronik", 100, 0, "%"),
             IKI_LESS (WAKTU, "Waktu penyampaian surat masuk kepada pejabat tujuan", 1, 0, "hari")),
      UTAMA ("Terlaksananya penyediaan alat tulis kantor dan perlengkapan kerja pegawai",
             "layanan umum",
             IKI (KUANTITAS, "Jumlah permintaan alat tulis kantor dan perlengkapan yang dilayani",
                  150, 30, "permintaan"),
             IKI_LESS (WAKTU, "Waktu pemenuhan permintaan perlengkapan kerja", 2, 0, "hari")) },
    { "Aplikasi tata naskah dinas elektronik (TNDE)", "Buku agenda dan lemari arsip",
      "Anggaran DPA Sekretariat Tahun {tahun}" } },
  { "Arsiparis", "Mutasi",
    { UTAMA ("Tertatanya arsip keputusan mutasi, promosi dan kepangkatan ASN Pemerintah Provinsi "
             "Lampung", "mutasi dan promosi",
             IKI (KUANTITAS, "Jumlah berkas arsip kepegawaian yang ditata dan dialihmediakan",
                  2000, 400, "berkas"),
             IKI (KUALITAS, "Persentase arsip keputusan yang terdigitalisasi", 85, 5, "%")),
      UTAMA ("Terlayaninya permintaan salinan arsip kepegawaian ASN", "kenaikan pangkat",
             IKI (KUANTITAS, "Jumlah permintaan salinan arsip yang dilayani",
                  300, 50, "permintaan"),
             IKI_LESS (WAKTU, "Waktu layanan salinan arsip sejak permintaan diterima",
                       1, 0, "hari")) },
    { "Aplikasi SRIKANDI", "Ruang arsip dan pemindai dokumen",
      "Jadwal Retensi Arsip Kepegawaian" } },
  { "Arsiparis", NULL,
    { UTAMA ("Tertatanya arsip dinamis aktif dan inaktif {opd} sesuai klasifikasi arsip",
             "kearsipan",
             IKI (KUANTITAS, "Jumlah berkas arsip yang dideskripsi dan ditata",
                  1200, 200, "berkas"),
             IKI (KUALITAS, "Persentase permintaan peminjaman arsip yang terlayani", 100, 0, "%")),
      UTAMA ("Tersusunnya daftar arsip inaktif dan usul musnah arsip {opd}", "kearsipan",
             IKI (KUANTITAS, "Jumlah daftar arsip inaktif dan usul musnah yang disusun",
                  2, 0, "dokumen"),
             IKI_LESS (WAKTU, "Waktu penemuan kembali arsip yang diminta", 15, 0, "menit")) },
    { "Aplikasi SRIKANDI", "Ruang penyimpanan arsip (records center)",
      "Jadwal Retensi Arsip {opd}" } },
  { "Pranata Komputer", "Umum dan Kepegawaian",
    { UTAMA ("Terpeliharanya perangkat komputer dan jaringan internet {opd} yang berfungsi baik",
             "layanan umum",
             IKI (KUANTITAS, "Jumlah perangkat komputer, printer dan jaringan yang dipelihara",
                  85, 15, "unit"),
             IKI (KUALITAS, "Persentase ketersediaan jaringan internet kantor", 98, 0, "%"),
             IKI_LESS (WAKTU, "Waktu penanganan gangguan perangkat dan jaringan", 4, 0, "jam")),
      UTAMA ("Terlaksananya dukungan teknis aplikasi kepegawaian dan aplikasi Kinerja bagi pegawai",
             "pengelolaan kinerja",
             IKI (KUANTITAS, "Jumlah permintaan bantuan aplikasi yang diselesaikan",
                  200, 50, "permintaan"),
             IKI (KUALITAS, "Persentase akun pegawai yang aktif pada aplikasi Kinerja",
                  100, 0, "%")) },
    { "Perangkat jaringan dan server kantor", "Anggaran pemeliharaan TIK Tahun {tahun}",
      "Aplikasi Kinerja" } },
  { "Pranata Komputer", "Perencanaan",
    { UTAMA ("Tersedianya sistem informasi pelaporan kinerja dan dasbor data pendidikan {opd}",
             "laporan kinerja",
             IKI (KUANTITAS, "Jumlah modul aplikasi yang dikembangkan atau diperbarui",
                  3, 1, "modul"),
             IKI (KUALITAS, "Persentase ketersediaan layanan aplikasi (uptime)", 98, 1, "%"),
             IKI_LESS (WAKTU, "Waktu penanganan permintaan perbaikan aplikasi", 2, 0, "hari")),
      UTAMA ("Terjaminnya keamanan dan cadangan data sistem informasi {opd}", "laporan kinerja",
             IKI (KUANTITAS, "Jumlah laporan pencadangan dan pemantauan keamanan data",
                  12, 0, "laporan"),
             IKI (KUALITAS, "Persentase pencadangan data yang berhasil dipulihkan saat uji",
                  100, 0, "%")) },
    { "Server dan pusat data Diskominfotik", "Data Dapodik dan Rapor Pendidikan",
      "Anggaran DPA Sekretariat Tahun {tahun}" } },
  { "Pranata Komputer", NULL,
    { UTAMA ("Tersedianya layanan aplikasi kepegawaian dan jaringan internal {opd} yang andal",
             "administrasi umum",
             IKI (KUANTITAS, "Jumlah layanan aplikasi kepegawaian yang dipelihara",
                  6, 0, "aplikasi"),
             IKI (KUALITAS, "Persentase ketersediaan layanan aplikasi dan jaringan", 98, 1, "%"),
             IKI_LESS (WAKTU, "Waktu pemulihan layanan saat terjadi gangguan", 4, 0, "jam")),
      UTAMA ("Terintegrasinya data kepegawaian daerah dengan SIASN BKN", "administrasi umum",
             IKI (KUALITAS, "Persentase data ASN daerah yang sinkron dengan SIASN", 98, 0, "%"),
             IKI (KUANTITAS, "Jumlah laporan sinkronisasi data yang disusun", 12, 0, "laporan")) },
    { "Server aplikasi kepegawaian", "Akses integrasi SIASN BKN",
      "Anggaran DPA Sekretariat {opd} Tahun {tahun}" } },
  { "Operator Layanan Operasional", "Negeri",
    { UTAMA ("Termutakhirnya data peserta didik, pendidik dan sarana prasarana {unit} pada Dapodik",
             "pengelolaan",
             IKI (KUANTITAS, "Jumlah sinkronisasi Dapodik yang dilaksanakan", 12, 0, "kali"),
             IKI (KUALITAS, "Persentase data peserta didik yang valid pada Dapodik", 100, 0, "%")),
      UTAMA ("Terlaksananya layanan administrasi persuratan dan ketatausahaan {unit}",
             "pengelolaan",
             IKI (KUANTITAS, "Jumlah surat keterangan dan legalisasi yang dilayani",
                  400, 50, "dokumen"),
             IKI_LESS (WAKTU, "Waktu layanan surat keterangan peserta didik", 1, 0, "hari")) },
    { "Aplikasi Dapodik", "Komputer dan jaringan internet sekolah", "Dana BOSP {unit}" } },
  { "Operator Layanan Operasional", "Kesenian",
    { UTAMA ("Terlaksananya dukungan operasional pergelaran dan latihan seni", "pergelaran",
             IKI (KUANTITAS, "Jumlah pergelaran dan latihan yang didukung penyiapan sarananya",
                  24, 4, "kegiatan"),
             IKI (KUALITAS, "Persentase peralatan kesenian dalam kondisi siap pakai", 90, 5, "%")),
      UTAMA ("Terpeliharanya peralatan dan kostum kesenian milik {unit}", "sanggar",
             IKI (KUANTITAS, "Jumlah peralatan dan kostum kesenian yang diinventarisasi dan "
                             "dirawat", 150, 30, "buah")) },
    { "Gudang peralatan kesenian", "Kendaraan operasional Bidang Kebudayaan" } },
  { "Operator Layanan Operasional", NULL,
    { UTAMA ("Terlaksananya layanan kebersihan dan kerapian ruang kerja {opd}", "layanan umum",
             IKI (KUANTITAS, "Jumlah ruang kerja dan ruang rapat yang dibersihkan setiap hari",
                  14, 2, "ruang"),
             IKI (KUALITAS, "Persentase hari kerja dengan laporan kebersihan harian", 100, 0, "%")),
      UTAMA ("Terlaksananya dukungan operasional rapat dan kegiatan kantor", "layanan umum",
             IKI (KUANTITAS, "Jumlah rapat dan kegiatan yang disiapkan sarananya",
                  120, 20, "kegiatan"),
             IKI (WAKTU, "Persentase ruang rapat yang siap paling lambat 30 menit sebelum rapat "
                         "dimulai", 100, 0, "%")) },
    { "Peralatan kebersihan dan perlengkapan rapat", "Anggaran DPA Sekretariat Tahun {tahun}" } },
  { "Kepala Subbagian Keuangan", NULL,
    { UTAMA ("Terlaksananya penatausahaan keuangan {opd} yang tertib dan akuntabel", "keuangan",
             IKI (KUANTITAS, "Jumlah SPM dan SP2D yang diverifikasi", 900, 100, "dokumen"),
             IKI (KUALITAS, "Persentase SPJ yang lolos verifikasi tanpa koreksi", 90, 5, "%"),
             IKI_LESS (WAKTU, "Waktu verifikasi SPJ kegiatan", 3, 0, "hari")),
      UTAMA ("Terkelolanya barang milik daerah {opd} secara tertib administrasi", "aset",
             IKI (KUANTITAS, "Jumlah laporan barang milik daerah yang disusun", 3, 0, "laporan"),
             IKI (KUALITAS, "Persentase barang milik daerah yang tercatat sesuai hasil "
                            "inventarisasi", 95, 0, "%")),
      TAMBAHAN ("Terlaksananya tindak lanjut rekomendasi pemeriksaan BPK atas keuangan {opd}",
                "keuangan",
                IKI (KUALITAS, "Persentase rekomendasi BPK yang selesai ditindaklanjuti",
                     100, 0, "%")) },
    { "Aplikasi SIPD-RI penatausahaan", "Aplikasi SIMDA BMD",
      "Anggaran DPA Sekretariat Tahun {tahun}" } },
  { "Pengelola Keuangan", NULL,
    { UTAMA ("Tersusunnya dokumen permintaan dan perintah pembayaran (SPP-SPM) {opd} yang "
             "lengkap dan tepat waktu", "keuangan",
             IKI (KUANTITAS, "Jumlah SPP-SPM yang disusun", 450, 50, "dokumen"),
             IKI (KUALITAS, "Persentase SPP-SPM yang diterbitkan SP2D tanpa pengembalian",
                  95, 0, "%"),
             IKI_LESS (WAKTU, "Waktu penyusunan SPM sejak berkas lengkap", 2, 0, "hari")),
      UTAMA ("Terlaksananya pembukuan dan rekonsiliasi kas bendahara pengeluaran {opd}", "keuangan",
             IKI (KUANTITAS, "Jumlah rekonsiliasi kas bulanan yang dilaksanakan", 12, 0, "laporan"),
             IKI (KUALITAS, "Persentase selisih kas yang dapat dijelaskan", 100, 0, "%")) },
    { "Aplikasi SIPD-RI penatausahaan", "Rekening kas bendahara pengeluaran",
      "Anggaran DPA {opd} Tahun {tahun}" } },
  { "Penyusun Laporan Keuangan", NULL,
    { UTAMA ("Tersusunnya laporan keuangan {opd} Tahun Anggaran {tahun_lalu} sesuai Standar "
             "Akuntansi Pemerintahan", "penatausahaan",
             IKI (KUANTITAS, "Jumlah laporan keuangan semesteran dan tahunan yang disusun",
                  2, 0, "laporan"),
             IKI_LESS (KUALITAS, "Jumlah koreksi BPKAD atas laporan keuangan", 5, 0, "koreksi")),
      UTAMA ("Terlaksananya rekonsiliasi belanja dan pendapatan {opd} dengan BPKAD",
             "penatausahaan",
             IKI (KUANTITAS, "Jumlah rekonsiliasi yang dilaksanakan", 12, 0, "kali"),
             IKI (WAKTU, "Persentase rekonsiliasi yang selesai sebelum tanggal 10 bulan berikutnya",
                  100, 0, "%")),
      TAMBAHAN ("Tersusunnya bahan tindak lanjut temuan pemeriksaan BPK", "pemeriksaan BPK",
                IKI (KUANTITAS, "Jumlah dokumen tindak lanjut yang disusun", 4, 0, "dokumen")) },
    { "Aplikasi SIPD-RI akuntansi dan pelaporan", "Buletin Teknis Standar Akuntansi Pemerintahan",
      "Laporan hasil pemeriksaan BPK Tahun {tahun_lalu}" } },
  { "Pengelola Barang Milik Daerah", NULL,
    { UTAMA ("Terinventarisasinya barang milik daerah {opd} secara akurat", "barang milik daerah",
             IKI (KUANTITAS, "Jumlah barang milik daerah yang diinventarisasi dan diberi label",
                  1500, 250, "unit"),
             IKI (KUALITAS, "Persentase kesesuaian Kartu Inventaris Barang dengan hasil "
                            "inventarisasi fisik", 95, 0, "%")),
      UTAMA ("Tersusunnya laporan barang pengguna semesteran dan tahunan {opd}",
             "barang milik daerah",
             IKI (KUANTITAS, "Jumlah laporan barang pengguna yang disusun", 3, 0, "laporan"),
             IKI_LESS (WAKTU, "Waktu penyampaian laporan barang pengguna setelah semester berakhir",
                       14, 0, "hari")) },
    { "Aplikasi SIMDA BMD", "Label aset dan alat pemindai kode batang",
      "Kendaraan operasional untuk inventarisasi" } },
  { "Kepala Subbagian Perencanaan", NULL,
    { UTAMA ("Tersusunnya dokumen perencanaan dan penganggaran {opd} Tahun {tahun_depan} yang "
             "selaras dengan RPJMD", "perencanaan",
             IKI (KUANTITAS, "Jumlah dokumen perencanaan dan penganggaran yang disusun (Renja, "
                             "RKA, DPA)", 5, 0, "dokumen"),
             IKI (KUALITAS, "Persentase program dan kegiatan yang selaras dengan RPJMD Provinsi "
                            "Lampung", 100, 0, "%")),
      UTAMA ("Tersusunnya laporan kinerja dan evaluasi program {opd} yang tepat waktu", "pelaporan",
             IKI (KUANTITAS, "Jumlah laporan kinerja dan evaluasi program yang disusun",
                  5, 0, "laporan"),
             IKI_LESS (WAKTU, "Waktu penyampaian laporan evaluasi triwulanan setelah triwulan "
                              "berakhir", 10, 0, "hari")) },
    { "Aplikasi SIPD-RI perencanaan", "RPJMD Provinsi Lampung 2025–2029",
      "Anggaran DPA Sekretariat Tahun {tahun}" } },
  { "Penyusun Program Anggaran", NULL,
    { UTAMA ("Tersusunnya rancangan RKA sub kegiatan {opd} Tahun {tahun_depan} pada SIPD",
             "penganggaran",
             IKI (KUANTITAS, "Jumlah RKA sub kegiatan yang disusun dan diinput pada SIPD",
                  45, 5, "dokumen"),
             IKI (KUALITAS, "Persentase RKA yang lolos verifikasi TAPD tanpa revisi", 90, 5, "%")),
      UTAMA ("Tersusunnya laporan realisasi fisik dan keuangan bulanan {opd}", "laporan kinerja",
             IKI (KUANTITAS, "Jumlah laporan realisasi fisik dan keuangan yang disusun",
                  12, 0, "laporan"),
             IKI_LESS (WAKTU, "Waktu penyampaian laporan setelah akhir bulan", 5, 0, "hari")) },
    { "Aplikasi SIPD-RI perencanaan", "Standar harga satuan Pemerintah Provinsi Lampung",
      "Data realisasi dari bidang dan UPTD" } },

  /* Bidang pembinaan: SMA, SMK, pendidikan khusus */
  { "Kepala Bidang Pembinaan SMA", NULL,
    { UTAMA ("Meningkatnya mutu pembelajaran dan asesmen pada satuan pendidikan SMA",
             "pendidikan menengah",
             IKI (KUANTITAS, "Jumlah SMA yang didampingi implementasi kurikulum dan pembelajaran "
                             "mendalam", 120, 20, "sekolah"),
             IKI (KUALITAS, "Persentase SMA dengan capaian literasi dan numerasi Rapor Pendidikan "
                            "kategori baik", 70, 5, "%"),
             IKI_LESS (BIAYA, "Biaya pendampingan implementasi kurikulum SMA",
                       1500000000, 0, "rupiah")),
      UTAMA ("Meningkatnya karakter dan prestasi peserta didik SMA", "pendidikan menengah",
             IKI (KUANTITAS, "Jumlah prestasi peserta didik SMA tingkat nasional dan internasional",
                  25, 5, "prestasi"),
             IKI (KUALITAS, "Persentase SMA dengan indeks iklim keamanan sekolah kategori baik",
                  80, 5, "%")),
      UTAMA ("Meningkatnya tata kelola dan mutu layanan satuan pendidikan SMA",
             "pendidikan menengah",
             IKI (KUALITAS, "Persentase SMA negeri terakreditasi A", 70, 5, "%"),
             IKI_LESS (WAKTU, "Waktu penerbitan rekomendasi pindah sekolah peserta didik",
                       3, 0, "hari")) },
    { "Anggaran DPA Bidang Pembinaan SMA Tahun {tahun}", "Aplikasi Dapodik dan Rapor Pendidikan",
      "Pengawas sekolah dan tim pendamping kurikulum" } },
  { "Kepala Bidang Pembinaan SMK", NULL,
    { UTAMA ("Meningkatnya mutu pembelajaran dan asesmen pada satuan pendidikan SMK",
             "pendidikan menengah",
             IKI (KUANTITAS, "Jumlah SMK yang didampingi implementasi kurikulum dan pembelajaran "
                             "mendalam", 90, 10, "sekolah"),
             IKI (KUALITAS, "Persentase SMK dengan capaian literasi dan numerasi Rapor Pendidikan "
                            "kategori baik", 60, 5, "%")),
      UTAMA ("Meningkatnya relevansi lulusan SMK dengan kebutuhan dunia usaha dan dunia industri",
             "relevansi",
             IKI (KUALITAS, "Persentase lulusan SMK yang bekerja, berwirausaha atau melanjutkan "
                            "studi", 70, 4, "%"),
             IKI (KUANTITAS, "Jumlah kerja sama SMK dengan dunia usaha dan dunia industri yang "
                             "difasilitasi", 150, 30, "naskah kerja sama"),
             IKI_LESS (BIAYA, "Biaya fasilitasi uji kompetensi keahlian peserta didik SMK",
                       2250000000, 250000000, "rupiah")),
      UTAMA ("Meningkatnya karakter dan prestasi peserta didik SMK", "pendidikan menengah",
             IKI (KUANTITAS, "Jumlah medali Lomba Kompetensi Siswa tingkat nasional",
                  6, 2, "medali"),
             IKI (KUALITAS, "Persentase SMK dengan indeks iklim keamanan sekolah kategori baik",
                  78, 4, "%")) },
    { "Anggaran DPA Bidang Pembinaan SMK Tahun {tahun}", "Aplikasi Dapodik dan Rapor Pendidikan",
      "Jejaring mitra dunia usaha dan dunia industri" } },
  { "Kepala Bidang Pembinaan Pendidikan Khusus", NULL,
    { UTAMA ("Meningkatnya akses layanan pendidikan bagi peserta didik berkebutuhan khusus",
             "pendidikan khusus",
             IKI (KUANTITAS, "Jumlah peserta didik berkebutuhan khusus yang terlayani di SLB "
                             "negeri", 1850, 100, "orang"),
             IKI (KUALITAS, "Persentase SLB negeri yang memenuhi standar sarana dan prasarana",
                  70, 5, "%")),
      UTAMA ("Meningkatnya mutu pembelajaran pada SLB dan sekolah penyelenggara pendidikan "
             "inklusif", "pendidikan khusus",
             IKI (KUANTITAS, "Jumlah guru pembimbing khusus yang mengikuti peningkatan kompetensi",
                  120, 20, "orang"),
             IKI (KUALITAS, "Persentase SLB dengan capaian literasi Rapor Pendidikan yang "
                            "meningkat", 60, 5, "%"),
             IKI_LESS (BIAYA, "Biaya bimbingan teknis guru pendidikan khusus",
                       650000000, 0, "rupiah")) },
    { "Anggaran DPA Bidang Pembinaan Pendidikan Khusus Tahun {tahun}",
      "Data Dapodik SLB dan sekolah inklusif", "Unit Layanan Disabilitas bidang pendidikan" } },
  { "Pengawas Sekolah", NULL,
    { UTAMA ("Meningkatnya mutu pembelajaran pada {jenjang} binaan melalui supervisi akademik dan "
             "pendampingan", "pembelajaran",
             IKI (KUANTITAS, "Jumlah {jenjang} binaan yang disupervisi", 10, 0, "sekolah"),
             IKI (KUANTITAS, "Jumlah guru yang memperoleh pendampingan pembelajaran",
                  60, 10, "orang"),
             IKI (KUALITAS, "Persentase sekolah binaan dengan capaian Rapor Pendidikan yang "
                            "meningkat", 60, 10, "%")),
      UTAMA ("Meningkatnya kinerja kepala {jenjang} binaan dalam pengelolaan satuan pendidikan",
             "tata kelola",
             IKI (KUANTITAS, "Jumlah kepala sekolah yang didampingi penyusunan RKAS berbasis data",
                  10, 0, "orang"),
             IKI (KUALITAS, "Persentase sekolah binaan yang menyelesaikan evaluasi diri sekolah",
                  100, 0, "%")) },
    { "Rapor Pendidikan sekolah binaan", "Instrumen supervisi akademik dan manajerial",
      "Biaya perjalanan dinas pengawasan Tahun {tahun}" } },
  { "Kepala Seksi Kurikulum dan Penilaian", NULL,
    { UTAMA ("Terlaksananya pendampingan implementasi kurikulum dan pembelajaran mendalam pada "
             "{jenjang}", "pembelajaran",
             IKI (KUANTITAS, "Jumlah {jenjang} yang didampingi penyusunan kurikulum operasional "
                             "satuan pendidikan", 40, 10, "sekolah"),
             IKI (KUALITAS, "Persentase {jenjang} negeri yang memiliki kurikulum operasional "
                            "tervalidasi", 90, 5, "%")),
      UTAMA ("Terlaksananya asesmen dan pemanfaatan Rapor Pendidikan {jenjang} untuk perencanaan "
             "berbasis data", "asesmen",
             IKI (KUANTITAS, "Jumlah {jenjang} yang didampingi perencanaan berbasis data",
                  60, 10, "sekolah"),
             IKI_LESS (WAKTU, "Waktu penyampaian analisis hasil asesmen kepada sekolah",
                       30, 0, "hari")),
      TAMBAHAN_ONLY (SMK, "Terlaksananya penyelarasan kurikulum SMK dengan dunia usaha dan dunia "
                     "industri", "relevansi",
                     IKI (KUANTITAS, "Jumlah program keahlian yang kurikulumnya diselaraskan "
                                     "bersama mitra industri", 12, 4, "program keahlian")),
      TAMBAHAN_ONLY (SMA, "Terlaksananya tugas sebagai narasumber bimbingan teknis pembelajaran "
                     "mendalam", "pembelajaran",
                     IKI (KUANTITAS, "Jumlah kegiatan bimbingan teknis sebagai narasumber",
                          4, 2, "kegiatan")) },
    { "Anggaran DPA {bidang} Tahun {tahun}", "Rapor Pendidikan {jenjang} Provinsi Lampung",
      "Tim pengembang kurikulum provinsi" } },
  { "Penelaah Teknis Kebijakan", "Pendidikan Khusus",
    { UTAMA ("Tersusunnya telaahan kebijakan layanan pendidikan inklusif di Provinsi Lampung",
             "kurikulum adaptif",
             IKI (KUANTITAS, "Jumlah telaahan kebijakan yang disusun", 4, 2, "dokumen"),
             IKI (KUALITAS, "Persentase telaahan yang dijadikan bahan kebijakan bidang",
                  75, 10, "%")),
      UTAMA ("Tersusunnya rekapitulasi hasil asesmen peserta didik berkebutuhan khusus", "asesmen",
             IKI (KUANTITAS, "Jumlah rekapitulasi hasil asesmen yang disusun", 4, 0, "laporan"),
             IKI_LESS (WAKTU, "Waktu penyusunan rekapitulasi setelah asesmen selesai",
                       7, 0, "hari")) },
    { "Data Dapodik SLB", "Regulasi pendidikan inklusif dan akomodasi yang layak" } },
  { "Penelaah Teknis Kebijakan", NULL,
    { UTAMA ("Tersusunnya telaahan kebijakan teknis implementasi kurikulum {jenjang}", "kurikulum",
             IKI (KUANTITAS, "Jumlah telaahan dan rancangan petunjuk teknis yang disusun",
                  6, 2, "dokumen"),
             IKI (KUALITAS, "Persentase telaahan yang diterima Kepala Seksi tanpa perbaikan mayor",
                  85, 5, "%")),
      UTAMA ("Terlaksananya verifikasi dokumen kurikulum operasional {jenjang}", "kurikulum",
             IKI (KUANTITAS, "Jumlah dokumen kurikulum operasional sekolah yang diverifikasi",
                  40, 10, "dokumen"),
             IKI_LESS (WAKTU, "Waktu verifikasi per dokumen kurikulum", 5, 0, "hari")) },
    { "Regulasi kurikulum dan asesmen Kemendikdasmen", "Aplikasi Rapor Pendidikan" } },
  { "Pengolah Data dan Informasi", "Kinerja",
    { UTAMA ("Tersedianya rekapitulasi data SKP dan capaian kinerja ASN Pemerintah Provinsi "
             "Lampung", "penilaian kinerja",
             IKI (KUANTITAS, "Jumlah rekapitulasi data SKP per OPD yang diolah", 41, 0, "rekap"),
             IKI (KUALITAS, "Persentase kesesuaian data capaian kinerja dengan e-Kinerja BKN",
                  98, 0, "%")),
      UTAMA ("Tersajinya dasbor predikat kinerja pegawai bagi pimpinan", "penilaian kinerja",
             IKI (KUANTITAS, "Jumlah pemutakhiran dasbor yang dilakukan", 4, 0, "kali"),
             IKI_LESS (WAKTU, "Waktu penyajian data atas permintaan pimpinan", 1, 0, "hari")) },
    { "Aplikasi e-Kinerja BKN", "Aplikasi Kinerja", "Komputer pengolah data" } },
  { "Pengolah Data dan Informasi", NULL,
    { UTAMA ("Tersedianya data hasil Asesmen Nasional dan Rapor Pendidikan {jenjang} yang terolah",
             "asesmen",
             IKI (KUANTITAS, "Jumlah profil Rapor Pendidikan {jenjang} yang diolah",
                  150, 50, "sekolah"),
             IKI (KUALITAS, "Persentase data hasil asesmen yang tervalidasi", 100, 0, "%")),
      UTAMA ("Termutakhirnya data satuan pendidikan {jenjang} sasaran pendampingan kurikulum",
             "kurikulum",
             IKI (KUANTITAS, "Jumlah data satuan pendidikan yang dimutakhirkan",
                  480, 40, "sekolah"),
             IKI_LESS (WAKTU, "Waktu penyajian data atas permintaan pimpinan", 1, 0, "hari")) },
    { "Aplikasi Dapodik dan Rapor Pendidikan", "Komputer pengolah data",
      "Anggaran DPA {bidang} Tahun {tahun}" } },
  { "Kepala Seksi Peserta Didik", NULL,
    { UTAMA ("Meningkatnya partisipasi peserta didik {jenjang} dalam penguatan karakter dan "
             "kompetisi", "karakter",
             IKI (KUANTITAS, "Jumlah kegiatan kompetisi dan seleksi peserta didik {jenjang} "
                             "tingkat provinsi", 8, 2, "kegiatan"),
             IKI (KUALITAS, "Persentase {jenjang} yang mengirimkan peserta pada seleksi tingkat "
                            "provinsi", 85, 5, "%")),
      UTAMA ("Terlaksananya pembinaan kesiswaan dan pencegahan perundungan pada {jenjang}",
             "karakter",
             IKI (KUANTITAS, "Jumlah {jenjang} yang didampingi pembentukan Tim Pencegahan dan "
                             "Penanganan Kekerasan", 50, 10, "sekolah"),
             IKI_LESS (WAKTU, "Waktu tindak lanjut laporan kasus kekerasan di sekolah",
                       3, 0, "hari")) },
    { "Anggaran DPA {bidang} Tahun {tahun}", "Kanal pengaduan kekerasan di satuan pendidikan",
      "Jejaring pembina OSIS dan guru BK" } },
  { "Penata Layanan Operasional", NULL,
    { UTAMA ("Terlaksananya layanan administrasi seleksi dan pembinaan peserta didik berprestasi "
             "{jenjang}", "kompetisi",
             IKI (KUANTITAS, "Jumlah berkas peserta seleksi yang diverifikasi", 600, 100, "berkas"),
             IKI_LESS (WAKTU, "Waktu pengumuman hasil verifikasi berkas", 3, 0, "hari")),
      UTAMA ("Tersusunnya rekapitulasi penanganan kasus perundungan dan kekerasan di {jenjang}",
             "perundungan",
             IKI (KUANTITAS, "Jumlah laporan rekapitulasi yang disusun", 4, 0, "laporan"),
             IKI (KUALITAS, "Persentase laporan kasus yang tercatat lengkap dengan tindak "
                            "lanjutnya", 100, 0, "%")) },
    { "Aplikasi pendaftaran lomba peserta didik",
      "Kanal pengaduan kekerasan di satuan pendidikan" } },
  { "Pengadministrasi Perkantoran", "Sekretariat",
    { UTAMA ("Tertatanya administrasi persuratan dan agenda pimpinan {opd}", "administrasi umum",
             IKI (KUANTITAS, "Jumlah naskah dinas masuk dan keluar yang diagendakan",
                  2400, 300, "naskah"),
             IKI_LESS (WAKTU, "Waktu penyampaian disposisi kepada bidang tujuan", 1, 0, "hari")),
      UTAMA ("Terlaksananya layanan penerimaan tamu dan pengaduan kepegawaian", "administrasi umum",
             IKI (KUANTITAS, "Jumlah tamu dan pengaduan yang dicatat dan diteruskan",
                  1200, 200, "layanan"),
             IKI (KUALITAS, "Persentase pengaduan yang diteruskan ke bidang terkait pada hari yang "
                            "sama", 95, 0, "%")) },
    { "Aplikasi tata naskah dinas elektronik (TNDE)", "Meja layanan tamu",
      "Buku agenda pimpinan" } },
  { "Pengadministrasi Perkantoran", NULL,
    { UTAMA ("Tertatanya administrasi persuratan dan dokumentasi kegiatan {unit}",
             "pembinaan kesiswaan",
             IKI (KUANTITAS, "Jumlah surat dan naskah dinas yang diproses", 600, 100, "naskah"),
             IKI (KUALITAS, "Persentase dokumentasi kegiatan yang terarsip lengkap", 100, 0, "%")),
      UTAMA ("Terlaksananya dukungan administrasi kegiatan lomba dan pembinaan peserta didik "
             "{jenjang}", "kompetisi",
             IKI (KUANTITAS, "Jumlah kegiatan yang didukung administrasinya", 10, 2, "kegiatan"),
             IKI_LESS (WAKTU, "Waktu penyelesaian berkas pertanggungjawaban kegiatan",
                       5, 0, "hari")) },
    { "Aplikasi tata naskah dinas elektronik (TNDE)", "Anggaran DPA {bidang} Tahun {tahun}" } },

  /* Schools: kepala sekolah, teachers, laboratory staff */
  { "Kepala SM", NULL,
    { UTAMA ("Meningkatnya mutu pembelajaran dan capaian hasil belajar peserta didik {unit}",
             "pembelajaran",
             IKI (KUALITAS, "Persentase peserta didik yang mencapai kompetensi minimum literasi "
                            "dan numerasi", 80, 5, "%"),
             IKI (KUANTITAS, "Jumlah guru yang disupervisi akademik dua kali setahun",
                  40, 10, "orang"),
             IKI (KUALITAS, "Rata-rata nilai supervisi akademik guru", 85, 3, "nilai")),
      UTAMA_ONLY (SMK, "Meningkatnya keterserapan lulusan {unit} di dunia usaha, dunia industri "
                  "dan wirausaha", "relevansi",
                  IKI (KUALITAS, "Persentase lulusan yang bekerja, berwirausaha atau melanjutkan "
                                 "studi dalam satu tahun", 75, 5, "%"),
                  IKI (KUANTITAS, "Jumlah mitra dunia usaha dan dunia industri yang aktif bekerja "
                                  "sama", 30, 10, "mitra"),
                  IKI (KUALITAS, "Persentase peserta didik kelas XII yang lulus uji kompetensi "
                                 "keahlian", 90, 0, "%")),
      UTAMA ("Meningkatnya karakter dan prestasi peserta didik {unit}", "karakter",
             IKI (KUANTITAS, "Jumlah prestasi peserta didik tingkat provinsi dan nasional",
                  15, 5, "prestasi"),
             IKI (KUALITAS, "Persentase peserta didik tanpa pelanggaran tata tertib berat",
                  98, 0, "%")),
      UTAMA_ONLY (SMA, "Terwujudnya pengelolaan {unit} yang transparan dan akuntabel berbasis data",
                  "tata kelola",
                  IKI (KUALITAS, "Persentase realisasi dana BOSP sesuai RKAS", 98, 0, "%"),
                  IKI_LESS (WAKTU, "Waktu penyampaian laporan penggunaan dana BOSP setelah tahap "
                                   "berakhir", 10, 0, "hari")) },
    { "Dana BOSP dan BOSDA {unit} Tahun {tahun}", "Aplikasi Dapodik, ARKAS dan Rapor Pendidikan",
      "Pendidik dan tenaga kependidikan {unit}" } },
  { "Guru Ahli Pertama", NULL,
    { GURU_PEMBELAJARAN, GURU_HASIL_BELAJAR, GURU_KARAKTER, GURU_PKL,
      TAMBAHAN ("Terlaksananya pengembangan diri melalui komunitas belajar dan pelatihan "
                "pembelajaran mendalam", "pembelajaran",
                IKI (KUANTITAS, "Jumlah jam pelajaran pengembangan kompetensi yang diikuti",
                     20, 10, "JP")) },
    GURU_SUMBER },
  { "Guru Ahli Muda", NULL,
    { GURU_PEMBELAJARAN, GURU_HASIL_BELAJAR, GURU_KARAKTER, GURU_PKL,
      TAMBAHAN ("Terlaksananya tugas tambahan sebagai wali kelas dengan layanan bimbingan peserta "
                "didik yang optimal", "karakter",
                IKI (KUANTITAS, "Jumlah pertemuan dengan orang tua atau wali peserta didik",
                     4, 0, "kali"),
                IKI (KUALITAS, "Persentase peserta didik perwalian yang naik kelas",
                     100, 0, "%")) },
    GURU_SUMBER },
  { "Guru Ahli Madya", NULL,
    { GURU_PEMBELAJARAN, GURU_HASIL_BELAJAR, GURU_KARAKTER, GURU_PKL,
      UTAMA ("Terlaksananya pendampingan pembelajaran bagi guru sejawat melalui komunitas belajar "
             "{unit}", "pembelajaran",
             IKI (KUANTITAS, "Jumlah guru sejawat yang didampingi", 6, 2, "orang"),
             IKI (KUANTITAS, "Jumlah pertemuan komunitas belajar yang difasilitasi",
                  8, 2, "pertemuan")) },
    GURU_SUMBER },
  { "Pranata Laboratorium Pendidikan", NULL,
    { UTAMA ("Terkelolanya bengkel dan laboratorium praktik {unit} yang siap pakai dan aman",
             "pembelajaran",
             IKI (KUANTITAS, "Jumlah peralatan praktik yang dipelihara dan dikalibrasi",
                  120, 20, "unit"),
             IKI (KUALITAS, "Persentase jadwal praktikum yang terlayani sesuai rencana",
                  100, 0, "%")),
      UTAMA ("Tersusunnya laporan penggunaan bahan praktik dan inventaris laboratorium {unit}",
             "pembelajaran",
             IKI (KUANTITAS, "Jumlah laporan penggunaan bahan dan inventaris yang disusun",
                  12, 0, "laporan"),
             IKI_LESS (WAKTU, "Waktu penyiapan alat dan bahan sebelum praktikum", 1, 0, "hari")) },
    { "Bengkel dan laboratorium praktik {unit}", "Bahan praktik dari dana BOSP",
      "Alat pelindung diri dan perlengkapan K3" } },
  { "Pengembang Teknologi Pembelajaran", NULL,
    { UTAMA ("Tersedianya media pembelajaran digital yang aksesibel bagi peserta didik "
             "berkebutuhan khusus", "mutu pembelajaran",
             IKI (KUANTITAS, "Jumlah media pembelajaran digital aksesibel yang dikembangkan",
                  12, 4, "media"),
             IKI (KUALITAS, "Persentase media yang lolos uji keterbacaan oleh guru SLB",
                  90, 0, "%")),
      UTAMA ("Terlaksananya pelatihan pemanfaatan teknologi pembelajaran bagi guru SLB",
             "mutu pembelajaran",
             IKI (KUANTITAS, "Jumlah guru SLB yang dilatih memanfaatkan teknologi pembelajaran",
                  80, 20, "orang"),
             IKI (KUALITAS, "Persentase peserta pelatihan yang menghasilkan media ajar",
                  75, 10, "%")) },
    { "Studio produksi media pembelajaran", "Perangkat lunak pembaca layar dan teks ke suara",
      "Anggaran DPA Bidang Pembinaan Pendidikan Khusus Tahun {tahun}" } },
  { "Kepala Seksi Kurikulum dan Peserta Didik Pendidikan Khusus", NULL,
    { UTAMA ("Terlaksananya pendataan dan asesmen peserta didik berkebutuhan khusus di Provinsi "
             "Lampung", "akses",
             IKI (KUANTITAS, "Jumlah peserta didik berkebutuhan khusus yang diasesmen",
                  400, 50, "orang"),
             IKI (KUALITAS, "Persentase data peserta didik berkebutuhan khusus yang valid pada "
                            "Dapodik", 95, 0, "%")),
      UTAMA ("Tersusunnya kurikulum adaptif dan modul ajar bagi SLB", "mutu pembelajaran",
             IKI (KUANTITAS, "Jumlah modul ajar adaptif yang disusun bersama guru SLB",
                  24, 6, "modul"),
             IKI (KUALITAS, "Persentase SLB negeri yang menerapkan kurikulum adaptif",
                  80, 5, "%")) },
    { "Anggaran DPA Bidang Pembinaan Pendidikan Khusus Tahun {tahun}",
      "Instrumen asesmen peserta didik berkebutuhan khusus", "Data Dapodik SLB" } },

  /* Bidang Kebudayaan */
  { "Kepala Bidang Kebudayaan", NULL,
    { UTAMA ("Meningkatnya pelindungan dan pemanfaatan cagar budaya dan koleksi museum daerah",
             "kebudayaan",
             IKI (KUANTITAS, "Jumlah objek diduga cagar budaya yang dikaji untuk ditetapkan",
                  10, 2, "objek"),
             IKI (KUANTITAS, "Jumlah pengunjung Museum Negeri Provinsi Lampung Ruwa Jurai",
                  60000, 10000, "orang")),
      UTAMA ("Meningkatnya pembinaan dan pengembangan kesenian dan tradisi Lampung", "kebudayaan",
             IKI (KUANTITAS, "Jumlah sanggar seni dan komunitas budaya yang dibina",
                  40, 10, "sanggar"),
             IKI (KUALITAS, "Persentase kabupaten/kota yang berpartisipasi dalam pergelaran seni "
                            "provinsi", 100, 0, "%"),
             IKI_LESS (BIAYA, "Biaya penyelenggaraan pergelaran seni tradisi tingkat provinsi",
                       750000000, 0, "rupiah")) },
    { "Anggaran DPA Bidang Kebudayaan Tahun {tahun}", "Tim Ahli Cagar Budaya Provinsi Lampung",
      "UPTD Museum Negeri Provinsi Lampung Ruwa Jurai" } },
  { "Kepala Seksi Cagar Budaya", NULL,
    { UTAMA ("Terlaksananya pendataan, pengkajian dan pengusulan penetapan cagar budaya Provinsi "
             "Lampung", "cagar budaya",
             IKI (KUANTITAS, "Jumlah objek diduga cagar budaya yang didata dan dikaji",
                  15, 5, "objek"),
             IKI (KUANTITAS, "Jumlah rekomendasi penetapan cagar budaya yang diajukan kepada "
                             "Gubernur", 4, 2, "rekomendasi")),
      UTAMA ("Meningkatnya kualitas pengelolaan koleksi dan layanan Museum Negeri Provinsi Lampung "
             "Ruwa Jurai", "museum",
             IKI (KUANTITAS, "Jumlah pengunjung museum", 60000, 10000, "orang"),
             IKI (KUALITAS, "Persentase koleksi museum yang terdokumentasi secara digital",
                  60, 10, "%")) },
    { "Anggaran DPA Bidang Kebudayaan Tahun {tahun}", "Tim Ahli Cagar Budaya Provinsi Lampung",
      "Sistem Registrasi Nasional Cagar Budaya" } },
  { "Pamong Budaya", "Cagar",
    { UTAMA ("Tersusunnya kajian objek diduga cagar budaya dan berkas usulan penetapannya",
             "cagar budaya",
             IKI (KUANTITAS, "Jumlah kajian objek diduga cagar budaya yang disusun",
                  6, 2, "kajian"),
             IKI (KUALITAS, "Persentase kajian yang diterima Tim Ahli Cagar Budaya tanpa revisi "
                            "mayor", 80, 10, "%")),
      UTAMA ("Terlaksananya pemantauan kondisi cagar budaya yang telah ditetapkan", "cagar budaya",
             IKI (KUANTITAS, "Jumlah situs cagar budaya yang dipantau", 12, 4, "situs"),
             IKI_LESS (WAKTU, "Waktu penyampaian laporan pemantauan setelah kunjungan lapangan",
                       7, 0, "hari")) },
    { "Sistem Registrasi Nasional Cagar Budaya", "Kamera, GPS dan peralatan dokumentasi lapangan",
      "Biaya perjalanan dinas pemantauan situs" } },
  { "Pengelola Koleksi Museum", NULL,
    { UTAMA ("Terkelolanya koleksi Museum Negeri Provinsi Lampung Ruwa Jurai secara "
             "terdokumentasi dan terawat", "museum",
             IKI (KUANTITAS, "Jumlah koleksi yang diregistrasi dan didigitalisasi",
                  800, 200, "koleksi"),
             IKI (KUALITAS, "Persentase koleksi dalam kondisi terawat", 95, 0, "%")),
      UTAMA ("Terlaksananya layanan edukasi dan pemanduan pengunjung museum", "museum",
             IKI (KUANTITAS, "Jumlah rombongan pengunjung yang dipandu", 120, 30, "rombongan"),
             IKI (KUALITAS, "Persentase pengunjung yang puas terhadap layanan pemanduan",
                  90, 0, "%")) },
    { "Ruang penyimpanan koleksi berpengatur suhu", "Aplikasi registrasi koleksi museum",
      "Bahan konservasi koleksi" } },
  { "Kepala Seksi Kesenian", NULL,
    { UTAMA ("Terlaksananya pembinaan sanggar seni dan pencatatan warisan budaya takbenda Lampung",
             "kesenian",
             IKI (KUANTITAS, "Jumlah sanggar seni yang dibina dan didata", 40, 10, "sanggar"),
             IKI (KUANTITAS, "Jumlah karya budaya yang diusulkan sebagai Warisan Budaya Takbenda "
                             "Indonesia", 5, 1, "karya")),
      UTAMA ("Terselenggaranya pergelaran dan festival seni tradisi Lampung", "kesenian",
             IKI (KUANTITAS, "Jumlah pergelaran seni tradisi yang diselenggarakan",
                  6, 2, "pergelaran"),
             IKI (KUALITAS, "Persentase kabupaten/kota yang mengirimkan duta seni", 100, 0, "%"),
             IKI_LESS (BIAYA, "Biaya penyelenggaraan pergelaran seni tradisi",
                       450000000, 0, "rupiah")) },
    { "Anggaran DPA Bidang Kebudayaan Tahun {tahun}",
      "Taman Budaya Lampung sebagai tempat pergelaran",
      "Data pokok kebudayaan daerah" } },
  { "Pamong Budaya", "Kesenian",
    { UTAMA ("Tersusunnya kajian dan berkas usulan Warisan Budaya Takbenda Lampung",
             "warisan budaya",
             IKI (KUANTITAS, "Jumlah kajian karya budaya takbenda yang disusun (tapis, sigeh "
                             "pengunten, cangget)", 5, 1, "kajian"),
             IKI (KUALITAS, "Persentase berkas usulan yang dinyatakan lengkap oleh kementerian",
                  100, 0, "%")),
      UTAMA ("Terlaksananya pendampingan sanggar seni dalam pelestarian seni tradisi", "sanggar",
             IKI (KUANTITAS, "Jumlah sanggar seni yang didampingi", 15, 5, "sanggar"),
             IKI (KUALITAS, "Persentase sanggar dampingan yang tampil dalam pergelaran provinsi",
                  60, 10, "%")) },
    { "Data pokok kebudayaan daerah", "Peralatan perekaman audio-visual",
      "Jejaring maestro seni dan tokoh adat" } },

  /* Badan Kepegawaian Daerah */
  { "Kepala Bidang Penilaian Kinerja", NULL,
    { UTAMA ("Meningkatnya kualitas perencanaan dan penilaian kinerja ASN Pemerintah Provinsi "
             "Lampung", "profesionalitas",
             IKI (KUANTITAS, "Jumlah OPD yang didampingi penyusunan SKP dan Matriks Peran Hasil",
                  41, 0, "OPD"),
             IKI (KUALITAS, "Persentase ASN yang SKP-nya disetujui tepat waktu", 95, 0, "%"),
             IKI_LESS (WAKTU, "Waktu rekapitulasi predikat kinerja setelah periode penilaian "
                              "berakhir", 14, 0, "hari")),
      UTAMA ("Terlaksananya pemberian penghargaan bagi ASN berprestasi dan berdedikasi",
             "profesionalitas",
             IKI (KUANTITAS, "Jumlah usulan tanda kehormatan Satyalancana Karya Satya yang "
                             "diverifikasi", 400, 100, "usulan"),
             IKI_LESS (BIAYA, "Biaya penyelenggaraan pemilihan ASN berprestasi tingkat provinsi",
                       350000000, 0, "rupiah")) },
    { "Anggaran DPA Bidang Penilaian Kinerja Aparatur dan Penghargaan Tahun {tahun}",
      "Aplikasi e-Kinerja BKN dan aplikasi Kinerja", "Pengelola kinerja pada setiap OPD" } },
  { "Analis Sumber Daya Manusia Aparatur Ahli Muda", "Kinerja",
    { UTAMA ("Tersusunnya analisis pola distribusi predikat kinerja pegawai per OPD",
             "penilaian kinerja",
             IKI (KUANTITAS, "Jumlah laporan analisis predikat kinerja yang disusun",
                  4, 0, "laporan"),
             IKI (KUALITAS, "Persentase OPD yang penetapan predikatnya sesuai pola distribusi",
                  90, 5, "%")),
      UTAMA ("Terlaksananya pembinaan pengelola kinerja pada perangkat daerah", "penilaian kinerja",
             IKI (KUANTITAS, "Jumlah pengelola kinerja OPD yang dibina", 82, 0, "orang"),
             IKI (KUALITAS, "Persentase peserta yang mampu menyusun Matriks Peran Hasil",
                  85, 5, "%")) },
    { "Aplikasi e-Kinerja BKN", "Data predikat kinerja seluruh OPD",
      "Ruang rapat dan sarana bimbingan teknis" } },
  { "Analis Sumber Daya Manusia Aparatur", "Kinerja",
    { UTAMA ("Terverifikasinya usulan Satyalancana Karya Satya ASN Pemerintah Provinsi Lampung",
             "penghargaan",
             IKI (KUANTITAS, "Jumlah usulan Satyalancana Karya Satya yang diverifikasi",
                  400, 50, "usulan"),
             IKI_LESS (WAKTU, "Waktu verifikasi per berkas usulan", 2, 0, "hari")),
      UTAMA ("Terlaksananya seleksi ASN berprestasi tingkat provinsi", "penghargaan",
             IKI (KUANTITAS, "Jumlah peserta seleksi yang dinilai", 60, 20, "orang"),
             IKI (KUALITAS, "Persentase tahapan seleksi yang terlaksana sesuai jadwal",
                  100, 0, "%")) },
    { "Aplikasi SIASN BKN", "Arsip riwayat hukuman disiplin ASN",
      "Anggaran DPA Bidang Penilaian Kinerja Aparatur dan Penghargaan Tahun {tahun}" } },
  { "Kepala Bidang Mutasi", NULL,
    { UTAMA ("Terlaksananya mutasi dan promosi ASN sesuai kompetensi, kualifikasi dan kebutuhan "
             "organisasi", "sistem merit",
             IKI (KUANTITAS, "Jumlah keputusan mutasi dan promosi yang diterbitkan",
                  600, 100, "keputusan"),
             IKI (KUALITAS, "Persentase jabatan administrator dan pengawas yang diisi melalui uji "
                            "kompetensi", 100, 0, "%"),
             IKI_LESS (BIAYA, "Biaya penyelenggaraan seleksi terbuka dan uji kompetensi",
                       850000000, 0, "rupiah")),
      UTAMA ("Meningkatnya kecepatan layanan kenaikan pangkat dan pemindahan ASN", "sistem merit",
             IKI (KUANTITAS, "Jumlah usulan kenaikan pangkat yang diproses", 2400, 300, "usulan"),
             IKI_LESS (WAKTU, "Waktu penyelesaian layanan kenaikan pangkat", 3, 0, "hari")) },
    { "Anggaran DPA Bidang Mutasi dan Promosi Tahun {tahun}", "Aplikasi SIASN BKN",
      "Peta jabatan dan hasil uji kompetensi" } },
  { "Analis Sumber Daya Manusia Aparatur", "Mutasi",
    { UTAMA ("Tersusunnya pemetaan talenta ASN sebagai dasar mutasi dan promosi",
             "mutasi dan promosi",
             IKI (KUANTITAS, "Jumlah profil talenta ASN yang dianalisis", 300, 50, "profil"),
             IKI (KUALITAS, "Persentase usulan mutasi yang sesuai hasil pemetaan talenta",
                  90, 5, "%")),
      UTAMA ("Terlaksananya uji kompetensi bagi calon pejabat administrator dan pengawas",
             "mutasi dan promosi",
             IKI (KUANTITAS, "Jumlah peserta uji kompetensi yang dinilai", 150, 30, "orang"),
             IKI_LESS (WAKTU, "Waktu penyampaian hasil uji kompetensi kepada Tim Penilai Kinerja "
                              "PNS", 7, 0, "hari")) },
    { "Aplikasi manajemen talenta", "Asesor kompetensi dan alat uji",
      "Anggaran DPA Bidang Mutasi dan Promosi Tahun {tahun}" } },

  /* Anyone else the demo may gain: a plain plan that supports the assessor's first RHK. */
  { "", NULL,
    { UTAMA ("Terlaksananya tugas {jabatan} pada {unit} secara tertib dan tepat waktu", NULL,
             IKI (KUANTITAS, "Jumlah laporan pelaksanaan tugas yang disusun", 12, 0, "laporan"),
             IKI (KUALITAS, "Persentase tugas yang diselesaikan sesuai arahan atasan",
                  95, 0, "%")) },
    { "Anggaran DPA {opd} Tahun {tahun}" } },
};

static const DemoSubject demo_subjects[] = {
  { "Bahasa Indonesia", FALSE, "Jumlah kegiatan literasi membaca dan menulis yang dibimbing", 8,
    "kegiatan", "Pojok baca kelas dan perpustakaan sekolah" },
  { "Sejarah", FALSE, "Jumlah kunjungan belajar ke situs sejarah dan museum daerah", 2, "kegiatan",
    "Museum Negeri Provinsi Lampung Ruwa Jurai sebagai sumber belajar" },
  { "Matematika", FALSE, "Jumlah laporan analisis asesmen diagnostik numerasi", 2, "laporan",
    "Aplikasi GeoGebra dan alat peraga matematika" },
  { "Fisika", FALSE, "Jumlah praktikum Fisika yang dilaksanakan di laboratorium", 8, "kegiatan",
    "Laboratorium Fisika" },
  { "Bahasa Inggris", FALSE, "Jumlah kegiatan English club dan presentasi berbahasa Inggris yang "
    "dibimbing", 6, "kegiatan", "Laboratorium bahasa" },
  { "Kimia", FALSE, "Jumlah praktikum Kimia yang dilaksanakan sesuai standar keselamatan "
    "laboratorium", 8, "kegiatan", "Laboratorium Kimia dan bahan praktikum" },
  { "Biologi", FALSE, "Jumlah praktikum dan pengamatan lapangan Biologi yang dilaksanakan", 8,
    "kegiatan", "Laboratorium Biologi dan kebun sekolah" },
  { "Ekonomi", FALSE, "Jumlah projek kewirausahaan peserta didik yang dibimbing", 2, "projek",
    "Koperasi siswa sebagai laboratorium ekonomi" },
  { "Pendidikan Jasmani, Olahraga dan Kesehatan", FALSE, "Jumlah tes kebugaran jasmani peserta "
    "didik yang dilaksanakan dan dilaporkan", 2, "laporan",
    "Lapangan olahraga dan peralatan PJOK" },
  { "Pendidikan Agama Islam dan Budi Pekerti", FALSE, "Jumlah kegiatan pembiasaan keagamaan "
    "(tadarus, salat duha) yang dibina", 36, "kegiatan", "Musala sekolah dan perlengkapan ibadah" },
  { "Informatika", FALSE, "Jumlah projek pemrograman dan berpikir komputasional yang dibimbing", 4,
    "projek", "Laboratorium komputer" },
  { "Pendidikan Pancasila", FALSE, "Jumlah kegiatan musyawarah dan simulasi demokrasi kelas yang "
    "difasilitasi", 4, "kegiatan", "Modul projek kewarganegaraan" },
  { "Teknik Kendaraan Ringan", TRUE, "Jumlah jobsheet praktik perawatan kendaraan ringan yang "
    "disusun", 16, "dokumen", "Bengkel otomotif dan kendaraan praktik" },
  { "Teknik Pemesinan", TRUE, "Jumlah jobsheet praktik bubut, frais dan CNC yang disusun", 16,
    "dokumen", "Bengkel pemesinan (mesin bubut, frais dan CNC)" },
  { "Akuntansi dan Keuangan Lembaga", TRUE, "Jumlah praktik siklus akuntansi dengan aplikasi "
    "akuntansi yang dilaksanakan", 6, "kegiatan", "Laboratorium akuntansi dan aplikasi akuntansi" },
  { "Teknik Komputer dan Jaringan", TRUE, "Jumlah praktik instalasi dan konfigurasi jaringan yang "
    "dibimbing", 10, "kegiatan", "Laboratorium jaringan komputer" },
  { "Desain Komunikasi Visual", TRUE, "Jumlah karya desain peserta didik yang dipamerkan atau "
    "dilombakan", 20, "karya", "Studio desain dan perangkat lunak desain grafis" },
};

static const DemoSubject other_subject = {
  "", FALSE, "Jumlah asesmen formatif yang dianalisis dan ditindaklanjuti", 8, "kali",
  "Perpustakaan sekolah"
};

/* Ekspektasi Khusus Pimpinan by group, in BerAKHLAK order; a second text (nullable) is the
 * alternative some people get. */
static const char *const demo_expectations[GROUP_N][KN_CORE_VALUE_N][2] = {
  [GROUP_JPT] = {
    { "Memastikan setiap layanan {opd} mudah diakses, cepat dan ditindaklanjuti sampai tuntas",
      NULL },
    { "Menyampaikan laporan kinerja dan keuangan {opd} kepada Gubernur tepat waktu", NULL },
    { "Memastikan setiap pejabat dan pegawai memperoleh pengembangan kompetensi minimal 20 JP",
      NULL },
    { "Menjaga suasana kerja yang saling menghargai di seluruh unit kerja", NULL },
    { "Melaksanakan kebijakan Gubernur dan menjaga nama baik Pemerintah Provinsi Lampung", NULL },
    { "Mendorong inovasi layanan dan pengambilan keputusan berbasis data", NULL },
    { "Membangun kerja sama dengan perangkat daerah lain, kabupaten/kota dan mitra", NULL },
  },
  [GROUP_ADMINISTRATOR] = {
    { "Menindaklanjuti permintaan layanan pemangku kepentingan paling lambat tiga hari kerja",
      NULL },
    { "Menyusun laporan pertanggungjawaban kegiatan {unit} tepat waktu setiap bulan", NULL },
    { "Membimbing pejabat pengawas dan staf agar target IKI {unit} tercapai", NULL },
    { "Membangun suasana kerja {unit} yang terbuka dan saling mendukung", NULL },
    { "Menjaga kerahasiaan data dan dokumen kedinasan", NULL },
    { "Menyesuaikan rencana kerja {unit} dengan cepat ketika kebijakan pusat berubah", NULL },
    { "Berkoordinasi aktif dengan bidang lain dan kabupaten/kota dalam pelaksanaan program", NULL },
  },
  [GROUP_PENGAWAS] = {
    { "Melayani permintaan informasi dan konsultasi dengan ramah dan memberi solusi pada hari yang "
      "sama", NULL },
    { "Menyampaikan laporan kegiatan {unit} lengkap dengan bukti dukung setiap bulan", NULL },
    { "Membagikan hasil pelatihan yang diikuti kepada staf {unit}", NULL },
    { "Membagi tugas staf secara adil dan menjaga kekompakan tim", NULL },
    { "Mematuhi ketentuan jam kerja dan menjaga kerahasiaan dokumen", NULL },
    { "Memanfaatkan aplikasi untuk memantau capaian kinerja staf secara berkala", NULL },
    { "Menjalin koordinasi dengan seksi dan subbagian lain untuk menyelesaikan pekerjaan bersama",
      NULL },
  },
  [GROUP_KEPALA_SEKOLAH] = {
    { "Menanggapi keluhan orang tua dan peserta didik paling lambat dua hari kerja", NULL },
    { "Mengelola dana BOSP secara transparan dan melaporkannya tepat waktu", NULL },
    { "Melaksanakan supervisi akademik kepada seluruh guru minimal dua kali setahun", NULL },
    { "Membangun budaya sekolah yang aman, inklusif dan bebas perundungan", NULL },
    { "Menjalankan kebijakan Dinas dan menjaga nama baik sekolah", NULL },
    { "Memimpin penerapan pembelajaran mendalam dan pemanfaatan Rapor Pendidikan", NULL },
    { "Menggalang dukungan komite sekolah, orang tua dan mitra dalam program sekolah", NULL },
  },
  [GROUP_GURU] = {
    { "Memberikan bimbingan belajar kepada peserta didik yang belum mencapai KKTP",
      "Menanggapi pertanyaan peserta didik dan orang tua dengan ramah dan cepat" },
    { "Menginput nilai ke e-Rapor tepat waktu sesuai kalender pendidikan",
      "Hadir dan memulai pembelajaran tepat waktu sesuai jadwal" },
    { "Mengikuti komunitas belajar dan menerapkan hasilnya di kelas",
      "Mengikuti pelatihan pembelajaran mendalam minimal 20 JP setahun" },
    { "Memperlakukan semua peserta didik secara adil tanpa membedakan latar belakang",
      "Menciptakan suasana kelas yang aman dan nyaman bagi semua peserta didik" },
    { "Menanamkan nilai Pancasila dan cinta tanah air dalam pembelajaran",
      "Menjaga nama baik sekolah dan rekan sejawat" },
    { "Memanfaatkan teknologi digital untuk memperkaya pembelajaran",
      "Menyesuaikan strategi pembelajaran dengan kebutuhan peserta didik" },
    { "Berbagi praktik baik pembelajaran dengan guru sejawat",
      "Bekerja sama dengan wali kelas dan guru BK dalam pendampingan peserta didik" },
  },
  [GROUP_FUNGSIONAL] = {
    { "Memberikan layanan sesuai keahlian kepada pengguna dengan cepat dan tuntas",
      "Memberikan penjelasan yang mudah dipahami kepada pengguna layanan" },
    { "Menyusun laporan hasil kerja lengkap dengan bukti dukung setiap bulan",
      "Mendokumentasikan setiap hasil kerja sehingga dapat ditelusuri" },
    { "Meningkatkan kompetensi jabatan fungsional melalui pelatihan minimal 20 JP",
      "Membagikan pengetahuan teknis kepada rekan kerja" },
    { "Menghargai pendapat rekan kerja dari latar belakang yang berbeda",
      "Menjaga hubungan kerja yang baik dengan seluruh unit" },
    { "Menjaga kerahasiaan data yang dikelola sesuai ketentuan", NULL },
    { "Menyampaikan usulan perbaikan proses kerja berdasarkan hasil analisis",
      "Cepat mempelajari aplikasi dan regulasi baru yang terkait tugas" },
    { "Bekerja sama dengan unit lain untuk menyelesaikan tugas lintas bidang",
      "Terbuka menerima masukan dan bekerja dalam tim" },
  },
  [GROUP_PELAKSANA] = {
    { "Melayani permintaan pegawai dan tamu dengan ramah dan cepat",
      "Membantu pengguna layanan sampai kebutuhannya terpenuhi" },
    { "Menyelesaikan pekerjaan sesuai tenggat dan mencatatnya dalam laporan harian",
      "Hadir tepat waktu dan menggunakan barang milik negara secara bertanggung jawab" },
    { "Mempelajari aplikasi kerja yang baru dan membantu rekan yang belum menguasainya",
      "Mengikuti pelatihan teknis yang ditugaskan" },
    { "Menjaga sikap sopan dan saling membantu dengan rekan kerja", NULL },
    { "Menjaga kerahasiaan dokumen dan data yang dikelola", NULL },
    { "Bersedia menerima tugas baru dan menyesuaikan diri dengan perubahan cara kerja", NULL },
    { "Membantu rekan kerja ketika beban pekerjaan meningkat",
      "Aktif berkoordinasi dengan rekan kerja agar pekerjaan selesai bersama" },
  },
};

/* Plans that are not approved in the demo: a few still in draft, one returned. */
static const struct
{
  const char   *name;
  KnPlanStatus  status;
  const char   *reason;
} demo_plan_status[] = {
  { "Agus Setiawan, A.Md.", KN_PLAN_STATUS_RETURNED,
    "Target IKI kualitas belum terukur; mohon cantumkan persentase dan sumber data." },
  { "Dedi Kurniawan, S.Kom.", KN_PLAN_STATUS_DRAFT, NULL },
  { "Andika Pratama", KN_PLAN_STATUS_DRAFT, NULL },
  { "Lia Amalia, A.Md.", KN_PLAN_STATUS_DRAFT, NULL },
  { "Syafrizal, A.Md.", KN_PLAN_STATUS_DRAFT, NULL },
};

/* The indicator library of the demo: the jabatan whose first holder's plan becomes a template. */
static const char *const demo_templates[] = {
  "Guru Ahli Pertama Matematika",
  "Guru Ahli Muda Matematika",
  "Analis Kepegawaian",
};

static const char *const kelas_umum[] = { "X dan XI", "XI dan XII", "X, XI dan XII" };


static gboolean
contains_casefold (const char *haystack,
                   const char *needle)
{
  g_autofree char *folded_haystack = g_utf8_casefold (haystack, -1);
  g_autofree char *folded_needle = g_utf8_casefold (needle, -1);

  return strstr (folded_haystack, folded_needle) != NULL;
}

static const DemoRole *
find_role (const char *position,
           const char *unit)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_roles); i++)
    {
      const DemoRole *role = &demo_roles[i];

      if (strstr (position, role->position) != NULL &&
          (role->unit == NULL || strstr (unit, role->unit) != NULL))
        return role;
    }

  /* The last role matches everyone. */
  return &demo_roles[G_N_ELEMENTS (demo_roles) - 1];
}

static DemoGroup
group_for (KnEmployee *employee)
{
  const char *position = kn_employee_get_position (employee);

  switch (kn_employee_get_position_kind (employee))
    {
    case KN_POSITION_JPT_UTAMA:
    case KN_POSITION_JPT_MADYA:
    case KN_POSITION_JPT_PRATAMA:
      return GROUP_JPT;
    case KN_POSITION_ADMINISTRATOR:
      return GROUP_ADMINISTRATOR;
    case KN_POSITION_PENGAWAS:
      return GROUP_PENGAWAS;
    case KN_POSITION_PELAKSANA:
      return GROUP_PELAKSANA;
    case KN_POSITION_AHLI_PERTAMA:
    case KN_POSITION_AHLI_MUDA:
    case KN_POSITION_AHLI_MADYA:
    case KN_POSITION_AHLI_UTAMA:
    case KN_POSITION_PEMULA:
    case KN_POSITION_TERAMPIL:
    case KN_POSITION_MAHIR:
    case KN_POSITION_PENYELIA:
    case KN_POSITION_N:
    default:
      break;
    }

  if (g_str_has_prefix (position, "Kepala SM"))
    return GROUP_KEPALA_SEKOLAH;
  if (g_str_has_prefix (position, "Guru "))
    return GROUP_GURU;
  return GROUP_FUNGSIONAL;
}

/* "Guru Ahli Pertama Kimia" → the entry for "Kimia". */
static const DemoSubject *
subject_for (const char *position)
{
  const char *subject;

  if (!g_str_has_prefix (position, "Guru Ahli "))
    return NULL;

  subject = strchr (position + strlen ("Guru Ahli "), ' ');
  if (subject == NULL)
    return &other_subject;
  subject++;

  for (guint i = 0; i < G_N_ELEMENTS (demo_subjects); i++)
    {
      if (g_str_equal (demo_subjects[i].subject, subject))
        return &demo_subjects[i];
    }

  return &other_subject;
}

static const char *
value_for (const Person *person,
           const char   *key)
{
  if (g_str_equal (key, "unit"))
    return person->unit;
  if (g_str_equal (key, "opd"))
    return person->opd;
  if (g_str_equal (key, "jenjang"))
    return person->jenjang;
  if (g_str_equal (key, "jabatan"))
    return kn_employee_get_position (person->employee);
  if (g_str_equal (key, "atasan"))
    return person->atasan != NULL ? person->atasan : "Gubernur Lampung";
  if (g_str_equal (key, "mapel") && person->subject != NULL)
    return person->subject->subject[0] != '\0' ? person->subject->subject : "mata pelajaran";
  if (g_str_equal (key, "sumber_belajar") && person->subject != NULL)
    return person->subject->resource;
  if (g_str_equal (key, "kelas") && person->kelas != NULL)
    return person->kelas;
  if (g_str_equal (key, "tahun"))
    return G_STRINGIFY (KN_DEMO_YEAR);
  return NULL;
}

/* Fills in the {words} of a text. */
static char *
expand (const Person *person,
        const char   *text)
{
  GString *out = g_string_new (NULL);
  const char *cursor = text;

  g_assert (person != NULL);
  g_assert (text != NULL);

  while (*cursor != '\0')
    {
      const char *open = strchr (cursor, '{');
      const char *close;
      g_autofree char *key = NULL;
      const char *value;

      if (open == NULL)
        {
          g_string_append (out, cursor);
          break;
        }

      close = strchr (open, '}');
      g_assert (close != NULL);
      g_string_append_len (out, cursor, open - cursor);
      key = g_strndup (open + 1, close - open - 1);

      if (g_str_equal (key, "tahun_lalu"))
        g_string_append_printf (out, "%u", KN_DEMO_YEAR - 1);
      else if (g_str_equal (key, "tahun_depan"))
        g_string_append_printf (out, "%u", KN_DEMO_YEAR + 1);
      else if (g_str_equal (key, "bidang"))
        g_string_append_printf (out, "Bidang Pembinaan %s", person->jenjang);
      else
        {
          value = value_for (person, key);
          g_assert (value != NULL);
          g_string_append (out, value);
        }

      cursor = close + 1;
    }

  return g_string_free (out, FALSE);
}

static gboolean
applies_to (const DemoResult *def,
            const Person     *person)
{
  switch (def->only)
    {
    case ONLY_SMA:
      return g_str_equal (person->jenjang, "SMA");
    case ONLY_SMK:
      return g_str_equal (person->jenjang, "SMK");
    case ONLY_VOCATIONAL:
      return person->subject != NULL && person->subject->vocational;
    case ONLY_GENERAL:
      return person->subject == NULL || !person->subject->vocational;
    case ONLY_ALL:
    default:
      return TRUE;
    }
}

/* The RHK of the assessor's plan that @words points to; NULL words: their first RHK. */
static gint64
find_parent (KnPlan     *assessor_plan,
             const char *words)
{
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (assessor_plan));

  g_assert (g_list_model_get_n_items (results) > 0);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);

      if (words == NULL || contains_casefold (kn_plan_result_get_text (result), words))
        return kn_plan_result_get_id (result);
    }

  g_error ("No RHK of the demo assessor mentions “%s”", words);
}

static KnIndicator *
make_indicator (const DemoIndicator *def,
                const Person        *person,
                gboolean             jpt)
{
  KnIndicator *indicator = kn_indicator_new ();
  g_autofree char *text = NULL;
  const char *unit = def->unit;
  double target = def->target;

  if (g_str_equal (def->text, SUBJECT_PRACTICE))
    {
      const DemoSubject *subject = person->subject != NULL ? person->subject : &other_subject;

      text = g_strdup (subject->practice);
      target = subject->practice_target;
      unit = subject->practice_unit;
    }
  else
    text = expand (person, def->text);

  /* Half steps only where the unit allows fractions. */
  target += def->spread * g_rand_int_range (person->rand, 0, 3) / 2.0;
  if (def->target == floor (def->target))
    target = floor (target);
  if (g_strcmp0 (unit, "%") == 0)
    target = MIN (target, 100);

  if (jpt)
    {
      kn_indicator_set_aspect (indicator, KN_ASPECT_NONE);
      kn_indicator_set_perspective (indicator, def->perspective != KN_PERSPECTIVE_NONE
                                               ? def->perspective
                                               : KN_PERSPECTIVE_PROSES_BISNIS);
    }
  else
    {
      kn_indicator_set_aspect (indicator, def->aspect != KN_ASPECT_NONE ? def->aspect
                                                                        : KN_ASPECT_KUANTITAS);
      kn_indicator_set_perspective (indicator, KN_PERSPECTIVE_NONE);
    }

  kn_indicator_set_text (indicator, text);
  kn_indicator_set_target_value (indicator, target);
  kn_indicator_set_target_unit (indicator, unit);
  kn_indicator_set_direction (indicator, def->direction);

  return indicator;
}

static void
add_lampiran (KnPlan         *plan,
              const Person   *person,
              const DemoRole *role)
{
  KnEmployee *employee = person->employee;
  KnPositionKind kind = kn_employee_get_position_kind (employee);
  KnEmployeeStatus status = kn_employee_get_status (employee);
  g_autoptr(GPtrArray) resources = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) schemes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) consequences = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < MAX_RESOURCES && role->resources[i] != NULL; i++)
    g_ptr_array_add (resources, expand (person, role->resources[i]));

  switch (person->group)
    {
    case GROUP_JPT:
      g_ptr_array_add (schemes, g_strdup ("Laporan capaian kinerja triwulanan kepada Gubernur "
                                          "melalui Sekretaris Daerah"));
      g_ptr_array_add (schemes, expand (person, "Laporan Kinerja Instansi Pemerintah (LKjIP) "
                                                "{opd} Tahun {tahun}"));
      break;
    case GROUP_ADMINISTRATOR:
    case GROUP_PENGAWAS:
      g_ptr_array_add (schemes, expand (person, "Laporan kinerja triwulanan kepada {atasan}"));
      g_ptr_array_add (schemes, expand (person, "Paparan capaian kinerja {unit} dalam rapat "
                                                "pimpinan setiap bulan"));
      break;
    case GROUP_KEPALA_SEKOLAH:
      g_ptr_array_add (schemes, expand (person, "Laporan kinerja triwulanan kepada {atasan}"));
      g_ptr_array_add (schemes, g_strdup ("Laporan penggunaan dana BOSP setiap tahap penyaluran"));
      break;
    case GROUP_GURU:
      g_ptr_array_add (schemes, expand (person, "Laporan kinerja triwulanan kepada {atasan}"));
      g_ptr_array_add (schemes, g_strdup ("Perangkat ajar dan hasil asesmen diunggah setiap akhir "
                                          "semester"));
      break;
    case GROUP_FUNGSIONAL:
    case GROUP_PELAKSANA:
    case GROUP_N:
    default:
      g_ptr_array_add (schemes, expand (person, "Laporan kinerja triwulanan kepada {atasan}"));
      g_ptr_array_add (schemes, g_strdup ("Bukti dukung realisasi IKI diunggah setiap bulan"));
      break;
    }

  if (status != KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU)
    g_ptr_array_add (consequences, g_strdup ("Predikat kinerja memengaruhi pemberian TPP sesuai "
                                             "Pergub"));
  if (person->group == GROUP_GURU)
    g_ptr_array_add (consequences, g_strdup ("Predikat kinerja minimal Baik menjadi syarat "
                                             "pembayaran tunjangan profesi guru"));
  if (kind >= KN_POSITION_AHLI_PERTAMA)
    g_ptr_array_add (consequences, g_strdup ("Predikat kinerja dikonversi menjadi angka kredit "
                                             "jabatan fungsional"));
  if (person->group == GROUP_JPT || person->group == GROUP_ADMINISTRATOR ||
      person->group == GROUP_PENGAWAS || person->group == GROUP_KEPALA_SEKOLAH)
    g_ptr_array_add (consequences, g_strdup ("Predikat kinerja menjadi pertimbangan pengembangan "
                                             "karier dan promosi jabatan"));
  if (status != KN_EMPLOYEE_STATUS_PNS)
    g_ptr_array_add (consequences, g_strdup ("Predikat kinerja menjadi dasar perpanjangan "
                                             "perjanjian kerja PPPK"));
  if (person->group != GROUP_JPT)
    g_ptr_array_add (consequences, expand (person, "Kinerja di bawah ekspektasi ditindaklanjuti "
                                                   "dengan pembinaan oleh {atasan}"));

  g_ptr_array_add (resources, NULL);
  g_ptr_array_add (schemes, NULL);
  g_ptr_array_add (consequences, NULL);
  kn_plan_set_attachments (plan, KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA,
                           (const char * const *) resources->pdata);
  kn_plan_set_attachments (plan, KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN,
                           (const char * const *) schemes->pdata);
  kn_plan_set_attachments (plan, KN_ATTACHMENT_KONSEKUENSI,
                           (const char * const *) consequences->pdata);
}

static KnPlan *
make_plan (const Person *person,
           KnPlan       *assessor_plan)
{
  KnEmployee *employee = person->employee;
  const DemoRole *role = find_role (kn_employee_get_position (employee), person->unit);
  gboolean jpt = person->group == GROUP_JPT;
  KnPlan *plan = kn_plan_new (kn_employee_get_id (employee), KN_DEMO_YEAR);

  /* Only a head of OPD has no atasan in the demo, and only they plan without a superior RHK. */
  g_assert (jpt == (assessor_plan == NULL));

  kn_plan_set_assessor_id (plan, kn_employee_get_supervisor_id (employee));
  kn_plan_set_jpt (plan, jpt);

  for (guint i = 0; i < MAX_RESULTS && role->results[i].text != NULL; i++)
    {
      const DemoResult *def = &role->results[i];
      g_autoptr(KnPlanResult) result = NULL;
      g_autofree char *text = NULL;

      if (!applies_to (def, person))
        continue;

      text = expand (person, def->text);
      result = kn_plan_result_new ();
      kn_plan_result_set_kind (result, def->kind);
      kn_plan_result_set_text (result, text);
      if (assessor_plan != NULL)
        kn_plan_result_set_parent_id (result, find_parent (assessor_plan, def->supports));

      for (guint j = 0; j < MAX_INDICATORS && def->indicators[j].text != NULL; j++)
        {
          g_autoptr(KnIndicator) indicator = make_indicator (&def->indicators[j], person, jpt);

          g_list_store_append (kn_plan_result_get_indicators (result), indicator);
        }

      g_list_store_append (kn_plan_get_results (plan), result);
    }

  for (guint value = 0; value < KN_CORE_VALUE_N; value++)
    {
      const char *const *choices = demo_expectations[person->group][value];
      guint pick = choices[1] != NULL ? (guint) g_rand_int_range (person->rand, 0, 2) : 0;
      g_autofree char *text = expand (person, choices[pick]);

      kn_plan_set_expectation (plan, value, text);
    }

  add_lampiran (plan, person, role);
  return plan;
}

static const char *
jenjang_of (KnStore *store,
            gint64   unit_id)
{
  static const char *const levels[][2] = {
    { "SMA", "SMA" },
    { "SMK", "SMK" },
    { "Pendidikan Khusus", "SLB" },
  };

  for (guint steps = 0; unit_id != 0 && steps < 16; steps++)
    {
      KnOrgUnit *unit = kn_store_lookup_unit (store, unit_id);

      if (unit == NULL)
        break;
      for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
        {
          if (strstr (kn_org_unit_get_name (unit), levels[i][0]) != NULL)
            return levels[i][1];
        }
      unit_id = kn_org_unit_get_parent_id (unit);
    }

  return "";
}

static const char *
opd_of (KnStore *store,
        gint64   unit_id)
{
  KnOrgUnit *unit = kn_store_lookup_unit (store, unit_id);

  for (guint steps = 0; unit != NULL && steps < 16; steps++)
    {
      KnOrgUnit *parent = kn_store_lookup_unit (store, kn_org_unit_get_parent_id (unit));

      if (parent == NULL)
        return kn_org_unit_get_name (unit);
      unit = parent;
    }

  return "";
}

static gboolean
move_plan (KnStore     *store,
           KnEmployee  *employee,
           KnPlan      *plan,
           GError     **error)
{
  const char *name = kn_employee_get_name (employee);
  KnPlanStatus wanted = KN_PLAN_STATUS_APPROVED;
  const char *reason = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (demo_plan_status); i++)
    {
      if (g_str_equal (demo_plan_status[i].name, name))
        {
          wanted = demo_plan_status[i].status;
          reason = demo_plan_status[i].reason;
        }
    }

  if (wanted == KN_PLAN_STATUS_DRAFT)
    return TRUE;

  if (!kn_store_set_plan_status (store, kn_plan_get_id (plan), KN_PLAN_STATUS_SUBMITTED, NULL,
                                 error) ||
      !kn_store_set_plan_status (store, kn_plan_get_id (plan), wanted, reason, error))
    return FALSE;

  kn_plan_set_status (plan, wanted);
  kn_plan_set_status_reason (plan, reason);
  return TRUE;
}

static gboolean
save_templates (KnStore    *store,
                GArray     *employee_ids,
                GHashTable *plans,
                GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_templates); i++)
    {
      for (guint j = 0; j < employee_ids->len; j++)
        {
          gint64 id = g_array_index (employee_ids, gint64, j);
          KnEmployee *employee = kn_store_lookup_employee (store, id);
          KnPlan *plan;

          if (!g_str_equal (kn_employee_get_position (employee), demo_templates[i]))
            continue;

          plan = g_hash_table_lookup (plans, &id);
          g_assert (plan != NULL);
          if (!kn_store_save_template (store, demo_templates[i], plan, error))
            {
              g_prefix_error (error, "%s: ", demo_templates[i]);
              return FALSE;
            }
          break;
        }
    }

  return TRUE;
}

/* Gives each employee of @employee_ids an SKP for the demo year, then moves it through the
 * workflow, and keeps a few plans as templates. @employee_ids is in chain order (everyone after
 * their atasan), so that a staff RHK can support an RHK saved before it. The ids come from the
 * caller because the store's employee model fills only at commit. */
gboolean
kn_demo_add_plans (KnStore  *store,
                   GArray   *employee_ids,
                   GError  **error)
{
  g_autoptr(GHashTable) plans = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       g_object_unref);

  g_return_val_if_fail (KN_IS_STORE (store), FALSE);
  g_return_val_if_fail (employee_ids != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < employee_ids->len; i++)
    {
      gint64 id = g_array_index (employee_ids, gint64, i);
      KnEmployee *employee = kn_store_lookup_employee (store, id);
      g_autoptr(GRand) rand = NULL;
      g_autoptr(KnPlan) plan = NULL;
      gint64 supervisor_id;
      KnEmployee *supervisor;
      KnOrgUnit *unit;
      KnPlan *assessor_plan = NULL;
      Person person = { 0, };

      g_assert (employee != NULL);
      supervisor_id = kn_employee_get_supervisor_id (employee);
      supervisor = kn_store_lookup_employee (store, supervisor_id);
      unit = kn_store_lookup_unit (store, kn_employee_get_unit_id (employee));
      g_assert (unit != NULL);
      if (supervisor != NULL)
        {
          assessor_plan = g_hash_table_lookup (plans, &supervisor_id);
          g_assert (assessor_plan != NULL);
        }

      rand = g_rand_new_with_seed (DEMO_SKP_SEED ^ g_str_hash (kn_employee_get_name (employee)));
      person.employee = employee;
      person.unit = kn_org_unit_get_name (unit);
      person.opd = opd_of (store, kn_org_unit_get_id (unit));
      person.jenjang = jenjang_of (store, kn_org_unit_get_id (unit));
      person.atasan = supervisor != NULL ? kn_employee_get_position (supervisor) : NULL;
      person.subject = subject_for (kn_employee_get_position (employee));
      person.group = group_for (employee);
      person.rand = rand;
      if (person.subject != NULL)
        person.kelas = person.subject->vocational
                       ? "XI dan XII"
                       : kelas_umum[g_rand_int_range (rand, 0, (gint32) G_N_ELEMENTS (kelas_umum))];

      plan = make_plan (&person, assessor_plan);
      if (!kn_store_save_plan (store, plan, error) ||
          !move_plan (store, employee, plan, error))
        {
          g_prefix_error (error, "%s: ", kn_employee_get_name (employee));
          return FALSE;
        }

      g_hash_table_insert (plans, g_memdup2 (&id, sizeof id), g_steal_pointer (&plan));
    }

  return save_templates (store, employee_ids, plans, error);
}
