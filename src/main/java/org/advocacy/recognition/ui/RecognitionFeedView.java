package org.advocacy.recognition.ui;

import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.org.Branch;
import org.advocacy.org.EmployeePhotoService;
import org.advocacy.org.OrgService;
import org.advocacy.recognition.CompanyValueService;
import org.advocacy.recognition.FeedItem;
import org.advocacy.recognition.RecognitionService;

/**
 * The recognition feed of the company or of one branch, newest first, loaded page by page; colleagues applaud
 * an entry once each. Private recognition never appears here (the service leaves it out).
 */
@NamedInterface("routes")
@Route("recognition")
@RolesAllowed({"EMPLOYEE", "MANAGER", "HR", "LEADER"})
@Menu(title = "nav.recognition", order = 40, icon = "vaadin:star")
public class RecognitionFeedView extends VerticalLayout implements HasDynamicTitle {

    private final RecognitionService service;
    private final CompanyValueService companyValues;
    private final EmployeePhotoService photos;
    private final Grid<FeedItem> feed = new Grid<>();
    private final Select<Branch> scope = new Select<>();

    RecognitionFeedView(RecognitionService service, CompanyValueService companyValues, OrgService org,
            OrgTimeZone zone, EmployeePhotoService photos) {
        this.service = service;
        this.companyValues = companyValues;
        this.photos = photos;
        addClassName("list-view");
        addClassName("recognition-feed-view");
        setSizeFull();
        ZoneId zoneId = zone.zone();

        Set<Long> allowed = service.feedBranchIds();
        List<Branch> branches = org.branches(true).stream()
                .filter(b -> allowed == null || allowed.contains(b.id())).toList();
        scope.setId("feed-scope");
        scope.setAriaLabel(getTranslation("recognition.feed.scope"));
        scope.setItems(branches);
        scope.setEmptySelectionAllowed(true);
        scope.setEmptySelectionCaption(getTranslation("recognition.feed.company"));
        scope.setItemLabelGenerator(b -> b == null ? getTranslation("recognition.feed.company") : b.code() + " · " + b.name());
        scope.addValueChangeListener(e -> feed.getDataProvider().refreshAll());

        Div spacer = new Div();
        spacer.addClassName("toolbar-spacer");
        HorizontalLayout toolbar = new HorizontalLayout(scope, spacer);
        toolbar.addClassName("list-toolbar");
        if (service.canRecognise()) {
            Button give = new Button(getTranslation("recognition.give"), VaadinIcon.STAR.create(),
                    e -> new RecognizeDialog(service, companyValues, photos, List.of(), () -> feed.getDataProvider().refreshAll()).open());
            give.setId("recognise-button");
            give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(give);
        }

        feed.setId("recognition-feed");
        feed.addClassName("recognition-feed");
        feed.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        feed.addComponentColumn(item -> RecognitionUi.card(this, item, zoneId, this::applaud))
                .setHeader(getTranslation("recognition.feed.entries")).setKey("entry");
        // no count: counting every entry ever would grow with the history; the grid grows as the user scrolls
        feed.setItems((com.vaadin.flow.data.provider.CallbackDataProvider.FetchCallback<FeedItem, Void>) query ->
                service.feed(branchId(), query.getOffset(), query.getLimit()).stream());
        feed.setEmptyStateText(getTranslation("recognition.feed.empty"));

        add(toolbar, feed);
        setFlexGrow(1, feed);
    }

    private Long branchId() {
        return scope.getValue() == null ? null : scope.getValue().id();
    }

    private void applaud(FeedItem item) {
        service.applaud(item.id());
        feed.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.recognition");
    }
}
