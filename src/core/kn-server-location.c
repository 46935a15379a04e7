/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Where a PostgreSQL server is: the fields a person types, checked into a libpq address that
 * requires TLS off this computer, and the plain words for what went wrong in connecting. */

#define G_LOG_DOMAIN "kn-server-location"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-server-location.h"
#include "kinerja/kn-store.h"
#include "kn-db.h"

/* How long libpq waits for a server that does not answer, in seconds. */
#define CONNECT_TIMEOUT 10

struct _KnServerLocation
{
  char     *host;      /* owned */
  guint     port;
  char     *database;  /* owned */
  char     *user;      /* owned */
  gboolean  verify_certificate;
  char     *uri;       /* owned */
  char     *display;   /* owned */
};

G_DEFINE_QUARK (kn-server-location-error-quark, kn_server_location_error)
G_DEFINE_BOXED_TYPE (KnServerLocation, kn_server_location, kn_server_location_copy,
                     kn_server_location_free)

static gboolean
host_is_socket (const char *host)
{
  return host[0] == '/';
}

/* A host name or an address: letters, digits, dots, hyphens, underscores, and the colons of an
 * IPv6 address. Anything else (spaces, "@", "/", a whole URI pasted) is a typing mistake. */
static gboolean
host_is_valid (const char *host)
{
  for (const char *p = host; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && strchr (".-_:", *p) == NULL)
      return FALSE;
  return TRUE;
}

static gboolean
host_is_local (const char *host)
{
  g_autoptr(GInetAddress) address = NULL;

  if (host_is_socket (host) || g_ascii_strcasecmp (host, "localhost") == 0)
    return TRUE;
  address = g_inet_address_new_from_string (host);
  return address != NULL && g_inet_address_get_is_loopback (address);
}

static char *
escape (const char *text)
{
  return g_uri_escape_string (text, NULL, FALSE);
}

static void
fill_uri (KnServerLocation *self)
{
  g_autofree char *user = escape (self->user);
  g_autofree char *database = escape (self->database);
  GString *uri = g_string_new ("postgresql://");
  const char *sslmode = NULL;

  if (self->verify_certificate)
    sslmode = "verify-full";
  else if (!host_is_local (self->host))
    sslmode = "require";

  g_string_append_printf (uri, "%s@", user);
  if (!host_is_socket (self->host))
    g_string_append_printf (uri, strchr (self->host, ':') != NULL ? "[%s]:%u" : "%s:%u",
                            self->host, self->port);
  g_string_append_printf (uri, "/%s?connect_timeout=%d", database, CONNECT_TIMEOUT);
  if (host_is_socket (self->host))
    {
      g_autofree char *folder = escape (self->host);

      g_string_append_printf (uri, "&host=%s&port=%u", folder, self->port);
    }
  if (sslmode != NULL)
    g_string_append_printf (uri, "&sslmode=%s", sslmode);
  self->uri = g_string_free (uri, FALSE);

  self->display = g_strdup_printf (strchr (self->host, ':') != NULL ? "%s@[%s]:%u/%s"
                                                                   : "%s@%s:%u/%s",
                                   self->user, self->host, self->port, self->database);
}

