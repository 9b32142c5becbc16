/*
 * Lexer of Orrery's SQL: the tree-model dialect of Apache IoTDB 1.3, written for Orrery.
 *
 * Keywords are case-insensitive. Most of them may also be used as identifiers (see
 * nonReservedKeyword in OrrerySqlParser.g4). Whitespace and comments never reach the parser.
 * Malformed input (an unterminated string, quoted name or comment, or a stray character) becomes
 * a token of its own so that the parser reports it with its position instead of the lexer
 * failing silently.
 */
lexer grammar OrrerySqlLexer;

@members {
  /**
   * True when the character just before the current token belongs to a name. Keeps `.5` from
   * being read as a number inside a path such as root.sg.d1.5 where it is a dot and a node.
   */
  private boolean precededByNameChar() {
    int start = _tokenStartCharIndex;
    if (start <= 0) {
      return false;
    }
    int c = _input.getText(org.antlr.v4.runtime.misc.Interval.of(start - 1, start - 1)).codePointAt(0);
    return Character.isLetterOrDigit(c) || c == '_' || c == '`';
  }
}

WS: [ \t\r\n\u000B\f]+ -> skip;
LINE_COMMENT: '--' ~[\r\n]* -> skip;
BLOCK_COMMENT: '/*' .*? '*/' -> skip;
// A block comment that never ends: no '*/' anywhere up to the end of input.
UNTERMINATED_COMMENT: '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF;

// Keywords
ADD: A D D;
AFTER: A F T E R;
AI_DEVICES: A I '_' D E V I C E S;
ALIAS: A L I A S;
ALIGN: A L I G N;
ALIGNED: A L I G N E D;
ALL: A L L;
ALTER: A L T E R;
AND: A N D;
AS: A S;
ASC: A S C;
ATTRIBUTES: A T T R I B U T E S;
BEFORE: B E F O R E;
BEGIN: B E G I N;
BETWEEN: B E T W E E N;
BLOCKED: B L O C K E D;
BOUNDARY: B O U N D A R Y;
BY: B Y;
CALL: C A L L;
CASE: C A S E;
CAST: C A S T;
CHILD: C H I L D;
CLUSTER: C L U S T E R;
CONDITION: C O N D I T I O N;
CONTAINS: C O N T A I N S;
CONTINUOUS: C O N T I N U O U S;
COUNT: C O U N T;
CQ: C Q;
CQS: C Q S;
CREATE: C R E A T E;
DATABASE: D A T A B A S E;
DATABASES: D A T A B A S E S;
DATASET: D A T A S E T;
DATATYPE: D A T A T Y P E;
DELETE: D E L E T E;
DESC: D E S C;
DETAILS: D E T A I L S;
DEVICE: D E V I C E;
DEVICES: D E V I C E S;
DISABLE: D I S A B L E;
DISCARD: D I S C A R D;
DROP: D R O P;
ELSE: E L S E;
END: E N D;
EVERY: E V E R Y;
EXPLAIN: E X P L A I N;
FALSE: F A L S E;
FILL: F I L L;
FIRST: F I R S T;
FLUSH: F L U S H;
FOR: F O R;
FROM: F R O M;
FUNCTION: F U N C T I O N;
FUNCTIONS: F U N C T I O N S;
GRANT: G R A N T;
GROUP: G R O U P;
HAVING: H A V I N G;
HYPERPARAMETERS: H Y P E R P A R A M E T E R S;
IN: I N;
INF: I N F;
INFERENCE: I N F E R E N C E;
INSERT: I N S E R T;
INTO: I N T O;
IS: I S;
LAST: L A S T;
LATEST: L A T E S T;
LEVEL: L E V E L;
LIKE: L I K E;
LIMIT: L I M I T;
LINEAR: L I N E A R;
LIST: L I S T;
LOAD: L O A D;
LOADED: L O A D E D;
LOCAL: L O C A L;
MODEL: M O D E L;
MODELS: M O D E L S;
NODES: N O D E S;
NOT: N O T;
NOW: N O W;
NULL: N U L L;
NULLS: N U L L S;
OF: O F;
OFFSET: O F F S E T;
ON: O N;
OPTION: O P T I O N;
OR: O R;
ORDER: O R D E R;
PASSWORD: P A S S W O R D;
PATH: P A T H;
PATHS: P A T H S;
POLICY: P O L I C Y;
PREVIOUS: P R E V I O U S;
PRIVILEGES: P R I V I L E G E S;
QUERIES: Q U E R I E S;
QUERY: Q U E R Y;
RANGE: R A N G E;
REGEXP: R E G E X P;
RENAME: R E N A M E;
RESAMPLE: R E S A M P L E;
REVOKE: R E V O K E;
ROLE: R O L E;
ROOT: R O O T;
SELECT: S E L E C T;
SESSION: S E S S I O N;
SET: S E T;
SHOW: S H O W;
SLIMIT: S L I M I T;
SOFFSET: S O F F S E T;
STATEFUL: S T A T E F U L;
STATELESS: S T A T E L E S S;
STORAGE: S T O R A G E;
SUBSTRING: S U B S T R I N G;
TAGS: T A G S;
THEN: T H E N;
TIME: T I M E;
TIMEOUT: T I M E O U T;
TIMESERIES: T I M E S E R I E S;
TIMESTAMP: T I M E S T A M P;
TO: T O;
TRIGGER: T R I G G E R;
TRIGGERS: T R I G G E R S;
TRUE: T R U E;
TTL: T T L;
UNLOAD: U N L O A D;
UNSET: U N S E T;
UPSERT: U P S E R T;
URI: U R I;
USER: U S E R;
USING: U S I N G;
VALUES: V A L U E S;
VARIATION: V A R I A T I O N;
VERSION: V E R S I O N;
WHEN: W H E N;
WHERE: W H E R E;
WITH: W I T H;

