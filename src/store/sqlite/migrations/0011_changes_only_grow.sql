-- Schema 11. PostgreSQL's step to this version guards its count of changes,
-- which SQLite does not have (it tells changes by `PRAGMA data_version`,
-- which no row can set back), so it has nothing to change here.
SELECT 1;
