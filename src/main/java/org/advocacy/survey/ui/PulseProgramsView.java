package org.advocacy.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.org.Branch;
import org.advocacy.org.Department;
import org.advocacy.org.OrgService;
import org.advocacy.survey.Cadence;
import org.advocacy.survey.Driver;
import org.advocacy.survey.Program;
import org.advocacy.survey.ProgramData;
import org.advocacy.survey.ProgramStatus;
import org.advocacy.survey.PulseProgramService;
import org.advocacy.survey.RoundListItem;

/** HR's pulse programs: create from the driver library, open a one-off round, pause, resume or end; rounds with participation. */
@Route("pulse/programs")
@RolesAllowed("HR")
@Menu(title = "nav.pulsePrograms", order = 22, icon = "vaadin:calendar-clock")
public class PulseProgramsView extends VerticalLayout implements HasDynamicTitle {

    private final PulseProgramService pulsePrograms;
    private final OrgService org;
    private final ZoneId zone;
    final Grid<Program> programs = new Grid<>();
    final Grid<RoundListItem> rounds = new Grid<>();

    PulseProgramsView(PulseProgramService pulsePrograms, OrgService org, OrgTimeZone zone) {
        this.pulsePrograms = pulsePrograms;
        this.org = org;
        this.zone = zone.zone();
        addClassName("list-view");
        setSizeFull();
        Button add = new Button(getTranslation("survey.programs.add"), VaadinIcon.PLUS.create(), e -> create());
        add.setId("program-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        programs.setId("program-grid");
        programs.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        programs.setAllRowsVisible(true);
        programs.addColumn(Program::name).setHeader(getTranslation("survey.programs.name")).setFlexGrow(1);
        programs.addColumn(p -> getTranslation("survey.cadence." + p.cadence())).setHeader(getTranslation("survey.programs.cadence"))
                .setAutoWidth(true);
        programs.addColumn(p -> getTranslation("survey.status." + p.status())).setHeader(getTranslation("survey.programs.status"))
                .setAutoWidth(true);
        programs.addColumn(p -> p.drivers().size()).setHeader(getTranslation("survey.programs.drivers")).setAutoWidth(true);
        programs.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);

        rounds.setId("round-grid");
        rounds.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        rounds.addColumn(RoundListItem::programName).setHeader(getTranslation("survey.programs.name")).setFlexGrow(1);
        rounds.addColumn(r -> Formats.dateTime(r.opensAt(), this.zone, getLocale())).setHeader(getTranslation("survey.programs.opens"))
                .setAutoWidth(true);
        rounds.addColumn(r -> Formats.dateTime(r.closesAt(), this.zone, getLocale())).setHeader(getTranslation("survey.programs.closes"))
                .setAutoWidth(true);
        rounds.addColumn(r -> getTranslation(r.open() ? "survey.programs.open" : "survey.programs.closed"))
                .setHeader(getTranslation("survey.programs.state")).setAutoWidth(true);
        rounds.addColumn(r -> r.answered() + " / " + r.invited() + " (" + Math.round(100 * r.participation()) + " %)")
                .setHeader(getTranslation("survey.programs.participation")).setAutoWidth(true).setKey("participation");
        rounds.setItems(q -> pulsePrograms.rounds(null, q.getOffset(), q.getLimit()).stream());

        add(new H2(getTranslation("survey.programs.title")), new HorizontalLayout(add), programs,
                new H3(getTranslation("survey.programs.rounds")), rounds);
        setFlexGrow(1, rounds);
        refresh();
    }

