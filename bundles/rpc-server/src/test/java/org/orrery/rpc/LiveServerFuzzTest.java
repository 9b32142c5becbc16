package org.orrery.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.protocol.Frame;
import org.orrery.protocol.FrameCodec;
import org.orrery.protocol.Protocol;
import org.orrery.protocol.ProtocolException;
import org.orrery.protocol.ProtocolLimits;
import org.orrery.protocol.message.ExecuteRequest;
import org.orrery.protocol.message.HandshakeResponse;
import org.orrery.protocol.message.InsertRecordsRequest;
import org.orrery.protocol.message.InsertTabletsRequest;
import org.orrery.protocol.message.Message;
import org.orrery.protocol.message.OkResponse;
import org.orrery.protocol.message.PingRequest;
import org.orrery.protocol.message.WireRecord;
import org.orrery.protocol.message.WireTablet;
import org.orrery.rpc.testing.FakeQueryEngine;
import org.orrery.rpc.testing.FakeUserService;

/**
 * Random and mutated frames against a running server, one connection each: every such connection
 * ends closed by the server (after an ERROR frame when the server could tell what was wrong), and
 * a well-behaved client on its own connection keeps being served throughout. The number of frames
 * defaults to 10,000 ({@code -Dorrery.fuzz.frames=N} changes it).
 */
class LiveServerFuzzTest {
  private static final int MAX_FRAME = 64 * 1024;

  @Test
  void badConnectionsAreClosedAndAGoodClientKeepsWorking() throws Exception {
    int total = Integer.getInteger("orrery.fuzz.frames", 10_000);
    FakeQueryEngine engine = new FakeQueryEngine();
    RpcServerConfig config = RpcServerConfig.defaults().withPort(0).withMaxFrameSize(MAX_FRAME).withMaxConnections(20);
    try (RpcServer server = new RpcServer(config, engine, new FakeUserService())) {
      server.start();
      List<byte[]> valid = validFrames();
      Random random = new Random(77);
      int errors = 0;
      try (RawClient good = new RawClient(server.port())) {
        assertInstanceOf(HandshakeResponse.class, good.call(1, RawClient.handshake("root", "root")));
        for (int i = 0; i < total; i++) {
          byte[] frame = mutate(valid.get(random.nextInt(valid.size())), random);
          errors += sendAndExpectClose(server.port(), frame, i);
          if (i % 250 == 0) {
            assertInstanceOf(OkResponse.class, good.call(2 + i, new PingRequest()), "good client after " + i + " bad frames");
          }
        }
        assertInstanceOf(OkResponse.class, good.call(-1, new PingRequest()));
      }
      assertTrue(errors > total / 2, "most bad connections got an explanation: " + errors + " of " + total);
      // no connection slot leaked: the limit of 20 still admits 19 fresh clients next to nothing else
      List<RawClient> fresh = new ArrayList<>();
      try {
        for (int i = 0; i < 19; i++) {
          RawClient client = new RawClient(server.port());
          fresh.add(client);
          assertInstanceOf(HandshakeResponse.class, client.call(1, RawClient.handshake("root", "root")), "fresh client " + i);
        }
      } finally {
        for (RawClient client : fresh) {
          client.close();
        }
      }
    }
  }

  /** Sends one frame, half-closes, reads to the end; returns 1 when an ERROR frame arrived. */
  private static int sendAndExpectClose(int port, byte[] frame, int index) throws IOException {
    try (RawClient client = new RawClient(port)) {
      try {
        client.sendRaw(frame);
        client.shutdownOutput();
      } catch (IOException e) {
        return 0; // the server closed before everything was written: closed counts
      }
      int errors = 0;
      while (true) {
        Frame reply;
        try {
          reply = client.read();
        } catch (ProtocolException e) {
          fail("frame " + index + ": the server sent an undecodable frame: " + e.getMessage());
          return 0;
        } catch (java.net.SocketTimeoutException e) {
          fail("frame " + index + ": the server neither answered nor closed the connection");
          return 0;
        } catch (IOException e) {
          return errors; // reset by the server
        }
        if (reply == null) {
          return errors;
        }
        Message message = reply.message();
        if (message.type() == org.orrery.protocol.MessageType.ERROR) {
          errors = 1;
        }
      }
    }
  }

  private static List<byte[]> validFrames() {
    FrameCodec codec = new FrameCodec(ProtocolLimits.forFrameSize(MAX_FRAME));
    Block block = new Block(new long[] {1, 2}, List.of(
        new Column(DataType.DOUBLE, new double[] {1, 2}, null, 2),
        new Column(DataType.TEXT, new byte[][] {{65}, null}, null, 2)), 2);
    List<Message> messages = List.of(
        RawClient.handshake("root", "root"),
        new ExecuteRequest("select rows 3", 10, 0),
        new InsertTabletsRequest(List.of(new WireTablet("root.sg.d1", false, List.of("a", "b"), block))),
        new InsertRecordsRequest(List.of(new WireRecord("root.sg.d1", 1, List.of("a"), List.of(DataType.INT32), List.of(4)))),
        new PingRequest());
    List<byte[]> frames = new ArrayList<>();
    for (Message message : messages) {
      ByteBuffer buffer = codec.encode(9, message);
      frames.add(Arrays.copyOf(buffer.array(), buffer.limit()));
    }
    return frames;
  }

  private static byte[] mutate(byte[] base, Random random) {
    byte[] bytes = base.clone();
    switch (random.nextInt(7)) {
      case 0: { // random noise
        byte[] noise = new byte[1 + random.nextInt(200)];
        random.nextBytes(noise);
        return noise;
      }
      case 1: // bad magic
        bytes[random.nextInt(4)] ^= (byte) (1 + random.nextInt(255));
        return bytes;
      case 2: // huge length
        ByteBuffer.wrap(bytes).putInt(Protocol.LENGTH_OFFSET, MAX_FRAME + 1 + random.nextInt(1 << 30));
        return bytes;
      case 3: // truncated
        return Arrays.copyOf(bytes, random.nextInt(bytes.length));
      case 4: // unknown message type, or a response type sent as a request
        bytes[5] = (byte) new int[] {0, 10, 63, 64, 66, 68, 100, 255}[random.nextInt(8)];
        return bytes;
      case 5: { // a large count or length inside the payload
        if (bytes.length > Protocol.HEADER_SIZE + 4) {
          int at = Protocol.HEADER_SIZE + random.nextInt(bytes.length - Protocol.HEADER_SIZE - 3);
          ByteBuffer.wrap(bytes).putInt(at, new int[] {Integer.MAX_VALUE, -1, 1 << 24, random.nextInt()}[random.nextInt(4)]);
        } else {
          bytes[4] = 9; // unsupported version
        }
        return bytes;
      }
      default: // bit flips
        for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
          int at = random.nextInt(bytes.length);
          bytes[at] ^= (byte) (1 << random.nextInt(8));
        }
        return bytes;
    }
  }
}
