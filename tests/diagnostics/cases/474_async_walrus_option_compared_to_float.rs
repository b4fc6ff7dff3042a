//! mistake: walrus in a filter binds an awaited Option<f64> and compares it with a float
//! offending: > 20.0
//! category: async
use comprehensions::acomp;

async fn temperature(sensor: u32) -> Option<f64> {
    if sensor == 0 { None } else { Some(sensor as f64 * 7.5) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let sensors = vec![0, 1, 3, 5];
    // Python: hot = [(s, t) for s in sensors if (t := await temperature(s)) > 20.0]
    let hot: Vec<(u32, f64)> = acomp![(s, t) for s in sensors if (t := temperature(s).await) > 20.0];
    println!("{hot:?}");
}
