package org.advocacy.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Answers every /api/v1 address no endpoint handles. Without it such requests fall through to Vaadin's catch-all
 * forwarding (an HTML page) and a wrong method gets no handler at all, so neither would reach
 * {@link ApiExceptionHandler}: here they become JSON 404 and 405 answers.
 */
@Hidden
@RestController
class UnknownPathApi {

    private final RequestMappingHandlerMapping mappings;

    UnknownPathApi(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/v1/**")
    void unknown(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        PathContainer path = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()
                : PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        Set<RequestMethod> allowed = EnumSet.noneOf(RequestMethod.class);
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (info.getPathPatternsCondition() == null || info.getMethodsCondition().getMethods().isEmpty()) {
                continue; // this catch-all, or mappings for any method
            }
            boolean matches = info.getPathPatternsCondition().getPatterns().stream()
                    .anyMatch(p -> !p.getPatternString().endsWith("/**") && p.matches(path));
            if (matches) {
                allowed.addAll(info.getMethodsCondition().getMethods());
            }
        }
        if (!allowed.isEmpty()) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(),
                    allowed.stream().map(RequestMethod::name).toList());
        }
        throw ApiException.notFound("api.error.notFound");
    }
}
