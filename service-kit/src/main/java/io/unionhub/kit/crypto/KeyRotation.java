package io.unionhub.kit.crypto;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.descriptor.converter.spi.JpaAttributeConverter;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.unionhub.kit.config.KitConfig;

/**
 * Finishes a key rotation: re-seals with the current key what older keys sealed, in every encrypted column of the
 * service's entities (found in the mapping: the attributes converted by {@link EncryptedString}), a batch at a time.
 * Hibernate rewrites an encrypted column only when its row changes, so without this an old key
 * could never be dropped. The gauge {@code unionhub_crypto_values_on_old_keys} says when it can: at 0 (NaN until a
 * run succeeded).
 */
@ApplicationScoped
public class KeyRotation {

    private static final Logger LOG = Logger.getLogger(KeyRotation.class);

    @Inject
    EntityManager entityManager;

    @Inject
    Instance<SessionFactory> sessionFactory;

    @Inject
    KitConfig config;

    @Inject
    MeterRegistry registry;

    private volatile Keyring keyring;
    private volatile List<SealedColumn> sealedColumns;
    /** As counted by the last successful run; NaN before one, or after a run that failed. */
    private volatile double valuesOnOldKeys = Double.NaN;

    /** An encrypted column: its table, the table's single id column, the column. */
    record SealedColumn(String table, String idColumn, String column) {
    }

    void registerGauge(@Observes StartupEvent start) {
        Gauge.builder("unionhub.crypto.values.on.old.keys", this, rotation -> rotation.valuesOnOldKeys)
                .description("Encrypted values sealed by another key than the current one, at the last re-seal run")
                .register(registry);
    }

    @Scheduled(every = "${unionhub.crypto.reseal-every:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledReseal() {
        if (sealedColumns().isEmpty()) {
            valuesOnOldKeys = 0; // nothing encrypted here
            return;
        }
        int resealed = reseal(config.crypto().resealBatch());
        if (resealed > 0) {
            LOG.infof("re-sealed %d encrypted values with key %s", resealed, keyring().currentKeyId());
        }
    }

    /**
     * Re-seals up to {@code limit} values per column, each column in its own transaction (rows being changed right
     * now are left for the next run), then counts what is left. A column that fails is logged and counted as unknown.
     */
    public int reseal(int limit) {
        int resealed = 0;
        boolean allCounted = true;
        long left = 0;
        for (SealedColumn column : sealedColumns()) {
            try {
                resealed += QuarkusTransaction.requiringNew().call(() -> resealColumn(column, limit));
                left += QuarkusTransaction.requiringNew().call(() -> countOnOldKeys(column));
            } catch (RuntimeException e) {
                allCounted = false;
                LOG.errorf("cannot re-seal %s.%s: %s", column.table(), column.column(), e.getMessage());
            }
        }
        valuesOnOldKeys = allCounted ? left : Double.NaN;
        return resealed;
    }

    /**
     * How many stored values another key than the current one sealed, at the last run: 0 means the old keys can go;
     * NaN means there was no successful run yet (or the last one failed).
     */
    public double valuesOnOldKeys() {
        return valuesOnOldKeys;
    }

    private int resealColumn(SealedColumn column, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select " + column.idColumn() + ", " + column.column()
                + " from " + column.table() + " where " + column.column() + " is not null and left("
                + column.column() + ", length(:current)) <> :current limit :limit for update skip locked")
                .setParameter("current", keyring().currentKeyId() + ":").setParameter("limit", limit)
                .getResultList();
        int resealed = 0;
        for (Object[] row : rows) {
            resealed += entityManager.createNativeQuery("update " + column.table() + " set " + column.column()
                    + " = :sealed where " + column.idColumn() + " = :id")
                    .setParameter("sealed", keyring().encrypt(keyring().decrypt((String) row[1])))
                    .setParameter("id", row[0]).executeUpdate();
        }
        return resealed;
    }

    private long countOnOldKeys(SealedColumn column) {
        return ((Number) entityManager.createNativeQuery("select count(*) from " + column.table() + " where "
                + column.column() + " is not null and left(" + column.column() + ", length(:current)) <> :current")
                .setParameter("current", keyring().currentKeyId() + ":").getSingleResult()).longValue();
    }

    private Keyring keyring() {
        if (keyring == null) {
            keyring = EncryptedString.configuredKeyring();
        }
        return keyring;
    }

    /**
     * The encrypted columns of the mapping: basic attributes converted by {@link EncryptedString} (or a subclass)
     * in the table of an entity with a single-column id. One the kit cannot re-seal is named in a warning at once.
     */
    private List<SealedColumn> sealedColumns() {
        if (sealedColumns == null) {
            Set<SealedColumn> found = new LinkedHashSet<>();
            var metamodel = sessionFactory.get().unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
            metamodel.forEachEntityDescriptor((EntityPersister entity) -> {
                List<SelectableMapping> ids = new ArrayList<>();
                entity.getIdentifierMapping().forEachSelectable((index, id) -> ids.add(id));
                String idTable = ids.isEmpty() ? null : ids.get(0).getContainingTableExpression();
                entity.forEachAttributeMapping(attribute -> attribute.forEachSelectable((index, column) -> {
                    if (column.getJdbcMapping().getValueConverter() instanceof JpaAttributeConverter<?, ?> converter
                            && EncryptedString.class.isAssignableFrom(converter.getConverterBean().getBeanClass())) {
                        if (ids.size() == 1 && column.getContainingTableExpression().equals(idTable)) {
                            found.add(new SealedColumn(column.getContainingTableExpression(),
                                    ids.get(0).getSelectionExpression(), column.getSelectionExpression()));
                        } else {
                            LOG.warnf("%s.%s is encrypted but cannot be re-sealed after a key rotation (another "
                                    + "table than its entity's id, or a composite id)",
                                    column.getContainingTableExpression(), column.getSelectionExpression());
                        }
                    }
                }));
            });
            sealedColumns = List.copyOf(found);
        }
        return sealedColumns;
    }
}
