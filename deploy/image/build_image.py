#!/usr/bin/env python3
"""Builds the gateway's OCI image as a tarball, with no container daemon and no registry.

The image is assembled from what the build machine already has (docs/decisions/0013):
  base     the few shared libraries the Java runtime links against, taken from the Debian
           packages installed on the build machine (versions recorded in the image's labels),
           plus /etc/passwd, /etc/group, /etc/nsswitch.conf and an empty /tmp
  runtime  a Java 17 runtime cut down with jlink to the modules the gateway uses, with its
           default class-data archive
  libs     the gateway's released dependencies          (changes when a dependency changes)
  modules  CaseBridge's own modules (schema, connectors) (changes with every build)
  app      the gateway jar                                (changes with every build)
  cds      the gateway's class-data archive, made by a training run of the image's own runtime
           and jars that stops once the application context has refreshed

Every file has the same owner (0:0 unless stated) and modification time, entries are sorted and
gzip carries no time stamp, so the base, runtime and libs layers are byte-for-byte the same from
one build to the next on the same machine. The class-data archives (runtime and cds) are not:
JDK 17 writes addresses into them that differ per run.

The tarball holds an OCI image layout (oci-layout, index.json, blobs/sha256/...) and a Docker
manifest.json, so `podman load`, `skopeo copy oci-archive:...`, `docker load` (25+), `crane push`
and containerd's `ctr image import` all read it.
"""

import argparse
import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile

MTIME = 315532800  # 1980-01-01T00:00:00Z, the oldest time a zip entry can carry
UID = 10001
MODULES = [
    "java.base", "java.compiler", "java.desktop", "java.instrument", "java.logging", "java.management",
    "java.naming", "java.net.http", "java.prefs", "java.scripting", "java.security.jgss", "java.sql",
    "java.sql.rowset", "java.xml", "jdk.charsets", "jdk.crypto.ec", "jdk.jcmd", "jdk.jfr", "jdk.management",
    "jdk.naming.dns", "jdk.net", "jdk.unsupported", "jdk.zipfs",
]
# the runtime's native libraries for desktop graphics and sound: never loaded by the gateway
DESKTOP_LIBRARIES = ("libawt", "libfontmanager", "libjawt", "libsplashscreen", "libjsound", "liblcms",
                     "libmlib_image", "libjavajpeg")
APP_PORT = 8080
MANAGEMENT_PORT = 8081
JVM_FLAGS = [
    # the heap is half the container's memory limit (256 MB of 512 MB); the rest is metaspace,
    # code, threads and native memory (docs/operations.md, "Sizing")
    "-XX:InitialRAMPercentage=50", "-XX:MaxRAMPercentage=50", "-XX:+UseSerialGC",
    "-XX:MaxMetaspaceSize=192m", "-XX:ReservedCodeCacheSize=96m", "-Xss512k",
    # give freed native memory back every 5 s, so the resident set stays under the limit
    "-XX:TrimNativeHeapInterval=5000",
    # the gateway's classes, already parsed and verified: start-up in a few seconds
    "-XX:SharedArchiveFile=/app/gateway.jsa", "-Xshare:auto",
    # the quick compiler only: on one core the optimising compiler took as much CPU during start-up
    # as the start-up itself (docs/decisions/0023)
    "-XX:TieredStopAtLevel=1",
    "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp",
    "-Dfile.encoding=UTF-8", "-Dsun.jnu.encoding=UTF-8",
]
ENTRYPOINT = ["/opt/java/bin/java"] + JVM_FLAGS + ["-jar", "/app/gateway.jar"]
ENV = [
    "PATH=/opt/java/bin:/usr/bin:/bin",
    "JAVA_HOME=/opt/java",
    "LANG=C.UTF-8",
    "MALLOC_ARENA_MAX=2",
    "SPRING_PROFILES_ACTIVE=production",
    "SERVER_ADDRESS=0.0.0.0",
    "MANAGEMENT_SERVER_ADDRESS=0.0.0.0",
    "CASEBRIDGE_DATA_DIR=/tmp/casebridge",
]


def run(command, **kwargs):
    print("+ " + " ".join(command), flush=True)
    subprocess.run(command, check=True, **kwargs)


