package org.advocacy.org.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import org.advocacy.shell.AccessDeniedView;

/**
 * How a refused navigation shows up in a browserless test: the navigation access control reroutes to the
 * application's own {@link AccessDeniedView} (a HasErrorParameter for AccessDeniedException), so Karibu's
 * MockAccessDeniedException never fires; the view under test is not created.
 */
final class AccessAssertions {

    private AccessAssertions() {
    }

    static void assertRefused(Class<? extends Component> view, String deniedTitle) {
        UI.getCurrent().navigate(view);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class).isNotInstanceOf(view);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied")).getText()).isEqualTo(deniedTitle);
    }
}
