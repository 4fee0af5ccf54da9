package io.unionhub.training.cadre;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.unionhub.kit.input.CsvImport;
import io.unionhub.kit.input.CsvImport.Checked;
import io.unionhub.kit.input.CsvImport.ImportReport;
import io.unionhub.kit.input.CsvImport.Row;
import io.unionhub.training.cadre.CadreService.NewCadre;

/**
 * Imports a CSV of cadres (columns memberId, name, unionUnit, unitType, district, role, appointedOn) through the
 * kit's {@link CsvImport}: every row is checked first; then either all good rows are registered in one transaction,
 * or, when the import is atomic (the default) and any row is bad, none is.
 */
@ApplicationScoped
public class CadreCsvImport {

    static final List<String> COLUMNS = List.of("memberId", "name", "unionUnit", "unitType", "district", "role",
            "appointedOn");
    private static final int MAX_ROWS = 20_000;

    @Inject
    CadreService cadres;

    public ImportReport importCsv(InputStream csv, boolean atomic) {
        LocalDate today = cadres.today();
        Checked<NewCadre> checked = new CsvImport<>(COLUMNS, MAX_ROWS, (row, reasons) -> parse(row, today),
                "memberId", NewCadre::memberId).check(csv);
        checked.rejectKeys(cadres.registeredMemberIds(checked.keys()), "memberId is already registered");
        checked.refuseIfAtomic(atomic);
        return checked.report(cadres.registerAll(checked.valid()));
    }

    private static NewCadre parse(Row row, LocalDate today) {
        String memberId = row.required("memberId", 64);
        String name = row.required("name", 100);
        String unit = row.required("unionUnit", 200);
        String district = row.required("district", 100);
        UnitType unitType = row.oneOf(UnitType.class, "unitType");
        CadreRole role = row.oneOf(CadreRole.class, "role");
        LocalDate appointedOn = row.date("appointedOn", true);
        if (appointedOn != null && appointedOn.isAfter(today)) {
            row.reject("appointedOn is in the future");
            return null;
        }
        boolean complete = memberId != null && name != null && unit != null && district != null && unitType != null
                && role != null && appointedOn != null;
        return complete ? new NewCadre(memberId, name, unit, unitType, district, role, appointedOn) : null;
    }
}
