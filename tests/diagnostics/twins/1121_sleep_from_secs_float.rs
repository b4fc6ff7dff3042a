//! mistake: backs off between polls with `Duration::from_secs(0.5)`, as Python's `await asyncio.sleep(0.5)` takes float seconds
//! offending: 0.5
//! category: python-habit
use std::time::Duration;

async fn poll(sensor: &str) -> f64 {
    sensor.len() as f64 * 1.5
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let sensors = vec!["temp", "humidity", "co2"];
    let mut values = Vec::new();
    for s in &sensors {
        tokio::time::sleep(Duration::from_secs(0.5)).await;
        values.push(poll(s).await);
    }
    println!("{values:?}");
}
