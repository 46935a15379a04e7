/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The benchmarks' province generator (see bench-province.h): Lampung's shape — 41 OPD, one
 * education office of teachers in schools under cabang dinas, supervisor chains, a year of SKP,
 * realisations, evaluations and trainings — written through the public API, then timed again as
 * plain SQLite INSERTs of the same data rows for the baseline. */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "bench-province.h"

const char * const bench_province_phase_names[5] = {
  "units and employees", "SKP (RHK, IKI, approval)", "realisations (4 quarters)",
  "evaluations (TW1–TW4 final, Akhir draft)", "trainings",
};

typedef struct
{
  char   *name;
  int     parent;        /* index, -1 for an OPD */
  gint64  id;
} UnitSpec;

typedef struct
{
  char            *name;
  char            *nip;
  KnEmployeeStatus status;
  const char      *rank;
  char            *position;
  KnPositionKind   kind;
  int              unit;         /* index */
  int              supervisor;   /* index, -1 for a head of OPD */
  gboolean         teacher;
  gint64           id;
  gint64           results[4];
  gint64           indicators[8];
  double           targets[8];
} PersonSpec;

typedef struct
{
  GRand      *rand;
  GArray     *units;       /* UnitSpec */
  GArray     *people;      /* PersonSpec */
  GHashTable *nip_serials; /* 15-digit prefix → count */
  GArray     *opds;        /* int: unit index of each OPD */
  int         big_opd;
  int         export_unit;
  int         small_unit;
  guint       n_teachers;
} Province;

static const char * const opd_names[] = {
  "Dinas Pendidikan dan Kebudayaan", "RSUD Dr. H. Abdul Moeloek", "Dinas Kesehatan",
  "Badan Kepegawaian Daerah", "Badan Pengelolaan Keuangan dan Aset Daerah",
  "Badan Perencanaan Pembangunan Daerah", "Inspektorat",
  "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
  "Dinas Komunikasi, Informatika dan Statistik", "Dinas Pekerjaan Umum dan Penataan Ruang",
  "Dinas Perhubungan", "Dinas Sosial", "Dinas Tenaga Kerja dan Transmigrasi",
  "Dinas Tanaman Pangan, Hortikultura dan Perkebunan", "Dinas Peternakan dan Kesehatan Hewan",
  "Dinas Kelautan dan Perikanan", "Dinas Kehutanan", "Dinas Lingkungan Hidup",
  "Dinas Energi dan Sumber Daya Mineral", "Dinas Perindustrian dan Perdagangan",
  "Dinas Koperasi dan UKM", "Dinas Pariwisata dan Ekonomi Kreatif", "Dinas Kepemudaan dan Olahraga",
  "Dinas Pemberdayaan Masyarakat dan Desa", "Dinas Kependudukan dan Pencatatan Sipil",
  "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Dinas Ketahanan Pangan",
  "Dinas Perpustakaan dan Kearsipan", "Dinas Perumahan dan Permukiman",
  "Dinas Bina Marga dan Bina Konstruksi", "Satuan Polisi Pamong Praja",
  "Badan Pendapatan Daerah", "Badan Penanggulangan Bencana Daerah",
  "Badan Kesatuan Bangsa dan Politik", "Badan Pengembangan Sumber Daya Manusia",
  "Badan Penghubung Daerah", "Sekretariat Daerah", "Sekretariat DPRD",
  "RS Jiwa Daerah", "RSUD Bandar Negara Husada", "Dinas Pertanian",
};

static const char * const kabupaten[] = {
  "Bandar Lampung", "Metro", "Lampung Selatan", "Lampung Tengah", "Lampung Utara",
  "Lampung Barat", "Lampung Timur", "Tulang Bawang", "Tanggamus", "Way Kanan", "Pesawaran",
  "Pringsewu", "Mesuji", "Tulang Bawang Barat", "Pesisir Barat",
};

static const char * const roman[] = {
  "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
};

static const char * const male_names[] = {
  "Ahmad", "Budi", "Rudi", "Hendra", "Agus", "Joko", "Slamet", "Eko", "Dedi", "Yusuf",
  "Rahmat", "Fajar", "Arief", "Bambang", "Heri", "Irwan", "Taufik", "Wahyu", "Zainal", "Nur",
  "Andi", "Sutrisno", "Muhammad", "Rizki", "Firman", "Gunawan", "Iwan", "Komang", "Made", "Dodi",
};

static const char * const female_names[] = {
  "Siti", "Sri", "Dewi", "Rina", "Yuli", "Nurul", "Ratna", "Endang", "Wulan", "Fitri",
  "Lestari", "Indah", "Maya", "Novi", "Ani", "Eka", "Dwi", "Sari", "Rahmawati", "Kartika",
  "Desi", "Lina", "Wayan", "Putri", "Yanti", "Tuti", "Erna", "Mega", "Nining", "Ayu",
};

static const char * const family_names[] = {
  "Saputra", "Wijaya", "Susanto", "Pratama", "Hidayat", "Nugroho", "Setiawan", "Kurniawan",
  "Santoso", "Syahputra", "Lubis", "Harahap", "Siregar", "Nasution", "Rahman", "Hakim",
  "Gunadi", "Sembiring", "Purba", "Simanjuntak", "Yulianti", "Handayani", "Wahyuni", "Lestari",
  "Aminah", "Marlina", "Suryani", "Permata", "Anggraini", "Puspita", "Ismail", "Fauzi",
  "Mahendra", "Ramadhan", "Firmansyah", "Putra", "Utami", "Maharani", "Safitri", "Oktaviani",
};

static const char * const rhk_openings[] = {
  "Tersusunnya", "Meningkatnya", "Terlaksananya", "Tersedianya", "Terwujudnya",
};

static const char * const rhk_objects[] = {
  "dokumen perencanaan program dan anggaran", "kualitas layanan administrasi kepegawaian",
  "pembelajaran yang berpusat pada peserta didik", "laporan keuangan yang akuntabel",
  "data dan informasi yang mutakhir", "pengawasan internal yang efektif",
  "sarana dan prasarana kerja yang memadai", "koordinasi dengan pemangku kepentingan",
  "asesmen hasil belajar peserta didik", "pelayanan publik yang cepat dan tepat",
  "penyusunan kebijakan teknis bidang", "evaluasi pelaksanaan program kegiatan",
};

static const char * const tambahan_objects[] = {
  "kegiatan ekstrakurikuler", "kepanitiaan hari besar nasional", "pendampingan rekan sejawat",
  "tim pengelola website instansi", "tim penyusun laporan tahunan",
};

