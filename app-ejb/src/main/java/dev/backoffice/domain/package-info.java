/** Domain layer: entities, value objects and repository interfaces. Nothing from application, interfaces, infrastructure, Faces or REST. */
package dev.backoffice.domain;
