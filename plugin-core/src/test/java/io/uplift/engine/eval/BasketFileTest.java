package io.uplift.engine.eval;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class BasketFileTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void splitsOnCommasAndWhitespaceAndDropsEmptyTokens() throws Exception {
        List<List<String>> baskets = read("milk,bread , eggs\n  1 2\t3  \n,a,,b,\n");
        assertEquals(Arrays.asList(Arrays.asList("milk", "bread", "eggs"), Arrays.asList("1", "2", "3"),
                Arrays.asList("a", "b")), baskets);
    }

    @Test
    public void keepsTheFirstOccurrenceOfADuplicateInFileOrder() throws Exception {
        assertEquals(Collections.singletonList(Arrays.asList("b", "a", "c")), read("b,a,b,c,a\n"));
    }

    @Test
    public void emptyAndBlankLinesAreEmptyBaskets() throws Exception {
        List<List<String>> baskets = read("a\n\n \t\nb\n");
        assertEquals(4, baskets.size());
        assertTrue(baskets.get(1).isEmpty());
        assertTrue(baskets.get(2).isEmpty());
        assertEquals(Collections.singletonList("b"), baskets.get(3));
    }

    @Test
    public void aLastLineWithoutNewlineAndWindowsLineEndsReadTheSame() throws Exception {
        assertEquals(read("a,b\nc\n"), read("a,b\r\nc"));
    }

    @Test
    public void tokensAreCaseSensitiveAndKeepNonAsciiLetters() throws Exception {
        assertEquals(Collections.singletonList(Arrays.asList("Milk", "milk", "crème")), read("Milk milk crème\n"));
    }

    @Test
    public void aByteOrderMarkIsNotPartOfTheFirstToken() throws Exception {
        assertEquals(Collections.singletonList(Arrays.asList("a", "b")), read("\uFEFFa,b\n"));
    }

    @Test
    public void invalidUtf8NamesTheFileAndLine() throws Exception {
        Path file = write(new byte[] {'a', '\n', 'b', ',', (byte) 0xC3, (byte) 0x28, '\n'});
        BasketFileException e = refused(file);
        assertEquals(2, e.getLine());
        assertTrue(e.getMessage(), e.getMessage().startsWith(file + ":2: not valid UTF-8"));
    }

    @Test
    public void aControlCharacterNamesTheFileLineAndColumn() throws Exception {
        Path file = write("a,b\nc,d\ne\u0000f\n".getBytes(StandardCharsets.UTF_8));
        BasketFileException e = refused(file);
        assertEquals(3, e.getLine());
        assertEquals(file + ":3: control character U+0000 at column 2", e.getMessage());
    }

    @Test
    public void aFormFeedIsRefusedThoughTheSeparatorPatternWouldSplitOnIt() throws Exception {
        assertEquals(1, refused(write("a\fb\n".getBytes(StandardCharsets.UTF_8))).getLine());
    }

    @Test
    public void aMissingFileIsNamed() {
        Path missing = folder.getRoot().toPath().resolve("nope.csv");
        BasketFileException e = refused(missing);
        assertEquals(0, e.getLine());
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    public void aDirectoryCannotBeRead() {
        BasketFileException e = refused(folder.getRoot().toPath());
        assertTrue(e.getMessage(), e.getMessage().startsWith(folder.getRoot() + ": cannot be read"));
    }

    @Test
    public void anEmptyFileHasNoBaskets() throws Exception {
        assertTrue(read("").isEmpty());
    }

    @Test(expected = UnsupportedOperationException.class)
    public void basketsAreUnmodifiable() throws Exception {
        read("a\n").get(0).add("b");
    }

    private List<List<String>> read(String content) throws IOException {
        return BasketFile.read(write(content.getBytes(StandardCharsets.UTF_8)));
    }

    private Path write(byte[] content) throws IOException {
        Path file = folder.newFile().toPath();
        Files.write(file, content);
        return file;
    }

    private static BasketFileException refused(Path file) {
        try {
            BasketFile.read(file);
        } catch (BasketFileException e) {
            return e;
        }
        fail("expected a BasketFileException for " + file);
        return null;
    }
}
