//! mistake: wrote `async for` over a plain `Vec` of device ids, since the polling is async
//! offending: ids.next()
//! category: async
use futures::StreamExt;
use std::time::Duration;

async fn read_battery_mv(device: u16) -> u32 {
    tokio::time::sleep(Duration::from_millis(2)).await;
    3000 + u32::from(device % 700)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let device_ids: Vec<u16> = vec![17, 230, 451];
    let mut low = Vec::new();
    let mut ids = device_ids;
    while let Some(id) = ids.next().await {
        if read_battery_mv(id).await < 3300 {
            low.push(id);
        }
    }
    println!("low battery: {low:?}");
}
