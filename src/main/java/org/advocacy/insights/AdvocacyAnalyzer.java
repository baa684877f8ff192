package org.advocacy.insights;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.advocacy.feedback.NpsScore;
import org.advocacy.insights.AdvocacyStatistics.Correlation;
import org.advocacy.insights.AdvocacyStatistics.Point;
import org.advocacy.insights.AdvocacyStatistics.Regression;
import org.advocacy.insights.internal.RollupRepository.Cell;
import org.advocacy.org.Branch;
import org.advocacy.survey.StaffAdvocacyQuery.BranchStaffMonth;

/**
 * The analysis of docs/domain-rules.md#staff-and-customer-advocacy-per-branch on figures already read: which branch
 * pairs enter (released staff figure of at least k answers, at least 10 customer answers), the statistics, and the
 * within-branch lag pairs. Pure, so the rules are unit-tested without a database.
 */
final class AdvocacyAnalyzer {

    private static final int BAND_STEPS = 24;

    private AdvocacyAnalyzer() {
    }

    static AdvocacyAnalysis analyse(InsightsPeriod period, String region, int lag, int k, List<Branch> branches,
            Map<Long, StaffSum> staffSums, Map<Long, CustomerCounts> customers, Map<Long, RecognitionCounts> recognition,
            Map<Long, Integer> headcount, RollupStatus status) {
        List<BranchFigures> figures = new ArrayList<>();
        for (Branch b : branches) {
            StaffSum s = staffSums.get(b.id());
            CustomerCounts c = customers.getOrDefault(b.id(), CustomerCounts.ZERO);
            RecognitionCounts r = recognition.getOrDefault(b.id(), RecognitionCounts.ZERO);
            if (!b.active() && s == null && c.n() == 0 && r.total() == 0) {
                continue; // a retired branch without history in this period
            }
            String reason;
            if (s == null) {
                reason = "no-staff";
            } else if (!s.released()) {
                reason = "staff-not-released";
            } else if (s.n() < k) {
                reason = "staff-few";
            } else if (c.n() == 0) {
                reason = "no-customers";
            } else if (c.n() < AdvocacyAnalysis.MIN_CUSTOMERS) {
                reason = "customers-few";
            } else {
                reason = null;
            }
            NpsScore e = s != null && s.released() ? NpsScore.of(s.promoters(), s.passives(), s.detractors()) : null;
            NpsScore n = c.nps();
            figures.add(new BranchFigures(b.id(), b.code(), b.name(), b.region(), b.active(),
                    e == null ? 0 : e.n(), e == null ? null : e.score(), e == null ? null : e.margin(),
                    s == null ? null : s.reason(), n.n(), n.score(), n.margin(), c.csatPct(), c.cesMean(),
                    headcount.getOrDefault(b.id(), 0), r.recognitions(), r.praise(), reason));
        }
        List<BranchFigures> included = figures.stream().filter(BranchFigures::included).toList();
        List<Point> points = included.stream()
                .map(f -> new Point(f.code(), f.enps(), f.enpsSe(), f.nps(), f.npsSe())).toList();
        Correlation correlation = AdvocacyStatistics.correlate(points).orElse(null);
        Regression regression = null;
        List<AdvocacyAnalysis.BandPoint> band = List.of();
        List<AdvocacyStatistics.Exception> exceptions = List.of();
        Double medianX = null;
        Double medianY = null;
        Correlation recX = null;
        Correlation recY = null;
        if (correlation != null) {
            regression = AdvocacyStatistics.regression(points).orElse(null);
            if (regression != null) {
                exceptions = AdvocacyStatistics.exceptions(points, regression);
                band = band(points, regression);
            }
            medianX = AdvocacyStatistics.median(points.stream().mapToDouble(Point::x).toArray());
            medianY = AdvocacyStatistics.median(points.stream().mapToDouble(Point::y).toArray());
            List<BranchFigures> withHeads = included.stream().filter(f -> f.perHead() != null).toList();
            double[] perHead = withHeads.stream().mapToDouble(BranchFigures::perHead).toArray();
            recX = AdvocacyStatistics.correlate(perHead, withHeads.stream().mapToDouble(BranchFigures::enps).toArray(), 0)
                    .orElse(null);
            recY = AdvocacyStatistics.correlate(perHead, withHeads.stream().mapToDouble(BranchFigures::nps).toArray(), 0)
                    .orElse(null);
        }
        return new AdvocacyAnalysis(period, region, lag, k, figures, correlation, regression, band, exceptions, medianX,
                medianY, recX, recY, status);
        }

