#include "vector/thread_pool.h"

#include <chrono>

namespace vec {

// How long a worker keeps checking for a new job before it sleeps: much longer than the gap between two
// kernels of one batch, short next to a pause between epochs.
static const std::chrono::microseconds worker_spin_time(2000);
// How long the caller checks for the workers to finish before it lets other threads run on its core (a
// worker that was descheduled by another program may be waiting for exactly that).
static const std::chrono::microseconds caller_spin_time(100);

// Checks done() until it is true or spin_time has passed (the clock is read every 256 checks); true if done.
template <typename Done>
static bool spin_until(Done done, std::chrono::microseconds spin_time) {
    const auto start = std::chrono::steady_clock::now();
    for (unsigned checks = 1;; ++checks) {
        if (done()) return true;
        if (checks % 256 == 0 && std::chrono::steady_clock::now() - start > spin_time) return false;
    }
}

ThreadPool::ThreadPool(std::size_t threads) {
    for (std::size_t part = 1; part < threads; ++part) workers.emplace_back(&ThreadPool::work, this, part);
}

ThreadPool::~ThreadPool() {
    {
        std::lock_guard<std::mutex> lock(mutex);
        stopping = true;
        generation.fetch_add(1);
    }
    wake.notify_all();
    for (auto& worker : workers) worker.join();
}

void ThreadPool::run(const std::function<void(std::size_t)>& job) {
    if (workers.empty()) {
        job(0);
        return;
    }
    job_now = &job;
    remaining.store(workers.size());
    {
        std::lock_guard<std::mutex> lock(mutex);
        generation.fetch_add(1);
    }
    wake.notify_all();
    job(0);
    while (!spin_until([&] { return remaining.load() == 0; }, caller_spin_time)) std::this_thread::yield();
}

void ThreadPool::work(std::size_t part) {
    unsigned long seen = 0;
    for (;;) {
        if (!spin_until([&] { return generation.load() != seen; }, worker_spin_time)) {
            std::unique_lock<std::mutex> lock(mutex);
            wake.wait(lock, [&] { return generation.load() != seen; });
        }
        seen = generation.load();
        if (stopping) return;
        (*job_now)(part);
        remaining.fetch_sub(1);
    }
}

Range part_of(std::size_t n, std::size_t parts, std::size_t p, std::size_t step) {
    const std::size_t steps = (n + step - 1) / step;
    const std::size_t first = steps * p / parts * step;
    const std::size_t last = steps * (p + 1) / parts * step;
    return {first < n ? first : n, last < n ? last : n};
}

}  // namespace vec
