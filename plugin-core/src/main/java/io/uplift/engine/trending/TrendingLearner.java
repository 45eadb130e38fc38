package io.uplift.engine.trending;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.learn.Learner;
import io.uplift.engine.learn.ModelHolder;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Keeps the trending counts up to date and publishes {@link TrendingModel}s. */
public class TrendingLearner implements Learner {

    public static final String NAME = "trending";

    private final ModelHolder<TrendingModel> holder;
    private final double halfLifeDays;
    private TrendingCounter counter;

    public TrendingLearner(ModelHolder<TrendingModel> holder, double halfLifeDays) {
        this.holder = holder;
        this.halfLifeDays = halfLifeDays;
        this.counter = new TrendingCounter(halfLifeDays);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void clear() {
        counter = new TrendingCounter(halfLifeDays);
    }

    @Override
    public void add(Basket basket) {
        counter.add(basket);
    }

    @Override
    public void publish(long generation) {
        holder.set(counter.snapshot());
    }

    @Override
    public void write(DataOutputStream out) throws IOException {
        counter.write(out);
    }

    @Override
    public void read(DataInputStream in) throws IOException {
        counter = TrendingCounter.read(in);
    }
}
