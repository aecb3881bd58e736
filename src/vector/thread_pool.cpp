#include "vector/thread_pool.h"

#include <algorithm>
#include <chrono>

namespace vec {

// Waiting threads check for news in a busy loop for `busy_time` (the gap between two products of one batch
// is shorter), then keep checking but let other threads run on their core between checks (on a busy
// machine, the thread they wait for may need exactly that core), and workers finally go to sleep after
// `worker_wait_time` (a pause between epochs is longer).
static const std::chrono::microseconds busy_time(50);
static const std::chrono::microseconds worker_wait_time(2000);

// Checks done() until it is true (returns true) or `patience` has passed (returns false); see busy_time.
template <typename Done>
static bool wait_until(Done done, std::chrono::microseconds patience) {
    const auto start = std::chrono::steady_clock::now();
    for (unsigned checks = 1;; ++checks) {
        if (done()) return true;
        if (checks % 64 != 0) continue;
        const auto waited = std::chrono::steady_clock::now() - start;
        if (waited > patience) return false;
        if (waited > busy_time) std::this_thread::yield();
    }
}

ThreadPool::ThreadPool(std::size_t threads) {
    for (std::size_t t = 1; t < threads; ++t) workers.emplace_back(&ThreadPool::work, this);
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

// The claims word holds the job's number (mod 2²⁴) and the unclaimed tasks [front, back), so that a thread
// checks "is this still my job, and is a task left?" and claims it in one atomic step. Why both in one
// word: a worker may be held up between reading the job and claiming a task. With a separate task counter
// it could, meanwhile, see the counter reset for the next job and run a task number of the new job with the
// old job's function, which the caller has already returned from. With one word, the compare-and-exchange
// fails as soon as anything changed, the job number included, and the worker simply looks again.
// Example: job 7 with tasks [0, 4) is the word (7·2²⁰ + 0)·2²⁰ + 4; the caller claims task 0 by adding 2²⁰
// (front 0 → 1), a worker claims task 3 by subtracting 1 (back 4 → 3).
// The caller claims from the front, the workers from the back: two threads work far apart in C (no cache
// line written by both) and mostly on the same part of it as in the job before (still in their own cache).
static const unsigned long long field = 1ull << 20;  // task numbers are below 2²⁰

static unsigned long long claims_word(unsigned long job, std::size_t front, std::size_t back) {
    return (static_cast<unsigned long long>(job % (1u << 24)) * field + front) * field + back;
}

void ThreadPool::run(std::size_t tasks, const std::function<void(std::size_t)>& job) {
    if (workers.empty() || tasks < 2 || tasks >= field) {
        for (std::size_t t = 0; t < tasks; ++t) job(t);
        return;
    }
    // Publish the job, then work on it like any other thread, then wait for tasks others still run.
    // Its tasks go into the claims word before its number into `generation`: a worker that sees the new
    // number then always finds the tasks. (The other way round, a worker could look in between, find no task
    // of that job, and wait for the next one, leaving this job to the caller: a quarter of the Adam recipe's
    // steps took twice as long, 16–17 ms on average instead of 14, until this order was fixed.)
    job_now = &job;
    tasks_done.store(0);
    unsigned long job_number;
    {
        std::lock_guard<std::mutex> lock(mutex);  // only the caller changes generation: no other thread can
        job_number = generation.load() + 1;       // come in between
        claims.store(claims_word(job_number, 0, tasks));
        generation.store(job_number);
    }
    wake.notify_all();
    claim_tasks(job_number, true);
    while (!wait_until([&] { return tasks_done.load() == tasks; }, worker_wait_time)) {
    }
}

void ThreadPool::claim_tasks(unsigned long job, bool from_front) {
    unsigned long long claim = claims.load();
    for (;;) {
        // Valid only while the word is still this job's: the caller moves on once every task is done.
        const std::size_t back = claim % field, front = claim / field % field;
        if (claim / field / field != job % (1u << 24) || front >= back) return;
        const unsigned long long taken = from_front ? claim + field : claim - 1;
        if (claims.compare_exchange_weak(claim, taken)) {
            (*job_now)(from_front ? front : back - 1);  // still this job's function: the caller waits for it
            tasks_done.fetch_add(1);
            claim = claims.load();
        }
    }
}

void ThreadPool::work() {
    unsigned long seen = 0;
    for (;;) {
        if (!wait_until([&] { return generation.load() != seen; }, worker_wait_time)) {
            std::unique_lock<std::mutex> lock(mutex);
            wake.wait(lock, [&] { return generation.load() != seen; });
        }
        seen = generation.load();
        if (stopping) return;
        claim_tasks(seen, false);
    }
}

// Below this many numbers a pass runs on the calling thread: a job costs a few microseconds to hand out.
static const std::size_t shared_work = 32768;
static const std::size_t parts_per_thread = 4;  // several parts each, so a delayed thread holds no one up

void run_in_parts(ThreadPool* pool, std::size_t n, std::size_t work,
                  const std::function<void(std::size_t first, std::size_t last)>& job) {
    if (pool == nullptr || pool->size() == 1 || work < shared_work || n < 2) {
        job(0, n);
        return;
    }
    const std::size_t parts = std::min(n, parts_per_thread * pool->size());
    pool->run(parts, [&](std::size_t p) { job(n * p / parts, n * (p + 1) / parts); });
}

}  // namespace vec
