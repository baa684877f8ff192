package org.advocacy.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.hipparchus.stat.descriptive.rank.Median;
import org.hipparchus.stat.regression.SimpleRegression;

/**
 * The statistics of docs/domain-rules.md#staff-and-customer-advocacy-per-branch, pure and without Spring: Pearson r
 * with its Fisher-z 95 % interval and p-value, Spearman ρ, the noise-corrected r, the regression line with its
 * confidence and prediction bands, and the exceptions (externally studentized residual beyond ±2, see
 * docs/decisions/0020). The arithmetic is Hipparchus'; this class only wires it to the rules.
 */
public final class AdvocacyStatistics {

    /** Fewer branches than this: "not enough branches". */
    public static final int MIN_BRANCHES = 5;
    /** Both reliabilities must reach this for the noise-corrected r to be shown. */
    public static final double MIN_RELIABILITY = 0.3;
    /** An exception's externally studentized residual lies beyond ± this. */
    public static final double EXCEPTION_RESIDUAL = 2.0;

    private static final double Z975 = new NormalDistribution().inverseCumulativeProbability(0.975);

    private AdvocacyStatistics() {
    }

    /** One branch: x = staff eNPS, y = customer NPS, each with the standard error of its adjusted Wald interval. */
    public record Point(String branch, double x, double seX, double y, double seY) {
    }

    /**
     * @param n         pairs
     * @param r         Pearson r; {@code low}/{@code high} its 95 % Fisher-z interval; {@code p} two-sided p-value
     * @param rho       Spearman ρ (ties get average ranks)
     * @param corrected noise-corrected r, or null when a reliability is below {@link #MIN_RELIABILITY}
     * @param relX      reliability of the x scores (1 − mean SE² / variance), NaN when not computed
     */
    public record Correlation(int n, double r, double low, double high, double p, double rho, Double corrected,
            double relX, double relY) {

        /** The interval excludes zero. */
        public boolean clear() {
            return low > 0 || high < 0;
        }
    }

    /** Least-squares line y = intercept + slope × x with what the bands need. */
    public record Regression(int n, double slope, double intercept, double s, double meanX, double sxx, double t975) {

        public double fit(double x) {
            return intercept + slope * x;
        }

        /** Half-width of the 95 % confidence band of the line at x. */
        public double confidence(double x) {
            return t975 * s * Math.sqrt(1.0 / n + (x - meanX) * (x - meanX) / sxx);
        }

        /** Half-width of the 95 % prediction band (where a new branch at x is expected) at x. */
        public double prediction(double x) {
            return t975 * s * Math.sqrt(1 + 1.0 / n + (x - meanX) * (x - meanX) / sxx);
        }
    }

    /**
     * A branch far from the chain's pattern. {@code predicted} is its customer NPS as the line fitted without it
     * predicts at its eNPS, {@code predictionMargin} {@link #EXCEPTION_RESIDUAL} standard errors of that prediction:
     * the same yardstick as the studentized residual, so the branch always lies outside predicted ± margin.
     */
    public record Exception(String branch, double x, double y, double predicted, double predictionMargin,
            double studentized) {
    }

    /** Pearson, Spearman, interval, p and the noise-corrected r of the points; empty under {@link #MIN_BRANCHES}. */
    public static Optional<Correlation> correlate(List<Point> points) {
        if (points.size() < MIN_BRANCHES) {
            return Optional.empty();
        }
        double[] x = points.stream().mapToDouble(Point::x).toArray();
        double[] y = points.stream().mapToDouble(Point::y).toArray();
        Correlation plain = correlate(x, y, 0).orElseThrow();
        double relX = reliability(x, points.stream().mapToDouble(Point::seX).toArray());
        double relY = reliability(y, points.stream().mapToDouble(Point::seY).toArray());
        Double corrected = null;
        if (relX >= MIN_RELIABILITY && relY >= MIN_RELIABILITY) {
            corrected = Math.max(-1, Math.min(1, plain.r() / Math.sqrt(relX * relY)));
        }
        return Optional.of(new Correlation(plain.n(), plain.r(), plain.low(), plain.high(), plain.p(), plain.rho(),
                corrected, relX, relY));
    }

