/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Many desks at once on a server: 20 clients save realisations at the same time on a PostgreSQL
 * server through the store (as the database's owner, and as 20 pegawai logins under row-level
 * security), beside plain libpq doing the same writes (the upsert and its audit row, one
 * transaction per save). Prints throughput, p95 latency and the ratio; checks that no save was
 * lost. Bounded in count (CLIENTS × SAVES) and time (LIMIT_S per run); asserts no time.
 *
 *   KINERJA_TEST_PG=postgresql://kinerja@127.0.0.1:PORT/postgres bench-server
 *
 * (./kinerja-dev pg-shell starts a private server and sets it.) Without it, says so and exits. */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "kinerja/kinerja.h"

#define CLIENTS    20
#define INDICATORS 8      /* per person: 2 RHK × 4 IKI */
#define ROUNDS     3      /* each IKI and period saved this many times */
#define LIMIT_S    120    /* a run stops after this long, whatever is left */

static const char *const periods[] = { "2026-TW1", "2026-TW2", "2026-TW3", "2026-TW4" };

#define SAVES (INDICATORS * G_N_ELEMENTS (periods) * ROUNDS)

typedef enum
{
  RUN_STORE,
  RUN_STORE_RLS,
  RUN_PLAIN,
} RunKind;

typedef struct
{
  RunKind     kind;
  char       *uri;                     /* the owner's, or the client's login */
  gint64      indicators[INDICATORS];
  gint64      started_at;              /* of the whole run */
  guint       n_done;
  guint       n_failed;
  gint64     *latency_us;              /* SAVES */
  double      last[INDICATORS][4];     /* the value last saved of each IKI and period; -1: none */
  char       *error;                   /* the first failure */
} Client;

typedef struct
{
  GMutex  lock;
  GCond   cond;
  guint   waiting;
  gboolean go;
} Start;

static Start start;

static void
wait_for_start (void)
{
  g_mutex_lock (&start.lock);
  start.waiting++;
  g_cond_broadcast (&start.cond);
  while (!start.go)
    g_cond_wait (&start.cond, &start.lock);
  g_mutex_unlock (&start.lock);
}

static void
note_failure (Client     *client,
              const char *message)
{
  client->n_failed++;
  if (client->error == NULL)
    client->error = g_strdup (message);
}

static gpointer
store_client (gpointer data)
{
  Client *client = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = kn_store_open_with_mode (client->uri, KN_STORE_OPEN_EXISTING, &error);

  wait_for_start ();
  if (store == NULL)
    {
      note_failure (client, error->message);
      return NULL;
    }
  for (guint round = 0; round < ROUNDS; round++)
    for (guint p = 0; p < G_N_ELEMENTS (periods); p++)
      for (guint i = 0; i < INDICATORS; i++)
        {
          g_autoptr(KnRealization) realization = kn_realization_new (client->indicators[i],
                                                                     periods[p]);
          gint64 before = g_get_monotonic_time ();

          if (before - client->started_at > LIMIT_S * G_USEC_PER_SEC)
            return NULL;
          realization->has_value = TRUE;
          realization->value = client->indicators[i] * 10.0 + round;
          realization->evidence = g_strdup ("Laporan kegiatan");
          if (!kn_store_save_realization (store, realization, &error))
            {
              note_failure (client, error->message);
              g_clear_error (&error);
              continue;
            }
          client->latency_us[client->n_done++] = g_get_monotonic_time () - before;
          client->last[i][p] = realization->value;
        }
  return NULL;
}

