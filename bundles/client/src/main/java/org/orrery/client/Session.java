package org.orrery.client;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;
import org.orrery.client.internal.ClientVersion;
import org.orrery.client.internal.Connection;
import org.orrery.client.internal.InsertSplitter;
import org.orrery.client.internal.Values;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.type.DataType;
import org.orrery.protocol.PageCompression;
import org.orrery.protocol.Protocol;
import org.orrery.protocol.ProtocolLimits;
import org.orrery.protocol.message.CloseSessionRequest;
import org.orrery.protocol.message.ErrorResponse;
import org.orrery.protocol.message.ExecuteRequest;
import org.orrery.protocol.message.HandshakeRequest;
import org.orrery.protocol.message.HandshakeResponse;
import org.orrery.protocol.message.InsertRecordsRequest;
import org.orrery.protocol.message.InsertTabletsRequest;
import org.orrery.protocol.message.Message;
import org.orrery.protocol.message.OkResponse;
import org.orrery.protocol.message.PingRequest;
import org.orrery.protocol.message.ResultHeaderResponse;
import org.orrery.protocol.message.WireRecord;
import org.orrery.protocol.message.WireTablet;

/**
 * One authenticated connection to an Orrery server. Lifecycle: {@link #builder()} →
 * {@link Builder#build()} → {@link #open()} → statements and inserts → {@link #close()}. Calls
 * are meant for one thread at a time; a data set's {@code cancel()} may come from another.
 * Failures are {@link ClientException}s carrying the server's error code;
 * {@link ClientConnectionException} means the connection is gone and the session is unusable.
 */
public final class Session implements AutoCloseable {
  private final Builder config;
  private Connection connection;
  private String serverVersion;
  private boolean closed;

  private Session(Builder config) {
    this.config = config;
  }

  /** A builder with host {@code 127.0.0.1}, port 6667, user and password {@code root}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Pages of fetch-size rows one round trip brings unless {@link Builder#pagesPerFetch} says otherwise. */
  public static final int DEFAULT_PAGES_PER_FETCH = 16;

  /** Connection settings; {@link #build()} takes a snapshot, so a builder can be reused. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = Protocol.DEFAULT_PORT;
    private String user = "root";
    private String password = "root";
    private ZoneId zone = ZoneId.systemDefault();
    private int fetchSize = 5000;
    private int readAheadPages = 2;
    private int pagesPerFetch = DEFAULT_PAGES_PER_FETCH;
    private int connectTimeoutMillis = 10_000;
    private long queryTimeoutMillis;
    private PageCompression compression = PageCompression.NONE;
    private int maxFrameSize = Protocol.DEFAULT_MAX_FRAME_SIZE;
    private SSLContext sslContext;

    private Builder() {}

    private Builder copy() {
      Builder copy = new Builder();
      copy.host = host;
      copy.port = port;
      copy.user = user;
      copy.password = password;
      copy.zone = zone;
      copy.fetchSize = fetchSize;
      copy.readAheadPages = readAheadPages;
      copy.pagesPerFetch = pagesPerFetch;
      copy.connectTimeoutMillis = connectTimeoutMillis;
      copy.queryTimeoutMillis = queryTimeoutMillis;
      copy.compression = compression;
      copy.maxFrameSize = maxFrameSize;
      copy.sslContext = sslContext;
      return copy;
    }

    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    public Builder port(int port) {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    public Builder user(String user) {
      this.user = Objects.requireNonNull(user, "user");
      return this;
    }

    public Builder password(String password) {
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    /** The session's time zone, for time literals and time formatting on the server. */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** Rows per result page (default 5000). */
    public Builder fetchSize(int fetchSize) {
      if (fetchSize < 1) {
        throw new IllegalArgumentException("fetch size must be positive: " + fetchSize);
      }
      this.fetchSize = fetchSize;
      return this;
    }

    /**
     * FETCH requests sent ahead of the rows being read (default 2; 0 = ask for the next rows
     * when the ones in hand are used up). Each costs up to one answer of memory ({@link
     * #pagesPerFetch} pages, at most 4 MiB); a data set closed early makes the server produce up
     * to this many answers for nothing.
     */
    public Builder readAheadPages(int readAheadPages) {
      if (readAheadPages < 0) {
        throw new IllegalArgumentException("read-ahead pages must not be negative: " + readAheadPages);
      }
      this.readAheadPages = readAheadPages;
      return this;
    }

