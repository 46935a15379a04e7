-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4 (SQLite): evaluation — periods, predikat organisasi, evaluations with their
-- snapshot, realisation, feedback, and the rules kept as data with the defaults of DOMAIN.md §5

CREATE TABLE period_scheme (
  year INTEGER PRIMARY KEY,
  scheme TEXT NOT NULL
);
CREATE TABLE org_rating (
  unit_id INTEGER NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  predikat TEXT NOT NULL,
  PRIMARY KEY (unit_id, period)
);
CREATE TABLE evaluation (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  assessor_id INTEGER REFERENCES employee (id) ON DELETE SET NULL,
  rating_result TEXT NOT NULL DEFAULT '',
  rating_behaviour TEXT NOT NULL DEFAULT '',
  predikat TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'draft',
  note TEXT,
  reopen_reason TEXT,
  snapshot TEXT,
  UNIQUE (employee_id, period)
);
CREATE INDEX evaluation_period ON evaluation (period);
CREATE TABLE realization (
  id INTEGER PRIMARY KEY,
  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  value REAL,
  text TEXT,
  evidence TEXT,
  evidence_file TEXT,
  UNIQUE (indicator_id, period)
);
CREATE TABLE feedback (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  result_id INTEGER REFERENCES plan_result (id) ON DELETE CASCADE,
  core_value TEXT,
  date TEXT NOT NULL,
  text TEXT NOT NULL CHECK (length (trim (text)) > 0)
);
CREATE INDEX feedback_plan ON feedback (plan_id, period);
CREATE TABLE distribution_rule (
  id INTEGER PRIMARY KEY,
  org_predikat TEXT NOT NULL,
  kind TEXT NOT NULL,
  predikats TEXT NOT NULL,
  share REAL NOT NULL DEFAULT 0
);
INSERT INTO distribution_rule (org_predikat, kind, predikats, share) VALUES
  ('istimewa', 'largest', 'sangat-baik', 0),
  ('istimewa', 'at-most', 'sangat-baik', 0.7),
  ('baik', 'largest', 'baik', 0),
  ('baik', 'at-most', 'baik', 0.7),
  ('baik', 'at-least-one', 'butuh-perbaikan kurang', 0),
  ('butuh-perbaikan', 'at-least', 'butuh-perbaikan', 0.6),
  ('butuh-perbaikan', 'at-most', 'sangat-baik', 0.1),
  ('kurang', 'at-least', 'kurang', 0.6),
  ('kurang', 'at-least', 'butuh-perbaikan', 0.1),
  ('kurang', 'at-most', 'sangat-baik', 0.1),
  ('sangat-kurang', 'at-least', 'sangat-kurang', 0.6),
  ('sangat-kurang', 'at-least', 'kurang butuh-perbaikan', 0.1),
  ('sangat-kurang', 'at-most', 'sangat-baik', 0);
CREATE TABLE org_rating_map (
  org_predikat TEXT PRIMARY KEY,
  rating TEXT NOT NULL
);
INSERT INTO org_rating_map (org_predikat, rating) VALUES
  ('istimewa', 'di-atas'), ('baik', 'sesuai'), ('butuh-perbaikan', 'di-bawah'),
  ('kurang', 'di-bawah'), ('sangat-kurang', 'di-bawah');
CREATE TABLE angka_kredit_coefficient (
  position_kind TEXT PRIMARY KEY,
  coefficient REAL NOT NULL
);
INSERT INTO angka_kredit_coefficient (position_kind, coefficient) VALUES
  ('ahli-pertama', 12.5), ('ahli-muda', 25), ('ahli-madya', 37.5), ('ahli-utama', 50),
  ('pemula', 3.75), ('terampil', 5), ('mahir', 12.5), ('penyelia', 25);
CREATE TABLE angka_kredit_conversion (
  predikat TEXT PRIMARY KEY,
  percent REAL NOT NULL
);
INSERT INTO angka_kredit_conversion (predikat, percent) VALUES
  ('sangat-baik', 150), ('baik', 100), ('butuh-perbaikan', 75), ('kurang', 50),
  ('sangat-kurang', 25);