static const char * const kuantitas_indicators[] = {
  "Jumlah dokumen yang tersusun", "Jumlah kegiatan yang terlaksana",
  "Jumlah laporan yang disampaikan", "Jumlah peserta didik yang dibimbing",
};

static const char * const kualitas_indicators[] = {
  "Persentase dokumen yang sesuai standar", "Persentase pengguna layanan yang puas",
  "Persentase temuan yang ditindaklanjuti",
};

static double
rand_unit (Province *p)
{
  return g_rand_double (p->rand);
}

static guint
rand_below (Province *p,
            guint     n)
{
  return (guint)g_rand_int_range (p->rand, 0, (gint32)n);
}

static const char *
pick (Province           *p,
      const char * const *list,
      guint               n)
{
  return list[rand_below (p, n)];
}
#define PICK(p, list) pick ((p), (list), G_N_ELEMENTS (list))

static int
add_unit (Province   *p,
          const char *name,
          int         parent)
{
  UnitSpec unit = { g_strdup (name), parent, 0 };

  g_array_append_val (p->units, unit);
  return (int)p->units->len - 1;
}

static char *
make_nip (Province        *p,
          KnEmployeeStatus status,
          guint            birth_year)
{
  guint month = 1 + rand_below (p, 12);
  guint day = 1 + rand_below (p, 28);
  guint gender = 1 + rand_below (p, 2);
  g_autofree char *prefix = NULL;
  guint serial;

  if (status == KN_EMPLOYEE_STATUS_PNS)
    {
      guint tmt = MIN (birth_year + 22 + rand_below (p, 9), 2024);

      prefix = g_strdup_printf ("%04u%02u%02u%04u%02u%u", birth_year, month, day, tmt,
                                1 + rand_below (p, 12), gender);
    }
  else
    {
      guint appointed = 2021 + rand_below (p, 5);

      prefix = g_strdup_printf ("%04u%02u%02u%04u21%u", birth_year, month, day, appointed, gender);
    }
  serial = GPOINTER_TO_UINT (g_hash_table_lookup (p->nip_serials, prefix)) + 1;
  g_hash_table_insert (p->nip_serials, g_strdup (prefix), GUINT_TO_POINTER (serial));
  return g_strdup_printf ("%s%03u", prefix, serial);
}

static char *
make_name (Province   *p,
           const char *title)
{
  gboolean female = rand_below (p, 2) == 0;
  const char *first = female ? PICK (p, female_names) : PICK (p, male_names);
  const char *honour = rand_below (p, 12) == 0 ? (female ? "Hj. " : "H. ") : "";

  return g_strdup_printf ("%s%s %s, %s", honour, first, PICK (p, family_names), title);
}

static int
add_person (Province        *p,
            const char      *position,
            KnPositionKind   kind,
            int              unit,
            int              supervisor,
            gboolean         teacher)
{
  static const char * const teacher_titles[] = { "S.Pd.", "S.Pd.", "S.Pd., M.Pd.", "S.Si.", "S.Pd.I." };
  static const char * const staff_titles[] = { "S.E.", "S.T.", "S.Kom.", "S.H.", "S.Sos.", "A.Md.", "S.E., M.M.", "M.Si." };
  PersonSpec person = { 0, };
  gboolean pppk = teacher && kind == KN_POSITION_AHLI_PERTAMA && rand_below (p, 3) == 0;
  guint birth_year;

  person.status = pppk ? KN_EMPLOYEE_STATUS_PPPK : KN_EMPLOYEE_STATUS_PNS;
  switch (kind)
    {
    case KN_POSITION_JPT_PRATAMA: person.rank = rand_below (p, 2) ? "IV/c" : "IV/d"; birth_year = 1966 + rand_below (p, 8); break;
    case KN_POSITION_ADMINISTRATOR: person.rank = rand_below (p, 2) ? "IV/a" : "IV/b"; birth_year = 1968 + rand_below (p, 10); break;
    case KN_POSITION_PENGAWAS: person.rank = rand_below (p, 2) ? "III/c" : "III/d"; birth_year = 1970 + rand_below (p, 12); break;
    case KN_POSITION_AHLI_MADYA: person.rank = rand_below (p, 2) ? "IV/a" : "IV/b"; birth_year = 1966 + rand_below (p, 12); break;
    case KN_POSITION_AHLI_MUDA: person.rank = rand_below (p, 2) ? "III/c" : "III/d"; birth_year = 1972 + rand_below (p, 14); break;
    case KN_POSITION_AHLI_PERTAMA: person.rank = pppk ? "IX" : (rand_below (p, 2) ? "III/a" : "III/b"); birth_year = 1980 + rand_below (p, 18); break;
    case KN_POSITION_TERAMPIL: person.rank = rand_below (p, 2) ? "II/c" : "II/d"; birth_year = 1978 + rand_below (p, 18); break;
    default: person.rank = rand_below (p, 2) ? "II/b" : "III/a"; birth_year = 1970 + rand_below (p, 26); break;
    }
  person.nip = make_nip (p, person.status, birth_year);
  person.name = make_name (p, teacher ? PICK (p, teacher_titles) : PICK (p, staff_titles));
  person.position = g_strdup (position);
  person.kind = kind;
  person.unit = unit;
  person.supervisor = supervisor;
  person.teacher = teacher;
  g_array_append_val (p->people, person);
  return (int)p->people->len - 1;
}

static void
add_staff (Province *p,
           int       unit,
           int       head,
           guint     n)
{
  for (guint i = 0; i < n; i++)
    {
      guint r = rand_below (p, 10);

      if (r < 4)
        add_person (p, "Pengadministrasi Perkantoran", KN_POSITION_PELAKSANA, unit, head, FALSE);
      else if (r < 7)
        add_person (p, "Analis Kebijakan Ahli Pertama", KN_POSITION_AHLI_PERTAMA, unit, head, FALSE);
      else if (r < 9)
        add_person (p, "Analis Kebijakan Ahli Muda", KN_POSITION_AHLI_MUDA, unit, head, FALSE);
      else
        add_person (p, "Pranata Komputer Terampil", KN_POSITION_TERAMPIL, unit, head, FALSE);
    }
}

/* An OPD of @headcount: a head, a Sekretariat with subbagian, bidang with seksi, staff in the
 * leaves. Returns the head's index; @leaves receives the leaf units' heads. */
