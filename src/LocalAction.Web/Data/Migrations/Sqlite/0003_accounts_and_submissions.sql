-- Accounts (ASP.NET Core Identity), organization memberships, networks' members, invitations, API tokens,
-- the e-mail outbox, the audit log, and pledge submissions with their co-pledgers and review decisions.
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "AuditEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEvents" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Target" TEXT NOT NULL,
    "Detail" TEXT NULL
);

CREATE TABLE "OutboxMessages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY AUTOINCREMENT,
    "To" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "SentAt" TEXT NULL,
    "Transport" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ApiTokens" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ApiTokens" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "RevokedAt" TEXT NULL,
    "LastUsedAt" TEXT NULL,
    CONSTRAINT "FK_ApiTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Invitations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Invitations" PRIMARY KEY AUTOINCREMENT,
    "TokenHash" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "OrganizationId" INTEGER NULL,
    "InvitedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "AcceptedAt" TEXT NULL,
    "AcceptedByUserId" TEXT NULL,
    "RevokedAt" TEXT NULL,
    CONSTRAINT "FK_Invitations_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Memberships" (
    "UserId" TEXT NOT NULL,
    "OrganizationId" INTEGER NOT NULL,
    "Role" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "PK_Memberships" PRIMARY KEY ("UserId", "OrganizationId"),
    CONSTRAINT "FK_Memberships_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Memberships_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "NetworkMembers" (
    "NetworkId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    CONSTRAINT "PK_NetworkMembers" PRIMARY KEY ("NetworkId", "MemberId"),
    CONSTRAINT "FK_NetworkMembers_Organizations_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_NetworkMembers_Organizations_NetworkId" FOREIGN KEY ("NetworkId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Submissions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Submissions" PRIMARY KEY AUTOINCREMENT,
    "PledgeId" INTEGER NULL,
    "LeadOrganizationId" INTEGER NOT NULL,
    "RoundId" INTEGER NOT NULL,
    "State" TEXT NOT NULL,
    "Title" TEXT NULL,
    "Compact" TEXT NULL,
    "Language" TEXT NOT NULL,
    "ContentJson" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "CreatedByUserId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedByUserId" TEXT NULL,
    "SubmittedAt" TEXT NULL,
    "PublishedPublicId" TEXT NULL,
    CONSTRAINT "FK_Submissions_Organizations_LeadOrganizationId" FOREIGN KEY ("LeadOrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Submissions_Pledges_PledgeId" FOREIGN KEY ("PledgeId") REFERENCES "Pledges" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Submissions_Rounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "Rounds" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ReviewDecisions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReviewDecisions" PRIMARY KEY AUTOINCREMENT,
    "SubmissionId" INTEGER NOT NULL,
    "Action" TEXT NOT NULL,
    "FromState" TEXT NOT NULL,
    "ToState" TEXT NOT NULL,
    "ActorUserId" TEXT NOT NULL,
    "ActorName" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "Comment" TEXT NULL,
    CONSTRAINT "FK_ReviewDecisions_Submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "Submissions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SubmissionCoPledger" (
    "SubmissionId" INTEGER NOT NULL,
    "OrganizationId" INTEGER NOT NULL,
    "InvitedAt" TEXT NOT NULL,
    "AcceptedAt" TEXT NULL,
    "AcceptedByUserId" TEXT NULL,
    CONSTRAINT "PK_SubmissionCoPledger" PRIMARY KEY ("SubmissionId", "OrganizationId"),
    CONSTRAINT "FK_SubmissionCoPledger_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SubmissionCoPledger_Submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "Submissions" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_ApiTokens_TokenHash" ON "ApiTokens" ("TokenHash");

CREATE INDEX "IX_ApiTokens_UserId" ON "ApiTokens" ("UserId");

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE INDEX "IX_AuditEvents_At" ON "AuditEvents" ("At");

CREATE INDEX "IX_Invitations_OrganizationId" ON "Invitations" ("OrganizationId");

CREATE UNIQUE INDEX "IX_Invitations_TokenHash" ON "Invitations" ("TokenHash");

CREATE INDEX "IX_Memberships_OrganizationId" ON "Memberships" ("OrganizationId");

CREATE INDEX "IX_NetworkMembers_MemberId" ON "NetworkMembers" ("MemberId");

CREATE INDEX "IX_OutboxMessages_SentAt" ON "OutboxMessages" ("SentAt");

CREATE INDEX "IX_ReviewDecisions_SubmissionId" ON "ReviewDecisions" ("SubmissionId");

CREATE INDEX "IX_SubmissionCoPledger_OrganizationId" ON "SubmissionCoPledger" ("OrganizationId");

CREATE INDEX "IX_Submissions_LeadOrganizationId" ON "Submissions" ("LeadOrganizationId");

CREATE INDEX "IX_Submissions_PledgeId" ON "Submissions" ("PledgeId");

CREATE INDEX "IX_Submissions_RoundId" ON "Submissions" ("RoundId");

CREATE INDEX "IX_Submissions_State_SubmittedAt" ON "Submissions" ("State", "SubmittedAt");

-- The four roles are reference data: they exist wherever the schema does.

INSERT INTO "AspNetRoles" ("Id", "Name", "NormalizedName", "ConcurrencyStamp") VALUES ('administrator', 'Administrator', 'ADMINISTRATOR', 'administrator-1');

INSERT INTO "AspNetRoles" ("Id", "Name", "NormalizedName", "ConcurrencyStamp") VALUES ('secretariat', 'Secretariat', 'SECRETARIAT', 'secretariat-1');

INSERT INTO "AspNetRoles" ("Id", "Name", "NormalizedName", "ConcurrencyStamp") VALUES ('focalpoint', 'FocalPoint', 'FOCALPOINT', 'focalpoint-1');

INSERT INTO "AspNetRoles" ("Id", "Name", "NormalizedName", "ConcurrencyStamp") VALUES ('networkstaff', 'NetworkStaff', 'NETWORKSTAFF', 'networkstaff-1');
