package org.advocacy.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the accounts and API token screens show of the organisation (decision 0047): the security module may not read
 * {@code employee} or {@code branch}, nor depend on the organisation module (which depends on it), so it declares
 * what it needs here and the organisation module implements it. Security reads its own rows first and then asks once
 * for all the ids of the page. Runs in the caller's transaction; no role check (the callers have checked theirs).
 */
public interface AccountPeople {

    /** A member of staff as an account row shows it; {@code active} false once they left. */
    record Person(long employeeId, String fullName, long branchId, String branchCode, boolean active) {
    }

    /** The staff of these ids (inactive ones too) by id; unknown ids are missing. */
    Map<Long, Person> people(Collection<Long> employeeIds);

    /** The codes of these branches (retired ones too) by id; unknown ids are missing. */
    Map<Long, String> branchCodes(Collection<Long> branchIds);

    /** Every branch id (retired ones too) in the order of the branch codes: for sorting accounts by branch. */
    List<Long> branchIdsByCode();
}
