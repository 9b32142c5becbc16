# Deleting data and SELECT LAST, from IoTDB 1.3's "Delete Data" and "Query Data" (Last Query)
# pages, over the sample devices of 18-metadata.sql.
# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Delete-Data.html
INSERT INTO root.ln.wf02.wt02(time, status, hardware) VALUES (5, true, 'a'), (10, false, 'b'), (15, true, 'c'), (20, false, 'd'), (25, true, 'e');

DELETE FROM root.ln.wf02.wt02.status WHERE time < 10;

> select status from root.ln.wf02.wt02
Time	root.ln.wf02.wt02.status
10	false
15	true
20	false
25	true

delete from root.ln.wf02.wt02.status where time = 20;
delete from root.ln.wf02.wt02.status where time < 20 and time > 10;

> select status from root.ln.wf02.wt02
Time	root.ln.wf02.wt02.status
10	false
25	true

# Intervals joined by OR are refused (IoTDB: 303, a metadata check error; Orrery: 301).
! 301 delete from root.ln.wf02.wt02.status where time > 4 or time < 0

# Deleting from a path that does not exist succeeds.
delete from root.ln.wf03.wt02.status where time < now();

# A device path deletes from all of its series.
delete from root.ln.wf02.wt02 where time <= 15;

> select status, hardware from root.ln.wf02.wt02
Time	root.ln.wf02.wt02.status	root.ln.wf02.wt02.hardware
20	null	d
25	true	e

delete from root.ln.wf02.wt02.status;

> select status, hardware from root.ln.wf02.wt02
Time	root.ln.wf02.wt02.status	root.ln.wf02.wt02.hardware
20	null	d
25	null	e

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Query-Data.html#last-query
# The header is IoTDB 1.3's (Timeseries, Value, DataType, as in 02-queries.sql); the page prints
# the older lower-case one. temperature is DOUBLE on that page (21.067368).
FLUSH;
DELETE TIMESERIES root.ln.wf01.wt01.temperature;
CREATE TIMESERIES root.ln.wf01.wt01.temperature WITH DATATYPE=DOUBLE;
INSERT INTO root.ln.wf01.wt01(time, status, temperature) VALUES (2017-11-07T23:50:00+08:00, true, 23.7), (2017-11-07T23:59:00+08:00, false, 21.067368);

> select last status from root.ln.wf01.wt01
Time	Timeseries	Value	DataType
1510070340000	root.ln.wf01.wt01.status	false	BOOLEAN

> select last status, temperature from root.ln.wf01.wt01 where time >= 2017-11-07T23:50:00+08:00
Time	Timeseries	Value	DataType
1510070340000	root.ln.wf01.wt01.status	false	BOOLEAN
1510070340000	root.ln.wf01.wt01.temperature	21.067368	DOUBLE

> select last * from root.ln.wf01.wt01 order by timeseries desc
Time	Timeseries	Value	DataType
1510070340000	root.ln.wf01.wt01.temperature	21.067368	DOUBLE
1510070340000	root.ln.wf01.wt01.status	false	BOOLEAN

> select last * from root.ln.wf01.wt01 order by dataType desc
Time	Timeseries	Value	DataType
1510070340000	root.ln.wf01.wt01.temperature	21.067368	DOUBLE
1510070340000	root.ln.wf01.wt01.status	false	BOOLEAN

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Query-Data.html#into-clause-query-write-back
# Example 2, over root.sg.d1 of 16-conversion-constant-functions.sql (s1 INT32, s2 INT64) with a
# point in each of the ten windows. The header is IoTDB 1.3's, as in 04-predicates-functions.sql.
INSERT INTO root.sg.d1(time, s1, s2) VALUES (10, 10, 10), (20, 20, 20), (30, 30, 30), (40, 40, 40), (50, 50, 50), (60, 60, 60), (70, 70, 70), (80, 80, 80), (90, 90, 90);

> select count(s1 + s2), last_value(s2) into root.agg.count(s1_add_s2), root.agg.last_value(s2) from root.sg.d1 group by ([0, 100), 10ms)
SourceColumn	TargetTimeseries	Written
count(root.sg.d1.s1 + root.sg.d1.s2)	root.agg.count.s1_add_s2	10
last_value(root.sg.d1.s2)	root.agg.last_value.s2	10
