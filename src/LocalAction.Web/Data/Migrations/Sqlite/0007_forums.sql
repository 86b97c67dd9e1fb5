-- 0007: global forums: programme, delegations, speaking roles, side-event pages with registration, declarations, quotes.

CREATE TABLE "Forums" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Forums" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "Series" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "City" TEXT NULL,
    "StartsOn" TEXT NULL,
    "EndsOn" TEXT NULL,
    "TimeZone" TEXT NULL,
    "TimeZoneInferred" INTEGER NOT NULL,
    "RoundId" INTEGER NULL,
    "Summary" TEXT NULL,
    "Source" TEXT NULL,
    CONSTRAINT "FK_Forums_Rounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "Rounds" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Declarations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Declarations" PRIMARY KEY AUTOINCREMENT,
    "ForumId" INTEGER NOT NULL,
    "Symbol" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "AdoptedOn" TEXT NULL,
    "Adoption" TEXT NULL,
    "VotesInFavour" INTEGER NULL,
    "VotesAgainst" INTEGER NULL,
    "Abstentions" INTEGER NULL,
    "VotedAgainst" TEXT NULL,
    "Source" TEXT NULL,
    CONSTRAINT "FK_Declarations_Forums_ForumId" FOREIGN KEY ("ForumId") REFERENCES "Forums" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DelegationMembers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DelegationMembers" PRIMARY KEY AUTOINCREMENT,
    "ForumId" INTEGER NOT NULL,
    "OrganizationId" INTEGER NULL,
    "NameAsWritten" TEXT NOT NULL,
    "Kind" TEXT NULL,
    "CountryCode" TEXT NULL,
    "InNationalDelegation" INTEGER NULL,
    "Accreditation" TEXT NULL,
    "Listed" INTEGER NOT NULL,
    "Source" TEXT NULL,
    CONSTRAINT "FK_DelegationMembers_Forums_ForumId" FOREIGN KEY ("ForumId") REFERENCES "Forums" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DelegationMembers_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ForumQuotes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ForumQuotes" PRIMARY KEY AUTOINCREMENT,
    "ForumId" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Speaker" TEXT NULL,
    "Role" TEXT NULL,
    "Source" TEXT NULL,
    CONSTRAINT "FK_ForumQuotes_Forums_ForumId" FOREIGN KEY ("ForumId") REFERENCES "Forums" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ForumSessions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ForumSessions" PRIMARY KEY AUTOINCREMENT,
    "ForumId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Type" TEXT NULL,
    "Group" TEXT NULL,
    "Date" TEXT NULL,
    "StartsAt" TEXT NULL,
    "EndsAt" TEXT NULL,
    "Room" TEXT NULL,
    "GcmObjectives" TEXT NULL,
    "Hosts" TEXT NULL,
    "Source" TEXT NULL,
    CONSTRAINT "FK_ForumSessions_Forums_ForumId" FOREIGN KEY ("ForumId") REFERENCES "Forums" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DeclarationParagraphs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeclarationParagraphs" PRIMARY KEY AUTOINCREMENT,
    "DeclarationId" INTEGER NOT NULL,
    "Number" TEXT NULL,
    "Position" INTEGER NOT NULL,
    "Summary" TEXT NOT NULL,
    "Source" TEXT NULL,
    CONSTRAINT "FK_DeclarationParagraphs_Declarations_DeclarationId" FOREIGN KEY ("DeclarationId") REFERENCES "Declarations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ProposedLanguage" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProposedLanguage" PRIMARY KEY AUTOINCREMENT,
    "DeclarationId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Adopted" INTEGER NULL,
    "Source" TEXT NULL,
    CONSTRAINT "FK_ProposedLanguage_Declarations_DeclarationId" FOREIGN KEY ("DeclarationId") REFERENCES "Declarations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DelegatePeople" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DelegatePeople" PRIMARY KEY AUTOINCREMENT,
    "DelegationMemberId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Title" TEXT NULL,
    CONSTRAINT "FK_DelegatePeople_DelegationMembers_DelegationMemberId" FOREIGN KEY ("DelegationMemberId") REFERENCES "DelegationMembers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "EventPages" (
    "SessionId" INTEGER NOT NULL CONSTRAINT "PK_EventPages" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "TimeZone" TEXT NOT NULL,
    "Place" TEXT NULL,
    "AccessNote" TEXT NULL,
    "Background" TEXT NULL,
    "Capacity" INTEGER NULL,
    "RegistrationClosesAt" TEXT NULL,
    "InvitationOnly" INTEGER NOT NULL,
    "OrganizerUserId" TEXT NULL,
    CONSTRAINT "FK_EventPages_ForumSessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "ForumSessions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SpeakingRoles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SpeakingRoles" PRIMARY KEY AUTOINCREMENT,
    "SessionId" INTEGER NOT NULL,
    "DelegationMemberId" INTEGER NOT NULL,
    "PersonId" INTEGER NULL,
    "Role" TEXT NULL,
    CONSTRAINT "FK_SpeakingRoles_DelegatePeople_PersonId" FOREIGN KEY ("PersonId") REFERENCES "DelegatePeople" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SpeakingRoles_DelegationMembers_DelegationMemberId" FOREIGN KEY ("DelegationMemberId") REFERENCES "DelegationMembers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SpeakingRoles_ForumSessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "ForumSessions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "EventInvitations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EventInvitations" PRIMARY KEY AUTOINCREMENT,
    "SessionId" INTEGER NOT NULL,
    "Email" TEXT NOT NULL,
    "NormalizedEmail" TEXT NOT NULL,
    "CodeHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UsedAt" TEXT NULL,
    CONSTRAINT "FK_EventInvitations_EventPages_SessionId" FOREIGN KEY ("SessionId") REFERENCES "EventPages" ("SessionId") ON DELETE CASCADE
);

