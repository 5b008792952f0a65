package org.casebridge.gateway.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Present only when the browser login is configured (an OpenID Connect client
 * registration named {@code casebridge}): the search screen and console exist only then.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(prefix = "spring.security.oauth2.client.registration.casebridge", name = "client-id")
public @interface ConditionalOnBrowserLogin {

}
