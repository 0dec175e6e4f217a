package it.cciaa.organigramma.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import it.cciaa.organigramma.query.EditionRowSource;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 description ({@code /v3/api-docs}, browsable at {@code /api-docs}): the controllers' routes, which
 * springdoc finds, plus one operation per query of the library, which it cannot see because they are read from
 * {@code queries/} at start-up.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI organigrammaOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Organigramma KG API")
                .version("0.1")
                .description("Dati aperti collegati sull'organigramma della CCIAA di Foggia (Allegato C): le query "
                        + "della libreria come API, la ricerca, i dati di ogni pagina in JSON. SPARQL pubblico su /sparql.")
                .license(new License().name("CC BY 4.0").url("https://creativecommons.org/licenses/by/4.0/")));
    }

    @Bean
    OpenApiCustomizer namedQueryOperations(NamedQueries queries) {
        return openApi -> {
            for (NamedQuery query : queries.all().values()) {
                if (!query.query().isSelectType()) {
                    continue;
                }
                Operation operation = new Operation()
                        .operationId("query_" + query.name().replaceAll("[^A-Za-z0-9]", "_"))
                        .summary(query.italianTitle())
                        .description(query.description() + "\n\nSPARQL: `queries/" + query.name() + ".rq`")
                        .tags(List.of("queries" + (query.tags().isEmpty() ? "" : ": " + query.tags().getFirst())))
                        .responses(new ApiResponses()
                                .addApiResponse("200", new ApiResponse().description("Le righe")
                                        .content(new Content()
                                                .addMediaType("application/json", new io.swagger.v3.oas.models.media.MediaType()
                                                        .schema(new ArraySchema().items(new MapSchema()
                                                                .additionalProperties(new StringSchema()))))
                                                .addMediaType("application/sparql-results+json", new io.swagger.v3.oas.models.media.MediaType())
                                                .addMediaType("text/csv", new io.swagger.v3.oas.models.media.MediaType())
                                                .addMediaType("text/tab-separated-values", new io.swagger.v3.oas.models.media.MediaType())))
                                .addApiResponse("400", new ApiResponse().description("Parametro non valido"))
                                .addApiResponse("503", new ApiResponse().description("Tempo scaduto")));
                for (String required : query.requiredParameters()) {
                    operation.addParametersItem(new Parameter().in("query").name(required).required(true)
                            .schema(new StringSchema()).description("?_" + required));
                }
                for (String optional : query.optionalParameters()) {
                    operation.addParametersItem(new Parameter().in("query").name(optional).required(false)
                            .schema(new StringSchema()).description(optional.equals(EditionRowSource.PARAMETER)
                                    ? "?__edition: l'edizione da leggere, come IRI del suo grafo o come chiave "
                                    + "(2025-01-01); se assente, l'edizione corrente"
                                    : "?__" + optional));
                }
                operation.addParametersItem(new Parameter().in("query").name("format").required(false)
                        .schema(new StringSchema()._enum(List.of("json", "sparql-json", "csv", "tsv"))));
                openApi.path(QueryApiController.PATH + "/" + query.name(), new PathItem().get(operation));
            }
        };
    }
}
