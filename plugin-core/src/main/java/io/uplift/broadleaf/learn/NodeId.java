package io.uplift.broadleaf.learn;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/** A name for this JVM in the learner lease and in snapshots: {@code pid@host} plus a random suffix. */
public final class NodeId {

    private static final String ID = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private NodeId() {
    }

    public static String get() {
        return ID;
    }

    /**
     * A node name cut to a column's {@code maxLength} characters (a host name can make {@link #get()} longer than
     * the tables that key on it allow).
     */
    public static String fit(String name, int maxLength) {
        return name.length() > maxLength ? name.substring(0, maxLength) : name;
    }
}
