//! mistake: collects awaited `f32` channel readings into a `Vec<f64>` (Python has one float type)
//! offending: read_f32(ch).await
//! category: async
use comprehensions::acomp;

async fn read_f32(ch: u8) -> f32 {
    ch as f32 * 0.5
}

async fn run() {
    let channels: Vec<u8> = vec![0, 1, 2];
    let volts: Vec<f64> = acomp![read_f32(ch).await for ch in channels];
    println!("{volts:?}");
}

fn main() {
    futures::executor::block_on(run());
}
