package dev.backoffice.domain.model.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A person who will attend under a registration request. Part of the request aggregate. */
@Entity
@Table(name = "participant")
public class Participant {

  @Id
  private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  private RegistrationRequest request;

  @Column(name = "position_no", nullable = false)
  private int positionNo;

  @Column(name = "full_name", nullable = false, length = 300)
  private String fullName;

  @Column(length = 254)
  private String email;

  @Column(name = "job_title", length = 200)
  private String jobTitle;

  protected Participant() {}

  Participant(RegistrationRequest request, int positionNo, String fullName, String email, String jobTitle) {
    this.id = UUID.randomUUID();
    this.request = request;
    this.positionNo = positionNo;
    this.fullName = fullName;
    this.email = email;
    this.jobTitle = jobTitle;
  }

  public int positionNo() {
    return positionNo;
  }

  public String fullName() {
    return fullName;
  }

  public String email() {
    return email;
  }

  public String jobTitle() {
    return jobTitle;
  }
}
