package io.unionhub.employment.trainingorder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.unionhub.employment.application.Application;
import io.unionhub.employment.application.ApplicationService;
import io.unionhub.employment.application.ApplicationSource;
import io.unionhub.employment.application.ApplicationStatus;
import io.unionhub.employment.employer.Employer;
import io.unionhub.employment.posting.Posting;
import io.unionhub.employment.posting.PostingService;
import io.unionhub.employment.seeker.Seeker;
import io.unionhub.employment.seeker.SeekerService;
import io.unionhub.employment.trade.Trades;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;

/**
 * Order-based training, "graduation is employment": an employer orders trained workers for one of its postings,
 * staff assign seekers as trainees, and a trainee's graduation (training-service's completion event for a linked
 * trainee, or an outside course staff record) adds the order's skills to the seeker and applies them to the posting.
 */
@ApplicationScoped
public class TrainingOrderService {

    @Inject
    EventPublisher events;

    @Inject
    Trades trades;

    @Inject
    PostingService postings;

    @Inject
    SeekerService seekers;

    @Inject
    ApplicationService applications;

    @Inject
    Clock clock;

    public record NewOrder(UUID postingId, String tradeCode, int headcount, List<String> skills, LocalDate deadline,
            UUID trainingTrackId) {
    }

    @Transactional
    public TrainingOrder create(Employer employer, NewOrder request) {
        trades.referenced("tradeCode", request.tradeCode());
        Posting posting = postings.referenced("postingId", request.postingId());
        if (!posting.employerId.equals(employer.id)) {
            throw ProblemException.invalidField("postingId", "training-order.posting-not-employers");
        }
        if (!posting.tradeCode.equals(request.tradeCode())) {
            throw ProblemException.invalidField("tradeCode", "training-order.trade-not-postings", posting.tradeCode);
        }
        if (request.deadline().isBefore(LocalDate.now(clock))) {
            throw ProblemException.invalidField("deadline", "training-order.deadline-past");
        }
        if (request.deadline().isAfter(LocalDate.now(clock).plusYears(2))) {
            throw ProblemException.invalidField("deadline", "training-order.deadline-too-far");
        }
        TrainingOrder order = new TrainingOrder();
        order.id = UUID.randomUUID();
        order.employerId = employer.id;
        order.postingId = posting.id;
        order.tradeCode = request.tradeCode();
        order.headcount = request.headcount();
        order.skills = List.copyOf(new LinkedHashSet<>(request.skills()));
        order.deadline = request.deadline();
        order.trainingTrackId = request.trainingTrackId();
        order.createdAt = OffsetDateTime.now(clock);
        order.persist();
        events.publishForNewAggregate(TrainingOrderEvents.CREATED, order.id, new TrainingOrderEvents.OrderCreated(
                order.id, employer.id, posting.id, order.tradeCode, order.headcount, order.deadline));
        return order;
    }

    /** Assigns a seeker as a trainee; the order's row is locked so that its headcount is never exceeded. */
    @Transactional
    public Trainee assign(UUID orderId, UUID seekerId, UUID trainingCadreId) {
        TrainingOrder order = ProblemException.requireFound(
                TrainingOrder.findById(orderId, LockModeType.PESSIMISTIC_WRITE), "training order", orderId);
        seekers.referenced("seekerId", seekerId);
        if (Trainee.count("orderId = ?1 and seekerId = ?2", orderId, seekerId) > 0) {
            throw ProblemException.conflict("training-order.already-assigned");
        }
        long assigned = Trainee.count("orderId", orderId);
        if (assigned >= order.headcount) {
            throw ProblemException.conflict("training-order.full", order.headcount);
        }
        if (trainingCadreId != null && Trainee.count("trainingCadreId = ?1 and status = ?2", trainingCadreId,
                Trainee.Status.ASSIGNED) > 0) {
            throw ProblemException.conflict("training-order.cadre-linked", trainingCadreId);
        }
        Trainee trainee = new Trainee();
        trainee.id = UUID.randomUUID();
        trainee.orderId = orderId;
        trainee.seekerId = seekerId;
        trainee.trainingCadreId = trainingCadreId;
        trainee.status = Trainee.Status.ASSIGNED;
        trainee.assignedAt = OffsetDateTime.now(clock);
        trainee.persist();
        events.publish(TrainingOrderEvents.TRAINEE_ASSIGNED, orderId, new TrainingOrderEvents.TraineeAssigned(orderId,
                trainee.id, seekerId, (int) assigned + 1, order.headcount));
        return trainee;
    }