def host_libraries(runtime):
    """The shared libraries the runtime's executables and libraries link against, outside it."""
    needed = set()
    candidates = [os.path.join(runtime, "bin", name) for name in os.listdir(os.path.join(runtime, "bin"))]
    for directory, _, files in os.walk(os.path.join(runtime, "lib")):
        candidates += [os.path.join(directory, f) for f in files if f.endswith(".so")]
    for path in candidates:
        if os.path.basename(path).startswith(DESKTOP_LIBRARIES):
            continue
        out = subprocess.run(["ldd", path], capture_output=True, text=True).stdout
        for line in out.splitlines():
            parts = line.split()
            if "=>" in parts and len(parts) >= 3 and parts[2].startswith("/"):
                target = parts[2]
            elif parts and parts[0].startswith("/"):
                target = parts[0]
            else:
                continue
            if not os.path.realpath(target).startswith(os.path.realpath(runtime)):
                needed.add(target)
    return sorted(needed)


def package_versions(paths):
    versions = {}
    for path in paths:
        out = subprocess.run(["dpkg", "-S", os.path.realpath(path)], capture_output=True, text=True).stdout
        if not out:
            out = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True).stdout
        if out:
            package = out.split(":")[0]
            version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True,
                                     text=True).stdout
            versions[package] = version
    return versions


def build_base(root, libraries):
    for library in libraries:
        destination = os.path.join(root, library.lstrip("/"))
        os.makedirs(os.path.dirname(destination), exist_ok=True)
        shutil.copyfile(os.path.realpath(library), destination)
        os.chmod(destination, 0o755)
    etc = os.path.join(root, "etc")
    os.makedirs(etc, exist_ok=True)
    with open(os.path.join(etc, "passwd"), "w") as f:
        f.write("root:x:0:0:root:/root:/sbin/nologin\n")
        f.write(f"casebridge:x:{UID}:{UID}:CaseBridge gateway:/app:/sbin/nologin\n")
    with open(os.path.join(etc, "group"), "w") as f:
        f.write(f"root:x:0:\ncasebridge:x:{UID}:\n")
    with open(os.path.join(etc, "nsswitch.conf"), "w") as f:
        f.write("hosts: files dns\n")
    os.makedirs(os.path.join(root, "tmp"), exist_ok=True)


def build_runtime(root):
    runtime = os.path.join(root, "opt", "java")
    os.makedirs(os.path.dirname(runtime), exist_ok=True)
    run(["jlink", "--add-modules", ",".join(MODULES), "--strip-debug", "--no-header-files", "--no-man-pages",
         "--generate-cds-archive", "--output", runtime])
    return runtime


def build_app(root, jar):
    """The executable jar, extracted as Spring Boot recommends for class-data sharing."""
    app = os.path.join(root, "app")
    extracted = tempfile.mkdtemp(prefix="casebridge-extract-")
    run(["java", "-Djarmode=tools", "-jar", jar, "extract", "--destination", extracted])
    thin = [f for f in os.listdir(extracted) if f.endswith(".jar")]
    if len(thin) != 1:
        sys.exit(f"expected one application jar after extraction, found {thin}")
    os.makedirs(app, exist_ok=True)
    shutil.move(os.path.join(extracted, thin[0]), os.path.join(app, "gateway.jar"))
    shutil.move(os.path.join(extracted, "lib"), os.path.join(app, "lib"))
    shutil.rmtree(extracted)
    return app


def normalise(root):
    """One modification time for every file, so layers and the class-data archive agree."""
    for directory, dirs, files in os.walk(root):
        for name in dirs + files:
            os.utime(os.path.join(directory, name), (MTIME, MTIME), follow_symlinks=False)
    os.utime(root, (MTIME, MTIME))


DEVICE_NODES = ("null", "zero", "random", "urandom")


