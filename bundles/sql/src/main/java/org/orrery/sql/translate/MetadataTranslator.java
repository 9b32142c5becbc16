package org.orrery.sql.translate;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.metadata.CountDatabases;
import org.orrery.sql.ast.metadata.CountDevices;
import org.orrery.sql.ast.metadata.CountNodes;
import org.orrery.sql.ast.metadata.CountTimeseries;
import org.orrery.sql.ast.metadata.DataTypeIs;
import org.orrery.sql.ast.metadata.NameContains;
import org.orrery.sql.ast.metadata.Paging;
import org.orrery.sql.ast.metadata.ShowChildNodes;
import org.orrery.sql.ast.metadata.ShowChildPaths;
import org.orrery.sql.ast.metadata.ShowDatabases;
import org.orrery.sql.ast.metadata.ShowDevices;
import org.orrery.sql.ast.metadata.ShowTimeseries;
import org.orrery.sql.ast.metadata.ShowTtl;
import org.orrery.sql.ast.metadata.ShowVersion;
import org.orrery.sql.ast.metadata.TagContains;
import org.orrery.sql.ast.metadata.TagEquals;
import org.orrery.sql.ast.metadata.TimeseriesFilter;
import org.orrery.sql.parser.OrrerySqlLexer;
import org.orrery.sql.parser.OrrerySqlParser.CountDatabasesContext;
import org.orrery.sql.parser.OrrerySqlParser.CountDevicesContext;
import org.orrery.sql.parser.OrrerySqlParser.CountNodesContext;
import org.orrery.sql.parser.OrrerySqlParser.CountTimeseriesContext;
import org.orrery.sql.parser.OrrerySqlParser.DataTypeEqualsContext;
import org.orrery.sql.parser.OrrerySqlParser.PaginationContext;
import org.orrery.sql.parser.OrrerySqlParser.PathContext;
import org.orrery.sql.parser.OrrerySqlParser.SeriesNameContainsContext;
import org.orrery.sql.parser.OrrerySqlParser.ShowChildNodesContext;
import org.orrery.sql.parser.OrrerySqlParser.ShowChildPathsContext;
import org.orrery.sql.parser.OrrerySqlParser.ShowDatabasesContext;
import org.orrery.sql.parser.OrrerySqlParser.ShowDevicesContext;
import org.orrery.sql.parser.OrrerySqlParser.ShowTimeseriesContext;
import org.orrery.sql.parser.OrrerySqlParser.ShowTtlContext;
import org.orrery.sql.parser.OrrerySqlParser.ShowVersionContext;
import org.orrery.sql.parser.OrrerySqlParser.TagContainsContext;
import org.orrery.sql.parser.OrrerySqlParser.TagEqualsContext;
import org.orrery.sql.parser.OrrerySqlParser.TimeseriesConditionContext;
import org.orrery.sql.parser.OrrerySqlParser.TimeseriesWhereContext;
import org.orrery.sql.parser.OrrerySqlParserBaseVisitor;

/** Translates the metadata family: SHOW and COUNT over the schema, SHOW VERSION. */
final class MetadataTranslator extends OrrerySqlParserBaseVisitor<Statement> {

  private static Optional<PartialPath> optionalPattern(PathContext context) {
    return Optional.ofNullable(context).map(Paths::pattern);
  }

  @Override
  public Statement visitShowDatabases(ShowDatabasesContext context) {
    return new ShowDatabases(optionalPattern(context.path()), context.DETAILS() != null);
  }

  @Override
  public Statement visitCountDatabases(CountDatabasesContext context) {
    return new CountDatabases(optionalPattern(context.path()));
  }

  @Override
  public Statement visitShowDevices(ShowDevicesContext context) {
    return new ShowDevices(
        optionalPattern(context.path()),
        context.DATABASE() != null,
        Optional.ofNullable(context.STRING()).map(s -> Names.string(s.getSymbol())),
        paging(context.pagination()));
  }

  @Override
  public Statement visitCountDevices(CountDevicesContext context) {
    return new CountDevices(optionalPattern(context.path()));
  }

  @Override
  public Statement visitShowTimeseries(ShowTimeseriesContext context) {
    return new ShowTimeseries(
        optionalPattern(context.path()),
        context.LATEST() != null,
        filter(context.timeseriesWhere()),
        paging(context.pagination()));
  }

  @Override
  public Statement visitCountTimeseries(CountTimeseriesContext context) {
    OptionalInt level =
        context.LEVEL() == null
            ? OptionalInt.empty()
            : OptionalInt.of(Literals.smallInteger(context.INTEGER(), "level"));
    return new CountTimeseries(
        optionalPattern(context.path()), filter(context.timeseriesWhere()), level);
  }

  private static Optional<TimeseriesFilter> filter(TimeseriesWhereContext where) {
    if (where == null) {
      return Optional.empty();
    }
    TimeseriesConditionContext condition = where.timeseriesCondition();
    if (condition instanceof SeriesNameContainsContext) {
      SeriesNameContainsContext contains = (SeriesNameContainsContext) condition;
      return Optional.of(new NameContains(Names.string(contains.STRING().getSymbol())));
    }
    if (condition instanceof DataTypeEqualsContext) {
      DataTypeEqualsContext type = (DataTypeEqualsContext) condition;
      return Optional.of(new DataTypeIs(Literals.dataType(type.dataType())));
    }
    if (condition instanceof TagEqualsContext) {
      TagEqualsContext tag = (TagEqualsContext) condition;
      return Optional.of(
          new TagEquals(Names.attributeText(tag.key), Names.attributeText(tag.value)));
    }
    TagContainsContext tag = (TagContainsContext) condition;
    return Optional.of(
        new TagContains(Names.attributeText(tag.key), Names.attributeText(tag.value)));
  }

  /** {@code LIMIT n [OFFSET m]} or {@code OFFSET m [LIMIT n]}: each number follows its keyword. */
  private static Paging paging(PaginationContext context) {
    if (context == null) {
      return Paging.NONE;
    }
    OptionalLong limit = OptionalLong.empty();
    OptionalLong offset = OptionalLong.empty();
    for (int i = 0; i + 1 < context.getChildCount(); i += 2) {
      ParseTree keyword = context.getChild(i);
      long value = Literals.integer((TerminalNode) context.getChild(i + 1));
      if (((TerminalNode) keyword).getSymbol().getType() == OrrerySqlLexer.LIMIT) {
        limit = OptionalLong.of(value);
      } else {
        offset = OptionalLong.of(value);
      }
    }
    return new Paging(limit, offset);
  }

  @Override
  public Statement visitShowChildPaths(ShowChildPathsContext context) {
    return new ShowChildPaths(optionalPattern(context.path()));
  }

  @Override
  public Statement visitShowChildNodes(ShowChildNodesContext context) {
    return new ShowChildNodes(optionalPattern(context.path()));
  }

  @Override
  public Statement visitCountNodes(CountNodesContext context) {
    return new CountNodes(
        Paths.pattern(context.path()), Literals.smallInteger(context.INTEGER(), "level"));
  }

  @Override
  public Statement visitShowTtl(ShowTtlContext context) {
    return new ShowTtl(Paths.patterns(context.path()));
  }

  @Override
  public Statement visitShowVersion(ShowVersionContext context) {
    return new ShowVersion();
  }
}
