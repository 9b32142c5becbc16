package org.orrery.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.protocol.SampleBlocks.assertBlockEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.type.DataType;
import org.orrery.protocol.message.CancelRequest;
import org.orrery.protocol.message.CloseQueryRequest;
import org.orrery.protocol.message.CloseSessionRequest;
import org.orrery.protocol.message.ErrorResponse;
import org.orrery.protocol.message.ExecuteRequest;
import org.orrery.protocol.message.FetchRequest;
import org.orrery.protocol.message.HandshakeRequest;
import org.orrery.protocol.message.HandshakeResponse;
import org.orrery.protocol.message.InsertRecordsRequest;
import org.orrery.protocol.message.InsertTabletsRequest;
import org.orrery.protocol.message.Message;
import org.orrery.protocol.message.OkResponse;
import org.orrery.protocol.message.PingRequest;
import org.orrery.protocol.message.ResultHeaderResponse;
import org.orrery.protocol.message.ResultPage;
import org.orrery.protocol.message.ResultPageResponse;
import org.orrery.protocol.message.WireRecord;
import org.orrery.protocol.message.WireTablet;

class MessageRoundTripTest {
  private final FrameCodec codec = new FrameCodec(ProtocolLimits.defaults());

  private <T extends Message> T roundTrip(int requestId, T message) {
    ByteBuffer frame = codec.encode(requestId, message);
    assertEquals(Protocol.MAGIC, frame.getInt(0), "frame starts with the magic");
    assertEquals(frame.limit() - Protocol.HEADER_SIZE, frame.getInt(Protocol.LENGTH_OFFSET), "length field");
    Frame decoded = codec.decode(frame);
    assertEquals(requestId, decoded.requestId());
    assertEquals(message.type(), decoded.message().type());
    assertEquals(0, frame.remaining(), "the whole frame was consumed");
    @SuppressWarnings("unchecked")
    T result = (T) decoded.message();
    return result;
  }

  @Test
  void everyMessageTypeHasACodecTestedHere() {
    // guards this test class: a new message type must get a round-trip test below
    Set<MessageType> covered = EnumSet.of(
        MessageType.HANDSHAKE, MessageType.CLOSE_SESSION, MessageType.EXECUTE, MessageType.FETCH,
        MessageType.CLOSE_QUERY, MessageType.CANCEL, MessageType.INSERT_TABLETS, MessageType.INSERT_RECORDS,
        MessageType.PING, MessageType.HANDSHAKE_OK, MessageType.OK, MessageType.RESULT_HEADER,
        MessageType.RESULT_PAGE, MessageType.ERROR);
    assertEquals(EnumSet.allOf(MessageType.class), covered);
  }

  @Test
  void handshake() {
    HandshakeRequest sent = new HandshakeRequest(
        1, 3, "orrery-client 9", "root", "pä ss#word", "Asia/Shanghai",
        List.of(PageCompression.ZSTD, PageCompression.LZ4, PageCompression.NONE));
    HandshakeRequest got = roundTrip(7, sent);
    assertEquals(sent, got);
    assertTrue(!got.toString().contains("pä ss#word"), "toString hides the password");
  }

  @Test
  void handshakeResponse() {
    HandshakeResponse sent = new HandshakeResponse(1, "Orrery 0.1.0", 42L, PageCompression.LZ4, 1 << 20);
    assertEquals(sent, roundTrip(Integer.MAX_VALUE, sent));
  }

  @Test
  void messagesWithoutPayloadOrWithScalars() {
    assertEquals(new CloseSessionRequest(), roundTrip(1, new CloseSessionRequest()));
    assertEquals(new PingRequest(), roundTrip(-5, new PingRequest()));
    assertEquals(new ExecuteRequest("select * from root.sg.d1 where s1 > 'x'", 5000, 30_000L),
        roundTrip(2, new ExecuteRequest("select * from root.sg.d1 where s1 > 'x'", 5000, 30_000L)));
    assertEquals(new FetchRequest(Long.MAX_VALUE, 1), roundTrip(3, new FetchRequest(Long.MAX_VALUE, 1)));
    assertEquals(new CloseQueryRequest(9), roundTrip(4, new CloseQueryRequest(9)));
    assertEquals(new CancelRequest(10), roundTrip(5, new CancelRequest(10)));
    assertEquals(new OkResponse("OK"), roundTrip(6, new OkResponse("OK")));
  }

  @Test
  void errorKeepsCodeNumberAndMessage() {
    for (ErrorCode code : ErrorCode.values()) {
      ErrorResponse got = roundTrip(11, new ErrorResponse(code, "bad token 'FORM' at 1:17"));
      assertEquals(code, got.code());
      assertEquals("bad token 'FORM' at 1:17", got.message());
    }
  }

  @Test
  void unknownErrorNumberFromANewerPeerBecomesInternalError() {
    ByteBuffer frame = codec.encode(1, new ErrorResponse(ErrorCode.SYNTAX_ERROR, "m"));
    frame.putInt(Protocol.HEADER_SIZE, 12345);
    ErrorResponse got = (ErrorResponse) codec.decode(frame).message();
    assertEquals(ErrorCode.INTERNAL_ERROR, got.code());
    assertEquals("m", got.message());
  }

