package io.uplift.engine.eval;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class TuneCommandTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    public void printsOneLinePerCombinationOfTheGrid() throws IOException {
        StringBuilder baskets = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            baskets.append(i % 2 == 0 ? "milk bread eggs\n" : "eggs jam\n");
        }
        Path file = folder.newFile().toPath();
        Files.write(file, baskets.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(0, run("--input", file.toString(), "--head", "0,10", "--tail-weight", "1,2,3"));
        int lines = 0;
        for (String line : out.toString("UTF-8").split("\n")) {
            if (line.startsWith("tune head=")) {
                assertTrue(line, line.contains(" | scorer=ease+noisy-or default=false HR@3="));
                lines++;
            }
        }
        assertEquals(6, lines);
    }

    @Test
    public void aBadSettingIsRefusedWithItsValueAndExitCodeTwo() throws IOException {
        assertEquals(2, run("--input", "x", "--row-length", "0"));
        assertTrue(err.toString("UTF-8"), err.toString("UTF-8").startsWith("row length must be at least 1: 0\n"));
    }

    @Test
    public void aListThatIsNotNumbersIsRefused() throws IOException {
        assertEquals(2, run("--input", "x", "--lambda", "1,two"));
        assertTrue(err.toString("UTF-8"),
                err.toString("UTF-8").startsWith("--lambda must be a comma-separated list of numbers: 1,two\n"));
    }

    @Test
    public void aHeadSizeMustBeAWholeNumber() throws IOException {
        assertEquals(2, run("--input", "x", "--head", "10.5"));
        assertTrue(err.toString("UTF-8"),
                err.toString("UTF-8").startsWith("--head must be a comma-separated list of whole numbers: 10.5\n"));
    }

    private int run(String... args) throws IOException {
        return TuneCommand.run(args, new PrintStream(out, true, "UTF-8"), new PrintStream(err, true, "UTF-8"));
    }
}
