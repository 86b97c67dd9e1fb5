-- 0005: at most one update per pledge and campaign awaiting validation, also when two are sent at the same moment.
CREATE UNIQUE INDEX "IX_PledgeUpdates_OneAwaitingValidation" ON "PledgeUpdates" ("PledgeId", "CampaignId") WHERE "Status" = 'Submitted';