static gpointer
plain_client (gpointer data)
{
  Client *client = data;
  PGconn *conn = PQconnectdb (client->uri);

  wait_for_start ();
  if (PQstatus (conn) != CONNECTION_OK)
    {
      note_failure (client, PQerrorMessage (conn));
      PQfinish (conn);
      return NULL;
    }
  for (guint round = 0; round < ROUNDS; round++)
    for (guint p = 0; p < G_N_ELEMENTS (periods); p++)
      for (guint i = 0; i < INDICATORS; i++)
        {
          g_autofree char *indicator = g_strdup_printf ("%" G_GINT64_FORMAT, client->indicators[i]);
          g_autofree char *value = g_strdup_printf ("%.1f", client->indicators[i] * 10.0 + round);
          g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
          g_autofree char *at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
          g_autofree char *field = g_strconcat ("realization:", periods[p], NULL);
          const char *upsert[] = { indicator, periods[p], value, "Laporan kegiatan" };
          const char *audit[] = { at, indicator, field, value };
          gint64 before = g_get_monotonic_time ();
          PGresult *result;
          gboolean ok;

          if (before - client->started_at > LIMIT_S * G_USEC_PER_SEC)
            goto done;
          result = PQexec (conn, "BEGIN");
          PQclear (result);
          result = PQexecParams (conn,
                                 "INSERT INTO realization (indicator_id, period, value, evidence)"
                                 " VALUES ($1, $2, $3, $4) ON CONFLICT (indicator_id, period)"
                                 " DO UPDATE SET value = excluded.value,"
                                 " evidence = excluded.evidence",
                                 4, NULL, upsert, NULL, NULL, 0);
          ok = PQresultStatus (result) == PGRES_COMMAND_OK;
          PQclear (result);
          if (ok)
            {
              result = PQexecParams (conn,
                                     "INSERT INTO audit (at, entity, entity_id, action, fields,"
                                     " author) VALUES ($1, 'indicator', $2, 'update',"
                                     " jsonb_build_array (jsonb_build_array ($3::text, NULL,"
                                     " $4::text)), session_user)",
                                     4, NULL, audit, NULL, NULL, 0);
              ok = PQresultStatus (result) == PGRES_COMMAND_OK;
              PQclear (result);
            }
          result = PQexec (conn, ok ? "COMMIT" : "ROLLBACK");
          ok = ok && PQresultStatus (result) == PGRES_COMMAND_OK;
          PQclear (result);
          if (!ok)
            {
              note_failure (client, PQerrorMessage (conn));
              continue;
            }
          client->latency_us[client->n_done++] = g_get_monotonic_time () - before;
          client->last[i][p] = client->indicators[i] * 10.0 + round;
        }
done:
  PQfinish (conn);
  return NULL;
}

static int
compare_latency (gconstpointer a,
                 gconstpointer b)
{
  gint64 x = *(const gint64 *)a;
  gint64 y = *(const gint64 *)b;

  return x < y ? -1 : x > y;
}

typedef struct
{
  double seconds;
  guint  saves;
  guint  failed;
  double per_second;
  double p50_ms;
  double p95_ms;
} Figures;

static Figures
run (RunKind      kind,
     Client      *clients)
{
  GThread *threads[CLIENTS];
  g_autofree gint64 *all = g_new0 (gint64, CLIENTS * SAVES);
  Figures figures = { 0, };
  guint n = 0;
  gint64 began;

  start.waiting = 0;
  start.go = FALSE;
  for (guint c = 0; c < CLIENTS; c++)
    {
      clients[c].kind = kind;
      clients[c].n_done = 0;
      clients[c].n_failed = 0;
      g_clear_pointer (&clients[c].error, g_free);
      for (guint i = 0; i < INDICATORS; i++)
        for (guint p = 0; p < G_N_ELEMENTS (periods); p++)
          clients[c].last[i][p] = -1;
      threads[c] = g_thread_new ("client", kind == RUN_PLAIN ? plain_client : store_client,
                                 &clients[c]);
    }

  /* Every client connected (or failed to): all start at once. */
  g_mutex_lock (&start.lock);
  while (start.waiting < CLIENTS)
    g_cond_wait (&start.cond, &start.lock);
  began = g_get_monotonic_time ();
  for (guint c = 0; c < CLIENTS; c++)
    clients[c].started_at = began;
  start.go = TRUE;
  g_cond_broadcast (&start.cond);
  g_mutex_unlock (&start.lock);

  for (guint c = 0; c < CLIENTS; c++)
    g_thread_join (threads[c]);
  figures.seconds = (g_get_monotonic_time () - began) / (double)G_USEC_PER_SEC;

  for (guint c = 0; c < CLIENTS; c++)
    {
      memcpy (all + n, clients[c].latency_us, clients[c].n_done * sizeof (gint64));
      n += clients[c].n_done;
      figures.failed += clients[c].n_failed;
      if (clients[c].error != NULL && c == 0)
        g_printerr ("client %u: %s\n", c, clients[c].error);
    }
  figures.saves = n;
  figures.per_second = n / figures.seconds;
  if (n > 0)
    {
      qsort (all, n, sizeof (gint64), compare_latency);
      figures.p50_ms = all[(n - 1) / 2] / 1000.0;
      figures.p95_ms = all[(guint)ceil (n * 0.95) - 1] / 1000.0;
    }
  return figures;
}

