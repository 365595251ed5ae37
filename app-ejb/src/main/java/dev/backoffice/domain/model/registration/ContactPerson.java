package dev.backoffice.domain.model.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who to talk to about the request. */
@Embeddable
public record ContactPerson(
    @Column(name = "contact_name", nullable = false, length = 200) String name,
    @Column(name = "contact_email", nullable = false, length = 254) String email,
    @Column(name = "contact_phone", length = 50) String phone) {}
