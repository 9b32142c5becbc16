/*
 * Parser of Orrery's SQL: the tree-model dialect of Apache IoTDB 1.3 (DDL and metadata
 * statements, INSERT/DELETE, SELECT with its time-series clauses, users and privileges, UDFs,
 * triggers, continuous queries and AINode model statements), written for Orrery.
 *
 * Statements are grouped by family; each family is translated by its own class in
 * org.orrery.sql.translate. Checks that need values (a data type name, a node that is a number,
 * duplicate clauses) are done by the translators, which report them with the token's position.
 */
parser grammar OrrerySqlParser;

options { tokenVocab = OrrerySqlLexer; }

script: SEMI* (statement (SEMI+ statement)* SEMI*)? EOF;

statement
    : schemaStatement
    | metadataStatement
    | writeStatement
    | queryStatement
    | authStatement
    | pluginStatement
    | modelStatement
    ;

// ---------------------------------------------------------------------------------------------
// Schema definition: databases, time series, TTL, flush

schemaStatement
    : createDatabase
    | alterDatabase
    | dropDatabase
    | createTimeseries
    | createAlignedTimeseries
    | deleteTimeseries
    | alterTimeseries
    | setTtl
    | unsetTtl
    | flush
    ;

createDatabase
    : CREATE DATABASE path databaseProperties?
    | SET STORAGE GROUP TO path databaseProperties?
    ;
databaseProperties: WITH databaseProperty (COMMA? databaseProperty)*;
databaseProperty: identifier EQ INTEGER;
alterDatabase: ALTER DATABASE path databaseProperties;
dropDatabase: (DELETE | DROP) (DATABASE | STORAGE GROUP) path (COMMA path)*;

createTimeseries: CREATE TIMESERIES path seriesAlias? seriesDefinition;
createAlignedTimeseries
    : CREATE ALIGNED TIMESERIES path LR_BRACKET alignedMeasurement (COMMA alignedMeasurement)* RR_BRACKET
    ;
alignedMeasurement: pathNode seriesAlias? seriesDefinition;
seriesAlias: LR_BRACKET identifier RR_BRACKET;
seriesDefinition
    : (WITH seriesProperty | dataType) (COMMA? seriesProperty)* tagsClause? attributesClause?
    ;
seriesProperty: propertyKey EQ propertyValue;
propertyKey: identifier | STRING;
propertyValue: dataType | STRING | signedNumber | booleanLiteral;
tagsClause: TAGS LR_BRACKET keyValue (COMMA keyValue)* RR_BRACKET;
attributesClause: ATTRIBUTES LR_BRACKET keyValue (COMMA keyValue)* RR_BRACKET;
keyValue: key=attributeText EQ value=attributeText;
attributeText: identifier | STRING | signedNumber | booleanLiteral;

deleteTimeseries: (DELETE | DROP) TIMESERIES path (COMMA path)*;
alterTimeseries: ALTER TIMESERIES path alterTimeseriesAction;
alterTimeseriesAction
    : RENAME from=attributeText TO to=attributeText                    #renameKey
    | SET keyValue (COMMA keyValue)*                                   #setValues
    | DROP attributeText (COMMA attributeText)*                        #dropKeys
    | ADD TAGS keyValue (COMMA keyValue)*                              #addTags
    | ADD ATTRIBUTES keyValue (COMMA keyValue)*                        #addAttributes
    | UPSERT (ALIAS EQ alias=attributeText)? tagsClause? attributesClause? #upsert
    ;

setTtl: SET TTL TO path (INTEGER | INF);
unsetTtl: UNSET TTL (FROM | TO) path;
flush: FLUSH (path (COMMA path)*)? booleanLiteral? (ON (LOCAL | CLUSTER))?;

// ---------------------------------------------------------------------------------------------
// Metadata queries

metadataStatement
    : showDatabases
    | countDatabases
    | showDevices
    | countDevices
    | showTimeseries
    | countTimeseries
    | showChildPaths
    | showChildNodes
    | countNodes
    | showTtl
    | showVersion
    ;

showDatabases: SHOW (DATABASES | STORAGE GROUP) DETAILS? path?;
countDatabases: COUNT (DATABASES | DATABASE | STORAGE GROUP) path?;
showDevices: SHOW DEVICES path? (WITH DATABASE)? (WHERE DEVICE CONTAINS STRING)? pagination?;
countDevices: COUNT DEVICES path?;
showTimeseries: SHOW LATEST? TIMESERIES path? timeseriesWhere? pagination?;
countTimeseries: COUNT TIMESERIES path? timeseriesWhere? (GROUP BY LEVEL EQ INTEGER)?;
timeseriesWhere: WHERE timeseriesCondition;
timeseriesCondition
    : TIMESERIES CONTAINS STRING                                              #seriesNameContains
    | DATATYPE (EQ | DOUBLE_EQ) dataType                                      #dataTypeEquals
    | TAGS LR_BRACKET key=attributeText RR_BRACKET (EQ | DOUBLE_EQ) value=attributeText #tagEquals
    | TAGS LR_BRACKET key=attributeText RR_BRACKET CONTAINS value=attributeText         #tagContains
    ;
