package dev.migrate.operations.ops;

import java.util.List;
import java.util.Objects;

import dev.migrate.MigrateException;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.DefaultValue;
import dev.migrate.operations.MigrateOperation;
import dev.migrate.schema.Identity;
import dev.migrate.schema.SqlType;

/**
 * {@code op.alterColumn(…)}: changes a column's nullability, server default, type, comment or name. A {@code null}
 * field means "not changing"; the {@code existing…} fields describe the column as it is, which MySQL needs to
 * restate the whole column and which {@link #reverse()} turns into the changes that undo this one. Statements come
 * in Alembic's order: nullability, default, type, comment, and the rename last.
 *
 * @param schema                the table's schema, or {@code null}
 * @param table                 the table
 * @param column                the column's current name
 * @param nullable              whether it will accept {@code NULL}
 * @param serverDefault         its new server default; a change to {@code null} drops it
 * @param type                  its new type
 * @param newName               its new name
 * @param comment               its new comment; a change to {@code null} drops it
 * @param existingType          its type now
 * @param existingServerDefault its server default now
 * @param existingNullable      whether it accepts {@code NULL} now
 * @param existingComment       its comment now
 * @param autoIncrement         whether it will be numbered by the database (MySQL only)
 * @param existingAutoIncrement whether it is numbered by the database now (MySQL only)
 * @param postgresqlUsing       the PostgreSQL {@code USING} expression that converts values to the new type
 * @param identity              its new identity generation; a change to {@code null} makes it an ordinary column
 * @param existingIdentity      its identity generation now, or {@code null} for none
 */
