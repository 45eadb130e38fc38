package io.uplift.engine.learn;

import io.uplift.engine.basket.Basket;
import org.junit.Test;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class SnapshotCodecTest {

    private static final long WATERMARK = 1710072000000L;
    /** Offset of the format version: after the 8 magic bytes. */
    private static final int VERSION_AT = 8;
    /** Offset of the count of recent orders: magic, version, generation, watermark. */
    private static final int RECENT_COUNT_AT = 8 + 4 + 8 + 8;

    private final List<Learner> learners = Arrays.<Learner>asList(new Section("copurchase", "pairs"),
            new Section("trending", "counts, decayed"));

    @Test
    public void decodeGivesBackWhatWasEncoded() throws IOException {
        byte[] data = SnapshotCodec.encode(7, WATERMARK, new long[] {41, 42}, new long[] {WATERMARK - 5, WATERMARK},
                learners);
        SnapshotCodec.Decoded decoded = SnapshotCodec.decode(data);

        assertEquals(7, decoded.getGeneration());
        assertEquals(WATERMARK, decoded.getWatermarkMillis());
        assertArrayEquals(new long[] {41, 42}, decoded.getRecentOrderIds());
        assertArrayEquals(new long[] {WATERMARK - 5, WATERMARK}, decoded.getRecentOrderTimes());
        assertEquals(Arrays.asList("copurchase", "trending"), new ArrayList<String>(decoded.getSections().keySet()));
        assertEquals("counts, decayed", new String(decoded.getSections().get("trending"), StandardCharsets.UTF_8));
    }

    @Test
    public void anEnvelopeWithoutRecentOrdersOrLearnersRoundTrips() throws IOException {
        SnapshotCodec.Decoded decoded = SnapshotCodec.decode(
                SnapshotCodec.encode(1, Long.MIN_VALUE, new long[0], new long[0], new ArrayList<Learner>()));
        assertEquals(Long.MIN_VALUE, decoded.getWatermarkMillis());
        assertEquals(0, decoded.getRecentOrderIds().length);
        assertTrue(decoded.getSections().isEmpty());
    }

    @Test
    public void decodedArraysAreCopies() throws IOException {
        SnapshotCodec.Decoded decoded = SnapshotCodec.decode(valid());
        decoded.getRecentOrderIds()[0] = -1;
        assertEquals(41, decoded.getRecentOrderIds()[0]);
    }

    @Test
    public void foreignBytesAreRefusedByTheirMagic() {
        byte[] data = valid();
        data[0] = 'X';
        assertEquals("not an Uplift snapshot (bad magic bytes)", decodeFailure(data));
    }

    @Test
    public void anotherFormatVersionIsRefusedSayingHowToRecover() {
        byte[] data = withChecksum(body(valid()));
        ByteBuffer.wrap(data).putInt(VERSION_AT, SnapshotCodec.VERSION + 1);
        assertEquals("snapshot format version 2 is not supported (this plugin reads 1); rebuild from the admin or"
                + " with bin/uplift rebuild", decodeFailure(withChecksum(body(data))));
    }

    @Test
    public void aFlippedByteAnywhereAfterTheMagicFailsTheChecksum() {
        byte[] valid = valid();
        for (int i = SnapshotCodec.MAGIC.length; i < valid.length; i++) {
            byte[] data = valid.clone();
            data[i] ^= 0x10;
            String message = decodeFailure(data);
            assertTrue("byte " + i + ": " + message,
                    message.startsWith("snapshot checksum mismatch (corrupt or truncated): stored "));
        }
    }

    @Test
    public void aTruncatedSnapshotIsRefusedAsCorruptOrTruncated() {
        byte[] valid = valid();
        for (int length : new int[] {valid.length - 1, valid.length - 9, 40}) {
            String message = decodeFailure(Arrays.copyOf(valid, length));
            assertTrue(length + ": " + message, message.startsWith("snapshot checksum mismatch (corrupt or truncated)"));
        }
    }

    @Test
    public void tooFewBytesForAnEnvelopeAreRefusedSaying() {
        assertEquals("snapshot too short: 19 bytes", decodeFailure(Arrays.copyOf(valid(), 19)));
        assertEquals("snapshot too short: 0 bytes", decodeFailure(new byte[0]));
        assertEquals("snapshot too short: no data", decodeFailure(null));
    }

    @Test
    public void aNegativeSizeBehindAValidChecksumIsRefused() {
        byte[] data = body(valid());
        ByteBuffer.wrap(data).putInt(RECENT_COUNT_AT, -1);
        assertEquals("corrupt snapshot: size of recent orders is -1", decodeFailure(withChecksum(data)));
    }

    @Test
    public void trailingBytesBehindAValidChecksumAreRefused() {
        byte[] body = body(valid());
        byte[] longer = Arrays.copyOf(body, body.length + 3);
        assertEquals("snapshot has 3 unexpected trailing bytes", decodeFailure(withChecksum(longer)));
    }

    private byte[] valid() {
        try {
            return SnapshotCodec.encode(7, WATERMARK, new long[] {41, 42}, new long[] {WATERMARK - 5, WATERMARK},
                    learners);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Everything but the trailing CRC. */
    private static byte[] body(byte[] data) {
        return Arrays.copyOf(data, data.length - 8);
    }

    /** {@code body} followed by its CRC, as {@link SnapshotCodec#encode} writes it. */
    private static byte[] withChecksum(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return ByteBuffer.allocate(body.length + 8).put(body).putLong(crc.getValue()).array();
    }

    private static String decodeFailure(byte[] data) {
        return assertThrows(IOException.class, () -> SnapshotCodec.decode(data)).getMessage();
    }

    /** A learner whose state is a fixed text. */
    private static final class Section implements Learner {
        private final String name;
        private final String text;

        Section(String name, String text) {
            this.name = name;
            this.text = text;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void clear() {
        }

        @Override
        public void add(Basket basket) {
        }

        @Override
        public void publish(long generation) {
        }

        @Override
        public void write(DataOutputStream out) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void read(DataInputStream in) {
        }
    }
}
