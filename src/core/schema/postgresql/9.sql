-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 9 (PostgreSQL): who may see and change what, enforced by the server. Each
-- person's login is mapped to the employee they are, their role and (operators) the unit they
-- look after; row-level security policies ask the functions below, which read that mapping for
-- session_user. The table owner (who set the database up) is not bound by the policies; the
-- group roles kinerja_admin, _operator, _penilai and _pegawai and their table privileges are
-- made by `kinerja-cli server init` (postgresql/roles.sql), since making roles needs CREATEROLE.
-- The audit log's author and time are written by the server, so a desk cannot forge them.

ALTER TABLE audit ADD COLUMN author text;

CREATE TABLE kinerja_login (
  login text PRIMARY KEY,
  employee_id bigint NOT NULL REFERENCES employee (id) ON DELETE CASCADE DEFERRABLE,
  role text NOT NULL CHECK (role IN ('admin', 'operator', 'penilai', 'pegawai')),
  unit_id bigint REFERENCES org_unit (id) ON DELETE CASCADE DEFERRABLE,
  CHECK ((role = 'operator') = (unit_id IS NOT NULL))
);
CREATE INDEX kinerja_login_employee ON kinerja_login (employee_id);

-- Who the session's login is. NULL for a login without a mapping: such a login sees nothing.
CREATE FUNCTION kinerja_role () RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$ SELECT role FROM kinerja_login WHERE login = session_user $$;

CREATE FUNCTION kinerja_me () RETURNS bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$ SELECT employee_id FROM kinerja_login WHERE login = session_user $$;

-- An operator's unit and every unit below it.
CREATE FUNCTION kinerja_managed_units () RETURNS SETOF bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$
    WITH RECURSIVE below (id) AS (
      SELECT unit_id FROM kinerja_login WHERE login = session_user AND role = 'operator'
      UNION
      SELECT u.id FROM org_unit u JOIN below b ON u.parent_id = b.id)
    SELECT id FROM below
  $$;

-- The people whose own records (evaluations, realisation, feedback, training, history) the
-- login reads: admin everyone; operator the people of their units; penilai themselves and
-- everyone below them (atasan → staff, all the way down); pegawai themselves.
CREATE FUNCTION kinerja_own_people () RETURNS SETOF bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$
    WITH RECURSIVE me AS (
      SELECT employee_id, role FROM kinerja_login WHERE login = session_user),
    staff (id) AS (
      SELECT employee_id FROM me
      UNION
      SELECT e.id FROM employee e JOIN staff s ON e.supervisor_id = s.id
       WHERE (SELECT role FROM me) = 'penilai')
    SELECT id FROM staff
    UNION
    SELECT e.id FROM employee e WHERE e.unit_id IN (SELECT kinerja_managed_units ())
    UNION
    SELECT e.id FROM employee e WHERE (SELECT role FROM me) = 'admin'
  $$;