KnServerLocation *
kn_server_location_build (const char  *host,
                          guint        port,
                          const char  *database,
                          const char  *user,
                          gboolean     verify_certificate,
                          GError     **error)
{
  g_autoptr(KnServerLocation) self = g_new0 (KnServerLocation, 1);

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self->host = g_strstrip (g_strdup (host != NULL ? host : ""));
  self->database = g_strstrip (g_strdup (database != NULL ? database : ""));
  self->user = g_strstrip (g_strdup (user != NULL ? user : ""));
  self->port = port != 0 ? port : KN_DEFAULT_SERVER_PORT;
  self->verify_certificate = verify_certificate;

  if (self->host[0] == '\0')
    {
      g_set_error_literal (error, KN_SERVER_LOCATION_ERROR, KN_SERVER_LOCATION_ERROR_HOST,
                           _("Enter the server’s name or address, such as db.bkd.lan or 10.20.0.5."));
      return NULL;
    }
  if (!host_is_socket (self->host) && !host_is_valid (self->host))
    {
      g_set_error (error, KN_SERVER_LOCATION_ERROR, KN_SERVER_LOCATION_ERROR_HOST,
                   _("“%s” is not a server name or address: use letters, digits, dots and hyphens only, such as db.bkd.lan."),
                   self->host);
      return NULL;
    }
  if (self->port > 65535)
    {
      g_set_error (error, KN_SERVER_LOCATION_ERROR, KN_SERVER_LOCATION_ERROR_PORT,
                   _("The port must be a number from 1 to 65535 (PostgreSQL’s usual port is %d)."),
                   KN_DEFAULT_SERVER_PORT);
      return NULL;
    }
  if (self->database[0] == '\0')
    {
      g_set_error_literal (error, KN_SERVER_LOCATION_ERROR, KN_SERVER_LOCATION_ERROR_DATABASE,
                           _("Enter the name of the database on the server, such as kinerja."));
      return NULL;
    }
  if (self->user[0] == '\0')
    {
      g_set_error_literal (error, KN_SERVER_LOCATION_ERROR, KN_SERVER_LOCATION_ERROR_USER,
                           _("Enter the user name you log in to the server with."));
      return NULL;
    }

  fill_uri (self);
  return g_steal_pointer (&self);
}

KnServerLocation *
kn_server_location_copy (const KnServerLocation *self)
{
  KnServerLocation *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (KnServerLocation, 1);
  copy->host = g_strdup (self->host);
  copy->port = self->port;
  copy->database = g_strdup (self->database);
  copy->user = g_strdup (self->user);
  copy->verify_certificate = self->verify_certificate;
  copy->uri = g_strdup (self->uri);
  copy->display = g_strdup (self->display);
  return copy;
}

void
kn_server_location_free (KnServerLocation *self)
{
  if (self == NULL)
    return;

  g_free (self->host);
  g_free (self->database);
  g_free (self->user);
  g_free (self->uri);
  g_free (self->display);
  g_free (self);
}

const char *
kn_server_location_get_host (const KnServerLocation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->host;
}

guint
kn_server_location_get_port (const KnServerLocation *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->port;
}

const char *
kn_server_location_get_database (const KnServerLocation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->database;
}

const char *
kn_server_location_get_user (const KnServerLocation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->user;
}

gboolean
kn_server_location_get_verify_certificate (const KnServerLocation *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->verify_certificate;
}

gboolean
kn_server_location_is_local (const KnServerLocation *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return host_is_local (self->host);
}

const char *
kn_server_location_get_uri (const KnServerLocation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->uri;
}

const char *
kn_server_location_get_display (const KnServerLocation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->display;
}

void
kn_server_location_set_password (const char *uri,
                                 const char *password)
{
  g_return_if_fail (uri != NULL);
  kn_db_pg_set_password (uri, password);
}

/* One host of a URI's host list ("db.lan:5432", "[::1]:5432", "%2Fvar%2Frun%2Fpostgresql"),
 * without its port and unescaped; "" for none. */
static char *
host_of (const char *spec)
{
  g_autofree char *host = NULL;

  if (spec[0] == '[')
    {
      const char *end = strchr (spec, ']');

      host = end != NULL ? g_strndup (spec + 1, (gsize)(end - spec - 1)) : g_strdup (spec + 1);
    }
  else
    {
      const char *colon = strchr (spec, ':');

      host = colon != NULL ? g_strndup (spec, (gsize)(colon - spec)) : g_strdup (spec);
    }
  return g_uri_unescape_string (host, NULL);
}

/* Are all of the comma-separated @hosts on this computer? An empty one is $PGHOST or the
 * default socket. */
