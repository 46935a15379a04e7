/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of kn-output-file: only regular files are replaced, private modes, nothing left behind. */

#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-output-file.h"

#include "kn-test-util.h"

/* Each test writes in a fresh folder of its own, removed afterwards. */
typedef KnTestFolder Fixture;

static gboolean
write_file (const char *path,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnOutputFile) output = kn_output_file_new (path, &error);
  gboolean ok;

  if (output == NULL)
    return FALSE;
  g_assert_cmpint (write (kn_output_file_get_fd (output), text, strlen (text)), ==,
                   (gssize) strlen (text));
  ok = kn_output_file_commit (output, &error);
  g_assert_no_error (error);
  return ok;
}

/* A pipe, a symbolic link, a folder or a device at the target stays what it was; the message
 * names the path; nothing is left in the folder. */
static void
test_refuses_non_regular (Fixture       *fixture,
                          gconstpointer  data)
{
  const char *dir = fixture->dir;
  g_autofree char *fifo = g_build_filename (dir, "pipa.pdf", NULL);
  g_autofree char *target = g_build_filename (dir, "asli.txt", NULL);
  g_autofree char *link = g_build_filename (dir, "tautan.pdf", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.xlsx", NULL);
  const char *paths[] = { fifo, link, folder, "/dev/null" };
  g_autofree char *contents = NULL;
  GStatBuf st;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_true (g_file_set_contents (target, "tetap", -1, NULL));
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KnOutputFile) output = kn_output_file_new (paths[i], &error);

      g_assert_null (output);
      g_assert_error (error, KN_OUTPUT_FILE_ERROR, KN_OUTPUT_FILE_ERROR_NOT_REGULAR);
      g_assert_nonnull (strstr (error->message, paths[i]));
    }

  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "tetap");
  g_assert_cmpint (g_lstat ("/dev/null", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));

  kn_test_assert_listing (dir, "asli.txt folder.xlsx pipa.pdf tautan.pdf");
}

/* New files are their owner's only whatever the umask; an existing file keeps its mode. */
static void
test_modes (Fixture       *fixture,
            gconstpointer  data)
{
  const char *dir = fixture->dir;
  g_autofree char *fresh = g_build_filename (dir, "baru.pdf", NULL);
  g_autofree char *shared = g_build_filename (dir, "bersama.pdf", NULL);
  g_autofree char *private = g_build_filename (dir, "pribadi.pdf", NULL);
  g_autofree char *contents = NULL;
  mode_t old_umask = umask (022);

  g_assert_true (write_file (fresh, "baru"));
  g_assert_cmpuint (kn_test_file_mode (fresh), ==, 0600);

  g_assert_true (g_file_set_contents (shared, "lama", -1, NULL));
  g_assert_cmpint (g_chmod (shared, 0640), ==, 0);
  g_assert_true (write_file (shared, "baru"));
  g_assert_cmpuint (kn_test_file_mode (shared), ==, 0640);
  g_assert_true (g_file_get_contents (shared, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "baru");

  g_assert_true (g_file_set_contents (private, "lama", -1, NULL));
  g_assert_cmpint (g_chmod (private, 0600), ==, 0);
  g_assert_true (write_file (private, "baru"));
  g_assert_cmpuint (kn_test_file_mode (private), ==, 0600);

  umask (old_umask);
}

/* A file given up (an error, Stop) leaves neither the target nor the temporary file. */
static void
test_abandoned (Fixture       *fixture,
                gconstpointer  data)
{
  const char *dir = fixture->dir;
  g_autofree char *path = g_build_filename (dir, "batal.pdf", NULL);
  g_autoptr(GError) error = NULL;
  KnOutputFile *output = kn_output_file_new (path, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_test (kn_output_file_get_temp_path (output), G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_str_has_prefix (kn_output_file_get_temp_path (output), dir));
  kn_output_file_free (output);

  kn_test_assert_listing (dir, "");
}

/* SIGTERM (or Ctrl+C) while a file is written removes its temporary file, and the process still
 * dies of the signal. */
static void
test_signal (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "terputus.pdf", NULL);
  const int signals[] = { SIGTERM, SIGINT };

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    {
      int status;
      pid_t pid = fork ();

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          KnOutputFile *output;

          kn_output_file_install_signal_handlers ();
          output = kn_output_file_new (path, NULL);
          if (output == NULL || write (kn_output_file_get_fd (output), "data", 4) != 4)
            _exit (3);
          raise (signals[i]);
          _exit (4);
        }
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, signals[i]);
    }

  kn_test_assert_listing (fixture->dir, "");
}

