package org.advocacy.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** HR's form for a new program: pulse content, cadence, window and audience (empty sets = all staff). */
public record ProgramData(String name, Cadence cadence, int windowDays, LocalDate startOn, Set<Long> branchIds,
        Set<Long> departmentIds, List<Driver> drivers, boolean withComment) {
}
