//! mistake: consumed the lazy `acomp!((..))` stream with a plain `for` loop, as Python iterates a generator
//! offending: futures::stream::iter(&orders).then(|o| track(o))
//! category: async
use futures::StreamExt;
use std::time::Duration;

async fn track(order_id: &u32) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("order {order_id}: courier 2 stops away")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let orders = vec![310u32, 311];
    for line in futures::stream::iter(&orders).then(|o| track(o)) {
        println!("{line}");
    }
}
