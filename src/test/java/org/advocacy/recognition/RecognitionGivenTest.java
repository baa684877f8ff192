package org.advocacy.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.advocacy.org.Employee;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * What someone gave stays in their own history whatever its visibility, and the colleague picker offers the
 * giver's own branch first.
 */
class RecognitionGivenTest extends RecognitionTestSupport {

    private boolean inFeeds(String message) {
        List<FeedItem> seen = new java.util.ArrayList<>(recognition.feed(null, 0, 200));
        Set<Long> branches = recognition.feedBranchIds();
        if (branches != null) {
            for (Long b : branches) {
                seen.addAll(recognition.feed(b, 0, 200));
            }
        }
        return seen.stream().anyMatch(i -> message.equals(i.message()));
    }

    @Test
    void branchRecognitionForAnotherBranchIsMissingFromTheGiversFeedButInTheirGivenHistory() {
        Employee saigon = someoneIn("SG01");
        long value = valueId();
        String message = "Cảm ơn anh đã giúp ca tối " + UUID.randomUUID();
        signIn.as(SignIn.EMPLOYEE);
        int before = recognition.givenCount();
        long id = recognition.recognise(new RecognitionData(Set.of(saigon.id()), Set.of(value), message, Visibility.BRANCH));

        assertThat(inFeeds(message)).as("a branch entry of SG01 is not in an HN01 employee's feeds").isFalse();
        assertThat(recognition.givenCount()).isEqualTo(before + 1);
        List<FeedItem> given = recognition.given(0, 10);
        assertThat(given.get(0).id()).isEqualTo(id);
        assertThat(given.get(0).message()).isEqualTo(message);
        assertThat(given.get(0).recipients()).extracting(Colleague::employeeId).containsExactly(saigon.id());

        // someone else's given history does not hold it
        signIn.as(SignIn.MANAGER);
        assertThat(recognition.given(0, 200)).extracting(FeedItem::id).doesNotContain(id);
        // an administrator without an employee role gives nothing and has no such history
        signIn.as(SignIn.ADMIN);
        assertThatThrownBy(() -> recognition.given(0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePickerListsTheGiversOwnBranchFirstWithJobTitles() {
        signIn.as(SignIn.EMPLOYEE);
        String own = org.ownProfile().orElseThrow().branchCode();
        List<Colleague> first = recognition.recipients(null, 0, 200);
        int total = recognition.countRecipients(null);
        assertThat(total).as("peer recognition: the whole company").isGreaterThan(first.size() / 2);
        int ownCount = (int) first.stream().filter(c -> c.branchCode().equals(own)).count();
        assertThat(ownCount).isPositive();
        // every colleague of the own branch comes before anyone of another branch
        assertThat(first.subList(0, ownCount)).allSatisfy(c -> assertThat(c.branchCode()).isEqualTo(own));
        assertThat(first.subList(ownCount, first.size())).noneSatisfy(c -> assertThat(c.branchCode()).isEqualTo(own));
        assertThat(first).anySatisfy(c -> assertThat(c.jobTitle()).isNotBlank());
        // a search keeps the order: own branch, then by name
        Employee saigon = someoneIn("SG01");
        signIn.as(SignIn.EMPLOYEE);
        assertThat(recognition.recipients(saigon.fullName(), 0, 50)).extracting(Colleague::employeeId)
                .contains(saigon.id());
    }
}
