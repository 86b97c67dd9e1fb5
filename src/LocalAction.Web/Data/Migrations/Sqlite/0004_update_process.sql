-- Update campaigns and their scope, the update form's new fields (campaign, language, consent, USD conversion, the
-- submitted values, who submitted and validated), follow-up interviews, attachments, sent reminders, and the day a
-- pledge was published through the platform.

CREATE TABLE "UpdateCampaigns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_UpdateCampaigns" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "OpensOn" TEXT NOT NULL,
    "ClosesOn" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedByUserId" TEXT NOT NULL
);

CREATE TABLE "UpdateCampaignPledges" (
    "CampaignId" INTEGER NOT NULL,
    "PledgeId" INTEGER NOT NULL,
    CONSTRAINT "PK_UpdateCampaignPledges" PRIMARY KEY ("CampaignId", "PledgeId"),
    CONSTRAINT "FK_UpdateCampaignPledges_Pledges_PledgeId" FOREIGN KEY ("PledgeId") REFERENCES "Pledges" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_UpdateCampaignPledges_UpdateCampaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "UpdateCampaigns" ("Id") ON DELETE CASCADE
);

CREATE TABLE "UpdateInterviews" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_UpdateInterviews" PRIMARY KEY AUTOINCREMENT,
    "PledgeUpdateId" INTEGER NOT NULL,
    "HeldOn" TEXT NOT NULL,
    "Interviewer" TEXT NOT NULL,
    "Notes" TEXT NOT NULL,
    "RecordedByUserId" TEXT NOT NULL,
    "RecordedAt" TEXT NOT NULL,
    CONSTRAINT "FK_UpdateInterviews_PledgeUpdates_PledgeUpdateId" FOREIGN KEY ("PledgeUpdateId") REFERENCES "PledgeUpdates" ("Id") ON DELETE CASCADE
);

CREATE TABLE "UpdateAttachments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_UpdateAttachments" PRIMARY KEY AUTOINCREMENT,
    "PledgeUpdateId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    "UploadedByUserId" TEXT NOT NULL,
    CONSTRAINT "FK_UpdateAttachments_PledgeUpdates_PledgeUpdateId" FOREIGN KEY ("PledgeUpdateId") REFERENCES "PledgeUpdates" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ReminderDeliveries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReminderDeliveries" PRIMARY KEY AUTOINCREMENT,
    "PledgeId" INTEGER NOT NULL,
    "Step" TEXT NOT NULL,
    "SentAt" TEXT NOT NULL,
    "Recipients" INTEGER NOT NULL,
    CONSTRAINT "FK_ReminderDeliveries_Pledges_PledgeId" FOREIGN KEY ("PledgeId") REFERENCES "Pledges" ("Id") ON DELETE CASCADE
);

ALTER TABLE "Pledges" ADD COLUMN "PledgedOn" TEXT NULL;

ALTER TABLE "PledgeUpdates" ADD COLUMN "CampaignId" INTEGER NULL REFERENCES "UpdateCampaigns" ("Id") ON DELETE RESTRICT;
ALTER TABLE "PledgeUpdates" ADD COLUMN "Language" TEXT NULL;
ALTER TABLE "PledgeUpdates" ADD COLUMN "ConsentToPublish" INTEGER NULL;
ALTER TABLE "PledgeUpdates" ADD COLUMN "MoneyMobilizedUsd" TEXT NULL;
ALTER TABLE "PledgeUpdates" ADD COLUMN "UsdRate" TEXT NULL;
ALTER TABLE "PledgeUpdates" ADD COLUMN "UsdRateOn" TEXT NULL;
ALTER TABLE "PledgeUpdates" ADD COLUMN "SubmittedJson" TEXT NULL;
ALTER TABLE "PledgeUpdates" ADD COLUMN "SubmittedByUserId" TEXT NULL;
ALTER TABLE "PledgeUpdates" ADD COLUMN "SubmittedAt" TEXT NULL;
ALTER TABLE "PledgeUpdates" ADD COLUMN "ValidatedByUserId" TEXT NULL;
ALTER TABLE "PledgeUpdates" ADD COLUMN "ValidatedAt" TEXT NULL;
ALTER TABLE "PledgeUpdates" ADD COLUMN "RejectionReason" TEXT NULL;

CREATE INDEX "IX_PledgeUpdates_CampaignId" ON "PledgeUpdates" ("CampaignId");

CREATE INDEX "IX_PledgeUpdates_Status_SubmittedAt" ON "PledgeUpdates" ("Status", "SubmittedAt");

CREATE UNIQUE INDEX "IX_ReminderDeliveries_PledgeId_Step" ON "ReminderDeliveries" ("PledgeId", "Step");

CREATE INDEX "IX_UpdateAttachments_PledgeUpdateId" ON "UpdateAttachments" ("PledgeUpdateId");

CREATE INDEX "IX_UpdateCampaignPledges_PledgeId" ON "UpdateCampaignPledges" ("PledgeId");

CREATE UNIQUE INDEX "IX_UpdateCampaigns_Code" ON "UpdateCampaigns" ("Code");

CREATE INDEX "IX_UpdateInterviews_PledgeUpdateId" ON "UpdateInterviews" ("PledgeUpdateId");
