-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3 (SQLite): SKP (plans, RHK, IKI, expectations, attachments) and the jabatan
-- templates, which are plans without an employee

CREATE TABLE plan (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER REFERENCES employee (id) ON DELETE CASCADE,
  template_position TEXT,
  year INTEGER NOT NULL,
  approach TEXT NOT NULL DEFAULT 'kuantitatif',
  assessor_id INTEGER REFERENCES employee (id) ON DELETE SET NULL,
  status TEXT NOT NULL DEFAULT 'draft',
  status_reason TEXT,
  jpt INTEGER NOT NULL DEFAULT 0,
  CHECK ((employee_id IS NULL) <> (template_position IS NULL))
);
CREATE UNIQUE INDEX plan_employee_year ON plan (employee_id, year)
  WHERE employee_id IS NOT NULL;
CREATE UNIQUE INDEX plan_template ON plan (template_position COLLATE NOCASE)
  WHERE template_position IS NOT NULL;
CREATE INDEX plan_year ON plan (year);
CREATE TABLE plan_result (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL CHECK (length (trim (text)) > 0),
  parent_id INTEGER REFERENCES plan_result (id) ON DELETE RESTRICT,
  parent_hint TEXT
);
CREATE INDEX plan_result_plan ON plan_result (plan_id, position);
CREATE INDEX plan_result_parent ON plan_result (parent_id);
CREATE TABLE indicator (
  id INTEGER PRIMARY KEY,
  result_id INTEGER NOT NULL REFERENCES plan_result (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  aspect TEXT NOT NULL DEFAULT '',
  perspective TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL CHECK (length (trim (text)) > 0),
  target_value REAL,
  target_unit TEXT,
  target_text TEXT,
  direction TEXT NOT NULL DEFAULT 'more'
);
CREATE INDEX indicator_result ON indicator (result_id, position);
CREATE TABLE plan_expectation (
  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  core_value TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (plan_id, core_value)
);
CREATE TABLE plan_attachment (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  section TEXT NOT NULL,
  position INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX plan_attachment_plan ON plan_attachment (plan_id, section, position);
