package io.uplift.engine.copurchase.store;

/**
 * Heap sizes of arrays on a 64-bit HotSpot JVM with compressed oops (16-byte array header, 8-byte alignment), for
 * the memory figures the store reports. An estimate: it ignores sharing between generations.
 */
final class MemoryEstimate {

    private MemoryEstimate() {
    }

    /** Bytes of an array of {@code length} elements of {@code elementBytes} each. */
    static long array(long length, int elementBytes) {
        return align(16 + length * elementBytes);
    }

    static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
