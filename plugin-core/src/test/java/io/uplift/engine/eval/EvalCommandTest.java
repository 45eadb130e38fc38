package io.uplift.engine.eval;

import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class EvalCommandTest {

    private static final Pattern PROTOCOL_LINE = Pattern.compile("scorer=\\S+ default=(true|false)"
            + " HR@3=\\d\\.\\d{4} HR@5=\\d\\.\\d{4} HR@10=\\d\\.\\d{4} MRR@5=\\d\\.\\d{4} coverage@5=\\d\\.\\d{4}"
            + " P@5=\\d\\.\\d{4} R@5=\\d\\.\\d{4} train_ms=\\d+");

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final Locale locale = Locale.getDefault();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @After
    public void restoreLocale() {
        Locale.setDefault(locale);
    }

    @Test
    public void printsOneProtocolLinePerScorerWithDotsInAnyLocaleAndExactlyOneDefault() throws IOException {
        Locale.setDefault(Locale.GERMANY);
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            file.append(i % 3 == 0 ? "milk,bread,eggs\n" : i % 3 == 1 ? "milk bread\n" : "eggs,jam,milk\n");
        }
        assertEquals(0, run("--input", write(file.toString()).toString(), "--seed", "7"));
        List<String> protocolLines = new ArrayList<>();
        int defaults = 0;
        for (String line : out.toString("UTF-8").split("\n")) {
            if (line.startsWith("scorer=")) {
                assertTrue(line, PROTOCOL_LINE.matcher(line).matches());
                protocolLines.add(line);
                defaults += line.contains(" default=true ") ? 1 : 0;
            }
        }
        assertEquals(8, protocolLines.size());
        assertEquals(1, defaults);
        assertTrue(out.toString("UTF-8").contains("\nci95 scorer=popularity HR@3=["));
        assertTrue(out.toString("UTF-8").contains("\nci95-diff scorer=ease+noisy-or minus=cosine HR@3=["));
        assertEquals("", err.toString("UTF-8"));
    }

    @Test
    public void withoutArgumentsPrintsTheUsageAndExitsWithTwo() throws IOException {
        assertEquals(2, run());
        assertTrue(err.toString("UTF-8"), err.toString("UTF-8").startsWith("--input is required\nusage: "));
    }

    @Test
    public void anUnknownArgumentIsNamedWithTheKnownOnes() throws IOException {
        assertEquals(2, run("--input", "x", "--seeds", "3"));
        assertTrue(err.toString("UTF-8"), err.toString("UTF-8")
                .startsWith("unknown argument: --seeds (known: --input, --seed)"));
    }

    @Test
    public void aSeedThatIsNotAnIntegerIsRefused() throws IOException {
        assertEquals(2, run("--input", "x", "--seed", "4.5"));
        assertTrue(err.toString("UTF-8"), err.toString("UTF-8").startsWith("--seed must be an integer: 4.5"));
    }

    @Test
    public void aMissingFileExitsWithOneAndNamesIt() throws IOException {
        String missing = folder.getRoot() + "/missing.csv";
        assertEquals(1, run("--input", missing));
        assertEquals(missing + ": no such file\n", err.toString("UTF-8"));
        assertEquals("", out.toString("UTF-8"));
    }

    @Test
    public void aMalformedLineExitsWithOneAndNamesTheLine() throws IOException {
        Path file = write("a,b\nc\u0007d\n");
        assertEquals(1, run("--input", file.toString()));
        assertEquals(file + ":2: control character U+0007 at column 2\n", err.toString("UTF-8"));
    }

    @Test
    public void aFileWithoutEvaluableBasketsExitsWithOne() throws IOException {
        Path file = write("a\nb\n\n");
        assertEquals(1, run("--input", file.toString()));
        assertEquals(file + ": no test basket with at least 2 items (3 lines): nothing to evaluate\n",
                err.toString("UTF-8"));
    }

    private int run(String... args) throws IOException {
        return EvalCommand.run(args, new PrintStream(out, true, "UTF-8"), new PrintStream(err, true, "UTF-8"));
    }

    private Path write(String content) throws IOException {
        Path file = folder.newFile().toPath();
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