static int
add_office (Province   *p,
            int         opd,
            const char *opd_name,
            guint       headcount,
            guint       k)
{
  g_autofree char *head_position = g_strdup_printf ("Kepala %s", opd_name);
  g_autoptr(GArray) leaves = g_array_new (FALSE, FALSE, sizeof (int) * 2);
  int head = add_person (p, head_position, KN_POSITION_JPT_PRATAMA, opd, -1, FALSE);
  int sekretariat = add_unit (p, "Sekretariat", opd);
  int sekretaris = add_person (p, "Sekretaris", KN_POSITION_ADMINISTRATOR, sekretariat, head, FALSE);
  static const char * const subbag[] = { "Subbagian Umum dan Kepegawaian", "Subbagian Keuangan", "Subbagian Perencanaan dan Pelaporan" };
  static const char * const bidang[] = { "Bidang Program dan Pengembangan", "Bidang Pelayanan", "Bidang Pengendalian dan Evaluasi", "Bidang Pembinaan" };
  guint used = 2;

  for (guint i = 0; i < MIN (k, G_N_ELEMENTS (subbag)); i++)
    {
      int unit = add_unit (p, subbag[i % G_N_ELEMENTS (subbag)], sekretariat);
      g_autofree char *position = g_strdup_printf ("Kepala %s", subbag[i % G_N_ELEMENTS (subbag)]);
      int pair[2] = { unit, add_person (p, position, KN_POSITION_PENGAWAS, unit, sekretaris, FALSE) };

      g_array_append_val (leaves, pair);
      used++;
    }
  for (guint b = 0; b < k; b++)
    {
      int unit = add_unit (p, bidang[b % G_N_ELEMENTS (bidang)], opd);
      g_autofree char *position = g_strdup_printf ("Kepala %s", bidang[b % G_N_ELEMENTS (bidang)]);
      int kabid = add_person (p, position, KN_POSITION_ADMINISTRATOR, unit, head, FALSE);

      used++;
      for (guint s = 0; s < k; s++)
        {
          g_autofree char *seksi = g_strdup_printf ("Seksi %s %s", bidang[b % G_N_ELEMENTS (bidang)] + 7, roman[s]);
          g_autofree char *kasi_position = g_strdup_printf ("Kepala %s", seksi);
          int leaf = add_unit (p, seksi, unit);
          int pair[2] = { leaf, add_person (p, kasi_position, KN_POSITION_PENGAWAS, leaf, kabid, FALSE) };

          g_array_append_val (leaves, pair);
          used++;
        }
    }
  if (p->small_unit < 0 && leaves->len > 0 && opd != p->big_opd)
    p->small_unit = ((int *)leaves->data)[(leaves->len - 1) * 2];

  headcount = headcount > used ? headcount - used : 0;
  for (guint l = 0; l < leaves->len; l++)
    {
      int *pair = &((int *)leaves->data)[l * 2];
      guint share = headcount / leaves->len + (l < headcount % leaves->len ? 1 : 0);

      add_staff (p, pair[0], pair[1], share);
    }
  return head;
}

static void
plan_province (Province *p,
               guint     size)
{
  double f = size / 19000.0;
  guint teachers = (guint)(6000 * f + 0.5);
  guint edu_staff = (guint)(300 * f + 0.5);
  guint n_cabdin = MAX (1, (guint)(10 * f + 0.5));
  guint n_schools = MAX (n_cabdin, (teachers + 10) / 20);
  double weights[G_N_ELEMENTS (opd_names)];
  double total_weight = 0;
  guint others;
  int edu_head;
  guint school_serial[G_N_ELEMENTS (kabupaten)] = { 0, };

  /* The education office: a head, an office like the others, cabang dinas, schools. */
  p->big_opd = add_unit (p, opd_names[0], -1);
  g_array_append_val (p->opds, p->big_opd);
  edu_head = add_office (p, p->big_opd, opd_names[0], edu_staff, MAX (1, MIN (3, edu_staff / 100)));
  for (guint c = 0; c < n_cabdin; c++)
    {
      g_autofree char *name = g_strdup_printf ("Cabang Dinas Pendidikan Wilayah %s", roman[c]);
      g_autofree char *position = g_strdup_printf ("Kepala %s", name);
      int cabdin = add_unit (p, name, p->big_opd);
      int kacabdin = add_person (p, position, KN_POSITION_ADMINISTRATOR, cabdin, edu_head, FALSE);
      guint first = c * n_schools / n_cabdin, last = (c + 1) * n_schools / n_cabdin;

      if (c == 0)
        p->export_unit = cabdin;
      add_staff (p, cabdin, kacabdin, MAX (1, (guint)(5 * f + 0.5)));
      for (guint s = first; s < last; s++)
        {
          static const char * const kinds[] = { "SMA Negeri", "SMA Negeri", "SMK Negeri", "SLB Negeri" };
          guint kab = (c * G_N_ELEMENTS (kabupaten) / n_cabdin + (s - first) % 2) % G_N_ELEMENTS (kabupaten);
          const char *kind = kinds[s % G_N_ELEMENTS (kinds)];
          g_autofree char *school_name = g_strdup_printf ("%s %u %s", kind, ++school_serial[kab], kabupaten[kab]);
          g_autofree char *kepsek_position = g_strdup_printf ("Kepala %s", school_name);
          int school = add_unit (p, school_name, cabdin);
          guint n = teachers * (s + 1) / n_schools - teachers * s / n_schools;
          int kepsek = add_person (p, kepsek_position, KN_POSITION_AHLI_MADYA, school, kacabdin, TRUE);

          p->n_teachers++;
          for (guint t = 1; t < n; t++)
            {
              guint r = rand_below (p, 10);

              add_person (p, r < 5 ? "Guru Ahli Pertama" : r < 8 ? "Guru Ahli Muda" : "Guru Ahli Madya",
                          r < 5 ? KN_POSITION_AHLI_PERTAMA : r < 8 ? KN_POSITION_AHLI_MUDA : KN_POSITION_AHLI_MADYA,
                          school, kepsek, TRUE);
              p->n_teachers++;
            }
        }
    }

  /* The other 40 OPD share what is left; the hospitals and Dinas Kesehatan are bigger. */
  others = size > p->people->len ? size - p->people->len : 0;
  for (guint o = 1; o < G_N_ELEMENTS (opd_names); o++)
    {
      weights[o] = o == 1 ? 5.0 : o == 2 ? 2.0 : (o == 38 || o == 39) ? 2.5 : 0.6 + rand_unit (p);
      total_weight += weights[o];
    }
  for (guint o = 1; o < G_N_ELEMENTS (opd_names); o++)
    {
      guint headcount = (guint)(others * weights[o] / total_weight + 0.5);
      int opd = add_unit (p, opd_names[o], -1);

      g_array_append_val (p->opds, opd);
      /* Up to four bidang of up to four seksi: about 986 units at 19,000 employees. */
      add_office (p, opd, opd_names[o], MAX (headcount, 5), CLAMP ((headcount + 60) / 100, 1, 4));
    }
}

