package dev.migrate.sample.quickstart;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Owners, found by last name. */
public interface OwnerRepository extends JpaRepository<Owner, Long> {

    List<Owner> findByLastNameOrderByFirstName(String lastName);
}
