package org.orrery.sql.translate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.schema.AddAttributes;
import org.orrery.sql.ast.schema.AddTags;
import org.orrery.sql.ast.schema.AlignedMeasurement;
import org.orrery.sql.ast.schema.AlterAction;
import org.orrery.sql.ast.schema.AlterDatabase;
import org.orrery.sql.ast.schema.AlterTimeseries;
import org.orrery.sql.ast.schema.CreateAlignedTimeseries;
import org.orrery.sql.ast.schema.CreateDatabase;
import org.orrery.sql.ast.schema.CreateTimeseries;
import org.orrery.sql.ast.schema.DatabaseProperty;
import org.orrery.sql.ast.schema.DeleteTimeseries;
import org.orrery.sql.ast.schema.DropDatabase;
import org.orrery.sql.ast.schema.DropKeys;
import org.orrery.sql.ast.schema.Flush;
import org.orrery.sql.ast.schema.FlushScope;
import org.orrery.sql.ast.schema.RenameKey;
import org.orrery.sql.ast.schema.SeriesDefinition;
import org.orrery.sql.ast.schema.SetTtl;
import org.orrery.sql.ast.schema.SetValues;
import org.orrery.sql.ast.schema.UnsetTtl;
import org.orrery.sql.ast.schema.UpsertAliasTagsAttributes;
import org.orrery.sql.parser.OrrerySqlParser.AddAttributesContext;
import org.orrery.sql.parser.OrrerySqlParser.AddTagsContext;
import org.orrery.sql.parser.OrrerySqlParser.AlignedMeasurementContext;
import org.orrery.sql.parser.OrrerySqlParser.AlterDatabaseContext;
import org.orrery.sql.parser.OrrerySqlParser.AlterTimeseriesActionContext;
import org.orrery.sql.parser.OrrerySqlParser.AlterTimeseriesContext;
import org.orrery.sql.parser.OrrerySqlParser.AttributeTextContext;
import org.orrery.sql.parser.OrrerySqlParser.CreateAlignedTimeseriesContext;
import org.orrery.sql.parser.OrrerySqlParser.CreateDatabaseContext;
import org.orrery.sql.parser.OrrerySqlParser.CreateTimeseriesContext;
import org.orrery.sql.parser.OrrerySqlParser.DatabasePropertiesContext;
import org.orrery.sql.parser.OrrerySqlParser.DatabasePropertyContext;
import org.orrery.sql.parser.OrrerySqlParser.DeleteTimeseriesContext;
import org.orrery.sql.parser.OrrerySqlParser.DropDatabaseContext;
import org.orrery.sql.parser.OrrerySqlParser.DropKeysContext;
import org.orrery.sql.parser.OrrerySqlParser.FlushContext;
import org.orrery.sql.parser.OrrerySqlParser.PropertyKeyContext;
import org.orrery.sql.parser.OrrerySqlParser.PropertyValueContext;
import org.orrery.sql.parser.OrrerySqlParser.RenameKeyContext;
import org.orrery.sql.parser.OrrerySqlParser.SeriesAliasContext;
import org.orrery.sql.parser.OrrerySqlParser.SeriesDefinitionContext;
import org.orrery.sql.parser.OrrerySqlParser.SeriesPropertyContext;
import org.orrery.sql.parser.OrrerySqlParser.SetTtlContext;
import org.orrery.sql.parser.OrrerySqlParser.SetValuesContext;
import org.orrery.sql.parser.OrrerySqlParser.UnsetTtlContext;
import org.orrery.sql.parser.OrrerySqlParser.UpsertContext;
import org.orrery.sql.parser.OrrerySqlParserBaseVisitor;

/** Translates the schema family: databases, time series, tags and attributes, TTL, flush. */
final class SchemaTranslator extends OrrerySqlParserBaseVisitor<Statement> {

  @Override
  public Statement visitCreateDatabase(CreateDatabaseContext context) {
    return new CreateDatabase(
        Paths.concrete(context.path(), "a database"), properties(context.databaseProperties()));
  }

