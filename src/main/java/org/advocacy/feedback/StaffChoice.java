package org.advocacy.feedback;

/**
 * A customer-facing member of a branch's staff as the public form offers them: an opaque per-branch token (never the
 * internal id), the display name, initials for the avatar and the version of their photo (null: none).
 */
public record StaffChoice(String token, String displayName, Integer photoVersion) {

    public StaffChoice(String token, String displayName) {
        this(token, displayName, null);
    }

    public boolean hasPhoto() {
        return photoVersion != null;
    }

    public String initials() {
        String[] parts = displayName.trim().split("\\s+");
        String last = parts[parts.length - 1];
        String first = parts[0];
        return (parts.length > 1 ? first.substring(0, 1) : "") + last.substring(0, 1);
    }

    /** Vietnamese names are addressed by the given name, the last word. */
    public String givenName() {
        String[] parts = displayName.trim().split("\\s+");
        return parts[parts.length - 1];
    }
}
