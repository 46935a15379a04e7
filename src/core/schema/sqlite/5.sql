-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 5 (SQLite): pengembangan kompetensi — each employee's learning activities, in JP

CREATE TABLE training (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  title TEXT NOT NULL CHECK (length (trim (title)) > 0),
  form TEXT NOT NULL,
  hours REAL NOT NULL CHECK (hours > 0),
  organizer TEXT,
  evidence TEXT
);
CREATE INDEX training_employee ON training (employee_id, date);
-- The JP of a year for everyone reads this index only, whatever the years of history.
CREATE INDEX training_year ON training (date, employee_id, hours);
