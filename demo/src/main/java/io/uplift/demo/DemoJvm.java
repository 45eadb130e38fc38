package io.uplift.demo;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM flags Broadleaf 3.1 needs on JDK 17 (README, "Platform notes"): the Spring instrumentation agent for
 * load-time weaving and the module opens that ehcache, cglib and javassist rely on.
 */
public final class DemoJvm {

    private DemoJvm() {
    }

    public static List<String> flags() {
        List<String> flags = new ArrayList<String>();
        flags.add("-javaagent:" + instrumentJar());
        flags.add("--add-opens=java.base/java.util=ALL-UNNAMED");
        flags.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
        flags.add("--add-opens=java.base/java.lang.reflect=ALL-UNNAMED");
        flags.add("--add-opens=java.base/java.text=ALL-UNNAMED");
        flags.add("--add-opens=java.desktop/java.beans=ALL-UNNAMED");
        return flags;
    }

    /** The spring-instrument jar on this JVM's class path. */
    static String instrumentJar() {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (new File(entry).getName().startsWith("spring-instrument-")) {
                return entry;
            }
        }
        throw new IllegalStateException("spring-instrument jar is not on the class path: " + System.getProperty("java.class.path"));
    }
}
