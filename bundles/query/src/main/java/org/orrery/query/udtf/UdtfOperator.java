package org.orrery.query.udtf;

import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.type.DataType;
import org.orrery.query.context.QueryContext;
import org.orrery.query.operator.Operator;

/**
 * The output points of a transform function, computed while its argument rows stream in: each
 * pull feeds argument blocks until some window completes and yields points.
 */
public final class UdtfOperator implements Operator {
  private final Operator arguments;
  private final UdtfCall call;
  private final UdtfStream stream;
  private boolean done;

  /** @param arguments the rows the function reads (ascending times, one column per argument) */
  public UdtfOperator(Operator arguments, UdtfCall call, QueryContext context) {
    this.arguments = arguments;
    this.call = call;
    this.stream = call.open(arguments.types(), context);
  }

  @Override
  public List<DataType> types() {
    return List.of(call.outputType());
  }

  @Override
  public Block next() {
    while (!done) {
      Block input = arguments.next();
      Block output;
      if (input == null) {
        done = true;
        output = stream.finish();
      } else {
        output = stream.feed(input);
      }
      if (output.rowCount() > 0) {
        return output;
      }
    }
    return null;
  }

  @Override
  public void close() {
    stream.release();
    arguments.close();
  }
}
