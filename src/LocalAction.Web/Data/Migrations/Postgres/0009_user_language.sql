-- 0009: the language a person's e-mails are written in, and the language of an invitation (the account made from it
-- starts with it). Existing rows get English, the default language of the interface.
ALTER TABLE "AspNetUsers" ADD "PreferredLanguage" character varying(10) NOT NULL DEFAULT 'en';
ALTER TABLE "Invitations" ADD "Language" character varying(10) NOT NULL DEFAULT 'en';
