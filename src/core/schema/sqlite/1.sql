-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1 (SQLite): the organisation, its employees, the audit log

CREATE TABLE org_unit (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length (trim (name)) > 0),
  parent_id INTEGER REFERENCES org_unit (id) ON DELETE RESTRICT
);
CREATE INDEX org_unit_parent ON org_unit (parent_id);
CREATE TABLE employee (
  id INTEGER PRIMARY KEY,
  nip TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL CHECK (length (trim (name)) > 0),
  status TEXT NOT NULL,
  rank TEXT,
  position TEXT NOT NULL DEFAULT '',
  position_kind TEXT NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES org_unit (id) ON DELETE RESTRICT,
  supervisor_id INTEGER REFERENCES employee (id) ON DELETE SET NULL
);
CREATE INDEX employee_unit ON employee (unit_id);
CREATE INDEX employee_supervisor ON employee (supervisor_id);
CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  action TEXT NOT NULL,
  field TEXT,
  old_value TEXT,
  new_value TEXT
);
CREATE INDEX audit_entity ON audit (entity, entity_id);
