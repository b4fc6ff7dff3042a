//! mistake: put `?` before `.await` on an async fetch that returns a `Result`
//! offending: fetch_reading(id)?
//! category: try
use std::time::Duration;

#[derive(Debug)]
struct SensorError(u16);

async fn fetch_reading(id: u16) -> Result<f64, SensorError> {
    tokio::time::sleep(Duration::from_millis(1)).await;
    if id == 0 { Err(SensorError(id)) } else { Ok(20.0 + id as f64) }
}

async fn poll_all(ids: &[u16]) -> Result<Vec<f64>, SensorError> {
    let mut out = Vec::new();
    for id in ids.iter().copied() {
        out.push(fetch_reading(id)?.await);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", poll_all(&[3, 4, 7]).await);
}
