package org.advocacy.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Kiosk links carry their branch's code, which is org's, and the list keeps the branch code order (issue 10). */
@PortalTest
class KioskServiceTest {

    @Autowired
    KioskService kiosks;
    @Autowired
    FeedbackService feedback;
    @Autowired
    SignIn signIn;

    @AfterEach
    void out() {
        signIn.out();
    }

    @Test
    void aKioskIsFoundByItsLinkWithItsBranchAndListedInBranchCodeOrder() {
        signIn.as(SignIn.MANAGER);
        long hn01 = feedback.publicBranch("HN01").orElseThrow().id();
        String name = "Quầy " + UUID.randomUUID().toString().substring(0, 8);
        NewKiosk created = kiosks.create(hn01, name);
        signIn.out();

        KioskDevice found = kiosks.byToken(created.path().substring("/k/".length())).orElseThrow();
        assertThat(found.id()).isEqualTo(created.id());
        assertThat(found.branchId()).isEqualTo(hn01);
        assertThat(found.branchCode()).isEqualTo("HN01");
        assertThat(kiosks.byToken("x".repeat(30))).as("an unknown link").isEmpty();

        signIn.as(SignIn.HR);
        List<KioskDevice> all = kiosks.list();
        assertThat(all).extracting(KioskDevice::name).contains(name);
        assertThat(all).extracting(KioskDevice::branchCode).doesNotContainNull()
                .isSortedAccordingTo(Comparator.naturalOrder());
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).branchCode().equals(all.get(i - 1).branchCode())) {
                assertThat(all.get(i).createdAt()).as("newest first within a branch")
                        .isBeforeOrEqualTo(all.get(i - 1).createdAt());
            }
        }
    }
}