public record AlterColumnOp(String schema, String table, String column, Boolean nullable,
        Change<DefaultValue> serverDefault, SqlType type, String newName, Change<String> comment,
        SqlType existingType, DefaultValue existingServerDefault, Boolean existingNullable, String existingComment,
        Boolean autoIncrement, Boolean existingAutoIncrement, String postgresqlUsing, Change<Identity> identity,
        Identity existingIdentity) implements MigrateOperation {

    /**
     * A new value for a setting that can also be removed.
     *
     * @param value the new value, or {@code null} to remove the setting
     */
    public record Change<T>(T value) {
    }

    public AlterColumnOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    /** The column's name once this operation ran. */
    public String finalName() {
        return newName == null ? column : newName;
    }

    /** The column's type once this operation ran, if known. */
    public SqlType finalType() {
        return type == null ? existingType : type;
    }

    /** Whether the column accepts {@code NULL} once this operation ran, if known. */
    public Boolean finalNullable() {
        return nullable == null ? existingNullable : nullable;
    }

    /** The column's server default once this operation ran, as far as known. */
    public DefaultValue finalServerDefault() {
        return serverDefault == null ? existingServerDefault : serverDefault.value();
    }

    /** The column's comment once this operation ran, as far as known. */
    public String finalComment() {
        return comment == null ? existingComment : comment.value();
    }

    /** Whether the column is numbered by the database once this operation ran. */
    public boolean finalAutoIncrement() {
        return Boolean.TRUE.equals(autoIncrement == null ? existingAutoIncrement : autoIncrement);
    }

    @Override
    public List<String> toSql(DdlImpl dialect) {
        return dialect.compiler().alterColumn(this);
    }

    /**
     * The changes back to the {@code existing…} values; a changed nullability or type must have its existing value,
     * an auto-increment change without one is undone to a column that is not auto-incremented.
     */
    @Override
    public MigrateOperation reverse() {
        requireKnown(nullable, existingNullable, "existingNullable");
        requireKnown(type, existingType, "existingType");
        return new AlterColumnOp(schema, table, finalName(), nullable == null ? null : existingNullable,
                serverDefault == null ? null : new Change<>(existingServerDefault), type == null ? null : existingType,
                newName == null ? null : column, comment == null ? null : new Change<>(existingComment),
                finalType(), finalServerDefault(), finalNullable(), finalComment(),
                autoIncrement == null ? null : Boolean.TRUE.equals(existingAutoIncrement), autoIncrement, null,
                identity == null ? null : new Change<>(existingIdentity), identity == null ? existingIdentity
                        : identity.value());
    }

    private void requireKnown(Object change, Object existing, String parameter) {
        if (change != null && existing == null) {
            throw new MigrateException("alterColumn of " + table + "." + column
                    + " cannot be reversed without " + parameter);
        }
    }

    /** Collects the changes of an {@code op.alterColumn(…)}; each method returns this builder. */
    public static final class Builder {

        private Boolean nullable;
        private Change<DefaultValue> serverDefault;
        private SqlType type;
        private String newName;
        private Change<String> comment;
        private SqlType existingType;
        private DefaultValue existingServerDefault;
        private Boolean existingNullable;
        private String existingComment;
        private Boolean autoIncrement;
        private Boolean existingAutoIncrement;
        private String postgresqlUsing;
        private Change<Identity> identity;
        private Identity existingIdentity;

        /** Whether the column will accept {@code NULL}. */
        public Builder nullable(boolean value) { nullable = value; return this; }
        /** A literal server default (string, number or boolean). */
        public Builder serverDefault(Object literal) { return serverDefault(DefaultValue.literal(literal)); }
        /** A server default. */
        public Builder serverDefault(DefaultValue value) { serverDefault = new Change<>(value); return this; }
        /** Drops the server default. */
        public Builder dropServerDefault() { serverDefault = new Change<>(null); return this; }
        /** The new type. */
        public Builder type(SqlType value) { type = value; return this; }
        /** Renames the column. */
        public Builder newName(String value) { newName = value; return this; }
        /** The new comment. */
        public Builder comment(String value) { comment = new Change<>(Objects.requireNonNull(value)); return this; }
        /** Drops the comment. */
        public Builder dropComment() { comment = new Change<>(null); return this; }
        /** The type the column has now. */
        public Builder existingType(SqlType value) { existingType = value; return this; }
        /** The literal server default the column has now. */
        public Builder existingServerDefault(Object literal) {
            return existingServerDefault(DefaultValue.literal(literal));
        }
        /** The server default the column has now. */
        public Builder existingServerDefault(DefaultValue value) { existingServerDefault = value; return this; }
        /** Whether the column accepts {@code NULL} now. */
        public Builder existingNullable(boolean value) { existingNullable = value; return this; }
        /** The comment the column has now. */
        public Builder existingComment(String value) { existingComment = value; return this; }
        /** Whether the column will be numbered by the database (MySQL {@code AUTO_INCREMENT}). */
        public Builder autoIncrement(boolean value) { autoIncrement = value; return this; }
        /** Whether the column is numbered by the database now. */
        public Builder existingAutoIncrement(boolean value) { existingAutoIncrement = value; return this; }
        /** PostgreSQL's {@code USING} expression for a type change, such as {@code "amount::numeric"}. */
        public Builder postgresqlUsing(String value) { postgresqlUsing = value; return this; }

        /** Makes the column an identity column generated as {@code value} says, or changes how it is generated. */
        public Builder identity(Identity value) {
            identity = new Change<>(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Makes an identity column an ordinary one. */
        public Builder dropIdentity() {
            identity = new Change<>(null);
            return this;
        }

        /** The identity generation the column has now. */
        public Builder existingIdentity(Identity value) {
            existingIdentity = value;
            return this;
        }

        /** The operation on {@code table.column} in {@code schema}. */
        public AlterColumnOp build(String schema, String table, String column) {
            return new AlterColumnOp(schema, table, column, nullable, serverDefault, type, newName, comment,
                    existingType, existingServerDefault, existingNullable, existingComment, autoIncrement,
                    existingAutoIncrement, postgresqlUsing, identity, existingIdentity);
        }
    }
}
