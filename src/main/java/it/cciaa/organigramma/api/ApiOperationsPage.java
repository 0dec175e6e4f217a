package it.cciaa.organigramma.api;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.webmvc.api.OpenApiResource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The API's documentation as a page ({@code /api-docs}): every operation of the OpenAPI document springdoc serves
 * at {@code /v3/api-docs}, grouped by tag, in plain HTML.
 */
@Controller
class ApiOperationsPage {
    static final String PATH = "/api-docs";
    private static final String UNTAGGED = "altre";

    private final OpenApiResource openApi;

    ApiOperationsPage(OpenApiResource openApi) {
        this.openApi = openApi;
    }

    @GetMapping(PATH)
    ModelAndView page(HttpServletRequest request) {
        OpenAPI document = document(request);
        ModelAndView view = new ModelAndView("api/operations");
        view.addObject("description", document.getInfo().getDescription());
        view.addObject("tags", tags(document));
        return view;
    }

    /** The document springdoc serves at {@code /v3/api-docs}, read back into its model. */
    private OpenAPI document(HttpServletRequest request) {
        try {
            return Json.mapper().readValue(openApi.openapiJson(request, PATH, Locale.ITALIAN), OpenAPI.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ApiTag> tags(OpenAPI document) {
        Map<String, List<ApiOperation>> byTag = new TreeMap<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                byTag.computeIfAbsent(tagOf(operation), tag -> new ArrayList<>())
                        .add(operation(path, method, operation))));
        return byTag.entrySet().stream().map(tag -> new ApiTag(tag.getKey(), tag.getValue())).toList();
    }

    private static String tagOf(Operation operation) {
        return operation.getTags() == null || operation.getTags().isEmpty() ? UNTAGGED : operation.getTags().getFirst();
    }

    private static ApiOperation operation(String path, PathItem.HttpMethod method, Operation operation) {
        List<Parameter> parameters = Objects.requireNonNullElse(operation.getParameters(), List.of());
        boolean tryable = method == PathItem.HttpMethod.GET && parameters.stream()
                .noneMatch(parameter -> Boolean.TRUE.equals(parameter.getRequired()));
        return new ApiOperation(method.name(), path,
                Objects.requireNonNullElse(operation.getSummary(), Objects.requireNonNullElse(operation.getDescription(), "")),
                parameters.stream().map(parameter -> new ApiParameter(parameter.getName(), place(parameter.getIn()),
                        Boolean.TRUE.equals(parameter.getRequired()),
                        Objects.requireNonNullElse(parameter.getDescription(), ""))).toList(),
                mediaTypes(operation), tryable ? path : null);
    }

    private static String place(String in) {
        return switch (in) {
            case "path" -> "percorso";
            case "header" -> "intestazione";
            case "cookie" -> "cookie";
            default -> "query";
        };
    }

    private static List<String> mediaTypes(Operation operation) {
        Set<String> types = new LinkedHashSet<>();
        if (operation.getResponses() != null) {
            for (ApiResponse response : operation.getResponses().values()) {
                if (response.getContent() != null) {
                    types.addAll(response.getContent().keySet());
                }
            }
        }
        return List.copyOf(types);
    }

    /** The operations of one tag. */
    record ApiTag(String name, List<ApiOperation> operations) {
    }

    /** One operation: its method and path, summary, parameters, the media types it answers, and a link to try it. */
    record ApiOperation(String method, String path, String summary, List<ApiParameter> parameters,
            List<String> mediaTypes, String tryHref) {
    }

    /** One parameter of an operation, and where it goes (query, percorso, intestazione). */
    record ApiParameter(String name, String place, boolean required, String description) {
    }
}
