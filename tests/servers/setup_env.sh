#!/usr/bin/env bash
# Create the virtualenv of the real OpenAI-compatible servers used by the slow tests:
#   tests/.servers/venv    transformers serve (transformers[serving] + CPU torch) and
#                          llama-cpp-python[server], the latter compiled from its sdist;
#   tests/.servers/src/    the unpacked llama-cpp-python sdist (its vendored llama.cpp
#                          ships convert_hf_to_gguf.py, used by build_tiny_model.py);
#   ~/.cache/hfhub/llama-cpp-python-wheels/  the wheel compiled from it, outside the work
#                          tree, so that a fresh clone on the same machine (CI) or a change
#                          of requirements.txt does not compile it again.
# Idempotent: a stamp keyed by the hash of requirements.txt, the build flags, the Python
# version and this script skips everything when nothing changed. First run on 2 cores:
# 10-15 minutes, ~19 CPU-minutes of it compiling llama.cpp; ~2-3 minutes once the wheel
# is cached; 1.3 GB.
#
# Environment: PYTHON (default python3.11, else python3) picks the interpreter.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SERVERS="$ROOT/tests/.servers"
VENV="$SERVERS/venv"
SRC="$SERVERS/src"
WHEELS="${XDG_CACHE_HOME:-$HOME/.cache}/hfhub/llama-cpp-python-wheels"
REQ="$HERE/requirements.txt"
STAMP="$VENV/.setup-stamp"
LLAMA_CPP_PYTHON_VERSION="0.3.36"
PIP_VERSION="26.3"

if [[ -z "${PYTHON:-}" ]]; then
    if command -v python3.11 >/dev/null 2>&1; then PYTHON=python3.11; else PYTHON=python3; fi
fi

# CPU only, no BLAS, no multimodal (llava/mtmd) library, no OpenMP; portable x86-64-v3
# flags rather than -march=native (the venv may outlive the machine it was built on).
export CMAKE_ARGS="-DGGML_BLAS=OFF -DGGML_NATIVE=OFF -DGGML_OPENMP=OFF -DLLAVA_BUILD=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=OFF -DLLAMA_BUILD_SERVER=OFF"
export CMAKE_BUILD_PARALLEL_LEVEL=2   # -j2: the machine has 2 cores

pyversion="$("$PYTHON" -c 'import sys; print(sys.version)')"
key="$( { cat "$REQ" "${BASH_SOURCE[0]}"; echo "$CMAKE_ARGS"; echo "$pyversion"; } | sha256sum | cut -d' ' -f1)"
wheel_key="$( { echo "$LLAMA_CPP_PYTHON_VERSION $CMAKE_ARGS"; echo "$pyversion"; } | sha256sum | cut -d' ' -f1)"

mkdir -p "$SERVERS"
exec 9>"$SERVERS/.setup_env.lock"
flock 9   # one run at a time; a second one waits, then finds the stamp

if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$key" && -x "$VENV/bin/python" ]]; then
    echo "setup_env: $VENV is up to date"
    exit 0
fi

start=$SECONDS
mkdir -p "$SRC" "$WHEELS"
rm -f "$STAMP"

if [[ ! -x "$VENV/bin/python" ]]; then
    echo "setup_env: creating $VENV with $PYTHON"
    "$PYTHON" -m venv "$VENV"
fi
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check)
"${PIP[@]}" install --quiet "pip==$PIP_VERSION"

sdist_dir="$SRC/llama_cpp_python-$LLAMA_CPP_PYTHON_VERSION"
if [[ ! -f "$sdist_dir/vendor/llama.cpp/convert_hf_to_gguf.py" ]]; then
    echo "setup_env: fetching the llama-cpp-python $LLAMA_CPP_PYTHON_VERSION sdist"
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
    "${PIP[@]}" download --quiet --no-deps --no-binary :all: -d "$tmp" \
        "llama-cpp-python==$LLAMA_CPP_PYTHON_VERSION"
    rm -rf "$sdist_dir"
    tar -xzf "$tmp/llama_cpp_python-$LLAMA_CPP_PYTHON_VERSION.tar.gz" -C "$SRC"
fi

wheel="$(ls "$WHEELS"/llama_cpp_python-"$LLAMA_CPP_PYTHON_VERSION"-*.whl 2>/dev/null | head -n1 || true)"
if [[ -z "$wheel" || ! -f "$WHEELS/.key" || "$(cat "$WHEELS/.key")" != "$wheel_key" ]]; then
    echo "setup_env: compiling llama-cpp-python $LLAMA_CPP_PYTHON_VERSION from its sdist (~10 minutes on 2 cores)"
    rm -f "$WHEELS"/*.whl "$WHEELS/.key"
    "${PIP[@]}" wheel --quiet --no-deps --no-binary llama-cpp-python -w "$WHEELS" "$sdist_dir"
    wheel="$(ls "$WHEELS"/llama_cpp_python-"$LLAMA_CPP_PYTHON_VERSION"-*.whl | head -n1)"
    echo "$wheel_key" > "$WHEELS/.key"
fi

echo "setup_env: installing $REQ"
"${PIP[@]}" install --quiet -r "$REQ" "llama-cpp-python[server] @ file://$wheel"
"${PIP[@]}" check

echo "$key" > "$STAMP"
echo "setup_env: done in $((SECONDS - start)) s; $(du -sh "$VENV" | cut -f1) in $VENV"
