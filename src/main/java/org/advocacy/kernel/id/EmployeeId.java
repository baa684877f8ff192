package org.advocacy.kernel.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a member of staff ({@code employee.id}), where it travels between modules next to account ids: whom
 * praise or a recognition names. Serialized as the bare number, so events stored before it existed read the
 * same.
 */
public record EmployeeId(@JsonValue long value) implements Comparable<EmployeeId> {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public EmployeeId {
    }

    public static EmployeeId of(long value) {
        return new EmployeeId(value);
    }

    @Override
    public int compareTo(EmployeeId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return "employee " + value;
    }
}