  @Test
  void insertTabletsWithEveryTypeAndNulls() {
    List<String> names = new ArrayList<>();
    for (DataType type : DataType.values()) {
      names.add("s_" + type.name().toLowerCase());
    }
    Block block = SampleBlocks.everyType(100, true, true, 1);
    Block dense = SampleBlocks.everyType(3, true, false, 2);
    InsertTabletsRequest got = roundTrip(8, new InsertTabletsRequest(List.of(
        new WireTablet("root.sg.d1", false, names, block),
        new WireTablet("root.sg.`d 2#x`", true, names, dense))));
    assertEquals(2, got.tablets().size());
    assertEquals("root.sg.d1", got.tablets().get(0).device());
    assertEquals(false, got.tablets().get(0).aligned());
    assertEquals(names, got.tablets().get(0).measurements());
    assertBlockEquals(block, got.tablets().get(0).block());
    assertEquals("root.sg.`d 2#x`", got.tablets().get(1).device());
    assertEquals(true, got.tablets().get(1).aligned());
    assertBlockEquals(dense, got.tablets().get(1).block());
  }

  @Test
  void insertRecordsWithEveryType() {
    List<String> names = new ArrayList<>();
    List<DataType> types = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (DataType type : DataType.values()) {
      names.add("m" + type.id());
      types.add(type);
      values.add(switch (type) {
        case BOOLEAN -> Boolean.TRUE;
        case INT32 -> -17;
        case DATE -> 20240229;
        case INT64, TIMESTAMP -> Long.MIN_VALUE;
        case FLOAT -> 1.5f;
        case DOUBLE -> Double.NaN;
        default -> "text ü".getBytes(StandardCharsets.UTF_8);
      });
    }
    WireRecord record = new WireRecord("root.sg.d1", 123L, names, types, values);
    WireRecord empty = new WireRecord("root.sg.d2", -1L, List.of(), List.of(), List.of());
    InsertRecordsRequest got = roundTrip(9, new InsertRecordsRequest(List.of(record, empty)));
    WireRecord first = got.records().get(0);
    assertEquals("root.sg.d1", first.device());
    assertEquals(123L, first.time());
    assertEquals(names, first.measurements());
    assertEquals(types, first.types());
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) instanceof byte[] bytes) {
        assertArrayEquals(bytes, (byte[]) first.values().get(i));
      } else {
        assertEquals(values.get(i), first.values().get(i), names.get(i));
      }
    }
    assertEquals(empty.device(), got.records().get(1).device());
    assertTrue(got.records().get(1).values().isEmpty());
  }

  @ParameterizedTest
  @EnumSource(PageCompression.class)
  void resultHeaderAndPageInEveryCompression(PageCompression compression) {
    assertTrue(compression.isAvailable(), compression + " is on the test class path");
    Block timed = SampleBlocks.everyType(500, true, true, 3);
    Block second = SampleBlocks.everyType(7, true, false, 4);
    List<String> names = new ArrayList<>();
    List<DataType> types = new ArrayList<>();
    for (Column column : timed.columns()) {
      names.add("root.sg.d1." + column.type());
      types.add(column.type());
    }
    ResultHeaderResponse header = roundTrip(10, new ResultHeaderResponse(
        77L, true, names, types, new ResultPage(false, List.of(timed, second), compression)));
    assertEquals(77L, header.queryId());
    assertTrue(header.hasTime());
    assertEquals(names, header.columnNames());
    assertEquals(types, header.columnTypes());
    assertEquals(compression, header.firstPage().compression());
    assertEquals(false, header.firstPage().last());
    assertEquals(2, header.firstPage().blocks().size());
    assertBlockEquals(timed, header.firstPage().blocks().get(0));
    assertBlockEquals(second, header.firstPage().blocks().get(1));

    Block untimed = SampleBlocks.everyType(20, false, true, 5);
    ResultPageResponse page = roundTrip(11, new ResultPageResponse(77L, new ResultPage(true, List.of(untimed), compression)));
    assertEquals(77L, page.queryId());
    assertTrue(page.page().last());
    assertBlockEquals(untimed, page.page().blocks().get(0));

    ResultPageResponse emptyPage = roundTrip(12, new ResultPageResponse(78L, new ResultPage(true, List.of(), compression)));
    assertTrue(emptyPage.page().blocks().isEmpty());
  }

  @Test
  void compressionShrinksRepetitivePages() {
    double[] values = new double[10_000];
    long[] times = new long[10_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = 20.5;
      times[i] = i * 1000L;
    }
    Block block = new Block(times, List.of(new Column(DataType.DOUBLE, values, null, values.length)), values.length);
    int plain = codec.encode(1, new ResultPageResponse(1, new ResultPage(true, List.of(block), PageCompression.NONE))).limit();
    int lz4 = codec.encode(1, new ResultPageResponse(1, new ResultPage(true, List.of(block), PageCompression.LZ4))).limit();
    int zstd = codec.encode(1, new ResultPageResponse(1, new ResultPage(true, List.of(block), PageCompression.ZSTD))).limit();
    // 16 bytes per row raw; constant values and regular times compress far below half
    assertTrue(plain > 160_000, "plain page holds every byte: " + plain);
    assertTrue(lz4 < plain / 2, "lz4 " + lz4 + " vs plain " + plain);
    assertTrue(zstd < plain / 2, "zstd " + zstd + " vs plain " + plain);
  }

  @Test
  void encodingRefusesAPayloadOverTheLimit() {
    FrameCodec small = new FrameCodec(ProtocolLimits.forFrameSize(1024));
    ProtocolException e = org.junit.jupiter.api.Assertions.assertThrows(
        ProtocolException.class, () -> small.encode(1, new ExecuteRequest("x".repeat(2000), 1, 0)));
    assertEquals(ErrorCode.FRAME_TOO_LARGE, e.code());
  }
}
