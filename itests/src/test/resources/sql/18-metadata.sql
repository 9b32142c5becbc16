# Time series management, from IoTDB 1.3's "Timeseries Management" page, with its sample schema.
# Headers are IoTDB 1.3's (as in 01-metadata.sql); the page prints the older lower-case ones.
# Source: https://iotdb.apache.org/UserGuide/V1.3.x/Basic-Concept/Operate-Metadata_apache.html
FLUSH;
DELETE TIMESERIES root.ln.**;
DELETE TIMESERIES root.sgcc.**;
CREATE DATABASE root.turbine;
create timeseries root.sgcc.wf03.wt01.temperature with datatype=FLOAT, encoding=RLE, compressor=SNAPPY;
create timeseries root.sgcc.wf03.wt01.status with datatype=BOOLEAN, encoding=PLAIN, compressor=SNAPPY;
create timeseries root.turbine.d1.s1(newAlias) with datatype=FLOAT, encoding=RLE, compressor=SNAPPY tags(newTag1=newV1, tag4=v4, tag3=v3) attributes(attr2=v2, attr1=newV1, attr4=v4, attr3=v3);
create timeseries root.ln.wf02.wt02.hardware with datatype=TEXT, encoding=PLAIN, compressor=SNAPPY tags(unit=c);
create timeseries root.ln.wf02.wt02.status with datatype=BOOLEAN, encoding=PLAIN, compressor=SNAPPY tags(description=test1);
create timeseries root.ln.wf01.wt01.temperature with datatype=FLOAT, encoding=RLE, compressor=SNAPPY;
create timeseries root.ln.wf01.wt01.status with datatype=BOOLEAN, encoding=PLAIN, compressor=SNAPPY;

# Tags and attributes print in IoTDB's HashMap order, not sorted.
> show timeseries root.turbine.**
Timeseries	Alias	Database	DataType	Encoding	Compression	Tags	Attributes	Deadband	DeadbandParameters	ViewType
root.turbine.d1.s1	newAlias	root.turbine	FLOAT	RLE	SNAPPY	{"newTag1":"newV1","tag4":"v4","tag3":"v3"}	{"attr2":"v2","attr1":"newV1","attr4":"v4","attr3":"v3"}	null	null	BASE

> show timeseries root.ln.** where TAGS(unit)='c'
Timeseries	Alias	Database	DataType	Encoding	Compression	Tags	Attributes	Deadband	DeadbandParameters	ViewType
root.ln.wf02.wt02.hardware	null	root.ln	TEXT	PLAIN	SNAPPY	{"unit":"c"}	null	null	null	BASE

> show timeseries root.ln.** where TAGS(description) contains 'test1'
Timeseries	Alias	Database	DataType	Encoding	Compression	Tags	Attributes	Deadband	DeadbandParameters	ViewType
root.ln.wf02.wt02.status	null	root.ln	BOOLEAN	PLAIN	SNAPPY	{"description":"test1"}	null	null	null	BASE

# TIMESERIES CONTAINS matches the whole path, not only the measurement.
> count timeseries root.ln.** where timeseries contains 'wf01.wt'
count(timeseries)
2

> COUNT TIMESERIES root.ln.**
count(timeseries)
4

> COUNT TIMESERIES root.ln.*.*.status
count(timeseries)
2

> COUNT TIMESERIES root.ln.wf01.wt01.status
count(timeseries)
1

# (The page's COUNT TIMESERIES root.ln.wf01.* GROUP BY LEVEL=2 counts 2, but that pattern matches
# no series of its schema, whose series are one level deeper; its GROUP BY LEVEL results list
# the groups in an order no single rule explains (root.sgcc before root.ln, but root.ln.wf02
# before root.sgcc.wf03): left out.)

> COUNT NODES root.ln.** LEVEL=2
count(nodes)
2

> COUNT NODES root.ln.wf01.** LEVEL=3
count(nodes)
1

> show child paths root.ln
ChildPaths	NodeTypes
root.ln.wf01	INTERNAL
root.ln.wf02	INTERNAL

> show child nodes root.ln
ChildNodes
wf01
wf02

> count devices root.ln.**
count(devices)
2
