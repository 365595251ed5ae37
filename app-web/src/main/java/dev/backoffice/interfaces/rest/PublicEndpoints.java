package dev.backoffice.interfaces.rest;

import jakarta.ws.rs.container.ResourceInfo;

/** Whether the matched resource method is marked {@link PublicEndpoint} (on the method or its class). */
final class PublicEndpoints {

  private PublicEndpoints() {}

  static boolean isPublic(ResourceInfo resource) {
    if (resource == null || resource.getResourceMethod() == null) {
      return false;
    }
    return resource.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)
        || resource.getResourceClass().isAnnotationPresent(PublicEndpoint.class);
  }
}
