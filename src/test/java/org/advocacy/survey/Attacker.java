package org.advocacy.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.PivotSelectionRule;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.nonlinear.scalar.GoalType;

/**
 * The attacker of docs/domain-rules.md#rule-14: collects every figure a reader was shown (as the set of answers it adds
 * up, worked out from what the figure claims to be, not from how it was computed) and checks by linear algebra and
 * linear programming that no hidden group of 1 … k − 1 answers can be worked out from them.
 *
 * <p>Unknowns are the answer counts of each source (round or imported batch-month) × finest group (branch, stored
 * department, stored tenure band). A hidden group is determined when its indicator lies in the row space of the shown
 * figures (exact arithmetic modulo 2^31 − 1, see {@link ReleaseBuilder.Basis}); and for counts, when the minimum and
 * the maximum of its size under the shown figures and non-negativity are equal (Hipparchus simplex).
 */
final class Attacker {

    /** One stored answer group: its source and attributes, and its answer count. */
    record Atom(String source, String month, long branchId, String region, String department, String tenure, int n) {
    }

    /** What a shown figure is: its sources and a filter on the atoms, with the n it reported. */
    record Shown(String label, Set<String> sources, Predicate<Atom> filter, int n) {
    }

    /** A hidden group to protect. */
    record Group(String label, int[] columns, int n) {
    }

    private final List<Atom> atoms;
    private final Map<String, int[]> rows = new LinkedHashMap<>();
    private final Map<String, Integer> values = new HashMap<>();
    final List<String> lies = new ArrayList<>();
    int figures;

    Attacker(List<Atom> atoms) {
        this.atoms = atoms.stream().filter(a -> a.n() > 0).toList();
    }

    List<Atom> atoms() {
        return atoms;
    }

    /** Records a shown figure; a figure whose n differs from the answers it claims to add is recorded as a lie. */
    void saw(Shown s) {
        figures++;
        List<Integer> cols = new ArrayList<>();
        int truth = 0;
        for (int i = 0; i < atoms.size(); i++) {
            Atom a = atoms.get(i);
            if (s.sources().contains(a.source()) && s.filter().test(a)) {
                cols.add(i);
                truth += a.n();
            }
        }
        if (truth != s.n()) {
            lies.add(s.label() + ": shown n=" + s.n() + ", answers " + truth);
        }
        int[] c = cols.stream().mapToInt(Integer::intValue).toArray();
        String key = Arrays.toString(c);
        rows.putIfAbsent(key, c);
        values.putIfAbsent(key, truth);
    }

    int distinctFigures() {
        return rows.size();
    }

    /**
     * The groups to protect: for each source and each month, every group of the offered kinds (company, region,
     * branch, branch × department, department, tenure band) and every finest group with 1 … k − 1 answers.
     */
    List<Group> smallGroups(int k) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < atoms.size(); i++) {
            Atom a = atoms.get(i);
            for (String scope : List.of("source " + a.source(), "month " + a.month())) {
                List<String> keys = new ArrayList<>(List.of("company", "region " + a.region(), "branch " + a.branchId(),
                        "atom " + a.branchId() + "/" + a.department() + "/" + a.tenure()));
                if (a.department() != null) {
                    keys.add("branch×dept " + a.branchId() + "/" + a.department());
                    keys.add("dept " + a.department());
                }
                if (a.tenure() != null) {
                    keys.add("tenure " + a.tenure());
                }
                for (String key : keys) {
                    groups.computeIfAbsent(scope + " " + key, x -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Group> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        groups.forEach((label, cols) -> {
            int n = cols.stream().mapToInt(i -> atoms.get(i).n()).sum();
            int[] c = cols.stream().mapToInt(Integer::intValue).toArray();
            if (n > 0 && n < k && seen.add(Arrays.toString(c))) {
                out.add(new Group(label, c, n));
            }
        });
        return out;
    }

    /** Groups of 1 … k − 1 answers that the shown figures determine by adding and subtracting. */
    List<Group> determinedByRank(List<Group> groups) {
        ReleaseBuilder.Basis basis = new ReleaseBuilder.Basis();
        rows.values().forEach(basis::add);
        return groups.stream().filter(g -> basis.spans(g.columns())).toList();
    }

    /** Groups whose size the shown figures pin (min = max) under non-negative counts. */
    List<Group> pinnedByBounds(List<Group> groups) {
        List<Group> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        int vars = atoms.size();
        List<LinearConstraint> constraints = new ArrayList<>();
        ReleaseBuilder.Basis independent = new ReleaseBuilder.Basis(); // redundant equalities upset the simplex
        rows.forEach((key, cols) -> {
            if (independent.spans(cols)) {
                return;
            }
            independent.add(cols);
            double[] coef = new double[vars];
            for (int c : cols) {
                coef[c] = 1;
            }
            constraints.add(new LinearConstraint(coef, Relationship.EQ, values.get(key)));
        });
        // x >= 0 as explicit rows: Hipparchus 4.0.2's NonNegativeConstraint(true) path returned a non-optimal vertex
        // here (max x1 subject to x0+…+x8 = 10, x2+…+x5 = 5 gave 0)
        for (int i = 0; i < vars; i++) {
            double[] e = new double[vars];
            e[i] = 1;
            constraints.add(new LinearConstraint(e, Relationship.GEQ, 0));
        }
        boolean[] constrained = new boolean[vars];
        rows.values().forEach(cols -> {
            for (int c : cols) {
                constrained[c] = true;
            }
        });
        for (Group g : groups) {
            if (Arrays.stream(g.columns()).anyMatch(c -> !constrained[c])) {
                continue; // a part no shown figure mentions is unbounded: not pinned
            }
            double[] objective = new double[vars];
            for (int c : g.columns()) {
                objective[c] = 1;
            }
            double min = solve(objective, constraints, GoalType.MINIMIZE);
            double max = solve(objective, constraints, GoalType.MAXIMIZE);
            if (Math.abs(max - min) < 1e-6) {
                out.add(g);
            }
        }
        return out;
    }

    private static double solve(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
        var solution = new SimplexSolver().optimize(new MaxIter(100_000),
                new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
                new NonNegativeConstraint(false), PivotSelectionRule.BLAND);
        return solution.getValue();
    }

    static Predicate<Atom> filter(Set<Long> scope, String region, Long branch, String department, String tenure) {
        return a -> (scope == null || scope.contains(a.branchId())) && (region == null || region.equals(a.region()))
                && (branch == null || branch == a.branchId()) && (department == null || department.equals(a.department()))
                && (tenure == null || tenure.equals(a.tenure()));
    }

    static String describe(Object... parts) {
        return String.join(" ", Arrays.stream(parts).filter(Objects::nonNull).map(String::valueOf).toList());
    }
}
