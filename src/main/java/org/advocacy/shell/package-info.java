/**
 * The application shell: main layout, home page, navigation, error and access-denied pages. It may use every module
 * and no module uses it; views find their layout through Vaadin's {@code @Layout}, the home page finds the features'
 * sections through the kernel's {@code HomeSection} (decision 0047).
 */
@ApplicationModule(displayName = "Shell")
package org.advocacy.shell;

import org.springframework.modulith.ApplicationModule;
