package io.unionhub.employment.seeker;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.unionhub.employment.seeker.SeekerService.SeekerProfile;
import io.unionhub.employment.trade.Trades;
import io.unionhub.kit.input.CsvImport;
import io.unionhub.kit.input.CsvImport.Checked;
import io.unionhub.kit.input.CsvImport.ImportReport;
import io.unionhub.kit.input.CsvImport.Row;
import io.unionhub.kit.input.Phone;

/**
 * Imports a door-to-door intention survey as a CSV through the kit's {@link CsvImport}: columns name, phone,
 * district, township, village, wantedTrades, skills, certificates, earliestStart, gigWanted, targetGroups (lists
 * separated by {@code |}); a phone may appear once in a file. Atomic by default, like the cadre import.
 */
@ApplicationScoped
public class SeekerCsvImport {

    static final List<String> COLUMNS = List.of("name", "phone", "district", "township", "village", "wantedTrades",
            "skills", "certificates", "earliestStart", "gigWanted", "targetGroups");
    private static final int MAX_ROWS = 20_000;
    static final Pattern PHONE = Pattern.compile(Phone.PATTERN);

    @Inject
    SeekerService seekers;

    @Inject
    Trades trades;

    public ImportReport importCsv(InputStream csv, boolean atomic) {
        Set<String> known = trades.codes();
        Checked<SeekerProfile> checked = new CsvImport<>(COLUMNS, MAX_ROWS, (row, reasons) -> parse(row, reasons,
                known), "phone", SeekerProfile::phone).check(csv);
        checked.refuseIfAtomic(atomic);
        return checked.report(seekers.registerAll(checked.valid(), RegisteredBy.STAFF_SURVEY));
    }

    private static SeekerProfile parse(Row row, List<String> reasons, Set<String> knownTrades) {
        String name = row.required("name", 100);
        String phone = row.required("phone", 20);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            row.reject("phone " + Phone.MESSAGE);
        }
        String district = row.required("district", 100);
        String township = row.optional("township", 100);
        String village = row.optional("village", 100);
        List<String> wanted = row.list("wantedTrades", SeekerResource.MAX_ITEMS, 20);
        List<String> unknown = wanted.stream().filter(code -> !knownTrades.contains(code)).toList();
        if (!unknown.isEmpty()) {
            row.reject("wantedTrades has codes that are not trades: " + String.join(", ", unknown));
        }
        List<String> skills = row.list("skills", SeekerResource.MAX_ITEMS, 50);
        List<String> certificates = row.list("certificates", SeekerResource.MAX_ITEMS, 100);
        var earliestStart = row.date("earliestStart", false);
        boolean gig = row.yesNo("gigWanted");
        List<TargetGroup> groups = row.listOf(TargetGroup.class, "targetGroups", TargetGroup.values().length);
        return reasons.isEmpty() ? new SeekerProfile(name, phone, district, township, village, wanted, skills,
                certificates, earliestStart, gig, groups) : null;
    }
}
