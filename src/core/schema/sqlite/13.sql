-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 13 (SQLite): one audit row per changed object and operation of a write, its
-- changed fields together as JSON [[field, old, new], …] (json_each expands them in SQL). The
-- rows of earlier versions, one per field, are grouped: consecutive rows of one object, action
-- and author written within the same second become one row, in their order, keeping the first
-- row's id and time. The table is made anew without the per-field columns, with its index
-- (nothing refers to it).

CREATE TABLE audit_v13 (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  action TEXT NOT NULL,
  fields TEXT NOT NULL DEFAULT '[]',
  author TEXT
);

CREATE TEMP TABLE audit_group_v13 AS
  WITH marked AS (
    SELECT id,
           CASE WHEN lag (entity) OVER w = entity AND lag (entity_id) OVER w = entity_id
                     AND lag (action) OVER w = action AND lag (author) OVER w IS author
                     AND substr (lag (at) OVER w, 1, 19) = substr (at, 1, 19)
                THEN 0 ELSE 1 END AS starts
      FROM audit WINDOW w AS (ORDER BY id)),
  numbered AS (SELECT id, sum (starts) OVER (ORDER BY id) AS grp FROM marked)
  SELECT min (id) AS first_id, max (id) AS last_id FROM numbered GROUP BY grp;

INSERT INTO audit_v13 (id, at, entity, entity_id, action, fields, author)
  SELECT g.first_id, a.at, a.entity, a.entity_id, a.action,
         (SELECT json_group_array (json_array (f.field, f.old_value, f.new_value))
            FROM (SELECT field, old_value, new_value FROM audit
                   WHERE id BETWEEN g.first_id AND g.last_id ORDER BY id) AS f),
         a.author
    FROM audit_group_v13 AS g JOIN audit AS a ON a.id = g.first_id
   ORDER BY g.first_id;

DROP TABLE audit_group_v13;
DROP TABLE audit;
ALTER TABLE audit_v13 RENAME TO audit;
CREATE INDEX audit_entity ON audit (entity, entity_id);
