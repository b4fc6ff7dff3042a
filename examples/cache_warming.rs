//! Warming a cache with an async dict comprehension, sequentially and with
//! bounded concurrency.
//!
//! Python (cache warming: a sequential async dict comprehension, then the
//! same with `asyncio.gather`):
//!
//! ```python
//! async def warm_cache(keys):
//!     cache = {key: await fetch_value(key) for key in keys}
//!     return cache
//!
//! # Remember: this is sequential. For parallel cache warming, restructure with gather:
//! async def warm_cache_parallel(keys):
//!     values = await asyncio.gather(*[fetch_value(k) for k in keys])
//!     return dict(zip(keys, values))
//! ```
//!
//! In Rust the parallel version is the same comprehension with `concurrency = N`.

use std::collections::HashMap;
use std::time::Duration;

use comprehensions::acomp;
use tokio::time::{sleep, Instant};

/// A 20 ms round trip to the backing store.
async fn fetch_value(key: &str) -> usize {
    sleep(Duration::from_millis(20)).await;
    key.len()
}

async fn warm_cache(keys: &[String]) -> HashMap<&str, usize> {
    acomp!({key.as_str(): fetch_value(key).await for key in keys})
}

async fn warm_cache_parallel(keys: &[String]) -> HashMap<&str, usize> {
    acomp!({key.as_str(): fetch_value(key).await for key in keys}; concurrency = 10)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let keys: Vec<String> = (0..30).map(|i| format!("user:{i}")).collect();

    let start = Instant::now();
    let cache = warm_cache(&keys).await;
    println!(
        "sequential:       {} entries in {:?}",
        cache.len(),
        start.elapsed()
    );

    let start = Instant::now();
    let parallel = warm_cache_parallel(&keys).await;
    println!(
        "concurrency = 10: {} entries in {:?}",
        parallel.len(),
        start.elapsed()
    );

    assert_eq!(cache, parallel);
}
