package io.uplift.slot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A {@link WidgetProvider} of a given type that shows one card, shows nothing, or throws; records its calls. */
final class StubProvider implements WidgetProvider {

    private final String type;
    private final RuntimeException failure;
    private final boolean nothing;
    final List<Long> built = new ArrayList<Long>();

    private StubProvider(String type, RuntimeException failure, boolean nothing) {
        this.type = type;
        this.failure = failure;
        this.nothing = nothing;
    }

    static StubProvider showing(String type) {
        return new StubProvider(type, null, false);
    }

    static StubProvider throwing(String type, RuntimeException failure) {
        return new StubProvider(type, failure, false);
    }

    static StubProvider showingNothing(String type) {
        return new StubProvider(type, null, true);
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public WidgetView build(WidgetSettings settings, SlotRequest request) {
        built.add(settings.getId());
        if (failure != null) {
            throw failure;
        }
        if (nothing) {
            return null;
        }
        return new WidgetView(settings.getId(), type, "uplift/widgets/stub", settings.getTitle(),
                Collections.singletonList(new ProductCard(100 + settings.getId(), "Card", "/c", null, "$1.00", null,
                        "stub", "stub")));
    }
}
