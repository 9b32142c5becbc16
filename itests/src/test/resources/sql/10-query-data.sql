# Examples of IoTDB 1.3's "Query Data" page over the sample data root.ln (only the rows each
# example shows). Times are the documentation's +08:00 wall-clock times, written with the zone;
# results give them as epoch ms (2017-11-01T00:00:00+08:00 = 1509465600000).
CREATE DATABASE root.ln;
CREATE TIMESERIES root.ln.wf01.wt01.status WITH DATATYPE=BOOLEAN;
CREATE TIMESERIES root.ln.wf01.wt01.temperature WITH DATATYPE=FLOAT;
CREATE TIMESERIES root.ln.wf02.wt02.hardware WITH DATATYPE=TEXT;
CREATE TIMESERIES root.ln.wf02.wt02.status WITH DATATYPE=BOOLEAN;
INSERT INTO root.ln.wf01.wt01(time, temperature) VALUES (2017-11-01T00:00:00+08:00, 25.96), (2017-11-01T00:01:00+08:00, 24.36), (2017-11-01T00:02:00+08:00, 20.09), (2017-11-01T00:03:00+08:00, 20.18), (2017-11-01T00:04:00+08:00, 21.13), (2017-11-01T00:05:00+08:00, 22.72);
INSERT INTO root.ln.wf01.wt01(time, status, temperature) VALUES (2017-11-01T00:06:00+08:00, false, 20.71), (2017-11-01T00:07:00+08:00, false, 21.45), (2017-11-01T00:08:00+08:00, false, 22.58), (2017-11-01T00:09:00+08:00, false, 20.98), (2017-11-01T00:10:00+08:00, true, 25.52), (2017-11-01T00:11:00+08:00, false, 22.91), (2017-11-01T16:35:00+08:00, true, 23.44), (2017-11-01T16:36:00+08:00, false, 21.98), (2017-11-01T16:37:00+08:00, false, 21.93);
INSERT INTO root.ln.wf01.wt01(time, status) VALUES (2017-11-01T00:00:00+08:00, true), (2017-11-01T00:01:00+08:00, true), (2017-11-01T00:02:00+08:00, false), (2017-11-01T00:03:00+08:00, false), (2017-11-01T00:04:00+08:00, false), (2017-11-01T00:05:00+08:00, false);
INSERT INTO root.ln.wf02.wt02(time, hardware, status) VALUES (1, 'v1', true), (2, 'v2', false), (2017-11-01T00:00:00+08:00, 'v2', true), (2017-11-01T00:01:00+08:00, 'v2', true);
INSERT INTO root.ln.wf02.wt02(time, hardware) VALUES (2017-11-01T00:06:00+08:00, 'v1'), (2017-11-01T00:07:00+08:00, 'v1'), (2017-11-01T00:08:00+08:00, 'v1'), (2017-11-01T00:09:00+08:00, 'v1'), (2017-11-01T00:10:00+08:00, 'v2'), (2017-11-01T00:11:00+08:00, 'v1'), (2017-11-01T16:35:00+08:00, 'v2'), (2017-11-01T16:36:00+08:00, 'v1'), (2017-11-01T16:37:00+08:00, 'v1');

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Query-Data.html#select-a-column-of-data-based-on-a-time-interval
> select temperature from root.ln.wf01.wt01 where time < 2017-11-01T00:08:00.000+08:00
Time	root.ln.wf01.wt01.temperature
1509465600000	25.96
1509465660000	24.36
1509465720000	20.09
1509465780000	20.18
1509465840000	21.13
1509465900000	22.72
1509465960000	20.71
1509466020000	21.45

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Query-Data.html#select-multiple-columns-of-data-based-on-a-time-interval
> select status, temperature from root.ln.wf01.wt01 where time > 2017-11-01T00:05:00.000+08:00 and time < 2017-11-01T00:12:00.000+08:00
Time	root.ln.wf01.wt01.status	root.ln.wf01.wt01.temperature
1509465960000	false	20.71
1509466020000	false	21.45
1509466080000	false	22.58
1509466140000	false	20.98
1509466200000	true	25.52
1509466260000	false	22.91

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Query-Data.html#select-multiple-columns-of-data-for-the-same-device-according-to-multiple-time-intervals
> select status,temperature from root.ln.wf01.wt01 where (time > 2017-11-01T00:05:00.000+08:00 and time < 2017-11-01T00:12:00.000+08:00) or (time >= 2017-11-01T16:35:00.000+08:00 and time <= 2017-11-01T16:37:00.000+08:00)
Time	root.ln.wf01.wt01.status	root.ln.wf01.wt01.temperature
1509465960000	false	20.71
1509466020000	false	21.45
1509466080000	false	22.58
1509466140000	false	20.98
1509466200000	true	25.52
1509466260000	false	22.91
1509525300000	true	23.44
1509525360000	false	21.98
1509525420000	false	21.93

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Query-Data.html#choose-multiple-columns-of-data-for-different-devices-according-to-multiple-time-intervals
> select wf01.wt01.status,wf02.wt02.hardware from root.ln where (time > 2017-11-01T00:05:00.000+08:00 and time < 2017-11-01T00:12:00.000+08:00) or (time >= 2017-11-01T16:35:00.000+08:00 and time <= 2017-11-01T16:37:00.000+08:00)
Time	root.ln.wf01.wt01.status	root.ln.wf02.wt02.hardware
1509465960000	false	v1
1509466020000	false	v1
1509466080000	false	v1
1509466140000	false	v1
1509466200000	true	v2
1509466260000	false	v1
1509525300000	true	v2
1509525360000	false	v1
1509525420000	false	v1

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Query-Data.html#row-control-over-query-results
> select status, temperature from root.ln.wf01.wt01 limit 10
Time	root.ln.wf01.wt01.status	root.ln.wf01.wt01.temperature
1509465600000	true	25.96
1509465660000	true	24.36
1509465720000	false	20.09
1509465780000	false	20.18
1509465840000	false	21.13
1509465900000	false	22.72
1509465960000	false	20.71
1509466020000	false	21.45
1509466080000	false	22.58
1509466140000	false	20.98

