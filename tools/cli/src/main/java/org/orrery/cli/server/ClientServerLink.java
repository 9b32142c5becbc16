package org.orrery.cli.server;

import java.time.ZoneId;
import java.util.List;
import org.orrery.client.ClientException;
import org.orrery.client.RowRecord;
import org.orrery.client.Session;
import org.orrery.client.SessionDataSet;
import org.orrery.client.StatementResult;
import org.orrery.client.Tablet;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.type.DataType;

/** The production {@link ServerLink}: one Java-client {@link Session}. */
public final class ClientServerLink implements ServerLink {
  private final Session session;

  private ClientServerLink(Session session) {
    this.session = session;
  }

  /** The factory the CLI uses outside tests. */
  public static LinkFactory factory() {
    return ClientServerLink::open;
  }

  /**
   * Connects and logs in.
   *
   * @throws StatementFailure naming the address when the server is unreachable or refuses the login
   */
  public static ClientServerLink open(String host, int port, String user, String password, ZoneId zone) {
    Session session = Session.builder()
        .host(host).port(port).user(user).password(password).zone(zone).build();
    try {
      session.open();
    } catch (ClientException e) {
      throw new StatementFailure(e.code().code(), e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new StatementFailure(ErrorCode.IO_ERROR.code(),
          "cannot connect to " + host + ":" + port + ": " + describe(e), e);
    }
    return new ClientServerLink(session);
  }

  @Override
  public StatementOutcome execute(String sql) {
    StatementResult result = call(() -> session.execute(sql));
    if (result.hasRows()) {
      return StatementOutcome.ofRows(new DataSetRows(result.dataSet()));
    }
    try {
      return StatementOutcome.ofMessage(result.message());
    } finally {
      result.close();
    }
  }

  @Override
  public void insert(DeviceBatch batch) {
    Tablet tablet = new Tablet(batch.device(), batch.measurements(), batch.types(), Math.max(1, batch.rowCount()))
        .aligned(batch.aligned());
    int columns = batch.types().size();
    for (int r = 0; r < batch.rowCount(); r++) {
      Object[] row = new Object[columns];
      for (int c = 0; c < columns; c++) {
        row[c] = batch.values()[c][r];
      }
      tablet.addRow(batch.times()[r], row);
    }
    call(() -> {
      session.insertTablet(tablet);
      return null;
    });
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (RuntimeException e) {
      // the connection is going away anyway; nothing the user can act on
    }
  }

  /** Runs a client call, turning client failures into {@link StatementFailure}s. */
  static <T> T call(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (ClientException e) {
      throw new StatementFailure(e.code().code(), e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new StatementFailure(ErrorCode.IO_ERROR.code(), "connection failed: " + describe(e), e);
    }
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message;
  }

  /** Rows of a client data set; fetching further pages happens inside {@code hasNext()}. */
  private static final class DataSetRows implements ResultRows {
    private final SessionDataSet dataSet;
    private final List<DataType> types;
    private RowRecord current;

    DataSetRows(SessionDataSet dataSet) {
      this.dataSet = dataSet;
      this.types = dataSet.columnTypes();
    }

    @Override
    public boolean hasTimeColumn() {
      return dataSet.hasTimeColumn();
    }

    @Override
    public List<String> columnNames() {
      return dataSet.columnNames();
    }

    @Override
    public List<DataType> columnTypes() {
      return types;
    }

    @Override
    public boolean next() {
      boolean more = call(dataSet::hasNext);
      current = more ? call(dataSet::next) : null;
      return more;
    }

    @Override
    public long time() {
      return current.time();
    }

    @Override
    public Object value(int column) {
      return current.isNull(column) ? null : current.value(column);
    }

    @Override
    public void cancel() {
      call(() -> {
        dataSet.cancel();
        return null;
      });
    }

    @Override
    public void close() {
      dataSet.close();
    }
  }
}
