-- Home's summary as last built, kept so that the next start can show it at once instead of reading
-- thousands of open actions and metric values first (docs/decisions/0010). Derived, never content:
-- every write of content deletes every row in the same transaction (WriteQueue), so a row present is
-- the summary of exactly what the file holds. It also depends on the day (stalled, overdue, next
-- session) and on the rules of the build that made it, hence the two keys; another day or another
-- build reads and builds afresh. Not exported, not imported.
CREATE TABLE kept_home_summaries (
    made_for  TEXT NOT NULL, -- the day it was built for, ISO (2026-11-23)
    app_build TEXT NOT NULL, -- AppInfo.build() of the app that built it
    summary   BLOB NOT NULL, -- HomeSummaryCodec's bytes
    PRIMARY KEY (made_for, app_build)
) STRICT;
