package org.advocacy.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * Tells a view whether it is shown on a phone, so lists can switch from table columns to one card per row (CSS
 * alone can't hide a grid's columns). The view hears the width once when attached and again on every resize; a
 * browserless test sees a desktop unless it calls the view's switch itself.
 */
public final class Breakpoint {

    /** Narrower than this (CSS pixels) is a phone: every common phone in portrait, not a tablet. */
    public static final int PHONE_MAX = 700;

    private Breakpoint() {
    }

    /** Calls {@code phone} with true/false now (once the browser answers) and whenever the side of 700 px changes. */
    public static void onPhone(Component view, SerializableConsumer<Boolean> phone) {
        Registration[] resize = new Registration[1];
        boolean[] last = new boolean[] {false};
        view.addAttachListener(attach -> {
            view.getElement().executeJs("return window.innerWidth").then(Integer.class, w -> {
                last[0] = w < PHONE_MAX;
                phone.accept(last[0]);
            });
            resize[0] = attach.getUI().getPage().addBrowserWindowResizeListener(e -> {
                boolean now = e.getWidth() < PHONE_MAX;
                if (now != last[0]) {
                    last[0] = now;
                    phone.accept(now);
                }
            });
        });
        view.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }
}
