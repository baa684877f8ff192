package org.advocacy.kernel.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A feature's part of the home page for some roles (e.g. the advocacy map, a leader's home), placed right under the
 * greeting. Features implement it as a Spring bean, so the shell's home page finds them without naming them; a
 * section asks the security module who is signed in (the kernel knows no users).
 */
public interface HomeSection {

    /** The section for the signed-in user, or empty when it is not theirs. Called once per visit of the home page. */
    Optional<Component> create();

    /**
     * Whether the section takes the page's full width above the cards (the leader's advocacy map) rather than being
     * one card of "what needs you now". Sections are placed in their Spring {@code @Order}.
     */
    default boolean wide() {
        return false;
    }
}
