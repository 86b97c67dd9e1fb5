-- 0002: mark generated load-test records so they can never pass for real ones.
ALTER TABLE "Pledges" ADD "IsSynthetic" boolean NOT NULL DEFAULT FALSE;
ALTER TABLE "Organizations" ADD "IsSynthetic" boolean NOT NULL DEFAULT FALSE;
