//! mistake: used an eager `acomp!` that awaits inside a plain (non-async) function
//! offending: poll_station(s).await
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn poll_station(code: &str) -> (String, f64) {
    tokio::time::sleep(Duration::from_millis(1)).await;
    (code.to_string(), 1013.25)
}

fn snapshot(codes: &[&str]) -> Vec<(String, f64)> {
    acomp![poll_station(s).await for s in codes.iter().copied()]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", snapshot(&["EDDF", "EDDM"]));
}
