# Value predicates, HAVING, SLIMIT, functions, last of several series, SELECT INTO, deletes.
CREATE DATABASE root.m;
CREATE TIMESERIES root.m.d1.s1 WITH DATATYPE=INT64;
CREATE TIMESERIES root.m.d1.s2 WITH DATATYPE=TEXT;
CREATE TIMESERIES root.m.d1.s3 WITH DATATYPE=BOOLEAN;
INSERT INTO root.m.d1(time, s1, s2, s3) VALUES (1, 10, 'apple', true), (2, 20, 'banana', false), (3, 30, 'cherry', true), (4, 40, 'apricot', false), (10, 100, 'date', true);

> SELECT s1 FROM root.m.d1 WHERE s1 IN (20, 40)
Time	root.m.d1.s1
2	20
4	40

> SELECT s1 FROM root.m.d1 WHERE s1 BETWEEN 15 AND 35
Time	root.m.d1.s1
2	20
3	30

> SELECT s2 FROM root.m.d1 WHERE s2 LIKE 'ap%'
Time	root.m.d1.s2
1	apple
4	apricot

> SELECT s2 FROM root.m.d1 WHERE s2 REGEXP '^[bc].*'
Time	root.m.d1.s2
2	banana
3	cherry

> SELECT s1 FROM root.m.d1 WHERE s3 = true
Time	root.m.d1.s1
1	10
3	30
10	100

> SELECT s1 FROM root.m.d1 WHERE time > 2 AND s1 < 100
Time	root.m.d1.s1
3	30
4	40

# Windows [1,6) and [6,11) hold 4 and 1 points; HAVING keeps the first.
> SELECT count(s1) FROM root.m.d1 GROUP BY ([1, 11), 5ms) HAVING count(s1) > 1
Time	count(root.m.d1.s1)
1	4

> SELECT max_value(s1), min_value(s1), first_value(s2), last_value(s2) FROM root.m.d1
max_value(root.m.d1.s1)	min_value(root.m.d1.s1)	first_value(root.m.d1.s2)	last_value(root.m.d1.s2)
100	10	apple	date

> SELECT s1, s2 FROM root.m.d1 SLIMIT 1
Time	root.m.d1.s1
1	10
2	20
3	30
4	40
10	100

> SELECT s1 FROM root.m.d1 ORDER BY TIME DESC LIMIT 2 OFFSET 1
Time	root.m.d1.s1
4	40
3	30

> SELECT abs(s1), upper(s2) FROM root.m.d1 WHERE time = 1
Time	abs(root.m.d1.s1)	upper(root.m.d1.s2)
1	10	APPLE

# top_k keeps the k largest values, output in time order.
> SELECT top_k(s1, 'k'='2') FROM root.m.d1
Time	top_k(root.m.d1.s1, "k"="2")
4	40
10	100

> SELECT last s1, s2 FROM root.m.d1
Time	Timeseries	Value	DataType
10	root.m.d1.s1	100	INT64
10	root.m.d1.s2	date	TEXT

> SELECT count(s1) FROM root.m.** ALIGN BY DEVICE
Device	count(s1)
root.m.d1	5

> SELECT s1 INTO root.mcopy.d1(t1) FROM root.m.d1
SourceColumn	TargetTimeseries	Written
root.m.d1.s1	root.mcopy.d1.t1	5

> SELECT t1 FROM root.mcopy.d1 WHERE time >= 4
Time	root.mcopy.d1.t1
4	40
10	100

DELETE FROM root.m.d1.s3;

> SELECT s3 FROM root.m.d1
Time	root.m.d1.s3

> SELECT count(s3) FROM root.m.d1
count(root.m.d1.s3)
0
