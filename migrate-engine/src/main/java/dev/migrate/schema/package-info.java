/**
 * The neutral schema model (SQLAlchemy's {@code MetaData}): what a schema holds, independent of where it came from.
 * The live database (through a dialect's inspector) and the JPA mapping are each turned into these immutable
 * values, and autogenerate compares two of them. Nothing here knows JDBC or Hibernate; equal values describe the
 * same object.
 */
package dev.migrate.schema;
