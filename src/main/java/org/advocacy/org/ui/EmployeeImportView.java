package org.advocacy.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.csv.CsvFile;
import org.advocacy.org.EmployeeImport;
import org.advocacy.org.ImportPreview;
import org.advocacy.org.ImportResult;

/**
 * Imports staff from a CSV file in two steps: upload shows what would happen row by row, and only a file
 * without a single error can then be imported (all or nothing).
 */
@Route("employees/import")
@RolesAllowed("HR")
@Menu(title = "nav.employeeImport", order = 11, icon = "vaadin:upload")
public class EmployeeImportView extends VerticalLayout implements HasDynamicTitle {

    static final String EXAMPLE_FILE_NAME = "nhan-vien-mau.csv";

    private final EmployeeImport imports;
    private final Div summary = new Div();
    private final UnorderedList fileErrors = new UnorderedList();
    private final Grid<ImportPreview.Row> grid = new Grid<>();
    private final Button apply = new Button();
    private final Paragraph result = new Paragraph();
    private byte[] pending;

    EmployeeImportView(EmployeeImport imports) {
        this.imports = imports;
        addClassName("employee-import-view");
        setWidthFull();

        add(new Paragraph(getTranslation("import.intro")));
        UnorderedList columns = new UnorderedList();
        columns.addClassName("import-columns");
        for (String column : List.of("full_name", "email", "branch", "department", "job_title", "hire_date", "manager",
                "active")) {
            columns.add(new ListItem(new Code(column), new Span(" " + getTranslation("import.column." + column))));
        }
        add(columns, new Paragraph(getTranslation("import.vietnameseHeaders")));

        byte[] example = exampleCsv(this::getTranslation);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(example), EXAMPLE_FILE_NAME, CsvFile.MEDIA_TYPE, example.length)),
                AttachmentType.DOWNLOAD, getTranslation("import.example"));
        download.setId("import-example");
        add(download);

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> preview(bytes)));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(EmployeeImport.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(uploadI18n());
        upload.addFileRejectedListener(e -> OrgUi.error(getTranslation("import.rejected",
                EmployeeImport.MAX_BYTES / 1024 / 1024)));
        add(upload);

        summary.setId("import-summary");
        summary.addClassName("import-summary");
        fileErrors.setId("import-file-errors");
        fileErrors.addClassName("row-error");

        grid.setId("import-grid");
        grid.addClassName("import-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(false);
        grid.setHeight("24rem");
        grid.addColumn(ImportPreview.Row::line).setHeader(getTranslation("import.line")).setKey("line")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::actionLabel).setHeader(getTranslation("import.action")).setKey("action")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportPreview.Row::fullName).setHeader(getTranslation("employee.fullName")).setKey("name")
                .setAutoWidth(true);
        grid.addColumn(ImportPreview.Row::email).setHeader(getTranslation("employee.email")).setKey("email")
                .setAutoWidth(true);
        grid.addColumn(ImportPreview.Row::branchCode).setHeader(getTranslation("employee.branch")).setKey("branch")
                .setAutoWidth(true);
        grid.addColumn(ImportPreview.Row::department).setHeader(getTranslation("employee.department"))
                .setKey("department").setAutoWidth(true);
        grid.addColumn(this::problemsText).setHeader(getTranslation("import.problems")).setKey("problems")
                .setFlexGrow(1);
        grid.setPartNameGenerator(r -> r.valid() ? null : "row-error");
        grid.setVisible(false);

        apply.setText(getTranslation("import.apply"));
        apply.setIcon(VaadinIcon.CHECK.create());
        apply.setId("import-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(e -> apply());
        result.setId("import-result");
        result.addClassName("row-ok");

        RouterLink back = new RouterLink(getTranslation("import.backToList"), EmployeeListView.class);
        back.setId("import-back");
        HorizontalLayout actions = new HorizontalLayout(apply, back);
        actions.addClassName("list-toolbar");
        add(new H3(getTranslation("import.previewTitle")), summary, fileErrors, grid, actions, result);
        summary.add(new Paragraph(getTranslation("import.nothingYet")));
    }

    /** Checks an uploaded file and shows what importing it would do; stores nothing. */
    void preview(byte[] csv) {
        result.setText("");
        ImportPreview preview;
        try {
            preview = imports.preview(csv);
        } catch (ValidationException e) {
            pending = null;
            apply.setEnabled(false);
            OrgUi.error(getTranslation(e.messageKey(), e.args()));
            return;
        }
        pending = preview.hasErrors() ? null : csv;
        show(preview);
    }

    private void show(ImportPreview preview) {
        summary.removeAll();
        summary.add(line("import-count-create", getTranslation("import.summary.create", preview.count(ImportPreview.Action.CREATE))),
                line("import-count-update", getTranslation("import.summary.update", preview.count(ImportPreview.Action.UPDATE))),
                line("import-count-departments", preview.newDepartments().isEmpty()
                        ? getTranslation("import.summary.noNewDepartments")
                        : getTranslation("import.summary.newDepartments", preview.newDepartments().size(),
                                String.join(", ", preview.newDepartments()))),
                line("import-count-errors", getTranslation("import.summary.errors",
                        preview.rows().stream().filter(r -> !r.valid()).count())));
        if (preview.hasErrors()) {
            Paragraph blocked = new Paragraph(getTranslation("import.summary.blocked"));
            blocked.setId("import-blocked");
            blocked.addClassName("row-error");
            summary.add(blocked);
        }
        fileErrors.removeAll();
        preview.fileErrors().forEach(p -> fileErrors.add(new ListItem(message(p))));
        fileErrors.setVisible(!preview.fileErrors().isEmpty());
        // the rows of one uploaded file, already in memory and capped by EmployeeImport.MAX_ROWS
        grid.setItems(preview.rows());
        grid.setVisible(!preview.rows().isEmpty());
        apply.setEnabled(!preview.hasErrors());
    }

    private void apply() {
        if (pending == null) {
            return;
        }
        try {
            ImportResult r = imports.apply(pending);
            String text = getTranslation("import.done", r.created(), r.updated(), r.departmentsCreated());
            pending = null;
            apply.setEnabled(false);
            summary.removeAll();
            fileErrors.removeAll();
            grid.setItems(List.of());
            grid.setVisible(false);
            result.setText(text);
            OrgUi.success(text);
        } catch (ValidationException e) {
            OrgUi.error(getTranslation(e.messageKey(), e.args()));
        }
    }

    private Paragraph line(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }

    private String actionLabel(ImportPreview.Row row) {
        return getTranslation(row.valid() ? "import.action." + row.action().name() : "import.action.ERROR");
    }

    private String problemsText(ImportPreview.Row row) {
        return row.problems().stream().map(this::message).collect(Collectors.joining("; "));
    }

    /** "Field: message" in the user's language, or just the message for problems of the whole row or file. */
    private String message(ImportPreview.Problem p) {
        String text = getTranslation(p.messageKey(), p.args().toArray());
        String fieldKey = p.field() == null ? null : switch (p.field()) {
            case "fullName", "email", "branch", "department", "jobTitle", "hireDate", "manager" -> "employee." + p.field();
            case "active" -> "common.active";
            default -> null;
        };
        return fieldKey == null ? text : getTranslation(fieldKey) + ": " + text;
    }

    private UploadI18N uploadI18n() {
        return org.advocacy.kernel.ui.UploadTexts.of(this, EmployeeImport.MAX_BYTES);
    }

    /**
     * A small file in the expected format, written by {@link CsvFile} (byte-order mark so Excel opens the Vietnamese
     * text right) with headers in the user's language, which the import recognises in either language.
     */
    static byte[] exampleCsv(java.util.function.UnaryOperator<String> translate) {
        return CsvFile.withHeaders(List.of("full_name", "email", "branch", "department", "job_title", "hire_date",
                        "manager", "active").stream().map(c -> translate.apply("export.employees." + c)).toList())
                .row("Nguyễn Thị Hoa", "hoa.nguyen@example.com", "HN01", "Lễ tân", "Lễ tân", "2024-03-01", "no", "yes")
                .row("Phạm Văn Đức", "duc.pham@example.com", "SG01", "Trị liệu", "Kỹ thuật viên trị liệu", "15/08/2023",
                        "no", "yes")
                .bytes();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.employeeImport");
    }
}
