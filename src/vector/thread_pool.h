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
// started once and wait (busy, then yielding their core, then asleep) for the next job. A job is a number of
// tasks (e.g. bands of columns of a product); each thread, the caller included, claims an unclaimed task
// (the caller from the front, the workers from the back) until none is left. A thread that another
// program keeps off its core simply claims fewer tasks.
// Every task must compute the same numbers whichever thread runs it, so results never depend on timing.
//
// Why not simply a mutex and a condition variable? That version was written and timed (make bench,
// EPOCHS=2, 2 threads, alternating runs): an epoch of the tutorial's model took 0.67–0.87 s instead of
// 0.44–0.58 s. A training step runs about ten jobs of a few dozen microseconds each, and a thread asleep on
// a condition variable needs the operating system to wake it for every one of them, which costs about as
// much as the job. So the workers check for a new job in a loop instead, and only sleep after 2 ms without
// one. Nobody then holds a lock, so claiming a task must be one atomic step, which is what the claims word
// in thread_pool.cpp is for.
class ThreadPool {
public:
    // `threads` ≥ 1 threads in all; the calling thread is one of them.
    explicit ThreadPool(std::size_t threads);
    ~ThreadPool();
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    // Number of threads, the caller included.
    std::size_t size() const { return workers.size() + 1; }

    // Runs job(t) once for every task t = 0..tasks−1, spread over the threads; returns when all are done.
    // (2²⁰ tasks or more run on the calling thread alone.)
    void run(std::size_t tasks, const std::function<void(std::size_t task)>& job);

private:
    void work();                          // the loop of a worker thread
    void claim_tasks(unsigned long job, bool from_front);  // runs tasks of job `job` until none is left

    std::vector<std::thread> workers;                           // the threads besides the caller
    const std::function<void(std::size_t)>* job_now = nullptr;  // the job being run
    std::atomic<unsigned long> generation{0};                   // counts jobs started; workers wait for a change
    std::atomic<unsigned long long> claims{0};                  // job number and the unclaimed tasks
    std::atomic<std::size_t> tasks_done{0};                     // tasks of the job finished
    std::atomic<bool> stopping{false};                          // set by the destructor
    std::mutex mutex;                                           // guards sleeping workers
    std::condition_variable wake;                               // wakes sleeping workers
};

// Runs job(first, last) on runs of [0, n) that together cover it once, on the pool's threads; on the calling
// thread alone, as job(0, n), when pool is nullptr or `work` (numbers touched) is too small to share. For
// passes whose every number is computed on its own (element by element, column by column), so the results
// never depend on how [0, n) is cut.
void run_in_parts(ThreadPool* pool, std::size_t n, std::size_t work,
                  const std::function<void(std::size_t first, std::size_t last)>& job);

}  // namespace vec