CREATE TABLE "EventPageLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EventPageLines" PRIMARY KEY AUTOINCREMENT,
    "SessionId" INTEGER NOT NULL,
    "Section" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Time" TEXT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_EventPageLines_EventPages_SessionId" FOREIGN KEY ("SessionId") REFERENCES "EventPages" ("SessionId") ON DELETE CASCADE
);

CREATE TABLE "EventRegistrations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EventRegistrations" PRIMARY KEY AUTOINCREMENT,
    "SessionId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "NormalizedEmail" TEXT NOT NULL,
    "Organization" TEXT NULL,
    "Status" TEXT NOT NULL,
    "RegisteredAt" TEXT NOT NULL,
    "InvitationId" INTEGER NULL,
    CONSTRAINT "FK_EventRegistrations_EventInvitations_InvitationId" FOREIGN KEY ("InvitationId") REFERENCES "EventInvitations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_EventRegistrations_EventPages_SessionId" FOREIGN KEY ("SessionId") REFERENCES "EventPages" ("SessionId") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_DeclarationParagraphs_DeclarationId_Position" ON "DeclarationParagraphs" ("DeclarationId", "Position");

CREATE INDEX "IX_Declarations_ForumId" ON "Declarations" ("ForumId");

CREATE UNIQUE INDEX "IX_Declarations_Symbol" ON "Declarations" ("Symbol");

CREATE INDEX "IX_DelegatePeople_DelegationMemberId" ON "DelegatePeople" ("DelegationMemberId");

CREATE UNIQUE INDEX "IX_DelegationMembers_ForumId_NameAsWritten" ON "DelegationMembers" ("ForumId", "NameAsWritten");

CREATE INDEX "IX_DelegationMembers_OrganizationId" ON "DelegationMembers" ("OrganizationId");

CREATE UNIQUE INDEX "IX_EventInvitations_CodeHash" ON "EventInvitations" ("CodeHash");

CREATE UNIQUE INDEX "IX_EventInvitations_SessionId_NormalizedEmail" ON "EventInvitations" ("SessionId", "NormalizedEmail");

CREATE UNIQUE INDEX "IX_EventPageLines_SessionId_Section_Position" ON "EventPageLines" ("SessionId", "Section", "Position");

CREATE UNIQUE INDEX "IX_EventPages_Slug" ON "EventPages" ("Slug");

CREATE INDEX "IX_EventRegistrations_InvitationId" ON "EventRegistrations" ("InvitationId");

CREATE UNIQUE INDEX "IX_EventRegistrations_SessionId_NormalizedEmail" ON "EventRegistrations" ("SessionId", "NormalizedEmail");

CREATE INDEX "IX_ForumQuotes_ForumId" ON "ForumQuotes" ("ForumId");

CREATE UNIQUE INDEX "IX_Forums_Code" ON "Forums" ("Code");

CREATE INDEX "IX_Forums_RoundId" ON "Forums" ("RoundId");

CREATE INDEX "IX_ForumSessions_ForumId_Date_StartsAt" ON "ForumSessions" ("ForumId", "Date", "StartsAt");

CREATE UNIQUE INDEX "IX_ProposedLanguage_DeclarationId_Position" ON "ProposedLanguage" ("DeclarationId", "Position");

CREATE INDEX "IX_SpeakingRoles_DelegationMemberId" ON "SpeakingRoles" ("DelegationMemberId");

CREATE INDEX "IX_SpeakingRoles_PersonId" ON "SpeakingRoles" ("PersonId");

CREATE INDEX "IX_SpeakingRoles_SessionId" ON "SpeakingRoles" ("SessionId");