showChildPaths: SHOW CHILD PATHS path?;
showChildNodes: SHOW CHILD NODES path?;
countNodes: COUNT NODES path LEVEL EQ INTEGER;
showTtl: SHOW ALL TTL | SHOW TTL (ON path (COMMA path)*)?;
showVersion: SHOW VERSION;
pagination: LIMIT INTEGER (OFFSET INTEGER)? | OFFSET INTEGER (LIMIT INTEGER)?;

// ---------------------------------------------------------------------------------------------
// Writes

writeStatement: insertStatement | deleteData;

insertStatement
    : INSERT INTO path LR_BRACKET insertColumn (COMMA insertColumn)* RR_BRACKET ALIGNED?
      VALUES insertRow (COMMA insertRow)*
    ;
insertColumn: TIME | TIMESTAMP | pathNode;
insertRow: LR_BRACKET insertValue (COMMA insertValue)* RR_BRACKET;
insertValue: signedNumber | STRING | booleanLiteral | NULL | timeExpression;
deleteData: DELETE FROM path (COMMA path)* whereClause?;

// ---------------------------------------------------------------------------------------------
// Queries

queryStatement: selectStatement | explainStatement;

// EXPLAIN shows the optimised plan of a query instead of running it.
explainStatement: EXPLAIN selectStatement;

selectStatement
    : SELECT LAST? selectItem (COMMA selectItem)* intoClause? fromClause whereClause?
      groupByClause? havingClause? queryTail
    ;
selectItem: expression (AS (identifier | STRING))?;

intoClause: INTO intoItem (COMMA intoItem)*;
intoItem: ALIGNED? intoPath LR_BRACKET intoNode (COMMA intoNode)* RR_BRACKET;
intoPath: intoNode (DOT intoNode)*;
// Placeholders may be glued to name parts: backup_${4}, ${2}_copy.
intoNode: DOUBLE_COLON | ROOT | intoNodePart+;
intoNodePart: identifier | PLACEHOLDER | INTEGER | DURATION;

fromClause: FROM path (COMMA path)*;
whereClause: WHERE expression;

groupByClause: GROUP BY groupByItem (COMMA groupByItem)*;
groupByItem
    : LR_BRACKET (timeRange COMMA)? interval=DURATION (COMMA step=DURATION)? RR_BRACKET   #groupByTime
    | LEVEL EQ INTEGER (COMMA INTEGER)*                                                   #groupByLevel
    | TAGS LR_BRACKET identifier (COMMA identifier)* RR_BRACKET                           #groupByTags
    | VARIATION LR_BRACKET expression (COMMA signedNumber)? (COMMA flagOption)? RR_BRACKET #groupByVariation
    | CONDITION LR_BRACKET expression COMMA keepCondition (COMMA flagOption)? RR_BRACKET  #groupByCondition
    | SESSION LR_BRACKET DURATION RR_BRACKET                                               #groupBySession
    | COUNT LR_BRACKET expression COMMA INTEGER (COMMA flagOption)? RR_BRACKET             #groupByCount
    ;
timeRange
    : LS_BRACKET begin=timeValue COMMA end=timeValue RR_BRACKET   #closedOpenRange
    | LR_BRACKET begin=timeValue COMMA end=timeValue RS_BRACKET   #openClosedRange
    ;
keepCondition: (identifier comparisonOperator)? INTEGER;
flagOption: identifier EQ booleanLiteral;

havingClause: HAVING expression;

queryTail: (orderByClause | fillClause | paginationItem | alignByClause | disableAlignClause)*;
orderByClause: ORDER BY sortItem (COMMA sortItem)*;
sortItem: expression (ASC | DESC)? (NULLS (FIRST | LAST))?;
fillClause: FILL LR_BRACKET fillMethod (COMMA DURATION)? RR_BRACKET;
fillMethod: PREVIOUS | LINEAR | signedNumber | STRING | booleanLiteral;
paginationItem: (LIMIT | OFFSET | SLIMIT | SOFFSET) INTEGER;
alignByClause: ALIGN BY (TIME | DEVICE);
disableAlignClause: DISABLE ALIGN;

