//! mistake: compares streamed `f64` readings with the integer literal `0` (Python: `[x async for x in readings if x > 0]`)
//! offending: x > 0
//! category: async
use futures::stream;
use futures::StreamExt;

async fn run() {
    let mut readings = stream::iter(vec![0.5, -1.0, 2.5]);
    let mut positive: Vec<f64> = Vec::new();
    while let Some(x) = readings.next().await {
        if x > 0 {
            positive.push(x);
        }
    }
    println!("{positive:?}");
}

fn main() {
    futures::executor::block_on(run());
}
