// Imported first by every entry point, before anything can start libuv's thread pool (it reads this once).
// Storing a package's hundreds of photos waits on one fsync per file, and the default 4 threads let only 4 wait at
// once: with 16, the inbox imports about a fifth faster (`npm run bench`).
process.env.UV_THREADPOOL_SIZE ??= '16';
