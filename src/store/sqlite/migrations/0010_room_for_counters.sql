-- Schema 10. PostgreSQL's step to this version leaves room in the pages
-- of licenses, so that writing a license's counters of validations updates
-- its row in place; SQLite updates rows in place already, so it has
-- nothing to change here.
SELECT 1;
