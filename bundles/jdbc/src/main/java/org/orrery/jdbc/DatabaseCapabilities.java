package org.orrery.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;

/**
 * The fixed answers of {@link DatabaseMetaData}: what Orrery's IoTDB-style SQL can and cannot do
 * (no transactions, joins, subqueries or unions; paths keep their case; backquotes quote names).
 * {@link OrreryDatabaseMetaData} adds the answers that ask the server.
 */
abstract class DatabaseCapabilities implements DatabaseMetaData {

  /** There are no procedures. */
  @Override
  public final boolean allProceduresAreCallable() {
    return false;
  }

  @Override
  public final boolean allTablesAreSelectable() {
    return true;
  }

  @Override
  public final boolean nullsAreSortedHigh() {
    return false;
  }

  @Override
  public final boolean nullsAreSortedLow() {
    return false;
  }

  @Override
  public final boolean nullsAreSortedAtStart() {
    return false;
  }

  @Override
  public final boolean nullsAreSortedAtEnd() {
    return true;
  }

  @Override
  public final boolean usesLocalFiles() {
    return false;
  }

  @Override
  public final boolean usesLocalFilePerTable() {
    return false;
  }

  /** Path nodes keep their case. */
  @Override
  public final boolean supportsMixedCaseIdentifiers() {
    return true;
  }

  @Override
  public final boolean storesUpperCaseIdentifiers() {
    return false;
  }

  @Override
  public final boolean storesLowerCaseIdentifiers() {
    return false;
  }

  @Override
  public final boolean storesMixedCaseIdentifiers() {
    return true;
  }

  @Override
  public final boolean supportsMixedCaseQuotedIdentifiers() {
    return true;
  }

  @Override
  public final boolean storesUpperCaseQuotedIdentifiers() {
    return false;
  }

  @Override
  public final boolean storesLowerCaseQuotedIdentifiers() {
    return false;
  }

  @Override
  public final boolean storesMixedCaseQuotedIdentifiers() {
    return true;
  }

  @Override
  public final boolean supportsAlterTableWithAddColumn() {
    return false;
  }

  @Override
  public final boolean supportsAlterTableWithDropColumn() {
    return false;
  }

  /** SELECT ... AS alias. */
  @Override
  public final boolean supportsColumnAliasing() {
    return true;
  }

  @Override
  public final boolean nullPlusNonNullIsNull() {
    return true;
  }

  @Override
  public final boolean supportsConvert() {
    return false;
  }

  @Override
  public final boolean supportsTableCorrelationNames() {
    return false;
  }

  @Override
  public final boolean supportsDifferentTableCorrelationNames() {
    return false;
  }

  @Override
  public final boolean supportsExpressionsInOrderBy() {
    return false;
  }

  @Override
  public final boolean supportsOrderByUnrelated() {
    return false;
  }

  /** GROUP BY time intervals, LEVEL, TAGS, .... */
  @Override
  public final boolean supportsGroupBy() {
    return true;
  }

  @Override
  public final boolean supportsGroupByUnrelated() {
    return true;
  }

  @Override
  public final boolean supportsGroupByBeyondSelect() {
    return true;
  }

  @Override
  public final boolean supportsLikeEscapeClause() {
    return false;
  }

  @Override
  public final boolean supportsMultipleResultSets() {
    return false;
  }

  @Override
  public final boolean supportsMultipleTransactions() {
    return false;
  }

  /** Every value column may be null. */
  @Override
  public final boolean supportsNonNullableColumns() {
    return false;
  }

  /** The dialect is IoTDB's, not ODBC SQL. */
  @Override
  public final boolean supportsMinimumSQLGrammar() {
    return false;
  }

  @Override
  public final boolean supportsCoreSQLGrammar() {
    return false;
  }

  @Override
  public final boolean supportsExtendedSQLGrammar() {
    return false;
  }

  @Override
  public final boolean supportsANSI92EntryLevelSQL() {
    return false;
  }

  @Override
  public final boolean supportsANSI92IntermediateSQL() {
    return false;
  }

  @Override
  public final boolean supportsANSI92FullSQL() {
    return false;
  }

  @Override
  public final boolean supportsIntegrityEnhancementFacility() {
    return false;
  }

  @Override
  public final boolean supportsOuterJoins() {
    return false;
  }

  @Override
  public final boolean supportsFullOuterJoins() {
    return false;
  }

  @Override
  public final boolean supportsLimitedOuterJoins() {
    return false;
  }

  /** A database is the leading part of a path. */
  @Override
  public final boolean isCatalogAtStart() {
    return true;
  }

  @Override
  public final boolean supportsSchemasInDataManipulation() {
    return false;
  }

  @Override
  public final boolean supportsSchemasInProcedureCalls() {
    return false;
  }

  @Override
  public final boolean supportsSchemasInTableDefinitions() {
    return false;
  }

  @Override
  public final boolean supportsSchemasInIndexDefinitions() {
    return false;
  }

