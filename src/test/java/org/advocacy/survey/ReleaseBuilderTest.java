package org.advocacy.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.advocacy.survey.ReleaseBuilder.Cell;
import org.advocacy.survey.ReleaseBuilder.Level;
import org.junit.jupiter.api.Test;

/** The complementary suppression of {@link ReleaseBuilder} (decision 0010): what it hides, and what it need not. */
class ReleaseBuilderTest {

    static final AnonymityRules RULES = AnonymityRules.of(5, 10);

    private static ReleaseBuilder.Atom atom(long branch, String region, String department, String tenure, int n) {
        return new ReleaseBuilder.Atom(branch, region, department, tenure, n, 0, 0, Map.of());
    }

    private static List<Cell> hidden(List<Cell> cells) {
        return cells.stream().filter(c -> c.n() > 0 && !c.released()).toList();
    }

    @Test
    void anUnstatedRestOfAtLeastKNeedsNoComplement() {
        List<ReleaseBuilder.Atom> atoms = new ArrayList<>();
        for (long b = 1; b <= 3; b++) {
            atoms.add(atom(b, "North", "Spa", "1-3", 6));
            atoms.add(atom(b, "North", "Desk", "3+", 7));
            atoms.add(atom(b, "North", null, null, 5)); // generalised away: part of the branch, of no finer cell
        }
        assertThat(hidden(new ReleaseBuilder(RULES).build(atoms, List.of()))).isEmpty();
    }

    @Test
    void anUnstatedRestUnderKIsProtectedByADepartmentCellNotAWholeBranch() {
        List<ReleaseBuilder.Atom> atoms = new ArrayList<>();
        for (long b = 1; b <= 3; b++) {
            atoms.add(atom(b, "North", "Spa", "1-3", 6));
            atoms.add(atom(b, "North", "Desk", "3+", 7 + (int) b));
            atoms.add(atom(b, "North", null, null, b == 2 ? 2 : 5));
        }
        List<Cell> hidden = hidden(new ReleaseBuilder(RULES).build(atoms, List.of()));
        // branch 2's two unstated answers = branch − its departments: one department of branch 2 is hidden with them
        assertThat(hidden).isNotEmpty();
        assertThat(hidden).extracting(c -> c.key().level()).doesNotContain(Level.BRANCH, Level.REGION, Level.COMPANY);
        assertThat(hidden).anyMatch(c -> c.key().level() == Level.BRANCH_DEPARTMENT && c.key().branchId() == 2);
        assertThat(hidden).allMatch(c -> ReleaseBuilder.COMPLEMENTARY.equals(c.reason()));
    }

    @Test
    void aSmallBranchIsHiddenWithItsSmallestSiblingSoItsRegionCanStillShow() {
        List<ReleaseBuilder.Atom> atoms = List.of(atom(1, "North", "Spa", "1-3", 3), atom(2, "North", "Spa", "1-3", 8),
                atom(3, "North", "Spa", "1-3", 9), atom(4, "South", "Spa", "1-3", 20));
        List<Cell> cells = new ReleaseBuilder(RULES).build(atoms, List.of());
        List<Cell> hidden = hidden(cells);
        assertThat(hidden).anyMatch(c -> c.key().level() == Level.BRANCH && c.key().branchId() == 1
                && ReleaseBuilder.MIN_GROUP.equals(c.reason()));
        assertThat(hidden).anyMatch(c -> c.key().level() == Level.BRANCH && c.key().branchId() == 2
                && ReleaseBuilder.COMPLEMENTARY.equals(c.reason()));
        assertThat(cells).anyMatch(c -> c.key().level() == Level.REGION && c.key().region().equals("North") && c.released());
    }
}
