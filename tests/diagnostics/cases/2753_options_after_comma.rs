//! mistake: separated `concurrency = 4` from the device loop with a `,` instead of a `;`
//! offending: , concurrency
//! category: syntax
use comprehensions::acomp;
use std::time::Duration;

#[derive(Debug)]
struct Status {
    device: u32,
    battery_pct: u8,
}

async fn poll_status(device: u32) -> Status {
    tokio::time::sleep(Duration::from_millis(3)).await;
    Status { device, battery_pct: (device * 7 % 100) as u8 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let devices: Vec<u32> = (100..110).collect();
    let statuses = acomp![poll_status(d).await for d in devices.iter().copied(), concurrency = 4];
    println!("{statuses:?}");
}
