//! mistake: enriched addresses with an async geocoder but forgot `.await` on the call
//! offending: geocode(&c.address)
//! category: async
use std::time::Duration;

struct Customer {
    id: u32,
    address: String,
}

async fn geocode(address: &str) -> (f64, f64) {
    tokio::time::sleep(Duration::from_millis(2)).await;
    (address.len() as f64, -(address.len() as f64))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let customers = vec![
        Customer { id: 1, address: "1 Main St, Springfield".into() },
        Customer { id: 2, address: "42 Harbour Rd, Hull".into() },
    ];
    let mut coords: Vec<(f64, f64)> = Vec::new();
    for c in &customers {
        coords.push(geocode(&c.address));
    }
    println!("{} customers, {coords:?}", customers.iter().map(|c| c.id).count());
}