static void
province_free (Province *p)
{
  for (guint i = 0; i < p->units->len; i++)
    g_free (g_array_index (p->units, UnitSpec, i).name);
  for (guint i = 0; i < p->people->len; i++)
    {
      PersonSpec *person = &g_array_index (p->people, PersonSpec, i);

      g_free (person->name);
      g_free (person->nip);
      g_free (person->position);
    }
  g_array_unref (p->units);
  g_array_unref (p->people);
  g_array_unref (p->opds);
  g_hash_table_unref (p->nip_serials);
  g_rand_free (p->rand);
}

#define CHECK(call) \
  G_STMT_START { if (!(call)) return FALSE; } G_STMT_END

static gboolean
write_people (Province *p,
              KnStore  *store,
              GError  **error)
{
  for (guint i = 0; i < p->units->len; i++)
    {
      UnitSpec *spec = &g_array_index (p->units, UnitSpec, i);
      gint64 parent = spec->parent >= 0 ? g_array_index (p->units, UnitSpec, spec->parent).id : 0;
      g_autoptr(KnOrgUnit) unit = kn_org_unit_new (spec->name, parent);

      CHECK (kn_store_add_unit (store, unit, error));
      spec->id = kn_org_unit_get_id (unit);
    }
  for (guint i = 0; i < p->people->len; i++)
    {
      PersonSpec *spec = &g_array_index (p->people, PersonSpec, i);
      g_autoptr(KnEmployee) employee = kn_employee_new ();

      kn_employee_set_nip (employee, spec->nip);
      kn_employee_set_name (employee, spec->name);
      kn_employee_set_status (employee, spec->status);
      kn_employee_set_rank (employee, spec->rank);
      kn_employee_set_position (employee, spec->position);
      kn_employee_set_position_kind (employee, spec->kind);
      kn_employee_set_unit_id (employee, g_array_index (p->units, UnitSpec, spec->unit).id);
      if (spec->supervisor >= 0)
        kn_employee_set_supervisor_id (employee, g_array_index (p->people, PersonSpec, spec->supervisor).id);
      CHECK (kn_store_add_employee (store, employee, error));
      spec->id = kn_employee_get_id (employee);
    }
  return TRUE;
}

static KnIndicator *
make_indicator (Province *p,
                gboolean  jpt,
                guint     n)
{
  KnIndicator *indicator = kn_indicator_new ();

  if (jpt)
    kn_indicator_set_perspective (indicator, KN_PERSPECTIVE_PENERIMA_LAYANAN + (n % 4));
  if (n % 2 == 0)
    {
      if (!jpt)
        kn_indicator_set_aspect (indicator, KN_ASPECT_KUANTITAS);
      kn_indicator_set_text (indicator, PICK (p, kuantitas_indicators));
      kn_indicator_set_target_value (indicator, 4 + rand_below (p, 20));
      kn_indicator_set_target_unit (indicator, "dokumen");
    }
  else if (n % 4 == 1)
    {
      if (!jpt)
        kn_indicator_set_aspect (indicator, KN_ASPECT_KUALITAS);
      kn_indicator_set_text (indicator, PICK (p, kualitas_indicators));
      kn_indicator_set_target_value (indicator, 90 + rand_below (p, 11));
      kn_indicator_set_target_unit (indicator, "%");
    }
  else
    {
      if (!jpt)
        kn_indicator_set_aspect (indicator, KN_ASPECT_WAKTU);
      kn_indicator_set_text (indicator, "Waktu penyelesaian layanan sejak berkas lengkap");
      kn_indicator_set_target_value (indicator, 3 + rand_below (p, 5));
      kn_indicator_set_target_unit (indicator, "hari");
      kn_indicator_set_direction (indicator, KN_DIRECTION_LESS_IS_BETTER);
    }
  return indicator;
}

static gboolean
write_plans (Province *p,
             KnStore  *store,
             GError  **error)
{
  const char *dukungan[] = { "Anggaran kegiatan pada DPA tahun 2026", NULL };
  const char *skema[] = { "Laporan bulanan kepada atasan langsung", NULL };
  const char *konsekuensi[] = { "Teguran tertulis bila target tidak tercapai", NULL };

  for (guint i = 0; i < p->people->len; i++)
    {
      PersonSpec *spec = &g_array_index (p->people, PersonSpec, i);
      PersonSpec *sup = spec->supervisor >= 0 ? &g_array_index (p->people, PersonSpec, spec->supervisor) : NULL;
      gboolean jpt = spec->kind == KN_POSITION_JPT_PRATAMA;
      g_autoptr(KnPlan) plan = kn_plan_new (spec->id, BENCH_YEAR);
      GListStore *results = kn_plan_get_results (plan);
      guint n_indicator = 0;

      kn_plan_set_assessor_id (plan, sup != NULL ? sup->id : 0);
      kn_plan_set_jpt (plan, jpt);
      for (guint r = 0; r < 4; r++)
        {
          g_autoptr(KnPlanResult) result = kn_plan_result_new ();
          g_autofree char *text = r < 3
            ? g_strdup_printf ("%s %s", PICK (p, rhk_openings), PICK (p, rhk_objects))
            : g_strdup_printf ("Terlaksananya tugas tambahan %s", PICK (p, tambahan_objects));

          kn_plan_result_set_kind (result, r < 3 ? KN_RESULT_KIND_UTAMA : KN_RESULT_KIND_TAMBAHAN);
          kn_plan_result_set_text (result, text);
          if (r < 3 && sup != NULL && !jpt)
            kn_plan_result_set_parent_id (result, sup->results[r]);
          for (guint k = 0; k < 2; k++)
            {
              g_autoptr(KnIndicator) indicator = make_indicator (p, jpt, n_indicator++);

              g_list_store_append (kn_plan_result_get_indicators (result), indicator);
            }
          g_list_store_append (results, result);
        }
      kn_plan_set_expectation (plan, KN_CORE_VALUE_BERORIENTASI_PELAYANAN,
                               "Menanggapi setiap permintaan layanan paling lambat satu hari kerja");
      kn_plan_set_expectation (plan, KN_CORE_VALUE_KOLABORATIF,
                               "Aktif berbagi pengetahuan dalam rapat koordinasi bulanan");
      kn_plan_set_attachments (plan, KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA, dukungan);
      kn_plan_set_attachments (plan, KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN, skema);
      kn_plan_set_attachments (plan, KN_ATTACHMENT_KONSEKUENSI, konsekuensi);
      CHECK (kn_store_save_plan (store, plan, error));

      n_indicator = 0;
      for (guint r = 0; r < 4; r++)
        {
          g_autoptr(KnPlanResult) result = g_list_model_get_item (G_LIST_MODEL (results), r);
          GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));

          spec->results[r] = kn_plan_result_get_id (result);
          for (guint k = 0; k < 2; k++)
            {
              g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, k);

              spec->indicators[n_indicator] = kn_indicator_get_id (indicator);
              spec->targets[n_indicator++] = kn_indicator_get_target_value (indicator);
            }
        }
      /* Most SKP are approved; a few are still drafts. */
      if (i % 31 != 30)
        {
          CHECK (kn_store_set_plan_status (store, kn_plan_get_id (plan), KN_PLAN_STATUS_SUBMITTED, NULL, error));
          CHECK (kn_store_set_plan_status (store, kn_plan_get_id (plan), KN_PLAN_STATUS_APPROVED, NULL, error));
        }
    }
  return TRUE;
}

