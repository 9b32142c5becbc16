# SELECT ... INTO with ALIGN BY DEVICE (IoTDB 1.3 "Query Write-back"): one target per queried
# device, in the result's device order, its measurements paired with the value columns; or a
# single target whose device has placeholders (:: copies the source device's nodes from that
# level on, ${i} the i-th node). The result has SourceDevice first.
CREATE DATABASE root.sid;
CREATE TIMESERIES root.sid.d1.s1 WITH DATATYPE=INT32;
CREATE TIMESERIES root.sid.d1.s2 WITH DATATYPE=DOUBLE;
CREATE TIMESERIES root.sid.d2.s1 WITH DATATYPE=INT32;
CREATE TIMESERIES root.sid.d2.s2 WITH DATATYPE=DOUBLE;
INSERT INTO root.sid.d1(time, s1, s2) VALUES (1, 1, 1.5), (2, 2, 2.5);
INSERT INTO root.sid.d2(time, s1, s2) VALUES (1, 10, 10.5);
INSERT INTO root.sid.d2(time, s1) VALUES (3, 30);

> SELECT s1, s2 INTO root.sid_copy.d1(t1, t2), root.sid_copy.d2(t1, t2) FROM root.sid.d1, root.sid.d2 ALIGN BY DEVICE
SourceDevice	SourceColumn	TargetTimeseries	Written
root.sid.d1	s1	root.sid_copy.d1.t1	2
root.sid.d1	s2	root.sid_copy.d1.t2	2
root.sid.d2	s1	root.sid_copy.d2.t1	2
root.sid.d2	s2	root.sid_copy.d2.t2	1

> SELECT t1, t2 FROM root.sid_copy.d2
Time	root.sid_copy.d2.t1	root.sid_copy.d2.t2
1	10	10.5
3	30	null

> SELECT s1 INTO root.sid_bk.::(::) FROM root.sid.** ALIGN BY DEVICE
SourceDevice	SourceColumn	TargetTimeseries	Written
root.sid.d1	s1	root.sid_bk.d1.s1	2
root.sid.d2	s1	root.sid_bk.d2.s1	2

# Aggregations without windows are written at time 0.
> SELECT count(s1) INTO root.sid_agg.::(cnt) FROM root.sid.* ALIGN BY DEVICE
SourceDevice	SourceColumn	TargetTimeseries	Written
root.sid.d1	count(s1)	root.sid_agg.d1.cnt	1
root.sid.d2	count(s1)	root.sid_agg.d2.cnt	1

> SELECT cnt FROM root.sid_agg.d2
Time	root.sid_agg.d2.cnt
0	2

# Two devices need two targets.
! 301 SELECT s1 INTO root.sid_z.d1(t1) FROM root.sid.* ALIGN BY DEVICE
