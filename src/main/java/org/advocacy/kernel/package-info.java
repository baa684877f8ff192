/**
 * The kernel: what every module may use and nothing in it knows a feature (validation error, translations, formats,
 * the organisation's time zone, client address, rate limits, the database and web infrastructure, the home page's
 * section interface). An open module, so its sub-packages are usable too (decision 0047).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Kernel")
package org.advocacy.kernel;

import org.springframework.modulith.ApplicationModule;
