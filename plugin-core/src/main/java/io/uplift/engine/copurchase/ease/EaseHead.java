package io.uplift.engine.copurchase.ease;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_MT_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * EASE (Steck 2019, "Embarrassingly Shallow Autoencoders for Sparse Data") item-item weights among the head of the
 * catalogue, the {@code h} best-selling products. Unlike a pair scorer, a weight depends on every head pair at
 * once: it is the coefficient of a ridge regression of one product on all the others, so that products bought
 * together only because both go with a third one are not counted twice, and a weight can be negative.
 *
 * <p>Closed form: {@code P = (G + lambda I)^-1}, {@code B[i][j] = -P[i][j] / P[j][j]} for {@code i != j},
 * {@code B[i][i] = 0}, where {@code G} is the head's Gram matrix: {@code G[i][j]} = baskets containing both,
 * {@code G[i][i]} = baskets containing i. A cart scores candidate j by {@code sum over cart products i of B[i][j]}.
 * Fitting takes about h^3 multiply-adds and 8 h^2 bytes. Immutable and thread-safe once fitted.
 */
public final class EaseHead {

    /** The largest head: its weights take 8 x 20000^2 bytes = 3.2 GB and fitting takes hours; 1000 is typical. */
    public static final int MAX_SIZE = 20000;

    private final int size;
    private final double lambda;
    private final double[] weights;

    private EaseHead(int size, double lambda, double[] weights) {
        this.size = size;
        this.lambda = lambda;
        this.weights = weights;
    }

    /**
     * @param gram   the head's Gram matrix, row-major {@code size x size}, symmetric, non-negative; not modified
     * @param lambda the ridge penalty, above 0 (larger: weights closer to 0, more popular suggestions)
     */
    public static EaseHead fit(double[] gram, int size, double lambda) {
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("head size must be in [0, " + MAX_SIZE + "]: " + size);
        }
        if (gram.length != (long) size * size) {
            throw new IllegalArgumentException("expected a " + size + " x " + size + " Gram matrix, got "
                    + gram.length + " values");
        }
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be a positive number: " + lambda);
        }
        double[] p = invertSpd(gram, size, lambda);
        double[] diagonal = new double[size];
        for (int j = 0; j < size; j++) {
            diagonal[j] = p[j * size + j];
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                p[i * size + j] = i == j ? 0 : -p[i * size + j] / diagonal[j];
            }
        }
        return new EaseHead(size, lambda, p);
    }

    /**
     * (G + lambda I)^-1 through EJML's Cholesky solver of a symmetric positive definite matrix (G is a Gram
     * matrix, so G + lambda I is positive definite for lambda above 0).
     */
    static double[] invertSpd(double[] gram, int size, double lambda) {
        if (size == 0) {
            return new double[0];
        }
        DMatrixRMaj a = new DMatrixRMaj(size, size);
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                a.unsafe_set(i, j, gram[i * size + j] + (i == j ? lambda : 0));
            }
        }
        DMatrixRMaj inverse = new DMatrixRMaj(size, size);
        // EJML's blocked Cholesky, on every core for large heads (the learning thread, off the page path)
        LinearSolverDense<DMatrixRMaj> solver = size >= 256 ? LinearSolverFactory_MT_DDRM.chol(size)
                : LinearSolverFactory_DDRM.chol(size);
        if (!solver.setA(a)) {
            throw new IllegalArgumentException("the Gram matrix plus " + lambda + " I is not positive definite ("
                    + size + " x " + size + ")");
        }
        solver.invert(inverse);
        return inverse.getData();
    }

    /** Products in the head. */
    public int size() {
        return size;
    }

    public double lambda() {
        return lambda;
    }

    /**
     * The weight of candidate j for cart product i, both head indices in {@code [0, size())}; 0 for i == j.
     */
    public double weight(int i, int j) {
        return weights[i * size + j];
    }
}
