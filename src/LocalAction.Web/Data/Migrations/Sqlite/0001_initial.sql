-- 0001: the initial schema, generated from the EF model with the schema-script verb.
CREATE TABLE "CitySizeClasses" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_CitySizeClasses" PRIMARY KEY,
    "MinPopulation" INTEGER NOT NULL,
    "MaxPopulationExclusive" INTEGER NULL,
    "NameEn" TEXT NOT NULL,
    "NameFr" TEXT NOT NULL,
    "NameEs" TEXT NOT NULL
);


CREATE TABLE "Countries" (
    "Alpha2" TEXT NOT NULL CONSTRAINT "PK_Countries" PRIMARY KEY,
    "Alpha3" TEXT NOT NULL,
    "Numeric" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "M49RegionCode" TEXT NULL,
    "M49Region" TEXT NULL,
    "M49SubregionCode" TEXT NULL,
    "M49Subregion" TEXT NULL,
    "M49IntermediateRegionCode" TEXT NULL,
    "M49IntermediateRegion" TEXT NULL,
    "ReportRegion" TEXT NULL
);


CREATE TABLE "GcmObjectives" (
    "Number" INTEGER NOT NULL CONSTRAINT "PK_GcmObjectives" PRIMARY KEY,
    "NameEn" TEXT NOT NULL,
    "NameFr" TEXT NOT NULL,
    "NameEs" TEXT NOT NULL
);


CREATE TABLE "GcrAreas" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_GcrAreas" PRIMARY KEY,
    "SortOrder" INTEGER NOT NULL,
    "NameEn" TEXT NOT NULL,
    "NameFr" TEXT NOT NULL,
    "NameEs" TEXT NOT NULL
);


CREATE TABLE "GcrObjectives" (
    "Number" INTEGER NOT NULL CONSTRAINT "PK_GcrObjectives" PRIMARY KEY,
    "NameEn" TEXT NOT NULL,
    "NameFr" TEXT NOT NULL,
    "NameEs" TEXT NOT NULL
);


CREATE TABLE "GuidingPrinciples" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_GuidingPrinciples" PRIMARY KEY,
    "NameEn" TEXT NOT NULL,
    "NameFr" TEXT NOT NULL,
    "NameEs" TEXT NOT NULL
);


CREATE TABLE "Priorities" (
    "Number" INTEGER NOT NULL CONSTRAINT "PK_Priorities" PRIMARY KEY,
    "NameEn" TEXT NOT NULL,
    "NameFr" TEXT NOT NULL,
    "NameEs" TEXT NOT NULL
);


CREATE TABLE "PublishedStatistics" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_PublishedStatistics" PRIMARY KEY,
    "Label" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "Qualifier" TEXT NOT NULL,
    "Scope" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "SourceSeed" TEXT NOT NULL,
    "SourceDocument" TEXT NOT NULL,
    "SourceSection" TEXT NOT NULL,
    "SourceQuote" TEXT NOT NULL
);


CREATE TABLE "Revisions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Revisions" PRIMARY KEY AUTOINCREMENT,
    "EntityType" TEXT NOT NULL,
    "EntityId" INTEGER NOT NULL,
    "EntityVersion" INTEGER NOT NULL,
    "Action" TEXT NOT NULL,
    "ChangedBy" TEXT NOT NULL,
    "ChangedAt" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "Snapshot" TEXT NOT NULL
);


CREATE TABLE "Rounds" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Rounds" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "Forum" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "OpensOn" TEXT NULL,
    "ClosesOn" TEXT NULL
);


CREATE TABLE "Sdgs" (
    "Number" INTEGER NOT NULL CONSTRAINT "PK_Sdgs" PRIMARY KEY,
    "Colour" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "NameFr" TEXT NOT NULL,
    "NameEs" TEXT NOT NULL
);


CREATE TABLE "Organizations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Organizations" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "CountryCode" TEXT NULL,
    "LocationAsWritten" TEXT NULL,
    "Population" INTEGER NULL,
    "PopulationSource" TEXT NULL,
    "Website" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Organizations_Countries_CountryCode" FOREIGN KEY ("CountryCode") REFERENCES "Countries" ("Alpha2") ON DELETE RESTRICT
);


