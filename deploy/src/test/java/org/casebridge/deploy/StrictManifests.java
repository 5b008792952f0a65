package org.casebridge.deploy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Reads Kubernetes manifests into the Kubernetes API's own model (fabric8's, generated
 * from the API's OpenAPI schema) and refuses what the API server would: an unknown kind,
 * a value of the wrong type, and — which the model alone lets pass — a field the schema
 * does not have, such as {@code readinesProbe}.
 */
final class StrictManifests {

	private static final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
		.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

	private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of("v1/ServiceAccount",
			ServiceAccount.class, "v1/ConfigMap", ConfigMap.class, "v1/Secret", Secret.class, "v1/Service",
			Service.class, "apps/v1/Deployment", Deployment.class, "policy/v1/PodDisruptionBudget",
			PodDisruptionBudget.class, "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
			"networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

	private StrictManifests() {
	}

	/** Every object in a file of one or more YAML documents. */
	static List<HasMetadata> read(Path file) throws IOException {
		return parse(Files.readString(file), file.toString());
	}

	static List<HasMetadata> parse(String text, String source) throws IOException {
		List<HasMetadata> objects = new ArrayList<>();
		try (YAMLParser parser = (YAMLParser) yaml.getFactory().createParser(text)) {
			for (JsonNode document : yaml.readValues(parser, JsonNode.class).readAll()) {
				if (document == null || document.isNull() || document.isMissingNode()) {
					continue;
				}
				String type = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
				Class<? extends HasMetadata> kind = KINDS.get(type);
				if (kind == null) {
					throw new IllegalArgumentException(source + ": unknown kind " + type);
				}
				HasMetadata object = JsonMapper.builder()
					.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
					.build()
					.treeToValue(document, kind);
				rejectUnknownFields(object, source + ": " + type + " " + object.getMetadata().getName());
				objects.add(object);
			}
		}
		return objects;
	}

	/**
	 * The model keeps fields it does not know in {@code additionalProperties}; any there
	 * is a field the API does not have.
	 */
	private static void rejectUnknownFields(Object value, String path) {
		if (value == null) {
			return;
		}
		if (value instanceof Collection<?> items) {
			int i = 0;
			for (Object item : items) {
				rejectUnknownFields(item, path + "[" + i++ + "]");
			}
			return;
		}
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> rejectUnknownFields(item, path + "." + key));
			return;
		}
		if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
			return;
		}
		for (Method getter : value.getClass().getMethods()) {
			if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
					|| !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
				continue;
			}
			Object field = invoke(getter, value);
			String name = getter.getName().substring(3);
			if (name.equals("AdditionalProperties")) {
				if (field instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
					throw new IllegalArgumentException(path + ": unknown field(s) " + unknown.keySet());
				}
				continue;
			}
			rejectUnknownFields(field, path + "." + Character.toLowerCase(name.charAt(0)) + name.substring(1));
		}
	}

	private static Object invoke(Method getter, Object target) {
		try {
			return getter.invoke(target);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
