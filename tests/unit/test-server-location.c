/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of where a server is (kn-server-location.h): what a person types becomes a libpq address
 * that requires TLS off this computer and never holds the password; and what went wrong in
 * connecting is told in plain words — against the private PostgreSQL server in the pg suite. */

#define G_LOG_DOMAIN "test-server-location"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "kinerja/kn-server-location.h"
#include "kinerja/kn-store.h"
#include "src/core/kn-db.h"

#include "kn-test-util.h"

static void
assert_refused (const char            *host,
                guint                  port,
                const char            *database,
                const char            *user,
                KnServerLocationError  field)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnServerLocation) location = kn_server_location_build (host, port, database, user,
                                                                   FALSE, &error);

  g_assert_null (location);
  g_assert_error (error, KN_SERVER_LOCATION_ERROR, (int)field);
  if (error != NULL)
    g_assert_cmpstr (error->message, !=, "");
}

static void
test_refuses_missing_fields (void)
{
  assert_refused ("", 5432, "kinerja", "kinerja", KN_SERVER_LOCATION_ERROR_HOST);
  assert_refused ("   ", 5432, "kinerja", "kinerja", KN_SERVER_LOCATION_ERROR_HOST);
  assert_refused (NULL, 5432, "kinerja", "kinerja", KN_SERVER_LOCATION_ERROR_HOST);
  assert_refused ("db bkd.lan", 5432, "kinerja", "kinerja", KN_SERVER_LOCATION_ERROR_HOST);
  assert_refused ("postgresql://db.bkd.lan", 5432, "kinerja", "kinerja",
                  KN_SERVER_LOCATION_ERROR_HOST);
  assert_refused ("db.bkd.lan", 70000, "kinerja", "kinerja", KN_SERVER_LOCATION_ERROR_PORT);
  assert_refused ("db.bkd.lan", 5432, "", "kinerja", KN_SERVER_LOCATION_ERROR_DATABASE);
  assert_refused ("db.bkd.lan", 5432, " \t", "kinerja", KN_SERVER_LOCATION_ERROR_DATABASE);
  assert_refused ("db.bkd.lan", 5432, "kinerja", "", KN_SERVER_LOCATION_ERROR_USER);
}

static KnServerLocation *
build (const char *host,
       guint       port,
       gboolean    verify)
{
  g_autoptr(GError) error = NULL;
  KnServerLocation *location = kn_server_location_build (host, port, "kinerja", "operator",
                                                         verify, &error);

  g_assert_no_error (error);
  g_assert_nonnull (location);
  return location;
}

static void
test_remote_requires_tls (void)
{
  g_autoptr(KnServerLocation) remote = build (" db.bkd.lan ", 0, FALSE);
  g_autoptr(KnServerLocation) address = build ("10.20.0.5", 6543, FALSE);
  g_autoptr(KnServerLocation) verified = build ("db.bkd.lan", 5432, TRUE);

  g_assert_false (kn_server_location_is_local (remote));
  g_assert_cmpstr (kn_server_location_get_host (remote), ==, "db.bkd.lan");
  g_assert_cmpuint (kn_server_location_get_port (remote), ==, 5432);
  g_assert_cmpstr (kn_server_location_get_uri (remote), ==,
                   "postgresql://operator@db.bkd.lan:5432/kinerja?connect_timeout=10&sslmode=require");
  g_assert_cmpstr (kn_server_location_get_display (remote), ==, "operator@db.bkd.lan:5432/kinerja");

  g_assert_false (kn_server_location_is_local (address));
  g_assert_cmpstr (kn_server_location_get_uri (address), ==,
                   "postgresql://operator@10.20.0.5:6543/kinerja?connect_timeout=10&sslmode=require");

  g_assert_true (kn_server_location_get_verify_certificate (verified));
  g_assert_cmpstr (kn_server_location_get_uri (verified), ==,
                   "postgresql://operator@db.bkd.lan:5432/kinerja?connect_timeout=10&sslmode=verify-full");
  g_assert_true (kn_store_location_is_server (kn_server_location_get_uri (verified)));
}