CREATE TABLE "PriorityGcmObjective" (
    "PriorityNumber" INTEGER NOT NULL,
    "GcmObjectiveNumber" INTEGER NOT NULL,
    CONSTRAINT "PK_PriorityGcmObjective" PRIMARY KEY ("PriorityNumber", "GcmObjectiveNumber"),
    CONSTRAINT "FK_PriorityGcmObjective_GcmObjectives_GcmObjectiveNumber" FOREIGN KEY ("GcmObjectiveNumber") REFERENCES "GcmObjectives" ("Number") ON DELETE CASCADE,
    CONSTRAINT "FK_PriorityGcmObjective_Priorities_PriorityNumber" FOREIGN KEY ("PriorityNumber") REFERENCES "Priorities" ("Number") ON DELETE CASCADE
);


CREATE TABLE "PriorityGcrArea" (
    "PriorityNumber" INTEGER NOT NULL,
    "GcrAreaCode" TEXT NOT NULL,
    CONSTRAINT "PK_PriorityGcrArea" PRIMARY KEY ("PriorityNumber", "GcrAreaCode"),
    CONSTRAINT "FK_PriorityGcrArea_GcrAreas_GcrAreaCode" FOREIGN KEY ("GcrAreaCode") REFERENCES "GcrAreas" ("Code") ON DELETE CASCADE,
    CONSTRAINT "FK_PriorityGcrArea_Priorities_PriorityNumber" FOREIGN KEY ("PriorityNumber") REFERENCES "Priorities" ("Number") ON DELETE CASCADE
);


