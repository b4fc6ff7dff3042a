//! mistake: passed a `u32` config value as `concurrency`, which takes a `usize`
//! offending: cfg.max_parallel_quotes
//! category: async
use comprehensions::acomp;
use std::time::Duration;

struct Config {
    max_parallel_quotes: u32,
}

async fn courier_quote(courier: &str) -> (String, u32) {
    tokio::time::sleep(Duration::from_millis(4)).await;
    (courier.to_string(), courier.len() as u32 * 50)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { max_parallel_quotes: 3 };
    let couriers = ["swiftbike", "citydash", "roadrunner", "zoomeats"];
    let quotes = acomp![courier_quote(c).await for c in couriers; concurrency = cfg.max_parallel_quotes];
    println!("{quotes:?}");
}