> select status, temperature from root.ln.wf01.wt01 limit 5 offset 3
Time	root.ln.wf01.wt01.status	root.ln.wf01.wt01.temperature
1509465780000	false	20.18
1509465840000	false	21.13
1509465900000	false	22.72
1509465960000	false	20.71
1509466020000	false	21.45

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Query-Data.html#column-control-over-query-results
# Wildcards list a device's series in IoTDB's schema tree order: temperature before status.
> select * from root.ln.wf01.wt01 where time > 2017-11-01T00:05:00.000+08:00 and time < 2017-11-01T00:12:00.000+08:00 slimit 1
Time	root.ln.wf01.wt01.temperature
1509465960000	20.71
1509466020000	21.45
1509466080000	22.58
1509466140000	20.98
1509466200000	25.52
1509466260000	22.91

> select * from root.ln.wf01.wt01 where time > 2017-11-01T00:05:00.000+08:00 and time < 2017-11-01T00:12:00.000+08:00 slimit 1 soffset 1
Time	root.ln.wf01.wt01.status
1509465960000	false
1509466020000	false
1509466080000	false
1509466140000	false
1509466200000	true
1509466260000	false

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Query-Data.html#error-handling
> select status,temperature from root.ln.wf01.wt01 where time > 2017-11-01T00:05:00.000+08:00 and time < 2017-11-01T00:12:00.000+08:00 limit 100
Time	root.ln.wf01.wt01.status	root.ln.wf01.wt01.temperature
1509465960000	false	20.71
1509466020000	false	21.45
1509466080000	false	22.58
1509466140000	false	20.98
1509466200000	true	25.52
1509466260000	false	22.91

> select status,temperature from root.ln.wf01.wt01 where time > 2017-11-01T00:05:00.000+08:00 and time < 2017-11-01T00:12:00.000+08:00 limit 2 offset 6
Time	root.ln.wf01.wt01.status	root.ln.wf01.wt01.temperature

# IoTDB answers 411 (SOFFSET not smaller than the number of series) and 401 (syntax); Orrery's
# codes for the same classes of error are 301 and 300.
! 301 select * from root.ln.wf01.wt01 where time > 2017-11-01T00:05:00.000+08:00 and time < 2017-11-01T00:12:00.000+08:00 slimit 1 soffset 2

