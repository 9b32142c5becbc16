# GROUP BY VARIATION / CONDITION / SESSION / COUNT, from IoTDB 1.3's "Query Data" page, section
# "Aggregate By Segment". Times of the documentation's +08:00 display are given here as epoch ms.
# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Query-Data.html#aggregation-by-variation
CREATE DATABASE root.sg;
CREATE TIMESERIES root.sg.d.s1 WITH DATATYPE=DOUBLE;
CREATE TIMESERIES root.sg.d.s2 WITH DATATYPE=DOUBLE;
CREATE TIMESERIES root.sg.d.s3 WITH DATATYPE=DOUBLE;
CREATE TIMESERIES root.sg.d.s4 WITH DATATYPE=DOUBLE;
CREATE TIMESERIES root.sg.d.s5 WITH DATATYPE=DOUBLE;
CREATE TIMESERIES root.sg.d.s6 WITH DATATYPE=DOUBLE;
INSERT INTO root.sg.d(time, s1, s2, s3, s4, s5, s6) VALUES (0, 4.5, 9.0, 0.0, 45.0, 9.0, 8.25);
INSERT INTO root.sg.d(time, s2, s3, s4, s5, s6) VALUES (10, 19.0, 10.0, 145.0, 19.0, 8.25);
INSERT INTO root.sg.d(time, s1, s2, s4, s5) VALUES (20, 24.5, 29.0, 245.0, 29.0);
INSERT INTO root.sg.d(time, s1, s3, s4) VALUES (30, 34.5, 30.0, 345.0);
INSERT INTO root.sg.d(time, s1, s2, s3, s4, s5, s6) VALUES (40, 44.5, 49.0, 40.0, 445.0, 49.0, 8.25);
INSERT INTO root.sg.d(time, s2, s3, s4, s5, s6) VALUES (50, 59.0, 50.0, 545.0, 59.0, 6.25);
INSERT INTO root.sg.d(time, s1, s2, s3, s4, s5) VALUES (60, 64.5, 69.0, 60.0, 645.0, 69.0);
INSERT INTO root.sg.d(time, s1, s2, s5, s6) VALUES (70, 74.5, 79.0, 79.0, 3.25);
INSERT INTO root.sg.d(time, s1, s2, s3, s4, s5, s6) VALUES (80, 84.5, 89.0, 80.0, 845.0, 89.0, 3.25);
INSERT INTO root.sg.d(time, s1, s2, s3, s4, s5, s6) VALUES (90, 94.5, 99.0, 90.0, 945.0, 99.0, 3.25);
INSERT INTO root.sg.d(time, s1, s2, s3, s4, s5, s6) VALUES (150, 66.5, 77.0, 90.0, 945.0, 99.0, 9.25);

# delta = 0: rows where s6 is null are skipped.
> select __endTime, avg(s1), count(s2), sum(s3) from root.sg.d group by variation(s6)
Time	__endTime	avg(root.sg.d.s1)	count(root.sg.d.s2)	sum(root.sg.d.s3)
0	40	24.5	3	50.0
50	50	null	1	50.0
70	90	84.5	3	170.0
150	150	66.5	1	90.0

> select __endTime, avg(s1), count(s2), sum(s3) from root.sg.d group by variation(s6, ignoreNull=false)
Time	__endTime	avg(root.sg.d.s1)	count(root.sg.d.s2)	sum(root.sg.d.s3)
0	10	4.5	2	10.0
20	30	29.5	1	30.0
40	40	44.5	1	40.0
50	50	null	1	50.0
60	60	64.5	1	60.0
70	90	84.5	3	170.0
150	150	66.5	1	90.0

> select __endTime, avg(s1), count(s2), sum(s3) from root.sg.d group by variation(s6, 4)
Time	__endTime	avg(root.sg.d.s1)	count(root.sg.d.s2)	sum(root.sg.d.s3)
0	50	24.5	4	100.0
70	90	84.5	3	170.0
150	150	66.5	1	90.0

> select __endTime, avg(s1), count(s2), sum(s3) from root.sg.d group by variation(s6+s5, 10)
Time	__endTime	avg(root.sg.d.s1)	count(root.sg.d.s2)	sum(root.sg.d.s3)
0	10	4.5	2	10.0
40	50	44.5	2	90.0
70	80	79.5	2	80.0
90	150	80.5	2	180.0

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Query-Data.html#aggregation-by-condition
# The documentation reads FROM root.**; the scripts share one server, so the FROM names the car.
CREATE TIMESERIES root.sg.beijing.car01.soc WITH DATATYPE=DOUBLE;
CREATE TIMESERIES root.sg.beijing.car01.charging_status WITH DATATYPE=INT32;
CREATE TIMESERIES root.sg.beijing.car01.vehicle_status WITH DATATYPE=INT32;
INSERT INTO root.sg.beijing.car01(time, soc, charging_status, vehicle_status) VALUES (1, 14.0, 1, 1), (2, 16.0, 1, 1), (3, 16.0, 0, 1), (4, 16.0, 0, 1), (5, 18.0, 1, 1), (6, 24.0, 1, 1), (7, 36.0, 1, 1);
INSERT INTO root.sg.beijing.car01(time, soc, vehicle_status) VALUES (8, 36.0, 1);
INSERT INTO root.sg.beijing.car01(time, soc, charging_status, vehicle_status) VALUES (9, 45.0, 1, 1), (10, 60.0, 1, 1);

> select max_time(charging_status),count(vehicle_status),last_value(soc) from root.sg.beijing.car01 group by condition(charging_status=1,KEEP>=2,ignoringNull=true)
Time	max_time(root.sg.beijing.car01.charging_status)	count(root.sg.beijing.car01.vehicle_status)	last_value(root.sg.beijing.car01.soc)
1	2	2	16.0
5	10	5	60.0

> select max_time(charging_status),count(vehicle_status),last_value(soc) from root.sg.beijing.car01 group by condition(charging_status=1,KEEP>=2,ignoringNull=false)
Time	max_time(root.sg.beijing.car01.charging_status)	count(root.sg.beijing.car01.vehicle_status)	last_value(root.sg.beijing.car01.soc)
1	2	2	16.0
5	7	3	36.0
9	10	2	60.0

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Query-Data.html#aggregation-by-count
# The documentation's statement misspells the counted series (charging_stauts, which selects
# nothing) and its table shows __endTime and the car's soc: the statement here selects what the
# table shows, over the same data.
> select __endTime, first_value(soc) from root.sg.beijing.car01 group by count(charging_status,5)
Time	__endTime	first_value(root.sg.beijing.car01.soc)
1	5	14.0

> select __endTime, first_value(soc) from root.sg.beijing.car01 group by count(charging_status,5,ignoreNull=false)
Time	__endTime	first_value(root.sg.beijing.car01.soc)
1	5	14.0
6	10	24.0
