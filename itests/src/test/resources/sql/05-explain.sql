# EXPLAIN <query> (IoTDB 1.3.2+): the plan instead of the rows, one step per row in a single
# column headed "distribution plan". The steps are Orrery's own; each expectation follows from
# the optimizer's rules: time predicates become scan intervals, ORDER BY TIME DESC turns the
# scans, a LIMIT over a single series moves into its scan, aggregations of plain series without
# a value filter come from statistics, inputs that cannot have rows are empty.
CREATE DATABASE root.ex;
CREATE TIMESERIES root.ex.d1.s1 WITH DATATYPE=INT32;
CREATE TIMESERIES root.ex.d1.s2 WITH DATATYPE=DOUBLE;
CREATE ALIGNED TIMESERIES root.ex.a1(lat FLOAT, lon FLOAT);
INSERT INTO root.ex.d1(time, s1, s2) VALUES (1, 1, 1.5), (2, 2, 2.5), (3, 3, 3.5);

> EXPLAIN SELECT s1 FROM root.ex.d1 WHERE time >= 2 AND time < 5
distribution plan
Project [root.ex.d1.s1]
  FullOuterTimeJoin order: ASC
    SeriesScan root.ex.d1 [s1] time: [2, 4] order: ASC

# A value predicate stays a filter; the limit stays above it.
> EXPLAIN SELECT s1, s2 FROM root.ex.d1 WHERE s2 > 2 AND time > 1 ORDER BY TIME DESC LIMIT 2
distribution plan
OffsetLimit offset: 0 limit: 2
  Project [root.ex.d1.s1, root.ex.d1.s2]
    Filter root.ex.d1.s2 > 2
      FullOuterTimeJoin order: DESC
        SeriesScan root.ex.d1 [s1] time: [2, +inf] order: DESC
        SeriesScan root.ex.d1 [s2] time: [2, +inf] order: DESC

# The series of an aligned device are read by one scan; a limit over it moves into the scan.
> EXPLAIN SELECT lat, lon FROM root.ex.a1 ORDER BY TIME DESC LIMIT 3 OFFSET 1
distribution plan
Project [root.ex.a1.lat, root.ex.a1.lon]
  FullOuterTimeJoin order: DESC
    AlignedSeriesScan root.ex.a1 [lat, lon] time: all order: DESC offset: 1 limit: 3

> EXPLAIN SELECT count(s1) FROM root.ex.d1 GROUP BY ([0, 10), 5ms)
distribution plan
Aggregation [count(root.ex.d1.s1)] windows: 2 in [0, 9] from statistics
  FullOuterTimeJoin order: ASC
    SeriesScan root.ex.d1 [s1] time: [0, 9] order: ASC

> EXPLAIN SELECT count(s1) FROM root.ex.d1 WHERE s1 > 1
distribution plan
Aggregation [count(root.ex.d1.s1)]
  Filter root.ex.d1.s1 > 1
    FullOuterTimeJoin order: ASC
      SeriesScan root.ex.d1 [s1] time: all order: ASC

> EXPLAIN SELECT s1 FROM root.ex.d1 WHERE time > 5 AND time < 3
distribution plan
Empty

> EXPLAIN SELECT LAST s1 FROM root.ex.d1 WHERE time > 2
distribution plan
Last [root.ex.d1.s1] time: [3, +inf]

# EXPLAIN runs nothing: the query's own results are unchanged and an invalid query still fails.
> SELECT s1 FROM root.ex.d1 ORDER BY TIME DESC LIMIT 2 OFFSET 1
Time	root.ex.d1.s1
2	2
1	1

! 301 EXPLAIN SELECT s1 FROM root.ex.d1 WHERE s1 + 1
! 300 EXPLAIN INSERT INTO root.ex.d1(time, s1) VALUES (9, 9)
