package io.unionhub.mediation.mediationcase;

import java.util.List;
import java.util.Locale;

import io.unionhub.kit.problem.Messages;
import io.unionhub.mediation.mediationcase.CaseEvents.Advice;
import io.unionhub.mediation.mediationcase.CaseEvents.Notice;

/** What the parties are told when mediation ends without a binding outcome, in Chinese and English. */
final class Notices {

    private Notices() {
    }

    /** The clock ran out: either party may apply for arbitration. */
    static Notice lapsed(MediationCase mediationCase) {
        return notice("notice.lapsed", mediationCase.number, mediationCase.receivedOn.toString(),
                mediationCase.lastDay.toString());
    }

    /** The mediator found no agreement possible: either party may apply for arbitration. */
    static Notice noAgreement(MediationCase mediationCase) {
        return notice("notice.no-agreement", mediationCase.number);
    }

    /** An agreement not carried out: arbitration, and a payment order where it settled pay or compensation. */
    static Notice breached(MediationCase mediationCase, List<Advice> advice) {
        String key = advice.contains(Advice.PAYMENT_ORDER) ? "notice.breached.payment-order" : "notice.breached";
        return notice(key, mediationCase.number, mediationCase.performBy.toString());
    }

    private static Notice notice(String key, Object... args) {
        return new Notice(Messages.get(Messages.CHINESE, key, args), Messages.get(Locale.ENGLISH, key, args));
    }
}
