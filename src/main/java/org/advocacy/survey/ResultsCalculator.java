package org.advocacy.survey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns the anonymous answers of a population (the caller's branch scope, one round or period) into what may be
 * shown, applying every anonymity rule of DOMAIN.md through {@link SegmentGuard}. A group is described by its
 * constraints (branch, department, tenure band); its parents are the groups with one constraint dropped.
 */
public final class ResultsCalculator {

    /** Segment dimensions; combinations are pairs of them. */
    public enum Dim {
        BRANCH(AnswerFact::branchCode), DEPARTMENT(AnswerFact::department), TENURE(AnswerFact::tenureBand);

        final Function<AnswerFact, String> value;

        Dim(Function<AnswerFact, String> value) {
            this.value = value;
        }
    }

    private final SegmentGuard guard;
    private final Random random;
    // group sizes of the population last asked about: a segment table asks for the same groups many times
    private List<AnswerFact> counted;
    private final Map<Map<Dim, String>, Integer> counts = new java.util.HashMap<>();

    public ResultsCalculator(SegmentGuard guard, Random random) {
        this.guard = guard;
        this.random = random;
    }

    /**
     * @param population every answer of the selection within the caller's scope
     * @param filter     the group asked for (empty = the whole population)
     * @param open       whether the round is still open: then only participation shows (rule 8)
     */
    public PulseResults compute(List<AnswerFact> population, Map<Dim, String> filter, List<String> driverCodes,
            int invited, int answered, boolean open) {
        if (open) {
            return new PulseResults(invited, answered, SegmentGuard.Reason.ROUND_OPEN, null, List.of(), List.of(), true,
                    List.of());
        }
        List<AnswerFact> group = matching(population, filter);
        SegmentGuard.Reason reason = verdict(population, filter);
        if (reason != null) {
            return new PulseResults(invited, answered, reason, null, List.of(), List.of(), true, List.of());
        }
        Enps enps = Enps.ofScores(group.stream().map(AnswerFact::score).toList());
        List<PulseResults.DriverResult> drivers = new ArrayList<>();
        for (String code : driverCodes) {
            drivers.add(driver(code, group));
        }
        boolean commentsOk = guard.commentsAllowed(group.size(), parentSizes(population, filter));
        List<PulseResults.Comment> comments = new ArrayList<>();
        if (commentsOk) {
            for (AnswerFact a : group) {
                if (a.comment() != null && !a.comment().isBlank()) {
                    comments.add(new PulseResults.Comment(a.comment(), a.commentDate()));
                }
            }
            Collections.shuffle(comments, random); // never in the order of submission
        }
        return new PulseResults(invited, answered, null, enps, drivers, comments, !commentsOk,
                segments(population, filter));
    }

    /**
     * {@code null} when the group given by {@code filter} may be shown within {@code population}. Beyond the
     * DOMAIN.md rules (k, parent minus group), siblings are protected too: when the hidden siblings of a parent
     * (same filter, another value of one dimension) add up to fewer than k answers, the smallest shown siblings are
     * hidden as well, so "parent minus every shown sibling" never reveals a small group (secondary suppression).
     */
    public SegmentGuard.Reason verdict(List<AnswerFact> population, Map<Dim, String> filter) {
        SegmentGuard.Reason own = guard.check(count(population, filter), parentSizes(population, filter));
        if (own != null) {
            return own;
        }
        for (Dim d : filter.keySet()) {
            if (hiddenAmongSiblings(population, filter, d)) {
                return SegmentGuard.Reason.DIFFERENCING;
            }
        }
        return null;
    }

    private boolean hiddenAmongSiblings(List<AnswerFact> population, Map<Dim, String> filter, Dim d) {
        Map<Dim, String> parent = new LinkedHashMap<>(filter);
        parent.remove(d);
        List<AnswerFact> parentGroup = matching(population, parent);
        int hidden = 0;
        List<Map.Entry<String, Integer>> shown = new ArrayList<>();
        for (String v : values(parentGroup, d)) {
            Map<Dim, String> sibling = new LinkedHashMap<>(parent);
            sibling.put(d, v);
            int n = count(population, sibling);
            if (guard.check(n, parentSizes(population, sibling)) != null) {
                hidden += n;
            } else {
                shown.add(Map.entry(v, n));
            }
        }
        // answers without a value of d (e.g. imported rows without a department) are hidden by nature
        hidden += (int) parentGroup.stream().filter(a -> d.value.apply(a) == null).count();
        shown.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Integer> e : shown) {
            if (hidden == 0 || hidden >= guard.rules().k()) {
                return false;
            }
            if (e.getKey().equals(filter.get(d))) {
                return true;
            }
            hidden += e.getValue();
        }
        return false;
    }

    private PulseResults.DriverResult driver(String code, List<AnswerFact> group) {
        int[] dist = new int[5];
        int n = 0;
        long sum = 0;
        for (AnswerFact a : group) {
            Integer s = a.drivers().get(code);
            if (s != null) {
                dist[s - 1]++;
                n++;
                sum += s;
            }
        }
        SegmentGuard.Reason reason = guard.check(n, List.of());
        return reason != null ? new PulseResults.DriverResult(code, n < guard.rules().k() ? null : n, null, null, reason)
                : new PulseResults.DriverResult(code, n, (double) sum / n, dist, null);
    }

    /** Single dimensions and pairs not already fixed by the filter, each row checked on its own. */
    List<PulseResults.SegmentRow> segments(List<AnswerFact> population, Map<Dim, String> filter) {
        List<PulseResults.SegmentRow> rows = new ArrayList<>();
        List<Dim> free = new ArrayList<>();
        for (Dim d : Dim.values()) {
            if (!filter.containsKey(d)) {
                free.add(d);
            }
        }
        List<AnswerFact> group = matching(population, filter);
        for (Dim d : free) {
            for (String v : values(group, d)) {
                rows.add(row(population, filter, Map.of(d, v), d.name()));
            }
        }
        for (int i = 0; i < free.size(); i++) {
            for (int j = i + 1; j < free.size(); j++) {
                Dim a = free.get(i), b = free.get(j);
                for (String va : values(group, a)) {
                    for (String vb : values(group, b)) {
                        Map<Dim, String> extra = new LinkedHashMap<>();
                        extra.put(a, va);
                        extra.put(b, vb);
                        if (!matching(group, extra).isEmpty()) {
                            rows.add(row(population, filter, extra, a.name() + "+" + b.name()));
                        }
                    }
                }
            }
        }
        return rows;
    }

    private PulseResults.SegmentRow row(List<AnswerFact> population, Map<Dim, String> filter, Map<Dim, String> extra,
            String dimension) {
        Map<Dim, String> all = new LinkedHashMap<>(filter);
        all.putAll(extra);
        String label = String.join(" · ", extra.values());
        SegmentGuard.Reason reason = verdict(population, all);
        if (reason != null) {
            return new PulseResults.SegmentRow(dimension, label, null, null, reason);
        }
        List<AnswerFact> g = matching(population, all);
        return new PulseResults.SegmentRow(dimension, label, g.size(),
                Enps.ofScores(g.stream().map(AnswerFact::score).toList()), null);
    }

    /** Mean of each driver per branch (rows) for the heatmap; {@code null} where the branch group is suppressed. */
    public Map<String, Map<String, Double>> heatmap(List<AnswerFact> population, List<String> driverCodes) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (String branch : values(population, Dim.BRANCH)) {
            Map<Dim, String> f = Map.of(Dim.BRANCH, branch);
            Map<String, Double> cells = new LinkedHashMap<>();
            boolean ok = verdict(population, f) == null;
            List<AnswerFact> g = matching(population, f);
            for (String code : driverCodes) {
                PulseResults.DriverResult r = ok ? driver(code, g) : null;
                cells.put(code, r == null ? null : r.mean());
            }
            out.put(branch, cells);
        }
        return out;
    }

    private List<Integer> parentSizes(List<AnswerFact> population, Map<Dim, String> filter) {
        List<Integer> sizes = new ArrayList<>();
        for (Dim d : filter.keySet()) {
            Map<Dim, String> parent = new LinkedHashMap<>(filter);
            parent.remove(d);
            sizes.add(count(population, parent));
        }
        return sizes;
    }

    private int count(List<AnswerFact> population, Map<Dim, String> filter) {
        if (counted != population) {
            counted = population;
            counts.clear();
        }
        return counts.computeIfAbsent(Map.copyOf(filter), f -> matching(population, f).size());
    }

    static List<AnswerFact> matching(List<AnswerFact> answers, Map<Dim, String> filter) {
        if (filter.isEmpty()) {
            return answers;
        }
        return answers.stream()
                .filter(a -> filter.entrySet().stream().allMatch(e -> Objects.equals(e.getKey().value.apply(a), e.getValue())))
                .toList();
    }

    private static List<String> values(List<AnswerFact> answers, Dim d) {
        TreeSet<String> values = new TreeSet<>();
        for (AnswerFact a : answers) {
            String v = d.value.apply(a);
            if (v != null) {
                values.add(v);
            }
        }
        return new ArrayList<>(values);
    }
}
