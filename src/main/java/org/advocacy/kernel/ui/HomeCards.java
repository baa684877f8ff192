package org.advocacy.kernel.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;

/**
 * The building blocks of the home page's "what needs you now" cards, so every feature's card looks and reads the
 * same: a titled card, and a count that links to the screen where it is dealt with.
 */
public final class HomeCards {

    /** Class of a section's wrapper holding several cards: the home page lays its cards out one by one. */
    public static final String GROUP = "home-card-group";

    private HomeCards() {
    }

    /** An empty card with a title; {@code urgent} gives it the accent border of work that waits. */
    public static Div card(String id, String title, boolean urgent) {
        Div card = new Div(new H3(title));
        card.setId(id);
        card.addClassNames("card", "home-now-card");
        if (urgent) {
            card.addClassName("urgent");
        }
        return card;
    }

    /**
     * A line "<b>3</b> praise to approve" that opens {@code view} (with the query parameters, if any). A count of 0
     * is shown calmly, without a link.
     */
    public static Component countLink(String id, long count, String text, Class<? extends Component> view,
            Map<String, String> query) {
        Span number = new Span(Long.toString(count));
        number.addClassName("home-count");
        Span label = new Span(text);
        if (count == 0) {
            Div row = new Div(number, label);
            row.setId(id);
            row.addClassNames("home-count-row", "zero");
            return row;
        }
        RouterLink link = new RouterLink();
        link.setRoute(view);
        if (query != null && !query.isEmpty()) {
            link.setQueryParameters(QueryParameters.simple(query));
        }
        link.add(number, label);
        link.setId(id);
        link.addClassName("home-count-row");
        return link;
    }

    /** The text for a count: {@code key + ".one"} for exactly one ("1 case overdue"), {@code key} otherwise. */
    public static String plural(Component c, long n, String key, Object... args) {
        return c.getTranslation(n == 1 ? key + ".one" : key, args);
    }

    /** A muted line of explanation under a figure. */
    public static Span note(String text) {
        Span s = new Span(text);
        s.addClassName("home-note");
        return s;
    }

    /** A link to a screen, as the last line of a card ("Open the pulse results"). */
    public static RouterLink open(String id, String text, Class<? extends Component> view) {
        RouterLink link = new RouterLink(text, view);
        link.setId(id);
        link.addClassName("home-open");
        return link;
    }
}
