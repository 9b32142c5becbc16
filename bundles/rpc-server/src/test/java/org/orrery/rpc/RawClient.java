package org.orrery.rpc;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import org.orrery.protocol.Frame;
import org.orrery.protocol.FrameCodec;
import org.orrery.protocol.FrameHeader;
import org.orrery.protocol.PageCompression;
import org.orrery.protocol.Protocol;
import org.orrery.protocol.ProtocolLimits;
import org.orrery.protocol.message.HandshakeRequest;
import org.orrery.protocol.message.Message;

/** A bare-socket peer that sends and reads frames one by one, for protocol-level server tests. */
final class RawClient implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final DataInputStream in;
  private final FrameCodec codec = new FrameCodec(ProtocolLimits.defaults());
  /** The protocol version requests are written in. */
  int version = Protocol.MAX_VERSION;
  /** The version named by the header of the last frame read. */
  int lastReadVersion;

  RawClient(int port) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(20_000);
    out = socket.getOutputStream();
    in = new DataInputStream(socket.getInputStream());
  }

  static HandshakeRequest handshake(String user, String password) {
    return new HandshakeRequest(1, 1, "raw-test", user, password, "UTC", List.of(PageCompression.NONE));
  }

  void send(int requestId, Message message) throws IOException {
    ByteBuffer frame = codec.encode(version, requestId, message, null);
    out.write(frame.array(), 0, frame.limit());
    out.flush();
  }

  void sendRaw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  void shutdownOutput() throws IOException {
    socket.shutdownOutput();
  }

  /** The next frame, or null when the server closed the connection. */
  Frame read() throws IOException {
    byte[] header = new byte[Protocol.HEADER_SIZE];
    try {
      in.readFully(header);
    } catch (EOFException e) {
      return null;
    }
    FrameHeader frameHeader = codec.readHeader(ByteBuffer.wrap(header));
    lastReadVersion = frameHeader.version();
    byte[] payload = new byte[frameHeader.payloadLength()];
    in.readFully(payload);
    return new Frame(frameHeader.requestId(), codec.decodePayload(frameHeader, ByteBuffer.wrap(payload)));
  }

  /** Sends a request and reads the next frame. */
  Message call(int requestId, Message message) throws IOException {
    send(requestId, message);
    Frame frame = read();
    if (frame == null) {
      throw new EOFException("server closed the connection instead of answering " + message.type());
    }
    if (frame.requestId() != requestId) {
      throw new IllegalStateException("answer to request " + frame.requestId() + ", expected " + requestId);
    }
    return frame.message();
  }

  /** True when the server closed the connection (reading reaches the end of the stream). */
  boolean closedByServer() throws IOException {
    try {
      while (true) {
        if (read() == null) {
          return true;
        }
      }
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      // a reset also means the server dropped the connection
      return true;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
