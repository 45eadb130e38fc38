package io.uplift.slot;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A widget that is not a list of suggestions (e.g. a comparison table) and explains itself to the admin preview:
 * what it would show for the request and the figures behind it, one line each.
 */
public interface DescribedWidget {

    /** Lines for the admin preview; never null. Marks nothing on the page. */
    List<String> describe(WidgetSettings settings, SlotRequest request);

    /**
     * The products this widget shows for the request, which the storefront marks on the page so later widgets do not
     * repeat them; the preview marks the same ones, so it shows what the storefront shows. None by default.
     */
    default Set<Long> shownProducts(WidgetSettings settings, SlotRequest request) {
        return Collections.emptySet();
    }
}
