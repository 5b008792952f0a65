/**
 * The demo's OpenID Connect provider: a real Spring Authorization Server with published,
 * demo-only clients and users, one per CaseBridge role, so every login and token flow the
 * gateway sees in the demo is the one it sees in production. It runs as its own Spring
 * application with its own configuration file ({@code demo-authserver.yml}) and is never
 * part of the gateway's application context.
 */
@NullMarked
package org.casebridge.demo.authserver;

import org.jspecify.annotations.NullMarked;
