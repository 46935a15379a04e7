-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 10 (SQLite): a matter put before the Tim Penilai Kinerja ("diajukan") waits for
-- the team's decision, and holds back finalising that evaluation: no decision date until the team
-- decides, the date it was put before the team kept; the decision one of the three states.
-- SQLite cannot change a column's constraints in place: the table is made anew, its rows kept.

CREATE TABLE review_decision_v10 (
  id INTEGER PRIMARY KEY,
  team_id INTEGER NOT NULL REFERENCES review_team (id) ON DELETE CASCADE,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('diajukan', 'setuju', 'tinjau-ulang')),
  reason TEXT,
  decided_at TEXT CHECK ((decided_at IS NULL) = (decision = 'diajukan')),
  submitted_at TEXT,
  UNIQUE (team_id, employee_id, period)
);
INSERT INTO review_decision_v10 (id, team_id, employee_id, period, decision, reason, decided_at)
  SELECT id, team_id, employee_id, period, decision, reason, decided_at FROM review_decision;
DROP TABLE review_decision;
ALTER TABLE review_decision_v10 RENAME TO review_decision;
CREATE INDEX review_decision_employee ON review_decision (employee_id, period);