/* Once the process is ending (kn_output_file_remove_pending, as quitting the window calls it while
 * a worker still writes): the file being written is gone and its commit replaces nothing, and a
 * new file is refused, saying why, and leaves nothing. The child process ends as the window
 * does. */
static void
test_after_quitting_child (void)
{
  const char *dir = g_getenv ("KN_TEST_OUTPUT_DIR");
  g_autofree char *first = g_build_filename (dir, "pertama.pdf", NULL);
  g_autofree char *second = g_build_filename (dir, "kedua.pdf", NULL);
  g_autoptr(KnOutputFile) output = NULL;
  g_autoptr(KnOutputFile) refused = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (first, "lama", -1, NULL));
  output = kn_output_file_new (first, &error);
  g_assert_no_error (error);
  g_assert_cmpint (write (kn_output_file_get_fd (output), "baru", 4), ==, 4);

  kn_output_file_remove_pending ();
  g_assert_false (g_file_test (kn_output_file_get_temp_path (output), G_FILE_TEST_EXISTS));
  g_assert_false (kn_output_file_commit (output, &error));
  g_assert_error (error, KN_OUTPUT_FILE_ERROR, KN_OUTPUT_FILE_ERROR_CLOSING);
  g_assert_nonnull (strstr (error->message, "pertama.pdf"));
  g_clear_error (&error);

  refused = kn_output_file_new (second, &error);
  g_assert_null (refused);
  g_assert_error (error, KN_OUTPUT_FILE_ERROR, KN_OUTPUT_FILE_ERROR_CLOSING);
  g_assert_nonnull (strstr (error->message, "kedua.pdf"));

  kn_test_assert_listing (dir, "pertama.pdf");
}

/* Runs the test @child_path in a child process that writes in @fixture's folder, asserting
 * that it passes. */
