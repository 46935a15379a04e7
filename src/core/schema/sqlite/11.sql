-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 11 (SQLite): the pangkat/golongan has a history — a kenaikan pangkat is a
-- 'pangkat' entry with the rank from its TMT (start_date), the rank it replaced (prev_rank) and
-- the SK number (decree), so that a document of an earlier period prints the rank held then.
-- SQLite cannot change a CHECK in place: the table is made anew with its keys and indexes, its
-- rows kept (nothing refers to it).

CREATE TABLE employee_history_v11 (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('status', 'mutasi', 'jabatan', 'plt', 'plh', 'pangkat')),
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
  decree TEXT,
  rank TEXT,
  prev_rank TEXT
);
INSERT INTO employee_history_v11 (id, employee_id, kind, start_date, end_date, status, unit_id,
                                  supervisor_id, prev_unit_id, prev_supervisor_id, position,
                                  position_kind, prev_position, prev_position_kind, acting_for_id,
                                  decree)
  SELECT id, employee_id, kind, start_date, end_date, status, unit_id, supervisor_id, prev_unit_id,
         prev_supervisor_id, position, position_kind, prev_position, prev_position_kind,
         acting_for_id, decree FROM employee_history;
DROP TABLE employee_history;
ALTER TABLE employee_history_v11 RENAME TO employee_history;
CREATE INDEX employee_history_employee ON employee_history (employee_id, kind, start_date);
-- Who acts for an official (or in a unit's vacant head post) on a day.
CREATE INDEX employee_history_acting ON employee_history (kind, acting_for_id, start_date);
CREATE INDEX employee_history_unit ON employee_history (unit_id, kind);
