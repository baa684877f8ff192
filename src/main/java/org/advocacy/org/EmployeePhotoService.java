package org.advocacy.org;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.internal.EmployeePhotoRepository;
import org.advocacy.org.internal.EmployeeRepository;
import org.advocacy.security.BranchScope;
import org.advocacy.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff photos: everyone with an employee record may set their own; a manager sets those of the people in their
 * branches (HR of everyone). Uploads are size-limited and re-encoded without metadata ({@link PhotoImages}).
 */
@Service
public class EmployeePhotoService {

    private final EmployeePhotoRepository photos;
    private final EmployeeRepository employees;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    EmployeePhotoService(EmployeePhotoRepository photos, EmployeeRepository employees, CurrentUser currentUser,
            AuditLog audit, Clock clock) {
        this.photos = photos;
        this.employees = employees;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in person's own photo. */
    @PreAuthorize(OrgPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<EmployeePhoto> own() {
        return ownId().flatMap(photos::find);
    }

    @PreAuthorize(OrgPermissions.SIGNED_IN)
    @Transactional
    public void uploadOwn(byte[] upload) {
        long id = ownId().orElseThrow(() -> new ValidationException("photo", "photo.error.noProfile"));
        store(id, upload);
    }

    @PreAuthorize(OrgPermissions.SIGNED_IN)
    @Transactional
    public void removeOwn() {
        ownId().ifPresent(id -> {
            if (photos.delete(id)) {
                audit.record(AuditAction.EMPLOYEE_UPDATED, "employee " + id, "own photo removed");
            }
        });
    }

    /** A manager's (or HR's) upload for a member of staff in their branch scope. */
    @PreAuthorize(OrgPermissions.MANAGER_OR_HR)
    @Transactional
    public void upload(long employeeId, byte[] upload) {
        requireInScope(employeeId);
        store(employeeId, upload);
    }

    @PreAuthorize(OrgPermissions.MANAGER_OR_HR)
    @Transactional
    public void remove(long employeeId) {
        requireInScope(employeeId);
        if (photos.delete(employeeId)) {
            audit.record(AuditAction.EMPLOYEE_UPDATED, "employee " + employeeId, "photo removed");
        }
    }

    /** A colleague's photo for avatars on the portal's screens (pickers, feeds), for any signed-in person. */
    @PreAuthorize(OrgPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<EmployeePhoto> photo(long employeeId) {
        return photos.find(employeeId);
    }

    /** Which of these people have a photo, and its version (for image addresses that change with the photo). */
    @PreAuthorize(OrgPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<Long, Integer> versions(Collection<Long> employeeIds) {
        return photos.versions(employeeIds);
    }

    /**
     * For the public feedback form only, which names people by an opaque per-branch token and asks here after it
     * has resolved the token to a customer-facing member of staff; no public address carries an internal id.
     */
    @PreAuthorize(OrgPermissions.ANYONE)
    @Transactional(readOnly = true)
    public Optional<EmployeePhoto> photoForPublicForm(long employeeId) {
        return photos.find(employeeId);
    }

    /** Photo versions for the public form's staff list (same caller rule as {@link #photoForPublicForm}). */
    @PreAuthorize(OrgPermissions.ANYONE)
    @Transactional(readOnly = true)
    public Map<Long, Integer> versionsForPublicForm(Collection<Long> employeeIds) {
        return photos.versions(employeeIds);
    }

    private void store(long employeeId, byte[] upload) {
        byte[] jpeg = PhotoImages.reencode(upload);
        photos.save(employeeId, jpeg, currentUser.get().map(u -> u.id()).orElse(null), LocalDateTime.now(clock));
        audit.record(AuditAction.EMPLOYEE_UPDATED, "employee " + employeeId, "photo set (" + jpeg.length + " bytes)");
    }

    private Optional<Long> ownId() {
        return currentUser.get().map(u -> u.employeeId());
    }

    private void requireInScope(long employeeId) {
        BranchScope scope = currentUser.branchScope();
        if (employees.findById(employeeId, scope).isEmpty()) {
            throw new AccessDeniedException("employee " + employeeId + " is outside the caller's scope");
        }
    }
}
