-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 9 (SQLite): who made each change in the audit log (the computer's user; on a
-- server the server's login, written there — see postgresql/9.sql)

ALTER TABLE audit ADD COLUMN author TEXT;
