-- keywright schema, version 8: the policies of plans, kept on each license
-- (docs/policies.md), as JSON; NULL is every default. A license's policy
-- counts in its seal once it is set, so rows sealed before keep theirs
-- (docs/threat-model.md).
ALTER TABLE plans    ADD COLUMN policy TEXT;
ALTER TABLE licenses ADD COLUMN policy TEXT;
