package io.unionhub.kit.sample;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;

@ApplicationScoped
public class ParcelService {

    @Inject
    EventPublisher events;

    @Transactional
    public Parcel register(String label, int weight) {
        return register(label, weight, null, null, null);
    }

    @Transactional
    public Parcel register(String label, int weight, String note, LocalDate sendOn, Parcel.Kind kind) {
        Parcel parcel = new Parcel();
        parcel.id = UUID.randomUUID();
        parcel.label = label;
        parcel.weight = weight;
        parcel.note = note;
        parcel.sendOn = sendOn;
        parcel.kind = kind;
        parcel.persist();
        events.publishForNewAggregate(ParcelEvents.REGISTERED, parcel.id,
                new ParcelEvents.ParcelRegistered(parcel.id, weight));
        return parcel;
    }

    /** Records a weighing and its event; fails after writing both when asked, to show the rollback. */
    @Transactional
    public void weigh(UUID parcelId, int weight, int step, boolean failAfterPublishing) {
        Parcel parcel = find(parcelId);
        parcel.weight = weight;
        events.publish(ParcelEvents.WEIGHED, parcel.id, new ParcelEvents.ParcelWeighed(parcelId, weight, step));
        if (failAfterPublishing) {
            throw new IllegalStateException("scale broke after publishing");
        }
    }

    public Parcel find(UUID id) {
        Parcel parcel = Parcel.findById(id);
        if (parcel == null) {
            throw ProblemException.notFound("parcel", id);
        }
        return parcel;
    }

    /** Changes the note; the change reaches the database only at commit. */
    @Transactional
    public void renote(UUID parcelId, String note) {
        find(parcelId).note = note;
    }

    @Transactional
    public void registerWithoutLabel() {
        Parcel.getEntityManager().createNativeQuery("insert into parcel (id, weight) values (gen_random_uuid(), 1)")
                .executeUpdate();
    }

    public long count() {
        return Parcel.count();
    }

    public long countLabelled(String label) {
        return Parcel.count("label", label);
    }

    public java.util.List<Parcel> list(String label, LocalDate sendOnOrAfter) {
        io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
        StringBuilder query = new StringBuilder("1 = 1");
        if (label != null) {
            query.append(" and label = :label");
            params.and("label", label);
        }
        if (sendOnOrAfter != null) {
            query.append(" and sendOn >= :sendOn");
            params.and("sendOn", sendOnOrAfter);
        }
        return Parcel.list(query.toString(), params);
    }
}