static void
test_local_without_tls (void)
{
  g_autoptr(KnServerLocation) name = build ("localhost", 5432, FALSE);
  g_autoptr(KnServerLocation) v4 = build ("127.0.0.1", 5432, FALSE);
  g_autoptr(KnServerLocation) v6 = build ("::1", 5432, FALSE);
  g_autoptr(KnServerLocation) socket = build ("/var/run/postgresql", 5432, FALSE);
  g_autoptr(KnServerLocation) verified = build ("localhost", 5432, TRUE);

  g_assert_true (kn_server_location_is_local (name));
  g_assert_cmpstr (kn_server_location_get_uri (name), ==,
                   "postgresql://operator@localhost:5432/kinerja?connect_timeout=10");
  g_assert_true (kn_server_location_is_local (v4));
  g_assert_null (strstr (kn_server_location_get_uri (v4), "sslmode"));
  g_assert_true (kn_server_location_is_local (v6));
  g_assert_cmpstr (kn_server_location_get_uri (v6), ==,
                   "postgresql://operator@[::1]:5432/kinerja?connect_timeout=10");
  g_assert_cmpstr (kn_server_location_get_display (v6), ==, "operator@[::1]:5432/kinerja");
  g_assert_true (kn_server_location_is_local (socket));
  g_assert_cmpstr (kn_server_location_get_uri (socket), ==,
                   "postgresql://operator@/kinerja?connect_timeout=10&host=%2Fvar%2Frun%2Fpostgresql&port=5432");
  /* Asked for, the certificate is checked on this computer too. */
  g_assert_true (g_str_has_suffix (kn_server_location_get_uri (verified), "&sslmode=verify-full"));
}

static void
test_escapes_names (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnServerLocation) location = kn_server_location_build ("db.bkd.lan", 5432,
                                                                   "kinerja 2026?x=1",
                                                                   "budi@bkd", FALSE, &error);
  g_autoptr(GUri) uri = NULL;

  g_assert_no_error (error);
  uri = g_uri_parse (kn_server_location_get_uri (location), G_URI_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_uri_get_user (uri), ==, "budi@bkd");
  g_assert_cmpstr (g_uri_get_path (uri), ==, "/kinerja 2026?x=1");
  g_assert_cmpstr (g_uri_get_query (uri), ==, "connect_timeout=10&sslmode=require");
}

