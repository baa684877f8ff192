package org.advocacy.kernel.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableBiConsumer;
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

    private static final String WINDOW_WIDTH = "event.detail.window";
    private static final String VIEW_WIDTH = "event.detail.view";

    private Breakpoint() {
    }

    /**
     * Calls {@code widths} with the window's and the view's own width (CSS pixels) when the view is shown and whenever
     * its width changes (a window resize, the navigation drawer opening or closing): for lists whose columns depend on
     * the room the view really has (beside the open drawer a 1280 px window leaves the view about 1020 px). A
     * ResizeObserver in the browser reports the sizes, at most every 150 ms.
     */
    public static void onResize(Component view, SerializableBiConsumer<Integer, Integer> widths) {
        view.getElement().addEventListener("portal-width", e -> widths.accept(
                        e.getEventData().get(WINDOW_WIDTH).asInt(), e.getEventData().get(VIEW_WIDTH).asInt()))
                .addEventData(WINDOW_WIDTH).addEventData(VIEW_WIDTH).debounce(150);
        view.addAttachListener(attach -> view.getElement().executeJs("""
                const el = this;
                if (el.__portalWidth) { el.__portalWidth.disconnect(); }
                el.__portalWidth = new ResizeObserver(() => el.dispatchEvent(new CustomEvent('portal-width',
                    { detail: { window: window.innerWidth, view: Math.round(el.getBoundingClientRect().width) } })));
                el.__portalWidth.observe(el);"""));
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
