package org.advocacy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.advocacy.org.Branch;
import org.advocacy.org.OrgService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/branches: the branches the token may read. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation")
class BranchApi {

    /** One branch as the API shows it (no database ids). */
    record BranchJson(String code, String name, String city, String region, String timeZone, boolean active) {
        static BranchJson of(Branch b) {
            return new BranchJson(b.code(), b.name(), b.city(), b.region(), b.timeZone(), b.active());
        }
    }

    private final OrgService org;

    BranchApi(OrgService org) {
        this.org = org;
    }

    @GetMapping("/branches")
    @PreAuthorize(ApiPermissions.HR_READ_TOKEN_OR_METRICS_TOKEN)
    @Operation(summary = "List branches",
            description = "Every branch (active or not) the token may read; a token bound to a branch sees only that one. "
                    + "Scopes: hr:read or metrics:read (admin implies every scope).")
    public List<BranchJson> branches() {
        return org.branchesInScope().stream().map(BranchJson::of).toList();
    }
}
