# Raw queries, filters, aggregation, windows, fill, ordering, align by device, last, delete.
CREATE DATABASE root.q;
CREATE TIMESERIES root.q.d1.s1 WITH DATATYPE=INT32;
CREATE TIMESERIES root.q.d1.s2 WITH DATATYPE=DOUBLE;
CREATE TIMESERIES root.q.d2.s1 WITH DATATYPE=INT32;
INSERT INTO root.q.d1(time, s1, s2) VALUES (1, 1, 1.5), (2, 2, 2.5), (5, 5, 5.5);
INSERT INTO root.q.d1(time, s1) VALUES (3, 3);
INSERT INTO root.q.d1(time, s2) VALUES (4, 4.5);
INSERT INTO root.q.d2(time, s1) VALUES (2, 20), (4, 40), (6, 60);

> SELECT s1, s2 FROM root.q.d1
Time	root.q.d1.s1	root.q.d1.s2
1	1	1.5
2	2	2.5
3	3	null
4	null	4.5
5	5	5.5

> SELECT * FROM root.q.**
Time	root.q.d1.s1	root.q.d1.s2	root.q.d2.s1
1	1	1.5	null
2	2	2.5	20
3	3	null	null
4	null	4.5	40
5	5	5.5	null
6	null	null	60

# Rows whose selected values are all null do not appear (t=4 has no s1).
> SELECT s1 FROM root.q.d1 WHERE time >= 2 AND time < 5
Time	root.q.d1.s1
2	2
3	3

> SELECT s1, s2 FROM root.q.d1 WHERE s2 > 2
Time	root.q.d1.s1	root.q.d1.s2
2	2	2.5
4	null	4.5
5	5	5.5

> SELECT count(s1), sum(s1), avg(s2), max_value(s1), min_time(s2) FROM root.q.d1
count(root.q.d1.s1)	sum(root.q.d1.s1)	avg(root.q.d1.s2)	max_value(root.q.d1.s1)	min_time(root.q.d1.s2)
4	11.0	3.5	5	1

> SELECT count(s1) FROM root.q.d1 GROUP BY ([1, 7), 2ms)
Time	count(root.q.d1.s1)
1	2
3	1
5	1

> SELECT count(s1) FROM root.q.** GROUP BY LEVEL = 1
count(root.q.*.s1)
7

> SELECT s1 FROM root.q.d1 ORDER BY TIME DESC LIMIT 2
Time	root.q.d1.s1
5	5
3	3

> SELECT s1 FROM root.q.d1 LIMIT 2 OFFSET 1
Time	root.q.d1.s1
2	2
3	3

> SELECT s1, s2 FROM root.q.d1 FILL(PREVIOUS)
Time	root.q.d1.s1	root.q.d1.s2
1	1	1.5
2	2	2.5
3	3	2.5
4	3	4.5
5	5	5.5

> SELECT s1, s2 FROM root.q.d1 FILL(LINEAR)
Time	root.q.d1.s1	root.q.d1.s2
1	1	1.5
2	2	2.5
3	3	3.5
4	4	4.5
5	5	5.5

> SELECT s1 + s2 FROM root.q.d1 WHERE time <= 2
Time	root.q.d1.s1 + root.q.d1.s2
1	2.5
2	4.5

> SELECT diff(s1) FROM root.q.d1
Time	diff(root.q.d1.s1)
1	null
2	1.0
3	1.0
5	2.0

> SELECT last s1 FROM root.q.d1
Time	Timeseries	Value	DataType
5	root.q.d1.s1	5	INT32

> SELECT s1 FROM root.q.** ALIGN BY DEVICE
Time	Device	s1
1	root.q.d1	1
2	root.q.d1	2
3	root.q.d1	3
5	root.q.d1	5
2	root.q.d2	20
4	root.q.d2	40
6	root.q.d2	60

DELETE FROM root.q.d2.s1 WHERE time <= 2;

> SELECT s1 FROM root.q.d2
Time	root.q.d2.s1
4	40
6	60

# After a flush the same answers come from TsFiles (and from their statistics).
FLUSH;

> SELECT count(s1), max_value(s1) FROM root.q.d2
count(root.q.d2.s1)	max_value(root.q.d2.s1)
2	60

> SELECT s1 FROM root.q.d2
Time	root.q.d2.s1
4	40
6	60

# A path that matches nothing gives an empty result with only the time column.
> SELECT nothere FROM root.q.d1
Time

! 300 SELEC s1 FROM root.q.d1
