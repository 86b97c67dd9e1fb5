-- 0006: a pledge's id in the system it was imported from, unique where set (NULLs do not collide in a unique index).
ALTER TABLE "Pledges" ADD "ExternalId" TEXT NULL;
CREATE UNIQUE INDEX "IX_Pledges_ExternalId" ON "Pledges" ("ExternalId");
