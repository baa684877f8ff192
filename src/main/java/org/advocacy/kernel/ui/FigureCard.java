package org.advocacy.kernel.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A headline figure: its value large above its label (CSS classes {@code value} and {@code label}). */
public final class FigureCard {

    private FigureCard() {
    }

    /** The figure with the screen's own class names on its box. */
    public static Div of(String label, String value, String... classNames) {
        Div d = new Div();
        d.addClassNames(classNames);
        Span v = new Span(value);
        v.addClassName("value");
        Span l = new Span(label);
        l.addClassName("label");
        d.add(v, l);
        return d;
    }
}
