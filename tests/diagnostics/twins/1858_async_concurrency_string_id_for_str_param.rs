//! mistake: passes an owned `String` sensor name to `latest(&str)` under `concurrency` (Python strings are passed as they are)
//! offending: latest(s)
//! category: async
use futures::StreamExt;

async fn latest(sensor: &str) -> f64 {
    sensor.len() as f64
}

async fn run() {
    let sensors: Vec<String> = vec!["t1".to_string(), "t22".to_string()];
    let vals = futures::stream::iter(sensors)
        .map(|s| async move { latest(s).await })
        .buffered(2)
        .collect::<Vec<f64>>()
        .await;
    println!("{vals:?}");
}

fn main() {
    futures::executor::block_on(run());
}
