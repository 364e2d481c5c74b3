package dev.migrate.sample.quickstart;

import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /owners}: the owners the revisions seeded, with their pets. */
@RestController
public class OwnerController {

    /** An owner as the API shows it. */
    public record OwnerView(long id, String name, String city, List<String> pets) {
    }

    private final OwnerRepository owners;

    public OwnerController(OwnerRepository owners) {
        this.owners = owners;
    }

    @GetMapping("/owners")
    @Transactional(readOnly = true)
    public List<OwnerView> owners() {
        return owners.findAll().stream()
            .map(owner -> new OwnerView(owner.getId(), owner.getFirstName() + " " + owner.getLastName(),
                    owner.getCity(), owner.getPets().stream().map(Pet::getName).toList()))
            .toList();
    }
}
