package org.advocacy.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.advocacy.insights.AdvocacyStatistics.Correlation;
import org.advocacy.insights.AdvocacyStatistics.Point;
import org.advocacy.insights.AdvocacyStatistics.Regression;
import org.junit.jupiter.api.Test;

/**
 * The statistics against literal values computed independently with SciPy 1.17.1 / NumPy (python3 on this machine):
 * scipy.stats.pearsonr (r, p), scipy.stats.spearmanr (ρ, average ranks for ties), numpy.arctanh/tanh with
 * scipy.stats.norm.ppf(0.975) (Fisher interval), scipy.stats.linregress and scipy.stats.t.ppf (line and bands),
 * externally studentized residuals by the textbook formula in NumPy, sample variances with ddof=1.
 */
class AdvocacyStatisticsTest {

    private static final double EPS = 1e-9;

    private static List<Point> points(double[] x, double[] y) {
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            out.add(new Point("B" + i, x[i], 1, y[i], 1));
        }
        return out;
    }

    @Test
    void dataSetOneMatchesScipy() {
        double[] x = {10, 25, -5, 40, 60, 15, 30, 55};
        double[] y = {5, 30, -20, 35, 45, 20, 10, 50};
        Correlation c = AdvocacyStatistics.correlate(points(x, y)).orElseThrow();
        assertThat(c.n()).isEqualTo(8);
        assertThat(c.r()).isCloseTo(0.9180848649249019, within(EPS));
        assertThat(c.p()).isCloseTo(0.0012911053487269012, within(1e-7));
        assertThat(c.rho()).isCloseTo(0.9047619047619048, within(EPS));
        assertThat(c.low()).isCloseTo(0.604480001886427, within(1e-7));
        assertThat(c.high()).isCloseTo(0.9853111730387776, within(1e-7));
        Regression reg = AdvocacyStatistics.regression(points(x, y)).orElseThrow();
        assertThat(reg.slope()).isCloseTo(0.9516129032258065, within(EPS));
        assertThat(reg.intercept()).isCloseTo(-5.483870967741936, within(EPS));
        assertThat(reg.confidence(38.75)).isCloseTo(9.501523603455258, within(1e-6));
        assertThat(reg.prediction(38.75)).isCloseTo(26.033634797085416, within(1e-6));
        assertThat(AdvocacyStatistics.exceptions(points(x, y), reg)).isEmpty(); // largest |t| is 1.574665
    }

    @Test
    void tiesGetAverageRanks() {
        double[] x = {20, 20, 35, 50, 50, 65, 10};
        double[] y = {10, 25, 25, 40, 30, 55, 10};
        Correlation c = AdvocacyStatistics.correlate(points(x, y)).orElseThrow();
        assertThat(c.r()).isCloseTo(0.923875146163527, within(EPS));
        assertThat(c.rho()).isCloseTo(0.9444444444444446, within(EPS));
        assertThat(c.p()).isCloseTo(0.0029466263172178223, within(1e-7));
        assertThat(c.low()).isCloseTo(0.5614026188013239, within(1e-7));
        assertThat(c.high()).isCloseTo(0.9889142747914469, within(1e-7));
        Regression reg = AdvocacyStatistics.regression(points(x, y)).orElseThrow();
        assertThat(reg.slope()).isCloseTo(0.7374631268436578, within(EPS));
        assertThat(reg.prediction(45.714285714285715)).isCloseTo(18.804650182368942, within(1e-6));
    }

    @Test
    void fourBranchesAreNotEnough() {
        double[] x = {10, 20, 30, 40};
        double[] y = {12, 18, 33, 41};
        assertThat(AdvocacyStatistics.correlate(points(x, y))).isEmpty();
        assertThat(AdvocacyStatistics.correlate(x, y, 0)).isEmpty();
    }

    @Test
    void aNoisySmallBranchHidesTheCorrectedR() {
        // branch 3 is small: its margins are huge (SE 40 and 30)
        List<Point> noisy = List.of(new Point("A", 40, 12, 30, 8), new Point("B", 55, 10, 45, 7),
                new Point("C", 20, 15, 10, 9), new Point("SMALL", 70, 40, 20, 30), new Point("D", 35, 11, 25, 8),
                new Point("E", 60, 9, 50, 6));
        Correlation c = AdvocacyStatistics.correlate(noisy).orElseThrow();
        assertThat(c.r()).isCloseTo(0.5390478044797335, within(EPS));
        assertThat(c.p()).isCloseTo(0.2697445369359787, within(1e-7));
        assertThat(c.rho()).isCloseTo(0.4285714285714286, within(EPS));
        assertThat(c.low()).isCloseTo(-0.4844428415517403, within(1e-7));
        assertThat(c.clear()).isFalse();
        assertThat(c.relX()).isCloseTo(-0.12425742574257437, within(EPS));
        assertThat(c.relY()).isCloseTo(0.13478260869565217, within(EPS));
        assertThat(c.corrected()).as("reliability below 0.3: not shown").isNull();

        List<Point> steady = List.of(new Point("A", 40, 6, 30, 8), new Point("B", 55, 5, 22, 7),
                new Point("C", 20, 7, 10, 9), new Point("D", 35, 6, 41, 8), new Point("E", 60, 5, 47, 6));
        Correlation s = AdvocacyStatistics.correlate(steady).orElseThrow();
        assertThat(s.r()).isCloseTo(0.5954895150604524, within(EPS));
        assertThat(s.relX()).isCloseTo(0.8671844660194175, within(EPS));
        assertThat(s.relY()).isCloseTo(0.7308924485125858, within(EPS));
        assertThat(s.corrected()).isCloseTo(0.7479828440692464, within(1e-9));
    }

    @Test
    void theCorrectedRIsCappedAtOne() {
        // SciPy: r = 0.9976463196128091, relX 0.4788, relY 0.7469, r / sqrt(relX relY) = 1.66824 → capped
        List<Point> p = List.of(new Point("A", 40, 12, 30, 8), new Point("B", 55, 10, 45, 7),
                new Point("C", 20, 15, 10, 9), new Point("D", 35, 11, 25, 8), new Point("E", 60, 9, 47, 6));
        Correlation c = AdvocacyStatistics.correlate(p).orElseThrow();
        assertThat(c.r()).isCloseTo(0.9976463196128091, within(EPS));
        assertThat(c.p()).isCloseTo(0.00013702559678123802, within(1e-9));
        assertThat(c.corrected()).isEqualTo(1.0);
    }

    @Test
    void thePlantedOutlierIsTheOnlyException() {
        double[] x = {-10, 0, 10, 20, 30, 40, 50, 60, 70, 80, 15, 45};
        double[] y = {0, 6, 14, 21, 30, 37, 45, 54, 62, 69, -40, 41};
        List<Point> pts = points(x, y);
        Correlation c = AdvocacyStatistics.correlate(pts).orElseThrow();
        assertThat(c.r()).isCloseTo(0.8425031297281632, within(EPS));
        assertThat(c.rho()).isCloseTo(0.9580419580419581, within(EPS));
        Regression reg = AdvocacyStatistics.regression(pts).orElseThrow();
        assertThat(reg.slope()).isCloseTo(0.9097235462345089, within(EPS));
        assertThat(reg.intercept()).isCloseTo(-2.8322211630123846, within(EPS));
        assertThat(reg.prediction(44.166666666666664)).isCloseTo(40.09399812271875, within(1e-6));
        var exceptions = AdvocacyStatistics.exceptions(pts, reg);
        assertThat(exceptions).extracting(AdvocacyStatistics.Exception::branch).containsExactly("B10");
        assertThat(exceptions.getFirst().studentized()).isCloseTo(-68.994083, within(1e-5));
        // NumPy: the line fitted without B10 predicts 18.096457765667584 at x = 15 with standard error
        // 0.8420498529887452 (s·sqrt(1 + 1/n + (x − x̄)²/Sxx), n = 11); (y − that) / SE = −68.994083 as above
        assertThat(exceptions.getFirst().predicted()).isCloseTo(18.096457765667584, within(1e-9));
        assertThat(exceptions.getFirst().predictionMargin()).isCloseTo(2 * 0.8420498529887452, within(1e-9));
    }

    @Test
    void withinBranchCorrelationLosesOneDegreeOfFreedomPerBranch() {
        // 8 pairs, 2 branches demeaned: Fisher SE = 1/sqrt(8 − 2 − 3); SciPy: r as data set one
        double[] x = {10, 25, -5, 40, 60, 15, 30, 55};
        double[] y = {5, 30, -20, 35, 45, 20, 10, 50};
        Correlation c = AdvocacyStatistics.correlate(x, y, 2).orElseThrow();
        double z = 0.5 * Math.log((1 + c.r()) / (1 - c.r()));
        assertThat(c.low()).isCloseTo(Math.tanh(z - 1.959963984540054 / Math.sqrt(3)), within(1e-9));
        assertThat(AdvocacyStatistics.correlate(x, y, 4)).as("4 effective pairs").isEmpty();
    }
}
