package org.orrery.client.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.orrery.client.ClientConnectionException;
import org.orrery.client.ClientException;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.protocol.Frame;
import org.orrery.protocol.FrameCodec;
import org.orrery.protocol.FrameHeader;
import org.orrery.protocol.Protocol;
import org.orrery.protocol.ProtocolLimits;
import org.orrery.protocol.message.ErrorResponse;
import org.orrery.protocol.message.Message;

/**
 * One socket to the server with pipelined requests: callers send frames under a write lock and
 * wait on a future; a reader thread completes the futures by request id. This is what lets
 * {@code SessionDataSet.cancel()} reach the server while another thread waits for a page.
 */
public final class Connection implements AutoCloseable {
  /** Request id 0 is what the server uses for errors that belong to no request. */
  private static final int CONNECTION_LEVEL_ID = 0;

  /** Largest send buffer a connection keeps between frames (a 10,000 × 10 DOUBLE tablet is ~0.9 MB). */
  private static final int MAX_KEPT_SEND_BUFFER = 4 << 20;

  /** Largest payload array the reader keeps between frames (a 5,000-row page of 10 DOUBLEs is ~0.4 MB). */
  private static final int MAX_KEPT_RECEIVE_BUFFER = 1 << 20;

  private final Socket socket;
  private final OutputStream out;
  private final DataInputStream in;
  private final FrameCodec decoder;
  private volatile FrameCodec encoder;
  private final Map<Integer, CompletableFuture<Message>> pending = new ConcurrentHashMap<>();
  private final AtomicInteger nextRequestId = new AtomicInteger();
  private final Object writeLock = new Object();
  /**
   * Frames are encoded into this array under the write lock and written at once, so large
   * inserts do not allocate (and zero) a new array each; kept up to {@link #MAX_KEPT_SEND_BUFFER}.
   */
  private byte[] sendBuffer;
  private final String peer;
  private volatile ClientConnectionException broken;
  /** The protocol version frames are written in: 1 until the handshake agreed on another. */
  private volatile int version = Protocol.VERSION_1;