/* Every realisation holds the value its client saved last (a run cut short by LIMIT_S has
 * saved fewer): no save was lost or overwritten by an older one. Returns how many do not. */
static guint
lost_updates (const char *uri,
              Client     *clients)
{
  PGconn *conn = PQconnectdb (uri);
  guint lost = 0;

  for (guint c = 0; c < CLIENTS; c++)
    for (guint i = 0; i < INDICATORS; i++)
      for (guint p = 0; p < G_N_ELEMENTS (periods); p++)
        {
          g_autofree char *indicator = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                        clients[c].indicators[i]);
          const char *params[] = { indicator, periods[p] };
          PGresult *result = PQexecParams (conn,
                                           "SELECT value FROM realization"
                                           " WHERE indicator_id = $1 AND period = $2",
                                           2, NULL, params, NULL, NULL, 0);
          double expected = clients[c].last[i][p];

          if (PQresultStatus (result) != PGRES_TUPLES_OK)
            lost++;
          else if (PQntuples (result) == 0)
            lost += expected >= 0;
          else if (expected < 0 || g_ascii_strtod (PQgetvalue (result, 0, 0), NULL) != expected)
            lost++;
          PQclear (result);
        }
  PQclear (PQexec (conn, "DELETE FROM realization"));
  PQfinish (conn);
  return lost;
}

static void
print_row (const char *what,
           Figures     figures,
           Figures     plain,
           guint       lost)
{
  g_print ("| %s | %u | %u | %.2f s | %.0f /s | %.1f ms | %.1f ms | %u | %.2fx |\n", what,
           figures.saves, figures.failed, figures.seconds, figures.per_second, figures.p50_ms,
           figures.p95_ms, lost, plain.per_second / figures.per_second);
}

