# CAST and the constant series functions, from IoTDB 1.3's "Function and Expression" page, with
# the page's data.
# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#data-type-conversion-function
CREATE TIMESERIES root.sg.d1.s1 WITH DATATYPE=INT32, ENCODING=PLAIN, COMPRESSOR=SNAPPY;
CREATE TIMESERIES root.sg.d1.s2 WITH DATATYPE=INT64, ENCODING=PLAIN, COMPRESSOR=SNAPPY;
CREATE TIMESERIES root.sg.d1.s3 WITH DATATYPE=FLOAT, ENCODING=PLAIN, COMPRESSOR=SNAPPY;
CREATE TIMESERIES root.sg.d1.s4 WITH DATATYPE=DOUBLE, ENCODING=PLAIN, COMPRESSOR=SNAPPY;
CREATE TIMESERIES root.sg.d1.s5 WITH DATATYPE=BOOLEAN, ENCODING=PLAIN, COMPRESSOR=SNAPPY;
CREATE TIMESERIES root.sg.d1.s6 WITH DATATYPE=TEXT, ENCODING=PLAIN, COMPRESSOR=SNAPPY;
INSERT INTO root.sg.d1(time, s1, s2, s3, s4, s5, s6) VALUES (0, 0, 0, 0.0, 0.0, false, '10000'), (1, 1, 1, 1.0, 1.0, false, '3'), (2, 2, 2, 2.7, 2.7, true, 'TRue'), (3, 3, 3, 3.33, 3.33, true, 'faLse');

# The wildcard lists the device's series in IoTDB's schema tree order.
> select * from root.sg.d1
Time	root.sg.d1.s3	root.sg.d1.s4	root.sg.d1.s5	root.sg.d1.s6	root.sg.d1.s1	root.sg.d1.s2
0	0.0	0.0	false	10000	0	0
1	1.0	1.0	false	3	1	1
2	2.7	2.7	true	TRue	2	2
3	3.33	3.33	true	faLse	3	3

> select cast(s5 as INT32), cast(s5 as INT64),cast(s5 as FLOAT),cast(s5 as DOUBLE), cast(s5 as TEXT) from root.sg.d1
Time	CAST(root.sg.d1.s5 AS INT32)	CAST(root.sg.d1.s5 AS INT64)	CAST(root.sg.d1.s5 AS FLOAT)	CAST(root.sg.d1.s5 AS DOUBLE)	CAST(root.sg.d1.s5 AS TEXT)
0	0	0	0.0	0.0	false
1	0	0	0.0	0.0	false
2	1	1	1.0	1.0	true
3	1	1	1.0	1.0	true

> select cast(s6 as INT32), cast(s6 as INT64), cast(s6 as FLOAT), cast(s6 as DOUBLE) from root.sg.d1 where time < 2
Time	CAST(root.sg.d1.s6 AS INT32)	CAST(root.sg.d1.s6 AS INT64)	CAST(root.sg.d1.s6 AS FLOAT)	CAST(root.sg.d1.s6 AS DOUBLE)
0	10000	10000	10000.0	10000.0
1	3	3	3.0	3.0

> select cast(s6 as BOOLEAN) from root.sg.d1 where time >= 2
Time	CAST(root.sg.d1.s6 AS BOOLEAN)
2	true
3	false

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#constant-timeseries-generating-functions
CREATE TIMESERIES root.sg1.d1.s1 WITH DATATYPE=DOUBLE;
CREATE TIMESERIES root.sg1.d1.s2 WITH DATATYPE=DOUBLE;
INSERT INTO root.sg1.d1(time, s1, s2) VALUES (0, 0.0, 0.0);
INSERT INTO root.sg1.d1(time, s1) VALUES (1, 1.0), (2, 2.0);
INSERT INTO root.sg1.d1(time, s2) VALUES (3, 3.0), (4, 4.0);

> select s1, s2, const(s1, 'value'='1024', 'type'='INT64'), pi(s2), e(s1, s2) from root.sg1.d1
Time	root.sg1.d1.s1	root.sg1.d1.s2	const(root.sg1.d1.s1, "value"="1024", "type"="INT64")	pi(root.sg1.d1.s2)	e(root.sg1.d1.s1, root.sg1.d1.s2)
0	0.0	0.0	1024	3.141592653589793	2.718281828459045
1	1.0	null	1024	null	2.718281828459045
2	2.0	null	1024	null	2.718281828459045
3	null	3.0	null	3.141592653589793	2.718281828459045
4	null	4.0	null	3.141592653589793	2.718281828459045

# root.sg1.d1 is used again by 17-trend-selector-functions.sql with an INT64 series.
FLUSH;
DELETE TIMESERIES root.sg1.d1.**;
