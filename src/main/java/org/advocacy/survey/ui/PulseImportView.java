package org.advocacy.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.advocacy.base.ValidationException;
import org.advocacy.survey.PulseCsv;
import org.advocacy.survey.PulseImportException;
import org.advocacy.survey.SurveyService;

/** HR uploads past pulse answers from another tool as CSV: all rows are stored, or none with each bad row listed. */
@Route("pulse/import")
@RolesAllowed("HR")
@Menu(title = "nav.pulseImport", order = 23, icon = "vaadin:upload-alt")
public class PulseImportView extends VerticalLayout implements HasDynamicTitle {

    private final SurveyService survey;
    final Div result = new Div();

    PulseImportView(SurveyService survey) {
        this.survey = survey;
        addClassName("list-view");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> importFile(bytes)));
        upload.setId("pulse-import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(PulseCsv.MAX_BYTES);
        upload.setMaxFiles(1);
        result.setId("pulse-import-result");
        add(new H2(getTranslation("survey.import.title")), new Paragraph(getTranslation("survey.import.hint")), upload, result);
    }

    void importFile(byte[] bytes) {
        result.removeAll();
        try {
            int count = survey.importAnswers(PulseCsv.parse(bytes));
            Paragraph done = new Paragraph(getTranslation("survey.import.done", count));
            done.setId("pulse-import-done");
            result.add(done);
        } catch (PulseImportException e) {
            result.add(new Paragraph(getTranslation("survey.import.refused", e.errors().size())));
            UnorderedList list = new UnorderedList();
            list.setId("pulse-import-errors");
            e.errors().stream().limit(200).forEach(err -> list.add(new ListItem(getTranslation("survey.import.row",
                    err.index() + 2, getTranslation(err.messageKey(), err.args())))));
            result.add(list);
        } catch (ValidationException e) {
            result.add(new Paragraph(getTranslation(e.messageKey(), e.args())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pulseImport");
    }
}
