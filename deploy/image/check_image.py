#!/usr/bin/env python3
"""Checks a gateway image tarball: a well-formed OCI layout whose digests match its blobs, and
the configuration the runbook promises (non-root user, entrypoint with the production JVM
settings and the class-data archive, the two ports, health-check labels, the files it runs).
Exits 1 naming the first thing that is wrong.

    deploy/image/check_image.py deploy/target/casebridge-gateway.oci.tar
"""

import gzip
import hashlib
import json
import sys
import tarfile


def fail(message):
    print("image check FAILED: " + message)
    sys.exit(1)


def expect(condition, message):
    if not condition:
        fail(message)


def main():
    path = sys.argv[1]
    with tarfile.open(path) as image:
        names = set(image.getnames())
        expect("oci-layout" in names and "index.json" in names, "not an OCI image layout")
        expect("manifest.json" in names, "no manifest.json for docker load")

        def blob(digest):
            algorithm, value = digest.split(":")
            data = image.extractfile(f"blobs/{algorithm}/{value}").read()
            expect(hashlib.sha256(data).hexdigest() == value, f"blob {digest} does not match its digest")
            return data

        layout = json.load(image.extractfile("oci-layout"))
        expect(layout.get("imageLayoutVersion") == "1.0.0", "unknown layout version")
        index = json.load(image.extractfile("index.json"))
        expect(len(index["manifests"]) == 1, "expected one image in the index")
        manifest = json.loads(blob(index["manifests"][0]["digest"]))
        expect(manifest["mediaType"] == "application/vnd.oci.image.manifest.v1+json", "not an OCI manifest")
        config = json.loads(blob(manifest["config"]["digest"]))
        files = {}
        for descriptor, diff_id in zip(manifest["layers"], config["rootfs"]["diff_ids"]):
            raw = gzip.decompress(blob(descriptor["digest"]))
            expect("sha256:" + hashlib.sha256(raw).hexdigest() == diff_id, "a layer's diff_id is wrong")
            expect(descriptor["size"] > 0, "an empty layer")
            with tarfile.open(fileobj=__import__("io").BytesIO(raw)) as layer:
                for member in layer.getmembers():
                    files["/" + member.name] = member
        expect(len(manifest["layers"]) == len(config["rootfs"]["diff_ids"]), "layers and diff_ids differ")

    runtime = config["config"]
    expect(config["os"] == "linux" and config["architecture"] == "amd64", "not linux/amd64")
    user = runtime.get("User", "")
    expect(user and user.split(":")[0] not in ("", "0", "root"), f"runs as root ({user!r})")
    entrypoint = runtime["Entrypoint"]
    expect(entrypoint[0] == "/opt/java/bin/java", f"entrypoint is not the image's java: {entrypoint[0]}")
    expect(entrypoint[-2:] == ["-jar", "/app/gateway.jar"], "entrypoint does not run /app/gateway.jar")
    for flag in ("-XX:MaxRAMPercentage=50", "-XX:+UseSerialGC", "-XX:TrimNativeHeapInterval=5000",
                 "-XX:SharedArchiveFile=/app/gateway.jsa", "-XX:TieredStopAtLevel=1",
                 "-XX:+ExitOnOutOfMemoryError"):
        expect(flag in entrypoint, f"entrypoint lacks {flag}")
    expect(set(runtime["ExposedPorts"]) == {"8080/tcp", "8081/tcp"}, f"ports: {runtime['ExposedPorts']}")
    env = dict(item.split("=", 1) for item in runtime["Env"])
    expect(env.get("SPRING_PROFILES_ACTIVE") == "production", "not the production profile")
    expect(env.get("MALLOC_ARENA_MAX") == "2", "MALLOC_ARENA_MAX is not 2")
    expect(env.get("SERVER_ADDRESS") == "0.0.0.0", "the API does not listen beyond the container")
    labels = runtime["Labels"]
    expect(labels.get("org.casebridge.health.readiness", "").endswith(":8081/actuator/health/readiness"),
           "no readiness label")
    for required in ("/opt/java/bin/java", "/opt/java/lib/server/libjvm.so", "/app/gateway.jar", "/app/gateway.jsa",
                     "/lib64/ld-linux-x86-64.so.2", "/lib/x86_64-linux-gnu/libc.so.6", "/etc/passwd", "/tmp"):
        expect(required in files, f"{required} is missing")
    expect(files["/tmp"].mode & 0o1777 == 0o1777, "/tmp is not world-writable with the sticky bit")
    uid = int(user.split(":")[0])
    writable = [name for name, member in files.items()
                if name != "/tmp" and not member.issym() and (member.uid == uid or member.mode & 0o002)]
    expect(not writable, f"files the gateway's user could change: {writable[:5]}")
    size = sum(layer["size"] for layer in manifest["layers"])
    print(f"image check OK: user {user}, ports 8080 and 8081, {len(manifest['layers'])} layers, "
          f"{size / 1e6:.1f} MB compressed, {sum(m.size for m in files.values()) / 1e6:.1f} MB unpacked")


if __name__ == "__main__":
    main()