static void
run_child (Fixture    *fixture,
           const char *child_path)
{
  g_setenv ("KN_TEST_OUTPUT_DIR", fixture->dir, TRUE);
  g_test_trap_subprocess (child_path, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_after_quitting (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *first = g_build_filename (fixture->dir, "pertama.pdf", NULL);
  g_autofree char *contents = NULL;

  run_child (fixture, "/output-file/after-quitting/subprocess");
  kn_test_assert_listing (fixture->dir, "pertama.pdf");
  g_assert_true (g_file_get_contents (first, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "lama");
}

/* A writer that opens the temporary file by name (libxlsxwriter) writes into the file made in a
 * private folder, which is committed; once the process is ending, the name cannot be made again
 * and nothing is left (child process, as above). */
static void
test_reopening (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "rekap.xlsx", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KnOutputFile) output = NULL;
  FILE *file;

  output = kn_output_file_new_for_reopening (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kn_test_file_mode (kn_output_file_get_temp_path (output)), ==, 0600);
  {
    g_autofree char *folder = g_path_get_dirname (kn_output_file_get_temp_path (output));

    g_assert_cmpuint (kn_test_file_mode (folder), ==, 0700);
  }
  file = fopen (kn_output_file_get_temp_path (output), "wb");
  g_assert_nonnull (file);
  g_assert_cmpint (fputs ("isi", file), >=, 0);
  g_assert_cmpint (fclose (file), ==, 0);
  g_assert_true (kn_output_file_commit (output, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "isi");
  g_assert_cmpuint (kn_test_file_mode (path), ==, 0600);
  kn_test_assert_listing (fixture->dir, "rekap.xlsx");
}

static void
test_reopening_after_quitting_child (void)
{
  const char *dir = g_getenv ("KN_TEST_OUTPUT_DIR");
  g_autofree char *path = g_build_filename (dir, "rekap.xlsx", NULL);
  g_autoptr(KnOutputFile) output = NULL;
  g_autoptr(GError) error = NULL;

  output = kn_output_file_new_for_reopening (path, &error);
  g_assert_no_error (error);
  kn_output_file_remove_pending ();
  /* libxlsxwriter's fopen (NAME, "wb") after the cleanup. */
  g_assert_null (fopen (kn_output_file_get_temp_path (output), "wb"));
  kn_test_assert_listing (dir, "");
  /* The process ends here, before the writer could remove anything. */
  _exit (0);
}

static void
test_reopening_after_quitting (Fixture       *fixture,
                               gconstpointer  data)
{
  run_child (fixture, "/output-file/reopening/after-quitting/subprocess");
  kn_test_assert_listing (fixture->dir, "");
}

/* The temporary files of a process that no longer runs are removed at the next start; those of
 * a process still running, and every other file, stay. */
static void
test_clean_stale (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *dir = fixture->dir;
  g_autofree char *dead = NULL;
  g_autofree char *alive = NULL;
  g_autofree char *other = g_build_filename (dir, ".catatan.txt", NULL);
  g_autofree char *dead_folder = NULL;
  g_autofree char *dead_inside = NULL;
  g_autofree char *alive_name = NULL;
  g_autofree char *expected = NULL;
  int status;
  pid_t pid = fork ();

  /* The number of a process that has ended. */
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    _exit (0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);

  {
    char *name = g_strdup_printf (".rekap.pdf.kinerja-%ld-Ab3dEf", (long) pid);

    dead = g_build_filename (dir, name, NULL);
    g_free (name);
    /* The private folder of a workbook (kn_output_file_new_for_reopening). */
    name = g_strdup_printf (".rekap.xlsx.kinerja-%ld-Gh5iJk", (long) pid);
    dead_folder = g_build_filename (dir, name, NULL);
    dead_inside = g_build_filename (dead_folder, "rekap.xlsx", NULL);
    g_free (name);
  }
  alive_name = g_strdup_printf (".skp.pdf.kinerja-%ld-Zz9yXx", (long) getppid ());
  alive = g_build_filename (dir, alive_name, NULL);
  g_assert_true (g_file_set_contents (dead, "sisa", -1, NULL));
  g_assert_true (g_file_set_contents (alive, "sedang ditulis", -1, NULL));
  g_assert_true (g_file_set_contents (other, "milik orang", -1, NULL));
  g_assert_cmpint (g_mkdir (dead_folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (dead_inside, "sisa", -1, NULL));

  g_assert_cmpuint (kn_output_file_clean_stale (dir), ==, 2);
  expected = g_strdup_printf (".catatan.txt %s", alive_name);
  kn_test_assert_listing (dir, expected);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  KN_TEST_FOLDER_ADD ("/output-file/refuses-non-regular", test_refuses_non_regular);
  KN_TEST_FOLDER_ADD ("/output-file/modes", test_modes);
  KN_TEST_FOLDER_ADD ("/output-file/abandoned", test_abandoned);
  KN_TEST_FOLDER_ADD ("/output-file/signal", test_signal);
  KN_TEST_FOLDER_ADD ("/output-file/clean-stale", test_clean_stale);
  KN_TEST_FOLDER_ADD ("/output-file/after-quitting", test_after_quitting);
  g_test_add_func ("/output-file/after-quitting/subprocess", test_after_quitting_child);
  KN_TEST_FOLDER_ADD ("/output-file/reopening", test_reopening);
  KN_TEST_FOLDER_ADD ("/output-file/reopening/after-quitting", test_reopening_after_quitting);
  g_test_add_func ("/output-file/reopening/after-quitting/subprocess",
                   test_reopening_after_quitting_child);

  return g_test_run ();
}
