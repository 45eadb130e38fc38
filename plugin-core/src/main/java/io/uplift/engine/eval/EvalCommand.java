package io.uplift.engine.eval;

import io.uplift.engine.copurchase.PairScorer;
import io.uplift.engine.copurchase.ease.EaseBlendSettings;
import io.uplift.engine.copurchase.score.ConfidenceScorer;
import io.uplift.engine.copurchase.score.CoOccurrenceScorer;
import io.uplift.engine.copurchase.score.CosineScorer;
import io.uplift.engine.copurchase.score.LiftScorer;
import io.uplift.engine.copurchase.score.NoisyOrScorer;
import io.uplift.engine.copurchase.score.WeightedCosineScorer;

import java.io.PrintStream;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * The offline evaluation command ({@code bin/uplift eval}): runs the protocol of {@code shared/eval-protocol.md} for
 * every scorer on one basket file and prints one line per scorer,
 * <pre>
 * scorer=&lt;name&gt; default=&lt;true|false&gt; HR@3=&lt;x&gt; HR@5=&lt;x&gt; HR@10=&lt;x&gt; MRR@5=&lt;x&gt; coverage@5=&lt;x&gt; P@5=&lt;x&gt; R@5=&lt;x&gt; train_ms=&lt;n&gt;
 * </pre>
 * then 95% intervals ({@code ci95 ...}, basket bootstrap) and paired intervals of the default minus each other
 * scorer ({@code ci95-diff ...}). Lines starting with {@code #} are comments.
 *
 * <p>Usage: {@code --input FILE [--seed N]}. Exit status: 0; 1 if the file cannot be read (the message names the
 * file and line); 2 for bad arguments.
 */
public final class EvalCommand {

    /** The protocol's default split seed. */
    public static final long DEFAULT_SEED = 42;

    /** L of the served rows. */
    static final int SERVED_ROW_LENGTH = EaseBlendSettings.defaults().rowLength();

    private static final String USAGE = "usage: bin/uplift eval --input FILE [--seed N]";

    private EvalCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The classic scorers as the protocol's reference table measures them: full rows, no popularity fill. */
    static List<RecommenderBuilder> classicScorers() {
        List<RecommenderBuilder> scorers = new ArrayList<>();
        scorers.add(new Popularity());
        for (PairScorer scorer : new PairScorer[] {new CoOccurrenceScorer(), new ConfidenceScorer(),
                new CosineScorer(), new LiftScorer()}) {
            scorers.add(RowRecommender.builder(scorer, RowRecommender.FULL_ROWS, false));
        }
        return scorers;
    }

    /**
     * Pairwise-local alternatives to the default, evaluated exactly as they would be served (rows of
     * {@link #SERVED_ROW_LENGTH}, popularity fill): what the storefront gets if it wants exact incremental
     * updates everywhere.
     */
    static List<RecommenderBuilder> pairwiseAlternatives() {
        List<RecommenderBuilder> scorers = new ArrayList<>();
        scorers.add(RowRecommender.builder(new WeightedCosineScorer(), SERVED_ROW_LENGTH, true));
        scorers.add(RowRecommender.builder(new NoisyOrScorer(10, 1.5, 0.1), SERVED_ROW_LENGTH, true));
        return scorers;
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandLine.guarded(USAGE, err, () -> {
            CommandLine line = CommandLine.parse(args, new HashSet<>(Arrays.asList("input", "seed")));
            String input = line.required("input");
            long seed = line.longValue("seed", DEFAULT_SEED);
            return evaluate(input, BasketFile.read(Paths.get(input)), seed, out, err);
        });
    }

    private static int evaluate(String input, List<List<String>> lines, long seed, PrintStream out,
            PrintStream err) {
        Split split = Split.of(lines.size(), seed);
        Evaluation evaluation = Evaluation.of(lines, split);
        if (evaluation.evaluatedBaskets() == 0) {
            err.println(input + ": no test basket with at least 2 items (" + lines.size()
                    + " lines): nothing to evaluate");
            return 1;
        }
        EaseBlendRecommender defaultScorer = new EaseBlendRecommender(EaseBlendSettings.defaults());
        out.println(String.format(Locale.ROOT, "# %s: %d lines, seed %d, train %d lines (%d items), test %d lines",
                input, lines.size(), seed, split.train().length, evaluation.trainingSet().items().size(),
                split.test().length));
        out.println("# classic scorers: full rows, no popularity fill (as the protocol's reference figures);"
                + " weighted-cosine, noisy-or(kappa=10, gamma=1.5, beta=0.1): rows of L=" + SERVED_ROW_LENGTH
                + ", popularity fill; default: " + defaultScorer.settings() + ", popularity fill");

        List<RecommenderBuilder> scorers = classicScorers();
        scorers.addAll(pairwiseAlternatives());
        scorers.add(defaultScorer);
        List<EvalResult> results = new ArrayList<>();
        for (RecommenderBuilder scorer : scorers) {
            EvalResult result = evaluation.run(scorer);
            results.add(result);
            out.println(result.line(scorer == defaultScorer));
            out.flush();
        }

        Bootstrap bootstrap = new Bootstrap(seed);
        EvalResult defaultResult = results.get(results.size() - 1);
        out.println(String.format(Locale.ROOT, "# ci95: basket bootstrap over the %d evaluated test baskets"
                + " (%d resamples, percentile); ci95-diff: paired, default minus the other scorer;"
                + " none for coverage@5 (not a mean over trials)", defaultResult.baskets(), Bootstrap.RESAMPLES));
        for (EvalResult result : results) {
            out.println("ci95 scorer=" + result.name() + intervals(result.ci95(bootstrap)));
        }
        for (EvalResult result : results.subList(0, results.size() - 1)) {
            out.println("ci95-diff scorer=" + defaultResult.name() + " minus=" + result.name()
                    + intervals(defaultResult.ci95OfDifference(result, bootstrap)));
        }
        return 0;
    }

    private static String intervals(double[][] ci) {
        StringBuilder s = new StringBuilder();
        for (Metric metric : Metric.values()) {
            double[] interval = ci[metric.ordinal()];
            s.append(String.format(Locale.ROOT, " %s=[%.4f,%.4f]", metric.label(), interval[0], interval[1]));
        }
        return s.toString();
    }
}