  @Override
  public final boolean supportsSchemasInPrivilegeDefinitions() {
    return false;
  }

  @Override
  public final boolean supportsCatalogsInDataManipulation() {
    return true;
  }

  @Override
  public final boolean supportsCatalogsInProcedureCalls() {
    return false;
  }

  @Override
  public final boolean supportsCatalogsInTableDefinitions() {
    return true;
  }

  @Override
  public final boolean supportsCatalogsInIndexDefinitions() {
    return false;
  }

  @Override
  public final boolean supportsCatalogsInPrivilegeDefinitions() {
    return true;
  }

  @Override
  public final boolean supportsPositionedDelete() {
    return false;
  }

  @Override
  public final boolean supportsPositionedUpdate() {
    return false;
  }

  @Override
  public final boolean supportsSelectForUpdate() {
    return false;
  }

  @Override
  public final boolean supportsStoredProcedures() {
    return false;
  }

  @Override
  public final boolean supportsSubqueriesInComparisons() {
    return false;
  }

  @Override
  public final boolean supportsSubqueriesInExists() {
    return false;
  }

  @Override
  public final boolean supportsSubqueriesInIns() {
    return false;
  }

  @Override
  public final boolean supportsSubqueriesInQuantifieds() {
    return false;
  }

  @Override
  public final boolean supportsCorrelatedSubqueries() {
    return false;
  }

  @Override
  public final boolean supportsUnion() {
    return false;
  }

  @Override
  public final boolean supportsUnionAll() {
    return false;
  }

  @Override
  public final boolean supportsOpenCursorsAcrossCommit() {
    return false;
  }

  @Override
  public final boolean supportsOpenCursorsAcrossRollback() {
    return false;
  }

  @Override
  public final boolean supportsOpenStatementsAcrossCommit() {
    return true;
  }

  @Override
  public final boolean supportsOpenStatementsAcrossRollback() {
    return true;
  }

  @Override
  public final boolean doesMaxRowSizeIncludeBlobs() {
    return false;
  }

  /** Every statement applies at once. */
  @Override
  public final boolean supportsTransactions() {
    return false;
  }

  @Override
  public final boolean supportsDataDefinitionAndDataManipulationTransactions() {
    return false;
  }

  @Override
  public final boolean supportsDataManipulationTransactionsOnly() {
    return false;
  }

  @Override
  public final boolean dataDefinitionCausesTransactionCommit() {
    return false;
  }

  @Override
  public final boolean dataDefinitionIgnoredInTransactions() {
    return false;
  }

  /** Statement.addBatch/executeBatch run the statements in order. */
  @Override
  public final boolean supportsBatchUpdates() {
    return true;
  }

  @Override
  public final boolean supportsSavepoints() {
    return false;
  }

  @Override
  public final boolean supportsNamedParameters() {
    return false;
  }

  @Override
  public final boolean supportsMultipleOpenResults() {
    return false;
  }

  @Override
  public final boolean supportsGetGeneratedKeys() {
    return false;
  }

  @Override
  public final boolean supportsStatementPooling() {
    return false;
  }

  @Override
  public final boolean locatorsUpdateCopy() {
    return false;
  }

  @Override
  public final boolean supportsStoredFunctionsUsingCallSyntax() {
    return false;
  }

  @Override
  public final boolean autoCommitFailureClosesAllResultSets() {
    return false;
  }

  @Override
  public final boolean generatedKeyAlwaysReturned() {
    return false;
  }

  @Override
  public final boolean isReadOnly() {
    return false;
  }

  /** 0 everywhere: the server sets none of these limits. */

  @Override
  public final int getMaxBinaryLiteralLength() {
    return 0;
  }

  @Override
  public final int getMaxCharLiteralLength() {
    return 0;
  }

  @Override
  public final int getMaxColumnNameLength() {
    return 0;
  }

  @Override
  public final int getMaxColumnsInGroupBy() {
    return 0;
  }

  @Override
  public final int getMaxColumnsInIndex() {
    return 0;
  }

  @Override
  public final int getMaxColumnsInOrderBy() {
    return 0;
  }

  @Override
  public final int getMaxColumnsInSelect() {
    return 0;
  }

  @Override
  public final int getMaxColumnsInTable() {
    return 0;
  }

  @Override
  public final int getMaxConnections() {
    return 0;
  }

  @Override
  public final int getMaxCursorNameLength() {
    return 0;
  }

  @Override
  public final int getMaxIndexLength() {
    return 0;
  }

  @Override
  public final int getMaxSchemaNameLength() {
    return 0;
  }

  @Override
  public final int getMaxProcedureNameLength() {
    return 0;
  }

  @Override
  public final int getMaxCatalogNameLength() {
    return 0;
  }

  @Override
  public final int getMaxRowSize() {
    return 0;
  }

  @Override
  public final int getMaxStatementLength() {
    return 0;
  }

  @Override
  public final int getMaxStatements() {
    return 0;
  }