static gboolean
write_realizations (Province *p,
                    KnStore  *store,
                    GError  **error)
{
  static const char * const evidence[] = {
    "Laporan triwulan dan daftar hadir kegiatan", "Dokumen hasil kerja diarsipkan di bagian umum",
    "Notulen rapat dan foto kegiatan", "Rekap aplikasi layanan",
  };

  for (guint q = 1; q <= 4; q++)
    {
      g_autofree char *period = g_strdup_printf ("%u-TW%u", BENCH_YEAR, q);

      for (guint i = 0; i < p->people->len; i++)
        {
          PersonSpec *spec = &g_array_index (p->people, PersonSpec, i);

          for (guint k = 0; k < 8; k++)
            {
              g_autoptr(KnRealization) realization = kn_realization_new (spec->indicators[k], period);
              double target = spec->targets[k];

              realization->has_value = TRUE;
              if (k % 2 == 0)
                realization->value = (double)(guint)(target * q / 4.0 * (0.7 + 0.4 * rand_unit (p)) + 0.5);
              else if (k % 4 == 1)
                realization->value = (double)(guint)(target * (0.85 + 0.2 * rand_unit (p)));
              else
                realization->value = target + (double)rand_below (p, 3) - 1.0;
              realization->evidence = g_strdup (PICK (p, evidence));
              CHECK (kn_store_save_realization (store, realization, error));
            }
        }
    }
  return TRUE;
}

static void
rate (Province     *p,
      KnEvaluation *evaluation,
      gboolean      head)
{
  double r = rand_unit (p);

  if (head)
    {
      kn_evaluation_set_rating_result (evaluation, KN_RATING_AS_EXPECTED);
      kn_evaluation_set_rating_behaviour (evaluation, KN_RATING_AS_EXPECTED);
    }
  else if (r < 0.2)
    {
      kn_evaluation_set_rating_result (evaluation, KN_RATING_ABOVE);
      kn_evaluation_set_rating_behaviour (evaluation, KN_RATING_ABOVE);
    }
  else if (r < 0.85)
    {
      kn_evaluation_set_rating_result (evaluation, KN_RATING_AS_EXPECTED);
      kn_evaluation_set_rating_behaviour (evaluation, r < 0.5 ? KN_RATING_AS_EXPECTED : KN_RATING_ABOVE);
    }
  else if (r < 0.97)
    {
      kn_evaluation_set_rating_result (evaluation, KN_RATING_BELOW);
      kn_evaluation_set_rating_behaviour (evaluation, KN_RATING_AS_EXPECTED);
    }
  else
    {
      kn_evaluation_set_rating_result (evaluation, KN_RATING_AS_EXPECTED);
      kn_evaluation_set_rating_behaviour (evaluation, KN_RATING_BELOW);
    }
}

static gboolean
write_evaluations (Province *p,
                   KnStore  *store,
                   GError  **error)
{
  static const char * const periods[] = { "TW1", "TW2", "TW3", "TW4", "AKHIR" };

  for (guint k = 0; k < G_N_ELEMENTS (periods); k++)
    {
      g_autofree char *period = g_strdup_printf ("%u-%s", BENCH_YEAR, periods[k]);

      for (guint o = 0; o < p->opds->len; o++)
        {
          UnitSpec *opd = &g_array_index (p->units, UnitSpec, g_array_index (p->opds, int, o));

          CHECK (kn_store_set_org_predikat (store, opd->id, period,
                                            o % 13 == 5 ? KN_ORG_PREDIKAT_ISTIMEWA : KN_ORG_PREDIKAT_BAIK,
                                            error));
        }
      for (guint i = 0; i < p->people->len; i++)
        {
          PersonSpec *spec = &g_array_index (p->people, PersonSpec, i);
          g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (spec->id, period);

          if (spec->supervisor >= 0)
            kn_evaluation_set_assessor_id (evaluation,
                                           g_array_index (p->people, PersonSpec, spec->supervisor).id);
          rate (p, evaluation, spec->supervisor < 0);
          if (i % 7 == 0)
            kn_evaluation_set_note (evaluation, "Pertahankan kinerja dan tingkatkan kolaborasi dengan rekan kerja.");
          /* The quarters are closed: each evaluation saved and finalised (one write when new); the
           * annual evaluation is still being rated. */
          if (k < 4)
            CHECK (kn_store_save_final_evaluation (store, evaluation, error));
          else
            CHECK (kn_store_save_evaluation (store, evaluation, error));
        }
    }
  return TRUE;
}

static gboolean
write_trainings (Province *p,
                 KnStore  *store,
                 GError  **error)
{
  static const char * const titles[] = {
    "Bimtek Implementasi Kurikulum Merdeka", "Pelatihan Penyusunan SKP", "Seminar Pelayanan Publik",
    "E-learning Literasi Digital ASN", "Coaching Kepemimpinan", "Workshop Pengelolaan Keuangan Daerah",
  };

  for (guint i = 0; i < p->people->len; i++)
    {
      PersonSpec *spec = &g_array_index (p->people, PersonSpec, i);
      guint n = 1 + rand_below (p, 3);

      for (guint t = 0; t < n; t++)
        {
          g_autoptr(KnTraining) training = kn_training_new (spec->id);
          guint title = rand_below (p, G_N_ELEMENTS (titles));

          training->date = g_strdup_printf ("%u-%02u-%02u", BENCH_YEAR, 1 + rand_below (p, 12), 1 + rand_below (p, 28));
          training->title = g_strdup (titles[title]);
          training->form = (KnTrainingForm)(title % KN_TRAINING_N);
          training->hours = 2 + rand_below (p, 20);
          training->organizer = g_strdup ("BPSDM Provinsi Lampung");
          training->evidence = g_strdup_printf ("Sertifikat No. %u/BPSDM/%u", i * 3 + t + 1, BENCH_YEAR);
          CHECK (kn_store_save_training (store, training, error));
        }
    }
  return TRUE;
}

