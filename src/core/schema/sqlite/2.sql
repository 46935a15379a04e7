-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2 (SQLite): office settings used on documents

CREATE TABLE setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO setting (key, value) VALUES
  ('instansi', 'Pemerintah Provinsi Lampung'),
  ('kota', 'Bandar Lampung');
