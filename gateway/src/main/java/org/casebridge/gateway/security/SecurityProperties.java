package org.casebridge.gateway.security;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Security settings under {@code casebridge.security}.
 *
 * @param roleClaim the token claim that carries the caller's roles
 */
@Validated
@ConfigurationProperties("casebridge.security")
record SecurityProperties(@DefaultValue("roles") @NotBlank String roleClaim) {

}