    /** Staff record an outside course for a trainee. */
    @Transactional
    public Trainee graduateFromOutsideCourse(UUID orderId, UUID traineeId, String course) {
        Trainee trainee = ProblemException.requireFound(Trainee.findById(traineeId, LockModeType.PESSIMISTIC_WRITE),
                "trainee", traineeId);
        if (!trainee.orderId.equals(orderId)) {
            throw ProblemException.notFound("trainee", traineeId);
        }
        if (trainee.status != Trainee.Status.ASSIGNED) {
            throw ProblemException.conflict("training-order.already-graduated");
        }
        return graduate(trainee, course, false);
    }

    /**
     * training-service announced that this cadre completed a track: every trainee linked to the cadre whose order
     * wants that track (or any) graduates. Returns how many did; none is not an error (most completions are union
     * cadres' own courses, nothing to do with an order).
     */
    @Transactional
    public int graduateFromTrainingService(UUID cadreId, UUID trackId, String certificateNumber) {
        List<Trainee> linked = Trainee.list("trainingCadreId = ?1 and status = ?2", cadreId, Trainee.Status.ASSIGNED);
        int graduated = 0;
        for (Trainee trainee : linked) {
            TrainingOrder order = TrainingOrder.findById(trainee.orderId);
            if (order.trainingTrackId == null || order.trainingTrackId.equals(trackId)) {
                Trainee locked = Trainee.findById(trainee.id, LockModeType.PESSIMISTIC_WRITE);
                Trainee.getEntityManager().refresh(locked);
                if (locked.status == Trainee.Status.ASSIGNED) {
                    graduate(locked, certificateNumber, true);
                    graduated++;
                }
            }
        }
        return graduated;
    }

    private Trainee graduate(Trainee trainee, String course, boolean viaTrainingService) {
        TrainingOrder order = TrainingOrder.findById(trainee.orderId);
        Seeker seeker = seekers.addSkills(trainee.seekerId, order.skills);
        trainee.status = Trainee.Status.GRADUATED;
        trainee.graduatedAt = OffsetDateTime.now(clock);
        trainee.course = course;
        Posting posting = postings.find(order.postingId);
        // the seeker's row is locked (addSkills), so no application of theirs can slip in between check and insert
        if (posting.isOpenOn(LocalDate.now(clock)) && !Application.liveExists(posting.id, seeker.id)) {
            trainee.applicationId = applications.submit(posting.id, seeker.id, ApplicationSource.TRAINING_ORDER, null,
                    ApplicationStatus.SUBMITTED).id;
        }
        events.publish(TrainingOrderEvents.GRADUATE_PLACED, order.id, new TrainingOrderEvents.GraduatePlaced(
                order.id, trainee.id, seeker.id, order.employerId, trainee.applicationId, viaTrainingService));
        return trainee;
    }

    public TrainingOrder find(UUID id) {
        return ProblemException.requireFound(TrainingOrder.findById(id), "training order", id);
    }

    public PageOf<Trainee> trainees(UUID orderId, PageParams page) {
        find(orderId);
        return PageOf.of(Trainee.<Trainee> find("orderId", Sort.by("assignedAt").and("id"), orderId), page,
                trainee -> trainee);
    }

    public PageOf<TrainingOrder> list(UUID employerId, PageParams page) {
        Sort newest = Sort.by("createdAt", Sort.Direction.Descending).and("id");
        return PageOf.of(employerId == null ? TrainingOrder.<TrainingOrder> findAll(newest)
                : TrainingOrder.<TrainingOrder> find("employerId", newest, employerId), page, order -> order);
    }
}
