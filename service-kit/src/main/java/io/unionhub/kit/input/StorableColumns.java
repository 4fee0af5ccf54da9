package io.unionhub.kit.input;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.hibernate.Interceptor;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemException.FieldProblem;
import io.unionhub.kit.problem.ProblemType;

/**
 * The last check before an entity is written, for every entity of every service: its text fits its column (the
 * length the migration gave it, read from the database once) and holds no NUL, its dates lie in the years 1 to 9999.
 * A request DTO should say so first ({@code @Size}); this makes a forgotten one a 400 naming the field instead of a
 * PostgreSQL error and a 500. A converted attribute (an encrypted column) is stored as something longer than its plain
 * value: only its NUL is checked, and its column should be {@code text}.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StorableColumns implements Interceptor {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Instance<SessionFactory> sessionFactory;

    /** "table.column" → its maximum length in characters, for the bounded text columns of the schema. */
    private volatile Map<String, Integer> columnLengths;
    private final Map<Class<?>, Map<String, Integer>> propertyLengths = new ConcurrentHashMap<>();

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        check(entity, state, propertyNames);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) {
        check(entity, currentState, propertyNames);
        return false;
    }

    private void check(Object entity, Object[] state, String[] propertyNames) {
        Map<String, Integer> lengths = propertyLengths.computeIfAbsent(entity.getClass(), this::lengthsOf);
        List<FieldProblem> errors = new ArrayList<>();
        for (int i = 0; i < state.length; i++) {
            FieldProblem problem = problemOf(propertyNames[i], state[i], lengths.get(propertyNames[i]));
            if (problem != null) {
                errors.add(problem);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "problem.validation.detail", errors.size())
                    .withFieldProblems(errors);
        }
    }

    /** What keeps this value out of its column, or null when it can be stored. */
    private static FieldProblem problemOf(String field, Object value, Integer maxLength) {
        if (value instanceof String text) {
            if (maxLength != null && text.codePointCount(0, text.length()) > maxLength) {
                return new FieldProblem(field, "problem.field.too-long", maxLength);
            }
            String problem = StorableInput.textProblem(text);
            return problem == null ? null : new FieldProblem(field, problem);
        }
        if (value instanceof TemporalAccessor temporal && StorableInput.isDateOrInstant(value.getClass())
                && !StorableInput.storableYear(temporal)) {
            return new FieldProblem(field, "problem.field.year-range", StorableInput.MIN_YEAR, StorableInput.MAX_YEAR);
        }
        if (value instanceof Collection<?> items) {
            // a jsonb list of texts: PostgreSQL refuses \u0000 there too
            for (Object item : items) {
                String problem = item instanceof String text ? StorableInput.textProblem(text) : null;
                if (problem != null) {
                    return new FieldProblem(field, problem);
                }
            }
        }
        return null;
    }

    private Map<String, Integer> lengthsOf(Class<?> entityClass) {
        EntityPersister persister = sessionFactory.get().unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getEntityDescriptor(entityClass);
        Map<String, Integer> lengths = new HashMap<>();
        persister.forEachAttributeMapping((AttributeMapping attribute) -> {
            List<SelectableMapping> columns = new ArrayList<>();
            attribute.forEachSelectable((index, column) -> columns.add(column));
            // a converted attribute (an encrypted column) is stored as more than its plain value: not comparable
            if (columns.size() == 1 && columns.get(0).getJdbcMapping().getValueConverter() == null) {
                Integer length = columnLengths().get(unquoted(columns.get(0).getContainingTableExpression()) + '.'
                        + unquoted(columns.get(0).getSelectionExpression()));
                if (length != null) {
                    lengths.put(attribute.getAttributeName(), length);
                }
            }
        });
        return lengths;
    }

    private Map<String, Integer> columnLengths() {
        if (columnLengths == null) {
            Map<String, Integer> lengths = new HashMap<>();
            try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement();
                    ResultSet columns = query.executeQuery("""
                            select table_name, column_name, character_maximum_length from information_schema.columns
                            where table_schema = current_schema() and character_maximum_length is not null""")) {
                while (columns.next()) {
                    lengths.put(columns.getString(1) + '.' + columns.getString(2), columns.getInt(3));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the column lengths of the schema", e);
            }
            columnLengths = Map.copyOf(lengths);
        }
        return columnLengths;
    }

    /** {@code "schema"."Table"} → {@code table}: information_schema names, as the naming strategy writes them. */
    private static String unquoted(String name) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        return last.replace("\"", "").toLowerCase(Locale.ROOT);
    }
}
