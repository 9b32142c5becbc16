# Inserting into unknown series creates them; integer literals become DOUBLE (IoTDB's default),
# booleans BOOLEAN, strings TEXT; the database is created at level 1.
INSERT INTO root.auto.dev(time, i, f, b, t) VALUES (1000, 7, 2.5, true, 'hi');

> SHOW TIMESERIES root.auto.**
Timeseries	Alias	Database	DataType	Encoding	Compression	Tags	Attributes	Deadband	DeadbandParameters	ViewType
root.auto.dev.b	null	root.auto	BOOLEAN	RLE	LZ4	null	null	null	null	BASE
root.auto.dev.f	null	root.auto	DOUBLE	GORILLA	LZ4	null	null	null	null	BASE
root.auto.dev.i	null	root.auto	DOUBLE	GORILLA	LZ4	null	null	null	null	BASE
root.auto.dev.t	null	root.auto	TEXT	PLAIN	LZ4	null	null	null	null	BASE

> SELECT i, f, b, t FROM root.auto.dev
Time	root.auto.dev.i	root.auto.dev.f	root.auto.dev.b	root.auto.dev.t
1000	7.0	2.5	true	hi

# A value the series' type cannot hold is rejected, naming the series.
! 404 INSERT INTO root.auto.dev(time, b) VALUES (2000, 'not a boolean')