    /**
     * Pages of {@link #fetchSize} rows one round trip may bring (default {@value
     * #DEFAULT_PAGES_PER_FETCH}; 1..{@value Protocol#MAX_PAGES_PER_ANSWER}): the server puts up to
     * this many pages into one answer, and stops taking pages once the answer holds 4 MiB (or
     * half its max frame size). Blocks handed to the caller still have at most {@code fetchSize}
     * rows. 1 = one page per round trip, as with servers of protocol version 1 (where this
     * setting has no effect).
     */
    public Builder pagesPerFetch(int pagesPerFetch) {
      if (pagesPerFetch < 1 || pagesPerFetch > Protocol.MAX_PAGES_PER_ANSWER) {
        throw new IllegalArgumentException(
            "pages per fetch must be 1.." + Protocol.MAX_PAGES_PER_ANSWER + ": " + pagesPerFetch);
      }
      this.pagesPerFetch = pagesPerFetch;
      return this;
    }

    public Builder connectTimeoutMillis(int connectTimeoutMillis) {
      if (connectTimeoutMillis < 0) {
        throw new IllegalArgumentException("negative connect timeout: " + connectTimeoutMillis);
      }
      this.connectTimeoutMillis = connectTimeoutMillis;
      return this;
    }

    /** Timeout of each query on the server; 0 (default) uses the server's default. */
    public Builder queryTimeoutMillis(long queryTimeoutMillis) {
      if (queryTimeoutMillis < 0) {
        throw new IllegalArgumentException("negative query timeout: " + queryTimeoutMillis);
      }
      this.queryTimeoutMillis = queryTimeoutMillis;
      return this;
    }

    /**
     * Compression of result pages: {@code none} (default, best on fast networks), {@code lz4}
     * or {@code zstd}. A codec whose library is not on the class path is not requested.
     */
    public Builder compression(String codec) {
      this.compression = PageCompression.fromName(codec);
      return this;
    }

    /** Largest frame accepted from the server (default 64 MiB). */
    public Builder maxFrameSize(int maxFrameSize) {
      ProtocolLimits.forFrameSize(maxFrameSize);
      this.maxFrameSize = maxFrameSize;
      return this;
    }

