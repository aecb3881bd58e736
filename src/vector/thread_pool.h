// A fixed team of worker threads for the vector core's kernels. Not a general task queue.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace vec {

// Starting threads for every batch of 32 examples would cost more than the arithmetic, so the workers are
// started once and wait (first spinning briefly, then asleep) for the next job. Each job is split into
// size() parts by the caller; part p always goes to the same thread, so results never depend on timing.
class ThreadPool {
public:
    // `threads` ≥ 1 threads in all; the calling thread is one of them (part 0).
    explicit ThreadPool(std::size_t threads);
    ~ThreadPool();
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    // Number of parts a job is split into (the thread count).
    std::size_t size() const { return workers.size() + 1; }

    // Runs job(p) for p = 0..size()−1, p = 0 on the calling thread; returns when every part is done.
    void run(const std::function<void(std::size_t part)>& job);

private:
    void work(std::size_t part);  // the loop of worker `part` (1..size()−1)

    std::vector<std::thread> workers;                           // threads for parts 1..size()−1
    const std::function<void(std::size_t)>* job_now = nullptr;  // the job being run
    std::atomic<unsigned long> generation{0};                   // counts jobs started; workers wait for a change
    std::atomic<std::size_t> remaining{0};                      // parts still running in workers
    std::atomic<bool> stopping{false};                          // set by the destructor
    std::mutex mutex;                                           // guards sleeping workers
    std::condition_variable wake;                               // wakes sleeping workers
};

// The half-open range [first, last) of part p when n items are split into `parts` nearly equal runs,
// each a multiple of `step` items except the last.
struct Range {
    std::size_t first;
    std::size_t last;
};
Range part_of(std::size_t n, std::size_t parts, std::size_t p, std::size_t step);

}  // namespace vec
