//! mistake: used an eager `acomp!` inside a plain (non-async) `fn`, as if it returned a future
//! offending: acomp![read_sensor(ch).await for ch in channels.iter().copied()]
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn read_sensor(channel: u8) -> f32 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    f32::from(channel) * 0.25
}

fn sample_all(channels: &[u8]) -> Vec<f32> {
    acomp![read_sensor(ch).await for ch in channels.iter().copied()]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let values = sample_all(&[0, 1, 2, 3]);
    println!("{values:?}");
}