int
main (int   argc,
      char *argv[])
{
  const char *base = g_getenv ("KINERJA_TEST_PG");
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) owner = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *tag = g_strdup_printf ("%08x", g_random_int ());
  Client clients[CLIENTS] = { { 0, } };
  char *login_uris[CLIENTS];
  gint64 unit_id;
  Figures store_figures, rls_figures, plain_figures;
  guint store_lost, rls_lost, plain_lost;

  if (base == NULL || strrchr (base, '/') == NULL)
    {
      g_print ("bench-server: no server; set KINERJA_TEST_PG (./kinerja-dev pg-shell starts one)\n");
      return 77;
    }
  uri = g_strdup_printf ("%.*s/kn_bench_%s", (int)(strrchr (base, '/') - base), base, tag);
  if (!kn_store_server_init (uri, &error))
    g_error ("server init: %s", error->message);
  owner = kn_store_open (uri, &error);
  if (owner == NULL)
    g_error ("%s", error->message);

  /* One unit, 20 people, each an SKP of 2 RHK × 4 IKI, and a pegawai login each. */
  {
    g_autoptr(KnOrgUnit) unit = kn_org_unit_new ("Badan Kepegawaian Daerah", 0);

    if (!kn_store_add_unit (owner, unit, &error))
      g_error ("%s", error->message);
    unit_id = kn_org_unit_get_id (unit);
  }
  for (guint c = 0; c < CLIENTS; c++)
    {
      g_autoptr(KnEmployee) employee = kn_employee_new ();
      g_autoptr(KnPlan) plan = NULL;
      g_autofree char *nip = g_strdup_printf ("198501%02u2010011%03u", c + 1, c + 1);
      g_autofree char *name = g_strdup_printf ("Pegawai %02u", c + 1);
      g_autofree char *login = g_strdup_printf ("b%s_%02u", tag, c);
      g_autofree char *added = NULL;
      g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);
      guint i = 0;

      kn_employee_set_nip (employee, nip);
      kn_employee_set_name (employee, name);
      kn_employee_set_status (employee, KN_EMPLOYEE_STATUS_PNS);
      kn_employee_set_rank (employee, "III/a");
      kn_employee_set_position (employee, "Analis SDM Aparatur");
      kn_employee_set_position_kind (employee, KN_POSITION_PELAKSANA);
      kn_employee_set_unit_id (employee, unit_id);
      if (!kn_store_add_employee (owner, employee, &error))
        g_error ("%s", error->message);

      plan = kn_plan_new (kn_employee_get_id (employee), 2026);
      for (guint r = 0; r < 2; r++)
        {
          g_autoptr(KnPlanResult) result = kn_plan_result_new ();
          g_autofree char *text = g_strdup_printf ("Terlaksananya layanan kepegawaian %u", r + 1);

          kn_plan_result_set_kind (result, KN_RESULT_KIND_UTAMA);
          kn_plan_result_set_text (result, text);
          for (guint k = 0; k < INDICATORS / 2; k++)
            {
              g_autoptr(KnIndicator) indicator = kn_indicator_new ();
              g_autofree char *what = g_strdup_printf ("Jumlah berkas yang diproses %u.%u", r + 1,
                                                       k + 1);

              kn_indicator_set_aspect (indicator, KN_ASPECT_KUANTITAS);
              kn_indicator_set_text (indicator, what);
              kn_indicator_set_target_value (indicator, 100);
              kn_indicator_set_target_unit (indicator, "berkas");
              g_list_store_append (kn_plan_result_get_indicators (result), indicator);
            }
          g_list_store_append (kn_plan_get_results (plan), result);
        }
      if (!kn_store_save_plan (owner, plan, &error))
        g_error ("%s", error->message);
      for (guint r = 0; r < 2; r++)
        {
          g_autoptr(KnPlanResult) result = g_list_model_get_item (G_LIST_MODEL (kn_plan_get_results (plan)), r);
          GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));

          for (guint k = 0; k < g_list_model_get_n_items (indicators); k++)
            {
              g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, k);

              clients[c].indicators[i++] = kn_indicator_get_id (indicator);
            }
        }

      added = kn_store_server_add_user (owner, nip, KN_SERVER_ROLE_PEGAWAI, 0, login, NULL, &error);
      if (added == NULL)
        g_error ("%s", error->message);
      clients[c].latency_us = g_new0 (gint64, SAVES);
      login_uris[c] = g_uri_join (G_URI_FLAGS_NONE, "postgresql", login, g_uri_get_host (parsed),
                                  g_uri_get_port (parsed), g_uri_get_path (parsed), NULL, NULL);
      clients[c].uri = g_strdup (login_uris[c]);
    }

  g_mutex_init (&start.lock);
  g_cond_init (&start.cond);

  plain_figures = run (RUN_PLAIN, clients);
  plain_lost = lost_updates (uri, clients);

  for (guint c = 0; c < CLIENTS; c++)
    {
      g_free (clients[c].uri);
      clients[c].uri = g_strdup (uri);
    }
  store_figures = run (RUN_STORE, clients);
  store_lost = lost_updates (uri, clients);

  for (guint c = 0; c < CLIENTS; c++)
    {
      g_free (clients[c].uri);
      clients[c].uri = g_strdup (login_uris[c]);
    }
  rls_figures = run (RUN_STORE_RLS, clients);
  rls_lost = lost_updates (uri, clients);

  g_print ("%u clients at once, each saving %u realisations (%u IKI, %zu periods, %u rounds)\n\n",
           CLIENTS, (guint)SAVES, INDICATORS, G_N_ELEMENTS (periods), ROUNDS);
  g_print ("| run | saves | failed | time | throughput | p50 | p95 | lost | vs plain |\n");
  g_print ("|---|---|---|---|---|---|---|---|---|\n");
  print_row ("plain libpq (upsert + audit row, a transaction each)", plain_figures, plain_figures,
             plain_lost);
  print_row ("Kinerja store, the owner's login", store_figures, plain_figures, store_lost);
  print_row ("Kinerja store, 20 pegawai logins (row-level security)", rls_figures, plain_figures,
             rls_lost);

  for (guint c = 0; c < CLIENTS; c++)
    {
      g_free (clients[c].uri);
      g_free (clients[c].latency_us);
      g_free (clients[c].error);
      g_free (login_uris[c]);
      /* The logins are the cluster's: they go; the database stays for a look. */
      {
        g_autofree char *login = g_strdup_printf ("b%s_%02u", tag, c);

        kn_store_server_remove_user (owner, login, NULL);
      }
    }
  return 0;
}
