package io.uplift.broadleaf.support;

import io.uplift.engine.FailureSink;
import io.uplift.engine.learn.PeriodicTask;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * A plugin table read into memory in the background for the page-render path: re-read every refresh period so an
 * admin change shows within seconds; a failed read keeps the last good value (and is recorded once with context);
 * rows that break the rules are left out and listed in {@link #getRejected()}. Listeners hear of every change.
 *
 * @param <T> the immutable in-memory form of the table
 */
public abstract class BackgroundTable<T> {

    private final DataSource dataSource;
    private final FailureSink failures;
    private final String failureKind;
    private final String what;
    private final PeriodicTask task;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<Runnable>();
    private volatile T value;
    private volatile List<String> rejected = Collections.emptyList();
    private volatile String signature = "";
    private volatile List<String> lastRejected = new ArrayList<String>();

    protected BackgroundTable(DataSource dataSource, FailureSink failures, long refreshMillis, String failureKind,
            String what, T empty) {
        this.dataSource = dataSource;
        this.failures = failures;
        this.failureKind = failureKind;
        this.what = what;
        this.value = empty;
        this.task = new PeriodicTask("uplift-" + failureKind.replace(':', '-') + "-refresh", refreshMillis,
                new PeriodicTask.Task() {
                    @Override
                    public void run() {
                        refresh();
                    }

                    @Override
                    public void failed(Throwable e) {
                        BackgroundTable.this.failures.record(BackgroundTable.this.failureKind, "reading " + BackgroundTable.this.what, e);
                    }
                });
    }

    /**
     * Reads the table. Rows that break the rules go to {@code rejected} with the reason, never into the value.
     *
     * @return the new value; its {@code toString()} is compared with the last one to tell listeners of changes
     */
    protected abstract T load(Connection connection, List<String> rejected) throws SQLException;

    public void start() {
        refresh();
        task.start(task.getPeriodMillis());
    }

    public void stop() {
        task.stop();
    }

    /** Reloads now; never throws; returns whether it succeeded. */
    public boolean refresh() {
        List<String> bad = new ArrayList<String>();
        T next;
        try (Connection c = dataSource.getConnection()) {
            next = load(c, bad);
        } catch (SQLException | RuntimeException e) {
            failures.record(failureKind, "reading " + what + " (keeping the last good copy)", e);
            return false;
        }
        value = next;
        rejected = Collections.unmodifiableList(bad);
        String nextSignature = String.valueOf(next);
        if (!nextSignature.equals(signature)) {
            signature = nextSignature;
            for (Runnable listener : listeners) {
                listener.run();
            }
        }
        return true;
    }

    /** The last good value; never null. */
    protected T value() {
        return value;
    }

    /**
     * Records each reason in {@code rejected} that was not there at the previous call once in the failure log under
     * {@code kind} (with {@code consequence} appended), so a bad row is named once, not at every refresh.
     */
    protected void recordNewlyRejected(String kind, String consequence, List<String> rejected) {
        if (rejected.equals(lastRejected)) {
            return;
        }
        for (String r : rejected) {
            if (!lastRejected.contains(r)) {
                failures.record(kind, r + " (" + consequence + ")", null);
            }
        }
        lastRejected = new ArrayList<String>(rejected);
    }

    /** Why rows were left out at the last read. */
    public List<String> getRejected() {
        return rejected;
    }

    /** Runs {@code listener} on the refresh thread whenever the table's content changes. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }
}
