package io.unionhub.kit.crypto;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.descriptor.converter.spi.JpaAttributeConverter;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.unionhub.kit.config.KitConfig;

/**
 * Finishes a key rotation: re-seals with the current key what older keys sealed, in every encrypted column of the
 * service's entities (found in the mapping: the attributes converted by {@link EncryptedString}), a batch at a time
 * while old keys are configured. Hibernate rewrites an encrypted column only when its row changes, so without this
 * an old key could never be dropped. The gauge {@code unionhub_crypto_values_on_old_keys} says when it can: at 0.
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
    /** As counted by the last run. */
    private volatile long valuesOnOldKeys;

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
            return;
        }
        int resealed = reseal(config.crypto().resealBatch());
        if (resealed > 0) {
            LOG.infof("re-sealed %d encrypted values with key %s", resealed, keyring().currentKeyId());
        }
    }

    /**
     * Re-seals up to {@code limit} values per column (rows being changed right now are left for the next batch), then
     * counts what is left.
     */
    @Transactional
    public int reseal(int limit) {
        int resealed = 0;
        for (SealedColumn column : sealedColumns()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("select " + column.idColumn() + ", " + column.column()
                    + " from " + column.table() + " where " + column.column() + " is not null and "
                    + column.column() + " not like :current limit :limit for update skip locked")
                    .setParameter("current", keyring().currentKeyId() + ":%").setParameter("limit", limit)
                    .getResultList();
            for (Object[] row : rows) {
                resealed += entityManager.createNativeQuery("update " + column.table() + " set " + column.column()
                        + " = :sealed where " + column.idColumn() + " = :id")
                        .setParameter("sealed", keyring().encrypt(keyring().decrypt((String) row[1])))
                        .setParameter("id", row[0]).executeUpdate();
            }
        }
        valuesOnOldKeys = countOnOldKeys();
        return resealed;
    }

    /** How many stored values another key than the current one sealed (0: the old keys can go). */
    public long valuesOnOldKeys() {
        return valuesOnOldKeys;
    }

    private long countOnOldKeys() {
        long count = 0;
        for (SealedColumn column : sealedColumns()) {
            count += ((Number) entityManager.createNativeQuery("select count(*) from " + column.table() + " where "
                    + column.column() + " is not null and " + column.column() + " not like :current")
                    .setParameter("current", keyring().currentKeyId() + ":%").getSingleResult()).longValue();
        }
        return count;
    }

    private Keyring keyring() {
        if (keyring == null) {
            keyring = EncryptedString.configuredKeyring();
        }
        return keyring;
    }

    private List<SealedColumn> sealedColumns() {
        if (sealedColumns == null) {
            List<SealedColumn> found = new ArrayList<>();
            var metamodel = sessionFactory.get().unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
            metamodel.forEachEntityDescriptor((EntityPersister entity) -> {
                List<SelectableMapping> ids = new ArrayList<>();
                entity.getIdentifierMapping().forEachSelectable((index, id) -> ids.add(id));
                entity.forEachAttributeMapping(attribute -> attribute.forEachSelectable((index, column) -> {
                    if (ids.size() == 1 && column.getJdbcMapping().getValueConverter()
                            instanceof JpaAttributeConverter<?, ?> converter
                            && converter.getConverterBean().getBeanClass() == EncryptedString.class) {
                        found.add(new SealedColumn(column.getContainingTableExpression(),
                                ids.get(0).getSelectionExpression(), column.getSelectionExpression()));
                    }
                }));
            });
            sealedColumns = List.copyOf(found);
        }
        return sealedColumns;
    }
}
