package org.orrery.sql.translate;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.parser.OrrerySqlParser.ScriptContext;
import org.orrery.sql.parser.OrrerySqlParser.StatementContext;

/**
 * Turns a parse tree into statements by handing each statement to the translator of its family.
 * One instance serves one parse: the plugin translator keeps the source text to record the query
 * of a continuous query as written.
 */
public final class StatementTranslator {
  private final SchemaTranslator schema = new SchemaTranslator();
  private final MetadataTranslator metadata = new MetadataTranslator();
  private final WriteTranslator writes;
  private final QueryTranslator queries;
  private final AuthTranslator auth = new AuthTranslator();
  private final PluginTranslator plugins;
  private final ModelTranslator models = new ModelTranslator();

  public StatementTranslator(CharStream source) {
    ExpressionTranslator expressions = new ExpressionTranslator();
    this.writes = new WriteTranslator(expressions);
    this.queries = new QueryTranslator(expressions);
    this.plugins = new PluginTranslator(source, queries);
  }

  public List<Statement> translate(ScriptContext script) {
    List<Statement> statements = new ArrayList<>();
    for (StatementContext statement : script.statement()) {
      statements.add(translate(statement));
    }
    return statements;
  }

  private Statement translate(StatementContext context) {
    if (context.schemaStatement() != null) {
      return schema.visit(context.schemaStatement());
    }
    if (context.metadataStatement() != null) {
      return metadata.visit(context.metadataStatement());
    }
    if (context.writeStatement() != null) {
      return writes.visit(context.writeStatement());
    }
    if (context.queryStatement() != null) {
      return queries.visit(context.queryStatement());
    }
    if (context.authStatement() != null) {
      return auth.visit(context.authStatement());
    }
    if (context.pluginStatement() != null) {
      return plugins.visit(context.pluginStatement());
    }
    return models.visit(context.modelStatement());
  }
}
