package dev.migrate.sample.quickstart;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Visits, newest first. */
public interface VisitRepository extends JpaRepository<Visit, Long> {

    List<Visit> findByPetOrderByDateDesc(Pet pet);
}
