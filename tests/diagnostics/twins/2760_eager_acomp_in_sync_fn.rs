//! mistake: awaited the sensor reads inside a plain (non-async) `fn`
//! offending: .await
//! category: async
use std::time::Duration;

async fn read_sensor(channel: u8) -> f32 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    f32::from(channel) * 0.25
}

fn sample_all(channels: &[u8]) -> Vec<f32> {
    let mut out = Vec::new();
    for ch in channels.iter().copied() {
        out.push(read_sensor(ch).await);
    }
    out
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let values = sample_all(&[0, 1, 2, 3]);
    println!("{values:?}");
}
