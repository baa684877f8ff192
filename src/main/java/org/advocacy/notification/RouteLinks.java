package org.advocacy.notification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RoutePrefix;

/**
 * The link a notice opens, taken from its view's {@link Route}, so a renamed route cannot leave notices pointing
 * nowhere. Vaadin's {@code RouteConfiguration.forApplicationScope()} needs a running Vaadin service, which event
 * listeners delivered after a restart or by the scheduler do not have; the annotation is all it would read for our
 * views (explicit paths, no {@link RoutePrefix} on their layouts), so this reads it directly and refuses anything else.
 */
final class RouteLinks {

    private RouteLinks() {
    }

    static String of(Class<? extends Component> view) {
        Route route = view.getAnnotation(Route.class);
        if (route == null || Route.NAMING_CONVENTION.equals(route.value()) || route.value().contains(":")) {
            throw new IllegalArgumentException(view.getName() + " has no fixed route path");
        }
        if (!route.absolute() && route.layout().isAnnotationPresent(RoutePrefix.class)) {
            throw new IllegalArgumentException(view.getName() + " sits under a route prefix");
        }
        return route.value();
    }
}
