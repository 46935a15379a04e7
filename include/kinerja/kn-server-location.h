/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Where a PostgreSQL server is, as a person types it (host, port, database, user): checked once,
 * turned into the libpq address the store opens (TLS required off this computer) and into what
 * the window shows. The password is never part of either: it is handed to the driver apart. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KN_SERVER_LOCATION_ERROR (kn_server_location_error_quark ())

/* Which field is wrong, so that the window can say it at that field. */
typedef enum
{
  KN_SERVER_LOCATION_ERROR_HOST,
  KN_SERVER_LOCATION_ERROR_PORT,
  KN_SERVER_LOCATION_ERROR_DATABASE,
  KN_SERVER_LOCATION_ERROR_USER,
  KN_SERVER_LOCATION_ERROR_TLS,   /* an address off this computer that allows no TLS */
} KnServerLocationError;

/* Why connecting failed, in the words of the person at the desk. */
typedef enum
{
  KN_SERVER_PROBLEM_OTHER,
  KN_SERVER_PROBLEM_PASSWORD,     /* wrong password, or none given where one is needed */
  KN_SERVER_PROBLEM_UNREACHABLE,  /* no server answers at that address and port */
  KN_SERVER_PROBLEM_TLS,          /* the server refuses TLS, or its certificate is not trusted */
  KN_SERVER_PROBLEM_NOT_ALLOWED,  /* pg_hba.conf or the role refuses this desk */
  KN_SERVER_PROBLEM_NO_DATABASE,  /* no database of that name on the server */
  KN_SERVER_PROBLEM_NOT_KINERJA,  /* the database is empty or another program's: server init */
} KnServerProblem;

#define KN_DEFAULT_SERVER_PORT 5432

#define KN_TYPE_SERVER_LOCATION (kn_server_location_get_type ())

typedef struct _KnServerLocation KnServerLocation;

GQuark            kn_server_location_error_quark (void);
GType             kn_server_location_get_type    (void) G_GNUC_CONST;

/* Checks what was typed (surrounding spaces are dropped) and returns the location, or NULL with
 * a KN_SERVER_LOCATION_ERROR naming the field. @host is a name, an address, or a folder (a Unix
 * socket, starting with "/"); @port 0 means 5432. Off this computer TLS is required
 * (sslmode=require); @verify_certificate asks for verify-full (the server's certificate must be
 * signed by the CA in ~/.postgresql/root.crt and carry the host's name). */
KnServerLocation *kn_server_location_build       (const char        *host,
                                                  guint              port,
                                                  const char        *database,
                                                  const char        *user,
                                                  gboolean           verify_certificate,
                                                  GError           **error);
KnServerLocation *kn_server_location_copy        (const KnServerLocation *self);
void              kn_server_location_free        (KnServerLocation  *self);

const char       *kn_server_location_get_host     (const KnServerLocation *self);
guint             kn_server_location_get_port     (const KnServerLocation *self);
const char       *kn_server_location_get_database (const KnServerLocation *self);
const char       *kn_server_location_get_user     (const KnServerLocation *self);
gboolean          kn_server_location_get_verify_certificate (const KnServerLocation *self);
/* TRUE for localhost, a loopback address or a Unix socket: TLS is not required there. */
gboolean          kn_server_location_is_local     (const KnServerLocation *self);
/* The libpq address (a postgresql:// URI with sslmode) for --database and kn_store_open: no
 * password, ever. */
const char       *kn_server_location_get_uri      (const KnServerLocation *self);
/* What a person reads: "user@host:port/database", with no password. */
const char       *kn_server_location_get_display  (const KnServerLocation *self);

/* The rule of --database postgresql://… (as the dialog's): off this computer TLS is required.
 * For @uri naming a host other than localhost, a loopback address or a Unix socket (in the URI,
 * its host= or hostaddr=, or $PGHOST), returns in *@sslmode "require" when the URI names no
 * sslmode (or $PGSSLMODE a weaker one), NULL when it asks for require, verify-ca or verify-full;
 * sslmode=disable, allow or prefer is refused: FALSE with KN_SERVER_LOCATION_ERROR_TLS. On this
 * computer *@sslmode is NULL: the URI is used as written. */
gboolean          kn_server_location_check_tls    (const char        *uri,
                                                   const char       **sslmode,
                                                   GError           **error);

/* Gives the driver the password for connections to @uri (as kn_server_location_get_uri returns
 * it), for this process only: it is kept in memory, never written. NULL or "" forgets it. */
void              kn_server_location_set_password (const char        *uri,
                                                   const char        *password);

/* What went wrong in opening a server's database (an error of kn_store_open_with_mode). */
KnServerProblem   kn_server_problem_from_error    (const GError      *error);
/* A translated sentence for the person at the desk: what is wrong and what to do; the
 * server's own words follow when the problem is not one of the known ones. */
char             *kn_server_problem_describe      (const GError      *error,
                                                   const KnServerLocation *location);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnServerLocation, kn_server_location_free)

G_END_DECLS
