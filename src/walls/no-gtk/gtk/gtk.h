/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A wall (README, Layout): the library being built stands without GTK. */

#error "GTK is used only in src/ui and the programs; this library must not include it (README, Layout)"
