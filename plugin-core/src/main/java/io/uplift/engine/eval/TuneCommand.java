package io.uplift.engine.eval;

import io.uplift.engine.copurchase.ease.EaseBlendSettings;

import java.io.PrintStream;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * Tunes the default scorer on the training split only: every combination of the given hyperparameter values is
 * trained on the first 80% of the training lines and evaluated on the other 20% ({@link Split#tuning()}); the test
 * lines are never read. Prints one protocol line per combination, preceded by its settings.
 *
 * <pre>
 * java ... io.uplift.engine.eval.TuneCommand --input FILE [--seed N] [--head 500,1000] [--lambda 0.5,1,2]
 *     [--tail-weight 1,2,3] [--kappa 10] [--gamma 1.5] [--beta 0.05] [--row-length 200]
 * </pre>
 * Each list defaults to the default setting. Exit status: 0, 1 for an unreadable file, 2 for bad arguments.
 */
public final class TuneCommand {

    private static final String USAGE = "usage: TuneCommand --input FILE [--seed N] [--head N,...] [--lambda X,...]"
            + " [--tail-weight X,...] [--kappa X,...] [--gamma X,...] [--beta X,...] [--row-length N,...]";

    private TuneCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandLine.guarded(USAGE, err, () -> {
            CommandLine line = CommandLine.parse(args, new HashSet<>(Arrays.asList("input", "seed", "head",
                    "lambda", "tail-weight", "kappa", "gamma", "beta", "row-length")));
            String input = line.required("input");
            long seed = line.longValue("seed", EvalCommand.DEFAULT_SEED);
            List<EaseBlendSettings> grid = grid(line);
            tune(input, BasketFile.read(Paths.get(input)), seed, grid, out);
            return 0;
        });
    }

    private static void tune(String input, List<List<String>> lines, long seed, List<EaseBlendSettings> grid,
            PrintStream out) {
        Evaluation tuning = Evaluation.of(lines, Split.of(lines.size(), seed).tuning());
        out.println("# tuning split of " + input + " (seed " + seed + "): train " + tuning.trainingSet().size()
                + " baskets, validate on the rest of the training lines; test lines unused");
        for (EaseBlendSettings settings : grid) {
            EvalResult result = tuning.run(new EaseBlendRecommender(settings));
            out.println(String.format(Locale.ROOT, "tune %s | %s", settings, result.line(false)));
        }
    }

    /** Every combination of the listed values; built before the file is read, so a bad value fails fast. */
    private static List<EaseBlendSettings> grid(CommandLine line) throws CommandLine.UsageException {
        EaseBlendSettings d = EaseBlendSettings.defaults();
        int[] heads = line.ints("head", d.headSize());
        double[] lambdas = line.doubles("lambda", d.lambdaPerItemCount());
        double[] tailWeights = line.doubles("tail-weight", d.tailWeight());
        double[] kappas = line.doubles("kappa", d.tailScorer().kappa());
        double[] gammas = line.doubles("gamma", d.tailScorer().gamma());
        double[] betas = line.doubles("beta", d.tailScorer().beta());
        int[] rowLengths = line.ints("row-length", d.rowLength());
        List<EaseBlendSettings> grid = new ArrayList<>();
        try {
            for (int head : heads) {
                for (double lambda : lambdas) {
                    for (double tailWeight : tailWeights) {
                        for (double kappa : kappas) {
                            for (double gamma : gammas) {
                                for (double beta : betas) {
                                    for (int rowLength : rowLengths) {
                                        grid.add(d.withHeadSize(head).withLambdaPerItemCount(lambda)
                                                .withTailWeight(tailWeight).withNoisyOr(kappa, gamma, beta)
                                                .withRowLength(rowLength));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.UsageException(e.getMessage());
        }
        return grid;
    }
}
