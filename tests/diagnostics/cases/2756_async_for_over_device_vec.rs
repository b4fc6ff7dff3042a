//! mistake: wrote `async for` over a plain `Vec` of device ids, since the polling is async
//! offending: device_ids
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn read_battery_mv(device: u16) -> u32 {
    tokio::time::sleep(Duration::from_millis(2)).await;
    3000 + u32::from(device % 700)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let device_ids: Vec<u16> = vec![17, 230, 451];
    let low = acomp![id async for id in device_ids if read_battery_mv(id).await < 3300];
    println!("low battery: {low:?}");
}
