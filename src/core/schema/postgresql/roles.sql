-- SPDX-License-Identifier: GPL-3.0-or-later
-- The group roles of a Kinerja server and what each may do to which table; run by
-- `kinerja-cli server init` (and `server user add`) after the schema is up to date, again
-- whenever it runs, so that it also covers the tables of a newer schema. Which rows each may
-- read or change is decided by the row-level security policies of schema 9, per login.
-- Making roles needs CREATEROLE; the roles are the cluster's, shared by its databases, and a
-- login reaches rows only in a database whose kinerja_login maps it.

DO $$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY['kinerja_admin', 'kinerja_operator', 'kinerja_penilai',
                              'kinerja_pegawai', 'kinerja_tim'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
      BEGIN
        EXECUTE format ('CREATE ROLE %I NOLOGIN', name);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- made meanwhile by another session
      END;
    END IF;
  END LOOP;
END
$$;

-- From nothing, each time: what a role may do is exactly what follows.
DO $$
DECLARE
  t text;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema () LOOP
    EXECUTE format ('REVOKE ALL ON %I FROM kinerja_admin, kinerja_operator, kinerja_penilai,'
                    ' kinerja_pegawai, kinerja_tim', t);
    EXECUTE format ('GRANT SELECT ON %I TO kinerja_admin, kinerja_operator, kinerja_penilai,'
                    ' kinerja_pegawai, kinerja_tim', t);
  END LOOP;
  EXECUTE format ('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO kinerja_admin,'
                  ' kinerja_operator, kinerja_penilai, kinerja_pegawai, kinerja_tim',
                  current_schema ());
END
$$;

-- Everyone: their own realisation and bukti dukung, and the audit entries of their changes. A
-- member of the Tim Penilai is a pegawai too: one "tim" login records their own as well (the
-- policies of schema 9 let a login change only its own person's, kinerja_me).
GRANT INSERT, UPDATE, DELETE ON realization
  TO kinerja_admin, kinerja_operator, kinerja_penilai, kinerja_pegawai, kinerja_tim;
GRANT INSERT ON audit TO kinerja_admin, kinerja_operator, kinerja_penilai, kinerja_pegawai,
  kinerja_tim;

-- The atasan: ratings, umpan balik, and approving or returning an SKP (its status only).
GRANT INSERT, UPDATE ON evaluation TO kinerja_penilai;
GRANT INSERT, UPDATE, DELETE ON feedback TO kinerja_penilai;
GRANT UPDATE (status, status_reason) ON plan TO kinerja_penilai;

-- Operators (of their units) and admins (of everything): the people, SKPs, evaluations and
-- the rest of an office's records.
GRANT INSERT, UPDATE, DELETE ON org_unit, employee, employee_history, training, plan,
  plan_result, indicator, plan_expectation, plan_attachment, evaluation, feedback, org_rating,
  skm_survey, skm_respondent, review_team, review_member, review_decision
  TO kinerja_admin, kinerja_operator;

-- Admins: the province's settings and rules, and whether a year is rated by month or by
-- quarter (one scheme for every office of the province: not one OPD's operator's to change).
GRANT INSERT, UPDATE, DELETE ON setting, distribution_rule, org_rating_map,
  angka_kredit_coefficient, angka_kredit_conversion, period_scheme TO kinerja_admin;

-- The atasan answers the Tim Penilai's "mohon ditinjau ulang" for their own staff: the matter
-- goes back before the team ("diajukan" with the answer as its reason). Only such a matter, only
-- to that state, and only the decision's own columns (not whose or which period it is).
CREATE OR REPLACE FUNCTION kinerja_review_asked_again (bigint) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$ SELECT EXISTS (SELECT 1 FROM review_decision WHERE id = $1 AND decision = 'tinjau-ulang') $$;
GRANT UPDATE (decision, reason, decided_at, submitted_at) ON review_decision TO kinerja_penilai;
DROP POLICY IF EXISTS answer ON review_decision;
CREATE POLICY answer ON review_decision FOR UPDATE TO kinerja_penilai
  USING (kinerja_rates (employee_id))
  WITH CHECK (kinerja_rates (employee_id) AND decision = 'diajukan' AND decided_at IS NULL
              AND kinerja_review_asked_again (id));

-- The Tim Penilai Kinerja as a role of its own ("tim"): a member of a team reads the people of
-- the units under review (the units whose review is on, and the units below them) with their
-- SKPs, evaluations and the rest of their records, and records their team's decisions on them;
-- nothing else. The roles a login may have are the roles made here, so the list is kept here.
ALTER TABLE kinerja_login DROP CONSTRAINT IF EXISTS kinerja_login_role_check;
ALTER TABLE kinerja_login ADD CONSTRAINT kinerja_login_role_check
  CHECK (role IN ('admin', 'operator', 'penilai', 'pegawai', 'tim'));

-- The units under review: each unit whose switch is on (the setting "review-unit-ID"), and
-- every unit below it.
CREATE OR REPLACE FUNCTION kinerja_review_units () RETURNS SETOF bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$
    WITH RECURSIVE below (id) AS (
      SELECT u.id FROM org_unit u JOIN setting s ON s.key = 'review-unit-' || u.id
       WHERE s.value = 'on'
      UNION
      SELECT u.id FROM org_unit u JOIN below b ON u.parent_id = b.id)
    SELECT id FROM below
  $$;

-- The units a team reviews (schema 12): the unit it is formed for and every unit below it;
-- every unit for a team formed for the whole instansi (no unit).
CREATE OR REPLACE FUNCTION kinerja_team_units (bigint) RETURNS SETOF bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$
    WITH RECURSIVE below (id) AS (
      SELECT t.unit_id FROM review_team t WHERE t.id = $1 AND t.unit_id IS NOT NULL
      UNION
      SELECT u.id FROM org_unit u JOIN below b ON u.parent_id = b.id)
    SELECT id FROM below
    UNION
    SELECT u.id FROM org_unit u
     WHERE EXISTS (SELECT 1 FROM review_team t WHERE t.id = $1 AND t.unit_id IS NULL)
  $$;

-- The last day of a period as the store writes it ("2026-TW1", "2026-03", "2026-AKHIR"), an ISO
-- date as kn_store_period_days gives it; NULL for anything else.
CREATE OR REPLACE FUNCTION kinerja_period_last_day (text) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$
    SELECT to_char (CASE
      WHEN $1 ~ '^[0-9]{4}-TW[1-4]$'
        THEN make_date (substr ($1, 1, 4)::int, substr ($1, 8, 1)::int * 3, 1)
             + interval '1 month' - interval '1 day'
      WHEN $1 ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'
        THEN make_date (substr ($1, 1, 4)::int, substr ($1, 6, 2)::int, 1)
             + interval '1 month' - interval '1 day'
      WHEN $1 ~ '^[0-9]{4}-AKHIR$'
        THEN make_date (substr ($1, 1, 4)::int, 12, 31) END, 'YYYY-MM-DD')
  $$;

-- A person's unit on a day (ISO date), as the store's kn_store_unit_at says (placement_at of
-- kn-store-history.c): the last mutasi from that day or before, else the unit the first later
-- mutasi left, else the unit recorded.
CREATE OR REPLACE FUNCTION kinerja_unit_at (bigint, text) RETURNS bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$
    SELECT COALESCE (
      (SELECT h.unit_id FROM employee_history h
        WHERE h.employee_id = $1 AND h.kind = 'mutasi' AND h.start_date <= $2
        ORDER BY h.start_date DESC, h.id DESC LIMIT 1),
      (SELECT h.prev_unit_id FROM employee_history h
        WHERE h.employee_id = $1 AND h.kind = 'mutasi' AND h.start_date > $2
        ORDER BY h.start_date, h.id LIMIT 1),
      (SELECT e.unit_id FROM employee e WHERE e.id = $1))
  $$;

-- The people a "tim" login reviews (none for the other roles), each with the atasan who rated
-- them there: those a team of theirs reviews in a unit under review — a member of one OPD's team
-- reads nothing of another OPD's. A team reviews where people were in its year: the people there
-- now (with their atasan), and those who left one of its units during or after its year (with
-- the atasan they had there, not their new one); kinerja_team_reaches says for which periods.
CREATE OR REPLACE FUNCTION kinerja_reviewed_placements (OUT employee_id bigint,
                                                        OUT supervisor_id bigint)
  RETURNS SETOF record
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$
    WITH reach (unit_id, since) AS (
      SELECT u.id, lpad (t.year::text, 4, '0') || '-01-01'
        FROM review_member m JOIN review_team t ON t.id = m.team_id,
             LATERAL kinerja_team_units (t.id) AS u (id)
       WHERE kinerja_role () = 'tim' AND m.employee_id = kinerja_me ()
         AND u.id IN (SELECT kinerja_review_units ()))
    SELECT e.id, e.supervisor_id FROM employee e JOIN reach r ON r.unit_id = e.unit_id
    UNION
    SELECT h.employee_id, h.prev_supervisor_id
      FROM employee_history h JOIN reach r ON r.unit_id = h.prev_unit_id
     WHERE h.kind = 'mutasi' AND h.start_date > r.since
  $$;

CREATE OR REPLACE FUNCTION kinerja_reviewed_people () RETURNS SETOF bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$ SELECT DISTINCT employee_id FROM kinerja_reviewed_placements () $$;

-- Does this team review this person's evaluation of this period? A period of the team's year,
-- and the person's unit on its last day (kn_store_review_team_reaches) one of the team's and
-- under review.
CREATE OR REPLACE FUNCTION kinerja_team_reaches (bigint, bigint, text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$
    SELECT EXISTS (SELECT 1 FROM review_team t
                    WHERE t.id = $1 AND substr ($3, 1, 5) = lpad (t.year::text, 4, '0') || '-')
       AND EXISTS (SELECT 1 FROM (SELECT kinerja_unit_at ($2, kinerja_period_last_day ($3))) AS p (id)
                    WHERE kinerja_period_last_day ($3) IS NOT NULL
                      AND p.id IN (SELECT kinerja_team_units ($1))
                      AND p.id IN (SELECT kinerja_review_units ()))
  $$;

-- Replaced by kinerja_reviewed_people's own reach (the roles of schema 12 and 13 before).
DROP FUNCTION IF EXISTS kinerja_my_team_units ();

-- Those people and the atasan who rate them (whose names the evaluations show).
CREATE OR REPLACE FUNCTION kinerja_review_visible_people () RETURNS SETOF bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$
    SELECT employee_id FROM kinerja_reviewed_placements ()
    UNION
    SELECT supervisor_id FROM kinerja_reviewed_placements () WHERE supervisor_id IS NOT NULL
  $$;

-- Is the login a member of this team?
CREATE OR REPLACE FUNCTION kinerja_in_team (bigint) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$
    SELECT EXISTS (SELECT 1 FROM review_member m
                    WHERE m.team_id = $1 AND m.employee_id = kinerja_me ())
  $$;

DO $$
DECLARE
  t text;
BEGIN
  -- Read: the people (and the atasan who rate them), their records and SKPs.
  EXECUTE 'DROP POLICY IF EXISTS review ON employee';
  EXECUTE 'CREATE POLICY review ON employee FOR SELECT TO kinerja_tim'
          ' USING (id IN (SELECT kinerja_review_visible_people ()))';
  FOREACH t IN ARRAY ARRAY['employee_history', 'training', 'plan', 'evaluation',
                           'review_decision'] LOOP
    EXECUTE format ('DROP POLICY IF EXISTS review ON %I', t);
    EXECUTE format ('CREATE POLICY review ON %I FOR SELECT TO kinerja_tim'
                    ' USING (employee_id IN (SELECT kinerja_reviewed_people ()))', t);
  END LOOP;
  EXECUTE 'DROP POLICY IF EXISTS review ON realization';
  EXECUTE 'CREATE POLICY review ON realization FOR SELECT TO kinerja_tim'
          ' USING (kinerja_indicator_owner (indicator_id) IN (SELECT kinerja_reviewed_people ()))';
  EXECUTE 'DROP POLICY IF EXISTS review ON feedback';
  EXECUTE 'CREATE POLICY review ON feedback FOR SELECT TO kinerja_tim'
          ' USING (kinerja_plan_owner (plan_id) IN (SELECT kinerja_reviewed_people ()))';
END
$$;

-- Write: their team's decisions on the people under review that this team reviews.
GRANT INSERT, UPDATE ON review_decision TO kinerja_tim;
DROP POLICY IF EXISTS decide ON review_decision;
DROP POLICY IF EXISTS redecide ON review_decision;
-- The reach without the period (roles of schema 12 and 13 before): replaced by the one above.
DROP FUNCTION IF EXISTS kinerja_team_reaches (bigint, bigint);
CREATE POLICY decide ON review_decision FOR INSERT TO kinerja_tim
  WITH CHECK (kinerja_in_team (team_id) AND kinerja_team_reaches (team_id, employee_id, period));
CREATE POLICY redecide ON review_decision FOR UPDATE TO kinerja_tim
  USING (kinerja_in_team (team_id) AND kinerja_team_reaches (team_id, employee_id, period))
  WITH CHECK (kinerja_in_team (team_id) AND kinerja_team_reaches (team_id, employee_id, period));
