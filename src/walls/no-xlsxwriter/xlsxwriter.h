/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A wall (README, Layout): the library being built stands without libxlsxwriter. */

#error "libxlsxwriter is used only in src/io; this library must not include it (README, Layout)"
