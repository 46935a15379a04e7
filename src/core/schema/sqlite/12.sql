-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 12 (SQLite): a Tim Penilai Kinerja is formed for a unit — an OPD, or the
-- instansi's own top unit — and reviews the people of that unit and of the units below it,
-- nobody else. A team without a unit (those formed before this version) serves the whole
-- instansi, as it did. A unit that has a team cannot be deleted while the team is there.

ALTER TABLE review_team ADD COLUMN unit_id INTEGER REFERENCES org_unit (id);
CREATE INDEX review_team_unit ON review_team (unit_id);