    /** Within-branch pairs for lag L: (eNPS of t, NPS of t + L) per branch, each month released with enough answers. */
    static Map<Long, List<double[]>> withinPairs(Map<Cell, BranchStaffMonth> staffMonths,
            Map<Cell, CustomerCounts> customers, int lag, int k) {
        Map<Long, List<double[]>> perBranch = new java.util.TreeMap<>();
        staffMonths.values().stream()
                .sorted(java.util.Comparator.comparingLong(BranchStaffMonth::branchId).thenComparing(BranchStaffMonth::month))
                .forEach(m -> {
                    if (!m.released() || m.n() < k) {
                        return;
                    }
                    CustomerCounts c = customers.get(new Cell(m.branchId(), m.month().plusMonths(lag)));
                    if (c == null || c.n() < AdvocacyAnalysis.MIN_CUSTOMERS) {
                        return;
                    }
                    double enps = NpsScore.of(m.promoters(), m.passives(), m.detractors()).score();
                    perBranch.computeIfAbsent(m.branchId(), x -> new ArrayList<>()).add(new double[] {enps, c.nps().score()});
                });
        return perBranch;
    }

    /** Pooled correlation of each branch's deviations from its own means (branches with at least 2 pairs). */
    static Correlation within(Map<Long, List<double[]>> perBranch) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        int groups = 0;
        for (List<double[]> pairs : perBranch.values()) {
            if (pairs.size() < 2) {
                continue;
            }
            groups++;
            double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
            double my = pairs.stream().mapToDouble(p -> p[1]).average().orElse(0);
            for (double[] p : pairs) {
                xs.add(p[0] - mx);
                ys.add(p[1] - my);
            }
        }
        return AdvocacyStatistics.correlate(xs.stream().mapToDouble(Double::doubleValue).toArray(),
                ys.stream().mapToDouble(Double::doubleValue).toArray(), groups).orElse(null);
    }

    /** A branch's staff counts over the period: released only when every month with answers is released. */
    record StaffSum(boolean released, int promoters, int passives, int detractors, String reason) {
        int n() {
            return promoters + passives + detractors;
        }
    }

    static Map<Long, StaffSum> staffSums(List<BranchStaffMonth> months, List<YearMonth> period) {
        java.util.Set<YearMonth> inPeriod = new TreeSet<>(period);
        Map<Long, StaffSum> out = new HashMap<>();
        for (BranchStaffMonth m : months) {
            if (!inPeriod.contains(m.month())) {
                continue;
            }
            StaffSum prev = out.get(m.branchId());
            boolean released = m.released() && (prev == null || prev.released());
            String reason = prev != null && prev.reason() != null ? prev.reason() : m.reason();
            StaffSum next = released
                    ? new StaffSum(true, (prev == null ? 0 : prev.promoters()) + m.promoters(),
                            (prev == null ? 0 : prev.passives()) + m.passives(),
                            (prev == null ? 0 : prev.detractors()) + m.detractors(), null)
                    : new StaffSum(false, 0, 0, 0, Objects.requireNonNullElse(reason, "not-released"));
            out.put(m.branchId(), next);
        }
        return out;
    }

    private static List<AdvocacyAnalysis.BandPoint> band(List<Point> points, Regression reg) {
        double min = points.stream().mapToDouble(Point::x).min().orElse(0);
        double max = points.stream().mapToDouble(Point::x).max().orElse(0);
        List<AdvocacyAnalysis.BandPoint> out = new ArrayList<>();
        for (int i = 0; i <= BAND_STEPS; i++) {
            double x = min + (max - min) * i / BAND_STEPS;
            out.add(new AdvocacyAnalysis.BandPoint(x, reg.fit(x), reg.confidence(x), reg.prediction(x)));
        }
        return out;
    }
}
