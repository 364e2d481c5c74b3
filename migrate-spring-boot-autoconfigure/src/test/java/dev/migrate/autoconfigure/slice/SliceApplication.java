package dev.migrate.autoconfigure.slice;

import org.springframework.boot.SpringBootConfiguration;

/** The application a test slice in this package starts from. */
@SpringBootConfiguration
class SliceApplication {

}