  @Override
  public final int getMaxTableNameLength() {
    return 0;
  }

  @Override
  public final int getMaxTablesInSelect() {
    return 0;
  }

  @Override
  public final int getMaxUserNameLength() {
    return 0;
  }

  /** Result sets are read-only snapshots of a query. */
  @Override
  public final boolean ownUpdatesAreVisible(int type) {
    return false;
  }

  /** Result sets are read-only snapshots of a query. */
  @Override
  public final boolean ownDeletesAreVisible(int type) {
    return false;
  }

  /** Result sets are read-only snapshots of a query. */
  @Override
  public final boolean ownInsertsAreVisible(int type) {
    return false;
  }

  /** Result sets are read-only snapshots of a query. */
  @Override
  public final boolean othersUpdatesAreVisible(int type) {
    return false;
  }

  /** Result sets are read-only snapshots of a query. */
  @Override
  public final boolean othersDeletesAreVisible(int type) {
    return false;
  }

  /** Result sets are read-only snapshots of a query. */
  @Override
  public final boolean othersInsertsAreVisible(int type) {
    return false;
  }

  /** Result sets are read-only snapshots of a query. */
  @Override
  public final boolean updatesAreDetected(int type) {
    return false;
  }

  /** Result sets are read-only snapshots of a query. */
  @Override
  public final boolean deletesAreDetected(int type) {
    return false;
  }

  /** Result sets are read-only snapshots of a query. */
  @Override
  public final boolean insertsAreDetected(int type) {
    return false;
  }

  @Override
  public final boolean supportsConvert(int fromType, int toType) {
    return false;
  }

  @Override
  public final boolean supportsTransactionIsolationLevel(int level) {
    return level == Connection.TRANSACTION_NONE;
  }

  @Override
  public final int getDefaultTransactionIsolation() {
    return Connection.TRANSACTION_NONE;
  }

  @Override
  public final boolean supportsResultSetType(int type) {
    return type == ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public final boolean supportsResultSetConcurrency(int type, int concurrency) {
    return type == ResultSet.TYPE_FORWARD_ONLY && concurrency == ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public final boolean supportsResultSetHoldability(int holdability) {
    return holdability == ResultSet.CLOSE_CURSORS_AT_COMMIT;
  }

  @Override
  public final int getResultSetHoldability() {
    return ResultSet.CLOSE_CURSORS_AT_COMMIT;
  }

  @Override
  public final int getJDBCMajorVersion() {
    return 4;
  }

  @Override
  public final int getJDBCMinorVersion() {
    return 3;
  }

  @Override
  public final int getSQLStateType() {
    return sqlStateSQL;
  }

  @Override
  public final RowIdLifetime getRowIdLifetime() {
    return RowIdLifetime.ROWID_UNSUPPORTED;
  }

  /** Path nodes that are not plain names are written in backquotes, e.g. {@code root.`my sg`}. */
  @Override
  public final String getIdentifierQuoteString() {
    return "`";
  }

  /** Escapes {@code %} and {@code _} in the name patterns of the metadata methods. */
  @Override
  public final String getSearchStringEscape() {
    return "\\";
  }

  @Override
  public final String getExtraNameCharacters() {
    return "";
  }

  @Override
  public final String getSchemaTerm() {
    return "schema";
  }

  @Override
  public final String getProcedureTerm() {
    return "procedure";
  }

  /** Catalogs are the databases of the tree, e.g. {@code root.sg}. */
  @Override
  public final String getCatalogTerm() {
    return "database";
  }

  @Override
  public final String getCatalogSeparator() {
    return ".";
  }

  @Override
  public final int getDriverMajorVersion() {
    return OrreryDriver.MAJOR_VERSION;
  }

  @Override
  public final int getDriverMinorVersion() {
    return OrreryDriver.MINOR_VERSION;
  }

  @Override
  public final String getDriverName() {
    return OrreryDriver.NAME;
  }

  @Override
  public final String getDriverVersion() {
    return OrreryDriver.version();
  }

  /** Keywords of the dialect that are not SQL:2003 keywords. */
  @Override
  public final String getSQLKeywords() {
    return "ALIGN,ALIGNED,ATTRIBUTES,CHILD,COMPRESSOR,DATABASES,DEVICE,DEVICES,ENCODING,FILL,FLUSH,LEVEL,"
        + "LINEAR,NODES,PATHS,PREVIOUS,SLIMIT,SOFFSET,TAGS,TIMESERIES,TTL";
  }

  /** Empty: these lists name functions of the JDBC escape syntax {fn ...}, which the dialect lacks. */
  @Override
  public final String getNumericFunctions() {
    return "";
  }

  @Override
  public final String getStringFunctions() {
    return "";
  }

  @Override
  public final String getSystemFunctions() {
    return "";
  }

  @Override
  public final String getTimeDateFunctions() {
    return "";
  }

  @Override
  public final <T> T unwrap(Class<T> type) throws java.sql.SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new java.sql.SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public final boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
