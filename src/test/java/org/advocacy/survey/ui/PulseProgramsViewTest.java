package org.advocacy.survey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.advocacy.survey.Driver;
import org.advocacy.survey.ImportBatch;
import org.advocacy.survey.Program;
import org.advocacy.survey.RoundListItem;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;

/** HR creates a program from the driver library and opens a round; HR imports past answers from CSV. */
class PulseProgramsViewTest extends KaribuTest {

    @Test
    void hrCreatesAProgramAndOpensARound() {
        login(SignIn.HR);
        UI.getCurrent().navigate(PulseProgramsView.class);
        PulseProgramsView view = _get(PulseProgramsView.class);
        int before = GridKt._size(view.programs);
        _click(_get(Button.class, spec -> spec.withId("program-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("program-name")), "Khảo sát thử");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Driver> drivers = _get(MultiSelectComboBox.class, spec -> spec.withId("program-drivers"));
        drivers.setValue(Set.of(Driver.library("growth").orElseThrow(), Driver.library("team").orElseThrow()));
        _click(_get(Button.class, spec -> spec.withId("program-save")));
        assertThat(GridKt._size(view.programs)).isEqualTo(before + 1);
        Program created = GridKt._get(view.programs, 0);
        assertThat(created.name()).isEqualTo("Khảo sát thử");
        assertThat(created.drivers()).extracting(Driver::code).containsExactly("growth", "team");
        com.vaadin.flow.component.Component actions = GridKt._getCellComponent(view.programs, 0, "actions");
        Button open = (Button) actions.getChildren().filter(c -> c.getId().orElse("").equals("program-open-" + created.id()))
                .findFirst().orElseThrow();
        _click(open);
        RoundListItem first = GridKt._get(view.rounds, 0);
        assertThat(first.programId()).isEqualTo(created.id());
        assertThat(first.open()).isTrue();
        assertThat(first.invited()).isGreaterThan(200);
        assertThat(GridKt._getFormattedRow(view.rounds, 0)).anyMatch(cell -> cell.startsWith("0 / "));
    }

    @Test
    void aCsvWithABadRowImportsNothingAndAGoodOneImportsAll() {
        login(SignIn.HR);
        UI.getCurrent().navigate(PulseImportView.class);
        String bad = "period,branch,department,score,driver.team\n2017-01,HN01,Trị liệu,9,4\n2017-01,ZZ01,Trị liệu,5,3\n";
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("pulse-import-upload")), "old.csv",
                bad.getBytes(StandardCharsets.UTF_8));
        Div result = _get(Div.class, spec -> spec.withId("pulse-import-result"));
        assertThat(result.getElement().getTextRecursively()).contains(en("survey.import.refused", 1))
                .contains(en("survey.import.row", 3, en("survey.import.branch", "ZZ01")));
        String good = "period;branch;department;score;driver.team;comment\n2017-01;HN01;Trị liệu;9;4;tốt\n2017-01;HN02;Trị liệu;3;2;\n";
        _setValue(_get(TextField.class, spec -> spec.withId("pulse-import-name")), "Công cụ cũ 2017");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("pulse-import-upload")), "old.csv",
                good.getBytes(StandardCharsets.UTF_8));
        assertThat(result.getElement().getTextRecursively()).contains(en("survey.import.done", 2));
        // the batch is listed by its name and HR deletes it as a whole
        PulseImportView view = _get(PulseImportView.class);
        ImportBatch batch = GridKt._get(view.batches, 0);
        assertThat(batch.name()).isEqualTo("Công cụ cũ 2017");
        assertThat(batch.months()).containsExactly("2017-01");
        int before = GridKt._size(view.batches);
        _click((Button) GridKt._getCellComponent(view.batches, 0, "delete"));
        assertThat(GridKt._size(view.batches)).isEqualTo(before - 1);
        assertThat(result.getElement().getTextRecursively()).contains(en("survey.import.deleted", "Công cụ cũ 2017"));
    }
}
