-- 0002: mark generated load-test records so they can never pass for real ones.
ALTER TABLE "Pledges" ADD "IsSynthetic" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Organizations" ADD "IsSynthetic" INTEGER NOT NULL DEFAULT 0;
