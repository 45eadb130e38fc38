package io.uplift.web.event;

import io.uplift.engine.event.EventBatchValidator;

/**
 * The variant check while no experiment runs: no visitor is in any variant, so a page's event that names an
 * experiment is refused. The experiments part of the plugin replaces this bean ({@code blUpliftVariantCheck}).
 */
public class NoRunningExperiments implements EventBatchValidator.VariantCheck {

    @Override
    public String variantOf(String experimentId, String visitorKey) {
        return null;
    }
}