CREATE TABLE "ChampionCountries" (
    "CountryCode" TEXT NOT NULL,
    "RoundId" INTEGER NOT NULL,
    "Source" TEXT NOT NULL,
    CONSTRAINT "PK_ChampionCountries" PRIMARY KEY ("CountryCode", "RoundId"),
    CONSTRAINT "FK_ChampionCountries_Countries_CountryCode" FOREIGN KEY ("CountryCode") REFERENCES "Countries" ("Alpha2") ON DELETE RESTRICT,
    CONSTRAINT "FK_ChampionCountries_Rounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "Rounds" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "Pledges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pledges" PRIMARY KEY AUTOINCREMENT,
    "PublicId" TEXT NOT NULL,
    "Title" TEXT NULL,
    "Description" TEXT NULL,
    "OriginalLanguage" TEXT NULL,
    "RoundId" INTEGER NOT NULL,
    "Kind" TEXT NULL,
    "Compact" TEXT NULL,
    "StartYear" INTEGER NULL,
    "EndYear" INTEGER NULL,
    "Ongoing" INTEGER NULL,
    "BudgetAmount" TEXT NULL,
    "BudgetCurrency" TEXT NULL,
    "Stage" TEXT NULL,
    "ReviewState" TEXT NOT NULL,
    "Completeness" TEXT NOT NULL,
    "SourceDocument" TEXT NOT NULL,
    "SourceSection" TEXT NULL,
    "SourceNote" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Pledges_Rounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "Rounds" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "PrioritySdg" (
    "PriorityNumber" INTEGER NOT NULL,
    "SdgNumber" INTEGER NOT NULL,
    CONSTRAINT "PK_PrioritySdg" PRIMARY KEY ("PriorityNumber", "SdgNumber"),
    CONSTRAINT "FK_PrioritySdg_Priorities_PriorityNumber" FOREIGN KEY ("PriorityNumber") REFERENCES "Priorities" ("Number") ON DELETE CASCADE,
    CONSTRAINT "FK_PrioritySdg_Sdgs_SdgNumber" FOREIGN KEY ("SdgNumber") REFERENCES "Sdgs" ("Number") ON DELETE CASCADE
);


CREATE TABLE "PledgeBeneficiary" (
    "PledgeId" INTEGER NOT NULL,
    "Group" TEXT NOT NULL,
    CONSTRAINT "PK_PledgeBeneficiary" PRIMARY KEY ("PledgeId", "Group"),
    CONSTRAINT "FK_PledgeBeneficiary_Pledges_PledgeId" FOREIGN KEY ("PledgeId") REFERENCES "Pledges" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PledgeGcmObjective" (
    "PledgeId" INTEGER NOT NULL,
    "GcmObjectiveNumber" INTEGER NOT NULL,
    "Origin" TEXT NOT NULL,
    CONSTRAINT "PK_PledgeGcmObjective" PRIMARY KEY ("PledgeId", "GcmObjectiveNumber"),
    CONSTRAINT "FK_PledgeGcmObjective_GcmObjectives_GcmObjectiveNumber" FOREIGN KEY ("GcmObjectiveNumber") REFERENCES "GcmObjectives" ("Number") ON DELETE RESTRICT,
    CONSTRAINT "FK_PledgeGcmObjective_Pledges_PledgeId" FOREIGN KEY ("PledgeId") REFERENCES "Pledges" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PledgeGcrArea" (
    "PledgeId" INTEGER NOT NULL,
    "GcrAreaCode" TEXT NOT NULL,
    "Origin" TEXT NOT NULL,
    CONSTRAINT "PK_PledgeGcrArea" PRIMARY KEY ("PledgeId", "GcrAreaCode"),
    CONSTRAINT "FK_PledgeGcrArea_GcrAreas_GcrAreaCode" FOREIGN KEY ("GcrAreaCode") REFERENCES "GcrAreas" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_PledgeGcrArea_Pledges_PledgeId" FOREIGN KEY ("PledgeId") REFERENCES "Pledges" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PledgeGcrObjective" (
    "PledgeId" INTEGER NOT NULL,
    "GcrObjectiveNumber" INTEGER NOT NULL,
    "Origin" TEXT NOT NULL,
    CONSTRAINT "PK_PledgeGcrObjective" PRIMARY KEY ("PledgeId", "GcrObjectiveNumber"),
    CONSTRAINT "FK_PledgeGcrObjective_GcrObjectives_GcrObjectiveNumber" FOREIGN KEY ("GcrObjectiveNumber") REFERENCES "GcrObjectives" ("Number") ON DELETE RESTRICT,
    CONSTRAINT "FK_PledgeGcrObjective_Pledges_PledgeId" FOREIGN KEY ("PledgeId") REFERENCES "Pledges" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PledgeGuidingPrinciple" (
    "PledgeId" INTEGER NOT NULL,
    "GuidingPrincipleCode" TEXT NOT NULL,
    "Origin" TEXT NOT NULL,
    CONSTRAINT "PK_PledgeGuidingPrinciple" PRIMARY KEY ("PledgeId", "GuidingPrincipleCode"),
    CONSTRAINT "FK_PledgeGuidingPrinciple_GuidingPrinciples_GuidingPrincipleCode" FOREIGN KEY ("GuidingPrincipleCode") REFERENCES "GuidingPrinciples" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_PledgeGuidingPrinciple_Pledges_PledgeId" FOREIGN KEY ("PledgeId") REFERENCES "Pledges" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PledgeOrganization" (
    "PledgeId" INTEGER NOT NULL,
    "OrganizationId" INTEGER NOT NULL,
    "Role" TEXT NOT NULL,
    CONSTRAINT "PK_PledgeOrganization" PRIMARY KEY ("PledgeId", "OrganizationId"),
    CONSTRAINT "FK_PledgeOrganization_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PledgeOrganization_Pledges_PledgeId" FOREIGN KEY ("PledgeId") REFERENCES "Pledges" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PledgePartner" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PledgePartner" PRIMARY KEY AUTOINCREMENT,
    "PledgeId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Type" TEXT NULL,
    CONSTRAINT "FK_PledgePartner_Pledges_PledgeId" FOREIGN KEY ("PledgeId") REFERENCES "Pledges" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PledgePriority" (
    "PledgeId" INTEGER NOT NULL,
    "PriorityNumber" INTEGER NOT NULL,
    CONSTRAINT "PK_PledgePriority" PRIMARY KEY ("PledgeId", "PriorityNumber"),
    CONSTRAINT "FK_PledgePriority_Pledges_PledgeId" FOREIGN KEY ("PledgeId") REFERENCES "Pledges" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PledgePriority_Priorities_PriorityNumber" FOREIGN KEY ("PriorityNumber") REFERENCES "Priorities" ("Number") ON DELETE RESTRICT
);


CREATE TABLE "PledgeSdg" (
    "PledgeId" INTEGER NOT NULL,
    "SdgNumber" INTEGER NOT NULL,
    "Origin" TEXT NOT NULL,
    CONSTRAINT "PK_PledgeSdg" PRIMARY KEY ("PledgeId", "SdgNumber"),
    CONSTRAINT "FK_PledgeSdg_Pledges_PledgeId" FOREIGN KEY ("PledgeId") REFERENCES "Pledges" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PledgeSdg_Sdgs_SdgNumber" FOREIGN KEY ("SdgNumber") REFERENCES "Sdgs" ("Number") ON DELETE RESTRICT
);


CREATE TABLE "PledgeUpdates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PledgeUpdates" PRIMARY KEY AUTOINCREMENT,
    "PledgeId" INTEGER NOT NULL,
    "ReportedOn" TEXT NULL,
    "AsOf" TEXT NULL,
    "Stage" TEXT NULL,
    "Results" TEXT NULL,
    "PeopleReachedTotal" INTEGER NULL,
    "PeopleReachedQualifier" TEXT NULL,
    "PeopleReachedMigrants" INTEGER NULL,
    "PeopleReachedRefugees" INTEGER NULL,
    "PeopleReachedIdps" INTEGER NULL,
    "PeopleReachedHostCommunity" INTEGER NULL,
    "PeopleReachedWomen" INTEGER NULL,
    "PeopleReachedChildren" INTEGER NULL,
    "PeopleReachedNote" TEXT NULL,
    "MoneyMobilizedAmount" TEXT NULL,
    "MoneyMobilizedCurrency" TEXT NULL,
    "MoneyMobilizedQualifier" TEXT NULL,
    "ChallengesText" TEXT NULL,
    "ChallengesAddressed" TEXT NULL,
    "LessonsLearned" TEXT NULL,
    "NationalEngagement" TEXT NULL,
    "Status" TEXT NOT NULL,
    "SourceDocument" TEXT NOT NULL,
    "SourceSection" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_PledgeUpdates_Pledges_PledgeId" FOREIGN KEY ("PledgeId") REFERENCES "Pledges" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PledgeUpdateChallenge" (
    "PledgeUpdateId" INTEGER NOT NULL,
    "Challenge" TEXT NOT NULL,
    CONSTRAINT "PK_PledgeUpdateChallenge" PRIMARY KEY ("PledgeUpdateId", "Challenge"),
    CONSTRAINT "FK_PledgeUpdateChallenge_PledgeUpdates_PledgeUpdateId" FOREIGN KEY ("PledgeUpdateId") REFERENCES "PledgeUpdates" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_ChampionCountries_RoundId" ON "ChampionCountries" ("RoundId");


CREATE UNIQUE INDEX "IX_Countries_Alpha3" ON "Countries" ("Alpha3");


CREATE UNIQUE INDEX "IX_Countries_Numeric" ON "Countries" ("Numeric");


CREATE INDEX "IX_Organizations_CountryCode" ON "Organizations" ("CountryCode");


CREATE INDEX "IX_Organizations_Name" ON "Organizations" ("Name");


CREATE UNIQUE INDEX "IX_Organizations_Slug" ON "Organizations" ("Slug");


CREATE INDEX "IX_PledgeGcmObjective_GcmObjectiveNumber" ON "PledgeGcmObjective" ("GcmObjectiveNumber");


CREATE INDEX "IX_PledgeGcrArea_GcrAreaCode" ON "PledgeGcrArea" ("GcrAreaCode");


CREATE INDEX "IX_PledgeGcrObjective_GcrObjectiveNumber" ON "PledgeGcrObjective" ("GcrObjectiveNumber");


CREATE INDEX "IX_PledgeGuidingPrinciple_GuidingPrincipleCode" ON "PledgeGuidingPrinciple" ("GuidingPrincipleCode");


CREATE INDEX "IX_PledgeOrganization_OrganizationId" ON "PledgeOrganization" ("OrganizationId");


CREATE INDEX "IX_PledgePartner_PledgeId" ON "PledgePartner" ("PledgeId");


CREATE INDEX "IX_PledgePriority_PriorityNumber" ON "PledgePriority" ("PriorityNumber");


CREATE UNIQUE INDEX "IX_Pledges_PublicId" ON "Pledges" ("PublicId");


CREATE INDEX "IX_Pledges_RoundId_ReviewState" ON "Pledges" ("RoundId", "ReviewState");


CREATE INDEX "IX_PledgeSdg_SdgNumber" ON "PledgeSdg" ("SdgNumber");


CREATE INDEX "IX_PledgeUpdates_PledgeId_Status" ON "PledgeUpdates" ("PledgeId", "Status");


CREATE INDEX "IX_PriorityGcmObjective_GcmObjectiveNumber" ON "PriorityGcmObjective" ("GcmObjectiveNumber");


CREATE INDEX "IX_PriorityGcrArea_GcrAreaCode" ON "PriorityGcrArea" ("GcrAreaCode");


CREATE INDEX "IX_PrioritySdg_SdgNumber" ON "PrioritySdg" ("SdgNumber");


CREATE UNIQUE INDEX "IX_Revisions_EntityType_EntityId_EntityVersion" ON "Revisions" ("EntityType", "EntityId", "EntityVersion");


CREATE UNIQUE INDEX "IX_Rounds_Code" ON "Rounds" ("Code");
