package org.advocacy.survey.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.advocacy.survey.ReleaseBuilder.Level;
import org.advocacy.survey.StaffAdvocacyQuery;

/**
 * Releases computed by a test, served the way {@link ReleaseRepository} serves stored ones, so that the real readers
 * (here the staff eNPS per branch-month that insights show) run over them without a database.
 */
public class InMemoryReleases extends ReleaseRepository {

    private final List<ReleaseRow> releases;
    private final List<CellRow> cells;

    public InMemoryReleases(List<ReleaseRow> releases, List<CellRow> cells) {
        super(null, null, 0);
        this.releases = releases.stream().sorted(Comparator.comparing(ReleaseRow::month)
                .thenComparingLong(ReleaseRow::id)).toList();
        this.cells = cells;
    }

    @Override
    public List<ReleaseRow> between(String fromMonth, String toMonth) {
        return releases.stream().filter(r -> r.month().compareTo(fromMonth) >= 0 && r.month().compareTo(toMonth) <= 0)
                .toList();
    }

    @Override
    public List<ReleaseRow> inMonths(Collection<String> months) {
        return releases.stream().filter(r -> months.contains(r.month())).toList();
    }

    @Override
    public List<CellRow> cells(Collection<Long> releaseIds, Collection<Level> levels, Collection<Long> branchIds) {
        return cells.stream().filter(c -> releaseIds.contains(c.releaseId()) && levels.contains(c.key().level())
                && (branchIds == null || branchIds.contains(c.key().branchId()))).toList();
    }

    /**
     * Staff eNPS per branch-month over these releases, by the rule the production {@code ReleasedStaffAdvocacyQuery}
     * implements in SQL (a branch-month adds the branch cells of every release of the month and is shown only when all
     * of them are released). {@code StaffAdvocacyQueryAgreementTest} checks that the two agree on stored releases.
     */
    public StaffAdvocacyQuery staffAdvocacy() {
        return staffAdvocacy(this);
    }

    /** The rule above over any release reader (the agreement test passes the stored repository). */
    public static StaffAdvocacyQuery staffAdvocacy(ReleaseRepository reader) {
        return new StaffAdvocacyQuery() {
            @Override
            public List<BranchStaffMonth> branchMonths(java.time.YearMonth from, java.time.YearMonth to) {
                return read(reader, from, to, null);
            }

            @Override
            public List<BranchStaffMonth> branchMonths(java.time.YearMonth from, java.time.YearMonth to,
                    Collection<Long> branchIds) {
                return read(reader, from, to, branchIds);
            }

            @Override
            public ReleasesVersion version(java.time.YearMonth from, java.time.YearMonth to) {
                List<ReleaseRow> rows = reader.between(from.toString(), to.toString());
                return new ReleasesVersion(rows.size(), rows.stream().mapToLong(ReleaseRow::id).max().orElse(0));
            }
        };
    }

    private static List<StaffAdvocacyQuery.BranchStaffMonth> read(ReleaseRepository reader, java.time.YearMonth from,
            java.time.YearMonth to, Collection<Long> branchIds) {
        List<ReleaseRow> rows = reader.between(from.toString(), to.toString());
        java.util.Map<Long, String> monthOf = new java.util.HashMap<>();
        rows.forEach(r -> monthOf.put(r.id(), r.month()));
        record Acc(int[] counts, String[] reason) {
        }
        java.util.Map<String, java.util.Map<Long, Acc>> byMonth = new java.util.TreeMap<>();
        for (CellRow c : reader.cells(monthOf.keySet(), java.util.EnumSet.of(Level.BRANCH), branchIds)) {
            if (c.n() == 0) {
                continue;
            }
            Acc acc = byMonth.computeIfAbsent(monthOf.get(c.releaseId()), m -> new java.util.TreeMap<>())
                    .computeIfAbsent(c.key().branchId(), b -> new Acc(new int[3], new String[1]));
            if (!c.released()) {
                if (acc.reason()[0] == null || org.advocacy.survey.ReleaseBuilder.MIN_GROUP.equals(c.reason())) {
                    acc.reason()[0] = c.reason() == null ? "hidden" : c.reason();
                }
            } else {
                acc.counts()[0] += c.promoters();
                acc.counts()[1] += c.passives();
                acc.counts()[2] += c.detractors();
            }
        }
        List<StaffAdvocacyQuery.BranchStaffMonth> out = new java.util.ArrayList<>();
        byMonth.forEach((month, branches) -> branches.forEach((branch, acc) -> {
            boolean ok = acc.reason()[0] == null;
            out.add(new StaffAdvocacyQuery.BranchStaffMonth(branch, java.time.YearMonth.parse(month), ok,
                    ok ? acc.counts()[0] : 0, ok ? acc.counts()[1] : 0, ok ? acc.counts()[2] : 0,
                    ok ? null : acc.reason()[0]));
        }));
        return out;
    }
}
