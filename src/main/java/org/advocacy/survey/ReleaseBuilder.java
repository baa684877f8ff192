package org.advocacy.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Computes the release of one round (or one imported batch in one month): the counts of every reportable cell and which
 * of them may be shown (docs/domain-rules.md#rule-11, docs/decisions/0010). Cells: the company, each region, each
 * branch, each branch × department, each department across the company and each tenure band across the company. The
 * finest groups ("atoms") are branch × stored department × stored tenure band; atoms with no department or band are
 * part of their branch (and the company) but of no finer cell.
 *
 * <p>Method, for each measure (answers, each driver's answers, comment eligibility): primary suppression of every
 * cell with 1 to k − 1 answers; then <b>greedy smallest-sibling complementary suppression</b> over every additive
 * relation of the offered cells (parent = sum of its children): while a shown parent has exactly one hidden part, or
 * hidden parts adding up to fewer than k, the smallest shown sibling is hidden too. Finally a <b>rank check</b>: no
 * hidden cell or atom with 1 to k − 1 answers may lie in the row space of the shown cells (exact arithmetic modulo a
 * large prime); if one does, shown cells of the same region are hidden, smallest first, until none does.
 */
public final class ReleaseBuilder {

    /** Where a cell sits in the hierarchy. */
    public enum Level { COMPANY, REGION, BRANCH, BRANCH_DEPARTMENT, DEPARTMENT, TENURE }

    /** Why a cell is hidden: too few answers itself, or hidden to protect another cell. */
    public static final String MIN_GROUP = "min-group";
    public static final String COMPLEMENTARY = "complementary";

    /** A cell's identity; '' and 0 where the level has no such part. */
    public record Key(Level level, String region, long branchId, String department, String tenure) {
        public static Key company() {
            return new Key(Level.COMPANY, "", 0, "", "");
        }

        public static Key region(String region) {
            return new Key(Level.REGION, region, 0, "", "");
        }

        public static Key branch(String region, long branchId) {
            return new Key(Level.BRANCH, region, branchId, "", "");
        }

        public static Key branchDepartment(String region, long branchId, String department) {
            return new Key(Level.BRANCH_DEPARTMENT, region, branchId, department, "");
        }

        public static Key department(String department) {
            return new Key(Level.DEPARTMENT, "", 0, department, "");
        }

        public static Key tenure(String tenure) {
            return new Key(Level.TENURE, "", 0, "", tenure);
        }
    }

    /** The answers of one finest group: counts and each driver's 1–5 distribution. */
    public record Atom(long branchId, String region, String department, String tenure, int promoters, int passives,
            int detractors, Map<String, int[]> drivers) {
        public int n() {
            return promoters + passives + detractors;
        }
    }

    /** A driver's distribution in one cell and whether it may be shown. */
    public record DriverCell(int n, int[] distribution, boolean released, String reason) {
    }

    /** One cell of the release. */
    public record Cell(Key key, int n, int promoters, int passives, int detractors, boolean released, String reason,
            boolean commentsReleased, Map<String, DriverCell> drivers) {
    }

    private static final long P = 2_147_483_647L; // 2^31 − 1: products fit in a long

    private final int k;
    private final int commentMinimum;
    private int rankChecks;

    public ReleaseBuilder(AnonymityRules rules) {
        this.k = rules.k();
        this.commentMinimum = rules.commentMinimum();
    }

    /** How many row-space checks the last {@link #build} ran (reported by the benchmark). */
    public int rankChecks() {
        return rankChecks;
    }

    public List<Cell> build(List<Atom> atoms, List<String> driverCodes) {
        rankChecks = 0;
        List<Atom> sorted = new ArrayList<>(atoms);
        sorted.sort(Comparator.comparing(Atom::region).thenComparingLong(Atom::branchId)
                .thenComparing(a -> Objects.toString(a.department(), "")).thenComparing(a -> Objects.toString(a.tenure(), "")));
        Structure s = new Structure(sorted);
        int[] answers = sorted.stream().mapToInt(Atom::n).toArray();
        String[] enps = s.suppress(answers, k, new String[s.keys.size()]);
        String[] comments = s.suppress(answers, commentMinimum, enps);
        Map<String, String[]> driverHidden = new LinkedHashMap<>();
        Map<String, int[]> driverN = new LinkedHashMap<>();
        for (String code : driverCodes) {
            int[] n = new int[sorted.size()];
            for (int i = 0; i < n.length; i++) {
                int[] d = sorted.get(i).drivers().get(code);
                n[i] = d == null ? 0 : Arrays.stream(d).sum();
            }
            driverN.put(code, n);
            driverHidden.put(code, s.suppress(n, k, enps));
        }
        List<Cell> out = new ArrayList<>();
        for (int c = 0; c < s.keys.size(); c++) {
            int p = 0, pa = 0, d = 0;
            Map<String, int[]> dist = new LinkedHashMap<>();
            for (int a : s.members.get(c)) {
                Atom atom = sorted.get(a);
                p += atom.promoters();
                pa += atom.passives();
                d += atom.detractors();
                for (String code : driverCodes) {
                    int[] src = atom.drivers().get(code);
                    if (src != null) {
                        int[] acc = dist.computeIfAbsent(code, x -> new int[5]);
                        for (int i = 0; i < 5; i++) {
                            acc[i] += src[i];
                        }
                    }
                }
            }
            Map<String, DriverCell> drivers = new LinkedHashMap<>();
            for (String code : driverCodes) {
                int[] acc = dist.getOrDefault(code, new int[5]);
                String reason = driverHidden.get(code)[c];
                drivers.put(code, new DriverCell(Arrays.stream(acc).sum(), acc, reason == null, reason));
            }
            out.add(new Cell(s.keys.get(c), p + pa + d, p, pa, d, enps[c] == null, enps[c], comments[c] == null, drivers));
        }
        return out;
    }

    /** The cells, their atoms and the additive relations between them. */
    private final class Structure {
        final List<Key> keys = new ArrayList<>();
        final List<int[]> members = new ArrayList<>();
        final List<Relation> relations = new ArrayList<>();
        final int atomCount;
        final List<Atom> atoms;

        record Relation(int parent, int[] children, int[] rest) {
        }

        Structure(List<Atom> atoms) {
            this.atoms = atoms;
            this.atomCount = atoms.size();
            Map<Key, List<Integer>> cells = new LinkedHashMap<>();
            for (int i = 0; i < atoms.size(); i++) {
                Atom a = atoms.get(i);
                for (Key key : keysOf(a)) {
                    cells.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
                }
            }
            Map<Key, Integer> index = new HashMap<>();
            for (var e : cells.entrySet()) {
                index.put(e.getKey(), keys.size());
                keys.add(e.getKey());
                members.add(e.getValue().stream().mapToInt(Integer::intValue).toArray());
            }
            if (keys.isEmpty()) {
                return;
            }
            int company = index.get(Key.company());
            relate(company, Level.REGION, key -> true, index);
            relate(company, Level.DEPARTMENT, key -> true, index);
            relate(company, Level.TENURE, key -> true, index);
            for (int c = 0; c < keys.size(); c++) {
                Key key = keys.get(c);
                switch (key.level()) {
                    case REGION -> relate(c, Level.BRANCH, child -> child.region().equals(key.region()), index);
                    case BRANCH -> relate(c, Level.BRANCH_DEPARTMENT, child -> child.branchId() == key.branchId(), index);
                    case DEPARTMENT -> relate(c, Level.BRANCH_DEPARTMENT,
                            child -> child.department().equals(key.department()), index);
                    default -> {
                    }
                }
            }
        }

        private void relate(int parent, Level childLevel, java.util.function.Predicate<Key> belongs, Map<Key, Integer> index) {
            List<Integer> children = new ArrayList<>();
            boolean[] covered = new boolean[atomCount];
            for (int c = 0; c < keys.size(); c++) {
                if (keys.get(c).level() == childLevel && belongs.test(keys.get(c))) {
                    children.add(c);
                    for (int a : members.get(c)) {
                        covered[a] = true;
                    }
                }
            }
            int[] rest = Arrays.stream(members.get(parent)).filter(a -> !covered[a]).toArray();
            relations.add(new Relation(parent, children.stream().mapToInt(Integer::intValue).toArray(), rest));
        }

        /** Hidden reason per cell (null = shown) for one measure whose per-atom counts are {@code n}. */
        String[] suppress(int[] n, int threshold, String[] forced) {
            int cells = keys.size();
            int[] cellN = new int[cells];
            String[] hidden = new String[cells];
            for (int c = 0; c < cells; c++) {
                for (int a : members.get(c)) {
                    cellN[c] += n[a];
                }
                if (forced[c] != null) {
                    hidden[c] = forced[c];
                } else if (cellN[c] > 0 && cellN[c] < threshold) {
                    hidden[c] = MIN_GROUP;
                }
            }
            while (true) {
                boolean changed = true;
                while (changed) {
                    changed = false;
                    for (Relation r : relations) {
                        if (hidden[r.parent()] == null && protect(r, n, cellN, hidden, threshold)) {
                            changed = true;
                        }
                    }
                }
                int[] determined = firstDetermined(n, threshold, hidden);
                if (determined == null) {
                    return hidden;
                }
                hideForRank(determined, n, threshold, cellN, hidden);
            }
        }

        /** One relation's smallest-sibling step; true when it hid something. */
        private boolean protect(Relation r, int[] n, int[] cellN, String[] hidden, int threshold) {
            int hiddenParts = 0;
            int hiddenSum = 0;
            int restN = 0;
            for (int a : r.rest()) {
                restN += n[a];
            }
            if (restN > 0) {
                hiddenParts++;
                hiddenSum += restN;
            }
            int smallest = -1;
            for (int c : r.children()) {
                if (cellN[c] == 0) {
                    continue;
                }
                if (hidden[c] != null) {
                    hiddenParts++;
                    hiddenSum += cellN[c];
                } else if (smallest < 0 || cellN[c] < cellN[smallest]) {
                    smallest = c;
                }
            }
            if (hiddenParts == 0 || (hiddenParts >= 2 && hiddenSum >= threshold)) {
                return false;
            }
            if (hiddenParts == 1 && restN >= threshold) {
                return false; // the only unknown is the unstated rest of at least k answers: no small group to protect
            }
            if (smallest >= 0) {
                hidden[smallest] = COMPLEMENTARY;
            } else {
                hidden[r.parent()] = COMPLEMENTARY; // every part hidden and together under the threshold
            }
            return true;
        }

        /** A sensitive unit (hidden cell or atom with 1 … threshold−1) in the shown cells' row space, or null. */
        private int[] firstDetermined(int[] n, int threshold, String[] hidden) {
            Basis basis = basis(hidden, -1);
            for (int[] unit : sensitiveUnits(n, threshold, hidden)) {
                rankChecks++;
                if (basis.spans(unit)) {
                    return unit;
                }
            }
            return null;
        }

        private List<int[]> sensitiveUnits(int[] n, int threshold, String[] hidden) {
            List<int[]> units = new ArrayList<>();
            for (int c = 0; c < keys.size(); c++) {
                int cn = 0;
                for (int a : members.get(c)) {
                    cn += n[a];
                }
                if (hidden[c] != null && cn > 0 && cn < threshold) {
                    units.add(nonEmpty(members.get(c), n));
                }
            }
            for (int a = 0; a < atomCount; a++) {
                if (n[a] > 0 && n[a] < threshold) {
                    units.add(new int[] {a});
                }
            }
            return units;
        }

        private int[] nonEmpty(int[] atomsOfCell, int[] n) {
            return Arrays.stream(atomsOfCell).filter(a -> n[a] > 0).toArray();
        }

        /** Hides shown cells near the determined unit, smallest first, until it is no longer determined. */
        private void hideForRank(int[] unit, int[] n, int threshold, int[] cellN, String[] hidden) {
            String region = atoms.get(unit[0]).region();
            List<Integer> candidates = new ArrayList<>();
            for (int c = 0; c < keys.size(); c++) {
                Key key = keys.get(c);
                if (hidden[c] == null && cellN[c] > 0 && key.level() != Level.COMPANY
                        && (key.region().isEmpty() || key.region().equals(region))) {
                    candidates.add(c);
                }
            }
            // the smallest loss first: a department or tenure cell before a branch, a branch before a region
            candidates.sort(Comparator.comparingInt((Integer c) -> lossRank(keys.get(c).level()))
                    .thenComparingInt(c -> cellN[c]));
            for (int c : candidates.subList(0, Math.min(64, candidates.size()))) {
                rankChecks++;
                if (!basis(hidden, c).spans(unit)) {
                    hidden[c] = COMPLEMENTARY;
                    return;
                }
            }
            if (!candidates.isEmpty()) { // no single cell breaks it: hide the smallest and look again
                hidden[candidates.stream().min(Comparator.comparingInt(c -> cellN[c])).orElseThrow()] = COMPLEMENTARY;
            } else {
                for (int c = 0; c < keys.size(); c++) { // only the company is left: hide it too
                    if (hidden[c] == null && cellN[c] > 0) {
                        hidden[c] = COMPLEMENTARY;
                        return;
                    }
                }
            }
        }

        /** The order in which complements are sought: cells below a branch or across the company before whole branches. */
        private static int lossRank(Level level) {
            return switch (level) {
                case BRANCH_DEPARTMENT -> 0;
                case TENURE, DEPARTMENT -> 1;
                case BRANCH -> 2;
                case REGION -> 3;
                case COMPANY -> 4;
            };
        }

        /** Row space of the shown cells with at least one answer of any kind, optionally leaving one out. */
        private Basis basis(String[] hidden, int leaveOut) {
            Basis b = new Basis();
            // the finest cells first keeps the rows sparse
            List<Integer> order = new ArrayList<>();
            for (int c = 0; c < keys.size(); c++) {
                if (hidden[c] == null && c != leaveOut) {
                    order.add(c);
                }
            }
            order.sort(Comparator.comparingInt(c -> members.get(c).length));
            for (int c : order) {
                b.add(members.get(c));
            }
            return b;
        }
    }

    private static List<Key> keysOf(Atom a) {
        List<Key> keys = new ArrayList<>();
        keys.add(Key.company());
        keys.add(Key.region(a.region()));
        keys.add(Key.branch(a.region(), a.branchId()));
        if (a.department() != null) {
            keys.add(Key.branchDepartment(a.region(), a.branchId(), a.department()));
            keys.add(Key.department(a.department()));
        }
        if (a.tenure() != null) {
            keys.add(Key.tenure(a.tenure()));
        }
        return keys;
    }

    /**
     * A row-echelon basis of 0/1 rows over atoms, in exact arithmetic modulo the prime 2^31 − 1. A vector in the
     * rational row space is always found in this one, so the check never misses a determined cell.
     */
    static final class Basis {
        private final Map<Integer, TreeMap<Integer, Long>> pivots = new HashMap<>();

        void add(int[] atoms) {
            TreeMap<Integer, Long> row = reduce(vector(atoms));
            if (!row.isEmpty()) {
                long inv = inverse(row.firstEntry().getValue());
                row.replaceAll((col, v) -> v * inv % P);
                pivots.put(row.firstKey(), row);
            }
        }

        boolean spans(int[] atoms) {
            return reduce(vector(atoms)).isEmpty();
        }

        private static TreeMap<Integer, Long> vector(int[] atoms) {
            TreeMap<Integer, Long> v = new TreeMap<>();
            for (int a : atoms) {
                v.put(a, 1L);
            }
            return v;
        }

        private TreeMap<Integer, Long> reduce(TreeMap<Integer, Long> v) {
            Integer col = v.isEmpty() ? null : v.firstKey();
            while (col != null) {
                TreeMap<Integer, Long> pivot = pivots.get(col);
                if (pivot == null) {
                    col = v.higherKey(col);
                    continue;
                }
                long factor = v.get(col);
                for (var e : pivot.entrySet()) {
                    long nv = Math.floorMod(v.getOrDefault(e.getKey(), 0L) - factor * e.getValue() % P, P);
                    if (nv == 0) {
                        v.remove(e.getKey());
                    } else {
                        v.put(e.getKey(), nv);
                    }
                }
                col = v.higherKey(col);
            }
            return v;
        }

        private static long inverse(long a) {
            long result = 1, base = a % P, e = P - 2;
            while (e > 0) {
                if ((e & 1) == 1) {
                    result = result * base % P;
                }
                base = base * base % P;
                e >>= 1;
            }
            return result;
        }
    }
}
