package io.uplift.slot;

import java.util.List;

/**
 * A widget that is not a list of suggestions (e.g. a comparison table) and explains itself to the admin preview:
 * what it would show for the request and the figures behind it, one line each.
 */
public interface DescribedWidget {

    /** Lines for the admin preview; never null. Marks nothing on the page. */
    List<String> describe(WidgetSettings settings, SlotRequest request);
}
