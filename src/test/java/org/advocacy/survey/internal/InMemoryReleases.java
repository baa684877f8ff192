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
        super(null, 0);
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

    /** The production reader of staff eNPS per branch-month (what insights show), over these releases. */
    public StaffAdvocacyQuery staffAdvocacy() {
        return new ReleasedStaffAdvocacyQuery(this);
    }
}