    /** Connects through TLS with this context (its trust managers decide which server to trust). */
    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = sslContext;
      return this;
    }

    /** A new, not yet connected session with these settings. */
    public Session build() {
      return new Session(copy());
    }
  }

  /**
   * Connects, negotiates the protocol version and authenticates.
   *
   * @throws ClientException AUTHENTICATION_FAILED for a wrong user or password, or a
   *     {@link ClientConnectionException} when the server cannot be reached
   */
  public void open() {
    if (connection != null) {
      throw new IllegalStateException("session is already open");
    }
    Connection opened =
        Connection.open(
            config.host, config.port, config.connectTimeoutMillis, config.sslContext,
            ProtocolLimits.forFrameSize(config.maxFrameSize));
    try {
      HandshakeResponse response = (HandshakeResponse) opened.call(
          new HandshakeRequest(
              Protocol.MIN_VERSION, Protocol.MAX_VERSION, ClientVersion.get(), config.user,
              config.password, config.zone.getId(), compressions()));
      opened.useServerFrameLimit(response.maxFrameSize());
      opened.useVersion(response.version());
      serverVersion = response.serverVersion();
      connection = opened;
      closed = false;
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
  }

  private List<PageCompression> compressions() {
    List<PageCompression> accepted = new ArrayList<>();
    if (config.compression != PageCompression.NONE && config.compression.isAvailable()) {
      accepted.add(config.compression);
    }
    accepted.add(PageCompression.NONE);
    return accepted;
  }

  /** Whether the session is open and its connection intact. */
  public boolean isOpen() {
    return connection != null && !closed && !connection.isBroken();
  }

  private Connection connection() {
    if (connection == null || closed) {
      throw new ClientException(ErrorCode.ILLEGAL_ARGUMENT, "session is not open");
    }
    return connection;
  }

  /** Runs any statement; the result has rows or a message. */
  public StatementResult execute(String sql) {
    return execute(sql, () -> {});
  }

  StatementResult execute(String sql, Runnable onRelease) {
    Connection current = connection();
    int pages = current.version() >= Protocol.VERSION_2 ? config.pagesPerFetch : 1;
    Message response = current.call(new ExecuteRequest(sql, config.fetchSize, config.queryTimeoutMillis, pages));
    if (response instanceof ResultHeaderResponse header) {
      return new StatementResult(
          new SessionDataSet(current, header, config.fetchSize, pages, config.readAheadPages, onRelease), "");
    }
    onRelease.run();
    return new StatementResult(null, ((OkResponse) response).message());
  }

  /**
   * Runs a query.
   *
   * @throws ClientException ILLEGAL_ARGUMENT when the statement returns no rows
   */
  public SessionDataSet executeQuery(String sql) {
    StatementResult result = execute(sql);
    if (!result.hasRows()) {
      throw new ClientException(ErrorCode.ILLEGAL_ARGUMENT, "statement returned no rows: " + sql);
    }
    return result.dataSet();
  }

  /** Runs a statement and discards any rows it returns. */
  public void executeNonQuery(String sql) {
    execute(sql).close();
  }

  public void insertTablet(Tablet tablet) {
    insertTablets(List.of(tablet));
  }

  /**
   * Inserts tablets, in one request when they fit the server's max frame size, else in several
   * (a tablet too large for one frame is split into row ranges). The requests are pipelined and
   * run in order; when one fails the others are still written, and the first failure is thrown
   * after all have been answered.
   */
  public void insertTablets(List<Tablet> tablets) {
    List<WireTablet> wire = new ArrayList<>(tablets.size());
    for (Tablet tablet : tablets) {
      if (tablet.rowCount() > 0) {
        wire.add(tablet.toWire());
      }
    }
    if (wire.isEmpty()) {
      return;
    }
    Connection current = connection();
    List<List<WireTablet>> requests = InsertSplitter.split(wire, current.maxFrameSize());
    if (requests.size() == 1) {
      current.call(new InsertTabletsRequest(requests.get(0)));
      return;
    }
    List<CompletableFuture<Message>> answers = new ArrayList<>(requests.size());
    for (List<WireTablet> request : requests) {
      answers.add(current.send(new InsertTabletsRequest(request)));
    }
    ClientException first = null;
    for (CompletableFuture<Message> answer : answers) {
      Message response = Connection.await(answer);
      if (response instanceof ErrorResponse error && first == null) {
        first = new ClientException(error.code(), error.message());
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /**
   * A pipeline of inserts on this session that keeps up to {@code window} insert requests in
   * flight, with back-pressure, answers collected in order and the first failure reported (see
   * {@link InsertPipeline}). Close it (or {@link InsertPipeline#flush() flush} it) to wait for the
   * last answers.
   *
   * @throws IllegalArgumentException when {@code window} is less than 1
   */
  public InsertPipeline insertPipeline(int window) {
    return new InsertPipeline(connection(), window);
  }

  /** Inserts one device's values at one time; a null value is left out. */
  public void insertRecord(
      String device, long time, List<String> measurements, List<DataType> types, List<Object> values) {
    insertRecords(List.of(device), List.of(time), List.of(measurements), List.of(types), List.of(values));
  }

  /** Inserts records in one request; the five lists are parallel. */
  public void insertRecords(
      List<String> devices,
      List<Long> times,
      List<List<String>> measurements,
      List<List<DataType>> types,
      List<List<Object>> values) {
    int count = devices.size();
    if (times.size() != count || measurements.size() != count || types.size() != count || values.size() != count) {
      throw new ClientException(
          ErrorCode.ILLEGAL_ARGUMENT,
          "insertRecords needs lists of equal size: " + count + " devices, " + times.size() + " times, "
              + measurements.size() + " measurement lists, " + types.size() + " type lists, "
              + values.size() + " value lists");
    }
    List<WireRecord> records = new ArrayList<>(count);
    for (int r = 0; r < count; r++) {
      WireRecord record = toRecord(devices.get(r), times.get(r), measurements.get(r), types.get(r), values.get(r));
      if (!record.values().isEmpty()) {
        records.add(record);
      }
    }
    if (!records.isEmpty()) {
      connection().call(new InsertRecordsRequest(records));
    }
  }

  private static WireRecord toRecord(
      String device, long time, List<String> measurements, List<DataType> types, List<Object> values) {
    if (measurements.size() != types.size() || measurements.size() != values.size()) {
      throw new ClientException(
          ErrorCode.ILLEGAL_ARGUMENT,
          "record of " + device + " has " + measurements.size() + " measurements, " + types.size()
              + " types and " + values.size() + " values");
    }
    List<String> names = new ArrayList<>(measurements.size());
    List<DataType> presentTypes = new ArrayList<>(measurements.size());
    List<Object> wireValues = new ArrayList<>(measurements.size());
    for (int i = 0; i < measurements.size(); i++) {
      Object value = values.get(i);
      if (value != null) {
        names.add(measurements.get(i));
        presentTypes.add(types.get(i));
        wireValues.add(Values.toWire(types.get(i), value, device, measurements.get(i)));
      }
    }
    return new WireRecord(device, time, names, presentTypes, wireValues);
  }

  /** Round trip to the server. */
  public void ping() {
    connection().call(new PingRequest());
  }

  /** The server's version text, known once open. */
  public String serverVersion() {
    connection();
    return serverVersion;
  }

  /** Ends the session on the server and closes the connection; safe to call twice. */
  @Override
  public void close() {
    if (connection == null || closed) {
      return;
    }
    closed = true;
    try {
      if (!connection.isBroken()) {
        connection.call(new CloseSessionRequest());
      }
    } catch (ClientException e) {
      // the connection is closed below either way; a failed goodbye changes nothing
    } finally {
      connection.close();
    }
  }
}