// Expressions, from the loosest to the tightest binding (IoTDB's documented precedence).
expression: orExpression;
orExpression: andExpression ((OR | PIPE | DOUBLE_PIPE) andExpression)*;
andExpression: notExpression ((AND | AMP | DOUBLE_AMP) notExpression)*;
notExpression: NOT notExpression | predicate;
predicate: additive predicateSuffix*;
predicateSuffix
    : comparisonOperator additive                                             #comparisonSuffix
    | NOT? (LIKE | REGEXP) STRING                                             #patternSuffix
    | NOT? BETWEEN lower=additive AND upper=additive                          #betweenSuffix
    | IS NOT? NULL                                                            #isNullSuffix
    | NOT? (IN | CONTAINS) LR_BRACKET constant (COMMA constant)* RR_BRACKET   #inSuffix
    ;
comparisonOperator: EQ | DOUBLE_EQ | NEQ | LT | LTE | GT | GTE;
additive: multiplicative ((PLUS | MINUS) multiplicative)*;
multiplicative: unary ((STAR | SLASH | PERCENT) unary)*;
unary: (MINUS | PLUS | BANG) unary | primary;
primary
    : LR_BRACKET expression RR_BRACKET                                                 #parenthesized
    | CAST LR_BRACKET expression AS dataType RR_BRACKET                                #cast
    | CASE operand=expression? caseBranch+ (ELSE otherwise=expression)? END            #caseExpression
    | SUBSTRING LR_BRACKET value=expression FROM offset=expression (FOR length=expression)? RR_BRACKET #substringCall
    | identifier LR_BRACKET (functionArgument (COMMA functionArgument)*)? RR_BRACKET    #functionCall
    | literal                                                                          #literalValue
    | (TIME | TIMESTAMP)                                                               #timeColumn
    | (ROOT DOT)? expressionNode (DOT expressionNode)*                                 #pathReference
    ;
caseBranch: WHEN condition=expression THEN result=expression;
functionArgument
    : STRING EQ constant   #attributeArgument
    | expression           #valueArgument
    ;
expressionNode: identifier | STAR | DOUBLE_STAR;

// ---------------------------------------------------------------------------------------------
// Users, roles and privileges

authStatement
    : createUser
    | dropUser
    | alterUserPassword
    | createRole
    | dropRole
    | grantRole
    | revokeRole
    | grantPrivileges
    | revokePrivileges
    | listUsers
    | listRoles
    | listPrivileges
    ;

createUser: CREATE USER principal STRING;
dropUser: DROP USER principal;
alterUserPassword: ALTER USER principal SET PASSWORD STRING;
createRole: CREATE ROLE principal;
dropRole: DROP ROLE principal;
grantRole: GRANT ROLE role=principal TO user=principal;
revokeRole: REVOKE ROLE role=principal FROM user=principal;
grantPrivileges
    : GRANT privilege (COMMA privilege)* ON path (COMMA path)* TO (USER | ROLE) principal
      (WITH GRANT OPTION)?
    ;
revokePrivileges
    : REVOKE privilege (COMMA privilege)* ON path (COMMA path)* FROM (USER | ROLE) principal
    ;
privilege: identifier;
listUsers: LIST USER (OF ROLE principal)?;
listRoles: LIST ROLE (OF USER principal)?;
listPrivileges: LIST PRIVILEGES OF (USER | ROLE) principal;
principal: identifier | ROOT;

// ---------------------------------------------------------------------------------------------
// Plugins: functions, triggers, continuous queries

pluginStatement
    : createFunction
    | dropFunction
    | showFunctions
    | createTrigger
    | dropTrigger
    | showTriggers
    | createContinuousQuery
    | dropContinuousQuery
    | showContinuousQueries
    ;

createFunction: CREATE FUNCTION identifier AS STRING uriClause?;
uriClause: USING URI STRING;
dropFunction: DROP FUNCTION identifier;
showFunctions: SHOW FUNCTIONS;
createTrigger
    : CREATE (STATELESS | STATEFUL)? TRIGGER identifier (BEFORE | AFTER) INSERT ON path
      AS STRING uriClause? (WITH LR_BRACKET keyValue (COMMA keyValue)* RR_BRACKET)?
    ;
dropTrigger: DROP TRIGGER identifier;
showTriggers: SHOW TRIGGERS;
createContinuousQuery
    : CREATE (CONTINUOUS QUERY | CQ) identifier resampleClause? timeoutPolicyClause?
      BEGIN selectStatement END
    ;
resampleClause
    : RESAMPLE (EVERY every=DURATION)? (BOUNDARY timeValue)?
      (RANGE rangeStart=DURATION (COMMA rangeEnd=DURATION)?)?
    ;
timeoutPolicyClause: TIMEOUT POLICY (BLOCKED | DISCARD);
dropContinuousQuery: DROP (CONTINUOUS QUERY | CQ) identifier;
showContinuousQueries: SHOW (CONTINUOUS QUERIES | CQS);

// ---------------------------------------------------------------------------------------------
// AINode models

