package io.uplift.engine.learn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The envelope of a persisted generation: magic, format version, generation, watermark (newest submit time
 * applied) and the ids of the orders applied near the watermark, then one named section per {@link Learner}, and a
 * CRC-32 of everything before it. A truncated, corrupt or foreign snapshot is refused as a whole before any learner
 * reads it.
 */
public final class SnapshotCodec {

    static final byte[] MAGIC = {'U', 'P', 'L', 'I', 'F', 'T', 'S', 'N'};
    static final int VERSION = 1;
    /** Refuse absurd sizes before allocating (a corrupt length field). */
    static final int MAX_ITEMS = 50_000_000;

    private SnapshotCodec() {
    }

    /** The decoded envelope. Immutable. */
    public static final class Decoded {
        private final long generation;
        private final long watermarkMillis;
        private final long[] recentOrderIds;
        private final long[] recentOrderTimes;
        private final Map<String, byte[]> sections;

        Decoded(long generation, long watermarkMillis, long[] recentOrderIds, long[] recentOrderTimes,
                Map<String, byte[]> sections) {
            this.generation = generation;
            this.watermarkMillis = watermarkMillis;
            this.recentOrderIds = recentOrderIds;
            this.recentOrderTimes = recentOrderTimes;
            this.sections = Collections.unmodifiableMap(sections);
        }

        public long getGeneration() {
            return generation;
        }

        public long getWatermarkMillis() {
            return watermarkMillis;
        }

        public long[] getRecentOrderIds() {
            return recentOrderIds.clone();
        }

        public long[] getRecentOrderTimes() {
            return recentOrderTimes.clone();
        }

        /** Section bytes by learner name. */
        public Map<String, byte[]> getSections() {
            return sections;
        }
    }

    public static byte[] encode(long generation, long watermarkMillis, long[] recentIds, long[] recentTimes,
            List<Learner> learners) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(generation);
        out.writeLong(watermarkMillis);
        out.writeInt(recentIds.length);
        for (int i = 0; i < recentIds.length; i++) {
            out.writeLong(recentIds[i]);
            out.writeLong(recentTimes[i]);
        }
        out.writeInt(learners.size());
        for (Learner l : learners) {
            ByteArrayOutputStream section = new ByteArrayOutputStream();
            DataOutputStream s = new DataOutputStream(section);
            l.write(s);
            s.flush();
            out.writeUTF(l.name());
            out.writeInt(section.size());
            section.writeTo(out);
        }
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        return bytes.toByteArray();
    }

    /** @throws IOException naming what is wrong: magic, version, checksum, truncation or a bad size */
    public static Decoded decode(byte[] data) throws IOException {
        if (data == null || data.length < MAGIC.length + 4 + 8) {
            throw new IOException("snapshot too short: " + (data == null ? "no data" : data.length + " bytes"));
        }
        if (!Arrays.equals(Arrays.copyOf(data, MAGIC.length), MAGIC)) {
            throw new IOException("not an Uplift snapshot (bad magic bytes)");
        }
        CRC32 crc = new CRC32();
        crc.update(data, 0, data.length - 8);
        long stored = new DataInputStream(new ByteArrayInputStream(data, data.length - 8, 8)).readLong();
        if (stored != crc.getValue()) {
            throw new IOException("snapshot checksum mismatch (corrupt or truncated): stored " + Long.toHexString(stored)
                    + ", computed " + Long.toHexString(crc.getValue()));
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data, 0, data.length - 8));
        in.skipBytes(MAGIC.length);
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("snapshot format version " + version + " is not supported (this plugin reads "
                    + VERSION + "); rebuild from the admin or with bin/uplift rebuild");
        }
        long generation = in.readLong();
        long watermark = in.readLong();
        int recent = checkedSize(in.readInt(), "recent orders");
        long[] ids = new long[recent];
        long[] times = new long[recent];
        for (int i = 0; i < recent; i++) {
            ids[i] = in.readLong();
            times[i] = in.readLong();
        }
        int sections = checkedSize(in.readInt(), "sections");
        Map<String, byte[]> map = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i < sections; i++) {
            String name = in.readUTF();
            int length = checkedSize(in.readInt(), "section '" + name + "'");
            byte[] section = new byte[length];
            in.readFully(section);
            map.put(name, section);
        }
        if (in.available() != 0) {
            throw new IOException("snapshot has " + in.available() + " unexpected trailing bytes");
        }
        return new Decoded(generation, watermark, ids, times, map);
    }

    private static int checkedSize(int n, String what) throws IOException {
        if (n < 0 || n > MAX_ITEMS * 8) {
            throw new IOException("corrupt snapshot: size of " + what + " is " + n);
        }
        return n;
    }

}
