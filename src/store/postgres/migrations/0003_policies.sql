-- keywright schema on PostgreSQL, version 8 (as SQLite's 0008_policies.sql):
-- the policies of plans, kept on each license (docs/policies.md), as JSON;
-- NULL is every default. A license's policy counts in its seal once set.
ALTER TABLE plans    ADD COLUMN policy text;
ALTER TABLE licenses ADD COLUMN policy text;
