#!/usr/bin/python3
"""PyTorch's side of `make bench`: the same model, optimiser, batch size, split and thread count as
tests/bench/bench_mnist.cpp, timed the same way. Prints `key value` lines that tests/bench/run.sh reads.

Run by run.sh as /usr/bin/python3 with LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-openmp,
OMP_NUM_THREADS=2, OPENBLAS_NUM_THREADS=2 and OPENBLAS_CORETYPE unset (PyTorch at its best here).
usage: pytorch_mnist.py DATA_DIR EPOCHS BATCH OPTIMIZER HIDDEN THREADS"""
import resource
import sys
import time

import numpy as np
import torch


def read_idx(path, offset):
    with open(path, "rb") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)


def main():
    data, epochs, batch, optimizer, hidden, threads = sys.argv[1:7]
    epochs, batch, threads = int(epochs), int(batch), int(threads)
    torch.set_num_threads(threads)
    torch.manual_seed(42)
    images = read_idx(f"{data}/train-images-idx3-ubyte", 16).reshape(-1, 784)
    labels = read_idx(f"{data}/train-labels-idx1-ubyte", 8).astype(np.int64)
    test_images = read_idx(f"{data}/t10k-images-idx3-ubyte", 16).reshape(-1, 784)
    test_labels = read_idx(f"{data}/t10k-labels-idx1-ubyte", 8).astype(np.int64)
    # The first 5,000 training images are held out for validation, as in the tutorial.
    x = torch.from_numpy(images[5000:].astype(np.float32) / 255.0)
    y = torch.from_numpy(labels[5000:])
    x_test = torch.from_numpy(test_images.astype(np.float32) / 255.0)
    y_test = torch.from_numpy(test_labels)

    sizes = [784] + [int(n) for n in hidden.split(",")] + [10]
    layers = []
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        linear = torch.nn.Linear(n_in, n_out)
        torch.nn.init.xavier_uniform_(linear.weight)  # Keras's Glorot-uniform weights, zero biases
        torch.nn.init.zeros_(linear.bias)
        layers += [linear, torch.nn.ReLU()]
    model = torch.nn.Sequential(*layers[:-1])  # softmax is inside the loss
    loss_fn = torch.nn.CrossEntropyLoss()
    if optimizer == "adam":
        opt = torch.optim.Adam(model.parameters(), lr=0.001, eps=1e-7, foreach=True)
    else:
        opt = torch.optim.SGD(model.parameters(), lr=0.01, foreach=True)  # foreach: its fastest update here

    seconds = []
    for _ in range(epochs):
        start = time.perf_counter()
        order = torch.randperm(x.shape[0])
        x_epoch, y_epoch = x[order], y[order]  # shuffled once per epoch: each batch is then a plain slice
        for first in range(0, x.shape[0], batch):
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(x_epoch[first:first + batch]), y_epoch[first:first + batch])
            loss.backward()
            opt.step()
        seconds.append(time.perf_counter() - start)

    passes = []  # inference: the median of 5 passes over the test set, as in bench_mnist.cpp
    with torch.no_grad():
        for _ in range(5):
            start = time.perf_counter()
            predicted = torch.cat([model(x_test[k:k + 500]).argmax(1) for k in range(0, x_test.shape[0], 500)])
            passes.append(time.perf_counter() - start)
    inference = float(np.median(passes))
    accuracy = (predicted == y_test).float().mean().item()
    print("epoch_seconds", float(np.median(seconds)))
    print("test_accuracy", accuracy)
    print("images_per_second", x_test.shape[0] / inference)
    print("peak_mb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0)


main()
