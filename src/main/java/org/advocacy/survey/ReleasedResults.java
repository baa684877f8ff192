package org.advocacy.survey;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.advocacy.security.BranchScope;
import org.advocacy.survey.ReleaseBuilder.Key;
import org.advocacy.survey.ReleaseBuilder.Level;
import org.advocacy.survey.SegmentGuard.Reason;
import org.advocacy.survey.internal.ReleaseRepository;
import org.advocacy.survey.internal.ReleaseRepository.CellRow;
import org.advocacy.survey.internal.ReleaseRepository.DriverRow;
import org.advocacy.survey.internal.ReleaseRepository.ReleaseRow;

/**
 * Every pulse figure is a sum of released cells of stored releases (docs/domain-rules.md#rule-11): a selection (one
 * round or the releases of some months; a branch, region, department or tenure band; the caller's branch scope) becomes
 * a list of cell keys, and the figure adds those cells over the releases. It is shown only when every contributing cell
 * (one with answers) is released; otherwise it carries the reason. Raw answers are read only for the comments of a
 * figure whose every cell passed the comment rule.
 */
final class ReleasedResults {

    /** The branches as the selection needs them. */
    record Org(Map<Long, String> codes, Map<Long, String> regions) {
        Long idOf(String code) {
            return codes.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).findFirst()
                    .orElse(null);
        }

        /** The id of the branch of this code as a set (empty: no such branch). */
        Set<Long> idsOf(String code) {
            Long id = idOf(code);
            return id == null ? Set.of() : Set.of(id);
        }

