package org.advocacy.recognition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.advocacy.recognition.CompanyValue;
import org.advocacy.recognition.CompanyValueService;
import org.advocacy.recognition.RecognitionService;

/**
 * HR keeps the company's values (names and meanings in both languages, icon, colour, active or retired) and
 * switches peer recognition on or off. The values are a short fixed list, so the grid holds them all.
 */
@Route("recognition/values")
@RolesAllowed("HR")
@Menu(title = "nav.companyValues", order = 44, icon = "vaadin:diamond")
public class CompanyValuesView extends VerticalLayout implements HasDynamicTitle {

    private final RecognitionService service;
    private final CompanyValueService companyValues;
    private final Grid<CompanyValue> grid = new Grid<>();

    CompanyValuesView(RecognitionService service, CompanyValueService companyValues) {
        this.service = service;
        this.companyValues = companyValues;
        addClassName("list-view");
        setSizeFull();

        Checkbox peer = new Checkbox(getTranslation("recognition.values.peer"), service.peerRecognitionEnabled());
        peer.setId("peer-recognition");
        peer.setTooltipText(getTranslation("recognition.values.peerHelp"));
        peer.addValueChangeListener(e -> {
            service.setPeerRecognition(e.getValue());
            RecognitionUi.success(getTranslation("common.saved"));
        });
        Div spacer = new Div();
        spacer.addClassName("toolbar-spacer");
        Button add = new Button(getTranslation("recognition.values.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("value-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(peer, spacer, add);
        toolbar.addClassName("list-toolbar");

        grid.setId("value-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(v -> RecognitionUi.badge(v, getLocale())).setHeader(getTranslation("recognition.values.name"))
                .setKey("badge").setAutoWidth(true);
        grid.addColumn(v -> v.nameVi() + " / " + v.nameEn()).setHeader(getTranslation("recognition.values.names"))
                .setKey("names").setAutoWidth(true);
        grid.addColumn(v -> v.meaning(getLocale())).setHeader(getTranslation("recognition.values.meaning"))
                .setKey("meaning").setFlexGrow(1);
        grid.addColumn(v -> getTranslation(v.active() ? "common.active" : "recognition.values.retired"))
                .setHeader(getTranslation("recognition.values.status")).setKey("status").setAutoWidth(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        add(toolbar, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void edit(CompanyValue value) {
        new EditCompanyValueDialog(companyValues, value, this::refresh).open();
    }

    private void refresh() {
        grid.setItems(companyValues.values(false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.companyValues");
    }
}
