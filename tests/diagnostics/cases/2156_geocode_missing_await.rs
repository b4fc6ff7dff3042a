//! mistake: enriched addresses with an async geocoder but forgot `.await` on the call
//! offending: geocode(&c.address)
//! category: async
use comprehensions::acomp;
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
    // Python: coords = [await geocode(c.address) for c in customers]
    let coords: Vec<(f64, f64)> = acomp![geocode(&c.address) for c in &customers];
    println!("{} customers, {coords:?}", customers.iter().map(|c| c.id).count());
}
