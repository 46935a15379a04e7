/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A wall (README, Layout): the library being built stands without cairo. */

#error "cairo is used only in src/report and src/ui; this library must not include it (README, Layout)"
