-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 13 (PostgreSQL): one audit row per changed object and operation of a write,
-- its changed fields together as jsonb [[field, old, new], …] (jsonb_array_elements expands
-- them in SQL). The rows of earlier versions, one per field, are grouped: consecutive rows of
-- one object, action and author written within the same second become one row, in their order,
-- keeping the first row's id and time. The author and time stay the server's (the trigger of
-- postgresql/9.sql), the row-level policies as they were, and no login but the owner changes
-- or removes a row (roles.sql grants INSERT only).

ALTER TABLE audit ADD COLUMN fields jsonb;

WITH marked AS (
  SELECT id,
         CASE WHEN lag (entity) OVER w = entity AND lag (entity_id) OVER w = entity_id
                   AND lag (action) OVER w = action
                   AND lag (author) OVER w IS NOT DISTINCT FROM author
                   AND left (lag (at) OVER w, 19) = left (at, 19)
              THEN 0 ELSE 1 END AS starts
    FROM audit WINDOW w AS (ORDER BY id)),
numbered AS (SELECT id, sum (starts) OVER (ORDER BY id) AS grp FROM marked),
grouped AS (
  SELECT min (a.id) AS first_id,
         jsonb_agg (jsonb_build_array (a.field, a.old_value, a.new_value) ORDER BY a.id) AS fields
    FROM numbered AS n JOIN audit AS a ON a.id = n.id
   GROUP BY n.grp)
UPDATE audit SET fields = grouped.fields FROM grouped WHERE audit.id = grouped.first_id;

DELETE FROM audit WHERE fields IS NULL;
ALTER TABLE audit DROP COLUMN field, DROP COLUMN old_value, DROP COLUMN new_value;
ALTER TABLE audit ALTER COLUMN fields SET DEFAULT '[]', ALTER COLUMN fields SET NOT NULL;