  @Override
  public Statement visitAlterDatabase(AlterDatabaseContext context) {
    return new AlterDatabase(
        Paths.concrete(context.path(), "a database"), properties(context.databaseProperties()));
  }

  private static Map<DatabaseProperty, Long> properties(DatabasePropertiesContext context) {
    Map<DatabaseProperty, Long> properties = new EnumMap<>(DatabaseProperty.class);
    if (context == null) {
      return properties;
    }
    for (DatabasePropertyContext property : context.databaseProperty()) {
      String name = Names.identifier(property.identifier());
      DatabaseProperty key = DatabaseProperty.fromName(name);
      if (key == null) {
        throw Errors.at(property.identifier(), "unknown database property '" + name
            + "' (expected one of " + List.of(DatabaseProperty.values()) + ")");
      }
      if (properties.put(key, Literals.integer(property.INTEGER())) != null) {
        throw Errors.at(property.identifier(), "database property " + key + " is given twice");
      }
    }
    return properties;
  }

  @Override
  public Statement visitDropDatabase(DropDatabaseContext context) {
    return new DropDatabase(Paths.patterns(context.path()));
  }

  @Override
  public Statement visitCreateTimeseries(CreateTimeseriesContext context) {
    PartialPath series = Paths.concrete(context.path(), "a time series");
    if (series.length() < 3) {
      throw Errors.at(context.path(), "a time series path needs a device and a measurement"
          + " below root but got '" + series + "'");
    }
    return new CreateTimeseries(
        series,
        alias(context.seriesAlias()),
        definition(context.seriesDefinition(), series.toString()));
  }

  @Override
  public Statement visitCreateAlignedTimeseries(CreateAlignedTimeseriesContext context) {
    PartialPath device = Paths.concrete(context.path(), "a device");
    List<AlignedMeasurement> measurements = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (AlignedMeasurementContext measurement : context.alignedMeasurement()) {
      String name = Paths.measurement(measurement.pathNode());
      if (names.contains(name)) {
        throw Errors.at(measurement.pathNode(), "measurement '" + name + "' is given twice");
      }
      names.add(name);
      measurements.add(
          new AlignedMeasurement(
              name,
              alias(measurement.seriesAlias()),
              definition(measurement.seriesDefinition(), device + "." + name)));
    }
    return new CreateAlignedTimeseries(device, measurements);
  }

  private static Optional<String> alias(SeriesAliasContext context) {
    return context == null ? Optional.empty() : Optional.of(Names.identifier(context.identifier()));
  }

  /**
   * {@code WITH DATATYPE=INT32, ENCODING=RLE, COMPRESSOR=SNAPPY, 'MAX_POINT_NUMBER'='2'} or the
   * short {@code INT32 encoding=RLE compression=SNAPPY}, then optional TAGS and ATTRIBUTES.
   */
  private static SeriesDefinition definition(SeriesDefinitionContext context, String series) {
    DataType dataType = context.dataType() == null ? null : Literals.dataType(context.dataType());
    String encoding = null;
    String compressor = null;
    Map<String, String> others = new LinkedHashMap<>();
    for (SeriesPropertyContext property : context.seriesProperty()) {
      PropertyKeyContext keyContext = property.propertyKey();
      String key =
          (keyContext.identifier() != null
                  ? Names.identifier(keyContext.identifier())
                  : Names.string(keyContext.STRING().getSymbol()))
              .toUpperCase(Locale.ROOT);
      String value = propertyValue(property.propertyValue());
      switch (key) {
        case "DATATYPE":
          if (dataType != null) {
            throw Errors.at(property, "the data type of " + series + " is given twice");
          }
          dataType = Literals.dataType(value, property.stop);
          break;
        case "ENCODING":
          encoding = once(encoding, value.toUpperCase(Locale.ROOT), property, "ENCODING");
          break;
        case "COMPRESSOR":
        case "COMPRESSION":
          compressor = once(compressor, value.toUpperCase(Locale.ROOT), property, "COMPRESSOR");
          break;
        default:
          if (others.put(key, value) != null) {
            throw Errors.at(property, "property " + key + " is given twice");
          }
      }
    }
    if (dataType == null) {
      throw Errors.at(context, "no DATATYPE given for time series " + series);
    }
    return new SeriesDefinition(
        dataType,
        Optional.ofNullable(encoding),
        Optional.ofNullable(compressor),
        others,
        context.tagsClause() == null ? Map.of() : Names.keyValues(context.tagsClause().keyValue()),
        context.attributesClause() == null
            ? Map.of()
            : Names.keyValues(context.attributesClause().keyValue()));
  }

