package org.advocacy.survey.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.advocacy.survey.ReleaseBuilder;
import org.advocacy.survey.StaffAdvocacyQuery;
import org.advocacy.survey.internal.ReleaseRepository.CellRow;
import org.advocacy.survey.internal.ReleaseRepository.ReleaseRow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link StaffAdvocacyQuery} from the stored releases: a branch-month adds the branch cells of every release that
 * counts in that month (a round in its close date's month, an imported batch in its own month) and is released only
 * when every one of those cells is released (DOMAIN rule 11).
 */
@Component
class ReleasedStaffAdvocacyQuery implements StaffAdvocacyQuery {

    private final ReleaseRepository releases;

    ReleasedStaffAdvocacyQuery(ReleaseRepository releases) {
        this.releases = releases;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BranchStaffMonth> branchMonths(YearMonth from, YearMonth to) {
        List<ReleaseRow> rows = releases.between(from.toString(), to.toString());
        Map<Long, String> monthOf = new java.util.HashMap<>();
        rows.forEach(r -> monthOf.put(r.id(), r.month()));
        record Acc(int[] counts, String[] reason) {
        }
        Map<String, Map<Long, Acc>> byMonth = new TreeMap<>();
        for (CellRow c : releases.cells(monthOf.keySet(), EnumSet.of(ReleaseBuilder.Level.BRANCH), null)) {
            if (c.n() == 0) {
                continue;
            }
            Acc acc = byMonth.computeIfAbsent(monthOf.get(c.releaseId()), m -> new TreeMap<>())
                    .computeIfAbsent(c.key().branchId(), b -> new Acc(new int[3], new String[1]));
            if (!c.released()) {
                if (acc.reason()[0] == null || ReleaseBuilder.MIN_GROUP.equals(c.reason())) {
                    acc.reason()[0] = c.reason();
                }
            } else {
                acc.counts()[0] += c.promoters();
                acc.counts()[1] += c.passives();
                acc.counts()[2] += c.detractors();
            }
        }
        List<BranchStaffMonth> out = new ArrayList<>();
        byMonth.forEach((month, branches) -> branches.forEach((branch, acc) -> {
            boolean ok = acc.reason()[0] == null;
            out.add(new BranchStaffMonth(branch, YearMonth.parse(month), ok, ok ? acc.counts()[0] : 0,
                    ok ? acc.counts()[1] : 0, ok ? acc.counts()[2] : 0, ok ? null : acc.reason()[0]));
        }));
        return out;
    }
}
