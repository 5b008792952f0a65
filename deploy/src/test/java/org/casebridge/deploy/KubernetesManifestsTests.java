package org.casebridge.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The manifests under deploy/kubernetes, read as the API server would read them, and held
 * to what the runbook promises: at least two non-root replicas with probes on the
 * management port, resources that fit the measured footprint, a disruption budget, CPU
 * autoscaling, a NetworkPolicy, and every secret the gateway reads generated from a file
 * an operator writes.
 */
class KubernetesManifestsTests {

	private static final Path BASE = Path.of("kubernetes/base");

	private static final Path PRODUCTION = Path.of("kubernetes/overlays/production");

	private static final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

	private static final Map<Class<?>, HasMetadata> base = new HashMap<>();

	private static JsonNode kustomization;

	@BeforeAll
	static void readTheBase() throws IOException {
		kustomization = yaml.readTree(BASE.resolve("kustomization.yaml").toFile());
		for (JsonNode resource : kustomization.path("resources")) {
			for (HasMetadata object : StrictManifests.read(BASE.resolve(resource.asText()))) {
				assertThat(base.put(object.getClass(), object)).as("one %s", object.getKind()).isNull();
			}
		}
	}

	@Test
	void everyManifestAndPatchIsValidKubernetes() throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path dir : List.of(BASE, PRODUCTION)) {
			try (Stream<Path> listing = Files.list(dir)) {
				listing.filter((p) -> p.toString().endsWith(".yaml"))
					.filter((p) -> !p.getFileName().toString().equals("kustomization.yaml"))
					.forEach(files::add);
			}
		}

		assertThat(files).hasSizeGreaterThanOrEqualTo(9);
		for (Path file : files) {
			assertThat(StrictManifests.read(file)).as(file.toString()).isNotEmpty();
		}
	}

	@Test
	void aMisspelledFieldFailsTheBuild() throws IOException {
		String manifest = Files.readString(BASE.resolve("deployment.yaml"))
			.replace("readinessProbe:", "readinesProbe:");

		assertThatIllegalArgumentException().isThrownBy(() -> StrictManifests.parse(manifest, "typo"))
			.withMessageContaining("readinesProbe");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StrictManifests.parse(manifest.replace("kind: Deployment", "kind: Deploymnet"), "kind"))
			.withMessageContaining("unknown kind");
	}

	@Test
	void kustomizationsNameOnlyFilesThatExist() {
		for (JsonNode resource : kustomization.path("resources")) {
			assertThat(BASE.resolve(resource.asText())).exists();
		}
		JsonNode production = read(PRODUCTION.resolve("kustomization.yaml"));
		assertThat(production.path("resources").get(0).asText()).isEqualTo("../../base");
		for (JsonNode patch : production.path("patches")) {
			assertThat(PRODUCTION.resolve(patch.path("path").asText())).exists();
		}
		assertThat(production.path("replicas").get(0).path("count").asInt()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void atLeastTwoNonRootReplicasWithProbesOnTheManagementPort() {
		Deployment deployment = (Deployment) base.get(Deployment.class);
		PodSpec pod = deployment.getSpec().getTemplate().getSpec();
		Container gateway = pod.getContainers().get(0);

		assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
		assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
		assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(10001L);
		assertThat(gateway.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
		assertThat(gateway.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
		assertThat(gateway.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
		assertThat(pod.getVolumes()).anyMatch((volume) -> volume.getEmptyDir() != null);
		Set<String> ports = new HashSet<>();
		gateway.getPorts().stream().map(ContainerPort::getName).forEach(ports::add);
		assertThat(ports).containsExactlyInAnyOrder("http", "management");
		for (Probe probe : List.of(gateway.getStartupProbe(), gateway.getLivenessProbe(),
				gateway.getReadinessProbe())) {
			assertThat(probe).isNotNull();
			assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("management");
			assertThat(probe.getHttpGet().getPath()).startsWith("/actuator/health/");
		}
		assertThat(gateway.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
		assertThat(gateway.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
	}

	@Test
	void resourcesFitTheMeasuredFootprint() {
		Container gateway = ((Deployment) base.get(Deployment.class)).getSpec()
			.getTemplate()
			.getSpec()
			.getContainers()
			.get(0);
		Map<String, Quantity> requests = gateway.getResources().getRequests();
		Map<String, Quantity> limits = gateway.getResources().getLimits();

		// the image's heap is half the limit; the benchmark's peak is about 510 MB
		assertThat(Quantity.getAmountInBytes(limits.get("memory")).longValue()).isGreaterThanOrEqualTo(512L << 20);
		assertThat(requests.get("memory")).isEqualTo(limits.get("memory"));
		assertThat(requests).containsKey("cpu");
		assertThat(limits).containsKey("cpu");
	}

	@Test
	void everySecretTheGatewayReadsIsGeneratedFromAnOperatorsFile() throws IOException {
		PodSpec pod = ((Deployment) base.get(Deployment.class)).getSpec().getTemplate().getSpec();
		Set<String> referenced = new HashSet<>();
		pod.getContainers()
			.get(0)
			.getEnvFrom()
			.stream()
			.filter((source) -> source.getSecretRef() != null)
			.forEach((source) -> referenced.add(source.getSecretRef().getName()));
		pod.getVolumes()
			.stream()
			.filter((volume) -> volume.getSecret() != null)
			.forEach((volume) -> referenced.add(volume.getSecret().getSecretName()));
		Set<String> generated = new HashSet<>();
		for (JsonNode generator : kustomization.path("secretGenerator")) {
			generated.add(generator.path("name").asText());
			for (JsonNode env : generator.path("envs")) {
				Path example = BASE.resolve(env.asText() + ".example");
				assertThat(example).as("a template for %s", env.asText()).exists();
				assertThat(Files.readString(example)).containsPattern("(?m)^[A-Z_]+=$");
			}
		}

		assertThat(referenced).containsExactlyInAnyOrder("casebridge-gateway", "casebridge-agencies",
				"casebridge-audit-keys");
		assertThat(generated).isEqualTo(referenced);
		String gitignore = Files.readString(BASE.resolve("secrets/.gitignore"));
		assertThat(gitignore).contains("*").contains("!*.example");
	}

	@Test
	void theConfigMapNamesTheExternalDatabaseAndTheAuditKeysFromTheSecret() {
		ConfigMap config = (ConfigMap) base.get(ConfigMap.class);
		Map<String, String> data = config.getData();

		assertThat(data.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://");
		assertThat(data).containsEntry("CASEBRIDGE_AUDIT_GENERATE_MISSING_KEYS", "false");
		assertThat(data.get("CASEBRIDGE_AUDIT_SIGNING_KEY")).startsWith("/etc/casebridge/audit/");
		assertThat(data.keySet()).noneMatch((key) -> key.contains("SECRET") || key.contains("PASSWORD"));
	}

	@Test
	void budgetAutoscalerServiceAndPolicySelectTheGatewayPods() {
		Map<String, String> pods = ((Deployment) base.get(Deployment.class)).getSpec()
			.getTemplate()
			.getMetadata()
			.getLabels();
		PodDisruptionBudget budget = (PodDisruptionBudget) base.get(PodDisruptionBudget.class);
		HorizontalPodAutoscaler autoscaler = (HorizontalPodAutoscaler) base.get(HorizontalPodAutoscaler.class);
		Service service = (Service) base.get(Service.class);
		NetworkPolicy policy = (NetworkPolicy) base.get(NetworkPolicy.class);

		assertThat(pods).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
		assertThat(budget.getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
		assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo("casebridge-gateway");
		assertThat(autoscaler.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
		assertThat(autoscaler.getSpec().getMetrics())
			.anyMatch((metric) -> metric.getResource() != null && metric.getResource().getName().equals("cpu"));
		assertThat(pods).containsAllEntriesOf(service.getSpec().getSelector());
		assertThat(service.getSpec().getPorts()).allMatch((port) -> port.getTargetPort().getStrVal().equals("http"));
		assertThat(pods).containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
		assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
		Set<Integer> egressPorts = new HashSet<>();
		policy.getSpec()
			.getEgress()
			.forEach((rule) -> rule.getPorts().forEach((port) -> egressPorts.add(port.getPort().getIntVal())));
		assertThat(egressPorts).containsExactlyInAnyOrder(53, 5432, 443);
	}

	private static JsonNode read(Path file) {
		try {
			return yaml.readTree(file.toFile());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
