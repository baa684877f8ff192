package org.advocacy.survey.ui;

import com.vaadin.flow.component.button.Button;
import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.survey.ActionPlan;
import org.advocacy.survey.ActionPlanService;
import org.advocacy.survey.AnonymityRules;
import org.advocacy.survey.AnswerData;
import org.advocacy.survey.CompanyResult;
import org.advocacy.survey.Driver;
import org.advocacy.survey.OpenRound;
import org.advocacy.survey.PulseAnswerService;
import org.advocacy.survey.PulseResultsService;

/**
 * The employee's pulse page, phone first: open rounds with big 0–10 and 1–5 buttons, an optional comment with a
 * counter, a plain explanation of anonymity, and the company result of the latest closed rounds.
 */
@NamedInterface("routes")
@Route("my-pulse")
@PermitAll
@Menu(title = "nav.myPulse", order = 20, icon = "vaadin:heart")
public class MyPulseView extends VerticalLayout implements HasDynamicTitle {

    private final PulseAnswerService pulseAnswers;
    private final PulseResultsService pulseResults;
    private final ZoneId zone;
    private final Div rounds = new Div();
    private final int k;

    MyPulseView(PulseAnswerService pulseAnswers, PulseResultsService pulseResults, AnonymityRules rules,
            OrgTimeZone zone, ActionPlanService plans) {
        this.pulseAnswers = pulseAnswers;
        this.pulseResults = pulseResults;
        this.zone = zone.zone();
        this.k = rules.k();
        addClassName("my-pulse-view");
        H2 title = new H2(getTranslation("survey.my.title"));
        Paragraph anonymity = new Paragraph(getTranslation("survey.my.anonymity", rules.k(), rules.commentMinimum()));
        anonymity.setId("pulse-anonymity");
        anonymity.addClassName("pulse-anonymity");
        rounds.setId("pulse-rounds");
        rounds.setWidthFull();
        add(title, anonymity, rounds, companyResults());
        List<ActionPlan> mine = plans.myPlans();
        if (!mine.isEmpty()) {
            Div box = new Div(new H3(getTranslation("survey.my.plans")));
            box.setId("pulse-plans");
            mine.forEach(p -> box.add(ActionPlansPanel.render(this, p, List.of(), null)));
            add(box);
        }
        refresh();
    }

    private void refresh() {
        rounds.removeAll();
        var open = pulseAnswers.myOpenRounds();
        if (open.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("survey.my.none"));
            none.setId("pulse-none");
            rounds.add(none);
        }
        for (OpenRound r : open) {
            rounds.add(card(r));
        }
    }

    private Div card(OpenRound round) {
        Div card = new Div();
        card.addClassName("pulse-card");
        card.setId("pulse-card-" + round.roundId());
        card.add(new H3(round.programName()));
        card.add(new Span(getTranslation("survey.my.closes", Formats.dateTime(round.closesAt(), zone, getLocale()))));
        if (round.answered()) {
            Paragraph done = new Paragraph(getTranslation("survey.my.answered"));
            done.addClassName("pulse-answered");
            card.add(done);
            return card;
        }
        int[] score = {-1};
        Map<String, Integer> drivers = new LinkedHashMap<>();
        card.add(new Paragraph(getTranslation("survey.my.question", getTranslation("survey.org"))));
        Div scale = new Div();
        scale.addClassName("pulse-scale");
        scale.addClassName("pulse-scale-11");
        for (int i = 0; i <= 10; i++) {
            int value = i;
            Button b = new Button(String.valueOf(i));
            b.setId("pulse-score-" + round.roundId() + "-" + i);
            b.addClassName("pulse-choice");
            b.addClickListener(e -> {
                score[0] = value;
                select(scale, b);
            });
            scale.add(b);
        }
        Div ends = new Div(new Span(getTranslation("survey.my.notLikely")), new Span(getTranslation("survey.my.veryLikely")));
        ends.addClassName("pulse-scale-ends");
        card.add(scale, ends);
        if (!round.drivers().isEmpty()) {
            Span hint = new Span(getTranslation("survey.my.agreeScale"));
            hint.addClassName("pulse-hint");
            card.add(hint);
        }
        for (Driver d : round.drivers()) {
            card.add(new Paragraph(d.text(getLocale())));
            Div agree = new Div();
            agree.addClassName("pulse-scale");
            for (int i = 1; i <= 5; i++) {
                int value = i;
                Button b = new Button(String.valueOf(i));
                b.setId("pulse-driver-" + round.roundId() + "-" + d.code() + "-" + i);
                b.addClassName("pulse-choice");
                b.addClickListener(e -> {
                    drivers.put(d.code(), value);
                    select(agree, b);
                });
                agree.add(b);
            }
            card.add(agree);
        }
        TextArea comment = new TextArea(getTranslation("survey.my.comment"));
        if (round.withComment()) {
            comment.setId("pulse-comment-" + round.roundId());
            comment.setWidthFull();
            comment.setMaxLength(AnswerData.COMMENT_MAX);
            comment.setValueChangeMode(ValueChangeMode.EAGER);
            comment.setHelperText("0/" + AnswerData.COMMENT_MAX);
            comment.addValueChangeListener(e -> comment.setHelperText(e.getValue().length() + "/" + AnswerData.COMMENT_MAX));
            card.add(comment);
        }
        Button submit = new Button(getTranslation("survey.my.submit"));
        submit.setId("pulse-submit-" + round.roundId());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setWidthFull();
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            if (score[0] < 0) {
                show(getTranslation("survey.my.chooseScore"), true);
                submit.setEnabled(true);
                return;
            }
            try {
                pulseAnswers.submit(round.roundId(), new AnswerData(score[0], drivers, comment.getValue()));
                show(getTranslation("survey.my.thanks"), false);
            } catch (ValidationException ex) {
                show(getTranslation(ex.messageKey(), ex.args()), true);
            }
            refresh();
        });
        card.add(submit);
        return card;
    }

    private static void select(Div scale, Button chosen) {
        scale.getChildren().forEach(c -> {
            if (c instanceof Button b) {
                b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                b.getElement().setAttribute("aria-pressed", "false");
            }
        });
        chosen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        chosen.getElement().setAttribute("aria-pressed", "true");
    }

    private void show(String text, boolean error) {
        Notification n = Notification.show(text, 5000, Notification.Position.MIDDLE);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    private Div companyResults() {
        Div box = new Div();
        box.setId("pulse-company");
        for (CompanyResult c : pulseResults.latestCompanyResults()) {
            Div item = new Div();
            item.addClassName("pulse-card");
            item.add(new H3(getTranslation("survey.my.latest") + " · " + c.programName()));
            item.add(new Span(Formats.date(c.closeDate(), getLocale())));
            item.add(new Paragraph(PulseUi.headline(this, c.results(), k)));
            if (c.results().shown()) {
                Span detail = new Span(PulseUi.detail(this, c.results().enps()));
                detail.addClassName("score-detail");
                item.add(detail);
            }
            box.add(item);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myPulse");
    }
}
