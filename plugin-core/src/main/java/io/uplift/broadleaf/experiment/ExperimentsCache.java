package io.uplift.broadleaf.experiment;

import io.uplift.broadleaf.support.BackgroundTable;
import io.uplift.engine.FailureSink;
import io.uplift.engine.experiment.Experiment;
import io.uplift.engine.experiment.ExperimentState;
import io.uplift.engine.source.SourceRegistry;
import io.uplift.slot.ExperimentDefinition;
import io.uplift.slot.SlotExperiments;
import io.uplift.slot.SlotKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The admin's experiments (UPLIFT_EXPERIMENT) in memory for the page-render path, re-read in the background, so
 * rendering a slot does no I/O. Only running experiments are applied. A row that breaks the rules (variants that do
 * not parse, weights not summing to 100, an unknown slot or source, a widget that is not in the experiment's slot,
 * times that do not fit the state, ...) is left out, never applied, and listed in {@link #getRejected()} with the
 * reason: a bad row never breaks a page.
 */
public class ExperimentsCache extends BackgroundTable<ExperimentsCache.Loaded> implements SlotExperiments {

    static final String EXPERIMENTS = "SELECT EXPERIMENT_ID, SALT, SLOT, WIDGET_ID, VARIANTS_TEXT, HOLDOUT_PERCENT,"
            + " STATE, STARTED_AT, STOPPED_AT FROM UPLIFT_EXPERIMENT ORDER BY EXPERIMENT_ID";
    static final String WIDGETS = "SELECT WIDGET_ID, SLOT_KEY FROM UPLIFT_WIDGET_CONFIG";

    private final SourceRegistry sources;

    public ExperimentsCache(DataSource dataSource, FailureSink failures, long refreshMillis, SourceRegistry sources) {
        super(dataSource, failures, refreshMillis, "experiment:load", "UPLIFT_EXPERIMENT", Loaded.EMPTY);
        this.sources = sources;
    }

    /** Every valid experiment (any state), and the running ones by slot. Immutable. */
    public static final class Loaded {
        static final Loaded EMPTY = new Loaded(Collections.<Experiment>emptyList());

        final List<Experiment> all;
        final Map<SlotKey, List<Experiment>> running = new EnumMap<SlotKey, List<Experiment>>(SlotKey.class);

        Loaded(List<Experiment> all) {
            this.all = Collections.unmodifiableList(new ArrayList<Experiment>(all));
            for (Experiment e : all) {
                if (e.getState() == ExperimentState.RUNNING) {
                    SlotKey slot = slotOf(e);
                    List<Experiment> list = running.get(slot);
                    if (list == null) {
                        list = new ArrayList<Experiment>();
                        running.put(slot, list);
                    }
                    list.add(e);
                }
            }
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            for (Experiment e : all) {
                b.append(e.getId()).append(':').append(e.getState()).append(';');
            }
            return b.toString();
        }
    }

    static SlotKey slotOf(Experiment e) {
        for (SlotKey k : SlotKey.values()) {
            if (SlotExperiments.engineSlot(k).equals(e.getSlot())) {
                return k;
            }
        }
        throw new IllegalStateException("no slot " + e.getSlot());
    }

    /** One row as read. */
    static final class Row {
        final long id;
        final String salt;
        final String slot;
        final Long widgetId;
        final String variants;
        final int holdout;
        final String state;
        final Instant startedAt;
        final Instant stoppedAt;

        Row(long id, String salt, String slot, Long widgetId, String variants, int holdout, String state,
                Instant startedAt, Instant stoppedAt) {
            this.id = id;
            this.salt = salt;
            this.slot = slot;
            this.widgetId = widgetId;
            this.variants = variants;
            this.holdout = holdout;
            this.state = state;
            this.startedAt = startedAt;
            this.stoppedAt = stoppedAt;
        }
    }

    @Override
    protected Loaded load(Connection c, List<String> rejected) throws SQLException {
        Map<Long, String> widgetSlots = new HashMap<Long, String>();
        try (PreparedStatement st = c.prepareStatement(WIDGETS); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                widgetSlots.put(rs.getLong(1), rs.getString(2));
            }
        }
        List<Row> rows = new ArrayList<Row>();
        try (PreparedStatement st = c.prepareStatement(EXPERIMENTS); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long widget = rs.getLong(4);
                Long widgetId = rs.wasNull() ? null : widget;
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), widgetId, rs.getString(5),
                        rs.getInt(6), rs.getString(7), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9))));
            }
        }
        Loaded loaded = build(rows, widgetSlots, sources.names(), rejected);
        recordNewlyRejected("experiment:rejected", "never applied until fixed", rejected);
        return loaded;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** The rows that keep the rules; the others listed in {@code rejected} with the reason. */
    static Loaded build(List<Row> rows, Map<Long, String> widgetSlots, Collection<String> sourceNames,
            List<String> rejected) {
        List<Experiment> ok = new ArrayList<Experiment>();
        for (Row r : rows) {
            try {
                Experiment e = ExperimentDefinition.of(r.id, r.salt, r.slot, r.widgetId, r.variants, r.holdout,
                        r.state, r.startedAt, r.stoppedAt, sourceNames);
                if (r.widgetId != null) {
                    String widgetSlot = widgetSlots.get(r.widgetId);
                    if (widgetSlot == null || ExperimentDefinition.slot(widgetSlot) != slotOf(e)) {
                        throw new IllegalArgumentException("widget " + r.widgetId + " is not a widget of the slot '"
                                + r.slot + "'" + (widgetSlot == null ? " (no such widget)" : " (it is in '"
                                + widgetSlot + "')"));
                    }
                }
                ok.add(e);
            } catch (IllegalArgumentException e) {
                rejected.add("experiment " + r.id + " ignored: " + e.getMessage());
            }
        }
        return new Loaded(ok);
    }

    @Override
    public List<Experiment> running(SlotKey slot) {
        List<Experiment> list = value().running.get(slot);
        return list == null ? Collections.<Experiment>emptyList() : list;
    }

    /** Every valid experiment, any state, by id order. */
    public List<Experiment> all() {
        return value().all;
    }
}
