-- 0009: the language a person's e-mails are written in, and the language of an invitation (the account made from it
-- starts with it). Existing rows get English, the default language of the interface.
ALTER TABLE "AspNetUsers" ADD "PreferredLanguage" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "Invitations" ADD "Language" TEXT NOT NULL DEFAULT 'en';
