//! mistake: forgot `.await` on the async sensor read inside `acomp!`
//! offending: read_sensor(id)
//! category: async
use std::time::Duration;

async fn read_sensor(id: u16) -> f64 {
    tokio::time::sleep(Duration::from_millis(2)).await;
    15.0 + id as f64 * 0.1
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let sensor_ids: Vec<u16> = vec![101, 102, 205];
    let mut temps: Vec<f64> = Vec::new();
    for id in sensor_ids.iter().copied() {
        temps.push(read_sensor(id));
    }
    println!("{temps:?}");
}
