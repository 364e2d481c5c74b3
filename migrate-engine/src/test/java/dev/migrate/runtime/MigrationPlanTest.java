package dev.migrate.runtime;

import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.MigrateException;
import dev.migrate.runtime.VersionChange.Delete;
import dev.migrate.runtime.VersionChange.Insert;
import dev.migrate.runtime.VersionChange.Update;
import dev.migrate.script.MigrationStep;
import dev.migrate.script.RevisionMap;

/** {@link MigrationPlan#of}: the steps as planned, with the rows a {@link HeadMaintainer} keeps for them. */
class MigrationPlanTest {

    /** branches.rst: 27c6 and ae10 branch off 1975 and merge in 53ff. */
    private final RevisionMap map = map(rev("1975ea83b712"), rev("27c6a30d7c24").down("1975ea83b712"),
            rev("ae1027a6acf").down("1975ea83b712"), rev("53fffde5ad5").down("ae1027a6acf", "27c6a30d7c24"));

    @Test
    void holdsACopyOfTheStepsAndTheRowChangesOfEach() {
        List<MigrationStep> steps = new ArrayList<>(map.upgradePlan(List.of(), "53fffde5ad5"));
        MigrationPlan plan = MigrationPlan.of(map, List.of(), steps);
        steps.clear();

        assertThat(plan.steps()).hasSize(4);
        assertThatThrownBy(() -> plan.steps().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(plan.steps().stream().map(plan::rowChanges)).containsExactly(
                List.of(new Insert("1975ea83b712")),
                List.of(new Update("1975ea83b712", "27c6a30d7c24")),
                List.of(new Insert("ae1027a6acf")),
                List.of(new Delete("ae1027a6acf"), new Update("27c6a30d7c24", "53fffde5ad5")));
    }

    @Test
    void startsFromTheGivenRows() {
        List<String> rows = List.of("27c6a30d7c24", "ae1027a6acf");
        MigrationPlan plan = MigrationPlan.of(map, rows, map.downgradePlan(List.of("53fffde5ad5"), "1975ea83b712"));
        assertThatThrownBy(() -> plan.rowChanges(plan.steps().get(0)))
            .isInstanceOf(MigrateException.class)
            .hasMessage("Cannot downgrade 53fffde5ad5: it is not a current head (current heads: 27c6a30d7c24, "
                    + "ae1027a6acf)");

        MigrationPlan merge = MigrationPlan.of(map, rows, map.upgradePlan(rows, "heads"));
        assertThat(merge.rowChanges(merge.steps().get(0)))
            .containsExactly(new Delete("ae1027a6acf"), new Update("27c6a30d7c24", "53fffde5ad5"));
    }

    @Test
    void refusesRowsTheMapDoesNotKnow() {
        assertThatThrownBy(() -> MigrationPlan.of(map, List.of("ffffffffffff"), List.of()))
            .isInstanceOf(MigrateException.class)
            .hasMessage("The version table holds 'ffffffffffff', which is not a known revision; check the configured "
                    + "script locations, or stamp the database with --purge");
    }
}