-- The people the login sees at all: their own people and the atasan above them (whose names,
-- ranks and RHK the documents and the SKP's cascade show).
CREATE FUNCTION kinerja_visible_people () RETURNS SETOF bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$
    WITH RECURSIVE up (id) AS (
      SELECT kinerja_own_people ()
      UNION
      SELECT e.supervisor_id FROM employee e JOIN up ON e.id = up.id
       WHERE e.supervisor_id IS NOT NULL)
    SELECT id FROM up
  $$;

-- May the login change things of this unit (admin: any; operator: theirs)?
CREATE FUNCTION kinerja_writes_unit (bigint) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$
    SELECT coalesce (kinerja_role () = 'admin', false)
           OR coalesce ($1 IN (SELECT kinerja_managed_units ()), false)
  $$;

-- May the login keep this person's records (admin; the operator of their unit)? NULL: a plan
-- template, kept by admins and operators.
CREATE FUNCTION kinerja_manages (bigint) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$
    SELECT CASE WHEN $1 IS NULL
                THEN coalesce (kinerja_role () IN ('admin', 'operator'), false)
                ELSE coalesce (kinerja_role () = 'admin', false)
                     OR EXISTS (SELECT 1 FROM employee e WHERE e.id = $1
                                AND e.unit_id IN (SELECT kinerja_managed_units ()))
           END
  $$;

-- Is the login this person's atasan (the one who rates them)?
CREATE FUNCTION kinerja_rates (bigint) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$
    SELECT EXISTS (SELECT 1 FROM employee e WHERE e.id = $1
                   AND e.supervisor_id = kinerja_me ())
  $$;

-- Whose SKP a plan, an RHK or an IKI belongs to (NULL: a template's).
CREATE FUNCTION kinerja_plan_owner (bigint) RETURNS bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$ SELECT employee_id FROM plan WHERE id = $1 $$;

CREATE FUNCTION kinerja_result_owner (bigint) RETURNS bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$ SELECT p.employee_id FROM plan_result r JOIN plan p ON p.id = r.plan_id WHERE r.id = $1 $$;

CREATE FUNCTION kinerja_indicator_owner (bigint) RETURNS bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$
    SELECT p.employee_id FROM indicator i JOIN plan_result r ON r.id = i.result_id
      JOIN plan p ON p.id = r.plan_id WHERE i.id = $1
  $$;

CREATE FUNCTION kinerja_manages_plan (bigint) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
  AS $$ SELECT kinerja_manages (kinerja_plan_owner ($1)) $$;

-- Units: everyone reads the tree; admins change it all, operators below their own unit.
ALTER TABLE org_unit ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON org_unit FOR SELECT USING (true);
CREATE POLICY add ON org_unit FOR INSERT
  WITH CHECK ((SELECT kinerja_role ()) = 'admin' OR kinerja_writes_unit (parent_id));
CREATE POLICY change ON org_unit FOR UPDATE USING (true)
  WITH CHECK ((SELECT kinerja_role ()) = 'admin'
              OR (kinerja_writes_unit (id) AND kinerja_writes_unit (parent_id)));
CREATE POLICY remove ON org_unit FOR DELETE
  USING ((SELECT kinerja_role ()) = 'admin'
         OR (kinerja_writes_unit (id) AND kinerja_writes_unit (parent_id)));

-- An admin's reads never compute the sets of people (the first test of each OR).
-- A visible row that may not be changed fails loudly (the UPDATE policies' checks); a row that
-- is not visible is not there for the login at all.
ALTER TABLE employee ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON employee FOR SELECT
  USING ((SELECT kinerja_role ()) = 'admin' OR id IN (SELECT kinerja_visible_people ()));
CREATE POLICY add ON employee FOR INSERT WITH CHECK (kinerja_writes_unit (unit_id));
CREATE POLICY change ON employee FOR UPDATE USING (true)
  WITH CHECK (kinerja_manages (id) AND kinerja_writes_unit (unit_id));
CREATE POLICY remove ON employee FOR DELETE USING (kinerja_manages (id));

ALTER TABLE employee_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON employee_history FOR SELECT
  USING ((SELECT kinerja_role ()) = 'admin' OR employee_id IN (SELECT kinerja_own_people ()));
CREATE POLICY add ON employee_history FOR INSERT WITH CHECK (kinerja_manages (employee_id));
CREATE POLICY change ON employee_history FOR UPDATE USING (true)
  WITH CHECK (kinerja_manages (employee_id));
CREATE POLICY remove ON employee_history FOR DELETE USING (kinerja_manages (employee_id));

ALTER TABLE training ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON training FOR SELECT
  USING ((SELECT kinerja_role ()) = 'admin' OR employee_id IN (SELECT kinerja_own_people ()));
CREATE POLICY add ON training FOR INSERT WITH CHECK (kinerja_manages (employee_id));
CREATE POLICY change ON training FOR UPDATE USING (true) WITH CHECK (kinerja_manages (employee_id));
CREATE POLICY remove ON training FOR DELETE USING (kinerja_manages (employee_id));

-- SKPs: read with their person (templates by everyone); kept by admins and operators; the
-- atasan approves or returns their staff's (penilai may update only the status columns).
ALTER TABLE plan ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON plan FOR SELECT
  USING ((SELECT kinerja_role ()) = 'admin' OR employee_id IS NULL
         OR employee_id IN (SELECT kinerja_visible_people ()));
CREATE POLICY add ON plan FOR INSERT WITH CHECK (kinerja_manages (employee_id));
CREATE POLICY change ON plan FOR UPDATE USING (true)
  WITH CHECK (kinerja_manages (employee_id) OR kinerja_rates (employee_id));
CREATE POLICY remove ON plan FOR DELETE USING (kinerja_manages (employee_id));

ALTER TABLE plan_result ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON plan_result FOR SELECT
  USING (EXISTS (SELECT 1 FROM plan p WHERE p.id = plan_id));
CREATE POLICY add ON plan_result FOR INSERT WITH CHECK (kinerja_manages_plan (plan_id));
CREATE POLICY change ON plan_result FOR UPDATE USING (true)
  WITH CHECK (kinerja_manages_plan (plan_id));
CREATE POLICY remove ON plan_result FOR DELETE USING (kinerja_manages_plan (plan_id));

ALTER TABLE indicator ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON indicator FOR SELECT
  USING (EXISTS (SELECT 1 FROM plan_result r WHERE r.id = result_id));
CREATE POLICY add ON indicator FOR INSERT
  WITH CHECK (kinerja_manages (kinerja_result_owner (result_id)));
CREATE POLICY change ON indicator FOR UPDATE USING (true)
  WITH CHECK (kinerja_manages (kinerja_result_owner (result_id)));
CREATE POLICY remove ON indicator FOR DELETE
  USING (kinerja_manages (kinerja_result_owner (result_id)));

ALTER TABLE plan_expectation ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON plan_expectation FOR SELECT
  USING (EXISTS (SELECT 1 FROM plan p WHERE p.id = plan_id));
CREATE POLICY add ON plan_expectation FOR INSERT WITH CHECK (kinerja_manages_plan (plan_id));
CREATE POLICY change ON plan_expectation FOR UPDATE USING (true)
  WITH CHECK (kinerja_manages_plan (plan_id));
CREATE POLICY remove ON plan_expectation FOR DELETE USING (kinerja_manages_plan (plan_id));

ALTER TABLE plan_attachment ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON plan_attachment FOR SELECT
  USING (EXISTS (SELECT 1 FROM plan p WHERE p.id = plan_id));
CREATE POLICY add ON plan_attachment FOR INSERT WITH CHECK (kinerja_manages_plan (plan_id));
CREATE POLICY change ON plan_attachment FOR UPDATE USING (true)
  WITH CHECK (kinerja_manages_plan (plan_id));
CREATE POLICY remove ON plan_attachment FOR DELETE USING (kinerja_manages_plan (plan_id));

-- Evaluations: read by the person, their atasan up the line and their operator; written by the
-- atasan who rates them (and admins and operators), never by the person rated.
ALTER TABLE evaluation ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON evaluation FOR SELECT
  USING ((SELECT kinerja_role ()) = 'admin' OR employee_id IN (SELECT kinerja_own_people ()));
CREATE POLICY add ON evaluation FOR INSERT
  WITH CHECK (kinerja_manages (employee_id) OR kinerja_rates (employee_id));
CREATE POLICY change ON evaluation FOR UPDATE USING (true)
  WITH CHECK (kinerja_manages (employee_id) OR kinerja_rates (employee_id));
CREATE POLICY remove ON evaluation FOR DELETE USING (kinerja_manages (employee_id));

-- Realisation and bukti dukung: the person records their own (the self-assessment).
ALTER TABLE realization ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON realization FOR SELECT
  USING ((SELECT kinerja_role ()) = 'admin' OR kinerja_indicator_owner (indicator_id) IN (SELECT kinerja_own_people ()));
CREATE POLICY add ON realization FOR INSERT
  WITH CHECK (kinerja_manages (kinerja_indicator_owner (indicator_id))
              OR kinerja_indicator_owner (indicator_id) = kinerja_me ());
CREATE POLICY change ON realization FOR UPDATE USING (true)
  WITH CHECK (kinerja_manages (kinerja_indicator_owner (indicator_id))
              OR kinerja_indicator_owner (indicator_id) = kinerja_me ());
CREATE POLICY remove ON realization FOR DELETE
  USING (kinerja_manages (kinerja_indicator_owner (indicator_id))
         OR kinerja_indicator_owner (indicator_id) = kinerja_me ());

-- Umpan balik: given by the atasan (and admins and operators).
ALTER TABLE feedback ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON feedback FOR SELECT
  USING ((SELECT kinerja_role ()) = 'admin' OR kinerja_plan_owner (plan_id) IN (SELECT kinerja_own_people ()));
CREATE POLICY add ON feedback FOR INSERT
  WITH CHECK (kinerja_manages (kinerja_plan_owner (plan_id))
              OR kinerja_rates (kinerja_plan_owner (plan_id)));
CREATE POLICY change ON feedback FOR UPDATE USING (true)
  WITH CHECK (kinerja_manages (kinerja_plan_owner (plan_id))
              OR kinerja_rates (kinerja_plan_owner (plan_id)));
CREATE POLICY remove ON feedback FOR DELETE
  USING (kinerja_manages (kinerja_plan_owner (plan_id))
         OR kinerja_rates (kinerja_plan_owner (plan_id)));

-- A unit's capaian kinerja organisasi and its surveys: kept by its operator (and admins).
ALTER TABLE org_rating ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON org_rating FOR SELECT USING (true);
CREATE POLICY add ON org_rating FOR INSERT WITH CHECK (kinerja_writes_unit (unit_id));
CREATE POLICY change ON org_rating FOR UPDATE USING (true) WITH CHECK (kinerja_writes_unit (unit_id));
CREATE POLICY remove ON org_rating FOR DELETE USING (kinerja_writes_unit (unit_id));

ALTER TABLE skm_survey ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON skm_survey FOR SELECT USING (true);
CREATE POLICY add ON skm_survey FOR INSERT WITH CHECK (kinerja_writes_unit (unit_id));
CREATE POLICY change ON skm_survey FOR UPDATE USING (true) WITH CHECK (kinerja_writes_unit (unit_id));
CREATE POLICY remove ON skm_survey FOR DELETE USING (kinerja_writes_unit (unit_id));

ALTER TABLE skm_respondent ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON skm_respondent FOR SELECT USING (true);
CREATE POLICY add ON skm_respondent FOR INSERT
  WITH CHECK (EXISTS (SELECT 1 FROM skm_survey s WHERE s.id = survey_id
                      AND kinerja_writes_unit (s.unit_id)));
CREATE POLICY change ON skm_respondent FOR UPDATE USING (true)
  WITH CHECK (EXISTS (SELECT 1 FROM skm_survey s WHERE s.id = survey_id
                      AND kinerja_writes_unit (s.unit_id)));
CREATE POLICY remove ON skm_respondent FOR DELETE
  USING (EXISTS (SELECT 1 FROM skm_survey s WHERE s.id = survey_id
                 AND kinerja_writes_unit (s.unit_id)));

-- The Tim Penilai Kinerja's decisions on a person's evaluation: read as the evaluation is.
ALTER TABLE review_decision ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON review_decision FOR SELECT
  USING ((SELECT kinerja_role ()) = 'admin' OR employee_id IN (SELECT kinerja_own_people ()));
CREATE POLICY add ON review_decision FOR INSERT WITH CHECK (kinerja_manages (employee_id));
CREATE POLICY change ON review_decision FOR UPDATE USING (true)
  WITH CHECK (kinerja_manages (employee_id));
CREATE POLICY remove ON review_decision FOR DELETE USING (kinerja_manages (employee_id));

-- The audit log: anyone with a login adds to it (no one but the owner changes it; see
-- roles.sql); admins read all of it, everyone else their own entries.
ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON audit FOR SELECT
  USING ((SELECT kinerja_role ()) = 'admin' OR author = session_user);
CREATE POLICY add ON audit FOR INSERT WITH CHECK (true);

CREATE FUNCTION kinerja_audit_author () RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    -- The owner (moving an office's file in) keeps the file's authors and times.
    IF NOT pg_has_role (session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID),
                        'MEMBER') THEN
      NEW.author := session_user;
      NEW.at := to_char (clock_timestamp () AT TIME ZONE 'UTC',
                         'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
    ELSIF NEW.author IS NULL THEN
      NEW.author := session_user;
    END IF;
    RETURN NEW;
  END
  $$;
CREATE TRIGGER audit_author BEFORE INSERT ON audit
  FOR EACH ROW EXECUTE FUNCTION kinerja_audit_author ();

ALTER TABLE kinerja_login ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON kinerja_login FOR SELECT
  USING ((SELECT kinerja_role ()) = 'admin' OR login = session_user);
