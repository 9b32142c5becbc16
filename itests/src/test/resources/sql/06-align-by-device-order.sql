# ORDER BY in ALIGN BY DEVICE (IoTDB 1.3 "Order By"): DEVICE first keeps each device's rows
# together (the default: ORDER BY DEVICE, TIME); TIME first orders all rows by time, shuffling
# the devices' points, rows of the same time in device order (reversed by DEVICE DESC).
CREATE DATABASE root.abd;
CREATE TIMESERIES root.abd.wf01.temperature WITH DATATYPE=FLOAT;
CREATE TIMESERIES root.abd.wf02.temperature WITH DATATYPE=FLOAT;
INSERT INTO root.abd.wf01(time, temperature) VALUES (1, 25.5), (3, 24.5), (4, 23.5);
INSERT INTO root.abd.wf02(time, temperature) VALUES (2, 20.5), (3, 21.5);

> SELECT temperature FROM root.abd.** ALIGN BY DEVICE
Time	Device	temperature
1	root.abd.wf01	25.5
3	root.abd.wf01	24.5
4	root.abd.wf01	23.5
2	root.abd.wf02	20.5
3	root.abd.wf02	21.5

> SELECT temperature FROM root.abd.** ORDER BY TIME ALIGN BY DEVICE
Time	Device	temperature
1	root.abd.wf01	25.5
2	root.abd.wf02	20.5
3	root.abd.wf01	24.5
3	root.abd.wf02	21.5
4	root.abd.wf01	23.5

> SELECT temperature FROM root.abd.** ORDER BY TIME DESC, DEVICE DESC ALIGN BY DEVICE
Time	Device	temperature
4	root.abd.wf01	23.5
3	root.abd.wf02	21.5
3	root.abd.wf01	24.5
2	root.abd.wf02	20.5
1	root.abd.wf01	25.5

> SELECT temperature FROM root.abd.** ORDER BY DEVICE DESC, TIME DESC ALIGN BY DEVICE
Time	Device	temperature
3	root.abd.wf02	21.5
2	root.abd.wf02	20.5
4	root.abd.wf01	23.5
3	root.abd.wf01	24.5
1	root.abd.wf01	25.5

# LIMIT and OFFSET count rows of the ordered result.
> SELECT temperature FROM root.abd.** ORDER BY TIME LIMIT 2 OFFSET 2 ALIGN BY DEVICE
Time	Device	temperature
3	root.abd.wf01	24.5
3	root.abd.wf02	21.5

# Windows of all devices interleave by window start.
> SELECT count(temperature) FROM root.abd.** GROUP BY ([1, 5), 2ms) ORDER BY TIME ALIGN BY DEVICE
Time	Device	count(temperature)
1	root.abd.wf01	1
1	root.abd.wf02	1
3	root.abd.wf01	2
3	root.abd.wf02	1
