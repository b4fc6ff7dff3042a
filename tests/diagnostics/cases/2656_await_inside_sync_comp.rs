//! mistake: awaited the booking confirmation inside `comp!` instead of `acomp!`
//! offending: .await
//! category: async
use comprehensions::comp;
use std::time::Duration;

struct Booking {
    code: &'static str,
}

async fn confirm(b: &Booking) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("{} confirmed", b.code)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let bookings = vec![Booking { code: "HX12" }, Booking { code: "HX13" }];
    let confirmations = comp![confirm(b).await for b in &bookings];
    println!("{confirmations:?}");
}
