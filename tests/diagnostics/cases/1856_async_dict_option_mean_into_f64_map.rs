//! mistake: stores an awaited `Option<f64>` station mean as an `f64` dict value (Python: `{s: await station_mean(s) for s in stations}`, where `None` is just a value)
//! offending: station_mean(s).await
//! category: async
use comprehensions::acomp;
use std::collections::HashMap;

async fn station_mean(name: &str) -> Option<f64> {
    if name.is_empty() { None } else { Some(name.len() as f64 * 1.5) }
}

async fn run() {
    let stations = vec!["oslo", "rome"];
    let means: HashMap<&str, f64> = acomp!({s: station_mean(s).await for s in stations.iter().copied()});
    println!("{means:?}");
}

fn main() {
    futures::executor::block_on(run());
}
