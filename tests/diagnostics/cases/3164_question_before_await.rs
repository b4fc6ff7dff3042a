//! mistake: put `?` before `.await` on an async fetch that returns a `Result`
//! offending: fetch_reading(id)?
//! category: try
use comprehensions::acomp;
use std::time::Duration;

#[derive(Debug)]
struct SensorError(u16);

async fn fetch_reading(id: u16) -> Result<f64, SensorError> {
    tokio::time::sleep(Duration::from_millis(1)).await;
    if id == 0 { Err(SensorError(id)) } else { Ok(20.0 + id as f64) }
}

async fn poll_all(ids: &[u16]) -> Result<Vec<f64>, SensorError> {
    acomp![fetch_reading(id)?.await for id in ids.iter().copied()]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", poll_all(&[3, 4, 7]).await);
}
