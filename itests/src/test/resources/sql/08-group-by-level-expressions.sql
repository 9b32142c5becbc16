# GROUP BY LEVEL with select items that are expressions over aggregations, and HAVING over the
# merged groups (IoTDB 1.3 "Aggregate Result Filtering"): each aggregation stands for the
# merge of the series that agree on the kept levels; arithmetic gives DOUBLE.
CREATE DATABASE root.lv;
CREATE TIMESERIES root.lv.d1.s1 WITH DATATYPE=INT32;
CREATE TIMESERIES root.lv.d1.s2 WITH DATATYPE=INT32;
CREATE TIMESERIES root.lv.d2.s1 WITH DATATYPE=INT32;
CREATE TIMESERIES root.lv.d2.s2 WITH DATATYPE=INT32;
INSERT INTO root.lv.d1(time, s1, s2) VALUES (1, 1, 10), (2, 2, 20), (3, 3, 30);
INSERT INTO root.lv.d2(time, s1) VALUES (1, 4), (4, 5);

> SELECT count(s1), count(s1) * 2 FROM root.lv.** GROUP BY LEVEL = 1
count(root.lv.*.s1)	count(root.lv.*.s1) * 2
5	10.0

> SELECT sum(s1) / count(s1) FROM root.lv.** GROUP BY LEVEL = 1
sum(root.lv.*.s1) / count(root.lv.*.s1)
3.0

> SELECT count(s1) FROM root.lv.** GROUP BY ([1, 5), 2ms), LEVEL = 1 HAVING count(s2) > 1
Time	count(root.lv.*.s1)
1	3

> SELECT count(s1), count(s2), sum(s2) FROM root.lv.** GROUP BY LEVEL = 1 HAVING sum(s2) > 50
count(root.lv.*.s1)	count(root.lv.*.s2)	sum(root.lv.*.s2)
5	3	60.0

> SELECT count(s1), count(s2), sum(s2) FROM root.lv.** GROUP BY LEVEL = 1 HAVING sum(s2) > 70
count(root.lv.*.s1)	count(root.lv.*.s2)	sum(root.lv.*.s2)

# With HAVING, SELECT and HAVING may only use one-node suffix paths.
! 301 SELECT count(d1.s1) FROM root.lv GROUP BY LEVEL = 1 HAVING count(s1) > 1
