#!/bin/sh
# `make bench`: nnwalk's vector core against PyTorch on the same MNIST model, batch size and thread count,
# run one after the other, printed as one table. PyTorch is skipped, with a note, when it cannot be imported.
# Then bench_kernels (when given): every product of both recipes in GFLOP/s and % of the measured FMA peak.
# usage: tests/bench/run.sh BENCH_BINARY DATA_DIR [KERNELS_BINARY]   (EPOCHS=30 THREADS=2 to change the defaults)
bench=$1
data=$2
kernels=${3:-}
epochs=${EPOCHS:-30}
threads=${THREADS:-2}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# PyTorch at its best here: OpenMP OpenBLAS, one BLAS thread per core, no forced core type.
torch() {
    env -u OPENBLAS_CORETYPE LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-openmp \
        OMP_NUM_THREADS="$threads" OPENBLAS_NUM_THREADS="$threads" /usr/bin/python3 "$@"
}
if torch -c 'import torch' 2>/dev/null; then have_torch=1; else have_torch=0; fi

# One recipe: NAME EPOCHS BATCH OPTIMIZER HIDDEN; results in $out/NAME.ours and $out/NAME.torch.
run() {
    echo "running $1 ($2 epochs): nnwalk ..." >&2
    "$bench" "$data" "$2" "$3" "$4" "$5" "$threads" > "$out/$1.ours" || echo "(nnwalk failed)" >&2
    if [ $have_torch = 1 ]; then
        echo "running $1 ($2 epochs): PyTorch ..." >&2
        torch tests/bench/pytorch_mnist.py "$data" "$2" "$3" "$4" "$5" "$threads" > "$out/$1.torch" ||
            echo "(PyTorch failed)" >&2
    fi
}

load_before=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null)
run sgd "$epochs" 32 sgd 300,100
run adam 5 1024 adam 1000

# value FILE KEY
value() { awk -v key="$2" '$1 == key { print $2 }' "$1" 2>/dev/null; }

table() {  # NAME TITLE
    ours=$out/$1.ours
    theirs=$out/$1.torch
    echo "$2"
    for key in epoch_seconds test_accuracy peak_mb images_per_second; do
        awk -v key="$key" -v a="$(value "$ours" "$key")" -v b="$(value "$theirs" "$key")" 'BEGIN {
            label["epoch_seconds"] = "seconds per epoch (median)"; label["test_accuracy"] = "test accuracy"
            label["peak_mb"] = "peak memory (MB)"; label["images_per_second"] = "inference (test images/s)"
            if (key == "test_accuracy") { fa = a == "" ? "-" : sprintf("%.2f%%", 100 * a); fb = b == "" ? "-" : sprintf("%.2f%%", 100 * b) }
            else if (key == "epoch_seconds") { fa = a == "" ? "-" : sprintf("%.3f", a); fb = b == "" ? "-" : sprintf("%.3f", b) }
            else { fa = a == "" ? "-" : sprintf("%.0f", a); fb = b == "" ? "-" : sprintf("%.0f", b) }
            ratio = (a != "" && b != "" && b != 0 && key != "test_accuracy") ? sprintf("%.2f", a / b) : ""
            printf "  %-28s %12s %12s %10s\n", label[key], fa, fb, ratio
        }'
    done
}

echo
printf "  %-28s %12s %12s %10s\n" "MNIST, $threads threads" "nnwalk" "PyTorch" "ratio"
[ "$epochs" = 1 ] && unit=epoch || unit=epochs
table sgd "SGD lr 0.01, 784-300-100-10, batch 32, $epochs $unit"
table adam "Adam lr 0.001, 784-1000-10, batch 1024, 5 epochs"
echo
if [ -n "$kernels" ]; then
    echo "The products one by one (best of 5 runs each), against the FMA peak measured by the same program:"
    "$kernels" "$threads" || echo "(bench_kernels failed)"
    echo
fi
[ $have_torch = 1 ] || echo "note: PyTorch skipped: 'import torch' failed under /usr/bin/python3 (apt-get install python3-torch libopenblas0-openmp)"
echo "note: ratio = nnwalk / PyTorch (below 1: nnwalk is faster or smaller); load average before the run: $load_before" \
     "(timings are only fair on an otherwise idle machine)"
