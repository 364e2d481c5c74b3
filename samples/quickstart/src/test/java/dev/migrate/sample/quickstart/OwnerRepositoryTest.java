package dev.migrate.sample.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/** A {@code @DataJpaTest} slice migrates its embedded database too, so repositories see the revisions' schema. */
@DataJpaTest
class OwnerRepositoryTest {

    @Autowired
    private OwnerRepository owners;

    @Autowired
    private VisitRepository visits;

    @Test
    void findsTheSeededOwnerWithItsPet() {
        Owner franklin = owners.findByLastNameOrderByFirstName("Franklin").get(0);

        assertThat(franklin.getFirstName()).isEqualTo("George");
        assertThat(franklin.getPets()).extracting(Pet::getName).containsExactly("Leo");
        assertThat(franklin.getPets().get(0).getBirthDate()).isEqualTo(LocalDate.of(2020, 9, 7));
    }

    @Test
    void recordsAVisitInTheTableTheThirdRevisionCreated() {
        Pet leo = owners.findByLastNameOrderByFirstName("Franklin").get(0).getPets().get(0);

        visits.saveAndFlush(new Visit(leo, LocalDate.of(2026, 11, 24), "annual check-up"));

        assertThat(visits.findByPetOrderByDateDesc(leo)).extracting(Visit::getDescription)
            .containsExactly("annual check-up");
    }
}