def train(root):
    """Starts the image's own runtime on the image's own jars, inside the image's filesystem (JDK 17
    checks that the archive is used from the very paths it was made at), until the application
    context has refreshed. This is also the image's smoke test: a missing library fails it."""
    if os.geteuid() != 0:
        sys.exit("building the image needs root: the class-data training run uses chroot and mounts /proc")
    proc = os.path.join(root, "proc")
    os.makedirs(proc, exist_ok=True)
    run(["mount", "-t", "proc", "proc", proc])
    # the device nodes every container runtime provides: without /dev/urandom the JDK seeds its
    # SecureRandom from thread timings, seconds of CPU in every build; they leave no trace in a layer
    dev = os.path.join(root, "dev")
    had_dev = os.path.isdir(dev)
    devices = []
    try:
        os.makedirs(dev, exist_ok=True)
        for node in DEVICE_NODES:
            target = os.path.join(dev, node)
            open(target, "a").close()
            devices.append(target)
            run(["mount", "--bind", "/dev/" + node, target])
        flags = [f for f in JVM_FLAGS if not f.startswith(("-XX:SharedArchiveFile", "-Xshare"))]
        env = {k.split("=", 1)[0]: k.split("=", 1)[1] for k in ENV}
        env["CASEBRIDGE_DATA_DIR"] = "/tmp/training"
        run([shutil.which("chroot") or "/usr/sbin/chroot", root, "/opt/java/bin/java"] + flags + [
            # the limit a container of 512 MB would set
            "-XX:MaxRAM=512m", "-XX:ArchiveClassesAtExit=/app/gateway.jsa", "-Dspring.context.exit=onRefresh",
            "-jar", "/app/gateway.jar", "--server.port=0", "--management.server.port=0",
            "--casebridge.handles.secret=" + "t" * 40, "--casebridge.audit.criteria-key=training-run-criteria-key",
            "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/issuer",
            "--casebridge.connectors.support.base-uri=http://127.0.0.1:9/",
            "--casebridge.connectors.welfare.base-uri=http://127.0.0.1:9/",
            "--casebridge.connectors.welfare.token-uri=http://127.0.0.1:9/oauth/token",
            "--casebridge.connectors.welfare.client-id=training",
            "--casebridge.connectors.welfare.client-secret=training-secret",
            "--casebridge.connectors.vitals.base-uri=http://127.0.0.1:9/registry/soap",
            "--casebridge.connectors.locate.base-uri=http://127.0.0.1:9/"], env=env, stdout=subprocess.DEVNULL)
    finally:
        for target in devices:
            subprocess.run(["umount", target], check=False)
            os.remove(target)
        if not had_dev and os.path.isdir(dev):
            os.rmdir(dev)
        elif had_dev:
            os.utime(dev, (MTIME, MTIME))
        subprocess.run(["umount", proc], check=False)
    os.rmdir(proc)
    shutil.rmtree(os.path.join(root, "tmp", "training"), ignore_errors=True)
    archive = os.path.join(root, "app", "gateway.jsa")
    os.chmod(archive, 0o644)
    os.utime(archive, (MTIME, MTIME))
    os.utime(os.path.join(root, "tmp"), (MTIME, MTIME))
    os.utime(os.path.join(root, "app"), (MTIME, MTIME))


