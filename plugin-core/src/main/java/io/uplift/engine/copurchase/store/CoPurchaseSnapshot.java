package io.uplift.engine.copurchase.store;

import io.uplift.engine.copurchase.PairScorer;
import it.unimi.dsi.fastutil.ints.IntArrayList;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * The binary snapshot of the co-purchase statistics: what a node needs to restart without a rebuild and continue
 * incrementally (the served rows are not stored: they are ranked again on load, so a snapshot does not depend on
 * the scorer or the row length). Plain bytes, no Java serialization.
 *
 * <h3>Format, version 1</h3>
 * Big-endian fixed-width fields; {@code varint} is an unsigned LEB128 number (7 bits per byte, low bits first).
 * <pre>
 * offset  size
 *  0      8   magic "UPLIFTCP" (ASCII)
 *  8      4   format version (1)
 * 12      8   total length in bytes, this header and the checksum included
 * 20      8   generation
 * 28      8   watermark: the highest order id included (Long.MIN_VALUE if none)
 * 36      4   baskets
 * 40      4   products P
 * 44      8   pairs: distinct unordered pairs bought together
 * 52          P products, in dense index order: id (8 bytes), varint count (baskets with it),
 *             varint partners (distinct products bought with it)
 *             then for each product a in the same order: varint n = partners with a larger index, then n times:
 *             varint (b - previous - 1) where previous starts at a, varint together,
 *             varint weightedTogether as a fixed-point number with 32 fraction bits
 * end-4   4   CRC-32 of every byte before it
 * </pre>
 * Each pair is stored once (from its lower index); both directions are restored on load. About 7 bytes per pair.
 *
 * <h3>Failures</h3>
 * {@link #read} never returns a partly loaded snapshot: it checks the magic and version first, reads the declared
 * length (a shorter stream is reported as truncated), verifies the checksum before parsing, and checks every
 * structural invariant while parsing. Any failure is a {@link SnapshotFormatException} naming the problem.
 * The whole snapshot is held in memory while it is read or written (at most 2 GB).
 */
public final class CoPurchaseSnapshot {

    /** The format version this build writes and reads. */
    public static final int VERSION = 1;

    private static final byte[] MAGIC = "UPLIFTCP".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 52;
    private static final int PREFIX = 20;
    private static final int CHECKSUM = 4;

    private final long generation;
    private PairStatistics statistics;

    private CoPurchaseSnapshot(long generation, PairStatistics statistics) {
        this.generation = generation;
        this.statistics = statistics;
    }

    /** The generation the snapshot was written at. */
    public long generation() {
        return generation;
    }

    /** The highest order id included; resume with {@link CoPurchaseLearner#catchUp}. */
    public long watermark() {
        return stats().watermark();
    }

    public int baskets() {
        return stats().baskets();
    }

    public int products() {
        return stats().products();
    }

    /** Distinct unordered pairs bought together. */
    public long pairs() {
        return stats().pairs();
    }

    private PairStatistics stats() {
        if (statistics == null) {
            throw new IllegalStateException("this snapshot was already turned into a learner or a model");
        }
        return statistics;
    }

    /**
     * Turns the loaded statistics into a learner (ranking every row, in parallel): its current model has the
     * snapshot's generation. The statistics move into the learner, so this may be called once.
     */
    public CoPurchaseLearner learner(PairScorer scorer, CoPurchaseSettings settings, RebuildProgress progress) {
        PairStatistics stats = stats();
        int[][] rows = rankOnce(scorer, settings, progress);
        return new CoPurchaseLearner(stats, scorer, settings, rows, generation);
    }

    /**
     * Ranks every row (in parallel) and returns only the served model of the snapshot's generation, for a node that
     * serves but does not learn: the statistics are dropped, so it holds the model's memory only. May be called
     * once, instead of {@link #learner}.
     */
    public CompactCoPurchaseModel model(PairScorer scorer, CoPurchaseSettings settings, RebuildProgress progress) {
        PairStatistics stats = stats();
        int[][] rows = rankOnce(scorer, settings, progress);
        return CompactCoPurchaseModel.of(generation, stats.baskets(), scorer.name(), settings.rowLength(),
                stats.items().freeze(), rows);
    }

    /** Ranks the rows of the statistics, which then leave this snapshot. */
    private int[][] rankOnce(PairScorer scorer, CoPurchaseSettings settings, RebuildProgress progress) {
        CoPurchaseLearner.checkArguments(scorer, settings);
        RebuildProgress listener = progress == null ? RebuildProgress.NONE : progress;
        int[][] rows = CoPurchaseLearner.rankAll(stats(), scorer, settings, listener);
        statistics = null;
        listener.onProgress(RebuildProgress.Phase.DONE, rows.length, rows.length);
        return rows;
    }

    /**
     * Writes the statistics as a snapshot of {@code generation}. Callers use
     * {@link CoPurchaseLearner#writeSnapshot}.
     */
    static void write(PairStatistics stats, long generation, OutputStream out) throws IOException {
        int products = stats.products();
        ItemDirectory items = stats.items();
        long pairs = 0;
        int widest = 0;
        for (int a = 0; a < products; a++) {
            int partners = stats.row(a).size();
            pairs += partners;
            widest = Math.max(widest, partners);
        }
        pairs /= 2;
        Encoder encoder = new Encoder(generation, stats.watermark(), stats.baskets(), products, pairs);
        for (int a = 0; a < products; a++) {
            encoder.product(items.id(a), items.count(a), stats.row(a).size());
        }
        int[] partners = new int[widest];
        int[] together = new int[widest];
        long[] weight = new long[widest];
        long[] scratch = new long[widest];
        for (int a = 0; a < products; a++) {
            int n = stats.row(a).partnersAbove(a, partners, together, weight, scratch);
            encoder.pairsOf(a, n);
            for (int i = 0; i < n; i++) {
                encoder.pair(partners[i], together[i], weight[i]);
            }
        }
        encoder.finish(out);
    }

    /**
     * The fixed-point weight one basket of {@code basketSize} distinct products adds to the weighted sum of each of
     * its pairs (1 / basketSize with 32 fraction bits): what a job that counts pairs elsewhere (the Spark rebuild)
     * sums per pair before handing the sums to an {@link Encoder}. Sums of these are exact, so any order of
     * addition gives the same snapshot.
     */
    public static long basketWeight(int basketSize) {
        if (basketSize < 1) {
            throw new IllegalArgumentException("basket size must be at least 1: " + basketSize);
        }
        return Weights.of(basketSize);
    }

    /**
     * Writes a snapshot from statistics counted elsewhere (e.g. by a distributed job), in the same format and so
     * byte for byte the snapshot {@link CoPurchaseLearner#writeSnapshot} writes for the same statistics. Calls, in
     * this order: {@link #product} once per product in dense index order (the order of first appearance in the
     * order history), then for every product index a from 0 up {@link #pairsOf}(a, n) followed by n calls of
     * {@link #pair} for a's partners with a larger index, ascending; then {@link #finish}. Every call is checked
     * against the declared sizes and orders, so a job that feeds it inconsistent tables gets an exception naming
     * the problem instead of a snapshot the storefront would refuse. Holds the whole snapshot in memory (at most
     * 2 GB, about 7 bytes per pair). Not thread-safe.
     */
    public static final class Encoder {

        private final Bytes bytes;
        private final int products;
        private final long pairs;
        private final int baskets;
        private int productsWritten;
        private long partnersDeclared;
        private int[] counts;
        private int row = -1;
        private int rowLeft;
        private long previous;
        private long pairsWritten;
        private boolean finished;

        /**
         * @param generation the snapshot's generation (a full rebuild writes 1 when it read at least one basket)
         * @param watermark  the highest order id included, {@link Long#MIN_VALUE} if none
         * @param baskets    baskets (non-empty orders) counted
         * @param products   distinct products in them
         * @param pairs      distinct unordered pairs bought together
         */
        public Encoder(long generation, long watermark, int baskets, int products, long pairs) {
            if (baskets < 0 || products < 0 || pairs < 0 || (products == 0 && pairs != 0)) {
                throw new IllegalArgumentException("impossible totals: baskets " + baskets + ", products " + products
                        + ", pairs " + pairs);
            }
            this.products = products;
            this.pairs = pairs;
            this.baskets = baskets;
            this.counts = new int[products];
            bytes = new Bytes(HEADER + products * 16L + pairs * 8L + CHECKSUM);
            bytes.write(MAGIC);
            bytes.writeInt(VERSION);
            bytes.writeLong(0);
            bytes.writeLong(generation);
            bytes.writeLong(watermark);
            bytes.writeInt(baskets);
            bytes.writeInt(products);
            bytes.writeLong(pairs);
        }

        /** The next product in dense index order: its id, baskets containing it, distinct partners. */
        public void product(long id, int count, int partners) {
            if (productsWritten == products) {
                throw new IllegalStateException("more than the " + products + " products declared (product " + id + ")");
            }
            if (count < 1 || count > baskets || partners < 0 || partners >= products) {
                throw new IllegalArgumentException("product " + id + ": count " + count + ", partners " + partners
                        + " (baskets " + baskets + ", products " + products + ")");
            }
            counts[productsWritten++] = count;
            partnersDeclared += partners;
            bytes.writeLong(id);
            bytes.writeVarint(count);
            bytes.writeVarint(partners);
        }

        /** Starts the pairs of product index {@code a} with a larger index: {@code n} of them follow. */
        public void pairsOf(int a, int n) {
            if (productsWritten != products) {
                throw new IllegalStateException(productsWritten + " of " + products + " products written before the pairs");
            }
            if (partnersDeclared != 2 * pairs) {
                throw new IllegalStateException("partners add up to " + partnersDeclared + ", expected twice the "
                        + pairs + " pairs");
            }
            if (a != row + 1 || rowLeft != 0) {
                throw new IllegalStateException("pairs of product index " + a + " after index " + row + " with "
                        + rowLeft + " pairs still missing");
            }
            if (n < 0 || n >= products - a) {
                throw new IllegalArgumentException("product index " + a + " cannot have " + n
                        + " partners with a larger index (products " + products + ")");
            }
            row = a;
            rowLeft = n;
            previous = a;
            bytes.writeVarint(n);
        }

        /** The next partner (larger index than the current product, ascending) with its figures. */
        public void pair(int b, int together, long weight) {
            if (rowLeft == 0) {
                throw new IllegalStateException("more pairs for product index " + row + " than declared");
            }
            if (b <= previous || b >= products || together < 1
                    || together > Math.min(counts[row], counts[b]) || weight < 1) {
                throw new IllegalArgumentException("pair of product indexes " + row + " and " + b + " (after " + previous
                        + "): together " + together + ", weight " + weight);
            }
            bytes.writeVarint(b - previous - 1L);
            bytes.writeVarint(together);
            bytes.writeVarint(weight);
            previous = b;
            rowLeft--;
            pairsWritten++;
        }

        /** Checks that everything declared was written, adds length and checksum, writes the snapshot. */
        public void finish(OutputStream out) throws IOException {
            if (finished) {
                throw new IllegalStateException("snapshot already finished");
            }
            if (products > 0 && (row != products - 1 || rowLeft != 0)) {
                throw new IllegalStateException("pairs end at product index " + row + " with " + rowLeft
                        + " missing; expected every index up to " + (products - 1));
            }
            if (productsWritten != products || pairsWritten != pairs) {
                throw new IllegalStateException(productsWritten + " of " + products + " products and " + pairsWritten
                        + " of " + pairs + " pairs written");
            }
            finished = true;
            bytes.patchLong(12, bytes.size() + CHECKSUM);
            CRC32 crc = new CRC32();
            crc.update(bytes.array(), 0, bytes.size());
            bytes.writeInt((int) crc.getValue());
            out.write(bytes.array(), 0, bytes.size());
            out.flush();
        }
    }

    /**
     * Reads and validates a snapshot. Reads exactly the snapshot's bytes from the stream and does not close it.
     *
     * @throws SnapshotFormatException if it is not a snapshot, of another version, truncated or corrupt
     * @throws IOException             if the stream fails
     */
    public static CoPurchaseSnapshot read(InputStream in) throws IOException {
        if (in == null) {
            throw new IllegalArgumentException("input stream is required");
        }
        byte[] prefix = new byte[PREFIX];
        int got = readFully(in, prefix, 0, PREFIX);
        if (got < MAGIC.length || !Arrays.equals(Arrays.copyOf(prefix, MAGIC.length), MAGIC)) {
            throw new SnapshotFormatException("not an Uplift co-purchase snapshot: the first bytes are "
                    + hex(prefix, Math.min(got, MAGIC.length)) + ", expected " + hex(MAGIC, MAGIC.length)
                    + " (\"UPLIFTCP\")");
        }
        if (got < PREFIX) {
            throw new SnapshotFormatException("truncated snapshot: " + got + " bytes, the header alone has "
                    + PREFIX);
        }
        Cursor header = new Cursor(prefix, PREFIX);
        header.position = MAGIC.length;
        int version = header.readInt();
        if (version != VERSION) {
            throw new SnapshotFormatException("unsupported snapshot version " + version + ": this build reads version "
                    + VERSION);
        }
        long length = header.readLong();
        if (length < HEADER + CHECKSUM || length > Integer.MAX_VALUE - 8) {
            throw new SnapshotFormatException("corrupt snapshot: declared length " + length + " bytes is impossible");
        }
        byte[] data = Arrays.copyOf(prefix, (int) length);
        got = PREFIX + readFully(in, data, PREFIX, (int) length - PREFIX);
        if (got < length) {
            throw new SnapshotFormatException("truncated snapshot: " + got + " of " + length + " bytes");
        }
        CRC32 crc = new CRC32();
        crc.update(data, 0, data.length - CHECKSUM);
        Cursor trailer = new Cursor(data, data.length);
        trailer.position = data.length - CHECKSUM;
        int stored = trailer.readInt();
        if (stored != (int) crc.getValue()) {
            throw new SnapshotFormatException("corrupt snapshot: checksum " + Integer.toHexString(stored)
                    + " stored, " + Long.toHexString(crc.getValue()) + " computed over " + (length - CHECKSUM)
                    + " bytes");
        }
        return parse(data);
    }

    private static CoPurchaseSnapshot parse(byte[] data) throws SnapshotFormatException {
        Cursor in = new Cursor(data, data.length - CHECKSUM);
        in.position = PREFIX;
        long generation = in.readLong();
        long watermark = in.readLong();
        int baskets = in.readInt();
        int products = in.readInt();
        long pairs = in.readLong();
        if (baskets < 0 || products < 0 || pairs < 0 || (products == 0 && pairs != 0)) {
            throw corrupt("header: baskets " + baskets + ", products " + products + ", pairs " + pairs);
        }
        ItemDirectory items = new ItemDirectory();
        IntArrayList degrees = new IntArrayList();
        long orderedPairs = 0;
        for (int a = 0; a < products; a++) {
            long id = in.readLong();
            int count = in.readVarintInt("count of product " + id);
            int degree = in.readVarintInt("partners of product " + id);
            if (count < 1 || count > baskets || degree >= products) {
                throw corrupt("product " + id + ": count " + count + ", partners " + degree + " (baskets " + baskets
                        + ", products " + products + ")");
            }
            if (items.indexOrAdd(id) != a) {
                throw corrupt("product " + id + " appears twice");
            }
            items.addCount(a, count);
            degrees.add(degree);
            orderedPairs += degree;
        }
        if (orderedPairs != 2 * pairs) {
            throw corrupt("partners add up to " + orderedPairs + ", expected twice the " + pairs + " pairs");
        }
        PairRow[] rows = new PairRow[products];
        for (int a = 0; a < products; a++) {
            rows[a] = new PairRow(degrees.getInt(a));
        }
        for (int a = 0; a < products; a++) {
            int n = in.readVarintInt("pair count of product index " + a);
            long b = a;
            for (int i = 0; i < n; i++) {
                long gap = in.readVarint();
                if (gap < 0 || gap >= products) {
                    throw corrupt("pair gap " + gap + " after product index " + b);
                }
                b += gap + 1;
                int t = in.readVarintInt("together");
                long w = in.readVarint();
                if (b >= products || t < 1 || t > Math.min(items.count(a), items.count((int) b)) || w < 1) {
                    throw corrupt("pair of product indexes " + a + " and " + b + ": together " + t + ", weight " + w);
                }
                place(rows, degrees, a, (int) b, t, w);
                place(rows, degrees, (int) b, a, t, w);
            }
        }
        if (in.position != in.limit) {
            throw corrupt((in.limit - in.position) + " unexpected bytes after the last pair");
        }
        for (int a = 0; a < products; a++) {
            if (rows[a].size() != degrees.getInt(a)) {
                throw corrupt("product index " + a + " has " + rows[a].size() + " partners, declared "
                        + degrees.getInt(a));
            }
        }
        PairStatistics stats = new PairStatistics(items, PairStatistics.paged(rows, products), baskets, watermark);
        return new CoPurchaseSnapshot(generation, stats);
    }

    /**
     * Adds pair (a, b) to a's row. Each pair is stored once, from its lower index, in strictly ascending order, so
     * no pair can arrive twice.
     */
    private static void place(PairRow[] rows, IntArrayList degrees, int a, int b, int t, long w)
            throws SnapshotFormatException {
        PairRow row = rows[a];
        if (row.size() == degrees.getInt(a)) {
            throw corrupt("product index " + a + " has more partners than the " + degrees.getInt(a) + " declared");
        }
        row.put(b, t, w);
    }

    private static SnapshotFormatException corrupt(String what) {
        return new SnapshotFormatException("corrupt snapshot: " + what);
    }

    private static int readFully(InputStream in, byte[] into, int offset, int length) throws IOException {
        int done = 0;
        while (done < length) {
            int n = in.read(into, offset + done, length - done);
            if (n < 0) {
                break;
            }
            done += n;
        }
        return done;
    }

    private static String hex(byte[] bytes, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(String.format("%02x", bytes[i] & 0xff));
        }
        return n == 0 ? "(none)" : s.toString();
    }

    /** A growable byte buffer with the format's primitive writes. */
    private static final class Bytes {

        private byte[] buf;
        private int size;

        Bytes(long expected) {
            buf = new byte[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(64, expected))];
        }

        private void ensure(int more) {
            if (size + more > buf.length) {
                long capacity = Math.max(size + (long) more, buf.length * 2L);
                if (capacity > Integer.MAX_VALUE - 8) {
                    if (size + (long) more > Integer.MAX_VALUE - 8) {
                        throw new IllegalStateException("snapshot larger than 2 GB: " + size + " bytes");
                    }
                    capacity = Integer.MAX_VALUE - 8;
                }
                buf = Arrays.copyOf(buf, (int) capacity);
            }
        }

        void write(byte[] bytes) {
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buf, size, bytes.length);
            size += bytes.length;
        }

        void writeInt(int v) {
            ensure(4);
            buf[size++] = (byte) (v >>> 24);
            buf[size++] = (byte) (v >>> 16);
            buf[size++] = (byte) (v >>> 8);
            buf[size++] = (byte) v;
        }

        void writeLong(long v) {
            writeInt((int) (v >>> 32));
            writeInt((int) v);
        }

        void patchLong(int at, long v) {
            int end = size;
            size = at;
            writeLong(v);
            size = end;
        }

        void writeVarint(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[size++] = (byte) v;
        }

        byte[] array() {
            return buf;
        }

        int size() {
            return size;
        }
    }

    /** Reads the format's primitives from a byte array up to {@code limit}; running past it is corruption. */
    private static final class Cursor {

        private final byte[] data;
        private final int limit;
        int position;

        Cursor(byte[] data, int limit) {
            this.data = data;
            this.limit = limit;
        }

        private int next() throws SnapshotFormatException {
            if (position >= limit) {
                throw corrupt("data ends early, at byte " + position);
            }
            return data[position++] & 0xff;
        }

        int readInt() throws SnapshotFormatException {
            return (next() << 24) | (next() << 16) | (next() << 8) | next();
        }

        long readLong() throws SnapshotFormatException {
            return ((long) readInt() << 32) | (readInt() & 0xffffffffL);
        }

        long readVarint() throws SnapshotFormatException {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = next();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw corrupt("a number longer than 10 bytes at byte " + position);
        }

        int readVarintInt(String what) throws SnapshotFormatException {
            long v = readVarint();
            if (v > Integer.MAX_VALUE) {
                throw corrupt(what + " " + v + " exceeds the int range");
            }
            return (int) v;
        }
    }
}
