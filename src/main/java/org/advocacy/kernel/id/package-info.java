/**
 * Typed ids for the two kinds of person that travel between modules as numbers: an account (who signs in, who is
 * told) and an employee (who is praised, who answers). A {@code long} could be either; these cannot be swapped.
 */
package org.advocacy.kernel.id;
