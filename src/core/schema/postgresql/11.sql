-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 11 (PostgreSQL): the pangkat/golongan has a history — a kenaikan pangkat is a
-- 'pangkat' entry with the rank from its TMT (start_date), the rank it replaced (prev_rank) and
-- the SK number (decree), so that a document of an earlier period prints the rank held then.
-- The rows stay under employee_history's grants and row-level policies (postgresql/9.sql).

ALTER TABLE employee_history DROP CONSTRAINT employee_history_kind_check;
ALTER TABLE employee_history ADD CONSTRAINT employee_history_kind_check
  CHECK (kind IN ('status', 'mutasi', 'jabatan', 'plt', 'plh', 'pangkat'));
ALTER TABLE employee_history ADD COLUMN rank text;
ALTER TABLE employee_history ADD COLUMN prev_rank text;