  private Connection(Socket socket, String peer, ProtocolLimits limits) throws IOException {
    this.socket = socket;
    this.peer = peer;
    this.out = socket.getOutputStream();
    this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 16));
    this.decoder = new FrameCodec(limits);
    this.encoder = decoder;
    Thread reader = new Thread(this::readLoop, "orrery-client-reader-" + peer);
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Connects to {@code host:port}, through TLS when {@code sslContext} is not null.
   *
   * @throws ClientConnectionException naming the address when the connection fails
   */
  public static Connection open(
      String host, int port, int connectTimeoutMillis, SSLContext sslContext, ProtocolLimits limits) {
    String peer = host + ":" + port;
    Socket socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      socket.setKeepAlive(true);
      socket.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
      if (sslContext != null) {
        SSLSocket tls = (SSLSocket) sslContext.getSocketFactory().createSocket(socket, host, port, true);
        tls.setSoTimeout(connectTimeoutMillis);
        tls.startHandshake();
        tls.setSoTimeout(0);
        socket = tls;
      }
      return new Connection(socket, peer, limits);
    } catch (IOException e) {
      closeQuietly(socket);
      throw new ClientConnectionException("cannot connect to " + peer + ": " + e.getMessage(), e);
    }
  }

  /** Frames sent from now on are written in {@code version}, the one the handshake agreed on. */
  public void useVersion(int version) {
    if (version < Protocol.MIN_VERSION || version > Protocol.MAX_VERSION) {
      throw new ClientConnectionException(ErrorCode.UNSUPPORTED_VERSION,
          "server " + peer + " chose protocol version " + version + ", this client speaks "
              + Protocol.MIN_VERSION + ".." + Protocol.MAX_VERSION, null);
    }
    this.version = version;
  }

  /** The protocol version of this connection's frames. */
  public int version() {
    return version;
  }

  /** Frames sent from now on are checked against the server's announced frame limit. */
  public void useServerFrameLimit(int maxFrameSize) {
    encoder = new FrameCodec(ProtocolLimits.forFrameSize(Math.max(1024, maxFrameSize)));
  }

  /** The largest payload the peer accepts (the server's announced limit once the session is open). */
  public int maxFrameSize() {
    return encoder.limits().maxFrameSize();
  }

  public boolean isBroken() {
    return broken != null;
  }

  /**
   * Sends {@code request} and waits for its response. An ERROR response becomes a
   * {@link ClientException} with the server's code and message.
   */
  public Message call(Message request) {
    Message response = await(send(request));
    if (response instanceof ErrorResponse error) {
      throw new ClientException(error.code(), error.message());
    }
    return response;
  }

  /** Sends {@code request}; the future completes with its response (an ERROR included). */
  public CompletableFuture<Message> send(Message request) {
    ClientConnectionException failure = broken;
    if (failure != null) {
      throw new ClientConnectionException(failure.code(), failure.getMessage(), failure);
    }
    int requestId = newRequestId();
    CompletableFuture<Message> future = new CompletableFuture<>();
    try {
      synchronized (writeLock) {
        ByteBuffer frame;
        try {
          frame = encoder.encode(version, requestId, request, sendBuffer);
        } catch (OrreryException e) {
          throw new ClientException(e.code(), e.getMessage(), e);
        }
        if (frame.array() != sendBuffer && frame.array().length <= MAX_KEPT_SEND_BUFFER) {
          sendBuffer = frame.array();
        }
        // registered before the bytes leave, so the answer always finds its future
        pending.put(requestId, future);
        out.write(frame.array(), frame.arrayOffset(), frame.limit());
        out.flush();
      }
    } catch (IOException e) {
      fail(new ClientConnectionException("connection to " + peer + " broken while sending: " + e.getMessage(), e));
    }
    if (broken != null) {
      // the reader may have failed everything before this request was registered
      future.completeExceptionally(broken);
    }
    return future;
  }

  private int newRequestId() {
    int id;
    do {
      id = nextRequestId.incrementAndGet();
    } while (id == CONNECTION_LEVEL_ID);
    return id;
  }

  /** Waits for a response, turning a broken connection into a ClientConnectionException. */
  public static Message await(CompletableFuture<Message> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ClientConnectionException broken) {
        throw new ClientConnectionException(broken.code(), broken.getMessage(), broken);
      }
      throw new ClientException(ErrorCode.INTERNAL_ERROR, "request failed: " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClientException(ErrorCode.QUERY_CANCELLED, "interrupted while waiting for the server", e);
    }
  }

  private void readLoop() {
    byte[] header = new byte[Protocol.HEADER_SIZE];
    // decoding copies everything out of the payload, so one array serves every frame that fits:
    // a large result no longer allocates (and zeroes) a fresh array for each of its pages
    byte[] kept = new byte[0];
    try {
      while (true) {
        in.readFully(header);
        FrameHeader frameHeader = decoder.readHeader(ByteBuffer.wrap(header));
        int length = frameHeader.payloadLength();
        byte[] payload = length <= kept.length ? kept : new byte[length];
        if (payload != kept && length <= MAX_KEPT_RECEIVE_BUFFER) {
          kept = payload;
        }
        in.readFully(payload, 0, length);
        Message message = decoder.decodePayload(frameHeader, ByteBuffer.wrap(payload, 0, length));
        dispatch(new Frame(frameHeader.requestId(), message));
      }
    } catch (EOFException e) {
      fail(new ClientConnectionException("connection closed by " + peer, e));
    } catch (IOException e) {
      fail(new ClientConnectionException("connection to " + peer + " broken: " + e.getMessage(), e));
    } catch (OrreryException e) {
      fail(new ClientConnectionException(
          ErrorCode.PROTOCOL_ERROR, "bad frame from " + peer + ": " + e.getMessage(), e));
    }
  }

  private void dispatch(Frame frame) {
    CompletableFuture<Message> future = pending.remove(frame.requestId());
    if (future != null) {
      future.complete(frame.message());
    } else if (frame.message() instanceof ErrorResponse error) {
      // an error that belongs to no request precedes the server closing the connection
      fail(new ClientConnectionException(
          error.code(), "server " + peer + " closed the session: " + error.message(), null));
    }
  }

  private void fail(ClientConnectionException failure) {
    synchronized (this) {
      if (broken == null) {
        broken = failure;
      }
    }
    closeQuietly(socket);
    for (Integer id : pending.keySet()) {
      CompletableFuture<Message> future = pending.remove(id);
      if (future != null) {
        future.completeExceptionally(broken);
      }
    }
  }

  /** Closes the socket; pending calls fail with a connection error. */
  @Override
  public void close() {
    fail(new ClientConnectionException("connection to " + peer + " was closed by the client", null));
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // nothing left to release
    }
  }
}