static void
test_password_never_shown (void)
{
  const char *password = "Rahasia#2026";
  g_autoptr(KnServerLocation) location = build ("db.bkd.lan", 5432, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  kn_server_location_set_password (kn_server_location_get_uri (location), password);
  g_assert_null (strstr (kn_server_location_get_uri (location), password));
  g_assert_null (strstr (kn_server_location_get_display (location), password));

  error = g_error_new (KN_STORE_ERROR, KN_STORE_ERROR_PERMISSION, "connection to server at "
                       "\"db.bkd.lan\" (10.20.0.5), port 5432 failed: FATAL:  password "
                       "authentication failed for user \"operator\"");
  message = kn_server_problem_describe (error, location);
  g_assert_null (strstr (message, password));
  kn_server_location_set_password (kn_server_location_get_uri (location), NULL);
}

static void
assert_problem (KnStoreError     code,
                const char      *libpq,
                KnServerProblem  problem)
{
  g_autoptr(GError) error = g_error_new (KN_STORE_ERROR, code, "“postgresql://operator@db.bkd."
                                         "lan:5432/kinerja?sslmode=require” cannot be opened as "
                                         "a database: %s.", libpq);

  g_assert_cmpint (kn_server_problem_from_error (error), ==, problem);
}

/* libpq 15's own messages, as the driver passes on their first line. */
static void
test_problems (void)
{
  g_autoptr(KnServerLocation) location = build ("db.bkd.lan", 5432, FALSE);
  g_autoptr(GError) missing = NULL;
  g_autoptr(GError) empty = NULL;
  g_autofree char *described = NULL;

  assert_problem (KN_STORE_ERROR_PERMISSION, "connection to server at \"db.bkd.lan\" "
                  "(10.20.0.5), port 5432 failed: FATAL:  password authentication failed for "
                  "user \"operator\"", KN_SERVER_PROBLEM_PASSWORD);
  assert_problem (KN_STORE_ERROR_PERMISSION, "connection to server at \"db.bkd.lan\" "
                  "(10.20.0.5), port 5432 failed: fe_sendauth: no password supplied",
                  KN_SERVER_PROBLEM_PASSWORD);
  assert_problem (KN_STORE_ERROR_PERMISSION, "connection to server at \"db.bkd.lan\" "
                  "(10.20.0.5), port 5432 failed: FATAL:  no pg_hba.conf entry for host "
                  "\"10.9.0.1\", user \"operator\", database \"kinerja\", SSL encryption",
                  KN_SERVER_PROBLEM_NOT_ALLOWED);
  assert_problem (KN_STORE_ERROR_FAILED, "connection to server at \"db.bkd.lan\" (10.20.0.5), "
                  "port 5432 failed: server does not support SSL, but SSL was required",
                  KN_SERVER_PROBLEM_TLS);
  assert_problem (KN_STORE_ERROR_FAILED, "connection to server at \"db.bkd.lan\" (10.20.0.5), "
                  "port 5432 failed: Connection refused", KN_SERVER_PROBLEM_UNREACHABLE);
  assert_problem (KN_STORE_ERROR_FAILED, "could not translate host name \"db.bkd.lan\" to "
                  "address: Name or service not known", KN_SERVER_PROBLEM_UNREACHABLE);
  assert_problem (KN_STORE_ERROR_FAILED, "connection to server at \"db.bkd.lan\" (10.20.0.5), "
                  "port 5432 failed: timeout expired", KN_SERVER_PROBLEM_UNREACHABLE);
  assert_problem (KN_STORE_ERROR_FAILED, "connection to server at \"db.bkd.lan\" (10.20.0.5), "
                  "port 5432 failed: server closed the connection unexpectedly",
                  KN_SERVER_PROBLEM_OTHER);

  missing = g_error_new_literal (KN_STORE_ERROR, KN_STORE_ERROR_NO_DATABASE, "no database");
  g_assert_cmpint (kn_server_problem_from_error (missing), ==, KN_SERVER_PROBLEM_NO_DATABASE);
  empty = g_error_new_literal (KN_STORE_ERROR, KN_STORE_ERROR_NOT_KINERJA, "empty");
  g_assert_cmpint (kn_server_problem_from_error (empty), ==, KN_SERVER_PROBLEM_NOT_KINERJA);
  described = kn_server_problem_describe (empty, location);
  /* What the administrator runs, with the address typed in. */
  g_assert_nonnull (strstr (described, "kinerja-cli server init postgresql://operator@db.bkd.lan:5432/kinerja"));
}

/* The test server's address, in the fields a person would type. */
static KnServerLocation *
build_on_test_server (const char *database,
                      gboolean    verify)
{
  g_autoptr(GUri) uri = g_uri_parse (g_getenv ("KINERJA_TEST_PG"), G_URI_FLAGS_NONE, NULL);
  g_autoptr(GError) error = NULL;
  KnServerLocation *location;

  g_assert_nonnull (uri);
  location = kn_server_location_build (g_uri_get_host (uri), (guint)g_uri_get_port (uri),
                                       database, g_uri_get_user (uri), verify, &error);
  g_assert_no_error (error);
  return location;
}

static KnServerProblem
problem_opening (const KnServerLocation *location)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = kn_store_open_with_mode (kn_server_location_get_uri (location),
                                                      KN_STORE_OPEN_EXISTING, &error);

  g_assert_null (store);
  g_assert_nonnull (error);
  return kn_server_problem_from_error (error);
}

