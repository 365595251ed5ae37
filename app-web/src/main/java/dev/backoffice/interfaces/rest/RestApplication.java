package dev.backoffice.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API, version 1. The tenant always comes from the authenticated user, never from the request. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Backoffice API",
            version = "1",
            description =
                "Back office for conference sellers. Errors are application/problem+json (RFC 9457) in the"
                    + " language of Accept-Language (ru, en). The tenant is taken from the credentials only."))
public class RestApplication extends Application {}
