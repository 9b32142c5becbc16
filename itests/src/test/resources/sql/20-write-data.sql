# Writing data, from IoTDB 1.3's "Write Data" page.
# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Write-Data.html#use-of-insert-statements
FLUSH;
DELETE TIMESERIES root.ln.wf02.wt02.**;
CREATE TIMESERIES root.ln.wf02.wt02.status WITH DATATYPE=BOOLEAN;
CREATE TIMESERIES root.ln.wf02.wt02.hardware WITH DATATYPE=TEXT;
insert into root.ln.wf02.wt02(timestamp,status) values(1,true);
insert into root.ln.wf02.wt02(timestamp,hardware) values(1, "v1");
insert into root.ln.wf02.wt02(timestamp, status, hardware) VALUES (2, false, 'v2');
insert into root.ln.wf02.wt02(timestamp, status, hardware) VALUES (3, false, 'v3'),(4, true, 'v4');

# The wildcard lists the device's series in IoTDB's schema tree order: hardware, status.
> select * from root.ln.wf02.wt02 where time < 5
Time	root.ln.wf02.wt02.hardware	root.ln.wf02.wt02.status
1	v1	true
2	v2	false
3	v3	false
4	v4	true

# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Write-Data.html#insert-data-into-aligned-timeseries
FLUSH;
DELETE TIMESERIES root.sg1.d1.**;
create aligned timeseries root.sg1.d1(s1 INT32, s2 DOUBLE);
insert into root.sg1.d1(time, s1, s2) aligned values(1, 1, 1);
insert into root.sg1.d1(time, s1, s2) aligned values(2, 2, 2), (3, 3, 3);

> select * from root.sg1.d1
Time	root.sg1.d1.s1	root.sg1.d1.s2
1	1	1.0
2	2	2.0
3	3	3.0
