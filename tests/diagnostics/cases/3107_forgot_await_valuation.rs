//! mistake: forgot to await the valuation lookup in the element of an `acomp!`
//! offending: fetch_avm(&l.address)
//! category: async
use comprehensions::acomp;
use std::time::Duration;

struct Listing {
    address: String,
}

async fn fetch_avm(address: &str) -> u64 {
    tokio::time::sleep(Duration::from_millis(3)).await;
    250_000 + address.len() as u64 * 10_000
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let listings = vec![Listing { address: "19 Quarry Rd".into() }, Listing { address: "2 Mill Pond Ln".into() }];
    let avms: Vec<u64> = acomp![fetch_avm(&l.address) for l in &listings; concurrency = 4];
    println!("{avms:?}");
}
