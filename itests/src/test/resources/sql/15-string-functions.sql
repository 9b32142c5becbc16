# String functions, from IoTDB 1.3's "Function and Expression" page ("String Processing"), with
# the page's data.
# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#string-contains
CREATE TIMESERIES root.sg1.d4.s1 WITH DATATYPE=TEXT;
INSERT INTO root.sg1.d4(time, s1) VALUES (1, 'warn:-8721'), (2, 'error:-37229'), (3, 'warn:1731');

> select s1, string_contains(s1, 's'='warn') from root.sg1.d4
Time	root.sg1.d4.s1	string_contains(root.sg1.d4.s1, "s"="warn")
1	warn:-8721	true
2	error:-37229	false
3	warn:1731	true

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#string-matches
> select s1, string_matches(s1, 'regex'='[^\\s]+37229') from root.sg1.d4
Time	root.sg1.d4.s1	string_matches(root.sg1.d4.s1, "regex"="[^\\s]+37229")
1	warn:-8721	false
2	error:-37229	true
3	warn:1731	false

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#length
CREATE TIMESERIES root.sg1.d1.s1 WITH DATATYPE=TEXT;
CREATE TIMESERIES root.sg1.d1.s2 WITH DATATYPE=TEXT;
INSERT INTO root.sg1.d1(time, s1) VALUES (1, '1test1');
INSERT INTO root.sg1.d1(time, s1, s2) VALUES (2, '22test22', '2222test');

> select s1, length(s1) from root.sg1.d1
Time	root.sg1.d1.s1	length(root.sg1.d1.s1)
1	1test1	6
2	22test22	8

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#locate
> select s1, locate(s1, "target"="1") from root.sg1.d1
Time	root.sg1.d1.s1	locate(root.sg1.d1.s1, "target"="1")
1	1test1	0
2	22test22	-1

> select s1, locate(s1, "target"="1", "reverse"="true") from root.sg1.d1
Time	root.sg1.d1.s1	locate(root.sg1.d1.s1, "target"="1", "reverse"="true")
1	1test1	5
2	22test22	-1

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#startswith
> select s1, startswith(s1, "target"="1") from root.sg1.d1
Time	root.sg1.d1.s1	startswith(root.sg1.d1.s1, "target"="1")
1	1test1	true
2	22test22	false

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#endswith
> select s1, endswith(s1, "target"="1") from root.sg1.d1
Time	root.sg1.d1.s1	endswith(root.sg1.d1.s1, "target"="1")
1	1test1	true
2	22test22	false

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#concat
> select s1, s2, concat(s1, s2, "target1"="IoT", "target2"="DB") from root.sg1.d1
Time	root.sg1.d1.s1	root.sg1.d1.s2	concat(root.sg1.d1.s1, root.sg1.d1.s2, "target1"="IoT", "target2"="DB")
1	1test1	null	1test1IoTDB
2	22test22	2222test	22test222222testIoTDB

> select s1, s2, concat(s1, s2, "target1"="IoT", "target2"="DB", "series_behind"="true") from root.sg1.d1
Time	root.sg1.d1.s1	root.sg1.d1.s2	concat(root.sg1.d1.s1, root.sg1.d1.s2, "target1"="IoT", "target2"="DB", "series_behind"="true")
1	1test1	null	IoTDB1test1
2	22test22	2222test	IoTDB22test222222test

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#substring
> select s1, substring(s1 from 1 for 2) from root.sg1.d1
Time	root.sg1.d1.s1	SUBSTRING(root.sg1.d1.s1 FROM 1 FOR 2)
1	1test1	1t
2	22test22	22

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#replace
> select s1, replace(s1, 'es', 'tt') from root.sg1.d1
Time	root.sg1.d1.s1	REPLACE(root.sg1.d1.s1, 'es', 'tt')
1	1test1	1tttt1
2	22test22	22tttt22

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#upper
> select s1, upper(s1) from root.sg1.d1
Time	root.sg1.d1.s1	upper(root.sg1.d1.s1)
1	1test1	1TEST1
2	22test22	22TEST22

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#strcmp
> select s1, s2, strcmp(s1, s2) from root.sg1.d1
Time	root.sg1.d1.s1	root.sg1.d1.s2	strcmp(root.sg1.d1.s1, root.sg1.d1.s2)
1	1test1	null	null
2	22test22	2222test	66

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#trim
CREATE TIMESERIES root.sg1.d1.s3 WITH DATATYPE=TEXT;
INSERT INTO root.sg1.d1(time, s3) VALUES (2, '3querytest3'), (3, '3querytest3 ');

> select s3, trim(s3) from root.sg1.d1
Time	root.sg1.d1.s3	trim(root.sg1.d1.s3)
2	3querytest3	3querytest3
3	3querytest3 	3querytest3

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/SQL-Manual/Function-and-Expression.html#lower
# (its own data for s1)
FLUSH;
DELETE TIMESERIES root.sg1.d1.s1;
CREATE TIMESERIES root.sg1.d1.s1 WITH DATATYPE=TEXT;
INSERT INTO root.sg1.d1(time, s1) VALUES (1, '1TEST1'), (2, '22TEST22');

> select s1, lower(s1) from root.sg1.d1
Time	root.sg1.d1.s1	lower(root.sg1.d1.s1)
1	1TEST1	1test1
2	22TEST22	22test22

# root.sg1.d1 is used again by 16-conversion-constant-functions.sql with DOUBLE series.
FLUSH;
DELETE TIMESERIES root.sg1.d1.**;