    private HorizontalLayout actions(Program p) {
        HorizontalLayout h = new HorizontalLayout();
        if (p.status() == ProgramStatus.ENDED) {
            return h;
        }
        Button open = new Button(getTranslation("survey.programs.openNow"), e -> run(() -> {
            pulsePrograms.openRoundNow(p.id());
            ok(getTranslation("survey.programs.roundOpened"));
        }));
        open.setId("program-open-" + p.id());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        boolean active = p.status() == ProgramStatus.ACTIVE;
        Button pause = new Button(getTranslation(active ? "survey.programs.pause" : "survey.programs.resume"),
                e -> run(() -> pulsePrograms.setProgramStatus(p.id(), active ? ProgramStatus.PAUSED : ProgramStatus.ACTIVE)));
        pause.setId("program-pause-" + p.id());
        pause.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button end = new Button(getTranslation("survey.programs.end"), e -> run(() -> pulsePrograms.setProgramStatus(p.id(), ProgramStatus.ENDED)));
        end.setId("program-end-" + p.id());
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        h.add(open, pause, end);
        return h;
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            Notification.show(getTranslation(e.messageKey(), e.args())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void ok(String text) {
        Notification.show(text).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refresh() {
        programs.setItems(pulsePrograms.programs());
        rounds.getDataProvider().refreshAll();
    }

    void create() {
        Dialog dialog = new Dialog(getTranslation("survey.programs.add"));
        TextField name = new TextField(getTranslation("survey.programs.name"));
        name.setId("program-name");
        Select<Cadence> cadence = new Select<>();
        cadence.setId("program-cadence");
        cadence.setLabel(getTranslation("survey.programs.cadence"));
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(c -> getTranslation("survey.cadence." + c));
        cadence.setValue(Cadence.MONTHLY);
        IntegerField window = new IntegerField(getTranslation("survey.programs.window"));
        window.setId("program-window");
        window.setValue(7);
        window.setMin(1);
        window.setMax(28);
        DatePicker start = new DatePicker(getTranslation("survey.programs.start"));
        start.setId("program-start");
        start.setValue(LocalDate.now(zone));
        MultiSelectComboBox<Driver> drivers = new MultiSelectComboBox<>(getTranslation("survey.programs.drivers"));
        drivers.setId("program-drivers");
        drivers.setItems(Driver.LIBRARY);
        drivers.setItemLabelGenerator(d -> d.text(getLocale()));
        TextField customEn = new TextField(getTranslation("survey.programs.custom"));
        customEn.setId("program-custom-en");
        TextField customVi = new TextField(getTranslation("survey.programs.customVi"));
        customVi.setId("program-custom-vi");
        MultiSelectComboBox<Branch> branches = new MultiSelectComboBox<>(getTranslation("survey.programs.branches"));
        branches.setId("program-branches");
        branches.setItems(org.branches(true));
        branches.setItemLabelGenerator(b -> b.code() + " · " + b.name());
        branches.setPlaceholder(getTranslation("survey.programs.allStaff"));
        MultiSelectComboBox<Department> departments = new MultiSelectComboBox<>(getTranslation("survey.programs.departments"));
        departments.setId("program-departments");
        departments.setItems(org.departments());
        departments.setItemLabelGenerator(Department::name);
        departments.setPlaceholder(getTranslation("survey.programs.allStaff"));
        Checkbox comment = new Checkbox(getTranslation("survey.programs.withComment"), true);
        FormLayout form = new FormLayout(name, cadence, window, start, drivers, customEn, customVi, branches, departments, comment);
        form.setColspan(drivers, 2);
        Button save = new Button(getTranslation("survey.common.save"), e -> {
            List<Driver> chosen = new ArrayList<>(Driver.LIBRARY.stream().filter(drivers.getValue()::contains).toList());
            if (!customEn.getValue().isBlank()) {
                chosen.add(new Driver("custom", customEn.getValue(), customVi.getValue()));
            }
            try {
                pulsePrograms.createProgram(new ProgramData(name.getValue(), cadence.getValue(),
                        window.getValue() == null ? 0 : window.getValue(), start.getValue(),
                        branches.getValue().stream().map(Branch::id).collect(Collectors.toSet()),
                        departments.getValue().stream().map(Department::id).collect(Collectors.toSet()), chosen,
                        comment.getValue()));
                dialog.close();
                ok(getTranslation("survey.programs.saved"));
                refresh();
            } catch (ValidationException ex) {
                String message = getTranslation(ex.messageKey(), ex.args());
                if ("name".equals(ex.field())) {
                    name.setInvalid(true);
                    name.setErrorMessage(message);
                } else {
                    Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        });
        save.setId("program-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("survey.common.cancel"), e -> dialog.close());
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pulsePrograms");
    }
}
