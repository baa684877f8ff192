package org.advocacy.kernel.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a sign-in account ({@code app_user.id}), where it travels between modules next to employee ids: a
 * notice's recipient, a round's audience. Serialized as the bare number, so events stored before it existed read the
 * same.
 */
public record AccountId(@JsonValue long value) implements Comparable<AccountId> {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public AccountId {
    }

    public static AccountId of(long value) {
        return new AccountId(value);
    }

    @Override
    public int compareTo(AccountId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return "account " + value;
    }
}
