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
                              'kinerja_pegawai'] LOOP
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
                    ' kinerja_pegawai', t);
    EXECUTE format ('GRANT SELECT ON %I TO kinerja_admin, kinerja_operator, kinerja_penilai,'
                    ' kinerja_pegawai', t);
  END LOOP;
  EXECUTE format ('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO kinerja_admin,'
                  ' kinerja_operator, kinerja_penilai, kinerja_pegawai', current_schema ());
END
$$;

-- Everyone: their own realisation and bukti dukung, and the audit entries of their changes.
GRANT INSERT, UPDATE, DELETE ON realization
  TO kinerja_admin, kinerja_operator, kinerja_penilai, kinerja_pegawai;
GRANT INSERT ON audit TO kinerja_admin, kinerja_operator, kinerja_penilai, kinerja_pegawai;

-- The atasan: ratings, umpan balik, and approving or returning an SKP (its status only).
GRANT INSERT, UPDATE ON evaluation TO kinerja_penilai;
GRANT INSERT, UPDATE, DELETE ON feedback TO kinerja_penilai;
GRANT UPDATE (status, status_reason) ON plan TO kinerja_penilai;

-- Operators (of their units) and admins (of everything): the people, SKPs, evaluations and
-- the rest of an office's records.
GRANT INSERT, UPDATE, DELETE ON org_unit, employee, employee_history, training, plan,
  plan_result, indicator, plan_expectation, plan_attachment, evaluation, feedback, org_rating,
  period_scheme, skm_survey, skm_respondent, review_team, review_member, review_decision
  TO kinerja_admin, kinerja_operator;

-- Admins: the province's settings and rules.
GRANT INSERT, UPDATE, DELETE ON setting, distribution_rule, org_rating_map,
  angka_kredit_coefficient, angka_kredit_conversion TO kinerja_admin;
