package org.advocacy.test;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the tests that speak HTTP to the shared application context: a fresh {@link MockMvc} through the security
 * filters before each test, and {@link ApiRequests} for API tokens.
 */
@PortalTest
public abstract class MockMvcTest {

    @Autowired
    protected ApiRequests api;
    @Autowired
    protected SignIn signIn;

    protected MockMvc mvc;

    @BeforeEach
    void setUpMockMvc() {
        mvc = api.mvc();
    }
}
