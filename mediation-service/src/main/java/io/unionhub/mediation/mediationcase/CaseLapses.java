package io.unionhub.mediation.mediationcase;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.unionhub.kit.schedule.RoundLock;

/**
 * Marks open cases whose 15-day clock ran out as lapsed, each with its event and the parties' notice, once: the
 * check runs under a transaction-scoped advisory lock (one replica per round) and locks each case, so a signature
 * racing the lapse waits and then finds the case lapsed.
 */
@ApplicationScoped
public class CaseLapses {

    private static final Logger LOG = Logger.getLogger(CaseLapses.class);

    @Inject
    RoundLock roundLock;

    @Inject
    CaseService cases;

    @Inject
    LegalClock legalClock;

    @Scheduled(every = "${unionhub.mediation.case-clock-check-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not while the demo year replays at startup on a moved clock
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int lapsed = check();
        if (lapsed > 0) {
            LOG.infof("%d mediation case(s) lapsed", lapsed);
        }
    }

    /** One round; answers how many cases lapsed (0 too when another replica holds the round). */
    @Transactional
    public int check() {
        if (!roundLock.take("mediation-case-clock")) {
            return 0;
        }
        List<MediationCase> due = MediationCase.<MediationCase> find("status = ?1 and lastDay < ?2",
                CaseStatus.OPEN, legalClock.today()).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        int lapsed = 0;
        for (MediationCase mediationCase : due) {
            // a holiday configured since the case opened may have moved its last day on
            mediationCase.lastDay = legalClock.lastDayNow(mediationCase);
            if (legalClock.ranOut(mediationCase)) {
                cases.lapse(mediationCase);
                lapsed++;
            }
        }
        return lapsed;
    }
}
