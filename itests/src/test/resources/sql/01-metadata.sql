# DDL and metadata statements: results as Apache IoTDB 1.3 prints them.
CREATE DATABASE root.ddl;
CREATE TIMESERIES root.ddl.d1.s1 WITH DATATYPE=INT32, ENCODING=RLE, COMPRESSOR=SNAPPY;
CREATE TIMESERIES root.ddl.d1.s2 WITH DATATYPE=DOUBLE;
CREATE ALIGNED TIMESERIES root.ddl.d2(lat FLOAT, lon FLOAT);

> SHOW DATABASES root.ddl
Database	SchemaReplicationFactor	DataReplicationFactor	TimePartitionOrigin	TimePartitionInterval
root.ddl	1	1	0	604800000

# Defaults for series created without encoding/compressor: GORILLA for DOUBLE/FLOAT, LZ4.
> SHOW TIMESERIES root.ddl.**
Timeseries	Alias	Database	DataType	Encoding	Compression	Tags	Attributes	Deadband	DeadbandParameters	ViewType
root.ddl.d1.s1	null	root.ddl	INT32	RLE	SNAPPY	null	null	null	null	BASE
root.ddl.d1.s2	null	root.ddl	DOUBLE	GORILLA	LZ4	null	null	null	null	BASE
root.ddl.d2.lat	null	root.ddl	FLOAT	GORILLA	LZ4	null	null	null	null	BASE
root.ddl.d2.lon	null	root.ddl	FLOAT	GORILLA	LZ4	null	null	null	null	BASE

> COUNT TIMESERIES root.ddl.**
count(timeseries)
4

> COUNT DEVICES root.ddl.**
count(devices)
2

> SHOW CHILD NODES root.ddl
ChildNodes
d1
d2

> SHOW TIMESERIES root.ddl.d1.* LIMIT 1 OFFSET 1
Timeseries	Alias	Database	DataType	Encoding	Compression	Tags	Attributes	Deadband	DeadbandParameters	ViewType
root.ddl.d1.s2	null	root.ddl	DOUBLE	GORILLA	LZ4	null	null	null	null	BASE

CREATE TIMESERIES root.ddl.d3.t WITH DATATYPE=FLOAT TAGS(unit=c) ATTRIBUTES(site=a);

> SHOW TIMESERIES root.ddl.** WHERE TAGS(unit)='c'
Timeseries	Alias	Database	DataType	Encoding	Compression	Tags	Attributes	Deadband	DeadbandParameters	ViewType
root.ddl.d3.t	null	root.ddl	FLOAT	GORILLA	LZ4	{"unit":"c"}	{"site":"a"}	null	null	BASE

DELETE TIMESERIES root.ddl.d3.t;

> COUNT TIMESERIES root.ddl.**
count(timeseries)
4

# A database inside another is refused.
! 402 CREATE DATABASE root.ddl
! 300 CREATE DATABSE root.other
