package org.advocacy.feedback.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.advocacy.kernel.ValidationException;
import org.advocacy.feedback.BatchItemError;
import org.advocacy.feedback.BatchResult;
import org.advocacy.feedback.BatchValidationException;
import org.advocacy.feedback.FeedbackImport;

/**
 * HR imports customer feedback history from other survey tools as CSV: every line is checked like an API batch;
 * one bad line stores nothing and every bad line is listed with its reason.
 */
@Route("feedback/import")
@RolesAllowed("HR")
@Menu(title = "nav.feedbackImport", order = 35, icon = "vaadin:upload")
public class FeedbackImportView extends VerticalLayout implements HasDynamicTitle {

    private final FeedbackImport importer;
    private final Span result = new Span();
    private final Grid<BatchItemError> errors = new Grid<>();

    FeedbackImportView(FeedbackImport importer) {
        this.importer = importer;
        addClassName("list-view");
        Paragraph help = new Paragraph(getTranslation("feedbackImport.help", String.join(", ", FeedbackImport.COLUMNS)));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> run(bytes)));
        upload.setId("feedback-import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.setI18n(org.advocacy.kernel.ui.UploadTexts.of(this, 10 * 1024 * 1024));
        result.setId("feedback-import-result");
        errors.setId("feedback-import-errors");
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        errors.addColumn(BatchItemError::index).setHeader(getTranslation("feedbackImport.line")).setKey("line")
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> e.field() == null ? "" : e.field()).setHeader(getTranslation("feedbackImport.field"))
                .setKey("field").setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> getTranslation(e.messageKey(), e.args())).setHeader(getTranslation("feedbackImport.problem"))
                .setKey("problem").setFlexGrow(1);
        errors.setVisible(false);
        add(help, upload, result, errors);
    }

    void run(byte[] bytes) {
        try {
            BatchResult r = importer.importCsv(bytes);
            result.setText(getTranslation("feedbackImport.done", r.created(), r.alreadyStored()));
            errors.setVisible(false);
        } catch (BatchValidationException e) {
            result.setText(getTranslation("feedbackImport.refused", e.errors().size()));
            errors.setItems(e.errors());
            errors.setVisible(true);
        } catch (ValidationException e) {
            result.setText(getTranslation(e.messageKey(), e.args()));
            errors.setItems(List.of());
            errors.setVisible(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.feedbackImport");
    }
}
