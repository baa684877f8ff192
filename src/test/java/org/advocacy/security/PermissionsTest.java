package org.advocacy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Plain checks of who may call what, without Spring's context: every module's {@code <Module>Permissions} constant
 * is a valid expression naming only real roles and API scopes (a misspelt role would quietly refuse everybody), and
 * the scope hierarchy gives an admin token every scope and no other token more than its own.
 */
class PermissionsTest {

    private static final Pattern ROLE_LIST = Pattern.compile("has(?:Any)?Role\\(([^)]*)\\)");
    private static final Pattern AUTHORITY_LIST = Pattern.compile("has(?:Any)?Authority\\(([^)]*)\\)");

    /** Every public constant of every {@code org.advocacy.<module>.<Module>Permissions} class. */
    private static List<String> expressions() throws Exception {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/advocacy"))) {
            for (Path module : files.filter(Files::isDirectory).toList()) {
                String name = module.getFileName().toString();
                String simpleName = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Permissions";
                Path source = module.resolve(simpleName + ".java");
                if (!Files.exists(source)) {
                    continue;
                }
                Class<?> type = Class.forName("org.advocacy." + name + "." + simpleName);
                for (Field f : type.getFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                        all.add((String) f.get(null));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return all;
    }

    private static List<String> quoted(String list) {
        return Arrays.stream(list.split(",")).map(s -> s.strip().replace("'", "")).toList();
    }

    @Test
    void everyPermissionNamesRealRolesAndScopesInValidExpressions() throws Exception {
        List<String> expressions = expressions();
        assertThat(expressions).as("the modules' Permissions classes").hasSizeGreaterThan(20);
        Set<String> roles = EnumSet.allOf(Role.class).stream().map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
        Set<String> scopes = EnumSet.allOf(ApiScope.class).stream().map(ApiScope::authority)
                .collect(java.util.stream.Collectors.toSet());
        SpelExpressionParser parser = new SpelExpressionParser();
        for (String e : expressions) {
            assertThat(parser.parseExpression(e)).as(e).isNotNull();
            Matcher r = ROLE_LIST.matcher(e);
            while (r.find()) {
                assertThat(quoted(r.group(1))).as(e).isNotEmpty().allSatisfy(role -> assertThat(roles).contains(role));
            }
            Matcher a = AUTHORITY_LIST.matcher(e);
            while (a.find()) {
                assertThat(quoted(a.group(1))).as(e).isNotEmpty().allSatisfy(s -> assertThat(scopes).contains(s));
            }
            assertThat(e).as("only roles, scopes, signed in or anyone")
                    .matches("(isAuthenticated\\(\\)|permitAll\\(\\)|has(Any)?(Role|Authority)\\([^)]*\\)( or |$))+");
        }
    }

    @Test
    void anAdminTokenHoldsEveryScopeAndOtherTokensOnlyTheirOwn() {
        var hierarchy = ApiScope.hierarchy();
        for (ApiScope scope : ApiScope.values()) {
            Set<String> reachable = new java.util.HashSet<>();
            hierarchy.getReachableGrantedAuthorities(List.of(new SimpleGrantedAuthority(scope.authority())))
                    .forEach(g -> reachable.add(g.getAuthority()));
            Set<String> expected = new java.util.HashSet<>();
            scope.implied().forEach(s -> expected.add(s.authority()));
            assertThat(reachable).as(scope.code()).isEqualTo(expected);
        }
        assertThat(ApiScope.ADMIN.implied()).containsExactlyInAnyOrder(ApiScope.values());
        assertThat(ApiScope.HR_READ.implied()).containsExactly(ApiScope.HR_READ);
        assertThat(ApiScope.ofCode("metrics:read")).contains(ApiScope.METRICS_READ);
        assertThat(ApiScope.ofCode("METRICS_READ")).as("codes, not names").isEmpty();
    }

    @Test
    void aBranchScopeIncludesItsBranchesOrAll() {
        assertThat(BranchScope.ALL.includes(42)).isTrue();
        assertThat(BranchScope.ALL.isEmpty()).isFalse();
        assertThat(BranchScope.NONE.includes(42)).isFalse();
        assertThat(BranchScope.NONE.isEmpty()).isTrue();
        BranchScope two = BranchScope.of(Set.of(1L, 2L));
        assertThat(two.includes(2)).isTrue();
        assertThat(two.includes(3)).isFalse();
        assertThat(two.isEmpty()).isFalse();
    }
}
