# FILL, from IoTDB 1.3's "Query Data" page, section "FILL CLAUSE", with the page's data.
# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Query-Data.html#fill-clause
CREATE DATABASE root.sgcc;
CREATE TIMESERIES root.sgcc.wf03.wt01.temperature WITH DATATYPE=FLOAT;
CREATE TIMESERIES root.sgcc.wf03.wt01.status WITH DATATYPE=BOOLEAN;
INSERT INTO root.sgcc.wf03.wt01(time, temperature, status) VALUES (2017-11-01T16:37:00.000+08:00, 21.93, true);
INSERT INTO root.sgcc.wf03.wt01(time, status) VALUES (2017-11-01T16:38:00.000+08:00, false);
INSERT INTO root.sgcc.wf03.wt01(time, temperature) VALUES (2017-11-01T16:39:00.000+08:00, 22.23), (2017-11-01T16:40:00.000+08:00, 23.43);

> select temperature, status from root.sgcc.wf03.wt01 where time >= 2017-11-01T16:37:00.000+08:00 and time <= 2017-11-01T16:40:00.000+08:00
Time	root.sgcc.wf03.wt01.temperature	root.sgcc.wf03.wt01.status
1509525420000	21.93	true
1509525480000	null	false
1509525540000	22.23	null
1509525600000	23.43	null

> select temperature, status from root.sgcc.wf03.wt01 where time >= 2017-11-01T16:37:00.000+08:00 and time <= 2017-11-01T16:40:00.000+08:00 fill(previous)
Time	root.sgcc.wf03.wt01.temperature	root.sgcc.wf03.wt01.status
1509525420000	21.93	true
1509525480000	21.93	false
1509525540000	22.23	false
1509525600000	23.43	false

# LINEAR fills numeric columns only; BOOLEAN stays as it is.
> select temperature, status from root.sgcc.wf03.wt01 where time >= 2017-11-01T16:37:00.000+08:00 and time <= 2017-11-01T16:40:00.000+08:00 fill(linear)
Time	root.sgcc.wf03.wt01.temperature	root.sgcc.wf03.wt01.status
1509525420000	21.93	true
1509525480000	22.08	false
1509525540000	22.23	null
1509525600000	23.43	null

# A constant fills only the columns whose type it fits.
> select temperature, status from root.sgcc.wf03.wt01 where time >= 2017-11-01T16:37:00.000+08:00 and time <= 2017-11-01T16:40:00.000+08:00 fill(2.0)
Time	root.sgcc.wf03.wt01.temperature	root.sgcc.wf03.wt01.status
1509525420000	21.93	true
1509525480000	2.0	false
1509525540000	22.23	null
1509525600000	23.43	null

> select temperature, status from root.sgcc.wf03.wt01 where time >= 2017-11-01T16:37:00.000+08:00 and time <= 2017-11-01T16:40:00.000+08:00 fill(true)
Time	root.sgcc.wf03.wt01.temperature	root.sgcc.wf03.wt01.status
1509525420000	21.93	true
1509525480000	null	false
1509525540000	22.23	true
1509525600000	23.43	true

# FILL(PREVIOUS, interval) after GROUP BY time: no fill when the previous value is older than the interval.
CREATE DATABASE root.db;
CREATE TIMESERIES root.db.d1.s1 WITH DATATYPE=DOUBLE;
INSERT INTO root.db.d1(time, s1) VALUES (2023-11-08T16:41:50.008+08:00, 1.0), (2023-11-08T16:46:50.011+08:00, 2.0), (2023-11-08T16:48:50.011+08:00, 3.0);

> select avg(s1) from root.db.d1 group by([2023-11-08T16:40:00.008+08:00, 2023-11-08T16:50:00.008+08:00), 1m)
Time	avg(root.db.d1.s1)
1699432800008	null
1699432860008	1.0
1699432920008	null
1699432980008	null
1699433040008	null
1699433100008	null
1699433160008	2.0
1699433220008	null
1699433280008	3.0
1699433340008	null

> select avg(s1) from root.db.d1 group by([2023-11-08T16:40:00.008+08:00, 2023-11-08T16:50:00.008+08:00), 1m) FILL(PREVIOUS)
Time	avg(root.db.d1.s1)
1699432800008	null
1699432860008	1.0
1699432920008	1.0
1699432980008	1.0
1699433040008	1.0
1699433100008	1.0
1699433160008	2.0
1699433220008	2.0
1699433280008	3.0
1699433340008	3.0

> select avg(s1) from root.db.d1 group by([2023-11-08T16:40:00.008+08:00, 2023-11-08T16:50:00.008+08:00), 1m) FILL(PREVIOUS, 2m)
Time	avg(root.db.d1.s1)
1699432800008	null
1699432860008	1.0
1699432920008	1.0
1699432980008	1.0
1699433040008	null
1699433100008	null
1699433160008	2.0
1699433220008	2.0
1699433280008	3.0
1699433340008	3.0

# root.db is used again by 14-aggregate-functions.sql with other types.
FLUSH;
DELETE TIMESERIES root.db.**;
