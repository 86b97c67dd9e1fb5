-- 0008: translations of a pledge's title and description, one per pledge and language.
CREATE TABLE "PledgeTranslations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PledgeTranslations" PRIMARY KEY AUTOINCREMENT,
    "PledgeId" INTEGER NOT NULL,
    "Language" TEXT NOT NULL,
    "Title" TEXT NULL,
    "Description" TEXT NULL,
    "Source" TEXT NOT NULL,
    "SourceTextHash" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_PledgeTranslations_Pledges_PledgeId" FOREIGN KEY ("PledgeId") REFERENCES "Pledges" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_PledgeTranslations_PledgeId_Language" ON "PledgeTranslations" ("PledgeId", "Language");