modelStatement
    : createModel
    | createFineTunedModel
    | showModels
    | dropModel
    | loadModel
    | unloadModel
    | showLoadedModels
    | showAiDevices
    | callInference
    ;

createModel: CREATE MODEL identifier USING URI STRING;
createFineTunedModel
    : CREATE MODEL modelId=identifier
      (WITH HYPERPARAMETERS LR_BRACKET keyValue (COMMA keyValue)* RR_BRACKET)?
      FROM MODEL baseModelId=identifier ON DATASET LR_BRACKET datasetItem (COMMA datasetItem)* RR_BRACKET
    ;
datasetItem: PATH path (LR_BRACKET timeRange RR_BRACKET)?;
showModels: SHOW MODELS identifier?;
dropModel: DROP MODEL identifier;
loadModel: LOAD MODEL identifier TO DEVICES deviceList;
unloadModel: UNLOAD MODEL identifier FROM DEVICES deviceList;
showLoadedModels: SHOW LOADED MODELS deviceList?;
showAiDevices: SHOW AI_DEVICES;
deviceList: STRING | deviceId (COMMA deviceId)*;
deviceId: identifier | INTEGER;
callInference
    : CALL INFERENCE LR_BRACKET identifier COMMA STRING (COMMA inferenceParameter)* RR_BRACKET
    ;
inferenceParameter: identifier EQ constant;

// ---------------------------------------------------------------------------------------------
// Shared pieces

// A path that starts at root. A node is a name, '*', '**' or a name pattern that mixes names
// and single stars (d*, *_temp, a*b). Which tokens form the node is decided by the parser's full
// lookahead, as in IoTDB, so 'root.sg.* LIMIT 10' ends the node before LIMIT.
path: ROOT (DOT pathNode)*;
pathNode
    : DOUBLE_STAR
    | nodeNamePart (STAR nodeNamePart)* STAR?
    | STAR (nodeNamePart STAR)* nodeNamePart?
    ;
// Numbers and durations are accepted here only to report them clearly (a node may not be a
// number) or to allow names such as 1d.
nodeNamePart: identifier | INTEGER | DURATION;

timeValue: signedInteger | timeExpression;
timeExpression: (DATETIME | NOW LR_BRACKET RR_BRACKET) ((PLUS | MINUS) DURATION)*;

dataType: identifier | TIMESTAMP;
literal: INTEGER | DECIMAL | STRING | booleanLiteral | NULL | DATETIME | DURATION;
constant: signedNumber | STRING | booleanLiteral | NULL | DATETIME | DURATION;
signedNumber: (PLUS | MINUS)? (INTEGER | DECIMAL);
signedInteger: (PLUS | MINUS)? INTEGER;
booleanLiteral: TRUE | FALSE;

identifier: ID | QUOTED_ID | nonReservedKeyword;

// Keywords that IoTDB lets users write as names. The reserved ones (ROOT, TIME, TIMESTAMP,
// PATH, and the words of expressions: AND, OR, NOT, IN, IS, LIKE, REGEXP, BETWEEN, NULL, TRUE,
// FALSE, CASE, WHEN, THEN, ELSE) must be quoted with backquotes to be used as names.
nonReservedKeyword
    : ADD | AFTER | AI_DEVICES | ALIAS | ALIGN | ALIGNED | ALL | ALTER | AS | ASC | ATTRIBUTES
    | BEFORE | BEGIN | BLOCKED | BOUNDARY | BY | CALL | CAST | CHILD | CLUSTER | CONDITION
    | CONTAINS | CONTINUOUS | COUNT | CQ | CQS | CREATE | DATABASE | DATABASES | DATASET | DATATYPE
    | DELETE | DESC | DETAILS | DEVICE | DEVICES | DISABLE | DISCARD | DROP | END | EVERY | EXPLAIN | FILL
    | FIRST | FLUSH | FOR | FROM | FUNCTION | FUNCTIONS | GRANT | GROUP | HAVING | HYPERPARAMETERS
    | INF | INFERENCE | INSERT | INTO | LAST | LATEST | LEVEL | LIMIT | LINEAR | LIST | LOAD
    | LOADED | LOCAL | MODEL | MODELS | NODES | NOW | NULLS | OF | OFFSET | ON | OPTION | ORDER
    | PASSWORD | PATHS | POLICY | PREVIOUS | PRIVILEGES | QUERIES | QUERY | RANGE | RENAME
    | RESAMPLE | REVOKE | ROLE | SELECT | SESSION | SET | SHOW | SLIMIT | SOFFSET | STATEFUL
    | STATELESS | STORAGE | SUBSTRING | TAGS | TIMEOUT | TIMESERIES | TO | TRIGGER | TRIGGERS | TTL | UNLOAD
    | UNSET | UPSERT | URI | USER | USING | VALUES | VARIATION | VERSION | WHERE | WITH
    ;
