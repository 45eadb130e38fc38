package io.uplift.slot;

import io.uplift.engine.experiment.Experiment;
import io.uplift.engine.experiment.ExperimentState;
import io.uplift.engine.experiment.Variant;
import io.uplift.engine.experiment.VariantLines;
import io.uplift.engine.source.SourceChain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The rules an experiment row must keep to be applied to a slot, shared by the admin (on save) and the storefront
 * (on read): the engine's ({@link Experiment}, {@link VariantLines}) plus the slot's: a known slot, source names the
 * shop has, titles a widget can show ({@value WidgetSettings#MAX_TITLE_LENGTH} characters at most). Messages quote
 * the bad value. Stateless.
 */
public final class ExperimentDefinition {

    private ExperimentDefinition() {
    }

    /** The variants typed in the admin, checked. @throws IllegalArgumentException quoting the bad value */
    public static List<Variant> variants(String text, Collection<String> sourceNames) {
        List<Variant> variants = VariantLines.parse(text);
        for (Variant v : variants) {
            String title = v.getOverrides().getTitle();
            if (title != null && title.length() > WidgetSettings.MAX_TITLE_LENGTH) {
                throw new IllegalArgumentException("variant '" + v.getName() + "': a widget title is at most "
                        + WidgetSettings.MAX_TITLE_LENGTH + " characters: '" + title + "'");
            }
            String sources = v.getOverrides().getSources();
            if (sources != null) {
                try {
                    SourceChain.parse(sources, sourceNames);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("variant '" + v.getName() + "': " + e.getMessage(), e);
                }
            }
        }
        try {
            // the engine's rules across variants: weights summing to 100, distinct names
            new Experiment("check", "check", "product", null, variants, 0);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace("experiment 'check': ", ""), e);
        }
        return variants;
    }

    /** A slot's key from its admin name. @throws IllegalArgumentException quoting the bad value */
    public static SlotKey slot(String name) {
        return SlotKey.fromName(name);
    }

    /**
     * The experiment of a stored row; its engine id is the row's id.
     *
     * @throws IllegalArgumentException quoting the bad value
     */
    public static Experiment of(long id, String salt, String slotName, Long widgetId, String variantsText,
            int holdoutPercent, String state, Instant startedAt, Instant stoppedAt, Collection<String> sourceNames) {
        ExperimentState s;
        try {
            s = ExperimentState.valueOf(String.valueOf(state));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("state must be one of DRAFT, RUNNING, STOPPED: '" + state + "'");
        }
        return new Experiment(String.valueOf(id), salt, SlotExperiments.engineSlot(slot(slotName)), widgetId,
                variants(variantsText, sourceNames), holdoutPercent, s, startedAt, stoppedAt);
    }
}