def layer(root, selector, owner=0, writable=()):
    """A gzipped tar of the files under root that selector accepts, in sorted order."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        entries = []
        for directory, dirs, files in os.walk(root):
            for name in dirs + files:
                path = os.path.join(directory, name)
                relative = os.path.relpath(path, root)
                if selector(relative):
                    entries.append(relative)
        parents = set()
        for relative in entries:
            parent = os.path.dirname(relative)
            while parent:
                parents.add(parent)
                parent = os.path.dirname(parent)
        for relative in sorted(set(entries) | parents):
            path = os.path.join(root, relative)
            info = tar.gettarinfo(path, arcname=relative)
            info.uid = info.gid = owner
            info.uname = info.gname = ""
            info.mtime = MTIME
            if relative in writable:
                info.mode = 0o1777
            if info.isfile():
                with open(path, "rb") as f:
                    tar.addfile(info, f)
            else:
                tar.addfile(info)
    diff_id = hashlib.sha256(raw.getvalue()).hexdigest()
    compressed = io.BytesIO()
    with gzip.GzipFile(fileobj=compressed, mode="wb", mtime=0, compresslevel=6, filename="") as gz:
        gz.write(raw.getvalue())
    return compressed.getvalue(), diff_id


def blob(blobs, data):
    digest = hashlib.sha256(data).hexdigest()
    with open(os.path.join(blobs, digest), "wb") as f:
        f.write(data)
    return digest


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", required=True, help="the gateway's executable jar")
    parser.add_argument("--output", required=True, help="the image tarball to write")
    parser.add_argument("--tag", default="casebridge/gateway:latest")
    parser.add_argument("--work", help="working directory (default: next to the output)")
    args = parser.parse_args()

    work = args.work or os.path.join(os.path.dirname(os.path.abspath(args.output)), "image-work")
    shutil.rmtree(work, ignore_errors=True)
    root = os.path.join(work, "rootfs")
    os.makedirs(root)
    runtime = build_runtime(root)
    libraries = host_libraries(runtime)
    build_base(root, libraries)
    app = build_app(root, os.path.abspath(args.jar))
    normalise(root)
    train(root)

    own_modules = ("schema-", "connector-", "simulator-")
    app_lib = lambda r: r.startswith("app/lib/") and r.endswith(".jar")
    layers = [
        ("base", lambda r: r.startswith(("lib/", "lib64/", "usr/", "etc/")) or r == "tmp", ("tmp",)),
        ("runtime", lambda r: r.startswith("opt/"), ()),
        ("libs", lambda r: app_lib(r) and not os.path.basename(r).startswith(own_modules), ()),
        ("modules", lambda r: app_lib(r) and os.path.basename(r).startswith(own_modules), ()),
        ("app", lambda r: r == "app/gateway.jar", ()),
        ("cds", lambda r: r == "app/gateway.jsa", ()),
    ]
    layout = os.path.join(work, "layout")
    blobs = os.path.join(layout, "blobs", "sha256")
    os.makedirs(blobs)
    descriptors, diff_ids, history, docker_layers = [], [], [], []
    for name, selector, writable in layers:
        data, diff_id = layer(root, selector, writable=writable)
        digest = blob(blobs, data)
        descriptors.append({"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": "sha256:" + digest,
                            "size": len(data), "annotations": {"org.casebridge.layer": name}})
        diff_ids.append("sha256:" + diff_id)
        history.append({"created": "1980-01-01T00:00:00Z", "created_by": f"casebridge image: {name}",
                        "comment": name})
        docker_layers.append("blobs/sha256/" + digest)
        print(f"layer {name:8s} {len(data) / 1e6:7.1f} MB  sha256:{digest[:16]}", flush=True)

    packages = package_versions(libraries)
    config = {
        "created": "1980-01-01T00:00:00Z",
        "architecture": "amd64",
        "os": "linux",
        "config": {
            "User": f"{UID}:{UID}",
            "Entrypoint": ENTRYPOINT,
            "Cmd": [],
            "Env": ENV,
            "WorkingDir": "/app",
            "ExposedPorts": {f"{APP_PORT}/tcp": {}, f"{MANAGEMENT_PORT}/tcp": {}},
            "Labels": {
                "org.opencontainers.image.title": "CaseBridge gateway",
                "org.opencontainers.image.source": "https://github.com/casebridge/casebridge",
                "org.casebridge.health.liveness": f"http://:{MANAGEMENT_PORT}/actuator/health/liveness",
                "org.casebridge.health.readiness": f"http://:{MANAGEMENT_PORT}/actuator/health/readiness",
                "org.casebridge.base.packages": ", ".join(f"{p}={v}" for p, v in sorted(packages.items())),
            },
        },
        "rootfs": {"type": "layers", "diff_ids": diff_ids},
        "history": history,
    }
    config_bytes = json.dumps(config, sort_keys=True, separators=(",", ":")).encode()
    config_digest = blob(blobs, config_bytes)
    manifest = {
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": "sha256:" + config_digest,
                   "size": len(config_bytes)},
        "layers": descriptors,
    }
    manifest_bytes = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    manifest_digest = blob(blobs, manifest_bytes)
    index = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json",
             "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json",
                            "digest": "sha256:" + manifest_digest, "size": len(manifest_bytes),
                            "annotations": {"org.opencontainers.image.ref.name": args.tag.split(":")[-1],
                                            "io.containerd.image.name": args.tag}}]}
    with open(os.path.join(layout, "index.json"), "w") as f:
        json.dump(index, f, sort_keys=True, separators=(",", ":"))
    with open(os.path.join(layout, "oci-layout"), "w") as f:
        json.dump({"imageLayoutVersion": "1.0.0"}, f)
    with open(os.path.join(layout, "manifest.json"), "w") as f:
        json.dump([{"Config": "blobs/sha256/" + config_digest, "RepoTags": [args.tag], "Layers": docker_layers}], f)

    output = os.path.abspath(args.output)
    with tarfile.open(output, "w", format=tarfile.PAX_FORMAT) as tar:
        for directory, dirs, files in sorted(os.walk(layout)):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(directory, name)
                info = tar.gettarinfo(path, arcname=os.path.relpath(path, layout))
                info.uid = info.gid = 0
                info.uname = info.gname = ""
                info.mtime = MTIME
                with open(path, "rb") as f:
                    tar.addfile(info, f)
    print(f"image {args.tag}: {output} ({os.path.getsize(output) / 1e6:.1f} MB), manifest sha256:{manifest_digest}")


if __name__ == "__main__":
    main()
