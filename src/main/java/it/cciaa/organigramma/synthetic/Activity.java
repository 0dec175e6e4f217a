package it.cciaa.organigramma.synthetic;

import it.cciaa.organigramma.ingest.Qualifier;
import java.util.Optional;

/** A level-4 activity as an office lists it: its code, its label and how the office holds it. */
record Activity(String code, String label, Optional<Qualifier> qualifier) {
    Activity withQualifier(Optional<Qualifier> other) {
        return new Activity(code, label, other);
    }

    /** The level-3 sub-process the activity belongs to: A1.1.2 for A1.1.2.4. */
    String subProcess() {
        return code.substring(0, code.lastIndexOf('.'));
    }

    /** The level-1 theme: A1 for A1.1.2.4. */
    String theme() {
        return code.substring(0, code.indexOf('.'));
    }

    /** The level-2 process: A1.1 for A1.1.2.4. */
    String process() {
        return subProcess().substring(0, subProcess().lastIndexOf('.'));
    }
}
