//! mistake: looped over the lazy `acomp!((..))` confirmations stream with a plain `for`
//! offending: confirmations
//! category: async
use futures::StreamExt;
use std::time::Duration;

struct Booking {
    table: u8,
    party: u8,
}

async fn hold_table(b: &Booking) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("table {} held for {}", b.table, b.party)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let tonight = vec![Booking { table: 4, party: 2 }, Booking { table: 9, party: 6 }];
    let confirmations = futures::stream::iter(&tonight).then(|b| hold_table(b));
    for line in confirmations {
        println!("{line}");
    }
}
