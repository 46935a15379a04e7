-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 10 (PostgreSQL): a matter put before the Tim Penilai Kinerja ("diajukan") waits
-- for the team's decision, and holds back finalising that evaluation: no decision date until the
-- team decides, the date it was put before the team kept; the decision one of the three states.

ALTER TABLE review_decision ALTER COLUMN decided_at DROP NOT NULL;
ALTER TABLE review_decision ADD COLUMN submitted_at text;
ALTER TABLE review_decision ADD CONSTRAINT review_decision_state
  CHECK (decision IN ('diajukan', 'setuju', 'tinjau-ulang'));
ALTER TABLE review_decision ADD CONSTRAINT review_decision_decided
  CHECK ((decided_at IS NULL) = (decision = 'diajukan'));
