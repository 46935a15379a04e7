-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 8 (SQLite): row versions of SKPs and evaluations — each save raises the version
-- and says who saved it and when, so that a save made from an older copy is refused

ALTER TABLE plan ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE plan ADD COLUMN changed_by TEXT;
ALTER TABLE plan ADD COLUMN changed_at TEXT;
ALTER TABLE evaluation ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE evaluation ADD COLUMN changed_by TEXT;
ALTER TABLE evaluation ADD COLUMN changed_at TEXT;
