package io.uplift.engine;

/** Where the engine reports a failure it recovered from (the slot layer counts and logs them once per kind). */
public interface FailureSink {

    /**
     * @param kind    a stable key for the kind of failure, e.g. {@code source:copurchase}
     * @param context what was being done
     * @param cause   the exception, or {@code null}
     */
    void record(String kind, String context, Throwable cause);
}
