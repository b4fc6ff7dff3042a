//! mistake: passes an owned `String` sensor name to `latest(&str)` under `concurrency` (Python strings are passed as they are)
//! offending: latest(s)
//! category: async
use comprehensions::acomp;

async fn latest(sensor: &str) -> f64 {
    sensor.len() as f64
}

async fn run() {
    let sensors: Vec<String> = vec!["t1".to_string(), "t22".to_string()];
    let vals = acomp![latest(s).await for s in sensors; concurrency = 2];
    println!("{vals:?}");
}

fn main() {
    futures::executor::block_on(run());
}
