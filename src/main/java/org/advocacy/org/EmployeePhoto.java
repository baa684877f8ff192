package org.advocacy.org;

/** A member of staff's photo: a square JPEG without metadata, and its version (grows with every upload). */
public record EmployeePhoto(long employeeId, int version, byte[] jpeg) {

    public static final String MEDIA_TYPE = "image/jpeg";
}
