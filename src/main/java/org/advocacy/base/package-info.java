/**
 * What is left of the old {@code base} package until the CSV file, the e-mail rule and the chart move into the kernel
 * (issue 10): used by every module like the kernel, so open as well. Delete this file when the package is empty.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.advocacy.base;

import org.springframework.modulith.ApplicationModule;