! 300 select status,temperature from root.ln.wf01.wt01 where time > 2017-11-01T00:05:00.000+08:00 and time < 2017-11-01T00:12:00.000+08:00 limit 13.1

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Query-Data.html#aggregation-by-session
CREATE TIMESERIES root.ln.wf02.wt01.temperature WITH DATATYPE=FLOAT;
CREATE TIMESERIES root.ln.wf02.wt01.hardware WITH DATATYPE=INT32;
CREATE TIMESERIES root.ln.wf02.wt01.status WITH DATATYPE=BOOLEAN;
INSERT INTO root.ln.wf02.wt01(time, temperature, hardware, status) VALUES (1000, 35.7, 11, false), (2000, 35.8, 22, true), (3000, 35.4, 33, false), (4000, 36.4, 44, false), (5000, 36.8, 55, false), (10000, 36.8, 110, false), (20000, 37.8, 220, true), (30000, 37.5, 330, false), (40000, 37.4, 440, false), (50000, 37.9, 550, false), (100000, 38.0, 110, false), (150000, 38.8, 220, true), (200000, 38.6, 330, false), (260000, 38.4, 440, false), (320000, 38.3, 550, false);
INSERT INTO root.ln.wf02.wt01(time, hardware) VALUES (400000, 0), (470000, 0), (480000, 0);
INSERT INTO root.ln.wf02.wt01(time, temperature, hardware, status) VALUES (86881000, 38.2, 110, false), (86882000, 37.5, 220, true), (86883000, 37.4, 330, false), (86884000, 36.8, 440, false), (86885000, 37.4, 550, false);

# The documentation reads FROM root.**; the scripts share one server, so the FROM names the device.
> select __endTime,count(*) from root.ln.wf02.wt01 group by session(1d)
Time	__endTime	count(root.ln.wf02.wt01.temperature)	count(root.ln.wf02.wt01.hardware)	count(root.ln.wf02.wt01.status)
1000	480000	15	18	15
86881000	86885000	5	5	5

> select __endTime,sum(hardware) from root.ln.wf02.wt01 group by session(50s) having sum(hardware)>0 align by device
Time	Device	__endTime	sum(hardware)
1000	root.ln.wf02.wt01	200000	2475.0
260000	root.ln.wf02.wt01	260000	440.0
320000	root.ln.wf02.wt01	320000	550.0
86881000	root.ln.wf02.wt01	86885000	1650.0

# The series of root.ln.** below are the page's sample devices wf01.wt01 and wf02.wt02 only.
DELETE TIMESERIES root.ln.wf02.wt01.**;

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Query-Data.html#order-by-in-align-by-time-mode
> select * from root.ln.** where time <= 2017-11-01T00:01:00+08:00 order by time desc
Time	root.ln.wf02.wt02.hardware	root.ln.wf02.wt02.status	root.ln.wf01.wt01.temperature	root.ln.wf01.wt01.status
1509465660000	v2	true	24.36	true
1509465600000	v2	true	25.96	true
2	v2	false	null	null
1	v1	true	null	null

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Query-Data.html#align-by-device
> select * from root.ln.** where time <= 2017-11-01T00:01:00+08:00 align by device
Time	Device	temperature	status	hardware
1509465600000	root.ln.wf01.wt01	25.96	true	null
1509465660000	root.ln.wf01.wt01	24.36	true	null
1	root.ln.wf02.wt02	null	true	v1
2	root.ln.wf02.wt02	null	false	v2
1509465600000	root.ln.wf02.wt02	null	true	v2
1509465660000	root.ln.wf02.wt02	null	true	v2

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Query-Data.html#order-by-in-align-by-device-mode
> select * from root.ln.** where time <= 2017-11-01T00:01:00+08:00 order by device desc,time asc align by device
Time	Device	hardware	status	temperature
1	root.ln.wf02.wt02	v1	true	null
2	root.ln.wf02.wt02	v2	false	null
1509465600000	root.ln.wf02.wt02	v2	true	null
1509465660000	root.ln.wf02.wt02	v2	true	null
1509465600000	root.ln.wf01.wt01	null	true	25.96
1509465660000	root.ln.wf01.wt01	null	true	24.36

