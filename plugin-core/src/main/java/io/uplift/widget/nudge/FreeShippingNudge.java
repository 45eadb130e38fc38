package io.uplift.widget.nudge;

import io.uplift.engine.nudge.ShippingProgress;
import io.uplift.engine.upsell.PriceText;

/**
 * The free-shipping nudge as the template shows it ({@code upliftWidget.detail}): the sentence, the progress bar's
 * figures and the amounts, every text formatted on the server. Immutable.
 */
public final class FreeShippingNudge {

    private final boolean qualifies;
    private final int percent;
    private final String missingText;
    private final String thresholdText;
    private final String subtotalText;
    private final String message;

    public FreeShippingNudge(ShippingProgress progress, String currency) {
        this.qualifies = progress.isQualifies();
        this.percent = progress.getPercent();
        this.missingText = PriceText.format(progress.getMissing(), currency);
        this.thresholdText = PriceText.format(progress.getThreshold(), currency);
        this.subtotalText = PriceText.format(progress.getSubtotal(), currency);
        this.message = qualifies ? "Your order ships free" : "Add " + missingText + " more for free shipping";
    }

    public boolean isQualifies() {
        return qualifies;
    }

    /** 0-100, for the bar ({@code aria-valuenow}); 100 exactly when the cart qualifies. */
    public int getPercent() {
        return percent;
    }

    /** "$12.40"; "$0.00" when the cart qualifies. */
    public String getMissingText() {
        return missingText;
    }

    /** "$75.00". */
    public String getThresholdText() {
        return thresholdText;
    }

    public String getSubtotalText() {
        return subtotalText;
    }

    /** "Add $12.40 more for free shipping" or "Your order ships free". */
    public String getMessage() {
        return message;
    }

    /** The bar's accessible value text, e.g. "$62.60 of $75.00". */
    public String getValueText() {
        return subtotalText + " of " + thresholdText;
    }
}
