package org.advocacy.demo;

/**
 * A branch of the demo organisation with its hidden culture level (0..1): the generator lets it drive staff
 * answers and, a month later, customer scores, so the insights screens have a known relationship to recover.
 */
public record DemoBranch(String code, String name, String city, String region, int staff, double culture) {
}
