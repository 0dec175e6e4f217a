package it.cciaa.organigramma.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.ingest.AnomalyKind;
import it.cciaa.organigramma.ingest.Qualifier;
import it.cciaa.organigramma.ingest.UnitKind;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.vocabulary.OKG;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** Every local term the program uses is declared, and every prefix is a proper namespace. */
class OntologyHygieneTest {
    private static final Model ONTOLOGY = ProjectResources.turtle("ontology/organigramma.ttl");
    private static final Model VOCABULARIES = ProjectResources.turtle("ontology/vocabularies.ttl");

    private static Set<String> declaredTerms() {
        Set<String> declared = new TreeSet<>();
        ONTOLOGY.listSubjectsWithProperty(RDFS.isDefinedBy, ONTOLOGY.getResource(OKG.ONTOLOGY))
                .forEachRemaining(term -> declared.add(term.getURI()));
        return declared;
    }

    @Test
    void everyLocalTermHasLabelsInItalianAndEnglishAndAComment() {
        for (String term : declaredTerms()) {
            org.apache.jena.rdf.model.Resource resource = ONTOLOGY.getResource(term);
            for (String language : new String[] {"it", "en"}) {
                assertThat(resource.listProperties(RDFS.label).filterKeep(s -> s.getLanguage().equals(language)).toList())
                        .as(term + " rdfs:label@" + language).hasSize(1);
                assertThat(resource.listProperties(RDFS.comment).filterKeep(s -> s.getLanguage().equals(language)).toList())
                        .as(term + " rdfs:comment@" + language).isNotEmpty();
            }
        }
    }

    @Test
    void everyLocalTermTheJavaCodeUsesIsDeclared() throws IllegalAccessException {
        Set<String> used = new TreeSet<>();
        for (Field field : OKG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())
                    && org.apache.jena.rdf.model.Resource.class.isAssignableFrom(field.getType())) {
                used.add(((org.apache.jena.rdf.model.Resource) field.get(null)).getURI());
            }
        }
        assertThat(declaredTerms()).containsAll(used);
        assertThat(used).isNotEmpty();
    }

    @Test
    void everyLocalTermTheQueriesUseIsDeclared() {
        Set<String> used = new TreeSet<>();
        NamedQueries.load().all().values().forEach(query -> query.query().getQueryPattern().toString()
                .lines().forEach(line -> {
                    java.util.regex.Matcher m = java.util.regex.Pattern
                            .compile("<" + java.util.regex.Pattern.quote(OKG.NS) + "([A-Za-z]+)>").matcher(line);
                    while (m.find()) {
                        used.add(OKG.NS + m.group(1));
                    }
                }));
        assertThat(used).isNotEmpty();
        assertThat(declaredTerms()).containsAll(used);
    }

    @Test
    void everyConceptTheImporterMintsIsInTheControlledVocabularies() {
        ServiceIris iris = ServiceIris.onDefaultBase();
        Set<String> concepts = new TreeSet<>();
        VOCABULARIES.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(c -> concepts.add(c.getURI()));
        for (AnomalyKind kind : AnomalyKind.values()) {
            assertThat(concepts).contains(iris.anomalyKind(kind.slug()));
        }
        for (Qualifier qualifier : Qualifier.values()) {
            assertThat(concepts).contains(iris.qualifier(qualifier.slug()));
        }
        for (UnitKind kind : UnitKind.values()) {
            assertThat(concepts).contains(iris.unitKind(kind.slug()));
            assertThat(VOCABULARIES.getResource(iris.unitKind(kind.slug())).getProperty(SKOS.notation).getString())
                    .isEqualTo(kind.notation());
        }
        for (String letter : new String[] {"A", "B", "C", "D", "E", "F"}) {
            assertThat(concepts).contains(iris.function(letter));
        }
    }

    @Test
    void everyPrefixIriEndsWithHashOrSlash() {
        Map<String, String> prefixes = new TreeMap<>();
        for (String folder : new String[] {"ontology", "data"}) { // shapes/: ShapesConformanceTest
            for (org.springframework.core.io.Resource file : ProjectResources.list(folder, "*.ttl")) {
                ProjectResources.turtle(java.util.List.of(file)).getNsPrefixMap()
                        .forEach((prefix, iri) -> prefixes.put(ProjectResources.pathOf(file) + " " + prefix, iri));
            }
        }
        NamedQueries.load().all().forEach((name, query) -> query.query().getPrefixMapping().getNsPrefixMap()
                .forEach((prefix, iri) -> prefixes.put("queries/" + name + ".rq " + prefix, iri)));
        assertThat(prefixes).isNotEmpty();
        prefixes.forEach((where, iri) -> assertThat(iri).as(where).matches(".*[#/]$"));
    }
}
