package org.advocacy.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.advocacy.kernel.ValidationException;
import org.advocacy.survey.ImportBatch;
import org.advocacy.survey.PulseCsv;
import org.advocacy.survey.PulseImportException;
import org.advocacy.survey.PulseImportService;

/**
 * HR uploads past pulse answers from another tool as CSV, as one named batch: all rows are stored, or none with each
 * bad row listed; the batches are listed and can be deleted as a whole (docs/domain-rules.md#rule-12).
 */
@Route("pulse/import")
@RolesAllowed("HR")
@Menu(title = "nav.pulseImport", order = 23, icon = "vaadin:upload-alt")
public class PulseImportView extends VerticalLayout implements HasDynamicTitle {

    private final PulseImportService pulseImports;
    final Div result = new Div();
    final TextField name = new TextField();
    final Grid<ImportBatch> batches = new Grid<>();

    PulseImportView(PulseImportService pulseImports) {
        this.pulseImports = pulseImports;
        addClassName("list-view");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> importFile(bytes)));
        upload.setId("pulse-import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(PulseCsv.MAX_BYTES);
        upload.setI18n(org.advocacy.kernel.ui.UploadTexts.of(this, PulseCsv.MAX_BYTES));
        upload.setMaxFiles(1);
        result.setId("pulse-import-result");
        name.setLabel(getTranslation("survey.import.batchName"));
        name.setId("pulse-import-name");
        name.setMaxLength(120);
        batches.setId("pulse-import-batches");
        batches.addColumn(ImportBatch::name).setHeader(getTranslation("survey.import.batchName")).setKey("name");
        batches.addColumn(b -> String.join(", ", b.months())).setHeader(getTranslation("survey.import.months"))
                .setKey("months");
        batches.addColumn(ImportBatch::answers).setHeader(getTranslation("survey.import.answers")).setKey("answers");
        batches.addComponentColumn(b -> {
            Button delete = new Button(getTranslation("survey.import.delete"), click -> delete(b));
            delete.setId("pulse-import-delete-" + b.id());
            return delete;
        }).setKey("delete");
        batches.setAllRowsVisible(true);
        add(new H2(getTranslation("survey.import.title")), new Paragraph(getTranslation("survey.import.hint")), name,
                upload, result, new H3(getTranslation("survey.import.batches")), batches);
        refresh();
    }

    void refresh() {
        batches.setItems(pulseImports.importBatches());
    }

    void delete(ImportBatch batch) {
        pulseImports.deleteImportBatch(batch.id());
        result.removeAll();
        result.add(new Paragraph(getTranslation("survey.import.deleted", batch.name())));
        refresh();
    }

    void importFile(byte[] bytes) {
        result.removeAll();
        try {
            int count = pulseImports.importBatch(name.getValue(), PulseCsv.parse(bytes)).answers();
            refresh();
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
