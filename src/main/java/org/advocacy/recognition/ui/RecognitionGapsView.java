package org.advocacy.recognition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.org.EmployeePhotoService;
import org.advocacy.recognition.CompanyValueService;
import org.advocacy.recognition.LeaderboardService;
import org.advocacy.recognition.RecognitionGap;
import org.advocacy.recognition.RecognitionService;
import org.springframework.modulith.NamedInterface;

/** Managers' list of their people not recognised by anyone lately (60 days unless changed), oldest first. */
@Route("recognition/gaps")
@NamedInterface("routes") // the notification module links a notice here
@RolesAllowed({"MANAGER", "HR"})
@Menu(title = "nav.recognitionGaps", order = 42, icon = "vaadin:bell-slash")
public class RecognitionGapsView extends VerticalLayout implements HasDynamicTitle {

    private final RecognitionService service;
    private final LeaderboardService leaderboards;
    private final CompanyValueService companyValues;
    private final EmployeePhotoService photos;
    private final Grid<RecognitionGap> grid = new Grid<>();
    private final IntegerField days = new IntegerField();
    private final Paragraph summary = new Paragraph();

    RecognitionGapsView(RecognitionService service, LeaderboardService leaderboards, CompanyValueService companyValues,
            OrgTimeZone zone, EmployeePhotoService photos) {
        this.service = service;
        this.leaderboards = leaderboards;
        this.companyValues = companyValues;
        this.photos = photos;
        addClassName("list-view");
        setSizeFull();

        days.setId("gap-days");
        days.setLabel(getTranslation("recognition.gaps.days"));
        days.setMin(1);
        days.setMax(730);
        days.setStepButtonsVisible(true);
        days.setValue(leaderboards.defaultGapDays());
        days.addValueChangeListener(e -> refresh());
        summary.setId("gap-summary");
        HorizontalLayout toolbar = new HorizontalLayout(days, summary);
        toolbar.addClassName("list-toolbar");

        boolean canRecognise = service.canRecognise();
        grid.setId("gap-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(g -> {
                    RouterLink link = new RouterLink(g.person().fullName(), RecognitionProfileView.class);
                    link.setQueryParameters(QueryParameters.simple(Map.of("employee", Long.toString(g.person().employeeId()))));
                    return link;
                })
                .setHeader(getTranslation("employee.fullName")).setKey("person").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(g -> g.person().branchCode()).setHeader(getTranslation("employee.branch")).setKey("branch")
                .setAutoWidth(true);
        grid.addColumn(g -> g.person().jobTitle()).setHeader(getTranslation("employee.jobTitle")).setKey("jobTitle")
                .setAutoWidth(true);
        grid.addColumn(g -> g.lastRecognisedAt() == null ? getTranslation("recognition.gaps.never")
                        : Formats.dateTime(g.lastRecognisedAt(), zone.zone(), getLocale()))
                .setHeader(getTranslation("recognition.gaps.last")).setKey("last").setAutoWidth(true);
        if (canRecognise) {
            grid.addComponentColumn(g -> {
                Button give = new Button(VaadinIcon.STAR.create(),
                        e -> new RecognizeDialog(service, companyValues, photos, List.of(g.person()), this::refresh).open());
                give.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                give.setAriaLabel(getTranslation("recognition.give"));
                give.setTooltipText(getTranslation("recognition.give"));
                give.setId("gap-recognise-" + g.person().employeeId());
                return give;
            }).setHeader(getTranslation("common.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(q -> leaderboards.gaps(days(), q.getOffset(), q.getLimit()).stream(), q -> leaderboards.gapCount(days()));
        add(toolbar, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private int days() {
        Integer d = days.getValue();
        return d == null || d < 1 || d > 730 ? leaderboards.defaultGapDays() : d;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        summary.setText(getTranslation("recognition.gaps.summary", leaderboards.gapCount(days()), days()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.recognitionGaps");
    }
}