        /** The ids of the branches of a region (retired ones too; empty: no such region). */
        Set<Long> idsInRegion(String region) {
            Set<Long> out = new TreeSet<>();
            regions.forEach((id, r) -> {
                if (r.equals(region)) {
                    out.add(id);
                }
            });
            return out;
        }
    }

    /** A selection turned into cell keys; {@code keys} null when the combination is not offered. */
    record Selection(List<Key> keys) {
    }

    /** A summed figure. */
    record Figure(int n, int promoters, int passives, int detractors, Reason reason, boolean commentsReleased) {
        boolean shown() {
            return reason == null;
        }

        Enps enps() {
            return shown() ? Enps.of(promoters, passives, detractors) : null;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReleaseRepository repository;
    private final AnonymityRules rules;
    private final Org org;
    private final List<ReleaseRow> releases;
    private final Map<Long, Map<Key, CellRow>> cells = new HashMap<>();
    private final Map<Long, Map<Key, Map<String, DriverRow>>> drivers = new HashMap<>();

    /**
     * Over stored releases, read whole (and kept in memory, decision 0011): every level and branch is at hand, and
     * each figure picks its own cells.
     */
    ReleasedResults(ReleaseRepository repository, AnonymityRules rules, Org org, List<ReleaseRow> releases) {
        this.repository = repository;
        this.rules = rules;
        this.org = org;
        this.releases = releases;
        repository.load(releases.stream().map(ReleaseRow::id).toList()).forEach((id, loaded) -> {
            cells.put(id, loaded.cells());
            drivers.put(id, loaded.drivers());
        });
    }

    /** Over cells already in memory (the attacker test feeds releases it computed itself); no comments. */
    ReleasedResults(AnonymityRules rules, Org org, List<ReleaseRow> releases, List<CellRow> cellRows,
            List<DriverRow> driverRows) {
        this.repository = null;
        this.rules = rules;
        this.org = org;
        this.releases = releases;
        cellRows.forEach(c -> cells.computeIfAbsent(c.releaseId(), x -> new HashMap<>()).put(c.key(), c));
        driverRows.forEach(d -> drivers.computeIfAbsent(d.releaseId(), x -> new HashMap<>())
                .computeIfAbsent(d.key(), x -> new HashMap<>()).put(d.code(), d));
    }

    /** The levels a selection's figure reads (to load no more than needed). */
    static Set<Level> levelsFor(Selection s) {
        Set<Level> out = EnumSet.noneOf(Level.class);
        if (s.keys() != null) {
            s.keys().forEach(k -> out.add(k.level()));
        }
        if (out.isEmpty()) {
            out.add(Level.COMPANY);
        }
        return out;
    }

    /** Turns a request into cell keys for the caller's scope (see the README's anonymity section). */
    static Selection select(Org org, BranchScope scope, String region, String branchCode, String department,
            String tenure) {
        Long branchId = branchCode == null ? null : org.idOf(branchCode);
        if (branchCode != null && (branchId == null || !scope.includes(branchId))) {
            return new Selection(List.of()); // no answers in the caller's scope
        }
        if (region != null && (branchId != null || tenure != null)) {
            return new Selection(null);
        }
        if (tenure != null && (branchId != null || department != null || !scope.all())) {
            return new Selection(null);
        }
        if (scope.all()) {
            if (region != null) {
                return department != null ? new Selection(null) : new Selection(List.of(Key.region(region)));
            }
            if (branchId != null) {
                String r = org.regions().get(branchId);
                return new Selection(List.of(department != null ? Key.branchDepartment(r, branchId, department)
                        : Key.branch(r, branchId)));
            }
            if (department != null) {
                return new Selection(List.of(Key.department(department)));
            }
            return new Selection(List.of(tenure != null ? Key.tenure(tenure) : Key.company()));
        }
        List<Key> keys = new ArrayList<>();
        for (long b : new TreeSet<>(scope.branchIds())) {
            String r = org.regions().get(b);
            if (r == null || (branchId != null && b != branchId) || (region != null && !region.equals(r))) {
                continue;
            }
            keys.add(department != null ? Key.branchDepartment(r, b, department) : Key.branch(r, b));
        }
        return new Selection(keys);
    }

    Figure figure(Selection s) {
        if (s.keys() == null) {
            return new Figure(0, 0, 0, 0, Reason.NOT_OFFERED, false);
        }
        return figure(s.keys());
    }

    Figure figure(Collection<Key> keys) {
        int p = 0, pa = 0, d = 0;
        Reason reason = null;
        boolean comments = true;
        boolean any = false;
        for (ReleaseRow r : releases) {
            Map<Key, CellRow> of = cells.getOrDefault(r.id(), Map.of());
            for (Key k : keys) {
                CellRow c = of.get(k);
                if (c == null || c.n() == 0) {
                    continue;
                }
                any = true;
                if (!c.released()) {
                    reason = worse(reason, reasonOf(c.reason()));
                } else {
                    p += c.promoters();
                    pa += c.passives();
                    d += c.detractors();
                    comments &= c.commentsReleased();
                }
            }
        }
        if (!any) {
            reason = Reason.TOO_FEW;
        }
        return reason != null ? new Figure(0, 0, 0, 0, reason, false) : new Figure(p + pa + d, p, pa, d, null, comments);
    }

    /**
     * How many answered in some cells, released or not: the participation of a closed round at branch level and above
     * (docs/domain-rules.md#rule-8 shows it while the round is open too), never a figure.
     */
    int answered(Selection s) {
        int n = 0;
        if (s.keys() != null) {
            for (ReleaseRow r : releases) {
                Map<Key, CellRow> of = cells.getOrDefault(r.id(), Map.of());
                for (Key k : s.keys()) {
                    CellRow c = of.get(k);
                    n += c == null ? 0 : c.n();
                }
            }
        }
        return n;
    }

    List<PulseResults.DriverResult> drivers(Collection<Key> keys, List<String> codes) {
        List<PulseResults.DriverResult> out = new ArrayList<>();
        for (String code : codes) {
            int[] dist = new int[5];
            Reason reason = null;
            for (ReleaseRow r : releases) {
                var of = drivers.getOrDefault(r.id(), Map.of());
                for (Key k : keys) {
                    DriverRow d = of.getOrDefault(k, Map.of()).get(code);
                    if (d == null || d.n() == 0) {
                        continue;
                    }
                    if (!d.released()) {
                        reason = worse(reason, reasonOf(d.reason()));
                    } else {
                        for (int i = 0; i < 5; i++) {
                            dist[i] += d.distribution()[i];
                        }
                    }
                }
            }
            int n = dist[0] + dist[1] + dist[2] + dist[3] + dist[4];
            if (reason == null && n == 0) {
                reason = Reason.TOO_FEW; // nobody rated it here: nothing to show, never an error
            }
            if (reason != null) {
                out.add(new PulseResults.DriverResult(code, 0, null, null, reason));
            } else {
                double sum = dist[0] + 2.0 * dist[1] + 3.0 * dist[2] + 4.0 * dist[3] + 5.0 * dist[4];
                out.add(new PulseResults.DriverResult(code, n, sum / n, dist, null));
            }
        }
        return out;
    }

    /** Driver codes seen in the loaded releases (periods: drivers of every program in them), sorted. */
    List<String> driverCodesSeen() {
        TreeSet<String> codes = new TreeSet<>();
        drivers.values().forEach(m -> m.values().forEach(byCode -> codes.addAll(byCode.keySet())));
        return List.copyOf(codes);
    }

    /** How many comments a results screen shows at most (a random draw of them). */
    static final int COMMENTS_SHOWN = 200;

    /**
     * The comments of a shown figure whose every cell passed the comment rule: at most {@link #COMMENTS_SHOWN} of
     * them, drawn at random, in random order.
     */
    List<PulseResults.Comment> comments(Figure f, Collection<Key> keys) {
        if (repository == null || !f.shown() || !f.commentsReleased() || f.n() < rules.commentMinimum()) {
            return List.of();
        }
        List<PulseResults.Comment> out = new ArrayList<>();
        for (Map.Entry<String, LocalDate> e : repository.comments(releases, keys, org.regions(), COMMENTS_SHOWN)) {
            out.add(new PulseResults.Comment(e.getKey(), e.getValue()));
        }
        Collections.shuffle(out, RANDOM);
        return out;
    }

    /** The segment rows offered under a selection, each a figure of its own cells. */
    List<PulseResults.SegmentRow> segments(BranchScope scope, String region, String branchCode, String department,
            String tenure) {
        List<PulseResults.SegmentRow> rows = new ArrayList<>();
        if (tenure != null) {
            return rows;
        }
        Set<Key> present = new LinkedHashSet<>();
        cells.values().forEach(m -> m.values().forEach(c -> {
            if (c.n() > 0) {
                present.add(c.key());
            }
        }));
        Long branchId = branchCode == null ? null : org.idOf(branchCode);
        if (branchCode != null && (branchId == null || !scope.includes(branchId))) {
            return rows; // not in the caller's scope
        }
        if (branchId != null) {
            if (department == null) {
                for (Key k : sorted(present, Level.BRANCH_DEPARTMENT)) {
                    if (k.branchId() == branchId) {
                        rows.add(row("DEPARTMENT", k.department(), List.of(k)));
                    }
                }
            }
            return rows;
        }
        if (scope.all() && region == null && department == null) {
            for (Key k : sorted(present, Level.REGION)) {
                rows.add(row("REGION", k.region(), List.of(k)));
            }
            for (Key k : sorted(present, Level.BRANCH)) {
                rows.add(row("BRANCH", org.codes().get(k.branchId()), List.of(k)));
            }
            for (Key k : sorted(present, Level.DEPARTMENT)) {
                rows.add(row("DEPARTMENT", k.department(), List.of(k)));
            }
            for (Key k : sorted(present, Level.TENURE)) {
                rows.add(row("TENURE", k.tenure(), List.of(k)));
            }
            return rows;
        }
        // a department, a region or a manager's branches: one row per branch, and for managers per department
        Map<String, List<Key>> byBranch = new TreeMap<>();
        Map<String, List<Key>> byDepartment = new TreeMap<>();
        for (Key k : present) {
            boolean inScope = scope.includes(k.branchId()) && (region == null || region.equals(k.region()));
            if (!inScope) {
                continue;
            }
            if (department != null && k.level() == Level.BRANCH_DEPARTMENT && k.department().equals(department)) {
                byBranch.computeIfAbsent(org.codes().get(k.branchId()), x -> new ArrayList<>()).add(k);
            } else if (department == null && k.level() == Level.BRANCH) {
                byBranch.computeIfAbsent(org.codes().get(k.branchId()), x -> new ArrayList<>()).add(k);
            } else if (department == null && !scope.all() && k.level() == Level.BRANCH_DEPARTMENT) {
                byDepartment.computeIfAbsent(k.department(), x -> new ArrayList<>()).add(k);
            }
        }
        byBranch.forEach((code, keys) -> rows.add(row("BRANCH", code, keys)));
        byDepartment.forEach((dep, keys) -> rows.add(row("DEPARTMENT", dep, keys)));
        return rows;
    }

    /** Branch × driver means (suppressed cells null) for the heatmap. */
    Map<String, Map<String, Double>> heatmap(BranchScope scope, List<String> codes) {
        Map<String, Map<String, Double>> out = new TreeMap<>();
        Set<Key> branches = new LinkedHashSet<>();
        cells.values().forEach(m -> m.values().forEach(c -> {
            if (c.key().level() == Level.BRANCH && c.n() > 0 && scope.includes(c.key().branchId())) {
                branches.add(c.key());
            }
        }));
        for (Key b : branches) {
            Map<String, Double> row = new LinkedHashMap<>();
            boolean shown = figure(List.of(b)).shown();
            for (PulseResults.DriverResult d : drivers(List.of(b), codes)) {
                row.put(d.code(), shown ? d.mean() : null);
            }
            out.put(org.codes().get(b.branchId()), row);
        }
        return out;
    }

    private PulseResults.SegmentRow row(String dimension, String label, List<Key> keys) {
        Figure f = figure(keys);
        return f.shown() ? new PulseResults.SegmentRow(dimension, label, f.n(), f.enps(), null)
                : new PulseResults.SegmentRow(dimension, label, null, null, f.reason());
    }

    private static List<Key> sorted(Set<Key> keys, Level level) {
        return keys.stream().filter(k -> k.level() == level)
                .sorted((a, b) -> (a.region() + "|" + a.branchId() + "|" + a.department() + "|" + a.tenure())
                        .compareTo(b.region() + "|" + b.branchId() + "|" + b.department() + "|" + b.tenure()))
                .toList();
    }

    static Reason reasonOf(String stored) {
        return ReleaseBuilder.MIN_GROUP.equals(stored) ? Reason.TOO_FEW : Reason.DIFFERENCING;
    }

    private static Reason worse(Reason a, Reason b) {
        return a == null ? b : a == Reason.TOO_FEW || b == null ? a : b;
    }
}
