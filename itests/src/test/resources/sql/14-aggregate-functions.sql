# Aggregate functions, from IoTDB 1.3's "Function and Expression" page ("Aggregate Functions"),
# each with the page's own data. The page puts every example under root.db (and root.test),
# so each section first removes the series of the one before (FLUSH first: see the report on
# re-created series).
# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#count-if
CREATE TIMESERIES root.db.d1.s1 WITH DATATYPE=INT32;
CREATE TIMESERIES root.db.d1.s2 WITH DATATYPE=INT32;
INSERT INTO root.db.d1(time, s1, s2) VALUES (1, 0, 0);
INSERT INTO root.db.d1(time, s2) VALUES (2, 0);
INSERT INTO root.db.d1(time, s1, s2) VALUES (3, 0, 0), (4, 0, 0), (5, 1, 0), (6, 1, 0), (7, 1, 0), (8, 0, 0), (9, 0, 0), (10, 0, 0);

> select count_if(s1=0 & s2=0, 3), count_if(s1=1 & s2=0, 3) from root.db.d1
count_if(root.db.d1.s1 = 0 & root.db.d1.s2 = 0, 3)	count_if(root.db.d1.s1 = 1 & root.db.d1.s2 = 0, 3)
2	1

> select count_if(s1=0 & s2=0, 3, 'ignoreNull'='false'), count_if(s1=1 & s2=0, 3, 'ignoreNull'='false') from root.db.d1
count_if(root.db.d1.s1 = 0 & root.db.d1.s2 = 0, 3, "ignoreNull"="false")	count_if(root.db.d1.s1 = 1 & root.db.d1.s2 = 0, 3, "ignoreNull"="false")
1	1

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#time-duration
FLUSH;
DELETE TIMESERIES root.db.**;
CREATE TIMESERIES root.db.d1.s1 WITH DATATYPE=INT32, ENCODING=PLAIN tags(city=Beijing);
INSERT INTO root.db.d1(timestamp,s1,s2,s3) values(1, 2, 10, true);
INSERT INTO root.db.d1(timestamp,s1,s2,s3) values(2, null, 20, true);
INSERT INTO root.db.d1(timestamp,s1,s2,s3) values(3, 10, 0, null);
INSERT INTO root.db.d1(timestamp,s1,s2,s3) values(4, 303, 30, true);
INSERT INTO root.db.d1(timestamp,s1,s2,s3) values(5, null, 20, true);
INSERT INTO root.db.d1(timestamp,s1,s2,s3) values(6, 110, 20, true);
INSERT INTO root.db.d1(timestamp,s1,s2,s3) values(7, 302, 20, true);
INSERT INTO root.db.d1(timestamp,s1,s2,s3) values(8, 110, null, true);
INSERT INTO root.db.d1(timestamp,s1,s2,s3) values(9, 60, 20, true);
INSERT INTO root.db.d1(timestamp,s1,s2,s3) values(10,70, 20, null);
INSERT INTO root.db.d1(timestamp,s1,s2,s3) values(1677570934, 30, 0, true);

> select time_duration(s1) from root.db.d1
time_duration(root.db.d1.s1)
1677570933

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#count-time
FLUSH;
DELETE TIMESERIES root.db.**;
CREATE TIMESERIES root.db.d1.s1 WITH DATATYPE=INT32, ENCODING=PLAIN;
CREATE TIMESERIES root.db.d1.s2 WITH DATATYPE=INT32, ENCODING=PLAIN;
CREATE TIMESERIES root.db.d2.s1 WITH DATATYPE=INT32, ENCODING=PLAIN;
CREATE TIMESERIES root.db.d2.s2 WITH DATATYPE=INT32, ENCODING=PLAIN;
INSERT INTO root.db.d1(time, s1) VALUES(0, 0), (4,4), (5,5), (8,8);
INSERT INTO root.db.d1(time, s2) VALUES(1, 1), (2,2), (5,5), (7,7), (8,8), (9,9);
INSERT INTO root.db.d2(time, s1) VALUES(1, 1), (2,2), (5,5), (7,7), (8,8);
INSERT INTO root.db.d2(time, s2) VALUES(0, 0), (4,4), (5,5), (8,8);

> select count_time(*) from root.db.**
count_time(*)
8

> select count_time(*) from root.db.d1, root.db.d2
count_time(*)
8

> select count_time(*) from root.db.** group by([0, 10), 2ms)
Time	count_time(*)
0	2
2	1
4	2
6	1
8	2

> select count_time(*) from root.db.** group by([0, 10), 2ms) align by device
Time	Device	count_time(*)
0	root.db.d1	2
2	root.db.d1	1
4	root.db.d1	2
6	root.db.d1	1
8	root.db.d1	2
0	root.db.d2	2
2	root.db.d2	1
4	root.db.d2	2
6	root.db.d2	1
8	root.db.d2	1

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#max-by
CREATE TIMESERIES root.test.a WITH DATATYPE=DOUBLE;
CREATE TIMESERIES root.test.b WITH DATATYPE=DOUBLE;
INSERT INTO root.test(time, a, b) VALUES (1, 1.0, 10.0), (2, 2.0, 10.0), (3, 3.0, 3.0), (4, 10.0, 10.0), (5, 10.0, 12.0), (6, 6.0, 6.0);

> select max_by(time, a), max_value(a) from root.test
max_by(Time, root.test.a)	max_value(root.test.a)
4	10.0

> select max_by(b, a) from root.test
max_by(root.test.b, root.test.a)
10.0

> select max_by(b + 1, a * 2) from root.test
max_by(root.test.b + 1, root.test.a * 2)
11.0

> select max_by(b, a) from root.test group by ([0,7),4ms)
Time	max_by(root.test.b, root.test.a)
0	3.0
4	10.0

> select max_by(b, a) from root.test group by ([0,7),4ms) having max_by(b, a) > 4.0
Time	max_by(root.test.b, root.test.a)
4	10.0

> select max_by(b, a) from root.test group by ([0,7),4ms) order by time desc
Time	max_by(root.test.b, root.test.a)
4	10.0
0	3.0

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#min-by
FLUSH;
DELETE TIMESERIES root.test.**;
CREATE TIMESERIES root.test.a WITH DATATYPE=DOUBLE;
CREATE TIMESERIES root.test.b WITH DATATYPE=DOUBLE;
INSERT INTO root.test(time, a, b) VALUES (1, 4.0, 10.0), (2, 3.0, 10.0), (3, 2.0, 3.0), (4, 1.0, 10.0), (5, 1.0, 12.0), (6, 6.0, 6.0);

> select min_by(time, a), min_value(a) from root.test
min_by(Time, root.test.a)	min_value(root.test.a)
4	1.0

> select min_by(b, a) from root.test
min_by(root.test.b, root.test.a)
10.0

> select min_by(b + 1, a * 2) from root.test
min_by(root.test.b + 1, root.test.a * 2)
11.0

> select min_by(b, a) from root.test group by ([0,7),4ms)
Time	min_by(root.test.b, root.test.a)
0	3.0
4	10.0

# The page's HAVING example here (having max_by(b, a) > 4.0 keeping only the window at 4) does
# not follow from its own data: max_by(b, a) of [0, 4) is 10.0. Left out.

> select min_by(b, a) from root.test group by ([0,7),4ms) order by time desc
Time	min_by(root.test.b, root.test.a)
4	10.0
0	3.0

# root.test is used again by 17-trend-selector-functions.sql.
FLUSH;
DELETE TIMESERIES root.test.**;
