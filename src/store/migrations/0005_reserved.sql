-- RightsDesk schema, version 5: reserved. Version 5 belongs to another change
-- being made at the same time (issue #17 took 0006); until that lands this
-- step changes nothing, so a store at version 6 has every table it needs.
-- Append only: never edit a released migration; add the next file instead.

SELECT 1;
