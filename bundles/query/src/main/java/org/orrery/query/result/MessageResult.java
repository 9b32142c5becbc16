package org.orrery.query.result;

import java.util.List;
import java.util.Optional;
import org.orrery.common.block.Block;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.ResultColumn;

/** The outcome of a statement without rows, e.g. {@code OK}. */
public final class MessageResult implements ExecutionResult {
  public static final MessageResult OK = new MessageResult("OK");

  private final String message;

  public MessageResult(String message) {
    this.message = message;
  }

  @Override
  public boolean hasRows() {
    return false;
  }

  @Override
  public boolean hasTimeColumn() {
    return false;
  }

  @Override
  public List<ResultColumn> columns() {
    return List.of();
  }

  @Override
  public Optional<Block> nextPage(int maxRows) {
    return Optional.empty();
  }

  @Override
  public String message() {
    return message;
  }

  @Override
  public void cancel() {}

  @Override
  public void close() {}
}