/* The plain baseline: every data row of @source (and with @audit, every audit row too, copied
 * as the store wrote them) into a fresh file with the same tables and indexes, one prepared
 * INSERT per row bound from values read beforehand (reading is not timed), one transaction per
 * table, the store's pragmas (kn-db-sqlite.c: WAL, synchronous = FULL, temp_store = MEMORY,
 * foreign keys on). */
static gboolean
plain_copy (const char *source,
            const char *target,
            gboolean    audit,
            double     *seconds,
            double     *cpu,
            guint64    *data_rows,
            guint64    *audit_rows,
            GError    **error)
{
  sqlite3 *src = NULL, *dst = NULL;
  sqlite3_stmt *schema = NULL;
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  gboolean ok = FALSE;
  double elapsed = 0, cpu_spent = 0, c0;

#define SQL_FAIL(db) G_STMT_START { \
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "sqlite: %s", sqlite3_errmsg (db)); \
    goto out; } G_STMT_END

  *data_rows = *audit_rows = 0;
  if (sqlite3_open_v2 (source, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    SQL_FAIL (src);
  g_remove (target);
  if (sqlite3_open (target, &dst) != SQLITE_OK)
    SQL_FAIL (dst);
  if (sqlite3_exec (dst, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;"
                    " PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY",
                    NULL, NULL, NULL) != SQLITE_OK)
    SQL_FAIL (dst);
  if (sqlite3_prepare_v2 (src, "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL"
                          " AND type IN ('table', 'index') AND (?1 OR tbl_name <> 'audit') ORDER BY rowid",
                          -1, &schema, NULL) != SQLITE_OK)
    SQL_FAIL (src);
  sqlite3_bind_int (schema, 1, audit);
  while (sqlite3_step (schema) == SQLITE_ROW)
    {
      if (sqlite3_exec (dst, (const char *)sqlite3_column_text (schema, 3), NULL, NULL, NULL) != SQLITE_OK)
        SQL_FAIL (dst);
      if (g_str_equal (sqlite3_column_text (schema, 0), "table"))
        g_ptr_array_add (tables, g_strdup ((const char *)sqlite3_column_text (schema, 1)));
    }
  if (!audit)
    {
      sqlite3_stmt *count = NULL;

      if (sqlite3_prepare_v2 (src, "SELECT count(*) FROM audit", -1, &count, NULL) == SQLITE_OK &&
          sqlite3_step (count) == SQLITE_ROW)
        *audit_rows = sqlite3_column_int64 (count, 0);
      sqlite3_finalize (count);
    }

  for (guint t = 0; t < tables->len; t++)
    {
      const char *table = g_ptr_array_index (tables, t);
      g_autofree char *select = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY rowid", table);
      g_autoptr(GString) insert = g_string_new (NULL);
      sqlite3_stmt *read = NULL, *write = NULL;
      GPtrArray *chunk = g_ptr_array_new ();
      int n_cols, rc = SQLITE_ROW;
      double t0;

      if (sqlite3_prepare_v2 (src, select, -1, &read, NULL) != SQLITE_OK)
        SQL_FAIL (src);
      /* The defaults that migrations insert are there already. */
      {
        g_autofree char *clear = g_strdup_printf ("DELETE FROM \"%s\"", table);

        sqlite3_exec (dst, clear, NULL, NULL, NULL);
      }
      n_cols = sqlite3_column_count (read);
      g_string_printf (insert, "INSERT INTO \"%s\" VALUES (", table);
      for (int c = 0; c < n_cols; c++)
        g_string_append (insert, c == 0 ? "?" : ", ?");
      g_string_append (insert, ")");
      if (sqlite3_prepare_v2 (dst, insert->str, -1, &write, NULL) != SQLITE_OK)
        SQL_FAIL (dst);

      t0 = bench_now ();
      c0 = bench_cpu ();
      sqlite3_exec (dst, "BEGIN", NULL, NULL, NULL);
      elapsed += bench_now () - t0;
      cpu_spent += bench_cpu () - c0;
      do
        {
          /* Read up to 20,000 rows (not timed), then write them (timed). */
          while (chunk->len < 20000 * (guint)n_cols && (rc = sqlite3_step (read)) == SQLITE_ROW)
            for (int c = 0; c < n_cols; c++)
              g_ptr_array_add (chunk, sqlite3_value_dup (sqlite3_column_value (read, c)));
          t0 = bench_now ();
          c0 = bench_cpu ();
          for (guint r = 0; r < chunk->len; r += n_cols)
            {
              for (int c = 0; c < n_cols; c++)
                sqlite3_bind_value (write, c + 1, g_ptr_array_index (chunk, r + c));
              if (sqlite3_step (write) != SQLITE_DONE)
                SQL_FAIL (dst);
              sqlite3_reset (write);
            }
          elapsed += bench_now () - t0;
          cpu_spent += bench_cpu () - c0;
          if (g_str_equal (table, "audit"))
            *audit_rows += chunk->len / n_cols;
          else
            *data_rows += chunk->len / n_cols;
          for (guint i = 0; i < chunk->len; i++)
            sqlite3_value_free (g_ptr_array_index (chunk, i));
          g_ptr_array_set_size (chunk, 0);
        }
      while (rc == SQLITE_ROW);
      t0 = bench_now ();
      c0 = bench_cpu ();
      if (sqlite3_exec (dst, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
        SQL_FAIL (dst);
      elapsed += bench_now () - t0;
      cpu_spent += bench_cpu () - c0;
      g_ptr_array_unref (chunk);
      sqlite3_finalize (read);
      sqlite3_finalize (write);
    }
  ok = TRUE;

out:
  sqlite3_finalize (schema);
  sqlite3_close (src);
  {
    double t0 = bench_now ();

    c0 = bench_cpu ();
    sqlite3_close (dst);   /* the checkpoint at close is part of writing */
    elapsed += bench_now () - t0;
    cpu_spent += bench_cpu () - c0;
  }
  *seconds = elapsed;
  *cpu = cpu_spent;
  return ok;
#undef SQL_FAIL
}

static void
remove_db (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_remove (wal);
  g_remove (shm);
  g_remove (path);
}

static char *
unit_path (Province *p,
           int       unit)
{
  UnitSpec *spec = &g_array_index (p->units, UnitSpec, unit);
  g_autofree char *parent = NULL;

  if (spec->parent < 0)
    return g_strdup (spec->name);
  parent = unit_path (p, spec->parent);
  return g_strdup_printf ("%s/%s", parent, spec->name);
}

static guint
count_within (Province *p,
              int       unit)
{
  guint n = 0;

  for (guint i = 0; i < p->people->len; i++)
    for (int u = g_array_index (p->people, PersonSpec, i).unit; u >= 0;
         u = g_array_index (p->units, UnitSpec, u).parent)
      if (u == unit)
        {
          n++;
          break;
        }
  return n;
}

static gboolean
build (BenchProvince *province,
       const char    *info_path,
       GError       **error)
{
  g_autofree char *tmp = g_strconcat (province->path, ".tmp", NULL);
  g_autofree char *plain = g_strconcat (province->path, ".plain", NULL);
  g_autoptr(GKeyFile) info = g_key_file_new ();
  Province p = { 0, };
  gboolean (*phases[5]) (Province *, KnStore *, GError **) = {
    write_people, write_plans, write_realizations, write_evaluations, write_trainings,
  };
  double t_all, c_all;

  p.rand = g_rand_new_with_seed (20260101u + province->size);
  p.units = g_array_new (FALSE, TRUE, sizeof (UnitSpec));
  p.people = g_array_new (FALSE, TRUE, sizeof (PersonSpec));
  p.opds = g_array_new (FALSE, FALSE, sizeof (int));
  p.nip_serials = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p.small_unit = -1;
  plan_province (&p, province->size);

  remove_db (tmp);
  t_all = bench_now ();
  c_all = bench_cpu ();
  {
    g_autoptr(KnStore) store = kn_store_open (tmp, error);

    if (store == NULL)
      goto fail;
    for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
      {
        double t0 = bench_now ();

        g_printerr ("bench: province %u: %s…\n", province->size, bench_province_phase_names[i]);
        if (!kn_store_begin (store, error))
          goto fail;
        if (!phases[i] (&p, store, error))
          {
            kn_store_rollback (store);
            goto fail;
          }
        if (!kn_store_commit (store, error))
          goto fail;
        province->phase_seconds[i] = bench_now () - t0;
      }
  }
  province->build_seconds = bench_now () - t_all;
  province->build_cpu = bench_cpu () - c_all;

  g_printerr ("bench: province %u: the same rows by plain SQLite…\n", province->size);
  if (!plain_copy (tmp, plain, FALSE, &province->plain_seconds, &province->plain_cpu,
                   &province->data_rows, &province->audit_rows, error))
    goto fail;
  remove_db (plain);
  g_printerr ("bench: province %u: the same rows and their audit rows by plain SQLite…\n", province->size);
  {
    guint64 data_rows, audit_rows;

    if (!plain_copy (tmp, plain, TRUE, &province->plain_audit_seconds, &province->plain_audit_cpu,
                     &data_rows, &audit_rows, error))
      goto fail;
    g_assert (data_rows == province->data_rows && audit_rows == province->audit_rows);
  }
  remove_db (plain);

  province->n_employees = p.people->len;
  province->n_units = p.units->len;
  province->n_teachers = p.n_teachers;
  province->big_opd = unit_path (&p, p.big_opd);
  province->big_opd_employees = count_within (&p, p.big_opd);
  province->export_unit = unit_path (&p, p.export_unit);
  province->export_unit_employees = count_within (&p, p.export_unit);
  province->small_unit = unit_path (&p, p.small_unit);
  province->search_text = g_strdup ("siti");

  g_key_file_set_integer (info, "province", "employees", province->n_employees);
  g_key_file_set_integer (info, "province", "units", province->n_units);
  g_key_file_set_integer (info, "province", "teachers", province->n_teachers);
  g_key_file_set_string (info, "province", "big-opd", province->big_opd);
  g_key_file_set_integer (info, "province", "big-opd-employees", province->big_opd_employees);
  g_key_file_set_string (info, "province", "export-unit", province->export_unit);
  g_key_file_set_integer (info, "province", "export-unit-employees", province->export_unit_employees);
  g_key_file_set_string (info, "province", "small-unit", province->small_unit);
  g_key_file_set_string (info, "province", "search-text", province->search_text);
  g_key_file_set_double (info, "build", "seconds", province->build_seconds);
  g_key_file_set_double_list (info, "build", "phases", province->phase_seconds, 5);
  g_key_file_set_double (info, "build", "plain-seconds", province->plain_seconds);
  g_key_file_set_double (info, "build", "cpu", province->build_cpu);
  g_key_file_set_double (info, "build", "plain-cpu", province->plain_cpu);
  g_key_file_set_double (info, "build", "plain-audit-seconds", province->plain_audit_seconds);
  g_key_file_set_double (info, "build", "plain-audit-cpu", province->plain_audit_cpu);
  g_key_file_set_uint64 (info, "build", "data-rows", province->data_rows);
  g_key_file_set_uint64 (info, "build", "audit-rows", province->audit_rows);

  if (g_rename (tmp, province->path) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "rename %s: %s", tmp, g_strerror (errno));
      goto fail;
    }
  remove_db (tmp);
  if (!g_key_file_save_to_file (info, info_path, error))
    goto fail;
  province_free (&p);
  return TRUE;

fail:
  remove_db (tmp);
  remove_db (plain);
  province_free (&p);
  return FALSE;
}

static gboolean
load_info (BenchProvince *province,
           const char    *info_path)
{
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree double *phases = NULL;
  gsize n_phases = 0;

  if (!g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, NULL))
    return FALSE;
  province->n_employees = g_key_file_get_integer (info, "province", "employees", &error);
  province->n_units = g_key_file_get_integer (info, "province", "units", NULL);
  province->n_teachers = g_key_file_get_integer (info, "province", "teachers", NULL);
  province->big_opd = g_key_file_get_string (info, "province", "big-opd", NULL);
  province->big_opd_employees = g_key_file_get_integer (info, "province", "big-opd-employees", NULL);
  province->export_unit = g_key_file_get_string (info, "province", "export-unit", NULL);
  province->export_unit_employees = g_key_file_get_integer (info, "province", "export-unit-employees", NULL);
  province->small_unit = g_key_file_get_string (info, "province", "small-unit", NULL);
  province->search_text = g_key_file_get_string (info, "province", "search-text", NULL);
  province->build_seconds = g_key_file_get_double (info, "build", "seconds", NULL);
  phases = g_key_file_get_double_list (info, "build", "phases", &n_phases, NULL);
  for (gsize i = 0; i < MIN (n_phases, 5); i++)
    province->phase_seconds[i] = phases[i];
  province->plain_seconds = g_key_file_get_double (info, "build", "plain-seconds", NULL);
  province->build_cpu = g_key_file_get_double (info, "build", "cpu", NULL);
  province->plain_cpu = g_key_file_get_double (info, "build", "plain-cpu", NULL);
  /* A cache from before the baseline with the audit rows is built again. */
  if (!g_key_file_has_key (info, "build", "plain-audit-cpu", NULL))
    return FALSE;
  province->plain_audit_seconds = g_key_file_get_double (info, "build", "plain-audit-seconds", NULL);
  province->plain_audit_cpu = g_key_file_get_double (info, "build", "plain-audit-cpu", NULL);
  province->data_rows = g_key_file_get_uint64 (info, "build", "data-rows", NULL);
  province->audit_rows = g_key_file_get_uint64 (info, "build", "audit-rows", NULL);
  return error == NULL && province->big_opd != NULL && province->export_unit != NULL &&
         province->small_unit != NULL && province->search_text != NULL;
}

BenchProvince *
bench_province_get (guint        size,
                    const char  *cache_dir,
                    GError     **error)
{
  g_autoptr(BenchProvince) province = g_new0 (BenchProvince, 1);
  g_autofree char *base = g_strdup_printf ("province-g%d-s%d-%u", BENCH_PROVINCE_VERSION,
                                           KN_STORE_SCHEMA_VERSION, size);
  g_autofree char *db_name = g_strconcat (base, ".db", NULL);
  g_autofree char *info_name = g_strconcat (base, ".ini", NULL);
  g_autofree char *info_path = g_build_filename (cache_dir, info_name, NULL);

  province->size = size;
  province->path = g_build_filename (cache_dir, db_name, NULL);
  if (g_mkdir_with_parents (cache_dir, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s: %s", cache_dir, g_strerror (errno));
      return NULL;
    }
  if (g_file_test (province->path, G_FILE_TEST_IS_REGULAR) && load_info (province, info_path))
    return g_steal_pointer (&province);

  g_clear_pointer (&province->big_opd, g_free);
  g_clear_pointer (&province->export_unit, g_free);
  g_clear_pointer (&province->small_unit, g_free);
  g_clear_pointer (&province->search_text, g_free);
  g_remove (info_path);
  remove_db (province->path);
  if (!build (province, info_path, error))
    return NULL;
  province->built_now = TRUE;
  return g_steal_pointer (&province);
}

void
bench_province_free (BenchProvince *province)
{
  if (province == NULL)
    return;
  g_free (province->path);
  g_free (province->big_opd);
  g_free (province->export_unit);
  g_free (province->small_unit);
  g_free (province->search_text);
  g_free (province);
}

const char *
bench_cache_dir (void)
{
  const char *dir = g_getenv ("KINERJA_BENCH_CACHE");

  return dir != NULL && dir[0] != '\0' ? dir : BENCH_CACHE_DIR;
}

guint
bench_read_sizes (int     argc,
                  char  **argv,
                  guint   sizes[BENCH_MAX_SIZES],
                  guint  *repeats)
{
  const char *repeat = g_getenv ("BENCH_REPEAT");
  guint n_sizes = 0;

  if (repeat != NULL)
    *repeats = CLAMP ((guint)g_ascii_strtoull (repeat, NULL, 10), 1, 15);
  for (int i = 1; i < argc && n_sizes < BENCH_MAX_SIZES; i++)
    sizes[n_sizes++] = (guint)g_ascii_strtoull (argv[i], NULL, 10);
  if (n_sizes == 0)
    {
      sizes[n_sizes++] = 1000;
      sizes[n_sizes++] = 5000;
      sizes[n_sizes++] = 19000;
    }
  return n_sizes;
}

double
bench_now (void)
{
  return g_get_monotonic_time () / 1e6;
}

double
bench_cpu (void)
{
  struct rusage self, children;

  getrusage (RUSAGE_SELF, &self);
  getrusage (RUSAGE_CHILDREN, &children);
  return self.ru_utime.tv_sec + self.ru_utime.tv_usec / 1e6 + self.ru_stime.tv_sec + self.ru_stime.tv_usec / 1e6 +
         children.ru_utime.tv_sec + children.ru_utime.tv_usec / 1e6 +
         children.ru_stime.tv_sec + children.ru_stime.tv_usec / 1e6;
}

double
bench_max_rss_mib (void)
{
  g_autofree char *status = NULL;
  const char *hwm;

  /* VmHWM, not getrusage: a child's ru_maxrss keeps the RSS its parent had when it forked. */
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (hwm = strstr (status, "VmHWM:")) != NULL)
    return g_ascii_strtod (hwm + 6, NULL) / 1024.0;
  return -1;
}

double
bench_run_child (char * const *argv,
                 gboolean      allow_status_1,
                 char        **out_stdout)
{
  g_autoptr(GString) out = g_string_new (NULL);
  int fds[2];
  int status = 0;
  double t0 = bench_now (), elapsed;
  pid_t pid;

  if (pipe (fds) != 0)
    return -1;
  fflush (stdout);
  pid = fork ();
  if (pid < 0)
    return -1;
  if (pid == 0)
    {
      dup2 (fds[1], STDOUT_FILENO);
      close (fds[0]);
      close (fds[1]);
      execv (argv[0], argv);
      _exit (127);
    }
  close (fds[1]);
  for (;;)
    {
      char buffer[65536];
      ssize_t n = read (fds[0], buffer, sizeof buffer);

      if (n > 0)
        {
          if (out_stdout != NULL)
            g_string_append_len (out, buffer, n);
        }
      else if (n == 0 || errno != EINTR)
        break;
    }
  close (fds[0]);
  while (waitpid (pid, &status, 0) < 0 && errno == EINTR)
    ;
  elapsed = bench_now () - t0;
  if (out_stdout != NULL)
    *out_stdout = g_string_free (g_steal_pointer (&out), FALSE);
  if (!WIFEXITED (status) || (WEXITSTATUS (status) != 0 && !(allow_status_1 && WEXITSTATUS (status) == 1)))
    {
      g_printerr ("bench: %s exited with status %d\n", argv[0], WIFEXITED (status) ? WEXITSTATUS (status) : -1);
      return -1;
    }
  return elapsed;
}
