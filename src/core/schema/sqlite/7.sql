-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 7 (SQLite): Survei Kepuasan Masyarakat — a unit's surveys per period and jenis
-- layanan, and each respondent's answers to the nine unsur (NULL: left unanswered); the Tim Penilai Kinerja

CREATE TABLE skm_survey (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  service TEXT NOT NULL CHECK (length (trim (service)) > 0),
  population INTEGER NOT NULL DEFAULT 0 CHECK (population >= 0),
  UNIQUE (unit_id, period, service)
);
CREATE TABLE skm_respondent (
  survey_id INTEGER NOT NULL REFERENCES skm_survey (id) ON DELETE CASCADE,
  number INTEGER NOT NULL CHECK (number > 0),
  u1 INTEGER CHECK (u1 BETWEEN 1 AND 4),
  u2 INTEGER CHECK (u2 BETWEEN 1 AND 4),
  u3 INTEGER CHECK (u3 BETWEEN 1 AND 4),
  u4 INTEGER CHECK (u4 BETWEEN 1 AND 4),
  u5 INTEGER CHECK (u5 BETWEEN 1 AND 4),
  u6 INTEGER CHECK (u6 BETWEEN 1 AND 4),
  u7 INTEGER CHECK (u7 BETWEEN 1 AND 4),
  u8 INTEGER CHECK (u8 BETWEEN 1 AND 4),
  u9 INTEGER CHECK (u9 BETWEEN 1 AND 4),
  PRIMARY KEY (survey_id, number)
);

-- Tim Penilai Kinerja: an office's independent review teams (decree, year), their members from
-- the roster with a role, and each member-team decision on an employee's evaluation of a period
CREATE TABLE review_team (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length (trim (name)) > 0),
  decree TEXT,
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999)
);
CREATE TABLE review_member (
  team_id INTEGER NOT NULL REFERENCES review_team (id) ON DELETE CASCADE,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  PRIMARY KEY (team_id, employee_id)
);
CREATE TABLE review_decision (
  id INTEGER PRIMARY KEY,
  team_id INTEGER NOT NULL REFERENCES review_team (id) ON DELETE CASCADE,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  decision TEXT NOT NULL,
  reason TEXT,
  decided_at TEXT NOT NULL,
  UNIQUE (team_id, employee_id, period)
);
CREATE INDEX review_decision_employee ON review_decision (employee_id, period);