  private static String once(String previous, String value, SeriesPropertyContext at, String what) {
    if (previous != null) {
      throw Errors.at(at, what + " is given twice");
    }
    return value;
  }

  private static String propertyValue(PropertyValueContext value) {
    if (value.STRING() != null) {
      return Names.string(value.STRING().getSymbol());
    }
    if (value.dataType() != null) {
      return value.dataType().identifier() != null
          ? Names.identifier(value.dataType().identifier())
          : value.dataType().getText();
    }
    if (value.booleanLiteral() != null) {
      return value.getText().toLowerCase(Locale.ROOT);
    }
    return value.getText();
  }

  @Override
  public Statement visitDeleteTimeseries(DeleteTimeseriesContext context) {
    return new DeleteTimeseries(Paths.patterns(context.path()));
  }

  @Override
  public Statement visitAlterTimeseries(AlterTimeseriesContext context) {
    return new AlterTimeseries(
        Paths.concrete(context.path(), "a time series"), action(context.alterTimeseriesAction()));
  }

  private static AlterAction action(AlterTimeseriesActionContext context) {
    if (context instanceof RenameKeyContext) {
      RenameKeyContext rename = (RenameKeyContext) context;
      return new RenameKey(Names.attributeText(rename.from), Names.attributeText(rename.to));
    }
    if (context instanceof SetValuesContext) {
      return new SetValues(Names.keyValues(((SetValuesContext) context).keyValue()));
    }
    if (context instanceof DropKeysContext) {
      List<String> keys = new ArrayList<>();
      for (AttributeTextContext key : ((DropKeysContext) context).attributeText()) {
        keys.add(Names.attributeText(key));
      }
      return new DropKeys(keys);
    }
    if (context instanceof AddTagsContext) {
      return new AddTags(Names.keyValues(((AddTagsContext) context).keyValue()));
    }
    if (context instanceof AddAttributesContext) {
      return new AddAttributes(Names.keyValues(((AddAttributesContext) context).keyValue()));
    }
    UpsertContext upsert = (UpsertContext) context;
    if (upsert.alias == null && upsert.tagsClause() == null && upsert.attributesClause() == null) {
      throw Errors.at(upsert, "UPSERT needs an ALIAS, TAGS or ATTRIBUTES");
    }
    return new UpsertAliasTagsAttributes(
        Optional.ofNullable(upsert.alias).map(Names::attributeText),
        upsert.tagsClause() == null ? Map.of() : Names.keyValues(upsert.tagsClause().keyValue()),
        upsert.attributesClause() == null
            ? Map.of()
            : Names.keyValues(upsert.attributesClause().keyValue()));
  }

  @Override
  public Statement visitSetTtl(SetTtlContext context) {
    OptionalLong ttl =
        context.INF() != null
            ? OptionalLong.empty()
            : OptionalLong.of(Literals.integer(context.INTEGER()));
    return new SetTtl(Paths.pattern(context.path()), ttl);
  }

  @Override
  public Statement visitUnsetTtl(UnsetTtlContext context) {
    return new UnsetTtl(Paths.pattern(context.path()));
  }

  @Override
  public Statement visitFlush(FlushContext context) {
    Optional<Boolean> sequence =
        Optional.ofNullable(context.booleanLiteral()).map(Literals::bool);
    Optional<FlushScope> scope = Optional.empty();
    if (context.LOCAL() != null) {
      scope = Optional.of(FlushScope.LOCAL);
    } else if (context.CLUSTER() != null) {
      scope = Optional.of(FlushScope.CLUSTER);
    }
    return new Flush(Paths.patterns(context.path()), sequence, scope);
  }
}
