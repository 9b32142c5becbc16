# GROUP BY TAGS, from IoTDB 1.3's "Query Data" page, section "Aggregation By Tags", with the
# page's own data set. A series without the tag groups under a null tag value (the page's CLI
# table prints it as NULL; IoTDB's IoTDBTagAggregationIT reads it as SQL null).
# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Query-Data.html#aggregation-by-tags
CREATE DATABASE root.factory1;
create timeseries root.factory1.d1.temperature with datatype=FLOAT tags(city=Beijing, workshop=w1);
create timeseries root.factory1.d2.temperature with datatype=FLOAT tags(city=Beijing, workshop=w1);
create timeseries root.factory1.d3.temperature with datatype=FLOAT tags(city=Beijing, workshop=w2);
create timeseries root.factory1.d4.temperature with datatype=FLOAT tags(city=Beijing, workshop=w2);
create timeseries root.factory1.d5.temperature with datatype=FLOAT tags(city=Shanghai, workshop=w1);
create timeseries root.factory1.d6.temperature with datatype=FLOAT tags(city=Shanghai, workshop=w1);
create timeseries root.factory1.d7.temperature with datatype=FLOAT tags(city=Shanghai, workshop=w2);
create timeseries root.factory1.d8.temperature with datatype=FLOAT;
create timeseries root.factory1.d9.temperature with datatype=FLOAT;
insert into root.factory1.d1(time, temperature) values(1000, 104.0);
insert into root.factory1.d1(time, temperature) values(3000, 104.2);
insert into root.factory1.d1(time, temperature) values(5000, 103.3);
insert into root.factory1.d1(time, temperature) values(7000, 104.1);
insert into root.factory1.d2(time, temperature) values(1000, 104.4);
insert into root.factory1.d2(time, temperature) values(3000, 103.7);
insert into root.factory1.d2(time, temperature) values(5000, 103.3);
insert into root.factory1.d2(time, temperature) values(7000, 102.9);
insert into root.factory1.d3(time, temperature) values(1000, 103.9);
insert into root.factory1.d3(time, temperature) values(3000, 103.8);
insert into root.factory1.d3(time, temperature) values(5000, 102.7);
insert into root.factory1.d3(time, temperature) values(7000, 106.9);
insert into root.factory1.d4(time, temperature) values(1000, 103.9);
insert into root.factory1.d4(time, temperature) values(5000, 102.7);
insert into root.factory1.d4(time, temperature) values(7000, 106.9);
insert into root.factory1.d5(time, temperature) values(1000, 112.9);
insert into root.factory1.d5(time, temperature) values(7000, 113.0);
insert into root.factory1.d6(time, temperature) values(1000, 113.9);
insert into root.factory1.d6(time, temperature) values(3000, 113.3);
insert into root.factory1.d6(time, temperature) values(5000, 112.7);
insert into root.factory1.d6(time, temperature) values(7000, 112.3);
insert into root.factory1.d7(time, temperature) values(1000, 101.2);
insert into root.factory1.d7(time, temperature) values(3000, 99.3);
insert into root.factory1.d7(time, temperature) values(5000, 100.1);
insert into root.factory1.d7(time, temperature) values(7000, 99.8);
insert into root.factory1.d8(time, temperature) values(1000, 50.0);
insert into root.factory1.d8(time, temperature) values(3000, 52.1);
insert into root.factory1.d8(time, temperature) values(5000, 50.1);
insert into root.factory1.d8(time, temperature) values(7000, 50.5);
insert into root.factory1.d9(time, temperature) values(1000, 50.3);
insert into root.factory1.d9(time, temperature) values(3000, 52.1);

> SELECT AVG(temperature) FROM root.factory1.** GROUP BY TAGS(city)
city	avg(temperature)
Beijing	104.04666697184244
Shanghai	107.85000076293946
null	50.84999910990397

# The page lists the combinations of several tags in hash order; IoTDB's IoTDBTagAggregationIT
# (testMultipleAggregationKeys) expects them sorted by the tag values, a missing value last:
# the values here are the page's, the row order the test's.
> SELECT avg(temperature) FROM root.factory1.** GROUP BY TAGS(city, workshop)
city	workshop	avg(temperature)
Beijing	w1	103.73750019073486
Beijing	w2	104.4000004359654
Shanghai	w1	113.01666768391927
Shanghai	w2	100.10000038146973
null	null	50.84999910990397

> SELECT avg(temperature) FROM root.factory1.** GROUP BY ([1000, 10000), 5s), TAGS(city, workshop)
Time	city	workshop	avg(temperature)
1000	Beijing	w1	103.81666692097981
1000	Beijing	w2	103.4
1000	Shanghai	w1	113.20000076293945
1000	Shanghai	w2	100.1999994913737
1000	null	null	50.91999893188476
6000	Beijing	w1	103.5
6000	Beijing	w2	106.9000015258789
6000	Shanghai	w1	112.6500015258789
6000	Shanghai	w2	99.80000305175781
6000	null	null	50.5
