-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 6 (SQLite): people over time — a person's dated status, transfers between units
-- (mutasi), jabatan with their TMT, and the acting posts (Plt./Plh.) they hold for a date range.
-- The employee row stays the person as they are today; these rows say since when, and what was
-- before (prev_*: the unit, atasan or jabatan the change replaced).

CREATE TABLE employee_history (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('status', 'mutasi', 'jabatan', 'plt', 'plh')),
  start_date TEXT NOT NULL,
  end_date TEXT CHECK (end_date IS NULL OR end_date >= start_date),
  status TEXT,
  unit_id INTEGER REFERENCES org_unit (id) ON DELETE SET NULL,
  supervisor_id INTEGER REFERENCES employee (id) ON DELETE SET NULL,
  prev_unit_id INTEGER REFERENCES org_unit (id) ON DELETE SET NULL,
  prev_supervisor_id INTEGER REFERENCES employee (id) ON DELETE SET NULL,
  position TEXT,
  position_kind TEXT,
  prev_position TEXT,
  prev_position_kind TEXT,
  acting_for_id INTEGER REFERENCES employee (id) ON DELETE SET NULL,
  decree TEXT
);
CREATE INDEX employee_history_employee ON employee_history (employee_id, kind, start_date);
-- Who acts for an official (or in a unit's vacant head post) on a day.
CREATE INDEX employee_history_acting ON employee_history (kind, acting_for_id, start_date);
CREATE INDEX employee_history_unit ON employee_history (unit_id, kind);
