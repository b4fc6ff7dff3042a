//! mistake: walrus in a filter binds an awaited Option<f64> and compares it with a float
//! offending: > 20.0
//! category: async

async fn temperature(sensor: u32) -> Option<f64> {
    if sensor == 0 { None } else { Some(sensor as f64 * 7.5) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let sensors = vec![0, 1, 3, 5];
    let mut hot: Vec<(u32, f64)> = Vec::new();
    for s in sensors {
        let t = temperature(s).await;
        if t > 20.0 {
            hot.push((s, t));
        }
    }
    println!("{hot:?}");
}