    /**
     * Pearson r of x and y with its Fisher-z interval (SE = 1/sqrt(N − lost − 3)) and p-value (t with N − lost − 2
     * degrees of freedom), and Spearman ρ. {@code lost} counts degrees of freedom already used, e.g. one per branch
     * when each branch's own mean was taken out (within-branch lag). Empty when fewer than {@link #MIN_BRANCHES}
     * effective pairs remain or a variable does not vary.
     */
    public static Optional<Correlation> correlate(double[] x, double[] y, int lost) {
        int n = x.length;
        int effective = n - lost;
        if (effective < MIN_BRANCHES || variance(x) == 0 || variance(y) == 0) {
            return Optional.empty();
        }
        double r = new PearsonsCorrelation().correlation(x, y);
        double rho = new SpearmansCorrelation().correlation(x, y);
        double bounded = Math.max(-0.999999999, Math.min(0.999999999, r));
        double z = atanh(bounded);
        double se = 1 / Math.sqrt(effective - 3.0);
        double low = Math.tanh(z - Z975 * se);
        double high = Math.tanh(z + Z975 * se);
        int df = effective - 2;
        double t = r * Math.sqrt(df / Math.max(1e-300, 1 - r * r));
        double p = Math.abs(r) >= 1 ? 0 : 2 * (1 - new TDistribution(df).cumulativeProbability(Math.abs(t)));
        return Optional.of(new Correlation(n, r, low, high, p, rho, null, Double.NaN, Double.NaN));
    }

    /** Reliability of branch scores: 1 − mean(SE²) / variance of the scores (sample variance, N − 1). */
    public static double reliability(double[] scores, double[] se) {
        double var = variance(scores);
        if (var == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double meanSe2 = Arrays.stream(se).map(s -> s * s).average().orElse(0);
        return 1 - meanSe2 / var;
    }

    /** The least-squares line through the points (needs at least 3 points with different x). */
    public static Optional<Regression> regression(List<Point> points) {
        if (points.size() < 3) {
            return Optional.empty();
        }
        SimpleRegression reg = new SimpleRegression();
        double meanX = 0;
        for (Point p : points) {
            reg.addData(p.x(), p.y());
            meanX += p.x();
        }
        meanX /= points.size();
        if (reg.getXSumSquares() == 0) {
            return Optional.empty();
        }
        int n = points.size();
        double t975 = new TDistribution(n - 2).inverseCumulativeProbability(0.975);
        return Optional.of(new Regression(n, reg.getSlope(), reg.getIntercept(), Math.sqrt(reg.getMeanSquareError()),
                meanX, reg.getXSumSquares(), t975));
    }

    /**
     * Externally studentized residuals t_i = e_i / (s_(i) √(1 − h_i)), where s_(i) is the residual standard error
     * without point i; a branch beyond ±{@link #EXCEPTION_RESIDUAL} is an exception. Needs at least 4 points.
     */
    public static List<Exception> exceptions(List<Point> points, Regression reg) {
        int n = points.size();
        List<Exception> out = new ArrayList<>();
        if (n < 4) {
            return out;
        }
        double sse = 0;
        for (Point p : points) {
            double e = p.y() - reg.fit(p.x());
            sse += e * e;
        }
        for (Point p : points) {
            double e = p.y() - reg.fit(p.x());
            double h = 1.0 / n + (p.x() - reg.meanX()) * (p.x() - reg.meanX()) / reg.sxx();
            double sDeleted2 = (sse - e * e / (1 - h)) / (n - 3);
            if (sDeleted2 <= 0 || h >= 1) {
                continue;
            }
            double t = e / Math.sqrt(sDeleted2 * (1 - h));
            if (Math.abs(t) > EXCEPTION_RESIDUAL) {
                // t is also the branch's distance from the line fitted without it, in standard errors of that
                // prediction: quote that line and margin, which the branch itself cannot widen (docs/decisions/0020)
                SimpleRegression without = new SimpleRegression();
                points.stream().filter(o -> o != p).forEach(o -> without.addData(o.x(), o.y()));
                double predicted = without.predict(p.x());
                double se = Math.abs((p.y() - predicted) / t);
                out.add(new Exception(p.branch(), p.x(), p.y(), predicted, EXCEPTION_RESIDUAL * se, t));
            }
        }
        return out;
    }

    /** Median of the values (the quadrant lines). */
    public static double median(double[] values) {
        return new Median().evaluate(values);
    }

    private static double variance(double[] v) {
        if (v.length < 2) {
            return 0;
        }
        double mean = Arrays.stream(v).average().orElse(0);
        double ss = 0;
        for (double d : v) {
            ss += (d - mean) * (d - mean);
        }
        return ss / (v.length - 1);
    }

    private static double atanh(double r) {
        return 0.5 * Math.log((1 + r) / (1 - r));
    }
}
