package org.advocacy.survey;

import java.time.LocalDate;
import java.util.List;

/** A pulse program as HR's list shows it. */
public record Program(long id, String name, Cadence cadence, int windowDays, ProgramStatus status, LocalDate startOn,
        boolean audienceAll, boolean withComment, List<Driver> drivers) {
}
