package io.uplift.engine.warranty;

import java.math.BigDecimal;

/** One term of a plan priced for one item: what the selector shows and what the cart line is charged per unit. */
public final class WarrantyQuote {

    private final WarrantyPlan plan;
    private final int years;
    private final BigDecimal price;

    WarrantyQuote(WarrantyPlan plan, int years, BigDecimal price) {
        this.plan = plan;
        this.years = years;
        this.price = price;
    }

    public WarrantyPlan getPlan() {
        return plan;
    }

    public int getYears() {
        return years;
    }

    /** Price per unit of the covered item. */
    public BigDecimal getPrice() {
        return price;
    }

    @Override
    public String toString() {
        return plan.getName() + " " + years + "y " + price;
    }
}