static gboolean
hosts_are_local (const char *hosts,
                 gboolean    bracketed,
                 char      **remote)
{
  /* (g_strsplit gives no element for "".) */
  g_auto(GStrv) list = hosts[0] != '\0' ? g_strsplit (hosts, ",", -1) : g_strsplit (",", ",", 2);

  for (guint i = 0; list[i] != NULL; i++)
    {
      g_autofree char *host = bracketed ? host_of (list[i]) : g_uri_unescape_string (list[i], NULL);
      const char *env = g_getenv ("PGHOST");

      if (host == NULL)
        host = g_strdup (list[i]);
      if (host[0] == '\0')
        {
          if (env == NULL || env[0] == '\0' || hosts_are_local (env, FALSE, remote))
            continue;
          return FALSE;
        }
      if (!host_is_local (host))
        {
          if (remote != NULL && *remote == NULL)
            *remote = g_steal_pointer (&host);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
kn_server_location_check_tls (const char   *uri,
                              const char  **sslmode,
                              GError      **error)
{
  const char *authority;
  const char *query;
  g_autofree char *hosts = NULL;
  g_autofree char *host_param = NULL;
  g_autofree char *hostaddr = NULL;
  g_autofree char *mode = NULL;
  g_autofree char *remote = NULL;
  const char *env_mode = g_getenv ("PGSSLMODE");
  const char *const weak[] = { "disable", "allow", "prefer", NULL };
  gboolean local;

  g_return_val_if_fail (uri != NULL, FALSE);
  g_return_val_if_fail (sslmode != NULL, FALSE);

  *sslmode = NULL;
  authority = strstr (uri, "://");
  if (authority == NULL)
    return TRUE;
  authority += 3;
  query = strchr (authority, '?');

  /* The host list: between the user's "@" and the database's "/". */
  {
    gsize end = strcspn (authority, "/?");
    g_autofree char *part = g_strndup (authority, end);
    const char *at = strrchr (part, '@');

    hosts = g_strdup (at != NULL ? at + 1 : part);
  }

  if (query != NULL)
    {
      g_auto(GStrv) params = g_strsplit (query + 1, "&", -1);

      for (guint i = 0; params[i] != NULL; i++)
        {
          const char *equals = strchr (params[i], '=');
          g_autofree char *key = NULL;
          char *value;
          char **target = NULL;

          if (equals == NULL)
            continue;
          key = g_strndup (params[i], (gsize)(equals - params[i]));
          value = g_uri_unescape_string (equals + 1, NULL);
          if (g_str_equal (key, "host"))
            target = &host_param;
          else if (g_str_equal (key, "hostaddr"))
            target = &hostaddr;
          else if (g_str_equal (key, "sslmode"))
            target = &mode;
          if (target != NULL && value != NULL)
            {
              g_free (*target);
              *target = value;
            }
          else
            g_free (value);
        }
    }

  /* libpq takes host= over the URI's hosts; hostaddr= is where it really connects. */
  if (hostaddr != NULL && hostaddr[0] != '\0')
    local = hosts_are_local (hostaddr, FALSE, &remote);
  else if (host_param != NULL)
    local = hosts_are_local (host_param, FALSE, &remote);
  else
    local = hosts_are_local (hosts, TRUE, &remote);
  if (local)
    return TRUE;

  if (mode == NULL)
    {
      /* $PGSSLMODE applies where the URI names none: only a strong one is left to it. */
      if (env_mode == NULL || env_mode[0] == '\0' || g_strv_contains (weak, env_mode))
        *sslmode = "require";
      return TRUE;
    }
  if (!g_strv_contains (weak, mode))
    return TRUE;

  g_set_error (error, KN_SERVER_LOCATION_ERROR, KN_SERVER_LOCATION_ERROR_TLS,
               _("Kinerja sends passwords and personal data to another computer only encrypted, but the address of the server “%s” asks for sslmode=%s. Leave sslmode out of the address (Kinerja then requires TLS), or write sslmode=require, verify-ca or verify-full."),
               remote != NULL ? remote : "", mode);
  return FALSE;
}

static gboolean
mentions (const char *text,
          const char *const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (text, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* libpq says why a socket failed in the system's words, which follow the locale ("Koneksi
 * ditolak"): compare with the same words. */
static gboolean
mentions_system_error (const char *text)
{
  const int codes[] = { ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, ENETUNREACH, ENOENT };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (strstr (text, g_strerror (codes[i])) != NULL)
      return TRUE;
  return FALSE;
}

KnServerProblem
kn_server_problem_from_error (const GError *error)
{
  /* libpq's own words, which carry no code for a failed connection (in English: Kinerja's
   * libpq has no Indonesian catalogue). */
  static const char *const password[] = { "password authentication failed", "no password supplied",
                                          "password", NULL };
  static const char *const not_allowed[] = { "pg_hba.conf", "permission denied",
                                             "not permitted to log in", NULL };
  static const char *const tls[] = { "SSL", "certificate", "TLS", NULL };
  static const char *const unreachable[] = { "Connection refused", "could not translate host name",
                                             "timeout expired", "timed out", "No route to host",
                                             "Network is unreachable", "No such file or directory",
                                             "Name or service not known", "could not connect",
                                             NULL };

  if (error == NULL || error->domain != KN_STORE_ERROR)
    return KN_SERVER_PROBLEM_OTHER;

  switch ((KnStoreError)error->code)
    {
    case KN_STORE_ERROR_NO_DATABASE:
      return KN_SERVER_PROBLEM_NO_DATABASE;
    case KN_STORE_ERROR_NOT_KINERJA:
      return KN_SERVER_PROBLEM_NOT_KINERJA;
    case KN_STORE_ERROR_PERMISSION:
    case KN_STORE_ERROR_FAILED:
      /* pg_hba.conf's refusal names the encryption it saw: it is about the desk, not TLS. */
      if (mentions (error->message, not_allowed))
        return KN_SERVER_PROBLEM_NOT_ALLOWED;
      if (mentions (error->message, password))
        return KN_SERVER_PROBLEM_PASSWORD;
      if (mentions (error->message, tls))
        return KN_SERVER_PROBLEM_TLS;
      if (mentions (error->message, unreachable) || mentions_system_error (error->message))
        return KN_SERVER_PROBLEM_UNREACHABLE;
      return KN_SERVER_PROBLEM_OTHER;
    default:
      return KN_SERVER_PROBLEM_OTHER;
    }
}

char *
kn_server_problem_describe (const GError           *error,
                            const KnServerLocation *location)
{
  g_return_val_if_fail (error != NULL, NULL);
  g_return_val_if_fail (location != NULL, NULL);

  switch (kn_server_problem_from_error (error))
    {
    case KN_SERVER_PROBLEM_PASSWORD:
      return g_strdup_printf (_("The server did not accept the password of user “%s”. Check the user name and the password, then try again."),
                              location->user);
    case KN_SERVER_PROBLEM_UNREACHABLE:
      return g_strdup_printf (_("No database server answers at %s, port %u. Check the address and the port, that the server is running, and that this computer can reach it over the network."),
                              location->host, location->port);
    case KN_SERVER_PROBLEM_TLS:
      if (location->verify_certificate)
        return g_strdup (_("The server’s certificate could not be checked, or the server refuses an encrypted (TLS) connection. To check the certificate, the CA certificate that signed it must be saved as ~/.postgresql/root.crt and the certificate must carry the server name you typed. Ask the server’s administrator."));
      return g_strdup (_("The server refuses an encrypted (TLS) connection. Kinerja sends passwords and personal data to another computer only encrypted: ask the server’s administrator to turn on “ssl” in postgresql.conf."));
    case KN_SERVER_PROBLEM_NOT_ALLOWED:
      return g_strdup_printf (_("The server does not let user “%s” into the database “%s” from this computer. Ask its administrator to allow it in pg_hba.conf (a “hostssl” line for this network)."),
                              location->user, location->database);
    case KN_SERVER_PROBLEM_NO_DATABASE:
      return g_strdup_printf (_("There is no database “%s” on the server. Check the name, or ask the server’s administrator to create it."),
                              location->database);
    case KN_SERVER_PROBLEM_NOT_KINERJA:
      return g_strdup_printf (_("The database “%s” is not set up for Kinerja. The server’s administrator sets it up once with “kinerja-cli server init %s”."),
                              location->database, location->uri);
    case KN_SERVER_PROBLEM_OTHER:
    default:
      return g_strdup_printf (_("Kinerja could not connect to the server: %s"), error->message);
    }
}
