package org.advocacy.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;

/** HR's feedback import reads by the one CSV rule: a file that is not UTF-8 is refused, naming the line. */
class FeedbackImportViewTest extends KaribuTest {

    private void upload(byte[] bytes) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("feedback-import-upload")), "old.csv", "text/csv", bytes);
    }

    private static String result() {
        return _get(Span.class, spec -> spec.withId("feedback-import-result")).getText();
    }

    @Test
    void aLatin1FileIsRefusedAndNothingOfItIsStored() {
        login(SignIn.HR);
        UI.getCurrent().navigate(FeedbackImportView.class);
        String csv = "branch;nps;comment;submitted_at;external_id\n"
                + "HN01;9;Tres bien;2026-09-01 10:00;latin1-" + UUID.randomUUID() + "\n"
                + "HN01;4;Caf\u00e9 froid;2026-09-01 11:00;latin1-" + UUID.randomUUID() + "\n";
        upload(csv.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(result()).isEqualTo(en("import.error.encoding", 3)).contains("3");

        upload(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result()).as("both lines are new: the refused upload stored neither")
                .isEqualTo(en("feedbackImport.done", 2, 0));
    }
}
