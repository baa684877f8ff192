package org.advocacy.survey;

import java.time.LocalDate;

/** The company-level result of a program's latest closed round, which every employee may see. */
public record CompanyResult(String programName, LocalDate closeDate, PulseResults results) {
}
