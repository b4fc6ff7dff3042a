//! mistake: Python's conditional as `concurrency = N` without its `else` branch
//! offending: if fast
//! category: syntax
use comprehensions::acomp;
use std::time::Duration;

async fn check(port: u16) -> bool {
    tokio::time::sleep(Duration::from_millis(1)).await;
    port % 2 == 0
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let fast = std::env::args().count() > 1;
    let ports = vec![22u16, 80, 443, 8080];
    let open = acomp![(p, check(p).await) for p in ports; concurrency = 16 if fast];
    println!("{open:?}");
}