static void
test_server_connect (void)
{
  g_autofree char *uri = kn_test_server_uri ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) created = kn_store_open (uri, &error);
  g_autoptr(GUri) parsed = NULL;
  g_autoptr(KnServerLocation) location = NULL;
  g_autoptr(KnStore) store = NULL;

  g_assert_no_error (error);
  g_clear_object (&created);
  parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);
  location = build_on_test_server (g_uri_get_path (parsed) + 1, FALSE);
  g_assert_true (kn_server_location_is_local (location));

  /* The server trusts 127.0.0.1, so a password given is simply not asked for. */
  kn_server_location_set_password (kn_server_location_get_uri (location), "Rahasia#2026");
  store = kn_store_open_with_mode (kn_server_location_get_uri (location), KN_STORE_OPEN_EXISTING,
                                   &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  if (store != NULL)
    g_assert_null (strstr (kn_store_get_path (store), "Rahasia"));
  kn_server_location_set_password (kn_server_location_get_uri (location), NULL);
}

static void
test_server_problems (void)
{
  g_autofree char *uri = kn_test_server_uri ();
  g_autofree char *empty_uri = kn_test_server_uri ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);
  g_autoptr(GUri) empty_parsed = g_uri_parse (empty_uri, G_URI_FLAGS_NONE, NULL);
  g_autoptr(KnServerLocation) missing = build_on_test_server (g_uri_get_path (parsed) + 1, FALSE);
  g_autoptr(KnServerLocation) empty = build_on_test_server (g_uri_get_path (empty_parsed) + 1,
                                                            FALSE);
  g_autoptr(KnServerLocation) tls = build_on_test_server (g_uri_get_path (empty_parsed) + 1,
                                                          TRUE);
  g_autoptr(KnServerLocation) nobody = NULL;
  KnDb *db;

  g_assert_cmpint (problem_opening (missing), ==, KN_SERVER_PROBLEM_NO_DATABASE);
  /* A database made by hand, without kinerja-cli server init: not a Kinerja one yet. */
  db = kn_db_open (empty_uri, KN_DB_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_clear_pointer (&db, kn_db_close);
  g_assert_cmpint (problem_opening (empty), ==, KN_SERVER_PROBLEM_NOT_KINERJA);
  /* The test server has no TLS: verify-full is refused, never quietly unencrypted. */
  g_assert_cmpint (problem_opening (tls), ==, KN_SERVER_PROBLEM_TLS);
  /* Port 1 on this computer: nothing listens there. */
  nobody = kn_server_location_build ("127.0.0.1", 1, "kinerja", "kinerja", FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (problem_opening (nobody), ==, KN_SERVER_PROBLEM_UNREACHABLE);
}

/* sslmode kn_server_location_check_tls asks for @uri (NULL: as written); fails on a refusal. */
static const char *
tls_of (const char *uri)
{
  g_autoptr(GError) error = NULL;
  const char *sslmode = "unset";

  g_assert_true (kn_server_location_check_tls (uri, &sslmode, &error));
  g_assert_no_error (error);
  return sslmode;
}

static void
assert_tls_refused (const char *uri,
                    const char *host)
{
  g_autoptr(GError) error = NULL;
  const char *sslmode = NULL;

  g_assert_false (kn_server_location_check_tls (uri, &sslmode, &error));
  g_assert_error (error, KN_SERVER_LOCATION_ERROR, KN_SERVER_LOCATION_ERROR_TLS);
  if (error != NULL)
    {
      g_assert_nonnull (strstr (error->message, host));
      g_assert_nonnull (strstr (error->message, "sslmode="));
    }
}

/* --database postgresql://… follows the dialog's rule: off this computer only over TLS. */
static void
test_uri_tls (void)
{
  g_unsetenv ("PGHOST");
  g_unsetenv ("PGSSLMODE");

  /* Off this computer: TLS required where the address names no sslmode … */
  g_assert_cmpstr (tls_of ("postgresql://kn1980@db.bkd.lan/kinerja"), ==, "require");
  g_assert_cmpstr (tls_of ("postgresql://kn1980@10.20.0.5:5433/kinerja?connect_timeout=5"), ==,
                   "require");
  g_assert_cmpstr (tls_of ("postgres://db.bkd.lan"), ==, "require");
  g_assert_cmpstr (tls_of ("postgresql://u@[2001:db8::5]:5432/kinerja"), ==, "require");
  g_assert_cmpstr (tls_of ("postgresql://u@localhost,db.bkd.lan/kinerja"), ==, "require");
  g_assert_cmpstr (tls_of ("postgresql://u@localhost/kinerja?host=db.bkd.lan"), ==, "require");
  g_assert_cmpstr (tls_of ("postgresql://u@localhost/kinerja?hostaddr=10.20.0.5"), ==, "require");
  /* … kept where it asks for TLS itself … */
  g_assert_null (tls_of ("postgresql://u@db.bkd.lan/kinerja?sslmode=require"));
  g_assert_null (tls_of ("postgresql://u@db.bkd.lan/kinerja?sslmode=verify-ca"));
  g_assert_null (tls_of ("postgresql://u@db.bkd.lan/kinerja?sslmode=verify-full&sslrootcert=/etc/ca.crt"));
  /* … and refused where it allows none. */
  assert_tls_refused ("postgresql://u@db.bkd.lan/kinerja?sslmode=disable", "db.bkd.lan");
  assert_tls_refused ("postgresql://u@10.20.0.5/kinerja?sslmode=allow", "10.20.0.5");
  assert_tls_refused ("postgresql://u@db.bkd.lan:5432/kinerja?connect_timeout=5&sslmode=prefer",
                      "db.bkd.lan");
  assert_tls_refused ("postgresql://u@localhost/k?host=db.bkd.lan&sslmode=disable", "db.bkd.lan");

  /* On this computer: as written, whatever it says. */
  g_assert_null (tls_of ("postgresql://kinerja@127.0.0.1:55432/postgres"));
  g_assert_null (tls_of ("postgresql://kinerja@localhost/kinerja?sslmode=disable"));
  g_assert_null (tls_of ("postgresql://kinerja@[::1]:5432/kinerja?sslmode=disable"));
  g_assert_null (tls_of ("postgresql:///kinerja"));
  g_assert_null (tls_of ("postgresql://kinerja@%2Fvar%2Frun%2Fpostgresql/kinerja"));
  g_assert_null (tls_of ("postgresql://kinerja@/kinerja?host=/var/run/postgresql&sslmode=disable"));

  /* $PGHOST stands for a missing host; $PGSSLMODE counts only when it asks for TLS. */
  g_setenv ("PGHOST", "db.bkd.lan", TRUE);
  g_assert_cmpstr (tls_of ("postgresql:///kinerja"), ==, "require");
  g_setenv ("PGSSLMODE", "verify-full", TRUE);
  g_assert_null (tls_of ("postgresql:///kinerja"));
  g_setenv ("PGSSLMODE", "disable", TRUE);
  g_assert_cmpstr (tls_of ("postgresql:///kinerja"), ==, "require");
  g_unsetenv ("PGHOST");
  g_unsetenv ("PGSSLMODE");
}

/* The driver applies it: a refused address never reaches the network. */
static void
test_uri_tls_open (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = kn_store_open_with_mode ("postgresql://u@db.bkd.lan/kinerja?sslmode=disable",
                                                      KN_STORE_OPEN_EXISTING, &error);

  g_assert_null (store);
  g_assert_error (error, KN_SERVER_LOCATION_ERROR, KN_SERVER_LOCATION_ERROR_TLS);
}

int
main (int   argc,
      char *argv[])
{
  kn_test_init (&argc, &argv);

  g_test_add_func ("/server-location/build/refuses-missing-fields", test_refuses_missing_fields);
  g_test_add_func ("/server-location/build/remote-requires-tls", test_remote_requires_tls);
  g_test_add_func ("/server-location/build/local-without-tls", test_local_without_tls);
  g_test_add_func ("/server-location/build/escapes-names", test_escapes_names);
  g_test_add_func ("/server-location/password-never-shown", test_password_never_shown);
  g_test_add_func ("/server-location/problems", test_problems);
  g_test_add_func ("/server-location/uri/tls", test_uri_tls);
  g_test_add_func ("/server-location/uri/tls-open", test_uri_tls_open);
  if (kn_test_on_server ())
    {
      g_test_add_func ("/server-location/server/connect", test_server_connect);
      g_test_add_func ("/server-location/server/problems", test_server_problems);
    }

  return g_test_run ();
}
