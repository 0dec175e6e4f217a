package it.cciaa.organigramma.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Names for renamed, merged and split offices, fitting what they do: office names chambers use, by process. */
final class OfficeNames {
    private static final Map<String, List<String>> BY_PROCESS = Map.ofEntries(
            Map.entry("A1.1", List.of("PIANIFICAZIONE E CONTROLLO DI GESTIONE", "PROGRAMMAZIONE E CONTROLLO")),
            Map.entry("A1.2", List.of("TRASPARENZA E ANTICORRUZIONE", "COMPLIANCE NORMATIVA E PRIVACY")),
            Map.entry("A1.3", List.of("ORGANIZZAZIONE E SVILUPPO ORGANIZZATIVO", "ORGANIZZAZIONE E QUALITÀ")),
            Map.entry("A2.1", List.of("SEGRETERIA GENERALE E ORGANI", "SUPPORTO AGLI ORGANI E AFFARI LEGALI")),
            Map.entry("A2.2", List.of("PROMOZIONE DEI SERVIZI CAMERALI")),
            Map.entry("A2.3", List.of("PROTOCOLLO E GESTIONE DOCUMENTALE", "PROTOCOLLO E ARCHIVIO")),
            Map.entry("A3.1", List.of("COMUNICAZIONE ISTITUZIONALE", "URP E COMUNICAZIONE", "RELAZIONI CON IL PUBBLICO")),
            Map.entry("B1.1", List.of("RISORSE UMANE", "PERSONALE E TRATTAMENTO ECONOMICO",
                    "GESTIONE GIURIDICA ED ECONOMICA DEL PERSONALE")),
            Map.entry("B2.1", List.of("PROVVEDITORATO", "ACQUISTI, GARE E CONTRATTI")),
            Map.entry("B2.2", List.of("PATRIMONIO E SERVIZI DI SEDE", "SERVIZI TECNICI E SEDE")),
            Map.entry("B3.1", List.of("DIRITTO ANNUALE", "DIRITTO ANNUALE E RISCOSSIONE")),
            Map.entry("B3.2", List.of("RAGIONERIA E BILANCIO", "CONTABILITÀ E FINANZA")),
            Map.entry("C1.1", List.of("REGISTRO DELLE IMPRESE E REA", "ALBI, RUOLI ED ELENCHI", "ANAGRAFE ECONOMICA",
                    "ARTIGIANATO E ATTIVITÀ REGOLAMENTATE")),
            Map.entry("C1.2", List.of("SUAP E FASCICOLO D'IMPRESA", "SPORTELLO UNICO ATTIVITÀ PRODUTTIVE")),
            Map.entry("C2.1", List.of("PROPRIETÀ INDUSTRIALE", "MARCHI E BREVETTI")),
            Map.entry("C2.2", List.of("TUTELA DEL CONSUMATORE E DELLA FEDE PUBBLICA", "REGOLAZIONE DEL MERCATO")),
            Map.entry("C2.3", List.of("VIGILANZA E SICUREZZA DEI PRODOTTI")),
            Map.entry("C2.4", List.of("SANZIONI AMMINISTRATIVE")),
            Map.entry("C2.5", List.of("METROLOGIA LEGALE", "METROLOGIA LEGALE E SERVIZI ISPETTIVI")),
            Map.entry("C2.6", List.of("PROTESTI")),
            Map.entry("C2.7", List.of("ARBITRATO, MEDIAZIONE E CONCILIAZIONE", "COMPOSIZIONE DELLE CRISI D'IMPRESA")),
            Map.entry("C2.8", List.of("PREZZI E BORSA MERCI")),
            Map.entry("C2.9", List.of("CONTROLLI SULLE FILIERE DEL MADE IN ITALY")),
            Map.entry("D1.1", List.of("INTERNAZIONALIZZAZIONE", "SERVIZI PER L'EXPORT")),
            Map.entry("D1.2", List.of("CERTIFICAZIONI PER L'ESTERO")),
            Map.entry("D2.1", List.of("PUNTO IMPRESA DIGITALE", "TRANSIZIONE DIGITALE DELLE IMPRESE")),
            Map.entry("D2.2", List.of("FIRMA DIGITALE, CNS E CARTE TACHIGRAFICHE", "SERVIZI DIGITALI")),
            Map.entry("D3.1", List.of("TURISMO E VALORIZZAZIONE DEL TERRITORIO", "CULTURA E ATTRATTIVITÀ")),
            Map.entry("D4.1", List.of("ORIENTAMENTO AL LAVORO E ALLE PROFESSIONI")),
            Map.entry("D4.2", List.of("NUOVA IMPRENDITORIALITÀ")),
            Map.entry("D4.3", List.of("CERTIFICAZIONE DELLE COMPETENZE")),
            Map.entry("D5.1", List.of("AMBIENTE E SVILUPPO SOSTENIBILE", "TRANSIZIONE ENERGETICA")),
            Map.entry("D5.3", List.of("AMBIENTE E REGISTRI AMBIENTALI")),
            Map.entry("D6.1", List.of("SVILUPPO D'IMPRESA E ACCESSO AL CREDITO", "PROMOZIONE E SVILUPPO DELLE IMPRESE")),
            Map.entry("D6.2", List.of("QUALIFICAZIONE DELLE IMPRESE E DELLE FILIERE")),
            Map.entry("D6.3", List.of("LEGALITÀ E CONTRASTO ALLA CRIMINALITÀ")),
            Map.entry("D6.4", List.of("STUDI, STATISTICA E OSSERVATORI ECONOMICI", "INFORMAZIONE ECONOMICA")),
            Map.entry("F1.1", List.of("VALORIZZAZIONE DEL PATRIMONIO")),
            Map.entry("F1.2", List.of("SERVIZI IN REGIME DI MERCATO")));
    private static final List<String> GENERAL = List.of("AFFARI GENERALI", "SERVIZI INTERNI", "SUPPORTO AMMINISTRATIVO",
            "PROGETTI SPECIALI", "SERVIZI ALLE IMPRESE");
    private static final int LONGEST_JOINED_NAME = 80;

    private OfficeNames() {}

    /**
     * A name for an office doing {@code content}, from the names of its main process (the one most of its activities
     * belong to), then of its other processes, then general ones; never one in {@code taken}.
     */
    static String forContent(OfficeContent content, Set<String> taken, Random random) {
        Map<String, Long> byProcess = content.activities().stream()
                .collect(Collectors.groupingBy(Activity::process, LinkedHashMap::new, Collectors.counting()));
        List<String> processes = byProcess.keySet().stream()
                .sorted(Comparator.comparing((Function<String, Long>) byProcess::get).reversed()
                        .thenComparing(Codes.NATURAL_ORDER))
                .toList();
        List<List<String>> pools = new ArrayList<>();
        processes.forEach(process -> pools.add(BY_PROCESS.getOrDefault(process, List.of())));
        pools.add(GENERAL);
        for (List<String> pool : pools) {
            List<String> free = pool.stream().filter(name -> !taken.contains(name)).toList();
            if (!free.isEmpty()) {
                return free.get(random.nextInt(free.size()));
            }
        }
        int number = 2;
        while (taken.contains(GENERAL.getFirst() + " " + number)) {
            number++;
        }
        return GENERAL.getFirst() + " " + number;
    }

    /** The name of two offices merged: both names when short enough, else a name for what they do together. */
    static String forMerger(String first, String second, OfficeContent merged, Set<String> taken, Random random) {
        String joined = first + ", " + second;
        return joined.length() <= LONGEST_JOINED_NAME && !taken.contains(joined)
                ? joined : forContent(merged, taken, random);
    }
}
