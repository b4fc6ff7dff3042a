//! mistake: forgot `.await` on the async device poll in the element
//! offending: poll_meter(id)
//! category: async
use comprehensions::acomp;
use std::time::Duration;

#[derive(Debug)]
struct MeterReading {
    meter: u32,
    kwh: f64,
}

async fn poll_meter(meter: u32) -> MeterReading {
    tokio::time::sleep(Duration::from_millis(2)).await;
    MeterReading { meter, kwh: meter as f64 * 1.5 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let meters: Vec<u32> = vec![3001, 3002, 3007];
    let readings: Vec<MeterReading> = acomp![poll_meter(id) for id in meters.iter().copied()];
    println!("{readings:?}");
}
