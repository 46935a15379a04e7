-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2 (PostgreSQL): office settings used on documents

CREATE TABLE setting (
  key text PRIMARY KEY,
  value text NOT NULL
);
INSERT INTO setting (key, value) VALUES
  ('instansi', 'Pemerintah Provinsi Lampung'),
  ('kota', 'Bandar Lampung');
