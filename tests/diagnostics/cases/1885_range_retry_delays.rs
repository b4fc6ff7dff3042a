//! mistake: Python's `range(4)` for the retry backoff schedule (`[0.1 * 2 ** a for a in range(4)]`)
//! offending: range(4)
//! category: python-habit
use comprehensions::comp;
use std::time::Duration;

async fn attempt(n: u32) -> Result<u32, String> {
    if n >= 2 { Ok(n) } else { Err(format!("try {n} failed")) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let delays = comp![Duration::from_millis(100 * 2u64.pow(a)) for a in range(4)];
    for (n, d) in delays.into_iter().enumerate() {
        if let Ok(v) = attempt(n as u32).await {
            println!("ok {v}");
            break;
        }
        tokio::time::sleep(d).await;
    }
}