> select * from root.ln.** where time <= 2017-11-01T00:01:00+08:00 order by time asc,device desc align by device
Time	Device	hardware	status	temperature
1	root.ln.wf02.wt02	v1	true	null
2	root.ln.wf02.wt02	v2	false	null
1509465600000	root.ln.wf02.wt02	v2	true	null
1509465600000	root.ln.wf01.wt01	null	true	25.96
1509465660000	root.ln.wf02.wt02	v2	true	null
1509465660000	root.ln.wf01.wt01	null	true	24.36

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#sample-functions
# The page's sample data: root.ln.wf01.wt01.temperature = 0.0 .. 99.0 at 0 .. 99 ms.
FLUSH;
DELETE TIMESERIES root.ln.**;
CREATE TIMESERIES root.ln.wf01.wt01.temperature WITH DATATYPE=DOUBLE;
INSERT INTO root.ln.wf01.wt01(time, temperature) VALUES (0, 0.0), (1, 1.0), (2, 2.0), (3, 3.0), (4, 4.0), (5, 5.0), (6, 6.0), (7, 7.0), (8, 8.0), (9, 9.0), (10, 10.0), (11, 11.0), (12, 12.0), (13, 13.0), (14, 14.0), (15, 15.0), (16, 16.0), (17, 17.0), (18, 18.0), (19, 19.0), (20, 20.0), (21, 21.0), (22, 22.0), (23, 23.0), (24, 24.0), (25, 25.0), (26, 26.0), (27, 27.0), (28, 28.0), (29, 29.0), (30, 30.0), (31, 31.0), (32, 32.0), (33, 33.0), (34, 34.0), (35, 35.0), (36, 36.0), (37, 37.0), (38, 38.0), (39, 39.0), (40, 40.0), (41, 41.0), (42, 42.0), (43, 43.0), (44, 44.0), (45, 45.0), (46, 46.0), (47, 47.0), (48, 48.0), (49, 49.0), (50, 50.0), (51, 51.0), (52, 52.0), (53, 53.0), (54, 54.0), (55, 55.0), (56, 56.0), (57, 57.0), (58, 58.0), (59, 59.0), (60, 60.0), (61, 61.0), (62, 62.0), (63, 63.0), (64, 64.0), (65, 65.0), (66, 66.0), (67, 67.0), (68, 68.0), (69, 69.0), (70, 70.0), (71, 71.0), (72, 72.0), (73, 73.0), (74, 74.0), (75, 75.0), (76, 76.0), (77, 77.0), (78, 78.0), (79, 79.0), (80, 80.0), (81, 81.0), (82, 82.0), (83, 83.0), (84, 84.0), (85, 85.0), (86, 86.0), (87, 87.0), (88, 88.0), (89, 89.0), (90, 90.0), (91, 91.0), (92, 92.0), (93, 93.0), (94, 94.0), (95, 95.0), (96, 96.0), (97, 97.0), (98, 98.0), (99, 99.0);

> select equal_size_bucket_agg_sample(temperature, 'type'='avg','proportion'='0.1') as agg_avg, equal_size_bucket_agg_sample(temperature, 'type'='max','proportion'='0.1') as agg_max, equal_size_bucket_agg_sample(temperature,'type'='min','proportion'='0.1') as agg_min, equal_size_bucket_agg_sample(temperature, 'type'='sum','proportion'='0.1') as agg_sum, equal_size_bucket_agg_sample(temperature, 'type'='extreme','proportion'='0.1') as agg_extreme, equal_size_bucket_agg_sample(temperature, 'type'='variance','proportion'='0.1') as agg_variance from root.ln.wf01.wt01
Time	agg_avg	agg_max	agg_min	agg_sum	agg_extreme	agg_variance
0	4.5	9.0	0.0	45.0	9.0	8.25
10	14.5	19.0	10.0	145.0	19.0	8.25
20	24.5	29.0	20.0	245.0	29.0	8.25
30	34.5	39.0	30.0	345.0	39.0	8.25
40	44.5	49.0	40.0	445.0	49.0	8.25
50	54.5	59.0	50.0	545.0	59.0	8.25
60	64.5	69.0	60.0	645.0	69.0	8.25
70	74.50000000000001	79.0	70.0	745.0	79.0	8.25
80	84.5	89.0	80.0	845.0	89.0	8.25
90	94.5	99.0	90.0	945.0	99.0	8.25

> select equal_size_bucket_m4_sample(temperature, 'proportion'='0.1') as M4_sample from root.ln.wf01.wt01
Time	M4_sample
0	0.0
1	1.0
38	38.0
39	39.0
40	40.0
41	41.0
78	78.0
79	79.0
80	80.0
81	81.0
98	98.0
99	99.0