// Operators and punctuation
DOUBLE_STAR: '**';
STAR: '*';
DOUBLE_COLON: '::';
DOUBLE_EQ: '==';
EQ: '=';
NEQ: '!=' | '<>';
LTE: '<=';
GTE: '>=';
LT: '<';
GT: '>';
DOUBLE_AMP: '&&';
AMP: '&';
DOUBLE_PIPE: '||';
PIPE: '|';
BANG: '!';
PLUS: '+';
MINUS: '-';
SLASH: '/';
PERCENT: '%';
LR_BRACKET: '(';
RR_BRACKET: ')';
LS_BRACKET: '[';
RS_BRACKET: ']';
COMMA: ',';
DOT: '.';
SEMI: ';';

// Literals. Datetimes and durations come before numbers so that the longest match wins,
// and numbers come before identifiers so that 123 is a number while 123abc is a name.
DATETIME: DATE (([tT] | ' '+) TIME_OF_DAY ZONE?)?;
DURATION: (DIGIT+ DURATION_UNIT)+;
INTEGER: DIGIT+;
DECIMAL
    : DIGIT+ '.' DIGIT+ EXPONENT?
    | DIGIT+ EXPONENT
    // At the right edge, so that only input starting with '.' loses the lexer's DFA cache.
    | '.' DIGIT+ EXPONENT? {!precededByNameChar()}?
    ;
STRING
    : '\'' ( '\'\'' | ~'\'' )* '\''
    | '"' ( '""' | ~'"' )* '"'
    ;
UNTERMINATED_STRING
    : '\'' ( '\'\'' | ~'\'' )* EOF
    | '"' ( '""' | ~'"' )* EOF
    ;
QUOTED_ID: '`' ( '``' | ~'`' )* '`';
UNTERMINATED_QUOTED_ID: '`' ( '``' | ~'`' )* EOF;
// ${i}: the i-th node of the source path, in SELECT ... INTO targets.
PLACEHOLDER: '${' DIGIT+ '}';
ID: NAME_CHAR+;

// Anything else: reported by the parser as an unexpected character.
ERROR_CHAR: .;

fragment DATE
    : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT? '-' DIGIT DIGIT?
    | DIGIT DIGIT DIGIT DIGIT '/' DIGIT DIGIT? '/' DIGIT DIGIT?
    | DIGIT DIGIT DIGIT DIGIT '.' DIGIT DIGIT? '.' DIGIT DIGIT?
    ;
fragment TIME_OF_DAY: DIGIT DIGIT? ':' DIGIT DIGIT ':' DIGIT DIGIT ('.' DIGIT+)?;
fragment ZONE: [zZ] | [+-] DIGIT DIGIT (':'? DIGIT DIGIT)?;
fragment DURATION_UNIT: Y | M O | W | D | H | M | S | M S | U S | N S;
fragment EXPONENT: [eE] [+-]? DIGIT+;
fragment DIGIT: [0-9];
fragment NAME_CHAR: [a-zA-Z0-9_] | [\u2E80-\u9FFF];

fragment A: [aA]; fragment B: [bB]; fragment C: [cC]; fragment D: [dD]; fragment E: [eE];
fragment F: [fF]; fragment G: [gG]; fragment H: [hH]; fragment I: [iI]; fragment J: [jJ];
fragment K: [kK]; fragment L: [lL]; fragment M: [mM]; fragment N: [nN]; fragment O: [oO];
fragment P: [pP]; fragment Q: [qQ]; fragment R: [rR]; fragment S: [sS]; fragment T: [tT];
fragment U: [uU]; fragment V: [vV]; fragment W: [wW]; fragment X: [xX]; fragment Y: [yY];
fragment Z: [zZ];
