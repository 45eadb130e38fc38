package io.uplift.spark;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.basket.OrderHistory;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An export file ({@link ExportFormat}) as the engine's {@link OrderHistory}, streamed line by line: what the
 * single-machine rebuild reads when it is given the same file as the Spark job (the benchmark and the tests).
 */
public final class ExportHistory implements OrderHistory {

    private final Path file;
    private final ExportFormat format;
    private final Object2LongOpenHashMap<String> names;

    public ExportHistory(Path file, ExportFormat format) {
        this.file = file;
        this.format = format;
        this.names = format == ExportFormat.NAMES ? nameIds() : null;
    }

    /** Name to id: 1 + rank by lines containing the name (descending), then name. */
    private Object2LongOpenHashMap<String> nameIds() {
        Object2IntOpenHashMap<String> count = new Object2IntOpenHashMap<>();
        forEachLine((line, n) -> {
            for (String token : ExportFormat.tokens(line, file.toString(), n)) {
                count.addTo(token, 1);
            }
        });
        List<String> order = new ArrayList<>(count.keySet());
        order.sort((x, y) -> {
            int c = Integer.compare(count.getInt(y), count.getInt(x));
            return c != 0 ? c : x.compareTo(y);
        });
        Object2LongOpenHashMap<String> ids = new Object2LongOpenHashMap<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            ids.put(order.get(i), i + 1L);
        }
        return ids;
    }

    private interface LineVisitor {
        void line(String line, long number);
    }

    private void forEachLine(LineVisitor visitor) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = in.readLine()) != null) {
                visitor.line(line, ++n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public long forEachSince(long sinceMillis, BasketVisitor visitor) {
        if (sinceMillis > 0) {
            return 0; // every order of an export has submit time 0
        }
        long[] visited = {0};
        forEachLine((line, n) -> {
            long[] ids;
            if (format == ExportFormat.IDS) {
                ids = ExportFormat.ids(line, file.toString(), n);
            } else {
                List<String> tokens = ExportFormat.tokens(line, file.toString(), n);
                ids = new long[tokens.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = names.getLong(tokens.get(i));
                }
            }
            if (ids.length > 0) {
                visitor.visit(new Basket(n, Basket.ANONYMOUS, 0, ids));
                visited[0]++;
            }
        });
        return visited[0];
    }

    @Override
    public long countSince(long sinceMillis) {
        if (sinceMillis > 0) {
            return 0;
        }
        long[] lines = {0};
        forEachLine((line, n) -> {
            if (!ExportFormat.tokens(line, file.toString(), n).isEmpty()) {
                lines[0]++;
            }
        });
        return lines[0];
    }
}
